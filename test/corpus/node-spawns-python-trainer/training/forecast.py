"""Forecasts loaves sold per day for one store with Holt-Winters, printed as JSON for the Node API."""
import argparse
import json
import sqlite3

import pandas as pd
from sklearn.metrics import mean_absolute_percentage_error
from statsmodels.tsa.holtwinters import ExponentialSmoothing


def history(store: int) -> pd.Series:
    with sqlite3.connect("sales.db") as conn:
        frame = pd.read_sql("select day, loaves from sales where store = ?", conn, params=(store,), parse_dates=["day"])
    return frame.set_index("day")["loaves"].asfreq("D").fillna(0)


def fit(series: pd.Series):
    return ExponentialSmoothing(series, trend="add", seasonal="add", seasonal_periods=7).fit(optimized=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=int, required=True)
    parser.add_argument("--days", type=int, default=7)
    args = parser.parse_args()
    series = history(args.store)
    holdout = series[-14:]
    check = fit(series[:-14]).forecast(14)
    error = mean_absolute_percentage_error(holdout, check)
    model = fit(series)
    forecast = model.forecast(args.days).clip(lower=0).round().astype(int)
    print(json.dumps([{"day": d.strftime("%Y-%m-%d"), "loaves": int(v), "mape": round(error, 3)} for d, v in forecast.items()]))


if __name__ == "__main__":
    main()
