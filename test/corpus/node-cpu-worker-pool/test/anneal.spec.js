import { test } from 'node:test'
import assert from 'node:assert/strict'
import anneal from '../src/workers/anneal.js'

test('visits every stop exactly once', () => {
  const stops = Array.from({ length: 8 }, (_, i) => ({ lat: i, lng: i % 3 }))
  const { order } = anneal({ stops, iterations: 2000 })
  assert.deepEqual([...order].sort((a, b) => a - b), [0, 1, 2, 3, 4, 5, 6, 7])
})
