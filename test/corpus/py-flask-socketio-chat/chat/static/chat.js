const socket = io()
const room = new URLSearchParams(location.search).get('room') || 'general'
const username = localStorage.getItem('name') || prompt('Your name?')

socket.on('connect', () => socket.emit('join', { room, username }))
socket.on('message', (m) => {
  const li = document.createElement('li')
  li.textContent = `${m.author}: ${m.body}`
  document.getElementById('messages').appendChild(li)
})
socket.on('typing', (t) => (document.getElementById('typing').textContent = `${t.user} is typing…`))

document.getElementById('send').addEventListener('submit', (e) => {
  e.preventDefault()
  const input = document.getElementById('body')
  socket.emit('message', { room, body: input.value })
  input.value = ''
})
