import { Router } from 'express'
import { pool } from '../db.js'

export const shipmentsRouter = Router()

shipmentsRouter.get('/', async (req, res, next) => {
  try {
    const { status = 'in_transit', limit = '50' } = req.query
    const { rows } = await pool.query(
      'SELECT id, tracking_no, status, eta FROM shipments WHERE status = $1 ORDER BY eta LIMIT $2',
      [status, Math.min(Number(limit), 200)],
    )
    res.json({ shipments: rows })
  } catch (err) {
    next(err)
  }
})

shipmentsRouter.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT * FROM shipments WHERE id = $1', [req.params.id])
    if (rows.length === 0) return res.status(404).json({ error: 'not found' })
    res.json(rows[0])
  } catch (err) {
    next(err)
  }
})

shipmentsRouter.patch('/:id/status', async (req, res, next) => {
  try {
    const { status } = req.body
    await pool.query('UPDATE shipments SET status = $1, updated_at = now() WHERE id = $2', [
      status,
      req.params.id,
    ])
    res.status(204).end()
  } catch (err) {
    next(err)
  }
})
