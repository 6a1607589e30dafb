import numpy as np
import pandas as pd


def revenue_by_region(frame: pd.DataFrame) -> pd.DataFrame:
    table = frame.pivot_table(
        index="region", values=["revenue", "quantity"], aggfunc="sum"
    ).sort_values("revenue", ascending=False)
    table["share"] = table["revenue"] / table["revenue"].sum()
    return table


def weekly_trend(frame: pd.DataFrame) -> pd.Series:
    weekly = frame.set_index("ordered_at")["revenue"].resample("W").sum()
    return weekly.rolling(window=4, min_periods=1).mean()


def top_products(frame: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    grouped = frame.groupby("sku").agg(revenue=("revenue", "sum"), orders=("order_id", "nunique"))
    grouped["avg_order_value"] = np.round(grouped["revenue"] / grouped["orders"], 2)
    return grouped.nlargest(n, "revenue")
