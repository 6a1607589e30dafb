import { describe, expect, it } from 'vitest'
import app from '../src/index'

const store = new Map<string, string>()
const env = {
  LINKS: {
    get: async (k: string) => store.get(k) ?? null,
    put: async (k: string, v: string) => void store.set(k, v),
    delete: async (k: string) => void store.delete(k),
  },
}

describe('links', () => {
  it('rejects something that is not a URL', async () => {
    const res = await app.request('/api/links', { method: 'POST', body: JSON.stringify({ url: 'nope' }), headers: { 'content-type': 'application/json' } }, env)
    expect(res.status).toBe(400)
  })
})
