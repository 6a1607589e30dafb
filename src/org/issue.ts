// The organisation's tracking issue: one issue in a repository the caller names, found, edited in
// place and closed the same way as the audit issue (src/action/audit-issue.ts), over plain REST.
import {
  type AuditOutcome,
  type IssueApi,
  type TrackingIssue,
  publishAuditIssue,
} from '../action/audit-issue.js'
import type { TokenIdentity } from '../action/sticky-comment.js'
import { type OrgReport, orgFindings } from '../report/aggregate.js'
import { renderOrgMarkdown } from '../report/aggregate-render.js'
import { GitHubApiError, type RestClient } from './rest.js'

export const ORG_AUDIT_MARKER = '<!-- stack-fit:org-audit -->'
/** GitHub's limit on an issue body, in characters. */
const ISSUE_LIMIT_CHARS = 65_536

export function restIssueApi(client: RestClient, repository: string): IssueApi {
  const [owner, repo] = splitRepository(repository)
  const base = `repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`
  return {
    listOpenIssues: async (label) =>
      client.paginate<TrackingIssue>(
        `${base}/issues?state=open&per_page=100&labels=${encodeURIComponent(label)}`,
      ),
    createIssue: (title, body, labels) =>
      client.request<TrackingIssue>('POST', `${base}/issues`, { title, body, labels }),
    updateIssue: (number, changes) =>
      client.request<TrackingIssue>('PATCH', `${base}/issues/${number}`, changes),
  }
}

/** As src/action/github.ts: installation tokens cannot ask GET /user and write as a Bot. */
export async function restIdentity(client: RestClient, token: string): Promise<TokenIdentity> {
  if (token.startsWith('ghs_')) return { kind: 'bot' }
  try {
    const user = await client.request<{ login?: string }>('GET', 'user')
    return user?.login ? { kind: 'user', login: user.login } : { kind: 'bot' }
  } catch {
    return { kind: 'bot' }
  }
}

export function splitRepository(repository: string): [string, string] {
  const match = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(repository)
  if (!match) throw new Error(`'${repository}' is not an owner/name repository`)
  return [match[1]!, match[2]!]
}

export async function publishOrgIssue(
  client: RestClient,
  request: { repository: string; title: string; report: OrgReport; token: string },
): Promise<AuditOutcome> {
  const rendered = renderOrgMarkdown(request.report, {
    title: request.title,
    maxLength: ISSUE_LIMIT_CHARS - ORG_AUDIT_MARKER.length - 1,
  })
  try {
    return await publishAuditIssue(restIssueApi(client, request.repository), {
      title: request.title,
      rendered,
      findings: orgFindings(request.report),
      identity: await restIdentity(client, request.token),
      marker: ORG_AUDIT_MARKER,
    })
  } catch (err) {
    if (err instanceof GitHubApiError && (err.status === 403 || err.status === 404)) {
      throw new Error(
        `could not update the tracking issue in ${request.repository} (${err.message}): the token needs Issues: read and write on that repository`,
      )
    }
    throw err
  }
}
