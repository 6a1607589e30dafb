import json
import os
import time

import redis
from pydantic import BaseModel

store = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"), decode_responses=True)


class Bid(BaseModel):
    lot: str
    bidder: str
    amount: int
    at: float


def highest(lot: str) -> Bid | None:
    raw = store.get(f"lot:{lot}:highest")
    return Bid.model_validate_json(raw) if raw else None


def place(lot: str, bidder: str, amount: int) -> Bid | None:
    """Stores the bid if it beats the current one; WATCH makes the compare-and-set atomic."""
    key = f"lot:{lot}:highest"
    with store.pipeline() as pipe:
        pipe.watch(key)
        current = pipe.get(key)
        if current and json.loads(current)["amount"] >= amount:
            pipe.unwatch()
            return None
        bid = Bid(lot=lot, bidder=bidder, amount=amount, at=time.time())
        pipe.multi()
        pipe.set(key, bid.model_dump_json())
        pipe.execute()
        return bid
