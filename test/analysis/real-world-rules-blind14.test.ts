// Rules that blind14's misses called for (read once its first reading was taken; blind15 stays
// held out), each on a small fixture shaped like the repository that showed it (named in the
// describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { pkg, root, score } from './real-world-fixture.js'

describe('a Visual Studio Code extension is developer tooling (microsoft/vscode-python)', () => {
  const extension = (engines: Record<string, string>) => ({
    'package.json': pkg({
      name: 'python-helper',
      main: './out/extension.js',
      engines,
      dependencies: { 'vscode-languageclient': '9', 'fs-extra': '11' },
    }),
    'src/extension.ts': [
      "import * as vscode from 'vscode'",
      "import { LanguageClient } from 'vscode-languageclient/node'",
      '',
      'export function activate(context: vscode.ExtensionContext) {',
      "  context.subscriptions.push(vscode.commands.registerCommand('helper.run', () => undefined))",
      '}',
      '',
    ].join('\n'),
    'src/pipes.ts': [
      "import * as http from 'node:http'",
      'export const pipe = http.createServer((req, res) => res.end())',
      '',
    ].join('\n'),
  })

  it('weighs engines.vscode as automation, above the pipe its helpers talk over', async () => {
    const c = await root(extension({ vscode: '^1.95.0' }))
    expect(c.primary[0]).toBe('automation')
    expect(c.verdict.verdict).not.toBe('mismatch')
    const plain = await root(extension({ node: '>=20' }))
    expect(score(plain, 'automation')).toBeLessThan(score(c, 'automation'))
  })
})

describe('test folders named test_snippets/ or testMultiRootWkspc/ are tests (vscode-python, jupyterlab_code_formatter)', () => {
  const extension = (fixtures: string) => ({
    'package.json': pkg({
      name: 'formatter-ui',
      main: 'lib/index.js',
      dependencies: { '@jupyterlab/application': '4' },
    }),
    'src/index.ts':
      "import { JupyterFrontEnd } from '@jupyterlab/application'\nexport default {}\n",
    [`${fixtures}/django_app/views.py`]: [
      'from django.shortcuts import render',
      '',
      'def home(request):',
      '    return render(request, "home.html")',
      '',
    ].join('\n'),
    [`${fixtures}/flask_app/run.py`]: [
      'from flask import Flask, render_template',
      'app = Flask(__name__)',
      '',
      '@app.route("/")',
      'def index():',
      '    return render_template("index.html")',
      '',
    ].join('\n'),
    [`${fixtures}/analysis.py`]:
      'import pandas as pd\n\ndf = pd.DataFrame({"a": [1]})\ndf.groupby("a").sum()\n',
    // The extension's own script there keeps the folder's Python in the package: Python alone in a
    // folder of its own would be a component of its own (splitForeignCode).
    [`${fixtures}/open.ts`]: 'export const open = (path: string) => path\n',
  })

  it('weighs their code like tests, whichever way the folder is named', async () => {
    const plain = await root(extension('workspace'))
    for (const folder of ['test_snippets', 'testMultiRootWkspc', 'tests-data']) {
      const c = await root(extension(folder))
      expect(score(c, 'server-web'), folder).toBeLessThan(score(plain, 'server-web'))
      expect(score(c, 'data-ml'), folder).toBeLessThan(score(plain, 'data-ml'))
    }
  })

  it('does not take a folder whose name only begins with "test" for tests', async () => {
    const plain = await root(extension('workspace'))
    const c = await root(extension('testament'))
    expect(score(c, 'server-web')).toBe(score(plain, 'server-web'))
  })
})

describe('a product whose src/ holds half its code beside a viewer folder is no collection (mozilla/pdf.js)', () => {
  it('judges the root as the product, not as a collection of samples', async () => {
    const tree: Record<string, string> = {
      'package.json': pkg({
        name: 'pdf-reader',
        private: true,
        devDependencies: { gulp: '5', webpack: '5', eslint: '9' },
      }),
      'examples/viewer/package.json': pkg({
        name: 'viewer-example',
        dependencies: { 'pdf-reader-dist': '4' },
      }),
      'examples/node/package.json': pkg({
        name: 'node-example',
        dependencies: { 'pdf-reader-dist': '4' },
      }),
      'src/decoders/jbig2.js': [
        'export async function decode(bytes) {',
        "  const { instance } = await WebAssembly.instantiate(await fetch('jbig2.wasm'))",
        '  return instance.exports.decode(bytes)',
        '}',
        '',
      ].join('\n'),
      'src/worker.js':
        "const worker = new Worker(new URL('./core.js', import.meta.url))\nexport default worker\n",
    }
    for (let i = 0; i < 40; i++)
      tree[`src/core/part${i}.js`] = `export const part${i} = (data) => data.length * ${i}\n`
    for (let i = 0; i < 30; i++)
      tree[`web/ui${i}.js`] = `export const ui${i} = () => document.body\n`
    const c = await root(tree)
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe('React Router framework mode and Remix 3 are full-stack frameworks (remix-run/remix-website)', () => {
  const app = (server: Record<string, string>) => ({
    'package.json': pkg({
      name: 'site',
      private: true,
      dependencies: { react: '19', 'react-dom': '19', 'react-router': '7', ...server },
    }),
    'app/root.tsx':
      "import { Outlet } from 'react-router'\nexport default function App() {\n  return <Outlet />\n}\n",
    // Its own server serves the built pages.
    'server.ts': [
      "import http from 'node:http'",
      "import { handler } from './build/server/index.js'",
      'http.createServer(handler).listen(3000)',
      '',
    ].join('\n'),
  })

  it('weighs @react-router/* and remix as server-rendered web frameworks', async () => {
    const spa = await root(app({}))
    const servers: Record<string, string>[] = [
      { '@react-router/node': '7', '@react-router/serve': '7' },
      { remix: '3' },
    ]
    for (const server of servers) {
      const c = await root(app(server))
      expect(score(c, 'server-web')).toBeGreaterThan(score(spa, 'server-web') + 2)
    }
  })
})

describe('messages broadcast to connected clients are real-time work (hack-chat/main)', () => {
  it('reads a chat server whose commands broadcast through its framework as real-time', async () => {
    const tree: Record<string, string> = {
      'package.json': pkg({
        name: 'tiny-chat',
        description: 'a minimal, distraction-free chat application',
        main: 'main.mjs',
        dependencies: { 'chat-core-server': '2', jsonwebtoken: '9', lowdb: '3' },
      }),
      'main.mjs': [
        "import { Low, JSONFile } from 'lowdb'",
        "import { CoreApp } from 'chat-core-server'",
        'const db = new Low(new JSONFile("db.json"))',
        'new CoreApp({ db }).init()',
        '',
      ].join('\n'),
    }
    for (const name of ['shout', 'join', 'invite'])
      tree[`commands/${name}.js`] = [
        "import jwt from 'jsonwebtoken'",
        'export async function run({ server, socket, payload }) {',
        '  jwt.verify(payload.token, server.key)',
        `  server.broadcast({ cmd: '${name}', text: payload.text }, { channel: socket.channel })`,
        '}',
        '',
      ].join('\n')
    const c = await root(tree)
    expect(c.primary[0]).toBe('realtime')
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe('a parsing library is no automation of its own (nodemailer/mailparser)', () => {
  it('reads the package mailparser itself as a library with nothing to judge', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'mailparser',
        description: 'Parse e-mails',
        main: './index.js',
        dependencies: { 'html-to-text': '9', iconv: '3', libmime: '5' },
      }),
      'index.js': "module.exports = { simpleParser: require('./lib/simple-parser') }\n",
      'lib/simple-parser.js': 'module.exports = async (input) => ({ text: String(input) })\n',
    })
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })
})

describe('an app that bundles what it runs declares it all for development (jesec/flood)', () => {
  const app = (scripts: Record<string, string>) => ({
    'package.json': pkg({
      name: 'torrent-ui',
      description: 'Controls torrent clients over their APIs',
      scripts,
      devDependencies: {
        fastify: '4',
        '@fastify/static': '7',
        'passport-jwt': '4',
        react: '18',
        'react-dom': '18',
        'react-router': '6',
        mobx: '6',
        esbuild: '0.20',
      },
    }),
    'server/web-server.ts': [
      "import fastify from 'fastify'",
      'const app = fastify()',
      "app.get('/api/torrents', async () => [])",
      "app.post('/api/torrents/start', async () => ({ ok: true }))",
      'app.listen({ port: 3000 })',
      '',
    ].join('\n'),
    'server/routes/auth.ts': [
      "import { Strategy } from 'passport-jwt'",
      "import fastify from 'fastify'",
      'export const strategy = new Strategy({ secretOrKey: "k" }, () => undefined)',
      'export const routes = (app: ReturnType<typeof fastify>) => app.get("/api/auth", async () => ({}))',
      '',
    ].join('\n'),
    'server/routes/feeds.ts': [
      "import fastify from 'fastify'",
      'export const feeds = (app: ReturnType<typeof fastify>) => app.get("/api/feeds", async () => [])',
      '',
    ].join('\n'),
    'client/src/app.tsx': [
      "import { createRoot } from 'react-dom/client'",
      "import { BrowserRouter } from 'react-router'",
      "createRoot(document.getElementById('app')!).render(<BrowserRouter />)",
      '',
    ].join('\n'),
  })

  it('judges it as the server it runs, its devDependencies counted as bundled runtime', async () => {
    const c = await root(
      app({ build: 'esbuild server/web-server.ts', start: 'node dist/index.js' }),
    )
    expect(c.primary[0]).toBe('io-api')
    const details = c.workloads.flatMap((w) => w.evidence.map((e) => e.detail))
    expect(details).toContain('npm dependency fastify (dev, bundled)')
  })

  it('keeps a package with no start script or command to its development scope', async () => {
    const c = await root(app({ build: 'esbuild server/web-server.ts' }))
    const details = c.workloads.flatMap((w) => w.evidence.map((e) => e.detail))
    expect(details).toContain('npm dependency fastify (dev)')
  })
})
