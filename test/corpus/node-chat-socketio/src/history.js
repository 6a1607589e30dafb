const LIMIT = 50
const rooms = new Map()

function push(room, message) {
  const list = rooms.get(room) || []
  list.push(message)
  if (list.length > LIMIT) list.shift()
  rooms.set(room, list)
}

function recent(room) {
  return rooms.get(room) || []
}

module.exports = { push, recent }
