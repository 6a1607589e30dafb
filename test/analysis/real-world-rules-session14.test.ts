// Rules the real-world sets called for in the fourteenth session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg } from './real-world-fixture.js'

describe('a package.json inside a Python package builds its browser code (getsentry/snuba, holoviz/panel)', () => {
  const service = (initInAdmin: boolean) => ({
    'pyproject.toml': [
      '[project]',
      'name = "toyquery"',
      'dependencies = ["flask>=3", "clickhouse-connect", "confluent-kafka", "gunicorn"]',
      '',
    ].join('\n'),
    'toyquery/__init__.py': '',
    'toyquery/web/views.py': [
      'from flask import Flask, jsonify',
      'app = Flask(__name__)',
      '',
      '@app.route("/query", methods=["POST"])',
      'def query():',
      '    return jsonify({"rows": []})',
      '',
    ].join('\n'),
    ...(initInAdmin ? { 'toyquery/admin/__init__.py': '' } : {}),
    'toyquery/admin/views.py': [
      'from flask import Blueprint, jsonify',
      'admin = Blueprint("admin", __name__)',
      '',
      '@admin.route("/admin/queries")',
      'def queries():',
      '    return jsonify([])',
      '',
    ].join('\n'),
    'toyquery/admin/auth.py': 'def allowed(user):\n    return user.endswith("@example.com")\n',
    'toyquery/admin/package.json': pkg({
      name: 'toyquery-admin',
      private: true,
      scripts: { build: 'node build.mjs' },
      dependencies: { react: '^18', 'react-dom': '^18', '@mantine/core': '^6' },
      devDependencies: { esbuild: '^0.20', typescript: '^5' },
    }),
    'toyquery/admin/static/index.tsx': [
      "import React from 'react'",
      "import { createRoot } from 'react-dom/client'",
      "import { MantineProvider } from '@mantine/core'",
      "createRoot(document.getElementById('root')!).render(<MantineProvider><div /></MantineProvider>)",
      '',
    ].join('\n'),
    'toyquery/admin/static/api.ts': "export const list = () => fetch('/admin/queries')\n",
  })

  it('the admin console is a Node.js front end; the Flask modules around it stay with the project', async () => {
    const report = await analyze(service(true))
    const admin = at(report, 'toyquery/admin')
    expect(admin.stack.stack).toBe('node')
    expect(admin.stack.mixed).toBe(false)
    expect(admin.primary).toEqual(['spa-frontend'])
    expect(at(report, '').fileCount).toBe(5)
  })

  it('a folder that is not a Python package keeps its Python files', async () => {
    const report = await analyze(service(false))
    expect(at(report, 'toyquery/admin').fileCount).toBe(4)
    expect(at(report, '').fileCount).toBe(2)
  })
})

describe('Granian is a concurrent server for a Python API (getsentry/snuba)', () => {
  const api = (server: string) => ({
    'pyproject.toml': [
      '[project]',
      'name = "toyapi"',
      `dependencies = ["flask>=3", "redis", "${server}"]`,
      '',
    ].join('\n'),
    'toyapi/__init__.py': '',
    'toyapi/views.py': [
      'from flask import Flask, jsonify',
      'import redis',
      'app = Flask(__name__)',
      'cache = redis.Redis()',
      '',
      '@app.route("/items/<key>")',
      'def item(key):',
      '    return jsonify({"value": cache.get(key)})',
      '',
    ].join('\n'),
  })

  it('served by Granian, the API fits with no caveat', async () => {
    const c = at(await analyze(api('granian')), '')
    expect(c.primary).toEqual(['io-api'])
    expect(c.verdict.verdict).toBe('fits')
  })

  it('with no concurrent server named, the caveat stays', async () => {
    const c = at(await analyze(api('requests')), '')
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })
})

describe('a Homebridge plugin built on homebridge-lib is device work (ebaauw/homebridge-hue)', () => {
  it('reads as iot', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'homebridge-toylights',
          description: 'Homebridge plugin for toy smart lights',
          main: 'index.js',
          engines: { homebridge: '^1.8.0', node: '>=20' },
          dependencies: { 'homebridge-lib': '^7', 'fakegato-history': '~0.6' },
        }),
        'index.js':
          "const Platform = require('./lib/Platform')\nmodule.exports = (homebridge) => Platform.loadPlatform(homebridge)\n",
        'lib/Platform.js': [
          "const homebridgeLib = require('homebridge-lib')",
          'class Platform extends homebridgeLib.Platform {',
          '  async poll () { return this.client.get("/lights") }',
          '}',
          'module.exports = Platform',
          '',
        ].join('\n'),
      }),
      '',
    )
    expect(c.primary).toEqual(['iot'])
  })
})

describe('a package built by a static-site generator is that site (starship/starship docs/)', () => {
  const repo = (build: string) => ({
    'Cargo.toml': '[package]\nname = "toyprompt"\nversion = "1.0.0"\n',
    'src/main.rs': 'fn main() {}\n',
    'docs/package.json': pkg({
      private: true,
      scripts: { dev: 'vitepress dev', build, preview: 'vitepress preview' },
      devDependencies: { vitepress: '1.6.4' },
    }),
    'docs/.vitepress/config.mts':
      "import { defineConfig } from 'vitepress'\nexport default defineConfig({ title: 'Toy' })\n",
    'docs/index.md': '# Toy prompt\n',
  })

  it('reads as the pages a browser loads', async () => {
    const docs = at(await analyze(repo('vitepress build')), 'docs')
    expect(docs.primary).toEqual(['spa-frontend'])
  })

  it('a package that builds something else keeps no workload from VitePress alone', async () => {
    const docs = at(await analyze(repo('node scripts/render.js')), 'docs')
    expect(docs.primary).toEqual([])
  })
})

describe('a folder of tests run by a test runner is test automation (SigNoz/signoz tests/)', () => {
  const repo = (folder: string, runner: string) => ({
    'go.mod': 'module example.com/toy\n\ngo 1.22\n',
    'main.go': 'package main\n\nfunc main() {}\n',
    [`${folder}/pyproject.toml`]: [
      '[project]',
      'name = "toy-tests"',
      `dependencies = ["${runner}", "testcontainers[clickhouse]", "clickhouse-connect", "requests"]`,
      '',
    ].join('\n'),
    [`${folder}/conftest.py`]: [
      'import requests',
      'import clickhouse_connect',
      '',
      'def query(sql):',
      '    return clickhouse_connect.get_client().query(sql)',
      '',
      'def call(path):',
      '    return requests.get("http://localhost:8080" + path).json()',
      '',
    ].join('\n'),
  })

  it('reads as automation, not the API calls it makes to the system under test', async () => {
    const suite = at(await analyze(repo('tests', 'pytest')), 'tests')
    expect(suite.primary[0]).toBe('automation')
  })

  it('needs both a test folder and a test runner', async () => {
    expect(at(await analyze(repo('tests', 'click')), 'tests').primary).not.toContain('automation')
    expect(at(await analyze(repo('checks', 'pytest')), 'checks').primary).not.toContain(
      'automation',
    )
  })
})

describe('the one package of a named Python project is its code, whatever its name (nonebot/nonebot2)', () => {
  const repo = (name: string) => ({
    'pyproject.toml': [
      '[project]',
      `name = "${name}"`,
      'dependencies = ["anyio", "pydantic", "loguru"]',
      '[project.optional-dependencies]',
      'fastapi = ["fastapi", "uvicorn[standard]"]',
      '',
    ].join('\n'),
    'package.json': pkg({
      name: 'root',
      private: true,
      scripts: { build: 'pnpm --filter website build', lint: 'eslint .' },
      devDependencies: { eslint: '^9', typescript: '^5' },
    }),
    'eslint.rules.ts': 'export const rules = { semi: "off" }\n',
    'toybot/__init__.py': 'from .bot import Bot\n',
    'toybot/bot.py':
      'import anyio\n\nclass Bot:\n    async def run(self):\n        await anyio.sleep(1)\n',
    'toybot/drivers/__init__.py': '',
    'toybot/drivers/fastapi.py': [
      'from fastapi import FastAPI',
      'app = FastAPI()',
      '',
      '@app.post("/event")',
      'async def event(body: dict):',
      '    return {"ok": True}',
      '',
    ].join('\n'),
  })

  it('stays with the project at the root, which is Python', async () => {
    const report = await analyze(repo('toybot2'))
    expect(report.components.map((c) => c.path)).toEqual([''])
    expect(at(report, '').stack.stack).toBe('python')
  })
})

describe('a desktop app opened in Electron draws its windows as web pages (hovancik/stretchly)', () => {
  const app = (start: string) => ({
    'package.json': pkg({
      name: 'toy-breaks',
      main: 'app/main.js',
      scripts: { start, test: 'vitest run' },
      dependencies: { 'electron-store': '^8', luxon: '^3', i18next: '^23' },
      devDependencies: { electron: '^33', 'electron-builder': '^25', vitest: '^2' },
    }),
    'app/main.js': [
      "const { app, BrowserWindow } = require('electron')",
      "app.whenReady().then(() => new BrowserWindow().loadFile('break.html'))",
      '',
    ].join('\n'),
    'app/break.js': "window.onload = () => { document.title = 'Break' }\n",
    'app/break.html': '<html><script src="break.js"></script></html>\n',
  })

  it('reads as a browser front end', async () => {
    expect(at(await analyze(app('electron .')), '').primary).toEqual(['spa-frontend'])
  })

  it('not when the start script runs something else', async () => {
    expect(at(await analyze(app('node app/main.js')), '').primary).toEqual([])
  })
})

describe("another stack's tests and tools do not outvote a package's own code (golang/vscode-go extension/)", () => {
  const extension = (goDir: string) => {
    const tree: Record<string, string> = {
      'extension/go.mod': 'module example.com/toy-ext/tools\n\ngo 1.22\n',
      'extension/package.json': pkg({
        name: 'toy-go',
        main: './dist/extension.js',
        engines: { vscode: '^1.90.0' },
        dependencies: { 'vscode-languageclient': '^9', semver: '^7' },
        devDependencies: { typescript: '^5', esbuild: '^0.20' },
      }),
    }
    for (let i = 0; i < 8; i++)
      tree[`extension/src/feature${i}.ts`] =
        "import * as vscode from 'vscode'\nexport const run = () => vscode.window.showInformationMessage('hi')\n"
    for (let i = 0; i < 10; i++)
      tree[`extension/${goDir}/case${i}/main.go`] = 'package main\n\nfunc main() {}\n'
    return tree
  }

  it('Go test data under test/ leaves the extension a Node.js package', async () => {
    expect(at(await analyze(extension('test/testdata')), 'extension').stack.stack).toBe('node')
  })

  it('Go code of its own still makes it a Go component', async () => {
    expect(at(await analyze(extension('cmd')), 'extension').stack.stack).toBe('other')
  })
})

describe('release tooling and agent frameworks the catalogue knows (conventional-changelog, autogen)', () => {
  it('a package that is conventional-changelog is automation', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'conventional-changelog',
          type: 'module',
          exports: './dist/index.js',
          bin: { 'conventional-changelog': './dist/cli/index.js' },
          dependencies: {
            'conventional-changelog-writer': '^8',
            'conventional-commits-parser': '^6',
          },
        }),
        'src/index.ts':
          "import { writeChangelog } from 'conventional-changelog-writer'\nexport const generate = () => writeChangelog()\n",
      }),
      '',
    )
    expect(c.primary).toEqual(['automation'])
  })

  it('an AutoGen agent package calls hosted models', async () => {
    const c = at(
      await analyze({
        'pyproject.toml':
          '[project]\nname = "toy-agentchat"\ndependencies = ["autogen-core==0.7.5"]\n',
        'src/toy_agentchat/__init__.py': '',
        'src/toy_agentchat/agents.py':
          'from autogen_core import AgentId, RoutedAgent\n\nclass Assistant(RoutedAgent):\n    pass\n',
      }),
      '',
    )
    expect(c.primary).toEqual(['io-api'])
  })
})

describe('the project templates a scaffolding tool copies are not its code (cloudflare/workers-sdk create-cloudflare)', () => {
  it('reads as the command-line tool it is', async () => {
    const tree: Record<string, string> = {
      'package.json': pkg({
        name: 'create-toy',
        description: 'A CLI for creating new toy apps',
        bin: { 'create-toy': './bin/create.js' },
        devDependencies: { '@clack/prompts': '^0.7', degit: '^2', yargs: '^17', esbuild: '^0.20' },
      }),
      'bin/create.js': "#!/usr/bin/env node\nimport('../dist/cli.js')\n",
      'src/cli.ts':
        "import yargs from 'yargs'\nimport degit from 'degit'\nexport const main = () => degit(yargs(process.argv).argv.template)\n",
    }
    for (const fw of ['react', 'vue', 'svelte', 'preact']) {
      tree[`templates/${fw}/src/App.tsx`] =
        `import { createRoot } from 'react-dom/client'\nimport '${fw}'\ncreateRoot(document.body).render(null)\n`
      tree[`templates/${fw}/src/main.tsx`] =
        "import { useState } from 'react'\nexport const x = useState\n"
    }
    const c = at(await analyze(tree), '')
    expect(c.primary[0]).toBe('automation')
  })
})

describe('libraries the catalogue knows as what they are (indutny/elliptic, rzcoder/node-rsa, wagenaartje/neataptic)', () => {
  const library = (name: string, dependencies: Record<string, string>) => ({
    'package.json': pkg({ name, main: 'lib/index.js', dependencies }),
    'lib/index.js': 'module.exports = function curve (a, b) { return a * b }\n',
  })

  it('elliptic is cryptography computed in JavaScript', async () => {
    const c = at(await analyze(library('elliptic', { 'bn.js': '^4', 'hash.js': '^1' })), '')
    expect(c.primary).toEqual(['cpu-intensive'])
  })

  it('neataptic trains neural networks in the process', async () => {
    expect(at(await analyze(library('neataptic', {})), '').primary).toEqual(['data-ml'])
  })
})
