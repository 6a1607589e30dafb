import numpy as np

from fastgeo import haversine_matrix

rng = np.random.default_rng(0)
A = np.column_stack([rng.uniform(-90, 90, 20_000), rng.uniform(-180, 180, 20_000)])


def test_matrix_20k_by_2k(benchmark):
    benchmark(haversine_matrix, A, A[:2_000].copy())
