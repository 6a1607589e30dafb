import json
from pathlib import Path

from itemadapter import ItemAdapter
from price_parser import Price
from scrapy.exceptions import DropItem


class NormalisePricePipeline:
    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        parsed = Price.fromstring(str(adapter.get("price") or ""))
        if parsed.amount is None:
            raise DropItem(f"no price on {adapter['url']}")
        adapter["price"] = float(parsed.amount)
        adapter["currency"] = adapter.get("currency") or parsed.currency
        return item


class DropUnchangedPipeline:
    """Keeps only products whose price moved since the last crawl."""

    def open_spider(self, spider):
        self.path = Path("output/last_prices.json")
        self.last = json.loads(self.path.read_text()) if self.path.exists() else {}
        self.seen: dict[str, float] = {}

    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        self.seen[adapter["url"]] = adapter["price"]
        if self.last.get(adapter["url"]) == adapter["price"]:
            raise DropItem("unchanged")
        return item

    def close_spider(self, spider):
        self.path.parent.mkdir(exist_ok=True)
        self.path.write_text(json.dumps({**self.last, **self.seen}))
