import os

from flask import Flask

from .models import db


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get("DATABASE_URL", "sqlite:///catalog.db")
    app.config.update(config or {})
    db.init_app(app)
    from .routes import bp

    app.register_blueprint(bp, url_prefix="/api/v1")
    return app
