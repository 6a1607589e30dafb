import pandas as pd

from recommender.train import train


def test_items_bought_together_are_similar():
    orders = pd.DataFrame(
        {
            "customer_id": [1, 1, 2, 2, 3],
            "sku": ["tent", "stakes", "tent", "stakes", "boots"],
            "quantity": [1, 2, 1, 1, 1],
        }
    )
    model = train(orders, components=2)
    skus = model["skus"]
    tent = skus.index("tent")
    assert skus[model["similarity"][tent].argmax()] == "stakes"
