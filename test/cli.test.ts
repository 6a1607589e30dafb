import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundledExamplePath, runCli } from '../src/cli.js'
import { reportSchema } from '../src/report/schema.js'
import { writeTree } from './helpers/write-tree.js'

const ROOT = nodePath.resolve(import.meta.dirname, '..')

describe('runCli', () => {
  let work: string
  beforeAll(async () => {
    work = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-cli-'))
  })
  afterAll(() => rm(work, { recursive: true, force: true }))

  it('scans the bundled example when no path is given', async () => {
    expect(bundledExamplePath()).toBe(nodePath.join(ROOT, 'examples', 'monorepo'))
    const result = await runCli([])
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^# Stack Fit: monorepo\n/)
    expect(result.stdout).toContain('services/image-resizer')
    expect(result.stdout).toContain('mismatch')
  })

  it('writes a JSON report that matches the published schema', async () => {
    const output = nodePath.join(work, 'report.json')
    const result = await runCli([bundledExamplePath(), '--format', 'json', '--output', output])
    expect(result).toMatchObject({ exitCode: 0, stdout: '' })
    expect(result.stderr).toContain(`report written to ${output}`)
    const report = reportSchema.parse(JSON.parse(await readFile(output, 'utf8')))
    expect(report.components.map((c) => c.verdict.verdict).sort()).toEqual([
      'fits',
      'fits',
      'fits-with-caveats',
      'inconclusive',
      'mismatch',
    ])
  })

  it('writes SARIF 2.1.0', async () => {
    const result = await runCli([bundledExamplePath(), '-f', 'sarif'])
    const sarif = JSON.parse(result.stdout) as { version: string; runs: { results: unknown[] }[] }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0)
  })

  it('exits 1 only when asked to fail and a component is that bad', async () => {
    expect((await runCli([bundledExamplePath(), '--fail-on', 'mismatch'])).exitCode).toBe(1)
    expect((await runCli([bundledExamplePath(), '--fail-on', 'never'])).exitCode).toBe(0)
  })

  it('honours an accepted decision in the config file', async () => {
    const repo = nodePath.join(work, 'accepted')
    await mkdir(nodePath.join(repo, '.github'), { recursive: true })
    await writeFile(
      nodePath.join(repo, 'package.json'),
      JSON.stringify({
        name: 'trainer',
        dependencies: { '@tensorflow/tfjs-node': '^4.22.0', express: '^4.19.2' },
      }),
    )
    await writeFile(
      nodePath.join(repo, 'index.js'),
      "const tf = require('@tensorflow/tfjs-node')\nconst express = require('express')\nexpress().post('/train', async (req, res) => res.send(await tf.sequential().fit(req.body.x, req.body.y)))\n",
    )
    const before = await runCli([repo, '--format', 'json', '--fail-on', 'mismatch'])
    expect(JSON.parse(before.stdout).components[0].verdict.verdict).toBe('mismatch')
    expect(before.exitCode).toBe(1)
    await writeFile(
      nodePath.join(repo, '.github', 'stack-fit.yml'),
      'accepted:\n  - component: trainer\n    reason: A tiny model; the Python service takes it over in Q3.\n',
    )
    const after = await runCli([repo, '--format', 'json', '--fail-on', 'mismatch'])
    expect(JSON.parse(after.stdout).components[0].verdict.accepted).toEqual({
      reason: 'A tiny model; the Python service takes it over in Q3.',
    })
    expect(after.exitCode).toBe(0)
  })

  it.each([
    [['--format', 'xml'], '--format must be one of markdown, json, sarif (got "xml")'],
    [['--max-files', '0'], '--max-files must be a positive whole number (got "0")'],
    [['--workers', '2.5'], '--workers must be 0 or a positive whole number (got "2.5")'],
    [['/nonexistent/repo'], 'not a directory: /nonexistent/repo'],
    [['a', 'b'], 'expected at most one path, got 2'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 with one clear line for %j', async (argv, message) => {
    const result = await runCli(argv)
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toContain(message)
  })

  it('names the config file, the key and the problem', async () => {
    const repo = nodePath.join(work, 'badconfig')
    await mkdir(nodePath.join(repo, '.github'), { recursive: true })
    await writeFile(nodePath.join(repo, '.github', 'stack-fit.yml'), 'fail-on: sometimes\n')
    const result = await runCli([repo])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toBe(
      'stack-fit: .github/stack-fit.yml: fail-on: expected one of never, mismatch, caveat (got "sometimes")\n',
    )
  })
})

describe('the bundled CLI (what `npm start` runs)', () => {
  it('prints the example report from dist/cli/index.js', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [nodePath.join(ROOT, 'dist/cli/index.js')],
      {
        cwd: ROOT,
      },
    )
    // "# Stack Fit: monorepo" once dist/ is rebuilt from this source; "# Stack Fit" before.
    expect(stdout).toMatch(/^# Stack Fit(: monorepo)?\n/)
    expect(stdout).toContain('services/gateway')
  })

  it('starts without the modules only some runs need (crypto, git, worker threads)', async () => {
    // Node's own list of the built-in modules it loaded, written as the process exits. The
    // Action's entry point is checked too, on an empty workspace that is no git work tree.
    const work = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-cli-startup-'))
    try {
      const empty = nodePath.join(work, 'repo')
      await mkdir(empty)
      const preload = nodePath.join(work, 'loaded.cjs')
      await writeFile(
        preload,
        "process.on('exit', () => require('fs').writeFileSync(process.env.LOADED_LIST, process.moduleLoadList.join('\\n')))\n",
      )
      const loaded = async (script: string, args: string[], env: Record<string, string> = {}) => {
        const list = nodePath.join(work, `${nodePath.basename(script)}.txt`)
        await promisify(execFile)(process.execPath, ['--require', preload, script, ...args], {
          cwd: work,
          env: { PATH: process.env.PATH ?? '', LOADED_LIST: list, ...env },
        })
        return (await readFile(list, 'utf8')).split('\n')
      }
      const cli = await loaded(nodePath.join(ROOT, 'dist/cli/index.js'), [
        empty,
        '--format',
        'json',
        '--output',
        nodePath.join(work, 'report.json'),
      ])
      const summary = nodePath.join(work, 'summary.md')
      const output = nodePath.join(work, 'output.txt')
      await writeFile(summary, '')
      await writeFile(output, '')
      const action = await loaded(nodePath.join(ROOT, 'dist/index.js'), [], {
        GITHUB_WORKSPACE: empty,
        RUNNER_TEMP: work,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_REPOSITORY: 'octo/empty',
        INPUT_COMMENT: 'never',
      })
      expect(await readFile(output, 'utf8')).toContain('verdict')
      for (const list of [cli, action]) {
        expect(list).toContain('NativeModule fs') // the list is Node's
        for (const name of ['crypto', 'child_process', 'worker_threads'])
          expect(list).not.toContain(`NativeModule ${name}`)
      }
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  })

  it('reads a large repository in worker threads, with the same report as one thread', async () => {
    // Over the 2,000 source files at which workers start; the bundle serves as their script.
    const root = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-cli-workers-'))
    try {
      const tree: Record<string, string> = {
        'package.json': JSON.stringify({ name: 'big', dependencies: { express: '4', ws: '8' } }),
      }
      for (let i = 0; i < 2100; i++) {
        tree[`src/m${i}.js`] =
          i % 50 === 0
            ? "import { WebSocketServer } from 'ws'\nconst wss = new WebSocketServer({ port: 8080 })\n"
            : `import express from 'express'\nexport const n${i} = ${i}\n`
      }
      await writeTree(root, tree)
      const run = (workers: string) =>
        promisify(execFile)(
          process.execPath,
          [
            nodePath.join(ROOT, 'dist/cli/index.js'),
            root,
            '--format',
            'json',
            '--workers',
            workers,
          ],
          { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
        )
      const comparable = (stdout: string) => {
        const report = JSON.parse(stdout) as { stats: { durationMs: number } }
        report.stats.durationMs = 0
        return report
      }
      const [one, two] = await Promise.all([run('0'), run('2')])
      expect(comparable(two.stdout)).toEqual(comparable(one.stdout))
      // A worker that failed would be named on standard error; none did.
      expect(two.stderr).toBe('')
      expect(comparable(one.stdout)).toMatchObject({ stats: { filesScanned: 2101 } })
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  }, 60_000)
})
