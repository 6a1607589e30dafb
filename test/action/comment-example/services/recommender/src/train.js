import * as tf from '@tensorflow/tfjs-node'
import * as dfd from 'danfojs-node'

const model = tf.sequential()
