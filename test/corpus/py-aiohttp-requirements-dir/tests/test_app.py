from support_chat.app import create_app


async def test_healthz(aiohttp_client):
    client = await aiohttp_client(create_app())
    response = await client.get("/healthz")
    assert (await response.json()) == {"ok": True}
