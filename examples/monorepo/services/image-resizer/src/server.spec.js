import { test } from 'node:test'
import assert from 'node:assert'
import request from 'supertest'
import { app } from './server.js'

test('rejects a request without a photo', async () => {
  const res = await request(app).post('/photos')
  assert.equal(res.status, 400)
})
