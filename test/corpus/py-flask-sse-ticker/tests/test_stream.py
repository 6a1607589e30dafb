from ticker import prices
from ticker.app import app


def test_stream_is_event_stream():
    prices.latest["AAPL"] = {"symbol": "AAPL", "price": 190.1, "change_pct": 0.4}
    response = app.test_client().get("/stream")
    assert response.mimetype == "text/event-stream"
    response.close()
