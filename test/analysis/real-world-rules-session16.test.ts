// Rules the real-world sets called for in the sixteenth session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root } from './real-world-fixture.js'

describe("a package's own tests and docs projects do not make its root a collection (custom-components/pyscript)", () => {
  const modules = (n: number) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `custom_components/scripter/part_${i}.py`,
        `from homeassistant.core import HomeAssistant\n\ndef handle_${i}(hass: HomeAssistant):\n    return hass.states.get("sensor.${i}")\n`,
      ]),
    )
  const tree = (extra: Record<string, string>) => ({
    'pyproject.toml': '[tool.ruff]\nline-length = 100\n',
    'setup.cfg':
      '[metadata]\ndescription = Scripting for a home hub\n\n[tool:pytest]\ntestpaths = tests\n',
    'custom_components/scripter/__init__.py': [
      'from homeassistant.core import HomeAssistant',
      '',
      'async def async_setup(hass: HomeAssistant, config) -> bool:',
      '    return True',
      '',
      'async def async_setup_entry(hass: HomeAssistant, entry) -> bool:',
      '    return True',
      '',
    ].join('\n'),
    'custom_components/scripter/manifest.json': '{"domain": "scripter", "requirements": []}\n',
    ...modules(12),
    'tests/requirements.txt': 'pytest\npytest-homeassistant-custom-component\n',
    'tests/test_setup.py': 'def test_setup():\n    assert True\n',
    'docs/requirements.txt': 'sphinx\n',
    'docs/conf.py': 'project = "scripter"\n',
    ...extra,
  })

  it('judges the integration at the root as device work', async () => {
    const c = await root(tree({}))
    expect(c.primary).toEqual(['iot'])
    expect(c.verdict.verdict).toBe('fits')
  })

  it('still reads a root over two projects of its own as a collection', async () => {
    const report = await analyze(
      tree({
        'weather/requirements.txt': 'flask\n',
        'weather/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
        'lights/requirements.txt': 'flask\n',
        'lights/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      }),
    )
    // Its loose code counts for little, and the projects below it name it.
    const c = at(report, '')
    expect(c.supporting).toBe(true)
    expect(c.primary).not.toContain('iot')
  })
})

describe('a Python meta-package does what the workspace packages it installs do (stac-utils/stac-fastapi)', () => {
  const member = (name: string, body: string) => ({
    [`pkgs/${name}/pyproject.toml`]: `[project]\nname = "geo-api-${name}"\nversion = "1.0"\ndependencies = ["fastapi", "pydantic", "starlette"]\n`,
    [`pkgs/${name}/geo_api/${name}/__init__.py`]: body,
  })
  const route = (name: string) =>
    [
      'from fastapi import APIRouter',
      '',
      'router = APIRouter()',
      '',
      `@router.get("/${name}")`,
      `async def ${name}():`,
      '    return {}',
      '',
    ].join('\n')
  const tree = (dependencies: string) => ({
    'pyproject.toml': [
      '[project]',
      'name = "geo-api"',
      'version = "1.0"',
      `dependencies = [${dependencies}]`,
      '',
      '[tool.uv.workspace]',
      'members = ["pkgs/*"]',
      '',
      '[dependency-groups]',
      'dev = ["pytest", "httpx", "requests"]',
      '',
    ].join('\n'),
    ...member('api', route('collections')),
    ...member('types', route('search')),
    ...member('extensions', route('filter')),
  })

  it("names the root with its members' API work", async () => {
    const report = await analyze(tree('"geo_api.api", "Geo-Api-Types", "geo-api-extensions"'))
    for (const name of ['api', 'types', 'extensions'])
      expect(at(report, `pkgs/${name}`).primary).toEqual(['io-api'])
    const c = at(report, '')
    expect(c.primary).toEqual(['io-api'])
    expect(c.workloads[0]!.evidence[0]!.detail).toBe('installs workspace package geo_api.api')
    expect(c.verdict.verdict).not.toBe('mismatch')
  })

  it('gives nothing to the docs project that installs one to document it (reactpy)', async () => {
    const report = await analyze({
      ...tree('"geo-api-api"'),
      'docs/pyproject.toml':
        '[project]\nname = "geo-api-docs"\nversion = "0"\ndependencies = ["geo-api-api", "mkdocs"]\n',
      'docs/build.py': 'import mkdocs\n',
    })
    expect(at(report, '').primary).toEqual(['io-api'])
    expect(at(report, 'docs').primary).toEqual([])
  })

  it('leaves a root that installs none of them with nothing to judge', async () => {
    const c = await root(tree('"attrs"'))
    expect(c.primary).toEqual([])
  })
})

describe('a Sublime Text plug-in is editor tooling (sublimelsp/LSP, wbond/package_control)', () => {
  const command = (name: string) =>
    [
      'import sublime',
      'import sublime_plugin',
      '',
      `class ${name}Command(sublime_plugin.WindowCommand):`,
      '    def run(self):',
      '        sublime.status_message("done")',
      '',
    ].join('\n')

  it('reads a package of plug-in commands as automation', async () => {
    const c = await root({
      'pyproject.toml': '[tool.ruff]\nline-length = 120\n',
      'dependencies.json': '{"*": {">3000": ["bz2"]}}\n',
      'boot.py': 'from .plugin.core import *  # noqa\n',
      'plugin/__init__.py': '',
      'plugin/core.py': command('Restart'),
      'plugin/format.py': command('Format'),
      'plugin/goto.py': command('Goto'),
    })
    expect(c.primary).toEqual(['automation'])
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe("another stack's project with JavaScript bindings stays that stack (hotwired/turbo-rails, MnlPhlp/tauri-plugin-blec)", () => {
  const ruby = (n: number) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `lib/frames/part_${i}.rb`,
        `module Frames\n  class Part${i}\n    def call(env)\n      [200, {}, []]\n    end\n  end\nend\n`,
      ]),
    )

  it('reads a Rails engine whose npm package republishes its app/javascript as Ruby', async () => {
    const c = await root({
      'frames-rails.gemspec': 'Gem::Specification.new do |s|\n  s.name = "frames-rails"\nend\n',
      Gemfile: 'source "https://rubygems.org"\ngemspec\n',
      'package.json': JSON.stringify({
        name: '@hotwired/turbo-rails',
        version: '8.0.0',
        main: 'app/assets/javascripts/frames.js',
        module: 'app/javascript/frames/index.js',
        dependencies: { '@hotwired/turbo': '8', '@rails/actioncable': '7' },
        devDependencies: { rollup: '4' },
      }),
      'app/javascript/frames/index.js': "import '@hotwired/turbo'\nexport * from './cable'\n",
      'app/javascript/frames/cable.js':
        "import { createConsumer } from '@rails/actioncable'\nexport const consumer = createConsumer()\n",
      'app/channels/frames/streams_channel.rb':
        'class Frames::StreamsChannel < ActionCable::Channel::Base\nend\n',
      ...ruby(12),
    })
    expect(c.stack.stack).toBe('other')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it("reads a Tauri plug-in's crate as Rust, its package.json as the web view's bindings", async () => {
    const rust = Object.fromEntries(
      ['lib', 'commands', 'handler', 'error', 'models'].map((name) => [
        `src/${name}.rs`,
        `pub fn ${name}() -> Result<(), String> {\n    Ok(())\n}\n`,
      ]),
    )
    const c = await root({
      'Cargo.toml':
        '[package]\nname = "tauri-plugin-radio"\nversion = "0.3.0"\n\n[dependencies]\ntauri = "2"\nbtleplug = "0.11"\ntokio = "1"\n',
      'build.rs': 'fn main() {\n    tauri_plugin::Builder::new(&["scan"]).build();\n}\n',
      ...rust,
      'package.json': JSON.stringify({
        name: '@someone/plugin-radio',
        version: '0.3.0',
        main: './dist-js/index.cjs',
        dependencies: { '@tauri-apps/api': '2' },
        devDependencies: { rollup: '4' },
      }),
      'guest-js/index.ts':
        "import { invoke } from '@tauri-apps/api/core'\nexport const scan = () => invoke('plugin:radio|scan')\n",
    })
    expect(c.stack.stack).toBe('other')
    expect(c.verdict.verdict).toBe('inconclusive')
  })
})

describe("page code written against the DOM is a front end (logseq-plugin-samples, django-ledger's assets)", () => {
  const page = (name: string) =>
    [
      `export function show${name}(rows) {`,
      `  const table = document.getElementById('${name.toLowerCase()}')`,
      '  for (const row of rows) {',
      "    const tr = document.createElement('tr')",
      '    tr.textContent = row.name',
      '    table.appendChild(tr)',
      '  }',
      '}',
      '',
    ].join('\n')

  it('reads a bundled app of plain DOM modules as a front end', async () => {
    const c = await root({
      'package.json': JSON.stringify({
        name: 'torrent-web',
        version: '1.0.0',
        private: true,
        scripts: { build: 'esbuild src/main.js --bundle --outdir=dist' },
        devDependencies: { esbuild: '0.25', sass: '1', 'css-loader': '7' },
      }),
      'src/main.js':
        "import { showTorrents } from './torrents.js'\nwindow.addEventListener('load', () => showTorrents([]))\n",
      'src/torrents.js': page('Torrents'),
      'src/peers.js': page('Peers'),
      'src/files.js': page('Files'),
      'src/trackers.js': page('Trackers'),
    })
    expect(c.primary).toEqual(['spa-frontend'])
  })

  it('leaves a utility library that touches the DOM in one helper with nothing to judge', async () => {
    const c = await root({
      'package.json': JSON.stringify({ name: 'tiny-utils', version: '1.0.0', main: 'index.js' }),
      'index.js': "export * from './strings.js'\nexport * from './dom.js'\n",
      'strings.js': 'export const pad = (s, n) => s.padStart(n)\n',
      'dom.js': 'export const byId = (id) => document.getElementById(id)\n',
    })
    expect(c.primary).toEqual([])
  })
})

describe("a mismatch needs two kinds of evidence or the component's own code doing the work (Vibrant-Colors/node-vibrant)", () => {
  it('calls a catalogued compression package whose folder only wires others up a caveat', async () => {
    const c = await root({
      'package.json': pkg({ name: 'pako', main: 'index.js', dependencies: { 'pako-core': '1' } }),
      'index.js': "export { deflate, inflate } from 'pako-core'\n",
    })
    expect(c.primary).toEqual(['cpu-intensive'])
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })

  it('still calls image decoding declared and done in its own code a mismatch', async () => {
    const decode = (n: number) =>
      [
        "import Jimp from 'jimp'",
        `export async function thumb${n}(path) {`,
        '  const image = await Jimp.read(path)',
        '  return image.resize(64, 64).getBufferAsync(Jimp.MIME_PNG)',
        '}',
        '',
      ].join('\n')
    const c = await root({
      'package.json': pkg({ name: 'thumbs', main: 'index.js', dependencies: { jimp: '0.22' } }),
      'index.js': decode(0),
      'lib/one.js': decode(1),
      'lib/two.js': decode(2),
    })
    expect(c.primary).toEqual(['cpu-intensive'])
    expect(c.verdict.verdict).toBe('mismatch')
  })
})

describe('a dotted Python import is looked up by its longest known prefix (hynek/structlog, matrix-org/sydent)', () => {
  it('reads zope.interface as that package, not as the Zope application server', async () => {
    const c = await root({
      'pyproject.toml':
        '[project]\nname = "tidy-log"\nversion = "1"\ndependencies = ["zope.interface"]\n',
      ...Object.fromEntries(
        [0, 1, 2].map((i) => [
          `src/tidy_log/part_${i}.py`,
          'from zope.interface import implementer\n\n@implementer(object)\nclass Part:\n    pass\n',
        ]),
      ),
    })
    expect(c.workloads.find((w) => w.workload === 'server-web')).toBeUndefined()
  })

  it("never reads the standard library's http.client as the PyPI package http-client (apisix's fuzzers)", async () => {
    const c = await root({
      'requirements.txt': 'PyYAML\n',
      'fuzz.py':
        'import http.client\nimport yaml\n\nconn = http.client.HTTPConnection("localhost")\n',
    })
    expect(c.workloads.find((w) => w.workload === 'io-api')).toBeUndefined()
  })

  it('reads from google import genai as the hosted-model client, from flask import session as Flask', async () => {
    const c = await root({
      'pyproject.toml': '[project]\nname = "ask-bot"\nversion = "1"\n',
      'src/ask_bot/ask.py': [
        'from google import genai',
        'from flask import session',
        '',
        'def ask(question):',
        '    return genai.Client().models.generate_content(model="m", contents=question)',
        '',
      ].join('\n'),
    })
    const details = c.workloads.flatMap((w) => w.evidence.map((e) => e.detail))
    expect(details.some((d) => d.startsWith('imports google.genai'))).toBe(true)
    expect(details.some((d) => d.startsWith('imports flask.session'))).toBe(false)
  })

  it('finds a namespace package by its full import path', async () => {
    const c = await root({
      'pyproject.toml': '[project]\nname = "blob-sync"\nversion = "1"\n',
      'src/blob_sync/sync.py':
        'import google.cloud.storage\n\ndef upload(name):\n    return google.cloud.storage.Client().bucket(name)\n',
    })
    const io = c.workloads.find((w) => w.workload === 'io-api')
    expect(io?.evidence.map((e) => e.detail)).toContain('imports google.cloud.storage')
  })
})

describe("a Go project's web assets are no Node.js app (gohugoio/hugoDocs)", () => {
  it('reads a Hugo site whose package.json bundles its assets/ as Go', async () => {
    const c = await root({
      'go.mod': 'module github.com/someone/site-docs\n\ngo 1.22\n',
      'hugo.toml': 'baseURL = "https://docs.example.org/"\ntitle = "Docs"\n',
      'package.json': pkg({
        name: 'siteDocs',
        dependencies: { alpinejs: '3', '@alpinejs/focus': '3' },
        devDependencies: { tailwindcss: '4', '@tailwindcss/cli': '4' },
      }),
      'assets/js/main.js':
        "import Alpine from 'alpinejs'\nwindow.Alpine = Alpine\nAlpine.start()\n",
      'assets/js/nav.js': 'export const nav = () => ({ open: false })\n',
      'assets/js/search.js': 'export const search = () => ({ query: "" })\n',
      'layouts/_default/baseof.html': '<html><body>{{ block "main" . }}{{ end }}</body></html>\n',
      'content/en/_index.md': '# Docs\n',
    })
    expect(c.stack.stack).toBe('other')
  })
})
