import 'dotenv/config'
import express from 'express'
import Redis from 'ioredis'
import _ from 'lodash'

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379')
export const app = express()
app.use(express.json())

// Fixed one-minute windows keyed by tenant.
app.post('/quota/:tenant/consume', async (req, res) => {
  const cost = _.clamp(Number(req.body.cost ?? 1), 1, 1000)
  const key = `quota:${req.params.tenant}:${Math.floor(Date.now() / 60_000)}`
  const used = await redis.incrby(key, cost)
  if (used === cost) await redis.expire(key, 120)
  const limit = Number((await redis.hget('limits', req.params.tenant)) ?? 1000)
  res.status(used > limit ? 429 : 200).json({ used, limit, remaining: Math.max(0, limit - used) })
})

app.get('/quota/:tenant', async (req, res) => {
  const key = `quota:${req.params.tenant}:${Math.floor(Date.now() / 60_000)}`
  res.json({ used: Number((await redis.get(key)) ?? 0) })
})

app.put('/limits/:tenant', async (req, res) => {
  await redis.hset('limits', req.params.tenant, Number(req.body.limit))
  res.sendStatus(204)
})

if (process.env.NODE_ENV !== 'test') app.listen(Number(process.env.PORT ?? 3000))
