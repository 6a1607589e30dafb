BOT_NAME = "pricewatch"
SPIDER_MODULES = ["pricewatch.spiders"]
NEWSPIDER_MODULE = "pricewatch.spiders"

USER_AGENT = "pricewatch (+https://example.com/bot)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.5
AUTOTHROTTLE_ENABLED = True
HTTPCACHE_ENABLED = True

ITEM_PIPELINES = {
    "pricewatch.pipelines.NormalisePricePipeline": 100,
    "pricewatch.pipelines.DropUnchangedPipeline": 200,
}
FEEDS = {"output/prices-%(time)s.jsonl": {"format": "jsonlines", "encoding": "utf8"}}
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
