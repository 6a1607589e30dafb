// What this run is about, read from the runner's environment and the event payload. Pure: the
// caller hands in process.env and the parsed payload.
import type { MarkdownOptions } from '../report/markdown.js'
import { isRecord } from '../scan/manifests/common.js'

export type RunKind = 'pull-request' | 'merge-group' | 'audit' | 'other'

export interface PullRequestRef {
  number: number
  headSha: string
  baseSha: string
  /** `owner/name` of the head repository; undefined when the fork was deleted. */
  headRepo?: string
  baseRepo: string
}

export interface RunContext {
  eventName: string
  kind: RunKind
  owner: string
  repo: string
  /** The commit the workflow runs on (GITHUB_SHA): on pull requests, the test merge commit. */
  sha: string
  actor: string
  pullRequest?: PullRequestRef
  /** Base commit named by the event (pull request base or merge-group base). */
  eventBaseSha?: string
  /** Link to this run, where the full job summary is. */
  runUrl?: string
  /** `https://github.com` or the GitHub Enterprise Server this run is on (GITHUB_SERVER_URL). */
  serverUrl: string
}

interface RepoPayload {
  full_name: string
}

/** The parts of the event payload this run reads; other fields are kept as they are. */
export interface EventPayload {
  pull_request?: {
    number: number
    head: { sha: string; repo?: RepoPayload | null }
    base: { sha: string; repo: RepoPayload }
  }
  merge_group?: { head_sha: string; base_sha: string }
  repository?: RepoPayload
}

function isRepo(value: unknown): value is RepoPayload {
  return isRecord(value) && typeof value.full_name === 'string'
}

/**
 * The payload when every part this run reads has the expected shape, otherwise nothing (`{}`).
 * Checked by hand: a schema library here cost the Action's start-up more than all its other checks.
 */
export function eventPayloadOf(raw: unknown): EventPayload {
  if (!isRecord(raw)) return {}
  const { pull_request: pr, merge_group: group, repository } = raw
  if (pr !== undefined) {
    if (!isRecord(pr) || !Number.isSafeInteger(pr.number) || (pr.number as number) <= 0) return {}
    const { head, base } = pr
    if (!isRecord(head) || typeof head.sha !== 'string') return {}
    if (head.repo !== undefined && head.repo !== null && !isRepo(head.repo)) return {}
    if (!isRecord(base) || typeof base.sha !== 'string' || !isRepo(base.repo)) return {}
  }
  if (group !== undefined) {
    if (!isRecord(group) || typeof group.head_sha !== 'string') return {}
    if (typeof group.base_sha !== 'string') return {}
  }
  if (repository !== undefined && !isRepo(repository)) return {}
  return raw as EventPayload
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']
export const AUDIT_EVENTS = ['schedule', 'workflow_dispatch', 'push']

export function runKindOf(eventName: string): RunKind {
  if (PULL_REQUEST_EVENTS.includes(eventName)) return 'pull-request'
  if (eventName === 'merge_group') return 'merge-group'
  if (AUDIT_EVENTS.includes(eventName)) return 'audit'
  return 'other'
}

export function readRunContext(
  env: Record<string, string | undefined>,
  rawPayload: unknown,
): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const payload = eventPayloadOf(rawPayload ?? {})
  const fullName = env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? ''
  const [owner = '', repo = ''] = fullName.split('/')
  const kind = runKindOf(eventName)
  const pr = kind === 'pull-request' ? payload.pull_request : undefined
  const pullRequest: PullRequestRef | undefined = pr && {
    number: pr.number,
    headSha: pr.head.sha,
    baseSha: pr.base.sha,
    ...(pr.head.repo ? { headRepo: pr.head.repo.full_name } : {}),
    baseRepo: pr.base.repo.full_name,
  }
  const eventBaseSha =
    pullRequest?.baseSha ?? (kind === 'merge-group' ? payload.merge_group?.base_sha : undefined)
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const runUrl =
    fullName && env.GITHUB_RUN_ID
      ? `${server}/${fullName}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined
  return {
    eventName,
    kind,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    serverUrl: server,
    actor: env.GITHUB_ACTOR ?? '',
    ...(pullRequest ? { pullRequest } : {}),
    ...(eventBaseSha ? { eventBaseSha } : {}),
    ...(runUrl ? { runUrl } : {}),
  }
}

/**
 * Why this run's token cannot write, when that is known before trying: a `pull_request` from
 * a fork or from Dependabot gets a read-only token.
 */
export function readOnlyReason(context: RunContext): string | undefined {
  if (context.eventName !== 'pull_request' || !context.pullRequest) return undefined
  const { headRepo, baseRepo } = context.pullRequest
  if (headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase()) {
    return `this pull request comes from a fork (${headRepo ?? 'deleted repository'}), so the workflow token is read-only`
  }
  if (context.actor === 'dependabot[bot]') {
    return 'Dependabot pull requests get a read-only workflow token'
  }
  return undefined
}

export type RenderContext = Pick<MarkdownOptions, 'runUrl' | 'title' | 'links' | 'subject'>

/**
 * What the report needs from the run: the repository for its title, where the scanned files are
 * on GitHub (evidence links to the pull request's head commit) and what the drift compares.
 */
export function renderContext(
  context: RunContext,
  path: string,
  scanPrefix: string,
): RenderContext {
  const repository = context.owner && context.repo ? `${context.owner}/${context.repo}` : ''
  const sha = context.pullRequest?.headSha || context.sha
  const folder = path === '.' || path === '' ? '' : `/${path.replace(/^\.\/+|\/+$/g, '')}`
  return {
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    ...(repository ? { title: `Stack Fit: ${repository}${folder}` } : {}),
    ...(repository && sha
      ? { links: { serverUrl: context.serverUrl, repository, sha, prefix: scanPrefix } }
      : {}),
    subject: context.kind === 'pull-request' ? 'This pull request' : 'This change',
  }
}
