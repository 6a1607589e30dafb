import { test } from 'node:test'
import assert from 'node:assert/strict'
import { standardize } from '../src/features.js'

test('standardized columns have mean zero', () => {
  const { rows } = standardize([[1, 10], [3, 30]])
  assert.deepEqual(rows.map((r) => r[0]), [-1, 1])
})
