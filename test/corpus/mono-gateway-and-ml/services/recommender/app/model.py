import torch
from torch import nn


class NextTrackModel(nn.Module):
    """GRU over the last tracks played in a room, scoring every track in the catalogue."""

    def __init__(self, n_tracks: int, dim: int = 64):
        super().__init__()
        self.embed = nn.Embedding(n_tracks, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.out = nn.Linear(dim, n_tracks)

    def forward(self, history: torch.Tensor) -> torch.Tensor:
        hidden, _ = self.gru(self.embed(history))
        return self.out(hidden[:, -1])
