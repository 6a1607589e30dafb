import { describe, expect, it } from 'vitest'
import {
  type CommentApi,
  type IssueComment,
  type TokenIdentity,
  markerLine,
  mayReplace,
  parseMarker,
  publishStickyComment,
  reportPart,
  stickyBody,
} from '../../src/action/sticky-comment.js'

const HEAD = 'a'.repeat(40)
const NEWER_HEAD = 'b'.repeat(40)
const BOT = { login: 'github-actions[bot]', type: 'Bot' }
const PERSON = { login: 'octocat', type: 'User' }

/** An in-memory pull request thread that records every write. */
class FakeThread implements CommentApi {
  comments: IssueComment[] = []
  writes: string[] = []
  head = HEAD
  private nextId = 100
  private clock = Date.parse('2026-01-01T00:00:00Z')
  /** Runs after the next list, once: lets a test slip in a racing run's comment. */
  afterList?: () => void

  add(body: string, user = BOT): IssueComment {
    const comment = {
      id: this.nextId++,
      body,
      user,
      created_at: new Date((this.clock += 1000)).toISOString(),
      html_url: `https://github.test/c/${this.nextId - 1}`,
    }
    this.comments.push(comment)
    return comment
  }

  async listComments(): Promise<IssueComment[]> {
    const list = this.comments.map((c) => ({ ...c }))
    const hook = this.afterList
    this.afterList = undefined
    hook?.()
    return list
  }
  async createComment(_issue: number, body: string): Promise<IssueComment> {
    this.writes.push('create')
    return this.add(body)
  }
  async updateComment(id: number, body: string): Promise<IssueComment> {
    this.writes.push(`update ${id}`)
    const comment = this.comments.find((c) => c.id === id)!
    comment.body = body
    return comment
  }
  async deleteComment(id: number): Promise<void> {
    this.writes.push(`delete ${id}`)
    this.comments = this.comments.filter((c) => c.id !== id)
  }
  async pullRequestHead(): Promise<string> {
    return this.head
  }
}

const bot: TokenIdentity = { kind: 'bot' }
const at = (s: number) => new Date(Date.parse('2026-02-01T00:00:00Z') + s * 1000).toISOString()

function request(
  rendered: string,
  overrides: Partial<Parameters<typeof publishStickyComment>[1]> = {},
) {
  return {
    issue: 7,
    rendered,
    meta: { head: HEAD, at: at(0) },
    identity: bot,
    createIfMissing: true,
    ...overrides,
  }
}

describe('marker', () => {
  it('round-trips the head and the run time and is only recognised at the start', () => {
    const body = stickyBody('## Report', { head: HEAD, at: at(5) })
    expect(body.startsWith('<!-- stack-fit:comment head=')).toBe(true)
    expect(parseMarker(body)).toEqual({ head: HEAD, at: at(5) })
    expect(reportPart(body)).toBe('## Report')
    expect(parseMarker(`quoted: ${body}`)).toBeUndefined()
    expect(parseMarker('<!-- stack-fit:comment -->\nold style')).toEqual({})
  })

  it('leaves out a head that is not a commit id, so nothing can close the comment early', () => {
    expect(markerLine({ head: 'x --> <b>' })).toBe('<!-- stack-fit:comment -->')
  })

  it('never lets an older run of the same head replace a later one', () => {
    expect(mayReplace({ head: HEAD, at: at(10) }, { head: HEAD, at: at(5) })).toBe(false)
    expect(mayReplace({ head: HEAD, at: at(1) }, { head: HEAD, at: at(5) })).toBe(true)
    expect(mayReplace({ head: NEWER_HEAD, at: at(10) }, { head: HEAD, at: at(5) })).toBe(true)
    expect(mayReplace(undefined, { head: HEAD, at: at(5) })).toBe(true)
  })
})

describe('publishStickyComment', () => {
  it('creates the comment, then makes no write for the same report, then updates in place', async () => {
    const thread = new FakeThread()
    const first = await publishStickyComment(thread, request('one'))
    expect(first.action).toBe('created')
    expect(thread.writes).toEqual(['create'])

    const again = await publishStickyComment(
      thread,
      request('one', { meta: { head: HEAD, at: at(60) } }),
    )
    expect(again.action).toBe('unchanged')
    expect(thread.writes).toEqual(['create'])

    const changed = await publishStickyComment(
      thread,
      request('two', { meta: { head: HEAD, at: at(120) } }),
    )
    expect(changed.action).toBe('updated')
    expect(thread.comments).toHaveLength(1)
    expect(reportPart(thread.comments[0]!.body)).toBe('two')
  })

  it('leaves a marker comment by a person alone and writes its own', async () => {
    const thread = new FakeThread()
    const theirs = thread.add(stickyBody('copied', { head: HEAD, at: at(0) }), PERSON)
    await publishStickyComment(thread, request('ours'))
    expect(thread.comments.find((c) => c.id === theirs.id)?.body).toContain('copied')
    expect(thread.writes).toEqual(['create'])
  })

  it('matches the login of a personal token exactly', async () => {
    const thread = new FakeThread()
    thread.add(stickyBody('bot report', {}), BOT)
    const mine = thread.add(stickyBody('my report', {}), PERSON)
    await publishStickyComment(
      thread,
      request('new', { identity: { kind: 'user', login: 'octocat' } }),
    )
    expect(thread.writes).toEqual([`update ${mine.id}`])
  })

  it('recreates a deleted comment', async () => {
    const thread = new FakeThread()
    await publishStickyComment(thread, request('one'))
    thread.comments = []
    const outcome = await publishStickyComment(
      thread,
      request('one', { meta: { head: HEAD, at: at(9) } }),
    )
    expect(outcome.action).toBe('created')
    expect(thread.comments).toHaveLength(1)
  })

  it('keeps the oldest of several own comments, updates it and deletes the rest', async () => {
    const thread = new FakeThread()
    const oldest = thread.add(stickyBody('a', { head: HEAD, at: at(-20) }))
    const extra = thread.add(stickyBody('b', { head: HEAD, at: at(-10) }))
    const outcome = await publishStickyComment(thread, request('c'))
    expect(outcome).toMatchObject({ action: 'updated', deleted: 1 })
    expect(thread.comments.map((c) => c.id)).toEqual([oldest.id])
    expect(thread.writes).toEqual([`delete ${extra.id}`, `update ${oldest.id}`])
  })

  it('does not write when the pull request has a newer head than this run', async () => {
    const thread = new FakeThread()
    thread.add(stickyBody('newer report', { head: NEWER_HEAD, at: at(-5) }))
    thread.head = NEWER_HEAD
    const outcome = await publishStickyComment(thread, request('older report'))
    expect(outcome.action).toBe('skipped')
    expect(thread.writes).toEqual([])
    expect(reportPart(thread.comments[0]!.body)).toBe('newer report')
  })

  it('does not replace the report of a later run on the same head', async () => {
    const thread = new FakeThread()
    thread.add(stickyBody('later run', { head: HEAD, at: at(30) }))
    const outcome = await publishStickyComment(thread, request('earlier run'))
    expect(outcome.action).toBe('skipped')
    expect(thread.writes).toEqual([])
  })

  it('in on-change mode only updates an existing comment', async () => {
    const thread = new FakeThread()
    const skipped = await publishStickyComment(thread, request('same', { createIfMissing: false }))
    expect(skipped.action).toBe('skipped')
    expect(thread.writes).toEqual([])
    thread.add(stickyBody('before', { head: HEAD, at: at(-5) }))
    const updated = await publishStickyComment(thread, request('after', { createIfMissing: false }))
    expect(updated.action).toBe('updated')
  })

  it('settles a race: a run whose new comment is not the oldest folds into the oldest', async () => {
    const thread = new FakeThread()
    // Another run creates its comment between our list and our create.
    let racer: IssueComment | undefined
    thread.afterList = () => {
      racer = thread.add(stickyBody('racer', { head: HEAD, at: at(-1) }))
    }
    const outcome = await publishStickyComment(thread, request('ours'))
    expect(outcome).toMatchObject({ action: 'updated', deleted: 1 })
    expect(thread.comments.map((c) => c.id)).toEqual([racer!.id])
    expect(reportPart(thread.comments[0]!.body)).toBe('ours')
  })

  it('ignores a 404 when a racing run deleted the duplicate first', async () => {
    const thread = new FakeThread()
    thread.add(stickyBody('a', { head: HEAD, at: at(-20) }))
    thread.add(stickyBody('b', { head: HEAD, at: at(-10) }))
    thread.deleteComment = async () => {
      throw Object.assign(new Error('Not Found'), { status: 404 })
    }
    const outcome = await publishStickyComment(thread, request('c'))
    expect(outcome).toMatchObject({ action: 'updated', deleted: 0 })
  })
})
