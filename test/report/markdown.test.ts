import { describe, expect, it } from 'vitest'
import { computeDrift } from '../../src/analysis/drift.js'
import type { ComponentReport } from '../../src/model.js'
import {
  COMMENT_LIMIT_CHARS,
  SUMMARY_LIMIT_BYTES,
  mermaidLabel,
  renderMarkdown,
} from '../../src/report/markdown.js'
import {
  api,
  chat,
  frontend,
  goTool,
  mlGateway,
  reportOf,
  sampleGuidance,
  sampleReport,
} from './sample-report.js'

const guidance = sampleGuidance

describe('renderMarkdown snapshots', () => {
  for (const flavor of ['terminal', 'summary', 'comment'] as const) {
    it(`renders the sample report for the ${flavor}`, () => {
      expect(renderMarkdown(sampleReport(), { guidance, flavor })).toMatchSnapshot()
    })
  }
})

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((l) => l.startsWith('| '))
}

describe('renderMarkdown', () => {
  it('puts the overall verdict first, then drift, then the table, then details and notes', () => {
    const base = reportOf([frontend(), chat()])
    const head = sampleReport()
    const md = renderMarkdown(head, {
      guidance,
      flavor: 'summary',
      drift: computeDrift(base, head),
    })
    const at = (s: string) => md.indexOf(s)
    expect(md.startsWith('## Stack Fit\n\n❌ **Overall: mismatch**')).toBe(true)
    expect(at('What this pull request changes')).toBeGreaterThan(at('Overall'))
    expect(at('| Component |')).toBeGreaterThan(at('What this pull request changes'))
    expect(at('```mermaid')).toBeGreaterThan(at('| Component |'))
    expect(at('<details>')).toBeGreaterThan(at('| Component |'))
    expect(at('### Scan notes')).toBeGreaterThan(at('</details>'))
  })

  it('summarises the counts and lists one row per component in report order', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'comment' })
    expect(md).toContain('6 components: 2 fits, 1 fits with caveats, 2 mismatch, 1 inconclusive.')
    const rows = tableRows(md).slice(1)
    expect(rows.map((r) => r.split(' | ')[0])).toEqual([
      '| .',
      '| services/chat',
      '| services/api',
      '| services/ml\\-gateway',
      '| workers/resizer',
      '| tools/migrate',
    ])
    expect(rows[5]).toContain('Go \\(not covered by the guidance\\)')
    expect(rows[4]).toContain('❌ mismatch (accepted)')
  })

  it('cites sources as "N of 5 sources" with their names', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'terminal' })
    expect(md).toContain('(realtime-node; 3 of 5 sources: Blue People, Hyqoo, Codix IT Solutions)')
    expect(md).toContain('2 of 5 sources: Hyqoo, Which backend framework')
  })

  it('does not repeat an agreement count the reason text already carries', () => {
    const component = chat()
    component.verdict.reasons[0]!.text = 'Node.js suits real-time work (3 of 5 sources).'
    const md = renderMarkdown(reportOf([component]), { guidance, flavor: 'terminal' })
    expect(md).toContain(
      '- Node.js suits real-time work. (realtime-node; 3 of 5 sources: Blue People, Hyqoo, Codix IT Solutions)',
    )
    component.verdict.reasons[0]!.text = 'Scales out well. (2 of 5 sources). The sources disagree.'
    const split = renderMarkdown(reportOf([component]), { guidance, flavor: 'terminal' })
    expect(split).toContain(
      '- Scales out well. (2 of 5 sources). The sources disagree. (realtime-node; 3 of 5',
    )
    component.verdict.reasons[0]!.text = 'Scales out well. (3 of 5 sources). The sources agree.'
    const same = renderMarkdown(reportOf([component]), { guidance, flavor: 'terminal' })
    expect(same).toContain('- Scales out well. The sources agree. (realtime-node; 3 of 5')
  })

  it('caps evidence per workload with a count of the rest', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'summary' })
    expect(md).toContain('  - and 4 more')
    expect(md).not.toContain('room5.ts')
  })

  it('shows an accepted decision as such, also in the overall line', () => {
    const resizerOnly = reportOf([frontend(), sampleReport().components[4]!])
    const md = renderMarkdown(resizerOnly, { guidance, flavor: 'summary' })
    expect(md).toContain('❌ **Overall: mismatch** (accepted decision)')
    expect(md).toContain('Accepted decision: Resizing runs in a native library off the event loop.')
  })

  it('warns about a partial scan at the top and in the notes', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'comment' })
    expect(md.indexOf('Partial scan')).toBeLessThan(md.indexOf('| Component |'))
    expect(md).toContain('the maxFiles limit stopped the scan early')
    const complete = renderMarkdown(reportOf([chat()]), { guidance, flavor: 'comment' })
    expect(complete).not.toContain('Partial scan')
  })

  it('lists skipped counts and problems in the scan notes, escaped', () => {
    const report = sampleReport()
    report.problems.push({
      file: 'evil/<!--x-->.txt',
      line: 2,
      message: 'ping @admins about #9 <img src=x>',
    })
    const md = renderMarkdown(report, { guidance, flavor: 'comment' })
    expect(md).toContain('Skipped: 2 binary, 12 gitignored, 3 vendored.')
    expect(md).toContain('3 problems reading files:')
    expect(md).not.toMatch(/<img/)
    expect(md).not.toContain('<!--')
    expect(md).not.toMatch(/@\w/)
  })

  it('uses no HTML and no chart in the terminal', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'terminal' })
    expect(md).not.toContain('<details>')
    expect(md).not.toContain('```mermaid')
    expect(md).toContain('## ❌ services/ml-gateway — mismatch')
  })

  it('draws one pie chart per component with workloads, with safe labels', () => {
    const hostile = { ...chat(), path: 'svc/"quoted"; %%{init}%%' }
    const md = renderMarkdown(reportOf([hostile, goTool()]), { guidance, flavor: 'summary' })
    const charts = md.match(/```mermaid\npie title [^\n]*\n/g) ?? []
    expect(charts).toEqual(['```mermaid\npie title svc/ quoted init\n'])
    expect(md).toContain('    "Real-time" : 100')
    expect(mermaidLabel('a"b:c;d#e')).toBe('a b c d e')
  })

  it('escapes hostile component paths in the table and the details', () => {
    const hostile: ComponentReport = {
      ...mlGateway(),
      path: 'x|<img src=x>](http://e)`@org/team',
      name: '@org/team #123 \u202Eevil',
    }
    const md = renderMarkdown(reportOf([hostile]), { guidance, flavor: 'comment' })
    for (const row of tableRows(md)) expect(row.split(/(?<!\\)\|/), row).toHaveLength(6)
    expect(md).not.toMatch(/<img/)
    expect(md).not.toContain('\u202E')
    expect(md).toMatch(/<summary>❌ x\|&lt;img src=x&gt;/)
  })
})

describe('renderMarkdown size limits', () => {
  function bigReport(count: number, name = (i: number) => `packages/service-${i}`) {
    const components = Array.from({ length: count }, (_, i) => ({
      ...[chat(), api(), mlGateway()][i % 3]!,
      path: name(i),
    }))
    return reportOf(components)
  }

  it('exports GitHub limits', () => {
    expect(SUMMARY_LIMIT_BYTES).toBe(1_048_576)
    expect(COMMENT_LIMIT_CHARS).toBe(65_536)
  })

  it('returns the full report when it fits, without a trimming note', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'comment', maxLength: 100_000 })
    expect(md).not.toContain('shortened')
    expect(md).toContain('room0.ts')
  })

  it('drops evidence first, then details, then the chart', () => {
    const report = sampleReport()
    const full = renderMarkdown(report, { guidance, flavor: 'comment' })
    const noEvidence = renderMarkdown(report, {
      guidance,
      flavor: 'comment',
      maxLength: full.length - 1,
    })
    expect(noEvidence).not.toContain('room0.ts')
    expect(noEvidence).toContain('<details>')
    expect(noEvidence).toContain('shortened')
    const noDetails = renderMarkdown(report, { guidance, flavor: 'comment', maxLength: 3000 })
    expect(noDetails).not.toContain('<details>')
    expect(noDetails).toContain('```mermaid')
    const tableOnly = renderMarkdown(report, { guidance, flavor: 'comment', maxLength: 1600 })
    expect(tableOnly).not.toContain('```mermaid')
    expect(tableOnly).toContain('| tools/migrate |')
    expect(tableOnly.length).toBeLessThanOrEqual(1600)
  })

  it('links the full report when trimmed and a run URL is known', () => {
    const md = renderMarkdown(sampleReport(), {
      guidance,
      flavor: 'comment',
      maxLength: 2000,
      runUrl: 'https://github.com/o/r/actions/runs/1',
    })
    expect(md).toContain('[Full report in the job summary](https://github.com/o/r/actions/runs/1)')
    const summary = renderMarkdown(sampleReport(), {
      guidance,
      flavor: 'summary',
      maxLength: 2000,
      runUrl: 'https://github.com/o/r/actions/runs/1',
    })
    expect(summary).not.toContain('Full report in the job summary')
    expect(summary).toContain('The JSON report has everything.')
  })

  it('never exceeds the comment limit for 2,000 components, keeping verdict and table head', () => {
    const md = renderMarkdown(bigReport(2000), { guidance, flavor: 'comment' })
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS)
    expect(md).toContain('**Overall: mismatch**')
    expect(md).toContain('| Component | Stack | Primary workload | Verdict |')
    expect(md).toMatch(/… and \d+ more components\./)
  })

  it('counts UTF-8 bytes for the summary', () => {
    const report = bigReport(600, (i) => `服务/組件-${i}-😀`)
    const limit = 40_000
    const md = renderMarkdown(report, { guidance, flavor: 'summary', maxLength: limit })
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(limit)
    // Counting characters would have let through more than the byte budget allows.
    expect(md.length).toBeLessThan(limit)
    const asComment = renderMarkdown(report, { guidance, flavor: 'comment', maxLength: limit })
    expect(Buffer.byteLength(asComment, 'utf8')).toBeGreaterThan(limit)
    expect(asComment.length).toBeLessThanOrEqual(limit)
  })

  it('holds even a tiny limit', () => {
    for (const limit of [10, 80, 300]) {
      const md = renderMarkdown(bigReport(50), { guidance, flavor: 'comment', maxLength: limit })
      expect(md.length).toBeLessThanOrEqual(limit)
    }
  })
})

describe('drift section', () => {
  it('says when nothing changed', () => {
    const report = sampleReport()
    const md = renderMarkdown(report, {
      guidance,
      flavor: 'comment',
      drift: computeDrift(report, report),
    })
    expect(md).toContain('No change to stacks, workloads or verdicts compared with the base.')
  })

  it('notes an unavailable base', () => {
    const md = renderMarkdown(sampleReport(), {
      guidance,
      flavor: 'comment',
      drift: { kind: 'baseUnavailable', reason: 'the base commit is not in the shallow clone' },
    })
    expect(md).toContain(
      'The base revision could not be analysed (the base commit is not in the shallow clone), so only the head is reported.',
    )
  })

  it('lists added components, verdict and workload changes with their dependencies', () => {
    const base = reportOf([
      chat(),
      { ...mlGateway(), verdict: chat().verdict, workloads: [], primary: [], dependencies: [] },
    ])
    const head = reportOf([chat(), mlGateway(), goTool()])
    const md = renderMarkdown(head, {
      guidance,
      flavor: 'comment',
      drift: computeDrift(base, head),
    })
    expect(md).toContain('- New component tools/migrate.')
    expect(md).toContain('- services/ml\\-gateway: verdict ✅ fits → ❌ mismatch.')
    expect(md).toContain(
      '- services/ml\\-gateway: primary workload none → Data science / ML / AI; Data science / ML / AI 0.00 → 1.00; I/O-bound API or microservice 0.00 → 0.40 (added fastify, @&#8288;tensorflow/tfjs\\-node; in services/ml\\-gateway/package.json).',
    )
  })
})
