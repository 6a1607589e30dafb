"""Tornado server that relays score events from Kafka to connected browsers."""
import asyncio
import json
import logging
import os

import tornado.web
import tornado.websocket
from dotenv import load_dotenv

from .consumer import consume_scores

log = logging.getLogger("livefeed")


class FeedSocket(tornado.websocket.WebSocketHandler):
    clients: set["FeedSocket"] = set()

    def check_origin(self, origin: str) -> bool:
        return origin.endswith(os.environ.get("ALLOWED_ORIGIN", "localhost:8888"))

    def open(self):
        FeedSocket.clients.add(self)
        log.info("client connected (%d online)", len(FeedSocket.clients))

    def on_message(self, message):
        data = json.loads(message)
        if data.get("type") == "ping":
            self.write_message({"type": "pong"})

    def on_close(self):
        FeedSocket.clients.discard(self)

    @classmethod
    def broadcast(cls, event: dict) -> None:
        for client in list(cls.clients):
            try:
                client.write_message(event)
            except tornado.websocket.WebSocketClosedError:
                cls.clients.discard(client)


class IndexHandler(tornado.web.RequestHandler):
    def get(self):
        self.render("index.html")


def make_app() -> tornado.web.Application:
    return tornado.web.Application(
        [(r"/", IndexHandler), (r"/feed", FeedSocket)],
        template_path=os.path.join(os.path.dirname(__file__), "..", "templates"),
    )


async def run() -> None:
    load_dotenv()
    app = make_app()
    app.listen(int(os.environ.get("PORT", "8888")))
    await consume_scores(os.environ.get("KAFKA_BOOTSTRAP", "localhost:9092"), FeedSocket.broadcast)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run())


if __name__ == "__main__":
    main()
