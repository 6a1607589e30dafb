import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { discoverFiles } from '../../src/scan/discovery.js'
import { GitTreeSource } from '../../src/scan/git-tree-source.js'
import { writeTree } from '../helpers/write-tree.js'

// Drift reads the base revision from git objects; discovery must judge it the way it judges a checkout.
describe('discoverFiles over a commit read with GitTreeSource', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-git-discovery-'))
    await writeTree(root, {
      '.gitignore': 'node_modules/\n',
      '.gitattributes': 'generated/** linguist-generated\n',
      'package.json': '{"name":"web"}',
      'src/server.ts': 'export {}\n',
      'src/settings.json': { symlink: '../package.json' },
      'generated/client.ts': '',
      'vendor/lib.js': '',
      'dist/index.js': '',
      'uncommitted.ts': '',
    })
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: root,
        stdio: 'pipe',
      })
    git('init', '-q')
    git('add', '.gitignore', '.gitattributes', 'package.json', 'src', 'generated', 'vendor', 'dist')
    git('commit', '-q', '-m', 'base')
  })
  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('sees only committed files, with the same exclusions and the link skipped', async () => {
    const source = await GitTreeSource.open(root, 'HEAD')
    const d = await discoverFiles(source, { maxFiles: 100 })
    expect(d.files).toEqual(['.gitattributes', '.gitignore', 'package.json', 'src/server.ts'])
    expect(d.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['dist', 'excluded-directory'],
      ['generated', 'generated'],
      ['src/settings.json', 'symlink'],
      ['vendor', 'excluded-directory'],
    ])
  })
})
