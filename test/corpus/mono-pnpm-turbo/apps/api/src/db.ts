import { drizzle } from 'drizzle-orm/postgres-js'
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import postgres from 'postgres'

export const events = pgTable('events', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  venue: text('venue').notNull(),
  startsAt: timestamp('starts_at').notNull(),
})

export const db = drizzle(postgres(process.env.DATABASE_URL ?? ''))
