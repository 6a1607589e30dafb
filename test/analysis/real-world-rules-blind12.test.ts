// Rules that blind12's misses called for, each on a small fixture shaped like the repository that
// showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { root, score } from './real-world-fixture.js'

describe("a LuaRocks package spec makes another stack's project (apache/apisix)", () => {
  it('judges a gateway written in Lua as another stack, not as nothing', async () => {
    const c = await root({
      'gateway-1.0-0.rockspec': 'package = "gateway"\nversion = "1.0-0"\n',
      'gateway/init.lua': 'local _M = {}\nreturn _M\n',
      'gateway/router.lua': 'local router = require("resty.radixtree")\n',
    })
    expect(c.stack.stack).toBe('other')
    expect(c.stack.otherName).toBe('Lua')
    expect(c.verdict.verdict).toBe('inconclusive')
  })
})

describe('a file named as an example shows how to use the package (e2b-dev/code-interpreter)', () => {
  // An SDK whose only plotting is in the usage example beside it.
  const sdk = (example: string) => ({
    'pyproject.toml': [
      '[tool.poetry]',
      'name = "sandbox-client"',
      '[tool.poetry.dependencies]',
      'python = "^3.10"',
      'httpx = ">=0.20"',
      '[tool.poetry.group.dev.dependencies]',
      'matplotlib = "^3.8"',
      '',
    ].join('\n'),
    'sandbox_client/__init__.py': 'from .client import Sandbox\n',
    'sandbox_client/client.py': [
      'import httpx',
      '',
      'class Sandbox:',
      '    def run(self, code):',
      '        return httpx.post("https://sandbox.example/execute", json={"code": code}).json()',
      '',
    ].join('\n'),
    [example]: [
      'import numpy as np',
      'import matplotlib.pyplot as plt',
      'from sandbox_client import Sandbox',
      '',
      'plt.plot(np.arange(10))',
      '',
    ].join('\n'),
  })

  it('weighs an async_example.py like the examples folder, less than a module of the package', async () => {
    const named = await root(sdk('async_example.py'))
    const plain = await root(sdk('sandbox_client/plotting.py'))
    expect(named.primary).toEqual(['io-api'])
    expect(score(named, 'data-ml')).toBeLessThan(score(plain, 'data-ml'))
  })
})

describe('font processing is CPU work, begun in compiled code by ttf2woff2 (blind13: ecomfe/fontmin)', () => {
  it('gives a caveat, not a mismatch, for a font subsetter whose WOFF2 step is a native addon', async () => {
    const c = await root({
      'package.json': JSON.stringify({
        name: 'font-subsetter',
        version: '1.0.0',
        description: 'Minify fonts: subset glyphs and convert to webfonts',
        main: 'index.js',
        dependencies: { 'fonteditor-core': '2', ttf2woff2: '8', pako: '2' },
      }),
      'index.js': [
        "const { Font } = require('fonteditor-core')",
        "const ttf2woff2 = require('ttf2woff2')",
        "const pako = require('pako')",
        'module.exports = (buf, text) => ttf2woff2(pako.deflate(Font.create(buf, { subset: text }).write()))',
        '',
      ].join('\n'),
    })
    expect(c.primary[0]).toBe('cpu-intensive')
    expect(c.verdict.verdict).toBe('fits-with-caveats')
  })
})

describe('a catalogued package is judged by what it is, not by what using it hints at (mscdex/ssh2, typestack/class-validator)', () => {
  it('reads the SSH library itself as network I/O, though depending on it hints at scripts', async () => {
    const c = await root({
      'package.json': JSON.stringify({ name: 'ssh2', version: '1.0.0', main: 'lib/index.js' }),
      'lib/index.js':
        "const net = require('net')\nmodule.exports = (host) => net.connect(22, host)\n",
    })
    expect(c.primary).toEqual(['io-api'])
  })

  it('reads a validation library itself as having no workload, though APIs depend on it', async () => {
    const c = await root({
      'package.json': JSON.stringify({
        name: 'class-validator',
        version: '1.0.0',
        main: 'index.js',
        dependencies: { validator: '13' },
      }),
      'index.js': "const v = require('validator')\nmodule.exports = (s) => v.isEmail(s)\n",
    })
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
  })
})

describe('a package that declares a command is a command-line tool (tldr-pages/tldr-node-client)', () => {
  // The client's bin script has no extension, so nothing reads it: its package.json says it is a command.
  const client = (extra: Record<string, string> = {}, deps: Record<string, string> = {}) => ({
    'package.json': JSON.stringify(
      {
        name: 'pages-client',
        version: '1.0.0',
        bin: { pages: 'bin/pages' },
        scripts: { start: 'node ./bin/pages' },
        dependencies: { natural: '8', ...deps },
      },
      null,
      2,
    ),
    'bin/pages': "#!/usr/bin/env node\nrequire('../lib/search')\n",
    'lib/search.js':
      "const natural = require('natural')\nmodule.exports = (docs) => new natural.TfIdf(docs)\n",
    ...extra,
  })

  it('weighs the declared command as command-line work', async () => {
    const c = await root(client({}, { commander: '12' }))
    expect(c.primary[0]).toBe('automation')
    expect(c.workloads[0]!.evidence).toContainEqual({
      file: 'package.json',
      line: 4,
      detail: 'declares a command-line program (bin)',
    })
  })

  it('not for a Model Context Protocol server started by its command', async () => {
    const c = await root(
      client(
        {
          'lib/server.js': [
            "const { McpServer } = require('@modelcontextprotocol/sdk/server/mcp.js')",
            "const server = new McpServer({ name: 'pages', version: '1.0.0' })",
            '',
          ].join('\n'),
        },
        { '@modelcontextprotocol/sdk': '1' },
      ),
    )
    expect(c.primary[0]).toBe('io-api')
    expect(score(c, 'automation')).toBe(0)
  })
})

describe('a speaker controller is device work (jishi/node-sonos-http-api)', () => {
  it('puts controlling Sonos speakers ahead of the event stream it pushes state over', async () => {
    const c = await root({
      'package.json': JSON.stringify({
        name: 'speaker-http-api',
        version: '1.0.0',
        description: 'A simple node app for controlling a Sonos system with basic HTTP requests',
        dependencies: { 'sonos-discovery': '1' },
      }),
      'server.js': [
        "const http = require('http')",
        "const SonosSystem = require('sonos-discovery')",
        'const system = new SonosSystem()',
        'http.createServer((req, res) => res.end()).listen(5005)',
        '',
      ].join('\n'),
      'lib/events.js': [
        'module.exports = (res, system) => {',
        "  res.writeHead(200, { 'Content-Type': 'text/event-stream' })",
        "  system.on('transport-state', (s) => res.write(`data: ${JSON.stringify(s)}\\n\\n`))",
        '}',
        '',
      ].join('\n'),
    })
    expect(c.primary[0]).toBe('iot')
  })
})
