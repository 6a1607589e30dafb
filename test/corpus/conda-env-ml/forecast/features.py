import numpy as np
import pandas as pd
import xarray as xr


def load_weather(path: str) -> pd.DataFrame:
    """Mean 2 m temperature over the grid, hourly, from a reanalysis NetCDF file."""
    ds = xr.open_dataset(path)
    return ds["t2m"].mean(dim=["latitude", "longitude"]).to_dataframe(name="temp_k")


def calendar_features(index: pd.DatetimeIndex) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "hour_sin": np.sin(2 * np.pi * index.hour / 24),
            "hour_cos": np.cos(2 * np.pi * index.hour / 24),
            "dow": index.dayofweek,
            "is_weekend": index.dayofweek >= 5,
        },
        index=index,
    )


def lagged(load: pd.Series, lags=(24, 48, 168)) -> pd.DataFrame:
    return pd.concat({f"lag_{h}": load.shift(h) for h in lags}, axis=1)
