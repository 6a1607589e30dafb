// A small stand-in for the GitHub REST API on 127.0.0.1: the issue-comment, pull-request and
// issue routes the Action uses, with Link-header pagination, and faults a test can switch on.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  body?: unknown
  token?: string
  /** Date.now() when the request arrived, to check back-off. */
  at: number
}

export interface MockUser {
  login: string
  type: 'User' | 'Bot'
}

export interface MockComment {
  id: number
  body: string
  user: MockUser
  created_at: string
  updated_at: string
  html_url: string
}

export interface MockIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: { name: string }[]
  user: MockUser
  html_url: string
}

/** Answers `status` to requests that `matches` picks, `times` times (then answers normally). */
export interface Fault {
  matches: (request: RecordedRequest) => boolean
  status: number
  message: string
  times: number
  /** Extra response headers, e.g. `retry-after` or the rate-limit headers. */
  headers?: (() => Record<string, string>) | undefined
}

/** What GITHUB_TOKEN and GitHub App installation tokens write as. */
export const ACTIONS_BOT: MockUser = { login: 'github-actions[bot]', type: 'Bot' }

export class MockGitHub {
  readonly requests: RecordedRequest[] = []
  readonly comments = new Map<number, MockComment[]>()
  readonly pullHeads = new Map<number, string>()
  readonly issues: MockIssue[] = []
  readonly faults: Fault[] = []
  /** Lower than GitHub's 100 so that a handful of comments spans several pages. */
  pageSize = 2
  private nextId = 1000
  private clock = Date.parse('2026-01-05T10:00:00Z')
  private server = createServer((req, res) => void this.handle(req, res))

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {}

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  reset(): void {
    this.requests.length = 0
    this.comments.clear()
    this.pullHeads.clear()
    this.issues.length = 0
    this.faults.length = 0
  }

  /** Adds a comment as if someone had posted it earlier; returns it. */
  seedComment(issue: number, body: string, user: MockUser): MockComment {
    const comment = this.newComment(issue, body, user)
    this.commentsOf(issue).push(comment)
    return comment
  }

  private newComment(issue: number, body: string, user: MockUser): MockComment {
    const id = this.nextId++
    const at = this.tick()
    return {
      id,
      body,
      user,
      created_at: at,
      updated_at: at,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
    }
  }

  private tick(): string {
    this.clock += 60_000
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private commentsOf(issue: number): MockComment[] {
    let list = this.comments.get(issue)
    if (!list) this.comments.set(issue, (list = []))
    return list
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const raw = await readBody(req)
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      ...(raw ? { body: JSON.parse(raw) as unknown } : {}),
      ...(tokenOf(req) ? { token: tokenOf(req) } : {}),
      at: Date.now(),
    }
    this.requests.push(request)
    const fault = this.faults.find((f) => f.times > 0 && f.matches(request))
    if (fault) {
      fault.times--
      return send(
        res,
        fault.status,
        { message: fault.message, documentation_url: 'https://docs.github.com/rest' },
        fault.headers?.(),
      )
    }
    const answer = this.route(request, `http://${req.headers.host}`)
    if (!answer) return send(res, 404, { message: 'Not Found' })
    send(res, answer.status, answer.data, answer.headers)
  }

  private route(
    request: RecordedRequest,
    origin: string,
  ): { status: number; data?: unknown; headers?: Record<string, string> } | undefined {
    const prefix = `/repos/${this.owner}/${this.repo}`
    const { method, path } = request
    if (!path.startsWith(`${prefix}/`)) {
      if (method === 'GET' && path === '/user') {
        return request.token?.startsWith('ghs_')
          ? { status: 403, data: { message: 'Resource not accessible by integration' } }
          : { status: 200, data: { ...this.userOf(request), id: 1 } }
      }
      return undefined
    }
    const rest = path.slice(prefix.length)
    const body = (request.body ?? {}) as Record<string, unknown>
    let match: RegExpExecArray | null
    if ((match = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(match[1])
      if (method === 'GET') return this.page(this.commentsOf(issue), request, origin)
      if (method === 'POST') {
        const comment = this.newComment(issue, String(body.body), this.userOf(request))
        this.commentsOf(issue).push(comment)
        return { status: 201, data: comment }
      }
    }
    if ((match = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const id = Number(match[1])
      for (const list of this.comments.values()) {
        const index = list.findIndex((c) => c.id === id)
        if (index < 0) continue
        if (method === 'PATCH') {
          const comment = list[index]!
          comment.body = String(body.body)
          comment.updated_at = this.tick()
          return { status: 200, data: comment }
        }
        if (method === 'DELETE') {
          list.splice(index, 1)
          return { status: 204 }
        }
      }
      return undefined
    }
    if ((match = /^\/pulls\/(\d+)$/.exec(rest)) && method === 'GET') {
      const head = this.pullHeads.get(Number(match[1]))
      if (!head) return undefined
      const repo = { full_name: `${this.owner}/${this.repo}` }
      return {
        status: 200,
        data: {
          number: Number(match[1]),
          state: 'open',
          head: { sha: head, repo },
          base: { repo },
        },
      }
    }
    if (rest === '/issues' && method === 'GET') {
      const label = request.query.get('labels')
      const state = request.query.get('state') ?? 'open'
      const found = this.issues.filter(
        (i) => i.state === state && (!label || i.labels.some((l) => l.name === label)),
      )
      return this.page(found, request, origin)
    }
    if (rest === '/issues' && method === 'POST') {
      const number = this.issues.length + 1
      const issue: MockIssue = {
        number,
        title: String(body.title),
        body: String(body.body),
        state: 'open',
        labels: ((body.labels as string[] | undefined) ?? []).map((name) => ({ name })),
        user: this.userOf(request),
        html_url: `https://github.com/${this.owner}/${this.repo}/issues/${number}`,
      }
      this.issues.push(issue)
      return { status: 201, data: issue }
    }
    if ((match = /^\/issues\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(match![1]))
      if (!issue) return undefined
      if (typeof body.title === 'string') issue.title = body.title
      if (typeof body.body === 'string') issue.body = body.body
      if (body.state === 'closed' || body.state === 'open') issue.state = body.state
      return { status: 200, data: issue }
    }
    return undefined
  }

  private userOf(request: RecordedRequest): MockUser {
    return request.token?.startsWith('ghs_')
      ? ACTIONS_BOT
      : { login: 'release-bot-user', type: 'User' }
  }

  private page<T>(
    items: T[],
    request: RecordedRequest,
    origin: string,
  ): { status: number; data: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(request.query.get('per_page') ?? 30), this.pageSize)
    const page = Math.max(1, Number(request.query.get('page') ?? 1))
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const linkTo = (n: number, rel: string) => {
      const query = new URLSearchParams(request.query)
      query.set('page', String(n))
      return `<${origin}${request.path}?${query.toString()}>; rel="${rel}"`
    }
    const links = []
    if (page < last) links.push(linkTo(page + 1, 'next'), linkTo(last, 'last'))
    if (page > 1) links.push(linkTo(1, 'first'), linkTo(page - 1, 'prev'))
    return {
      status: 200,
      data: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    }
  }
}

function tokenOf(req: IncomingMessage): string | undefined {
  return /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function send(
  res: ServerResponse,
  status: number,
  data?: unknown,
  headers: Record<string, string> = {},
): void {
  const text = data === undefined ? '' : JSON.stringify(data)
  res.writeHead(status, {
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
  })
  res.end(text)
}
