import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import anneal from './workers/anneal.js'

if (isMainThread) {
  const stops = Array.from({ length: 120 }, (_, i) => ({ lat: 52 + (i % 11) / 100, lng: 13 + (i % 7) / 100 }))
  const started = Date.now()
  const runs = Array.from({ length: 4 }, (_, k) =>
    new Promise((resolve) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { stops, iterations: 100_000, seed: `b${k}` } })
      worker.once('message', resolve)
    }),
  )
  const results = await Promise.all(runs)
  console.log(results.map((r) => r.km), `${Date.now() - started} ms`)
} else {
  parentPort.postMessage(anneal(workerData))
}
