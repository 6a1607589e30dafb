import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findingsOf } from '../../src/action/audit-issue.js'
import { readOnlyReason, readRunContext, renderContext } from '../../src/action/context.js'
import {
  baseToCompare,
  componentsOutput,
  failureOf,
  planComment,
  verdictOutputs,
} from '../../src/action/plan.js'
import { resolveOutputPath, writeOutputFile } from '../../src/action/report-files.js'
import { rebaseSarif } from '../../src/action/sarif-paths.js'
import type { ComponentReport, Report, VerdictKind } from '../../src/model.js'

const sameRepoPr = {
  pull_request: {
    number: 12,
    head: { sha: 'h'.repeat(40), repo: { full_name: 'acme/shop' } },
    base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/shop' } },
  },
}
const forkPr = {
  pull_request: {
    ...sameRepoPr.pull_request,
    head: { sha: 'h'.repeat(40), repo: { full_name: 'mallory/shop' } },
  },
}
const env = (event: string, extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: event,
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'm'.repeat(40),
  GITHUB_ACTOR: 'alice',
  GITHUB_RUN_ID: '99',
  ...extra,
})

function component(path: string, verdict: VerdictKind, accepted?: string): ComponentReport {
  return {
    path,
    name: path || 'root',
    manifests: [],
    fileCount: 1,
    supporting: false,
    stack: {
      stack: path === 'go' ? 'other' : 'python',
      otherName: path === 'go' ? 'Go' : undefined,
      languages: [],
      mixed: false,
      evidence: [],
    },
    workloads: [],
    primary: ['io-api'],
    verdict: {
      verdict,
      summary: '',
      reasons: [],
      notes: [],
      rules: [],
      sources: [],
      mitigations: [],
      wouldChange: [],
      ...(accepted ? { accepted: { reason: accepted } } : {}),
    },
    dependencies: [],
  }
}

function report(components: ComponentReport[]): Report {
  const counts = { fits: 0, 'fits-with-caveats': 0, mismatch: 0, inconclusive: 0 }
  for (const c of components) counts[c.verdict.verdict]++
  return {
    tool: { name: 'stack-fit', version: '0.0.0' },
    root: '.',
    components,
    overall: counts.mismatch ? 'mismatch' : 'fits',
    counts,
    problems: [],
    stats: {
      filesScanned: 0,
      bytesRead: 0,
      manifestsParsed: 0,
      skippedByReason: {},
      skipped: [],
      skippedTruncated: 0,
      durationMs: 0,
    },
  }
}

describe('run context', () => {
  it('reads a same-repository pull request, its base and the run link', () => {
    const context = readRunContext(env('pull_request'), sameRepoPr)
    expect(context).toMatchObject({
      kind: 'pull-request',
      owner: 'acme',
      repo: 'shop',
      pullRequest: { number: 12, headSha: 'h'.repeat(40) },
      eventBaseSha: 'b'.repeat(40),
      runUrl: 'https://github.com/acme/shop/actions/runs/99',
    })
    expect(readOnlyReason(context)).toBeUndefined()
  })

  it("links the report's evidence to the pull request's head commit on the run's GitHub", () => {
    const ghes = env('pull_request', { GITHUB_SERVER_URL: 'https://git.example.com' })
    expect(renderContext(readRunContext(ghes, sameRepoPr), '.', '')).toEqual({
      runUrl: 'https://git.example.com/acme/shop/actions/runs/99',
      title: 'Stack Fit: acme/shop',
      links: {
        serverUrl: 'https://git.example.com',
        repository: 'acme/shop',
        // The head, not GITHUB_SHA (the test merge commit, which no link outlives).
        sha: 'h'.repeat(40),
        prefix: '',
      },
      subject: 'This pull request',
    })
    // A scheduled or manual run: the commit it ran on, the folder in the title, no pull request.
    const audit = renderContext(
      readRunContext(env('workflow_dispatch'), {}),
      './services/',
      'services',
    )
    expect(audit).toMatchObject({
      title: 'Stack Fit: acme/shop/services',
      links: { serverUrl: 'https://github.com', sha: 'm'.repeat(40), prefix: 'services' },
      subject: 'This change',
    })
  })

  it('knows a fork and Dependabot get a read-only token on pull_request, not on pull_request_target', () => {
    expect(readOnlyReason(readRunContext(env('pull_request'), forkPr))).toMatch(
      /fork \(mallory\/shop\)/,
    )
    expect(readOnlyReason(readRunContext(env('pull_request_target'), forkPr))).toBeUndefined()
    const dependabot = readRunContext(
      env('pull_request', { GITHUB_ACTOR: 'dependabot[bot]' }),
      sameRepoPr,
    )
    expect(readOnlyReason(dependabot)).toMatch(/Dependabot/)
  })

  it('takes the merge group base and ignores a payload it cannot read', () => {
    const group = readRunContext(env('merge_group'), {
      merge_group: { head_sha: 'x', base_sha: 'y'.repeat(40) },
    })
    expect(group.eventBaseSha).toBe('y'.repeat(40))
    const broken = readRunContext(env('pull_request'), { pull_request: { number: 'one' } })
    expect(broken.pullRequest).toBeUndefined()
  })
})

describe('planComment', () => {
  const pr = readRunContext(env('pull_request'), sameRepoPr)
  const schedule = readRunContext(env('schedule'), {})
  const push = readRunContext(env('push'), {})

  it('comments on pull requests in auto mode and never on audits', () => {
    expect(planComment('auto', pr, true, false)).toEqual({
      kind: 'pull-request',
      number: 12,
      headSha: 'h'.repeat(40),
      createIfMissing: true,
    })
    expect(planComment('auto', schedule, true, true)).toEqual({ kind: 'none' })
    expect(planComment('auto', push, true, true)).toEqual({ kind: 'none' })
    expect(planComment('never', pr, true, true)).toEqual({ kind: 'none' })
  })

  it('in on-change mode creates only when something moved', () => {
    expect(planComment('on-change', pr, true, false)).toMatchObject({ createIfMissing: false })
    expect(planComment('on-change', pr, true, true)).toMatchObject({ createIfMissing: true })
  })

  it('in always mode looks for the pull request of a pushed commit', () => {
    expect(planComment('always', push, true, false)).toEqual({
      kind: 'commit',
      sha: 'm'.repeat(40),
    })
    expect(planComment('always', schedule, true, false)).toEqual({ kind: 'none' })
  })

  it('makes no write attempt on a fork and says why', () => {
    const plan = planComment('auto', readRunContext(env('pull_request'), forkPr), true, true)
    expect(plan.kind).toBe('none')
    expect(plan.kind === 'none' && plan.warning).toMatch(/read-only.*job summary/)
  })

  it('compares with the base-ref input first, then the event base', () => {
    expect(baseToCompare('', pr)).toBe('b'.repeat(40))
    expect(baseToCompare('main', pr)).toBe('main')
    expect(baseToCompare('', schedule)).toBeUndefined()
  })
})

describe('fail-on and outputs', () => {
  const r = report([
    component('api', 'mismatch'),
    component('legacy', 'mismatch', 'kept on purpose'),
    component('web', 'fits-with-caveats'),
    component('go', 'fits'),
  ])

  it('fails on unaccepted mismatches, and on caveats too with caveat', () => {
    expect(failureOf(r, 'never')).toBeUndefined()
    expect(failureOf(r, 'mismatch')).toBe(
      "Stack Fit: 1 component at or above fail-on 'mismatch': api (mismatch)",
    )
    expect(failureOf(r, 'caveat')).toMatch(
      /2 components .*api \(mismatch\), web \(fits-with-caveats\)/,
    )
    expect(failureOf(report([component('legacy', 'mismatch', 'ok')]), 'mismatch')).toBeUndefined()
  })

  it('counts findings for the audit issue without accepted ones', () => {
    expect(findingsOf(r)).toBe(2)
  })

  it('sets counts and a compact components list', () => {
    const outputs = verdictOutputs(r)
    expect(outputs['mismatch-count']).toBe('2')
    expect(outputs['caveat-count']).toBe('1')
    expect(outputs['fits-count']).toBe('1')
    expect(JSON.parse(componentsOutput(r))).toContainEqual({
      path: 'legacy',
      name: 'legacy',
      stack: 'python',
      primary: ['io-api'],
      verdict: 'mismatch',
      accepted: true,
    })
    expect(componentsOutput(r)).not.toContain('\n')
    expect(JSON.parse(componentsOutput(r))[3].stack).toBe('Go')
  })
})

describe('report files', () => {
  const root = mkdtempSync(nodePath.join(tmpdir(), 'stack-fit-files-'))
  const roots = { workspace: nodePath.join(root, 'ws'), runnerTemp: nodePath.join(root, 'temp') }
  mkdirSync(roots.workspace)
  mkdirSync(roots.runnerTemp)
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('stay inside the workspace or RUNNER_TEMP and out of .git', () => {
    expect(resolveOutputPath('json-file', 'out/r.json', roots)).toBe(
      nodePath.join(roots.workspace, 'out/r.json'),
    )
    expect(resolveOutputPath('json-file', nodePath.join(roots.runnerTemp, 'r.json'), roots)).toBe(
      nodePath.join(roots.runnerTemp, 'r.json'),
    )
    expect(() => resolveOutputPath('sarif-file', '../escape.sarif', roots)).toThrow(
      "Invalid 'sarif-file': ../escape.sarif must name a file inside the workspace or RUNNER_TEMP",
    )
    expect(() => resolveOutputPath('json-file', '.git/hooks/pre-commit', roots)).toThrow(
      /inside \.git/,
    )
  })

  it('never write through a symbolic link', async () => {
    const target = nodePath.join(root, 'victim.txt')
    writeFileSync(target, 'keep')
    symlinkSync(target, nodePath.join(roots.workspace, 'report.json'))
    await expect(
      writeOutputFile(nodePath.join(roots.workspace, 'report.json'), '{}', roots),
    ).rejects.toThrow()
    symlinkSync(root, nodePath.join(roots.workspace, 'linked-dir'))
    await expect(
      writeOutputFile(nodePath.join(roots.workspace, 'linked-dir', 'x.json'), '{}', roots),
    ).rejects.toThrow(/outside the workspace/)
    expect(readFileSync(target, 'utf8')).toBe('keep')
    await writeOutputFile(nodePath.join(roots.workspace, 'deep/dir/r.json'), '{"ok":1}', roots)
    expect(readFileSync(nodePath.join(roots.workspace, 'deep/dir/r.json'), 'utf8')).toBe('{"ok":1}')
  })
})

describe('rebaseSarif', () => {
  it('prefixes relative artifact locations only', () => {
    const sarif = {
      runs: [
        {
          results: [
            {
              locations: [{ physicalLocation: { artifactLocation: { uri: 'api/package.json' } } }],
            },
            { locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///abs' } } }] },
          ],
        },
      ],
    }
    const rebased = rebaseSarif(sarif, 'services')
    expect(rebased.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'services/api/package.json',
    )
    expect(rebased.runs[0]!.results[1]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'file:///abs',
    )
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'api/package.json',
    )
  })
})
