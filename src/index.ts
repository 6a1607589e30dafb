import { startBundle } from './entry.js'

// The Action itself, with @actions/* and its HTTP client, is imported on the main thread alone.
await startBundle(async () => {
  const { run } = await import('./action/main.js')
  await run({ workerScript: new URL(import.meta.url) })
})
