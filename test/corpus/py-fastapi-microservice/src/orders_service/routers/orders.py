import httpx
from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..config import settings
from ..db import get_session
from ..models import Order
from ..schemas import OrderIn, OrderOut

router = APIRouter()


async def unit_price(sku: str) -> float:
    async with httpx.AsyncClient(base_url=settings.inventory_url, timeout=2.0) as client:
        response = await client.get(f"/api/v1/prices/{sku}")
    if response.status_code == 404:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"unknown sku {sku}")
    response.raise_for_status()
    return response.json()["price"]


@router.post("", response_model=OrderOut, status_code=status.HTTP_201_CREATED)
async def create_order(body: OrderIn, session: AsyncSession = Depends(get_session)) -> Order:
    price = await unit_price(body.sku)
    order = Order(**body.model_dump(), total=price * body.quantity)
    session.add(order)
    await session.commit()
    await session.refresh(order)
    return order


@router.get("/{order_id}", response_model=OrderOut)
async def get_order(order_id: int, session: AsyncSession = Depends(get_session)) -> Order:
    order = await session.get(Order, order_id)
    if order is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return order


@router.get("", response_model=list[OrderOut])
async def list_orders(customer_id: str, session: AsyncSession = Depends(get_session)):
    result = await session.scalars(select(Order).where(Order.customer_id == customer_id).limit(100))
    return result.all()
