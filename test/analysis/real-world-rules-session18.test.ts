// Rules the real-world sets called for in the eighteenth session, each on a small fixture shaped like
// the repository that showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root, score } from './real-world-fixture.js'

describe('a Rust server beside a private package.json of site tooling is a Rust project (rust-lang/crates.io)', () => {
  const rust = (n: number) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `src/controllers/c${i}.rs`,
        `pub async fn handler${i}() -> &'static str { "ok" }\n`,
      ]),
    )
  const tree = (manifest: Record<string, unknown>) => ({
    'Cargo.toml':
      '[package]\nname = "registry"\nversion = "0.1.0"\n\n[dependencies]\naxum = "0.8"\ntokio = "1"\n',
    'src/main.rs': 'fn main() {}\n',
    ...rust(30),
    'package.json': pkg(manifest),
    'e2e/search.spec.ts':
      "import { test } from '@playwright/test'\ntest('search', async () => {})\n",
  })

  it('takes the root as the Rust project when the package.json has no entry point', async () => {
    const c = await root(
      tree({
        name: 'registry-site',
        private: true,
        dependencies: { 'date-fns': '^4.0.0' },
        devDependencies: { '@playwright/test': '^1.50.0', eslint: '^9.0.0' },
      }),
    )
    expect(c.stack.stack).toBe('other')
    expect(c.stack.otherName).toBe('Rust')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('still reads a crate beside a package that others load (napi-rs) as its compiled code', async () => {
    const c = await root(
      tree({
        name: 'registry-native',
        main: 'index.js',
        dependencies: { 'date-fns': '^4.0.0' },
        devDependencies: { '@playwright/test': '^1.50.0' },
      }),
    )
    expect(c.stack.stack).toBe('node')
    expect(score(c, 'cpu-intensive')).toBeGreaterThan(0)
  })
})

describe("a requirements.txt of docs tooling beside another stack's build is that stack's project (conductor-oss/conductor)", () => {
  const tree = (requirements: string) => ({
    'build.gradle': "plugins { id 'java' }\n",
    'settings.gradle': "rootProject.name = 'orchestrator'\ninclude 'core'\n",
    'core/build.gradle': "plugins { id 'java-library' }\n",
    'core/src/main/java/io/x/Engine.java': 'package io.x;\npublic class Engine {}\n',
    'requirements.txt': requirements,
    'mkdocs.yml': 'site_name: Orchestrator\n',
    'main.py': 'def define_env(env):\n    env.variables["version"] = "1.0"\n',
    'scripts/check_docs.py': 'import sys\n\nif __name__ == "__main__":\n    sys.exit(0)\n',
  })

  it('reads the root as Java when the Python file installs only MkDocs and its plug-ins', async () => {
    const c = await root(tree('mkdocs\nmkdocs-material\nmkdocs-macros-plugin\n'))
    expect(c.stack.stack).toBe('other')
    expect(c.stack.otherName).toBe('Java')
  })

  it('keeps a requirements.txt that installs a runtime library as Python', async () => {
    const c = await root(tree('mkdocs\nrequests\nflask\n'))
    expect(c.stack.stack).toBe('python')
  })
})

describe("a Koa, Fastify or hapi view adapter is server-side rendering (zengyue/bandwagon's koa-nunjucks-render)", () => {
  it.each(['koa-nunjucks-render', '@fastify/view', 'koa-ejs', '@hapi/vision'])(
    '%s weighs as server-rendered pages',
    async (adapter) => {
      const c = await root({
        'package.json': pkg({
          name: 'site',
          main: 'app.js',
          dependencies: { [adapter]: '^1.0.0', 'koa-mongo': '^0.5.0' },
        }),
        'app.js': `const views = require('${adapter}')\nmodule.exports = views\n`,
      })
      expect(score(c, 'server-web')).toBeGreaterThanOrEqual(2.5)
    },
  )
})

describe("behave's features/ folder is an acceptance suite, not the service (zalando/patroni)", () => {
  const tree = (dir: string) => ({
    'setup.py': "from setuptools import setup\nsetup(name='keeper', packages=['keeper'])\n",
    'requirements.txt': 'click\nPyYAML\n',
    'keeper/__init__.py': '',
    'keeper/ctl.py': [
      'import click',
      '',
      '@click.command()',
      'def main():',
      '    click.echo("switchover")',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n'),
    [`${dir}/environment.py`]: [
      'from http.server import BaseHTTPRequestHandler, HTTPServer',
      '',
      'class Stub(BaseHTTPRequestHandler):',
      '    def do_GET(self):',
      '        self.send_response(200)',
      '',
      'def before_all(context):',
      '    context.server = HTTPServer(("127.0.0.1", 8008), Stub)',
      '',
    ].join('\n'),
    [`${dir}/steps/cluster.py`]: [
      'from behave import step',
      'from http.server import HTTPServer',
      '',
      '@step("a cluster is running")',
      'def running(context):',
      '    HTTPServer(("127.0.0.1", 8009), None)',
      '',
    ].join('\n'),
  })

  it('does not take the stand-in HTTP server in features/ as an API the package serves', async () => {
    const c = await root(tree('features'))
    expect(c.primary[0]).toBe('automation')
    expect(score(c, 'io-api')).toBeLessThan(1)
  })

  it('the same server in the package folder is its API', async () => {
    const c = await root(tree('keeper/server'))
    expect(score(c, 'io-api')).toBeGreaterThanOrEqual(1)
  })
})

it('a features/ folder of a front-end app is still its code', async () => {
  const report = await analyze({
    'package.json': pkg({
      name: 'board',
      dependencies: { react: '^18.0.0', 'react-dom': '^18.0.0', '@reduxjs/toolkit': '^2.0.0' },
    }),
    'src/features/cards/Card.tsx':
      "import { useState } from 'react'\nexport function Card() { const [x] = useState(0); return x }\n",
  })
  expect(at(report, '').primary[0]).toBe('spa-frontend')
})

describe('a repository of sample projects with nothing at its root is listed as their collection (square/connect-api-examples)', () => {
  const node = (dir: string) => ({
    [`${dir}/package.json`]: pkg({
      name: dir.replace(/\W/g, '-'),
      dependencies: { express: '^4.0.0' },
    }),
    [`${dir}/app.js`]:
      "const express = require('express')\nconst app = express()\napp.get('/pay', (req, res) => res.json({}))\napp.listen(3000)\n",
  })
  const flask = (dir: string, body: string) => ({
    [`${dir}/requirements.txt`]: 'flask\n',
    [`${dir}/app.py`]: `from flask import Flask\napp = Flask(__name__)\n${body}`,
  })
  const cli = (dir: string) => ({
    [`${dir}/requirements.txt`]: 'click\n',
    [`${dir}/main.py`]:
      'import click\n\n@click.command()\ndef main():\n    click.echo("hi")\n\nif __name__ == "__main__":\n    main()\n',
  })

  it('takes no stack when its projects run on several', async () => {
    // Mostly Node.js and other stacks, one Python sample: no stack holds most of them.
    const names = ['oauth', 'payments', 'orders', 'invoices', 'catalog', 'bookings']
    const report = await analyze(
      Object.assign(
        {},
        ...names.map((name) => node(`${name}/node`)),
        flask('payments/python', '@app.route("/pay")\ndef pay():\n    return "ok"\n'),
        ...names.slice(0, 5).map((name) => ({
          [`${name}/java/pom.xml`]: `<project><artifactId>${name}</artifactId></project>\n`,
          [`${name}/java/src/main/java/App.java`]: 'public class App {}\n',
        })),
      ) as Record<string, string>,
    )
    const c = at(report, '')
    expect(c.stack.stack).toBe('unknown')
    expect(c.supporting).toBe(true)
    expect(c.verdict.verdict).toBe('inconclusive')
    expect(report.overall).not.toBe('inconclusive')
  })

  it('adds no root over projects of one stack doing different work', async () => {
    const report = await analyze({
      ...flask('api', '@app.route("/items")\ndef items():\n    return "[]"\n'),
      ...cli('tool'),
      ...cli('sync'),
      ...flask('site', '@app.route("/")\ndef index():\n    return "ok"\n'),
    })
    expect(report.components.map((c) => c.path)).not.toContain('')
  })
})

describe('a root with no project file whose other languages and shell outweigh its Python is no Python project (kubernetes/examples)', () => {
  const tree = (shellScripts: number) => ({
    'web/guestbook/Dockerfile': 'FROM php:8-apache\n',
    'web/guestbook/index.php': '<?php echo "hi";\n',
    'web/guestbook-go/main.go': 'package main\n\nfunc main() {}\n',
    'databases/cassandra/go/main.go': 'package main\n\nfunc main() {}\n',
    'databases/cassandra/java/pom.xml': '<project><artifactId>seed</artifactId></project>\n',
    'databases/cassandra/java/src/main/java/Seed.java': 'public class Seed {}\n',
    '_archived/dns/backend/Dockerfile': 'FROM python:3-slim\n',
    '_archived/dns/backend/server.py':
      'from http.server import HTTPServer, BaseHTTPRequestHandler\nHTTPServer(("", 8000), BaseHTTPRequestHandler).serve_forever()\n',
    '_archived/dns/frontend/Dockerfile': 'FROM python:2.7-slim\n',
    '_archived/dns/frontend/client.py':
      'import requests\nprint(requests.get("http://backend:8000").text)\n',
    ...Object.fromEntries(
      ['explorer', 'secrets', 'sharing', 'doc', 'volumes', 'flex', 'nfs'].map((name) => [
        `_archived/${name}/${name}.go`,
        'package main\n\nfunc main() {}\n',
      ]),
    ),
    ...Object.fromEntries(
      Array.from({ length: shellScripts }, (_, i) => [
        `_archived/storage/up-${i}.sh`,
        '#!/bin/bash\nkubectl apply -f pod.yaml\n',
      ]),
    ),
  })

  it('reads it as the other stack when its shell scripts and Go outnumber the Python', async () => {
    const c = await root(tree(12))
    expect(c.stack.stack).toBe('other')
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('keeps the Python when little else is there', async () => {
    const c = await root({
      ...tree(0),
      ...Object.fromEntries(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((n) => [
          `_archived/dns/cache/${n}.py`,
          'print(1)\n',
        ]),
      ),
    })
    expect(c.stack.stack).toBe('python')
  })
})

describe('web pages with their own scripts and no build are a front end (bradtraversy/vanillawebprojects)', () => {
  const pages = (script: string) =>
    Object.fromEntries(
      ['breakout', 'video-player', 'exchange-rate', 'typing-game', 'meal-finder'].flatMap(
        (name) => [
          [`${name}/index.html`, `<html><body><script src="script.js"></script></body></html>\n`],
          [`${name}/script.js`, script],
          [`${name}/style.css`, 'body { margin: 0 }\n'],
        ],
      ),
    )
  const dom =
    "const canvas = document.getElementById('canvas')\nwindow.addEventListener('keydown', (e) => move(e.key))\nfunction move(key) { canvas.dataset.key = key }\n"

  it('names the pages a browser front end', async () => {
    const c = await root(pages(dom))
    expect(c.stack.stack).toBe('node')
    expect(c.primary[0]).toBe('spa-frontend')
    expect(c.verdict.verdict).toBe('fits')
  })

  it('not when the scripts do no page work', async () => {
    const c = await root(
      pages('const total = [1, 2, 3].reduce((a, b) => a + b, 0)\nconsole.log(total)\n'),
    )
    expect(c.primary).toEqual([])
  })

  it("not a package's pages, which its bundler's rule weighs", async () => {
    const c = await root({
      ...pages(dom),
      'package.json': pkg({ name: 'games', main: 'index.js', dependencies: { lodash: '^4.0.0' } }),
    })
    expect(
      c.workloads.some((w) =>
        w.evidence.some((e) => /web pages with their own scripts/.test(e.detail)),
      ),
    ).toBe(false)
  })
})

describe('a site Hexo generates is a front end, whatever its build scripts resize (hexojs/site)', () => {
  const site = {
    'package.json': pkg({
      name: 'hexo-site',
      private: true,
      scripts: { build: 'hexo generate' },
      dependencies: {
        hexo: '^8.0.0',
        'hexo-renderer-marked': '^7.0.0',
        sharp: '^0.34.0',
        lunr: '2.3.9',
      },
    }),
    'scripts/responsive.js': [
      "const sharp = require('sharp')",
      "hexo.extend.filter.register('after_generate', async () => {",
      "  await sharp('a.png').resize(640).toFile('a-640.png')",
      '})',
      '',
    ].join('\n'),
    'themes/navy/source/js/search.js':
      "const box = document.getElementById('search')\nbox.addEventListener('input', () => {})\n",
  }

  it('names the site a browser front end', async () => {
    const c = await root(site)
    expect(c.primary[0]).toBe('spa-frontend')
  })

  it('Hexo itself stays a build tool', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'hexo',
        main: 'dist/hexo',
        bin: { hexo: 'bin/hexo' },
        dependencies: { nunjucks: '^3.0.0' },
      }),
      'lib/hexo/index.js':
        "const nunjucks = require('nunjucks')\nmodule.exports = class Hexo { render() { return nunjucks } }\n",
    })
    expect(c.primary[0]).toBe('automation')
  })
})

describe('an AWS CDK app is infrastructure as code, whatever its package installs for the functions it deploys (aws-solutions/serverless-image-handler)', () => {
  const tree = (withConfig: boolean) => ({
    'constructs/package.json': pkg({
      name: 'image-handler-constructs',
      bin: { constructs: 'bin/constructs.js' },
      dependencies: { sharp: '^0.33.0', constructs: '^10.0.0' },
      devDependencies: { 'aws-cdk-lib': '^2.150.0' },
    }),
    ...(withConfig && { 'constructs/cdk.json': '{ "app": "npx ts-node bin/constructs.ts" }\n' }),
    'constructs/bin/constructs.ts': [
      "import { App, Stack } from 'aws-cdk-lib'",
      'const app = new App()',
      "new Stack(app, 'ImageHandler')",
      '',
    ].join('\n'),
  })

  it('takes the cdk.json as the mark of the app', async () => {
    const c = at(await analyze(tree(true)), 'constructs')
    expect(c.primary[0]).toBe('automation')
  })

  it('without it, the image library it lists decides', async () => {
    const c = at(await analyze(tree(false)), 'constructs')
    expect(c.primary[0]).toBe('cpu-intensive')
  })
})

it("presidio-anonymizer's text operators are no model work: its Flask API is what the package serves (microsoft/presidio)", async () => {
  const c = await root({
    'pyproject.toml':
      '[project]\nname = "presidio_anonymizer"\nversion = "2.2.0"\ndependencies = ["cryptography"]\n\n[project.optional-dependencies]\nserver = ["flask", "gunicorn"]\n',
    'presidio_anonymizer/__init__.py': '',
    'presidio_anonymizer/operators/mask.py':
      'def mask(text, chars):\n    return "*" * chars + text[chars:]\n',
    'app.py': [
      'from flask import Flask, request, jsonify',
      'app = Flask(__name__)',
      '',
      '@app.route("/anonymize", methods=["POST"])',
      'def anonymize():',
      '    return jsonify(request.get_json())',
      '',
    ].join('\n'),
  })
  expect(c.primary[0]).toBe('io-api')
})
