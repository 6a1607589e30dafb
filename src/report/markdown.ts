// The report as Markdown for a terminal, the job summary or a pull-request comment.
import type { Drift, DriftChanges, StackRef } from '../analysis/drift.js'
import {
  type ComponentReport,
  type Evidence,
  type Report,
  type VerdictKind,
  type Workload,
  VERDICTS,
  WORKLOAD_LABELS,
} from '../model.js'
import { escapeHtmlText, escapeMarkdown, inlineCode, plainText, truncate } from './escape.js'
import { type GuidanceIndex, citation } from './guidance.js'

/** GitHub's job summary limit, in UTF-8 bytes. */
export const SUMMARY_LIMIT_BYTES = 1_048_576
/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT_CHARS = 65_536

export type MarkdownFlavor = 'terminal' | 'summary' | 'comment'

export interface MarkdownOptions {
  guidance: GuidanceIndex
  flavor: MarkdownFlavor
  drift?: Drift
  /** Bytes for `summary`, characters otherwise. Defaults to GitHub's limit for the flavor. */
  maxLength?: number
  runUrl?: string
  title?: string
}

export const VERDICT_EMOJI: Record<VerdictKind, string> = {
  fits: '✅',
  'fits-with-caveats': '⚠️',
  mismatch: '❌',
  inconclusive: '❔',
}

export const VERDICT_LABEL: Record<VerdictKind, string> = {
  fits: 'fits',
  'fits-with-caveats': 'fits with caveats',
  mismatch: 'mismatch',
  inconclusive: 'inconclusive',
}

const STACK_NAME = { node: 'Node.js', python: 'Python' } as const
const EVIDENCE_PER_WORKLOAD = 5
const PROBLEMS_SHOWN = 20

/** Trimming steps, applied in order until the text fits. */
interface Detail {
  evidence: boolean
  components: boolean
  chart: boolean
  /** How many table rows to show. */
  rows: number
  problems: number
}

export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const limit = options.maxLength ?? defaultLimit(options.flavor)
  const size = (text: string) =>
    options.flavor === 'summary' ? Buffer.byteLength(text, 'utf8') : text.length
  const rows = report.components.length
  const steps: Detail[] = [
    { evidence: true, components: true, chart: true, rows, problems: PROBLEMS_SHOWN },
    { evidence: false, components: true, chart: true, rows, problems: PROBLEMS_SHOWN },
    { evidence: false, components: false, chart: true, rows, problems: PROBLEMS_SHOWN },
    { evidence: false, components: false, chart: false, rows, problems: 0 },
  ]
  for (const [i, detail] of steps.entries()) {
    const text = compose(report, options, detail, i > 0)
    if (limit === undefined || size(text) <= limit) return text
  }
  // Even the table is too long: keep as many rows as fit.
  const fits = (n: number) =>
    size(compose(report, options, { ...steps[3]!, rows: n }, true)) <= limit!
  let low = 0
  let high = rows
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fits(mid)) low = mid
    else high = mid - 1
  }
  const text = compose(report, options, { ...steps[3]!, rows: low }, true)
  return size(text) <= limit! ? text : cutToSize(text, limit!, size)
}

function defaultLimit(flavor: MarkdownFlavor): number | undefined {
  if (flavor === 'summary') return SUMMARY_LIMIT_BYTES
  if (flavor === 'comment') return COMMENT_LIMIT_CHARS
  return undefined
}

/** The last resort when not even the heading fits: whole lines, then code points. */
function cutToSize(text: string, limit: number, size: (t: string) => number): string {
  const lines = text.split('\n')
  while (lines.length > 1 && size(lines.join('\n')) > limit) lines.pop()
  let out = lines.join('\n')
  const chars = Array.from(out)
  while (chars.length > 0 && size(out) > limit) {
    chars.length = Math.max(0, chars.length - Math.max(1, chars.length >> 4))
    out = chars.join('')
  }
  return out
}

function compose(
  report: Report,
  options: MarkdownOptions,
  detail: Detail,
  trimmed: boolean,
): string {
  const md = new Writer(options.flavor, options.guidance)
  const parts: string[] = []
  parts.push(
    `${md.flavor === 'terminal' ? '#' : '##'} ${md.text(options.title ?? 'Stack Fit', 120)}`,
  )
  parts.push(overallLine(report, md))
  if (report.partial)
    parts.push(
      `${VERDICT_EMOJI['fits-with-caveats']} ${md.bold('Partial scan:')} ${md.text(report.partial.reason)} See the scan notes.`,
    )
  if (trimmed) parts.push(trimmedNote(options))
  if (options.drift) parts.push(driftSection(options.drift, md))
  if (report.components.length > 0) parts.push(componentTable(report, md, detail.rows))
  if (detail.chart && md.flavor !== 'terminal') {
    const chart = workloadCharts(report)
    if (chart) parts.push(chart)
  }
  if (detail.components && report.components.length > 0)
    parts.push(componentSections(report, md, detail.evidence))
  parts.push(scanNotes(report, md, detail.problems))
  return `${parts.join('\n\n')}\n`
}

/** Escaping and layout that differ between a terminal and GitHub. */
class Writer {
  constructor(
    readonly flavor: MarkdownFlavor,
    readonly guidance: GuidanceIndex,
  ) {}

  bold(value: string): string {
    return this.flavor === 'terminal' ? value : `**${value}**`
  }

  text(value: string, maxLength?: number): string {
    return this.flavor === 'terminal'
      ? plainText(value, maxLength)
      : escapeMarkdown(value, maxLength)
  }

  cell(value: string, maxLength?: number): string {
    return this.flavor === 'terminal'
      ? plainText(value, maxLength).replace(/\|/g, '\\|')
      : escapeMarkdown(value, maxLength)
  }

  /** Our own ids, in code font. */
  code(value: string): string {
    return this.flavor === 'terminal' ? plainText(value) : inlineCode(value)
  }

  /** A repository path or package name: shown literally, never as a code span that keeps raw `<`. */
  path(value: string): string {
    return this.text(value)
  }
}

function overallLine(report: Report, md: Writer): string {
  const { overall, counts } = report
  const n = report.components.length
  const countText = VERDICTS.filter((v) => counts[v] > 0)
    .map((v) => `${counts[v]} ${VERDICT_LABEL[v]}`)
    .join(', ')
  const acceptedNote = overallAccepted(report) ? ' (accepted decision)' : ''
  const summary =
    n === 0 ? 'No components found.' : `${n} component${n === 1 ? '' : 's'}: ${countText}.`
  return `${VERDICT_EMOJI[overall]} ${md.bold(`Overall: ${VERDICT_LABEL[overall]}`)}${acceptedNote} — ${summary}`
}

/** True when every component carrying the overall verdict is covered by an accepted decision. */
function overallAccepted(report: Report): boolean {
  if (report.overall === 'fits') return false
  const worst = report.components.filter((c) => c.verdict.verdict === report.overall)
  return worst.length > 0 && worst.every((c) => c.verdict.accepted)
}

function trimmedNote(options: MarkdownOptions): string {
  const where =
    options.runUrl && options.flavor !== 'summary'
      ? ` [Full report in the job summary](${options.runUrl}).`
      : ' The JSON report has everything.'
  return `ℹ️ This report was shortened to fit GitHub's size limit; some details are left out.${where}`
}

export function stackLabel(stack: StackRef & { languages?: string[]; mixed?: boolean }): string {
  const named = stack.stack === 'node' || stack.stack === 'python' ? STACK_NAME[stack.stack] : ''
  const shown = (stack.languages ?? []).filter((l) => l !== named)
  const languages = shown.length > 0 ? ` (${shown.join(', ')})` : ''
  const mixed = stack.mixed ? ', mixed with another stack' : ''
  if (stack.stack === 'node' || stack.stack === 'python')
    return `${STACK_NAME[stack.stack]}${languages}${mixed}`
  if (stack.stack === 'other')
    return `${stack.otherName ?? 'Another stack'} (not covered by the guidance)`
  return 'Unknown'
}

export function workloadShortLabel(workload: Workload): string {
  return WORKLOAD_LABELS[workload].replace(/\s*\(.*\)$/, '')
}

function verdictCell(component: ComponentReport): string {
  const { verdict, accepted } = component.verdict
  return `${VERDICT_EMOJI[verdict]} ${VERDICT_LABEL[verdict]}${accepted ? ' (accepted)' : ''}`
}

function displayPath(component: ComponentReport): string {
  return component.path === '' ? '.' : component.path
}

function componentTable(report: Report, md: Writer, rows: number): string {
  const lines = ['| Component | Stack | Primary workload | Verdict |', '|---|---|---|---|']
  for (const c of report.components.slice(0, rows)) {
    const primary = c.primary.map((w) => WORKLOAD_LABELS[w]).join(', ') || '—'
    lines.push(
      `| ${md.cell(displayPath(c))} | ${md.cell(stackLabel(c.stack))} | ${primary} | ${verdictCell(c)} |`,
    )
  }
  const hidden = report.components.length - Math.min(rows, report.components.length)
  if (hidden > 0) lines.push('', `… and ${hidden} more component${hidden === 1 ? '' : 's'}.`)
  return lines.join('\n')
}

/** Mermaid label text: letters, digits and a few safe marks only. */
export function mermaidLabel(text: string): string {
  const safe = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} ./_-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return truncate(safe, 60) || 'component'
}

function workloadCharts(report: Report): string | undefined {
  const charts = report.components
    .filter((c) => c.workloads.some((w) => Math.round(w.score * 100) > 0))
    .map((c) => {
      const slices = c.workloads
        .map((w) => ({
          label: mermaidLabel(workloadShortLabel(w.workload)),
          value: Math.round(w.score * 100),
        }))
        .filter((s) => s.value > 0)
        .map((s) => `    "${s.label}" : ${s.value}`)
      return ['```mermaid', `pie title ${mermaidLabel(displayPath(c))}`, ...slices, '```'].join(
        '\n',
      )
    })
  if (charts.length === 0) return undefined
  return ['### Workload profiles', ...charts].join('\n\n')
}

function componentSections(report: Report, md: Writer, withEvidence: boolean): string {
  const sections = report.components.map((c) => componentSection(c, md, withEvidence))
  return md.flavor === 'terminal'
    ? sections.join('\n\n')
    : ['### Components', ...sections].join('\n\n')
}

function componentSection(c: ComponentReport, md: Writer, withEvidence: boolean): string {
  const { verdict } = c
  const heading = `${VERDICT_EMOJI[verdict.verdict]} ${displayPath(c)} — ${VERDICT_LABEL[verdict.verdict]}${verdict.accepted ? ' (accepted)' : ''}`
  const body: string[] = []
  body.push(md.text(verdict.summary, 400))
  if (verdict.accepted) body.push(`Accepted decision: ${md.text(verdict.accepted.reason, 400)}`)
  body.push(
    `Stack: ${md.text(stackLabel(c.stack))}. Files: ${c.fileCount}. Manifests: ${c.manifests.map((m) => md.path(m)).join(', ') || 'none'}.`,
  )
  if (verdict.reasons.length > 0)
    body.push(
      list(
        'Why',
        verdict.reasons.map((r) => {
          const cited = citation(r.sources, md.guidance)
          return `${md.text(cited ? withoutAgreement(r.text, new Set(r.sources).size) : r.text, 400)} (${md.code(r.rule)}${cited ? `; ${md.text(cited, 400)}` : ''})`
        }),
      ),
    )
  if (verdict.mitigations.length > 0)
    body.push(
      list(
        'Mitigations found',
        verdict.mitigations.map((m) => {
          const statement = md.guidance.mitigation(m.id)?.statement
          const where = m.evidence
            .slice(0, 3)
            .map((e) => evidenceText(e, md))
            .join('; ')
          return `${md.code(m.id)}${statement ? `: ${md.text(statement, 300)}` : ''}${where ? ` — ${where}` : ''}`
        }),
      ),
    )
  if (verdict.wouldChange.length > 0)
    body.push(
      list(
        'What would change it',
        verdict.wouldChange.map((w) => md.text(w, 400)),
      ),
    )
  if (c.workloads.length > 0) {
    const items = c.workloads.map((w) => {
      const head = `${WORKLOAD_LABELS[w.workload]}: ${w.score.toFixed(2)} (${w.confidence} confidence)`
      if (!withEvidence || w.evidence.length === 0) return head
      const shown = w.evidence
        .slice(0, EVIDENCE_PER_WORKLOAD)
        .map((e) => `  - ${evidenceText(e, md)}`)
      const more = w.evidence.length - EVIDENCE_PER_WORKLOAD
      if (more > 0) shown.push(`  - and ${more} more`)
      return [head, ...shown].join('\n')
    })
    body.push(list('Workloads', items))
  }
  if (md.flavor === 'terminal') return [`## ${plainText(heading)}`, ...body].join('\n\n')
  return [`<details><summary>${escapeHtmlText(heading)}</summary>`, ...body, '</details>'].join(
    '\n\n',
  )
}

/** The reason's own "(3 of 5 sources)" is dropped where the citation gives the same count. */
function withoutAgreement(text: string, cited: number): string {
  return text
    .replace(/\s*\((\d+) of \d+ sources?\)/g, (match, n: string) =>
      Number(n) === cited ? '' : match,
    )
    .replace(/\.\.(?=\s|$)/g, '.')
}

function list(title: string, items: string[]): string {
  return [`${title}:`, '', ...items.map((i) => `- ${i}`)].join('\n')
}

function evidenceText(e: Evidence, md: Writer): string {
  const where = e.line ? `${e.file}:${e.line}` : e.file
  return `${md.path(where)} — ${md.text(e.detail)}`
}

function scanNotes(report: Report, md: Writer, problemsShown: number): string {
  const { stats } = report
  const lines: string[] = [`${md.flavor === 'terminal' ? '##' : '###'} Scan notes`]
  // The comment leaves the time out: an unchanged result must give an identical body, or every run rewrites it.
  const took = md.flavor === 'comment' ? '' : ` in ${(stats.durationMs / 1000).toFixed(1)} s`
  lines.push(
    `Scanned ${stats.filesScanned} file${stats.filesScanned === 1 ? '' : 's'} (${formatBytes(stats.bytesRead)}) and ${stats.manifestsParsed} manifest${stats.manifestsParsed === 1 ? '' : 's'}${took}.`,
  )
  const skipped = Object.entries(stats.skippedByReason)
    .filter(([, n]) => (n ?? 0) > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, n]) => `${n} ${reason}`)
  if (skipped.length > 0) lines.push(`Skipped: ${skipped.join(', ')}.`)
  if (report.partial)
    lines.push(
      `${VERDICT_EMOJI['fits-with-caveats']} Partial scan: the ${report.partial.limit} limit stopped the scan early (${md.text(report.partial.reason)}); the report covers only the files read before that.`,
    )
  if (report.problems.length > 0) {
    lines.push(
      `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} reading files:`,
    )
    const shown = report.problems.slice(0, problemsShown).map((p) => {
      const where = p.line ? `${p.file}:${p.line}` : p.file
      return `- ${md.path(where)} — ${md.text(p.message)}`
    })
    const more = report.problems.length - shown.length
    if (more > 0) shown.push(`- and ${more} more`)
    lines.push(shown.join('\n'))
  }
  return lines.join('\n\n')
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

// ---------------------------------------------------------------- drift

const NO_GUIDANCE: GuidanceIndex = {
  rule: () => undefined,
  source: () => undefined,
  mitigation: () => undefined,
  sourceCount: 0,
}

/** The "What this pull request changes" section on its own. */
export function renderDrift(drift: Drift, flavor: MarkdownFlavor = 'summary'): string {
  return driftSection(drift, new Writer(flavor, NO_GUIDANCE))
}

function driftSection(drift: Drift, writer: Writer): string {
  const heading = `${writer.flavor === 'terminal' ? '##' : '###'} What this pull request changes`
  if (drift.kind === 'baseUnavailable')
    return `${heading}\n\nThe base revision could not be analysed (${writer.text(drift.reason, 300)}), so only the head is reported.`
  if (drift.unchanged)
    return `${heading}\n\nNo change to stacks, workloads or verdicts compared with the base.`
  return `${heading}\n\n${driftItems(drift, writer)
    .map((i) => `- ${i}`)
    .join('\n')}`
}

function driftItems(drift: DriftChanges, md: Writer): string[] {
  const path = (p: string) => md.path(p === '' ? '.' : p)
  const items: string[] = []
  for (const c of drift.added) items.push(`New component ${path(c.path)}.`)
  for (const c of drift.removed) items.push(`Component ${path(c.path)} removed.`)
  for (const c of drift.stacks)
    items.push(
      `${path(c.path)}: stack ${md.text(stackLabel(c.from))} → ${md.text(stackLabel(c.to))}.`,
    )
  for (const c of drift.verdicts)
    items.push(
      `${path(c.path)}: verdict ${VERDICT_EMOJI[c.from]} ${VERDICT_LABEL[c.from]} → ${VERDICT_EMOJI[c.to]} ${VERDICT_LABEL[c.to]}.`,
    )
  for (const c of drift.workloads) {
    const parts: string[] = []
    const primary = (ws: Workload[]) => ws.map(workloadShortLabel).join(', ') || 'none'
    if (c.primaryFrom.join() !== c.primaryTo.join())
      parts.push(`primary workload ${primary(c.primaryFrom)} → ${primary(c.primaryTo)}`)
    for (const s of c.scores)
      parts.push(`${workloadShortLabel(s.workload)} ${s.from.toFixed(2)} → ${s.to.toFixed(2)}`)
    const because: string[] = []
    if (c.dependenciesAdded.length > 0)
      because.push(
        `added ${c.dependenciesAdded
          .slice(0, 10)
          .map((d) => md.path(d.name))
          .join(', ')}`,
      )
    if (c.dependenciesRemoved.length > 0)
      because.push(
        `removed ${c.dependenciesRemoved
          .slice(0, 10)
          .map((d) => md.path(d.name))
          .join(', ')}`,
      )
    if (c.files.length > 0)
      because.push(
        `in ${c.files
          .slice(0, 5)
          .map((f) => md.path(f))
          .join(', ')}${c.files.length > 5 ? ` and ${c.files.length - 5} more` : ''}`,
      )
    items.push(
      `${path(c.path)}: ${parts.join('; ')}${because.length > 0 ? ` (${because.join('; ')})` : ''}.`,
    )
  }
  return items
}
