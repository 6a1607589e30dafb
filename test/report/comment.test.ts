// The pull-request comment and the job summary a reviewer reads: attention first, short, each
// thing said once, evidence linked. Five situations, each snapshotted and checked for order and size.
import { beforeAll, describe, expect, it } from 'vitest'
import { computeDrift } from '../../src/analysis/drift.js'
import { loadKnowledge } from '../../src/knowledge/load.js'
import type { ComponentReport, Report } from '../../src/model.js'
import { guidanceIndexOf } from '../../src/report/guidance.js'
import { type MarkdownOptions, renderMarkdown } from '../../src/report/markdown.js'
import { analyzeTree, platformTree, withMlTrainer } from './monorepo-fixture.js'

const guidance = guidanceIndexOf(loadKnowledge())
const SHA = '0123456789abcdef0123456789abcdef01234567'
const links = { serverUrl: 'https://github.com', repository: 'acme/platform', sha: SHA }
const runUrl = 'https://github.com/acme/platform/actions/runs/42'

/** Roughly GitHub's first screen of a comment: the lines above about 900 px. */
function firstScreen(md: string): string {
  return md.split('\n').slice(0, 12).join('\n')
}

function render(report: Report, flavor: 'comment' | 'summary', extra: Partial<MarkdownOptions> = {}) {
  return renderMarkdown(report, { guidance, flavor, links, runUrl, ...extra })
}

const count = (text: string, part: string) => text.split(part).length - 1

/** Each component's actions and notes appear once in its own block. */
function expectSaidOnce(md: string, components: ComponentReport[]): void {
  for (const c of components) {
    for (const action of c.verdict.wouldChange) {
      const shown = action.replace(/([()])/g, '\\$1')
      expect(count(md, shown), `${c.path}: ${action}`).toBeLessThanOrEqual(1)
    }
  }
  expect(md).not.toContain('Mitigations found')
  expect(md).not.toContain('Mitigated:')
}

describe('a pull request that adds a mismatching component to a 40-component monorepo', () => {
  let base: Report
  let head: Report
  let comment: string
  let summary: string

  beforeAll(async () => {
    base = await analyzeTree(platformTree())
    head = await analyzeTree(withMlTrainer(platformTree()))
    const drift = computeDrift(base, head)
    comment = render(head, 'comment', { drift })
    summary = render(head, 'summary', { drift })
  })

  it('is the monorepo the issue describes', () => {
    expect(head.components).toHaveLength(39)
    expect(head.components.filter((c) => c.verdict.verdict === 'inconclusive')).toHaveLength(23)
  })

  it('names the new component, its verdict and why on the first screen', () => {
    const top = firstScreen(comment)
    expect(top).toMatch(/^## Stack Fit: acme\/platform\n/)
    expect(top).toContain('This pull request needs a decision.')
    expect(top).toMatch(
      /It adds services\/ml\\-trainer, Node\.js \\\(TypeScript\\\), data science \/ ML with `@tensorflow\/tfjs-node`: ❌ mismatch, as the guidance warns against Node\.js for data science/,
    )
    expect(top).toMatch(/\(\d of 5 sources\[\^[a-z-]+\]/)
    expect(top).toContain('### Needs attention')
  })

  it('puts what needs attention first: the mismatch, then the caveat, then what fits, then one line each for the rest', () => {
    const at = (s: string) => {
      const i = comment.indexOf(s)
      expect(i, s).toBeGreaterThanOrEqual(0)
      return i
    }
    expect(at('### Needs attention')).toBeLessThan(at('❌ **[services/ml\\-trainer]'))
    expect(at('❌ **[services/ml\\-trainer]')).toBeLessThan(at('⚠️ **[services/reports]'))
    expect(at('⚠️ **[services/reports]')).toBeLessThan(at('✅ 13 components fit'))
    expect(at('✅ 13 components fit')).toBeLessThan(at('❔ 23 components without enough signal'))
    expect(at('❔ 23 components without enough signal')).toBeLessThan(at('supporting package'))
    // The 23 internal packages are one collapsed line, their shared reason said once.
    expect(count(comment, 'No dependency, import or code pattern points to a workload')).toBe(1)
  })

  it('stays under 10,000 characters, and says each mitigation once', () => {
    expect(comment.length).toBeLessThan(10_000)
    expectSaidOnce(comment, head.components)
    expectSaidOnce(summary, head.components)
  })

  it('links every piece of evidence to its line at the head commit, and cites sources as footnotes', () => {
    expect(comment).toContain(
      `[services/ml\\-trainer/package.json:5](https://github.com/acme/platform/blob/${SHA}/services/ml-trainer/package.json#L5) — npm dependency \`@tensorflow/tfjs-node\``,
    )
    const evidence = comment.split('\n').filter((l) => /^ {2}- /.test(l) && !l.startsWith('  - and '))
    expect(evidence.length).toBeGreaterThan(3)
    for (const line of evidence) expect(line, line).toMatch(/^ {2}- \[[^\]]+\]\(https:\/\/github\.com\//)
    const cited = new Set([...comment.matchAll(/\[\^([a-z-]+)\](?!:)/g)].map((m) => m[1]))
    const defined = new Set([...comment.matchAll(/^\[\^([a-z-]+)\]: /gm)].map((m) => m[1]))
    expect([...cited].sort()).toEqual([...defined].sort())
  })

  it('keeps package names copyable: code spans, no invisible joiner', () => {
    expect(comment).not.toContain('&#8288;')
    expect(comment).not.toContain('\u2060')
  })

  it('writes short labels and never a bare score beside a confidence', () => {
    expect(comment).not.toMatch(/\d\.\d\d \((low|medium|high) confidence\)/)
    expect(comment).not.toContain('| . |')
    expect(comment).not.toContain('pie title')
  })

  it('gives the job summary the same order, with one chart of components by verdict', () => {
    expect(summary.indexOf('### Needs attention')).toBeLessThan(summary.indexOf('components fit'))
    const charts = summary.match(/```mermaid[\s\S]*?```/g) ?? []
    const verdictCharts = charts.filter((c) => c.includes('Components by verdict'))
    expect(verdictCharts).toHaveLength(1)
    expect(verdictCharts[0]).toContain('bar [1, 1, 13, 23, 1]')
  })

  it('matches the snapshots', () => {
    expect(comment).toMatchSnapshot('comment')
    expect(summary).toMatchSnapshot('summary')
  })
})

describe('a pull request that changes nothing', () => {
  it('says so in a line or two and links the full report', async () => {
    const head = await analyzeTree(withMlTrainer(platformTree()))
    const comment = render(head, 'comment', { drift: computeDrift(head, head) })
    expect(comment.length).toBeLessThan(1_000)
    expect(comment).toContain('This pull request changes no stack, workload or verdict.')
    expect(comment).toContain(`The [full report](${runUrl}) is in the job summary.`)
    expect(comment).not.toContain('### Needs attention')
    expect(comment).toMatchSnapshot()
    // Without a run to link, the full picture is folded into the comment.
    const offline = render(head, 'comment', { drift: computeDrift(head, head), runUrl: undefined })
    expect(offline).toMatch(/<details><summary>The full picture<\/summary>/)
  })
})

describe('a pull request that fixes a mismatch', () => {
  it('says the component moves to fits and that nothing needs a decision', async () => {
    const broken = withMlTrainer(platformTree())
    const base = await analyzeTree(broken)
    const fixed = { ...broken }
    delete fixed['services/ml-trainer/package.json']
    delete fixed['services/ml-trainer/src/train.ts']
    fixed['services/ml-trainer/requirements.txt'] = 'tensorflow==2.16.1\npandas==2.2.2\n'
    fixed['services/ml-trainer/train.py'] = 'import tensorflow as tf\nimport pandas as pd\n'
    const head = await analyzeTree(fixed)
    const comment = render(head, 'comment', { drift: computeDrift(base, head) })
    const top = firstScreen(comment)
    expect(top).toContain('Nothing in this pull request needs a decision.')
    expect(top).toContain('moves services/ml\\-trainer from ❌ mismatch to ✅ fits')
    expect(comment.indexOf('⚠️ **[services/reports]')).toBeGreaterThan(comment.indexOf('moves'))
    expect(comment).toMatchSnapshot()
  })
})

describe('a repository with only inconclusive components', () => {
  it('is inconclusive, in one collapsed line, with nothing to act on', async () => {
    const tree = Object.fromEntries(
      Object.entries(platformTree()).filter(([path]) => path.startsWith('packages/')),
    )
    const report = await analyzeTree(tree)
    expect(report.overall).toBe('inconclusive')
    const comment = render(report, 'comment')
    expect(comment).toContain('❔ Overall: inconclusive')
    expect(comment).not.toContain('Needs attention')
    expect(count(comment, '<details><summary>❔ 23 components without enough signal to judge</summary>')).toBe(1)
    expect(comment).toMatchSnapshot()
  })
})

describe('a 200-component repository', () => {
  it('stays under the comment limit and keeps every component that needs attention', async () => {
    const head = await analyzeTree(withMlTrainer(platformTree('large')))
    expect(head.components.length).toBeGreaterThanOrEqual(200)
    const attention = head.components.filter(
      (c) => !c.supporting && (c.verdict.verdict === 'mismatch' || c.verdict.verdict === 'fits-with-caveats'),
    )
    expect(attention.length).toBeGreaterThan(10)
    const comment = render(head, 'comment')
    expect(comment.length).toBeLessThan(65_536)
    const needs = comment.slice(comment.indexOf('### Needs attention'))
    for (const c of attention) expect(needs).toContain(`[${c.path.replace(/-/g, '\\-')}]`)
    const summary = render(head, 'summary')
    expect(Buffer.byteLength(summary)).toBeLessThan(1_048_576)
    expect(summary).toMatchSnapshot()
  })
})
