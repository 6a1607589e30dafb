from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402


def plot_regions(table: pd.DataFrame, out: Path) -> Path:
    fig, ax = plt.subplots(figsize=(8, 4))
    table["revenue"].plot.bar(ax=ax, color="#3b7dd8")
    ax.set_ylabel("Revenue (EUR)")
    ax.set_title("Revenue by region")
    fig.tight_layout()
    path = out / "regions.png"
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return path


def plot_trend(series: pd.Series, out: Path) -> Path:
    fig, ax = plt.subplots(figsize=(8, 3))
    series.plot(ax=ax)
    ax.set_title("4-week rolling revenue")
    path = out / "trend.png"
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return path
