from django.db import models


class Message(models.Model):
    room = models.CharField(max_length=64, db_index=True)
    author = models.CharField(max_length=150)
    body = models.TextField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]
