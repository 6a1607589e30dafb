const { decideVentilation } = require('../src/rules')

test('opens vents when it gets hot', () => {
  expect(decideVentilation({ temperature: 31 })).toEqual({ vent: true })
})

test('does nothing in the comfortable band', () => {
  expect(decideVentilation({ temperature: 25, humidity: 60 })).toBeNull()
})
