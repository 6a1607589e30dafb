import * as tf from '@tensorflow/tfjs-node'
import { parse } from 'csv-parse/sync'
import { readFile, writeFile } from 'node:fs/promises'
import { standardize, toRow } from './features.js'

const [, , csvPath = 'data/customers.csv'] = process.argv
const records = parse(await readFile(csvPath), { columns: true })
const { mean, scale, rows } = standardize(records.map(toRow))
const labels = records.map((r) => (r.churned === 'true' ? 1 : 0))

const xs = tf.tensor2d(rows)
const ys = tf.tensor2d(labels, [labels.length, 1])

const model = tf.sequential()
model.add(tf.layers.dense({ inputShape: [rows[0].length], units: 32, activation: 'relu' }))
model.add(tf.layers.dropout({ rate: 0.2 }))
model.add(tf.layers.dense({ units: 16, activation: 'relu' }))
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }))
model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy', metrics: ['accuracy'] })

await model.fit(xs, ys, {
  epochs: 60,
  batchSize: 64,
  validationSplit: 0.2,
  callbacks: tf.callbacks.earlyStopping({ monitor: 'val_loss', patience: 5 }),
})

await model.save('file://./model')
await writeFile('model/scaler.json', JSON.stringify({ mean, scale }))
