import { isScanWorker, serveScanWorker } from './analysis/scan-pool.js'

// The bundle is also the scan worker's script: one file to ship, nothing loaded by a computed name.
// A worker loads only what scanning needs: the Action itself, with @actions/* and its HTTP
// client, is imported on the main thread alone.
if (isScanWorker()) serveScanWorker()
else {
  const { run } = await import('./action/main.js')
  await run({ workerScript: new URL(import.meta.url) })
}
