import 'dotenv/config'
import brain from 'brain.js'
import Fastify from 'fastify'
import { readFile } from 'node:fs/promises'
import { bagOfWords } from './text.js'

const { vocabulary, net: weights } = JSON.parse(await readFile('model.json', 'utf8'))
const net = new brain.NeuralNetwork().fromJSON(weights)

const app = Fastify()
app.post('/triage', async (req) => {
  const scores = net.run(bagOfWords(req.body.text, vocabulary))
  const [team] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0]
  return { team, scores }
})
await app.listen({ port: Number(process.env.PORT ?? 3500) })
