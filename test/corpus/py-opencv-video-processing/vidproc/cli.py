from pathlib import Path

import click
from dotenv import load_dotenv

from .batch import run_batch


@click.command()
@click.argument("input_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=Path("processed"))
@click.option("--workers", type=int, default=None)
def main(input_dir: Path, out: Path, workers: int | None) -> None:
    """Stabilises every .mp4 in INPUT_DIR and reports frames with motion."""
    load_dotenv()
    results = run_batch(sorted(input_dir.glob("*.mp4")), out, workers)
    click.echo(f"{len(results)} clips processed")
