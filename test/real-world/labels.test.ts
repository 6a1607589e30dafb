// The labeled real-world set is well-formed and covers what the evaluation promises; the scorer
// follows the rules in README.md. The repositories themselves are not here (CI is offline).
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { ComponentReport, Report } from '../../src/model.js'
import { agreement, loadSecondReading } from './agreement.js'
import { HALVES, type Label, loadLabels, overallFalseAlarm, scoreComponent } from './eval.js'
import { fetchOrder, snapshotOf } from './layout.js'

const labels = loadLabels()

describe('test/real-world/labels.json', () => {
  it('holds at least 120 distinct repositories, each at a judged commit, in a tuning set and held-out sets', () => {
    expect(labels.length).toBeGreaterThanOrEqual(120)
    expect(new Set(labels.map((l) => l.repo.toLowerCase())).size).toBe(labels.length)
    const count = (half: string) => labels.filter((l) => l.half === half).length
    // The first split, then two sets labeled later by someone who never ran Stack Fit on them.
    expect(count('tune')).toBeGreaterThanOrEqual(60)
    expect(count('holdout')).toBeGreaterThanOrEqual(60)
    expect(count('fresh')).toBeGreaterThanOrEqual(60)
    expect(count('blind')).toBeGreaterThanOrEqual(60)
    expect(count('fresh2')).toBeGreaterThanOrEqual(30)
    expect(count('blind2')).toBeGreaterThanOrEqual(30)
    expect(count('blind3')).toBeGreaterThanOrEqual(60)
    expect(count('blind4')).toBeGreaterThanOrEqual(90)
    expect(count('blind5')).toBeGreaterThanOrEqual(29)
    expect(count('blind6')).toBeGreaterThanOrEqual(60)
    expect(count('blind7')).toBeGreaterThanOrEqual(60)
    expect(count('blind8')).toBeGreaterThanOrEqual(60)
    expect(count('blind9')).toBeGreaterThanOrEqual(60)
    expect(count('blind10')).toBeGreaterThanOrEqual(60)
    expect(count('blind11')).toBeGreaterThanOrEqual(60)
    expect(count('blind12')).toBeGreaterThanOrEqual(60)
    expect(count('blind13')).toBeGreaterThanOrEqual(60)
    expect(count('blind14')).toBeGreaterThanOrEqual(60)
    expect(count('blind15')).toBeGreaterThanOrEqual(60)
    expect(count('blind16')).toBeGreaterThanOrEqual(60)
    expect(count('blind17')).toBeGreaterThanOrEqual(60)
    expect(count('blind18')).toBeGreaterThanOrEqual(40)
    expect(count('blind19')).toBeGreaterThanOrEqual(50)
    expect(count('blind20')).toBeGreaterThanOrEqual(55)
    expect(count('blind21')).toBeGreaterThanOrEqual(30)
    expect(count('blind22')).toBeGreaterThanOrEqual(60)
    expect(count('blind23')).toBeGreaterThanOrEqual(60)
    expect(count('blind24')).toBeGreaterThanOrEqual(60)
    expect(count('blind25')).toBeGreaterThanOrEqual(60)
    expect(count('blind26')).toBeGreaterThanOrEqual(60)
    expect(count('blind27')).toBeGreaterThanOrEqual(60)
    expect(count('blind28')).toBeGreaterThanOrEqual(60)
    expect(count('blind29')).toBeGreaterThanOrEqual(60)
    expect(count('blind30')).toBeGreaterThanOrEqual(60)
    expect(count('blind31')).toBeGreaterThanOrEqual(60)
    expect(count('blind32')).toBeGreaterThanOrEqual(60)
    expect(count('blind33')).toBeGreaterThanOrEqual(57)
    expect(count('blind34')).toBeGreaterThanOrEqual(60)
    expect(count('blind35')).toBeGreaterThanOrEqual(57)
    expect(count('blind36')).toBeGreaterThanOrEqual(60)
    expect(count('blind37')).toBeGreaterThanOrEqual(57)
    expect(count('blind38')).toBeGreaterThanOrEqual(58)
    expect(count('blind39')).toBeGreaterThanOrEqual(60)
    expect(count('blind40')).toBeGreaterThanOrEqual(60)
    expect(count('blind41')).toBeGreaterThanOrEqual(60)
    expect(count('blind42')).toBeGreaterThanOrEqual(59)
    expect(count('blind43')).toBeGreaterThanOrEqual(60)
    expect(count('blind44')).toBeGreaterThanOrEqual(59)
    expect(count('blind45')).toBeGreaterThanOrEqual(59)
    expect(count('blind46')).toBeGreaterThanOrEqual(55)
    expect(count('blind47')).toBeGreaterThanOrEqual(60)
    expect(count('blind48')).toBeGreaterThanOrEqual(60)
    expect(count('blind49')).toBeGreaterThanOrEqual(58)
    expect(count('blind50')).toBeGreaterThanOrEqual(59)
    expect(count('blind51')).toBeGreaterThanOrEqual(60)
    expect(count('blind52')).toBeGreaterThanOrEqual(59)
    expect(count('blind53')).toBeGreaterThanOrEqual(59)
    expect(count('open54')).toBeGreaterThanOrEqual(20)
    expect(count('blind54')).toBeGreaterThanOrEqual(58)
    expect(count('blind55')).toBeGreaterThanOrEqual(60)
  })

  it('covers every workload class in both stacks, other stacks and the awkward shapes', () => {
    const mains = labels.map((l) => l.main)
    for (const stack of ['node', 'python'] as const) {
      for (const w of [
        'realtime',
        'io-api',
        'server-web',
        'data-ml',
        'cpu-intensive',
        'iot',
        'automation',
      ]) {
        expect(
          mains.some((m) => m.stack === stack && m.workloads.includes(w as never)),
          `${stack} ${w}`,
        ).toBe(true)
      }
    }
    expect(mains.some((m) => m.stack === 'node' && m.workloads.includes('spa-frontend'))).toBe(true)
    for (const category of [
      'library',
      'monorepo',
      'examples',
      'docs',
      'tooling-only',
      'notebooks',
      'other-stack',
      'mixed-folder',
    ]) {
      expect(
        labels.some((l) => l.category === category),
        category,
      ).toBe(true)
    }
  })

  it('gives every label a reason', () => {
    for (const l of labels) {
      for (const c of [l.main, ...(l.components ?? [])]) expect(c.reason.length).toBeGreaterThan(10)
    }
  })
})

function component(path: string, extra: Partial<ComponentReport> = {}): ComponentReport {
  return {
    path,
    name: path,
    manifests: [],
    fileCount: 1,
    supporting: false,
    stack: { stack: 'node', languages: [], mixed: false, evidence: [] },
    workloads: [],
    primary: ['io-api'],
    verdict: {
      verdict: 'fits',
      summary: '',
      reasons: [],
      notes: [],
      rules: [],
      sources: [],
      mitigations: [],
      wouldChange: [],
    },
    dependencies: [],
    ...extra,
  }
}

describe('scoreComponent', () => {
  const report = (components: ComponentReport[], overall: Report['overall'] = 'fits') => ({
    components,
    overall,
  })
  const want = {
    path: '',
    stack: 'node' as const,
    workloads: ['io-api' as const],
    verdicts: ['fits' as const],
    reason: 'an API',
  }

  it('is right only when stack, first primary workload and verdict are all acceptable', () => {
    const s = scoreComponent(report([component('')]), want)
    expect([s.found, s.stack, s.workload, s.verdict]).toEqual([true, true, true, true])
    const wrong = scoreComponent(report([component('', { primary: ['realtime', 'io-api'] })]), want)
    expect(wrong.workload).toBe(false)
  })

  it('counts a mismatch the label does not allow as a false mismatch', () => {
    const c = component('', { verdict: { ...component('').verdict, verdict: 'mismatch' } })
    expect(scoreComponent(report([c]), want).falseMismatch).toBe(true)
    expect(scoreComponent(report([c]), { ...want, verdicts: ['mismatch'] }).falseMismatch).toBe(
      false,
    )
  })

  it('counts an overall mismatch that no labeled component allows as a false alarm', () => {
    const label = {
      repo: 'o/r',
      commit: 'c',
      half: 'tune',
      category: 'library',
      main: want,
    } as Label
    expect(overallFalseAlarm({ overall: 'mismatch' }, label)).toBe(true)
    expect(overallFalseAlarm({ overall: 'fits-with-caveats' }, label)).toBe(false)
    const ml = { path: 'ml', verdicts: ['mismatch' as const], reason: 'training in Node.js' }
    const pinned = { ...label, components: [ml] }
    expect(overallFalseAlarm({ overall: 'mismatch' }, pinned)).toBe(false)
  })

  it('accepts no component for a label of nothing to judge, when the overall verdict is inconclusive', () => {
    const nothing = {
      path: '',
      stack: 'unknown' as const,
      workloads: ['none' as const],
      verdicts: ['inconclusive' as const],
      reason: 'docs only',
    }
    expect(scoreComponent(report([], 'inconclusive'), nothing).verdict).toBe(true)
    expect(scoreComponent(report([], 'inconclusive'), want).found).toBe(false)
  })

  it('scores the stack and verdict of an other-stack component, not its workload', () => {
    const go = component('', {
      stack: { stack: 'other', otherName: 'Go', languages: ['Go'], mixed: false, evidence: [] },
      primary: [],
      verdict: { ...component('').verdict, verdict: 'inconclusive' },
    })
    const s = scoreComponent(report([go]), {
      path: '',
      stack: 'other',
      workloads: ['io-api'],
      verdicts: ['inconclusive'],
      reason: 'a Go API',
    })
    expect([s.stack, s.workload, s.verdict]).toEqual([true, true, true])
  })
})

describe('npm run eval:real', () => {
  it('skips with a clear message when the corpus directory is missing', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      'test/real-world/eval.ts',
      '/nonexistent-corpus',
    ])
    expect(stdout).toContain('no corpus directory at /nonexistent-corpus; skipped')
  })
})

describe('npm run eval:layout', () => {
  it('finds a fetched snapshot as a bare directory or a clone, and nothing else', () => {
    const mirror = mkdtempSync(join(tmpdir(), 'stack-fit-mirror-'))
    try {
      for (const dir of ['a+bare/repo', 'b+clone/repo/.git', 'c+empty/repo']) {
        mkdirSync(join(mirror, dir), { recursive: true })
        if (!dir.startsWith('c+')) {
          writeFileSync(join(mirror, dir, 'HEAD'), 'ref: refs/heads/main\n')
          mkdirSync(join(mirror, dir, 'objects'))
        }
      }
      expect(snapshotOf(mirror, 'a/bare')).toBe(join(mirror, 'a+bare/repo'))
      expect(snapshotOf(mirror, 'b/clone')).toBe(join(mirror, 'b+clone/repo/.git'))
      expect(snapshotOf(mirror, 'c/empty')).toBeUndefined()
      expect(snapshotOf(mirror, 'd/absent')).toBeUndefined()
    } finally {
      rmSync(mirror, { recursive: true, force: true })
    }
  })

  it('lists what to fetch newest set first, so a session out of fetches has the held-out set', () => {
    const order = fetchOrder(labels).map((l) => l.half)
    expect(order[0]).toBe(HALVES.at(-1))
    expect(order.at(-1)).toBe('tune')
    expect(order.indexOf('blind17')).toBeLessThan(order.indexOf('blind16'))
  })
})

describe('test/real-world/second-reading.json (an independent second reading of blind15)', () => {
  const second = loadSecondReading()

  it('reads every blind15 repository at the same commit and main component path', () => {
    const blind15 = labels.filter((l) => l.half === 'blind15')
    const key = (l: { repo: string; commit: string; main: { path: string } }) =>
      `${l.repo} ${l.commit} ${l.main.path}`
    expect(second.map(key).sort()).toEqual(blind15.map(key).sort())
  })

  it('measures agreement by each reading accepting the best answer of the other', () => {
    const main = (stack: 'node' | 'python', workloads: string[], verdicts: string[]) =>
      ({ stack, workloads, verdicts, path: '', reason: 'x' }) as Label['main']
    const first = [
      { repo: 'a/one', main: main('node', ['io-api', 'realtime'], ['fits']) },
      { repo: 'a/two', main: main('python', ['data-ml'], ['fits']) },
      { repo: 'a/three', main: main('python', ['none'], ['inconclusive', 'fits']) },
    ]
    const next = [
      { repo: 'a/one', main: main('node', ['realtime'], ['fits']) },
      { repo: 'a/two', main: main('node', ['data-ml'], ['mismatch']) },
      { repo: 'a/three', main: main('python', ['cpu-intensive', 'none'], ['fits']) },
    ]
    expect(agreement(first, next)).toEqual({
      repositories: 3,
      secondAcceptedByFirst: 1,
      firstAcceptedBySecond: 0,
      someCommonAnswer: 2,
      disagreements: ['a/two'],
    })
  })
})
