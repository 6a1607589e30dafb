import json

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from .models import Message


class RoomConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        self.room_name = self.scope["url_route"]["kwargs"]["room_name"]
        self.group_name = f"room_{self.room_name}"
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        await self.accept()

    async def disconnect(self, close_code):
        await self.channel_layer.group_discard(self.group_name, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        payload = json.loads(text_data or "{}")
        user = self.scope["user"]
        author = user.username if user.is_authenticated else "guest"
        await self.save_message(author, payload["message"])
        await self.channel_layer.group_send(
            self.group_name,
            {"type": "chat.message", "message": payload["message"], "author": author},
        )

    async def chat_message(self, event):
        await self.send(text_data=json.dumps({"message": event["message"], "author": event["author"]}))

    @database_sync_to_async
    def save_message(self, author, body):
        Message.objects.create(room=self.room_name, author=author, body=body)
