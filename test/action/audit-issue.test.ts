import { describe, expect, it } from 'vitest'
import {
  AUDIT_LABEL,
  AUDIT_MARKER,
  type IssueApi,
  type TrackingIssue,
  publishAuditIssue,
} from '../../src/action/audit-issue.js'
import { describeApiFailure } from '../../src/action/github.js'
import type { TokenIdentity } from '../../src/action/sticky-comment.js'

const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const bot: TokenIdentity = { kind: 'bot' }

/** The repository's issues in memory; records every write. */
class FakeIssues implements IssueApi {
  issues: (TrackingIssue & { labels: string[] })[] = []
  writes: string[] = []

  add(body: string, extra: Partial<TrackingIssue & { labels: string[] }> = {}): TrackingIssue {
    const number = this.issues.length + 1
    const issue = {
      number,
      title: 'Stack Fit audit',
      body,
      state: 'open',
      user: BOT,
      html_url: `https://github.test/issues/${number}`,
      labels: [AUDIT_LABEL],
      ...extra,
    }
    this.issues.push(issue)
    return issue
  }

  async listOpenIssues(label: string): Promise<TrackingIssue[]> {
    return this.issues.filter((i) => i.state === 'open' && i.labels.includes(label))
  }
  async createIssue(title: string, body: string, labels: string[]): Promise<TrackingIssue> {
    this.writes.push('create')
    return this.add(body, { title, labels })
  }
  async updateIssue(
    number: number,
    changes: { title?: string; body?: string; state?: 'closed' },
  ): Promise<TrackingIssue> {
    this.writes.push(`update ${number}${changes.state ? ` ${changes.state}` : ''}`)
    const issue = this.issues.find((i) => i.number === number)!
    Object.assign(issue, changes)
    return issue
  }
}

const request = (rendered: string, findings: number) => ({
  title: 'Stack Fit audit',
  rendered,
  findings,
  identity: bot,
})

describe('publishAuditIssue', () => {
  it('opens nothing when everything fits', async () => {
    const repo = new FakeIssues()
    expect(await publishAuditIssue(repo, request('all good', 0))).toEqual({ action: 'none' })
    expect(repo.writes).toEqual([])
  })

  it('opens one labelled issue, leaves it when nothing changed, updates it when the report does', async () => {
    const repo = new FakeIssues()
    const opened = await publishAuditIssue(repo, request('1 mismatch', 1))
    expect(opened).toEqual({ action: 'created', url: 'https://github.test/issues/1' })
    expect(repo.issues[0]).toMatchObject({
      labels: [AUDIT_LABEL],
      body: `${AUDIT_MARKER}\n1 mismatch`,
    })
    expect((await publishAuditIssue(repo, request('1 mismatch', 1))).action).toBe('unchanged')
    expect((await publishAuditIssue(repo, request('2 mismatches', 2))).action).toBe('updated')
    expect(repo.writes).toEqual(['create', 'update 1'])
    expect(repo.issues).toHaveLength(1)
  })

  it('closes its issue once everything fits', async () => {
    const repo = new FakeIssues()
    repo.add(`${AUDIT_MARKER}\n1 mismatch`)
    expect(await publishAuditIssue(repo, request('all good', 0))).toEqual({
      action: 'closed',
      url: 'https://github.test/issues/1',
    })
    expect(repo.writes).toEqual(['update 1 closed'])
  })

  it("leaves alone labelled issues without the marker, a person's copy of it, and pull requests", async () => {
    const repo = new FakeIssues()
    repo.add('Please look at the stack of the chat service')
    repo.add(`${AUDIT_MARKER}\ncopied by hand`, { user: { login: 'mona', type: 'User' } })
    repo.add(`${AUDIT_MARKER}\nfrom a PR`, { pull_request: {} })
    const outcome = await publishAuditIssue(repo, request('1 mismatch', 1))
    expect(outcome).toEqual({ action: 'created', url: 'https://github.test/issues/4' })
    expect(repo.writes).toEqual(['create'])
    expect(await publishAuditIssue(repo, request('all good', 0))).toMatchObject({
      action: 'closed',
    })
    expect(repo.issues.map((i) => i.state)).toEqual(['open', 'open', 'open', 'closed'])
  })
})

describe('describeApiFailure', () => {
  const failure = (status: number, message: string) => Object.assign(new Error(message), { status })

  it('names the missing permission on 403 and 404', () => {
    expect(
      describeApiFailure(
        failure(403, 'Resource not accessible by integration'),
        'write the pull-request comment',
        'pull-requests: write',
      ),
    ).toBe(
      "Could not write the pull-request comment (HTTP 403): the token lacks the `pull-requests: write` permission; grant it in the workflow's `permissions:` block. (Resource not accessible by integration)",
    )
    expect(
      describeApiFailure(failure(404, 'Not Found'), 'update the audit issue', 'issues: write'),
    ).toContain('`issues: write`')
  })

  it('does not blame permissions for a rate limit or a server error, and keeps one line', () => {
    const limited = describeApiFailure(
      failure(403, 'API rate limit exceeded for installation'),
      'write the pull-request comment',
      'pull-requests: write',
    )
    expect(limited).not.toContain('permission')
    expect(describeApiFailure(failure(502, 'Bad Gateway\n<html>'), 'x', 'y')).toBe(
      'Could not x (HTTP 502): Bad Gateway',
    )
    expect(describeApiFailure(new Error('fetch failed'), 'x', 'y')).toBe(
      'Could not x: fetch failed',
    )
  })
})
