import { test } from 'node:test'
import assert from 'node:assert/strict'
import sharp from 'sharp'
import { thumbnails } from '../src/thumbnails.js'

test('only widths up to the original are produced', async () => {
  const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#888' } }).png().toBuffer()
  const outputs = await thumbnails(png)
  assert.equal(outputs.length, 2)
})
