import lightgbm as lgb
import mlflow
import pandas as pd
from statsmodels.tsa.holtwinters import ExponentialSmoothing


def baseline(train: pd.Series, horizon: int) -> pd.Series:
    fit = ExponentialSmoothing(train, seasonal="add", seasonal_periods=24).fit()
    return fit.forecast(horizon)


def gradient_boosting(X: pd.DataFrame, y: pd.Series) -> lgb.LGBMRegressor:
    with mlflow.start_run(run_name="lightgbm"):
        model = lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=63)
        model.fit(X, y, eval_set=[(X.tail(24 * 14), y.tail(24 * 14))], callbacks=[lgb.early_stopping(50)])
        mlflow.log_params(model.get_params())
        mlflow.log_metric("best_iteration", model.best_iteration_)
    return model
