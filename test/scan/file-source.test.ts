import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PathOutsideRootError, grouped, normalizeRepoPath } from '../../src/scan/file-source.js'

/** The plain algorithm: split, drop `.` and empty segments, resolve `..`, refuse what leaves the root. */
function reference(path: string): string {
  const raw = path.replace(/\\/g, '/')
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || raw.includes('\0')) {
    throw new PathOutsideRootError(path)
  }
  const out: string[] = []
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) throw new PathOutsideRootError(path)
      out.pop()
    } else out.push(part)
  }
  return out.join('/')
}

const outcome = (f: () => string): string => {
  try {
    return `ok ${f()}`
  } catch (err) {
    return `throws ${(err as Error).name}`
  }
}

describe('normalizeRepoPath', () => {
  it('normalises or refuses paths', () => {
    expect(normalizeRepoPath('')).toBe('')
    expect(normalizeRepoPath('src/app.ts')).toBe('src/app.ts')
    expect(normalizeRepoPath('./src//lib/../app.ts/')).toBe('src/app.ts')
    expect(normalizeRepoPath('a\\b\\c.py')).toBe('a/b/c.py')
    expect(normalizeRepoPath('.hidden/..x/x..')).toBe('.hidden/..x/x..')
    for (const bad of ['/etc/passwd', '../up', 'a/../../up', 'C:/x', 'a\0b'])
      expect(() => normalizeRepoPath(bad), bad).toThrow(PathOutsideRootError)
  })

  it('gives the same answer as the plain algorithm for any path (the fast path included)', () => {
    const segment = fc.oneof(
      fc.constantFrom('', '.', '..', 'a', 'b.c', '..a', 'C:', 'x\\y', 'n\0'),
      fc.string({ maxLength: 4 }),
    )
    const path = fc.oneof(
      fc.array(segment, { maxLength: 6 }).map((parts) => parts.join('/')),
      fc.string({ maxLength: 12 }),
    )
    fc.assert(
      fc.property(path, (p) => {
        expect(outcome(() => normalizeRepoPath(p))).toBe(outcome(() => reference(p)))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('grouped', () => {
  it('writes a whole number as en-US does', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en-US'))
      }),
    )
  })
})
