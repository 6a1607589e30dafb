import axios from 'axios'
import _ from 'lodash'

const client = axios.create({ baseURL: process.env.ML_URL ?? 'http://localhost:8000', timeout: 800 })

export async function fullScore(tx) {
  const { data } = await client.post('/score', _.pick(tx, ['amount', 'itemCount', 'accountAgeDays', 'country', 'ipCountry', 'hour']))
  return data.probability
}
