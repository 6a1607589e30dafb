// Rules the real-world sets called for in the thirtieth session, each on a small fixture shaped
// like the repositories that showed it (named in the describe line; none of their files are copied).
import { describe, expect, it } from 'vitest'
import { parseSetupPy } from '../../src/scan/manifests/setup-py.js'
import { analyze, at, pkg, score } from './real-world-fixture.js'

describe('a client library whose setup.py spreads a dict of keywords (esphome/aioesphomeapi)', () => {
  const setupPy = [
    'from setuptools import find_packages, setup',
    '',
    'PROJECT_NAME = "devapi"',
    'PROJECT_PACKAGE_NAME = "aioesphomeapi"',
    '',
    'setup_kwargs = {',
    '    "name": PROJECT_PACKAGE_NAME,',
    '    "version": "1.0.0",',
    '    "description": "Python API for interacting with ESPHome devices.",',
    '    "packages": find_packages(exclude=["tests", "tests.*"]),',
    '}',
    '',
    'setup(**setup_kwargs)',
    '',
  ].join('\n')

  it('reads the name and the summary from the dict', () => {
    const { manifest } = parseSetupPy('setup.py', setupPy)
    expect(manifest?.name).toBe('aioesphomeapi')
    expect(manifest?.description?.text).toBe('Python API for interacting with ESPHome devices.')
  })

  it('reads a literal name in the dict, and no dict key without setup(**...)', () => {
    const literal = setupPy.replace('PROJECT_PACKAGE_NAME,', '"aioesphomeapi",')
    expect(parseSetupPy('setup.py', literal).manifest?.name).toBe('aioesphomeapi')
    const plain = setupPy.replace('setup(**setup_kwargs)', 'setup(version="1.0.0")')
    expect(parseSetupPy('setup.py', plain).manifest?.name).toBeUndefined()
  })

  it('is the catalogued device client, whatever its Cython speed-ups weigh', async () => {
    const report = await analyze({
      'setup.py': setupPy.replace(
        'setup(**setup_kwargs)',
        [
          'from Cython.Build import cythonize',
          'setup_kwargs["ext_modules"] = cythonize(["aioesphomeapi/_frame_helper/base.py"])',
          'setup(**setup_kwargs)',
        ].join('\n'),
      ),
      'requirements/base.txt': 'protobuf>=4\nzeroconf>=0.128\n',
      'aioesphomeapi/__init__.py': 'from .client import APIClient\n',
      'aioesphomeapi/client.py': 'import asyncio\n\nclass APIClient:\n    pass\n',
      'aioesphomeapi/_frame_helper/base.pxd': 'cdef class Frame:\n    cdef bytes _buffer\n',
      'aioesphomeapi/_frame_helper/noise.pxd': 'cdef class Noise:\n    cdef bytes _key\n',
    })
    const client = at(report, '')
    expect(client.primary[0]).toBe('iot')
    expect(score(client, 'iot')).toBeGreaterThan(score(client, 'cpu-intensive'))
  })
})

describe('a daemon publishing sensor readings through its own MQTT client class (ismarslomic/rpi-mqtt)', () => {
  it('counts subclassing the MQTT client as a broker connection, so the device work leads', async () => {
    const report = await analyze({
      'pyproject.toml': [
        '[tool.poetry]',
        'name = "rpi-sensors"',
        'version = "1.0.0"',
        '',
        '[tool.poetry.dependencies]',
        'python = "^3.11"',
        'paho-mqtt = "^2.0"',
        'pyyaml = "^6.0"',
        '',
        '[tool.poetry.scripts]',
        'pub-sub = "src.main:main"',
        '',
      ].join('\n'),
      'src/main.py': [
        'import argparse',
        'import yaml',
        'from mqtt.client import SensorClient',
        '',
        'import time',
        '',
        'def main():',
        '    parser = argparse.ArgumentParser()',
        '    parser.parse_args()',
        '    client = SensorClient()',
        '    while True:',
        "        client.publish_state('rpi/cpu', '42')",
        '        time.sleep(300)',
        '',
        'if __name__ == "__main__":',
        '    main()',
        '',
      ].join('\n'),
      'src/mqtt/client.py': [
        'import paho.mqtt.client as mqtt',
        '',
        'class SensorClient(mqtt.Client):',
        '    def publish_state(self, topic, payload):',
        '        self.publish(topic, payload, retain=True)',
        '',
      ].join('\n'),
    })
    const daemon = at(report, '')
    expect(daemon.primary[0]).toBe('iot')
  })
})

describe('a fuzzy string matcher that is a catalogued package (seatgeek/thefuzz)', () => {
  const tree = {
    'setup.py': [
      'from setuptools import setup',
      'setup(',
      '    name="thefuzz",',
      '    version="0.22.1",',
      '    packages=["thefuzz"],',
      '    install_requires=["rapidfuzz>=3.0.0, < 4.0.0"],',
      ')',
      '',
    ].join('\n'),
    'thefuzz/__init__.py': '',
    'thefuzz/fuzz.py': [
      'from rapidfuzz.fuzz import ratio as _ratio',
      '',
      'def ratio(s1, s2):',
      '    return int(round(_ratio(s1, s2)))',
      '',
    ].join('\n'),
  }

  it('is string matching, CPU work its compiled dependency does: fits', async () => {
    const matcher = at(await analyze(tree), '')
    expect(matcher.primary[0]).toBe('cpu-intensive')
    expect(matcher.verdict.verdict).toBe('fits')
  })
})

describe('a data-frame library for Node.js that is a catalogued package (data-forge/data-forge-ts)', () => {
  it('is data analysis in Node.js, whatever bundlers build it for browsers', async () => {
    const report = await analyze({
      'package.json': pkg({
        name: 'data-forge',
        main: 'build/index.js',
        types: 'build/index.d.ts',
        dependencies: { papaparse: '^5.0.0', dayjs: '^1.8.0' },
        devDependencies: { webpack: '^5.0.0', rollup: '^2.0.0', typescript: '^4.0.0' },
      }),
      'src/index.ts': "export { DataFrame } from './lib/dataframe'\n",
      'src/lib/dataframe.ts': [
        'export class DataFrame {',
        '  constructor(private readonly rows: object[]) {}',
        '  groupBy(key: string) { return this.rows.filter((r) => key in r) }',
        '}',
        '',
      ].join('\n'),
    })
    const library = at(report, '')
    expect(library.primary[0]).toBe('data-ml')
    expect(['mismatch', 'fits-with-caveats']).toContain(library.verdict.verdict)
  })
})

describe("a channel's examples filed by year (ArjanCodes/examples)", () => {
  // 2022/ and 2023/ each hold one example per subfolder: 30 loose ones and 20 with a project file.
  const tree: Record<string, string> = {}
  for (const year of ['2022', '2023']) {
    for (let i = 0; i < 30; i++)
      tree[`${year}/loose${i}/main.py`] = `import pandas as pd\n\nprint(pd.DataFrame())\n`
    for (let i = 0; i < 10; i++) {
      tree[`${year}/project${i}/pyproject.toml`] =
        `[project]\nname = "p${year}${i}"\nversion = "0.1.0"\ndependencies = ["fastapi"]\n`
      tree[`${year}/project${i}/main.py`] = 'from fastapi import FastAPI\n\napp = FastAPI()\n'
    }
  }

  it('is a grab-bag of samples, listed and not judged, however much one topic weighs', async () => {
    const report = await analyze(tree)
    const rootFolder = at(report, '')
    expect(rootFolder.supporting).toBe(true)
    expect(rootFolder.primary).not.toContain('data-ml')
    expect(at(report, '2022/project0').primary[0]).toBe('io-api')
  })

  it('needs the year folders: the same loose code under src/ is a product', async () => {
    const product: Record<string, string> = {}
    for (const [path, text] of Object.entries(tree))
      product[path.replace(/^(2022|2023)\//, 'src/$1_')] = text
    const report = await analyze(product)
    expect(at(report, '').supporting).toBe(false)
    expect(at(report, '').primary[0]).toBe('data-ml')
  })
})

describe('a package of documentation tests in a monorepo (redis/node-redis)', () => {
  it('lists doctests/ as supporting, so its ML examples never make the overall verdict a mismatch', async () => {
    const report = await analyze({
      'package.json': pkg({ name: 'redis-monorepo', private: true, workspaces: ['packages/*'] }),
      'packages/client/package.json': pkg({
        name: '@redis/client',
        main: 'dist/index.js',
        dependencies: { 'cluster-key-slot': '^1.1.0' },
      }),
      'packages/client/lib/socket.ts': [
        "import { Socket, connect } from 'net'",
        'export function open(port: number): Socket {',
        '  return connect(port)',
        '}',
        '',
      ].join('\n'),
      'doctests/package.json': pkg({
        name: 'node-redis-doctests',
        dependencies: { '@xenova/transformers': '^2.17.0', redis: '^5.0.0' },
      }),
      'doctests/dt-vec-set.js': [
        "import { pipeline } from '@xenova/transformers'",
        "import { createClient } from 'redis'",
        "const embed = await pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2')",
        "const vector = await embed('hello', { pooling: 'mean' })",
        'await createClient().connect()',
        '',
      ].join('\n'),
    })
    expect(at(report, 'doctests').supporting).toBe(true)
    expect(report.overall).not.toBe('mismatch')
  })
})

describe('an exported notebook whose peer is a browser runtime (endpointservices/observable-notebooks)', () => {
  const notebook = (peer: Record<string, string>) => ({
    'package.json': pkg({
      name: '@someone/barcode-scanner',
      main: 'a1b2c3@1679.js',
      type: 'module',
      peerDependencies: peer,
    }),
    'index.html': '<script type="module" src="./index.js"></script>\n',
    'index.js': "import define from './a1b2c3@1679.js'\nexport default define\n",
    'a1b2c3@1679.js': [
      'export default function define(runtime, observer) {',
      '  const main = runtime.module()',
      "  main.variable(observer('tf')).define('tf', ['require'], (require) => require('@tensorflow/tfjs@4.16.0'))",
      "  main.variable(observer('model')).define('model', ['tf'], (tf) => tf.sequential())",
      '  return main',
      '}',
      '',
    ].join('\n'),
    'b2c3d4@12.js': [
      'export default function define(runtime, observer) {',
      "  const video = document.createElement('video')",
      '  document.body.appendChild(video)',
      "  video.addEventListener('play', () => document.querySelector('#out').textContent = 'on')",
      '  return runtime.module()',
      '}',
      '',
    ].join('\n'),
    'c3d4e5@3.js': [
      'export default function define(runtime, observer) {',
      "  const canvas = document.getElementById('frame')",
      "  window.addEventListener('resize', () => canvas.getContext('2d'))",
      '  return runtime.module()',
      '}',
      '',
    ].join('\n'),
  })

  it('runs its model in the page: a note, not a mismatch', async () => {
    const page = at(await analyze(notebook({ '@observablehq/runtime': '4 - 5' })), '')
    expect(page.primary).toContain('data-ml')
    expect(page.verdict.verdict).not.toBe('mismatch')
  })

  it('stays a library, judged as one, without the browser runtime as its peer', async () => {
    const library = at(await analyze(notebook({ lodash: '^4.0.0' })), '')
    expect(library.primary[0]).toBe('data-ml')
    expect(library.verdict.verdict).toBe('mismatch')
  })
})

describe('a Flask blog whose every view renders its templates (darac001/Flask_Blog)', () => {
  const view = (name: string) =>
    [
      'from flask import Blueprint, render_template, request',
      '',
      `bp = Blueprint("${name}", __name__)`,
      '',
      `@bp.route("/${name}")`,
      'def index():',
      `    return render_template("${name}/index.html")`,
      '',
      `@bp.route("/${name}/create", methods=("GET", "POST"))`,
      'def create():',
      `    return render_template("${name}/create.html", form=request.form)`,
      '',
    ].join('\n')

  it('is its pages, with no API beside them to warn about: fits', async () => {
    const blog = at(
      await analyze({
        'requirements.txt': 'Flask==2.2.2\nJinja2==3.1.2\nWerkzeug==2.2.2\n',
        'flaskr/__init__.py': 'from flask import Flask\n\napp = Flask(__name__)\n',
        'flaskr/auth.py': `from werkzeug.security import check_password_hash\n${view('auth')}`,
        'flaskr/blog.py': view('blog'),
        'flaskr/templates/base.html': '<html>{% block content %}{% endblock %}</html>\n',
      }),
      '',
    )
    expect(blog.primary).toEqual(['server-web'])
    expect(blog.verdict.verdict).toBe('fits')
  })
})

describe('pure-Python parsers and detectors that are catalogued packages (chardet, mistune)', () => {
  it('is the parsing the package does, not the command it installs', async () => {
    const detector = at(
      await analyze({
        'pyproject.toml': [
          '[project]',
          'name = "chardet"',
          'version = "5.2.0"',
          'description = "Universal encoding detector"',
          '',
          '[project.scripts]',
          'chardetect = "chardet.cli.chardetect:main"',
          '',
        ].join('\n'),
        'chardet/__init__.py': 'from .universaldetector import UniversalDetector\n',
        'chardet/universaldetector.py':
          'class UniversalDetector:\n    def feed(self, data):\n        pass\n',
        'chardet/cli/chardetect.py': [
          'import argparse',
          '',
          'def main():',
          '    argparse.ArgumentParser(description="Detect the encoding of files").parse_args()',
          '',
          'if __name__ == "__main__":',
          '    main()',
          '',
        ].join('\n'),
      }),
      '',
    )
    expect(detector.primary[0]).toBe('cpu-intensive')
  })
})

describe("a Go workspace over its plugins' modules (dokku/dokku)", () => {
  it('takes go.work as the root project file of another stack, as a .sln is for .NET', async () => {
    const report = await analyze({
      'go.work': 'go 1.22\n\nuse (\n\t./plugins/apps\n\t./plugins/config\n)\n',
      dokku:
        '#!/usr/bin/env bash\nset -eo pipefail\nsource "$PLUGIN_CORE_AVAILABLE_PATH/common/functions"\n',
      'plugins/apps/go.mod': 'module github.com/dokku/dokku/plugins/apps\n\ngo 1.22\n',
      'plugins/apps/apps.go': 'package apps\n\nfunc Create(name string) error { return nil }\n',
      'plugins/config/go.mod': 'module github.com/dokku/dokku/plugins/config\n\ngo 1.22\n',
      'plugins/config/config.go': 'package config\n\nfunc Get(key string) string { return "" }\n',
      'contrib/release.py': 'import subprocess\n\nsubprocess.run(["git", "tag"])\n',
    })
    expect(at(report, '').stack.stack).toBe('other')
    expect(at(report, '').stack.otherName).toBe('Go')
  })
})

describe('a Docker action whose only code is its entrypoint script (jakejarvis/s3-sync-action)', () => {
  const tree = {
    'action.yml': [
      "name: 'S3 Sync'",
      "description: 'Sync a directory to an S3 bucket'",
      'runs:',
      "  using: 'docker'",
      "  image: 'Dockerfile'",
      '',
    ].join('\n'),
    Dockerfile:
      'FROM python:3.8-alpine\nRUN pip install awscli\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n',
    'entrypoint.sh':
      '#!/bin/sh\nset -e\naws s3 sync ${SOURCE_DIR:-.} s3://${AWS_S3_BUCKET}/${DEST_DIR} $*\n',
  }

  it('is a shell program at the root: another stack, nothing Stack Fit judges', async () => {
    const report = await analyze(tree)
    const action = at(report, '')
    expect(action.stack.stack).toBe('other')
    expect(action.verdict.verdict).toBe('inconclusive')
  })

  it('needs the action: one shell script alone is no project', async () => {
    const rest = Object.fromEntries(Object.entries(tree).filter(([path]) => path !== 'action.yml'))
    expect((await analyze(rest)).components).toEqual([])
  })
})
