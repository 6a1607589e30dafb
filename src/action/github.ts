// The GitHub REST client: built inside run(), never at import, with bounded retries for server
// faults and rate limits and no retry for any other 4xx.
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { IssueApi, TrackingIssue } from './audit-issue.js'
import type { CommentApi, IssueComment, TokenIdentity } from './sticky-comment.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Retries of a request that failed with 5xx or a network error (waits 1 s, then 4 s). */
export const SERVER_ERROR_RETRIES = 2
/** Statuses that a retry cannot fix; rate limits (403/429 with their headers) are the throttling plugin's. */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]
export const RATE_LIMIT_RETRIES = 2
/** Longer waits than this would hold the job for a report; give up with a warning instead. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120
export const REQUEST_TIMEOUT_MS = 30_000

export function rateLimitDecision(
  kind: 'primary' | 'secondary',
  retryAfter: number,
  retryCount: number,
  route: string,
): boolean {
  const wait = retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && retryCount < RATE_LIMIT_RETRIES
  core.warning(
    `GitHub API ${kind} rate limit hit on ${route}; ${wait ? `retrying in ${retryAfter} s` : 'giving up on this request'}`,
  )
  return wait
}

export function createClient(token: string): GitHubClient {
  const octokit = getOctokit(
    token,
    {
      retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: DO_NOT_RETRY },
      throttle: {
        onRateLimit: (retryAfter, options, _octokit, retryCount) =>
          rateLimitDecision('primary', retryAfter, retryCount, `${options.method} ${options.url}`),
        onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) =>
          rateLimitDecision(
            'secondary',
            retryAfter,
            retryCount,
            `${options.method} ${options.url}`,
          ),
      },
      log: { debug: core.debug, info: core.debug, warn: core.debug, error: core.debug },
    },
    retry,
    throttling,
  )
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
  })
  return octokit
}

/**
 * Installation tokens (`ghs_`: GITHUB_TOKEN and GitHub Apps) cannot call GET /user; any other
 * token is asked, and treated as an installation token when it cannot answer.
 */
export async function resolveIdentity(
  octokit: GitHubClient,
  token: string,
): Promise<TokenIdentity> {
  if (token.startsWith('ghs_')) return { kind: 'bot' }
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return { kind: 'user', login: data.login }
  } catch {
    return { kind: 'bot' }
  }
}

export function repositoryApi(
  octokit: GitHubClient,
  owner: string,
  repo: string,
): CommentApi & IssueApi {
  return {
    listComments: async (issue) =>
      (await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      })) as IssueComment[],
    createComment: async (issue, body) =>
      (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }))
        .data as IssueComment,
    updateComment: async (id, body) =>
      (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }))
        .data as IssueComment,
    deleteComment: async (id) => {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id })
    },
    pullRequestHead: async (issue) =>
      (await octokit.rest.pulls.get({ owner, repo, pull_number: issue })).data.head.sha,
    listOpenIssues: async (label) =>
      (await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        labels: label,
        state: 'open',
        per_page: 100,
      })) as TrackingIssue[],
    createIssue: async (title, body, labels) =>
      (await octokit.rest.issues.create({ owner, repo, title, body, labels }))
        .data as TrackingIssue,
    updateIssue: async (number, changes) =>
      (await octokit.rest.issues.update({ owner, repo, issue_number: number, ...changes }))
        .data as TrackingIssue,
  }
}

/** Open pull requests whose head is `sha` (for `comment: always` on push and manual runs). */
export async function pullRequestsForCommit(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
): Promise<number[]> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: sha,
  })
  return data
    .filter(
      (pr) =>
        pr.state === 'open' && pr.head.sha === sha && pr.base.repo.full_name === `${owner}/${repo}`,
    )
    .map((pr) => pr.number)
}

/**
 * A warning for an API call that failed. 403 and 404 almost always mean the workflow did not
 * grant the permission, so the warning names it.
 */
export function describeApiFailure(err: unknown, what: string, permission: string): string {
  const status = (err as { status?: number }).status
  const message = (err instanceof Error ? err.message : String(err)).split('\n', 1)[0] ?? ''
  if ((status === 403 || status === 404) && !/rate limit/i.test(message)) {
    return `Could not ${what} (HTTP ${status}): the token lacks the \`${permission}\` permission; grant it in the workflow's \`permissions:\` block. (${message})`
  }
  return `Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${message}`
}
