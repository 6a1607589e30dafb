import 'dotenv/config'
import * as tf from '@tensorflow/tfjs-node'
import express from 'express'
import { readFile } from 'node:fs/promises'
import { toRow } from './features.js'

const model = await tf.loadLayersModel('file://./model/model.json')
const { mean, scale } = JSON.parse(await readFile('model/scaler.json', 'utf8'))

const app = express()
app.use(express.json())
app.post('/predict', (req, res) => {
  const row = toRow(req.body).map((v, i) => (v - mean[i]) / scale[i])
  const probability = tf.tidy(() => model.predict(tf.tensor2d([row])).dataSync()[0])
  res.json({ churnProbability: probability })
})
app.listen(Number(process.env.PORT ?? 5005))
