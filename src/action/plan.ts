// Decisions of one run that depend only on settings, the event and the report: where to comment,
// whether to keep an audit issue, what to compare with, what the outputs say, whether to fail.
import type { CommentMode, FailOn } from '../config/schema.js'
import { type Report, type VerdictKind, productComponents } from '../model.js'
import { type RunContext, readOnlyReason } from './context.js'

export type CommentPlan =
  | { kind: 'pull-request'; number: number; headSha: string; createIfMissing: boolean }
  /** `comment: always` outside a pull request: the open pull request whose head is this commit. */
  | { kind: 'commit'; sha: string }
  | { kind: 'none'; warning?: string }

export function planComment(
  mode: CommentMode,
  context: RunContext,
  hasToken: boolean,
  driftChanged: boolean,
): CommentPlan {
  if (mode === 'never') return { kind: 'none' }
  const pr = context.pullRequest
  const wouldComment =
    (context.kind === 'pull-request' && pr !== undefined) ||
    (mode === 'always' &&
      (context.eventName === 'push' || context.eventName === 'workflow_dispatch'))
  if (!wouldComment) return { kind: 'none' }
  if (!hasToken)
    return { kind: 'none', warning: 'No github-token was given, so no comment is written.' }
  const readOnly = readOnlyReason(context)
  if (readOnly) {
    return {
      kind: 'none',
      warning: `No pull-request comment: ${readOnly}. The report is in the job summary.`,
    }
  }
  if (pr) {
    return {
      kind: 'pull-request',
      number: pr.number,
      headSha: pr.headSha,
      createIfMissing: mode !== 'on-change' || driftChanged,
    }
  }
  return context.sha ? { kind: 'commit', sha: context.sha } : { kind: 'none' }
}

export function wantsAuditIssue(enabled: boolean, context: RunContext): boolean {
  return enabled && context.kind === 'audit'
}

/** The commit or ref to compare with: the input wins, then the event's base. */
export function baseToCompare(baseRefInput: string, context: RunContext): string | undefined {
  if (baseRefInput) return baseRefInput
  return context.eventBaseSha
}

const FAILING: Record<FailOn, VerdictKind[]> = {
  never: [],
  mismatch: ['mismatch'],
  caveat: ['mismatch', 'fits-with-caveats'],
}

/** Why the step fails under `fail-on`, or undefined. Accepted decisions never fail it. */
export function failureOf(report: Report, failOn: FailOn): string | undefined {
  const failing = productComponents(report).filter(
    (c) => FAILING[failOn].includes(c.verdict.verdict) && !c.verdict.accepted,
  )
  if (failing.length === 0) return undefined
  const names = failing.map((c) => `${c.path || '.'} (${c.verdict.verdict})`)
  const shown = names.length > 5 ? [...names.slice(0, 5), `and ${names.length - 5} more`] : names
  return `Stack Fit: ${failing.length} component${failing.length === 1 ? '' : 's'} at or above fail-on '${failOn}': ${shown.join(', ')}`
}

/** One line per component for the `components` output. */
export function componentsOutput(report: Report): string {
  return JSON.stringify(
    report.components.map((c) => ({
      path: c.path || '.',
      name: c.name,
      stack: c.stack.stack === 'other' && c.stack.otherName ? c.stack.otherName : c.stack.stack,
      primary: c.primary,
      verdict: c.verdict.verdict,
      ...(c.verdict.accepted ? { accepted: true } : {}),
    })),
  )
}

export function verdictOutputs(report: Report): Record<string, string> {
  return {
    verdict: report.overall,
    'mismatch-count': String(report.counts.mismatch),
    'caveat-count': String(report.counts['fits-with-caveats']),
    'fits-count': String(report.counts.fits),
    'inconclusive-count': String(report.counts.inconclusive),
    components: componentsOutput(report),
  }
}

/** Joins the scanned directory's place in the workspace to a report path, for annotations. */
export function workspacePath(scanPrefix: string, file: string): string {
  return scanPrefix ? `${scanPrefix}/${file}` : file
}
