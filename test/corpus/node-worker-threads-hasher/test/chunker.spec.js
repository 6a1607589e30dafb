import { test } from 'node:test'
import assert from 'node:assert/strict'
import { chunkBoundaries } from '../src/chunker.js'

test('boundaries cover the input exactly', () => {
  const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) % 251)
  const boundaries = chunkBoundaries(bytes)
  assert.equal(boundaries.at(-1), bytes.length)
  assert.ok(boundaries.every((b, i) => i === 0 || b > boundaries[i - 1]))
})
