import json

import pytest
from tornado.websocket import websocket_connect

from livefeed.server import FeedSocket, make_app


@pytest.fixture
def app():
    return make_app()


@pytest.mark.gen_test
async def test_ping_pong(http_server, http_port):
    conn = await websocket_connect(f"ws://localhost:{http_port}/feed")
    await conn.write_message(json.dumps({"type": "ping"}))
    reply = json.loads(await conn.read_message())
    assert reply == {"type": "pong"}
    assert len(FeedSocket.clients) == 1
