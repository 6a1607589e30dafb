// Rules the real-world sets called for in the seventeenth session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root } from './real-world-fixture.js'

describe('a Homebridge plug-in is device integration, whatever admin server it runs (alexryd/homebridge-shelly)', () => {
  const tree = (engines: Record<string, string>) => ({
    'package.json': pkg({
      name: 'homebridge-relays',
      main: 'index.js',
      engines,
      dependencies: { express: '^4.18.0', 'color-convert': '^2.0.0' },
    }),
    'index.js': "const Platform = require('./platform')\nmodule.exports = (api) => Platform(api)\n",
    'platform.js':
      'module.exports = (api) => {\n  api.registerPlatform("Relays", class { discover() { return [] } })\n}\n',
    'admin/api.js': [
      "const express = require('express')",
      'const router = express.Router()',
      "router.get('/devices', (req, res) => res.json([]))",
      "router.post('/devices/:id', (req, res) => res.json({ ok: true }))",
      'module.exports = router',
      '',
    ].join('\n'),
    'admin/index.js': [
      "const express = require('express')",
      "const api = require('./api')",
      'const app = express()',
      "app.use('/api', api)",
      'app.listen(8181)',
      '',
    ].join('\n'),
  })

  it('reads engines.homebridge as the host it runs in', async () => {
    const c = await root(tree({ node: '>=18', homebridge: '>=1.6.0' }))
    expect(c.primary[0]).toBe('iot')
    expect(c.verdict.verdict).toBe('fits')
  })

  it('without the host the same code is the admin API it serves', async () => {
    const c = await root(tree({ node: '>=18' }))
    expect(c.primary[0]).toBe('io-api')
  })
})

describe("a build tool's plug-in is tooling, whatever front ends it has adapters for (vite-pwa/vite-plugin-pwa)", () => {
  const adapter = (framework: string, module: string) => ({
    [`src/client/${framework}.ts`]: `import { useState } from '${module}'\nexport function useRegister() { return useState(false) }\n`,
  })
  const tree = (name: string) => ({
    'package.json': pkg({
      name,
      main: 'dist/index.js',
      dependencies: { 'workbox-build': '^7.0.0', debug: '^4.3.0' },
      peerDependencies: { vite: '^5.0.0' },
      devDependencies: { react: '^18.0.0', preact: '^10.0.0', vue: '^3.0.0', vite: '^5.0.0' },
    }),
    'src/index.ts': [
      "import type { Plugin } from 'vite'",
      "import { generateSW } from 'workbox-build'",
      'export function offline(): Plugin {',
      "  return { name: 'offline', async closeBundle() { await generateSW({}) } }",
      '}',
      '',
    ].join('\n'),
    ...adapter('react', 'react'),
    ...adapter('preact', 'preact/hooks'),
    ...adapter('vue', 'vue'),
  })

  it('names it build tooling', async () => {
    const c = await root(tree('vite-plugin-offline'))
    expect(c.primary[0]).toBe('automation')
  })

  it('a package not named as a plug-in keeps its front-end evidence', async () => {
    const c = await root(tree('offline-kit'))
    expect(c.primary[0]).toBe('spa-frontend')
  })
})

describe("a package in a development tool's own scope, with the tool as its peer, is its plug-in (ai/size-limit)", () => {
  const tree = (name: string) => ({
    'package.json': pkg({ name: 'checks', private: true, workspaces: ['packages/*'] }),
    'packages/size-limit/package.json': pkg({
      name: 'size-limit',
      bin: { 'size-limit': 'bin.js' },
      dependencies: { picocolors: '^1.0.0' },
    }),
    'packages/size-limit/bin.js':
      "#!/usr/bin/env node\nimport { run } from './run.js'\nrun(process)\n",
    'packages/size-limit/run.js': 'export function run(proc) { proc.exitCode = 0 }\n',
    'packages/bundler/package.json': pkg({
      name,
      type: 'module',
      exports: { '.': './index.js' },
      dependencies: { webpack: '^5.0.0', nanoid: '^5.0.0' },
      peerDependencies: { 'size-limit': 'workspace:*' },
    }),
    'packages/bundler/index.js': [
      "import webpack from 'webpack'",
      'export default {',
      "  name: '@size-limit/webpack',",
      '  async step20(config, check) { await new Promise((done) => webpack({}).run(done)) },',
      '}',
      '',
    ].join('\n'),
  })

  it('reads @size-limit/webpack as tooling, not the front end webpack builds', async () => {
    const report = await analyze(tree('@size-limit/webpack'))
    expect(at(report, 'packages/bundler').primary[0]).toBe('automation')
  })

  it('not a package under another scope', async () => {
    const report = await analyze(tree('@acme/webpack-runner'))
    expect(at(report, 'packages/bundler').primary[0]).not.toBe('automation')
  })
})

describe("an editor extension is tooling above the WebAssembly it calls (DioxusLabs/dioxus' extension)", () => {
  it('names a VS Code extension that formats code in WebAssembly editor tooling', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'rsx-tools',
        main: './out/main.js',
        engines: { vscode: '^1.80.0' },
        devDependencies: { webpack: '^5.0.0', typescript: '^5.0.0' },
      }),
      'src/main.ts': [
        "import * as vscode from 'vscode'",
        "import init, { format } from '../pkg/formatter'",
        'export async function activate(context: vscode.ExtensionContext) {',
        '  await init()',
        "  context.subscriptions.push(vscode.commands.registerCommand('rsx.format', () => format('')))",
        '}',
        '',
      ].join('\n'),
      'Cargo.toml':
        '[package]\nname = "formatter"\nversion = "0.1.0"\n\n[lib]\ncrate-type = ["cdylib"]\n\n[dependencies]\nwasm-bindgen = "0.2"\n',
      'src/lib.rs':
        'use wasm_bindgen::prelude::*;\n#[wasm_bindgen]\npub fn format(s: &str) -> String { s.to_string() }\n',
      'src/parse.rs': 'pub fn parse(s: &str) -> usize { s.len() }\n',
      'src/print.rs': 'pub fn print(s: &str) -> String { s.to_string() }\n',
    })
    expect(c.primary[0]).toBe('automation')
  })
})

describe("a project of one stack is not made the other's by the loose samples below it (e2b-dev/e2b-cookbook)", () => {
  const notebook = (source: string) =>
    JSON.stringify({
      cells: [{ cell_type: 'code', source: [source], metadata: {}, outputs: [] }],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    })
  const tree = (manifest: Record<string, string>) => ({
    ...manifest,
    'tests/run-samples.ts': "import { Sandbox } from 'e2b'\nawait Sandbox.create()\n",
    ...Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        `examples/agent-${i}/agent.ipynb`,
        notebook('import openai\nclient = openai.OpenAI()\n'),
      ]),
    ),
  })

  it('keeps a root package.json that runs the samples on Node.js', async () => {
    const c = await root(
      tree({
        'package.json': pkg({ name: 'cookbook', private: true, dependencies: { e2b: '^1.0.0' } }),
      }),
    )
    expect(c.stack.stack).toBe('node')
  })

  it('with a Python project file beside it the samples still count', async () => {
    const c = await root(
      tree({
        'package.json': pkg({ name: 'cookbook', private: true, dependencies: { e2b: '^1.0.0' } }),
        'requirements.txt': 'openai\njupyter\n',
      }),
    )
    expect(c.stack.stack).toBe('python')
  })
})

describe("a Jupyter extension's ui-tests are a supporting test suite, its notebooks their inputs (deshaw/jupyterlab-execute-time)", () => {
  const notebook = JSON.stringify({
    cells: [
      { cell_type: 'code', source: ['import time\ntime.sleep(1)\n'], metadata: {}, outputs: [] },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  })
  it('reads ui-tests as tests on Node.js', async () => {
    const report = await analyze({
      'package.json': pkg({
        name: 'cell-timer',
        main: 'lib/index.js',
        dependencies: { '@jupyterlab/application': '^4.0.0', '@jupyterlab/notebook': '^4.0.0' },
      }),
      'pyproject.toml':
        '[project]\nname = "cell-timer"\nversion = "1.0"\ndependencies = ["jupyterlab>=4"]\n',
      'src/index.ts':
        "import { JupyterFrontEnd } from '@jupyterlab/application'\nexport default { id: 'timer', activate: (app: JupyterFrontEnd) => app }\n",
      'ui-tests/package.json': pkg({
        name: 'cell-timer-ui-tests',
        private: true,
        scripts: { test: 'jlpm playwright test' },
        devDependencies: { '@jupyterlab/galata': '^5.0.0', '@playwright/test': '^1.40.0' },
      }),
      'ui-tests/playwright.config.js':
        "module.exports = require('@jupyterlab/galata/lib/playwright-config')\n",
      'ui-tests/jupyter_server_test_config.py':
        'from jupyterlab.galata import configure_jupyter_server\nconfigure_jupyter_server(c)\n',
      ...Object.fromEntries(
        ['timer', 'cells', 'outputs'].map((name) => [
          `ui-tests/tests/${name}.spec.ts`,
          `import { test } from '@jupyterlab/galata'\ntest('${name}', async ({ page }) => { await page.notebook.run() })\n`,
        ]),
      ),
      ...Object.fromEntries(
        Array.from({ length: 3 }, (_, i) => [`ui-tests/notebooks/case_${i}.ipynb`, notebook]),
      ),
    })
    const tests = at(report, 'ui-tests')
    expect(tests.supporting).toBe(true)
    expect(tests.stack.stack).toBe('node')
    expect(tests.primary[0]).toBe('automation')
  })
})

describe("folder names are read below the component: a React app in www/base is no static folder (buildbot/buildbot's www/base)", () => {
  it('keeps the app Node.js beside the Python package that ships its build', async () => {
    const views = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [
        `www/base/src/views/View${i}.tsx`,
        `import React from 'react'\nexport const View${i} = () => <div>{${i}}</div>\n`,
      ]),
    )
    const report = await analyze({
      'master/pyproject.toml':
        '[project]\nname = "ci-master"\nversion = "1.0"\ndependencies = ["twisted"]\n',
      'master/ci/master.py': 'from twisted.internet import reactor\nreactor.run()\n',
      'www/base/package.json': pkg({
        name: 'ci-www',
        dependencies: { react: '^18.0.0', 'react-dom': '^18.0.0', mobx: '^6.0.0' },
        devDependencies: { vite: '^5.0.0' },
      }),
      'www/base/pyproject.toml':
        '[project]\nname = "ci-www"\nversion = "1.0"\ndependencies = ["ci-master"]\n',
      'www/base/ci_www/__init__.py': 'static_dir = "static"\n',
      'www/base/src/index.tsx':
        "import { createRoot } from 'react-dom/client'\ncreateRoot(document.getElementById('root')!)\n",
      ...views,
    })
    const www = at(report, 'www/base')
    expect(www.stack.stack).toBe('node')
    expect(www.primary[0]).toBe('spa-frontend')
  })
})

describe('a repository of shell programs and configuration is a shell project (holman/dotfiles, webpro/dotfiles)', () => {
  const tree = (extra: Record<string, string>) => ({
    'README.md': '# dotfiles\n',
    'install.sh': '#!/usr/bin/env bash\nset -e\nln -sf "$PWD/zshrc" ~/.zshrc\n',
    'macos/defaults.sh': '#!/usr/bin/env bash\ndefaults write NSGlobalDomain KeyRepeat -int 2\n',
    'bin/extract': '#!/usr/bin/env bash\ntar xf "$1"\n',
    'zsh/aliases.zsh': 'alias ll="ls -la"\n',
    ...extra,
  })

  it('lists the root as a shell project, not covered by the guidance', async () => {
    const c = await root(tree({ 'config/tool/settings.py': 'rules = ["sudo"]\n' }))
    expect(c.stack.stack).toBe('other')
    expect(c.stack.otherName).toBe('Shell')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('with no shell program there is nothing to judge', async () => {
    const report = await analyze({
      'README.md': '# notes\n',
      'zsh/aliases.zsh': 'alias ll="ls -la"\n',
    })
    expect(report.components).toEqual([])
  })

  it('Python code outnumbering the scripts keeps the root Python', async () => {
    const modules = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [
        `tool/part_${i}.py`,
        `def part_${i}():\n    return ${i}\n`,
      ]),
    )
    const c = await root(tree(modules))
    expect(c.stack.stack).toBe('python')
  })
})

describe('a Hugo site is built by a Go program, whatever its package.json bundles (kubeflow/website)', () => {
  const tree = (config: string) => ({
    [config]: 'baseURL = "https://example.org/"\ntitle = "Docs"\n',
    'package.json': pkg({
      name: 'website',
      dependencies: { bootstrap: '^4.6.0', '@fortawesome/fontawesome-free': '^6.0.0' },
      devDependencies: { postcss: '^8.0.0', 'postcss-cli': '^9.0.0', autoprefixer: '^10.0.0' },
    }),
    'content/en/_index.md': '# Welcome\n',
    'layouts/partials/footer.html': '<footer></footer>\n',
    'assets/js/search.js':
      "document.querySelector('#search').addEventListener('input', () => {})\n",
    'static/js/menu.js': "document.getElementById('menu').classList.toggle('open')\n",
  })

  it('reads config.toml beside layouts/ and content/ as a Hugo site', async () => {
    const c = await root(tree('config.toml'))
    expect(c.stack.stack).toBe('other')
    expect(c.stack.otherName).toBe('Hugo')
  })

  it('and hugo.toml wherever it is', async () => {
    const c = await root(tree('hugo.toml'))
    expect(c.stack.otherName).toBe('Hugo')
  })

  it('a config.toml alone is no Hugo site', async () => {
    const report = await analyze({
      'config.toml': 'port = 8080\n',
      'package.json': pkg({ name: 'web', dependencies: { express: '^4.0.0' } }),
      'server.js': "const express = require('express')\nexpress().listen(8080)\n",
    })
    expect(at(report, '').stack.stack).toBe('node')
  })
})

describe('a Python package whose requirements install Sphinx beside it is no documentation site (pywebio/PyWebIO)', () => {
  const tree = (extra: Record<string, string>) => ({
    'requirements.txt': 'tornado>=5.0\nflask\n\n# doc building\nsphinx==7.*\nsphinx-rtd-theme\n',
    ...extra,
  })

  it('keeps the package in the overall verdict', async () => {
    const c = await root(
      tree({
        'setup.py':
          'from setuptools import setup\nsetup(name="webui", packages=["webui"], install_requires=["tornado"])\n',
        'webui/__init__.py': 'import tornado.web\n',
        'webui/server.py':
          'import tornado.web\n\nclass Page(tornado.web.RequestHandler):\n    def get(self):\n        self.write("ok")\n',
      }),
    )
    expect(c.supporting).toBe(false)
  })

  it('a Sphinx project of pages alone stays a supporting documentation site', async () => {
    const c = await root({
      'requirements.txt': 'sphinx==7.*\nsphinx-rtd-theme\n',
      'conf.py': 'project = "Guide"\n',
      'index.rst': 'Guide\n=====\n',
    })
    expect(c.supporting).toBe(true)
  })
})

describe("a Python package named after the tool whose entry points it registers in is that tool's plug-in (kedro-org/kedro-plugins)", () => {
  const tree = (name: string, group: string) => ({
    'kedro-ship/pyproject.toml': [
      '[project]',
      `name = "${name}"`,
      'version = "1.0"',
      'dependencies = ["kedro>=0.19", "click", "jinja2"]',
      '',
      `[project.entry-points."${group}"]`,
      'ship = "kedro_ship.plugin:commands"',
      '',
    ].join('\n'),
    'kedro-ship/kedro_ship/__init__.py': '',
    'kedro-ship/kedro_ship/plugin.py': [
      'import click',
      'from kedro.framework.session import KedroSession',
      '',
      '@click.group()',
      'def commands():',
      '    pass',
      '',
      '@commands.command()',
      'def ship():',
      '    with KedroSession.create() as session:',
      '        session.run()',
      '',
    ].join('\n'),
  })

  it('reads kedro-ship, registered in kedro.project_commands, as tooling', async () => {
    const report = await analyze(tree('kedro-ship', 'kedro.project_commands'))
    expect(at(report, 'kedro-ship').primary[0]).toBe('automation')
  })

  it('not a package named otherwise', async () => {
    const report = await analyze(tree('ship-pipelines', 'kedro.project_commands'))
    expect(at(report, 'kedro-ship').primary[0]).not.toBe('automation')
  })

  it('nor a theme, which is the site it styles', async () => {
    const report = await analyze(tree('kedro-ship', 'mkdocs.themes'))
    expect(at(report, 'kedro-ship').primary[0]).not.toBe('automation')
  })
})
