// The one pull-request comment Stack Fit keeps up to date. It is found by a hidden marker at the
// very start of the body AND by its author, so nobody else's comment is ever edited or deleted.

export const COMMENT_MARKER = '<!-- stack-fit:comment'

export interface CommentAuthor {
  login: string
  type: string
}

export interface IssueComment {
  id: number
  body?: string | null
  user: CommentAuthor | null
  created_at: string
  html_url: string
}

/** The calls the sticky comment needs; src/action/github.ts implements them over Octokit. */
export interface CommentApi {
  listComments(issue: number): Promise<IssueComment[]>
  createComment(issue: number, body: string): Promise<IssueComment>
  updateComment(id: number, body: string): Promise<IssueComment>
  deleteComment(id: number): Promise<void>
  /** The pull request's current head commit. */
  pullRequestHead(issue: number): Promise<string>
}

/**
 * Who the token writes as. A personal token can ask (`GET /user`); an installation token
 * (GITHUB_TOKEN or a GitHub App) cannot, and its comments come from a Bot account, so then any
 * Bot-authored comment that carries the marker counts as ours: users cannot post as a Bot.
 */
export type TokenIdentity = { kind: 'user'; login: string } | { kind: 'bot' }

export interface MarkerMeta {
  /** Head commit the report describes. */
  head?: string
  /** When the run that wrote it started (ISO 8601). */
  at?: string
}

const MARKER_PATTERN =
  /^<!-- stack-fit:comment(?: head=([0-9a-f]{7,64}))?(?: at=([0-9TZ:.+-]{10,40}))? -->\n?/

export function markerLine(meta: MarkerMeta): string {
  const head = meta.head && /^[0-9a-f]{7,64}$/.test(meta.head) ? ` head=${meta.head}` : ''
  const at = meta.at ? ` at=${meta.at}` : ''
  return `${COMMENT_MARKER}${head}${at} -->`
}

export function stickyBody(rendered: string, meta: MarkerMeta): string {
  return `${markerLine(meta)}\n${rendered}`
}

/** The marker's metadata when the body starts with it; undefined for any other comment. */
export function parseMarker(body: string | null | undefined): MarkerMeta | undefined {
  const match = body ? MARKER_PATTERN.exec(body) : null
  if (!match) return undefined
  return { ...(match[1] ? { head: match[1] } : {}), ...(match[2] ? { at: match[2] } : {}) }
}

/** The report part of a sticky body, line endings normalised. */
export function reportPart(body: string | null | undefined): string {
  return (body ?? '').replace(/\r\n?/g, '\n').replace(MARKER_PATTERN, '').trimEnd()
}

export function isOwnComment(comment: IssueComment, identity: TokenIdentity): boolean {
  if (!parseMarker(comment.body) || !comment.user) return false
  return identity.kind === 'user'
    ? comment.user.login === identity.login
    : comment.user.type === 'Bot'
}

/** Own marker comments, oldest first. */
export function ownComments(comments: IssueComment[], identity: TokenIdentity): IssueComment[] {
  return comments
    .filter((c) => isOwnComment(c, identity))
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id)
}

/**
 * Whether our report may replace `existing`: never when it describes the same head and was
 * written by a run that started later than ours.
 */
export function mayReplace(existing: MarkerMeta | undefined, ours: MarkerMeta): boolean {
  if (!existing?.head || !existing.at || !ours.at) return true
  if (existing.head !== ours.head) return true
  return Date.parse(existing.at) <= Date.parse(ours.at)
}

export interface StickyRequest {
  issue: number
  /** Rendered report, without the marker. */
  rendered: string
  meta: MarkerMeta
  identity: TokenIdentity
  /** False in on-change mode when nothing moved: only an existing comment is updated. */
  createIfMissing: boolean
}

export type StickyOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url: string; deleted: number }
  | { action: 'skipped'; reason: string; deleted: number; url?: string }

export async function publishStickyComment(
  api: CommentApi,
  request: StickyRequest,
): Promise<StickyOutcome> {
  const { issue, meta, identity } = request
  if (meta.head) {
    const current = await api.pullRequestHead(issue)
    if (current !== meta.head) {
      return {
        action: 'skipped',
        reason: `the pull request has moved on to ${current.slice(0, 7)}; this run's report (${meta.head.slice(0, 7)}) is out of date`,
        deleted: 0,
      }
    }
  }
  const body = stickyBody(request.rendered, meta)
  const [keep, ...extras] = ownComments(await api.listComments(issue), identity)
  if (!keep) {
    if (!request.createIfMissing) {
      return { action: 'skipped', reason: 'nothing changed compared with the base', deleted: 0 }
    }
    const created = await api.createComment(issue, body)
    return settleRace(api, request, created, body)
  }
  const deleted = await deleteAll(api, extras)
  if (!mayReplace(parseMarker(keep.body), meta)) {
    return {
      action: 'skipped',
      reason: 'a later run already reported on this commit',
      deleted,
      url: keep.html_url,
    }
  }
  if (reportPart(keep.body) === reportPart(body)) {
    return { action: 'unchanged', url: keep.html_url, deleted }
  }
  const updated = await api.updateComment(keep.id, body)
  return { action: 'updated', url: updated.html_url || keep.html_url, deleted }
}

/**
 * Two runs that both found no comment both create one. Each then looks again: a run whose
 * comment is not the oldest folds its report into the oldest and removes its own.
 */
async function settleRace(
  api: CommentApi,
  request: StickyRequest,
  created: IssueComment,
  body: string,
): Promise<StickyOutcome> {
  const own = ownComments(await api.listComments(request.issue), request.identity)
  const oldest = own[0]
  if (!oldest || oldest.id === created.id || !own.some((c) => c.id === created.id)) {
    return { action: 'created', url: created.html_url, deleted: 0 }
  }
  if (
    mayReplace(parseMarker(oldest.body), request.meta) &&
    reportPart(oldest.body) !== reportPart(body)
  ) {
    await api.updateComment(oldest.id, body)
  }
  const deleted = await deleteAll(api, [created])
  return { action: 'updated', url: oldest.html_url, deleted }
}

async function deleteAll(api: CommentApi, comments: IssueComment[]): Promise<number> {
  let deleted = 0
  for (const comment of comments) {
    try {
      await api.deleteComment(comment.id)
      deleted++
    } catch (err) {
      // Another run may have removed it first.
      if ((err as { status?: number }).status !== 404) throw err
    }
  }
  return deleted
}
