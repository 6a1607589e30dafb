import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli.js'
import { aggregateReports } from '../../src/report/aggregate.js'
import { CSV_COLUMNS, renderOrgCsv, renderOrgMarkdown } from '../../src/report/aggregate-render.js'
import { VERSION } from '../../src/version.js'

const FIXTURES = nodePath.resolve(import.meta.dirname, '../fixtures/org-reports')

async function fixtureInputs() {
  const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.json')).sort()
  const files = [...names.map((n) => nodePath.join(FIXTURES, n)), nodePath.join(FIXTURES, 'batch-2/acme__orders.json')]
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })))
}

/** RFC 4180, enough for the test: quoted cells with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  for (const line of text.split('\r\n').filter((l) => l !== '')) {
    const cells: string[] = []
    const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const raw = m[1] ?? ''
      cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw)
      if (m[2] === '') break
    }
    rows.push(cells)
  }
  return rows
}

describe('aggregate on recorded reports of an organisation', () => {
  let report: ReturnType<typeof aggregateReports>
  beforeAll(async () => {
    report = aggregateReports(await fixtureInputs(), VERSION)
  })

  it('lists what needs attention first: mismatches, then caveats, by repository and path', () => {
    expect(report.attention.map((c) => [c.repository, c.path, c.verdict])).toEqual([
      ['acme/chat', '', 'mismatch'],
      ['acme/platform', 'services/image-resizer', 'mismatch'],
      ['acme/platform', 'services/catalog-api', 'fits-with-caveats'],
    ])
    // Repositories: most to look at first, then the worst verdict, then by name.
    expect(report.repositories.map((r) => [r.repository, r.attention])).toEqual([
      ['acme/platform', 2],
      ['acme/chat', 1],
      ['acme/orders', 0],
      ['acme/scraper', 0],
    ])
  })

  it('counts by verdict, stack and workload over the product components', () => {
    expect(report.counts).toMatchObject({
      repositories: 6,
      scanned: 4,
      failed: 2,
      components: 8,
      supporting: 1,
      accepted: 0,
      verdicts: { fits: 4, 'fits-with-caveats': 1, mismatch: 2, inconclusive: 0 },
      stacks: { python: 4, node: 3 },
      workloads: { 'io-api': 3, realtime: 2, automation: 1, 'cpu-intensive': 1, 'data-ml': 1 },
    })
    const byVerdict = Object.values(report.counts.verdicts).reduce((a, b) => a + b, 0)
    expect(byVerdict).toBe(report.counts.components - report.counts.supporting)
    // The supporting Go tool is listed but in no count by verdict or stack.
    expect(report.components.find((c) => c.path === 'tools/release-notes')).toMatchObject({
      supporting: true,
      attention: false,
      stack: 'other',
      stackName: 'Go',
    })
  })

  it('lists the repositories that could not be scanned, and why', () => {
    expect(report.failures.map((f) => [f.repository, f.reason])).toEqual([
      ['acme/billing', expect.stringMatching(/^git clone failed: fatal: could not read Username/)],
      ['acme/risk', 'its report file is empty or cut short'],
    ])
  })

  it('notes the older version, the truncated file and the duplicate without failing', () => {
    const notes = report.notes.map((n) => [nodePath.relative(FIXTURES, n.file), n.kind])
    expect(notes).toEqual(
      expect.arrayContaining([
        ['acme__chat.json', 'other-version'],
        ['acme__risk.json', 'truncated'],
        ['batch-2/acme__orders.json', 'duplicate'],
      ]),
    )
    expect(notes).toHaveLength(3)
    expect(report.notes.find((n) => n.kind === 'other-version')?.message).toContain('0.0.9')
    // The older report is still read: its component counts.
    expect(report.repositories.find((r) => r.repository === 'acme/chat')?.version).toBe('0.0.9')
  })

  it('writes CSV with one row per component and per failed repository, in fixed columns', () => {
    const rows = parseCsv(renderOrgCsv(report))
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows[0]).toEqual([
      'repository',
      'path',
      'name',
      'stack',
      'primary_workloads',
      'verdict',
      'accepted',
      'supporting',
      'needs_attention',
      'stack_fit_version',
      'error',
    ])
    const body = rows.slice(1)
    expect(body).toHaveLength(10)
    for (const row of body) expect(row).toHaveLength(CSV_COLUMNS.length)
    expect(body.map((r) => r[0])).toEqual([
      'acme/billing',
      'acme/chat',
      'acme/orders',
      'acme/platform',
      'acme/platform',
      'acme/platform',
      'acme/platform',
      'acme/platform',
      'acme/risk',
      'acme/scraper',
    ])
    const resizer = body.find((r) => r[1] === 'services/image-resizer')!
    expect(resizer).toEqual([
      'acme/platform',
      'services/image-resizer',
      // A leading @ would start a formula in a spreadsheet.
      "'@juniper/image-resizer",
      'node',
      'cpu-intensive io-api',
      'mismatch',
      'false',
      'false',
      'true',
      VERSION,
      '',
    ])
    expect(body[0]![10]).toMatch(/^git clone failed/)
  })

  it('draws one chart whose bars are the counts by verdict, from zero', () => {
    const md = renderOrgMarkdown(report)
    const charts = md.match(/```mermaid[\s\S]*?```/g) ?? []
    expect(charts).toHaveLength(1)
    expect(charts[0]).toContain('x-axis ["fits", "fits with caveats", "mismatch", "inconclusive"]')
    expect(charts[0]).toContain('y-axis "Components" 0 --> 4')
    expect(charts[0]).toContain('bar [4, 1, 2, 0]')
    // Attention comes before the counts, and failures are named.
    expect(md.indexOf('### Needs attention')).toBeLessThan(md.indexOf('### Counts'))
    expect(md).toMatch(/\| acme\/billing \| git clone failed/)
  })

  it('shortens the attention table to fit a size limit and says so', () => {
    // One character short of the whole report (whose length depends on the fixtures' paths).
    const limit = renderOrgMarkdown(report).length - 1
    const md = renderOrgMarkdown(report, { maxLength: limit })
    expect(md.length).toBeLessThanOrEqual(limit)
    expect(md).toMatch(/… and 2 more; the CSV and JSON reports list them all\./)
    // The worst is kept: the first row left is a mismatch.
    expect(md).toMatch(/### Needs attention\n\n\|[^\n]*\n\|[^\n]*\n\| acme\/chat \|[^\n]*❌ mismatch/)
    // Even a limit below the counts gives whole lines and says it was cut.
    const tiny = renderOrgMarkdown(report, { maxLength: 400 })
    expect(tiny.length).toBeLessThanOrEqual(400)
    expect(tiny).toMatch(/… cut to fit; the CSV and JSON reports have everything\.\n$/)
  })

  it('reads newer reports with fields it does not know, and skips components it cannot read', () => {
    const newer = {
      tool: { name: 'stack-fit', version: '9.0.0' },
      root: 'acme/future',
      futureField: true,
      components: [
        { path: 'a', name: 'a', role: 'product', verdict: { verdict: 'mismatch', summary: 's' } },
        { path: 'b', name: 'b', verdict: { verdict: 'a-new-verdict' } },
        { name: 'no path' },
      ],
    }
    const out = aggregateReports([{ file: 'future.json', text: JSON.stringify(newer) }], VERSION)
    expect(out.attention.map((c) => c.path)).toEqual(['a'])
    expect(out.notes.map((n) => n.kind)).toEqual(['other-version', 'component', 'component'])
  })
})

describe('stack-fit aggregate', () => {
  let work: string
  beforeAll(async () => {
    work = await mkdtemp(nodePath.join(tmpdir(), 'stack-fit-aggregate-'))
  })
  afterAll(() => rm(work, { recursive: true, force: true }))

  it('merges a directory of reports into CSV, JSON and Markdown files, exit 0', async () => {
    const csv = nodePath.join(work, 'org.csv')
    const result = await runCli(['aggregate', FIXTURES, '--format', 'csv', '--output', csv])
    expect(result).toMatchObject({ exitCode: 0, stdout: '' })
    expect(result.stderr).toContain('4 repositories, 3 component(s) need attention, 2 could not be scanned')
    expect((await readFile(csv, 'utf8')).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','))

    const json = await runCli(['aggregate', FIXTURES, '-f', 'json'])
    expect(JSON.parse(json.stdout)).toMatchObject({ counts: { scanned: 4 } })
    const md = await runCli(['aggregate', FIXTURES, '--title', 'Acme audit'])
    expect(md.stdout).toMatch(/^## Acme audit\n/)
  })

  it('rejects an unknown format and no input as usage errors (exit 2)', async () => {
    expect((await runCli(['aggregate', FIXTURES, '-f', 'xml'])).exitCode).toBe(2)
    expect((await runCli(['aggregate'])).stderr).toContain('expected at least one report')
  })

  it('notes a file that does not exist and goes on', async () => {
    const result = await runCli(['aggregate', nodePath.join(FIXTURES, 'acme__orders.json'), nodePath.join(work, 'missing.json')])
    expect(result.exitCode).toBe(0)
    expect(result.stderr).toMatch(/missing\.json could not be read/)
  })
})
