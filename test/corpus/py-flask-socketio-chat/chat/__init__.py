import os

from flask import Flask
from flask_socketio import SocketIO
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
# threading keeps deployment simple: no eventlet or gevent monkey patching
socketio = SocketIO(async_mode="threading", cors_allowed_origins="*")


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev")
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get(
        "DATABASE_URL", "sqlite:///chat.db"
    )
    db.init_app(app)
    socketio.init_app(app)

    from . import events, views  # noqa: F401

    app.register_blueprint(views.bp)
    with app.app_context():
        db.create_all()
    return app
