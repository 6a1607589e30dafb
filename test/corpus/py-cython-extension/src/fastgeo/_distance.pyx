# cython: boundscheck=False, wraparound=False, cdivision=True
import numpy as np

cimport numpy as cnp
from cython.parallel cimport prange
from libc.math cimport asin, cos, sin, sqrt

cdef double EARTH_RADIUS_KM = 6371.0088
cdef double DEG = 0.017453292519943295


def haversine_matrix(double[:, ::1] a, double[:, ::1] b):
    """All pairwise distances in km between (lat, lon) rows of a and b, in parallel."""
    cdef Py_ssize_t n = a.shape[0], m = b.shape[0], i, j
    out_arr = np.empty((n, m), dtype=np.float64)
    cdef double[:, ::1] out = out_arr
    cdef double lat1, lat2, dlat, dlon, h
    for i in prange(n, nogil=True, schedule="static"):
        for j in range(m):
            lat1 = a[i, 0] * DEG
            lat2 = b[j, 0] * DEG
            dlat = lat2 - lat1
            dlon = (b[j, 1] - a[i, 1]) * DEG
            h = sin(dlat / 2) ** 2 + cos(lat1) * cos(lat2) * sin(dlon / 2) ** 2
            out[i, j] = 2 * EARTH_RADIUS_KM * asin(sqrt(h))
    return out_arr


def points_in_polygon(double[:, ::1] points, double[:, ::1] polygon):
    """Even-odd ray casting for every point against one polygon ring."""
    cdef Py_ssize_t n = points.shape[0], k = polygon.shape[0], i, j, p
    result = np.zeros(n, dtype=np.bool_)
    cdef cnp.npy_bool[::1] inside = result
    cdef double x, y, xi, yi, xj, yj
    for p in prange(n, nogil=True):
        x = points[p, 0]
        y = points[p, 1]
        j = k - 1
        for i in range(k):
            xi = polygon[i, 0]
            yi = polygon[i, 1]
            xj = polygon[j, 0]
            yj = polygon[j, 1]
            if ((yi > y) != (yj > y)) and (x < (xj - xi) * (y - yi) / (yj - yi) + xi):
                inside[p] = not inside[p]
            j = i
    return result
