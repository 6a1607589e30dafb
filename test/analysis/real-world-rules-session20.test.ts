// Rules the real-world sets called for in the twentieth session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root, score } from './real-world-fixture.js'

/** `count` files of C++ under `dir`, each a small function. */
const cppFiles = (dir: string, count: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `${dir}/part${i}.cc`,
      `int part${i}(int x) { return x * ${i}; }\n`,
    ]),
  )

describe('a Python package built by a backend of its own (h2oai/datatable)', () => {
  const tree = (build: string) => ({
    'pyproject.toml': build,
    'requirements_extra.txt': 'numpy\npandas\n',
    'src/datatable/__init__.py': 'from .frame import Frame\n',
    'src/datatable/frame.py': 'import numpy as np\n\nclass Frame:\n    pass\n',
    ...cppFiles('src/core', 24),
  })

  it('stays a Python project when its backend-path backend compiles the C++ core', async () => {
    const c = await root(
      tree('[build-system]\nrequires = []\nbuild-backend = "ext"\nbackend-path = ["ci"]\n'),
    )
    expect(c.stack.stack).toBe('python')
  })

  it('is still a C++ program when nothing builds that code into the package', async () => {
    const c = await root(tree('[tool.ruff]\nline-length = 100\n'))
    expect(c.stack.stack).toBe('other')
  })
})

describe('a file type marked vendored keeps a language off the bar (lencx/ChatGPT)', () => {
  const tree = (attributes: string) => ({
    '.gitattributes': attributes,
    'package.json': pkg({
      name: 'desktop-chat',
      private: true,
      dependencies: { react: '^18.0.0', 'react-dom': '^18.0.0', antd: '^5.0.0' },
      devDependencies: { vite: '^4.0.0', '@tauri-apps/cli': '^1.0.0' },
    }),
    'index.html': '<div id="root"></div><script type="module" src="/src/main.tsx"></script>\n',
    'src/main.tsx':
      "import React from 'react'\nimport { createRoot } from 'react-dom/client'\nimport App from './App'\ncreateRoot(document.getElementById('root')!).render(<App />)\n",
    'src/App.tsx': "import { Button } from 'antd'\nexport default () => <Button>Ask</Button>\n",
    'Cargo.toml': '[workspace]\nmembers = ["src-tauri"]\n',
    'src-tauri/Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n',
    'src-tauri/src/main.rs': 'fn main() {}\n',
  })

  it('reads the front end whose *.tsx the root .gitattributes marks vendored', async () => {
    const report = await analyze(tree('*.tsx linguist-vendored\n*.scss linguist-vendored\n'))
    const c = at(report, '')
    expect(c.stack.stack).toBe('node')
    expect(c.primary[0]).toBe('spa-frontend')
    expect(report.stats.skipped.some((s) => s.path.endsWith('.tsx'))).toBe(false)
  })

  it('still leaves out a folder marked vendored', async () => {
    const report = await analyze({
      ...tree('src/** linguist-vendored\n'),
    })
    expect(report.stats.skipped.some((s) => s.path.startsWith('src'))).toBe(true)
  })
})

describe('web pages beside a package.json of build tools alone (ellisonleao/clumsy-bird)', () => {
  const tree = (dependencies: Record<string, string>) => ({
    'package.json': pkg({
      name: 'flappy',
      dependencies,
      devDependencies: { grunt: '^1.0.0', 'grunt-contrib-uglify': '^5.0.0' },
    }),
    'Gruntfile.js': 'module.exports = (grunt) => grunt.initConfig({ uglify: {} })\n',
    'index.html': '<canvas id="screen"></canvas><script src="js/game.js"></script>\n',
    'js/game.js':
      "const canvas = document.getElementById('screen')\nwindow.addEventListener('load', () => canvas.getContext('2d'))\n",
  })

  it('weighs the page its scripts work as a front end', async () => {
    const c = await root(tree({}))
    const spa = c.workloads.find((w) => w.workload === 'spa-frontend')
    expect(spa?.evidence.map((e) => e.detail)).toContain('a web page with its own script')
  })

  it('leaves a package with dependencies of its own to its bundler', async () => {
    const c = await root(tree({ 'left-pad': '^1.0.0' }))
    const spa = c.workloads.find((w) => w.workload === 'spa-frontend')
    expect(spa?.evidence.map((e) => e.detail) ?? []).not.toContain('a web page with its own script')
  })
})

describe("a Hugo site's content/ holds its pages (scipy/scipy.org)", () => {
  const tree = (contentDir: string) => ({
    'config.yaml': 'baseURL: https://example.org/\ntheme: science-theme\n',
    'layouts/shortcodes/button.html': '<a href="{{ .Get 0 }}">{{ .Inner }}</a>\n',
    'content/en/_index.md': '# A scientific library\n',
    [`${contentDir}/getting-started.py`]:
      'import numpy as np\nimport matplotlib.pyplot as plt\nfrom scipy import stats\n\nx = np.linspace(0, 1)\nplt.plot(x, stats.norm.pdf(x))\n',
    'requirements.txt': 'pyyaml\n',
    'gen_config.py': 'import yaml\n\nprint(yaml.safe_load(open("config.yaml")))\n',
  })

  it('takes code shown on the pages as documentation, not as data science', async () => {
    const c = await root(tree('content'))
    expect(c.primary).not.toContain('data-ml')
    expect(score(c, 'data-ml')).toBeLessThan(2)
  })

  it('reads the same code as data science outside content/', async () => {
    const c = await root(tree('analysis'))
    expect(c.primary).toContain('data-ml')
  })
})

/** A JavaScript hash's round function: `shifts` lines of unsigned shifts. */
const hashRounds = (shifts: number) =>
  [
    'function round(state, block) {',
    ...Array.from(
      { length: shifts },
      (_, i) =>
        `  state[${i % 16}] = (state[${i % 16}] ^ (block[${i % 8}] >>> ${(i % 31) + 1})) | 0`,
    ),
    '}',
    'module.exports = { round }',
    '',
  ].join('\n')

describe('a bit-level kernel in plain JavaScript (emn178/js-sha3, ricmoo/scrypt-js)', () => {
  const tree = (source: string, extra: Record<string, unknown> = {}) => ({
    'package.json': pkg({
      name: 'tiny-keccak',
      main: 'src/sha3.js',
      devDependencies: { mocha: '^10.0.0' },
      ...extra,
    }),
    'src/sha3.js': source,
  })

  it('is CPU work, with a caveat rather than a mismatch: the shape of code is no measure of load', async () => {
    const c = await root(tree(hashRounds(40)))
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })

  it('needs the shifts of a kernel, not a few index computations', async () => {
    const c = await root(tree(hashRounds(8)))
    expect(score(c, 'cpu-intensive')).toBe(0)
  })

  it('never reads nested TypeScript generics as shifts', async () => {
    const generics = Array.from(
      { length: 30 },
      (_, i) => `export type T${i} = Promise<Array<Map<string, number>>> | null`,
    ).join('\n')
    const c = await root(tree(`${generics}\n`))
    expect(score(c, 'cpu-intensive')).toBe(0)
  })

  it('is not mitigated by a native package it only benchmarks against (dcodeIO/bcrypt.js)', async () => {
    const c = await root({
      ...tree(hashRounds(40), {
        dependencies: { jimp: '^0.22.0' },
        devDependencies: { mocha: '^10.0.0', bcrypt: '^5.0.0' },
      }),
      'src/thumb.js':
        "const Jimp = require('jimp')\nmodule.exports = async (f) => (await Jimp.read(f)).resize(64, 64)\n",
    })
    expect(c.primary[0]).toBe('cpu-intensive')
    // Neither covering nor partly covering the image work it does in JavaScript.
    expect(c.verdict.verdict).toBe('mismatch')
    expect(JSON.stringify(c.verdict)).not.toContain('bcrypt')
  })

  it('is mitigated by the build tool of its own native addon, a development dependency', async () => {
    const c = await root({
      ...tree(hashRounds(40), {
        devDependencies: { mocha: '^10.0.0', 'node-gyp': '^10.0.0' },
      }),
      'binding.gyp': "{ 'targets': [{ 'target_name': 'keccak', 'sources': ['src/keccak.cc'] }] }\n",
      'src/keccak.cc': 'int keccak(int x) { return x; }\n',
    })
    expect(c.verdict.mitigations.map((m) => m.id)).toContain('node-compiled-code')
  })
})

describe('what only the tests install mitigates nothing (websocket-client/websocket-client)', () => {
  it("does not take a test-only asyncio server for the component's own concurrency", async () => {
    const c = await root({
      'setup.cfg':
        '[metadata]\nname = chat-relay\n\n[options]\ninstall_requires =\n    flask\n\n[options.extras_require]\ntest =\n    websockets\n',
      'relay/__init__.py': '',
      'relay/server.py': [
        'import socket',
        '',
        'def serve(port):',
        '    s = socket.socket()',
        "    s.bind(('', port))",
        '    s.listen()',
        '    while True:',
        '        conn, addr = s.accept()',
        '        conn.sendall(conn.recv(1024))',
        '',
      ].join('\n'),
    })
    expect(c.verdict.mitigations.map((m) => m.id)).not.toContain('python-async-io')
  })
})

describe('scripts beside the package a project is named after (dateutil/dateutil)', () => {
  const tree = (name: string) => ({
    'setup.cfg': `[metadata]\nname = ${name}\n\n[options]\ninstall_requires =\n    six\n`,
    'src/dateutil/__init__.py': 'from .parser import parse\n',
    'src/dateutil/parser.py': 'def parse(text):\n    return text.split("-")\n',
    'src/dateutil/rrule.py': 'def rrule(freq):\n    return [freq]\n',
    'updatezinfo.py': [
      'import argparse',
      '',
      'def main():',
      '    parser = argparse.ArgumentParser(description="Rebuilds the bundled zone data")',
      '    parser.parse_args()',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n'),
  })

  it("are its maintainers' tools, found under the distribution's usual python- prefix", async () => {
    const c = await root(tree('python-dateutil'))
    expect(c.primary).toEqual([])
  })

  it('stay its own code when no package carries the project name', async () => {
    const c = await root(tree('zone-tools'))
    expect(c.primary).toEqual(['automation'])
  })
})

describe("a Jekyll site's scripts are its pages' assets (github/opensource.guide)", () => {
  const tree = (scripts: string) => ({
    Gemfile: "source 'https://rubygems.org'\ngem 'github-pages', group: :jekyll_plugins\n",
    '_config.yml': 'title: Guides\ncollections:\n  articles:\n    output: true\n',
    '_layouts/default.html': '<html><body>{{ content }}</body></html>\n',
    'package.json': pkg({
      name: 'guides',
      private: true,
      dependencies: { 'primer-core': '^6.0.0', 'primer-marketing': '^6.0.0' },
    }),
    [`${scripts}/search.js`]:
      "document.querySelector('#search').addEventListener('input', (e) => find(e.target.value))\n",
    [`${scripts}/toc.js`]:
      "document.querySelectorAll('h2').forEach((h) => h.classList.add('toc'))\n",
    [`${scripts}/locale.js`]: 'document.documentElement.lang = navigator.language\n',
    [`${scripts}/button.js`]: "document.querySelector('.btn').addEventListener('click', open)\n",
    'test/lint_test.rb': "require 'minitest/autorun'\n",
  })

  it('reads the site as Ruby when its scripts sit in assets/', async () => {
    const c = await root(tree('assets/js'))
    expect(c.stack.stack).toBe('other')
  })

  it('reads scripts of its own folder as a Node.js front end', async () => {
    const c = await root(tree('client'))
    expect(c.stack.stack).toBe('node')
  })
})

describe('a compiled dependency covers its own work, not the package itself (nicolaspanel/numjs)', () => {
  const tree = (name: string) => ({
    'package.json': pkg({
      name,
      main: 'src/index.js',
      dependencies: { sharp: '^0.33.0', ndarray: '^1.0.19' },
    }),
    'src/index.js':
      "const ndarray = require('ndarray')\nmodule.exports = { zeros: (n) => ndarray(new Float64Array(n)) }\n",
    'src/images/read.js':
      "const sharp = require('sharp')\nmodule.exports = (file) => sharp(file).raw().toBuffer()\n",
  })

  it('leaves the array maths of a package known for CPU work computing in JavaScript', async () => {
    const c = await root(tree('numjs'))
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits-with-caveats')
    expect(c.verdict.reasons.map((r) => r.text).join(' ')).toContain('numjs still computes')
  })

  it('takes sharp as covering a package the catalogue does not know', async () => {
    const c = await root(tree('thumbnailer'))
    expect(c.verdict.verdict).toBe('fits')
  })
})

describe('a command that starts the server is no command-line tool (spesmilo/electrumx)', () => {
  const tree = (command: string) => ({
    'pyproject.toml': [
      '[project]',
      'name = "ledger-index"',
      'dependencies = ["aiohttp"]',
      '',
      '[project.scripts]',
      `${command} = "ledger_index.cli:main"`,
      '',
    ].join('\n'),
    'src/ledger_index/__init__.py': '',
    'src/ledger_index/daemon.py': [
      'import aiohttp',
      '',
      'async def fetch(session, url):',
      '    async with session.get(url) as r:',
      '        return await r.json()',
      '',
    ].join('\n'),
    'src/ledger_index/cli.py': [
      'import argparse',
      '',
      'def main():',
      '    parser = argparse.ArgumentParser(description="Runs the index")',
      '    parser.parse_args()',
      '',
    ].join('\n'),
  })

  it('weighs no command-line program for a launcher named as a server', async () => {
    const c = await root(tree('ledger_index_server'))
    const automation = c.workloads.find((w) => w.workload === 'automation')
    expect(automation?.evidence.map((e) => e.detail) ?? []).not.toContain(
      'declares a command-line program (console scripts)',
    )
  })

  it('weighs one for any other command', async () => {
    const c = await root(tree('ledger-index'))
    const automation = c.workloads.find((w) => w.workload === 'automation')
    expect(automation?.evidence.map((e) => e.detail)).toContain(
      'declares a command-line program (console scripts)',
    )
  })
})

describe('a front end in a folder of its own inside a server (lemmy-federate, RTL, dozzle)', () => {
  /** `count` Vue single-file components under `dir`. */
  const views = (dir: string, count: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `${dir}/View${i}.vue`,
        `<template><div>{{ n }}</div></template>\n<script setup lang="ts">\nconst n = ${i}\n</script>\n`,
      ]),
    )
  /** `count` TypeScript modules under `dir`. */
  const modules = (dir: string, count: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `${dir}/part${i}.ts`,
        `export const part${i} = (x: number) => x + ${i}\n`,
      ]),
    )
  const serverPackage = (dependencies: Record<string, string>) =>
    pkg({ name: 'federate', private: true, type: 'module', dependencies })
  const paths = (report: Awaited<ReturnType<typeof analyze>>) =>
    report.components.map((c) => c.path).sort()

  it("splits a Vue folder and its page off a Hono server's package", async () => {
    const report = await analyze({
      'package.json': serverPackage({ hono: '^4.0.0', vue: '^3.4.0', 'vue-router': '^4.0.0' }),
      'src/index.ts':
        "import { Hono } from 'hono'\nconst app = new Hono()\napp.get('/api/health', (c) => c.json({ ok: true }))\nexport default app\n",
      ...modules('src/lib', 4),
      'frontend/index.html':
        '<div id="app"></div><script type="module" src="/src/main.ts"></script>\n',
      'frontend/src/main.ts':
        "import { createApp } from 'vue'\nimport App from './View0.vue'\ncreateApp(App).mount('#app')\n",
      ...views('frontend/src', 6),
      ...modules('frontend/src/stores', 4),
    })
    expect(paths(report)).toEqual(['', 'frontend'])
    expect(at(report, 'frontend').stack.stack).toBe('node')
    expect(at(report, 'frontend').primary).toEqual(['spa-frontend'])
    // Its package.json still declares the front end's packages, a second workload at most.
    expect(at(report, '').primary[0]).toBe('io-api')
  })

  it("splits the folder of an index.html with its app's code off an Express server", async () => {
    const report = await analyze({
      'package.json': serverPackage({ express: '^5.0.0', '@angular/core': '^19.0.0' }),
      'rtl.js':
        "import express from 'express'\nconst app = express()\napp.get('/api/info', (req, res) => res.json({}))\napp.listen(3000)\n",
      'src/index.html': '<app-root></app-root>\n',
      'src/main.ts':
        "import { bootstrapApplication } from '@angular/platform-browser'\nimport { AppComponent } from './app/part0'\nbootstrapApplication(AppComponent)\n",
      ...modules('src/app', 12),
    })
    expect(paths(report)).toEqual(['', 'src'])
  })

  it("splits a Vue assets/ folder off a Go program's root", async () => {
    const report = await analyze({
      'go.mod': 'module example.com/logs\n\ngo 1.22\n',
      'main.go': 'package main\n\nfunc main() {}\n',
      'package.json': pkg({ name: 'logs', private: true, dependencies: { vue: '^3.4.0' } }),
      ...views('assets/components', 5),
      ...views('assets/pages', 4),
      ...modules('assets/stores', 4),
    })
    expect(paths(report)).toEqual(['', 'assets'])
    expect(at(report, '').stack.stack).toBe('other')
    expect(at(report, 'assets').stack.stack).toBe('node')
  })

  it('leaves a full-stack app whose views spread over its own folders whole', async () => {
    const report = await analyze({
      'package.json': serverPackage({ express: '^5.0.0', vue: '^3.4.0' }),
      'server/index.js': "const express = require('express')\nexpress().listen(3000)\n",
      ...views('components', 5),
      ...views('pages', 5),
      ...modules('stores', 4),
    })
    expect(paths(report)).toEqual([''])
  })

  it("leaves a front end's own package whole", async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'ui', private: true, dependencies: { vue: '^3.4.0' } }),
      'index.html': '<div id="app"></div>\n',
      ...views('src/views', 8),
      ...modules('src/stores', 4),
      'server/mock.ts': 'export const mock = {}\n',
    })
    expect(paths(report)).toEqual([''])
  })
})

describe('a Next.js app that queries a database runs on its server (spliit, pages-cms, djyde/cusdis)', () => {
  const tree = (dependencies: Record<string, string>) => ({
    'package.json': pkg({
      name: 'split-bills',
      private: true,
      scripts: { build: 'next build', start: 'next start' },
      dependencies: {
        next: '^15.0.0',
        react: '^19.0.0',
        'react-dom': '^19.0.0',
        '@tanstack/react-query': '^5.0.0',
        'lucide-react': '^0.400.0',
        ...dependencies,
      },
    }),
    'src/app/groups/[id]/page.tsx': [
      "import { db } from '@/lib/db'",
      'export default async function GroupPage({ params }: { params: { id: string } }) {',
      '  const group = await db.group.findUnique({ where: { id: params.id } })',
      '  return <h1>{group?.name}</h1>',
      '}',
      '',
    ].join('\n'),
    'src/components/Button.tsx': "'use client'\nexport const Button = () => <button>Add</button>\n",
    'src/components/List.tsx': "'use client'\nexport const List = () => <ul />\n",
    'src/lib/db.ts': 'export const db: any = {}\n',
  })

  it('puts its server work before the browser packages when it declares Prisma', async () => {
    const c = await root(tree({ '@prisma/client': '^6.0.0' }))
    expect(['server-web', 'io-api']).toContain(c.primary[0])
  })

  it('leaves a Next.js app with no database a front end', async () => {
    const c = await root(tree({}))
    expect(c.primary[0]).toBe('spa-frontend')
  })
})

describe('a notebook no project claims makes a root beside a project (vwrs/nmf-clustering)', () => {
  const notebook = JSON.stringify({
    cells: [
      {
        cell_type: 'code',
        source: [
          'import numpy as np\n',
          'from sklearn.decomposition import NMF\n',
          'NMF(3).fit(np.ones((4, 4)))\n',
        ],
      },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 2,
  })
  const docs = {
    'docs/package.json': pkg({ name: 'nmf-plot', private: true, dependencies: { d3: '^5.0.0' } }),
    'docs/src/index.js': "import * as d3 from 'd3'\nd3.select('body').append('svg')\n",
  }

  it('reads the notebook at the root as the analysis it is', async () => {
    const report = await analyze({ 'nmf-demo.ipynb': notebook, ...docs })
    const c = at(report, '')
    expect(c.stack.stack).toBe('python')
    expect(c.primary).toEqual(['data-ml'])
  })

  it('leaves a lone script at the root to the project beside it', async () => {
    const report = await analyze({
      'fetch_data.py': 'import json\nprint(json.dumps({}))\n',
      ...docs,
    })
    expect(report.components.map((c) => c.path)).toEqual(['docs'])
  })
})

describe('a package that builds its docs from a folder of its own is no docs site (amir20/dozzle)', () => {
  const tree = (docsBuild: string) => ({
    'package.json': pkg({
      name: 'log-viewer',
      private: true,
      scripts: { 'docs:build': docsBuild },
      dependencies: { vue: '^3.4.0', vitepress: '^1.6.0', '@vueuse/core': '^12.0.0' },
    }),
    'index.html': '<div id="app"></div>\n',
    'src/main.ts': "import { createApp } from 'vue'\ncreateApp({}).mount('#app')\n",
    'docs/index.md': '# Log viewer\n',
  })

  it('judges the app whose scripts build docs/ with VitePress', async () => {
    const report = await analyze(tree('vitepress build docs'))
    expect(at(report, '').supporting).toBe(false)
  })

  it('still takes a package that is the VitePress site as the docs', async () => {
    const report = await analyze(tree('vitepress build'))
    expect(at(report, '').supporting).toBe(true)
  })
})

describe("mljs' algorithm packages are model work in the process (PAIR-code/umap-js)", () => {
  it('reads a dimension reduction built on ml-levenberg-marquardt as data science', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'embedding-projector',
        main: 'dist/index.js',
        dependencies: { 'ml-levenberg-marquardt': '^2.0.0' },
      }),
      'src/index.ts':
        "import LM from 'ml-levenberg-marquardt'\nexport const fit = (data: { x: number[]; y: number[] }) => LM(data, ([a, b]) => (x) => a * x + b, { initialValues: [1, 1] })\n",
    })
    expect(c.primary[0]).toBe('data-ml')
  })
})
