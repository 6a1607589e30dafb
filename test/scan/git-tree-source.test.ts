import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitError, GitTreeSource, parseLsTree } from '../../src/scan/git-tree-source.js'

let repo: string
let first: string
const big = Buffer.alloc(3 * 1024 * 1024, 0x61)

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
}

beforeAll(() => {
  repo = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-git-'))
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'test@example.com')
  git('config', 'user.name', 'Test')
  mkdirSync(nodePath.join(repo, 'services/api'), { recursive: true })
  writeFileSync(nodePath.join(repo, 'package.json'), '{"name":"root"}\n')
  writeFileSync(nodePath.join(repo, 'services/api/requirements.txt'), 'fastapi==0.110\n')
  writeFileSync(nodePath.join(repo, 'services/api/big.bin'), big)
  symlinkSync('/etc/passwd', nodePath.join(repo, 'services/api/passwd'))
  git('add', '.')
  // A submodule entry without a submodule checkout: mode 160000 pointing at some commit id.
  git('update-index', '--add', '--cacheinfo', `160000,${'a'.repeat(40)},vendor/lib`)
  git('commit', '-q', '-m', 'first')
  first = git('rev-parse', 'HEAD')
  // The working tree moves on; the source must keep showing the commit.
  writeFileSync(nodePath.join(repo, 'package.json'), '{"name":"changed"}\n')
  writeFileSync(nodePath.join(repo, 'new.txt'), 'new\n')
  git('add', '.')
  git('commit', '-q', '-m', 'second')
})

afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('GitTreeSource', () => {
  it('lists and reads the files of a commit, not of the working tree', async () => {
    const source = await GitTreeSource.open(repo, first)
    try {
      const root = (await source.listDir('')).map((e) => `${e.name}:${e.kind}`).sort()
      expect(root).toEqual(['package.json:file', 'services:directory', 'vendor:directory'])
      expect(new TextDecoder().decode(await source.read('package.json', 1000))).toBe(
        '{"name":"root"}\n',
      )
      expect(await source.stat('new.txt')).toBeUndefined()
      expect(await source.stat('services/api/requirements.txt')).toEqual({ kind: 'file', size: 15 })
      expect(await source.stat('services')).toEqual({ kind: 'directory', size: 0 })
    } finally {
      source.close()
    }
  })

  it('reports symbolic links and submodules without following them', async () => {
    const source = await GitTreeSource.open(repo, first)
    try {
      const api = await source.listDir('services/api')
      expect(api.find((e) => e.name === 'passwd')?.kind).toBe('symlink')
      expect((await source.listDir('vendor')).find((e) => e.name === 'lib')?.kind).toBe('other')
      await expect(source.read('services/api/passwd', 100)).rejects.toThrow(/symbolic link/)
      await expect(source.read('vendor/lib', 100)).rejects.toThrow(/not a regular file/)
      await expect(source.read('../outside', 100)).rejects.toThrow(/leaves the repository/)
    } finally {
      source.close()
    }
  })

  it('caps each read and keeps the stream in step across many concurrent reads', async () => {
    const source = await GitTreeSource.open(repo, first)
    try {
      const reads = Array.from({ length: 40 }, (_, i) =>
        i % 2 === 0
          ? source.read('services/api/big.bin', 10 + i)
          : source.read('package.json', 1000),
      )
      const results = await Promise.all(reads)
      results.forEach((bytes, i) => {
        if (i % 2 === 0) expect(bytes).toEqual(new Uint8Array(big.subarray(0, 10 + i)))
        else expect(new TextDecoder().decode(bytes)).toBe('{"name":"root"}\n')
      })
      expect((await source.read('services/api/big.bin', 10 * 1024 * 1024)).byteLength).toBe(
        big.length,
      )
    } finally {
      source.close()
    }
  })

  it('opens a subdirectory of a commit as its root', async () => {
    const source = await GitTreeSource.open(repo, `${first}:services/api`)
    try {
      const names = (await source.listDir('')).map((e) => e.name).sort()
      expect(names).toEqual(['big.bin', 'passwd', 'requirements.txt'])
      expect(new TextDecoder().decode(await source.read('requirements.txt', 100))).toBe(
        'fastapi==0.110\n',
      )
    } finally {
      source.close()
    }
  })

  it('fails with a GitError for an unknown commit and refuses option-like names', async () => {
    await expect(GitTreeSource.open(repo, 'b'.repeat(40))).rejects.toBeInstanceOf(GitError)
    await expect(GitTreeSource.open(repo, '--output=/tmp/x')).rejects.toBeInstanceOf(GitError)
  })
})

describe('parseLsTree', () => {
  it('reads modes, sizes and paths with tabs and spaces in them', () => {
    const out =
      '100644 blob 1111111111111111111111111111111111111111      12\ta b\tc.txt\0' +
      '120000 blob 2222222222222222222222222222222222222222       9\tlink\0' +
      '160000 commit 3333333333333333333333333333333333333333       -\tsub\0'
    const entries = parseLsTree(out)
    expect(entries.get('a b\tc.txt')).toEqual({ kind: 'file', oid: '1'.repeat(40), size: 12 })
    expect(entries.get('link')?.kind).toBe('symlink')
    expect(entries.get('sub')).toEqual({ kind: 'other', oid: '3'.repeat(40), size: 0 })
  })
})
