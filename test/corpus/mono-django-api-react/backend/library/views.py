from rest_framework import viewsets

from .models import Book, Loan
from .serializers import BookSerializer, LoanSerializer


class BookViewSet(viewsets.ModelViewSet):
    queryset = Book.objects.all().order_by("author", "title")
    serializer_class = BookSerializer
    filterset_fields = ["author", "shelf"]


class LoanViewSet(viewsets.ModelViewSet):
    queryset = Loan.objects.select_related("book").order_by("-lent_on")
    serializer_class = LoanSerializer
    filterset_fields = ["borrower", "returned_on"]
