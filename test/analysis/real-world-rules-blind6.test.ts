// Rules that blind6's misses called for, each on a small fixture shaped like the repository that
// showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, root } from './real-world-fixture.js'

describe('a command-line tool that renames ArgumentParser on import (sivel/speedtest-cli)', () => {
  const setup = [
    'from setuptools import setup',
    "setup(name='pingcheck', py_modules=['pingcheck'],",
    "      entry_points={'console_scripts': ['pingcheck=pingcheck:main']})",
  ].join('\n')
  const tool = (parser: string) =>
    [
      'import socket',
      'try:',
      `    ${parser}`,
      'except ImportError:',
      '    from optparse import OptionParser as ArgParser',
      '',
      'def main():',
      '    parser = ArgParser(description="Checks a host")',
      '    parser.parse_args()',
      '',
      "if __name__ == '__main__':",
      '    main()',
    ].join('\n')

  it('reads the aliased import as a command-line interface', async () => {
    const c = await root({
      'setup.py': setup,
      'pingcheck.py': tool('from argparse import ArgumentParser as ArgParser'),
    })
    expect(c.workloads[0]?.workload).toBe('automation')
    expect(c.workloads[0]?.evidence.map((e) => e.detail)).toContain('Command-line interface')
    expect(c.verdict.verdict).not.toBe('inconclusive')
  })

  it('does not read an import of something else renamed the same way', async () => {
    const c = await root({
      'setup.py': setup,
      'pingcheck.py': tool('from argparse import Namespace as ArgParser'),
    })
    // The console script still declares a command; the code is not read as parsing arguments.
    const details = c.workloads.flatMap((w) => w.evidence.map((e) => e.detail))
    expect(details).not.toContain('Command-line interface')
  })
})

describe('a catalogued package is what the catalogue says it is, however large its CLI (crossbario/crossbar)', () => {
  it('reads a WAMP router with a dozen command-line modules as real-time', async () => {
    const tree: Record<string, string> = {
      'pyproject.toml': [
        '[project]',
        'name = "crossbar"',
        'dependencies = [',
        '  "autobahn>=23", "twisted>=22", "click>=8", "prompt-toolkit>=3", "docker>=6",',
        '  "cookiecutter>=2", "watchdog>=3", "psutil>=5", "pyyaml>=6",',
        ']',
      ].join('\n'),
      'src/crossbar/__init__.py': 'from autobahn.twisted.wamp import ApplicationSession\n',
    }
    for (let i = 0; i < 12; i++) {
      tree[`src/crossbar/shell/command${i}.py`] = [
        'import click',
        '',
        '@click.command()',
        `def command${i}():`,
        '    pass',
      ].join('\n')
    }
    const c = await root(tree)
    expect(c.workloads.find((w) => w.workload === 'automation')?.raw).toBeGreaterThan(6)
    expect(c.primary[0]).toBe('realtime')
  })
})

describe("a mitigation in the examples is not the component's own (josdejong/mathjs)", () => {
  const tree = (where: string): Record<string, string> => ({
    'package.json': JSON.stringify({
      name: 'mathjs',
      version: '1.0.0',
      main: 'lib/index.js',
      dependencies: { 'decimal.js': '^10.4.0', 'fraction.js': '^4.3.0' },
    }),
    'lib/index.js': "const Decimal = require('decimal.js')\nmodule.exports = { Decimal }\n",
    [`${where}/server.js`]: [
      "const { Worker } = require('node:worker_threads')",
      "const worker = new Worker('./math_worker.js')",
      "worker.postMessage('1 + 1')",
    ].join('\n'),
  })

  it('judges a CPU-bound Node library with a worker pool only in examples/ as unmitigated', async () => {
    const c = await root(tree('examples/web_server'))
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.mitigations).toEqual([])
    expect(c.verdict.verdict).not.toBe('fits')
  })

  it('still credits the worker pool when the library itself runs it', async () => {
    const c = await root(tree('lib/pool'))
    expect(c.verdict.mitigations.map((m) => m.id)).toContain('node-worker-pool')
    expect(c.verdict.mitigations[0]?.evidence[0]?.file).toBe('lib/pool/server.js')
  })
})

describe('a site framework without server code of its own builds a frontend (doccano/doccano, feast-dev/feast)', () => {
  const nuxtApp = (extra: Record<string, string>): Record<string, string> => ({
    'frontend/package.json': JSON.stringify({
      name: 'labeling-frontend',
      private: true,
      scripts: { dev: 'nuxt', build: 'nuxt build', generate: 'nuxt generate' },
      dependencies: { nuxt: '^3.12.0', '@pinia/nuxt': '^0.5.0', pinia: '^2.1.0' },
    }),
    'frontend/nuxt.config.ts': 'export default defineNuxtConfig({ ssr: false })\n',
    'frontend/pages/index.vue': '<template><div>Projects</div></template>\n',
    ...extra,
  })

  it('judges a Nuxt frontend beside a Django API as the frontend', async () => {
    const c = at(
      await analyze(
        nuxtApp({
          'backend/requirements.txt': 'Django==5.0\ndjangorestframework==3.15\n',
          'backend/manage.py': 'import django\n',
        }),
      ),
      'frontend',
    )
    expect(c.primary[0]).toBe('spa-frontend')
    const spa = c.workloads.find((w) => w.workload === 'spa-frontend')!
    expect(spa.evidence.map((e) => e.detail)).toContain(
      'npm dependency nuxt (a full-stack web framework)',
    )
  })

  it('judges a Nuxt app with server routes of its own as a server-rendered web app', async () => {
    const c = at(
      await analyze(
        nuxtApp({
          'frontend/server/api/projects.get.ts':
            'export default defineEventHandler(async (event) => {\n  return []\n})\n',
        }),
      ),
      'frontend',
    )
    expect(c.primary[0]).toBe('server-web')
  })
})

describe('a concurrency warning does not apply to a serverless function (polarsource/polar lambda/image-resizer)', () => {
  const fn = (handler: string): Record<string, string> => ({
    'pyproject.toml': [
      '[project]',
      'name = "image-resizer"',
      'dependencies = ["boto3>=1.34", "requests>=2.31"]',
    ].join('\n'),
    'image_resizer/handler.py': [
      'import boto3',
      'import requests',
      's3 = boto3.client("s3")',
      '',
      `def ${handler}(event, context):`,
      '    key = event["Records"][0]["s3"]["object"]["key"]',
      '    body = requests.get(f"https://cdn.example.com/{key}").content',
      '    s3.put_object(Bucket="thumbs", Key=key, Body=body)',
      '    return {"statusCode": 200}',
    ].join('\n'),
  })

  it('judges a Lambda handler fit, with the warning as a note naming the handler', async () => {
    const c = await root(fn('handler'))
    expect(c.primary[0]).toBe('io-api')
    expect(c.verdict.verdict).toBe('fits')
    expect(c.verdict.notes[0]?.rule).toBe('io-api-python-concurrency')
    expect(c.verdict.notes[0]?.text).toMatch(
      /^A warning that does not apply to a serverless function \(image_resizer\/handler\.py:5\)/,
    )
    expect(c.verdict.wouldChange.join(' ')).not.toMatch(/Uvicorn/)
  })

  it('still warns a synchronous Python API that is no serverless function', async () => {
    const c = await root({
      ...fn('resize'),
      'image_resizer/app.py': [
        'from http.server import BaseHTTPRequestHandler, HTTPServer',
        'class Handler(BaseHTTPRequestHandler):',
        '    def do_GET(self):',
        '        self.send_response(200)',
        'HTTPServer(("", 8080), Handler).serve_forever()',
      ].join('\n'),
    })
    expect(c.primary[0]).toBe('io-api')
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })
})

describe('a game server speaks its game protocol in real time (PrismarineJS/flying-squid)', () => {
  it('reads minecraft-protocol as real-time work over its command-line start-up', async () => {
    const c = await root({
      'package.json': JSON.stringify({
        name: 'block-server',
        version: '1.0.0',
        main: 'src/index.js',
        bin: 'app.js',
        dependencies: { 'minecraft-protocol': '^1.66.0', yargs: '^17.0.1', vec3: '^0.1.6' },
      }),
      'app.js': "#!/usr/bin/env node\nconst yargs = require('yargs/yargs')\nrequire('./src')\n",
      'src/index.js': "const mc = require('minecraft-protocol')\nmodule.exports = mc\n",
    })
    expect(c.primary[0]).toBe('realtime')
  })
})
