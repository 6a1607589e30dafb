const { escape } = require('lodash')
const history = require('../history')

module.exports = function registerRoomHandlers(io, socket) {
  socket.on('room:join', async (room, ack) => {
    await socket.join(room)
    socket.to(room).emit('room:joined', { user: socket.data.user, room })
    ack?.(history.recent(room))
  })

  socket.on('room:leave', async (room) => {
    await socket.leave(room)
    socket.to(room).emit('room:left', { user: socket.data.user, room })
  })

  socket.on('message:send', ({ room, text }) => {
    const message = { user: socket.data.user, text: escape(text), at: Date.now() }
    history.push(room, message)
    io.to(room).emit('message:new', message)
  })

  socket.on('typing', (room) => {
    socket.volatile.to(room).emit('typing', socket.data.user)
  })
}
