import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { nanoid } from 'nanoid'
import { z } from 'zod'
import type { Env } from '../index'

export const links = new Hono<Env>()

links.post('/', zValidator('json', z.object({ url: z.string().url(), ttlDays: z.number().int().max(365).optional() })), async (c) => {
  const { url, ttlDays } = c.req.valid('json')
  const code = nanoid(7)
  await c.env.LINKS.put(code, url, ttlDays ? { expirationTtl: ttlDays * 86400 } : undefined)
  return c.json({ code, short: new URL(`/${code}`, c.req.url).toString() }, 201)
})

links.get('/:code', async (c) => {
  const url = await c.env.LINKS.get(c.req.param('code'))
  return url ? c.json({ code: c.req.param('code'), url }) : c.json({ error: 'not found' }, 404)
})

links.delete('/:code', async (c) => {
  await c.env.LINKS.delete(c.req.param('code'))
  return c.body(null, 204)
})
