import numpy as np

from fastgeo import haversine_matrix, points_in_polygon


def test_paris_london():
    paris = np.array([[48.8566, 2.3522]])
    london = np.array([[51.5074, -0.1278]])
    assert abs(haversine_matrix(paris, london)[0, 0] - 343.5) < 1.0


def test_square_contains_centre_only():
    square = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    points = np.array([[0.5, 0.5], [2.0, 2.0]])
    assert points_in_polygon(points, square).tolist() == [True, False]
