from api import create_app


def test_create_and_list_tasks():
    client = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}).test_client()
    token = client.post("/api/login", json={"username": "ada"}).json["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.post("/api/tasks", json={"title": "write tests"}, headers=headers).status_code == 201
    assert [t["title"] for t in client.get("/api/tasks", headers=headers).json] == ["write tests"]
