import { mayBeScanWorker } from './analysis/scan-workers.js'
import { enableCompileCache } from './compile-cache.js'
import { watchYoungGeneration } from './young-generation.js'

enableCompileCache()

// The bundle is also the scan worker's script: one file to ship, nothing loaded by a computed name.
// A worker loads only what scanning needs: the Action itself, with @actions/* and its HTTP
// client, is imported on the main thread alone, and the main thread loads no scanning pool.
const pool = mayBeScanWorker() ? await import('./analysis/scan-pool.js') : undefined
if (pool?.isScanWorker()) pool.serveScanWorker()
else {
  watchYoungGeneration()
  const { run } = await import('./action/main.js')
  await run({ workerScript: new URL(import.meta.url) })
}
