import { describe, expect, it } from 'vitest'
import { baseUnavailableDrift, computeDrift } from '../../src/analysis/drift.js'
import type { ComponentReport } from '../../src/model.js'
import { renderDrift } from '../../src/report/markdown.js'
import { api, chat, goTool, mlGateway, reportOf } from './sample-report.js'

describe('computeDrift', () => {
  it('finds nothing between a report and itself', () => {
    const report = reportOf([chat(), api()])
    const drift = computeDrift(report, report)
    expect(drift).toMatchObject({ kind: 'unchanged', unchanged: true, added: [], removed: [] })
    expect(renderDrift(drift)).toContain(
      'No change to stacks, workloads or verdicts compared with the base.',
    )
  })

  it('lists added and removed components by path', () => {
    const drift = computeDrift(reportOf([chat(), api()]), reportOf([chat(), goTool()]))
    expect(drift.kind).toBe('changed')
    expect(drift.added).toEqual([{ path: 'tools/migrate', name: 'migrate' }])
    expect(drift.removed).toEqual([{ path: 'services/api', name: 'orders-api' }])
    expect(drift.verdicts).toEqual([])
  })

  it('reports a stack change and the verdict change it brings', () => {
    const before: ComponentReport = { ...goTool(), path: 'svc', stack: { ...goTool().stack } }
    const after: ComponentReport = { ...api(), path: 'svc' }
    const drift = computeDrift(reportOf([before]), reportOf([after]))
    expect(drift.stacks).toEqual([
      {
        path: 'svc',
        name: 'orders-api',
        from: { stack: 'other', otherName: 'Go' },
        to: { stack: 'python' },
      },
    ])
    expect(drift.verdicts).toEqual([
      { path: 'svc', name: 'orders-api', from: 'inconclusive', to: 'fits-with-caveats' },
    ])
    expect(renderDrift(drift, 'terminal')).toContain(
      '- moves svc from Go (not covered by the guidance) to Python, and from ❔ inconclusive to ⚠️ fits with caveats',
    )
  })

  it('names the dependency and files behind a primary workload change', () => {
    const base = chat()
    const head: ComponentReport = {
      ...chat(),
      workloads: [
        { ...chat().workloads[1]!, score: 1 },
        { ...chat().workloads[0]!, score: 0.5 },
        {
          workload: 'data-ml',
          score: 0.3,
          raw: 3,
          confidence: 'low',
          evidence: [{ file: 'services/chat/package.json', line: 11, detail: 'dependency openai' }],
        },
      ],
      primary: ['io-api'],
      dependencies: [
        ...chat().dependencies,
        {
          name: 'openai',
          ecosystem: 'npm',
          scope: 'runtime',
          file: 'services/chat/package.json',
          line: 11,
        },
        {
          name: 'left-pad',
          ecosystem: 'npm',
          scope: 'runtime',
          file: 'services/chat/package.json',
          line: 12,
        },
      ],
    }
    const drift = computeDrift(reportOf([base]), reportOf([head]))
    const [change] = drift.workloads
    expect(change?.primaryFrom).toEqual(['realtime'])
    expect(change?.primaryTo).toEqual(['io-api'])
    expect(change?.scores).toEqual([
      { workload: 'io-api', from: 0.35, to: 1 },
      { workload: 'realtime', from: 1, to: 0.5 },
      { workload: 'data-ml', from: 0, to: 0.3 },
    ])
    expect(change?.dependenciesAdded.map((d) => d.name)).toEqual(['openai'])
    expect(change?.dependenciesRemoved).toEqual([])
    expect(renderDrift(drift, 'terminal')).toContain(
      '- turns services/chat from Real-time to I/O API work (scores I/O API 0.35 → 1.00, Real-time 1.00 → 0.50, Data science / ML 0.00 → 0.30; adds openai',
    )
  })

  it('ignores score moves under 0.15 and counts 0.15 exactly', () => {
    const moved = (delta: number): ComponentReport => ({
      ...mlGateway(),
      workloads: [mlGateway().workloads[0]!, { ...mlGateway().workloads[1]!, score: 0.4 + delta }],
    })
    expect(computeDrift(reportOf([mlGateway()]), reportOf([moved(0.14)])).unchanged).toBe(true)
    const drift = computeDrift(reportOf([mlGateway()]), reportOf([moved(0.15)]))
    expect(drift.workloads[0]?.scores.map((s) => s.workload)).toEqual(['io-api'])
  })

  it('lists removed dependencies when a workload falls away', () => {
    const head: ComponentReport = {
      ...mlGateway(),
      workloads: [{ ...mlGateway().workloads[1]!, score: 1 }],
      primary: ['io-api'],
      dependencies: [mlGateway().dependencies[0]!],
    }
    const drift = computeDrift(reportOf([mlGateway()]), reportOf([head]))
    expect(drift.workloads[0]?.dependenciesRemoved.map((d) => d.name)).toEqual([
      '@tensorflow/tfjs-node',
    ])
    expect(drift.verdicts).toEqual([])
  })

  it('renders an unavailable base as a note', () => {
    expect(renderDrift(baseUnavailableDrift('fetch failed'), 'comment')).toBe(
      'The base revision could not be analysed (fetch failed), so only the head is reported.',
    )
  })
})
