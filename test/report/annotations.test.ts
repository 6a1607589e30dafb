import { describe, expect, it } from 'vitest'
import type { ComponentReport } from '../../src/model.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { api, chat, goTool, mlGateway, reportOf, resizer, sampleReport } from './sample-report.js'

function many(make: () => ComponentReport, count: number, prefix: string): ComponentReport[] {
  return Array.from({ length: count }, (_, i) => ({ ...make(), path: `${prefix}-${i}` }))
}

describe('buildAnnotations', () => {
  it('annotates mismatch as error, caveats as warning and accepted as notice, at the cause', () => {
    const annotations = buildAnnotations(sampleReport())
    expect(annotations.map((a) => [a.level, a.file, a.startLine])).toEqual([
      ['error', 'services/ml-gateway/package.json', 14],
      ['warning', 'services/api/pyproject.toml', 7],
      ['notice', 'workers/resizer/package.json', 6],
    ])
    const [error] = annotations
    expect(error!.title).toBe('Stack Fit: services/ml-gateway mismatch (Data science / ML / AI)')
    expect(error!.message).toContain('(rule data-ml-node)')
    expect(error!.message).toContain(
      'What would change it: Move the model work to a Python component.',
    )
  })

  it('leaves out components that fit or are inconclusive', () => {
    expect(buildAnnotations(reportOf([chat(), goTool()]))).toEqual([])
  })

  it('caps each level and folds the rest into one aggregate annotation', () => {
    const report = reportOf([...many(mlGateway, 14, 'ml'), ...many(api, 3, 'api')])
    const annotations = buildAnnotations(report, { maxPerLevel: 5 })
    const errors = annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(5)
    expect(errors.slice(0, 4).map((a) => a.file)).toEqual(
      Array.from({ length: 4 }, () => 'services/ml-gateway/package.json'),
    )
    const folded = errors[4]!
    expect(folded.file).toBeUndefined()
    expect(folded.message).toBe(
      'and 10 more mismatched components: ml-4, ml-5, ml-6, ml-7, ml-8, ml-9, ml-10, ml-11, ml-12, ml-13. See the job summary.',
    )
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(3)
  })

  it('defaults to ten per level and names only the first ten of the rest', () => {
    const report = reportOf(many(api, 40, 'svc'))
    const annotations = buildAnnotations(report)
    expect(annotations).toHaveLength(10)
    expect(annotations[9]!.message).toMatch(
      /^and 31 more components with caveats: svc-9, .*svc-18 and 21 others\. See the job summary\.$/,
    )
  })

  it('keeps text plain with invisible characters made visible', () => {
    const hostile = { ...mlGateway(), path: 'svc/\u202Egnp.js\nnext' }
    const [annotation] = buildAnnotations(reportOf([hostile, resizer()]))
    expect(annotation!.title).toBe(
      'Stack Fit: svc/[U+202E]gnp.js next mismatch (Data science / ML / AI)',
    )
    expect(annotation!.title).not.toContain('\\')
  })
})
