import pandas as pd

from reports.analysis import revenue_by_region
from reports.load import clean


def test_shares_sum_to_one():
    frame = clean(pd.read_csv("data/sales_sample.csv", parse_dates=["ordered_at"]))
    table = revenue_by_region(frame)
    assert abs(table["share"].sum() - 1.0) < 1e-9
    assert table.index[0] == "South"
