// Rules the real-world sets called for in the twenty-seventh session, each on a small fixture shaped
// like the repositories that showed it (named in the describe line; none of their files are copied).
import { describe, expect, it } from 'vitest'
import { isAuxiliaryPath } from '../../src/analysis/signals.js'
import { analyze, at, pkg, root } from './real-world-fixture.js'

/** A pure-Python decoder's inner loops: `lines` lines, each shifting a value by a constant and masking it. */
function bitLoops(lines: number): string {
  const body = ['def read_frame(dat, b):', '    o = 0']
  for (let i = 0; i < lines; i++) body.push(`    o |= (dat[b + ${i}] >> ${i % 8}) & 0xFF`)
  body.push('    return o', '')
  return body.join('\n')
}

describe('a Zstandard decoder in pure Python, with no manifest (uyjulian/pure_python_zstd)', () => {
  it('is CPU work, shown by the bit-level loops of its one module', async () => {
    const c = await root({ 'index.py': bitLoops(25), 'README.rst': 'A decoder\n' })
    expect(c.primary).toEqual(['cpu-intensive'])
    // Nothing compiled carries it: the caveat the guidance gives Python for heavy computation.
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })

  it('is not CPU work where a file masks a few addresses or defines its flags', async () => {
    const flags = Array.from({ length: 45 }, (_, i) => `FLAG_${i} = 1 << ${i % 30}`).join('\n')
    const c = await root({
      'ipaddr.py': bitLoops(15),
      'flags.py': `${flags}\n`,
      'main.py': 'import requests\n\nrequests.get("https://example.com")\n',
      'requirements.txt': 'requests\n',
    })
    expect(c.workloads.map((w) => w.workload)).not.toContain('cpu-intensive')
  })
})

describe('a recommendation API building its models in the request handlers (salarq/node-recommender)', () => {
  it('shows the recommender libraries as data work beside the Express API, a caveat at least', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'node-recommender',
        main: 'app.js',
        dependencies: {
          express: '^4.16.4',
          'content-based-recommender': '^1.3.3',
          ger: '0.0.99',
          'js-recommender': '^1.0.5',
        },
      }),
      'app.js': [
        "const express = require('express')",
        'const app = express()',
        "app.use('/api', require('./routes/recommendation'))",
        'app.listen(3000)',
        '',
      ].join('\n'),
      'routes/recommendation.js': [
        "const express = require('express')",
        "const ContentBasedRecommender = require('content-based-recommender')",
        "const ger = require('ger')",
        'const router = express.Router()',
        "router.get('/similar/:id', async (req, res) => {",
        '  const recommender = new ContentBasedRecommender({ minScore: 0.1 })',
        '  recommender.train(await loadProducts())',
        '  res.json(recommender.getSimilarDocuments(req.params.id))',
        '})',
        'module.exports = router',
        '',
      ].join('\n'),
    })
    expect(c.primary).toContain('data-ml')
    expect(['mismatch', 'fits-with-caveats']).toContain(c.verdict.verdict)
  })
})

describe('a CSS compiler with a browser build (less/less.js)', () => {
  it('is build tooling, as the catalogue knows the package, not a front end', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'less',
        main: './dist/less-node.cjs',
        bin: { lessc: './bin/lessc' },
        browser: './dist/less.js',
        devDependencies: { rollup: '^4.0.0', mocha: '^10.0.0' },
      }),
      'bin/lessc': "#!/usr/bin/env node\nimport less from '../lib/less-node/index.js'\n",
      'lib/less-node/index.js': "import createFromEnvironment from '../less/index.js'\n",
      'lib/less/index.js': 'export default function createFromEnvironment() { return {} }\n',
      'lib/less/parser/parser.js': 'export function parse(str) { return str.split(";") }\n',
      'lib/less-browser/bootstrap.js':
        'document.querySelectorAll(\'link[rel="stylesheet/less"]\').forEach(() => {})\n',
    })
    expect(c.primary[0]).toBe('automation')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe("a package's requirements kept inside it, beside the Dockerfile that installs them (yeti/basic-websocket-server, claude-quickstarts' computer-use-demo)", () => {
  const server = [
    'import asyncio',
    'import websockets',
    '',
    'async def relay(ws, path):',
    '    async for message in ws:',
    '        await ws.send(message)',
    '',
    'asyncio.get_event_loop().run_until_complete(websockets.serve(relay, "0.0.0.0", 8765))',
    '',
  ].join('\n')

  it('is the project of the folder above: one component there, none for the package', async () => {
    const report = await analyze({
      Dockerfile: 'FROM python:3.11\nCOPY src /app\nRUN pip install -r /app/requirements.txt\n',
      'src/__init__.py': '',
      'src/requirements.txt': 'websockets==10.4\n',
      'src/publisher.py': server,
      'src/subscriber.py': server,
      'src/middleware/__init__.py': '',
      'src/middleware/auth.py': 'def check(token):\n    return bool(token)\n',
    })
    expect(report.components.map((c) => c.path)).toEqual([''])
    expect(at(report, '').primary[0]).toBe('realtime')
  })

  it("keeps a package beside as much code again as a project of its own (DiffDock's app/)", async () => {
    const scripts = Object.fromEntries(
      ['train', 'inference', 'evaluate', 'datasets', 'models'].map((n) => [
        `${n}.py`,
        'import torch\n\nprint(torch.zeros(1))\n',
      ]),
    )
    const report = await analyze({
      'requirements.txt': 'torch\n',
      Dockerfile: 'FROM python:3.11\n',
      ...scripts,
      'app/__init__.py': '',
      'app/requirements.txt': 'gradio\n',
      'app/main.py': 'import gradio as gr\n\ngr.Interface(fn=lambda x: x).launch()\n',
    })
    expect(report.components.map((c) => c.path)).toEqual(['', 'app'])
  })

  it('reads the code of a package named after its demo folder as the component’s own', () => {
    const demo = 'computer-use-demo'
    expect(isAuxiliaryPath(`${demo}/computer_use_demo/loop.py`, demo)).toBe(false)
    // Its samples are still samples, and another demo's folder still a demo.
    expect(isAuxiliaryPath(`${demo}/computer_use_demo/examples/run.py`, demo)).toBe(true)
    expect(isAuxiliaryPath(`${demo}/other_demo/loop.py`, demo)).toBe(true)
    expect(isAuxiliaryPath('computer-use-demo/computer_use_demo/loop.py')).toBe(true)
  })
})

describe('a collection of samples in both stacks under a Python root (anthropics/claude-quickstarts)', () => {
  const agent = (extra = '') =>
    [
      'import anthropic',
      '',
      'client = anthropic.Anthropic()',
      `def ask(q):${extra}`,
      '    return client.messages.create(model="m", max_tokens=10, messages=[q])',
      '',
    ].join('\n')
  const nextApp = (name: string) => ({
    [`${name}/package.json`]: pkg({
      name,
      private: true,
      scripts: { dev: 'next dev', build: 'next build' },
      dependencies: { next: '^14.0.0', react: '^18.0.0', '@anthropic-ai/sdk': '^0.30.0' },
    }),
    [`${name}/app/page.tsx`]: "'use client'\nexport default function Page() { return <main /> }\n",
    [`${name}/app/layout.tsx`]:
      'export default function Layout({ children }) { return <html>{children}</html> }\n',
  })
  const pyAgent = (name: string) => ({
    [`${name}/requirements.txt`]: 'anthropic\nhttpx\n',
    [`${name}/agent.py`]: agent(),
    [`${name}/tools.py`]: agent(),
  })
  const chat = {
    'chat/package.json': pkg({
      name: 'chat',
      main: 'server.js',
      scripts: { start: 'node server.js' },
      dependencies: { express: '^4.0.0', '@anthropic-ai/sdk': '^0.30.0' },
    }),
    'chat/server.js': [
      "const express = require('express')",
      'const app = express()',
      "app.post('/chat', (req, res) => res.json({}))",
      'app.listen(3000)',
      '',
    ].join('\n'),
  }

  it('is named by what most of its projects do, across both stacks', async () => {
    const report = await analyze({
      'pyproject.toml': '[tool.pyright]\nvenv = ".venv"\n',
      ...pyAgent('agent-one'),
      ...pyAgent('agent-two'),
      ...chat,
      ...nextApp('support'),
    })
    const c = at(report, '')
    expect(c.stack.stack).toBe('python')
    expect(c.primary).toEqual(['io-api'])
    expect(c.supporting).toBe(true)
  })

  it("is not named by a product's front end beside its Go server and docs site (sysadminsmedia/homebox)", async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'root', private: true, devDependencies: { prettier: '^3.0.0' } }),
      'backend/go.mod': 'module example.com/homebox\n\ngo 1.22\n',
      'backend/main.go': 'package main\n\nfunc main() {}\n',
      ...nextApp('frontend'),
      'docs/package.json': pkg({
        name: 'docs',
        private: true,
        scripts: { build: 'vitepress build' },
        devDependencies: { vitepress: '^1.0.0' },
      }),
      'docs/index.md': '# Docs\n',
      'docs/.vitepress/config.mts': "export default { title: 'Docs' }\n",
    })
    expect(report.components.find((c) => c.path === '')?.primary ?? []).toEqual([])
  })

  it('is not named by data science or heavy computation done in the other stack', async () => {
    const model = (name: string) => ({
      [`${name}/package.json`]: pkg({
        name,
        main: 'index.js',
        dependencies: { '@tensorflow/tfjs-node': '^4.0.0' },
      }),
      [`${name}/index.js`]:
        "const tf = require('@tensorflow/tfjs-node')\nconst m = tf.sequential()\nm.fit(tf.zeros([1]), tf.zeros([1]))\n",
    })
    const report = await analyze({
      'pyproject.toml': '[tool.pyright]\nvenv = ".venv"\n',
      ...pyAgent('agent-one'),
      ...model('train-one'),
      ...model('train-two'),
      ...nextApp('support'),
    })
    expect(at(report, '').primary).toEqual([])
  })
})

describe("a vector store adapter over a native index (llm-tools/embedJs' embedjs-hnswlib)", () => {
  it('is CPU work carried by compiled code, so it fits', async () => {
    const c = await root({
      'package.json': pkg({
        name: '@llm-tools/embedjs-hnswlib',
        main: 'src/index.js',
        dependencies: { 'hnswlib-node': '^3.0.0' },
      }),
      'src/index.js': [
        "import HNSWLib from 'hnswlib-node'",
        'export class HNSWDb {',
        "  init(dimensions) { this.index = new HNSWLib.HierarchicalNSW('cosine', dimensions) }",
        '  search(query, k) { return this.index.searchKnn(query, k) }',
        '}',
        '',
      ].join('\n'),
    })
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe('a GIF encoder in JavaScript that declares canvas for its examples (eugeneware/gifencoder)', () => {
  it('still computes in JavaScript: the native canvas covers it only in part', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'gifencoder',
        main: 'index.js',
        dependencies: { canvas: '^2.2.0' },
      }),
      'index.js': "module.exports = require('./lib/GIFEncoder')\n",
      'lib/GIFEncoder.js': [
        "const LZWEncoder = require('./LZWEncoder')",
        'module.exports = function GIFEncoder(w, h) { this.encoder = new LZWEncoder(w, h) }',
        '',
      ].join('\n'),
      'lib/LZWEncoder.js': 'module.exports = function LZWEncoder(w, h) { this.size = w * h }\n',
      'examples/canvas.js': "const { createCanvas } = require('canvas')\ncreateCanvas(1, 1)\n",
    })
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })
})

describe('a server process its start script launches, led by its command line (erming/shout)', () => {
  const tree = (start?: string) => ({
    'package.json': pkg({
      name: 'shout',
      bin: { shout: './index.js' },
      ...(start && { scripts: { start } }),
      dependencies: {
        commander: '^2.3.0',
        cheerio: '^0.17.0',
        read: '^1.0.5',
        express: '^4.9.5',
        'socket.io': '~1.0.6',
        request: '^2.51.0',
      },
    }),
    'index.js': "#!/usr/bin/env node\nrequire('./src/command-line')\n",
    'src/command-line/index.js': [
      "const program = require('commander')",
      "require('./start')",
      "require('./add')",
      'program.parse(process.argv)',
      '',
    ].join('\n'),
    'src/command-line/start.js': [
      "const program = require('commander')",
      "const server = require('../server')",
      "program.command('start').action(() => server())",
      '',
    ].join('\n'),
    'src/command-line/add.js': [
      "const program = require('commander')",
      "const read = require('read')",
      "program.command('add <name>').action((name) => read({ prompt: 'Password: ' }, () => {}))",
      '',
    ].join('\n'),
    'src/server.js': [
      "const express = require('express')",
      "const io = require('socket.io')",
      'module.exports = function () {',
      "  const app = express().use(express.static('client'))",
      '  const server = app.listen(9000)',
      "  io(server).on('connection', (socket) => {",
      "    socket.emit('init', { networks: [] })",
      '  })',
      '}',
      '',
    ].join('\n'),
    'src/plugins/link.js': [
      "const cheerio = require('cheerio')",
      "const request = require('request')",
      "module.exports = (url, cb) => request(url, (e, r, body) => cb(cheerio.load(body)('title').text()))",
      '',
    ].join('\n'),
  })

  it('is the server its commands administer', async () => {
    expect((await root(tree('node index'))).primary[0]).toBe('realtime')
  })

  it('stays a command-line tool when no start script launches it', async () => {
    expect((await root(tree())).primary[0]).toBe('automation')
  })
})

describe('a workflow whose code is its scripts/ folder (PyPSA/pypsa-eur)', () => {
  const script = (n: number) =>
    [
      'import pandas as pd',
      '',
      `def build_${n}(path):`,
      '    df = pd.read_csv(path)',
      '    return df.groupby("region").sum()',
      '',
    ].join('\n')
  const scripts = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [`scripts/build_${i}.py`, script(i)]),
  )

  it('is what those scripts do: data work, not maintainers’ tools', async () => {
    const c = await root({
      'environment.yaml': 'name: workflow\ndependencies:\n  - pandas\n',
      Snakefile: 'rule all:\n    input: "results/summary.csv"\n',
      // One helper of its own: a command line that uploads the results.
      'utils/upload_cli.py': [
        'import requests',
        'import typer',
        '',
        'app = typer.Typer()',
        '',
        '@app.command()',
        'def upload(path: str):',
        '    requests.post("https://example.com/upload", data=open(path, "rb"))',
        '',
        'if __name__ == "__main__":',
        '    app()',
        '',
      ].join('\n'),
      ...scripts,
    })
    expect(c.primary[0]).toBe('data-ml')
  })
})
