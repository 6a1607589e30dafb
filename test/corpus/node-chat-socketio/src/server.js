require('dotenv').config()
const http = require('http')
const path = require('path')
const express = require('express')
const { Server } = require('socket.io')
const { createAdapter } = require('@socket.io/redis-adapter')
const Redis = require('ioredis')
const registerRoomHandlers = require('./handlers/rooms')
const registerPresence = require('./handlers/presence')

const app = express()
app.use(express.static(path.join(__dirname, '..', 'public')))
app.get('/healthz', (_req, res) => res.json({ ok: true }))

const server = http.createServer(app)
const io = new Server(server, {
  cors: { origin: process.env.CORS_ORIGIN || '*' },
  pingInterval: 20000,
})

if (process.env.REDIS_URL) {
  const pub = new Redis(process.env.REDIS_URL)
  const sub = pub.duplicate()
  io.adapter(createAdapter(pub, sub))
}

io.on('connection', (socket) => {
  const user = socket.handshake.auth.username || 'anonymous'
  socket.data.user = user
  registerRoomHandlers(io, socket)
  registerPresence(io, socket)
})

const port = Number(process.env.PORT || 3000)
server.listen(port, () => console.log(`huddle listening on ${port}`))

module.exports = { app, server, io }
