import { describe, expect, it } from 'vitest'
import { classify, confidenceOf } from '../../src/analysis/classify.js'
import type { Signal, Workload } from '../../src/model.js'

const sig = (
  workload: Workload,
  weight: number,
  kind: Signal['kind'] = 'dependency',
  file = 'package.json',
): Signal => ({
  workload,
  weight,
  kind,
  evidence: { file, detail: `${kind} ${workload}` },
})

describe('classify', () => {
  it('ranks classes by weight and normalises scores to the top class', () => {
    const profile = classify([
      sig('realtime', 3),
      sig('realtime', 3, 'code-pattern', 'a.js'),
      sig('io-api', 2),
    ])
    expect(profile.workloads.map((w) => [w.workload, w.score, w.raw])).toEqual([
      ['realtime', 1, 6],
      ['io-api', 0.33, 2],
    ])
    expect(profile.primary).toEqual(['realtime'])
    expect(profile.workloads[0]!.confidence).toBe('high')
    expect(profile.workloads[1]!.confidence).toBe('medium')
  })

  it('names two primary classes when they are close', () => {
    const profile = classify([sig('realtime', 4), sig('data-ml', 3.5)])
    expect(profile.primary).toEqual(['realtime', 'data-ml'])
  })

  it('names no primary class when nothing stands out', () => {
    expect(classify([sig('automation', 1)]).primary).toEqual([])
    expect(classify([]).primary).toEqual([])
  })

  it('needs two kinds of evidence for high confidence', () => {
    expect(confidenceOf(10, 1)).toBe('medium')
    expect(confidenceOf(4, 2)).toBe('high')
    expect(confidenceOf(1.9, 3)).toBe('low')
  })
})
