import pytest
from pydantic import ValidationError

from app.main import RatingIn


def test_stars_out_of_range():
    with pytest.raises(ValidationError):
        RatingIn(product_id="p1", stars=6)
