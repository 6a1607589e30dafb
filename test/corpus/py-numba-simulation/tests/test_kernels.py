import numpy as np

from nbody.kernels import accelerations


def test_two_bodies_attract_symmetrically():
    pos = np.array([[-1.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
    acc = accelerations(pos, np.ones(2), 1.0, 0.0)
    assert acc[0, 0] > 0 and acc[1, 0] < 0
    assert np.isclose(acc[0, 0], -acc[1, 0])
