import * as tf from '@tensorflow/tfjs-node'

let model
export async function prefilter(tx) {
  model ??= await tf.loadLayersModel('file://./prefilter/model.json')
  const input = tf.tensor2d([[tx.amount / 1000, tx.itemCount, tx.accountAgeDays / 365, tx.countryMismatch ? 1 : 0]])
  const [score] = await model.predict(input).data()
  input.dispose()
  return score
}
