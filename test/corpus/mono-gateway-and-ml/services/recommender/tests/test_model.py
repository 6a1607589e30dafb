import torch

from app.model import NextTrackModel


def test_scores_every_track():
    model = NextTrackModel(n_tracks=10, dim=4)
    assert model(torch.tensor([[1, 2, 3]])).shape == (1, 10)
