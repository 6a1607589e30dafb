import { createServer } from 'node:http'
import express from 'express'
import { Server } from 'socket.io'
import { nextTracks } from './recommender.js'

const app = express()
app.get('/healthz', (_req, res) => res.send('ok'))
const httpServer = createServer(app)
const io = new Server(httpServer, { cors: { origin: '*' } })
const rooms = new Map()

io.on('connection', (socket) => {
  socket.on('room:join', (roomId) => {
    socket.join(roomId)
    const room = rooms.get(roomId) ?? { queue: [], listeners: 0 }
    room.listeners++
    rooms.set(roomId, room)
    socket.emit('queue', room.queue)
    io.to(roomId).emit('listeners', room.listeners)
  })

  socket.on('track:ended', async (roomId, trackId) => {
    const room = rooms.get(roomId)
    if (!room) return
    if (room.queue.length < 3) room.queue.push(...(await nextTracks(trackId)))
    io.to(roomId).emit('track:play', room.queue.shift())
  })

  socket.on('reaction', (roomId, emoji) => socket.to(roomId).emit('reaction', emoji))
})

httpServer.listen(8080)
