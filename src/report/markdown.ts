// The report as Markdown for a terminal, the job summary or a pull-request comment, ordered by what
// needs attention: a headline that says what the change moves, then the components to act on
// (mismatch, then caveats), then the ones that fit, compactly, then one collapsed line each for
// the components without enough signal and the supporting packages.
import type { Drift, DriftChanges, StackRef } from '../analysis/drift.js'
import {
  type ComponentReport,
  type Evidence,
  type Report,
  type VerdictKind,
  type VerdictReason,
  type Workload,
  WORKLOAD_LABELS,
} from '../model.js'
import { escapeHtmlText, escapeMarkdown, inlineCode, plainText, truncate } from './escape.js'
import { type GuidanceIndex, sourceNameInText, sourceReference } from './guidance.js'

/** GitHub's job summary limit, in UTF-8 bytes. */
export const SUMMARY_LIMIT_BYTES = 1_048_576
/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT_CHARS = 65_536

export type MarkdownFlavor = 'terminal' | 'summary' | 'comment'

/** Where the scanned files are on GitHub, so evidence can link to its line. */
export interface SourceLinks {
  /** `https://github.com` or a GitHub Enterprise Server URL. */
  serverUrl: string
  /** `owner/name`. */
  repository: string
  /** The commit the report describes (a pull request's head). */
  sha: string
  /** Where the scanned directory sits in the repository ('' at the top). */
  prefix?: string
}

export interface MarkdownOptions {
  guidance: GuidanceIndex
  flavor: MarkdownFlavor
  drift?: Drift
  /** Bytes for `summary`, characters otherwise. Defaults to GitHub's limit for the flavor. */
  maxLength?: number
  runUrl?: string
  /** The heading; defaults to "Stack Fit: " and the repository (or the scanned folder's name). */
  title?: string
  /** Links evidence to its file and line on GitHub; without it evidence is plain `file:line`. */
  links?: SourceLinks
  /**
   * What the drift compares, as the headline names it: "This pull request" (the default on
   * GitHub) or "This change" (the default in a terminal, and for a manual run against a base).
   */
  subject?: string
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

/** Workload names short enough for a table cell; the long label is used where the work is explained. */
export const WORKLOAD_SHORT: Record<Workload, string> = {
  realtime: 'Real-time',
  'io-api': 'I/O API',
  'server-web': 'Server-rendered web',
  'spa-frontend': 'SPA / frontend',
  'data-ml': 'Data science / ML',
  'cpu-intensive': 'CPU-heavy',
  iot: 'IoT',
  automation: 'Automation',
}

const STACK_NAME = { node: 'Node.js', python: 'Python' } as const
const EVIDENCE_SHOWN = 5
const PROBLEMS_SHOWN = 20
/** Past this many rows the list of components that fit is collapsed in a comment. */
const FITS_OPEN_ROWS = 8
/** Changes listed in the headline; the rest are one click away. */
const CHANGES_SHOWN = 8

/** How much to show; the renderer steps down until the text fits GitHub's limit. */
interface Detail {
  /** Evidence, long reasons and notes under each component that needs attention. */
  explain: boolean
  /** Rows of the table of components that fit. */
  fitRows: number
  /** Names in the collapsed inconclusive and supporting lists. */
  lists: boolean
  problems: number
  chart: boolean
}

export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const limit = options.maxLength ?? defaultLimit(options.flavor)
  const size = (text: string) =>
    options.flavor === 'summary' ? Buffer.byteLength(text, 'utf8') : text.length
  const all = report.components.length
  const steps: Detail[] = [
    { explain: true, fitRows: all, lists: true, problems: PROBLEMS_SHOWN, chart: true },
    { explain: false, fitRows: all, lists: true, problems: PROBLEMS_SHOWN, chart: true },
    { explain: false, fitRows: all, lists: false, problems: 0, chart: false },
  ]
  for (const [i, detail] of steps.entries()) {
    const text = compose(report, options, detail, i > 0)
    if (limit === undefined || size(text) <= limit) return text
  }
  // Still too long: fewer rows of components that fit (those needing attention always stay).
  const last = steps[steps.length - 1]!
  const fits = (n: number) =>
    size(compose(report, options, { ...last, fitRows: n }, true)) <= limit!
  let low = 0
  let high = all
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fits(mid)) low = mid
    else high = mid - 1
  }
  const text = compose(report, options, { ...last, fitRows: low }, true)
  return size(text) <= limit! ? text : cutToSize(text, limit!, size)
}

function defaultLimit(flavor: MarkdownFlavor): number | undefined {
  if (flavor === 'summary') return SUMMARY_LIMIT_BYTES
  if (flavor === 'comment') return COMMENT_LIMIT_CHARS
  return undefined
}

/** The last resort when not even the attention list fits: whole lines, then code points. */
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

// ---------------------------------------------------------------- layout

/** The components a change adds or moves. */
type Touched = Map<string, 'new' | 'changed'>

interface Groups {
  mismatch: ComponentReport[]
  caveats: ComponentReport[]
  accepted: ComponentReport[]
  fits: ComponentReport[]
  inconclusive: ComponentReport[]
  supporting: ComponentReport[]
}

/** Components by what a reviewer does with them; within a group, those the change touches first. */
function groupComponents(report: Report, touched: Touched): Groups {
  const groups: Groups = {
    mismatch: [],
    caveats: [],
    accepted: [],
    fits: [],
    inconclusive: [],
    supporting: [],
  }
  for (const c of report.components) {
    const v = c.verdict.verdict
    if (c.supporting) groups.supporting.push(c)
    else if (c.verdict.accepted && v !== 'fits' && v !== 'inconclusive') groups.accepted.push(c)
    else if (v === 'mismatch') groups.mismatch.push(c)
    else if (v === 'fits-with-caveats') groups.caveats.push(c)
    else if (v === 'fits') groups.fits.push(c)
    else groups.inconclusive.push(c)
  }
  // job-2 before job-10, as a reader counts.
  const touchedFirst = (a: ComponentReport, b: ComponentReport) =>
    Number(touched.has(b.path)) - Number(touched.has(a.path)) ||
    a.path.localeCompare(b.path, 'en', { numeric: true })
  groups.mismatch.sort(touchedFirst)
  groups.caveats.sort(touchedFirst)
  const natural = (a: ComponentReport, b: ComponentReport) =>
    a.path.localeCompare(b.path, 'en', { numeric: true })
  for (const list of [groups.accepted, groups.fits, groups.inconclusive, groups.supporting])
    list.sort(natural)
  return groups
}

function compose(
  report: Report,
  options: MarkdownOptions,
  detail: Detail,
  trimmed: boolean,
): string {
  const md = new Writer(options)
  const drift = options.drift
  const changes = drift?.kind === 'changed' || drift?.kind === 'unchanged' ? drift : undefined
  const touched: Touched = new Map(changes ? touchedPaths(changes).map((p) => [p, 'changed']) : [])
  for (const ref of changes?.added ?? []) touched.set(ref.path, 'new')
  const groups = groupComponents(report, touched)
  const parts: string[] = [md.heading(1, options.title ?? defaultTitle(report, options))]

  parts.push(...headline(report, groups, drift, md))
  if (report.partial)
    parts.push(
      `${VERDICT_EMOJI['fits-with-caveats']} ${md.bold('Partial scan:')} ${md.text(report.partial.reason)} The verdicts cover only the files read before the limit.`,
    )
  if (trimmed) parts.push(trimmedNote(options))

  // A pull request that changes nothing gets its headline; the full picture is one click away.
  const quiet = changes?.unchanged === true && md.flavor === 'comment'
  if (quiet && options.runUrl)
    parts.push(`The [full report](${options.runUrl}) is in the job summary.`)
  else {
    const body = componentBlocks(groups, touched, detail, md)
    if (quiet && body.length > 0) parts.push(md.details('The full picture', body.join('\n\n')))
    else parts.push(...body)
  }
  parts.push(scanNotes(report, md, detail.problems))
  const footnotes = md.footnotes()
  if (footnotes) parts.push(footnotes)
  return `${parts.join('\n\n')}\n`
}

function componentBlocks(groups: Groups, touched: Touched, detail: Detail, md: Writer): string[] {
  const body: string[] = []
  const attention = [...groups.mismatch, ...groups.caveats]
  if (attention.length > 0) {
    body.push(md.heading(2, 'Needs attention'))
    for (const alike of alikeGroups(attention, md)) {
      body.push(
        alike.length === 1
          ? attentionItem(alike[0]!, touched, detail, md)
          : alikeItem(alike, touched, detail, md),
      )
    }
  }
  if (groups.accepted.length > 0) body.push(acceptedList(groups.accepted, md))
  if (groups.fits.length > 0) body.push(fitsTable(groups.fits, detail, md, touched))
  if (groups.inconclusive.length > 0) body.push(inconclusiveList(groups.inconclusive, detail, md))
  if (groups.supporting.length > 0) body.push(supportingList(groups.supporting, detail, md))
  if (detail.chart && md.flavor === 'summary') {
    const chart = verdictChart(groups)
    if (chart) body.push(chart)
  }
  return body
}

function defaultTitle(report: Report, options: MarkdownOptions): string {
  // "." names nothing: the repository, else the scanned folder's own name.
  const folder = report.root
    .split(/[\\/]/)
    .filter((s) => s !== '' && s !== '.')
    .pop()
  const name = options.links?.repository ?? folder
  return name ? `Stack Fit: ${name}` : 'Stack Fit'
}

function trimmedNote(options: MarkdownOptions): string {
  const where =
    options.runUrl && options.flavor !== 'summary'
      ? ` [Full report in the job summary](${options.runUrl}).`
      : ' The JSON report has everything.'
  return `ℹ️ Shortened to fit GitHub's size limit; the components that need attention are all here.${where}`
}

// ---------------------------------------------------------------- headline

function touchedPaths(drift: DriftChanges): string[] {
  return [
    ...drift.added.map((c) => c.path),
    ...drift.stacks.map((c) => c.path),
    ...drift.verdicts.map((c) => c.path),
    ...drift.workloads.map((c) => c.path),
  ]
}

function countsLine(groups: Groups): string {
  const parts: string[] = []
  const add = (n: number, text: string) => {
    if (n > 0) parts.push(text)
  }
  add(groups.mismatch.length, `${VERDICT_EMOJI.mismatch} ${groups.mismatch.length} mismatch`)
  add(
    groups.caveats.length,
    `${VERDICT_EMOJI['fits-with-caveats']} ${groups.caveats.length} with caveats`,
  )
  add(groups.accepted.length, `${groups.accepted.length} accepted`)
  add(
    groups.fits.length,
    `${VERDICT_EMOJI.fits} ${groups.fits.length} ${plural(groups.fits.length, 'fits', 'fit')}`,
  )
  add(
    groups.inconclusive.length,
    `${VERDICT_EMOJI.inconclusive} ${groups.inconclusive.length} without enough signal`,
  )
  add(groups.supporting.length, `${groups.supporting.length} supporting`)
  return parts.join(' · ')
}

function overallText(report: Report, groups: Groups): string {
  const n = report.components.length
  if (n === 0)
    return `${VERDICT_EMOJI.inconclusive} Overall: inconclusive — no components found, nothing to judge.`
  const accepted =
    groups.accepted.length > 0 &&
    groups.mismatch.length === 0 &&
    groups.caveats.length === 0 &&
    report.overall !== 'fits' &&
    report.overall !== 'inconclusive'
  return `${VERDICT_EMOJI[report.overall]} Overall: ${VERDICT_LABEL[report.overall]}${accepted ? ' (accepted decision)' : ''} — ${n} ${plural(n, 'component')}: ${countsLine(groups)}.`
}

/** What the change moves and whether it needs a decision, in the first lines. */
function headline(report: Report, groups: Groups, drift: Drift | undefined, md: Writer): string[] {
  const overall = md.bold(overallText(report, groups))
  if (!drift) return [overall]
  if (drift.kind === 'baseUnavailable')
    return [
      `ℹ️ Could not compare with the base (${md.text(drift.reason, 300)}), so this is the whole repository as it stands.`,
      overall,
    ]
  if (drift.unchanged)
    return [`${VERDICT_EMOJI.fits} ${md.subject} changes no stack, workload or verdict.`, overall]
  const byPath = new Map(report.components.map((c) => [c.path, c]))
  const items = changeItems(drift, byPath, md)
  const needsDecision = touchedPaths(drift).some((p) => {
    const c = byPath.get(p)
    return c && !c.supporting && needsAttention(c)
  })
  const lead = needsDecision
    ? `${VERDICT_EMOJI.mismatch} ${md.bold(`${md.subject} needs a decision.`)}`
    : `${VERDICT_EMOJI.fits} ${md.bold(`Nothing in ${lowerFirst(md.subject)} needs a decision.`)}`
  if (items.length === 1) return [`${lead} It ${items[0]}.`, overall]
  const list = (xs: string[]) =>
    xs.map((i, n) => `- ${i}${n === xs.length - 1 ? '.' : ';'}`).join('\n')
  const shown = items.slice(0, CHANGES_SHOWN)
  const rest = items.slice(CHANGES_SHOWN)
  return [
    `${lead} It changes:`,
    list(shown),
    ...(rest.length > 0
      ? [md.details(`${rest.length} more ${plural(rest.length, 'change')}`, list(rest))]
      : []),
    overall,
  ]
}

function needsAttention(c: ComponentReport): boolean {
  const v = c.verdict.verdict
  return (v === 'mismatch' || v === 'fits-with-caveats') && !c.verdict.accepted
}

/** One clause per component the change moves: added, removed, a new stack, verdict or workload. */
function changeItems(
  drift: DriftChanges,
  byPath: ReadonlyMap<string, ComponentReport>,
  md: Writer,
): string[] {
  const items: string[] = []
  const stackOf = new Map(drift.stacks.map((c) => [c.path, c]))
  const workOf = new Map(drift.workloads.map((c) => [c.path, c]))
  const nameOf = (path: string) => {
    const c = byPath.get(path)
    return c ? md.componentName(c) : md.path(path || '.')
  }
  for (const ref of drift.added) {
    const c = byPath.get(ref.path)
    items.push(
      c
        ? `adds ${md.componentName(c)}, ${whatItIs(c, md)}: ${verdictPhrase(c, md)}`
        : `adds ${nameOf(ref.path)}`,
    )
  }
  for (const ref of drift.removed) items.push(`removes ${nameOf(ref.path)}`)
  const said = new Set(drift.added.map((r) => r.path))
  for (const change of drift.verdicts) {
    said.add(change.path)
    const c = byPath.get(change.path)
    const stack = stackOf.get(change.path)
    const newStack = stack
      ? ` from ${md.text(stackLabel(stack.from))} to ${md.text(stackLabel(stack.to))}, and`
      : ''
    const work = workOf.get(change.path)
    const because = work ? dependencyChanges(work, md) : ''
    const why = c && needsAttention(c) ? `: ${lowerFirst(whyShort(c, md))}` : ''
    items.push(
      `moves ${nameOf(change.path)}${newStack} from ${VERDICT_EMOJI[change.from]} ${VERDICT_LABEL[change.from]} to ${VERDICT_EMOJI[change.to]} ${VERDICT_LABEL[change.to]}${because ? ` (${because})` : ''}${why}`,
    )
  }
  for (const change of drift.stacks) {
    if (said.has(change.path)) continue
    said.add(change.path)
    items.push(
      `moves ${nameOf(change.path)} from ${md.text(stackLabel(change.from))} to ${md.text(stackLabel(change.to))}`,
    )
  }
  for (const change of drift.workloads) {
    if (said.has(change.path)) continue
    const short = (ws: Workload[]) => ws.map((w) => WORKLOAD_SHORT[w]).join(', ') || 'no clear'
    const from = short(change.primaryFrom)
    const to = short(change.primaryTo)
    const what =
      from === to
        ? `shifts the work of ${nameOf(change.path)}`
        : `turns ${nameOf(change.path)} from ${from} to ${to} work`
    const scores = change.scores
      .map((s) => `${WORKLOAD_SHORT[s.workload]} ${s.from.toFixed(2)} → ${s.to.toFixed(2)}`)
      .join(', ')
    const because = dependencyChanges(change, md)
    const files = change.files.slice(0, 3).map((f) => md.fileLink(f))
    const more = change.files.length - files.length
    const where =
      files.length > 0 ? `in ${files.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : ''
    const detail = [scores ? `scores ${scores}` : '', because, where].filter(Boolean).join('; ')
    items.push(`${what}${detail ? ` (${detail})` : ''}`)
  }
  return items
}

/** "adds `openai`, removes `left-pad`": the dependencies behind a workload change. */
function dependencyChanges(change: DriftChanges['workloads'][number], md: Writer): string {
  const names = (ds: { name: string }[]) => {
    const shown = ds.slice(0, 3).map((d) => md.code(d.name))
    return ds.length > 3 ? `${shown.join(', ')} and ${ds.length - 3} more` : shown.join(', ')
  }
  return [
    change.dependenciesAdded.length > 0 ? `adds ${names(change.dependenciesAdded)}` : '',
    change.dependenciesRemoved.length > 0 ? `removes ${names(change.dependenciesRemoved)}` : '',
  ]
    .filter(Boolean)
    .join(', ')
}

/** "Node.js, data science / ML with `@tensorflow/tfjs-node`": the stack, its work, its main package. */
function whatItIs(c: ComponentReport, md: Writer): string {
  const work = c.primary.map((w) => lowerFirst(WORKLOAD_SHORT[w])).join(' and ')
  const top = c.workloads.find((w) => w.workload === c.primary[0])
  const pkg = top?.evidence
    .map((e) => /^(?:npm dependency|PyPI dependency) (\S+)/.exec(e.detail)?.[1])
    .find(Boolean)
  const stack = md.text(stackLabel(c.stack))
  if (!work) return stack
  return `${stack}, ${work}${pkg ? ` with ${md.code(pkg)}` : ''}`
}

function verdictPhrase(c: ComponentReport, md: Writer): string {
  const v = c.verdict.verdict
  const base = `${VERDICT_EMOJI[v]} ${VERDICT_LABEL[v]}${c.verdict.accepted ? ' (accepted)' : ''}`
  return needsAttention(c) ? `${base}, as ${lowerFirst(whyShort(c, md))}` : base
}

/** "Data science" → "data science" mid-sentence; "IoT", "CPU-heavy" and "I/O API" keep their capitals. */
function lowerFirst(text: string): string {
  const word = text.split(/[\s/-]/, 1)[0] ?? ''
  return /^[A-Z][a-z]+$/.test(word) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

// ---------------------------------------------------------------- components

/** The reason's lead, up to its colon: "The guidance warns against Node.js for CPU-intensive work". */
function reasonLead(reason: VerdictReason): string {
  const { secondary, text: body } = splitSecondary(reason.text)
  const text = body.replace(/\s*\(\d+ of \d+ sources?\)\.?$/, '')
  const colon = text.indexOf(': ')
  const lead =
    colon > 0 && colon < 160 ? text.slice(0, colon) : (text.split(/(?<=\.)\s/)[0] ?? text)
  return `${lead.replace(/\.$/, '')}${secondary ? ', which is secondary work here' : ''}`
}

/** "Secondary work (X): The guidance warns…" (from the verdict) without its label. */
function splitSecondary(text: string): { secondary: boolean; text: string } {
  const m = /^Secondary work \([^)]*\): /.exec(text)
  return m ? { secondary: true, text: text.slice(m[0].length) } : { secondary: false, text }
}

/** One sentence of why, with the count of sources behind it and a footnote for each. */
function whyShort(c: ComponentReport, md: Writer): string {
  const reason = c.verdict.reasons[0]
  if (!reason) return md.text(c.verdict.summary.replace(/\.$/, ''), 300)
  // A warning that would be a mismatch says why it is only a caveat, or the two read alike.
  const light = c.verdict.reasons.some((r) => r.rule === 'light-evidence')
  return `${md.text(reasonLead(reason), 300)}${md.cite(reason.sources)}${light ? '; little of the component shows this work, so it is a caveat, not a mismatch' : ''}`
}

function attentionItem(c: ComponentReport, touched: Touched, detail: Detail, md: Writer): string {
  const mark = changeMark(touched.get(c.path), md)
  const head = `${VERDICT_EMOJI[c.verdict.verdict]} ${md.bold(md.componentLink(c))} · ${kindOf(c, md)}${mark ? ` · ${mark}` : ''}`
  return attentionBody(c, head, detail, md, (others) => explanation(c, others, md))
}

/** "new in this pull request", "changed since the base", or '' for a component the change left alone. */
function changeMark(change: 'new' | 'changed' | undefined, md: Writer): string {
  if (!change) return ''
  const when = md.subject === 'This change' ? 'since the base' : `in ${lowerFirst(md.subject)}`
  return `${change} ${when}`
}

/** "Node.js (TypeScript) · Data science / ML". */
function kindOf(c: ComponentReport, md: Writer): string {
  const work = c.primary.map((w) => WORKLOAD_SHORT[w]).join(', ') || 'no clear workload'
  return `${md.text(stackLabel(c.stack))} · ${work}`
}

/** The head line, one sentence of why, one of what to do, and the long form behind a click. */
function attentionBody(
  c: ComponentReport,
  head: string,
  detail: Detail,
  md: Writer,
  explain: (otherActions: string[]) => string,
): string {
  const lines = [head, `${md.bold('Why:')} ${whyShort(c, md)}.`]
  const [first, ...others] = c.verdict.wouldChange.map(asAction)
  if (first) lines.push(`${md.bold('What to do:')} ${md.text(first, 400)}`)
  const out = [lines.join(md.flavor === 'terminal' ? '\n' : '  \n')]
  if (detail.explain) {
    const more = explain(others)
    if (more) out.push(md.details('Evidence and reasoning', more))
  }
  return out.join('\n\n')
}

/**
 * Components that need attention for the same reason, with the same stack, work and advice,
 * said once: twelve Flask jobs are one item naming the twelve, not twelve copies. Their notes may
 * differ (one also does some CPU work): the item keeps what they share and names the rest beside
 * the component it belongs to.
 */
function alikeGroups(components: ComponentReport[], md: Writer): ComponentReport[][] {
  const groups = new Map<string, ComponentReport[]>()
  for (const c of components) {
    const key = JSON.stringify([
      c.verdict.verdict,
      kindOf(c, md),
      c.verdict.reasons.map((r) => [r.rule, r.text]),
      c.verdict.wouldChange,
    ])
    groups.set(key, [...(groups.get(key) ?? []), c])
  }
  return [...groups.values()]
}

function alikeItem(alike: ComponentReport[], touched: Touched, detail: Detail, md: Writer): string {
  const first = alike[0]!
  const names = alike.map((c) => {
    const mark = changeMark(touched.get(c.path), md)
    return `${md.componentLink(c)}${mark ? ` (${mark})` : ''}`
  })
  const head = `${VERDICT_EMOJI[first.verdict.verdict]} ${md.bold(`${alike.length} components`)} · ${kindOf(first, md)}: ${names.join(', ')}`
  const hasNote = (c: ComponentReport, rule: string) => c.verdict.notes.some((n) => n.rule === rule)
  const shared = first.verdict.notes.filter((n) => alike.every((c) => hasNote(c, n.rule)))
  return attentionBody(first, head, detail, md, (others) => {
    // Evidence differs by component: two lines each, and the notes only some of them have. The
    // reasoning is the same: said once.
    const evidence = alike.map((c) => {
      const top = c.workloads.find((w) => w.workload === c.primary[0]) ?? c.workloads[0]
      const shown = (top?.evidence ?? []).slice(0, 2).map((e) => md.evidence(e))
      const own = c.verdict.notes
        .filter((n) => !shared.some((s) => s.rule === n.rule))
        .map((n) => `${md.text(reasonLead(n), 300)}${md.cite(n.sources)}`)
      const also = own.length > 0 ? `. Also: ${own.join('; ')}.` : ''
      return `- ${md.componentName(c)}: ${shown.join('; ') || 'no evidence recorded'}${also}`
    })
    const common = { ...first, verdict: { ...first.verdict, notes: shared } }
    const rest = explanation(common, others, md, false)
    return [`Evidence:\n\n${evidence.join('\n')}`, rest].filter(Boolean).join('\n\n')
  })
}

/** "Or move this work to a Python component." reads as an action on its own: "Move this work…". */
function asAction(text: string): string {
  return text.replace(/^Or ([a-z])/, (_, c: string) => c.toUpperCase())
}

/** The long form behind a `<details>`: evidence, the full reasons, what is in place, other options. */
function explanation(
  c: ComponentReport,
  otherActions: string[],
  md: Writer,
  withEvidence = true,
): string {
  const blocks: string[] = []
  const judged = new Set<Workload>(c.primary)
  const evidence = (withEvidence ? c.workloads : [])
    .filter((w) => judged.has(w.workload) || w.score >= 0.5)
    .map((w) => {
      const shown = w.evidence.slice(0, EVIDENCE_SHOWN).map((e) => `  - ${md.evidence(e)}`)
      const more = w.evidence.length - EVIDENCE_SHOWN
      if (more > 0) shown.push(`  - and ${more} more`)
      return [
        `- ${WORKLOAD_LABELS[w.workload]} (${strengthText(w.score, w.confidence)})`,
        ...shown,
      ].join('\n')
    })
  if (evidence.length > 0) blocks.push(`Evidence:\n\n${evidence.join('\n')}`)
  // The lead of each reason is the "Why" above; here is what the sources actually say.
  const reasons = c.verdict.reasons.map(
    (r) => `- ${md.text(reasonBody(r), 500)}${md.cite(r.sources)}`,
  )
  if (reasons.length > 0) blocks.push(`What the sources say:\n\n${reasons.join('\n')}`)
  // Two rules can share a lead ("recommends Node.js for I/O APIs"): one line, their sources merged.
  const byLead = new Map<string, string[]>()
  for (const r of c.verdict.notes)
    byLead.set(reasonLead(r), [...(byLead.get(reasonLead(r)) ?? []), ...r.sources])
  const notes = [...byLead].map(([lead, sources]) => `- ${md.text(lead, 300)}${md.cite(sources)}.`)
  if (notes.length > 0) blocks.push(`Notes:\n\n${notes.join('\n')}`)
  if (otherActions.length > 0)
    blocks.push(
      `Other ways to act on it:\n\n${otherActions.map((a) => `- ${md.text(a, 400)}`).join('\n')}`,
    )
  // The comment stays short; the job summary can afford a picture of work that is split.
  const chart = md.flavor === 'summary' && withEvidence ? workloadChart(c) : undefined
  if (chart) blocks.push(chart)
  return blocks.join('\n\n')
}

/**
 * How this work compares with the component's main work, and how much evidence there is: the
 * score is relative and the confidence absolute, so "the main work, on weak evidence" rather
 * than "1.00 (low confidence)", which reads as a contradiction.
 */
function strengthText(score: number, confidence: string): string {
  const share =
    score >= 0.995 ? 'the main work' : `${Math.round(score * 100)}% as strong as the main work`
  const evidence =
    confidence === 'high'
      ? 'strong evidence'
      : confidence === 'medium'
        ? 'some evidence'
        : 'weak evidence'
  return `${share}, on ${evidence}`
}

/** The reason after its lead, without its own "(3 of 5 sources)": the citation gives the count. */
function reasonBody(reason: VerdictReason): string {
  const text = splitSecondary(reason.text)
    .text.replace(/\s*\(\d+ of \d+ sources?\)/g, '')
    .replace(/\.\.(?=\s|$)/g, '.')
  const colon = text.indexOf(': ')
  return colon > 0 && colon < 160 ? text.slice(colon + 2) : text
}

function acceptedList(components: ComponentReport[], md: Writer): string {
  const items = components.map(
    (c) =>
      `- ${VERDICT_EMOJI[c.verdict.verdict]} ${md.componentLink(c)} (${VERDICT_LABEL[c.verdict.verdict]}): ${md.text(c.verdict.accepted?.reason ?? '', 300)}`,
  )
  return [md.heading(2, 'Accepted decisions'), items.join('\n')].join('\n\n')
}

function fitsTable(
  components: ComponentReport[],
  detail: Detail,
  md: Writer,
  touched: Touched,
): string {
  const shown = components.slice(0, detail.fitRows)
  // A fit that rests on what the code already does says so, once, in its own row.
  const covered = shown.map((c) => coveredBy(c, md))
  const withNotes = covered.some(Boolean)
  const rows = shown.map((c, i) => {
    const work = c.primary.map((w) => WORKLOAD_SHORT[w]).join(', ') || 'no clear workload'
    const mark = touched.has(c.path) ? ` (${touched.get(c.path)})` : ''
    const note = withNotes ? ` ${covered[i] ?? ''} |` : ''
    return `| ${md.componentLink(c, true)}${mark} | ${md.cell(stackLabel(c.stack))} | ${work} |${note}`
  })
  const hidden = components.length - rows.length
  const head = withNotes
    ? ['| Component | Stack | Workload | Note |', '|---|---|---|---|']
    : ['| Component | Stack | Workload |', '|---|---|---|']
  const table = [...head, ...rows].join('\n')
  const rest = hidden > 0 ? `\n\n… and ${hidden} more that fit.` : ''
  const title = `${VERDICT_EMOJI.fits} ${components.length} ${plural(components.length, 'component')} ${components.length === 1 ? 'fits' : 'fit'}`
  if (md.flavor === 'comment' && components.length > FITS_OPEN_ROWS)
    return md.details(title, table + rest)
  return `${md.heading(2, title)}\n\n${table}${rest}`
}

/**
 * "Covered by worker threads or a worker pool": the mitigations a fit rests on, if any, in one
 * phrase ("Covered by asyncio with an ASGI server, and by a concurrent server (…)").
 */
function coveredBy(c: ComponentReport, md: Writer): string | undefined {
  const leads = c.verdict.notes.filter((n) => md.hasMitigation(n.rule)).map((n) => reasonLead(n))
  if (leads.length === 0) return undefined
  const COVERED = 'Covered by '
  if (leads.length === 1 || !leads.every((l) => l.startsWith(COVERED)))
    return md.cell(leads.join('; '), 160)
  const means = leads.map((l) => l.slice(COVERED.length))
  return md.cell(`${COVERED}${means.slice(0, -1).join(', by ')}, and by ${means.at(-1)}`, 160)
}

/** One collapsed line: the components the guidance could not judge, grouped by why. */
function inconclusiveList(components: ComponentReport[], detail: Detail, md: Writer): string {
  const byReason = new Map<string, ComponentReport[]>()
  for (const c of components) {
    const key = inconclusiveReason(c)
    byReason.set(key, [...(byReason.get(key) ?? []), c])
  }
  const title = `${VERDICT_EMOJI.inconclusive} ${components.length} ${plural(components.length, 'component')} without enough signal to judge`
  if (!detail.lists) return md.flavor === 'terminal' ? title : `${title}.`
  const groups = [...byReason.entries()].map(([why, cs]) => ({
    why,
    cs,
    action: inconclusiveAction(cs[0]!),
  }))
  // What to do is said once when every group calls for the same thing.
  const shared =
    groups.length > 1 && groups.every((g) => g.action === groups[0]!.action)
      ? groups[0]!.action
      : undefined
  const lines = groups.map(({ why, cs, action }) => {
    const own = action && !shared ? ` ${md.text(action, 300)}` : ''
    return `${md.text(why)}: ${cs.map((c) => md.componentName(c)).join(', ')}.${own}`
  })
  if (shared) lines.push(md.text(shared, 300))
  return md.details(title, lines.join('\n\n'))
}

/** What would let the guidance judge them, as something a team can do. */
function inconclusiveAction(c: ComponentReport): string | undefined {
  const rule = c.verdict.reasons[0]?.rule
  if (rule === 'stack-not-covered')
    return 'To judge it, add organisation guidance for this stack in the config, or leave it out with an ignore pattern.'
  if (rule === 'stack-unknown')
    return 'To judge it, give it a package.json, pyproject.toml or requirements.txt that declares its dependencies.'
  if (rule === 'weak-signals')
    return 'A library that only serves the others needs nothing; for a service, declaring its dependencies in its manifest lets its work be judged.'
  return undefined
}

function inconclusiveReason(c: ComponentReport): string {
  const rule = c.verdict.reasons[0]?.rule
  if (rule === 'stack-not-covered')
    return `${c.stack.otherName ?? 'Another stack'}, which the guidance does not cover`
  if (rule === 'stack-unknown') return 'No stack could be determined'
  if (rule === 'weak-signals' && c.workloads.length === 0)
    return 'No dependency, import or code pattern points to a workload'
  if (rule === 'weak-signals') return 'Only weak signals'
  return c.verdict.summary.replace(/\.$/, '')
}

function supportingList(components: ComponentReport[], detail: Detail, md: Writer): string {
  const title = `📦 ${components.length} supporting ${plural(components.length, 'package')} (tests, examples, docs), left out of the verdict`
  if (!detail.lists) return md.flavor === 'terminal' ? title : `${title}.`
  // By the verdict each would get, said once per verdict rather than once per package.
  const byVerdict = new Map<VerdictKind, ComponentReport[]>()
  for (const c of components)
    byVerdict.set(c.verdict.verdict, [...(byVerdict.get(c.verdict.verdict) ?? []), c])
  const lines = [...byVerdict].map(
    ([v, cs]) =>
      `${VERDICT_EMOJI[v]} ${VERDICT_LABEL[v]}: ${cs.map((c) => md.componentLink(c)).join(', ')}.`,
  )
  const note =
    'A `components:` entry with `supporting: false` in the config judges one with the rest.'
  return md.details(
    title,
    [...lines, md.flavor === 'terminal' ? plainText(note) : note].join('\n\n'),
  )
}

// ---------------------------------------------------------------- charts

/** Bars in GitHub's blue (Mermaid's default is a pale lavender) at a size that fits a screen. */
const CHART_STYLE =
  '%%{init: {"xyChart": {"width": 640, "height": 260}, "themeVariables": {"xyChart": {"plotColorPalette": "#0969da"}}}}%%'
/** A component's work is split when a second class weighs at least this share of the first. */
const SPLIT_SHARE = 0.75

/** Mermaid label text: letters, digits and a few safe marks only. */
export function mermaidLabel(text: string): string {
  const safe = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} ./_-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return truncate(safe, 60) || 'component'
}

/** One bar chart of the repository's components by verdict: counts, from zero, true to the numbers. */
function verdictChart(groups: Groups): string | undefined {
  const bars: [string, number][] = [
    ['mismatch', groups.mismatch.length],
    ['caveats', groups.caveats.length],
    ['accepted', groups.accepted.length],
    ['fits', groups.fits.length],
    ['no signal', groups.inconclusive.length],
    ['supporting', groups.supporting.length],
  ]
  const shown = bars.filter(([, n]) => n > 0)
  const total = shown.reduce((s, [, n]) => s + n, 0)
  // A handful of components is read faster from the counts line than from a chart.
  if (shown.length < 2 || total < 10) return undefined
  const max = Math.max(...shown.map(([, n]) => n))
  return [
    '```mermaid',
    CHART_STYLE,
    'xychart-beta horizontal',
    '    title "Components by verdict"',
    `    x-axis [${shown.map(([l]) => `"${l}"`).join(', ')}]`,
    `    y-axis "Components" 0 --> ${max}`,
    `    bar [${shown.map(([, n]) => n).join(', ')}]`,
    '```',
  ].join('\n')
}

/** For a component whose work is split: the classes' weights as bars, only when two are close. */
function workloadChart(c: ComponentReport): string | undefined {
  const strong = c.workloads.filter((w) => w.score >= SPLIT_SHARE)
  if (strong.length < 2) return undefined
  const shown = c.workloads.slice(0, 5)
  const max = Math.max(...shown.map((w) => w.raw))
  return [
    '```mermaid',
    CHART_STYLE,
    'xychart-beta horizontal',
    `    title "Workload weights of ${mermaidLabel(displayPath(c))}"`,
    `    x-axis [${shown.map((w) => `"${mermaidLabel(WORKLOAD_SHORT[w.workload])}"`).join(', ')}]`,
    `    y-axis "Weight" 0 --> ${Math.ceil(max)}`,
    `    bar [${shown.map((w) => Number(w.raw.toFixed(2))).join(', ')}]`,
    '```',
  ].join('\n')
}

// ---------------------------------------------------------------- scan notes

function scanNotes(report: Report, md: Writer, problemsShown: number): string {
  const { stats } = report
  // The comment leaves the time out: an unchanged result must give an identical body, or every run rewrites it.
  const took = md.flavor === 'comment' ? '' : ` in ${(stats.durationMs / 1000).toFixed(1)} s`
  const scanned = `Scanned ${stats.filesScanned} ${plural(stats.filesScanned, 'file')} (${formatBytes(stats.bytesRead)}) and ${stats.manifestsParsed} ${plural(stats.manifestsParsed, 'manifest')}${took}`
  const lines: string[] = []
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
    const shown = report.problems.slice(0, problemsShown).map((p) => {
      const where = p.line ? `${p.file}:${p.line}` : p.file
      return `- ${md.path(where)} — ${md.text(p.message)}`
    })
    const more = report.problems.length - shown.length
    if (more > 0) shown.push(`- and ${more} more`)
    lines.push(
      [
        `${report.problems.length} ${plural(report.problems.length, 'problem')} reading files:`,
        shown.join('\n'),
      ].join('\n\n'),
    )
  }
  const problems =
    report.problems.length > 0
      ? `, ${report.problems.length} ${plural(report.problems.length, 'problem')} reading files`
      : ''
  const title = `Scan notes: ${stats.filesScanned} ${plural(stats.filesScanned, 'file')}${problems}`
  if (md.flavor === 'terminal')
    return [md.heading(2, 'Scan notes'), `${scanned}.`, ...lines].join('\n\n')
  const version = `<sub>Stack Fit ${escapeHtmlText(report.tool.version)}</sub>`
  return md.details(title, [`${scanned}.`, ...lines, version].join('\n\n'))
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many
}

// ---------------------------------------------------------------- shared labels

/** "Node.js (TypeScript)", "Python + Node.js" for mixed code, "Go (not covered by the guidance)". */
export function stackLabel(stack: StackRef & { languages?: string[]; mixed?: boolean }): string {
  if (stack.stack === 'node') {
    const ts = (stack.languages ?? []).includes('TypeScript') ? ' (TypeScript)' : ''
    return `${STACK_NAME.node}${ts}${stack.mixed ? ' + Python' : ''}`
  }
  if (stack.stack === 'python') return `${STACK_NAME.python}${stack.mixed ? ' + Node.js' : ''}`
  if (stack.stack === 'other')
    return `${stack.otherName ?? 'Another stack'} (not covered by the guidance)`
  return 'Unknown'
}

export function workloadShortLabel(workload: Workload): string {
  return WORKLOAD_LABELS[workload].replace(/\s*\(.*\)$/, '')
}

function displayPath(component: { path: string }): string {
  return component.path === '' ? '.' : component.path
}

// ---------------------------------------------------------------- writer

/** Escaping, links and footnotes, which differ between a terminal and GitHub. */
class Writer {
  readonly flavor: MarkdownFlavor
  /** "This pull request" or "This change". */
  readonly subject: string
  private readonly guidance: GuidanceIndex
  private readonly links?: SourceLinks
  private readonly repository?: string
  private readonly cited: string[] = []

  constructor(options: MarkdownOptions) {
    this.flavor = options.flavor
    this.subject =
      options.subject ?? (options.flavor === 'terminal' ? 'This change' : 'This pull request')
    this.guidance = options.guidance
    this.links = options.links
    this.repository = options.links?.repository
  }

  heading(level: 1 | 2, text: string): string {
    const marks = this.flavor === 'terminal' ? '#'.repeat(level) : '#'.repeat(level + 1)
    return `${marks} ${this.text(text, 160)}`
  }

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

  /** A package or other name to copy: a code span, which GitHub never turns into a mention. */
  code(value: string, inTable = false): string {
    return this.flavor === 'terminal' ? plainText(value) : inlineCode(value, { inTable })
  }

  /**
   * A repository path, shown literally and copyable: a path GitHub would turn into a mention
   * or an issue link (`packages/@scope/x`) goes in a code span rather than carry a joiner.
   */
  path(value: string, inTable = false): string {
    if (this.flavor === 'terminal') return inTable ? this.cell(value) : plainText(value)
    const escaped = inTable ? this.cell(value) : this.text(value)
    // Never a code span for text with markup characters: those stay escaped, joiner and all.
    return escaped.includes('&#8288;') && !/[<>&`]/.test(value)
      ? inlineCode(value, { inTable })
      : escaped
  }

  /** A file linked to the head commit when the links are known. */
  fileLink(file: string, line?: number): string {
    const where = line ? `${file}:${line}` : file
    const url = this.url('blob', file, line)
    return url ? `[${this.path(where)}](${url})` : this.path(where)
  }

  /** The component's path (the repository's name for the root), linked to its folder. */
  componentName(c: ComponentReport, inTable = false): string {
    return this.path(c.path === '' ? (this.repository ?? c.name) : c.path, inTable)
  }

  componentLink(c: ComponentReport, inTable = false): string {
    const name = this.componentName(c, inTable)
    const url = this.url('tree', c.path)
    return url ? `[${name}](${url})` : name
  }

  details(summary: string, body: string): string {
    if (this.flavor === 'terminal') return `${plainText(summary, 300)}\n\n${body}`
    return `<details><summary>${escapeHtmlText(summary, 300)}</summary>\n\n${body}\n\n</details>`
  }

  /** `file:line — detail`, linked to the line at the head commit when the links are known. */
  evidence(e: Evidence): string {
    return `${this.fileLink(e.file, e.line)} — ${this.detail(e.detail)}`
  }

  /** Evidence details name packages ("npm dependency @scope/x"): those names go in code spans. */
  private detail(text: string): string {
    if (this.flavor === 'terminal') return plainText(text)
    const m =
      /^(npm dependency|PyPI dependency|dependency|imports|is the catalogued package|is the compiled package) (\S+)(.*)$/.exec(
        text,
      )
    if (!m) return escapeMarkdown(text)
    return `${escapeMarkdown(m[1]!)} ${inlineCode(m[2]!)}${escapeMarkdown(m[3]!)}`
  }

  private url(kind: 'tree' | 'blob', path: string, line?: number): string | undefined {
    if (!this.links || this.flavor === 'terminal') return undefined
    const { serverUrl, repository, sha, prefix } = this.links
    const full = [prefix, path].filter(Boolean).join('/')
    const encoded = full
      .split('/')
      .map((s) => encodeURIComponent(s))
      .join('/')
    const base = `${serverUrl.replace(/\/+$/, '')}/${repository}/${kind}/${sha}`
    return `${base}${encoded ? `/${encoded}` : ''}${line ? `#L${line}` : ''}`
  }

  /** " (3 of 5 sources[^a][^b][^c])" on GitHub, " (3 of 5 sources: A, B, C)" in a terminal. */
  cite(sourceIds: readonly string[]): string {
    const ids = [...new Set(sourceIds)]
    if (ids.length === 0) return ''
    const total = Math.max(this.guidance.sourceCount, ids.length)
    const count = `${ids.length} of ${total} ${total === 1 ? 'source' : 'sources'}`
    if (this.flavor === 'terminal') {
      const names = ids.map((id) => {
        const s = this.guidance.source(id)
        return s ? sourceNameInText(s) : id
      })
      return ` (${count}: ${plainText(names.join(', '), 300)})`
    }
    for (const id of ids) if (!this.cited.includes(id)) this.cited.push(id)
    return ` (${count}${ids.map((id) => `[^${footnoteId(id)}]`).join('')})`
  }

  hasMitigation(id: string): boolean {
    return this.guidance.mitigation(id) !== undefined
  }

  /** The definitions of the footnotes cited, naming each article and who published it. */
  footnotes(): string | undefined {
    if (this.cited.length === 0) return undefined
    return this.cited
      .map((id) => {
        const s = this.guidance.source(id)
        return `[^${footnoteId(id)}]: ${s ? escapeMarkdown(sourceReference(s), 300) : escapeMarkdown(id)}`
      })
      .join('\n')
  }
}

function footnoteId(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, '-')
}

// ---------------------------------------------------------------- drift on its own

const NO_GUIDANCE: GuidanceIndex = {
  rule: () => undefined,
  source: () => undefined,
  mitigation: () => undefined,
  sourceCount: 0,
}

/** The "what this pull request changes" lines on their own (the drift tests read them). */
export function renderDrift(drift: Drift, flavor: MarkdownFlavor = 'summary'): string {
  const md = new Writer({ guidance: NO_GUIDANCE, flavor })
  if (drift.kind === 'baseUnavailable')
    return `The base revision could not be analysed (${md.text(drift.reason, 300)}), so only the head is reported.`
  if (drift.unchanged) return 'No change to stacks, workloads or verdicts compared with the base.'
  return changeItems(drift, new Map(), md)
    .map((i) => `- ${i}.`)
    .join('\n')
}
