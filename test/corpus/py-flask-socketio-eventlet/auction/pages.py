from flask import Blueprint, abort, jsonify, request

from . import socketio
from .bids import countdown

bp = Blueprint("pages", __name__)


@bp.post("/lots/<lot>/open")
def open_lot(lot: str):
    seconds = int(request.args.get("seconds", 120))
    if not 10 <= seconds <= 3600:
        abort(400)
    socketio.start_background_task(countdown, lot, seconds)
    return jsonify({"lot": lot, "closes_in": seconds})
