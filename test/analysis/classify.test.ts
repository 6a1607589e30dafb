import { describe, expect, it } from 'vitest'
import { classify, confidenceOf, serverFirst } from '../../src/analysis/classify.js'
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

  it('counts a long tail of add-on packages for a capped amount (ether/etherpad-lite)', () => {
    // Express and nine middlewares of half a point each, beside socket.io and its handlers.
    const middlewares = Array.from({ length: 9 }, () => sig('io-api', 0.5))
    const imported = Array.from({ length: 5 }, () => sig('io-api', 0.5, 'import', 'app.js'))
    const profile = classify([
      sig('io-api', 2.5),
      ...middlewares,
      ...imported,
      sig('realtime', 3),
      sig('realtime', 3, 'code-pattern', 'app.js'),
    ])
    // Summed, io-api would read 9.5 against real-time's 6; the framework counts in full, the
    // declared add-ons and the imported ones at 1.5 each.
    expect(profile.primary[0]).toBe('realtime')
    expect(profile.workloads.find((w) => w.workload === 'io-api')?.raw).toBe(5.5)
  })

  it('counts strong signals and code evidence in full however many there are', () => {
    const profile = classify([
      ...Array.from({ length: 4 }, () => sig('io-api', 1)),
      ...Array.from({ length: 4 }, () => sig('io-api', 0.5, 'code-pattern', 'a.js')),
    ])
    expect(profile.workloads[0]!.raw).toBe(6)
  })

  it('needs two kinds of evidence for high confidence', () => {
    expect(confidenceOf(10, 1)).toBe('medium')
    expect(confidenceOf(4, 2)).toBe('high')
    expect(confidenceOf(1.9, 3)).toBe('low')
  })
})

describe('serverFirst', () => {
  // indico: a Flask app bundling a large React front end, whose pages and API weigh about alike.
  const app = (pages: number, api: number) =>
    classify([
      sig('spa-frontend', 38),
      sig('io-api', api),
      sig('server-web', pages, 'code-pattern', 'indico/web/views.py'),
    ])

  it('puts the server ahead of the front end it bundles', () => {
    expect(serverFirst(app(5, 21), true, true).primary[0]).toBe('io-api')
    expect(serverFirst(app(5, 21), false, true).primary[0]).toBe('spa-frontend')
  })

  it('puts pages near the API weight first, as among co-primary classes', () => {
    expect(serverFirst(app(20, 21.5), true, true).primary[0]).toBe('server-web')
  })

  it('leaves the front end first when the server is too light, whichever class carries it', () => {
    expect(serverFirst(app(20, 21.5), true, false).primary[0]).toBe('spa-frontend')
  })
})
