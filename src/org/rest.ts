// The organisation commands' GitHub client: Octokit's core with the paginate, retry and throttling
// plugins (the Action builds the same client through @actions/github), narrowed to the two calls
// listing and the tracking issue need. Errors keep their HTTP status as GitHubApiError.
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

/** The part of the Fetch API Octokit calls; tests pass a stand-in, production passes fetch. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>

export interface RestOptions {
  /** `https://api.github.com`, or GitHub Enterprise Server's `https://HOST/api/v3`. */
  baseUrl: string
  token?: string
  fetch?: FetchLike
  timeoutMs?: number
  /** Called with a line for each rate-limit wait or give-up; defaults to standard error. */
  warn?: (message: string) => void
}

export const DEFAULT_API_URL = 'https://api.github.com'
const DEFAULT_TIMEOUT_MS = 30_000
/** As the Action (src/action/github.ts): two retries of a 5xx, none of a 4xx. */
const SERVER_ERROR_RETRIES = 2
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]
const RATE_LIMIT_RETRIES = 2
const MAX_RATE_LIMIT_WAIT_SECONDS = 120

export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly url: string,
  ) {
    super(message)
    this.name = 'GitHubApiError'
  }
}

const OrgOctokit = Octokit.plugin(paginateRest, retry, throttling)

export class RestClient {
  private readonly octokit: InstanceType<typeof OrgOctokit>
  private readonly baseUrl: string

  constructor(options: RestOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '')
    const warn = options.warn ?? ((line: string) => process.stderr.write(`stack-fit: ${line}\n`))
    const onLimit =
      (kind: string) =>
      (retryAfter: number, request: { method: string; url: string }, _: unknown, count: number) => {
        const wait = retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && count < RATE_LIMIT_RETRIES
        warn(
          `GitHub API ${kind} rate limit on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter} s` : 'giving up'}`,
        )
        return wait
      }
    const fetchImpl = options.fetch ?? fetch
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.octokit = new OrgOctokit({
      baseUrl: this.baseUrl,
      ...(options.token ? { auth: options.token } : {}),
      userAgent: 'stack-fit',
      retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: DO_NOT_RETRY },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      request: {
        fetch: (url: string, init: RequestInit) =>
          fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
      },
    })
    // Pagination follows the Link header's URLs: only those on this API get the token.
    this.octokit.hook.before('request', (request) => {
      const url = String(request.url)
      if (/^https?:\/\//i.test(url) && !url.startsWith(`${this.baseUrl}/`))
        throw new GitHubApiError(`refusing to follow a link off the API: ${url}`, 0, url)
    })
  }

  /** One request; `path` is relative to the API root (query string included). */
  async request<T>(method: string, path: string, body?: Record<string, unknown>): Promise<T> {
    try {
      const response = await this.octokit.request(`${method} /${path.replace(/^\/+/, '')}`, body)
      return response.data as T
    } catch (err) {
      throw apiError(err, path)
    }
  }

  /** Every item of a list endpoint, following `rel="next"` links. */
  async paginate<T>(path: string): Promise<T[]> {
    try {
      return (await this.octokit.paginate(`GET /${path.replace(/^\/+/, '')}`)) as T[]
    } catch (err) {
      throw apiError(err, path)
    }
  }
}

/** Octokit's RequestError (or a refusal above) as a GitHubApiError with GitHub's own message. */
function apiError(err: unknown, path: string): Error {
  if (err instanceof GitHubApiError) return err
  const status = (err as { status?: unknown }).status
  if (typeof status === 'number' && status >= 400) {
    const data = (err as { response?: { data?: unknown } }).response?.data
    const message =
      data && typeof data === 'object' && 'message' in data
        ? String((data as { message: unknown }).message)
        : (err as Error).message
    return new GitHubApiError(`HTTP ${status}: ${message}`, status, path)
  }
  const cause = (err as { cause?: unknown }).cause
  if (cause instanceof GitHubApiError) return cause
  return err instanceof Error ? err : new Error(String(err))
}
