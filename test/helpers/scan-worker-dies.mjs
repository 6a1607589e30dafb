// A scan worker that dies when its second batch arrives, with the first still in hand or just sent
// (tests of the pool's recovery only).
import process from 'node:process'
import { parentPort } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

let batches = 0
parentPort.on('message', () => {
  if (++batches === 2) process.exit(3)
})
await tsImport('../../src/cli-entry.ts', import.meta.url)
