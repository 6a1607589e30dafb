// Rules the real-world sets called for in the nineteenth session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { isAuxiliaryPath, isDeviceDriverName } from '../../src/analysis/signals.js'
import { analyze, at, pkg, pythonCli, root } from './real-world-fixture.js'

describe("a library's CI helpers are not what it does (dateutil/dateutil's ci_tools/)", () => {
  it('takes ci_tools/ and ci-scripts/ as CI folders', () => {
    expect(isAuxiliaryPath('ci_tools/make_zonefile_metadata.py')).toBe(true)
    expect(isAuxiliaryPath('ci-scripts/release.py')).toBe(true)
    expect(isAuxiliaryPath('src/dateutil/circuit/tools.py')).toBe(false)
  })

  it('leaves a pure library with no workload of its own instead of a command-line tool', async () => {
    const c = await root({
      'setup.cfg': '[metadata]\nname = python-dates\n\n[options]\ninstall_requires =\n    six\n',
      'src/dates/__init__.py': 'from .parser import parse\n',
      'src/dates/parser.py': 'def parse(text):\n    return text.split("-")\n',
      'src/dates/rrule.py': 'def rrule(freq):\n    return [freq]\n',
      'ci_tools/make_metadata.py': pythonCli('Writes the zone metadata'),
      'ci_tools/run_tz_tests.py': pythonCli('Runs the zone tests'),
    })
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })
})

describe('SvelteKit server load functions are server-rendered pages (amrshoeir/infoboard)', () => {
  const tree = (load: string) => ({
    'package.json': pkg({
      name: 'signage',
      private: true,
      type: 'module',
      dependencies: { mysql2: '^3.0.0', bcrypt: '^5.0.0', jsonwebtoken: '^9.0.0' },
      devDependencies: {
        '@sveltejs/kit': '^1.0.0',
        '@sveltejs/adapter-node': '^1.0.0',
        svelte: '^3.0.0',
        vite: '^4.0.0',
      },
    }),
    'svelte.config.js':
      "import adapter from '@sveltejs/adapter-node'\nexport default { kit: { adapter: adapter() } }\n",
    ...Object.fromEntries(
      ['', 'manage/', 'manage/user/', 'manage/content/'].map((dir) => [
        `src/routes/${dir}+page.server.ts`,
        load,
      ]),
    ),
    ...Object.fromEntries(
      ['', 'manage/', 'manage/user/', 'manage/content/'].map((dir) => [
        `src/routes/${dir}+page.svelte`,
        '<script>\n  export let data\n</script>\n<h1>{data.title}</h1>\n',
      ]),
    ),
    'src/lib/Slide.svelte':
      '<script>\n  export let slide\n</script>\n<img src={slide.url} alt="" />\n',
    'src/database/db.ts':
      "import mysql from 'mysql2/promise'\nexport default mysql.createPool({})\n",
  })

  it('reads the routes that load data on the server as a server-rendered app', async () => {
    const c = await root(
      tree(
        [
          "import type { PageServerLoad } from './$types'",
          "import db from '../database/db'",
          '',
          'export const load = (async () => {',
          "  const [rows] = await db.query('select * from content')",
          '  return { rows }',
          '}) satisfies PageServerLoad',
          '',
        ].join('\n'),
      ),
    )
    expect(c.primary[0]).toBe('server-web')
  })

  it('leaves an app whose pages load nothing on the server a front end', async () => {
    const c = await root(tree('export const prerender = true\n'))
    expect(c.primary[0]).toBe('spa-frontend')
  })
})

describe('a Terraform module is another stack (terraform-aws-modules/terraform-aws-vpc)', () => {
  const module = {
    'main.tf': 'resource "aws_vpc" "this" {\n  cidr_block = var.cidr\n}\n',
    'variables.tf': 'variable "cidr" {\n  type = string\n}\n',
    'outputs.tf': 'output "vpc_id" {\n  value = aws_vpc.this.id\n}\n',
    'versions.tf': 'terraform {\n  required_version = ">= 1.0"\n}\n',
    'examples/simple/main.tf': 'module "vpc" {\n  source = "../../"\n}\n',
    '.releaserc.json': '{ "branches": ["main"] }\n',
  }

  it('takes a root of .tf files as HCL, not a repository with nothing to judge', async () => {
    const c = await root(module)
    expect(c.stack.stack).toBe('other')
    expect(c.stack.otherName).toBe('HCL')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('adds no root for the Terraform that deploys projects beside it', async () => {
    const report = await analyze({
      'infra/main.tf': module['main.tf'],
      'infra/variables.tf': module['variables.tf'],
      'infra/outputs.tf': module['outputs.tf'],
      'api/package.json': pkg({ name: 'api', dependencies: { express: '^4.0.0' } }),
      'api/index.js':
        "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.send('ok'))\napp.listen(3000)\n",
    })
    expect(report.components.map((c) => c.path)).toEqual(['api'])
    expect(at(report, 'api').stack.stack).toBe('node')
  })
})

describe("another stack's code in a folder of its own is a component there (Steven-Yiran/ChestXRay, SantosPereira/comunicacao-assincrona-rabbitmq)", () => {
  const expressApi = {
    'package.json': pkg({
      name: 'xray',
      dependencies: { express: '^4.0.0', '@tensorflow/tfjs-node': '^4.0.0' },
    }),
    'app.js':
      "const express = require('express')\nconst app = express()\napp.post('/predict', (req, res) => res.json({}))\napp.listen(3000)\n",
    'model_server.js': "const tf = require('@tensorflow/tfjs-node')\nmodule.exports = tf\n",
  }
  const training = {
    'model/train.py':
      'import tensorflow as tf\n\nmodel = tf.keras.Sequential()\nmodel.fit(x, y, epochs=10)\n',
    'model/data.py': 'import pandas as pd\n\nframe = pd.read_csv("labels.csv")\n',
  }

  it('takes a Python model folder inside a Node.js project as a Python component', async () => {
    const report = await analyze({ ...expressApi, ...training })
    const model = at(report, 'model')
    expect(model.stack.stack).toBe('python')
    expect(model.primary[0]).toBe('data-ml')
    expect(at(report, '').stack.stack).toBe('node')
  })

  const pythonApi = {
    'requirements.txt': 'fastapi==0.110.0\nuvicorn==0.29.0\npika==1.3.2\n',
    'main.py':
      'from fastapi import FastAPI\n\napp = FastAPI()\n\n@app.post("/users")\nasync def create(user: dict):\n    return user\n',
  }
  const worker = {
    'services/node_worker/app.js': "require('./src/receive')\n",
    'services/node_worker/src/receive.js':
      "const amqp = require('amqplib')\nmodule.exports = amqp.connect('amqp://localhost')\n",
    'services/node_worker/src/store.js':
      "const mongoose = require('mongoose')\nmodule.exports = mongoose\n",
  }

  it('takes a Node.js worker kept with its lockfile alone inside a Python app as a Node.js component', async () => {
    const report = await analyze({
      ...pythonApi,
      ...worker,
      'services/node_worker/package-lock.json': '{ "lockfileVersion": 3 }\n',
    })
    expect(at(report, 'services/node_worker').stack.stack).toBe('node')
    expect(at(report, '').stack.stack).toBe('python')
  })

  it("leaves a Python app's scripts with no lockfile as the pages it serves", async () => {
    const report = await analyze({ ...pythonApi, ...worker })
    expect(report.components.map((c) => c.path)).toEqual([''])
  })

  it('takes no package.json of development tools as the project a Python folder splits from', async () => {
    const report = await analyze({
      'package.json': pkg({
        name: 'fn',
        devDependencies: { 'serverless-python-requirements': '^6.0.0' },
      }),
      'todos/create.py': 'import boto3\n\ndef create(event, context):\n    return {}\n',
      'todos/list.py': 'import boto3\n\ndef list(event, context):\n    return {}\n',
    })
    expect(report.components.map((c) => c.path)).toEqual([''])
  })
})

describe("an Elixir project's published JavaScript client is its assets (phoenixframework/phoenix)", () => {
  const elixir = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `lib/phoenix/part${i}.ex`,
      `defmodule Phoenix.Part${i} do\n  def call(conn), do: conn\nend\n`,
    ]),
  )
  const client = {
    'assets/js/phoenix/socket.js':
      'export class Socket {\n  connect() { this.conn = new WebSocket(this.endPoint) }\n}\n',
    'assets/js/phoenix/channel.js': 'export class Channel {\n  join() { return this }\n}\n',
    'assets/js/phoenix/presence.js': 'export class Presence {}\n',
  }

  it('takes the root as Elixir when its package.json publishes the client kept in assets/', async () => {
    const c = await root({
      'mix.exs': 'defmodule Phoenix.MixProject do\n  use Mix.Project\nend\n',
      ...elixir,
      ...client,
      'package.json': pkg({ name: 'phoenix', main: './priv/static/phoenix.cjs.js' }),
    })
    expect(c.stack.stack).toBe('other')
    expect(c.stack.otherName).toBe('Elixir')
  })
})

describe('a Python TCP server holding client connections is real-time work (ParadoxEngineer/Chat-Server-Python)', () => {
  const server = [
    'import select',
    'import socket',
    '',
    'server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
    "server.bind(('', 9000))",
    'server.listen(5)',
    'clients = [server]',
    'while True:',
    '    ready, _, _ = select.select(clients, [], [])',
    '    for s in ready:',
    '        if s is server:',
    '            conn, addr = server.accept()',
    '            clients.append(conn)',
    '        else:',
    '            data = s.recv(1024)',
    '            for c in clients:',
    '                if c is not server and c is not s:',
    '                    c.send(data)',
    '',
  ].join('\n')

  it('reads the accepting server as real-time, with the warning for plain Python servers', async () => {
    const c = await root({ 'ChatServer.py': server })
    expect(c.primary[0]).toBe('realtime')
    expect(c.verdict.verdict).not.toBe('fits')
  })

  it('reads a client that connects out as no server', async () => {
    const c = await root({
      'client.py':
        "import socket\n\ns = socket.create_connection(('example.org', 9000))\ns.send(b'hi')\n",
    })
    expect(c.primary).not.toContain('realtime')
  })
})

describe('uncatalogued drivers named for a sensor or a bus are device work (programmer24601/air-quality-monitor)', () => {
  it('knows a driver by the whole words of its name', () => {
    expect(isDeviceDriverName('scd30-node')).toBe(true)
    expect(isDeviceDriverName('async-i2c-bus')).toBe(true)
    expect(isDeviceDriverName('raspberrypi-liquid-crystal')).toBe(true)
    expect(isDeviceDriverName('stable-stringify')).toBe(false)
    expect(isDeviceDriverName('sensible-defaults')).toBe(false)
  })

  it('reads a sensor reader that posts its readings as device work, not an API client', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'air-quality',
        description: 'Air quality monitor',
        main: 'dist/index.js',
        dependencies: {
          'scd30-node': '^1.0.0',
          'async-bmp280': '^1.0.0',
          'async-i2c-bus': '^1.0.0',
          'node-fetch': '^2.6.0',
        },
      }),
      'src/index.ts': [
        "import fetch from 'node-fetch'",
        "import { SCD30 } from 'scd30-node'",
        "import { BMP280 } from 'async-bmp280'",
        '',
        'export async function tick(sensor: SCD30, pressure: BMP280) {',
        '  const reading = await sensor.readMeasurement()',
        "  await fetch('http://influx:8086/write', { method: 'POST', body: String(reading) })",
        '}',
        '',
      ].join('\n'),
    })
    expect(c.primary[0]).toBe('iot')
  })
})

describe('a Sphinx site no project claims is the repository’s docs (NixOS/nix.dev)', () => {
  const site = {
    'default.nix': '{ pkgs ? import <nixpkgs> {} }: pkgs.mkShell {}\n',
    'source/conf.py':
      'project = "nix.dev"\nextensions = ["myst_parser"]\nhtml_theme = "sphinx_book_theme"\n',
    'source/index.md': '# Welcome\n',
    'source/tutorials/first-steps.md': '# First steps\n',
    'site/package.json': pkg({ name: 'site', private: true, dependencies: { astro: '^5.0.0' } }),
    'site/src/pages/index.astro': '---\nconst title = "Docs"\n---\n<h1>{title}</h1>\n',
  }

  it('lists the root as a Python documentation site with nothing to judge', async () => {
    const report = await analyze(site)
    const c = at(report, '')
    expect(c.stack.stack).toBe('python')
    expect(c.primary).toEqual([])
    expect(c.supporting).toBe(true)
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('makes no root of a conf.py with no index page beside it', async () => {
    const noIndex: Record<string, string> = { ...site }
    delete noIndex['source/index.md']
    const report = await analyze(noIndex)
    expect(report.components.map((c) => c.path)).toEqual(['site'])
  })
})

describe('what a package says of itself does not make its work heavy enough for a mismatch (jaredwray/keyv)', () => {
  const adapter = (description: string) => ({
    'package.json': pkg({
      name: '@cache/compress-gzip',
      description,
      main: 'dist/index.js',
      dependencies: { pako: '^2.1.0' },
    }),
    'src/index.ts': [
      "import pako from 'pako'",
      '',
      'export class KeyvGzip {',
      '  compress(value: string) {',
      '    return pako.deflate(value)',
      '  }',
      '}',
      '',
    ].join('\n'),
  })

  it('takes a thin adapter over a compression library as a caveat, not a mismatch', async () => {
    const c = await root(adapter('Gzip compression for the cache'))
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })
})

describe('a development tool the catalogue records as neutral is, as the component itself, automation (gulpjs/gulp)', () => {
  it('reads the task runner itself as automation, though depending on it says nothing', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'gulp',
        description: 'The streaming build system.',
        main: 'index.js',
        bin: { gulp: './bin/gulp.js' },
        dependencies: { 'glob-watcher': '^6.0.0', undertaker: '^2.0.0', 'vinyl-fs': '^4.0.0' },
      }),
      'index.js':
        "const Undertaker = require('undertaker')\nconst vfs = require('vinyl-fs')\nclass Gulp extends Undertaker {}\nmodule.exports = new Gulp()\n",
      'bin/gulp.js': "#!/usr/bin/env node\nrequire('gulp-cli')()\n",
    })
    expect(c.primary[0]).toBe('automation')
  })
})

it('reads a Python development tool itself as automation too (a test runner named pytest)', async () => {
  const c = await root({
    'pyproject.toml':
      '[project]\nname = "pytest"\nversion = "8.0.0"\ndependencies = ["iniconfig", "packaging", "pluggy"]\n',
    'src/pytest/__init__.py': 'from _pytest.config import main\n',
    'src/_pytest/config.py': 'import pluggy\n\ndef main(args=None):\n    return 0\n',
  })
  expect(c.primary[0]).toBe('automation')
})
