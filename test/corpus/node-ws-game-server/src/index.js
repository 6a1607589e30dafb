import { WebSocketServer } from 'ws'
import { nanoid } from 'nanoid'
import pino from 'pino'
import { pack, unpack } from 'msgpackr'
import { Match } from './match.js'

const log = pino()
const wss = new WebSocketServer({ port: Number(process.env.PORT ?? 7777), maxPayload: 4096 })
const lobby = []
const matches = new Map()

wss.on('connection', (ws, req) => {
  ws.id = nanoid(8)
  ws.isAlive = true
  ws.on('pong', () => (ws.isAlive = true))
  log.info({ id: ws.id, ip: req.socket.remoteAddress }, 'player connected')

  ws.on('message', (data) => {
    const msg = unpack(data)
    if (msg.t === 'queue') return enqueue(ws, msg.name)
    ws.match?.input(ws.id, msg)
  })
  ws.on('close', () => ws.match?.leave(ws.id))
})

function enqueue(ws, name) {
  lobby.push({ ws, name })
  if (lobby.length < 4) return
  const players = lobby.splice(0, 4)
  const match = new Match(players, (state) => {
    const frame = pack(state)
    for (const p of players) if (p.ws.readyState === 1) p.ws.send(frame)
  })
  for (const p of players) p.ws.match = match
  matches.set(match.id, match)
  match.start()
}

const heartbeat = setInterval(() => {
  for (const ws of wss.clients) {
    if (!ws.isAlive) ws.terminate()
    ws.isAlive = false
    ws.ping()
  }
}, 15000)
wss.on('close', () => clearInterval(heartbeat))
