import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  analyzeRevision,
  openRevision,
  repositoryPrefix,
  resolveCommit,
} from '../../src/compare/revision.js'

let root: string
let origin: string
let clone: string
let baseSha: string
let headSha: string

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()
}

beforeAll(() => {
  root = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-base-'))
  origin = nodePath.join(root, 'origin')
  mkdirSync(nodePath.join(origin, 'services/api'), { recursive: true })
  git(origin, 'init', '-q', '-b', 'main')
  git(origin, 'config', 'user.email', 'test@example.com')
  git(origin, 'config', 'user.name', 'Test')
  writeFileSync(nodePath.join(origin, 'services/api/requirements.txt'), 'flask==3.0\n')
  git(origin, 'add', '.')
  git(origin, 'commit', '-q', '-m', 'base')
  baseSha = git(origin, 'rev-parse', 'HEAD')
  git(origin, 'checkout', '-q', '-b', 'feature')
  writeFileSync(nodePath.join(origin, 'services/api/requirements.txt'), 'fastapi==0.110\nuvicorn\n')
  mkdirSync(nodePath.join(origin, 'services/web'))
  writeFileSync(nodePath.join(origin, 'services/web/package.json'), '{"name":"web"}\n')
  git(origin, 'add', '.')
  git(origin, 'commit', '-q', '-m', 'head')
  headSha = git(origin, 'rev-parse', 'HEAD')
  // What actions/checkout leaves behind: one commit, no history.
  clone = nodePath.join(root, 'clone')
  git(root, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, clone)
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('base revision', () => {
  it('fetches a base commit that the shallow clone does not have', async () => {
    expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow()
    expect(await resolveCommit(clone, baseSha)).toBe(baseSha)
    expect(git(clone, 'cat-file', '-t', baseSha)).toBe('commit')
    expect(await resolveCommit(clone, headSha)).toBe(headSha)
  })

  it('fetches a branch name through FETCH_HEAD', async () => {
    expect(await resolveCommit(clone, 'main')).toBe(baseSha)
  })

  it('refuses names that look like options or climb ranges', async () => {
    await expect(resolveCommit(clone, '--upload-pack=touch /tmp/x')).rejects.toThrow(
      /not a commit or ref name/,
    )
    await expect(resolveCommit(clone, 'main..feature')).rejects.toThrow(/not a commit or ref name/)
  })

  it('opens the scanned subdirectory as it was at the base, and an empty tree where it did not exist', async () => {
    const dir = nodePath.join(clone, 'services')
    expect(await repositoryPrefix(dir)).toBe('services')
    const base = await openRevision(clone, baseSha, 'services')
    try {
      expect((await base.listDir('')).map((e) => e.name)).toEqual(['api'])
      expect(new TextDecoder().decode(await base.read('api/requirements.txt', 100))).toBe(
        'flask==3.0\n',
      )
    } finally {
      base.close()
    }
    const missing = await openRevision(clone, baseSha, 'services/web')
    expect(await missing.listDir('')).toEqual([])
    missing.close()
  })

  it('says why when the base cannot be had, instead of failing', async () => {
    const outside = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-nogit-'))
    try {
      expect(await analyzeRevision(outside, baseSha, {})).toEqual({
        kind: 'unavailable',
        reason: 'the scanned directory is not inside a git repository',
      })
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
    const unknown = await analyzeRevision(clone, 'c'.repeat(40), {})
    expect(unknown.kind).toBe('unavailable')
    expect(unknown.kind === 'unavailable' && unknown.reason).toMatch(
      /^c{40} could not be read: git fetch failed/,
    )
  })
})
