// `npm run eval:real -- CORPUS_DIR [--half tune,holdout,fresh,blind,fresh2,blind2,blind3,blind4,blind5,blind6,blind7,blind8,blind9,blind10,blind11,blind12,blind13,blind14,blind15,blind16,blind17,blind18,blind19,blind20,blind21,blind22,blind23,blind24,blind25,blind26,blind27,blind28,blind29,blind30,blind31,blind32,blind33,blind34,blind35,blind36,blind37,blind38,blind39,blind40,blind41,blind42,blind43,blind44,blind45,blind46,blind47,blind48,blind49,blind50,blind51,blind52,blind53,open54,blind54,blind55] [--only owner/name] [--json FILE] [--baseline FILE] [--cli BUNDLE]`:
// runs the CLI bundle on every labeled public repository found as CORPUS_DIR/owner__name and scores
// the reports against test/real-world/labels.json. A measurement, never a gate: CI has no corpus.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { loadKnowledge } from '../../src/knowledge/load.js'
import { type Report, STACKS, VERDICTS, WORKLOADS } from '../../src/model.js'
import { discoverFiles } from '../../src/scan/discovery.js'
import { FsFileSource } from '../../src/scan/fs-source.js'
import { manifestKindOf, parseManifest } from '../../src/scan/manifests/index.js'
import { decodeText } from '../../src/scan/text.js'

const HERE = fileURLToPath(new URL('.', import.meta.url))
const PROJECT = join(HERE, '..', '..')
let CLI = join(PROJECT, 'dist', 'cli', 'index.js')
const NONE = 'none'
/**
 * tune: weights and rules are changed looking at these; holdout: split from tune before any tuning;
 * fresh and blind: labeled later by someone who never ran Stack Fit on them (see README.md).
 */
export const HALVES = [
  'tune',
  'holdout',
  'fresh',
  'blind',
  'fresh2',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind11',
  'blind12',
  'blind13',
  'blind14',
  'blind15',
  'blind16',
  'blind17',
  'blind18',
  'blind19',
  'blind20',
  'blind21',
  'blind22',
  'blind23',
  'blind24',
  'blind25',
  'blind26',
  'blind27',
  'blind28',
  'blind29',
  'blind30',
  'blind31',
  'blind32',
  'blind33',
  'blind34',
  'blind35',
  'blind36',
  'blind37',
  'blind38',
  'blind39',
  'blind40',
  'blind41',
  'blind42',
  'blind43',
  'blind44',
  'blind45',
  'blind46',
  'blind47',
  'blind48',
  'blind49',
  'blind50',
  'blind51',
  'blind52',
  'blind53',
  'open54',
  'blind54',
  'blind55',
] as const

const componentLabel = z.strictObject({
  path: z.string(),
  stack: z.enum(STACKS).optional(),
  workloads: z
    .array(z.enum([...WORKLOADS, NONE]))
    .min(1)
    .optional(),
  verdicts: z.array(z.enum(VERDICTS)).min(1).optional(),
  reason: z.string().min(3),
})
const label = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  half: z.enum(HALVES),
  category: z.enum([
    'node-service',
    'python-service',
    'library',
    'monorepo',
    'examples',
    'docs',
    'tooling-only',
    'notebooks',
    'other-stack',
    'mixed-folder',
  ]),
  main: componentLabel.required({ stack: true, workloads: true, verdicts: true }),
  components: z.array(componentLabel).optional(),
})
export const labelsSchema = z.array(label)
/** A second, independent reading of labeled repositories: the same shape, main component only. */
export const secondReadingSchema = z.array(label.omit({ half: true, components: true }))
export type Label = z.infer<typeof label>
type ComponentLabel = z.infer<typeof componentLabel>

export function loadLabels(file = join(HERE, 'labels.json')): Label[] {
  return labelsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

export function corpusDirName(repo: string): string {
  return repo.replace('/', '__')
}

export interface ComponentScore {
  path: string
  found: boolean
  stack: boolean
  workload: boolean
  verdict: boolean
  got: { stack?: string; workload: string; verdict?: string }
  falseMismatch: boolean
}

/** Scores one labeled component against a report (see README.md for the rules). */
export function scoreComponent(
  report: Pick<Report, 'components' | 'overall'>,
  want: ComponentLabel,
): ComponentScore {
  const c = report.components.find((x) => x.path === want.path)
  if (!c) {
    // Nothing to judge at all is right for a label that expects exactly that.
    const nothing =
      want.stack === 'unknown' &&
      (want.verdicts ?? []).includes('inconclusive') &&
      report.overall === 'inconclusive'
    return {
      path: want.path,
      found: false,
      stack: nothing,
      workload: nothing,
      verdict: nothing,
      got: { workload: NONE },
      falseMismatch: false,
    }
  }
  const workload = c.primary[0] ?? NONE
  const verdict = c.verdict.verdict
  return {
    path: want.path,
    found: true,
    stack: !want.stack || want.stack === c.stack.stack,
    // Stack Fit names workloads only for the stacks the guidance covers: for another stack the
    // label's workload is context, and the stack and the (inconclusive) verdict are what is scored.
    workload:
      !want.workloads || want.stack === 'other' || (want.workloads as string[]).includes(workload),
    verdict: !want.verdicts || want.verdicts.includes(verdict),
    got: { stack: c.stack.stack, workload, verdict },
    falseMismatch: verdict === 'mismatch' && !!want.verdicts && !want.verdicts.includes('mismatch'),
  }
}

/**
 * A repository whose overall verdict is a mismatch that none of its labeled components allows: the
 * pull-request comment would raise an alarm the labels call false, even when the mismatch comes
 * from a component nobody labeled (ffmpeg.wasm's util package).
 */
export function overallFalseAlarm(report: Pick<Report, 'overall'>, label: Label): boolean {
  if (report.overall !== 'mismatch') return false
  return ![label.main, ...(label.components ?? [])].some((c) => c.verdicts?.includes('mismatch'))
}

function strict(s: ComponentScore): boolean {
  return s.stack && s.workload && s.verdict
}

export interface RepoResult {
  label: Label
  ms: number
  error?: string
  main?: ComponentScore
  pinned: ComponentScore[]
  coverage?: { runtime: number; known: number }
  /** The overall verdict is a mismatch no labeled component allows (overallFalseAlarm). */
  overallFalseAlarm?: boolean
}

const right = (s: ComponentScore | undefined): boolean => s !== undefined && strict(s)
const gotText = (s: ComponentScore | undefined): string =>
  s ? (s.found ? `${s.got.stack} ${s.got.workload} ${s.got.verdict}` : 'no component') : 'not run'

/**
 * What moved between an earlier run (the file `--json` wrote) and this one, over the repositories
 * both scored: the counts, then each main or pinned component that turned right (+) or wrong (-).
 * A machine that holds only part of the corpus compares the part it holds.
 */
export function changesSince(
  before: readonly RepoResult[],
  after: readonly RepoResult[],
): string[] {
  const earlier = new Map(before.filter((r) => r.main).map((r) => [r.label.repo, r]))
  const both = after.filter((r) => r.main && earlier.has(r.label.repo))
  const count = (pick: (r: RepoResult) => number, runs: readonly RepoResult[]) =>
    runs.reduce((n, r) => n + pick(r), 0)
  const then = both.map((r) => earlier.get(r.label.repo)!)
  const mainRight = (r: RepoResult) => (right(r.main) ? 1 : 0)
  const pinnedRight = (r: RepoResult) => r.pinned.filter(strict).length
  const falseMismatches = (r: RepoResult) =>
    [r.main, ...r.pinned].filter((s) => s?.falseMismatch).length
  const lines = [
    `${both.length} repositories scored in both runs: main ${count(mainRight, then)} -> ${count(mainRight, both)}, ` +
      `pinned ${count(pinnedRight, then)} -> ${count(pinnedRight, both)} of ${count((r) => r.pinned.length, both)}, ` +
      `false mismatches ${count(falseMismatches, then)} -> ${count(falseMismatches, both)}`,
  ]
  for (const r of both) {
    const was = earlier.get(r.label.repo)!
    const pairs: [ComponentScore | undefined, ComponentScore | undefined, string][] = [
      [was.main, r.main, r.label.main.path],
      ...r.pinned.map(
        (s, i) =>
          [was.pinned[i], s, s.path] as [ComponentScore | undefined, ComponentScore, string],
      ),
    ]
    for (const [a, b, path] of pairs) {
      if (right(a) === right(b)) continue
      lines.push(
        `  ${right(b) ? '+' : '-'} [${r.label.half}] ${r.label.repo}:${path || '.'} ${gotText(b)} (was ${gotText(a)})`,
      )
    }
  }
  return lines
}

function runCli(dir: string, output: string): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, dir, '--format', 'json', '--output', output],
      { maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000 },
      (error, _stdout, stderr) => {
        if (error && !existsSync(output)) reject(new Error(stderr.trim() || error.message))
        else resolve(performance.now() - started)
      },
    )
  })
}

/** Runtime dependencies of every manifest in the repository, and how many the catalogue knows. */
async function catalogueCoverage(dir: string): Promise<{ runtime: number; known: number }> {
  const knowledge = loadKnowledge()
  const source = new FsFileSource(dir)
  const { files } = await discoverFiles(source, { maxFiles: 500_000 })
  const names = new Set<string>()
  let known = 0
  for (const path of files) {
    const kind = manifestKindOf(path)
    if (!kind || kind === 'Dockerfile' || kind === 'Procfile' || kind === 'pnpm-workspace.yaml')
      continue
    const decoded = decodeText(await source.read(path, 1024 * 1024).catch(() => new Uint8Array()))
    if (!decoded.ok) continue
    const manifest = (await parseManifest(path, kind, decoded.text)).manifest
    for (const d of manifest?.dependencies ?? []) {
      if (d.scope !== 'runtime') continue
      const key = `${d.ecosystem}:${d.name.toLowerCase()}`
      if (names.has(key)) continue
      names.add(key)
      const entry =
        d.ecosystem === 'npm' ? knowledge.npmPackage(d.name) : knowledge.pypiPackage(d.name)
      if (entry) known++
    }
  }
  return { runtime: names.size, known }
}

async function evaluate(labelled: Label, corpus: string, scratch: string): Promise<RepoResult> {
  const dir = join(corpus, corpusDirName(labelled.repo))
  const output = join(scratch, `${corpusDirName(labelled.repo)}.json`)
  try {
    const ms = await runCli(dir, output)
    const report = JSON.parse(await readFile(output, 'utf8')) as Report
    return {
      label: labelled,
      ms,
      main: scoreComponent(report, labelled.main),
      pinned: (labelled.components ?? []).map((c) => scoreComponent(report, c)),
      coverage: await catalogueCoverage(dir),
      overallFalseAlarm: overallFalseAlarm(report, labelled),
    }
  } catch (err) {
    return { label: labelled, ms: 0, error: (err as Error).message, pinned: [] }
  }
}

function pct(n: number, d: number): string {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`
}

/** Rows are the label (the acceptable value the tool gave, else the label's first), columns what the tool gave. */
function confusion(rows: { want: string; got: string }[], classes: readonly string[]): string {
  const width = Math.max(...classes.map((c) => c.length), 8)
  const head = ['label \\ got'.padEnd(width), ...classes.map((c) => c.slice(0, 8).padStart(8))]
  const lines = [head.join(' ')]
  for (const want of classes) {
    const counts = classes.map((got) => rows.filter((r) => r.want === want && r.got === got).length)
    if (counts.every((n) => n === 0)) continue
    lines.push([want.padEnd(width), ...counts.map((n) => String(n || '.').padStart(8))].join(' '))
  }
  return lines.join('\n')
}

function report(results: RepoResult[], halves: readonly string[]): string {
  const out: string[] = []
  const scored = results.filter((r) => r.main)
  for (const half of halves) {
    const inHalf = scored.filter((r) => half === 'all' || r.label.half === half)
    const right = inHalf.filter((r) => strict(r.main!)).length
    const pinned = inHalf.flatMap((r) => r.pinned)
    out.push(
      `${half.padEnd(8)} strict ${pct(right, inHalf.length)} (${right}/${inHalf.length})` +
        `  stack ${pct(inHalf.filter((r) => r.main!.stack).length, inHalf.length)}` +
        `  workload ${pct(inHalf.filter((r) => r.main!.workload).length, inHalf.length)}` +
        `  verdict ${pct(inHalf.filter((r) => r.main!.verdict).length, inHalf.length)}` +
        `  pinned ${pct(pinned.filter(strict).length, pinned.length)} (${pinned.filter(strict).length}/${pinned.length})`,
    )
  }
  const rowsOf = (
    pick: (want: ComponentLabel) => readonly string[] | undefined,
    got: (s: ComponentScore) => string,
  ) =>
    scored.map((r) => {
      const acceptable = pick(r.label.main) ?? []
      const g = got(r.main!)
      return { want: acceptable.includes(g) ? g : (acceptable[0] ?? '?'), got: g }
    })
  out.push('', 'primary workload of the main component:')
  out.push(
    confusion(
      rowsOf(
        (w) => w.workloads,
        (s) => s.got.workload,
      ),
      [...WORKLOADS, NONE],
    ),
  )
  out.push('', 'verdict of the main component:')
  out.push(
    confusion(
      rowsOf(
        (w) => w.verdicts,
        (s) => s.got.verdict ?? '(missing)',
      ),
      [...VERDICTS, '(missing)'],
    ),
  )
  const falseMismatches = scored.flatMap((r) =>
    [r.main!, ...r.pinned]
      .filter((s) => s.falseMismatch)
      .map((s) => `${r.label.repo}:${s.path || '.'}`),
  )
  out.push(
    '',
    `false mismatches (${falseMismatches.length}):`,
    ...falseMismatches.map((f) => `  ${f}`),
  )
  const alarms = scored.filter((r) => r.overallFalseAlarm).map((r) => r.label.repo)
  out.push(
    '',
    `repositories whose overall verdict is a mismatch no label allows (${alarms.length}):`,
    ...alarms.map((repo) => `  ${repo}`),
  )
  const misses = scored.filter((r) => !strict(r.main!))
  out.push('', `misses (${misses.length}):`)
  for (const r of misses) {
    const m = r.main!
    const wrong = [
      !m.found ? 'no component there' : '',
      m.found && !m.stack ? `stack ${m.got.stack} (want ${r.label.main.stack})` : '',
      m.found && !m.workload
        ? `workload ${m.got.workload} (want ${r.label.main.workloads.join('|')})`
        : '',
      m.found && !m.verdict
        ? `verdict ${m.got.verdict} (want ${r.label.main.verdicts.join('|')})`
        : '',
    ].filter(Boolean)
    out.push(`  [${r.label.half}] ${r.label.repo}:${m.path || '.'} ${wrong.join('; ')}`)
  }
  const pinnedMisses = scored.flatMap((r) =>
    r.pinned.filter((s) => !strict(s)).map((s) => ({ r, s })),
  )
  out.push('', `pinned component misses (${pinnedMisses.length}):`)
  for (const { r, s } of pinnedMisses) {
    out.push(
      `  [${r.label.half}] ${r.label.repo}:${s.path || '.'} got ${s.found ? `${s.got.stack} ${s.got.workload} ${s.got.verdict}` : 'no component'}`,
    )
  }
  const failed = results.filter((r) => r.error)
  if (failed.length > 0) {
    out.push(
      '',
      `could not run (${failed.length}):`,
      ...failed.map((r) => `  ${r.label.repo}: ${r.error}`),
    )
  }
  const runtime = scored.reduce((n, r) => n + (r.coverage?.runtime ?? 0), 0)
  const known = scored.reduce((n, r) => n + (r.coverage?.known ?? 0), 0)
  out.push(
    '',
    `catalogue coverage: ${pct(known, runtime)} of ${runtime} distinct runtime dependencies (per repository) are catalogued`,
  )
  const times = scored.map((r) => r.ms).sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? 0
  out.push(
    '',
    `run time per repository (CLI bundle, whole process): median ${median.toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms`,
  )
  for (const r of [...scored].sort((a, b) => b.ms - a.ms)) {
    out.push(`  ${r.ms.toFixed(0).padStart(6)} ms  ${r.label.repo}`)
  }
  return out.join('\n')
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      half: { type: 'string' },
      only: { type: 'string', multiple: true },
      json: { type: 'string' },
      baseline: { type: 'string' },
      jobs: { type: 'string' },
      cli: { type: 'string' },
    },
  })
  if (values.cli) CLI = values.cli
  const corpus = positionals[0]
  if (!corpus || !existsSync(corpus)) {
    console.log(
      `eval:real: no corpus directory${corpus ? ` at ${corpus}` : ' given'}; skipped. ` +
        'Lay out the labeled repositories with test/real-world/checkout.sh (see test/real-world/README.md).',
    )
    return
  }
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`)
  const halves = values.half?.split(',')
  const labels = loadLabels().filter(
    (l) => (!halves || halves.includes(l.half)) && (!values.only || values.only.includes(l.repo)),
  )
  const present = labels.filter((l) => existsSync(join(corpus, corpusDirName(l.repo))))
  const absent = labels.length - present.length
  const scratch = await mkdtemp(join(tmpdir(), 'stack-fit-eval-'))
  const jobs = Math.max(1, Number(values.jobs ?? 2))
  const results: RepoResult[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next < present.length) {
        const labelled = present[next++]!
        results.push(await evaluate(labelled, corpus, scratch))
      }
    }),
  )
  await rm(scratch, { recursive: true, force: true })
  results.sort((a, b) => a.label.repo.localeCompare(b.label.repo))
  console.log(
    `${present.length} labeled repositories evaluated${absent ? ` (${absent} not in ${corpus})` : ''}\n`,
  )
  console.log(report(results, halves ?? [...HALVES, 'all']))
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2))
  if (values.baseline) {
    const before = JSON.parse(readFileSync(values.baseline, 'utf8')) as RepoResult[]
    console.log(
      ['', `changes since ${values.baseline}:`, ...changesSince(before, results)].join('\n'),
    )
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(2)
  })
}
