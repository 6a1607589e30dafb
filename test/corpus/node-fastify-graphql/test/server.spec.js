import t from 'tap'
import { build } from '../src/server.js'

t.test('health check', async (t) => {
  const app = build()
  const res = await app.inject({ method: 'GET', url: '/healthz' })
  t.equal(res.statusCode, 200)
  t.same(res.json(), { ok: true })
})
