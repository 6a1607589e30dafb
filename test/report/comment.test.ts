// The pull-request comment and the job summary a reviewer reads: attention first, short, each
// thing said once, evidence linked. Five situations, each snapshotted (comment and summary) and
// checked for order, size and that no mitigation is said twice for one component.
import { beforeAll, describe, expect, it } from 'vitest'
import { type Drift, computeDrift } from '../../src/analysis/drift.js'
import { loadKnowledge } from '../../src/knowledge/load.js'
import type { Report } from '../../src/model.js'
import { guidanceIndexOf } from '../../src/report/guidance.js'
import { type MarkdownOptions, renderMarkdown } from '../../src/report/markdown.js'
import { analyzeTree, platformTree, withMlTrainer } from './monorepo-fixture.js'

const knowledge = loadKnowledge()
const guidance = guidanceIndexOf(knowledge)
const SHA = '0123456789abcdef0123456789abcdef01234567'
const links = { serverUrl: 'https://github.com', repository: 'acme/platform', sha: SHA }
const runUrl = 'https://github.com/acme/platform/actions/runs/42'

/** Roughly GitHub's first screen of a comment: the lines above about 900 px. */
function firstScreen(md: string): string {
  return md.split('\n').slice(0, 12).join('\n')
}

function render(
  report: Report,
  flavor: 'comment' | 'summary',
  extra: Partial<MarkdownOptions> = {},
) {
  return renderMarkdown(report, { guidance, flavor, links, runUrl, ...extra })
}

function both(report: Report, drift?: Drift) {
  return {
    comment: render(report, 'comment', drift ? { drift } : {}),
    summary: render(report, 'summary', drift ? { drift } : {}),
  }
}

const count = (text: string, part: string) => text.split(part).length - 1

/**
 * The text of each component's own block: an item under "Needs attention" (its line and what
 * follows up to the next item or section), or its row in a table.
 */
function componentBlocks(md: string): string[] {
  const blocks: string[][] = []
  let current: string[] | undefined
  for (const line of md.split('\n')) {
    if (/^(❌|⚠️) \*\*/.test(line) || /^\| (?!Component \|)(?!---)/.test(line)) {
      current = [line]
      blocks.push(current)
    } else if (/^#{2,3} |^<details><summary>(✅|❔|📦|Scan notes)|^\[\^/.test(line)) {
      current = undefined
    } else current?.push(line)
  }
  return blocks.map((b) => b.join('\n'))
}

/** Each mitigation, by its name or its action, is said at most once per component. */
function expectMitigationsOnce(md: string, report: Report): void {
  const blocks = componentBlocks(md)
  expect(blocks.length).toBeGreaterThan(0)
  for (const block of blocks) {
    for (const m of knowledge.mitigations) {
      // As written in Markdown (parentheses escaped) or in plain text.
      const phrases = new Set(
        [m.name, m.action ?? m.statement]
          .filter((p): p is string => typeof p === 'string' && p !== '')
          .flatMap((p) => [p, p.replace(/[()]/g, (c) => `\\${c}`)]),
      )
      const said = [...phrases].reduce((n, p) => n + count(block, p), 0)
      expect(said, `${m.id} in\n${block}`).toBeLessThanOrEqual(1)
    }
  }
  // A fit that rests on a mitigation says so exactly once, in its own row.
  for (const c of report.components) {
    const covered = c.verdict.notes.filter((n) => n.text.startsWith('Covered by'))
    if (c.verdict.verdict !== 'fits' || c.supporting || covered.length === 0) continue
    const rows = blocks.filter((b) => b.startsWith(`| [${c.path.replace(/-/g, '\\-')}]`))
    if (rows.length === 0) continue // left out of a shortened report
    expect(rows).toHaveLength(1)
    expect(count(rows[0]!, 'Covered by'), rows[0]).toBe(1)
  }
  expect(md).not.toContain('Mitigations found')
  expect(md).not.toContain('Mitigated:')
}

/** Attention first: mismatches, then caveats, then what fits, then the collapsed lines. */
function expectAttentionFirst(md: string): void {
  const lines = md.split('\n')
  const first = (re: RegExp) => lines.findIndex((l) => re.test(l))
  const last = (re: RegExp) => lines.findLastIndex((l) => re.test(l))
  const sections = [
    first(/^### Needs attention$/),
    first(/^### Accepted decisions$/),
    first(/components? fits?/),
    first(/^<details><summary>❔/),
    first(/^<details><summary>📦/),
    first(/^<details><summary>Scan notes/),
  ].filter((i) => i >= 0)
  expect(sections).toEqual([...sections].sort((a, b) => a - b))
  const mismatches = last(/^❌ \*\*/)
  const caveats = first(/^⚠️ \*\*/)
  if (mismatches >= 0 && caveats >= 0) expect(mismatches).toBeLessThan(caveats)
  const attentionEnd = Math.max(mismatches, last(/^⚠️ \*\*/))
  const fits = first(/components? fits?/)
  if (attentionEnd >= 0 && fits >= 0) expect(attentionEnd).toBeLessThan(fits)
}

describe('a pull request that adds a mismatching component to a 40-component monorepo', () => {
  let base: Report
  let head: Report
  let comment: string
  let summary: string

  beforeAll(async () => {
    base = await analyzeTree(platformTree())
    head = await analyzeTree(withMlTrainer(platformTree()))
    ;({ comment, summary } = both(head, computeDrift(base, head)))
  })

  it('is the monorepo the issue describes', () => {
    expect(base.components).toHaveLength(39)
    expect(head.components).toHaveLength(40)
    expect(head.components.filter((c) => c.verdict.verdict === 'inconclusive')).toHaveLength(23)
    expect(head.components.find((c) => c.path === 'services/thumbnails')?.verdict.verdict).toBe(
      'fits',
    )
  })

  it('names the new component, its verdict and why on the first screen', () => {
    const top = firstScreen(comment)
    expect(top).toMatch(/^## Stack Fit: acme\/platform\n/)
    expect(top).toContain('❌ **This pull request needs a decision.**')
    expect(top).toMatch(
      /It adds services\/ml\\-trainer, Node\.js \\\(TypeScript\\\), data science \/ ML with `@tensorflow\/tfjs-node`: ❌ mismatch, as the guidance warns against Node\.js for data science/,
    )
    expect(top).toMatch(/\(\d of 5 sources\[\^[a-z-]+\]/)
    expect(top).toContain('### Needs attention')
    expect(top).toContain('**What to do:**')
  })

  it('puts what needs attention first: the mismatch, then the caveat, then what fits, then one line each for the rest', () => {
    expectAttentionFirst(comment)
    expectAttentionFirst(summary)
    const at = (s: string) => {
      const i = comment.indexOf(s)
      expect(i, s).toBeGreaterThanOrEqual(0)
      return i
    }
    expect(at('### Needs attention')).toBeLessThan(at('❌ **[services/ml\\-trainer]'))
    expect(at('❌ **[services/ml\\-trainer]')).toBeLessThan(at('⚠️ **[services/reports]'))
    expect(at('⚠️ **[services/reports]')).toBeLessThan(at('✅ 14 components fit'))
    expect(at('✅ 14 components fit')).toBeLessThan(at('❔ 23 components without enough signal'))
    expect(at('❔ 23 components without enough signal')).toBeLessThan(at('supporting package'))
    // The 23 internal packages are one collapsed line, their shared reason said once.
    expect(count(comment, 'No dependency, import or code pattern points to a workload')).toBe(1)
  })

  it('stays under 10,000 characters, and says each mitigation once per component', () => {
    expect(comment.length).toBeLessThan(10_000)
    expectMitigationsOnce(comment, head)
    expectMitigationsOnce(summary, head)
    expect(count(comment, 'Covered by compiled code')).toBe(1)
    expect(count(comment, 'Covered by asyncio with an ASGI server')).toBe(2)
    expect(comment).toContain(
      'Covered by asyncio with an ASGI server, and by a concurrent server \\(Gunicorn, uWSGI, gevent, Tornado\\) |',
    )
  })

  it('links every piece of evidence to its line at the head commit, and cites sources as footnotes', () => {
    expect(comment).toContain(
      `[services/ml\\-trainer/package.json:5](https://github.com/acme/platform/blob/${SHA}/services/ml-trainer/package.json#L5) — npm dependency \`@tensorflow/tfjs-node\``,
    )
    const evidence = comment
      .split('\n')
      .filter((l) => /^ {2}- /.test(l) && !l.startsWith('  - and '))
    expect(evidence.length).toBeGreaterThan(3)
    for (const line of evidence)
      expect(line, line).toMatch(/^ {2}- \[[^\]]+\]\(https:\/\/github\.com\//)
    const cited = new Set([...comment.matchAll(/\[\^([a-z-]+)\](?!:)/g)].map((m) => m[1]))
    const defined = new Set([...comment.matchAll(/^\[\^([a-z-]+)\]: /gm)].map((m) => m[1]))
    expect([...cited].sort()).toEqual([...defined].sort())
    expect(comment).toContain(
      '[^hyqoo]: Hyqoo, “Python vs Node.js: What Should You Choose for Your Next Project?”',
    )
  })

  it('keeps package names copyable: code spans, no invisible joiner', () => {
    expect(comment).not.toContain('&#8288;')
    expect(comment).not.toContain('\u2060')
  })

  it('writes short labels and never a bare score beside a confidence', () => {
    expect(comment).not.toMatch(/\d\.\d\d \((low|medium|high) confidence\)/)
    expect(comment).not.toContain('| . |')
    expect(comment).not.toContain('pie title')
    expect(comment).not.toContain('| — |')
  })

  it('gives the job summary the same order, with one chart of components by verdict', () => {
    expect(summary.indexOf('### Needs attention')).toBeLessThan(summary.indexOf('components fit'))
    const charts = summary.match(/```mermaid[\s\S]*?```/g) ?? []
    const verdictCharts = charts.filter((c) => c.includes('Components by verdict'))
    expect(verdictCharts).toHaveLength(1)
    expect(verdictCharts[0]).toContain('bar [1, 1, 14, 23, 1]')
    expect(comment).not.toContain('Components by verdict')
  })

  it('matches the snapshots', () => {
    expect(comment).toMatchSnapshot('comment')
    expect(summary).toMatchSnapshot('summary')
  })
})

describe('a pull request that changes nothing', () => {
  let head: Report
  let comment: string
  let summary: string

  beforeAll(async () => {
    head = await analyzeTree(withMlTrainer(platformTree()))
    ;({ comment, summary } = both(head, computeDrift(head, head)))
  })

  it('says so in a line or two and links the full report', () => {
    expect(comment.length).toBeLessThan(1_000)
    expect(comment).toContain('✅ This pull request changes no stack, workload or verdict.')
    expect(comment).toContain(`The [full report](${runUrl}) is in the job summary.`)
    expect(comment).not.toContain('### Needs attention')
    // Without a run to link, the full picture is folded into the comment, one click away.
    const offline = render(head, 'comment', { drift: computeDrift(head, head), runUrl: undefined })
    expect(offline).toMatch(/<details><summary>The full picture<\/summary>/)
    expect(offline.indexOf('<details><summary>The full picture')).toBeLessThan(
      offline.indexOf('### Needs attention'),
    )
    expectMitigationsOnce(offline, head)
  })

  it('gives the job summary the whole picture, attention first', () => {
    expect(summary).toContain('✅ This pull request changes no stack, workload or verdict.')
    expectAttentionFirst(summary)
    expectMitigationsOnce(summary, head)
    expect(summary.length).toBeGreaterThan(comment.length)
  })

  it('matches the snapshots', () => {
    expect(comment).toMatchSnapshot('comment')
    expect(summary).toMatchSnapshot('summary')
  })
})

describe('a pull request that fixes a mismatch', () => {
  let head: Report
  let comment: string
  let summary: string

  beforeAll(async () => {
    const broken = withMlTrainer(platformTree())
    const base = await analyzeTree(broken)
    const fixed = { ...broken }
    delete fixed['services/ml-trainer/package.json']
    delete fixed['services/ml-trainer/src/train.ts']
    fixed['services/ml-trainer/requirements.txt'] = 'tensorflow==2.16.1\npandas==2.2.2\n'
    fixed['services/ml-trainer/train.py'] = 'import tensorflow as tf\nimport pandas as pd\n'
    head = await analyzeTree(fixed)
    ;({ comment, summary } = both(head, computeDrift(base, head)))
  })

  it('says the component moves to fits and that nothing needs a decision', () => {
    const top = firstScreen(comment)
    expect(top).toContain('✅ **Nothing in this pull request needs a decision.**')
    expect(top).toContain(
      'moves services/ml\\-trainer from Node.js to Python, and from ❌ mismatch to ✅ fits',
    )
    expect(comment).not.toMatch(/^❌ \*\*/m)
    // What still needs attention on the base is listed after the headline, as before.
    expect(comment.indexOf('⚠️ **[services/reports]')).toBeGreaterThan(comment.indexOf('moves'))
    expect(comment).toMatch(
      /\| \[services\/ml\\-trainer\]\([^)]+\) \(changed\) \| Python \| Data science \/ ML \|/,
    )
    expectAttentionFirst(comment)
    expectAttentionFirst(summary)
    expectMitigationsOnce(comment, head)
    expectMitigationsOnce(summary, head)
    expect(comment.length).toBeLessThan(10_000)
  })

  it('matches the snapshots', () => {
    expect(comment).toMatchSnapshot('comment')
    expect(summary).toMatchSnapshot('summary')
  })
})

describe('a repository with only inconclusive components', () => {
  let report: Report
  let comment: string
  let summary: string

  beforeAll(async () => {
    const tree = Object.fromEntries(
      Object.entries(platformTree()).filter(([path]) => path.startsWith('packages/')),
    )
    report = await analyzeTree(tree)
    ;({ comment, summary } = both(report))
  })

  it('is inconclusive, in one collapsed line, with nothing to act on', () => {
    expect(report.overall).toBe('inconclusive')
    for (const md of [comment, summary]) {
      expect(md).toContain('❔ Overall: inconclusive')
      expect(md).not.toContain('Needs attention')
      expect(
        count(md, '<details><summary>❔ 23 components without enough signal to judge</summary>'),
      ).toBe(1)
      expect(count(md, 'No dependency, import or code pattern points to a workload')).toBe(1)
      expect(md).not.toMatch(/Covered by|What to do/)
      // What would let them be judged, as something to do, once for the group.
      expect(count(md, 'declaring its dependencies in its manifest lets its work be judged')).toBe(
        1,
      )
    }
    expect(comment.length).toBeLessThan(2_000)
    // One bar would say nothing: no chart.
    expect(summary).not.toContain('```mermaid')
  })

  it('matches the snapshots', () => {
    expect(comment).toMatchSnapshot('comment')
    expect(summary).toMatchSnapshot('summary')
  })
})

describe('a 200-component repository', () => {
  let head: Report
  let comment: string
  let summary: string

  beforeAll(async () => {
    head = await analyzeTree(withMlTrainer(platformTree('large')))
    ;({ comment, summary } = both(head))
  })

  it('stays under the comment limit and keeps every component that needs attention', () => {
    expect(head.components.length).toBeGreaterThanOrEqual(200)
    const attention = head.components.filter(
      (c) =>
        !c.supporting &&
        (c.verdict.verdict === 'mismatch' || c.verdict.verdict === 'fits-with-caveats'),
    )
    expect(attention.length).toBeGreaterThan(10)
    expect(comment.length).toBeLessThan(65_536)
    expect(Buffer.byteLength(summary)).toBeLessThan(1_048_576)
    for (const md of [comment, summary]) {
      const needs = md.slice(md.indexOf('### Needs attention'), md.search(/components? fits?/))
      for (const c of attention) expect(needs).toContain(`[${c.path.replace(/-/g, '\\-')}]`)
      expectAttentionFirst(md)
      expectMitigationsOnce(md, head)
    }
  })

  it('matches the snapshots', () => {
    expect(comment).toMatchSnapshot('comment')
    expect(summary).toMatchSnapshot('summary')
  })
})
