import json
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer


async def consume_scores(bootstrap: str, on_event: Callable[[dict], None]) -> None:
    consumer = AIOKafkaConsumer(
        "scores",
        bootstrap_servers=bootstrap,
        group_id="livefeed",
        value_deserializer=lambda raw: json.loads(raw.decode("utf-8")),
    )
    await consumer.start()
    try:
        async for record in consumer:
            on_event({"type": "score", **record.value})
    finally:
        await consumer.stop()
