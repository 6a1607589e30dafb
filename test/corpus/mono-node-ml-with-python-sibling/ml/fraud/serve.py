import joblib
import pandas as pd
from flask import Flask, jsonify, request
from pydantic import BaseModel

app = Flask(__name__)
pipeline = joblib.load("model.joblib")


class Transaction(BaseModel):
    amount: float
    itemCount: int
    accountAgeDays: int
    country: str
    ipCountry: str
    hour: int


@app.post("/score")
def score():
    tx = Transaction.model_validate(request.get_json())
    probability = pipeline.predict_proba(pd.DataFrame([tx.model_dump()]))[0, 1]
    return jsonify(probability=float(probability))
