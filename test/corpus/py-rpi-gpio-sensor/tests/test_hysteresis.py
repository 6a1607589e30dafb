from greenhouse.main import FAN_OFF_C, FAN_ON_C


def test_hysteresis_band_is_positive():
    assert FAN_ON_C - FAN_OFF_C >= 2
