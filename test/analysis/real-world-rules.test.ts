// The classification and verdict rules the real-world evaluation called for (issue 10), each on a
// small repository written for the test: a fixture in, what a user would see out.
import { describe, expect, it } from 'vitest'
import { analyzeRepository } from '../../src/analysis/analyze.js'
import { buildComponents, splitByStack } from '../../src/analysis/components.js'
import { failed } from '../../src/cli.js'
import type { ComponentReport } from '../../src/model.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { parseManifest } from '../../src/scan/manifests/index.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'
import { pkg, analyze, at } from './real-world-fixture.js'

const allEvidence = (c: ComponentReport) =>
  c.workloads.flatMap((w) => w.evidence.map((e) => e.detail))

describe('calling a hosted model is I/O, not data science', () => {
  const app = {
    'package.json': pkg({
      name: 'ask-the-docs',
      dependencies: {
        express: '^4.19.0',
        pug: '^3.0.0',
        '@langchain/openai': '^0.3.0',
        '@langchain/core': '^0.3.0',
        '@huggingface/inference': '^2.8.0',
      },
    }),
    'app.js': [
      "import express from 'express'",
      "import { ChatOpenAI } from '@langchain/openai'",
      "import { HfInference } from '@huggingface/inference'",
      'const app = express()',
      "app.set('view engine', 'pug')",
      "app.get('/', (req, res) => res.render('index'))",
      "app.post('/ask', async (req, res) => res.json(await new ChatOpenAI().invoke(req.body.q)))",
      'app.listen(3000)',
    ].join('\n'),
    'views/index.pug': 'h1 Ask',
  }

  it('classifies an Express + Pug app that calls LLM APIs as web work, never a mismatch', async () => {
    const c = at(await analyze(app), '')
    expect(c.primary).not.toContain('data-ml')
    expect(['io-api', 'server-web']).toContain(c.primary[0])
    expect(c.verdict.verdict).toBe('fits')
    expect(c.workloads.find((w) => w.workload === 'data-ml')).toBeUndefined()
    expect(allEvidence(c)).toContain('npm dependency @langchain/openai (calls a hosted AI API)')
  })

  it('keeps model compute in the Node process as data science, and a mismatch', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'trainer',
          dependencies: { '@tensorflow/tfjs-node': '^4.0.0' },
        }),
        'train.js':
          "import * as tf from '@tensorflow/tfjs-node'\nconst model = tf.sequential()\nawait model.fit(xs, ys)",
      }),
      '',
    )
    expect(c.primary[0]).toBe('data-ml')
    expect(c.verdict.verdict).toBe('mismatch')
  })
})

describe('a component that is a known package', () => {
  it("counts the catalogue's classes for the package itself", async () => {
    const c = at(
      await analyze({
        'package.json': pkg({ name: 'socket.io', dependencies: { debug: '^4.0.0' } }),
        'lib/index.js': "import debug from 'debug'\nexport class Server {}",
      }),
      '',
    )
    expect(c.primary[0]).toBe('realtime')
    expect(allEvidence(c)).toContain('is the catalogued package socket.io')
  })
})

describe('native and compiled code', () => {
  it('makes a napi-rs package CPU work covered by compiled code, on the Node.js stack', async () => {
    const report = await analyze({
      'package.json': pkg({
        name: 'fast-hash',
        main: 'index.js',
        napi: { name: 'fast-hash' },
        devDependencies: { '@napi-rs/cli': '^2.18.0' },
        scripts: { build: 'napi build --release' },
      }),
      'Cargo.toml': '[package]\nname = "fast-hash"\n[lib]\ncrate-type = ["cdylib"]\n',
      'src/lib.rs': '#[napi] pub fn hash() {}',
      'src/simd.rs': 'pub fn lanes() {}',
      'index.js': "module.exports = require('./fast-hash.node')",
    })
    expect(report.components.map((c) => c.path)).toEqual([''])
    const c = at(report, '')
    expect(c.stack.stack).toBe('node')
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.mitigations.map((m) => m.id)).toContain('node-compiled-code')
  })

  it('reads a C extension in setup.py and Cython sources as CPU work Python already covers', async () => {
    const c = at(
      await analyze({
        'setup.py': [
          'from setuptools import Extension, setup',
          'setup(name="fastgeo", ext_modules=[Extension("fastgeo._core", ["fastgeo/_core.pyx"])])',
        ].join('\n'),
        'fastgeo/__init__.py': 'from ._core import distance',
        'fastgeo/_core.pyx': 'def distance(a, b): pass',
        'fastgeo/_kernels.pyx': 'cdef double k(): pass',
      }),
      '',
    )
    expect(c.stack.stack).toBe('python')
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.mitigations.map((m) => m.id)).toContain('python-native-speedups')
  })

  it('keeps a Rust project with a tooling package.json a Rust component', async () => {
    const report = await analyze({
      'package.json': pkg({ devDependencies: { prettier: '^3.0.0', husky: '^9.0.0' } }),
      'crates/cli/Cargo.toml': '[package]\nname = "cli"',
      'crates/cli/src/main.rs': 'fn main() {}',
    })
    expect(at(report, 'crates/cli').stack.stack).toBe('other')
  })
})

// Each was a false mismatch on a public repository of the real-world set (holdout half).
describe('false mismatches found on real repositories', () => {
  it('fits a video renderer whose frames are drawn by native canvas and headless GL (mifi/editly)', async () => {
    const report = await analyze({
      'package.json': pkg({
        name: 'frame-renderer',
        bin: { render: 'dist/cli.js' },
        dependencies: {
          canvas: '^2.11.2',
          gl: '^8.1.6',
          ndarray: '^1.0.19',
          execa: '^9.5.2',
          meow: '^10.1.3',
        },
      }),
      'src/cli.ts': "import meow from 'meow'\nconst cli = meow('render <spec>')\n",
      'src/frame.ts': [
        "import { createCanvas } from 'canvas'",
        "import createGL from 'gl'",
        "import ndarray from 'ndarray'",
        'const canvas = createCanvas(1280, 720)',
        'const gl = createGL(1280, 720)',
        'export const pixels = ndarray(new Uint8Array(1280 * 720 * 4), [1280, 720, 4])',
      ].join('\n'),
    })
    const c = at(report, '')
    expect(c.primary).toContain('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.notes.map((n) => n.text).join(' ')).toMatch(/compiled code/)
  })

  it('fits the npm launcher of a compiled tool that is itself a catalogued compiled package (rustwasm/wasm-pack npm/)', async () => {
    const report = await analyze({
      'npm/package.json': pkg({
        name: 'wasm-pack',
        main: 'binary.js',
        bin: { 'wasm-pack': './run.js' },
        scripts: { postinstall: 'node ./install.js' },
        dependencies: { 'binary-install': '^1.0.1' },
      }),
      'npm/run.js': "#!/usr/bin/env node\nconst { run } = require('./binary')\nrun()\n",
      'npm/binary.js':
        "const { Binary } = require('binary-install')\nmodule.exports.run = () => new Binary('wasm-pack', '').run()\n",
    })
    const c = at(report, 'npm')
    expect(c.verdict.verdict).not.toBe('mismatch')
    expect(report.overall).not.toBe('mismatch')
  })
})

describe('runtime code outweighs scripts, tools and tests', () => {
  it('does not let a dev server in scripts/ turn an OCR library into an API', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'pixel-ocr',
          main: 'src/index.js',
          dependencies: { jimp: '^1.0.0' },
          devDependencies: { express: '^4.0.0', cors: '^2.0.0' },
        }),
        'src/index.js':
          "import { Jimp } from 'jimp'\nexport async function recognize(img) { return Jimp.read(img) }",
        'scripts/server.js': [
          "import express from 'express'",
          "import cors from 'cors'",
          'const app = express()',
          "app.get('/demo', (req, res) => res.send('ok'))",
          "app.post('/api/recognize', (req, res) => res.send('ok'))",
          'app.listen(8080)',
        ].join('\n'),
      }),
      '',
    )
    expect(c.primary[0]).toBe('cpu-intensive')
  })

  it("does not let a repository's maintenance scripts turn a chat server into automation", async () => {
    const c = at(
      await analyze({
        'package.json': pkg({ name: 'chat', dependencies: { 'socket.io': '^4.0.0' } }),
        'server.js':
          "import { Server } from 'socket.io'\nconst io = new Server(3000)\nio.on('connection', (socket) => socket.emit('hi'))",
        ...Object.fromEntries(
          ['release', 'changelog', 'seed', 'backup'].map((n) => [
            `scripts/${n}.js`,
            "#!/usr/bin/env node\nimport { program } from 'commander'\nimport { CronJob } from 'cron'\nnew CronJob('* * * * *', () => {})",
          ]),
        ),
      }),
      '',
    )
    expect(c.primary[0]).toBe('realtime')
  })
})

describe('supporting packages', () => {
  const repo = {
    'package.json': pkg({ name: 'api', dependencies: { fastify: '^4.0.0' } }),
    'server.js':
      "import Fastify from 'fastify'\nconst app = Fastify()\napp.get('/items', async () => [])\napp.listen({ port: 3000 })",
    'examples/ml-demo/package.json': pkg({
      name: 'ml-demo',
      dependencies: { '@tensorflow/tfjs-node': '^4.0.0' },
    }),
    'examples/ml-demo/train.js':
      "import * as tf from '@tensorflow/tfjs-node'\nawait tf.sequential().fit()",
    'website/package.json': pkg({ name: 'docs', dependencies: { '@docusaurus/core': '^3.0.0' } }),
  }

  it('lists tests, examples and docs sites as supporting, outside the overall verdict and fail-on', async () => {
    const report = await analyze(repo)
    expect(at(report, '').supporting).toBe(false)
    expect(at(report, 'examples/ml-demo').supporting).toBe(true)
    expect(at(report, 'examples/ml-demo').verdict.verdict).toBe('mismatch')
    expect(at(report, 'website').supporting).toBe(true)
    expect(report.overall).toBe('fits')
    expect(report.counts.mismatch).toBe(0)
    expect(failed(report, 'mismatch')).toBe(false)
    expect(buildAnnotations(report)).toEqual([])
  })

  it('judges a supporting package as part of the product when the config promotes it', async () => {
    const report = await analyzeRepository(new MemoryFileSource(repo), {
      now: () => 0,
      overrides: [{ path: 'examples/ml-demo', supporting: false }],
    })
    expect(at(report, 'examples/ml-demo').supporting).toBe(false)
    expect(report.overall).toBe('mismatch')
    expect(failed(report, 'mismatch')).toBe(true)
  })
})

describe('both stacks in one folder', () => {
  it('splits a Python package beside a client/ folder into two components', async () => {
    const report = await analyze({
      'pyproject.toml': '[project]\nname = "notes"\ndependencies = ["fastapi", "uvicorn"]\n',
      'package.json': pkg({ name: 'notes-client', dependencies: { react: '^18.0.0' } }),
      'notes/__init__.py': '',
      'notes/api.py':
        'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/notes")\nasync def notes(): return []',
      'client/src/App.tsx': "import React from 'react'\nexport const App = () => null",
      'client/src/index.tsx': "import { createRoot } from 'react-dom/client'",
    })
    expect(at(report, '').stack.stack).toBe('python')
    expect(at(report, '').primary[0]).toBe('io-api')
    expect(at(report, 'client').stack.stack).toBe('node')
    expect(at(report, 'client').manifests).toEqual(['package.json'])
  })

  it('judges interleaved code of both stacks as one mixed component, saying so', async () => {
    const manifests = [
      (
        await parseManifest(
          'package.json',
          'package.json',
          pkg({ name: 'x', dependencies: { ws: '1' } }),
        )
      ).manifest!,
      (await parseManifest('requirements.txt', 'requirements.txt', 'flask\n')).manifest!,
    ]
    const [draft] = buildComponents(['app/a.py', 'app/b.js', 'app/c.py', 'app/d.js'], manifests)
    expect(splitByStack(draft!)).toBeUndefined()
  })
})

describe('nothing to judge is not a pass', () => {
  it('is inconclusive for a repository without components', async () => {
    const report = await analyze({ 'README.md': '# notes' })
    expect(report.components).toEqual([])
    expect(report.overall).toBe('inconclusive')
  })
})

describe('only real manifests make components', () => {
  it('reads a setup.py that calls setuptools.setup() as a project, and a Flask view named setup.py as code', async () => {
    expect(
      (await parseManifest('setup.py', 'setup.py', 'from setuptools import setup\nsetup(name="a")'))
        .manifest?.name,
    ).toBe('a')
    const view =
      'from flask import Blueprint\nbp = Blueprint("setup", __name__)\n@bp.route("/setup")\ndef setup(): pass'
    expect(await parseManifest('app/views/setup.py', 'setup.py', view)).toEqual({ problems: [] })
  })

  it('does not make a component of a module named setup.py inside a package', async () => {
    const report = await analyze({
      'requirements.txt': 'flask\n',
      'app/__init__.py': 'from flask import Flask\napp = Flask(__name__)',
      'app/views/setup.py': 'from flask import Blueprint\nbp = Blueprint("setup", __name__)',
    })
    expect(report.components.map((c) => c.path)).toEqual([''])
  })

  it('does not make a component of a package.json that only marks a module format', async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'lib', dependencies: { express: '^4.0.0' } }),
      'index.js': "import express from 'express'",
      'dist/esm/package.json': '{ "type": "module" }',
      'dist/esm/index.js': 'export {}',
    })
    expect(report.components.map((c) => c.path)).toEqual([''])
  })
})

describe('the root of a collection of packages', () => {
  // firebase/functions-samples, GoogleChrome/chrome-extensions-samples: a root package.json holding
  // the linters over many samples; loose sample code under it is not the root's own work.
  const collection = (root: Record<string, unknown>) => ({
    'package.json': pkg({ name: 'samples', private: true, ...root }),
    'quickstart/package.json': pkg({ name: 'quickstart', dependencies: { express: '^4.19.0' } }),
    'quickstart/index.js':
      "const app = require('express')()\napp.get('/', (q, r) => r.send('hi'))\napp.listen(3000)\n",
    'chat/package.json': pkg({ name: 'chat', dependencies: { 'socket.io': '^4.7.0' } }),
    'chat/server.js':
      "const { Server } = require('socket.io')\nconst io = new Server(3000)\nio.on('connection', (s) => s.emit('hi'))\n",
    'archive/stripe/public/app.js':
      "import { createRoot } from 'react-dom/client'\ncreateRoot(document.getElementById('root')).render(null)\n",
    'archive/wasm/background.js':
      "WebAssembly.instantiateStreaming(fetch('a.wasm'))\nWebAssembly.instantiateStreaming(fetch('b.wasm'))\n",
    'archive/wasm/lib.c': 'int add(int a, int b) { return a + b; }\n',
    'archive/wasm/more.c': 'int sub(int a, int b) { return a - b; }\n',
  })

  it('weighs code no nested package claims like examples: the root names no workload', async () => {
    const report = await analyze(
      collection({ devDependencies: { eslint: '^9.0.0', prettier: '^3.0.0' } }),
    )
    const root = at(report, '')
    expect(root.primary).toEqual([])
    expect(root.verdict.verdict).toBe('inconclusive')
    expect(at(report, 'quickstart').primary).toEqual(['io-api'])
    expect(at(report, 'chat').primary[0]).toBe('realtime')
  })

  it('keeps the code of a root that runs something: an entry point or a runtime dependency', async () => {
    for (const extra of [
      { main: 'archive/wasm/background.js' },
      { dependencies: { react: '^18.0.0' } },
    ]) {
      const root = at(await analyze(collection(extra)), '')
      expect(root.primary.length, JSON.stringify(extra)).toBeGreaterThan(0)
    }
  })

  // realpython/materials: a requirements.txt pinning ruff over hundreds of tutorial folders, some
  // with a Dockerfile; the loose tutorials under the root are many, but still samples.
  it('takes a Python root of linters, over samples with their own Dockerfiles, for a collection', async () => {
    const tree: Record<string, string> = {
      'requirements.txt': 'ruff==0.14.1\n',
      'pyproject.toml': '[tool.ruff]\nline-length = 79\n',
      'flask-site/requirements.txt': 'Flask==3.0\n',
      'flask-site/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'django-site/requirements.txt': 'Django==5.0\n',
      'django-site/manage.py': 'import django\n',
      'free-threading/Dockerfile': 'FROM python:3.13\n',
      'free-threading/bench.py': 'import threading\n',
    }
    for (let i = 0; i < 12; i++)
      tree[`pandas-tutorial-${i}/steps.py`] =
        'import pandas as pd\nimport sklearn.linear_model\ndf = pd.read_csv("x.csv")\ndf.groupby("a").mean()\n'
    const root = at(await analyze(tree), '')
    expect(root.primary).toEqual([])
    expect(root.verdict.verdict).toBe('inconclusive')
  })
})

describe('the stack of a folder comes from its own code', () => {
  it('keeps a Node.js grammar package Node.js beside a Python test corpus and a Python binding (tree-sitter-python)', async () => {
    const tree: Record<string, string> = {
      'package.json': pkg({
        name: 'tree-sitter-demo',
        main: 'bindings/node',
        dependencies: { 'node-addon-api': '^8.0.0', 'node-gyp-build': '^4.8.0' },
      }),
      'pyproject.toml': '[project]\nname = "tree-sitter-demo"\nversion = "0.1.0"\n',
      'binding.gyp': '{ "targets": [] }\n',
      'grammar.js': 'module.exports = grammar({ name: "demo", rules: {} })\n',
      'bindings/node/index.js': "module.exports = require('node-gyp-build')(__dirname)\n",
      'bindings/node/extra.js': 'module.exports = {}\n',
      'bindings/python/demo/__init__.py': 'from ._binding import language\n',
      'src/parser.c': 'int parse(void) { return 0; }\n',
    }
    for (let i = 0; i < 12; i++) tree[`examples/sample${i}.py`] = `print(${i})\n`
    const c = at(await analyze(tree), '')
    expect(c.stack.stack).toBe('node')
  })

  it('counts no Node.js for the static/ scripts and webpack set-up of a Python package (sphinx_rtd_theme)', async () => {
    const tree: Record<string, string> = {
      'package.json': pkg({ name: 'theme', devDependencies: { webpack: '^5.0.0' } }),
      'setup.py': 'from setuptools import setup\nsetup(name="theme")\n',
      'theme/__init__.py': 'def setup(app):\n    return {}\n',
      'theme/static/js/theme.js': 'window.Theme = {}\n',
      'theme/static/js/badge.js': 'window.Badge = {}\n',
      'theme/static/js/search.js': 'window.Search = {}\n',
      'webpack.common.js': 'module.exports = {}\n',
      'webpack.dev.js': 'module.exports = {}\n',
      'webpack.prod.js': 'module.exports = {}\n',
      'src/theme.js': 'export default {}\n',
    }
    expect(at(await analyze(tree), '').stack.stack).toBe('python')
  })
})

describe('a Python project that builds its browser assets with npm', () => {
  // jupyterhub/jupyterhub: a false mismatch while this was written. The package folder named after
  // the project is the project's own code; splitting it off left the root as a "Node.js" component
  // judged on its examples' notebooks and an ML base image in an example's Dockerfile.
  const hub = {
    'pyproject.toml':
      '[project]\nname = "hubby"\nversion = "1.0"\ndependencies = ["tornado", "sqlalchemy"]\n',
    'setup.py': 'from setuptools import setup\nsetup()\n',
    'package.json': pkg({
      name: 'hubby-deps',
      dependencies: { bootstrap: '^5.3.0', jquery: '^3.7.0' },
      devDependencies: { karma: '^6.4.0', sass: '^1.74.0' },
    }),
    'karma.conf.js': 'module.exports = () => {}\n',
    'test-main.js': 'require.config({})\n',
    'share/hubby/static/js/home.js': "$('#start').click(() => {})\n",
    'share/hubby/static/js/token.js': "$('#token').click(() => {})\n",
    'hubby/__init__.py': '',
    'hubby/app.py':
      'import tornado.web\nclass Home(tornado.web.RequestHandler):\n    async def get(self):\n        self.render("home.html")\n',
    'hubby/handlers.py': 'import tornado.web\nimport sqlalchemy\n',
    'examples/postgres/hub/Dockerfile': 'FROM jupyter/jupyterhub-onbuild\n',
    'examples/sharing/share-api.ipynb': JSON.stringify({
      cells: [{ cell_type: 'code', source: ['import pandas as pd\n', 'pd.DataFrame()\n'] }],
    }),
    'examples/sharing/other.ipynb': JSON.stringify({
      cells: [{ cell_type: 'code', source: ['from IPython.display import display\n'] }],
    }),
  }

  it('keeps the package in its root component, judged as Python, never a mismatch', async () => {
    const report = await analyze(hub)
    expect(report.components.map((c) => c.path)).not.toContain('hubby')
    const root = at(report, '')
    expect(root.stack.stack).toBe('python')
    expect(root.verdict.verdict).not.toBe('mismatch')
    expect(report.components.every((c) => c.verdict.verdict !== 'mismatch')).toBe(true)
  })

  it('weighs an ML base image in an example Dockerfile like the example code', async () => {
    const { containerSignals } = await import('../../src/analysis/signals.js')
    const [m] = [
      (await parseManifest('examples/hub/Dockerfile', 'Dockerfile', 'FROM jupyter/base-notebook\n'))
        .manifest!,
    ]
    const [own] = containerSignals([{ ...m, file: 'Dockerfile' }])
    const [example] = containerSignals([m])
    expect(own!.weight).toBeGreaterThan(example!.weight * 3)
  })

  it('does not split a package.json from its own src/ folder beside a setup.py (plotly/dash components)', async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'widgets', dependencies: { react: '^18.0.0' } }),
      'setup.py': 'from setuptools import setup\nsetup(name="widgets")\n',
      'jest.setup.js': '',
      'widgets/__init__.py': 'from .express import *\n',
      'widgets/express.py': 'def send(): pass\n',
      'src/index.js': "export { default as Button } from './Button'\n",
      'src/Button.jsx': "import React from 'react'\nexport default () => <button />\n",
    })
    expect(report.components.map((c) => c.path)).toEqual([''])
  })
})

describe('folders named for examples and docs', () => {
  it('weighs code under docs_src/, api-samples/ and examples-js/ like examples', async () => {
    const { isAuxiliaryPath } = await import('../../src/analysis/signals.js')
    for (const path of [
      'docs_src/ws/app.py',
      'api-samples/x/a.js',
      'examples-js/a.js',
      'my_demo/a.py',
    ])
      expect(isAuxiliaryPath(path), path).toBe(true)
    for (const path of ['src/sample.py', 'resamples/a.py', 'documents/a.py', 'app/docs.py'])
      expect(isAuxiliaryPath(path), path).toBe(false)
  })
})

describe('being a catalogued package says more than depending on it', () => {
  // yt-dlp: a downloader whose extractors talk WebSocket to two sites is still a downloader.
  const downloader = (extra: Record<string, string> = {}) => {
    const tree: Record<string, string> = {
      'pyproject.toml': '[project]\nname = "yt-dlp"\nversion = "1"\ndependencies = []\n',
      'yt_dlp/__init__.py': '',
      ...extra,
    }
    for (let i = 0; i < 2; i++) tree[`yt_dlp/extractor/site${i}.py`] = 'import websockets\n'
    return tree
  }

  it('gives the main class of its catalogue entry a strong weight', async () => {
    const c = at(await analyze(downloader()), '')
    expect(c.primary[0]).toBe('automation')
    const own = c.workloads.find((w) => w.workload === 'automation')!
    expect(own.raw).toBeGreaterThanOrEqual(4)
  })

  it('keeps the plain factor for a package whose compiled code does its work', async () => {
    const c = at(
      await analyze(downloader({ 'yt_dlp/speedups.c': 'int f(void) { return 0; }\n' })),
      '',
    )
    const own = c.workloads.find((w) => w.workload === 'automation')!
    expect(own.evidence.map((e) => e.detail)).toContain('is the catalogued package yt-dlp')
    expect(own.raw).toBeLessThan(4)
  })
})

describe('development tools say little about a package', () => {
  it('does not make a library with an entry point a front end for the bundler in its devDependencies (lodash)', async () => {
    const tree = (main: boolean) => ({
      'package.json': pkg({
        name: 'utilbelt',
        ...(main ? { main: 'index.js' } : {}),
        devDependencies: { webpack: '^5.0.0', jquery: '^3.7.0', 'webpack-cli': '^5.0.0' },
      }),
      'index.js': 'module.exports = { chunk: (a, n) => a }\n',
    })
    expect(at(await analyze(tree(true)), '').primary).toEqual([])
    // An app bundled from devDependencies is still a front end.
    expect(at(await analyze(tree(false)), '').workloads[0]?.workload).toBe('spa-frontend')
  })

  it('takes the stack of a docs site from its Python project over a package.json of linters (pi-hole/docs)', async () => {
    const report = await analyze({
      'package.json': pkg({
        name: 'docs',
        devDependencies: { markdownlint: '^0.30.0', prettier: '^3.0.0' },
      }),
      'requirements.txt': 'mkdocs==1.6.0\nmkdocs-material==9.5.0\n',
      'mkdocs.yml': 'site_name: Docs\n',
      'docs/index.md': '# Docs\n',
    })
    expect(at(report, '').stack.stack).toBe('python')
  })
})

describe('a folder of both stacks', () => {
  it("adds no Node.js caveat for data work that only the folder's Python code does (plotly/dash components)", async () => {
    const report = await analyze({
      'package.json': pkg({
        name: 'widgets',
        main: 'index.js',
        dependencies: { react: '^18.0.0', 'react-dom': '^18.0.0', 'prop-types': '^15.0.0' },
      }),
      'setup.py': 'from setuptools import setup\nsetup(name="widgets")\n',
      'src/index.js': "export { default as Button } from './Button'\n",
      'src/Button.jsx': "import React from 'react'\nexport default () => <button />\n",
      'src/Slider.jsx': "import React from 'react'\nexport default () => <input type='range' />\n",
      'src/Tabs.jsx': "import React from 'react'\nexport default () => <nav />\n",
      'widgets/__init__.py': 'from .express import send_data_frame\n',
      'widgets/express.py':
        'import pandas as pd\nimport numpy as np\n\ndef send_data_frame(df: pd.DataFrame):\n    return df.to_csv()\n\ndef frame():\n    return pd.DataFrame(np.zeros(3))\n',
    })
    const c = at(report, '')
    expect(c.stack.stack).toBe('node')
    expect(c.primary[0]).toBe('spa-frontend')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe('false mismatches found on the blind set', () => {
  // httpie/cli: an HTTP client that checks whether a response is an event stream was judged a
  // real-time server, and a mismatch for Python.
  it('reads a client comparing a content type with text/event-stream as no real-time work', async () => {
    const report = await analyze({
      'setup.cfg':
        '[metadata]\nname = poke\n\n[options]\ninstall_requires =\n    requests\n    rich\n',
      'setup.py': 'from setuptools import setup\nsetup()\n',
      'poke/__init__.py': '',
      'poke/writer.py': [
        'def stream_for(headers):',
        "    content_type = headers.get('Content-Type', '')",
        "    is_stream = content_type == 'text/event-stream'",
        "    return is_stream or 'text/event-stream' in content_type",
      ].join('\n'),
      'poke/core.py':
        'import argparse\nimport requests\n\ndef main():\n    argparse.ArgumentParser().parse_args()\n\nif __name__ == "__main__":\n    main()\n',
    })
    const c = at(report, '')
    expect(c.workloads.find((w) => w.workload === 'realtime')).toBeUndefined()
    expect(c.verdict.verdict).not.toBe('mismatch')
  })

  it('still reads a server sending text/event-stream as real-time work', async () => {
    for (const line of [
      "    return Response(events(), mimetype='text/event-stream')",
      '    return StreamingResponse(events(), media_type="text/event-stream")',
      "    return Response(events(), headers={'Content-Type': 'text/event-stream'})",
    ]) {
      const report = await analyze({
        'requirements.txt': 'flask\n',
        'app.py': `from flask import Response\n\ndef stream():\n${line}\n`,
      })
      const realtime = at(report, '').workloads.find((w) => w.workload === 'realtime')
      expect(
        realtime?.evidence.map((e) => e.detail),
        line,
      ).toContain('Server-sent events stream')
    }
  })
})

describe('what a package does itself can differ from what depending on it hints at', () => {
  // jupyter/notebook: people who install the notebook server do data science; the package serves web pages.
  const server = {
    'pyproject.toml':
      '[project]\nname = "notebook"\nversion = "7"\ndependencies = ["jupyter_server>=2"]\n',
    'notebook/__init__.py': '',
    'notebook/app.py': 'from jupyter_server.base.handlers import JupyterHandler\n',
  }

  it('reads the notebook package itself as a web server, not data science', async () => {
    const c = at(await analyze(server), '')
    expect(c.primary[0]).toBe('server-web')
    expect(c.workloads.find((w) => w.workload === 'data-ml')).toBeUndefined()
  })

  it('still reads depending on the notebook package as data science', async () => {
    const c = at(
      await analyze({
        'requirements.txt': 'notebook==7.0.0\n',
        'analysis.py': 'print(1)\n',
      }),
      '',
    )
    expect(c.workloads[0]?.workload).toBe('data-ml')
  })
})

describe('notebooks beside a named Python package are its samples (voila-dashboards/voila)', () => {
  const tree = (pkgDir: string) => {
    const t: Record<string, string> = {
      'pyproject.toml': '[project]\nname = "nbserve"\nversion = "1"\ndependencies = ["tornado"]\n',
      [`${pkgDir}/__init__.py`]: '',
      [`${pkgDir}/app.py`]:
        'import tornado.web\nclass Page(tornado.web.RequestHandler):\n    def get(self):\n        self.render("page.html")\n',
    }
    const cell = (src: string) =>
      JSON.stringify({ cells: [{ cell_type: 'code', source: [src] }], nbformat: 4 })
    for (let i = 0; i < 6; i++)
      t[`notebooks/demo${i}.ipynb`] = cell(
        'import pandas as pd\ndf = pd.read_csv("x.csv")\ndf.groupby("a").sum()\n',
      )
    return t
  }

  it('weighs notebooks outside the package like examples', async () => {
    for (const dir of ['nbserve', 'src/nbserve']) {
      const c = at(await analyze(tree(dir)), '')
      expect(c.primary, dir).not.toContain('data-ml')
    }
  })

  it('keeps the notebooks of a project without such a package its own work', async () => {
    const c = at(await analyze(tree('server')), '')
    expect(c.primary[0]).toBe('data-ml')
  })
})

describe('a chat bot is its bot framework (Cog-Creators/Red-DiscordBot, eritislami/evobot)', () => {
  it('reads a discord.py bot that keeps its data in Postgres as automation', async () => {
    const c = at(
      await analyze({
        'requirements.txt': 'discord.py==2.4.0\nasyncpg==0.29.0\n',
        'bot/__init__.py': '',
        'bot/main.py': 'import discord\nimport asyncpg\n',
      }),
      '',
    )
    expect(c.primary[0]).toBe('automation')
  })

  it('reads a discord.js music bot that bundles ffmpeg as automation', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'musicbot',
          dependencies: {
            'discord.js': '^14.0.0',
            '@discordjs/voice': '^0.17.0',
            'ffmpeg-static': '^5.2.0',
          },
        }),
        'index.ts': "import { Client } from 'discord.js'\nimport ffmpeg from 'ffmpeg-static'\n",
      }),
      '',
    )
    expect(c.primary[0]).toBe('automation')
  })
})

describe('an API layer on a web framework (HackSoftware/Django-Styleguide-Example)', () => {
  const site = (api: boolean) => ({
    'requirements.txt': `Django==5.0\n${api ? 'djangorestframework==3.15\n' : ''}whitenoise==6.6\npsycopg2==2.9\ngunicorn==22.0\n`,
    'manage.py': 'import django\n',
    'shop/__init__.py': '',
    'shop/views.py': [
      'from django.shortcuts import render',
      ...(api ? ['from rest_framework.views import APIView'] : []),
      'def home(request):',
      '    return render(request, "home.html")',
    ].join('\n'),
  })

  it('puts API work first when Django REST framework and Django come out co-primary', async () => {
    const c = at(await analyze(site(true)), '')
    expect(c.primary).toContain('server-web')
    expect(c.primary[0]).toBe('io-api')
  })

  it('keeps a Django site without an API layer server-rendered', async () => {
    expect(at(await analyze(site(false)), '').primary[0]).toBe('server-web')
  })
})

describe('Tornado is a web framework first (tornado demos/blog, jupyterlab-git)', () => {
  const app = (socket: boolean) => ({
    'requirements.txt': 'tornado==6.4\n',
    'blog.py': [
      'import tornado.web',
      'class Home(tornado.web.RequestHandler):',
      '    def get(self):',
      '        self.write({"posts": []})',
      ...(socket
        ? [
            'import tornado.websocket',
            'class Feed(tornado.websocket.WebSocketHandler):',
            '    def on_message(self, message):',
            '        self.write_message(message)',
          ]
        : []),
    ].join('\n'),
  })

  it('reads a Tornado app of request handlers as an API, not real-time', async () => {
    expect(at(await analyze(app(false)), '').primary[0]).toBe('io-api')
  })

  it('reads a Tornado app with WebSocket handlers as real-time', async () => {
    expect(at(await analyze(app(true)), '').primary[0]).toBe('realtime')
  })
})

describe('a documentation site built with Sphinx or MkDocs (python/devguide, python/peps)', () => {
  const site = (project: boolean) => ({
    'requirements.txt': 'sphinx>=8\nfuro\njinja2\nsphinx-copybutton\n',
    // A named project with a package of its own (since the thirteenth session a named project
    // whose only code builds the site is a documentation site too).
    ...(project
      ? {
          'pyproject.toml': '[project]\nname = "sphinx-gen"\nversion = "1"\n',
          'sphinx_gen/__init__.py': '',
          'sphinx_gen/cli.py':
            'import argparse\n\ndef main():\n    argparse.ArgumentParser().parse_args()\n\nif __name__ == "__main__":\n    main()\n',
        }
      : {}),
    'conf.py': 'project = "Guide"\nextensions = ["sphinx_copybutton"]\n',
    'index.rst': 'Guide\n=====\n',
    '_tools/generate.py': [
      'import argparse',
      'import jinja2',
      'def main():',
      '    parser = argparse.ArgumentParser()',
      '    parser.parse_args()',
      'if __name__ == "__main__":',
      '    main()',
    ].join('\n'),
  })

  it('names no workload for the site: its build helpers are not its work', async () => {
    const c = at(await analyze(site(false)), '')
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('keeps the workload of a named project that depends on Sphinx', async () => {
    expect(at(await analyze(site(true)), '').primary.length).toBeGreaterThan(0)
  })
})

describe('a repository whose only code is a helper script (EbookFoundation/free-programming-books)', () => {
  it('has no component to judge, and says so', async () => {
    const report = await analyze({
      'README.md': '# Free books\n',
      'books/free-programming-books-langs.md': '* [Python](https://example.org)\n',
      'scripts/rtl_ltr_linter.py': 'import sys\nif __name__ == "__main__":\n    sys.exit(0)\n',
    })
    expect(report.components).toEqual([])
    expect(report.overall).toBe('inconclusive')
    expect(failed(report, 'mismatch')).toBe(false)
  })

  it('still makes a component of loose code outside scripts/ and tests/', async () => {
    const report = await analyze({
      'README.md': '# Tool\n',
      'tool.py': 'import sys\nif __name__ == "__main__":\n    sys.exit(0)\n',
    })
    expect(report.components.map((c) => c.path)).toEqual([''])
  })
})

describe('a documentation site in docs/ is a supporting package (item 5)', () => {
  it('lists docs/ with its own manifest as supporting, with its stack, outside the verdict', async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'api', dependencies: { express: '^4.19.0' } }),
      'index.js':
        "const app = require('express')()\napp.get('/', (q, r) => r.send('x'))\napp.listen(3000)\n",
      'docs/package.json': pkg({
        name: 'docs',
        private: true,
        devDependencies: { vitepress: '^1.0.0' },
      }),
      'docs/index.md': '# Docs\n',
      'docs/.vitepress/theme/index.ts': "import { h } from 'vue'\n",
    })
    const docs = at(report, 'docs')
    expect(docs.supporting).toBe(true)
    expect(docs.stack.stack).toBe('node')
    expect(report.overall).toBe('fits')
  })
})

describe('a Python example is no Python service beside a Node.js package (axa-group/nlp.js)', () => {
  const repo = (pythonDir: string) => ({
    'package.json': pkg({ name: 'trainer', dependencies: { '@tensorflow/tfjs-node': '^4.0.0' } }),
    'train.js':
      "import * as tf from '@tensorflow/tfjs-node'\nconst model = tf.sequential()\nawait model.fit(xs, ys)",
    [`${pythonDir}/requirements.txt`]: 'flask==3.0\ntorch==2.3\n',
    [`${pythonDir}/app.py`]: 'from flask import Flask\nimport torch\napp = Flask(__name__)\n',
  })

  it('judges Node.js model training a mismatch despite a Python example under examples/', async () => {
    expect(at(await analyze(repo('examples/bert-server')), '').verdict.verdict).toBe('mismatch')
  })

  it('still counts a Python service of the product beside it as the mitigation', async () => {
    expect(at(await analyze(repo('services/bert')), '').verdict.verdict).not.toBe('mismatch')
  })
})
