// The organisation report as Markdown (job summary, tracking issue), JSON and CSV.
import { VERDICTS, type VerdictKind, WORKLOAD_LABELS, type Workload } from '../model.js'
import type { OrgComponent, OrgReport } from './aggregate.js'
import { escapeMarkdown } from './escape.js'

const VERDICT_TEXT: Record<VerdictKind, string> = {
  mismatch: '❌ mismatch',
  'fits-with-caveats': '⚠️ fits with caveats',
  fits: '✅ fits',
  inconclusive: '❔ inconclusive',
}
const CHART_LABEL: Record<VerdictKind, string> = {
  fits: 'fits',
  'fits-with-caveats': 'fits with caveats',
  mismatch: 'mismatch',
  inconclusive: 'inconclusive',
}
const STACK_TEXT: Record<string, string> = {
  node: 'Node.js',
  python: 'Python',
  other: 'Other',
  unknown: 'Unknown',
}

export interface OrgMarkdownOptions {
  title?: string
  /** Characters; the tracking issue needs GitHub's 65,536, the job summary 1 MiB. */
  maxLength?: number
}

function workloadText(w: string): string {
  if (w === 'none') return 'nothing stood out'
  const label = WORKLOAD_LABELS[w as Workload]
  return label ? label.replace(/\s*\(.*\)$/, '') : w
}

function stackText(key: string): string {
  if (key.startsWith('other: ')) return `${key.slice(7)} (not covered by the guidance)`
  return STACK_TEXT[key] ?? key
}

function componentStack(c: OrgComponent): string {
  return c.stack === 'other' && c.stackName ? `${c.stackName}` : (STACK_TEXT[c.stack] ?? c.stack)
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export function renderOrgMarkdown(report: OrgReport, options: OrgMarkdownOptions = {}): string {
  const all = report.attention.length
  let rows = all
  for (;;) {
    const text = composeMarkdown(report, options, rows)
    if (options.maxLength === undefined || text.length <= options.maxLength) return text
    if (rows === 0) return cutToLength(text, options.maxLength)
    rows = Math.floor(rows / 2)
  }
}

const CUT_NOTE = '\n\n… cut to fit; the CSV and JSON reports have everything.\n'

/** The last resort when even the counts do not fit: whole lines up to the limit, and a note. */
function cutToLength(text: string, maxLength: number): string {
  const room = Math.max(0, maxLength - CUT_NOTE.length)
  const end = text.lastIndexOf('\n', room)
  return `${text.slice(0, end > 0 ? end : room)}${CUT_NOTE}`.slice(0, maxLength)
}

function composeMarkdown(report: OrgReport, options: OrgMarkdownOptions, rows: number): string {
  const { counts } = report
  const out: string[] = [
    `## ${escapeMarkdown(options.title ?? 'Stack Fit: organisation report')}`,
    '',
  ]
  out.push(
    `${plural(counts.scanned, 'repository', 'repositories')} scanned, ${plural(counts.components, 'component')}` +
      `${counts.supporting > 0 ? ` (${counts.supporting} supporting, left out of the counts by verdict)` : ''}; ` +
      `**${plural(report.attention.length, 'component')} need${report.attention.length === 1 ? 's' : ''} attention**` +
      `${counts.failed > 0 ? `; ${plural(counts.failed, 'repository', 'repositories')} could not be scanned` : ''}.`,
    '',
  )

  out.push('### Needs attention', '')
  if (report.attention.length === 0) {
    out.push('Nothing: no component has a mismatch or caveats that nobody has accepted.', '')
  } else {
    out.push(
      '| Repository | Component | Stack | Primary workload | Verdict | Why |',
      '|---|---|---|---|---|---|',
    )
    for (const c of report.attention.slice(0, rows)) {
      const primary = c.primary.map(workloadText).join(', ') || '—'
      out.push(
        `| ${escapeMarkdown(c.repository)} | ${escapeMarkdown(c.path === '' ? '.' : c.path)} | ${escapeMarkdown(componentStack(c))} | ${primary} | ${VERDICT_TEXT[c.verdict]} | ${escapeMarkdown(c.summary, 160)} |`,
      )
    }
    const hidden = report.attention.length - Math.min(rows, report.attention.length)
    if (hidden > 0) out.push('', `… and ${hidden} more; the CSV and JSON reports list them all.`)
    out.push('')
  }

  out.push('### Repositories', '')
  const flagged = report.repositories.filter((r) => r.attention > 0)
  out.push(
    `${plural(flagged.length, 'repository', 'repositories')} with something to look at, ${report.repositories.length - flagged.length} without.`,
    '',
  )
  if (flagged.length > 0) {
    out.push('| Repository | Needs attention | Worst verdict | Components |', '|---|---:|---|---:|')
    for (const r of flagged.slice(0, Math.max(rows, 10)))
      out.push(
        `| ${escapeMarkdown(r.repository)} | ${r.attention} | ${VERDICT_TEXT[r.overall]} | ${r.components} |`,
      )
    out.push('')
  }

  out.push('### Counts', '', '| Verdict | Components |', '|---|---:|')
  for (const v of VERDICTS) out.push(`| ${VERDICT_TEXT[v]} | ${counts.verdicts[v]} |`)
  if (counts.accepted > 0)
    out.push('', `${counts.accepted} of these are covered by an accepted decision.`)
  out.push('', verdictChart(report), '')
  out.push('| Stack | Components |', '|---|---:|')
  for (const [stack, n] of Object.entries(counts.stacks))
    out.push(`| ${escapeMarkdown(stackText(stack))} | ${n} |`)
  out.push('', '| Primary workload | Components |', '|---|---:|')
  for (const [w, n] of Object.entries(counts.workloads))
    out.push(`| ${escapeMarkdown(workloadText(w))} | ${n} |`)
  out.push('', 'A component with two primary workloads counts under both.', '')

  if (report.failures.length > 0) {
    out.push('### Could not be scanned', '', '| Repository | Why |', '|---|---|')
    for (const f of report.failures)
      out.push(`| ${escapeMarkdown(f.repository)} | ${escapeMarkdown(f.reason, 300)} |`)
    out.push('')
  }

  const partial = report.repositories.filter((r) => r.partial)
  if (report.notes.length > 0 || partial.length > 0) {
    out.push('### About the inputs', '')
    for (const r of partial)
      out.push(
        `- ${escapeMarkdown(r.repository)}: the scan stopped early (${escapeMarkdown(r.partial ?? '')}); its report covers only what was read.`,
      )
    for (const n of report.notes)
      out.push(`- ${escapeMarkdown(n.file)}: ${escapeMarkdown(n.message, 300)}`)
    out.push('')
  }
  out.push(`<sub>Stack Fit ${escapeMarkdown(report.tool.version)}</sub>`, '')
  return out.join('\n')
}

/** A bar chart of product components by verdict, its axis from zero so the bars compare truly. */
function verdictChart(report: OrgReport): string {
  const values = VERDICTS.map((v) => report.counts.verdicts[v])
  const top = Math.max(1, ...values)
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Components by verdict"',
    `    x-axis [${VERDICTS.map((v) => `"${CHART_LABEL[v]}"`).join(', ')}]`,
    `    y-axis "Components" 0 --> ${top}`,
    `    bar [${values.join(', ')}]`,
    '```',
  ].join('\n')
}

export function renderOrgJson(report: OrgReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

export const CSV_COLUMNS = [
  'repository',
  'path',
  'name',
  'stack',
  'primary_workloads',
  'verdict',
  'accepted',
  'supporting',
  'needs_attention',
  'stack_fit_version',
  'error',
] as const

/** One row per component, and one per repository that could not be scanned; RFC 4180. */
export function renderOrgCsv(report: OrgReport): string {
  const version = new Map(report.repositories.map((r) => [r.repository, r.version]))
  const rows: { repository: string; cells: string[] }[] = []
  for (const c of report.components) {
    rows.push({
      repository: c.repository,
      cells: [
        c.repository,
        c.path,
        c.name,
        c.stack === 'other' && c.stackName ? `other: ${c.stackName}` : c.stack,
        c.primary.join(' '),
        c.verdict,
        String(c.accepted),
        String(c.supporting),
        String(c.attention),
        version.get(c.repository) ?? '',
        '',
      ],
    })
  }
  for (const f of report.failures)
    rows.push({
      repository: f.repository,
      cells: [f.repository, '', '', '', '', '', '', '', '', '', f.reason],
    })
  // Stable: components keep their path order within a repository.
  rows.sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0))
  return (
    [CSV_COLUMNS.join(','), ...rows.map((r) => r.cells.map(csvCell).join(','))].join('\r\n') +
    '\r\n'
  )
}

function csvCell(value: string): string {
  // A leading = + - @ would be a formula in a spreadsheet: names come from other people's repositories.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
