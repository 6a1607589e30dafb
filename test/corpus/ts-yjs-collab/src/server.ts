import http from 'node:http'
import { WebSocketServer } from 'ws'
// y-websocket ships its server helper as CommonJS under bin/.
import { setupWSConnection, setPersistence } from 'y-websocket/bin/utils'
import { s3Persistence } from './persistence.js'
import { verifyBoardToken } from './auth.js'

const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' })
  res.end('sketchpad-sync')
})

const wss = new WebSocketServer({ noServer: true })
setPersistence(s3Persistence(process.env.BOARDS_BUCKET ?? 'sketchpad-boards'))

wss.on('connection', (conn, req, boardId: string) => {
  setupWSConnection(conn, req, { docName: boardId, gc: true })
})

server.on('upgrade', async (req, socket, head) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const boardId = url.pathname.slice(1)
  const ok = await verifyBoardToken(url.searchParams.get('token'), boardId)
  if (!ok) {
    socket.write('HTTP/1.1 401 Unauthorized\r\n\r\n')
    socket.destroy()
    return
  }
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req, boardId))
})

server.listen(Number(process.env.PORT ?? 1234))
