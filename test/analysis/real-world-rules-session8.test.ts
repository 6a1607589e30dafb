// Rules the older open sets' remaining misses called for in the eighth session, each on a small
// fixture shaped like the repository that showed it (named in the describe line; none of its files
// are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root } from './real-world-fixture.js'

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

describe('a deployment shell does the work of the workspace package it runs (TBXark/ChatGPT-Telegram-Workers)', () => {
  const monorepo = (shellDeps: Record<string, string>) => ({
    'package.json': pkg({ name: 'bot-monorepo', private: true, workspaces: ['packages/*'] }),
    'packages/core/package.json': pkg({
      name: '@bot/core',
      main: 'dist/index.js',
      dependencies: { openai: '4', 'node-fetch': '3' },
    }),
    'packages/core/src/index.ts': [
      "import OpenAI from 'openai'",
      'const client = new OpenAI()',
      'export default {',
      '  async fetch(request: Request) {',
      '    const update = await request.json()',
      "    const reply = await client.chat.completions.create({ model: 'gpt-4o', messages: [update] })",
      '    return new Response(JSON.stringify(reply))',
      '  },',
      '}',
      '',
    ].join('\n'),
    'packages/workers/package.json': pkg({
      name: '@bot/workers',
      main: 'dist/index.js',
      scripts: { deploy: 'wrangler deploy' },
      dependencies: shellDeps,
    }),
    'packages/workers/src/index.ts': "import Bot from '@bot/core'\nexport default Bot\n",
  })

  it('takes the main class of the package it runs, with that dependency as evidence', async () => {
    const report = await analyze(monorepo({ '@bot/core': 'workspace:*' }))
    const core = at(report, 'packages/core')
    const shell = at(report, 'packages/workers')
    expect(shell.primary).toEqual([core.primary[0]])
    expect(shell.verdict.verdict).toBe(core.verdict.verdict)
    const evidence = shell.workloads[0]?.evidence[0]
    expect(evidence).toMatchObject({
      file: 'packages/workers/package.json',
      detail: 'runs workspace package @bot/core',
    })
    const top = shell.workloads[0]!.raw
    for (const w of shell.workloads) expect(w.score).toBe(Math.round((100 * w.raw) / top) / 100)
  })

  it('leaves a package that runs nothing of the repository without a workload', async () => {
    const shell = at(await analyze(monorepo({ 'left-pad': '1' })), 'packages/workers')
    expect(shell.primary).toEqual([])
  })
})

describe('a plugin is not a deployment shell of the package it names (axe312ger/sqip)', () => {
  it('inherits nothing when the package only builds a library, and never CPU work', async () => {
    const tree = {
      'package.json': pkg({ name: 'images', private: true, workspaces: ['packages/*'] }),
      'packages/core/package.json': pkg({
        name: 'shrink',
        main: 'dist/index.js',
        bin: { shrink: 'dist/cli.js' },
        dependencies: { sharp: '0.33' },
      }),
      'packages/core/src/index.ts':
        "import sharp from 'sharp'\nexport const run = (f: string) => sharp(f).resize(8).toBuffer()\n",
      'packages/plugin-svgo/package.json': pkg({
        name: 'shrink-plugin-svgo',
        main: 'dist/index.js',
        scripts: { build: 'tsc -b' },
        dependencies: { shrink: '1' },
      }),
      'packages/plugin-svgo/src/index.ts':
        'export default function plugin() { return (svg: string) => svg }\n',
      'packages/app/package.json': pkg({
        name: 'shrink-app',
        scripts: { start: 'node dist/index.js' },
        dependencies: { shrink: '1' },
      }),
      'packages/app/src/index.ts': "import { run } from 'shrink'\nrun(process.argv[2]!)\n",
    }
    const report = await analyze(tree)
    expect(at(report, 'packages/core').primary[0]).toBe('cpu-intensive')
    expect(at(report, 'packages/plugin-svgo').primary).toEqual([])
    expect(at(report, 'packages/app').primary).toEqual([])
  })
})

describe("a Python web app's static/ scripts are its assets, its project file one folder up (pgadmin-org/pgadmin4)", () => {
  const app = (pythonModules: number) => {
    const tree: Record<string, string> = {
      'requirements.txt': 'flask\nflask-login\n',
      'web/package.json': pkg({
        name: 'console-ui',
        scripts: { bundle: 'webpack' },
        dependencies: { react: '18', 'react-dom': '18' },
        devDependencies: { webpack: '5' },
      }),
      'web/console.py': [
        'from flask import Flask, render_template',
        'app = Flask(__name__)',
        '',
        '@app.route("/")',
        'def index():',
        '    return render_template("index.html")',
        '',
      ].join('\n'),
      'web/webpack.config.js': 'module.exports = { entry: "./console/static/js/app.jsx" }\n',
    }
    for (let i = 0; i < 6; i++)
      tree[`web/console/static/js/panel${i}.jsx`] = `export const Panel${i} = () => null\n`
    for (let i = 0; i < pythonModules; i++)
      tree[`web/console/views/view${i}.py`] =
        'from flask import Blueprint\nbp = Blueprint("t", __name__)\n'
    return tree
  }

  it('judges the folder as the Python app when its Python outnumbers the scripts outside static/', async () => {
    const c = at(await analyze(app(8)), 'web')
    expect(c.stack.stack).toBe('python')
  })

  it('keeps a front end with a little Python as Node.js', async () => {
    const tree = app(0)
    for (let i = 0; i < 6; i++)
      tree[`web/src/view${i}.jsx`] = `export const View${i} = () => null\n`
    expect(at(await analyze(tree), 'web').stack.stack).toBe('node')
  })
})

describe('an API whose routes span many modules carries the sockets a few of them open (GNS3/gns3-server)', () => {
  const server = (handlerModules: number) => {
    const tree: Record<string, string> = {
      'requirements.txt': 'aiohttp\naiofiles\n',
    }
    for (let i = 0; i < handlerModules; i++)
      tree[`server/handlers/device${i}_handler.py`] = [
        'from server.routes import Route',
        '',
        'class DeviceHandler:',
        `    @Route.get("/devices/${i}")`,
        '    async def show(request, response):',
        '        response.json({})',
        '',
        `    @Route.post("/devices/${i}/start")`,
        '    async def start(request, response):',
        '        response.set_status(204)',
        '',
      ].join('\n')
    for (let i = 0; i < 3; i++)
      tree[`server/compute/console${i}.py`] = [
        'from aiohttp import web',
        '',
        'async def console(request):',
        '    ws = web.WebSocketResponse()',
        '    await ws.prepare(request)',
        '    async for msg in ws:',
        '        await ws.send_str(msg.data)',
        '',
      ].join('\n')
    return tree
  }

  it('puts io-api first when routes show in ten or more modules, three times the socket code', async () => {
    const wide = await root(server(12))
    expect(wide.primary[0]).toBe('io-api')
    expect(wide.primary).toContain('realtime')
  })

  it('leaves a small API with the same sockets real-time', async () => {
    const narrow = await root(server(4))
    expect(narrow.primary[0]).toBe('realtime')
  })
})

describe('a grab-bag whose scripts sit one folder down is a collection (Python-World/python-mini-projects)', () => {
  const collection = (parent: string) => {
    const tree: Record<string, string> = {
      'requirementsALL.txt': 'tensorflow\nkeras\nscikit-learn\nrequests\npyautogui\n',
    }
    for (let i = 0; i < 24; i++) tree[`${parent}/project_${i}/requirements.txt`] = 'requests\n'
    for (let i = 0; i < 32; i++)
      tree[`${parent}/script_${i}/main.py`] =
        i % 4 === 0
          ? 'import tensorflow as tf\nmodel = tf.keras.Sequential()\n'
          : 'import os\nprint(os.getcwd())\n'
    return tree
  }

  it('lists a projects/ folder of one script per subfolder, whatever the shared requirements install', async () => {
    const c = await root(collection('projects'))
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('does not take a product package with many subpackages for a grab-bag', async () => {
    const c = await root(collection('trainer'))
    expect(c.primary).not.toEqual([])
  })
})
