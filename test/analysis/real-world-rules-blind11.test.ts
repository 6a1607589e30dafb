// Rules that blind11's misses called for, each on a small fixture shaped like the repository that
// showed it (named in the describe line; none of its files are copied here).
import { describe, expect, it } from 'vitest'
import { analyze, at, pkg, root } from './real-world-fixture.js'

describe('a package.json that installs a shell program is not Node.js (bats-core, nodenv)', () => {
  const shellTool = (extra: Record<string, string> = {}) => ({
    'package.json': pkg({
      name: 'shelltest',
      bin: { shelltest: 'bin/shelltest' },
      scripts: { test: 'bin/shelltest test' },
      devDependencies: { doctoc: '2' },
    }),
    'bin/shelltest': '#!/usr/bin/env bash\nexec "$(dirname "$0")/../libexec/shelltest-run" "$@"\n',
    'libexec/shelltest-run': '#!/usr/bin/env bash\nfor t in "$@"; do source "$t"; done\n',
    'lib/shelltest/format.bash': 'format() { printf "%s\\n" "$1"; }\n',
    ...extra,
  })

  it('judges the component as a shell program, another stack', async () => {
    const c = await root(shellTool())
    expect(c.stack.stack).toBe('other')
    expect(c.stack.otherName).toBe('Shell')
    expect(c.stack.evidence).toContainEqual({ file: 'bin/shelltest', detail: 'shell script' })
    expect(c.verdict.verdict).toBe('inconclusive')
  })

  it('stays Node.js with any JavaScript of its own', async () => {
    const c = await root(shellTool({ 'lib/report.js': 'module.exports = (r) => r.length\n' }))
    expect(c.stack.stack).toBe('node')
  })

  it('stays Node.js with a runtime dependency', async () => {
    const tree = shellTool()
    tree['package.json'] = pkg({
      name: 'shelltest',
      bin: 'bin/shelltest',
      dependencies: { chalk: '5' },
    })
    expect((await root(tree)).stack.stack).toBe('node')
  })
})

describe("a mixed folder's front end is split off past a stray script (mozilla/treeherder)", () => {
  // A Django API at the root whose React UI lives in ui/, with one Node.js config file elsewhere.
  const tree = (stray: string[]) => ({
    'requirements.txt': 'django==5.0\ndjangorestframework==3.15\ngunicorn==22.0\n',
    'pyproject.toml': '[project]\nname = "dashboard"\nversion = "1.0"\n',
    'manage.py': 'import django.core.management\n',
    'dashboard/__init__.py': '',
    'dashboard/api.py':
      'from rest_framework import viewsets\n\nclass PushViewSet(viewsets.ViewSet):\n    pass\n',
    'package.json': pkg({
      name: 'dashboard-ui',
      private: true,
      dependencies: { react: '19', 'react-dom': '19', 'react-router': '7' },
    }),
    ...Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `ui/view${i}.jsx`,
        `import React from 'react'\nexport const View${i} = () => <div>${i}</div>\n`,
      ]),
    ),
    ...Object.fromEntries(stray.map((path) => [path, 'module.exports = { port: 8125 }\n'])),
  })

  it('splits ui/ off with one script elsewhere, and the root stays the Python API', async () => {
    const report = await analyze(tree(['docker/statsd_config.js']))
    expect(at(report, 'ui').stack.stack).toBe('node')
    expect(at(report, '').stack.stack).toBe('python')
  })

  it('keeps the folder whole when the Node.js code is spread over several folders', async () => {
    const report = await analyze(tree(['docker/a.js', 'tools/b.js', 'deploy/c.js']))
    expect(report.components.map((c) => c.path)).toEqual([''])
  })
})

describe('a mismatch needs the weight of high confidence (blind12: tldr-pages/tldr-node-client)', () => {
  // A command-line client whose page search uses one NLP package: data science by its weight alone.
  const cli = (extra: Record<string, string> = {}) => ({
    'package.json': pkg({
      name: 'pages-cli',
      bin: { pages: 'bin/pages' },
      dependencies: { natural: '8' },
    }),
    'lib/search.js':
      "const natural = require('natural')\nmodule.exports = (docs) => new natural.TfIdf(docs)\n",
    ...extra,
  })

  it('gives a caveat, not a mismatch, for work shown by one package', async () => {
    const c = await root(cli())
    expect(c.primary).toEqual(['data-ml'])
    expect(c.workloads[0]!.raw).toBeLessThan(4)
    expect(c.verdict.verdict).toBe('fits-with-caveats')
    expect(c.verdict.reasons.map((r) => r.rule)).toContain('light-evidence')
  })

  it('still calls a mismatch when the work weighs enough', async () => {
    const tree = cli({
      'lib/train.js':
        "const tf = require('@tensorflow/tfjs-node')\nmodule.exports = (m, x, y) => m.fit(tf.tensor(x), tf.tensor(y))\n",
    })
    tree['package.json'] = pkg({
      name: 'pages-cli',
      bin: { pages: 'bin/pages' },
      dependencies: { natural: '8', '@tensorflow/tfjs-node': '4' },
    })
    const c = await root(tree)
    expect(c.primary).toEqual(['data-ml'])
    expect(c.verdict.verdict).toBe('mismatch')
  })
})

describe('an edge worker serves requests (cloudflare/templates)', () => {
  it('reads a module worker fetch handler as an API that serves', async () => {
    const c = await root({
      'package.json': pkg({ name: 'kv-api', devDependencies: { wrangler: '4' } }),
      'wrangler.jsonc': '{ "name": "kv-api", "main": "src/index.ts" }\n',
      'src/index.ts': [
        'export default {',
        '  fetch(request: Request, env: Env, ctx: ExecutionContext) {',
        '    return env.KV.get(new URL(request.url).pathname).then((v) => new Response(v))',
        '  },',
        '}',
        '',
      ].join('\n'),
    })
    expect(c.primary).toEqual(['io-api'])
    expect(c.workloads[0]!.evidence).toContainEqual({
      file: 'src/index.ts',
      line: 2,
      detail: 'Edge worker request handler',
    })
  })

  it('puts a Durable Object chat room ahead of the React page it serves', async () => {
    const c = await root({
      'package.json': pkg({
        name: 'room-chat',
        dependencies: { partyserver: '0.0.70', partysocket: '1', react: '19', 'react-dom': '19' },
        devDependencies: { wrangler: '4' },
      }),
      'src/server/index.ts': [
        "import { routePartykitRequest, Server } from 'partyserver'",
        'export class Chat extends Server<Env> {',
        '  onMessage(connection, message) { this.broadcast(message) }',
        '}',
        'export default {',
        '  async fetch(request, env) {',
        '    return (await routePartykitRequest(request, env)) || new Response(null, { status: 404 })',
        '  },',
        '}',
        '',
      ].join('\n'),
      'src/client/index.tsx': [
        "import { createRoot } from 'react-dom/client'",
        "import usePartySocket from 'partysocket/react'",
        "createRoot(document.getElementById('root')!).render(<App />)",
        '',
      ].join('\n'),
    })
    expect(c.primary[0]).toBe('realtime')
  })
})
