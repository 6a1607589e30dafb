"""Customer support chat: visitors and agents talk over WebSockets; Redis pub/sub fans out."""
import asyncio
import os

import redis.asyncio as aioredis
from aiohttp import WSMsgType, web
from dotenv import load_dotenv

from .messages import ChatMessage

CONVERSATIONS = web.AppKey("conversations", dict)
REDIS = web.AppKey("redis", aioredis.Redis)


async def websocket_handler(request: web.Request) -> web.WebSocketResponse:
    conversation = request.match_info["conversation"]
    ws = web.WebSocketResponse(heartbeat=25)
    await ws.prepare(request)
    request.app[CONVERSATIONS].setdefault(conversation, set()).add(ws)
    try:
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                chat = ChatMessage.model_validate_json(msg.data)
                await request.app[REDIS].publish(f"conv:{conversation}", chat.model_dump_json())
            elif msg.type == WSMsgType.ERROR:
                break
    finally:
        request.app[CONVERSATIONS][conversation].discard(ws)
    return ws


async def relay(app: web.Application) -> None:
    pubsub = app[REDIS].pubsub()
    await pubsub.psubscribe("conv:*")
    async for message in pubsub.listen():
        if message["type"] != "pmessage":
            continue
        conversation = message["channel"].split(":", 1)[1]
        sockets = app[CONVERSATIONS].get(conversation, set())
        await asyncio.gather(*(ws.send_str(message["data"]) for ws in sockets), return_exceptions=True)


async def start_background(app: web.Application):
    app[REDIS] = aioredis.from_url(os.environ.get("REDIS_URL", "redis://localhost"), decode_responses=True)
    task = asyncio.create_task(relay(app))
    yield
    task.cancel()
    await app[REDIS].aclose()


def create_app() -> web.Application:
    load_dotenv()
    app = web.Application()
    app[CONVERSATIONS] = {}
    app.cleanup_ctx.append(start_background)
    app.router.add_get("/ws/{conversation}", websocket_handler)
    app.router.add_get("/healthz", lambda _: web.json_response({"ok": True}))
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=int(os.environ.get("PORT", "8080")))
