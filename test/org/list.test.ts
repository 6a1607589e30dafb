// Listing and batching against a stand-in GitHub REST API on loopback.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli.js'
import { MAX_MATRIX_JOBS, batchRepositories } from '../../src/org/batch.js'
import { listOrgRepositories } from '../../src/org/list.js'
import { RestClient } from '../../src/org/rest.js'
import { aggregateReports } from '../../src/report/aggregate.js'
import { VERSION } from '../../src/version.js'

const TOKEN = 'test-token'
const PER_PAGE = 100

interface FakeRepo {
  full_name: string
  name: string
  archived: boolean
  disabled?: boolean
  fork: boolean
  private: boolean
  visibility: string
  topics: string[]
}

function repo(name: string, extra: Partial<FakeRepo> = {}): FakeRepo {
  return {
    full_name: `acme/${name}`,
    name,
    archived: false,
    fork: false,
    private: false,
    visibility: 'public',
    topics: [],
    ...extra,
  }
}

// 600 active public repositories (more than one matrix of 256 jobs holds one a job), and the odd ones.
const REPOS: FakeRepo[] = [
  ...Array.from({ length: 600 }, (_, i) =>
    repo(`svc-${String(i).padStart(3, '0')}`, { topics: i % 100 === 0 ? ['payments'] : [] }),
  ),
  repo('old-monolith', { archived: true }),
  repo('old-website', { archived: true, topics: ['payments'] }),
  repo('lodash-fork', { fork: true }),
  repo('frozen', { disabled: true }),
  repo('internal-tools', { private: true, visibility: 'private', topics: ['payments'] }),
  repo('secret', { private: true, visibility: 'private' }),
]

let server: Server
let api: string
const requests: { url: string; auth: string | undefined }[] = []

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  requests.push({ url: url.pathname + url.search, auth: req.headers.authorization })
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
  // Octokit sends `token …`; GitHub takes that and `Bearer …` alike.
  if (!/^(?:Bearer|token) test-token$/.test(req.headers.authorization ?? '')) return json(401, { message: 'Bad credentials' })
  if (url.pathname === '/api/v3/orgs/acme/repos') {
    const page = Number(url.searchParams.get('page') ?? '1')
    const last = Math.ceil(REPOS.length / PER_PAGE)
    const links: string[] = []
    const at = (p: number) => {
      const u = new URL(url)
      u.searchParams.set('page', String(p))
      return `<${api}${u.pathname.replace(/^\/api\/v3/, '')}${u.search}>`
    }
    if (page < last) links.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`)
    if (page > 1) links.push(`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`)
    return json(200, REPOS.slice((page - 1) * PER_PAGE, page * PER_PAGE), links.length ? { link: links.join(', ') } : {})
  }
  if (url.pathname === '/api/v3/orgs/nobody/repos') return json(404, { message: 'Not Found' })
  const single = /^\/api\/v3\/repos\/acme\/([^/]+)$/.exec(url.pathname)
  if (single) {
    if (single[1] === 'secret')
      return json(403, { message: 'Resource protected by organization SAML enforcement.' })
    const found = REPOS.find((r) => r.name === single[1])
    return found ? json(200, found) : json(404, { message: 'Not Found' })
  }
  json(404, { message: 'Not Found' })
}

beforeAll(async () => {
  server = createServer(handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function client(token = TOKEN) {
  return new RestClient({ baseUrl: api, token, fetch, timeoutMs: 5_000 })
}

describe('listOrgRepositories against a stand-in API', () => {
  it('follows Link pagination, leaves out archived, forked and disabled ones, and sets aside the private one it cannot read', async () => {
    requests.length = 0
    const listing = await listOrgRepositories(client(), 'acme')
    const pages = requests.filter((r) => r.url.startsWith('/api/v3/orgs/acme/repos'))
    expect(pages).toHaveLength(Math.ceil(REPOS.length / PER_PAGE))
    expect(requests.every((r) => r.auth === `token ${TOKEN}`)).toBe(true)
    expect(listing.listed).toBe(REPOS.length)
    expect(listing.excluded).toMatchObject({ archived: 2, fork: 1, disabled: 1, topic: 0, name: 0, limit: 0 })
    expect(listing.repositories).toHaveLength(601)
    expect(listing.repositories).toContain('acme/internal-tools')
    expect(listing.repositories).not.toContain('acme/secret')
    expect(listing.unreadable).toEqual([
      { repository: 'acme/secret', reason: expect.stringContaining('HTTP 403: Resource protected by organization SAML enforcement') },
    ])
    // Only the private ones were asked about one by one.
    expect(requests.filter((r) => r.url.startsWith('/api/v3/repos/')).map((r) => r.url).sort()).toEqual([
      '/api/v3/repos/acme/internal-tools',
      '/api/v3/repos/acme/secret',
    ])
    expect([...listing.repositories].sort()).toEqual(listing.repositories)
  })

  it('keeps archived repositories and forks when asked, filters by topic and name, and stops at the maximum', async () => {
    const all = await listOrgRepositories(client(), 'acme', { includeArchived: true, includeForks: true })
    expect(all.repositories).toEqual(expect.arrayContaining(['acme/old-monolith', 'acme/lodash-fork']))
    expect(all.repositories).not.toContain('acme/frozen')

    const payments = await listOrgRepositories(client(), 'acme', { topics: ['Payments'] })
    expect(payments.repositories).toEqual([
      'acme/internal-tools',
      'acme/svc-000',
      'acme/svc-100',
      'acme/svc-200',
      'acme/svc-300',
      'acme/svc-400',
      'acme/svc-500',
    ])
    const named = await listOrgRepositories(client(), 'acme', { names: ['svc-05*', 'svc-1?0'], max: 5 })
    expect(named.repositories).toEqual(['acme/svc-050', 'acme/svc-051', 'acme/svc-052', 'acme/svc-053', 'acme/svc-054'])
    expect(named.excluded.limit).toBe(10 + 10 - 5)
  })

  it('says which permission is missing when the organisation cannot be listed', async () => {
    await expect(listOrgRepositories(client(), 'nobody')).rejects.toThrow(/HTTP 404.*read access/)
    await expect(listOrgRepositories(client('wrong'), 'acme')).rejects.toThrow(/HTTP 401: Bad credentials/)
    await expect(listOrgRepositories(client(), '../etc')).rejects.toThrow(/not an organisation name/)
  })

  it('never follows a Link off the API it was given (the token would go with it)', async () => {
    const seen: string[] = []
    const offSite = new RestClient({
      baseUrl: api,
      token: TOKEN,
      fetch: async (url) => {
        seen.push(url)
        return new Response('[]', {
          status: 200,
          headers: { 'content-type': 'application/json', link: '<https://example.invalid/steal?page=2>; rel="next"' },
        })
      },
    })
    await expect(offSite.paginate('orgs/acme/repos')).rejects.toThrow(/refusing to follow a link off the API/)
    expect(seen).toEqual([`${api}/orgs/acme/repos`])
  })
})

describe('batchRepositories', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `acme/r${i}`)

  it('gives one job a repository up to 256, and shares jobs evenly past that', () => {
    expect(batchRepositories([])).toEqual({ include: [] })
    expect(batchRepositories(names(256)).include).toHaveLength(256)
    const m257 = batchRepositories(names(257)).include
    expect(m257).toHaveLength(129)
    expect(new Set(m257.map((e) => e.repositories.length))).toEqual(new Set([1, 2]))
    const m1000 = batchRepositories(names(1000)).include
    expect(m1000).toHaveLength(250)
    expect(m1000.every((e) => e.repositories.length === 4)).toBe(true)
    expect(batchRepositories(names(10), { perJob: 3 }).include.map((e) => e.repositories.length)).toEqual([3, 3, 2, 2])
  })

  it('puts every repository in exactly one job, in order, numbered from 1, never over the limit', () => {
    for (const n of [1, 7, 255, 256, 257, 511, 512, 513, 3000]) {
      for (const maxJobs of [1, 17, MAX_MATRIX_JOBS]) {
        const { include } = batchRepositories(names(n), { maxJobs })
        expect(include.length).toBeLessThanOrEqual(maxJobs)
        expect(include.flatMap((e) => e.repositories)).toEqual(names(n))
        expect(include.map((e) => e.batch)).toEqual(include.map((_, i) => i + 1))
        const sizes = include.map((e) => e.repositories.length)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      }
    }
    expect(() => batchRepositories(names(3), { maxJobs: 257 })).toThrow(RangeError)
    expect(() => batchRepositories(names(3), { perJob: 0 })).toThrow(RangeError)
  })
})

describe('stack-fit org-matrix', () => {
  let work: string
  beforeAll(async () => {
    work = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-org-'))
  })
  afterAll(() => rm(work, { recursive: true, force: true }))

  const env = { env: { GITHUB_TOKEN: TOKEN } }

  it('prints a matrix of at most 256 jobs, writes the step outputs and a failure record for the unreadable one', async () => {
    const output = nodePath.join(work, 'github-output')
    const failures = nodePath.join(work, 'reports')
    const result = await runCli(
      ['org-matrix', '--org', 'acme', '--api-url', api, '--github-output', output, '--failures-dir', failures],
      { org: env },
    )
    expect(result.stderr).toContain('601 to scan in 201 job(s) of at most 3')
    expect(result.stderr).toContain('left out: 2 archived, 1 disabled, 1 forks')
    expect(result.stderr).toContain('the token cannot read 1: acme/secret')
    expect(result.exitCode).toBe(0)
    const matrix = JSON.parse(result.stdout) as { include: { batch: number; repositories: string[] }[] }
    expect(matrix.include.length).toBeLessThanOrEqual(256)
    expect(matrix.include.flatMap((e) => e.repositories)).toHaveLength(601)
    expect(Object.keys(matrix.include[0]!).sort()).toEqual(['batch', 'repositories'])

    const lines = (await readFile(output, 'utf8')).trimEnd().split('\n')
    expect(lines).toEqual([`matrix=${result.stdout.trim()}`, 'count=601', 'jobs=201'])

    expect(await readdir(failures)).toEqual(['acme__secret.json'])
    const record = await readFile(nodePath.join(failures, 'acme__secret.json'), 'utf8')
    const merged = aggregateReports([{ file: 'acme__secret.json', text: record }], VERSION)
    expect(merged.failures).toEqual([
      { repository: 'acme/secret', file: 'acme__secret.json', reason: expect.stringContaining('HTTP 403') },
    ])
  })

  it('honours --per-job, --max-jobs, --max and the filters', async () => {
    const result = await runCli(
      ['org-matrix', '--org', 'acme', '--api-url', api, '--per-job', '5', '--max', '12', '--name', 'svc-*'],
      { org: env },
    )
    expect(JSON.parse(result.stdout)).toEqual({
      include: [
        { batch: 1, repositories: ['acme/svc-000', 'acme/svc-001', 'acme/svc-002', 'acme/svc-003'] },
        { batch: 2, repositories: ['acme/svc-004', 'acme/svc-005', 'acme/svc-006', 'acme/svc-007'] },
        { batch: 3, repositories: ['acme/svc-008', 'acme/svc-009', 'acme/svc-010', 'acme/svc-011'] },
      ],
    })
    const over = await runCli(['org-matrix', '--org', 'acme', '--max-jobs', '300'], { org: env })
    expect(over.exitCode).toBe(2)
    expect(over.stderr).toContain("at most 256, GitHub's limit")
    expect((await runCli(['org-matrix'], { org: env })).stderr).toContain('--org is required')
  })

  it('fails with exit 2 and the reason when the organisation cannot be listed', async () => {
    const result = await runCli(['org-matrix', '--org', 'nobody', '--api-url', api], { org: env })
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(/could not list the repositories of nobody \(HTTP 404/)
  })
})
