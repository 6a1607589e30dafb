import { createServer } from 'node:http'
import express from 'express'
import { Server } from 'socket.io'
import { createAdapter } from '@socket.io/redis-adapter'
import { createClient } from 'redis'
import { authenticate } from './auth.js'
import { subscribeToOrderEvents } from './orders.js'

const app = express()
app.get('/healthz', (_req, res) => res.send('ok'))

const httpServer = createServer(app)
const io = new Server(httpServer, { cors: { origin: process.env.STOREFRONT_ORIGIN } })

const pubClient = createClient({ url: process.env.REDIS_URL })
const subClient = pubClient.duplicate()
await Promise.all([pubClient.connect(), subClient.connect()])
io.adapter(createAdapter(pubClient, subClient))

io.use(authenticate)
io.on('connection', (socket) => {
  socket.join(`customer:${socket.data.customerId}`)
  socket.on('product:watch', (sku) => socket.join(`stock:${sku}`))
  socket.on('product:unwatch', (sku) => socket.leave(`stock:${sku}`))
})

await subscribeToOrderEvents(subClient, io)
httpServer.listen(Number(process.env.PORT ?? 3000))
