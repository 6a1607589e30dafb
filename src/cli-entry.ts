import { startBundle } from './entry.js'
import { writeOutput } from './stdio.js'

// The command line itself is imported on the main thread alone.
await startBundle(async () => {
  const { runCli } = await import('./cli.js')
  const result = await runCli(process.argv.slice(2), { workerScript: new URL(import.meta.url) })
  // Not through process.stdout and process.stderr, whose streams take milliseconds to build.
  writeOutput(1, result.stdout)
  writeOutput(2, result.stderr)
  process.exitCode = result.exitCode
})
