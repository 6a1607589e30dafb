"""Runs a Plummer-sphere cluster for many steps and writes snapshots to HDF5."""
import argparse
import time

import h5py
import numpy as np
import yaml

from .kernels import accelerations, kinetic_energy, leapfrog_step, potential_energy


def plummer(n: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    r = 1.0 / np.sqrt(rng.uniform(0, 1, n) ** (-2.0 / 3.0) - 1.0)
    direction = rng.normal(size=(n, 3))
    pos = r[:, None] * direction / np.linalg.norm(direction, axis=1)[:, None]
    vel = rng.normal(scale=0.3, size=(n, 3))
    return pos, vel - vel.mean(axis=0), np.full(n, 1.0 / n)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="configs/cluster.yaml")
    cfg = yaml.safe_load(open(parser.parse_args().config))

    pos, vel, mass = plummer(cfg["bodies"], cfg["seed"])
    G, eps, dt = cfg["G"], cfg["softening"], cfg["dt"]
    acc = accelerations(pos, mass, G, eps)
    e0 = kinetic_energy(vel, mass) + potential_energy(pos, mass, G, eps)

    started = time.perf_counter()
    with h5py.File(cfg["output"], "w") as out:
        snaps = out.create_dataset("positions", (cfg["steps"] // cfg["every"], *pos.shape), "f4")
        for step in range(cfg["steps"]):
            pos, vel, acc = leapfrog_step(pos, vel, acc, mass, dt, G, eps)
            if step % cfg["every"] == 0:
                snaps[step // cfg["every"]] = pos
    e1 = kinetic_energy(vel, mass) + potential_energy(pos, mass, G, eps)
    print(f"{cfg['steps']} steps in {time.perf_counter() - started:.1f}s, dE/E = {(e1 - e0) / abs(e0):.2e}")


if __name__ == "__main__":
    main()
