import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Hub } from './hub.js'

test('stops delivering after unsubscribe', () => {
  const hub = new Hub()
  const seen = []
  const off = hub.subscribe((e) => seen.push(e))
  hub.publish({ type: 'deploys' })
  off()
  hub.publish({ type: 'alerts' })
  assert.equal(seen.length, 1)
})
