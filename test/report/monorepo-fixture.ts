// Repositories for the comment tests, built in memory: a 40-component TypeScript monorepo (the
// shape of a real platform repository) before and after a pull request, and a 200-component one.
import { analyzeRepository } from '../../src/analysis/analyze.js'
import type { Report } from '../../src/model.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'

type Tree = Record<string, string>

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

function nodeService(tree: Tree, path: string, deps: Record<string, string>, code: string): void {
  tree[`${path}/package.json`] = json({
    name: path.split('/').pop(),
    version: '1.0.0',
    dependencies: deps,
  })
  tree[`${path}/tsconfig.json`] = json({ compilerOptions: { strict: true } })
  tree[`${path}/src/index.ts`] = code
}

const EXPRESS_API = [
  "import express from 'express'",
  "import { Pool } from 'pg'",
  'const db = new Pool()',
  'const app = express()',
  "app.get('/items', async (_req, res) => res.json((await db.query('select * from items')).rows))",
  'app.listen(3000)',
  '',
].join('\n')

const CHAT = [
  "import { Server } from 'socket.io'",
  'const io = new Server(3001)',
  "io.on('connection', (socket) => socket.on('message', (m) => io.emit('message', m)))",
  '',
].join('\n')

const FASTAPI = [
  'from fastapi import FastAPI',
  'app = FastAPI()',
  '',
  '@app.get("/orders")',
  'async def orders():',
  '    return []',
  '',
].join('\n')

const FLASK = [
  'from flask import Flask',
  'app = Flask(__name__)',
  '',
  '@app.route("/report")',
  'def report():',
  '    return "ok"',
  '',
].join('\n')

const THUMBNAILS = [
  "import express from 'express'",
  "import sharp from 'sharp'",
  'const app = express()',
  "app.post('/thumb', async (req, res) => res.send(await sharp(req.body).resize(64).toBuffer()))",
  'app.listen(3002)',
  '',
].join('\n')

/**
 * A platform monorepo of 39 components (40 once the pull request adds one): APIs, a chat
 * service, a front end and a thumbnail service that fit, 23 internal packages without enough
 * signal, an example, and a Flask service with caveats.
 */
export function platformTree(size: 'small' | 'large' = 'small'): Tree {
  const tree: Tree = {
    'package.json': json({
      name: 'platform',
      private: true,
      workspaces: ['services/*', 'packages/*', 'examples/*'],
    }),
  }
  const apis = size === 'small' ? 9 : 60
  const internals = size === 'small' ? 23 : 121
  for (let i = 1; i <= apis; i++)
    nodeService(
      tree,
      `services/api-${String(i).padStart(2, '0')}`,
      { express: '^4.19.0', pg: '^8.11.0' },
      EXPRESS_API,
    )
  nodeService(tree, 'services/chat', { 'socket.io': '^4.7.0' }, CHAT)
  nodeService(
    tree,
    'services/web',
    { react: '^18.3.0', 'react-dom': '^18.3.0', vite: '^5.0.0' },
    "import { createRoot } from 'react-dom/client'\ncreateRoot(document.getElementById('root')!).render(null)\n",
  )
  for (const name of ['orders', 'billing']) {
    // billing also runs under Gunicorn: a fit resting on two mitigations, said in one phrase.
    tree[`services/${name}/requirements.txt`] =
      `fastapi==0.110.0\nuvicorn==0.29.0\n${name === 'billing' ? 'gunicorn==22.0.0\n' : ''}`
    tree[`services/${name}/main.py`] = FASTAPI
  }
  // Image thumbnails in Node.js: CPU work, covered by sharp's compiled code (a fit with a note).
  nodeService(tree, 'services/thumbnails', { express: '^4.19.0', sharp: '^0.33.0' }, THUMBNAILS)
  tree['services/reports/requirements.txt'] = 'flask==3.0.0\n'
  tree['services/reports/app.py'] = FLASK
  for (let i = 1; i <= internals; i++)
    nodeService(
      tree,
      `packages/lib-${String(i).padStart(3, '0')}`,
      { lodash: '^4.17.21' },
      "import _ from 'lodash'\nexport const pick = _.pick\n",
    )
  nodeService(tree, 'examples/demo', { express: '^4.19.0' }, EXPRESS_API)
  if (size === 'large') {
    for (let i = 1; i <= 12; i++) {
      tree[`jobs/job-${i}/requirements.txt`] = 'flask==3.0.0\n'
      tree[`jobs/job-${i}/app.py`] = FLASK
    }
  }
  return tree
}

/** The pull request: a Node.js package that trains a TensorFlow.js model. */
export function withMlTrainer(tree: Tree): Tree {
  return {
    ...tree,
    'services/ml-trainer/package.json': json({
      name: 'ml-trainer',
      version: '0.1.0',
      dependencies: { '@tensorflow/tfjs-node': '^4.20.0', 'danfojs-node': '^1.1.2' },
    }),
    'services/ml-trainer/src/train.ts': [
      "import * as tf from '@tensorflow/tfjs-node'",
      'const model = tf.sequential()',
      'model.add(tf.layers.dense({ units: 1, inputShape: [4] }))',
      "model.compile({ optimizer: 'adam', loss: 'meanSquaredError' })",
      'await model.fit(tf.randomNormal([64, 4]), tf.randomNormal([64, 1]), { epochs: 10 })',
      '',
    ].join('\n'),
  }
}

export async function analyzeTree(tree: Tree): Promise<Report> {
  const report = await analyzeRepository(new MemoryFileSource(tree), { now: () => 0 })
  return { ...report, root: 'acme/platform', stats: { ...report.stats, durationMs: 0 } }
}
