"""Nightly analysis of shipment delays by carrier and route."""
import os

import numpy as np
import pandas as pd
from sqlalchemy import create_engine


def load_shipments(url: str) -> pd.DataFrame:
    engine = create_engine(url)
    query = "SELECT carrier, origin, destination, eta, delivered_at FROM shipments WHERE delivered_at IS NOT NULL"
    return pd.read_sql(query, engine, parse_dates=["eta", "delivered_at"])


def delay_stats(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.assign(delay_h=(frame["delivered_at"] - frame["eta"]).dt.total_seconds() / 3600)
    stats = frame.groupby(["carrier", "origin", "destination"])["delay_h"].agg(
        mean="mean", p90=lambda s: np.percentile(s, 90), late_share=lambda s: (s > 0).mean()
    )
    return stats.sort_values("p90", ascending=False)


def main() -> None:
    stats = delay_stats(load_shipments(os.environ["DATABASE_URL"]))
    stats.to_csv(os.environ.get("OUTPUT", "delay_stats.csv"))
    print(stats.head(20).to_string())


if __name__ == "__main__":
    main()
