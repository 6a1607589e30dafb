import express from 'express'
import { prefilter } from './prefilter.js'
import { fullScore } from './ml-client.js'

const app = express()
app.use(express.json())

app.post('/screen', async (req, res) => {
  const quick = await prefilter(req.body)
  if (quick < 0.05) return res.json({ decision: 'allow', score: quick, stage: 'prefilter' })
  const score = await fullScore(req.body)
  res.json({ decision: score > 0.8 ? 'review' : 'allow', score, stage: 'model' })
})

app.listen(3000)
