import { z } from 'zod'

export const CardStatus = z.enum(['todo', 'doing', 'done'])

export const Card = z.object({
  id: z.string().uuid(),
  title: z.string().min(1).max(200),
  status: CardStatus,
  assignee: z.string().email().nullable(),
})
export type Card = z.infer<typeof Card>

export const NewCard = Card.omit({ id: true })
export type NewCard = z.infer<typeof NewCard>
