import { symlink, truncate, writeFile } from 'node:fs/promises'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeRepository } from '../../src/analysis/analyze.js'
import { loadKnowledge } from '../../src/knowledge/load.js'
import type { Report } from '../../src/model.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { guidanceIndexOf } from '../../src/report/guidance.js'
import { renderJson } from '../../src/report/json.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderSarif } from '../../src/report/sarif.js'
import { FsFileSource } from '../../src/scan/fs-source.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'
import { RecordingSource, type TempTree, tempTree } from './helpers.js'

const SECRET = 'ghp_FAKEfake0123456789SECRETtoken'

/** Everything a user or a log could see of a report. */
function everyOutput(report: Report): string {
  const guidance = guidanceIndexOf(loadKnowledge())
  return [
    renderJson(report),
    renderMarkdown(report, { guidance, flavor: 'terminal' }),
    renderMarkdown(report, { guidance, flavor: 'summary' }),
    renderMarkdown(report, { guidance, flavor: 'comment' }),
    JSON.stringify(renderSarif(report, guidance, { toolVersion: 'test' })),
    JSON.stringify(buildAnnotations(report, { maxPerLevel: 10 })),
  ].join('\n')
}

function skippedAs(report: Report, path: string): string | undefined {
  return report.stats.skipped.find((s) => s.path === path)?.reason
}

describe('symbolic links are never followed', () => {
  let tree: TempTree
  let recorder: RecordingSource
  let report: Report

  beforeAll(async () => {
    tree = await tempTree()
    await writeFile(nodePath.join(tree.outside, 'secret.txt'), `${SECRET}\n`)
    await writeFile(
      nodePath.join(tree.outside, 'package.json'),
      JSON.stringify({ name: SECRET, dependencies: { 'socket.io': '4' } }),
    )
    await tree.write(
      'api/package.json',
      JSON.stringify({ name: 'api', dependencies: { express: '^4.19.2' } }),
    )
    await tree.write('api/index.js', "const express = require('express')\nexpress().listen(3000)\n")
    await tree.write('environ/.keep', '')
    await symlink('/proc/self/environ', nodePath.join(tree.root, 'environ/package.json'))
    await symlink('..', nodePath.join(tree.root, 'api/loop'))
    await symlink(
      nodePath.join(tree.outside, 'secret.txt'),
      nodePath.join(tree.root, 'api/requirements.txt'),
    )
    await symlink(tree.outside, nodePath.join(tree.root, 'linked-dir'))
    recorder = new RecordingSource(new FsFileSource(tree.root))
    report = await analyzeRepository(recorder)
  })
  afterAll(() => tree.dispose())

  it('lists each link as skipped with the reason', () => {
    for (const link of ['environ/package.json', 'api/loop', 'api/requirements.txt', 'linked-dir']) {
      expect(skippedAs(report, link), link).toBe('symlink')
    }
  })

  it('reads nothing through them', () => {
    expect(
      recorder.requested.filter((p) => p.startsWith('linked-dir/') || p.startsWith('api/loop/')),
    ).toEqual([])
    expect(report.components.map((c) => c.path)).toEqual(['api'])
    expect(everyOutput(report)).not.toContain(SECRET)
  })
})

describe('includes stay inside the repository', () => {
  let tree: TempTree
  let recorder: RecordingSource
  let report: Report

  beforeAll(async () => {
    tree = await tempTree()
    await writeFile(nodePath.join(tree.outside, 'reqs.txt'), 'outsidepkg-should-not-appear==1.0\n')
    await tree.write(
      'svc/requirements.txt',
      [
        'flask==3.0.3',
        '-r ../../../etc/passwd',
        '-r ../../outside/reqs.txt',
        '-c /etc/passwd',
        '-r requirements.txt',
        '',
      ].join('\n'),
    )
    await tree.write('svc/app.py', 'from flask import Flask\napp = Flask(__name__)\n')
    await tree.write(
      'package.json',
      JSON.stringify({
        name: 'root',
        private: true,
        workspaces: ['../*', '/etc/*', '../../outside', 'packages/*'],
      }),
    )
    await tree.write(
      'packages/web/package.json',
      JSON.stringify({
        name: 'web',
        dependencies: { react: '^18.3.1', local: 'file:../../../outside' },
      }),
    )
    await tree.write('packages/web/src/main.jsx', "import React from 'react'\n")
    recorder = new RecordingSource(new FsFileSource(tree.root))
    report = await analyzeRepository(recorder)
  })
  afterAll(() => tree.dispose())

  it('never asks the file source for a path outside the root', () => {
    const escaping = recorder.requested.filter(
      (p) => p.startsWith('/') || p.split('/').includes('..'),
    )
    expect(escaping).toEqual([])
  })

  it('reports the escaping includes as problems of the file that names them', () => {
    const svc = report.problems.filter((p) => p.file === 'svc/requirements.txt')
    expect(svc.length).toBeGreaterThanOrEqual(3)
    expect(svc.map((p) => p.message).join('\n')).not.toContain('root:x:0')
  })

  it('keeps the components inside and their real dependencies', () => {
    expect(report.components.map((c) => c.path).sort()).toEqual(['packages/web', 'svc'])
    const names = report.components.flatMap((c) => c.dependencies.map((d) => d.name))
    expect(names).toContain('flask')
    expect(names).not.toContain('outsidepkg-should-not-appear')
  })
})

describe('no file content leaks into any output', () => {
  let report: Report

  beforeAll(async () => {
    const source = new MemoryFileSource({
      'web/package.json': `{ "name": "web", "token": "${SECRET}", "dependencies": { "express": "4" ,, }`,
      'web/index.js': "const express = require('express')\n",
      'py/pyproject.toml': `[project]\nname = "py"\ntoken = "${SECRET}\ndependencies = ["fastapi"]\n`,
      'py/requirements.txt': `--index-url https://user:${SECRET}@pypi.example.com/simple\nfastapi==0.115.0\n${SECRET} @@@ ???\n`,
      'py/environment.yml': `name: py\ndependencies:\n  - pip:\n    - ${SECRET}: [unclosed\n`,
      'py/Pipfile': `[packages\n${SECRET} = "*"\n`,
      'py/setup.cfg': `[metadata\nname = ${SECRET}\n`,
      'py/Dockerfile': `FROM python:3.12-slim\nENV API_TOKEN=${SECRET}\nARG ${SECRET}\n`,
    })
    report = await analyzeRepository(source)
  })

  it('reports the malformed manifests', () => {
    const files = new Set(report.problems.map((p) => p.file))
    for (const f of ['web/package.json', 'py/pyproject.toml', 'py/Pipfile', 'py/setup.cfg'])
      expect(files).toContain(f)
  })

  it('shows the planted token in no output', () => {
    expect(everyOutput(report)).not.toContain(SECRET)
    expect(everyOutput(report)).not.toContain('FAKEfake')
  })
})

describe('broken and hostile manifests never stop the scan', () => {
  let report: Report
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`
  const aliasBomb = [
    'name: bomb',
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'dependencies: [*g]',
  ].join('\n')
  const png = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  ])
  const utf16 = (text: string) => {
    const body = Buffer.from(text, 'utf16le')
    return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body]))
  }

  beforeAll(async () => {
    const source = new MemoryFileSource({
      'good/package.json': JSON.stringify({
        name: 'good',
        dependencies: { 'socket.io': '^4.7.5' },
      }),
      'good/server.js':
        "const { Server } = require('socket.io')\nconst io = new Server(3000)\nio.on('connection', (socket) => socket.emit('hi'))\n",
      'bom/package.json': `\uFEFF${JSON.stringify({ name: 'bom', dependencies: { express: '4' } })}`,
      'utf16/requirements.txt': utf16('flask==3.0.3\r\nrequests==2.32.3\r\n'),
      'crlf/pyproject.toml': '[project]\r\nname = "crlf"\r\ndependencies = ["fastapi>=0.110"]\r\n',
      'png/requirements.txt': png,
      'huge/package.json': `{"name":"huge","description":"${'x'.repeat(5 * 1024 * 1024)}"}`,
      'deep/package.json': `{"name":"deep","x":${deep}}`,
      'bomb/environment.yml': aliasBomb,
      'dupes/package.json':
        '{"name":"dupes","dependencies":{"express":"4"},"dependencies":{"fastify":"4"}}',
      'proto/package.json':
        '{"name":"proto","__proto__":{"polluted":true},"dependencies":{"__proto__":{"polluted":true},"constructor":"1"}}',
      'proto/pyproject.toml': '[project]\nname = "proto"\n[project.__proto__]\npolluted = true\n',
      'self/requirements.txt': '-r requirements.txt\n-r ./requirements.txt\nflask\n',
    })
    report = await analyzeRepository(source)
  })

  it('finishes with the healthy component judged', () => {
    const good = report.components.find((c) => c.path === 'good')
    expect(good?.primary).toContain('realtime')
    expect(good?.verdict.verdict).toBe('fits')
  })

  it('reads BOM, UTF-16 and CRLF manifests', () => {
    const names = (path: string) =>
      report.components.find((c) => c.path === path)?.dependencies.map((d) => d.name)
    expect(names('bom')).toContain('express')
    expect(names('utf16')).toContain('flask')
    expect(names('crlf')).toContain('fastapi')
  })

  it('names each broken file in a problem', () => {
    const files = new Set(report.problems.map((p) => p.file))
    for (const f of ['bomb/environment.yml', 'self/requirements.txt']) {
      expect(files, f).toContain(f)
    }
    expect(skippedAs(report, 'png/requirements.txt')).toBe('binary')
    expect(skippedAs(report, 'huge/package.json')).toBe('too-large')
  })

  it('leaves prototypes alone', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('limits hold and are reported', () => {
  it('stops at the file cap and marks the report partial', async () => {
    const files: Record<string, string> = {
      'package.json': '{"name":"big","dependencies":{"express":"4"}}',
    }
    for (let i = 0; i < 200_000; i++)
      files[`src/m${i % 400}/f${i}.js`] = "import express from 'express'\n"
    const report = await analyzeRepository(new MemoryFileSource(files), {
      limits: { maxFiles: 20_000 },
    })
    expect(report.partial?.limit).toBe('maxFiles')
    expect(report.partial?.reason).toMatch(/20[,.]?000/)
    expect(report.stats.filesScanned).toBeLessThanOrEqual(20_000)
  }, 120_000)

  it('stops reading at the byte cap', async () => {
    const files: Record<string, string> = {
      'package.json': '{"name":"bytes","dependencies":{"express":"4"}}',
    }
    for (let i = 0; i < 200; i++)
      files[`src/f${i}.js`] = `import express from 'express'\n${'// pad\n'.repeat(1000)}`
    const report = await analyzeRepository(new MemoryFileSource(files), {
      limits: { maxBytes: 100_000 },
    })
    expect(report.partial?.limit).toBe('maxBytes')
    expect(report.stats.bytesRead).toBeLessThanOrEqual(100_000)
  })

  it('stops at the time limit by the clock it is given', async () => {
    let clock = 0
    const files: Record<string, string> = {
      'package.json': '{"name":"slow","dependencies":{"express":"4"}}',
    }
    for (let i = 0; i < 500; i++) files[`src/f${i}.js`] = "import express from 'express'\n"
    const report = await analyzeRepository(new MemoryFileSource(files), {
      limits: { timeoutMs: 1_000 },
      now: () => (clock += 10),
    })
    expect(report.partial?.limit).toBe('timeoutMs')
  })

  it('skips a 2 GiB file without reading it', async () => {
    const tree = await tempTree()
    try {
      await tree.write(
        'package.json',
        JSON.stringify({ name: 'huge', dependencies: { express: '4' } }),
      )
      const big = await tree.write('src/dump.js', '')
      await truncate(big, 2 * 1024 ** 3)
      const report = await analyzeRepository(new FsFileSource(tree.root))
      expect(skippedAs(report, 'src/dump.js')).toBe('too-large')
      expect(report.stats.bytesRead).toBeLessThan(1024 * 1024)
    } finally {
      await tree.dispose()
    }
  })
})
