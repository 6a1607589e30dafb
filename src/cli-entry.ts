import { mayBeScanWorker } from './analysis/scan-workers.js'
import { enableCompileCache } from './compile-cache.js'
import { writeOutput } from './stdio.js'
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
  // Not through process.stdout and process.stderr, whose streams take milliseconds to build.
  writeOutput(1, result.stdout)
  writeOutput(2, result.stderr)
  process.exitCode = result.exitCode
}
