import express from 'express'
import Database from 'better-sqlite3'
import cron from 'node-cron'
import { runForecast } from './forecast.js'

const db = new Database('forecasts.db')
db.exec('create table if not exists forecasts (store integer, day text, loaves integer, primary key (store, day))')
const save = db.prepare('insert or replace into forecasts values (?, ?, ?)')

const app = express()
app.get('/stores/:id/forecast', (req, res) => {
  res.json(db.prepare('select day, loaves from forecasts where store = ? order by day').all(req.params.id))
})
app.post('/stores/:id/forecast', async (req, res) => {
  const rows = await runForecast(req.params.id)
  for (const r of rows) save.run(req.params.id, r.day, r.loaves)
  res.status(201).json(rows)
})

cron.schedule('0 4 * * *', async () => {
  for (const { store } of db.prepare('select distinct store from forecasts').all()) {
    for (const r of await runForecast(store)) save.run(store, r.day, r.loaves)
  }
})
app.listen(3000)
