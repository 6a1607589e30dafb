import pandas as pd

from worker.delays import delay_stats


def test_late_share():
    frame = pd.DataFrame(
        {
            "carrier": ["A", "A"],
            "origin": ["AMS", "AMS"],
            "destination": ["BER", "BER"],
            "eta": pd.to_datetime(["2024-01-01 10:00", "2024-01-01 10:00"]),
            "delivered_at": pd.to_datetime(["2024-01-01 12:00", "2024-01-01 09:00"]),
        }
    )
    assert delay_stats(frame)["late_share"].iloc[0] == 0.5
