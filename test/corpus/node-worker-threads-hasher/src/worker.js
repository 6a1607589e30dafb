import { parentPort } from 'node:worker_threads'
import { xxh3 } from '@node-rs/xxhash'
import { deflateSync } from 'fflate'
import { chunkBoundaries } from './chunker.js'

parentPort.on('message', ({ id, buffer }) => {
  const bytes = new Uint8Array(buffer)
  const chunks = []
  let start = 0
  for (const end of chunkBoundaries(bytes)) {
    const chunk = bytes.subarray(start, end)
    chunks.push({ hash: xxh3.xxh128(chunk).toString(16), data: deflateSync(chunk, { level: 6 }) })
    start = end
  }
  parentPort.postMessage({ id, chunks }, chunks.map((c) => c.data.buffer))
})
