import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { analyzeRepository } from '../../src/analysis/analyze.js'
import type { Report } from '../../src/model.js'
import { FsFileSource } from '../../src/scan/fs-source.js'
import { type TempTree, tempTree } from './helpers.js'

// Every way of starting a process is replaced by a recorder that refuses to run anything.
const spawned = vi.hoisted(() => [] as string[])
vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:child_process')>()
  const refuse =
    (name: string) =>
    (...args: unknown[]): never => {
      spawned.push(`${name} ${String(args[0])}`)
      throw new Error(`child_process.${name} called during a scan`)
    }
  const names = [
    'spawn',
    'spawnSync',
    'exec',
    'execSync',
    'execFile',
    'execFileSync',
    'fork',
  ] as const
  const fakes = Object.fromEntries(names.map((n) => [n, refuse(n)]))
  return { ...actual, ...fakes, default: { ...actual, ...fakes } }
})

describe('scanning a repository whose files would run code if executed', () => {
  let tree: TempTree
  let sentinel: string
  let report: Report

  beforeAll(async () => {
    tree = await tempTree()
    sentinel = nodePath.join(tree.outside, 'SENTINEL')
    const js = `require('fs').writeFileSync(${JSON.stringify(sentinel)}, 'executed')\n`
    const py = `open(${JSON.stringify(sentinel)}, 'w').write('executed')\n`
    await tree.write(
      'package.json',
      JSON.stringify({
        name: 'trap',
        scripts: {
          preinstall: `node -e "${js}"`,
          postinstall: `node -e "${js}"`,
          prepare: `node -e "${js}"`,
        },
        dependencies: { express: '^4.19.2' },
      }),
    )
    for (const config of [
      'webpack.config.js',
      'vite.config.mjs',
      'jest.config.cjs',
      '.eslintrc.js',
      'next.config.js',
    ]) {
      await tree.write(config, js)
    }
    await tree.write(
      'src/server.js',
      `${js}const express = require('express')\nexpress().listen(3000)\n`,
    )
    await tree.write(
      'ml/setup.py',
      `${py}from setuptools import setup\nsetup(name='trap-ml', install_requires=['pandas'])\n`,
    )
    await tree.write('ml/conftest.py', py)
    await tree.write('ml/noxfile.py', py)
    await tree.write('ml/trap_ml/__init__.py', `${py}import pandas as pd\n`)
    await tree.write('ml/trap_ml/sitecustomize.py', py)
    report = await analyzeRepository(new FsFileSource(tree.root))
  })
  afterAll(() => tree.dispose())

  it('reads the manifests as text (the report sees express and pandas)', () => {
    const deps = report.components.flatMap((c) => c.dependencies.map((d) => d.name))
    expect(report.components.map((c) => c.path).sort()).toEqual(['', 'ml'])
    expect(deps).toEqual(expect.arrayContaining(['express', 'pandas']))
  })

  it('never runs install scripts, setup.py or config files', () => {
    expect(existsSync(sentinel)).toBe(false)
  })

  it('never starts a process', () => {
    expect(spawned).toEqual([])
  })
})

describe('the source code itself', () => {
  const srcRoot = nodePath.resolve(import.meta.dirname, '../../src')

  async function sourceFiles(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true })
    const nested = await Promise.all(
      entries.map((e) =>
        e.isDirectory() ? sourceFiles(nodePath.join(dir, e.name)) : [nodePath.join(dir, e.name)],
      ),
    )
    return nested.flat().filter((f) => f.endsWith('.ts'))
  }

  it('spawns processes only to read git objects (base revision, git tree source)', async () => {
    const users: string[] = []
    for (const file of await sourceFiles(srcRoot)) {
      if (/from ['"](node:)?child_process['"]/.test(await readFile(file, 'utf8'))) {
        users.push(nodePath.relative(srcRoot, file))
      }
    }
    expect(users.length).toBeGreaterThan(0)
    for (const user of users) expect(['compare/revision.ts', 'scan/git-tree-source.ts']).toContain(user)
  })

  it('never loads modules by a computed name (no dynamic import or require of scanned files)', async () => {
    for (const file of await sourceFiles(srcRoot)) {
      const text = await readFile(file, 'utf8')
      expect(text, file).not.toMatch(/\bimport\(\s*[^'"\s]/)
      expect(text, file).not.toMatch(/\brequire\(\s*[^'"\s)]/)
      expect(text, file).not.toMatch(/\bnew Function\(|\beval\(/)
    }
  })
})
