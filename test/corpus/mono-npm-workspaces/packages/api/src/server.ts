import express from 'express'
import knex from 'knex'
import { NewCard } from '@tasklane/shared'

const db = knex({ client: 'pg', connection: process.env.DATABASE_URL })
export const app = express()
app.use(express.json())

app.get('/boards/:board/cards', async (req, res) => {
  res.json(await db('cards').where({ board_id: req.params.board }).orderBy('position'))
})

app.post('/boards/:board/cards', async (req, res) => {
  const parsed = NewCard.safeParse(req.body)
  if (!parsed.success) return res.status(400).json(parsed.error.flatten())
  const [card] = await db('cards').insert({ ...parsed.data, board_id: req.params.board }).returning('*')
  res.status(201).json(card)
})

app.patch('/cards/:id', async (req, res) => {
  const [card] = await db('cards').where({ id: req.params.id }).update(req.body).returning('*')
  card ? res.json(card) : res.sendStatus(404)
})

app.listen(Number(process.env.PORT ?? 4000))
