import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  SIZE_CAP_BYTES,
  createRandom,
  ensureGeneratedRepo,
  generateRepo,
  type GeneratedRepoStats,
} from '../../bench/generate.js'

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(nodePath.join(root, dir), { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries) {
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)))
    else files.push(path)
  }
  return files
}

async function hashTree(root: string, files: string[]): Promise<string> {
  const hash = createHash('sha256')
  for (const file of [...files].sort()) {
    hash.update(`${file}\0`)
    hash.update(await readFile(nodePath.join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

describe('generateRepo', () => {
  let work: string
  let first: string
  let firstStats: GeneratedRepoStats
  let firstFiles: string[]

  beforeAll(async () => {
    work = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-generate-'))
    first = nodePath.join(work, 'first')
    firstStats = await generateRepo(first, 300, 7)
    firstFiles = await listFiles(first)
  })
  afterAll(async () => {
    await rm(work, { recursive: true, force: true })
  })

  it('writes exactly the number of files asked for, and says so', () => {
    expect(firstFiles).toHaveLength(300)
    expect(firstStats.files).toBe(300)
    const kinds = Object.values(firstStats.byKind).reduce((sum, n) => sum + n, 0)
    expect(kinds).toBe(300)
  })

  it('writes the same bytes for the same seed and different bytes for another', async () => {
    const again = nodePath.join(work, 'again')
    const other = nodePath.join(work, 'other')
    await generateRepo(again, 300, 7)
    await generateRepo(other, 300, 8)
    const firstHash = await hashTree(first, firstFiles)
    expect(await hashTree(again, await listFiles(again))).toBe(firstHash)
    expect(await hashTree(other, await listFiles(other))).not.toBe(firstHash)
  })

  it('holds the trees the scanner must skip, about a fifth of the files', async () => {
    const installed = firstFiles.filter((f) => f.split('/').includes('node_modules'))
    const venv = firstFiles.filter((f) => f.startsWith('.venv/') || f.includes('/venv/'))
    expect(installed.length).toBe(firstStats.byKind.node_modules)
    expect(venv.length).toBe(firstStats.byKind.venv)
    expect((installed.length + venv.length) / 300).toBeGreaterThan(0.15)
    expect(firstFiles).toContain('.venv/pyvenv.cfg')
    expect(firstFiles.some((f) => f.endsWith('/venv/pyvenv.cfg'))).toBe(true)
    expect(await readFile(nodePath.join(first, '.gitignore'), 'utf8')).toContain('node_modules/')
  })

  it('holds minified bundles, oversized sources, notebooks, lockfiles and both kinds of project', async () => {
    const minified = firstFiles.filter((f) => f.endsWith('.min.js'))
    expect(minified.length).toBeGreaterThanOrEqual(2)
    const bundle = await readFile(nodePath.join(first, minified[0]!), 'utf8')
    expect(bundle.split('\n').filter(Boolean)).toHaveLength(1)

    const sizes = await Promise.all(
      firstFiles.map(async (f) => (await stat(nodePath.join(first, f))).size),
    )
    const oversized = firstFiles.filter((_, i) => sizes[i]! > SIZE_CAP_BYTES)
    expect(oversized.length).toBe(firstStats.byKind.oversized)
    expect(oversized.length).toBeGreaterThanOrEqual(3)
    expect(oversized.every((f) => /\.(ts|py)$/.test(f))).toBe(true)

    expect(firstFiles.some((f) => f.endsWith('.ipynb'))).toBe(true)
    expect(firstFiles.some((f) => /(^|\/)(package-lock\.json|poetry\.lock)$/.test(f))).toBe(true)
    expect(firstStats.nodePackages).toBeGreaterThanOrEqual(1)
    expect(firstStats.pythonProjects).toBeGreaterThanOrEqual(1)
  })

  it('writes sources with imports at the top and code below, of a few kilobytes typically', async () => {
    const sources = firstFiles.filter(
      (f) => /\.(ts|tsx|py)$/.test(f) && !/node_modules|venv|\/(generated|data)\//.test(f),
    )
    const sizes = await Promise.all(
      sources.map(async (f) => (await stat(nodePath.join(first, f))).size),
    )
    const sorted = sizes.filter((s) => s > 0).sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]!
    expect(median).toBeGreaterThan(1500)
    expect(median).toBeLessThan(6000)

    const ts = sources.find((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))!
    const text = await readFile(nodePath.join(first, ts), 'utf8')
    expect(text.split('\n')[0]).toMatch(/^(import .* from '|const \w+ = require\(')/)
    expect(text).toMatch(/\b(function|class|for) /)

    const py = sources.find((f) => f.endsWith('.py') && !f.endsWith('__init__.py'))!
    const pyText = await readFile(nodePath.join(first, py), 'utf8')
    expect(pyText).toMatch(/^import logging$/m)
    expect(pyText).toMatch(/^(def|class) /m)
  })

  it('refuses a tree too small to hold every kind of file', async () => {
    await expect(generateRepo(nodePath.join(work, 'tiny'), 10, 1)).rejects.toThrow(/at least 100/)
  })
})

describe('ensureGeneratedRepo', () => {
  it('generates once and reuses the tree while its marker is there', async () => {
    const work = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-cache-'))
    try {
      const made = await ensureGeneratedRepo(work, 120, 3)
      expect(made.reused).toBe(false)
      expect(made.root).toBe(nodePath.join(work, '120-3', 'repo'))
      const again = await ensureGeneratedRepo(work, 120, 3)
      expect(again.reused).toBe(true)
      expect(again.stats).toEqual(made.stats)
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  })
})

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createRandom(99)
    const b = createRandom(99)
    const values = Array.from({ length: 1000 }, () => a.next())
    expect(values).toEqual(Array.from({ length: 1000 }, () => b.next()))
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
  })
})
