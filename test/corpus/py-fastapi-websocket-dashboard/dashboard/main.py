"""Live operations dashboard: pushes metric updates to browsers over WebSockets."""
import asyncio
import contextlib

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from fastapi.staticfiles import StaticFiles

from .hub import ConnectionHub
from .metrics import MetricsPoller
from .settings import Settings

settings = Settings()
hub = ConnectionHub()
poller = MetricsPoller(settings.redis_url)


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI):
    task = asyncio.create_task(poller.run(hub.broadcast, settings.poll_interval))
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


app = FastAPI(title="ops-dashboard", lifespan=lifespan)
app.mount("/static", StaticFiles(directory="static", html=True), name="static")


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@app.websocket("/ws/metrics")
async def metrics_stream(websocket: WebSocket):
    await hub.connect(websocket)
    try:
        await websocket.send_json({"type": "snapshot", "data": await poller.snapshot()})
        while True:
            message = await websocket.receive_json()
            if message.get("type") == "subscribe":
                hub.subscribe(websocket, message.get("topics", []))
    except WebSocketDisconnect:
        hub.disconnect(websocket)
