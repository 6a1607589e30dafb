// The organisation's tracking issue against a stand-in issues API on loopback: created once,
// edited in place, left alone when nothing changed, closed when nothing needs attention, and
// never confused with a repository's own audit issue under the same label.
import { readFile, readdir } from 'node:fs/promises'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AUDIT_LABEL, AUDIT_MARKER } from '../../src/action/audit-issue.js'
import { runCli } from '../../src/cli.js'
import { ORG_AUDIT_MARKER, publishOrgIssue } from '../../src/org/issue.js'
import { RestClient } from '../../src/org/rest.js'
import { type OrgReport, aggregateReports } from '../../src/report/aggregate.js'
import { VERSION } from '../../src/version.js'

const FIXTURES = nodePath.resolve(import.meta.dirname, '../fixtures/org-reports')
const TOKEN = 'ghs_installation-token'

interface Issue {
  number: number
  title: string
  body: string
  state: string
  labels: string[]
  html_url: string
  user: { login: string; type: string }
}

let server: Server
let api: string
let issues: Issue[]
let writes: string[]
let forbidden = false

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = ''
  for await (const chunk of req) text += String(chunk)
  return text ? (JSON.parse(text) as Record<string, unknown>) : {}
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const json = (status: number, data: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(data))
  }
  if (forbidden) return json(403, { message: 'Resource not accessible by integration' })
  const base = '/repos/acme/platform-audits/issues'
  if (req.method === 'GET' && url.pathname === base) {
    const label = url.searchParams.get('labels')
    return json(
      200,
      issues.filter((i) => i.state === 'open' && (!label || i.labels.includes(label))),
    )
  }
  if (req.method === 'POST' && url.pathname === base) {
    const data = await body(req)
    const issue: Issue = {
      number: issues.length + 1,
      title: String(data.title),
      body: String(data.body),
      state: 'open',
      labels: data.labels as string[],
      html_url: `https://github.test/acme/platform-audits/issues/${issues.length + 1}`,
      user: { login: 'stack-fit[bot]', type: 'Bot' },
    }
    issues.push(issue)
    writes.push(`create ${issue.number}`)
    return json(201, issue)
  }
  const one = new RegExp(`^${base}/(\\d+)$`).exec(url.pathname)
  if (req.method === 'PATCH' && one) {
    const issue = issues.find((i) => i.number === Number(one[1]))
    if (!issue) return json(404, { message: 'Not Found' })
    Object.assign(issue, await body(req))
    writes.push(`update ${issue.number}${issue.state === 'closed' ? ' closed' : ''}`)
    return json(200, issue)
  }
  json(404, { message: 'Not Found' })
}

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  forbidden = false
  writes = []
  // A repository's own audit issue under the same label, by the same bot: never touched.
  issues = [
    {
      number: 1,
      title: 'Stack Fit audit',
      body: `${AUDIT_MARKER}\nthis repository's own audit`,
      state: 'open',
      labels: [AUDIT_LABEL],
      html_url: 'https://github.test/acme/platform-audits/issues/1',
      user: { login: 'stack-fit[bot]', type: 'Bot' },
    },
  ]
})

async function fixtureReport(): Promise<OrgReport> {
  const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.json'))
  const inputs = await Promise.all(
    names.map(async (n) => ({ file: n, text: await readFile(nodePath.join(FIXTURES, n), 'utf8') })),
  )
  return aggregateReports(inputs, VERSION)
}

const nothingToSee = (report: OrgReport): OrgReport => ({ ...report, attention: [] })

describe('the organisation tracking issue', () => {
  const client = () => new RestClient({ baseUrl: api, token: TOKEN })
  const request = (report: OrgReport) => ({
    repository: 'acme/platform-audits',
    title: 'Acme audit',
    report,
    token: TOKEN,
  })

  it('is created once, edited in place, left alone when unchanged and closed when nothing needs attention', async () => {
    const report = await fixtureReport()
    expect(report.attention.length).toBeGreaterThan(0)

    const created = await publishOrgIssue(client(), request(report))
    expect(created).toMatchObject({ action: 'created' })
    const issue = issues.find((i) => i.number === 2)!
    expect(issue.body.startsWith(`${ORG_AUDIT_MARKER}\n## Acme audit\n`)).toBe(true)
    expect(issue.labels).toEqual([AUDIT_LABEL])

    expect(await publishOrgIssue(client(), request(report))).toMatchObject({ action: 'unchanged' })

    const fewer = { ...report, attention: report.attention.slice(1) }
    expect(await publishOrgIssue(client(), request(fewer))).toMatchObject({ action: 'updated' })
    expect(await publishOrgIssue(client(), request(nothingToSee(report)))).toMatchObject({
      action: 'closed',
    })
    expect(await publishOrgIssue(client(), request(nothingToSee(report)))).toEqual({
      action: 'none',
    })

    expect(writes).toEqual(['create 2', 'update 2', 'update 2 closed'])
    // The repository's own audit issue kept its body and stayed open.
    expect(issues[0]).toMatchObject({ state: 'open', body: `${AUDIT_MARKER}\nthis repository's own audit` })
  })

  it('names the permission the token lacks', async () => {
    forbidden = true
    await expect(publishOrgIssue(client(), request(await fixtureReport()))).rejects.toThrow(
      /could not update the tracking issue in acme\/platform-audits \(HTTP 403: Resource not accessible by integration\): the token needs Issues: read and write/,
    )
  })

  it('is kept by `stack-fit aggregate --issue`, which still writes its report when the issue fails', async () => {
    const env = { GITHUB_TOKEN: TOKEN }
    const ok = await runCli(
      ['aggregate', FIXTURES, '--issue', 'acme/platform-audits', '--api-url', api],
      { org: { env } },
    )
    expect(ok.exitCode).toBe(0)
    expect(ok.stdout).toMatch(/^## Stack Fit: organisation report\n/)
    expect(writes).toEqual(['create 2'])

    forbidden = true
    const failed = await runCli(
      ['aggregate', FIXTURES, '--issue', 'acme/platform-audits', '--api-url', api],
      { org: { env } },
    )
    expect(failed.stdout).toMatch(/^## Stack Fit: organisation report\n/)
    expect(failed.stderr).toContain('the token needs Issues: read and write')
  })
})
