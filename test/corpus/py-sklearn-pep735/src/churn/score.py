import joblib
import pandas as pd
from pydantic import BaseModel

from .features import add_ratios


class Customer(BaseModel):
    customer_id: str
    tenure_months: int
    monthly_charges: float
    support_tickets: int
    plan: str
    payment_method: str
    region: str


def score(model_path: str, customers: list[Customer]) -> pd.Series:
    model = joblib.load(model_path)
    frame = add_ratios(pd.DataFrame([c.model_dump() for c in customers]))
    return pd.Series(model.predict_proba(frame.drop(columns=["customer_id"]))[:, 1], index=frame["customer_id"])
