import { describe, expect, it } from 'vitest'
import {
  benchEnvironment,
  checkTargets,
  median,
  onNode,
  reportDifference,
  parseOptions,
  parseTimeOutput,
  previousHistory,
  renderResults,
  ripgrepCommand,
  summarise,
  toRipgrepRegex,
  type SizeResult,
  type ToolSummary,
} from '../../bench/run.js'

function tool(medianMs: number, peakRssMb = 50): ToolSummary {
  return { medianMs, filesPerSecond: 0, peakRssMb, samples: [] }
}

function size(files: number, stackFitMs: number, ripgrepMs: number, rssMb = 50): SizeResult {
  return {
    label: `${files / 1000}k`,
    files,
    bytes: 0,
    stackFit: tool(stackFitMs, rssMb),
    ripgrep: tool(ripgrepMs),
    ratio: stackFitMs / ripgrepMs,
  }
}

describe('median and summarise', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('reports files per second from the median and the highest peak memory', () => {
    const samples = [300, 100, 200].map((wallMs, i) => ({
      wallMs,
      elapsedS: wallMs / 1000,
      peakRssKb: [10_240, 30_720, 20_480][i]!,
      exitCode: 0,
    }))
    const summary = summarise(samples, 1000)
    expect(summary.medianMs).toBe(200)
    expect(summary.filesPerSecond).toBe(5000)
    expect(summary.peakRssMb).toBe(30)
  })
})

describe('parseTimeOutput', () => {
  it("reads /usr/bin/time's elapsed seconds and peak RSS, after a signal note", () => {
    expect(parseTimeOutput('1.23 45678\n')).toEqual({ elapsedS: 1.23, peakRssKb: 45678 })
    expect(parseTimeOutput('Command exited with non-zero status 1\n0.50 1024\n')).toEqual({
      elapsedS: 0.5,
      peakRssKb: 1024,
    })
    expect(() => parseTimeOutput('garbage')).toThrow(/unexpected/)
  })
})

describe('toRipgrepRegex', () => {
  it('drops the escapes ripgrep refuses and keeps the ones it needs', () => {
    expect(toRipgrepRegex(String.raw`\.on\(['\"\`]connection['\"\`]`)).toBe(
      String.raw`\.on\(['"` + '`' + String.raw`]connection['"` + '`]',
    )
    expect(toRipgrepRegex(String.raw`a\/b\\"c`)).toBe(String.raw`a/b\\"c`)
  })
})

describe('ripgrepCommand', () => {
  it('skips what discovery skips and caps the file size at 1 MiB', () => {
    const command = ripgrepCommand('/repo', '/tmp/patterns.txt')
    const joined = command.join(' ')
    expect(command[0]).toBe('rg')
    expect(joined).toContain('--max-filesize 1M')
    expect(joined).toContain('--glob !node_modules/')
    expect(joined).toContain('--glob !.venv/')
    expect(joined).toContain('--glob !__pycache__/')
    expect(joined).toContain('--iglob !*.min.js')
    expect(joined).not.toContain('--no-ignore')
    expect(command.slice(-3)).toEqual(['-f', '/tmp/patterns.txt', '/repo'])
  })
})

describe('checkTargets', () => {
  it('passes a run inside every target', () => {
    const checks = checkTargets(
      [
        { ...size(10_000, 1100, 800), stackFit24: tool(1100), identical: true },
        {
          ...size(200_000, 20_000, 15_000, 150),
          stackFit24: tool(20_000, 150),
          action24: tool(21_000, 190),
        },
      ],
      {
        cli: tool(120),
        action: tool(140),
        node: tool(100),
        cli24: tool(130),
        action24: tool(149),
        node24: tool(100),
      },
    )
    expect(checks.filter((c) => !c.ok)).toEqual([])
    expect(checks.map((c) => c.target)).toContain('growth: 200k time ≤ 22 × 10k time')
    expect(checks.map((c) => c.target)).toContain(
      'peak memory at 200k files, Action, Node 24 < 200 MB',
    )
  })

  it('takes node -e 0 off before the ratio to ripgrep', () => {
    // (1100 - 100) / 800 = 1.25: inside; without the subtraction it would be 1.375.
    const [check] = checkTargets([size(10_000, 1100, 800)], { cli: tool(120), node: tool(100) })
    expect(check).toEqual({
      target: '10k, Node 20: time above node -e 0 ≤ 1.5 × ripgrep',
      measured: '1.25 ×',
      ok: true,
    })
  })

  it('fails a slow ratio, super-linear growth, memory, a slow start and a different report', () => {
    const checks = checkTargets(
      [
        { ...size(10_000, 1000, 500), identical: false, difference: 'line 3' },
        { ...size(200_000, 30_000, 15_000, 250), action24: tool(30_000, 260) },
      ],
      { cli: tool(100), action: tool(400), node: tool(50) },
    )
    const failed = checks.filter((c) => !c.ok).map((c) => c.target)
    expect(failed).toEqual([
      '10k, Node 20: time above node -e 0 ≤ 1.5 × ripgrep',
      '10k: reports identical apart from durationMs',
      '200k, Node 20: time above node -e 0 ≤ 1.5 × ripgrep',
      'growth: 200k time ≤ 22 × 10k time',
      'peak memory at 200k files, CLI, Node 20 < 200 MB',
      'peak memory at 200k files, Action, Node 24 < 200 MB',
      'start-up of the Action, Node 20 ≤ 50 ms above node -e 0',
    ])
  })
})

describe('reportDifference', () => {
  it('ignores durationMs and names the first other difference', () => {
    const a = '{\n  "durationMs": 12,\n  "files": 3\n}'
    expect(reportDifference(a, a.replace('12', '950'))).toBeUndefined()
    expect(reportDifference(a, a.replace('3', '4'))).toBe(
      'line 3: "  \\"files\\": 3" vs "  \\"files\\": 4"',
    )
  })
})

describe('onNode', () => {
  it('swaps the node on PATH for another binary and leaves other commands alone', () => {
    expect(onNode(['node', 'dist/cli/index.js', 'x'], '/opt/node24')).toEqual([
      '/opt/node24',
      'dist/cli/index.js',
      'x',
    ])
    expect(onNode(['npx', 'tsx', 'a.ts'], '/opt/node24')).toEqual(['npx', 'tsx', 'a.ts'])
  })
})

describe('previousHistory', () => {
  it('keeps the dated rows of the history table only', () => {
    const markdown = [
      '## Results',
      '| 10k | 1 |',
      '## History',
      '| date | commit |',
      '| --- | --- |',
      '| 2026-11-20 | abc123 | 1 s |',
      '| 2026-11-21 | def456 | 2 s |',
    ].join('\n')
    expect(previousHistory(markdown)).toEqual([
      '| 2026-11-20 | abc123 | 1 s |',
      '| 2026-11-21 | def456 | 2 s |',
    ])
    expect(previousHistory('no history here')).toEqual([])
  })
})

describe('parseOptions', () => {
  it('defaults to the three sizes and five runs on the bundle', () => {
    const options = parseOptions([])
    expect(options.sizes).toEqual([10_000, 50_000, 200_000])
    expect(options.runs).toBe(5)
    expect(options.cli).toEqual(['node', 'dist/cli/index.js'])
    expect(options.standIn).toBe(false)
    expect(options.repos).toEqual([])
    expect(options.wantNode24).toBe(true)
  })

  it('takes several real checkouts and no generated tree', () => {
    const options = parseOptions(['--sizes', '', '--repo', '/a,/b', '--repo', '/c'])
    expect(options.sizes).toEqual([])
    expect(options.repos).toEqual(['/a', '/b', '/c'])
  })

  it('marks a replaced command as a stand-in and rejects bad sizes', () => {
    expect(parseOptions(['--cli', 'node other.js']).standIn).toBe(true)
    expect(() => parseOptions(['--sizes', '10k'])).toThrow(/--sizes/)
  })
})

describe('renderResults', () => {
  it('records the machine, the commands, the table, the targets and one more history row', () => {
    const markdown = renderResults({
      date: '2026-11-23T10:00:00Z',
      commit: 'abc1234',
      bundles: 'dist/cli/index.js sha256 0123456789ab',
      machine: {
        cpu: 'Test CPU',
        cores: 2,
        memoryGb: 24,
        node: 'v20.0.0',
        ripgrep: 'ripgrep 13.0.0',
        loadAverage: 0.5,
      },
      options: parseOptions(['--sizes', '10000']),
      commands: {
        stackFit: 'node dist/cli/index.js REPO',
        ripgrep: 'rg REPO',
        patterns: '3 patterns',
      },
      results: [size(10_000, 2000, 1000)],
      cold: { cli: tool(150), action: tool(250), node: tool(100) },
      history: ['| 2026-11-22 | old1234 | 1 s (1.00 ×) | – | – | – | – | 200 ms |'],
    })
    expect(markdown).toContain('| CPU | Test CPU |')
    expect(markdown).toContain('node dist/cli/index.js REPO\nrg REPO')
    expect(markdown).toContain('| 10k | 10,000 | 2000 ms | – |')
    expect(markdown).toContain(
      '| 10k, Node 20: time above node -e 0 ≤ 1.5 × ripgrep | 1.90 × | FAIL |',
    )
    expect(markdown).toContain(
      '| start-up of the Action, Node 20 ≤ 50 ms above node -e 0 | 150 ms above | FAIL |',
    )
    expect(previousHistory(markdown)).toEqual([
      '| 2026-11-22 | old1234 | 1 s (1.00 ×) | – | – | – | – | 200 ms |',
      '| 2026-11-23 | abc1234 | 2000 ms (2.00 ×) | – | – | – | – | 250 ms |',
    ])
  })
})

describe('benchEnvironment', () => {
  it('keeps PATH and HOME only, so Node starts the same for node -e 0, the CLI and the Action', () => {
    expect(
      benchEnvironment({
        PATH: '/usr/bin',
        HOME: '/root',
        NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt',
        NODE_OPTIONS: '--max-old-space-size=100',
      }),
    ).toEqual({ PATH: '/usr/bin', HOME: '/root' })
  })
})
