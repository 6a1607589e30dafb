import express from 'express'
import rateLimit from 'express-rate-limit'
import { z } from 'zod'
import { suggestRecipes } from './assistant.js'

export const app = express()
app.use(express.json({ limit: '20kb' }))
app.use('/v1', rateLimit({ windowMs: 60_000, limit: 20 }))

const Ask = z.object({ ingredients: z.array(z.string().min(1)).min(1).max(20), diet: z.string().optional() })

app.post('/v1/suggestions', async (req, res) => {
  const parsed = Ask.safeParse(req.body)
  if (!parsed.success) return res.status(400).json(parsed.error.flatten())
  res.json(await suggestRecipes(parsed.data))
})

if (process.env.NODE_ENV !== 'test') app.listen(Number(process.env.PORT ?? 8080))
