from django.urls import path

from . import views

urlpatterns = [path("rooms/<str:room_name>/", views.room, name="room")]
