// Spreads source-file scanning over worker threads and the main thread. The main thread keeps the
// budget, the deadline and the aggregation, and scans a share itself; workers only read files from
// disk and return their facts. A worker runs Stack Fit's own bundle (the script the entry point
// names), never anything from the scanned repository. When a worker cannot start or dies, its
// files go back to the queue, so a run never loses files to a worker failure.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { bundledKnowledge } from '../knowledge/bundled.js'
import type { CompiledPattern, Knowledge } from '../knowledge/load.js'
import { FsFileSource } from '../scan/fs-source.js'
import { type ScanJob, type ScanOutcome, errorCode, scanFile, scanScratch } from './scan-file.js'
import { type PoolSummary, SCAN_WORKER_ARG, type ScanWorkers } from './scan-workers.js'

const ROLE = 'stack-fit-scan-worker'
/** Files per message: large enough to amortise messaging, small enough to balance the load. */
const BATCH_FILES = 64
/** Batches queued per worker, so it never waits for the main thread between batches. */
const BATCHES_IN_FLIGHT = 2
/** Files the main thread scans between turns of the event loop (about a millisecond's work). */
const MAIN_THREAD_BATCH_FILES = 16
/**
 * A worker's objects die young: each file's text is dropped once its facts are taken. V8 would
 * still let the young generation grow to 32 MB or more per worker; 4 MB keeps a worker's heap near
 * 18 MB instead of 31 MB (measured on the 200k-file benchmark tree), at no measured cost in time.
 */
const WORKER_YOUNG_GENERATION_MB = 4

interface WorkerInit {
  role: typeof ROLE
  root: string
}

interface BatchRequest {
  batch: number
  jobs: ScanJob[]
}

type WireOutcome =
  | Exclude<ScanOutcome, { kind: 'facts' }>
  | (Omit<Extract<ScanOutcome, { kind: 'facts' }>, 'patterns'> & {
      patterns: { id: string; line: number }[]
    })

interface BatchReply {
  batch: number
  outcomes: WireOutcome[]
}

/** True inside a worker started by scanInWorkers. */
export function isScanWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | undefined)?.role === ROLE
}

/** The worker side: scans each batch of files it is sent and replies with their facts. */
export function serveScanWorker(): void {
  const port = parentPort
  if (!port) throw new Error('serveScanWorker runs only in a worker thread')
  const { root } = workerData as WorkerInit
  const source = new FsFileSource(root)
  const knowledge = bundledKnowledge()
  // Batches are scanned one file at a time, so one read buffer serves the whole worker.
  const scratch = scanScratch()
  port.on('message', (request: BatchRequest) => {
    void (async () => {
      const outcomes: WireOutcome[] = []
      for (const job of request.jobs) {
        const outcome = await scanFile(source, job, knowledge, scratch).catch(
          (err: unknown): ScanOutcome => ({
            kind: 'error',
            message: `scan failed: ${errorCode(err)}`,
          }),
        )
        outcomes.push(
          outcome.kind === 'facts'
            ? {
                ...outcome,
                patterns: outcome.patterns.map((h) => ({ id: h.pattern.id, line: h.line })),
              }
            : outcome,
        )
      }
      port.postMessage({ batch: request.batch, outcomes } satisfies BatchReply)
    })()
  })
}

export interface PoolRun<T> {
  workers: ScanWorkers
  /** The directory the workers open with FsFileSource. */
  root: string
  /** Taken one at a time, as workers ask for more. */
  items: Iterator<T>
  knowledge: Knowledge
  /** Reserves what reading the item costs; undefined stops the scan (a limit was reached). */
  prepare: (item: T) => ScanJob | undefined
  settle: (item: T, job: ScanJob, outcome: ScanOutcome) => void
  /** Scans one file on the main thread (for files whose worker failed). */
  scanHere: (job: ScanJob) => Promise<ScanOutcome>
}

interface Entry<T> {
  item: T
  job: ScanJob
}

interface Slot<T> {
  worker: Worker
  batches: Map<number, Entry<T>[]>
  alive: boolean
}

/**
 * Scans every item, in worker threads and on the main thread together; resolves once each prepared
 * item is settled. The main thread takes small batches and yields to the event loop between them,
 * so replies are settled and workers refilled while it scans. It also scans whatever a failed
 * worker leaves, so a run never loses files to a worker failure.
 */
export async function scanInWorkers<T>(run: PoolRun<T>): Promise<void> {
  const patternById = new Map<string, CompiledPattern>(run.knowledge.patterns.map((p) => [p.id, p]))
  let stopped = false
  let batchId = 0
  const retry: Entry<T>[] = []
  const summary: PoolSummary = { byWorkers: 0, onMainThread: 0, failures: [] }
  const slots: Slot<T>[] = []
  /** Wakes the main thread when it waits for workers with nothing left to take. */
  let wake: (() => void) | undefined
  const notify = (): void => {
    wake?.()
    wake = undefined
  }

  const takeBatch = (size: number): Entry<T>[] => {
    const entries = retry.splice(0, size)
    while (entries.length < size && !stopped) {
      const next = run.items.next()
      if (next.done) break
      const item = next.value
      const job = run.prepare(item)
      if (!job) stopped = true
      else entries.push({ item, job })
    }
    return entries
  }

  const fromWire = (outcome: WireOutcome): ScanOutcome =>
    outcome.kind === 'facts'
      ? {
          ...outcome,
          patterns: outcome.patterns.flatMap(({ id, line }) => {
            const pattern = patternById.get(id)
            return pattern ? [{ pattern, line }] : []
          }),
        }
      : outcome

  const feed = (slot: Slot<T>): void => {
    while (slot.alive && slot.batches.size < BATCHES_IN_FLIGHT) {
      const entries = takeBatch(BATCH_FILES)
      if (entries.length === 0) break
      const batch = batchId++
      slot.batches.set(batch, entries)
      slot.worker.postMessage({ batch, jobs: entries.map((e) => e.job) } satisfies BatchRequest)
    }
  }

  const fail = (slot: Slot<T>, why: string): void => {
    if (!slot.alive) return
    slot.alive = false
    summary.failures.push(why)
    // Its unfinished files go back to the queue, for the other workers or the main thread.
    for (const entries of slot.batches.values()) retry.push(...entries)
    slot.batches.clear()
    for (const other of slots) feed(other)
    notify()
  }

  const script =
    typeof run.workers.script === 'string' && run.workers.script.startsWith('file:')
      ? new URL(run.workers.script)
      : run.workers.script
  for (let i = 0; i < run.workers.count; i++) {
    let worker: Worker
    try {
      worker = new Worker(script, {
        workerData: { role: ROLE, root: run.root } satisfies WorkerInit,
        execArgv: run.workers.execArgv ?? [],
        argv: [SCAN_WORKER_ARG],
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      })
    } catch (err) {
      // Its share goes to the other workers and the main thread.
      summary.failures.push(err instanceof Error ? err.message : String(err))
      continue
    }
    const slot: Slot<T> = { worker, batches: new Map(), alive: true }
    slots.push(slot)
    worker.on('message', (reply: BatchReply) => {
      const entries = slot.batches.get(reply.batch)
      if (!entries || !slot.alive) return
      slot.batches.delete(reply.batch)
      summary.byWorkers += entries.length
      entries.forEach(({ item, job }, index) => {
        const outcome = reply.outcomes[index]
        run.settle(item, job, outcome ? fromWire(outcome) : { kind: 'error', message: 'no result' })
      })
      feed(slot)
      notify()
    })
    worker.on('error', (err) => fail(slot, err instanceof Error ? err.message : String(err)))
    worker.on('exit', (code) => fail(slot, `worker exited with code ${code}`))
  }
  for (const slot of slots) feed(slot)

  try {
    // The main thread's lane: small batches, then a turn of the event loop for workers' replies.
    for (;;) {
      const entries = takeBatch(MAIN_THREAD_BATCH_FILES)
      if (entries.length > 0) {
        for (const { item, job } of entries) {
          summary.onMainThread++
          run.settle(item, job, await run.scanHere(job))
        }
        await new Promise<void>((resolve) => setImmediate(resolve))
        continue
      }
      if (!slots.some((s) => s.alive && s.batches.size > 0)) break
      // Nothing left to take, but workers are busy: wait for a reply or a failure.
      await new Promise<void>((resolve) => (wake = resolve))
    }
  } finally {
    // Also when the lane throws: live workers would keep the process from ever exiting.
    for (const slot of slots) slot.alive = false
    await Promise.all(slots.map((s) => s.worker.terminate()))
  }
  run.workers.onDone?.(summary)
}
