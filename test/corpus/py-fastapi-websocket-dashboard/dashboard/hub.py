import asyncio

from fastapi import WebSocket


class ConnectionHub:
    """Tracks open sockets and the metric topics each one wants."""

    def __init__(self) -> None:
        self._topics: dict[WebSocket, set[str]] = {}

    async def connect(self, websocket: WebSocket) -> None:
        await websocket.accept()
        self._topics[websocket] = set()

    def disconnect(self, websocket: WebSocket) -> None:
        self._topics.pop(websocket, None)

    def subscribe(self, websocket: WebSocket, topics: list[str]) -> None:
        self._topics.setdefault(websocket, set()).update(topics)

    async def broadcast(self, topic: str, payload: dict) -> None:
        targets = [ws for ws, t in self._topics.items() if not t or topic in t]
        results = await asyncio.gather(
            *(ws.send_json({"type": "update", "topic": topic, "data": payload}) for ws in targets),
            return_exceptions=True,
        )
        for ws, result in zip(targets, results):
            if isinstance(result, Exception):
                self.disconnect(ws)
