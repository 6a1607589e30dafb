// Rules the real-world sets called for in the twenty-ninth session, each on a small fixture shaped
// like the repositories that showed it (named in the describe line; none of their files are copied).
import { describe, expect, it } from 'vitest'
import { parseEnvironmentYml } from '../../src/scan/manifests/environment-yml.js'
import { analyze, at, pkg, score } from './real-world-fixture.js'

/** A WSGI app served by the standard library's server, as a small sync server is. */
const wsgiServer = [
  'from webob.dec import wsgify',
  'from webob import Response',
  '',
  'class SyncApp:',
  '    @wsgify',
  '    def __call__(self, req):',
  "        return Response('ok')",
  '',
  'def main():',
  '    from wsgiref.simple_server import make_server',
  "    make_server('0.0.0.0', 27701, SyncApp()).serve_forever()",
  '',
].join('\n')

describe('a Poetry project whose packages come from src/ (ankicommunity/anki-sync-server)', () => {
  const tree = {
    'pyproject.toml': [
      '[tool.poetry]',
      'name = "sync-server"',
      'version = "2.2.0"',
      'description = "A self-hosted sync server."',
      'packages = [{ include = "syncd", from = "src" }]',
      '',
      '[tool.poetry.dependencies]',
      'python = "^3.8"',
      'webob = "^1.8"',
      'requests = "^2.24"',
      '',
      '[tool.poetry.dev-dependencies]',
      'jupyter = "^1.0.0"',
      'jupyterlab = "^2.2.2"',
      '',
    ].join('\n'),
    'notebooks/read_collections.ipynb': JSON.stringify({
      cells: [{ cell_type: 'code', source: ['import sqlite3\n'] }],
      metadata: {},
    }),
    'src/requirements.txt': 'webob==1.8.6\nrequests==2.24.0\n',
    'src/syncd/__init__.py': '',
    'src/syncd/sync_app.py': wsgiServer,
  }

  it('keeps the code under src/ in the root project, so its server decides the workload', async () => {
    const report = await analyze(tree)
    expect(report.components.map((c) => c.path)).toEqual([''])
    const project = at(report, '')
    expect(project.primary[0]).toBe('io-api')
    expect(score(project, 'io-api')).toBeGreaterThan(score(project, 'data-ml'))
  })
})

/** A Node.js worker building videos by running ffmpeg command lines. */
const commandBuilder = [
  'function imageToVideo(imagePath, duration, target) {',
  '  return `ffmpeg -y -framerate 25 -loop 1 -i ${imagePath} -t ${duration} ${target}`',
  '}',
  'module.exports = { imageToVideo }',
  '',
].join('\n')
const converter = [
  "const { exec } = require('child_process')",
  "const { imageToVideo } = require('./commandBuilder')",
  'function convert(image, duration, target) {',
  '  return new Promise((resolve, reject) =>',
  '    exec(imageToVideo(image, duration, target), (err) => (err ? reject(err) : resolve(target))),',
  '  )',
  '}',
  'module.exports = { convert }',
  '',
].join('\n')
const spawner = [
  "const { spawn } = require('child_process')",
  "module.exports = (input, output) => spawn('ffmpeg', ['-i', input, output])",
  '',
].join('\n')

describe('media work handed to ffmpeg (wpmed-videowiki/export)', () => {
  it('reads ffmpeg command lines as CPU work that the compiled program covers', async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'to-video', main: 'index.js' }),
      'index.js': "require('./converter')\n",
      'commandBuilder.js': commandBuilder,
      'converter.js': converter,
      'encode.js': spawner,
    })
    const worker = at(report, '')
    expect(worker.primary[0]).toBe('cpu-intensive')
    expect(
      worker.workloads.find((w) => w.workload === 'cpu-intensive')?.evidence[0]?.detail,
    ).toMatch(/compiled program/)
    expect(worker.verdict.verdict).toBe('fits')
  })

  it('does not read the program named in prose or a package name as the program at work', async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'probe', main: 'index.js' }),
      'index.js': [
        "const installer = 'ffmpeg-static'",
        "const hint = 'ffmpeg is missing: install it first'",
        'module.exports = { installer, hint }',
        '',
      ].join('\n'),
    })
    expect(score(at(report, ''), 'cpu-intensive')).toBe(0)
  })
})

describe('a catalogued web dashboard as itself (Parallels/rq-dashboard)', () => {
  it('is the server-rendered app the catalogue knows it as, not the job tooling it monitors', async () => {
    const report = await analyze({
      'setup.py': [
        'from setuptools import setup',
        "setup(name='rq-dashboard', install_requires=['rq', 'Flask', 'redis', 'click'],",
        "      entry_points={'console_scripts': ['rq-dashboard = rq_dashboard.cli:main']})",
        '',
      ].join('\n'),
      'rq_dashboard/__init__.py': '',
      'rq_dashboard/cli.py': [
        'import click',
        'from flask import Flask',
        '',
        '@click.command()',
        "@click.option('--port', default=9181)",
        'def main(port):',
        '    app = Flask(__name__)',
        '    app.run(port=port)',
        '',
      ].join('\n'),
      'rq_dashboard/web.py': [
        'from flask import Blueprint, render_template',
        "blueprint = Blueprint('rq_dashboard', __name__)",
        "@blueprint.route('/')",
        'def queues():',
        "    return render_template('rq_dashboard/queues.html')",
        '',
      ].join('\n'),
    })
    const dashboard = at(report, '')
    expect(dashboard.primary[0]).toBe('server-web')
    expect(dashboard.verdict.verdict).toBe('fits')
  })
})

describe("a Django app's own Pipfile (sdavid09/BoardGames)", () => {
  it('belongs to the site whose manage.py runs the app', async () => {
    const report = await analyze({
      'requirements.txt': 'django==2.2\ngunicorn\n',
      'src/Site/manage.py': 'import django\n',
      'src/Site/Site/__init__.py': '',
      'src/Site/Site/settings.py': "INSTALLED_APPS = ['chess', 'channels']\n",
      'src/Site/chess/__init__.py': '',
      'src/Site/chess/apps.py':
        'from django.apps import AppConfig\nclass ChessConfig(AppConfig):\n    name = "chess"\n',
      'src/Site/chess/views.py':
        "from django.shortcuts import render\ndef board(request):\n    return render(request, 'board.html')\n",
      'src/Site/chess/Pipfile': '[packages]\ndjango = "*"\nchannels = "*"\n',
    })
    const paths = report.components.map((c) => c.path)
    expect(paths).toContain('src/Site')
    expect(paths).not.toContain('src/Site/chess')
  })
})

describe('an environment to develop in (tqdm/tqdm, geopandas)', () => {
  const env = (head: string, name: string) =>
    `${head}name: ${name}\ndependencies:\n- python >=3.8\n- pandas\n- tensorflow\n`

  it('says so in its name or the comment it opens with: its packages are for development', () => {
    for (const [file, text] of [
      ['environment.yml', env('# development environment\n', 'tqdm')],
      ['environment.yml', env('', 'geopandas-dev')],
      ['environment-dev.yml', env('', 'geo')],
      ['doc/environment.yml', env('', 'geopandas_docs')],
    ] as const) {
      const deps = parseEnvironmentYml(file, text).manifest!.dependencies
      expect(deps.map((d) => d.scope)).toEqual(['dev', 'dev'])
    }
  })

  it('keeps an environment that runs the project at runtime', () => {
    const deps = parseEnvironmentYml(
      'environment.yml',
      env('# the model environment\n', 'diffdock'),
    ).manifest!.dependencies
    expect(deps.map((d) => d.scope)).toEqual(['runtime', 'runtime'])
  })
})

describe('JavaScript machine-learning libraries the catalogue knows (ttezel/bayes, zemlyansky/arima)', () => {
  const classifier = [
    'function Naivebayes() { this.wordFrequencyCount = {} }',
    'Naivebayes.prototype.learn = function (text, category) { this.wordFrequencyCount[category] = text }',
    'module.exports = () => new Naivebayes()',
    '',
  ].join('\n')

  it('reads a dependency-free classifier as the model work it does in Node.js', async () => {
    const library = at(
      await analyze({
        'package.json': pkg({
          name: 'bayes',
          description: 'A text classifier',
          main: 'lib/naive_bayes.js',
        }),
        'lib/naive_bayes.js': classifier,
      }),
      '',
    )
    expect(library.primary[0]).toBe('data-ml')
    expect(['mismatch', 'fits-with-caveats']).toContain(library.verdict.verdict)
  })

  it('reads an app that fits time-series models with arima as data science', async () => {
    const app = at(
      await analyze({
        'package.json': pkg({
          name: 'sales-forecast',
          main: 'index.js',
          dependencies: { arima: '^0.2.6' },
        }),
        'index.js':
          "const ARIMA = require('arima')\nmodule.exports = (ts) => new ARIMA({ p: 2 }).train(ts)\n",
      }),
      '',
    )
    expect(app.primary[0]).toBe('data-ml')
  })
})

describe("another language's tests and infrastructure beside a Node.js server (stripe-samples/checkout-single-subscription)", () => {
  const sample = {
    'package.json': pkg({
      name: 'checkout-sample',
      scripts: { start: 'node server.js' },
      dependencies: { express: '^4.17.1', stripe: '^8.0.0' },
    }),
    'server.js':
      "const express = require('express')\nconst app = express()\napp.post('/checkout', (req, res) => res.json({}))\napp.listen(4242)\n",
    'client/script.js': "document.querySelector('#checkout').addEventListener('click', () => {})\n",
    Gemfile: "source 'https://rubygems.org'\ngem 'rspec'\ngem 'rest-client'\n",
    'spec/spec_helper.rb': "require 'rest-client'\n",
    'spec/server_spec.rb': "RSpec.describe 'server' do\nend\n",
    'spec/checkout_spec.rb': "RSpec.describe 'checkout' do\nend\n",
    'main.tf': 'resource "null_resource" "sample" {}\n',
    'infra/network.tf': 'resource "null_resource" "network" {}\n',
  }

  it('is the Node.js project its package.json runs, not a Ruby one', async () => {
    const root = at(await analyze(sample), '')
    expect(root.stack.stack).toBe('node')
    expect(root.primary[0]).toBe('io-api')
  })

  it('is still a Ruby project where the Ruby code is its own', async () => {
    const root = at(
      await analyze({
        ...sample,
        'lib/checkout.rb': 'class Checkout\nend\n',
        'lib/prices.rb': 'class Prices\nend\n',
        'lib/customers.rb': 'class Customers\nend\n',
        'lib/webhooks.rb': 'class Webhooks\nend\n',
      }),
      '',
    )
    expect(root.stack.stack).toBe('other')
  })
})

describe('a JavaScript library loading WebAssembly builds of its filters (foo123/FILTER.js)', () => {
  const filters = ['blur', 'sharpen', 'emboss', 'edges', 'median', 'bilateral', 'sobel', 'dither']
  const tree = (jsFiles: number): Record<string, string> => ({
    ...Object.fromEntries(
      filters.flatMap((f) => [
        [`src/asm/${f}.wasm`, '\0asm'],
        [`src/asm/${f}.wat`, '(module)'],
        [`src/asm/${f}-simd.wasm`, '\0asm'],
      ]),
    ),
    ...Object.fromEntries(
      Array.from({ length: jsFiles }, (_, i) => [
        `src/filters/filter${i}.js`,
        `export function apply${i}(data) {\n  for (let i = 0; i < data.length; i++) data[i] = (data[i] * 3) >> 2\n}\n`,
      ]),
    ),
  })

  it('is the JavaScript that outnumbers its compiled filters, not a native program', async () => {
    expect(at(await analyze(tree(40)), '').stack.stack).toBe('node')
  })

  it('is a native program where the compiled code outnumbers the JavaScript twice over', async () => {
    expect(at(await analyze(tree(4)), '').stack.stack).toBe('other')
  })
})

describe("a server's package whose root page a bundler builds from an app folder (KSJaay/Lunalytics)", () => {
  const app = Object.fromEntries(
    [
      'Dashboard',
      'Monitor',
      'Incidents',
      'StatusPage',
      'Settings',
      'Login',
      'Navbar',
      'Chart',
      'Table',
      'Modal',
    ].map((name) => [
      `app/components/${name}.tsx`,
      `import { useState } from 'react'\nexport function ${name}() {\n  const [open, setOpen] = useState(false)\n  return <div onClick={() => setOpen(!open)}>${name}</div>\n}\n`,
    ]),
  )
  const monitor = {
    'package.json': pkg({
      name: 'uptime-monitor',
      scripts: { start: 'node server/index.js', build: 'vite build' },
      dependencies: {
        express: '^4.21.0',
        react: '^19.0.0',
        'react-dom': '^19.0.0',
        knex: '^3.1.0',
      },
      devDependencies: { vite: '^6.0.0' },
    }),
    'vite.config.js': "import { defineConfig } from 'vite'\nexport default defineConfig({})\n",
    'index.html': '<div id="root"></div><script type="module" src="/app/main.tsx"></script>\n',
    'app/main.tsx':
      "import { createRoot } from 'react-dom/client'\nimport { Dashboard } from './components/Dashboard'\ncreateRoot(document.getElementById('root')!).render(<Dashboard />)\n",
    ...app,
    'server/index.js':
      "const express = require('express')\nconst app = express()\napp.get('/api/monitors', (req, res) => res.json([]))\napp.listen(2308)\n",
    'server/monitors.js': "const knex = require('knex')\nmodule.exports = knex({ client: 'pg' })\n",
  }

  it('splits the app folder off as the front end and keeps the server at the root', async () => {
    const report = await analyze(monitor)
    expect(at(report, 'app').primary[0]).toBe('spa-frontend')
    expect(at(report, '').primary[0]).toBe('io-api')
  })

  it('leaves the package whole when the page loads an entry module of its own folder, at the root or below it', async () => {
    const ownEntry = { ...monitor, 'main.tsx': "import './app/main'\n" }
    expect((await analyze(ownEntry)).components.map((c) => c.path)).not.toContain('app')
    const nested = Object.fromEntries(
      Object.entries(ownEntry).map(([path, text]) => [`web/${path}`, text]),
    )
    expect((await analyze(nested)).components.map((c) => c.path)).not.toContain('web/app')
  })

  it('leaves the package whole without a bundler configuration at its root', async () => {
    const unbundled = Object.fromEntries(
      Object.entries(monitor).filter(([path]) => path !== 'vite.config.js'),
    )
    const report = await analyze(unbundled)
    expect(report.components.map((c) => c.path)).not.toContain('app')
  })
})

describe("a Next.js app's app/ beside a Python function in api/ (digitros/nextjs-fastapi)", () => {
  const tree = {
    'package.json': pkg({
      name: 'nextjs-fastapi',
      scripts: { dev: 'next dev' },
      dependencies: { next: '^14.0.0', react: '^18.2.0', 'react-dom': '^18.2.0' },
    }),
    'requirements.txt': 'fastapi==0.110.0\nuvicorn\n',
    'app/layout.tsx':
      'export default function RootLayout({ children }) {\n  return <html><body>{children}</body></html>\n}\n',
    'app/page.tsx': 'export default function Home() {\n  return <main>Hello</main>\n}\n',
    'api/index.py':
      'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get("/api/python")\nasync def hello():\n    return {"message": "Hello"}\n',
  }

  it('keeps the app at the root with its package.json and splits the Python function off', async () => {
    const report = await analyze(tree)
    expect(at(report, '').stack.stack).toBe('node')
    expect(at(report, 'api').stack.stack).toBe('python')
  })

  it('still splits a client folder that is not a Next.js route folder', async () => {
    const report = await analyze({
      ...tree,
      'package.json': pkg({
        name: 'client',
        dependencies: { react: '^18.2.0', 'react-dom': '^18.2.0' },
      }),
    })
    expect(at(report, 'app').stack.stack).toBe('node')
  })
})
