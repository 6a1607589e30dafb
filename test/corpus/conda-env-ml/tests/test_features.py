import pandas as pd

from forecast.features import calendar_features


def test_weekend_flag():
    index = pd.date_range("2024-06-01", periods=48, freq="h")  # a Saturday
    assert calendar_features(index)["is_weekend"].all()
