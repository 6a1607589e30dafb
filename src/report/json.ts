// The report as JSON: keys sorted at every level so the same report always prints the same text.
import type { Report } from '../model.js'

export function renderJson(report: Report): string {
  return `${JSON.stringify(sortKeys(report), null, 2)}\n`
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key]
    if (item !== undefined) sorted[key] = sortKeys(item)
  }
  return sorted
}
