// `stack-fit PATH --base REF`: the working tree against a commit of the same repository, with the
// "what this changes" section the pull-request comment shows.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli.js'

let root: string
let repo: string
let first: string

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()
}

beforeAll(() => {
  root = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-cli-base-'))
  repo = nodePath.join(root, 'repo')
  mkdirSync(nodePath.join(repo, 'services/api'), { recursive: true })
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'config', 'user.email', 'test@example.com')
  git(repo, 'config', 'user.name', 'Test')
  // First commit: one Flask API.
  writeFileSync(nodePath.join(repo, 'services/api/requirements.txt'), 'flask==3.0\n')
  git(repo, 'add', '.')
  git(repo, 'commit', '-q', '-m', 'api')
  first = git(repo, 'rev-parse', 'HEAD')
  // Second commit: a Node.js real-time service beside it.
  mkdirSync(nodePath.join(repo, 'services/chat'))
  writeFileSync(
    nodePath.join(repo, 'services/chat/package.json'),
    '{"name":"chat","dependencies":{"socket.io":"^4.7.0","express":"^4.19.0"}}\n',
  )
  git(repo, 'add', '.')
  git(repo, 'commit', '-q', '-m', 'chat')
  // Not committed: the working tree is what is compared, as a developer would before pushing.
  mkdirSync(nodePath.join(repo, 'services/worker'))
  writeFileSync(nodePath.join(repo, 'services/worker/requirements.txt'), 'celery==5.3\n')
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('stack-fit PATH --base REF', () => {
  it('compares the working tree with the first commit and prints what the change moves', async () => {
    const result = await runCli([repo, '--base', first])
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toBe('')
    // The headline says what the change moves, before anything else.
    const [title, lead, list] = result.stdout.split('\n\n')
    expect(title).toBe('# Stack Fit: repo')
    expect(lead).toMatch(/^(❌|✅) .* It changes:$/)
    expect(list).toContain(
      '- adds services/chat, Node.js, real-time and I/O API with socket.io: ✅ fits',
    )
    // Uncommitted work counts: the worker exists only in the working tree.
    expect(list).toContain('- adds services/worker, Python')
    // The unchanged API is among the components, never among the changes.
    expect(list).not.toContain('services/api')
    expect(result.stdout).toContain('services/api')
  })

  it('takes a ref name too, and reports no change against HEAD when only committed files differ', async () => {
    rmSync(nodePath.join(repo, 'services/worker'), { recursive: true, force: true })
    try {
      const result = await runCli([repo, '--base', 'HEAD'])
      expect(result.stdout).toContain('✅ This change changes no stack, workload or verdict.')
      const previous = await runCli([repo, '--base', 'main~1'])
      expect(previous.stdout).toContain('adds services/chat, Node.js')
    } finally {
      mkdirSync(nodePath.join(repo, 'services/worker'))
      writeFileSync(nodePath.join(repo, 'services/worker/requirements.txt'), 'celery==5.3\n')
    }
  })

  it('scans a subdirectory against the same subdirectory of the base', async () => {
    const result = await runCli([nodePath.join(repo, 'services'), '--base', first])
    expect(result.stdout).toContain('- adds chat, Node.js')
  })

  it('still prints the report, and says why, when the base cannot be read', async () => {
    const missing = await runCli([repo, '--base', 'no-such-branch'])
    expect(missing.exitCode).toBe(0)
    expect(missing.stderr).toMatch(
      /^stack-fit: no comparison with the base: no-such-branch could not be read/,
    )
    expect(missing.stdout).toContain(
      'ℹ️ Could not compare with the base (no-such-branch could not be read',
    )

    const outside = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-no-git-'))
    try {
      writeFileSync(nodePath.join(outside, 'requirements.txt'), 'flask\n')
      const result = await runCli([outside, '--base', 'main'])
      expect(result.stderr).toContain('not inside a git repository')
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  it('refuses --base with a format that has no place for the comparison', async () => {
    const result = await runCli([repo, '--base', first, '--format', 'json'])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toContain('--base shows its comparison in the markdown report')
  })
})
