import 'dotenv/config'
import express from 'express'
import helmet from 'helmet'
import { shipmentsRouter } from './routes/shipments.js'

const app = express()
app.use(helmet())
app.use(express.json({ limit: '100kb' }))

app.get('/health', (_req, res) => res.json({ status: 'ok' }))
app.use('/api/shipments', shipmentsRouter)

app.use((err, _req, res, _next) => {
  console.error(err)
  res.status(err.status ?? 500).json({ error: err.expose ? err.message : 'internal error' })
})

const port = Number(process.env.PORT ?? 3000)
app.listen(port, () => console.log(`shipments-api listening on ${port}`))
