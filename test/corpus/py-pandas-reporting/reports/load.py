"""Loads sales exports from the shop API or a local CSV."""
import io
import os

import pandas as pd
import requests


def fetch_sales(month: str) -> pd.DataFrame:
    url = os.environ.get("SALES_EXPORT_URL")
    if url:
        response = requests.get(url, params={"month": month}, timeout=30)
        response.raise_for_status()
        frame = pd.read_csv(io.StringIO(response.text), parse_dates=["ordered_at"])
    else:
        frame = pd.read_csv("data/sales_sample.csv", parse_dates=["ordered_at"])
    return clean(frame)


def clean(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.dropna(subset=["sku", "quantity"]).copy()
    frame["revenue"] = frame["quantity"] * frame["unit_price"]
    frame["region"] = frame["region"].str.strip().str.title()
    return frame
