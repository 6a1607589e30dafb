// What both bundles, the Action's and the command line's, do before their own work.
import { mayBeScanWorker } from './analysis/scan-workers.js'
import { enableCompileCache } from './compile-cache.js'
import { watchYoungGeneration } from './young-generation.js'

/**
 * Starts a bundle. The bundle is also the scan worker's script: one file to ship, nothing loaded by
 * a computed name. A worker loads only what scanning needs and serves its files; on the main thread
 * `main` runs, with the young generation watched, and no scanning pool is loaded.
 */
export async function startBundle(main: () => Promise<void>): Promise<void> {
  enableCompileCache()
  const pool = mayBeScanWorker() ? await import('./analysis/scan-pool.js') : undefined
  if (pool?.isScanWorker()) {
    pool.serveScanWorker()
    return
  }
  watchYoungGeneration()
  await main()
}
