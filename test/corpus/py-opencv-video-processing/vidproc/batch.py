"""Spreads clips over all CPU cores: each clip is decoded and analysed in its own process."""
import json
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import cpu_count
from pathlib import Path

from tqdm import tqdm

from .motion import detect_motion
from .stabilize import stabilize


def _process(clip: Path, out_dir: Path) -> dict:
    stable = out_dir / f"{clip.stem}.stable.mp4"
    stabilize(str(clip), str(stable))
    events = detect_motion(str(stable))
    return {"clip": clip.name, "motion_frames": len(events), "peak": max((m for _, m in events), default=0)}


def run_batch(clips: list[Path], out_dir: Path, workers: int | None = None) -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = workers or int(os.environ.get("VIDPROC_WORKERS", cpu_count()))
    results = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_process, clip, out_dir) for clip in clips]
        for future in tqdm(as_completed(futures), total=len(futures), unit="clip"):
            results.append(future.result())
    (out_dir / "summary.json").write_text(json.dumps(results, indent=2))
    return results
