import os

from dotenv import load_dotenv
from flask import Flask
from flask_cors import CORS
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


def create_app(config: dict | None = None) -> Flask:
    load_dotenv()
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ.get(
        "DATABASE_URL", "postgresql://inventory:inventory@localhost/inventory"
    )
    app.config.update(config or {})
    db.init_app(app)
    CORS(app)

    from .api import api

    app.register_blueprint(api, url_prefix="/api/v1")
    return app
