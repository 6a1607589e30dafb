import brain from 'brain.js'
import { readFile, writeFile } from 'node:fs/promises'
import { bagOfWords, buildVocabulary, TEAMS } from './text.js'

const tickets = JSON.parse(await readFile('data/tickets.json', 'utf8'))
const vocabulary = buildVocabulary(tickets.map((t) => t.text))
const trainingData = tickets.map((t) => ({
  input: bagOfWords(t.text, vocabulary),
  output: Object.fromEntries(TEAMS.map((team) => [team, team === t.team ? 1 : 0])),
}))

const net = new brain.NeuralNetwork({ hiddenLayers: [64, 32], activation: 'leaky-relu' })
const stats = net.train(trainingData, { iterations: 4000, errorThresh: 0.004, log: true, logPeriod: 200 })
console.log(`trained in ${stats.iterations} iterations, error ${stats.error.toFixed(4)}`)

await writeFile('model.json', JSON.stringify({ vocabulary, net: net.toJSON() }))
