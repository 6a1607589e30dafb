// What the entry points and the analysis need to know of the scan workers without loading them:
// the settings, the defaults and the worker's mark. scan-pool.ts, with worker_threads and the
// scanning code, is imported only when a scan is large enough for workers, or inside a worker.
import { availableParallelism } from 'node:os'

/** How the entry point lets the analysis start workers: its own script, run in a worker. */
export interface ScanWorkers {
  /** The entry script; it must call serveScanWorker() when isScanWorker() is true. */
  script: string | URL
  count: number
  /** Node options for the workers (tests load TypeScript through tsx). */
  execArgv?: string[]
  /** Below this many source files, starting workers costs more than it saves (default 10,000). */
  minFiles?: number
  /** Told how the work was shared once the scan is over (for tests and diagnostics). */
  onDone?: (summary: PoolSummary) => void
}

export interface PoolSummary {
  /** Files whose results came back from a worker. */
  byWorkers: number
  /** Files scanned on the main thread: its own share, and any a failed worker left. */
  onMainThread: number
  /** Why workers failed, one entry per failed worker. */
  failures: string[]
}

/**
 * A worker costs about 0.7 CPU-seconds to load the bundle and warm up its compiled code. Measured
 * with the main thread scanning beside one worker (2 cores): no faster at 6,500 source files,
 * barely at 15,000, 1.3 times faster at 33,000.
 */
export const MIN_FILES_FOR_WORKERS = 10_000

/**
 * More workers than this add memory faster than speed: reading stays bound by the disk cache.
 * With the main thread scanning too, that is four threads at most.
 */
const MAX_WORKERS = 3

/**
 * One worker per core beside the main thread, which scans too, up to MAX_WORKERS; none on a
 * single core (nothing to gain there). A count the user asks for is used whatever the size of the
 * repository.
 */
export function defaultScanWorkers(
  script: string | URL,
  requested?: number,
  onDone?: ScanWorkers['onDone'],
): ScanWorkers | undefined {
  const count = requested ?? Math.min(availableParallelism() - 1, MAX_WORKERS)
  if (count < 1) return undefined
  return {
    script,
    count,
    ...(requested !== undefined ? { minFiles: 1 } : {}),
    ...(onDone ? { onDone } : {}),
  }
}

/** One line for the log when workers failed and the other threads read their files. */
export function workerFailureNote(summary: PoolSummary): string | undefined {
  if (summary.failures.length === 0) return undefined
  const reasons = [...new Set(summary.failures)].join('; ')
  return `${summary.failures.length} scan worker(s) failed (${reasons}); the other threads read their files (${summary.onMainThread} on the main thread)`
}

/**
 * The argument a scan worker is started with (the Worker's argv), so an entry point tells a worker
 * from the command line without loading worker_threads; isScanWorker() makes sure.
 */
export const SCAN_WORKER_ARG = '--stack-fit-scan-worker'

/** False on the main thread of any ordinary run: then the entry point loads no scanning code. */
export function mayBeScanWorker(): boolean {
  return process.argv.includes(SCAN_WORKER_ARG)
}
