// On a git work tree, .gitignore keeps only untracked files out: a tracked file is the repository's.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { discoverFiles } from '../../src/scan/discovery.js'
import { trackedFilesOf } from '../../src/scan/file-source.js'
import { FsFileSource } from '../../src/scan/fs-source.js'

let root: string

function write(path: string, text = 'x = 1\n'): void {
  mkdirSync(nodePath.dirname(nodePath.join(root, path)), { recursive: true })
  writeFileSync(nodePath.join(root, path), text)
}

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: root,
    stdio: 'ignore',
  })
}

beforeAll(() => {
  root = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-tracked-'))
  write('.gitignore', '/.coverage*\nconf/\n*.log\n')
  write('.coveragerc', '[run]\nbranch = True\n')
  write('app.py')
  write('conf/settings.py')
  git('init', '-q')
  git('add', '.gitignore', 'app.py')
  git('add', '-f', '.coveragerc', 'conf/settings.py')
  git('commit', '-q', '-m', 'init')
  // Untracked and ignored: stays out.
  write('.coverage.1234', 'data')
  write('conf/local.py')
  write('debug.log', 'log')
  // Untracked, not ignored: in.
  write('new.py')
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('discovery on a git work tree', () => {
  it('keeps tracked files that .gitignore matches, and applies .gitignore to the untracked', async () => {
    const { files, skipped } = await discoverFiles(new FsFileSource(root), { maxFiles: 1000 })
    expect(files).toEqual(['.coveragerc', '.gitignore', 'app.py', 'conf/settings.py', 'new.py'])
    const ignored = skipped.filter((s) => s.reason === 'gitignored').map((s) => s.path)
    expect(ignored).toEqual(['.coverage.1234', 'conf/local.py', 'debug.log'])
  })

  it('applies .gitignore to everything where there is no git', async () => {
    rmSync(nodePath.join(root, '.git'), { recursive: true, force: true })
    const { files } = await discoverFiles(new FsFileSource(root), { maxFiles: 1000 })
    expect(files).toEqual(['.gitignore', 'app.py', 'new.py'])
  })
})

describe('trackedFilesOf', () => {
  it('knows each tracked path and each directory holding one', () => {
    const tracked = trackedFilesOf('a/b/c.py\0a/d.py\0top.js\0')
    expect(tracked.has('a/b/c.py')).toBe(true)
    expect(tracked.has('a/b')).toBe(false)
    expect(tracked.holds('a')).toBe(true)
    expect(tracked.holds('a/b')).toBe(true)
    expect(tracked.holds('top.js')).toBe(false)
    expect(tracked.holds('x')).toBe(false)
  })
})
