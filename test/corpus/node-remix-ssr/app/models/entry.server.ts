import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

export function listEntries(plot: string) {
  return prisma.entry.findMany({ where: { plot }, orderBy: { date: 'desc' }, take: 50 })
}

export function createEntry(data: { plot: string; date: Date; crop: string; note: string }) {
  return prisma.entry.create({ data })
}
