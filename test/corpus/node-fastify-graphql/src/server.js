import 'dotenv/config'
import Fastify from 'fastify'
import cors from '@fastify/cors'
import mercurius from 'mercurius'
import { schema } from './schema/typeDefs.js'
import { resolvers, loaders } from './schema/resolvers.js'

export function build() {
  const fastify = Fastify({ logger: true })
  fastify.register(cors, { origin: true })
  fastify.register(mercurius, { schema, resolvers, loaders, graphiql: process.env.NODE_ENV !== 'production' })
  fastify.get('/healthz', async () => ({ ok: true }))
  return fastify
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const fastify = build()
  await fastify.listen({ port: Number(process.env.PORT ?? 4000), host: '0.0.0.0' })
}
