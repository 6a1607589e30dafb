import express from 'express'
import cookieParser from 'cookie-parser'
import pg from 'pg'
import { publishVote } from '@pollster/live'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL })
const app = express()
app.use(express.json())
app.use(cookieParser())

app.post('/polls', async (req, res) => {
  const { question, options } = req.body
  const { rows } = await pool.query('insert into polls (question, options) values ($1, $2) returning id', [question, options])
  res.status(201).json({ id: rows[0].id })
})

app.get('/polls/:id', async (req, res) => {
  const { rows } = await pool.query('select * from polls where id = $1', [req.params.id])
  rows[0] ? res.json(rows[0]) : res.sendStatus(404)
})

app.post('/polls/:id/votes', async (req, res) => {
  await pool.query('insert into votes (poll_id, option, voter) values ($1, $2, $3)', [req.params.id, req.body.option, req.cookies.voter])
  const { rows } = await pool.query('select option, count(*)::int as n from votes where poll_id = $1 group by option', [req.params.id])
  await publishVote(req.params.id, rows)
  res.sendStatus(204)
})

app.listen(Number(process.env.PORT ?? 3000))
