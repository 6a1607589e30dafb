import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sites } from '../src/sites/index.js'

test('parses product tiles', () => {
  const html = '<div class="product-tile" data-sku="T1"><span class="product-name"> Dome 2 </span><span class="price">€129.90</span></div>'
  assert.deepEqual(sites[0].parse(html), [{ sku: 'T1', title: 'Dome 2', price: 129.9 }])
})
