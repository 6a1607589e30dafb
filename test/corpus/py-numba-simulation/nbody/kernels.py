"""Compiled kernels for a softened gravitational N-body simulation."""
import numpy as np
from numba import njit, prange


@njit(parallel=True, fastmath=True, cache=True)
def accelerations(pos: np.ndarray, mass: np.ndarray, G: float, eps: float) -> np.ndarray:
    n = pos.shape[0]
    acc = np.zeros_like(pos)
    for i in prange(n):
        ax = ay = az = 0.0
        for j in range(n):
            if i == j:
                continue
            dx = pos[j, 0] - pos[i, 0]
            dy = pos[j, 1] - pos[i, 1]
            dz = pos[j, 2] - pos[i, 2]
            inv = (dx * dx + dy * dy + dz * dz + eps * eps) ** -1.5
            ax += G * mass[j] * dx * inv
            ay += G * mass[j] * dy * inv
            az += G * mass[j] * dz * inv
        acc[i, 0], acc[i, 1], acc[i, 2] = ax, ay, az
    return acc


@njit(cache=True)
def kinetic_energy(vel: np.ndarray, mass: np.ndarray) -> float:
    total = 0.0
    for i in range(vel.shape[0]):
        total += 0.5 * mass[i] * (vel[i, 0] ** 2 + vel[i, 1] ** 2 + vel[i, 2] ** 2)
    return total


@njit(parallel=True, cache=True)
def potential_energy(pos: np.ndarray, mass: np.ndarray, G: float, eps: float) -> float:
    n = pos.shape[0]
    total = 0.0
    for i in prange(n):
        for j in range(i + 1, n):
            d = np.sqrt(((pos[i] - pos[j]) ** 2).sum() + eps * eps)
            total -= G * mass[i] * mass[j] / d
    return total


@njit(cache=True)
def leapfrog_step(pos, vel, acc, mass, dt, G, eps):
    vel += 0.5 * dt * acc
    pos += dt * vel
    acc = accelerations(pos, mass, G, eps)
    vel += 0.5 * dt * acc
    return pos, vel, acc
