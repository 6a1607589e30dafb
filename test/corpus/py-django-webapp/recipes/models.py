from django.conf import settings
from django.db import models
from django.urls import reverse


class Recipe(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    summary = models.CharField(max_length=300, blank=True)
    ingredients = models.TextField()
    method = models.TextField()
    photo = models.ImageField(upload_to="recipes/", blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def get_absolute_url(self) -> str:
        return reverse("recipes:detail", args=[self.slug])
