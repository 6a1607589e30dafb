import pytest
from rest_framework.test import APIClient


@pytest.mark.django_db
def test_books_list_is_public():
    response = APIClient().get("/api/books/")
    assert response.status_code == 200
    assert response.json()["count"] == 0
