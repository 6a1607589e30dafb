import express from 'express'
import { asianCall, portfolioVaR } from './montecarlo.js'

const app = express()
app.use(express.json())

app.post('/price/asian', (req, res) => {
  res.json({ price: asianCall(req.body) })
})

app.post('/risk/var', (req, res) => {
  res.json({ var: portfolioVaR(req.body) })
})

app.listen(Number(process.env.PORT ?? 7100))
