const assert = require('assert')
const { nextMove } = require('../src/strategy')

describe('nextMove', () => {
  it('reverses when both sensors see the white edge', () => {
    assert.deepStrictEqual(nextMove({ left: 100, right: 100, distance: 80 }), { left: -255, right: -255 })
  })
  it('charges a close opponent', () => {
    assert.deepStrictEqual(nextMove({ left: 900, right: 900, distance: 20 }), { left: 255, right: 255 })
  })
})
