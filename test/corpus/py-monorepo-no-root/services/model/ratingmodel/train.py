"""Trains the classifier that flags low-quality or spam ratings from their text."""
import os

import joblib
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sqlalchemy import create_engine


def main() -> None:
    engine = create_engine(os.environ["DATABASE_URL"])
    frame = pd.read_sql("SELECT comment, flagged FROM ratings WHERE reviewed", engine)
    X_train, X_test, y_train, y_test = train_test_split(
        frame["comment"], frame["flagged"], stratify=frame["flagged"], random_state=1
    )
    model = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True),
        LogisticRegression(max_iter=2000, class_weight="balanced"),
    )
    model.fit(X_train, y_train)
    print(classification_report(y_test, model.predict(X_test)))
    joblib.dump(model, os.environ.get("MODEL_OUT", "rating_quality.joblib"))


if __name__ == "__main__":
    main()
