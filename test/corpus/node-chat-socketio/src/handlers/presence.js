const online = new Map()

module.exports = function registerPresence(io, socket) {
  online.set(socket.id, socket.data.user)
  io.emit('presence', [...new Set(online.values())])

  socket.on('disconnect', () => {
    online.delete(socket.id)
    io.emit('presence', [...new Set(online.values())])
  })
}
