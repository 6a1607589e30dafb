import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { verifyBoardToken } from './auth.js'

describe('verifyBoardToken', () => {
  it('accepts the HMAC of the board id and rejects anything else', async () => {
    process.env.BOARD_SECRET = 's3cret'
    const token = createHmac('sha256', 's3cret').update('b1').digest('base64url')
    expect(await verifyBoardToken(token, 'b1')).toBe(true)
    expect(await verifyBoardToken(token, 'b2')).toBe(false)
  })
})
