import * as cheerio from 'cheerio'

export const sites = [
  {
    name: 'outdoorworld',
    urls: ['https://www.outdoorworld.example/tents', 'https://www.outdoorworld.example/sleeping-bags'],
    parse(html) {
      const $ = cheerio.load(html)
      return $('.product-tile')
        .map((_, el) => ({
          sku: $(el).attr('data-sku'),
          title: $(el).find('.product-name').text().trim(),
          price: Number($(el).find('.price').text().replace(/[^\d.]/g, '')),
        }))
        .get()
    },
  },
]
