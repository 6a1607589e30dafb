import { Router } from 'express'
import { z } from 'zod'
import { prisma } from '../db.js'

export const payments = Router()

const NewPayment = z.object({ invoiceId: z.string().uuid(), amountCents: z.number().int().positive() })

payments.post('/', async (req, res) => {
  const body = NewPayment.parse(req.body)
  const payment = await prisma.$transaction(async (tx) => {
    const created = await tx.payment.create({ data: body })
    await tx.invoice.update({ where: { id: body.invoiceId }, data: { paidCents: { increment: body.amountCents } } })
    return created
  })
  res.status(201).json(payment)
})
