from sentiment.predict import LABELS


def test_three_labels():
    assert LABELS == ["negative", "neutral", "positive"]
