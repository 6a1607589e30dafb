"""Pairwise great-circle distances and point-in-polygon tests, compiled with Cython."""
from ._distance import haversine_matrix, points_in_polygon

__all__ = ["haversine_matrix", "points_in_polygon"]
