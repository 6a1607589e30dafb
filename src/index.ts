import { run } from './action/main.js'
import { isScanWorker, serveScanWorker } from './analysis/scan-pool.js'

// The bundle is also the scan worker's script: one file to ship, nothing loaded by a computed name.
if (isScanWorker()) serveScanWorker()
else await run({ workerScript: new URL(import.meta.url) })
