import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { PNG } from 'pngjs'
import { applyBlur } from '../src/filters.js'

test('blurring a flat image leaves it unchanged', { skip: !existsSync('build/filters.wasm') }, async () => {
  const png = new PNG({ width: 4, height: 4 })
  png.data.fill(100)
  await applyBlur(png, 1)
  assert.equal(png.data[0], 100)
})
