import request from 'supertest'
import { app } from '../src/server.js'

test('rejects unknown routes', async () => {
  const res = await request(app).get('/nope')
  expect(res.status).toBe(404)
})
