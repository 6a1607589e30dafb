from rest_framework.test import APITestCase


class BookApiTests(APITestCase):
    def test_create_and_list(self):
        self.client.post("/api/books/", {"isbn": "9780140449136", "title": "The Odyssey", "author": "Homer"})
        response = self.client.get("/api/books/")
        self.assertEqual(response.data["count"], 1)
