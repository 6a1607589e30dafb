import pandas as pd

from fraud.train import build_pipeline


def test_pipeline_fits_mixed_columns():
    frame = pd.DataFrame(
        {"amount": [10.0, 900.0] * 20, "itemCount": [1, 5] * 20, "accountAgeDays": [400, 2] * 20,
         "hour": [12, 3] * 20, "country": ["PT", "PT"] * 20, "ipCountry": ["PT", "RU"] * 20}
    )
    labels = [0, 1] * 20
    model = build_pipeline().fit(frame, labels)
    assert model.predict_proba(frame).shape == (40, 2)
