import os

from flask import Flask
from flask_socketio import SocketIO

socketio = SocketIO()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev")
    # the Redis queue lets several eventlet workers share rooms and broadcasts
    socketio.init_app(
        app,
        async_mode="eventlet",
        message_queue=os.environ.get("REDIS_URL", "redis://localhost:6379/0"),
        cors_allowed_origins=os.environ.get("ALLOWED_ORIGINS", "*").split(","),
    )
    from . import bids, pages  # noqa: F401

    app.register_blueprint(pages.bp)
    return app
