// Rules the real-world sets called for in the eleventh session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, pythonCli, root } from './real-world-fixture.js'

describe('a code sample in a template literal is text, not code (fastify/website)', () => {
  const sample = [
    "import Fastify from 'fastify'",
    'const fastify = Fastify({ logger: true })',
    "fastify.get('/', async () => ({ hello: 'world' }))",
    'await fastify.listen({ port: 3000 })',
  ]
  const tree = (quickStart: string) => ({
    'package.json': pkg({
      name: '@example/website',
      private: true,
      scripts: { build: 'astro build' },
      dependencies: { astro: '^5', '@astrojs/mdx': '^4', marked: '^15' },
    }),
    'astro.config.mjs':
      "import { defineConfig } from 'astro/config'\nexport default defineConfig({})\n",
    'src/pages/index.astro':
      '---\nimport QuickStart from "../components/QuickStart.astro"\n---\n<QuickStart />\n',
    'src/components/QuickStart.astro': quickStart,
  })

  it('reads a site that shows a server sample as the pages it builds', async () => {
    const c = await root(
      tree(['---', 'const code = `', ...sample, '`', '---', '<pre>{code}</pre>', ''].join('\n')),
    )
    expect(c.primary[0]).toBe('spa-frontend')
  })

  it('the same lines as code in the component are a server of its own', async () => {
    const c = await root(tree(['---', ...sample, '---', '<p>up</p>', ''].join('\n')))
    expect(c.primary[0]).not.toBe('spa-frontend')
  })
})

describe("a crypto library that hands its ciphers to the runtime's native crypto (openpgpjs/openpgpjs)", () => {
  const tree = (cipher: string) => ({
    'package.json': pkg({
      name: 'openpgp',
      description: 'OpenPGP for JavaScript',
      main: 'dist/node/openpgp.min.mjs',
      devDependencies: { rollup: '^4', '@noble/curves': '^1', tweetnacl: '^1' },
    }),
    'src/index.js': "export * from './crypto/cipher.js'\n",
    'src/crypto/cipher.js': [
      "import { x25519 } from '@noble/curves/ed25519'",
      "import nacl from 'tweetnacl'",
      'export function encrypt(key, iv, data) {',
      cipher,
      '}',
      '',
    ].join('\n'),
  })

  it('reads its CPU work as covered by native code: fits, never a mismatch', async () => {
    const c = await root(
      tree("  return nodeCrypto.createCipheriv('aes-256-gcm', key, iv).update(data)"),
    )
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.mitigations.map((m) => m.id)).toContain('node-compiled-code')
  })

  it('a cipher computed in JavaScript stays the mismatch the guidance warns of', async () => {
    const c = await root(tree('  return aesInJavaScript(key, iv, data)'))
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('mismatch')
  })
})

describe('a Home Assistant custom integration is IoT (rospogrigio/localtuya)', () => {
  const setUp = (signature: string) =>
    [
      'from homeassistant.config_entries import ConfigEntry',
      'from homeassistant.core import HomeAssistant',
      'from .pytuya import connect',
      '',
      `${signature}`,
      '    device = await connect(entry.data["host"])',
      '    hass.data.setdefault("localtuya", {})[entry.entry_id] = device',
      '    return True',
      '',
    ].join('\n')
  // The integration never declares the host it plugs into: only its tests install it.
  const tree = (signature: string) => ({
    'requirements_test.txt': 'homeassistant==2024.1.0\npytest-homeassistant-custom-component\n',
    'pyproject.toml': '[tool.black]\ntarget-version = ["py311"]\n',
    'custom_components/localtuya/manifest.json':
      '{"domain": "localtuya", "iot_class": "local_push"}\n',
    'custom_components/localtuya/__init__.py': setUp(signature),
    'custom_components/localtuya/pytuya/__init__.py':
      'import asyncio\n\nasync def connect(host):\n    return await asyncio.open_connection(host, 6668)\n',
  })

  it('reads the set-up Home Assistant calls as device integration work', async () => {
    const c = await root(
      tree('async def async_setup_entry(hass: HomeAssistant, entry: ConfigEntry) -> bool:'),
    )
    expect(c.primary[0]).toBe('iot')
    expect(c.verdict.verdict).toBe('fits')
  })

  it('without it, the test-only homeassistant import alone decides nothing', async () => {
    // Its manifest.json says what it is by itself (session 23): leave it out here.
    const files = Object.entries(tree('async def start(entry: ConfigEntry) -> bool:'))
    const c = await root(Object.fromEntries(files.filter(([path]) => !path.endsWith('.json'))))
    expect(c.primary[0]).not.toBe('iot')
  })
})

describe("a root tasks.py and contrib/ folder are a project's tooling and extras (almarklein/timetagger)", () => {
  const tree = (tasks: string, contrib: string) => ({
    'setup.py':
      'from setuptools import setup\nsetup(name="timetracker", entry_points={"console_scripts": ["timetracker = timetracker.__main__:main"]})\n',
    'requirements.txt': 'uvicorn\nasgineer>=0.8\njinja2\n',
    'timetracker/__init__.py': '',
    'timetracker/__main__.py': [
      'import asgineer',
      'import uvicorn',
      '',
      '@asgineer.to_asgi',
      'async def main_handler(request):',
      '    return 200, {}, "ok"',
      '',
      'def main():',
      '    asgineer.run("timetracker.__main__:main_handler", "uvicorn", "0.0.0.0:80")',
      '',
    ].join('\n'),
    [tasks]: 'from invoke import task\n\n@task\ndef lint(c):\n    c.run("ruff check .")\n',
    [contrib]: `import requests\n${pythonCli('Edit records in bulk')}`,
  })

  it('reads the ASGI server it runs as its work', async () => {
    const c = await root(tree('tasks.py', 'contrib/bulk_edit/bulk_edit.py'))
    expect(c.primary[0]).toBe('io-api')
  })

  it('the same scripts in the package itself are its work', async () => {
    const c = await root(tree('timetracker/tasks.py', 'timetracker/bulk_edit.py'))
    expect(c.primary[0]).toBe('automation')
  })
})

describe('heavy operations run in workers a bundler starts are the worker mitigation (gchq/CyberChef)', () => {
  const tree = (start: string) => ({
    'package.json': pkg({
      name: 'recipe-chef',
      description: 'Chains encoding, compression and image operations over data',
      main: 'src/node/index.mjs',
      dependencies: { jimp: '^0.22', 'tesseract.js': '^5' },
    }),
    'src/core/Chef.mjs': [
      "import Jimp from 'jimp'",
      'export async function bake(input) {',
      '  const image = await Jimp.read(input)',
      '  return image.greyscale().getBufferAsync(Jimp.MIME_PNG)',
      '}',
      '',
    ].join('\n'),
    'src/web/WorkerWaiter.mjs': [start, 'export const workers = [new ChefWorker()]', ''].join('\n'),
  })

  it('reads the Jimp work in web workers as covered: fits', async () => {
    const c = await root(
      tree('import ChefWorker from "worker-loader?inline=no-fallback!../core/ChefWorker.js"'),
    )
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.mitigations.map((m) => m.id)).toContain('node-worker-pool')
  })

  it('on the main thread, the Jimp work keeps its caveat', async () => {
    const c = await root(tree('import ChefWorker from "../core/ChefWorker.js"'))
    expect(c.verdict.verdict).not.toBe('fits')
  })
})

describe('ffmpeg compiled to WebAssembly is the compiled-code remedy itself (ffmpegwasm/ffmpeg.wasm)', () => {
  const tree = {
    'package.json': pkg({
      name: 'ffmpeg-wasm-monorepo',
      private: true,
      workspaces: ['packages/*'],
    }),
    'packages/core/package.json': pkg({
      name: '@ffmpeg/core',
      description: 'FFmpeg for the browser, compiled to WebAssembly',
      main: 'dist/umd/ffmpeg-core.js',
    }),
    'packages/core/dist/umd/ffmpeg-core.js': 'export default function createFFmpegCore() {}\n',
    'packages/util/package.json': pkg({
      name: '@ffmpeg/util',
      description: 'Browser helpers for @ffmpeg/ffmpeg',
      main: 'dist/index.js',
    }),
    'packages/util/src/index.ts':
      'export async function fetchFile(url: string) {\n  return new Uint8Array(await (await fetch(url)).arrayBuffer())\n}\n',
  }

  it('reads the core as the WebAssembly build it is: fits, and its helpers as no CPU work', async () => {
    const report = await analyze(tree)
    expect(at(report, 'packages/core').verdict.verdict).toBe('fits')
    expect(at(report, 'packages/util').verdict.verdict).not.toBe('mismatch')
    expect(report.overall).not.toBe('mismatch')
  })
})
