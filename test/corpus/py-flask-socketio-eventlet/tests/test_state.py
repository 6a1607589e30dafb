from auction.state import Bid


def test_bid_round_trips_through_json():
    bid = Bid(lot="7", bidder="ada", amount=120, at=1.0)
    assert Bid.model_validate_json(bid.model_dump_json()) == bid
