import structlog
import uvicorn
from fastapi import FastAPI

from .config import settings
from .routers import orders

log = structlog.get_logger()

app = FastAPI(title="orders-service", version="2.3.1")
app.include_router(orders.router, prefix="/orders", tags=["orders"])


@app.get("/health", tags=["ops"])
async def health() -> dict[str, str]:
    return {"status": "ok"}


def run() -> None:
    log.info("starting", port=settings.port)
    uvicorn.run("orders_service.main:app", host="0.0.0.0", port=settings.port, workers=2)
