import { describe, expect, it, vi } from 'vitest'

vi.mock('../src/lib/table.js', () => ({
  table: 't',
  documents: { send: vi.fn().mockResolvedValue({}) },
  json: (statusCode, body) => ({ statusCode, body: JSON.stringify(body) }),
}))

describe('join', () => {
  it('needs an email', async () => {
    const { handler } = await import('../src/handlers/join.js')
    const res = await handler({ pathParameters: { eventId: 'e1' }, body: '{}', headers: { 'content-type': 'application/json' } })
    expect(res.statusCode).toBe(400)
  })
})
