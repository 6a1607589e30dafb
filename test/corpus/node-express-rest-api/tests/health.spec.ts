import request from 'supertest'
import { app } from '../src/app'

test('GET /health answers ok', async () => {
  const res = await request(app).get('/health')
  expect(res.status).toBe(200)
  expect(res.body).toEqual({ status: 'ok' })
})
