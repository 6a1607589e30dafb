import { describe, expect, it } from 'vitest'
import {
  checkTargets,
  median,
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
    const checks = checkTargets([size(10_000, 1000, 800), size(200_000, 20_000, 15_000, 150)], {
      cli: tool(120),
      action: tool(200),
    })
    expect(checks.map((c) => c.ok)).toEqual([true, true, true, true, true, true])
    expect(checks.map((c) => c.target)).toContain('growth: 200k time ≤ 22 × 10k time')
  })

  it('fails a slow ratio, super-linear growth, memory and a slow start', () => {
    const checks = checkTargets([size(10_000, 1000, 500), size(200_000, 30_000, 15_000, 250)], {
      cli: tool(100),
      action: tool(400),
    })
    const failed = checks.filter((c) => !c.ok).map((c) => c.target)
    expect(failed).toEqual([
      '10k: time ≤ 1.5 × ripgrep',
      '200k: time ≤ 1.5 × ripgrep',
      'growth: 200k time ≤ 22 × 10k time',
      'peak memory at 200k files < 200 MB',
      'cold start of the Action < 300 ms',
    ])
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
      cold: { cli: tool(150), action: tool(250) },
      history: ['| 2026-11-22 | old1234 | 1 s (1.00 ×) | – | – | – | – | 200 ms |'],
    })
    expect(markdown).toContain('| CPU | Test CPU |')
    expect(markdown).toContain('node dist/cli/index.js REPO\nrg REPO')
    expect(markdown).toContain('| 10k | 10,000 | 0 MB | 2000 ms |')
    expect(markdown).toContain('| 10k: time ≤ 1.5 × ripgrep | 2.00 × | FAIL |')
    expect(markdown).toContain('| cold start of the Action < 300 ms | 250 ms | PASS |')
    expect(previousHistory(markdown)).toEqual([
      '| 2026-11-22 | old1234 | 1 s (1.00 ×) | – | – | – | – | 200 ms |',
      '| 2026-11-23 | abc1234 | 2000 ms (2.00 ×) | – | – | – | – | 250 ms |',
    ])
  })
})
