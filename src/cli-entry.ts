import { mayBeScanWorker } from './analysis/scan-workers.js'
import { enableCompileCache } from './compile-cache.js'
import { watchYoungGeneration } from './young-generation.js'

enableCompileCache()

// The bundle is also the scan worker's script: one file to ship, nothing loaded by a computed name.
// A worker loads only what scanning needs; the command line itself is imported on the main thread,
// which loads no scanning pool.
const pool = mayBeScanWorker() ? await import('./analysis/scan-pool.js') : undefined
if (pool?.isScanWorker()) {
  pool.serveScanWorker()
} else {
  watchYoungGeneration()
  const { runCli } = await import('./cli.js')
  const result = await runCli(process.argv.slice(2), { workerScript: new URL(import.meta.url) })
  // Touching process.stdout builds its stream (a few milliseconds): not for nothing to write.
  if (result.stdout !== '') process.stdout.write(result.stdout)
  if (result.stderr !== '') process.stderr.write(result.stderr)
  process.exitCode = result.exitCode
}
