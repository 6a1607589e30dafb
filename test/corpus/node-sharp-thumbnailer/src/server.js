import Fastify from 'fastify'
import { thumbnails, contactSheet } from './thumbnails.js'

const app = Fastify({ bodyLimit: 50 * 1024 * 1024 })
app.addContentTypeParser(['image/jpeg', 'image/png'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body))

app.post('/thumbnails', async (req, reply) => {
  const outputs = await thumbnails(req.body)
  reply.send({ count: outputs.length, bytes: outputs.map((b) => b.length) })
})

app.post('/contact-sheet', async (req, reply) => {
  reply.type('image/jpeg').send(await contactSheet(req.body.paths))
})

await app.listen({ port: Number(process.env.PORT ?? 3900) })
