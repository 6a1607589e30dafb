// The report as JSON: keys sorted at every level so the same report always prints the same text.
import type { Report } from '../model.js'

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, sortedKeys, 2)}\n`
}

/**
 * Orders each object's keys as it is written. One level is copied at a time, so a large report is
 * never held twice over, as a sorted deep copy made up front would be.
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  // No prototype, so a key named `__proto__` is written as a key, not taken as the prototype.
  const sorted = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key]
  return sorted
}
