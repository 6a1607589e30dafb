from django.shortcuts import render

from .models import Message


def room(request, room_name):
    recent = Message.objects.filter(room=room_name).order_by("-created")[:30]
    return render(request, "rooms/room.html", {"room_name": room_name, "recent": reversed(recent)})
