import Fastify from 'fastify'
import { PNG } from 'pngjs'
import { applyBlur } from './filters.js'

const app = Fastify()
app.addContentTypeParser('image/png', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))

app.post('/blur', async (req, reply) => {
  const radius = Math.min(Number(req.query.radius ?? 3), 20)
  const png = PNG.sync.read(req.body)
  await applyBlur(png, radius)
  reply.type('image/png').send(PNG.sync.write(png))
})

await app.listen({ port: Number(process.env.PORT ?? 3030) })
