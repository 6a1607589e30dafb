// Rules that blind7's misses called for, each on a small fixture shaped like the repository that
// showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { pkg, root, score } from './real-world-fixture.js'

describe('a catalogued network client with Cython codecs is still I/O (aio-libs/aiokafka)', () => {
  const tree = (name: string): Record<string, string> => ({
    'pyproject.toml': [
      '[build-system]',
      'requires = ["setuptools", "Cython>=3"]',
      '[project]',
      `name = "${name}"`,
      'dependencies = ["async-timeout", "packaging"]',
    ].join('\n'),
    'setup.py': [
      'from setuptools import setup, Extension',
      'from Cython.Build import cythonize',
      'setup(ext_modules=cythonize([Extension("pkg.record._crecords", ["pkg/record/_crecords.pyx"])]))',
    ].join('\n'),
    'pkg/__init__.py': 'from .producer import Producer\n',
    'pkg/producer.py':
      'import asyncio\n\nclass Producer:\n    async def send(self, topic, value):\n        await asyncio.sleep(0)\n',
    'pkg/record/_crecords.pyx': 'cdef class Record:\n    cdef int offset\n',
    'pkg/record/crc32c.c': 'int crc32c(const char *b, int n) { return n; }\n',
  })

  it('weighs the package as the Kafka client the catalogue says it is', async () => {
    const c = await root(tree('aiokafka'))
    expect(c.primary[0]).toBe('io-api')
    expect(score(c, 'io-api')).toBeGreaterThan(score(c, 'cpu-intensive'))
  })

  it('still lets compiled code speak for a package whose entry is only an add-on hint (bcrypt)', async () => {
    const c = await root(tree('bcrypt'))
    expect(c.primary[0]).toBe('cpu-intensive')
  })
})

describe("a JavaScript project's build tasks are tooling (darkreader/darkreader)", () => {
  const tree = (folder: string): Record<string, string> => ({
    'package.json': pkg({
      name: 'night-theme',
      scripts: { build: `node ${folder}/cli.js build` },
      devDependencies: { ws: '^8' },
    }),
    'src/index.ts': 'export function invert(color: string): string {\n  return color\n}\n',
    [`${folder}/cli.js`]: `import { reload } from './reload.js'\nreload()\n`,
    [`${folder}/reload.js`]: [
      "import { WebSocketServer } from 'ws'",
      'export function reload() {',
      '  const wss = new WebSocketServer({ port: 8890 })',
      "  wss.on('connection', (ws) => ws.send('reload'))",
      '}',
    ].join('\n'),
  })

  it('weighs a live-reload socket server in tasks/ as tooling, not as the project', async () => {
    const inTasks = await root(tree('tasks'))
    const elsewhere = await root(tree('reloader'))
    expect(score(inTasks, 'realtime')).toBeLessThan(score(elsewhere, 'realtime') / 2)
  })

  it("keeps a Python app's tasks/ (its Celery jobs) as its own code", async () => {
    const jobs = (folder: string) =>
      root({
        'requirements.txt': 'celery\nrequests\n',
        [`app/${folder}/sync.py`]: [
          'from celery import shared_task',
          'import requests',
          '',
          '@shared_task',
          'def sync():',
          "    requests.get('https://example.com')",
        ].join('\n'),
      })
    expect(score(await jobs('tasks'), 'automation')).toBe(score(await jobs('jobs'), 'automation'))
  })
})

describe('a worker pool alone is not CPU work (pinojs/pino)', () => {
  const logger = (extra: Record<string, string>) =>
    root({
      'package.json': pkg({ name: 'quiet-log', main: 'index.js' }),
      'index.js':
        "const { transport } = require('./lib/transport')\nmodule.exports = { transport }\n",
      'lib/transport.js': [
        "const { Worker } = require('node:worker_threads')",
        'function transport(target) {',
        '  return new Worker(target)',
        '}',
        'module.exports = { transport }',
      ].join('\n'),
      ...extra,
    })

  it('lists the pool but names no workload for a logger that writes through a worker', async () => {
    const c = await logger({})
    expect(score(c, 'cpu-intensive')).toBeGreaterThan(0)
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('still backs CPU work that the code shows', async () => {
    const c = await logger({
      'lib/thumbs.js':
        "const sharp = require('sharp')\nmodule.exports = (f) => sharp(f).resize(64).toBuffer()\n",
      'package.json': pkg({
        name: 'quiet-log',
        main: 'index.js',
        dependencies: { sharp: '^0.33' },
      }),
    })
    expect(c.primary[0]).toBe('cpu-intensive')
  })
})

describe('a Twisted web server is an HTTP service (matrix-org/synapse)', () => {
  it('reads twisted.web resources as I/O work, ahead of a Rust crate that speeds it up', async () => {
    const tree = (web: string) =>
      root({
        'pyproject.toml': [
          '[project]',
          'name = "homeserver"',
          'dependencies = ["Twisted>=23", "Pillow>=10"]',
          '[build-system]',
          'requires = ["maturin>=1"]',
          'build-backend = "maturin"',
        ].join('\n'),
        'Cargo.toml': '[package]\nname = "homeserver"\n[lib]\ncrate-type = ["cdylib"]\n',
        'rust/src/lib.rs': 'pub fn push_rule() {}\n',
        'rust/src/events.rs': 'pub fn filter() {}\n',
        'homeserver/http/server.py': `${web}\n\nclass Root(object):\n    pass\n`,
        'homeserver/http/client.py': `${web}\n\nclass Client(object):\n    pass\n`,
        'homeserver/rest/rooms.py': `${web}\n\nclass Rooms(object):\n    pass\n`,
        'homeserver/rest/media.py': `${web}\n\nclass Media(object):\n    pass\n`,
        'homeserver/media/thumbnailer.py': 'from PIL import Image\n',
      })
    const served = await tree('from twisted.web.resource import Resource')
    expect(served.primary[0]).toBe('io-api')
    const plain = await tree('from twisted.internet import defer')
    expect(score(plain, 'io-api')).toBeLessThan(score(served, 'io-api') - 2)
  })
})

describe('build and helper folders are outside the runtime code (sqlmap extra/, jupyterlab buildutils/)', () => {
  it('treats them as auxiliary, and JavaScript tasks/ but not Python tasks/', async () => {
    const { isAuxiliaryPath } = await import('../../src/analysis/signals.js')
    for (const path of [
      'extra/vulnserver/vulnserver.py',
      'extras/bench.py',
      'buildutils/src/build.ts',
      'build-tools/pack.js',
      '_scripts/release.js',
      'tasks/bundle.js',
      'gulp/styles.mjs',
    ])
      expect(isAuxiliaryPath(path), path).toBe(true)
    for (const path of ['app/tasks/sync.py', 'src/extract.py', 'lib/builder.js'])
      expect(isAuxiliaryPath(path), path).toBe(false)
  })
})

describe('the standard library option parsers are command-line interfaces (fail2ban/fail2ban)', () => {
  it('reads getopt and optparse as a command-line tool', async () => {
    for (const parse of [
      'optList, args = getopt.getopt(argv[1:], "hc:s:", ["help"])',
      'parser = optparse.OptionParser(usage="%prog [options]")',
    ]) {
      const c = await root({
        'setup.py':
          "from setuptools import setup\nsetup(name='jailkeeper', packages=['jailkeeper'])\n",
        'jailkeeper/__init__.py': '',
        'jailkeeper/cmdline.py': `import getopt\nimport optparse\n\ndef main(argv):\n    ${parse}\n`,
      })
      expect(
        c.workloads[0]?.evidence.map((e) => e.detail),
        parse,
      ).toContain('Command-line interface')
    }
  })
})

describe('WebSocket support in an API spread over many route files is a feature of the API (fastapi/fastapi, lnbits/lnbits)', () => {
  const app = (routeFiles: number, socketFiles: number) => {
    const tree: Record<string, string> = {
      'pyproject.toml': [
        '[project]',
        'name = "wallet-api"',
        'dependencies = ["fastapi", "uvicorn", "sqlalchemy", "alembic", "asyncpg", "websockets"]',
      ].join('\n'),
    }
    for (let i = 0; i < routeFiles; i++)
      tree[`wallet/views/api_${i}.py`] = [
        'from fastapi import APIRouter',
        'router = APIRouter()',
        '',
        `@router.get("/api/v1/thing${i}")`,
        `async def thing${i}():`,
        '    return {}',
      ].join('\n')
    for (let i = 0; i < socketFiles; i++)
      tree[`wallet/live/socket_${i}.py`] = [
        'from fastapi import APIRouter, WebSocket',
        'router = APIRouter()',
        '',
        `@router.websocket("/ws/${i}")`,
        `async def feed${i}(websocket: WebSocket):`,
        '    await websocket.accept()',
        '    await websocket.send_text("paid")',
      ].join('\n')
    return root(tree)
  }

  it('puts the API first when its routes fill clearly more files than its sockets', async () => {
    const c = await app(8, 2)
    expect(c.primary).toContain('realtime')
    expect(c.primary[0]).toBe('io-api')
  })

  it('keeps the real-time work first when the socket code is as widespread as the routes', async () => {
    const c = await app(3, 3)
    expect(c.primary[0]).toBe('realtime')
  })
})
