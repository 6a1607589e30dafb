import * as tf from '@tensorflow/tfjs-node'
import * as dfd from 'danfojs-node'

export async function train(csvPath) {
  const orders = await dfd.readCSV(csvPath)
  const model = tf.sequential()
  model.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: [orders.shape[1]] }))
  return model
}
