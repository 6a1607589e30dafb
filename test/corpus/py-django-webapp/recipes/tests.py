from django.test import TestCase
from django.urls import reverse


class RecipeListTests(TestCase):
    def test_empty_list_renders(self):
        response = self.client.get(reverse("recipes:list"))
        self.assertContains(response, "No recipes yet.")
        self.assertTemplateUsed(response, "recipes/list.html")
