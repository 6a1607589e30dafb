// Rules the real-world sets called for in the twenty-eighth session, each on a small fixture shaped
// like the repositories that showed it (named in the describe line; none of their files are copied).
import { describe, expect, it } from 'vitest'
import { classify } from '../../src/analysis/classify.js'
import { languageTwins } from '../../src/analysis/stack.js'
import { analyze, at, pkg, signal } from './real-world-fixture.js'

/** A Flask app relaying a call over a WebSocket and streaming events to a dashboard. */
const relayApp = [
  'import json',
  'from flask import Flask, Response',
  'from flask_sock import Sock',
  '',
  'app = Flask(__name__)',
  'sock = Sock(app)',
  '',
  "@sock.route('/relay')",
  'def relay(ws):',
  '    while True:',
  '        message = ws.receive()',
  '        ws.send(json.dumps({"echo": message}))',
  '',
  "@app.route('/stream')",
  'def stream():',
  "    return Response(events(), mimetype='text/event-stream')",
  '',
].join('\n')

const flaskWebhook = [
  'import requests',
  'from flask import Flask, request',
  '',
  'app = Flask(__name__)',
  '',
  "@app.route('/webhooks', methods=['POST'])",
  'def webhook():',
  "    requests.post('https://api.example.com/v2/messages', json=request.json)",
  "    return ''",
  '',
].join('\n')

const expressWebhook = [
  "const express = require('express')",
  'const app = express()',
  "app.post('/webhooks', (req, res) => res.sendStatus(200))",
  'app.listen(3000)',
  '',
].join('\n')

/** One task written as a Python, a Node.js and a Go sample, in folders named `<task>-<language>`. */
function twins(task: string, python = flaskWebhook): Record<string, string> {
  return {
    [`${task}-python/requirements.txt`]: 'flask\nflask_sock\nrequests\n',
    [`${task}-python/app.py`]: python,
    [`${task}-nodejs/package.json`]: pkg({ name: task, dependencies: { express: '^5.0.0' } }),
    [`${task}-nodejs/server.js`]: expressWebhook,
    [`${task}-go/go.mod`]: `module example.com/${task}\n\ngo 1.22\n`,
    [`${task}-go/main.go`]: 'package main\n\nfunc main() {}\n',
  }
}

describe('a collection of the same samples in several languages (team-telnyx/telnyx-code-examples)', () => {
  const tasks = ['send-sms', 'hold-music', 'call-recording']

  it('judges a sample against the guidance a caveat, so one sample does not make the repository a mismatch', async () => {
    const report = await analyze({
      'README.md': '# Code examples\n',
      ...Object.assign({}, ...tasks.map((t) => twins(t))),
      ...twins('voice-relay', relayApp),
    })
    const relay = at(report, 'voice-relay-python')
    expect(relay.primary[0]).toBe('realtime')
    expect(relay.verdict.verdict).toBe('fits-with-caveats')
    expect(relay.verdict.reasons.map((r) => r.text).join(' ')).toContain('in several languages')
    expect(report.overall).toBe('fits-with-caveats')
  })

  it('still calls the same app a mismatch in a product whose services are named for their work', async () => {
    const report = await analyze({
      'README.md': '# A product\n',
      'relay/requirements.txt': 'flask\nflask_sock\nrequests\n',
      'relay/app.py': relayApp,
      ...Object.fromEntries(
        ['billing', 'accounts', 'search', 'orders', 'mailer'].flatMap((s) => [
          [`${s}service/requirements.txt`, 'flask\nrequests\n'],
          [`${s}service/app.py`, flaskWebhook],
        ]),
      ),
      ...Object.fromEntries(
        ['gateway', 'catalog', 'cart', 'checkout'].flatMap((s) => [
          [`${s}/go.mod`, `module example.com/${s}\n\ngo 1.22\n`],
          [`${s}/main.go`, 'package main\n\nfunc main() {}\n'],
        ]),
      ),
      ...Object.fromEntries(
        ['currency', 'payment', 'ads'].flatMap((s) => [
          [`${s}/package.json`, pkg({ name: s, dependencies: { express: '^5.0.0' } })],
          [`${s}/server.js`, expressWebhook],
        ]),
      ),
    })
    expect(at(report, 'relay').verdict.verdict).toBe('mismatch')
    expect(report.overall).toBe('mismatch')
  })

  it('finds twins by a language word in the path, in any position', () => {
    const samples = [
      'aws-py-s3',
      'aws-ts-s3',
      'aws-go-s3',
      'gcp-py-vm',
      'gcp-ts-vm',
      'azure-cs-app',
      'azure-py-app',
    ]
    expect(languageTwins('', samples)).toBe(true)
    expect(
      languageTwins('', [
        'pub_sub/python/sdk',
        'pub_sub/javascript/sdk',
        'state/python/http',
        'state/go/http',
        'bindings/java/sdk',
        'bindings/csharp/sdk',
      ]),
    ).toBe(true)
    // Two tasks twinned are not enough, nor a fifth of the projects.
    expect(languageTwins('', ['a-py', 'a-js', 'b-py', 'b-js', 'c', 'd', 'e'])).toBe(false)
    const padded = [...samples, ...Array.from({ length: 25 }, (_, i) => `service${i}`)]
    expect(languageTwins('', padded)).toBe(false)
    expect(
      languageTwins('src', [
        'src/frontend',
        'src/currencyservice',
        'src/emailservice',
        'src/cartservice',
        'src/loadgenerator',
      ]),
    ).toBe(false)
  })
})

describe('an Express app whose every route file renders Pug views (supabase-by-example: reset-flow/express)', () => {
  // Its weights: Express and its middleware for the API, Pug and sessions for the pages; the
  // routes in three files, the calls to res.render in four.
  const signals = (pageFiles: number) => [
    signal('io-api', 6, 'dependency', 'package.json'),
    signal('io-api', 6, 'dependency', 'package.json'),
    signal('io-api', 4.5, 'import', 'app.js'),
    signal('io-api', 4, 'code-pattern', 'routes/account.js', { files: 3 }),
    signal('server-web', 4, 'code-pattern', 'app.js', { files: pageFiles }),
    signal('server-web', 3, 'dependency', 'package.json'),
    signal('server-web', 3, 'dependency', 'package.json'),
    signal('server-web', 3, 'dependency', 'package.json'),
    signal('server-web', 3.15, 'import', 'app.js'),
  ]

  it('is a server-rendered web app first, its API second', () => {
    expect(classify(signals(4)).primary).toEqual(['server-web', 'io-api'])
  })

  it('is an API when fewer of its files render pages than hold its routes', () => {
    expect(classify(signals(2)).primary).toEqual(['io-api'])
  })
})

describe("a course's root over hundreds of small Node.js exercises (sergiofgonzalez/nodejs-in-action)", () => {
  // Exercises of one stack doing different things: an API, a WebSocket server, a plain script.
  const code = [
    "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.send('hi'))\napp.listen(3000)\n",
    "const { WebSocketServer } = require('ws')\nconst wss = new WebSocketServer({ port: 8080 })\nwss.on('connection', (ws) => ws.send('hi'))\n",
    "console.log('hello')\n",
  ]
  const exercises = Object.fromEntries(
    Array.from({ length: 24 }, (_, i) => {
      const dir = `chapter${String(i).padStart(2, '0')}-topic/01-exercise`
      const deps = [{ express: '^4.0.0' }, { ws: '^8.0.0' }, {}][i % 3]
      return [
        [`${dir}/package.json`, pkg({ name: `exercise-${i}`, dependencies: deps })],
        [`${dir}/index.js`, code[i % 3]],
      ]
    }).flat(),
  )
  const notebook = JSON.stringify({
    cells: [
      { cell_type: 'code', source: ['import numpy as np\n', 'import matplotlib.pyplot as plt\n'] },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  })

  it('is a collection of Node.js projects with no one workload, not the data science of its one notebook', async () => {
    const c = at(
      await analyze({
        ...exercises,
        'chapter26-functional-programming/part00/README.ipynb': notebook,
        'README.md': '# Course\n',
      }),
      '',
    )
    expect(c.stack.stack).toBe('node')
    expect(c.primary).toEqual([])
    expect(c.verdict.verdict).toBe('inconclusive')
    expect(c.supporting).toBe(true)
  })

  it('is a project of its own when it keeps more code than a few helpers', async () => {
    const own = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [
        `analysis/step${i}.py`,
        'import numpy as np\nimport pandas as pd\n',
      ]),
    )
    const c = at(await analyze({ ...exercises, ...own }), '')
    expect(c.stack.stack).toBe('python')
  })
})

describe('an MQTT desktop client whose assistant works with six AI providers (emqx/MQTTX)', () => {
  const tree = (providers: string[]) => ({
    'package.json': pkg({
      name: 'mqttx',
      description: 'MQTT 5.0 desktop client',
      main: 'background.js',
      dependencies: {
        mqtt: '^5.0.0',
        vue: '^2.7.0',
        'vue-router': '^3.6.0',
        vuex: '^3.6.0',
        'element-ui': '^2.15.0',
        ai: '^4.0.0',
        ...Object.fromEntries(providers.map((p) => [`@ai-sdk/${p}`, '^1.0.0'])),
      },
    }),
    'src/main.ts':
      "import Vue from 'vue'\nimport App from './App.vue'\nnew Vue({ render: (h) => h(App) }).$mount('#app')\n",
    'src/utils/mqttUtils.ts':
      "import mqtt from 'mqtt'\nexport const connect = (url: string) => mqtt.connect(url)\n",
    'src/utils/ai/copilot.ts': [
      "import { streamText } from 'ai'",
      ...providers.map((p) => `import { ${p} } from '@ai-sdk/${p}'`),
      'export const ask = (prompt: string) => streamText({ model: openai("gpt-4o"), prompt })',
      '',
    ].join('\n'),
  })
  const io = (c: { workloads: { workload: string; raw: number }[] }) =>
    c.workloads.find((w) => w.workload === 'io-api')?.raw ?? 0

  it('counts providers of one SDK past the first as add-ons, not six more APIs', async () => {
    const two = at(await analyze(tree(['openai'])), '')
    const seven = at(
      await analyze(tree(['openai', 'anthropic', 'google', 'azure', 'xai', 'deepseek'])),
      '',
    )
    // The five providers past the first add no more than add-ons do.
    expect(io(seven) - io(two)).toBeLessThanOrEqual(1.5 + 5 * 0.5)
    expect(seven.primary[0]).not.toBe('io-api')
  })
})
