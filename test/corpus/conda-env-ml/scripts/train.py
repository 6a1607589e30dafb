"""Trains the day-ahead electricity load forecast and compares it with Holt-Winters."""
import pandas as pd
from dotenv import load_dotenv
from sklearn.metrics import mean_absolute_percentage_error

from forecast.features import calendar_features, lagged, load_weather
from forecast.models import baseline, gradient_boosting

load_dotenv()
load = pd.read_parquet("data/load.parquet")["mw"].asfreq("h")
weather = load_weather("data/era5_t2m.nc")
X = pd.concat([calendar_features(load.index), lagged(load), weather], axis=1).dropna()
y = load.loc[X.index]

split = X.index[-24 * 7]
model = gradient_boosting(X[X.index < split], y[y.index < split])
pred = model.predict(X[X.index >= split])
hw = baseline(y[y.index < split], len(pred))
print("LightGBM MAPE", mean_absolute_percentage_error(y[y.index >= split], pred))
print("Holt-Winters MAPE", mean_absolute_percentage_error(y[y.index >= split], hw))
