import pandas as pd

from churn.features import add_ratios


def test_ratio_guards_against_zero_tenure():
    frame = pd.DataFrame({"support_tickets": [3], "tenure_months": [0]})
    assert add_ratios(frame)["tickets_per_month"].iloc[0] == 3
