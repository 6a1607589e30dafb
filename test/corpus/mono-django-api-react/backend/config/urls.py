from django.urls import include, path
from rest_framework.routers import DefaultRouter

from library.views import BookViewSet, LoanViewSet

router = DefaultRouter()
router.register("books", BookViewSet)
router.register("loans", LoanViewSet)

urlpatterns = [path("api/", include(router.urls))]
