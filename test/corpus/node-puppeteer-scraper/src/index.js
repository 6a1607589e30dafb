import 'dotenv/config'
import cron from 'node-cron'
import puppeteer from 'puppeteer'
import { IncomingWebhook } from '@slack/webhook'
import { recordPrice } from './store.js'
import { sites } from './sites/index.js'

const slack = process.env.SLACK_WEBHOOK_URL ? new IncomingWebhook(process.env.SLACK_WEBHOOK_URL) : null

async function scrapeAll() {
  const browser = await puppeteer.launch({ headless: true, args: ['--no-sandbox'] })
  const changes = []
  try {
    for (const site of sites) {
      const page = await browser.newPage()
      await page.setUserAgent('price-watch/0.6 (+ops@example.com)')
      for (const url of site.urls) {
        await page.goto(url, { waitUntil: 'networkidle2', timeout: 60_000 })
        const html = await page.content()
        for (const item of site.parse(html)) {
          const change = recordPrice(site.name, item)
          if (change) changes.push(change)
        }
        await new Promise((r) => setTimeout(r, 2000))
      }
      await page.close()
    }
  } finally {
    await browser.close()
  }
  if (slack && changes.length) {
    await slack.send({ text: changes.map((c) => `${c.site}: ${c.title} ${c.old} → ${c.price}`).join('\n') })
  }
}

if (process.argv.includes('--once')) await scrapeAll()
else cron.schedule(process.env.SCHEDULE ?? '15 3 * * *', scrapeAll, { timezone: 'Europe/Berlin' })
