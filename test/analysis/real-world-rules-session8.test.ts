// Rules the older open sets' remaining misses called for in the eighth session, each on a small
// fixture shaped like the repository that showed it (named in the describe line; none of its files
// are copied here).
import { describe, expect, it } from 'vitest'
import { pkg, root } from './real-world-fixture.js'

describe('a browser extension is front-end code, whatever its build tasks serve (darkreader/darkreader)', () => {
  const extension = (background: string) => ({
    'package.json': pkg({
      name: 'dimmer',
      main: 'dimmer.js',
      scripts: { build: 'node tasks/cli.js build' },
      devDependencies: { ws: '8', chokidar: '3', rollup: '4', '@types/chrome': '0.0.260' },
    }),
    // The live-reload server its build runs during development.
    'tasks/log.js': [
      "import { WebSocketServer } from 'ws'",
      'const wss = new WebSocketServer({ port: 8894 })',
      "wss.on('connection', (ws) => ws.send('reload'))",
      '',
    ].join('\n'),
    'src/background/index.ts': background,
    'src/inject/index.ts': 'document.documentElement.classList.add("dimmed")\n',
  })

  it('reads chrome.* and browser.* extension APIs as code that runs in the browser', async () => {
    const c = await root(
      extension(
        [
          'chrome.runtime.onMessage.addListener((message, sender) => undefined)',
          'chrome.tabs.query({ active: true }).then(([tab]) => tab)',
          'chrome.storage.local.get({ enabled: true })',
          '',
        ].join('\n'),
      ),
    )
    expect(c.primary[0]).toBe('spa-frontend')
    const detail = c.workloads
      .find((w) => w.workload === 'spa-frontend')
      ?.evidence.map((e) => e.detail)
    expect(detail).toContain('Browser extension code (runs in the browser)')
  })

  it('does not take a headless browser driven from Node for an extension', async () => {
    const c = await root(
      extension("import puppeteer from 'puppeteer'\nconst browser = await puppeteer.launch()\n"),
    )
    expect(c.primary[0]).not.toBe('spa-frontend')
  })
})
