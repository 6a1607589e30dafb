// `npm run eval`: how well the scanner agrees with the labelled corpus. A report, never a gate.
import { analyzeRepository } from '../src/analysis/analyze.js'
import { WORKLOADS } from '../src/model.js'
import { FsFileSource } from '../src/scan/fs-source.js'
import {
  type ComponentOutcome,
  type CorpusCase,
  type ExpectedComponent,
  type KnownDifference,
  loadCorpus,
  loadExampleCase,
  loadKnownDifferences,
  outcomesOf,
} from './corpus/index.js'

interface CaseResult {
  name: string
  expected: ExpectedComponent[]
  got: ComponentOutcome[]
  error?: string
}

interface ClassStats {
  truePositives: number
  predicted: number
  support: number
}

interface Miss {
  caseName: string
  path: string
  field: KnownDifference['field'] | 'analysis'
  text: string
}

interface EvalSummary {
  classes: Map<string, ClassStats>
  stack: { right: number; total: number }
  verdict: { right: number; total: number }
  componentSets: { right: number; total: number }
  misses: Miss[]
}

const NONE = '(none)'

async function runCase(c: CorpusCase): Promise<CaseResult> {
  try {
    const report = await analyzeRepository(new FsFileSource(c.dir))
    return { name: c.name, expected: c.expected.components, got: outcomesOf(report) }
  } catch (err) {
    return { name: c.name, expected: c.expected.components, got: [], error: (err as Error).message }
  }
}

/** Scores every case: components are matched by path; a missing or extra one counts against both sides. */
function summarize(results: readonly CaseResult[]): EvalSummary {
  const classes = new Map<string, ClassStats>(
    [...WORKLOADS, NONE].map((w) => [w, { truePositives: 0, predicted: 0, support: 0 }]),
  )
  const stats = (w: string | null) => classes.get(w ?? NONE)!
  const summary: EvalSummary = {
    classes,
    stack: { right: 0, total: 0 },
    verdict: { right: 0, total: 0 },
    componentSets: { right: 0, total: 0 },
    misses: [],
  }
  for (const r of results) {
    const miss = (path: string, field: Miss['field'], text: string) =>
      summary.misses.push({ caseName: r.name, path, field, text })
    if (r.error) miss('', 'analysis', `analysis failed: ${r.error}`)
    const expectedPaths = new Set(r.expected.map((c) => c.path))
    const gotPaths = new Set(r.got.map((c) => c.path))
    const sameSet =
      expectedPaths.size === gotPaths.size && [...expectedPaths].every((p) => gotPaths.has(p))
    summary.componentSets.total++
    if (sameSet) summary.componentSets.right++
    for (const label of r.expected) {
      const got = r.got.find((c) => c.path === label.path)
      stats(label.primary).support++
      summary.stack.total++
      summary.verdict.total++
      if (!got) {
        miss(label.path, 'present', `expected a ${label.stack} component, got none`)
        continue
      }
      stats(got.primary).predicted++
      if (got.primary === label.primary) stats(label.primary).truePositives++
      else
        miss(
          label.path,
          'primary',
          `primary expected ${label.primary ?? NONE} got ${got.primary ?? NONE}`,
        )
      if (got.stack === label.stack) summary.stack.right++
      else miss(label.path, 'stack', `stack expected ${label.stack} got ${got.stack}`)
      if (got.verdict === label.verdict) summary.verdict.right++
      else miss(label.path, 'verdict', `verdict expected ${label.verdict} got ${got.verdict}`)
    }
    for (const extra of r.got.filter((c) => !expectedPaths.has(c.path))) {
      stats(extra.primary).predicted++
      miss(
        extra.path,
        'present',
        `expected no component, got ${extra.stack}/${extra.primary ?? NONE}`,
      )
    }
  }
  return summary
}

function ratio(n: number, d: number): string {
  return d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6)
}

function formatSummary(
  s: EvalSummary,
  caseCount: number,
  known: readonly KnownDifference[],
): string {
  const lines = [`Stack Fit corpus evaluation: ${caseCount} cases`, '']
  lines.push(`${'class'.padEnd(16)} precision  recall  support  predicted`)
  for (const [name, c] of s.classes) {
    const precision = ratio(c.truePositives, c.predicted)
    const recall = ratio(c.truePositives, c.support)
    lines.push(
      `${name.padEnd(16)} ${precision}    ${recall}  ${String(c.support).padStart(7)}  ${String(c.predicted).padStart(9)}`,
    )
  }
  const accuracy = (label: string, a: { right: number; total: number }) =>
    `${label.padEnd(24)}${ratio(a.right, a.total)}  (${a.right}/${a.total})`
  lines.push('', accuracy('stack accuracy', s.stack), accuracy('verdict accuracy', s.verdict))
  lines.push(accuracy('component-set accuracy', s.componentSets))
  const isKnown = (m: Miss) =>
    known.find((d) => d.case === m.caseName && d.path === m.path && d.field === m.field)
  const fresh = s.misses.filter((m) => !isKnown(m))
  const accepted = s.misses.filter((m) => isKnown(m))
  const where = (m: Miss) => `${m.caseName}:${m.path || '.'}`
  lines.push('', `misses (${fresh.length}):`, ...fresh.map((m) => `  ${where(m)} ${m.text}`))
  lines.push(
    '',
    `known differences (${accepted.length}, test/corpus-known-differences.json):`,
    ...accepted.map((m) => `  ${where(m)} ${m.text} — ${isKnown(m)!.why}`),
  )
  const stale = known.filter(
    (d) => !s.misses.some((m) => d.case === m.caseName && d.path === m.path && d.field === m.field),
  )
  lines.push(
    '',
    `stale known differences, the scanner now agrees with the label (${stale.length}):`,
    ...stale.map((d) => `  ${d.case}:${d.path || '.'} ${d.field}`),
  )
  return lines.join('\n')
}

async function main(): Promise<void> {
  const cases = [...(await loadCorpus()), await loadExampleCase()]
  const known = await loadKnownDifferences()
  const results: CaseResult[] = []
  for (const c of cases) results.push(await runCase(c))
  console.log(formatSummary(summarize(results), cases.length, known))
}

main().catch((err: unknown) => {
  console.error(`eval could not run: ${(err as Error).message}`)
})
