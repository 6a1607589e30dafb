import pytest
from channels.testing import WebsocketCommunicator

from chatsite.asgi import application


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True)
async def test_message_round_trip():
    communicator = WebsocketCommunicator(application, "/ws/rooms/lobby/")
    connected, _ = await communicator.connect()
    assert connected
    await communicator.send_json_to({"message": "hi"})
    response = await communicator.receive_json_from()
    assert response["message"] == "hi"
    await communicator.disconnect()
