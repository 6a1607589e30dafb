import pytest

from catalog import create_app
from catalog.models import db


@pytest.fixture
def client():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "TESTING": True})
    with app.app_context():
        db.create_all()
    return app.test_client()


def test_create_then_fetch(client):
    created = client.post("/api/v1/products", json={"sku": "T-1", "name": "Tent", "price_cents": 19900})
    assert created.status_code == 201
    assert client.get("/api/v1/products/T-1").json["name"] == "Tent"
