import pytest

from inventory import create_app, db


@pytest.fixture
def client():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "TESTING": True})
    with app.app_context():
        db.create_all()
        yield app.test_client()


def test_create_and_list(client):
    created = client.post("/api/v1/items", json={"sku": "AB-1", "name": "Bolt", "warehouse": "N1"})
    assert created.status_code == 201
    listed = client.get("/api/v1/items?warehouse=N1").get_json()
    assert listed["total"] == 1
