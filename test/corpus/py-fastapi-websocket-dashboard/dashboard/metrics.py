import asyncio
from collections.abc import Awaitable, Callable

import redis.asyncio as aioredis

Broadcast = Callable[[str, dict], Awaitable[None]]


class MetricsPoller:
    def __init__(self, redis_url: str) -> None:
        self._redis = aioredis.from_url(redis_url, decode_responses=True)

    async def snapshot(self) -> dict[str, dict]:
        keys = await self._redis.keys("metrics:*")
        values = await asyncio.gather(*(self._redis.hgetall(k) for k in keys))
        return {k.removeprefix("metrics:"): v for k, v in zip(keys, values)}

    async def run(self, broadcast: Broadcast, interval: float) -> None:
        previous: dict[str, dict] = {}
        while True:
            current = await self.snapshot()
            for topic, data in current.items():
                if previous.get(topic) != data:
                    await broadcast(topic, data)
            previous = current
            await asyncio.sleep(interval)
