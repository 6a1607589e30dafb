import pandas as pd
import torch
from sklearn.model_selection import train_test_split
from torch.utils.data import DataLoader, TensorDataset

from .model import NextTrackModel


def sessions_to_tensors(plays: pd.DataFrame, window: int = 5):
    xs, ys = [], []
    for _, session in plays.sort_values("played_at").groupby("session_id"):
        ids = session["track_idx"].tolist()
        for i in range(window, len(ids)):
            xs.append(ids[i - window : i])
            ys.append(ids[i])
    return torch.tensor(xs), torch.tensor(ys)


def train(plays: pd.DataFrame, n_tracks: int, epochs: int = 5) -> NextTrackModel:
    x, y = sessions_to_tensors(plays)
    x_train, x_val, y_train, y_val = train_test_split(x, y, test_size=0.1, random_state=0)
    model = NextTrackModel(n_tracks)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()
    loader = DataLoader(TensorDataset(x_train, y_train), batch_size=256, shuffle=True)
    for _ in range(epochs):
        model.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.step()
    return model


if __name__ == "__main__":
    plays = pd.read_parquet("data/plays.parquet")
    model = train(plays, n_tracks=int(plays["track_idx"].max()) + 1)
    torch.save(model.state_dict(), "/models/next-track.pt")
