"""Trains and cross-validates the churn classifier, then saves it with joblib."""
import argparse
from pathlib import Path

import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline

from .features import add_ratios, preprocessor


def build_search() -> GridSearchCV:
    pipeline = Pipeline(
        [("prep", preprocessor()), ("clf", HistGradientBoostingClassifier(random_state=0))]
    )
    grid = {"clf__learning_rate": [0.05, 0.1], "clf__max_leaf_nodes": [15, 31]}
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    return GridSearchCV(pipeline, grid, scoring="roc_auc", cv=cv, n_jobs=-1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/customers.csv")
    parser.add_argument("--out", default="models/churn.joblib")
    args = parser.parse_args()

    frame = add_ratios(pd.read_csv(args.data))
    X, y = frame.drop(columns=["churned", "customer_id"]), frame["churned"]
    X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, test_size=0.2, random_state=0)

    search = build_search().fit(X_train, y_train)
    proba = search.predict_proba(X_test)[:, 1]
    print(f"best params: {search.best_params_}")
    print(f"test ROC AUC: {roc_auc_score(y_test, proba):.3f}")
    print(classification_report(y_test, search.predict(X_test)))

    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(search.best_estimator_, args.out)


if __name__ == "__main__":
    main()
