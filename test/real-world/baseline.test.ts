// `eval:real --baseline FILE`: what moved since an earlier run, over the repositories both scored.
import { describe, expect, it } from 'vitest'
import { type ComponentScore, type Label, type RepoResult, changesSince } from './eval.js'

const score = (right: boolean, workload = 'io-api', falseMismatch = false): ComponentScore => ({
  path: '',
  found: true,
  stack: true,
  workload: right,
  verdict: true,
  got: { stack: 'node', workload, verdict: falseMismatch ? 'mismatch' : 'fits' },
  falseMismatch,
})

const label = (repo: string): Label => ({
  repo,
  commit: '0'.repeat(40),
  half: 'blind33',
  category: 'node-service',
  main: { path: '', stack: 'node', workloads: ['io-api'], verdicts: ['fits'], reason: 'a label' },
  components: [{ path: 'web', reason: 'a pinned front end' }],
})

const result = (repo: string, main: ComponentScore, pinned: ComponentScore[]): RepoResult => ({
  label: label(repo),
  ms: 1,
  main,
  pinned: pinned.map((p) => ({ ...p, path: 'web' })),
})

describe('changesSince', () => {
  const before = [
    result('a/fixed', score(false, 'automation'), [score(true)]),
    result('b/broken', score(true), [score(false, 'none')]),
    result('c/only-before', score(true), []),
  ]
  const after = [
    result('a/fixed', score(true), [score(true)]),
    result('b/broken', score(false, 'data-ml', true), [score(true, 'spa-frontend')]),
    result('d/only-after', score(false), []),
  ]
  const lines = changesSince(before, after)

  it('counts over the repositories both runs scored', () => {
    expect(lines[0]).toBe(
      '2 repositories scored in both runs: main 1 -> 1, pinned 1 -> 2 of 2, false mismatches 0 -> 1',
    )
  })

  it('lists each component that turned right or wrong, with what it got before', () => {
    expect(lines.slice(1)).toEqual([
      '  + [blind33] a/fixed:. node io-api fits (was node automation fits)',
      '  - [blind33] b/broken:. node data-ml mismatch (was node io-api fits)',
      '  + [blind33] b/broken:web node spa-frontend fits (was node none fits)',
    ])
  })
})
