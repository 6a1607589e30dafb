import express from 'express'
import { availableParallelism } from 'node:os'
import Piscina from 'piscina'

// Solving blocks for seconds, so it never runs on the event loop.
const pool = new Piscina({
  filename: new URL('./workers/anneal.js', import.meta.url).href,
  maxThreads: Math.max(1, availableParallelism() - 1),
  idleTimeout: 30_000,
})

const app = express()
app.use(express.json({ limit: '2mb' }))

app.post('/routes/optimize', async (req, res) => {
  const { stops, iterations = 200_000 } = req.body
  if (!Array.isArray(stops) || stops.length < 2) return res.status(400).json({ error: 'need at least two stops' })
  const result = await pool.run({ stops, iterations })
  res.json(result)
})

app.get('/pool', (_req, res) => res.json({ threads: pool.threads.length, queued: pool.queueSize }))
app.listen(Number(process.env.PORT ?? 8088))
