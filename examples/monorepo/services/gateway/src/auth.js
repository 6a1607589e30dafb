import jwt from 'jsonwebtoken'

export function authenticate(socket, next) {
  const token = socket.handshake.auth?.token
  if (!token) return next(new Error('missing token'))
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET)
    socket.data.customerId = claims.sub
    next()
  } catch {
    next(new Error('invalid token'))
  }
}
