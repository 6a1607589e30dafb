import joblib
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

NUMERIC = ["amount", "itemCount", "accountAgeDays", "hour"]
CATEGORICAL = ["country", "ipCountry"]


def build_pipeline() -> Pipeline:
    features = ColumnTransformer(
        [("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CATEGORICAL)],
        remainder="passthrough",
    )
    return Pipeline([("features", features), ("model", HistGradientBoostingClassifier(max_iter=300))])


def train(transactions: pd.DataFrame) -> Pipeline:
    x = transactions[NUMERIC + CATEGORICAL]
    y = transactions["is_fraud"]
    x_train, x_test, y_train, y_test = train_test_split(x, y, stratify=y, test_size=0.2, random_state=1)
    pipeline = build_pipeline().fit(x_train, y_train)
    print("average precision", average_precision_score(y_test, pipeline.predict_proba(x_test)[:, 1]))
    return pipeline


if __name__ == "__main__":
    joblib.dump(train(pd.read_parquet("data/transactions.parquet")), "model.joblib")
