import cors from 'cors'
import express from 'express'
import helmet from 'helmet'
import pinoHttp from 'pino-http'
import { errorHandler } from './middleware/errors.js'
import { invoices } from './routes/invoices.js'
import { payments } from './routes/payments.js'

export const app = express()
app.use(helmet())
app.use(cors())
app.use(express.json({ limit: '100kb' }))
app.use(pinoHttp())

app.get('/health', (_req, res) => res.json({ status: 'ok' }))
app.use('/v1/invoices', invoices)
app.use('/v1/payments', payments)
app.use(errorHandler)
