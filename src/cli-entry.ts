import { runCli } from './cli.js'
import { isScanWorker, serveScanWorker } from './analysis/scan-pool.js'

// The bundle is also the scan worker's script: one file to ship, nothing loaded by a computed name.
if (isScanWorker()) {
  serveScanWorker()
} else {
  const result = await runCli(process.argv.slice(2), { workerScript: new URL(import.meta.url) })
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.exitCode
}
