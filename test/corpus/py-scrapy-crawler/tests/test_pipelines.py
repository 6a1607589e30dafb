import pytest
from scrapy.exceptions import DropItem

from pricewatch.items import ProductItem
from pricewatch.pipelines import NormalisePricePipeline


def test_price_string_becomes_float():
    item = NormalisePricePipeline().process_item(ProductItem(url="u", price="1.299,00 €"), None)
    assert item["price"] == 1299.0


def test_missing_price_is_dropped():
    with pytest.raises(DropItem):
        NormalisePricePipeline().process_item(ProductItem(url="u", price=None), None)
