// Rules the blind sets of the real-world evaluation called for (issue 10: blind2 and blind3), each on
// a small repository written for the test. Every test here fails without its rule.
import { describe, expect, it } from 'vitest'
import type { ComponentReport } from '../../src/model.js'
import { parseRequirements, transitivePins } from '../../src/scan/manifests/requirements.js'
import { pkg, analyze, at, score } from './real-world-fixture.js'

const evidenceFiles = (c: ComponentReport) =>
  c.workloads.flatMap((w) => w.evidence.map((e) => e.file))

describe('copies of the dependencies in lib/ are not the component (Tautulli/Tautulli)', () => {
  const scheduler = [
    'from apscheduler.schedulers.background import BackgroundScheduler',
    'def start():',
    '    scheduler = BackgroundScheduler()',
  ].join('\n')
  const tree = {
    'requirements.txt': 'cherrypy==18.10.0\napscheduler==3.11.2\nmako==1.3.12\nrequests==2.33.1\n',
    'Tautulli.py': 'import plexpy\nplexpy.main()\n',
    'plexpy/webserve.py': [
      'import cherrypy',
      'from mako.lookup import TemplateLookup',
      'class WebInterface:',
      '    @cherrypy.expose',
      '    def index(self):',
      '        return TemplateLookup().get_template("index.html").render()',
    ].join('\n'),
    'lib/apscheduler/schedulers/background.py': scheduler,
    'lib/apscheduler/schedulers/asyncio.py': scheduler,
    'lib/cherrypy/__init__.py': 'import click\n@click.command()\ndef cli(): pass\n',
    'lib/mako/__init__.py': '',
    'lib/requests/__init__.py': 'import urllib3\n',
    'lib/six.py': '',
  }

  it('leaves out a lib/ holding three of its declared dependencies, and lists it as skipped', async () => {
    const report = await analyze(tree)
    const c = at(report, '')
    expect(evidenceFiles(c).filter((f) => f.startsWith('lib/'))).toEqual([])
    expect(c.fileCount).toBe(2)
    expect(report.stats.skipped).toContainEqual(
      expect.objectContaining({ path: 'lib', reason: 'vendored', directory: true }),
    )
  })

  it('keeps a lib/ whose folders are named like fewer than three dependencies', async () => {
    const two = Object.fromEntries(
      Object.entries(tree).filter(([path]) => !/^lib\/(mako|requests)\//.test(path)),
    )
    const c = at(await analyze(two), '')
    expect(evidenceFiles(c).some((f) => f.startsWith('lib/'))).toBe(true)
  })
})

describe('maintenance scripts with their own package.json are supporting (actions/starter-workflows)', () => {
  it('leaves packages under script/ out of the verdict: nothing to judge', async () => {
    const report = await analyze({
      'ci/node.yml': 'name: Node.js CI\n',
      'script/validate-data/package.json': pkg({
        name: 'validate-data',
        dependencies: { '@actions/core': '^1.10.0', 'js-yaml': '^4.1.0' },
      }),
      'script/validate-data/index.ts': "import * as core from '@actions/core'\ncore.info('ok')\n",
    })
    expect(at(report, 'script/validate-data').supporting).toBe(true)
    expect(report.overall).toBe('inconclusive')
  })
})

describe("a library's command-line wrapper is not its workload (npm/node-semver, markedjs/marked)", () => {
  const library = (fields: Record<string, unknown>) => ({
    'package.json': pkg({ name: 'semverish', bin: { semverish: 'bin/semverish.js' }, ...fields }),
    'bin/semverish.js': "#!/usr/bin/env node\nconst semver = require('../')\nconsole.log(semver)\n",
    'index.js': 'module.exports = { compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0) }\n',
  })

  it('names no workload for a library with a bin script', async () => {
    const c = at(await analyze(library({ main: 'index.js' })), '')
    expect(c.primary).toEqual([])
  })

  it('still reads a command-line tool without a library entry as automation', async () => {
    // The same script with an argument parser behind it: a wrapper weighs less, not a tool.
    const c = at(await analyze(library({ dependencies: { commander: '^12.1.0' } })), '')
    expect(c.primary).toEqual(['automation'])
    // commander's 2 and the bin script's full 1.5
    expect(score(c, 'automation')).toBeGreaterThanOrEqual(3.5)
  })
})

describe('an HTTP server from the standard library serves an API (Kozea/Radicale)', () => {
  it('reads a wsgiref server as I/O-bound API work, and integ_tests/ as tests', async () => {
    const c = at(
      await analyze({
        'pyproject.toml':
          '[project]\nname = "caldav-server"\ndependencies = ["defusedxml", "vobject", "pika"]\n',
        'caldav_server/server.py': [
          'import socketserver',
          'import wsgiref.simple_server',
          'class ParallelHTTPServer(socketserver.ThreadingMixIn, wsgiref.simple_server.WSGIServer):',
          '    pass',
        ].join('\n'),
        'caldav_server/__main__.py': [
          'import argparse',
          'def run():',
          '    parser = argparse.ArgumentParser()',
          'if __name__ == "__main__":',
          '    run()',
        ].join('\n'),
        'integ_tests/common.py': 'from playwright.sync_api import sync_playwright\n',
      }),
      '',
    )
    expect(c.primary[0]).toBe('io-api')
    // Playwright in integ_tests/ weighs like test code.
    expect(score(c, 'automation')).toBeLessThan(3)
    const details = c.workloads.find((w) => w.workload === 'io-api')?.evidence.map((e) => e.detail)
    expect(details).toContain('HTTP server from the standard library')
  })
})

describe('profiling/, release/ and hacking/ folders are tooling (httpie/cli, pydantic, ansible)', () => {
  it('weighs an HTTP server in extras/profiling/ like a benchmark', async () => {
    const c = at(
      await analyze({
        'setup.cfg': '[metadata]\nname = httpish\n[options]\ninstall_requires =\n    requests\n',
        'httpish/cli.py': 'import argparse\nparser = argparse.ArgumentParser()\n',
        'httpish/client.py': 'import requests\n',
        'extras/profiling/benchmarks.py':
          'from http.server import HTTPServer\nHTTPServer(("", 0), None)\n',
        'extras/profiling/run.py':
          'from http.server import HTTPServer\nHTTPServer(("", 0), None)\n',
      }),
      '',
    )
    expect(c.primary).toEqual(['automation'])
  })
})

describe('what pydantic and CherryPy are (pydantic/pydantic, Tautulli/Tautulli)', () => {
  it('reads pydantic itself as no API: validation built on its compiled core', async () => {
    const c = at(
      await analyze({
        'pyproject.toml': [
          '[project]',
          'name = "pydantic"',
          'dependencies = ["pydantic-core==2.41.5", "typing-extensions>=4.14"]',
        ].join('\n'),
        'pydantic/main.py': 'import pydantic_core\nclass BaseModel: pass\n',
      }),
      '',
    )
    expect(score(c, 'io-api')).toBe(0)
    expect(c.verdict.verdict).not.toBe('fits-with-caveats')
  })

  it('weighs a CherryPy dependency as a web framework', async () => {
    const c = at(
      await analyze({
        'requirements.txt': 'cherrypy==18.10.0\n',
        'app.py': 'import cherrypy\ncherrypy.quickstart(None)\n',
      }),
      '',
    )
    expect(c.primary[0]).toBe('io-api')
  })
})

describe('pins a lock file names as pulled in by other pins are not choices (taigaio/taiga-back)', () => {
  const compiled = [
    '#',
    '# This file is autogenerated by pip-compile with Python 3.10',
    '#    pip-compile requirements.in',
    '#',
    'django==3.2.25',
    '    # via',
    '    #   -r requirements.in',
    '    #   djangorestframework',
    'djangorestframework==3.15.2',
    '    # via -r requirements.in',
    'psd-tools==1.9.0',
    '    # via -r requirements.in',
    'numpy==2.2.6 \\',
    '    --hash=sha256:0123',
    '    # via',
    '    #   psd-tools',
    '    #   scikit-image',
    'scikit-image==0.25.2',
    '    # via psd-tools',
    'scipy==1.15.3  # via scikit-image',
    'onyx-dep==1.0',
    '    # via onyx',
    '',
  ].join('\n')

  it('finds the transitive pins of pip-compile and uv output', () => {
    const lines = compiled.split('\n')
    const pinned = [...transitivePins(compiled)].map((n) => lines[n - 1]!.split('=')[0])
    expect(pinned.sort()).toEqual(['numpy', 'scikit-image', 'scipy'])
    const names = parseRequirements('requirements.txt', compiled).manifest!.dependencies.map(
      (d) => d.name,
    )
    expect(names).toEqual(['django', 'djangorestframework', 'psd-tools', 'onyx-dep'])
  })

  it('keeps every pin of a hand-written requirements file', () => {
    expect(transitivePins('numpy==2.2\n# via nothing in particular\nscipy\n').size).toBe(0)
  })

  it('judges the API by its choices, not by what psd-tools pulls in', async () => {
    const c = at(
      await analyze({
        'requirements.txt': compiled,
        'app/views.py': [
          'from rest_framework import viewsets',
          'import numpy',
          'class Items(viewsets.ModelViewSet): pass',
        ].join('\n'),
      }),
      '',
    )
    expect(c.primary[0]).toBe('io-api')
    expect(score(c, 'cpu-intensive')).toBeLessThan(score(c, 'io-api') / 2)
  })
})

describe('a docs generator among many runtime packages is no docs site (GokuMohandas/Made-With-ML)', () => {
  it('keeps the workload of an ML project that also installs mkdocs', async () => {
    const c = at(
      await analyze({
        'requirements.txt':
          'torch\ntransformers\nscikit-learn\npandas\nmlflow\nfastapi\nmkdocs\nmkdocstrings\n',
        'course/train.py': 'import torch\nimport pandas as pd\ndf = pd.read_csv("x.csv")\n',
      }),
      '',
    )
    expect(c.primary[0]).toBe('data-ml')
  })
})

describe('an API layer beside many rendered pages is a web app (dgtlmoon/changedetection.io)', () => {
  const app = (pages: number) => {
    const tree: Record<string, string> = {
      'requirements.txt': 'flask\nflask-restful\nflask-login\nflask-wtf\n',
      'app/api.py': [
        'from flask_restful import Resource',
        'from flask import Flask',
        'app = Flask(__name__)',
        '@app.route("/api/items")',
        'def items(): return []',
      ].join('\n'),
    }
    for (let i = 0; i < pages; i++) {
      tree[`app/views/page${i}.py`] = [
        'from flask import render_template, Blueprint',
        'bp = Blueprint("p", __name__)',
        `@bp.route("/page${i}")`,
        `def page(): return render_template("page${i}.html")`,
      ].join('\n')
    }
    return tree
  }

  it('keeps server-rendered first when three or more files render pages', async () => {
    expect(at(await analyze(app(4)), '').primary[0]).toBe('server-web')
  })

  it('still puts the API first when a file or two render pages', async () => {
    expect(at(await analyze(app(1)), '').primary[0]).toBe('io-api')
  })
})

describe("another stack's project with a tooling package.json or a bare pyproject (biomejs/biome, dbt-core)", () => {
  it('reads a Cargo workspace with a package.json of release tools as Rust', async () => {
    const report = await analyze({
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
      'package.json': pkg({
        name: '@biome/monorepo',
        private: true,
        devDependencies: { '@changesets/cli': '2.31.1' },
      }),
      'scripts/bump.js': "console.log('bump')\n",
      'scripts/release.js': "console.log('release')\n",
      'scripts/notes.js': "console.log('notes')\n",
      'packages/cli/index.js': "console.log('cli')\n",
      'packages/cli/run.js': "console.log('run')\n",
      'packages/cli/args.js': "console.log('args')\n",
      'crates/core/Cargo.toml': '[package]\nname = "core"\n',
      'crates/core/src/lib.rs': 'pub fn f() {}\n',
    })
    expect(at(report, '').stack.stack).toBe('other')
  })

  it('still reads a napi-rs package (main and a Cargo.toml side by side) as Node.js', async () => {
    const report = await analyze({
      'Cargo.toml': '[package]\nname = "addon"\n[lib]\ncrate-type = ["cdylib"]\n',
      'package.json': pkg({
        name: 'addon',
        main: 'index.js',
        devDependencies: { '@napi-rs/cli': '^2.18.0' },
      }),
      'index.js': "module.exports = require('./addon.node')\n",
      'src/lib.rs': 'pub fn f() {}\n',
    })
    expect(at(report, '').stack.stack).toBe('node')
  })

  it('reads a Cargo project whose pyproject.toml declares no dependency as Rust', async () => {
    const report = await analyze({
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
      'pyproject.toml': '[project]\nname = "dbt-core"\nrequires-python = ">=3.9"\n',
      'scripts/a.py': 'print(1)\n',
      'scripts/b.py': 'print(2)\n',
      'tools/c.py': 'print(3)\n',
      'tools/d.py': 'print(4)\n',
      'tools/e.py': 'print(5)\n',
      'crates/core/Cargo.toml': '[package]\nname = "core"\n',
      'crates/core/src/lib.rs': 'pub fn f() {}\n',
    })
    expect(at(report, '').stack.stack).toBe('other')
  })
})

describe('a mitigation imported by its own code counts (celery/celery)', () => {
  it('covers Python API concurrency with gevent that the code patches in, undeclared', async () => {
    const c = at(
      await analyze({
        'pyproject.toml': [
          '[project]',
          'name = "taskq"',
          'dependencies = ["kombu", "sqlalchemy", "redis", "pymongo"]',
        ].join('\n'),
        'taskq/__init__.py': [
          'def _patch():',
          '    import gevent.monkey',
          '    gevent.monkey.patch_all()',
        ].join('\n'),
        'taskq/backends.py': 'import sqlalchemy\nimport pymongo\nimport redis\n',
      }),
      '',
    )
    expect(c.primary[0]).toBe('io-api')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.mitigations.flatMap((m) => m.evidence.map((e) => e.detail))).toContain(
      'imports gevent.monkey',
    )
  })
})

describe('Meteor publications push live data (wekan/wekan)', () => {
  it('reads a Meteor app publishing its collections as real-time', async () => {
    const tree: Record<string, string> = {
      'package.json': pkg({ name: 'boards', dependencies: { 'meteor-node-stubs': '^1.2.0' } }),
    }
    for (const name of ['boards', 'cards', 'lists']) {
      tree[`server/publications/${name}.js`] = [
        `Meteor.publish('${name}', function () {`,
        `  return ${name[0]!.toUpperCase()}${name.slice(1)}.find({})`,
        '})',
      ].join('\n')
    }
    expect(at(await analyze(tree), '').primary[0]).toBe('realtime')
  })
})

describe('importing a development-only package is the build at work (lodash/lodash)', () => {
  const library = (scope: 'dependencies' | 'devDependencies') => ({
    'package.json': pkg({
      name: 'utilbelt',
      main: 'index.js',
      [scope]: { cheerio: '^1.0.0', chalk: '^4.0.0' },
    }),
    'index.js': 'module.exports = { chunk: (a, n) => [a.slice(0, n)] }\n',
    'lib/main/build-site.js':
      "const cheerio = require('cheerio')\nconst chalk = require('chalk')\n",
  })

  it('names no workload for a library whose build script imports its dev dependencies', async () => {
    expect(at(await analyze(library('devDependencies')), '').primary).toEqual([])
  })

  it('still counts the same import of a runtime dependency', async () => {
    expect(at(await analyze(library('dependencies')), '').primary).toEqual(['automation'])
  })
})

describe('requests itself is an HTTP client (psf/requests)', () => {
  it('reads the requests package as I/O-bound', async () => {
    const c = at(
      await analyze({
        'pyproject.toml': [
          '[project]',
          'name = "requests"',
          'dependencies = ["urllib3>=1.21.1", "idna", "certifi", "charset_normalizer"]',
        ].join('\n'),
        'src/requests/sessions.py': 'import urllib3\nclass Session: pass\n',
        'src/requests/certs.py':
          'import certifi\nif __name__ == "__main__":\n    print(certifi.where())\n',
      }),
      '',
    )
    expect(c.primary[0]).toBe('io-api')
  })
})

describe('a GraphQL layer on Django is an API layer (saleor/saleor)', () => {
  it('puts the API first when graphene serves the schema beside a page or two', async () => {
    const c = at(
      await analyze({
        'pyproject.toml': [
          '[project]',
          'name = "shop"',
          'dependencies = ["django>=5", "graphene>=3", "uvicorn", "psycopg", "django-filter",',
          '  "django-countries", "django-mptt", "django-storages", "django-phonenumber-field"]',
        ].join('\n'),
        'manage.py': 'import django\n',
        'shop/asgi.py': 'import uvicorn\nfrom django.core.asgi import get_asgi_application\n',
        'shop/graphql/schema.py': 'import graphene\nclass Query(graphene.ObjectType):\n    pass\n',
        'shop/graphql/api.py': 'import graphene\nschema = graphene.Schema()\n',
        'shop/core/views.py': [
          'from django.shortcuts import render',
          'def home(request):',
          '    return render(request, "home.html")',
        ].join('\n'),
        'shop/account/models.py': [
          'from django_countries.fields import CountryField',
          'from phonenumber_field.modelfields import PhoneNumberField',
          'from mptt.models import MPTTModel',
          'from storages.utils import setting',
        ].join('\n'),
      }),
      '',
    )
    expect(c.primary[0]).toBe('io-api')
  })
})

describe('a wheel that carries a Rust program is a Rust project (astral-sh/ruff)', () => {
  const tree = (bindings: string) => ({
    'pyproject.toml': [
      '[build-system]',
      'requires = ["maturin>=1.9,<2.0"]',
      'build-backend = "maturin"',
      '[project]',
      'name = "lintr"',
      '[tool.maturin]',
      bindings,
      'python-source = "python"',
    ].join('\n'),
    'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
    'crates/lintr/Cargo.toml': '[package]\nname = "lintr"\n',
    'crates/lintr/src/main.rs': 'fn main() {}\n',
    'crates/lintr_parser/Cargo.toml': '[package]\nname = "lintr_parser"\n',
    'crates/lintr_parser/src/lib.rs': 'pub fn parse() {}\n',
    'python/lintr/__init__.py': 'def find_bin():\n    return "lintr"\n',
    'python/lintr/__main__.py':
      'import os\nfrom lintr import find_bin\nos.execvp(find_bin(), [])\n',
    'scripts/release.py': 'import subprocess\n',
    'scripts/check_docs.py': 'import re\n',
    'scripts/update_schema.py': 'import json\n',
  })

  it('reads maturin bindings = "bin" as a Rust program installed through PyPI', async () => {
    const c = at(await analyze(tree('bindings = "bin"')), '')
    expect(c.stack.stack).toBe('other')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('still reads a maturin extension module as a Python package with compiled code', async () => {
    expect(at(await analyze(tree('bindings = "pyo3"')), '').stack.stack).toBe('python')
  })
})

describe("a Rust crate's benches/ are benchmarks (matrix-org/synapse)", () => {
  it('weighs code under benches/ like the rest of the benchmarks', async () => {
    const { isAuxiliaryPath } = await import('../../src/analysis/signals.js')
    expect(isAuxiliaryPath('rust/benches/evaluator.rs')).toBe(true)
    expect(isAuxiliaryPath('rust/src/benches.rs')).toBe(false)
  })
})

describe('a product beside its packages is no collection (blakeblackshear/frigate)', () => {
  const modules = (folder: string, init: boolean) =>
    Object.fromEntries([
      ...(init ? [[`${folder}/__init__.py`, '']] : []),
      ...Array.from({ length: 55 }, (_, i) => [
        `${folder}/detector_${i}.py`,
        'import onnxruntime\nimport torch\nmodel = torch.load("m.pt")\n',
      ]),
    ])
  const tree = (folder: string, init: boolean) => ({
    'pyproject.toml': '[tool.ruff]\ntarget-version = "py311"\n',
    'docker/main/requirements.txt': 'torch==2.5.0\nonnxruntime==1.20.0\n',
    'docker/main/Dockerfile': 'FROM python:3.11\n',
    'web/package.json': pkg({ name: 'web', dependencies: { react: '^18.0.0' } }),
    'web/src/main.jsx': "import React from 'react'\n",
    ...modules(folder, init),
  })

  it('judges the hundreds of modules of its own package', async () => {
    expect(at(await analyze(tree('frigate', true)), '').primary[0]).toBe('data-ml')
  })

  it('still lists the loose samples of a collection without judging them', async () => {
    expect(at(await analyze(tree('_archive', false)), '').primary).toEqual([])
  })
})

describe('being a catalogued package outweighs its storage adapters (NaturalNode/natural)', () => {
  it('reads the natural package as the language-processing library it is', async () => {
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'natural',
          main: 'lib/natural/index.js',
          dependencies: { mongoose: '^8.0.0', pg: '^8.0.0', redis: '^4.0.0' },
        }),
        'lib/natural/index.js': "exports.BayesClassifier = require('./classifiers/bayes')\n",
        'lib/natural/classifiers/bayes.js': 'module.exports = class BayesClassifier {}\n',
        'lib/natural/util/storage/MongoDB.js': "const mongoose = require('mongoose')\n",
        'lib/natural/util/storage/Postgres.js': "const { Client } = require('pg')\n",
        'lib/natural/util/storage/Redis.js': "const redis = require('redis')\n",
      }),
      '',
    )
    expect(c.primary[0]).toBe('data-ml')
  })
})

describe('what the catalogue says a package is holds over its compiled code (MagicStack/asyncpg)', () => {
  it('reads a database driver sped up in Cython as I/O-bound', async () => {
    const pyx = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`asyncpg/protocol/codecs/c${i}.pyx`, 'cdef int x\n']),
    )
    const c = at(
      await analyze({
        'pyproject.toml': [
          '[build-system]',
          'requires = ["setuptools>=60", "Cython(>=3.1.0,<4.0.0)"]',
          '[project]',
          'name = "asyncpg"',
          'dependencies = []',
        ].join('\n'),
        'setup.py': [
          'from setuptools import setup, Extension',
          'setup(ext_modules=[Extension("asyncpg.protocol.protocol", ["asyncpg/protocol/protocol.pyx"])])',
        ].join('\n'),
        'asyncpg/__init__.py': 'from .connection import connect\n',
        'asyncpg/connection.py': 'import asyncio\nasync def connect(dsn):\n    pass\n',
        ...pyx,
      }),
      '',
    )
    expect(c.primary[0]).toBe('io-api')
  })
})

describe('a package.json that only bundles browser assets leaves a Python app Python (isso-comments/isso)', () => {
  it('reads the JavaScript inside the Python package as the assets it serves', async () => {
    const i18n = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`isso/js/app/i18n/l${i}.js`, 'module.exports = {}\n']),
    )
    const c = at(
      await analyze({
        'package.json': pkg({
          name: 'isso',
          scripts: { build: 'webpack --config isso/js/webpack.config.js' },
          devDependencies: { webpack: '^5.89.0', 'webpack-cli': '^5.1.4' },
          optionalDependencies: { jest: '^29.7.0' },
        }),
        'pyproject.toml':
          '[project]\nname = "isso"\ndependencies = ["flask", "jinja2", "werkzeug"]\n',
        'isso/__init__.py': 'from flask import Flask, render_template\napp = Flask(__name__)\n',
        'isso/views/comments.py': 'from flask import render_template\n',
        'isso/db/comments.py': 'import sqlite3\n',
        'isso/js/embed.js': "const api = require('./app/api')\n",
        ...i18n,
      }),
      '',
    )
    expect(c.stack.stack).toBe('python')
  })
})

describe('a few loose files across sample folders are no project (docker/awesome-compose)', () => {
  const samples = (loose: Record<string, string>) => ({
    'fastapi/requirements.txt': 'fastapi\nuvicorn\n',
    'fastapi/app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n',
    'react-express/backend/package.json': pkg({ name: 'backend', dependencies: { express: '^4' } }),
    'react-express/backend/server.js': "const express = require('express')\n",
    ...loose,
  })

  it('gives the root of three samples’ stray files no stack', async () => {
    const c = at(
      await analyze(
        samples({
          'nginx-nodejs/backend/index.js': "require('http').createServer().listen(80)\n",
          'traefik-golang/backend/main.go': 'package main\n',
          'apache-php/app/index.php': '<?php echo 1;\n',
        }),
      ),
      '',
    )
    expect(c.stack.stack).toBe('unknown')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('still reads stray files kept together in one folder as a project, in that folder', async () => {
    const c = at(
      await analyze(
        samples({
          'server/a.js': "require('http')\n",
          'server/b.js': "require('http')\n",
          'server/c.js': "require('http')\n",
        }),
      ),
      'server',
    )
    expect(c.stack.stack).toBe('node')
  })
})
