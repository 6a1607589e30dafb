import { expect } from 'chai'
import { Match } from '../src/match.js'

describe('Match', () => {
  it('moves a tank forward when up is held', () => {
    const frames = []
    const match = new Match([{ ws: { id: 'a' }, name: 'ada' }], (f) => frames.push(f))
    match.input('a', { up: true })
    match.tick()
    expect(frames[0].tanks[0].x).to.be.greaterThan(200)
  })
})
