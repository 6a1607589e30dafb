// Writes deterministic synthetic monorepos for the benchmark: same files and seed, same bytes.
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as nodePath from 'node:path'

/** Bump when the generated trees change, so cached trees are rebuilt. */
export const GENERATOR_VERSION = 2

/** Files over the scanner's 1 MiB cap start at this size. */
export const SIZE_CAP_BYTES = 1024 * 1024

export type FileKind =
  | 'source'
  | 'test'
  | 'manifest'
  | 'lockfile'
  | 'readme'
  | 'config'
  | 'notebook'
  | 'minified'
  | 'oversized'
  | 'node_modules'
  | 'venv'

export interface GeneratedRepoStats {
  files: number
  bytes: number
  directories: number
  nodePackages: number
  pythonProjects: number
  byKind: Record<FileKind, number>
}

export interface Random {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
  logNormal(median: number, sigma: number): number
  seed(): number
}

/** mulberry32: small, fast and good enough to shape synthetic trees. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    logNormal(median, sigma) {
      // Box-Muller; 1 - next() keeps the logarithm finite.
      const gaussian = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
      return median * Math.exp(sigma * gaussian)
    },
    seed: () => Math.floor(next() * 4294967296),
  }
  return random
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const WORDS = [
  'account', 'audit', 'billing', 'cache', 'catalog', 'chart', 'checkout', 'client', 'config',
  'core', 'customer', 'dashboard', 'device', 'event', 'export', 'feed', 'gateway', 'graph',
  'image', 'ingest', 'inventory', 'invoice', 'job', 'ledger', 'metric', 'media', 'message',
  'model', 'notify', 'order', 'payment', 'pipeline', 'profile', 'queue', 'rate', 'report',
  'review', 'route', 'schedule', 'search', 'session', 'shipment', 'signal', 'store', 'stream',
  'sync', 'task', 'tenant', 'ticket', 'token', 'upload', 'user', 'vector', 'webhook', 'worker',
] // prettier-ignore
const VERBS = [
  'build', 'load', 'parse', 'resolve', 'render', 'fetch', 'compute', 'merge', 'validate',
  'format', 'apply', 'collect', 'dispatch', 'encode', 'decode', 'filter', 'normalize', 'update',
] // prettier-ignore

interface Archetype {
  name: string
  dependencies: readonly string[]
  patternLines: readonly string[]
}

const NODE_ARCHETYPES: readonly Archetype[] = [
  {
    name: 'realtime',
    dependencies: ['socket.io', 'ws', 'express', 'ioredis', 'zod', 'pino'],
    patternLines: [
      "io.on('connection', (socket) => {",
      "  socket.emit('ready', { at: Date.now() })",
      'const wss = new WebSocketServer({ port: 8080 })',
    ],
  },
  {
    name: 'api',
    dependencies: [
      'express',
      'fastify',
      'zod',
      'pg',
      'axios',
      'dotenv',
      'lodash',
      'pino',
      'jsonwebtoken',
    ],
    patternLines: [
      "app.get('/health', (req, res) => res.json({ ok: true }))",
      "router.post('/items', async (req, res) => {",
      'app.listen(Number(process.env.PORT ?? 3000))',
    ],
  },
  {
    name: 'nest',
    dependencies: [
      '@nestjs/core',
      '@nestjs/common',
      'rxjs',
      'class-validator',
      'typeorm',
      'reflect-metadata',
    ],
    patternLines: ["@Controller('orders')", "  @Get(':id')", '  @Post()'],
  },
  {
    name: 'frontend',
    dependencies: [
      'react',
      'react-dom',
      'react-router-dom',
      '@tanstack/react-query',
      'clsx',
      'zustand',
      'date-fns',
    ],
    patternLines: ["createRoot(document.getElementById('root')!).render(<App />)"],
  },
  {
    name: 'images',
    dependencies: ['sharp', 'express', 'multer', 'bullmq', 'lodash'],
    patternLines: [
      "const { Worker } = require('worker_threads')",
      'await sharp(input).resize(800).toBuffer()',
    ],
  },
  {
    name: 'tooling',
    dependencies: ['commander', 'chalk', 'fast-glob', 'yaml', 'lodash', 'zod', 'execa'],
    patternLines: ['#!/usr/bin/env node', "cron.schedule('*/5 * * * *', runSync)"],
  },
]

const PYTHON_ARCHETYPES: readonly Archetype[] = [
  {
    name: 'api',
    dependencies: ['fastapi', 'uvicorn', 'pydantic', 'sqlalchemy', 'httpx', 'requests'],
    patternLines: ['@app.get("/health")', 'async def read_item(item_id: int):', 'import asyncio'],
  },
  {
    name: 'web',
    dependencies: ['django', 'djangorestframework', 'celery', 'psycopg2-binary', 'requests'],
    patternLines: ['    return render(request, "index.html", context)'],
  },
  {
    name: 'data',
    dependencies: ['pandas', 'numpy', 'scikit-learn', 'matplotlib', 'pyarrow'],
    patternLines: ['frame = pd.read_csv(path)', 'model.fit(features, labels)'],
  },
  {
    name: 'ml',
    dependencies: ['torch', 'numpy', 'transformers', 'tqdm', 'pandas'],
    patternLines: ['with torch.no_grad():', 'trainer.train()'],
  },
  {
    name: 'automation',
    dependencies: ['requests', 'click', 'pyyaml', 'boto3', 'schedule'],
    patternLines: ['schedule.every(10).minutes.do(job)'],
  },
  {
    name: 'iot',
    dependencies: ['paho-mqtt', 'RPi.GPIO', 'pyserial', 'requests'],
    patternLines: ['GPIO.setmode(GPIO.BCM)', 'client.connect(BROKER, 1883)'],
  },
]

const PY_IMPORT_NAMES: Record<string, string> = {
  'scikit-learn': 'sklearn',
  'psycopg2-binary': 'psycopg2',
  djangorestframework: 'rest_framework',
  pyyaml: 'yaml',
  'paho-mqtt': 'paho.mqtt.client',
  'RPi.GPIO': 'RPi.GPIO',
  pyserial: 'serial',
}

const NPM_REGISTRY_PACKAGES = [
  'lodash', 'debug', 'ms', 'semver', 'chalk', 'commander', 'express', 'body-parser', 'qs',
  'mime-types', 'safe-buffer', 'inherits', 'readable-stream', 'glob', 'minimatch', 'yargs',
  'uuid', 'rxjs', 'tslib', 'react', 'react-dom', 'scheduler', 'zod', 'axios', 'follow-redirects',
  'ws', 'socket.io', 'engine.io', 'sharp', 'color', 'fastify', 'pino', 'typescript', 'esbuild',
  '@babel/core', '@babel/parser', '@types/node', '@nestjs/core', '@nestjs/common', 'dotenv',
] // prettier-ignore

const PYPI_INSTALLED = [
  'requests', 'urllib3', 'certifi', 'idna', 'charset_normalizer', 'pandas', 'numpy', 'pytz',
  'dateutil', 'six', 'fastapi', 'starlette', 'pydantic', 'anyio', 'sniffio', 'click', 'yaml',
  'django', 'asgiref', 'sqlparse', 'sqlalchemy', 'greenlet', 'jinja2', 'markupsafe', 'torch',
] // prettier-ignore

// ---------------------------------------------------------------------------------------------
// Text renderers. Each takes its own Random so files render independently of write order.

const identifier = (rng: Random): string => `${rng.pick(VERBS)}${capitalise(rng.pick(WORDS))}`
const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)
const snake = (rng: Random): string => `${rng.pick(VERBS)}_${rng.pick(WORDS)}`

function jsBlock(rng: Random, typed: boolean): string {
  const name = identifier(rng)
  const word = rng.pick(WORDS)
  const t = (annotation: string): string => (typed ? annotation : '')
  switch (rng.int(0, 4)) {
    case 0:
      return `/**
 * ${capitalise(rng.pick(VERBS))}s every ${word} in the batch and keeps the ones that changed.
 * Called from the ${rng.pick(WORDS)} handler; keep it free of I/O.
 */
export function ${name}(items${t(`: ${capitalise(word)}[]`)}, limit = ${rng.int(10, 500)})${t(`: ${capitalise(word)}[]`)} {
  const result${t(`: ${capitalise(word)}[]`)} = []
  for (const item of items) {
    if (result.length >= limit) break
    if (!item || item.${rng.pick(WORDS)}Id === undefined) continue
    const next = { ...item, updatedAt: Date.now(), version: (item.version ?? 0) + 1 }
    result.push(next)
  }
  return result
}

`
    case 1:
      return `export class ${capitalise(word)}${capitalise(rng.pick(WORDS))}Service {
  private readonly cache = new Map${t(`<string, ${capitalise(word)}>`)}()

  constructor(private readonly ${rng.pick(WORDS)}Client${t(': Client')}) {}

  async ${name}(id${t(': string')})${t(`: Promise<${capitalise(word)} | undefined>`)} {
    const cached = this.cache.get(id)
    if (cached) return cached
    const response = await this.${rng.pick(WORDS)}Client.get(\`/${word}s/\${id}\`)
    if (response.status === 404) return undefined
    this.cache.set(id, response.data)
    return response.data
  }

  clear()${t(': void')} {
    this.cache.clear()
  }
}

`
    case 2:
      return `// ${capitalise(rng.pick(WORDS))} totals are recomputed here rather than stored, see ${rng.pick(WORDS)}.md.
export const ${name} = async (input${t(': Input')}, options${t(': Options')} = {}) => {
  let total = 0
  for (let index = 0; index < input.values.length; index++) {
    const value = input.values[index]
    total += typeof value === 'number' ? value : Number.parseFloat(String(value)) || 0
  }
  if (options.round) total = Math.round(total * ${rng.pick([10, 100, 1000])}) / ${rng.pick([10, 100, 1000])}
  return { total, count: input.values.length, label: '${word}' }
}

`
    case 3:
      return `export interface ${capitalise(word)}Options {
  retries?: number
  timeoutMs?: number
  ${rng.pick(WORDS)}?: string
}

const DEFAULT_${word.toUpperCase()}_OPTIONS = { retries: ${rng.int(1, 5)}, timeoutMs: ${rng.int(1, 30) * 1000} }

`.replace(/^export interface[\s\S]*?\n}\n\n/, typed ? '$&' : '')
    default:
      return `function ${name}Safely(value${t(': unknown')})${t(': string')} {
  try {
    return JSON.stringify(value)
  } catch (error) {
    console.warn('could not ${rng.pick(VERBS)} ${word}', error)
    return ''
  } finally {
    metrics.increment('${word}.${rng.pick(VERBS)}')
  }
}

`
  }
}

function pyBlock(rng: Random): string {
  const name = snake(rng)
  const word = rng.pick(WORDS)
  switch (rng.int(0, 3)) {
    case 0:
      return `def ${name}(items, limit=${rng.int(10, 500)}):
    """${capitalise(rng.pick(VERBS))} each ${word} and keep the ones that changed."""
    result = []
    for item in items:
        if len(result) >= limit:
            break
        if item is None or item.get("${word}_id") is None:
            continue
        result.append({**item, "version": item.get("version", 0) + 1})
    return result


`
    case 1:
      return `class ${capitalise(word)}${capitalise(rng.pick(WORDS))}Repository:
    """Keeps ${word} records in memory between requests."""

    def __init__(self, session, ttl=${rng.int(10, 3600)}):
        self.session = session
        self.ttl = ttl
        self._cache = {}

    def ${name}(self, key):
        if key in self._cache:
            return self._cache[key]
        row = self.session.get(key)
        self._cache[key] = row
        return row

    def clear(self):
        self._cache.clear()


`
    case 2:
      return `# ${capitalise(rng.pick(WORDS))} values arrive as strings from the ${rng.pick(WORDS)} export.
def ${name}_total(values, precision=${rng.int(0, 4)}):
    total = 0.0
    for value in values:
        try:
            total += float(value)
        except (TypeError, ValueError):
            logger.debug("skipping %r in ${word}", value)
    return round(total, precision)


`
    default:
      return `${name.toUpperCase()}_SETTINGS = {
    "retries": ${rng.int(1, 5)},
    "timeout": ${rng.int(1, 60)},
    "${word}": "${rng.pick(WORDS)}",
}


`
  }
}

function fillTo(header: string, target: number, block: () => string, patterns: string): string {
  const parts = [header, patterns]
  let length = header.length + patterns.length
  while (length < target) {
    const next = block()
    parts.push(next)
    length += next.length
  }
  return parts.join('')
}

function renderJsSource(rng: Random, archetype: Archetype, typed: boolean, target: number): string {
  const imports: string[] = []
  const count = rng.int(1, Math.min(5, archetype.dependencies.length))
  for (let i = 0; i < count; i++) {
    const dependency = rng.pick(archetype.dependencies)
    const local = identifier(rng)
    imports.push(
      rng.chance(0.8)
        ? `import { ${local} } from '${dependency}'`
        : `const ${local} = require('${dependency}')`,
    )
  }
  if (rng.chance(0.3)) imports.push(`import { readFile } from 'node:fs/promises'`)
  for (let i = rng.int(0, 4); i > 0; i--) {
    imports.push(`import { ${identifier(rng)} } from '../${rng.pick(WORDS)}/${rng.pick(WORDS)}.js'`)
  }
  if (rng.chance(0.05))
    imports.push(`const lazy = await import('${rng.pick(archetype.dependencies)}')`)
  const patterns = rng.chance(0.25) ? `\n${rng.pick(archetype.patternLines)}\n\n` : '\n'
  return fillTo(`${imports.join('\n')}\n`, target, () => jsBlock(rng, typed), patterns)
}

function renderPySource(rng: Random, archetype: Archetype, target: number): string {
  const lines = ['"""' + `${capitalise(rng.pick(WORDS))} ${rng.pick(WORDS)} handling.` + '"""', '']
  lines.push('import logging', rng.pick(['import os', 'import json', 'from typing import Any']))
  const count = rng.int(1, Math.min(4, archetype.dependencies.length))
  for (let i = 0; i < count; i++) {
    const dependency = rng.pick(archetype.dependencies)
    const module = PY_IMPORT_NAMES[dependency] ?? dependency.replace(/-/g, '_')
    lines.push(rng.chance(0.5) ? `import ${module}` : `from ${module} import ${rng.pick(WORDS)}`)
  }
  for (let i = rng.int(0, 3); i > 0; i--)
    lines.push(`from .${rng.pick(WORDS)} import ${snake(rng)}`)
  lines.push('', 'logger = logging.getLogger(__name__)', '')
  const patterns = rng.chance(0.25) ? `\n${rng.pick(archetype.patternLines)}\n\n` : '\n'
  return fillTo(`${lines.join('\n')}\n`, target, () => pyBlock(rng), patterns)
}

function renderPackageJson(name: string, archetype: Archetype, rng: Random): string {
  const dependencies: Record<string, string> = {}
  for (const dependency of archetype.dependencies) {
    if (rng.chance(0.8))
      dependencies[dependency] = `^${rng.int(1, 18)}.${rng.int(0, 20)}.${rng.int(0, 9)}`
  }
  const devDependencies: Record<string, string> = { typescript: '^5.6.3', vitest: '^2.1.4' }
  if (rng.chance(0.5)) devDependencies['eslint'] = '^9.14.0'
  const manifest = {
    name: `@acme/${name}`,
    version: `${rng.int(0, 4)}.${rng.int(0, 30)}.${rng.int(0, 9)}`,
    private: true,
    type: rng.chance(0.7) ? 'module' : 'commonjs',
    scripts: { build: 'tsc -p .', test: 'vitest run', start: 'node dist/index.js' },
    dependencies,
    devDependencies,
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}

function renderPackageLock(name: string, rng: Random): string {
  const packages: Record<string, unknown> = { '': { name: `@acme/${name}`, version: '1.0.0' } }
  for (let i = rng.int(40, 400); i > 0; i--) {
    const dependency = `${rng.pick(NPM_REGISTRY_PACKAGES)}${i}`
    packages[`node_modules/${dependency}`] = {
      version: `${rng.int(0, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}`,
      resolved: `https://registry.npmjs.org/${dependency}/-/${dependency}-1.0.0.tgz`,
      integrity: `sha512-${rng.seed().toString(36)}${rng.seed().toString(36)}${rng.seed().toString(36)}==`,
      license: 'MIT',
    }
  }
  return `${JSON.stringify({ name: `@acme/${name}`, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`
}

function renderRequirements(archetype: Archetype, rng: Random): string {
  const lines = archetype.dependencies.map(
    (d) => `${d}==${rng.int(0, 5)}.${rng.int(0, 30)}.${rng.int(0, 9)}`,
  )
  return `# pinned by pip-compile\n${lines.join('\n')}\n`
}

function renderPyproject(name: string, archetype: Archetype, rng: Random): string {
  const dependencies = archetype.dependencies.map(
    (d) => `    "${d}>=${rng.int(0, 5)}.${rng.int(0, 30)}",`,
  )
  return `[project]
name = "${name}"
version = "${rng.int(0, 3)}.${rng.int(0, 20)}.0"
requires-python = ">=3.10"
dependencies = [
${dependencies.join('\n')}
]

[tool.ruff]
line-length = 100

[tool.pytest.ini_options]
testpaths = ["tests"]
`
}

function renderPoetryLock(rng: Random): string {
  const entries: string[] = []
  for (let i = rng.int(30, 250); i > 0; i--) {
    const name = `${rng.pick(PYPI_INSTALLED)}-${i}`
    entries.push(`[[package]]
name = "${name}"
version = "${rng.int(0, 9)}.${rng.int(0, 30)}.${rng.int(0, 9)}"
description = "${capitalise(rng.pick(WORDS))} ${rng.pick(WORDS)} library"
optional = false
python-versions = ">=3.8"
files = [
    {file = "${name}-py3-none-any.whl", hash = "sha256:${rng.seed().toString(16)}${rng.seed().toString(16)}"},
]
`)
  }
  return `# This file is automatically @generated by Poetry and should not be changed by hand.\n\n${entries.join('\n')}`
}

function renderReadme(title: string, rng: Random): string {
  const paragraphs: string[] = [`# ${title}`, '']
  for (let i = rng.int(2, 6); i > 0; i--) {
    paragraphs.push(
      `The ${rng.pick(WORDS)} module ${rng.pick(VERBS)}s ${rng.pick(WORDS)} records before they reach the ${rng.pick(WORDS)} store.`,
      '',
    )
  }
  paragraphs.push('## Development', '', '```sh', 'npm install', 'npm test', '```', '')
  return paragraphs.join('\n')
}

function renderNotebook(rng: Random, archetype: Archetype): string {
  const cell = (source: string[]): unknown => ({
    cell_type: 'code',
    execution_count: rng.int(1, 40),
    metadata: {},
    outputs: [],
    source,
  })
  const imports = archetype.dependencies
    .slice(0, 3)
    .map((d) => `import ${PY_IMPORT_NAMES[d] ?? d.replace(/-/g, '_')}\n`)
  const cells = [cell(imports), cell(['frame = pd.read_csv("data/input.csv")\n', 'frame.head()\n'])]
  for (let i = rng.int(2, 12); i > 0; i--) cells.push(cell(pyBlock(rng).split(/(?<=\n)/)))
  return `${JSON.stringify({ cells, metadata: { kernelspec: { name: 'python3' } }, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`
}

function renderMinified(rng: Random, target: number): string {
  const parts = ['/*! vendor bundle | MIT */!function(e,t){"use strict";']
  let length = parts[0]!.length
  while (length < target) {
    const name = rng.pick(WORDS).slice(0, 2)
    const chunk = `var ${name}${rng.int(0, 99)}=function(n){return n&&n.${rng.pick(WORDS)}?e(n):t.${rng.pick(WORDS)}(n,${rng.int(0, 999)})};require("${rng.pick(NPM_REGISTRY_PACKAGES)}");`
    parts.push(chunk)
    length += chunk.length
  }
  parts.push('}(window,{});\n')
  return parts.join('')
}

function renderOversized(rng: Random, python: boolean, target: number): string {
  const header = python
    ? 'import json\nimport pandas as pd\n\n# Generated lookup table; do not edit.\nTABLE = [\n'
    : "import { z } from 'zod'\n\n// Generated lookup table; do not edit.\nexport const TABLE = [\n"
  const rows: string[] = [header]
  let length = header.length
  while (length < target) {
    const row = `  { "id": ${rng.int(0, 1e9)}, "${rng.pick(WORDS)}": "${rng.pick(WORDS)}-${rng.int(0, 1e6)}", "weight": ${rng.next().toFixed(6)} },\n`
    rows.push(row)
    length += row.length
  }
  rows.push(']\n')
  return rows.join('')
}

function renderInstalledJs(rng: Random, target: number): string {
  const deps = `'use strict'\nconst ${identifier(rng)} = require('${rng.pick(NPM_REGISTRY_PACKAGES)}')\n\n`
  return fillTo(deps, target, () => jsBlock(rng, false), 'module.exports = exports = {}\n\n')
}

function renderInstalledPy(rng: Random, target: number): string {
  const header = `import sys\nimport ${rng.pick(PYPI_INSTALLED)}\n\n`
  return fillTo(header, target, () => pyBlock(rng), '')
}

// ---------------------------------------------------------------------------------------------
// The plan: every file with its own seed, so content does not depend on write order.

interface PlannedFile {
  path: string
  kind: FileKind
  seed: number
  render: (rng: Random) => string
}

const sourceSize = (rng: Random): number =>
  Math.round(Math.min(70_000, Math.max(250, rng.logNormal(3000, 0.95))))

class Plan {
  readonly files: PlannedFile[] = []
  private readonly names = new Set<string>()
  constructor(readonly rng: Random) {}

  add(path: string, kind: FileKind, render: (rng: Random) => string): void {
    if (this.names.has(path)) return
    this.names.add(path)
    this.files.push({ path, kind, seed: this.rng.seed(), render })
  }

  uniqueName(base: string): string {
    let name = base
    for (let i = 2; this.names.has(`dir:${name}`); i++) name = `${base}-${i}`
    this.names.add(`dir:${name}`)
    return name
  }
}

/** Source paths spread over nested folders of roughly a dozen files each. */
function* sourcePaths(
  rng: Random,
  root: string,
  extension: string,
  python: boolean,
): Generator<string> {
  const used = new Set<string>()
  for (let folder = 0; ; folder++) {
    const depth = folder === 0 ? 0 : rng.int(1, 3)
    const segments = [root]
    for (let i = 0; i < depth; i++) segments.push(python ? rng.pick(WORDS) : rng.pick(WORDS))
    const dir = segments.join('/')
    for (let i = rng.int(6, 18); i > 0; i--) {
      const stem = python
        ? `${rng.pick(WORDS)}_${rng.pick(VERBS)}`
        : `${rng.pick(WORDS)}-${rng.pick(VERBS)}`
      const path = `${dir}/${stem}${extension}`
      if (used.has(path)) continue
      used.add(path)
      yield path
    }
  }
}

interface Component {
  dir: string
  python: boolean
  archetype: Archetype
  files: number
}

function planNodePackage(plan: Plan, budget: number, index: number): Component {
  const rng = plan.rng
  const archetype = index === 0 ? NODE_ARCHETYPES[0]! : rng.pick(NODE_ARCHETYPES)
  const name = plan.uniqueName(`${rng.pick(WORDS)}-${archetype.name}`)
  const dir = `${rng.chance(0.7) ? 'packages' : 'apps'}/${name}`
  const typed = rng.chance(0.7)
  const start = plan.files.length
  const limit = start + budget
  const room = (): boolean => plan.files.length < limit
  plan.add(`${dir}/package.json`, 'manifest', (r) => renderPackageJson(name, archetype, r))
  if (room()) plan.add(`${dir}/README.md`, 'readme', (r) => renderReadme(name, r))
  if (room() && typed)
    plan.add(
      `${dir}/tsconfig.json`,
      'config',
      () => '{\n  "extends": "../../tsconfig.base.json",\n  "include": ["src"]\n}\n',
    )
  if (room() && rng.chance(0.3))
    plan.add(`${dir}/package-lock.json`, 'lockfile', (r) => renderPackageLock(name, r))
  const extension =
    archetype.name === 'frontend'
      ? typed
        ? '.tsx'
        : '.jsx'
      : typed
        ? '.ts'
        : rng.pick(['.js', '.mjs'])
  const sources = Math.round(Math.min(400, Math.max(4, rng.logNormal(45, 0.8))))
  const paths = sourcePaths(rng, `${dir}/src`, extension, false)
  const tests = sourcePaths(rng, `${dir}/test`, `.test${typed ? '.ts' : '.js'}`, false)
  for (let i = 0; i < sources && room(); i++) {
    const test = i % 6 === 5
    const path = (test ? tests : paths).next().value as string
    const size = sourceSize(rng)
    plan.add(path, test ? 'test' : 'source', (r) => renderJsSource(r, archetype, typed, size))
  }
  return { dir, python: false, archetype, files: plan.files.length - start }
}

function planPythonProject(plan: Plan, budget: number, index: number): Component {
  const rng = plan.rng
  const archetype = index === 0 ? PYTHON_ARCHETYPES[2]! : rng.pick(PYTHON_ARCHETYPES)
  const name = plan.uniqueName(`${rng.pick(WORDS)}-${archetype.name}`)
  const dir = `${rng.chance(0.7) ? 'services' : 'ml'}/${name}`
  const module = name.replace(/-/g, '_')
  const start = plan.files.length
  const limit = start + budget
  const room = (): boolean => plan.files.length < limit
  if (rng.chance(0.6)) {
    plan.add(`${dir}/pyproject.toml`, 'manifest', (r) => renderPyproject(name, archetype, r))
    if (room() && rng.chance(0.5))
      plan.add(`${dir}/poetry.lock`, 'lockfile', (r) => renderPoetryLock(r))
  } else {
    plan.add(`${dir}/requirements.txt`, 'manifest', (r) => renderRequirements(archetype, r))
  }
  if (room()) plan.add(`${dir}/README.md`, 'readme', (r) => renderReadme(name, r))
  if (room()) plan.add(`${dir}/${module}/__init__.py`, 'source', () => '')
  const sources = Math.round(Math.min(400, Math.max(4, rng.logNormal(35, 0.8))))
  const paths = sourcePaths(rng, `${dir}/${module}`, '.py', true)
  for (let i = 0; i < sources && room(); i++) {
    const test = i % 6 === 5
    const path = test
      ? `${dir}/tests/test_${rng.pick(WORDS)}_${i}.py`
      : (paths.next().value as string)
    const size = sourceSize(rng)
    plan.add(path, test ? 'test' : 'source', (r) => renderPySource(r, archetype, size))
  }
  return { dir, python: true, archetype, files: plan.files.length - start }
}

function planNodeModules(plan: Plan, root: string, count: number): void {
  const rng = plan.rng
  const end = plan.files.length + count
  for (let index = 0; plan.files.length < end; index++) {
    const base = rng.pick(NPM_REGISTRY_PACKAGES)
    const dir = `${root}/${base}${index === 0 ? '' : `-${index}`}`
    const entries: [string, (r: Random) => string][] = [
      [
        'package.json',
        (r) =>
          `${JSON.stringify({ name: base, version: `${r.int(0, 9)}.${r.int(0, 9)}.0`, main: 'index.js', license: 'MIT' }, null, 2)}\n`,
      ],
      ['index.js', (r) => renderInstalledJs(r, 800)],
      ['README.md', (r) => renderReadme(base, r)],
      [
        'LICENSE',
        () =>
          'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n',
      ],
    ]
    for (let i = rng.int(0, 14); i > 0; i--) {
      const size = Math.round(Math.max(200, rng.logNormal(2000, 1)))
      entries.push([`lib/${rng.pick(WORDS)}-${i}.js`, (r) => renderInstalledJs(r, size)])
      if (rng.chance(0.3))
        entries.push([
          `lib/${rng.pick(WORDS)}-${i}.d.ts`,
          () => `export declare function ${rng.pick(VERBS)}(input: unknown): string\n`,
        ])
    }
    for (const [name, render] of entries) {
      if (plan.files.length >= end) break
      plan.add(`${dir}/${name}`, 'node_modules', render)
    }
  }
}

function planVirtualenv(plan: Plan, root: string, count: number): void {
  const rng = plan.rng
  const end = plan.files.length + count
  plan.add(
    `${root}/pyvenv.cfg`,
    'venv',
    () => 'home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.9\n',
  )
  if (plan.files.length < end)
    plan.add(
      `${root}/bin/activate`,
      'venv',
      () => '# This file must be used with "source bin/activate"\nexport VIRTUAL_ENV\n',
    )
  const site = `${root}/lib/python3.11/site-packages`
  for (let index = 0; plan.files.length < end; index++) {
    const name = `${rng.pick(PYPI_INSTALLED)}${index === 0 ? '' : index}`
    const entries: [string, (r: Random) => string][] = [
      [
        `${name}-1.0.${index}.dist-info/METADATA`,
        () => `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.0.${index}\n`,
      ],
      [`${name}/__init__.py`, (r) => renderInstalledPy(r, 600)],
    ]
    for (let i = rng.int(0, 16); i > 0; i--) {
      const size = Math.round(Math.max(200, rng.logNormal(3000, 1)))
      entries.push([`${name}/${rng.pick(WORDS)}_${i}.py`, (r) => renderInstalledPy(r, size)])
    }
    for (const [path, render] of entries) {
      if (plan.files.length >= end) break
      plan.add(`${site}/${path}`, 'venv', render)
    }
  }
}

interface PlannedRepo {
  files: PlannedFile[]
  nodePackages: number
  pythonProjects: number
}

export function planRepo(files: number, seed: number): PlannedRepo {
  if (!Number.isInteger(files) || files < 100) throw new Error(`at least 100 files, got ${files}`)
  const plan = new Plan(createRandom(seed))
  const rng = plan.rng
  const oversized = 3 + Math.floor(files / 25_000)
  const minified = Math.max(2, Math.round(files * 0.004))
  const notebooks = Math.max(2, Math.round(files * 0.003))
  const nodeModules = Math.round(files * 0.13)
  const venv = Math.round(files * 0.07)
  const rootFiles = 3
  let componentBudget = files - oversized - minified - notebooks - nodeModules - venv - rootFiles

  plan.add(
    '.gitignore',
    'config',
    () =>
      'node_modules/\n.venv/\nvenv/\n__pycache__/\n*.pyc\ndist/\nbuild/\n.env\ncoverage/\n*.log\n',
  )
  plan.add('README.md', 'readme', (r) => renderReadme('Acme monorepo', r))
  plan.add(
    'package.json',
    'manifest',
    () =>
      `${JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*', 'apps/*'], devDependencies: { typescript: '^5.6.3', turbo: '^2.2.3' } }, null, 2)}\n`,
  )

  const components: Component[] = []
  let nodePackages = 0
  let pythonProjects = 0
  while (componentBudget > 0) {
    const python = components.length === 1 || (components.length > 1 && rng.chance(0.45))
    const component = python
      ? planPythonProject(plan, componentBudget, pythonProjects++)
      : planNodePackage(plan, componentBudget, nodePackages++)
    components.push(component)
    componentBudget -= component.files
  }
  const nodeComponents = components.filter((c) => !c.python)
  const pythonComponents = components.filter((c) => c.python)
  const pythonHost = (): Component =>
    rng.pick(pythonComponents.length > 0 ? pythonComponents : components)

  for (let i = 0; i < oversized; i++) {
    const host = i % 2 === 0 ? rng.pick(nodeComponents) : pythonHost()
    const size = Math.round(SIZE_CAP_BYTES * (1.05 + rng.next() * 0.5))
    const path = host.python
      ? `${host.dir}/data/table_${i}.py`
      : `${host.dir}/src/generated/table-${i}.ts`
    plan.add(path, 'oversized', (r) => renderOversized(r, host.python, size))
  }
  // Half of the Node bundles sit in public/assets/, where only their name says they are minified.
  for (let i = 0; i < minified; i++) {
    const host = rng.pick(components)
    const size = rng.int(8_000, 90_000)
    const path = host.python
      ? `${host.dir}/static/js/app.${i}.min.js`
      : `${host.dir}/public/${i % 2 === 0 ? 'assets' : 'vendor'}/${rng.pick(NPM_REGISTRY_PACKAGES).replace(/[@/]/g, '')}-${i}.min.js`
    plan.add(path, 'minified', (r) => renderMinified(r, size))
  }
  for (let i = 0; i < notebooks; i++) {
    const host = pythonHost()
    plan.add(`${host.dir}/notebooks/${rng.pick(WORDS)}-analysis-${i}.ipynb`, 'notebook', (r) =>
      renderNotebook(r, host.archetype),
    )
  }

  // Most installed packages are hoisted to the root; a few packages and one project keep their own.
  const nestedModules = Math.floor(nodeModules * 0.2)
  planNodeModules(plan, 'node_modules', nodeModules - nestedModules)
  const nestedHosts = nodeComponents.slice(0, 3)
  for (let i = 0; i < nestedHosts.length; i++) {
    const share =
      i === nestedHosts.length - 1
        ? nestedModules - Math.floor(nestedModules / nestedHosts.length) * i
        : Math.floor(nestedModules / nestedHosts.length)
    if (share > 0) planNodeModules(plan, `${nestedHosts[i]!.dir}/node_modules`, share)
  }
  const projectVenv = Math.floor(venv * 0.3)
  planVirtualenv(plan, '.venv', venv - projectVenv)
  if (projectVenv > 0) planVirtualenv(plan, `${pythonHost().dir}/venv`, projectVenv)

  if (plan.files.length !== files) {
    throw new Error(`generator planned ${plan.files.length} files instead of ${files}`)
  }
  return { files: plan.files, nodePackages, pythonProjects }
}

// ---------------------------------------------------------------------------------------------
// Writing

async function forEachBounded<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!)
  })
  await Promise.all(workers)
}

function emptyKinds(): Record<FileKind, number> {
  return {
    source: 0, test: 0, manifest: 0, lockfile: 0, readme: 0, config: 0, notebook: 0,
    minified: 0, oversized: 0, node_modules: 0, venv: 0,
  } // prettier-ignore
}

/** Writes a synthetic monorepo of exactly `files` files under `root`, which must be empty or absent. */
export async function generateRepo(
  root: string,
  files: number,
  seed: number,
): Promise<GeneratedRepoStats> {
  const planned = planRepo(files, seed)
  const directories = new Set<string>()
  for (const file of planned.files) {
    const dir = nodePath.posix.dirname(file.path)
    if (dir !== '.') directories.add(dir)
  }
  // Only leaves need creating: recursive mkdir makes their parents.
  const sorted = [...directories].sort()
  const leaves = sorted.filter((dir, i) => !(sorted[i + 1]?.startsWith(`${dir}/`) ?? false))
  await mkdir(root, { recursive: true })
  await forEachBounded(leaves, 16, async (dir) => {
    await mkdir(nodePath.join(root, dir), { recursive: true })
  })
  const byKind = emptyKinds()
  let bytes = 0
  await forEachBounded(planned.files, 32, async (file) => {
    const text = file.render(createRandom(file.seed))
    bytes += Buffer.byteLength(text)
    byKind[file.kind]++
    await writeFile(nodePath.join(root, file.path), text)
  })
  const allDirectories = new Set<string>()
  for (const dir of directories) {
    for (let d = dir; d !== '.' && !allDirectories.has(d); d = nodePath.posix.dirname(d))
      allDirectories.add(d)
  }
  return {
    files: planned.files.length,
    bytes,
    directories: allDirectories.size,
    nodePackages: planned.nodePackages,
    pythonProjects: planned.pythonProjects,
    byKind,
  }
}

export interface CachedRepo {
  root: string
  stats: GeneratedRepoStats
  reused: boolean
}

/** The tree for `files`/`seed` under `workDir`, generated once and reused while the marker says it is whole. */
export async function ensureGeneratedRepo(
  workDir: string,
  files: number,
  seed: number,
): Promise<CachedRepo> {
  const dir = nodePath.join(workDir, `${files}-${seed}`)
  const root = nodePath.join(dir, 'repo')
  const marker = nodePath.join(dir, 'complete.json')
  if (existsSync(marker)) {
    const saved = JSON.parse(await readFile(marker, 'utf8')) as {
      version: number
      stats: GeneratedRepoStats
    }
    if (saved.version === GENERATOR_VERSION) return { root, stats: saved.stats, reused: true }
  }
  await rm(dir, { recursive: true, force: true })
  const stats = await generateRepo(root, files, seed)
  await writeFile(marker, `${JSON.stringify({ version: GENERATOR_VERSION, stats }, null, 2)}\n`)
  return { root, stats, reused: false }
}
