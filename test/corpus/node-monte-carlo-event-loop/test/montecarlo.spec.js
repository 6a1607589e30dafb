import { test } from 'node:test'
import assert from 'node:assert/strict'
import { asianCall } from '../src/montecarlo.js'

test('a deep out-of-the-money Asian call is nearly worthless', () => {
  const price = asianCall({ spot: 100, strike: 300, rate: 0.02, vol: 0.2, years: 1, paths: 2000, steps: 50 })
  assert.ok(price < 0.01)
})
