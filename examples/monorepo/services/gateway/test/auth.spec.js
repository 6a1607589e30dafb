import { describe, expect, it } from 'vitest'
import jwt from 'jsonwebtoken'
import { authenticate } from '../src/auth.js'

describe('authenticate', () => {
  it('puts the customer id on the socket', () => {
    process.env.JWT_SECRET = 'test'
    const socket = { handshake: { auth: { token: jwt.sign({ sub: 'c-1' }, 'test') } }, data: {} }
    authenticate(socket, (err) => expect(err).toBeUndefined())
    expect(socket.data.customerId).toBe('c-1')
  })
})
