from flask import request
from flask_socketio import emit, join_room

from . import socketio
from .state import highest, place


@socketio.on("watch_lot")
def watch_lot(data):
    join_room(f"lot-{data['lot']}")
    current = highest(data["lot"])
    emit("highest", current.model_dump() if current else None)


@socketio.on("bid")
def bid(data):
    accepted = place(data["lot"], data["bidder"], int(data["amount"]))
    if accepted is None:
        emit("rejected", {"lot": data["lot"], "reason": "outbid"}, to=request.sid)
        return
    socketio.emit("highest", accepted.model_dump(), to=f"lot-{data['lot']}")


def countdown(lot: str, seconds: int) -> None:
    for remaining in range(seconds, -1, -1):
        socketio.emit("countdown", {"lot": lot, "remaining": remaining}, to=f"lot-{lot}")
        socketio.sleep(1)
    winner = highest(lot)
    socketio.emit("closed", {"lot": lot, "winner": winner.model_dump() if winner else None}, to=f"lot-{lot}")
