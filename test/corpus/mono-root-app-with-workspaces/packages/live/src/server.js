import { WebSocketServer } from 'ws'
import Redis from 'ioredis'

// Browsers watching a poll get the new tally the moment a vote lands.
const wss = new WebSocketServer({ port: Number(process.env.LIVE_PORT ?? 3001) })
const subscriber = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379')
const watchers = new Map()

wss.on('connection', (ws, req) => {
  const pollId = new URL(req.url, 'http://x').searchParams.get('poll')
  if (!watchers.has(pollId)) {
    watchers.set(pollId, new Set())
    subscriber.subscribe(`poll:${pollId}`)
  }
  watchers.get(pollId).add(ws)
  ws.on('close', () => watchers.get(pollId)?.delete(ws))
})

subscriber.on('message', (channel, message) => {
  for (const ws of watchers.get(channel.slice(5)) ?? []) ws.send(message)
})
