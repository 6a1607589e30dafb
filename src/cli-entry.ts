import { isScanWorker, serveScanWorker } from './analysis/scan-pool.js'

// The bundle is also the scan worker's script: one file to ship, nothing loaded by a computed name.
// A worker loads only what scanning needs; the command line itself is imported on the main thread.
if (isScanWorker()) {
  serveScanWorker()
} else {
  const { runCli } = await import('./cli.js')
  const result = await runCli(process.argv.slice(2), { workerScript: new URL(import.meta.url) })
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.exitCode
}
