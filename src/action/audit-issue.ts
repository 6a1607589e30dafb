// One tracking issue for scheduled and manual audits: opened when something needs attention,
// updated while it does, closed once everything fits. Found by label, marker and author.
import { type Report, productComponents } from '../model.js'
import type { CommentAuthor, TokenIdentity } from './sticky-comment.js'

export const AUDIT_LABEL = 'stack-fit'
export const AUDIT_MARKER = '<!-- stack-fit:audit -->'

export interface TrackingIssue {
  number: number
  title: string
  body?: string | null
  state: string
  user: CommentAuthor | null
  html_url: string
  pull_request?: unknown
}

export interface IssueApi {
  /** Open issues carrying the label (the API also lists pull requests; they are filtered out). */
  listOpenIssues(label: string): Promise<TrackingIssue[]>
  createIssue(title: string, body: string, labels: string[]): Promise<TrackingIssue>
  updateIssue(
    number: number,
    changes: { title?: string; body?: string; state?: 'closed' },
  ): Promise<TrackingIssue>
}

/** Components a person should look at: mismatches and caveats nobody has accepted. */
export function findingsOf(report: Report): number {
  return productComponents(report).filter(
    (c) =>
      (c.verdict.verdict === 'mismatch' || c.verdict.verdict === 'fits-with-caveats') &&
      !c.verdict.accepted,
  ).length
}

export function isOwnIssue(
  issue: TrackingIssue,
  identity: TokenIdentity,
  marker = AUDIT_MARKER,
): boolean {
  if (issue.pull_request || !issue.body?.startsWith(marker) || !issue.user) return false
  return identity.kind === 'user' ? issue.user.login === identity.login : issue.user.type === 'Bot'
}

export type AuditOutcome =
  { action: 'created' | 'updated' | 'unchanged' | 'closed'; url: string } | { action: 'none' }

export async function publishAuditIssue(
  api: IssueApi,
  request: {
    title: string
    rendered: string
    findings: number
    identity: TokenIdentity
    /** Another tracking issue (the organisation's) keeps its own marker under the same label. */
    marker?: string
  },
): Promise<AuditOutcome> {
  const marker = request.marker ?? AUDIT_MARKER
  const body = `${marker}\n${request.rendered}`
  const issue = (await api.listOpenIssues(AUDIT_LABEL))
    .filter((i) => isOwnIssue(i, request.identity, marker))
    .sort((a, b) => a.number - b.number)[0]
  if (request.findings === 0) {
    if (!issue) return { action: 'none' }
    const closed = await api.updateIssue(issue.number, { body, state: 'closed' })
    return { action: 'closed', url: closed.html_url || issue.html_url }
  }
  if (!issue) {
    const created = await api.createIssue(request.title, body, [AUDIT_LABEL])
    return { action: 'created', url: created.html_url }
  }
  if (
    issue.body?.replace(/\r\n?/g, '\n').trimEnd() === body.trimEnd() &&
    issue.title === request.title
  ) {
    return { action: 'unchanged', url: issue.html_url }
  }
  const updated = await api.updateIssue(issue.number, { title: request.title, body })
  return { action: 'updated', url: updated.html_url || issue.html_url }
}
