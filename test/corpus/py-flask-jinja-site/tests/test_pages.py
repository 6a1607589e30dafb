from clubsite import create_app


def test_home_renders_empty_state():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "TESTING": True})
    response = app.test_client().get("/")
    assert b"No rides planned." in response.data
