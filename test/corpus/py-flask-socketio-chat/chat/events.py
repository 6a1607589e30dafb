"""Socket.IO handlers: join/leave rooms, broadcast messages, typing indicators."""
from flask import request
from flask_socketio import emit, join_room, leave_room

from . import db, socketio
from .models import Message

online: dict[str, str] = {}


@socketio.on("connect")
def on_connect():
    emit("server_info", {"sid": request.sid})


@socketio.on("join")
def on_join(data):
    room = data["room"]
    online[request.sid] = data["username"]
    join_room(room)
    history = (
        Message.query.filter_by(room=room).order_by(Message.sent_at.desc()).limit(50).all()
    )
    emit("history", [m.to_dict() for m in reversed(history)])
    emit("presence", {"user": data["username"], "status": "joined"}, to=room)


@socketio.on("leave")
def on_leave(data):
    leave_room(data["room"])
    emit("presence", {"user": online.get(request.sid), "status": "left"}, to=data["room"])


@socketio.on("message")
def on_message(data):
    msg = Message(room=data["room"], author=online.get(request.sid, "anon"), body=data["body"])
    db.session.add(msg)
    db.session.commit()
    emit("message", msg.to_dict(), to=data["room"])


@socketio.on("typing")
def on_typing(data):
    emit("typing", {"user": online.get(request.sid)}, to=data["room"], include_self=False)


@socketio.on("disconnect")
def on_disconnect():
    online.pop(request.sid, None)
