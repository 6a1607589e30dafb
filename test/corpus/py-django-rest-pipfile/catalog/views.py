from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Author, Book
from .serializers import AuthorSerializer, BookSerializer


class BookViewSet(viewsets.ModelViewSet):
    queryset = Book.objects.select_related("author").all()
    serializer_class = BookSerializer
    filterset_fields = ["author", "published"]


class AuthorViewSet(viewsets.ModelViewSet):
    queryset = Author.objects.prefetch_related("books").all()
    serializer_class = AuthorSerializer

    @action(detail=True)
    def books(self, request, pk=None):
        author = self.get_object()
        return Response(BookSerializer(author.books.all(), many=True).data)
