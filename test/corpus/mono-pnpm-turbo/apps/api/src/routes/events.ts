import type { FastifyPluginAsync } from 'fastify'
import { and, eq, gte } from 'drizzle-orm'
import { db, events } from '../db.js'

export const eventRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get<{ Querystring: { upcoming?: string } }>('/', async (req) => {
    const where = req.query.upcoming ? gte(events.startsAt, new Date()) : undefined
    return db.select().from(events).where(where).orderBy(events.startsAt).limit(100)
  })

  fastify.get<{ Params: { id: string } }>('/:id', async (req, reply) => {
    const [event] = await db.select().from(events).where(and(eq(events.id, req.params.id)))
    return event ?? reply.code(404).send({ error: 'not found' })
  })
}
