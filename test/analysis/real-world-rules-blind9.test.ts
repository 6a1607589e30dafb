// Rules that blind9's and blind10's misses called for, each on a small fixture shaped like the
// repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root, score } from './real-world-fixture.js'

describe('the summary a package gives of itself backs what its code shows (livekit/agents, svg/svgo)', () => {
  // A voice-agent framework: media decoding (av) and the WebSocket transport it streams over weigh
  // about the same; the package says which of the two its work is.
  const agents = (description?: string) => ({
    'pyproject.toml': [
      '[project]',
      'name = "voice-agents"',
      ...(description === undefined ? [] : [`description = "${description}"`]),
      'dependencies = ["av", "numpy", "websockets"]',
      '',
    ].join('\n'),
    'voice_agents/__init__.py': 'from .stream import stream\n',
    'voice_agents/decode.py':
      'import av\n\ndef frames(src):\n    return av.open(src).decode(audio=0)\n',
    'voice_agents/vad.py': 'import numpy as np\n\ndef energy(pcm):\n    return np.fft.rfft(pcm)\n',
    'voice_agents/stream.py': [
      'import websockets',
      '',
      'async def stream(ws, frames):',
      '    for f in frames:',
      '        await ws.send(f.to_ndarray().tobytes())',
      '',
    ].join('\n'),
  })

  it('tips a component whose code weighs two classes alike towards the one it names', async () => {
    const plain = await root(agents())
    expect(plain.primary[0]).toBe('cpu-intensive')
    const described = await root(agents('A framework for building realtime voice AI agents'))
    expect(described.primary[0]).toBe('realtime')
    const cited = described.workloads.find((w) => w.workload === 'realtime')!.evidence
    expect(cited).toContainEqual({
      file: 'pyproject.toml',
      line: 3,
      detail: 'Describes itself as real-time work: "realtime"',
    })
  })

  it('never makes a class a workload on its own (npm/node-semver: "the semantic version parser")', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'versions',
        description: 'The semantic version parser used by npm.',
        main: 'index.js',
      }),
      'index.js': 'module.exports = (v) => v.split(".").map(Number)\n',
    })
    expect(score(c, 'cpu-intensive')).toBeGreaterThan(0)
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })
})

describe('a platform API wrapper is itself an API client (praw-dev/praw)', () => {
  it('judges the wrapper I/O-bound, though depending on it hints at a bot', async () => {
    const c = await root({
      'pyproject.toml': [
        '[project]',
        'name = "praw"',
        'dependencies = ["prawcore", "websocket-client"]',
        '[project.scripts]',
        'praw-log = "tools.log:main"',
        '',
      ].join('\n'),
      'praw/__init__.py': 'from .reddit import Reddit\n',
      'praw/reddit.py': [
        'import prawcore',
        '',
        'class Reddit:',
        '    def get(self, path):',
        '        return self._core.request("GET", path)',
        '',
      ].join('\n'),
    })
    expect(c.primary[0]).toBe('io-api')
  })
})

describe("Python code inside a Node.js package does that package's Python work (twilio-labs/function-templates)", () => {
  const notebook = JSON.stringify({
    cells: [
      {
        cell_type: 'code',
        source: ['import torch\n', 'from transformers import AutoModel\n', 'import pandas as pd\n'],
      },
    ],
    metadata: { kernelspec: { language: 'python' } },
    nbformat: 4,
    nbformat_minor: 5,
  })
  const bot = (extra: Record<string, string>) => ({
    'package.json': pkg({ name: 'faq-bot', private: true, dependencies: { twilio: '^5' } }),
    'functions/reply.js':
      'exports.handler = async function (context, event, callback) {\n  callback(null, "ok")\n}\n',
    ...extra,
  })

  it('counts a notebook that builds the model as the Python-beside-Node mitigation', async () => {
    const c = await root(bot({ 'assets/make-your-own/train.ipynb': notebook }))
    expect(c.stack.stack).toBe('node')
    expect(c.primary[0]).toBe('data-ml')
    expect(c.verdict.verdict).not.toBe('mismatch')
    const details = (c.verdict.mitigations ?? []).flatMap((m) => m.evidence.map((e) => e.detail))
    expect(details.some((d) => d.startsWith('Python code in the component'))).toBe(true)
  })

  it('still finds a mismatch when the model runs in JavaScript', async () => {
    const c = await root(
      bot({
        'package.json': pkg({
          name: 'faq-bot',
          private: true,
          dependencies: { twilio: '^5', '@tensorflow/tfjs-node': '^4' },
        }),
        'functions/train.js': [
          "const tf = require('@tensorflow/tfjs-node')",
          'const model = tf.sequential()',
          'model.compile({ optimizer: "adam", loss: "meanSquaredError" })',
          'exports.handler = async (context, event, callback) => callback(null, await model.fit(xs, ys))',
        ].join('\n'),
      }),
    )
    expect(c.primary[0]).toBe('data-ml')
    expect(c.verdict.verdict).toBe('mismatch')
  })
})

describe("a browser GUI's WebAssembly and a bundler's config are not the Node.js package's compiled code (mbloch/mapshaper)", () => {
  const tool = (extra: Record<string, string>) => ({
    'package.json': pkg({
      name: 'shapes-tool',
      main: './shapes.js',
      bin: { shapes: './bin/shapes' },
      dependencies: { commander: '^12', pngjs: '^7', 'jpeg-js': '^0.4', delaunator: '^5' },
      devDependencies: { rollup: '^4' },
    }),
    'bin/shapes': "#!/usr/bin/env node\nrequire('../shapes').cli(process.argv)\n",
    'shapes.js': [
      "const { PNG } = require('pngjs')",
      "const jpeg = require('jpeg-js')",
      'exports.raster = (buf) => (buf[0] === 0x89 ? PNG.sync.read(buf) : jpeg.decode(buf))',
      'exports.cli = (argv) => argv',
    ].join('\n'),
    ...extra,
  })

  it('leaves the CPU work unmitigated', async () => {
    const c = await root(
      tool({
        'www/sql-wasm.wasm': '\0asm',
        'www/gui.js': 'export const gui = 1\n',
        'rollup.config.mjs':
          "import wasm from '@rollup/plugin-wasm'\nconst m = await WebAssembly.instantiate(bytes)\nexport default { plugins: [wasm()] }\n",
      }),
    )
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).not.toBe('fits')
  })

  it('still counts WebAssembly the package loads at run time as the mitigation', async () => {
    const c = await root(
      tool({
        'wasm/simplify.wasm': '\0asm',
        'lib/simplify.js': 'const m = await WebAssembly.instantiate(bytes)\n',
      }),
    )
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe("a package.json that only minifies a Python app's static files is not a project of its own (mozilla/pontoon)", () => {
  const site = (assetBuild: Record<string, unknown>) => {
    const files: Record<string, string> = {
      'requirements.txt':
        'django==5.2\ndjangorestframework==3.16\ndrf-spectacular==0.28\ngunicorn==23\n',
      'manage.py': 'from django.core.management import execute_from_command_line\n',
      'site/package.json': pkg(assetBuild),
      'site/api/views.py':
        'from rest_framework import viewsets\n\nclass Items(viewsets.ModelViewSet):\n    pass\n',
    }
    for (const app of ['teams', 'projects', 'translate', 'insights'])
      files[`site/${app}/views.py`] = [
        'from django.shortcuts import render',
        '',
        'def index(request):',
        '    return render(',
        '        request,',
        `        "${app}/index.html",`,
        '    )',
        '',
      ].join('\n')
    return files
  }

  it('keeps the Python package with the project that declares its dependencies', async () => {
    const report = await analyze(
      site({ name: 'server', private: true, devDependencies: { terser: '^5' } }),
    )
    expect(report.components.map((c) => c.path)).toEqual([''])
    expect(report.components[0]!.primary[0]).toBe('server-web')
  })

  it('keeps a package.json with runtime dependencies as a component of its own', async () => {
    const report = await analyze(site({ name: 'widgets', dependencies: { react: '^19' } }))
    expect(report.components.map((c) => c.path)).toEqual(['', 'site'])
  })
})

describe('requirement files a pyproject reads its dependencies from are its own (fiduswriter/fiduswriter)', () => {
  it('judges the project with them and the package folder keeping them', async () => {
    const report = await analyze({
      'pyproject.toml': [
        '[project]',
        'name = "writer"',
        'dynamic = ["dependencies"]',
        '[tool.setuptools.dynamic]',
        'dependencies = {file = "writer/requirements.txt"}',
        '',
      ].join('\n'),
      'writer/requirements.txt': 'Django==6.0\nchannels==4.3\ngranian==2.5\n',
      'writer/test-requirements.txt': 'pytest==9\n',
      'writer/package.json': pkg({ name: 'writer', private: true, type: 'module' }),
      'writer/document/consumers.py': [
        'from channels.generic.websocket import AsyncJsonWebsocketConsumer',
        '',
        'class DocumentConsumer(AsyncJsonWebsocketConsumer):',
        '    async def receive_json(self, content):',
        '        await self.send_json(content)',
        '',
      ].join('\n'),
      'lint/resolver.js': 'module.exports = () => null\n',
    })
    expect(report.components.map((c) => c.path)).toEqual([''])
    expect(report.components[0]!.primary[0]).toBe('realtime')
  })
})

describe("a Python web app's media/ scripts are browser assets, as static/ ones are (archesproject/arches)", () => {
  it('judges the folder by its Python code', async () => {
    const files: Record<string, string> = {
      'pyproject.toml':
        '[project]\nname = "heritage"\ndependencies = ["django>=5", "psycopg>=3"]\n',
      'package.json': pkg({
        name: 'heritage',
        dependencies: { vue: '^3', backbone: '^1', knockout: '^3' },
      }),
    }
    for (let i = 0; i < 30; i++)
      files[`heritage/app/media/js/views/view${i}.js`] = `export const view${i} = () => ${i}\n`
    for (let i = 0; i < 12; i++)
      files[`heritage/app/views/page${i}.py`] =
        'from django.shortcuts import render\n\ndef page(request):\n    return render(request, "page.htm")\n'
    const c = await root(files)
    expect(c.stack.stack).toBe('python')
  })
})

describe('an embedded database binding is not network I/O (WiseLibs/better-sqlite3)', () => {
  it('judges the binding by its compiled code, though depending on it hints at an API', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'better-sqlite3',
        main: 'lib/index.js',
        dependencies: { bindings: '^1', 'prebuild-install': '^7' },
        devDependencies: { 'node-gyp': '^11' },
      }),
      'binding.gyp':
        "{ 'targets': [{ 'target_name': 'better_sqlite3', 'sources': ['src/addon.cpp'] }] }\n",
      'src/addon.cpp': '#include <node.h>\n',
      'src/statement.cpp': '#include "statement.h"\n',
      'lib/index.js': "module.exports = require('bindings')('better_sqlite3.node')\n",
    })
    expect(c.primary[0]).not.toBe('io-api')
  })
})

describe('a documentation project is not an API client (writethedocs/www)', () => {
  it('does not read the HTTP client its page builds pin as requests it sends', async () => {
    const c = await root({
      'pyproject.toml': [
        '[project]',
        'name = "www"',
        'dependencies = ["sphinx>=8", "sphinx-autobuild", "urllib3", "pyyaml"]',
        '',
      ].join('\n'),
      'docs/conf.py': 'project = "www"\nextensions = []\n',
    })
    expect(score(c, 'io-api')).toBe(0)
  })
})

describe('a load generator is automation (GoogleCloudPlatform/microservices-demo)', () => {
  it('reads locust as a load-testing tool', async () => {
    const report = await analyze({
      'src/loadgenerator/requirements.txt': 'locust==2.32\nfaker==33\n',
      'src/loadgenerator/locustfile.py': [
        'from locust import FastHttpUser, task',
        '',
        'class Shopper(FastHttpUser):',
        '    @task',
        '    def browse(self):',
        '        self.client.get("/")',
        '',
      ].join('\n'),
    })
    expect(at(report, 'src/loadgenerator').primary[0]).toBe('automation')
  })
})

describe('a template engine without a server writes files (pytest-dev/pytest-html)', () => {
  it('does not read a report generator as a server-rendered app', async () => {
    const c = await root({
      'pyproject.toml': [
        '[project]',
        'name = "pytest-report"',
        'dependencies = ["jinja2>=3", "pytest>=8"]',
        '[project.entry-points.pytest11]',
        'report = "pytest_report.plugin"',
        '',
      ].join('\n'),
      'src/pytest_report/plugin.py': [
        'from jinja2 import Environment, PackageLoader',
        '',
        'def pytest_sessionfinish(session):',
        '    env = Environment(loader=PackageLoader("pytest_report"))',
        '    html = env.get_template("index.jinja2").render(results=session.items)',
        '    open("report.html", "w").write(html)',
        '',
      ].join('\n'),
    })
    expect(score(c, 'server-web')).toBe(0)
    // Named after pytest and registered in pytest11, it is pytest's plug-in (session 17): tooling.
    expect(c.primary).toEqual(['automation'])
  })

  it('keeps the engine as page rendering where the component serves', async () => {
    const c = await root({
      'requirements.txt': 'jinja2==3.1\nwerkzeug==3.1\n',
      'app/views.py': [
        'from werkzeug.serving import run_simple',
        'from jinja2 import Environment',
        '',
        '@app.route("/")',
        'def index():',
        '    return render_template("index.html")',
        '',
      ].join('\n'),
    })
    expect(score(c, 'server-web')).toBeGreaterThan(0)
    expect(c.workloads.find((w) => w.workload === 'server-web')!.evidence).toContainEqual(
      expect.objectContaining({ detail: 'PyPI dependency jinja2 (a template engine)' }),
    )
  })
})
