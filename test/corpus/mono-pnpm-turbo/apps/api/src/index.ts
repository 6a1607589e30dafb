import Fastify from 'fastify'
import rateLimit from '@fastify/rate-limit'
import { eventRoutes } from './routes/events.js'

const fastify = Fastify({ logger: true })
await fastify.register(rateLimit, { max: 100, timeWindow: '1 minute' })
await fastify.register(eventRoutes, { prefix: '/events' })
await fastify.listen({ port: Number(process.env.PORT ?? 3001), host: '0.0.0.0' })
