from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field


class OrderIn(BaseModel):
    customer_id: str
    sku: str
    quantity: int = Field(gt=0)


class OrderOut(OrderIn):
    model_config = ConfigDict(from_attributes=True)

    id: int
    total: Decimal
    status: str
