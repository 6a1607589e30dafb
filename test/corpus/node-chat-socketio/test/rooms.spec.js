const { io: connect } = require('socket.io-client')
const { server } = require('../src/server')

describe('rooms', () => {
  let client
  beforeAll((done) => {
    server.listen(0, () => {
      client = connect(`http://localhost:${server.address().port}`, { auth: { username: 'ada' } })
      client.on('connect', done)
    })
  })
  afterAll(() => {
    client.close()
    server.close()
  })

  it('broadcasts messages to the room', (done) => {
    client.emit('room:join', 'general', () => {
      client.on('message:new', (m) => {
        expect(m.text).toBe('hi')
        done()
      })
      client.emit('message:send', { room: 'general', text: 'hi' })
    })
  })
})
