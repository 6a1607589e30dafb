// Scanning in worker threads must give exactly the report of a scan on one thread, survive workers
// that fail, and keep the read budget. Workers load the TypeScript entry point through tsx here.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { analyzeRepository } from '../../src/analysis/analyze.js'
import { fileKindOf } from '../../src/analysis/languages.js'
import { scanInWorkers } from '../../src/analysis/scan-pool.js'
import {
  MIN_FILES_FOR_WORKERS,
  type PoolSummary,
  type ScanWorkers,
  defaultScanWorkers,
  workerFailureNote,
} from '../../src/analysis/scan-workers.js'
import { loadKnowledge } from '../../src/knowledge/load.js'
import type { Report } from '../../src/model.js'
import { discoverFiles } from '../../src/scan/discovery.js'
import { FsFileSource } from '../../src/scan/fs-source.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'
import { writeTree } from '../helpers/write-tree.js'

const ENTRY = fileURLToPath(new URL('../helpers/scan-worker.mjs', import.meta.url))
const EXAMPLE = fileURLToPath(new URL('../../examples/monorepo', import.meta.url))

const workers = (over: Partial<ScanWorkers> = {}): ScanWorkers => ({
  script: ENTRY,
  count: 2,
  execArgv: [],
  minFiles: 0,
  ...over,
})

/** Source files the scan reads in the example: every file of a language it scans. */
async function scannableFiles(): Promise<number> {
  const { files } = await discoverFiles(new FsFileSource(EXAMPLE), { maxFiles: 10_000 })
  return files.filter((path) => fileKindOf(path)?.scan).length
}

/** The report without the one field that legitimately differs between runs. */
function comparable(report: Report): unknown {
  return { ...report, stats: { ...report.stats, durationMs: 0 } }
}

describe('scanning in worker threads', () => {
  let serial: Report

  beforeAll(async () => {
    serial = await analyzeRepository(new FsFileSource(EXAMPLE))
  })

  it('gives the same report as one thread', async () => {
    const runs: PoolSummary[] = []
    const parallel = await analyzeRepository(new FsFileSource(EXAMPLE), {
      workers: workers({ onDone: (s) => runs.push(s) }),
    })
    expect(comparable(parallel)).toEqual(comparable(serial))
    // The workers and the main thread shared the reading, and every file was read once.
    expect(runs).toHaveLength(1)
    expect(runs[0]!.failures).toEqual([])
    expect(runs[0]!.byWorkers).toBeGreaterThan(10)
    expect(runs[0]!.byWorkers + runs[0]!.onMainThread).toBe(await scannableFiles())
    expect(workerFailureNote(runs[0]!)).toBeUndefined()
    expect(serial.stats.bytesRead).toBeGreaterThan(0)
  }, 60_000)

  describe('when workers fail', () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-worker-'))
      await writeFile(nodePath.join(dir, 'crash.mjs'), "throw new Error('worker crashed')\n")
    })
    afterAll(() => rm(dir, { recursive: true, force: true }))

    it('scans on the main thread when every worker dies at start', async () => {
      const runs: PoolSummary[] = []
      const report = await analyzeRepository(new FsFileSource(EXAMPLE), {
        workers: workers({
          script: nodePath.join(dir, 'crash.mjs'),
          execArgv: [],
          onDone: (s) => runs.push(s),
        }),
      })
      expect(comparable(report)).toEqual(comparable(serial))
      expect(runs[0]!.failures).toEqual(['worker crashed', 'worker crashed'])
      expect(runs[0]!.byWorkers).toBe(0)
      expect(workerFailureNote(runs[0]!)).toBe(
        `2 scan worker(s) failed (worker crashed); the other threads read their files (${runs[0]!.onMainThread} on the main thread)`,
      )
      expect(runs[0]!.onMainThread).toBe(await scannableFiles())
    }, 60_000)

    it('puts back the files of workers that die mid-run, and reads each file once', async () => {
      const root = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-dies-'))
      try {
        const tree: Record<string, string> = { 'package.json': '{"name":"x"}' }
        for (let i = 0; i < 300; i++) tree[`src/f${i}.js`] = `import ws${i} from 'ws'\n`
        tree['src/f7.js'] = "import { Server } from 'socket.io'\n"
        await writeTree(root, tree)
        const alone = await analyzeRepository(new FsFileSource(root))
        const runs: PoolSummary[] = []
        const report = await analyzeRepository(new FsFileSource(root), {
          workers: workers({
            script: fileURLToPath(new URL('../helpers/scan-worker-dies.mjs', import.meta.url)),
            onDone: (s) => runs.push(s),
          }),
        })
        expect(comparable(report)).toEqual(comparable(alone))
        expect(runs[0]!.failures).toEqual([
          'worker exited with code 3',
          'worker exited with code 3',
        ])
        expect(runs[0]!.byWorkers + runs[0]!.onMainThread).toBe(300)
      } finally {
        await rm(root, { recursive: true, force: true })
      }
    }, 60_000)

    it('scans on the main thread when the worker script cannot be found', async () => {
      const report = await analyzeRepository(new FsFileSource(EXAMPLE), {
        workers: workers({ script: nodePath.join(dir, 'missing.mjs'), execArgv: [] }),
      })
      expect(comparable(report)).toEqual(comparable(serial))
    }, 60_000)
  })

  it('keeps the byte budget across workers', async () => {
    const root = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-budget-'))
    try {
      const tree: Record<string, string> = { 'package.json': '{"name":"x"}' }
      for (let i = 0; i < 300; i++)
        tree[`src/f${i}.js`] = `import express from 'express'\n${'x'.repeat(1000)}\n`
      await writeTree(root, tree)
      const report = await analyzeRepository(new FsFileSource(root), {
        workers: workers(),
        limits: { maxBytes: 50_000 },
      })
      // Each read reserves its whole allowance first, so the scan stops early rather than late.
      expect(report.partial?.limit).toBe('maxBytes')
      expect(report.stats.bytesRead).toBeGreaterThan(0)
      expect(report.stats.bytesRead).toBeLessThanOrEqual(50_000)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('scanInWorkers', () => {
  it('stops its workers when the main thread fails, so the process can still exit', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate')
    try {
      const paths = Array.from({ length: 300 }, (_, i) => `src/f${i}.js`)
      const run = scanInWorkers({
        workers: workers(),
        root: EXAMPLE,
        items: paths[Symbol.iterator](),
        knowledge: loadKnowledge(),
        prepare: (path) => ({
          path,
          language: 'javascript',
          notebook: false,
          cap: 1000,
          maxSize: 1000,
        }),
        settle: () => {},
        scanHere: () => Promise.reject(new Error('main thread failed')),
      })
      await expect(run).rejects.toThrow('main thread failed')
      expect(terminate).toHaveBeenCalledTimes(2)
    } finally {
      terminate.mockRestore()
    }
  }, 60_000)
})

describe('defaultScanWorkers', () => {
  it('uses workers on large repositories only, unless a count is asked for', () => {
    const auto = defaultScanWorkers('entry.js')
    // One core here gives none; otherwise one per core but one, with the size threshold.
    if (auto) expect(auto.minFiles ?? MIN_FILES_FOR_WORKERS).toBe(MIN_FILES_FOR_WORKERS)
    expect(defaultScanWorkers('entry.js', 2)).toMatchObject({ count: 2, minFiles: 1 })
    expect(defaultScanWorkers('entry.js', 0)).toBeUndefined()
  })
})

describe('file size cap', () => {
  it('skips files over the cap when they are read, naming their size, and scans the rest', async () => {
    const report = await analyzeRepository(
      new MemoryFileSource({
        'package.json': JSON.stringify({ name: 'api', dependencies: { express: '4' } }),
        'src/server.js': "import express from 'express'\nexpress().listen(3000)\n",
        'src/generated.js': `// generated\n${'x'.repeat(3000)}`,
        'tools/package.json': `{"name":"tools","description":"${'y'.repeat(3000)}"}`,
        'data/dump.sql': 'z'.repeat(5000),
      }),
      { limits: { maxFileSize: 2000 } },
    )
    const skipped = new Map(report.stats.skipped.map((s) => [s.path, s]))
    expect(skipped.get('src/generated.js')).toMatchObject({ reason: 'too-large' })
    expect(skipped.get('src/generated.js')?.detail).toContain(
      '3,013 bytes, over the 2,000-byte cap',
    )
    expect(skipped.get('tools/package.json')?.reason).toBe('too-large')
    // Never read, so never measured: a data file costs nothing.
    expect(skipped.has('data/dump.sql')).toBe(false)
    const api = report.components.find((c) => c.name === 'api')
    expect(api?.primary).toContain('io-api')
  })
})
