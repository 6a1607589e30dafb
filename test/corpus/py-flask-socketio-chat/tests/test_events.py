from chat import create_app, socketio


def test_message_is_broadcast_to_room():
    app = create_app()
    client = socketio.test_client(app)
    client.emit("join", {"room": "general", "username": "ada"})
    client.emit("message", {"room": "general", "body": "hello"})
    received = [e for e in client.get_received() if e["name"] == "message"]
    assert received[-1]["args"][0]["body"] == "hello"
