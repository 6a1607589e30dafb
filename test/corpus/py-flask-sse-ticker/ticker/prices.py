"""Polls the exchange's REST endpoint and keeps the latest quote per symbol."""
import os
import threading
import time

import requests

latest: dict[str, dict] = {}
changed = threading.Condition()


def poll_forever(symbols: list[str], interval: float = 1.0) -> None:
    url = os.environ.get("QUOTES_URL", "https://api.exchange.example.com/v1/quotes")
    session = requests.Session()
    while True:
        response = session.get(url, params={"symbols": ",".join(symbols)}, timeout=5)
        if response.ok:
            with changed:
                for quote in response.json()["quotes"]:
                    latest[quote["symbol"]] = quote
                changed.notify_all()
        time.sleep(interval)
