import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseTagAdvertisement } from '../src/tags.js'

test('decodes a tag advertisement', () => {
  const data = Buffer.from([0x99, 0x04, 0x2c, 0x01, 0x50, 0x5a])
  const reading = parseTagAdvertisement(data, 'aa:bb', -60)
  assert.equal(reading.temperatureC, 3)
  assert.equal(reading.humidity, 40)
  assert.equal(reading.battery, 90)
})
