import { describe, expect, it } from 'vitest'
import { buildKnowledge } from '../../src/knowledge/load.js'
import {
  type ComponentFacts,
  judgeComponent,
  overallVerdict,
  worstVerdict,
} from '../../src/analysis/verdict.js'
import type {
  Dependency,
  StackDetection,
  VerdictKind,
  Workload,
  WorkloadScore,
} from '../../src/model.js'

// A small guidance set with the same shape as knowledge/, so each verdict path is pinned down.
const files = {
  sources: [
    { id: 'a', file: 'a.txt', title: 'A', publisher: 'A' },
    { id: 'b', file: 'b.txt', title: 'B', publisher: 'B' },
    { id: 'c', file: 'c.txt', title: 'C', publisher: 'C' },
  ],
  guidance: {
    rules: [
      {
        id: 'rt-node',
        workload: 'realtime',
        stack: 'node',
        stance: 'recommended',
        statement: 'Node suits many open connections.',
        sources: ['a', 'b', 'c'],
      },
      {
        id: 'rt-python',
        workload: 'realtime',
        stack: 'python',
        stance: 'discouraged',
        statement: 'Plain synchronous Python struggles with many open connections.',
        sources: ['a', 'b'],
        mitigations: ['py-async'],
      },
      {
        id: 'ml-python',
        workload: 'data-ml',
        stack: 'python',
        stance: 'recommended',
        statement: 'Python has the data and ML libraries.',
        sources: ['a', 'b', 'c'],
      },
      {
        id: 'ml-node',
        workload: 'data-ml',
        stack: 'node',
        stance: 'discouraged',
        statement: 'Node lacks the ML ecosystem.',
        sources: ['a', 'c'],
        mitigations: ['py-beside'],
      },
      {
        id: 'cpu-python',
        workload: 'cpu-intensive',
        stack: 'python',
        stance: 'recommended',
        statement: 'Python is named for heavy computation.',
        sources: ['a'],
      },
      {
        id: 'cpu-node',
        workload: 'cpu-intensive',
        stack: 'node',
        stance: 'discouraged',
        statement: 'One event loop is a poor place for heavy computation.',
        sources: ['b'],
        mitigations: ['node-workers'],
      },
      {
        id: 'auto-python',
        workload: 'automation',
        stack: 'python',
        stance: 'recommended',
        statement: 'Python is named for automation scripts.',
        sources: ['b'],
      },
    ],
    disagreements: [
      {
        id: 'cpu-split',
        topic: 'whether Python is fast enough for heavy computation',
        rules: ['cpu-python'],
        positions: [
          { claim: 'Python handles CPU-heavy work well.', sources: ['a'] },
          { claim: 'Python is slow for complex calculation.', sources: ['c'] },
        ],
      },
    ],
    mitigations: [
      {
        id: 'py-async',
        stack: 'python',
        workloads: ['realtime'],
        statement: 'An async server such as asyncio or Tornado.',
        sources: ['a'],
        detect: { pypi: ['tornado'], patterns: ['py-asyncio'] },
      },
      {
        id: 'py-beside',
        stack: 'node',
        workloads: ['data-ml'],
        statement: 'A Python service beside the Node one.',
        sources: ['b'],
        detect: { siblingStack: 'python' },
      },
      {
        id: 'node-workers',
        stack: 'node',
        workloads: ['cpu-intensive'],
        statement: 'Worker threads or WebAssembly.',
        sources: ['b'],
        detect: { npm: ['piscina'], patterns: [] },
      },
    ],
  },
  signals: {
    npm: [{ name: 'ws', workloads: { realtime: 3 } }],
    pypi: [{ name: 'tornado', workloads: { realtime: 2 } }],
  },
  patterns: [
    {
      id: 'py-asyncio',
      language: 'python',
      regex: 'import asyncio',
      workloads: {},
      detail: 'asyncio',
    },
  ],
}
const knowledge = buildKnowledge(files)

const stackOf = (
  stack: StackDetection['stack'],
  extra: Partial<StackDetection> = {},
): StackDetection => ({
  stack,
  languages: [],
  mixed: false,
  evidence: [],
  ...extra,
})
const score = (
  workload: Workload,
  s = 1,
  confidence: WorkloadScore['confidence'] = 'high',
): WorkloadScore => ({
  workload,
  score: s,
  raw: s * 6,
  confidence,
  evidence: [{ file: 'x', detail: 'x' }],
})
function facts(
  stack: StackDetection['stack'],
  workloads: WorkloadScore[],
  extra: Partial<ComponentFacts> = {},
): ComponentFacts {
  return {
    path: 'svc',
    stack: stackOf(stack),
    workloads,
    primary: workloads.length && workloads[0]!.confidence !== 'low' ? [workloads[0]!.workload] : [],
    dependencies: [],
    patterns: new Map(),
    ...extra,
  }
}
const pypi = (name: string): Dependency => ({
  name,
  ecosystem: 'pypi',
  scope: 'runtime',
  file: 'requirements.txt',
  line: 3,
})

describe('judgeComponent', () => {
  it('fits when undisputed guidance recommends the stack', () => {
    const v = judgeComponent(facts('node', [score('realtime')]), knowledge, [])
    expect(v.verdict).toBe('fits')
    expect(v.rules).toEqual(['rt-node'])
    expect(v.sources).toEqual(['a', 'b', 'c'])
    expect(v.reasons[0]!.text).toContain('3 of 3 sources')
  })

  it('is a mismatch when agreed guidance warns against the stack and no mitigation is present', () => {
    const v = judgeComponent(facts('python', [score('realtime')]), knowledge, [])
    expect(v.verdict).toBe('mismatch')
    expect(v.wouldChange.join(' ')).toContain('asyncio or Tornado')
  })

  it('fits when a named mitigation covers the warning, noting the warning and what covers it', () => {
    const v = judgeComponent(
      facts('python', [score('realtime')], { dependencies: [pypi('Tornado')] }),
      knowledge,
      [],
    )
    expect(v.verdict).toBe('fits')
    const notes = v.notes.map((n) => n.text)
    expect(notes[0]).toContain('warns against Python')
    expect(notes[1]).toBe('Covered by py async: dependency Tornado.')
    expect(v.reasons.map((r) => r.rule)).not.toContain('rt-python')
    expect(v.mitigations).toEqual([
      {
        id: 'py-async',
        evidence: [{ file: 'requirements.txt', line: 3, detail: 'dependency Tornado' }],
      },
    ])
  })

  it('sees mitigations in code patterns', () => {
    const patterns = new Map([['py-asyncio', { file: 'app.py', line: 1, detail: 'asyncio' }]])
    expect(
      judgeComponent(facts('python', [score('realtime')], { patterns }), knowledge, []).verdict,
    ).toBe('fits')
  })

  it('counts a sibling component of the named stack only when it does the work in question', () => {
    const f = facts('node', [score('data-ml')])
    expect(
      judgeComponent(f, knowledge, [{ path: 'web', stack: 'python', primary: ['server-web'] }])
        .verdict,
    ).toBe('mismatch')
    expect(
      judgeComponent(f, knowledge, [{ path: 'ml', stack: 'python', primary: ['data-ml'] }]).verdict,
    ).toBe('fits')
  })

  it('is only a caveat when the warning rests on a single source, and says what to do', () => {
    const v = judgeComponent(facts('node', [score('cpu-intensive')]), knowledge, [])
    expect(v.verdict).toBe('fits-with-caveats')
    expect(v.wouldChange[0]).toBe('Worker threads or WebAssembly.')
  })

  it('fits when the recommending rule is disputed, with the dispute as a note', () => {
    const v = judgeComponent(facts('python', [score('cpu-intensive')]), knowledge, [])
    expect(v.verdict).toBe('fits')
    expect(v.reasons.map((r) => r.rule)).toEqual(['cpu-python'])
    expect(v.notes.map((n) => n.text).join(' ')).toContain('whether Python is fast enough')
    expect(v.sources).toContain('c')
  })

  it('fits when guidance names only the other stack, with that as a note', () => {
    const v = judgeComponent(facts('node', [score('automation')]), knowledge, [])
    expect(v.verdict).toBe('fits')
    expect(v.notes[0]!.text).toContain('names Python for automation')
  })

  it('says each reason once, and a caveat always carries something to do', () => {
    for (const stack of ['node', 'python'] as const) {
      for (const w of ['realtime', 'data-ml', 'cpu-intensive', 'automation'] as const) {
        const v = judgeComponent(facts(stack, [score(w)]), knowledge, [])
        const rules = [...v.reasons, ...v.notes].map((r) => r.rule)
        expect(new Set(rules).size).toBe(rules.length)
        if (v.verdict === 'fits-with-caveats' || v.verdict === 'mismatch')
          expect(v.wouldChange.length).toBeGreaterThan(0)
      }
    }
  })

  it('is inconclusive where the guidance is silent', () => {
    const v = judgeComponent(facts('python', [score('iot')]), knowledge, [])
    expect(v.verdict).toBe('inconclusive')
    expect(v.rules).toEqual(['guidance-silent'])
  })

  it('is inconclusive for stacks the guidance does not cover, naming the stack', () => {
    const v = judgeComponent(
      { ...facts('other', [score('io-api')]), stack: stackOf('other', { otherName: 'Go' }) },
      knowledge,
      [],
    )
    expect(v.verdict).toBe('inconclusive')
    expect(v.summary).toContain('Go is not covered')
  })

  it('never rests on a single weak signal', () => {
    const v = judgeComponent(facts('python', [score('realtime', 1, 'low')]), knowledge, [])
    expect(v.verdict).toBe('inconclusive')
    expect(v.rules).toEqual(['weak-signals'])
  })

  it('adds a caveat for strong secondary work that goes against the guidance', () => {
    const v = judgeComponent(
      facts('node', [score('realtime'), score('data-ml', 0.6)]),
      knowledge,
      [],
    )
    expect(v.verdict).toBe('fits-with-caveats')
    expect(v.reasons.some((r) => r.text.startsWith('Secondary work'))).toBe(true)
  })

  it('notes, without a caveat, that a component mixes stacks', () => {
    const f = { ...facts('node', [score('realtime')]), stack: stackOf('node', { mixed: true }) }
    const v = judgeComponent(f, knowledge, [])
    expect(v.verdict).toBe('fits')
    expect(v.notes.map((n) => n.rule)).toEqual(['mixed-stack'])
  })
})

describe('overallVerdict', () => {
  const c = (verdict: VerdictKind, supporting = false, accepted = false) => ({
    supporting,
    verdict: { verdict, ...(accepted ? { accepted: { reason: 'chosen' } } : {}) },
  })

  it('is inconclusive when there is nothing to judge, never a pass', () => {
    expect(overallVerdict([])).toBe('inconclusive')
    expect(overallVerdict([c('inconclusive'), c('inconclusive')])).toBe('inconclusive')
  })

  it('is the worst judged verdict, leaving inconclusive components out', () => {
    expect(overallVerdict([c('fits'), c('inconclusive')])).toBe('fits')
    expect(overallVerdict([c('inconclusive'), c('fits-with-caveats'), c('fits')])).toBe(
      'fits-with-caveats',
    )
    expect(overallVerdict([c('fits'), c('mismatch')])).toBe('mismatch')
  })

  it('leaves supporting packages out and counts an accepted mismatch as a caveat', () => {
    expect(overallVerdict([c('fits'), c('mismatch', true)])).toBe('fits')
    expect(overallVerdict([c('mismatch', true)])).toBe('inconclusive')
    expect(overallVerdict([c('fits'), c('mismatch', false, true)])).toBe('fits-with-caveats')
  })
})

describe('worstVerdict', () => {
  it('orders mismatch over caveats over inconclusive over fits', () => {
    expect(worstVerdict([])).toBe('fits')
    expect(worstVerdict(['fits', 'inconclusive'])).toBe('inconclusive')
    expect(worstVerdict(['inconclusive', 'fits-with-caveats'])).toBe('fits-with-caveats')
    expect(worstVerdict(['fits-with-caveats', 'mismatch', 'fits'])).toBe('mismatch')
  })
})
