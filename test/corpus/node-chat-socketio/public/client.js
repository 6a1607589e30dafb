const socket = io({ auth: { username: localStorage.getItem('name') || 'guest' } })
const list = document.getElementById('messages')
socket.emit('room:join', 'general', (recent) => recent.forEach(show))
socket.on('message:new', show)
document.getElementById('send').addEventListener('submit', (e) => {
  e.preventDefault()
  const input = document.getElementById('text')
  socket.emit('message:send', { room: 'general', text: input.value })
  input.value = ''
})
function show(m) {
  const li = document.createElement('li')
  li.textContent = `${m.user}: ${m.text}`
  list.appendChild(li)
}
