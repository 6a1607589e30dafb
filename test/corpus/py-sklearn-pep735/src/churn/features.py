import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["tenure_months", "monthly_charges", "support_tickets"]
CATEGORICAL = ["plan", "payment_method", "region"]


def add_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["tickets_per_month"] = frame["support_tickets"] / np.maximum(frame["tenure_months"], 1)
    return frame


def preprocessor() -> ColumnTransformer:
    numeric = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
    categorical = OneHotEncoder(handle_unknown="ignore", min_frequency=20)
    return ColumnTransformer(
        [("num", numeric, NUMERIC + ["tickets_per_month"]), ("cat", categorical, CATEGORICAL)]
    )
