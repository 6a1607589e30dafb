import { Socket } from 'phoenix'

const socket = new Socket('/socket', { params: { token: window.userToken } })
socket.connect()
const channel = socket.channel('room:lobby', {})
channel.on('new_msg', (payload) => console.log(payload.user, payload.body))
channel.join()
export default socket
