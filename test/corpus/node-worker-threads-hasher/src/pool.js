import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'

export class ChunkPool {
  #workers = []
  #next = 0
  #pending = new Map()
  #id = 0

  constructor(size = availableParallelism()) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url))
      worker.on('message', ({ id, chunks }) => {
        this.#pending.get(id)?.(chunks)
        this.#pending.delete(id)
      })
      this.#workers.push(worker)
    }
  }

  chunk(buffer) {
    const id = this.#id++
    const worker = this.#workers[this.#next++ % this.#workers.length]
    return new Promise((resolve) => {
      this.#pending.set(id, resolve)
      worker.postMessage({ id, buffer }, [buffer])
    })
  }

  close() {
    return Promise.all(this.#workers.map((w) => w.terminate()))
  }
}
