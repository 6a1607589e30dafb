import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { discoverFiles } from '../../src/scan/discovery.js'
import { PathOutsideRootError } from '../../src/scan/file-source.js'
import { FsFileSource } from '../../src/scan/fs-source.js'
import { writeTree } from '../helpers/write-tree.js'

let base: string
let root: string
beforeEach(async () => {
  base = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-links-'))
  root = nodePath.join(base, 'repo')
})
afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

/** An FsFileSource that records every path handed to it. */
function recordingSource(): { source: FsFileSource; touched: string[] } {
  const source = new FsFileSource(root)
  const touched: string[] = []
  const listDir = source.listDir.bind(source)
  const stat = source.stat.bind(source)
  const read = source.read.bind(source)
  source.listDir = (dir) => (touched.push(dir), listDir(dir))
  source.stat = (path) => (touched.push(path), stat(path))
  source.read = (path, maxBytes) => (touched.push(path), read(path, maxBytes))
  return { source, touched }
}

describe('discoverFiles on disk never follows a link', () => {
  it('skips links to a FIFO, a file outside, a directory outside and the parent, touching none of their paths', async () => {
    await writeTree(base, {
      'outside/secret.env': 'TOKEN=do-not-read\n',
      'outside/tree/a/b/c.py': '',
    })
    execFileSync('mkfifo', [nodePath.join(base, 'outside/pipe')])
    await writeTree(root, {
      'package.json': '{}',
      'src/index.js': '',
      'src/pipe.js': { symlink: nodePath.join(base, 'outside/pipe') },
      'src/.env': { symlink: '../../outside/secret.env' },
      'src/tree': { symlink: nodePath.join(base, 'outside/tree') },
      'src/loop': { symlink: '..' },
      'etc-passwd': { symlink: '/etc/passwd' },
      '.gitignore': { symlink: '../outside/secret.env' },
    })
    const { source, touched } = recordingSource()
    // A followed FIFO would block the read forever; the test timeout would catch it.
    const d = await discoverFiles(source, { maxFiles: 100 })
    expect(d.files).toEqual(['package.json', 'src/index.js'])
    expect(d.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['.gitignore', 'symlink'],
      ['etc-passwd', 'symlink'],
      ['src/.env', 'symlink'],
      ['src/loop', 'symlink'],
      ['src/pipe.js', 'symlink'],
      ['src/tree', 'symlink'],
    ])
    const linkPaths = [
      '.gitignore',
      'etc-passwd',
      'src/.env',
      'src/loop',
      'src/pipe.js',
      'src/tree',
    ]
    expect(touched.filter((p) => linkPaths.some((l) => p === l || p.startsWith(`${l}/`)))).toEqual(
      [],
    )
  })

  it('skips a FIFO inside the tree as unreadable without opening it', async () => {
    await writeTree(root, { 'main.py': '' })
    execFileSync('mkfifo', [nodePath.join(root, 'queue')])
    const { source, touched } = recordingSource()
    const d = await discoverFiles(source, { maxFiles: 100 })
    expect(d.files).toEqual(['main.py'])
    expect(d.skipped).toEqual([
      { path: 'queue', reason: 'unreadable', detail: 'not a regular file or directory' },
    ])
    expect(touched).not.toContain('queue')
  })
  it('does not read .git/info/exclude through a linked .git/info', async () => {
    await writeTree(base, { 'outside/exclude': 'main.py\n' })
    await writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/info': { symlink: '../../outside' },
      'main.py': '',
    })
    const d = await discoverFiles(new FsFileSource(root), { maxFiles: 100 })
    expect(d.files).toEqual(['main.py'])
    expect(d.problems).toEqual([])
  })
})

describe('FsFileSource refuses links when reading', () => {
  it('refuses a link itself and a path whose parent directory is a link', async () => {
    await writeTree(base, { 'outside/secret.txt': 'secret\n' })
    await writeTree(root, {
      'real/ok.txt': 'fine\n',
      'file-link.txt': { symlink: '../outside/secret.txt' },
      'dir-link': { symlink: '../outside' },
      'inner-link': { symlink: 'real' },
    })
    const source = new FsFileSource(root)
    expect(new TextDecoder().decode(await source.read('real/ok.txt', 100))).toBe('fine\n')
    await expect(source.read('file-link.txt', 100)).rejects.toMatchObject({ code: 'ELOOP' })
    await expect(source.read('dir-link/secret.txt', 100)).rejects.toBeInstanceOf(
      PathOutsideRootError,
    )
    await expect(source.read('inner-link/ok.txt', 100)).rejects.toBeInstanceOf(PathOutsideRootError)
    await expect(source.listDir('dir-link')).rejects.toBeInstanceOf(PathOutsideRootError)
    await expect(source.read('../outside/secret.txt', 100)).rejects.toBeInstanceOf(
      PathOutsideRootError,
    )
  })
})
