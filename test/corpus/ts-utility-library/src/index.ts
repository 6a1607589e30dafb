const UNITS = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const
type Unit = keyof typeof UNITS

const TOKEN = /(\d+(?:\.\d+)?)\s*(ms|w|d|h|m|s)/g

/** Milliseconds in a duration such as `1h 30m` or `2.5d`; NaN when nothing parses. */
export function parseDuration(text: string): number {
  let total = 0
  let matched = false
  for (const [, amount, unit] of text.toLowerCase().matchAll(TOKEN)) {
    total += Number(amount) * UNITS[unit as Unit]
    matched = true
  }
  return matched ? total : Number.NaN
}

/** The shortest exact rendering of `ms`, largest unit first: 5_400_000 → `1h 30m`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('duration must be a finite, non-negative number')
  if (ms === 0) return '0s'
  const parts: string[] = []
  let rest = Math.round(ms)
  for (const [unit, size] of Object.entries(UNITS)) {
    const count = Math.floor(rest / size)
    if (count > 0) {
      parts.push(`${count}${unit}`)
      rest -= count * size
    }
  }
  return parts.join(' ')
}
