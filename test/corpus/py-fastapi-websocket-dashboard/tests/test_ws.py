from fastapi.testclient import TestClient

from dashboard.main import app


def test_health():
    with TestClient(app) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
