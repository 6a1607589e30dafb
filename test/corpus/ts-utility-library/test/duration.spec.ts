import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDuration, parseDuration } from '../src/index.js'

describe('duration', () => {
  it('parses mixed units', () => {
    expect(parseDuration('1h 30m')).toBe(5_400_000)
  })
  it('round-trips whole milliseconds', () => {
    fc.assert(fc.property(fc.nat(10 ** 10), (ms) => parseDuration(formatDuration(ms)) === ms || ms === 0))
  })
})
