import numpy as np

from vidproc.stabilize import _moving_average


def test_moving_average_keeps_length_and_flattens_constant():
    curve = np.full(50, 3.0)
    smoothed = _moving_average(curve, 5)
    assert smoothed.shape == curve.shape
    assert np.allclose(smoothed, 3.0)
