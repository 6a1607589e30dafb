import os

import joblib
import numpy as np
from fastapi import FastAPI, HTTPException

app = FastAPI(title="recommender")
model = joblib.load(os.environ.get("MODEL_PATH", "models/similar-items.joblib"))
index = {sku: i for i, sku in enumerate(model["skus"])}


@app.get("/similar/{sku}")
def similar(sku: str, k: int = 8):
    row = index.get(sku)
    if row is None:
        raise HTTPException(status_code=404, detail="unknown sku")
    best = np.argsort(model["similarity"][row])[::-1][:k]
    return {"sku": sku, "similar": [model["skus"][i] for i in best]}
