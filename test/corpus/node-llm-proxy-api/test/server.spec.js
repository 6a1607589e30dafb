import request from 'supertest'
import { describe, expect, it, vi } from 'vitest'

vi.mock('../src/assistant.js', () => ({ suggestRecipes: vi.fn().mockResolvedValue({ recipes: [] }) }))
const { app } = await import('../src/server.js')

describe('POST /v1/suggestions', () => {
  it('needs at least one ingredient', async () => {
    const res = await request(app).post('/v1/suggestions').send({ ingredients: [] })
    expect(res.status).toBe(400)
  })
})
