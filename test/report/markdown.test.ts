import { describe, expect, it } from 'vitest'
import { computeDrift } from '../../src/analysis/drift.js'
import type { ComponentReport } from '../../src/model.js'
import {
  COMMENT_LIMIT_CHARS,
  SUMMARY_LIMIT_BYTES,
  mermaidLabel,
  renderMarkdown,
  stackLabel,
} from '../../src/report/markdown.js'
import {
  api,
  chat,
  frontend,
  goTool,
  mlGateway,
  reportOf,
  resizer,
  sampleGuidance,
  sampleReport,
} from './sample-report.js'

const guidance = sampleGuidance
const links = { serverUrl: 'https://github.com', repository: 'acme/shop', sha: 'f'.repeat(40) }

describe('renderMarkdown snapshots', () => {
  for (const flavor of ['terminal', 'summary', 'comment'] as const) {
    it(`renders the sample report for the ${flavor}`, () => {
      expect(renderMarkdown(sampleReport(), { guidance, flavor })).toMatchSnapshot()
    })
  }
})

describe('renderMarkdown', () => {
  it('says why a warning on little evidence is a caveat, so it does not read like the mismatches above it', () => {
    const light = mlGateway()
    light.path = 'services/tagger'
    light.verdict = {
      ...light.verdict,
      verdict: 'fits-with-caveats',
      reasons: [
        ...light.verdict.reasons,
        {
          rule: 'light-evidence',
          text: 'Little of the component shows data science / ML / AI work, so this is a caveat rather than a mismatch.',
          sources: [],
        },
      ],
    }
    const md = renderMarkdown(reportOf([mlGateway(), light]), {
      guidance,
      flavor: 'comment',
      links,
    })
    const whys = md.split('\n').filter((l) => l.startsWith('**Why:**'))
    expect(whys).toHaveLength(2)
    expect(whys[0]).not.toContain('caveat')
    expect(whys[1]).toContain(
      'little of the component shows this work, so it is a caveat, not a mismatch',
    )
  })

  it('keeps alike components in one item when only their notes differ, each extra note beside its component', () => {
    const trainer = (name: string): ComponentReport => ({
      ...mlGateway(),
      path: `services/${name}`,
      name,
    })
    const cpu = {
      rule: 'cpu-intensive-node',
      text: 'Secondary work (CPU-heavy): The guidance warns against Node.js for CPU-intensive computation (2 of 5 sources).',
      sources: ['codix'],
    }
    const compiler = trainer('compiler')
    compiler.verdict = { ...compiler.verdict, notes: [cpu] }
    const md = renderMarkdown(reportOf([trainer('ranker'), compiler, trainer('tagger')]), {
      guidance,
      flavor: 'comment',
      links,
    })
    expect(md).toContain('**3 components**')
    const lines = md.split('\n').filter((l) => l.includes('CPU'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^- services\/compiler: .*Also: The guidance warns against Node\.js/)
  })

  it('says once what to do about components left unjudged for different reasons that call for the same', () => {
    const weak = (path: string, workloads: ComponentReport['workloads']): ComponentReport => ({
      ...goTool(),
      path,
      name: path,
      stack: { stack: 'node', languages: ['TypeScript'], mixed: false, evidence: [] },
      workloads,
      verdict: {
        ...goTool().verdict,
        summary: 'Only weak signals.',
        reasons: [{ rule: 'weak-signals', text: 'Only weak signals.', sources: [] }],
        rules: ['weak-signals'],
      },
    })
    const hint = { ...api().workloads[0]!, raw: 1, score: 1, confidence: 'low' as const }
    const md = renderMarkdown(
      reportOf([
        weak('packages/codemods', [hint]),
        weak('packages/tailwind-config', [hint]),
        weak('packages/tsconfig', []),
      ]),
      { guidance, flavor: 'comment', links },
    )
    expect(md).toContain('Only weak signals:')
    expect(md).toContain('No dependency, import or code pattern points to a workload:')
    expect(md.split('A library that only serves the others needs nothing').length - 1).toBe(1)
  })

  it('orders by what needs attention: mismatch, caveats, accepted, fits, then the rest in one line', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'summary', links })
    const at = (s: string) => {
      const i = md.indexOf(s)
      expect(i, s).toBeGreaterThanOrEqual(0)
      return i
    }
    expect(md.startsWith('## Stack Fit: acme/shop\n\n**❌ Overall: mismatch')).toBe(true)
    expect(at('Partial scan')).toBeLessThan(at('### Needs attention'))
    expect(at('❌ **[services/ml\\-gateway]')).toBeLessThan(at('⚠️ **[services/api]'))
    expect(at('⚠️ **[services/api]')).toBeLessThan(at('### Accepted decisions'))
    expect(at('### Accepted decisions')).toBeLessThan(at('### ✅ 2 components fit'))
    expect(at('### ✅ 2 components fit')).toBeLessThan(at('❔ 1 component without enough signal'))
    expect(at('❔ 1 component without enough signal')).toBeLessThan(at('Scan notes'))
  })

  it('counts the components by what to do with them', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'comment' })
    expect(md).toContain(
      '❌ Overall: mismatch — 6 components: ❌ 1 mismatch · ⚠️ 1 with caveats · 1 accepted · ✅ 2 fit · ❔ 1 without enough signal.',
    )
  })

  it('gives each component that needs attention one sentence of why and one of what to do', () => {
    const md = renderMarkdown(reportOf([mlGateway()]), { guidance, flavor: 'terminal' })
    expect(md).toContain(
      '❌ services/ml-gateway · Node.js · Data science / ML\nWhy: The machine-learning ecosystem lives in Python, not in npm (4 of 5 sources: Blue People, Hyqoo, Codix IT Solutions, Backend development).\nWhat to do: Move the model work to a Python component.',
    )
  })

  it('cites sources as footnotes naming the article on GitHub, and by name in a terminal', () => {
    const md = renderMarkdown(reportOf([mlGateway()]), { guidance, flavor: 'comment' })
    expect(md).toContain('(4 of 5 sources[^blue-people][^hyqoo][^codix][^seo-backend])')
    expect(md).toMatch(/^\[\^hyqoo\]: Hyqoo, “What to choose next”$/m)
    expect(md).toContain('[^seo-backend]: “Backend development”, publisher not named.')
    const terminal = renderMarkdown(reportOf([mlGateway()]), { guidance, flavor: 'terminal' })
    expect(terminal).not.toContain('[^')
  })

  it('does not repeat an agreement count the reason text already carries', () => {
    const component = mlGateway()
    component.verdict.reasons[0]!.text =
      'The guidance warns against Node.js for ML: ML lives in Python (4 of 5 sources).'
    const md = renderMarkdown(reportOf([component]), { guidance, flavor: 'terminal' })
    expect(md).toContain('Why: The guidance warns against Node.js for ML (4 of 5 sources:')
    expect(md).toContain('- ML lives in Python. (4 of 5 sources:')
    expect(md).not.toContain('(4 of 5 sources). (4 of 5')
  })

  it('says when the caveat is on secondary work, without the internal label', () => {
    const component = api()
    component.verdict.reasons[0]!.text =
      'Secondary work (CPU-intensive computation): The guidance warns against Python for CPU-intensive computation: loops are slow (2 of 5 sources).'
    const md = renderMarkdown(reportOf([component]), { guidance, flavor: 'terminal' })
    expect(md).toContain(
      'Why: The guidance warns against Python for CPU-intensive computation, which is secondary work here (',
    )
    expect(md).toContain('- loops are slow. (')
    expect(md).not.toContain('Secondary work (')
  })

  it('caps evidence per workload with a count of the rest', () => {
    const busy = { ...chat(), verdict: mlGateway().verdict }
    const md = renderMarkdown(reportOf([busy]), { guidance, flavor: 'summary' })
    expect(md).toContain('  - and 4 more')
    expect(md).not.toContain('room5.ts')
  })

  it('links evidence and components to the head commit when the links are known', () => {
    const md = renderMarkdown(reportOf([mlGateway()]), { guidance, flavor: 'comment', links })
    expect(md).toContain(
      `[services/ml\\-gateway/package.json:14](https://github.com/acme/shop/blob/${'f'.repeat(40)}/services/ml-gateway/package.json#L14) — dependency \`@tensorflow/tfjs-node\``,
    )
    expect(md).toContain(
      `[services/ml\\-gateway](https://github.com/acme/shop/tree/${'f'.repeat(40)}/services/ml-gateway)`,
    )
    const nested = renderMarkdown(reportOf([mlGateway()]), {
      guidance,
      flavor: 'comment',
      links: { ...links, prefix: 'apps/shop' },
    })
    expect(nested).toContain(
      '/blob/ffffffffffffffffffffffffffffffffffffffff/apps/shop/services/ml-gateway/package.json#L14',
    )
    const plain = renderMarkdown(reportOf([mlGateway()]), { guidance, flavor: 'terminal', links })
    expect(plain).toContain(
      '- services/ml-gateway/package.json:14 — dependency @tensorflow/tfjs-node',
    )
    expect(plain).not.toContain('https://')
  })

  it('names the repository for the root component, never "."', () => {
    const md = renderMarkdown(reportOf([frontend(), chat()]), {
      guidance,
      flavor: 'comment',
      links,
    })
    expect(md).toContain('| [acme/shop](https://github.com/acme/shop/tree/')
    expect(md).not.toMatch(/\| \.? \|/)
  })

  it('shows an accepted decision as such, also in the overall line', () => {
    const md = renderMarkdown(reportOf([frontend(), resizer()]), { guidance, flavor: 'summary' })
    expect(md).toContain('**❌ Overall: mismatch (accepted decision)')
    expect(md).toContain('Resizing runs in a native library off the event loop.')
    expect(md).not.toContain('Needs attention')
  })

  it('warns about a partial scan at the top and in the notes', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'comment' })
    expect(md.indexOf('Partial scan')).toBeLessThan(md.indexOf('Needs attention'))
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
    expect(md).toContain('<summary>Scan notes: 108 files, 3 problems reading files</summary>')
    expect(md).toContain('Skipped: 2 binary, 12 gitignored, 3 vendored.')
    expect(md).toContain('3 problems reading files:')
    expect(md).not.toMatch(/<img/)
    expect(md).not.toContain('<!--')
    // No mention outside a code span (package names are code spans, which GitHub never links).
    expect(md.replace(/`[^`\n]*`/g, '')).not.toMatch(/@\w/)
    expect(md).toContain('ping @&#8288;admins')
  })

  it('uses no HTML, link or chart in the terminal', () => {
    const md = renderMarkdown(sampleReport(), { guidance, flavor: 'terminal' })
    expect(md).not.toContain('<details>')
    expect(md).not.toContain('<sub>')
    expect(md).not.toContain('```mermaid')
    expect(md).toContain('## Needs attention')
  })

  it('draws no pie; a bar chart only where a component’s work is split, with safe labels', () => {
    const split = { ...api(), path: 'svc/"quoted"; %%{init}%%' }
    split.workloads = [
      { workload: 'io-api', score: 1, raw: 6, confidence: 'high', evidence: [] },
      { workload: 'server-web', score: 0.8, raw: 4.8, confidence: 'medium', evidence: [] },
    ]
    const md = renderMarkdown(reportOf([split, mlGateway()]), { guidance, flavor: 'summary' })
    // The comment stays short: no chart; nor is work 60/40 "split".
    const comment = renderMarkdown(reportOf([split, mlGateway()]), { guidance, flavor: 'comment' })
    expect(comment).not.toContain('```mermaid')
    split.workloads[1] = { ...split.workloads[1]!, score: 0.6, raw: 3.6 }
    expect(renderMarkdown(reportOf([split]), { guidance, flavor: 'summary' })).not.toContain(
      '```mermaid',
    )
    split.workloads[1] = { ...split.workloads[1]!, score: 0.8, raw: 4.8 }
    expect(md).not.toContain('pie')
    const charts = md.match(/```mermaid[\s\S]*?```/g) ?? []
    expect(charts).toHaveLength(1)
    expect(charts[0]).toContain('title "Workload weights of svc/ quoted init"')
    expect(charts[0]).toContain('x-axis ["I/O API", "Server-rendered web"]')
    expect(charts[0]).toContain('bar [6, 4.8]')
    expect(charts[0]).toContain('xychart-beta horizontal')
    // Six components: the counts line says it; no chart of them.
    expect(renderMarkdown(sampleReport(), { guidance, flavor: 'summary' })).not.toContain(
      'Components by verdict',
    )
    expect(mermaidLabel('a"b:c;d#e')).toBe('a b c d e')
  })

  it('escapes hostile component paths in the table and the details', () => {
    const hostile: ComponentReport = {
      ...frontend(),
      path: 'x|<img src=x>](http://e)`@org/team',
      name: '@org/team #123 \u202Eevil',
    }
    const md = renderMarkdown(reportOf([hostile, chat()]), { guidance, flavor: 'comment' })
    const rows = md.split('\n').filter((l) => l.startsWith('| '))
    for (const row of rows) expect(row.split(/(?<!\\)\|/), row).toHaveLength(5)
    expect(md).not.toMatch(/<img/)
    expect(md).not.toContain('\u202E')
  })

  it('labels stacks shortly', () => {
    expect(stackLabel({ stack: 'node', languages: ['TypeScript', 'JavaScript'] })).toBe(
      'Node.js (TypeScript)',
    )
    expect(stackLabel({ stack: 'python', mixed: true })).toBe('Python + Node.js')
    expect(stackLabel({ stack: 'other', otherName: 'Go' })).toBe('Go (not covered by the guidance)')
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
    expect(md).not.toContain('Shortened')
    expect(md).toContain('Evidence and reasoning')
  })

  it('drops the explanations first, then the lists, never a component that needs attention', () => {
    const report = sampleReport()
    const full = renderMarkdown(report, { guidance, flavor: 'comment' })
    const shorter = renderMarkdown(report, {
      guidance,
      flavor: 'comment',
      maxLength: full.length - 1,
    })
    expect(shorter).not.toContain('Evidence and reasoning')
    expect(shorter).toContain('Shortened to fit')
    expect(shorter).toContain('tools/migrate')
    // One character less than that: the collapsed lists lose their names, keeping their counts.
    const shortest = renderMarkdown(report, {
      guidance,
      flavor: 'comment',
      maxLength: shorter.length - 1,
    })
    expect(shortest.length).toBeLessThan(shorter.length)
    expect(shortest).toContain('❔ 1 component without enough signal to judge.')
    expect(shortest).toContain('services/ml\\-gateway')
    expect(shortest).toContain('services/api')
    expect(shortest).not.toContain('tools/migrate')
  })

  it('links the full report when trimmed and a run URL is known', () => {
    const runUrl = 'https://github.com/o/r/actions/runs/1'
    const md = renderMarkdown(sampleReport(), {
      guidance,
      flavor: 'comment',
      maxLength: 2500,
      runUrl,
    })
    expect(md).toContain(`[Full report in the job summary](${runUrl})`)
    const summary = renderMarkdown(sampleReport(), {
      guidance,
      flavor: 'summary',
      maxLength: 2500,
      runUrl,
    })
    expect(summary).not.toContain('Full report in the job summary')
    expect(summary).toContain('The JSON report has everything.')
  })

  it('never exceeds the comment limit for 2,000 components, keeping the verdict and the attention list', () => {
    const md = renderMarkdown(bigReport(2000), { guidance, flavor: 'comment' })
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS)
    expect(md).toContain('❌ Overall: mismatch')
    expect(md).toContain('### Needs attention')
  })

  it('counts UTF-8 bytes for the summary', () => {
    const report = bigReport(600, (i) => `服务/組件-${i}-😀`)
    const limit = 20_000
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

describe('what a pull request changes', () => {
  it('keeps the capitals of IoT, I/O and CPU mid-sentence, and lowers the rest', () => {
    const sensors: ComponentReport = { ...chat(), path: 'edge/sensors', primary: ['iot', 'io-api'] }
    const crunch: ComponentReport = {
      ...chat(),
      path: 'jobs/crunch',
      primary: ['cpu-intensive', 'data-ml'],
    }
    const head = reportOf([sensors, crunch])
    const md = renderMarkdown(head, {
      guidance,
      flavor: 'terminal',
      drift: computeDrift(reportOf([]), head),
    })
    expect(md).toContain('- adds edge/sensors, Node.js (TypeScript), IoT and I/O API: ✅ fits;')
    expect(md).toContain(
      '- adds jobs/crunch, Node.js (TypeScript), CPU-heavy and data science / ML: ✅ fits.',
    )
    expect(md).not.toMatch(/ioT|i\/O|cPU/)
  })

  it('says when nothing changed', () => {
    const report = sampleReport()
    const md = renderMarkdown(report, {
      guidance,
      flavor: 'summary',
      drift: computeDrift(report, report),
    })
    expect(md).toContain('✅ This pull request changes no stack, workload or verdict.')
  })

  it('notes an unavailable base', () => {
    const md = renderMarkdown(sampleReport(), {
      guidance,
      flavor: 'comment',
      drift: { kind: 'baseUnavailable', reason: 'the base commit is not in the shallow clone' },
    })
    expect(md).toContain(
      'ℹ️ Could not compare with the base (the base commit is not in the shallow clone), so this is the whole repository as it stands.',
    )
  })

  it('says what each change moves, and whether it needs a decision', () => {
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
    expect(md).toContain('❌ **This pull request needs a decision.** It changes:')
    expect(md).toContain(
      '- adds tools/migrate, Go \\(not covered by the guidance\\): ❔ inconclusive;',
    )
    expect(md).toContain(
      '- moves services/ml\\-gateway from ✅ fits to ❌ mismatch (adds `fastify`, `@tensorflow/tfjs-node`): the machine\\-learning ecosystem lives in Python, not in npm (4 of 5 sources',
    )
    expect(md).toContain(
      '❌ **services/ml\\-gateway** · Node.js · Data science / ML · changed in this pull request',
    )
    // In a terminal the comparison is with a base, not necessarily a pull request.
    const terminal = renderMarkdown(head, {
      guidance,
      flavor: 'terminal',
      drift: computeDrift(base, head),
    })
    expect(terminal).toContain('❌ This change needs a decision. It changes:')
    expect(terminal).toContain(
      '❌ services/ml-gateway · Node.js · Data science / ML · changed since the base',
    )
  })
})
