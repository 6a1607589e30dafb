// Development only: renders the API docs page to a PNG for the README.
import puppeteer from 'puppeteer'

const browser = await puppeteer.launch()
const page = await browser.newPage()
await page.goto('http://localhost:8080/docs')
await page.screenshot({ path: 'docs/api.png', fullPage: true })
await browser.close()
