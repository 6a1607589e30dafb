import { describe, expect, it } from 'vitest'
import { suggestBump } from '../lib/changelog.js'

describe('suggestBump', () => {
  it('is minor when a feature landed', () => {
    expect(suggestBump(['fix: typo', 'feat: add --tag'])).toBe('minor')
  })
  it('is patch for fixes only', () => {
    expect(suggestBump(['fix: typo'])).toBe('patch')
  })
})
