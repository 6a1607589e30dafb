"""Crawls the shop's category pages and extracts product prices and specs."""
import scrapy
from bs4 import BeautifulSoup

from ..items import ProductItem


class ShopSpider(scrapy.Spider):
    name = "shop"
    allowed_domains = ["shop.example.com"]
    start_urls = ["https://shop.example.com/c/laptops", "https://shop.example.com/c/monitors"]

    def parse(self, response):
        for href in response.css("article.product-card a.title::attr(href)").getall():
            yield response.follow(href, callback=self.parse_product)
        next_page = response.css("nav.pagination a[rel=next]::attr(href)").get()
        if next_page:
            yield response.follow(next_page, callback=self.parse)

    def parse_product(self, response):
        # the spec table is built from nested divs that CSS selectors handle badly
        soup = BeautifulSoup(response.css("section#specs").get(default=""), "lxml")
        specs = {
            row.find("dt").get_text(strip=True): row.find("dd").get_text(strip=True)
            for row in soup.select("div.spec-row")
            if row.find("dt") and row.find("dd")
        }
        yield ProductItem(
            url=response.url,
            title=response.css("h1::text").get(default="").strip(),
            price=response.css("[itemprop=price]::attr(content)").get(),
            currency=response.css("[itemprop=priceCurrency]::attr(content)").get(),
            in_stock="InStock" in (response.css("[itemprop=availability]::attr(href)").get() or ""),
            specs=specs,
        )
