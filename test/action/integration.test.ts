// Runs the built Action (dist/index.js) the way the runner does, against a fixture repository
// with real base and head commits and a stand-in GitHub API on 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ACTIONS_BOT, MockGitHub, type RecordedRequest } from './mock-github.js'

const PROJECT = fileURLToPath(new URL('../..', import.meta.url))
// STACK_FIT_BUNDLE runs the test against another build of the Action, e.g. a release's.
const BUNDLE = process.env.STACK_FIT_BUNDLE ?? nodePath.join(PROJECT, 'dist', 'index.js')
const EVENTS = fileURLToPath(new URL('./events/', import.meta.url))
const OWNER = 'octo-org'
const REPO = 'shop'
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const MARKER = '<!-- stack-fit:comment'
const COMMENTS_PATH = `/repos/${OWNER}/${REPO}/issues/7/comments`
const PULL_PATH = `/repos/${OWNER}/${REPO}/pulls/7`
const RUN_TIMEOUT_MS = 60_000

/** The fixture repository at three commits: main, the pull request, and a later push to it. */
const BASE_FILES: Record<string, string> = {
  'services/api/requirements.txt':
    'fastapi==0.115.0\nuvicorn[standard]==0.30.6\nhttpx==0.27.2\nsqlalchemy==2.0.35\n',
  'services/api/app/main.py': [
    'from fastapi import FastAPI',
    'import httpx',
    '',
    'app = FastAPI()',
    '',
    '',
    '@app.get("/orders/{order_id}")',
    'async def order(order_id: int):',
    '    async with httpx.AsyncClient() as client:',
    '        stock = await client.get(f"http://stock/items/{order_id}")',
    '    return {"id": order_id, "stock": stock.json()}',
    '',
  ].join('\n'),
  'web/package.json': JSON.stringify(
    {
      name: 'shop-web',
      private: true,
      scripts: { dev: 'vite', build: 'vite build' },
      dependencies: { react: '^18.3.1', 'react-dom': '^18.3.1', 'react-router-dom': '^6.26.2' },
      devDependencies: { vite: '^5.4.8', '@vitejs/plugin-react': '^4.3.2' },
    },
    null,
    2,
  ),
  'web/src/main.jsx': "import React from 'react'\nimport { createRoot } from 'react-dom/client'\n",
  '.github/stack-fit-accepted.yml': [
    'accepted:',
    '  - component: services/recommender',
    '    reason: The model is small and is being moved to the Python API next quarter.',
    '  - component: services/api',
    '    reason: Async FastAPI on uvicorn, load-tested at ten times our peak.',
    '',
  ].join('\n'),
}

const PR_FILES: Record<string, string> = {
  'services/recommender/package.json': JSON.stringify(
    {
      name: 'recommender',
      private: true,
      type: 'module',
      main: 'src/train.js',
      dependencies: {
        '@tensorflow/tfjs-node': '^4.21.0',
        'danfojs-node': '^1.1.2',
        'ml-matrix': '^6.11.1',
      },
    },
    null,
    2,
  ),
  'services/recommender/src/train.js': [
    "import * as tf from '@tensorflow/tfjs-node'",
    "import * as dfd from 'danfojs-node'",
    '',
    "const orders = await dfd.readCSV('data/orders.csv')",
    'const model = tf.sequential()',
    "model.add(tf.layers.dense({ units: 32, activation: 'relu', inputShape: [orders.shape[1]] }))",
    '',
  ].join('\n'),
}

const PUSH_FILES: Record<string, string> = {
  'services/chat/package.json': JSON.stringify(
    { name: 'chat', private: true, dependencies: { 'socket.io': '^4.8.0', express: '^4.21.0' } },
    null,
    2,
  ),
  'services/chat/index.js': [
    "import express from 'express'",
    "import { Server } from 'socket.io'",
    '',
    'const io = new Server(express().listen(3000))',
    "io.on('connection', (socket) => socket.on('message', (m) => io.emit('message', m)))",
    '',
  ].join('\n'),
}

interface RunResult {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
  warnings: string[]
  errors: string[]
}

interface RunRequest {
  event: 'pull_request' | 'schedule' | 'workflow_dispatch'
  payloadFile: string
  workspace: string
  sha: string
  pullRequest?: { head: string; base: string }
  inputs?: Record<string, string>
}

let scratch: string
let api: MockGitHub
let apiUrl: string
const sha = { base: '', pr: '', push: '' }
const workspaces = { pr: '', push: '', main: '', shallow: '' }

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Mona', '-c', 'user.email=mona@example.com', ...args],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ).trim()
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(nodePath.dirname(nodePath.join(root, path)), { recursive: true })
    writeFileSync(nodePath.join(root, path), text)
  }
}

function commit(repo: string, files: Record<string, string>, message: string): string {
  writeFiles(repo, files)
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', message)
  return git(repo, 'rev-parse', 'HEAD')
}

function checkout(origin: string, name: string, commitSha: string): string {
  const dir = nodePath.join(scratch, name)
  git(scratch, 'clone', '-q', '--no-checkout', origin, dir)
  git(dir, 'checkout', '-q', '--detach', commitSha)
  return dir
}

function newestChange(path: string): number {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(
    info.mtimeMs,
    ...readdirSync(path).map((name) => newestChange(nodePath.join(path, name))),
  )
}

/** The bundle is what GitHub runs; rebuild it when any of its inputs is newer. */
function ensureBundle(): void {
  if (process.env.STACK_FIT_BUNDLE) return
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0
  const inputs = ['src', 'knowledge', 'package-lock.json'].map((p) =>
    newestChange(nodePath.join(PROJECT, p)),
  )
  if (built >= Math.max(...inputs)) return
  execFileSync('npm', ['run', 'build:action'], { cwd: PROJECT, stdio: 'pipe', timeout: 420_000 })
}

/** An event payload as the runner writes it, with this fixture's commits in it. */
function eventPayload(file: string, pullRequest?: { head: string; base: string }): string {
  const payload = JSON.parse(readFileSync(nodePath.join(EVENTS, file), 'utf8')) as {
    pull_request?: { head: { sha: string }; base: { sha: string } }
  }
  if (payload.pull_request && pullRequest) {
    payload.pull_request.head.sha = pullRequest.head
    payload.pull_request.base.sha = pullRequest.base
  }
  return JSON.stringify(payload)
}

/** Reads the GITHUB_OUTPUT file that @actions/core writes (`name<<delimiter` blocks). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const m of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) {
    outputs[m[1]!] = m[3]!
  }
  return outputs
}

function commandMessages(stdout: string, command: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith(`::${command}`))
    .map((line) =>
      line
        .slice(line.indexOf('::', 2) + 2)
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%'),
    )
}

async function runAction(request: RunRequest): Promise<RunResult> {
  const runner = mkdtempSync(nodePath.join(scratch, 'runner-'))
  const files = {
    event: nodePath.join(runner, 'event.json'),
    summary: nodePath.join(runner, 'step_summary.md'),
    output: nodePath.join(runner, 'output.txt'),
    temp: nodePath.join(runner, 'temp'),
  }
  writeFileSync(files.event, eventPayload(request.payloadFile, request.pullRequest))
  writeFileSync(files.summary, '')
  writeFileSync(files.output, '')
  mkdirSync(files.temp)
  const inputs = { 'github-token': TOKEN, ...request.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runner,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: request.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_WORKSPACE: request.workspace,
    GITHUB_SHA: request.sha,
    GITHUB_REF: request.event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_ACTOR: 'mona',
    GITHUB_RUN_ID: '11876543210',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTION: 'stack-fit',
    GITHUB_JOB: 'stack-fit',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: files.temp,
    RUNNER_OS: 'Linux',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  }
  const child = spawn(process.execPath, [BUNDLE], { cwd: request.workspace, env, stdio: 'pipe' })
  let stdout = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    warnings: commandMessages(stdout, 'warning'),
    errors: commandMessages(stdout, 'error'),
  }
}

function pullRequestRun(inputs?: Record<string, string>, head: 'pr' | 'push' = 'pr'): RunRequest {
  return {
    event: 'pull_request',
    payloadFile: 'pull_request.json',
    workspace: workspaces[head],
    sha: sha[head],
    pullRequest: { head: sha[head], base: sha.base },
    ...(inputs ? { inputs } : {}),
  }
}

/** Every request that changes something, as `METHOD path`. */
function writesOf(requests: RecordedRequest[]): string[] {
  return requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)
}

function count(requests: RecordedRequest[], method: string, path: string): number {
  return requests.filter((r) => r.method === method && r.path === path).length
}

function stackFitComments() {
  return (api.comments.get(7) ?? []).filter((c) => c.body.startsWith(MARKER))
}

beforeAll(async () => {
  ensureBundle()
  scratch = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-action-'))
  const origin = nodePath.join(scratch, 'origin')
  mkdirSync(origin)
  git(origin, 'init', '-q', '-b', 'main')
  sha.base = commit(origin, BASE_FILES, 'Orders API and storefront')
  git(origin, 'checkout', '-q', '-b', 'feature/recommendations')
  sha.pr = commit(origin, PR_FILES, 'Add the recommendation worker')
  sha.push = commit(origin, PUSH_FILES, 'Add the chat service')
  workspaces.main = checkout(origin, 'main-checkout', sha.base)
  workspaces.pr = checkout(origin, 'pr-checkout', sha.pr)
  workspaces.push = checkout(origin, 'push-checkout', sha.push)
  // What actions/checkout leaves on a pull request: the head alone, no history, origin set.
  workspaces.shallow = nodePath.join(scratch, 'shallow-checkout')
  git(origin, 'branch', 'pull/7/head', sha.pr)
  git(
    scratch,
    'clone',
    '-q',
    '--depth=1',
    '--branch',
    'pull/7/head',
    `file://${origin}`,
    workspaces.shallow,
  )
  api = new MockGitHub(OWNER, REPO)
  apiUrl = await api.start()
}, 480_000)

afterAll(async () => {
  await api?.stop()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

beforeEach(() => {
  api.reset()
  api.pullHeads.set(7, sha.pr)
})

describe('the Action on a pull request from the same repository', () => {
  it('creates the comment, leaves it alone when nothing changed, updates it when the result changes', async () => {
    const first = await runAction(pullRequestRun())
    expect(first.code, first.stdout).toBe(0)
    expect(writesOf(api.requests)).toEqual([`POST ${COMMENTS_PATH}`])
    const [comment] = stackFitComments()
    expect(comment?.user).toEqual(ACTIONS_BOT)
    expect(comment?.body.startsWith(`${MARKER} head=${sha.pr} at=`)).toBe(true)
    expect(comment?.body).toContain('recommender')
    expect(first.outputs['comment-url']).toBe(comment?.html_url)

    api.requests.length = 0
    const second = await runAction(pullRequestRun())
    expect(second.code, second.stdout).toBe(0)
    expect(writesOf(api.requests)).toEqual([])
    expect(count(api.requests, 'GET', COMMENTS_PATH)).toBeGreaterThan(0)
    expect(second.outputs['comment-url']).toBe(comment?.html_url)

    api.requests.length = 0
    api.pullHeads.set(7, sha.push)
    const third = await runAction(pullRequestRun(undefined, 'push'))
    expect(third.code, third.stdout).toBe(0)
    expect(writesOf(api.requests)).toEqual([
      `PATCH /repos/${OWNER}/${REPO}/issues/comments/${comment?.id}`,
    ])
    expect(stackFitComments()).toHaveLength(1)
    expect(stackFitComments()[0]?.body).toContain('chat')
    expect(stackFitComments()[0]?.body.startsWith(`${MARKER} head=${sha.push} `)).toBe(true)

    // A late run for the older head must not overwrite the newer report.
    api.requests.length = 0
    const late = await runAction(pullRequestRun())
    expect(late.code, late.stdout).toBe(0)
    expect(writesOf(api.requests)).toEqual([])
    expect(stackFitComments()[0]?.body.startsWith(`${MARKER} head=${sha.push} `)).toBe(true)
  }, 120_000)

  it('sets the outputs, writes the JSON report and the job summary, and compares with the base', async () => {
    const result = await runAction(
      pullRequestRun({ comment: 'never', 'sarif-file': 'stack-fit.sarif' }),
    )
    expect(result.code, result.stdout).toBe(0)
    expect(api.requests).toEqual([])
    const { outputs } = result
    expect(outputs.verdict).toBe('mismatch')
    expect(outputs['mismatch-count']).toBe('1')
    expect(Number(outputs['fits-count'])).toBeGreaterThanOrEqual(1)
    const components = JSON.parse(outputs.components ?? '[]') as {
      path: string
      stack: string
      verdict: string
    }[]
    expect(components).toContainEqual(
      expect.objectContaining({ path: 'services/recommender', stack: 'node', verdict: 'mismatch' }),
    )
    expect(components).toContainEqual(
      expect.objectContaining({ path: 'services/api', stack: 'python' }),
    )
    const report = JSON.parse(readFileSync(outputs['report-file']!, 'utf8')) as {
      components: unknown[]
    }
    expect(report.components).toHaveLength(components.length)
    expect(outputs['sarif-file']).toBe(nodePath.join(workspaces.pr, 'stack-fit.sarif'))
    const sarif = JSON.parse(readFileSync(outputs['sarif-file']!, 'utf8')) as { version: string }
    expect(sarif.version).toBe('2.1.0')
    rmSync(outputs['sarif-file']!)
    expect(result.summary).toContain('services/recommender')
    expect(result.summary).not.toContain(MARKER)
    expect(result.stdout).not.toContain('No comparison with the base')
    // What the pull request adds, its verdict and why come first; evidence links to the head commit.
    expect(result.summary.split('\n')[0]).toBe('## Stack Fit: octo\\-org/shop')
    expect(result.summary).toMatch(
      /❌ \*\*This pull request needs a decision\.\*\* It adds services\/recommender, Node\.js, data science \/ ML with `@tensorflow\/tfjs-node`: ❌ mismatch/,
    )
    expect(result.summary).toContain(
      `(https://github.com/${OWNER}/${REPO}/blob/${sha.pr}/services/recommender/package.json#L`,
    )
  }, 60_000)

  it('leaves a marker comment written by someone else alone', async () => {
    const someone = api.seedComment(7, `${MARKER} -->\nCopied from an old run`, {
      login: 'mona',
      type: 'User',
    })
    const result = await runAction(pullRequestRun())
    expect(result.code, result.stdout).toBe(0)
    expect(writesOf(api.requests)).toEqual([`POST ${COMMENTS_PATH}`])
    expect(api.comments.get(7)?.[0]).toEqual(someone)
    expect(api.comments.get(7)).toHaveLength(2)
  }, 60_000)

  it('keeps the oldest of two own comments, updates it and deletes the other, reading every page', async () => {
    api.seedComment(7, 'Looks good to me', { login: 'mona', type: 'User' })
    api.seedComment(7, 'Can we split this PR?', { login: 'hubot', type: 'User' })
    const oldest = api.seedComment(
      7,
      `${MARKER} head=${sha.base} at=2026-01-01T00:00:00.000Z -->\nold`,
      ACTIONS_BOT,
    )
    api.seedComment(7, 'Deploy preview ready', { login: 'netlify[bot]', type: 'Bot' })
    const extra = api.seedComment(
      7,
      `${MARKER} head=${sha.base} at=2026-01-01T00:00:01.000Z -->\nold`,
      ACTIONS_BOT,
    )
    const result = await runAction(pullRequestRun())
    expect(result.code, result.stdout).toBe(0)
    const pages = api.requests.filter((r) => r.method === 'GET' && r.path === COMMENTS_PATH)
    expect(pages.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3'])
    expect(writesOf(api.requests).sort()).toEqual(
      [
        `DELETE /repos/${OWNER}/${REPO}/issues/comments/${extra.id}`,
        `PATCH /repos/${OWNER}/${REPO}/issues/comments/${oldest.id}`,
      ].sort(),
    )
    expect(stackFitComments().map((c) => c.id)).toEqual([oldest.id])
    expect(stackFitComments()[0]?.body).toContain('recommender')
  }, 60_000)

  it('turns a 403 into a warning that names pull-requests: write, and the step succeeds', async () => {
    api.faults.push({
      matches: (r) => r.method === 'POST' && r.path === COMMENTS_PATH,
      status: 403,
      message: 'Resource not accessible by integration',
      times: Infinity,
    })
    const result = await runAction(pullRequestRun())
    expect(result.code, result.stdout).toBe(0)
    expect(count(api.requests, 'POST', COMMENTS_PATH)).toBe(1)
    expect(result.warnings.join('\n')).toContain('pull-requests: write')
    expect(result.summary).toContain('services/recommender')
  }, 60_000)

  it('does not retry a 422', async () => {
    api.faults.push({
      matches: (r) => r.method === 'POST' && r.path === COMMENTS_PATH,
      status: 422,
      message: 'Validation Failed',
      times: Infinity,
    })
    const result = await runAction(pullRequestRun())
    expect(result.code, result.stdout).toBe(0)
    expect(count(api.requests, 'POST', COMMENTS_PATH)).toBe(1)
    expect(result.warnings.join('\n')).toMatch(/HTTP 422/)
  }, 60_000)

  it('retries a server error and then succeeds', async () => {
    api.faults.push({
      matches: (r) => r.method === 'GET' && r.path === PULL_PATH,
      status: 502,
      message: 'Server Error',
      times: 1,
    })
    const result = await runAction(pullRequestRun())
    expect(result.code, result.stdout).toBe(0)
    expect(count(api.requests, 'GET', PULL_PATH)).toBe(2)
    expect(stackFitComments()).toHaveLength(1)
  }, 60_000)

  it('waits out a secondary rate limit for the retry-after it is given, then writes', async () => {
    api.faults.push({
      matches: (r) => r.method === 'POST' && r.path === COMMENTS_PATH,
      status: 403,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      times: 1,
      headers: () => ({ 'retry-after': '2' }),
    })
    const started = Date.now()
    const result = await runAction(pullRequestRun())
    expect(result.code, result.stdout).toBe(0)
    expect(count(api.requests, 'POST', COMMENTS_PATH)).toBe(2)
    const posts = api.requests.filter((r) => r.method === 'POST' && r.path === COMMENTS_PATH)
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1_900)
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000)
    expect(stackFitComments()).toHaveLength(1)
    expect(result.warnings.join('\n')).toMatch(/secondary rate limit/)
  }, 60_000)

  it('waits for the primary rate-limit reset, then writes', async () => {
    api.faults.push({
      matches: (r) => r.method === 'POST' && r.path === COMMENTS_PATH,
      status: 403,
      message: 'API rate limit exceeded for installation.',
      times: 1,
      headers: () => ({
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 2),
      }),
    })
    const result = await runAction(pullRequestRun())
    expect(result.code, result.stdout).toBe(0)
    const posts = api.requests.filter((r) => r.method === 'POST' && r.path === COMMENTS_PATH)
    expect(posts).toHaveLength(2)
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1_000)
    expect(stackFitComments()).toHaveLength(1)
    expect(result.warnings.join('\n')).toMatch(/primary rate limit/)
  }, 60_000)

  it('gives up on a lasting server error after a bounded number of retries, with a warning', async () => {
    api.faults.push({
      matches: (r) => r.method === 'POST' && r.path === COMMENTS_PATH,
      status: 503,
      message: 'Service Unavailable',
      times: Infinity,
    })
    const result = await runAction(pullRequestRun())
    expect(result.code, result.stdout).toBe(0)
    expect(count(api.requests, 'POST', COMMENTS_PATH)).toBe(3)
    expect(result.warnings.join('\n')).toMatch(/HTTP 503/)
  }, 60_000)

  it('fails the step on a mismatch with fail-on: mismatch, unless a decision accepts it', async () => {
    const failing = await runAction(pullRequestRun({ 'fail-on': 'mismatch', comment: 'never' }))
    expect(failing.code).toBe(1)
    expect(failing.errors.join('\n')).toMatch(/services\/recommender \(mismatch\)/)
    expect(failing.summary).toContain('services/recommender')

    const accepted = await runAction(
      pullRequestRun({
        'fail-on': 'mismatch',
        comment: 'never',
        config: '.github/stack-fit-accepted.yml',
      }),
    )
    expect(accepted.code, accepted.stdout).toBe(0)
    expect(accepted.errors).toEqual([])
    expect(accepted.outputs.verdict).not.toBe('mismatch')
  }, 60_000)

  it('fails with one line naming an invalid input, before any API call', async () => {
    const result = await runAction(pullRequestRun({ 'fail-on': 'sometimes' }))
    expect(result.code).toBe(1)
    expect(result.errors).toEqual([
      `Invalid input 'fail-on': expected one of never, mismatch, caveat (got "sometimes")`,
    ])
    expect(api.requests).toEqual([])
  }, 60_000)
})

describe('the Action comparing with the base', () => {
  it('fetches the base into a shallow clone, one commit deep, and compares with it', async () => {
    expect(() => git(workspaces.shallow, 'cat-file', '-e', `${sha.base}^{commit}`)).toThrow()
    const result = await runAction({
      ...pullRequestRun({ comment: 'never' }),
      workspace: workspaces.shallow,
    })
    expect(result.code, result.stdout).toBe(0)
    expect(result.warnings.filter((w) => w.includes('No comparison'))).toEqual([])
    expect(git(workspaces.shallow, 'cat-file', '-t', sha.base)).toBe('commit')
    expect(git(workspaces.shallow, 'rev-list', '--count', sha.base)).toBe('1')
  }, 60_000)

  it('still reports the head, with a warning, when the base cannot be had', async () => {
    const missing = 'f'.repeat(40)
    const result = await runAction({
      ...pullRequestRun({ comment: 'never' }),
      pullRequest: { head: sha.pr, base: missing },
    })
    expect(result.code, result.stdout).toBe(0)
    expect(result.warnings.join('\n')).toContain(
      `No comparison with the base: ${missing} could not be read`,
    )
    expect(result.outputs.verdict).toBe('mismatch')
    expect(result.summary).toContain('services/recommender')
    expect(result.summary).toMatch(/Could not compare with the base \(f{40} could not be read/)
  }, 60_000)

  it('in on-change mode, writes no new comment when nothing moved compared with the base', async () => {
    api.pullHeads.set(7, sha.base)
    const result = await runAction({
      ...pullRequestRun({ comment: 'on-change' }),
      workspace: workspaces.main,
      sha: sha.base,
      pullRequest: { head: sha.base, base: sha.base },
    })
    expect(result.code, result.stdout).toBe(0)
    expect(writesOf(api.requests)).toEqual([])
    expect(result.outputs['comment-url']).toBeUndefined()
  }, 60_000)

  it('in on-change mode, comments when the change moves something', async () => {
    const result = await runAction(pullRequestRun({ comment: 'on-change' }))
    expect(result.code, result.stdout).toBe(0)
    expect(writesOf(api.requests)).toEqual([`POST ${COMMENTS_PATH}`])
  }, 60_000)
})

describe('the Action with a personal access token', () => {
  it('asks who it is and treats only the marker comments of that account as its own', async () => {
    const botComment = api.seedComment(7, `${MARKER} -->\nfrom the workflow token`, ACTIONS_BOT)
    const result = await runAction(
      pullRequestRun({ 'github-token': 'ghp_R2D2c3poBB8k2so000000000000000000' }),
    )
    expect(result.code, result.stdout).toBe(0)
    expect(count(api.requests, 'GET', '/user')).toBe(1)
    expect(writesOf(api.requests)).toEqual([`POST ${COMMENTS_PATH}`])
    expect(api.comments.get(7)?.[0]).toEqual(botComment)
    expect(api.comments.get(7)?.[1]?.user.login).toBe('release-bot-user')
  }, 60_000)
})

describe('the Action on a pull request from a fork', () => {
  it('makes no API call, says why in a warning, and still writes the summary', async () => {
    const result = await runAction({ ...pullRequestRun(), payloadFile: 'pull_request_fork.json' })
    expect(result.code, result.stdout).toBe(0)
    expect(api.requests).toEqual([])
    expect(result.warnings.join('\n')).toMatch(/fork.*read-only/)
    expect(result.summary).toContain('services/recommender')
    expect(result.outputs.verdict).toBe('mismatch')
  }, 60_000)
})

describe('the Action in audit runs', () => {
  const audit = (
    event: 'schedule' | 'workflow_dispatch',
    inputs?: Record<string, string>,
  ): RunRequest => ({
    event,
    payloadFile: `${event}.json`,
    workspace: workspaces.pr,
    sha: sha.pr,
    ...(inputs ? { inputs } : {}),
  })

  it('never comments, and calls no API without audit-issue', async () => {
    const result = await runAction(audit('workflow_dispatch'))
    expect(result.code, result.stdout).toBe(0)
    expect(api.requests).toEqual([])
    expect(result.summary).toContain('services/recommender')
  }, 60_000)

  it('opens one labelled tracking issue, then leaves it as it is when nothing changed', async () => {
    const scheduled = await runAction(audit('schedule', { 'audit-issue': 'true' }))
    expect(scheduled.code, scheduled.stdout).toBe(0)
    expect(writesOf(api.requests)).toEqual([`POST /repos/${OWNER}/${REPO}/issues`])
    expect(api.issues).toHaveLength(1)
    expect(api.issues[0]).toMatchObject({
      title: 'Stack Fit audit',
      state: 'open',
      labels: [{ name: 'stack-fit' }],
    })
    expect(api.issues[0]?.body).toContain('services/recommender')

    api.requests.length = 0
    const firstBody = api.issues[0]?.body ?? ''
    const manual = await runAction(audit('workflow_dispatch', { 'audit-issue': 'true' }))
    expect(manual.code, manual.stdout).toBe(0)
    expect(api.issues[0]?.body).toBe(firstBody)
    expect(writesOf(api.requests)).toEqual([])
    expect(api.requests.some((r) => r.path.includes('/comments'))).toBe(false)
  }, 60_000)

  it('closes the tracking issue once everything fits', async () => {
    await runAction(audit('schedule', { 'audit-issue': 'true' }))
    api.requests.length = 0
    // On main, with the API's caveat accepted, nothing is left to look at.
    const result = await runAction({
      ...audit('schedule', { 'audit-issue': 'true', config: '.github/stack-fit-accepted.yml' }),
      workspace: workspaces.main,
      sha: sha.base,
    })
    expect(result.code, result.stdout).toBe(0)
    expect(writesOf(api.requests)).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/1`])
    expect(api.issues[0]?.state, result.summary).toBe('closed')
  }, 60_000)
})
