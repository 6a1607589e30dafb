import express from 'express'
import { Kafka } from 'kafkajs'
import { Hub } from './hub.js'

const hub = new Hub()
const app = express()
app.use(express.static('public'))

app.get('/events', (req, res) => {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
  })
  res.write('retry: 3000\n\n')
  const unsubscribe = hub.subscribe((event) => res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`))
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 15000)
  req.on('close', () => {
    clearInterval(keepAlive)
    unsubscribe()
  })
})

const kafka = new Kafka({ clientId: 'ops-pulse', brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',') })
const consumer = kafka.consumer({ groupId: `ops-pulse-${process.env.HOSTNAME ?? 'local'}` })
await consumer.connect()
await consumer.subscribe({ topics: ['deploys', 'alerts', 'queue-depth'] })
await consumer.run({
  eachMessage: async ({ topic, message }) => hub.publish({ type: topic, ...JSON.parse(message.value.toString()) }),
})

app.listen(Number(process.env.PORT ?? 8000))
