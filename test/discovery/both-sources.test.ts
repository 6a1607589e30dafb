import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type Discovery, type DiscoveryOptions, discoverFiles } from '../../src/scan/discovery.js'
import type { FileSource } from '../../src/scan/file-source.js'
import { FsFileSource } from '../../src/scan/fs-source.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'
import { type TreeEntry, writeTree } from '../helpers/write-tree.js'

// Every scenario runs twice: on the in-memory source and on a real directory written to disk.
const temporaryRoots: string[] = []
afterAll(async () => {
  await Promise.all(temporaryRoots.map((root) => rm(root, { recursive: true, force: true })))
})

const sources: [string, (tree: Record<string, TreeEntry>) => Promise<FileSource>][] = [
  ['memory', async (tree) => new MemoryFileSource(tree)],
  [
    'disk',
    async (tree) => {
      const root = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-discovery-'))
      temporaryRoots.push(root)
      await writeTree(root, tree)
      return new FsFileSource(root)
    },
  ],
]

const DEFAULTS: DiscoveryOptions = { maxFiles: 10_000 }
const paths = (d: Discovery) => d.files
const skips = (d: Discovery) =>
  d.skipped.map((s) => [s.path, s.reason, ...(s.directory ? ['dir'] : [])])

describe.each(sources)('discoverFiles on the %s source', (_, sourceOf) => {
  const discover = async (
    tree: Record<string, TreeEntry>,
    options: Partial<DiscoveryOptions> = {},
  ) => discoverFiles(await sourceOf(tree), { ...DEFAULTS, ...options })

  it('a Node and Python monorepo: installed packages, a virtualenv, caches and build output are pruned whole', async () => {
    const manifest = '{"name":"shop","workspaces":["web"]}'
    const d = await discover({
      'package.json': manifest,
      'package-lock.json': '{"lockfileVersion":3}',
      'web/src/App.tsx': 'export const App = () => null\n',
      'web/dist/assets/index-3f2a.js': 'var a=1',
      'node_modules/react/index.js': "module.exports = require('./cjs/react.js')\n",
      'node_modules/.bin/tsc': '#!/usr/bin/env node\n',
      'api/app/main.py': 'from fastapi import FastAPI\n',
      'api/app/__pycache__/main.cpython-312.pyc': new Uint8Array([0x6f, 0x0d, 0x0d, 0x0a]),
      'api/.venv/bin/python': '',
      'api/env/pyvenv.cfg': 'home = /usr/bin\ninclude-system-site-packages = false\n',
      'api/env/lib/python3.12/site-packages/fastapi/__init__.py': '',
      'api/pyproject.toml': '[project]\nname = "api"\n',
      'api/shop_api.egg-info/PKG-INFO': 'Metadata-Version: 2.1\n',
      'api/coverage/index.html': '<html>',
    })
    expect(paths(d)).toEqual([
      'api/app/main.py',
      'api/pyproject.toml',
      'package-lock.json',
      'package.json',
      'web/src/App.tsx',
    ])
    expect(skips(d)).toEqual([
      ['api/.venv', 'excluded-directory', 'dir'],
      ['api/app/__pycache__', 'excluded-directory', 'dir'],
      ['api/coverage', 'excluded-directory', 'dir'],
      ['api/env', 'excluded-directory', 'dir'],
      ['api/shop_api.egg-info', 'excluded-directory', 'dir'],
      ['node_modules', 'excluded-directory', 'dir'],
      ['web/dist', 'excluded-directory', 'dir'],
    ])
    expect(d.skipped.find((s) => s.path === 'api/env')?.detail).toContain('pyvenv.cfg')
    expect(d.files).toContain('package.json')
  })

  it('an `env` directory without pyvenv.cfg is ordinary source', async () => {
    const d = await discover({ 'env/settings.py': 'DEBUG = False\n' })
    expect(paths(d)).toEqual(['env/settings.py'])
  })

  it('nested .gitignore files: negations, directory-only patterns, ** and .git/info/exclude', async () => {
    const d = await discover({
      '.git/info/exclude': 'scratch.py\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': '# build products\n*.log\n/tmp/\nlogs\n**/fixtures/big/\n',
      'scratch.py': 'print(1)\n',
      'server.log': '',
      'tmp/cache.json': '{}',
      'src/tmp/keep.ts': 'export {}\n',
      'src/logs': 'a file named logs\n',
      'src/fixtures/big/a.json': '{}',
      'src/fixtures/small.json': '{}',
      'svc/.gitignore': '!important.log\nout.txt\nreports/\n',
      'svc/important.log': 'kept by a negation\n',
      'svc/other.log': '',
      'svc/out.txt': '',
      'svc/reports': 'a file, so the directory-only pattern does not apply\n',
      'svc/deep/out.txt': '',
    })
    expect(paths(d)).toEqual([
      '.gitignore',
      'src/fixtures/small.json',
      'src/tmp/keep.ts',
      'svc/.gitignore',
      'svc/important.log',
      'svc/reports',
    ])
    expect(skips(d)).toEqual([
      ['.git', 'excluded-directory', 'dir'],
      ['scratch.py', 'gitignored'],
      ['server.log', 'gitignored'],
      ['src/fixtures/big', 'gitignored', 'dir'],
      ['src/logs', 'gitignored'],
      ['svc/deep/out.txt', 'gitignored'],
      ['svc/other.log', 'gitignored'],
      ['svc/out.txt', 'gitignored'],
      ['tmp', 'gitignored', 'dir'],
    ])
    const detail = (path: string) => d.skipped.find((s) => s.path === path)?.detail
    expect(detail('server.log')).toBe('.gitignore:2 (*.log)')
    expect(detail('svc/out.txt')).toBe('svc/.gitignore:2 (out.txt)')
    expect(detail('scratch.py')).toBe('.git/info/exclude:1 (scratch.py)')
  })

  it('Linguist attributes skip and un-skip paths, the later line winning', async () => {
    const d = await discover({
      '.gitattributes': [
        '# vendored and generated code GitHub already leaves out of the language bar',
        'third/** linguist-vendored',
        '*.gen.ts linguist-generated',
        'src/schema.gen.ts -linguist-generated',
        'vendor/** -linguist-vendored',
        'node_modules/** linguist-vendored=false',
        'docs/api/** linguist-documentation=false',
        'manual/** linguist-documentation',
        'static/app.min.js -linguist-generated',
        'notes.md linguist-documentation',
        'notes.md !linguist-documentation',
        '',
      ].join('\n'),
      'third/lib/a.js': '',
      'src/api.gen.ts': '',
      'src/schema.gen.ts': 'kept: negated on a later line\n',
      'src/main.ts': '',
      'vendor/acme/sdk.py': 'kept: vendor/ un-skipped\n',
      'node_modules/patched/index.js': 'kept: node_modules un-skipped\n',
      'docs/guide.md': '',
      'docs/api/server.py': 'kept: documentation negated\n',
      'manual/intro.md': '',
      'static/app.min.js': 'kept: minified but declared not generated\n',
      'static/lib.min.js': '',
      'notes.md': 'kept: !attr returns it to unspecified\n',
    })
    expect(paths(d)).toEqual([
      '.gitattributes',
      'docs/api/server.py',
      'node_modules/patched/index.js',
      'notes.md',
      'src/main.ts',
      'src/schema.gen.ts',
      'static/app.min.js',
      'vendor/acme/sdk.py',
    ])
    expect(skips(d)).toEqual([
      ['docs/guide.md', 'documentation'],
      ['manual', 'documentation', 'dir'],
      ['src/api.gen.ts', 'generated'],
      ['static/lib.min.js', 'minified'],
      ['third', 'vendored', 'dir'],
    ])
    expect(d.skipped.find((s) => s.path === 'third')?.detail).toBe('.gitattributes:2 third/**')
    expect(d.problems).toEqual([])
  })

  it('nested .gitattributes patterns are relative to their own directory', async () => {
    const d = await discover({
      'pkg/.gitattributes': 'gen/** linguist-generated\n*.pb.ts linguist-generated\n',
      'pkg/gen/client.ts': '',
      'pkg/src/msg.pb.ts': '',
      'pkg/src/index.ts': '',
      'gen/root.ts': 'kept: the nested file says nothing about the root gen/\n',
    })
    expect(paths(d)).toEqual(['gen/root.ts', 'pkg/.gitattributes', 'pkg/src/index.ts'])
    expect(skips(d)).toEqual([
      ['pkg/gen', 'generated', 'dir'],
      ['pkg/src/msg.pb.ts', 'generated'],
    ])
  })

  it('links, binaries, minified bundles and user globs, each listed with its reason', async () => {
    const d = await discover(
      {
        'app.js': 'console.log(1)\n',
        passwd: { symlink: '/etc/passwd' },
        loop: { symlink: '..' },
        'src/config.js': { symlink: '../app.js' },
        'public/vendor.bundle.js': '',
        'public/app.js.map': '{}',
        'public/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
        'model.so': new Uint8Array([0x7f, 0x45, 0x4c, 0x46]),
        // Listed (never read): WebAssembly is evidence of compiled code.
        'filters.wasm': new Uint8Array([0, 0x61, 0x73, 0x6d]),
        'data/dump.sql': 'x'.repeat(2000),
        'scratch/try.py': '',
        'notes/todo.txt': '',
      },
      { ignore: ['./scratch/', 'notes/*.txt'] },
    )
    // Sizes are checked when a file is read (see the analysis tests), not while listing.
    expect(paths(d)).toEqual(['app.js', 'data/dump.sql', 'filters.wasm'])
    expect(skips(d)).toEqual([
      ['loop', 'symlink'],
      ['model.so', 'binary'],
      ['notes/todo.txt', 'user-ignored'],
      ['passwd', 'symlink'],
      ['public/app.js.map', 'generated'],
      ['public/logo.png', 'binary'],
      ['public/vendor.bundle.js', 'minified'],
      ['scratch', 'user-ignored', 'dir'],
      ['src/config.js', 'symlink'],
    ])
  })

  it('stops at the file limit, keeping the accepted files sorted and saying how many', async () => {
    const tree: Record<string, string> = {}
    for (let i = 0; i < 40; i++) tree[`pkg${i % 4}/mod${i}.py`] = ''
    const d = await discover(tree, { maxFiles: 7 })
    expect(d.files).toHaveLength(7)
    expect(paths(d)).toEqual([...paths(d)].sort())
    expect(d.partial).toEqual({
      limit: 'maxFiles',
      reason: 'stopped after 7 files (the file limit)',
    })
  })

  it('exactly as many files as the limit is a complete result', async () => {
    const d = await discover({ 'a.py': '', 'b.py': '', 'c/d.py': '' }, { maxFiles: 3 })
    expect(paths(d)).toEqual(['a.py', 'b.py', 'c/d.py'])
    expect(d.partial).toBeUndefined()
  })

  it('a deadline already past returns at once, partial', async () => {
    const d = await discover({ 'a.py': '', 'b/c.py': '' }, { deadline: Date.now() - 1 })
    expect(d.files).toEqual([])
    expect(d.partial?.limit).toBe('timeoutMs')
  })

  it('an aborted signal stops the walk', async () => {
    const controller = new AbortController()
    controller.abort()
    const d = await discover({ 'a.py': '' }, { signal: controller.signal })
    expect(d.files).toEqual([])
    expect(d.partial).toEqual({ limit: 'timeoutMs', reason: 'the scan was cancelled' })
  })
})
