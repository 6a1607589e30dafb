// Rules the blind5 and blind6 sets of the real-world evaluation called for (issue 10), each on a
// small repository written for the test. Every test here fails without its rule.
import { describe, expect, it } from 'vitest'
import { classify } from '../../src/analysis/classify.js'
import {
  dependencySignals,
  ownPackageSignals,
  OWN_PACKAGE_TOP,
} from '../../src/analysis/signals.js'
import { loadKnowledge } from '../../src/knowledge/load.js'
import type { Manifest } from '../../src/model.js'
import {
  installedPackages,
  parseDockerfile,
  programOf,
} from '../../src/scan/manifests/dockerfile.js'
import { parseProcfile } from '../../src/scan/manifests/procfile.js'
import { pkg, analyze, at, score } from './real-world-fixture.js'

// A server and the UI it serves in one package.
const frontend = {
  react: '^18.3.0',
  'react-dom': '^18.3.0',
  'react-router-dom': '^6.26.0',
}
const ui = {
  'src/client/index.tsx': [
    "import { createRoot } from 'react-dom/client'",
    "import { BrowserRouter } from 'react-router-dom'",
    "import App from './App'",
    "createRoot(document.getElementById('root')).render(<BrowserRouter><App /></BrowserRouter>)",
  ].join('\n'),
  'src/client/App.tsx': "import React from 'react'\n",
}
const server = [
  "const express = require('express')",
  'const app = express()',
  "app.get('/api/dns', async (req, res) => res.json(await lookup(req.query.url)))",
  "app.get('/api/headers', async (req, res) => res.json(await headers(req.query.url)))",
  'app.listen(3000)',
].join('\n')

describe('a server comes before the UI it bundles (Lissy93/web-check, matrix-org/matrix-appservice-irc)', () => {
  const dependencies = {
    express: '^4.19.0',
    'express-rate-limit': '^7.4.0',
    cors: '^2.8.5',
    pg: '^8.12.0',
    ...frontend,
  }
  const serverFiles = {
    'server.js': server,
    'api/limit.js':
      "const rateLimit = require('express-rate-limit')\nmodule.exports = rateLimit()\n",
    'api/db.js': "const { Pool } = require('pg')\nmodule.exports = new Pool()\n",
    'api/cors.js': "const cors = require('cors')\nmodule.exports = cors()\n",
  }

  it('judges a package serving its own API as the server when the two weigh about the same', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'site-inspector',
          scripts: { start: 'node server.js' },
          dependencies,
        }),
        ...serverFiles,
        ...ui,
      }),
      '',
    )
    expect(c.workloads[0]!.workload).toBe('spa-frontend')
    expect(c.primary[0]).toBe('io-api')
  })

  it('keeps a desktop app built on Electron a frontend, whatever its main process serves', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'video-cutter',
          scripts: { start: 'electron .' },
          dependencies,
          devDependencies: { electron: '^31.0.0' },
        }),
        ...serverFiles,
        ...ui,
      }),
      '',
    )
    expect(c.primary[0]).toBe('spa-frontend')
  })

  it('leaves a frontend whose server is a small part of it a frontend', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'notes',
          scripts: { start: 'node server.js' },
          dependencies: { express: '^4.19.0', ...frontend },
        }),
        'server.js':
          "const express = require('express')\nexpress().use(express.static('dist')).listen(80)\n",
        ...ui,
      }),
      '',
    )
    expect(c.primary[0]).toBe('spa-frontend')
  })
})

describe('compiled code doing part of the CPU work is a caveat, not a mismatch (webrecorder/browsertrix-crawler)', () => {
  it('names what still computes in JavaScript beside sharp', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'crawler',
          main: 'dist/main.js',
          dependencies: {
            sharp: '^0.33.0',
            pixelmatch: '^5.3.0',
            pngjs: '^7.0.0',
            'puppeteer-core': '^23.0.0',
          },
        }),
        'src/screenshots.ts': [
          "import sharp from 'sharp'",
          'export const thumb = (b: Buffer) => sharp(b).resize(640).toBuffer()',
        ].join('\n'),
        'src/compare.ts': [
          "import { PNG } from 'pngjs'",
          "import pixelmatch from 'pixelmatch'",
          'export const diff = (a: Buffer, b: Buffer) => pixelmatch(PNG.sync.read(a).data, PNG.sync.read(b).data, null, 10, 10)',
        ].join('\n'),
        'src/crawl.ts':
          "import puppeteer from 'puppeteer-core'\nexport const open = () => puppeteer.launch()\n",
      }),
      '',
    )
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits-with-caveats')
    const text = c.verdict.reasons.map((r) => r.text).join('\n')
    expect(text).toMatch(
      /Covered in part by .*sharp.*pixelmatch, pngjs still compute in JavaScript/,
    )
  })

  it('still calls CPU work in JavaScript with no compiled code at all a mismatch', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'differ',
          main: 'index.js',
          dependencies: { pixelmatch: '^5.3.0', pngjs: '^7.0.0' },
        }),
        'index.js': [
          "const { PNG } = require('pngjs')",
          "const pixelmatch = require('pixelmatch')",
          'module.exports = (a, b) => pixelmatch(PNG.sync.read(a).data, PNG.sync.read(b).data, null, 10, 10)',
        ].join('\n'),
      }),
      '',
    )
    expect(c.verdict.verdict).toBe('mismatch')
  })
})

describe('a crate beside a package.json that names no package is a Rust project (rust-lang/mdBook)', () => {
  it('reads the workspace as Rust when its package.json only installs linters for front-end scripts', async () => {
    const rust = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`crates/book/src/m${i}.rs`, 'pub fn f() {}\n']),
    )
    const c = at(
      await analyze({
        'package.json': JSON.stringify({
          dependencies: { eslint: '^9.0.0', 'browser-ui-test': '0.21.0' },
          scripts: { lint: 'eslint crates/html/front-end' },
        }),
        'Cargo.toml': '[workspace]\nmembers = [".", "crates/*"]\n[package]\nname = "mdbook"\n',
        'src/main.rs': 'fn main() {}\n',
        'crates/html/front-end/book.js': 'document.querySelector("nav")\n',
        'crates/html/front-end/search.js': 'window.search = {}\n',
        ...rust,
      }),
      '',
    )
    expect(c.stack.stack).toBe('other')
  })
})

describe('a Python service the image serves with gunicorn is covered (spiral-project/ihatemoney)', () => {
  const app = {
    'pyproject.toml':
      '[project]\nname = "budget"\ndependencies = ["flask", "flask-sqlalchemy", "flask-wtf", "flask-cors"]\n',
    'budget/web.py': [
      'from flask import Flask, render_template, jsonify',
      'app = Flask(__name__)',
      '@app.route("/api/projects")',
      'def projects():',
      '    return jsonify([])',
      '@app.route("/")',
      'def home():',
      '    return render_template("home.html")',
    ].join('\n'),
    'budget/api/bills.py':
      'from flask import jsonify\n@app.route("/api/bills")\ndef bills():\n    return jsonify([])\n',
    'budget/api/members.py':
      'from flask import jsonify\n@app.route("/api/members")\ndef members():\n    return jsonify([])\n',
  }

  it('counts a `pip install gunicorn` in the Dockerfile as the concurrent server', async () => {
    const c = at(
      await analyze({
        ...app,
        Dockerfile: [
          'FROM python:3.12-alpine',
          'RUN apk add --no-cache --virtual=build-dependencies gcc musl-dev postgresql-dev libffi-dev && \\',
          '    echo "**** install pip packages ****" && \\',
          '    pip install --no-cache-dir gunicorn && \\',
          '    pip install --no-cache-dir -e /src[database]',
          'ENTRYPOINT ["/src/conf/entrypoint.sh"]',
        ].join('\n'),
      }),
      '',
    )
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.notes.map((n) => n.text).join('\n')).toMatch(/Dockerfile installs gunicorn/)
  })

  it('counts a Procfile starting gunicorn the same way', async () => {
    const c = at(await analyze({ ...app, Procfile: 'web: gunicorn budget.web:app -w 4\n' }), '')
    expect(c.verdict.verdict).toBe('fits')
  })

  it('keeps the caveat when nothing serves it concurrently', async () => {
    const c = at(
      await analyze({ ...app, Dockerfile: 'FROM python:3.12\nCMD ["flask", "run"]\n' }),
      '',
    )
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })
})

describe('what a Dockerfile installs and starts', () => {
  it('reads the packages of pip and global npm installs, past options, paths and versions', () => {
    expect(
      installedPackages(
        'apk add gcc && pip install --no-cache-dir -r requirements.txt gunicorn==22.0 "uvicorn[standard]" ./local -e /src',
      ),
    ).toEqual(['gunicorn', 'uvicorn'])
    expect(installedPackages('python -m pip install -U waitress; npm install -g pm2@5')).toEqual([
      'waitress',
      'pm2',
    ])
    expect(installedPackages('npm install express')).toEqual([])
  })

  it('finds the program a command starts', () => {
    expect(programOf(['gunicorn', '-w', '4', 'app:app'])).toBe('gunicorn')
    expect(programOf(['exec', 'PORT=80', '/usr/local/bin/uvicorn', 'main:app'])).toBe('uvicorn')
    expect(programOf(['python', '-m', 'gunicorn', 'app:app'])).toBe('gunicorn')
    expect(programOf(['sh', '-c', 'gunicorn app:app --bind 0.0.0.0:$PORT'])).toBe('gunicorn')
  })

  it('records them on the Dockerfile and the Procfile, with their lines', () => {
    const docker = parseDockerfile(
      'Dockerfile',
      'FROM python:3.12\nRUN pip install gunicorn\nCMD ["gunicorn", "app:app"]\n',
    ).manifest!
    expect(docker.launches).toEqual([
      { name: 'gunicorn', line: 2, how: 'installs' },
      { name: 'gunicorn', line: 3, how: 'runs' },
    ])
    const procfile = parseProcfile(
      'Procfile',
      'web: uvicorn main:app\nworker: celery -A tasks worker\n',
    )
    expect(procfile.manifest!.launches).toEqual([
      { name: 'uvicorn', line: 1, how: 'runs' },
      { name: 'celery', line: 2, how: 'runs' },
    ])
  })
})

describe('a catalogued package that is itself something else than what depending on it says (mher/flower)', () => {
  it('reads the Celery monitoring dashboard as the web API it is', async () => {
    const c = at(
      await analyze({
        'setup.py':
          'from setuptools import setup\nsetup(name="flower", install_requires=["celery", "tornado"])\n',
        'flower/__main__.py':
          'from flower.command import flower\nif __name__ == "__main__":\n    flower()\n',
        'flower/command.py': 'import click\n@click.command()\ndef flower():\n    pass\n',
        'flower/app.py': 'import tornado.web\nclass Flower(tornado.web.Application):\n    pass\n',
      }),
      '',
    )
    expect(['io-api', 'server-web']).toContain(c.primary[0])
  })
})

describe('a workload too weakly shown to judge is not named (axios/axios-docs, nodeca/js-yaml)', () => {
  it('names no primary workload below medium confidence', () => {
    const profile = classify([
      {
        workload: 'cpu-intensive',
        weight: 1.8,
        kind: 'dependency',
        evidence: { file: 'package.json', detail: 'npm dependency sharp (dev)' },
      },
    ])
    expect(profile.workloads[0]).toMatchObject({ workload: 'cpu-intensive', confidence: 'low' })
    expect(profile.primary).toEqual([])
  })
})

describe('a uWebSockets.js server is a WebSocket server (soketi/soketi)', () => {
  it('reads uWS.App() and a ws route as WebSocket server set-up, outweighing storage drivers', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'pusher-compatible',
          main: 'dist/index.js',
          dependencies: {
            'uWebSockets.js': 'github:uNetworking/uWebSockets.js#v20.44.0',
            knex: '^3.1.0',
            mysql2: '^3.11.0',
            pg: '^8.12.0',
            ioredis: '^5.4.0',
            nats: '^2.28.0',
          },
        }),
        'src/server.ts': [
          "import * as uWS from 'uWebSockets.js'",
          'export const server = uWS.App()',
          "server.ws('/app/:id', { open: (ws) => ws.subscribe('all') })",
        ].join('\n'),
        'src/adapters/redis.ts': "import Redis from 'ioredis'\nexport const redis = new Redis()\n",
        'src/adapters/nats.ts': "import { connect } from 'nats'\nexport const nc = connect()\n",
        'src/apps/sql.ts': "import knex from 'knex'\nexport const db = knex({ client: 'pg' })\n",
      }),
      '',
    )
    expect(c.primary[0]).toBe('realtime')
    const realtime = c.workloads.find((w) => w.workload === 'realtime')!
    expect(realtime.evidence.map((e) => e.detail)).toContain('WebSocket server set-up')
  })
})

describe('a database driver sped up in C is still a database driver (mongodb/mongo-python-driver)', () => {
  it('reads pymongo itself as I/O-bound, its C extensions notwithstanding', () => {
    const manifest: Manifest = {
      file: 'pyproject.toml',
      kind: 'pyproject.toml',
      name: 'pymongo',
      dependencies: [],
    }
    const signals = ownPackageSignals([manifest], loadKnowledge(), true)
    expect(signals).toHaveLength(1)
    expect(signals[0]).toMatchObject({ workload: 'io-api' })
    expect(signals[0]!.weight).toBeGreaterThanOrEqual(OWN_PACKAGE_TOP)
  })
})

describe('an offline translation model is model compute in the process (LibreTranslate/LibreTranslate)', () => {
  it('reads argos-translate as data science / ML work beside the Flask API that serves it', async () => {
    const c = at(
      await analyze({
        'pyproject.toml': [
          '[project]',
          'name = "translate-api"',
          'dependencies = ["argos-translate-lt==1.12.1", "Flask==2.2.5", "APScheduler==3.11.2", "waitress"]',
        ].join('\n'),
        'translate_api/app.py': [
          'from flask import Flask, jsonify, request',
          'from argostranslate import translate',
          'app = Flask(__name__)',
          '@app.route("/translate", methods=["POST"])',
          'def run():',
          '    return jsonify(translate.translate(request.json["q"], "en", "de"))',
        ].join('\n'),
        'translate_api/main.py':
          'import argparse\nif __name__ == "__main__":\n    argparse.ArgumentParser()\n',
      }),
      '',
    )
    expect(c.workloads.find((w) => w.workload === 'data-ml')?.evidence[0]?.detail).toMatch(
      /argos-translate-lt/,
    )
    expect(score(c, 'data-ml')).toBeGreaterThanOrEqual(3)
  })
})

describe('a package declared for running and for development counts as it runs (hypothesis/h)', () => {
  it('takes the runtime declaration whichever requirements file comes first', () => {
    const dep = (file: string, scope: 'runtime' | 'dev') => ({
      name: 'celery',
      ecosystem: 'pypi' as const,
      scope,
      file,
    })
    const manifests: Manifest[] = [
      {
        file: 'requirements/dev.txt',
        kind: 'requirements.txt',
        dependencies: [dep('requirements/dev.txt', 'dev')],
      },
      {
        file: 'requirements/prod.txt',
        kind: 'requirements.txt',
        dependencies: [dep('requirements/prod.txt', 'runtime')],
      },
    ]
    const { signals, used, devOnly } = dependencySignals(manifests, loadKnowledge())
    expect(used.map((d) => d.file)).toEqual(['requirements/prod.txt'])
    expect(signals.every((s) => s.evidence.detail === 'PyPI dependency celery')).toBe(true)
    expect(devOnly.has('celery')).toBe(false)
  })
})

describe('a smart-plug library is IoT work (python-kasa/python-kasa)', () => {
  it('reads python-kasa, imported as kasa, as IoT', async () => {
    const c = at(
      await analyze({
        'pyproject.toml': [
          '[project]',
          'name = "plug-control"',
          'dependencies = ["python-kasa>=0.7"]',
        ].join('\n'),
        'plug_control/__init__.py': 'from kasa import Discover\n',
      }),
      '',
    )
    expect(score(c, 'iot')).toBeGreaterThanOrEqual(3)
    expect(c.workloads[0]?.workload).toBe('iot')
  })
})
