import { createHmac, timingSafeEqual } from 'node:crypto'

export async function verifyBoardToken(token: string | null, boardId: string): Promise<boolean> {
  if (!token || !process.env.BOARD_SECRET) return false
  const expected = createHmac('sha256', process.env.BOARD_SECRET).update(boardId).digest()
  const given = Buffer.from(token, 'base64url')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
