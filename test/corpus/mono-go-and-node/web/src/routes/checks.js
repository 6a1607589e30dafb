import { Router } from 'express'
import fetch from 'node-fetch'
import Redis from 'ioredis'

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379')
const CHECKER = process.env.CHECKER_URL ?? 'http://localhost:9090'
export const checks = Router()

checks.post('/', async (req, res) => {
  const { url } = req.body
  if (!/^https?:\/\//.test(url ?? '')) return res.status(400).json({ error: 'url must be http(s)' })
  const cached = await redis.get(`check:${url}`)
  if (cached) return res.json(JSON.parse(cached))
  const response = await fetch(`${CHECKER}/check?url=${encodeURIComponent(url)}`)
  const report = await response.json()
  await redis.set(`check:${url}`, JSON.stringify(report), 'EX', 600)
  res.json(report)
})

checks.get('/:url', async (req, res) => {
  const cached = await redis.get(`check:${req.params.url}`)
  cached ? res.json(JSON.parse(cached)) : res.sendStatus(404)
})
