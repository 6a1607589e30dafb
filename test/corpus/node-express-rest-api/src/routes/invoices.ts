import { Router } from 'express'
import { z } from 'zod'
import { prisma } from '../db.js'

export const invoices = Router()

const NewInvoice = z.object({
  customerId: z.string().uuid(),
  currency: z.enum(['EUR', 'USD', 'GBP']),
  lines: z.array(z.object({ description: z.string(), amountCents: z.number().int().positive() })).min(1),
})

invoices.get('/', async (req, res) => {
  const take = Math.min(Number(req.query.limit ?? 50), 200)
  const rows = await prisma.invoice.findMany({ take, orderBy: { createdAt: 'desc' }, include: { lines: true } })
  res.json(rows)
})

invoices.get('/:id', async (req, res) => {
  const invoice = await prisma.invoice.findUnique({ where: { id: req.params.id }, include: { lines: true } })
  if (!invoice) return res.status(404).json({ error: 'not found' })
  res.json(invoice)
})

invoices.post('/', async (req, res) => {
  const body = NewInvoice.parse(req.body)
  const invoice = await prisma.invoice.create({
    data: { customerId: body.customerId, currency: body.currency, lines: { create: body.lines } },
    include: { lines: true },
  })
  res.status(201).json(invoice)
})
