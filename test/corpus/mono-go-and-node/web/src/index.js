import express from 'express'
import rateLimit from 'express-rate-limit'
import { checks } from './routes/checks.js'

const app = express()
app.use(express.json())
app.use(rateLimit({ windowMs: 60_000, limit: 30 }))
app.use('/api/checks', checks)
app.listen(Number(process.env.PORT ?? 8080))
