"""Nightly job: builds the item-to-item similarity model from the last 90 days of orders."""
import argparse

import joblib
import numpy as np
import pandas as pd
from scipy.sparse import csr_matrix
from sklearn.decomposition import TruncatedSVD
from sklearn.metrics.pairwise import cosine_similarity
from sklearn.preprocessing import normalize


def load_orders(path: str) -> pd.DataFrame:
    orders = pd.read_parquet(path, columns=["customer_id", "sku", "quantity"])
    return orders.groupby(["customer_id", "sku"], as_index=False)["quantity"].sum()


def interaction_matrix(orders: pd.DataFrame):
    customers = orders["customer_id"].astype("category")
    skus = orders["sku"].astype("category")
    matrix = csr_matrix(
        (np.log1p(orders["quantity"].to_numpy()), (customers.cat.codes, skus.cat.codes))
    )
    return matrix, list(skus.cat.categories)


def train(orders: pd.DataFrame, components: int = 64):
    matrix, skus = interaction_matrix(orders)
    svd = TruncatedSVD(n_components=components, random_state=7)
    item_factors = normalize(svd.fit_transform(matrix.T))
    similarity = cosine_similarity(item_factors)
    np.fill_diagonal(similarity, 0)
    return {"skus": skus, "similarity": similarity.astype(np.float32)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("orders")
    parser.add_argument("--out", default="models/similar-items.joblib")
    args = parser.parse_args()
    model = train(load_orders(args.orders))
    joblib.dump(model, args.out)


if __name__ == "__main__":
    main()
