// The benchmark of issues 4 and 13: Stack Fit's CLI bundle against ripgrep on synthetic monorepos
// and real checkouts, on Node 20 (the node on PATH) and Node 24 (GitHub's runtime for the Action).
//
//   npm run build && npm run bench                  10k, 50k and 200k files, 5 runs each
//   npm run bench -- --sizes 10000,50000 --runs 3   fewer sizes or runs
//   npm run bench -- --repo ../a,../b               real checkouts too (--sizes '' for only them)
//   npm run bench -- --reference /tmp/old/dist      also check the reports equal an older build's
//   npm run bench -- --write                        also rewrite bench/RESULTS.md
//   npm run bench -- --cli 'npx tsx src/cli-entry.ts'   a stand-in command (never written)
//
// Trees are generated once under bench/.work/<files>-<seed>/ and reused. Each tree runs one
// untimed warm-up of every command, then alternates them (A B C A B C …) under /usr/bin/time.
// Node 24 is the registry's `node` package (npx -y node@24), so no system install is needed.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as nodePath from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import {
  DEFAULT_EXCLUDED_DIRECTORIES,
  GENERATED_FILE_NAMES,
} from '../src/scan/default-exclusions.js'
import { ensureGeneratedRepo } from './generate.js'

const REPO_ROOT = nodePath.resolve(nodePath.dirname(fileURLToPath(import.meta.url)), '..')
const RESULTS_PATH = nodePath.join(REPO_ROOT, 'bench', 'RESULTS.md')
const DEFAULT_CLI = ['node', 'dist/cli/index.js']
const DEFAULT_ACTION = ['node', 'dist/index.js']

export const TARGETS = {
  /** Stack Fit's time above `node -e 0`, over ripgrep's time. */
  ratioToRipgrep: 1.5,
  growth200kTo10k: 22,
  /** On Node 24, for the CLI and for the Action. */
  peakRssMb200k: 200,
  /** Start-up on an empty repository above `node -e 0` of the same Node. */
  startupAboveNodeMs: 50,
} as const

export interface BenchOptions {
  sizes: number[]
  runs: number
  seed: number
  repos: string[]
  write: boolean
  cli: string[]
  action: string[]
  standIn: boolean
  workDir: string
  /** A dist/ folder of another build: its CLI's reports must equal this build's. */
  reference?: string
  /** Node 24's binary; undefined when it could not be had (or --no-node24). */
  node24?: string
  wantNode24: boolean
}

export interface Sample {
  wallMs: number
  /** /usr/bin/time's %e, seconds with two decimals. */
  elapsedS: number
  peakRssKb: number
  exitCode: number
}

export interface ToolSummary {
  medianMs: number
  filesPerSecond: number
  /** The highest peak RSS over the runs. */
  peakRssMb: number
  samples: Sample[]
}

export interface SizeResult {
  label: string
  files: number
  bytes: number
  /** The repository's commit, for a real checkout. */
  commit?: string
  stackFit: ToolSummary
  /** The same CLI on Node 24. */
  stackFit24?: ToolSummary
  /** The Action on Node 24 (measured at 200k files, for its memory). */
  action24?: ToolSummary
  /** The reference build's CLI on Node 20 (--reference), timed in the same alternation. */
  reference?: ToolSummary
  ripgrep: ToolSummary
  /** Stack Fit's median over ripgrep's (no start-up subtracted), as in the history. */
  ratio: number
  /** Whether every report equalled the first apart from durationMs (Node 24's, the reference's). */
  identical?: boolean
  /** What differed, when not identical. */
  difference?: string
}

export interface ColdStart {
  action?: ToolSummary
  cli: ToolSummary
  /** `node -e 0`: what starting Node alone costs on this machine. */
  node?: ToolSummary
  action24?: ToolSummary
  cli24?: ToolSummary
  node24?: ToolSummary
  /** The reference build's CLI and Action on Node 20. */
  referenceCli?: ToolSummary
  referenceAction?: ToolSummary
}

// ---------------------------------------------------------------------------------------------
// Pure helpers

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Reads `%e %M` as written by /usr/bin/time -o: the last line (a signal note may precede it). */
export function parseTimeOutput(text: string): { elapsedS: number; peakRssKb: number } {
  const last = text.trim().split('\n').at(-1) ?? ''
  const match = /^(\d+(?:\.\d+)?) (\d+)$/.exec(last.trim())
  if (!match) throw new Error(`unexpected /usr/bin/time output: ${JSON.stringify(text)}`)
  return { elapsedS: Number(match[1]), peakRssKb: Number(match[2]) }
}

export function summarise(samples: Sample[], files: number): ToolSummary {
  const medianMs = median(samples.map((s) => s.wallMs))
  return {
    medianMs,
    filesPerSecond: files / (medianMs / 1000),
    peakRssMb: Math.max(...samples.map((s) => s.peakRssKb)) / 1024,
    samples,
  }
}

/** ripgrep's globs for the directories and file names discovery skips by default. */
export function ripgrepExclusionArgs(): string[] {
  const args: string[] = []
  // Directory names match case-sensitively, file name endings case-insensitively, as in discovery.
  for (const rule of DEFAULT_EXCLUDED_DIRECTORIES) {
    for (const name of rule.names ?? [])
      args.push('--glob', rule.rootOnly ? `!/${name}/` : `!${name}/`)
    for (const suffix of rule.suffixes ?? []) args.push('--glob', `!*${suffix}/`)
  }
  for (const rule of GENERATED_FILE_NAMES) args.push('--iglob', `!*${rule.suffix}`)
  return args
}

/** Import statements as the scanner reads them, in ripgrep's regex syntax. */
export const IMPORT_PATTERNS = [
  `\\b(?:from|import)\\s*\\(?\\s*['"\`][^'"\`\\n]+['"\`]`,
  `\\brequire\\s*\\(\\s*['"\`][^'"\`\\n]+['"\`]`,
  `^\\s*(?:from|import)\\s`,
]

/** A JavaScript regex in ripgrep's syntax, which refuses escaped quotes, backticks and slashes. */
export function toRipgrepRegex(source: string): string {
  return source.replace(/\\\\|\\(["'`/])/g, (match, quote: string | undefined) => quote ?? match)
}

/** The file types the scanner reads: JS/TS, Python, notebooks and the manifests. */
export const RIPGREP_TYPE_ARGS = [
  '--type-add',
  'nb:*.ipynb',
  '--type-add',
  'manifest:{package.json,pyproject.toml,requirements*.txt,setup.py,setup.cfg,Pipfile,environment.yml}',
  '-t',
  'js',
  '-t',
  'ts',
  '-t',
  'py',
  '-t',
  'nb',
  '-t',
  'manifest',
]

export function ripgrepCommand(repo: string, patternFile: string): string[] {
  return [
    'rg',
    '--no-config',
    '--count-matches',
    '--hidden',
    '--no-require-git',
    '--max-filesize',
    '1M',
    ...RIPGREP_TYPE_ARGS,
    ...ripgrepExclusionArgs(),
    '-f',
    patternFile,
    repo,
  ]
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10000,50000,200000' },
      runs: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      repo: { type: 'string', multiple: true },
      write: { type: 'boolean', default: false },
      cli: { type: 'string' },
      action: { type: 'string' },
      'work-dir': { type: 'string' },
      reference: { type: 'string' },
      'no-node24': { type: 'boolean', default: false },
    },
  })
  const sizes =
    values.sizes.trim() === '' ? [] : values.sizes.split(',').map((s) => Number(s.trim()))
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
    throw new Error(`--sizes takes whole numbers of at least 100, got "${values.sizes}"`)
  }
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be at least 1`)
  const seed = Number(values.seed)
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number`)
  const split = (command: string): string[] => command.split(/\s+/).filter(Boolean)
  return {
    sizes,
    runs,
    seed,
    repos: (values.repo ?? [])
      .flatMap((r) => r.split(','))
      .filter(Boolean)
      .map((r) => nodePath.resolve(r)),
    write: values.write,
    ...(values.reference ? { reference: nodePath.resolve(values.reference) } : {}),
    wantNode24: !values['no-node24'],
    cli: values.cli ? split(values.cli) : DEFAULT_CLI,
    action: values.action ? split(values.action) : DEFAULT_ACTION,
    standIn: values.cli !== undefined || values.action !== undefined,
    workDir: nodePath.resolve(values['work-dir'] ?? nodePath.join(REPO_ROOT, 'bench', '.work')),
  }
}

// ---------------------------------------------------------------------------------------------
// Set-up

function commandPath(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
  return found.status === 0 ? found.stdout.trim() : undefined
}

function aptInstall(packageName: string): void {
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${packageName} is missing; install it (apt-get install ${packageName}) and rerun`,
    )
  }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', packageName]]) {
    console.log(`set-up: apt-get ${args.join(' ')}`)
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'] })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`)
  }
}

function ensureTools(): { ripgrepVersion: string } {
  if (!existsSync('/usr/bin/time')) {
    console.log('set-up: /usr/bin/time is missing, installing the time package')
    aptInstall('time')
  }
  if (!commandPath('rg')) {
    console.log('set-up: rg is missing, installing the ripgrep package')
    aptInstall('ripgrep')
  }
  const version = spawnSync('rg', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? ''
  console.log(`set-up: ${version} at ${commandPath('rg')}; /usr/bin/time present`)
  return { ripgrepVersion: version.trim() }
}

/** Node 24 from the registry's `node` package; undefined (with a note) when npx cannot get it. */
function resolveNode24(): string | undefined {
  const found = spawnSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
    encoding: 'utf8',
    timeout: 300_000,
  })
  const path = found.stdout?.trim().split('\n').at(-1)
  if (found.status !== 0 || !path || !existsSync(path)) {
    console.log('set-up: Node 24 could not be had through npx -y node@24; Node 20 only')
    return undefined
  }
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim()
  console.log(`set-up: Node ${version} at ${path}`)
  return path
}

/** A command run with Node 24 instead of the `node` on PATH. */
export function onNode(command: readonly string[], node: string): string[] {
  return command[0] === 'node' ? [node, ...command.slice(1)] : [...command]
}

/** A JSON report with its durationMs zeroed: what must be byte-identical between runs. */
export function comparableReport(text: string): string {
  return text.replace(/"durationMs": \d+/g, '"durationMs": 0')
}

/** The first line where two reports differ, or undefined when they are the same. */
export function reportDifference(a: string, b: string): string | undefined {
  const x = comparableReport(a).split('\n')
  const y = comparableReport(b).split('\n')
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: ${JSON.stringify(x[i])} vs ${JSON.stringify(y[i])}`
  }
  return undefined
}

/** Writes the pattern file: the import patterns and every code pattern ripgrep can compile. */
export async function writePatternFile(
  dir: string,
): Promise<{ path: string; count: number; dropped: string[] }> {
  const knowledge = JSON.parse(
    await readFile(nodePath.join(REPO_ROOT, 'knowledge', 'patterns.json'), 'utf8'),
  ) as { id: string; regex: string }[]
  const empty = await mkdtemp(nodePath.join(dir, 'compile-'))
  const accepted = [...IMPORT_PATTERNS]
  const dropped: string[] = []
  for (const pattern of knowledge) {
    const regex = toRipgrepRegex(pattern.regex)
    const probe = spawnSync('rg', ['--no-config', '-e', regex, empty], { encoding: 'utf8' })
    if (probe.status === 2) dropped.push(pattern.id)
    else accepted.push(regex)
  }
  const path = nodePath.join(dir, 'patterns.txt')
  await writeFile(path, `${accepted.join('\n')}\n`)
  return { path, count: accepted.length, dropped }
}

// ---------------------------------------------------------------------------------------------
// Measurement

function measure(
  command: string[],
  scratch: string,
  options: { env?: NodeJS.ProcessEnv; okExitCodes: number[]; label: string },
): Sample {
  const timeFile = nodePath.join(scratch, 'time.txt')
  const stdoutFile = nodePath.join(scratch, 'stdout.txt')
  const out = openSync(stdoutFile, 'w')
  const started = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, ...command], {
    cwd: REPO_ROOT,
    env: options.env ?? benchEnvironment(),
    stdio: ['ignore', out, 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  closeSync(out)
  const exitCode = result.status ?? -1
  if (!options.okExitCodes.includes(exitCode)) {
    const stderr = result.stderr?.toString().trim().slice(-2000) ?? ''
    throw new Error(`${options.label} exited with ${exitCode}: ${command.join(' ')}\n${stderr}`)
  }
  const { elapsedS, peakRssKb } = parseTimeOutput(readFileSync(timeFile, 'utf8'))
  return { wallMs, elapsedS, peakRssKb, exitCode }
}

async function countFiles(root: string): Promise<number> {
  let count = 0
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== '.git') await walk(nodePath.join(dir, entry.name))
      } else count++
    }
  }
  await walk(root)
  return count
}

/**
 * The environment every timed process starts from: PATH and HOME only. Variables that change how
 * Node itself starts (NODE_OPTIONS; NODE_EXTRA_CA_CERTS, which makes Node 20 read a CA bundle at
 * start-up, about 75 ms on this machine) would time the machine's Node set-up rather than Stack
 * Fit, and would differ between `node -e 0`, the CLI and the Action (which never had them).
 */
export function benchEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { PATH: env.PATH, HOME: env.HOME }
}

/** The Action's environment for a workspace: no pull request, no comment, a JSON report file. */
function actionEnvironment(workspace: string, runnerTemp: string): NodeJS.ProcessEnv {
  return {
    ...benchEnvironment(),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_STEP_SUMMARY: nodePath.join(runnerTemp, 'summary.md'),
    GITHUB_OUTPUT: nodePath.join(runnerTemp, 'output.txt'),
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'bench/empty',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    INPUT_PATH: '.',
    INPUT_COMMENT: 'never',
    'INPUT_AUDIT-ISSUE': 'false',
    'INPUT_FAIL-ON': 'never',
    INPUT_ANNOTATIONS: 'false',
    INPUT_SUMMARY: 'true',
  }
}

interface Contender {
  name: string
  command: string[]
  env?: NodeJS.ProcessEnv
  /** Runs before each run (the Action wants empty output files). */
  prepare?: () => Promise<void>
  samples: Sample[]
}

async function benchTree(
  label: string,
  repo: string,
  files: number,
  bytes: number,
  options: BenchOptions,
  patternFile: string,
  scratch: string,
  withAction: boolean,
): Promise<SizeResult> {
  const report = (name: string) => nodePath.join(scratch, `report-${name}.json`)
  const stackFitArgs = (name: string) => [repo, '--format', 'json', '--output', report(name)]
  const contenders: Contender[] = [
    { name: 'Stack Fit', command: [...options.cli, ...stackFitArgs('node20')], samples: [] },
    { name: 'rg', command: ripgrepCommand(repo, patternFile), samples: [] },
  ]
  if (options.node24) {
    contenders.push({
      name: 'Stack Fit (Node 24)',
      command: [...onNode(options.cli, options.node24), ...stackFitArgs('node24')],
      samples: [],
    })
    if (withAction && !options.standIn) {
      const runnerTemp = await mkdtemp(nodePath.join(scratch, 'runner-'))
      const env: NodeJS.ProcessEnv = {
        ...actionEnvironment(repo, runnerTemp),
        'INPUT_JSON-FILE': nodePath.join(runnerTemp, 'report.json'),
      }
      contenders.push({
        name: 'Action (Node 24)',
        command: onNode(options.action, options.node24),
        env,
        prepare: async () => {
          await writeFile(env.GITHUB_OUTPUT!, '')
          await writeFile(env.GITHUB_STEP_SUMMARY!, '')
        },
        samples: [],
      })
    }
  }
  if (options.reference) {
    contenders.push({
      name: 'Reference (Node 20)',
      command: [
        'node',
        nodePath.join(options.reference, 'cli', 'index.js'),
        ...stackFitArgs('reference'),
      ],
      samples: [],
    })
  }
  const run = async (c: Contender): Promise<Sample> => {
    await c.prepare?.()
    return measure(c.command, scratch, {
      okExitCodes: [0, 1],
      label: c.name,
      ...(c.env ? { env: c.env } : {}),
    })
  }

  process.stdout.write(`${label}: warm-up…`)
  for (const c of contenders) await run(c)
  const firstReport = await readFile(report('node20'), 'utf8')
  const parsed = JSON.parse(firstReport) as { components?: unknown[] }
  process.stdout.write(` (${parsed.components?.length ?? 0} components reported)\n`)
  // The same tree must give the same report on Node 24 and from the reference build.
  const differences: string[] = []
  if (options.node24) {
    const d = reportDifference(firstReport, await readFile(report('node24'), 'utf8'))
    if (d) differences.push(`Node 24: ${d}`)
  }
  if (options.reference) {
    const d = reportDifference(firstReport, await readFile(report('reference'), 'utf8'))
    if (d) differences.push(`reference build: ${d}`)
  }
  for (let i = 1; i <= options.runs; i++) {
    const line: string[] = []
    for (const c of contenders) {
      const sample = await run(c)
      c.samples.push(sample)
      line.push(`${c.name} ${ms(sample.wallMs)} ${mb(sample.peakRssKb / 1024)}`)
    }
    console.log(`  run ${i}/${options.runs}: ${line.join(', ')}`)
  }
  const summary = (name: string) => {
    const c = contenders.find((x) => x.name === name)
    return c ? summarise(c.samples, files) : undefined
  }
  const stackFit = summary('Stack Fit')!
  const ripgrep = summary('rg')!
  const stackFit24 = summary('Stack Fit (Node 24)')
  const action24 = summary('Action (Node 24)')
  const reference = summary('Reference (Node 20)')
  return {
    ...(reference ? { reference } : {}),
    label,
    files,
    bytes,
    stackFit,
    ripgrep,
    ...(stackFit24 ? { stackFit24 } : {}),
    ...(action24 ? { action24 } : {}),
    ratio: stackFit.medianMs / ripgrep.medianMs,
    identical: differences.length === 0,
    ...(differences.length ? { difference: differences.join('; ') } : {}),
  }
}

async function benchColdStart(options: BenchOptions, scratch: string): Promise<ColdStart> {
  const workspace = await mkdtemp(nodePath.join(scratch, 'empty-'))
  const runnerTemp = await mkdtemp(nodePath.join(scratch, 'runner-'))
  const actionEnv = actionEnvironment(workspace, runnerTemp)
  const outputFile = actionEnv.GITHUB_OUTPUT!
  const runs = Math.max(10, options.runs)
  const reportFile = nodePath.join(scratch, 'empty-report.json')
  const cliCommand = [...options.cli, workspace, '--format', 'json', '--output', reportFile]
  const actionPresent = existsSync(nodePath.resolve(REPO_ROOT, options.action.at(-1) ?? ''))
  const nodes: { key: '' | '24'; node: string }[] = [{ key: '', node: 'node' }]
  if (options.node24) nodes.push({ key: '24', node: options.node24 })
  const samples = new Map<string, Sample[]>()
  const keep = (name: string, sample: Sample, run: number) => {
    if (run > 0) samples.set(name, [...(samples.get(name) ?? []), sample])
  }
  // Node alone, the CLI and the Action in turn, on each Node: the ratios come from one run.
  for (let run = 0; run <= runs; run++) {
    for (const { key, node } of nodes) {
      keep(
        `node${key}`,
        measure([node, '-e', '0'], scratch, { okExitCodes: [0], label: 'node -e 0' }),
        run,
      )
      keep(
        `cli${key}`,
        measure(onNode(cliCommand, node), scratch, { okExitCodes: [0], label: 'CLI cold start' }),
        run,
      )
      if (!actionPresent) continue
      await writeFile(outputFile, '')
      await writeFile(actionEnv.GITHUB_STEP_SUMMARY!, '')
      const action = measure(onNode(options.action, node), scratch, {
        env: actionEnv,
        okExitCodes: [0],
        label: 'Action cold start',
      })
      if (!readFileSync(outputFile, 'utf8').includes('verdict')) {
        throw new Error(
          `the Action wrote no verdict output to GITHUB_OUTPUT on an empty repository`,
        )
      }
      keep(`action${key}`, action, run)
    }
    if (options.reference) {
      const refCli = [
        'node',
        nodePath.join(options.reference, 'cli', 'index.js'),
        ...cliCommand.slice(2),
      ]
      keep(
        'referenceCli',
        measure(refCli, scratch, { okExitCodes: [0], label: 'reference CLI' }),
        run,
      )
      await writeFile(outputFile, '')
      await writeFile(actionEnv.GITHUB_STEP_SUMMARY!, '')
      const refAction = ['node', nodePath.join(options.reference, 'index.js')]
      keep(
        'referenceAction',
        measure(refAction, scratch, {
          env: actionEnv,
          okExitCodes: [0],
          label: 'reference Action',
        }),
        run,
      )
    }
  }
  if (!actionPresent)
    console.log(`cold start: ${options.action.join(' ')} not found, Action skipped`)
  const summary = (name: string) => {
    const s = samples.get(name)
    return s ? summarise(s, 0) : undefined
  }
  const cold: ColdStart = { cli: summary('cli')! }
  for (const name of [
    'node',
    'action',
    'node24',
    'cli24',
    'action24',
    'referenceCli',
    'referenceAction',
  ] as const) {
    const s = summary(name)
    if (s) cold[name] = s
  }
  return cold
}

// ---------------------------------------------------------------------------------------------
// Reporting

const ms = (value: number): string =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`
const mb = (value: number): string => `${value.toFixed(0)} MB`
const rate = (value: number): string => `${Math.round(value).toLocaleString('en-US')}/s`
const pass = (ok: boolean): string => (ok ? 'PASS' : 'FAIL')

export interface TargetCheck {
  target: string
  measured: string
  ok: boolean
}

/** Stack Fit's median above `node -e 0`'s, over ripgrep's median. */
export function ratioAboveNode(
  stackFit: ToolSummary,
  ripgrep: ToolSummary,
  node?: ToolSummary,
): number {
  return (stackFit.medianMs - (node?.medianMs ?? 0)) / ripgrep.medianMs
}

export function checkTargets(results: SizeResult[], cold?: ColdStart): TargetCheck[] {
  const checks: TargetCheck[] = []
  for (const r of results) {
    const runs: [string, ToolSummary | undefined, ToolSummary | undefined][] = [
      ['Node 20', r.stackFit, cold?.node],
      ['Node 24', r.stackFit24, cold?.node24],
    ]
    for (const [node, stackFit, start] of runs) {
      if (!stackFit) continue
      const ratio = ratioAboveNode(stackFit, r.ripgrep, start)
      checks.push({
        target: `${r.label}, ${node}: time above node -e 0 ≤ ${TARGETS.ratioToRipgrep} × ripgrep`,
        measured: `${ratio.toFixed(2)} ×`,
        ok: ratio <= TARGETS.ratioToRipgrep,
      })
    }
    if (r.identical !== undefined) {
      checks.push({
        target: `${r.label}: reports identical apart from durationMs`,
        measured: r.identical ? 'identical' : (r.difference ?? 'different'),
        ok: r.identical,
      })
    }
  }
  const small = results.find((r) => r.files === 10_000)
  const large = results.find((r) => r.files === 200_000)
  if (small && large) {
    const growth = large.stackFit.medianMs / small.stackFit.medianMs
    checks.push({
      target: `growth: 200k time ≤ ${TARGETS.growth200kTo10k} × 10k time`,
      measured: `${growth.toFixed(1)} ×`,
      ok: growth <= TARGETS.growth200kTo10k,
    })
  }
  if (large) {
    const memory: [string, ToolSummary | undefined][] = [
      ['CLI, Node 20', large.stackFit],
      ['CLI, Node 24', large.stackFit24],
      ['Action, Node 24', large.action24],
    ]
    for (const [what, summary] of memory) {
      if (!summary) continue
      checks.push({
        target: `peak memory at 200k files, ${what} < ${TARGETS.peakRssMb200k} MB`,
        measured: mb(summary.peakRssMb),
        ok: summary.peakRssMb < TARGETS.peakRssMb200k,
      })
    }
  }
  if (cold) {
    const starts: [string, ToolSummary | undefined, ToolSummary | undefined][] = [
      ['Action, Node 20', cold.action, cold.node],
      ['CLI, Node 20', cold.cli, cold.node],
      ['Action, Node 24', cold.action24, cold.node24],
      ['CLI, Node 24', cold.cli24, cold.node24],
    ]
    for (const [what, summary, node] of starts) {
      if (!summary || !node) continue
      const above = summary.medianMs - node.medianMs
      checks.push({
        target: `start-up of the ${what} ≤ ${TARGETS.startupAboveNodeMs} ms above node -e 0`,
        measured: `${ms(above)} above`,
        ok: above <= TARGETS.startupAboveNodeMs,
      })
    }
  }
  return checks
}

export function resultsTable(results: SizeResult[], cold?: ColdStart): string {
  const header =
    '| tree | files | Stack Fit, Node 20 | Node 24 | peak RSS 20 / 24 | rg median | rg files/s | above node -e 0 / rg, Node 20 | Node 24 | reference build, Node 20 (before) | reports |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |'
  const rows = results.map((r) => {
    const s24 = r.stackFit24
    const name = r.commit ? `${r.label} @ ${r.commit}` : r.label
    return (
      `| ${name} | ${r.files.toLocaleString('en-US')} | ${ms(r.stackFit.medianMs)} | ` +
      `${s24 ? ms(s24.medianMs) : '–'} | ${mb(r.stackFit.peakRssMb)} / ${s24 ? mb(s24.peakRssMb) : '–'} | ` +
      `${ms(r.ripgrep.medianMs)} | ${rate(r.ripgrep.filesPerSecond)} | ` +
      `${ratioAboveNode(r.stackFit, r.ripgrep, cold?.node).toFixed(2)} × | ` +
      `${s24 ? `${ratioAboveNode(s24, r.ripgrep, cold?.node24).toFixed(2)} ×` : '–'} | ` +
      `${r.reference ? `${ms(r.reference.medianMs)}, ${mb(r.reference.peakRssMb)}, ${ratioAboveNode(r.reference, r.ripgrep, cold?.node).toFixed(2)} ×` : '–'} | ` +
      `${r.identical === undefined ? '–' : r.identical ? 'identical' : 'DIFFERENT'} |`
    )
  })
  const action = results.filter((r) => r.action24)
  const actionRows = action.map(
    (r) =>
      `| ${r.label} | Action on Node 24 | ${ms(r.action24!.medianMs)} | ${mb(r.action24!.peakRssMb)} |`,
  )
  return [
    header,
    ...rows,
    ...(actionRows.length
      ? ['', '| tree | command | median | peak RSS |', '| --- | --- | ---: | ---: |', ...actionRows]
      : []),
  ].join('\n')
}

export function targetsTable(checks: TargetCheck[]): string {
  return [
    '| target | measured | result |',
    '| --- | ---: | --- |',
    ...checks.map((c) => `| ${c.target} | ${c.measured} | ${pass(c.ok)} |`),
  ].join('\n')
}

function coldStartTable(cold: ColdStart, options: Pick<BenchOptions, 'cli' | 'action'>): string {
  const rows: [string, ToolSummary | undefined, ToolSummary | undefined][] = [
    [`\`${options.action.join(' ')}\` (Action) on an empty repository`, cold.action, cold.action24],
    [`\`${options.cli.join(' ')}\` on an empty directory`, cold.cli, cold.cli24],
    ['`node -e 0` (Node alone, for reference)', cold.node, cold.node24],
    [
      "the reference build's Action (before), on an empty repository",
      cold.referenceAction,
      undefined,
    ],
    ["the reference build's CLI (before), on an empty directory", cold.referenceCli, undefined],
  ]
  const above = (s: ToolSummary | undefined, node: ToolSummary | undefined) =>
    s && node && s !== node ? `${ms(s.medianMs - node.medianMs)}` : '–'
  return [
    '| command | Node 20 median | above node -e 0 | peak RSS | Node 24 median | above node -e 0 | peak RSS | runs |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows
      .filter(([, a]) => a)
      .map(
        ([name, a, b]) =>
          `| ${name} | ${ms(a!.medianMs)} | ${above(a, cold.node)} | ${mb(a!.peakRssMb)} | ` +
          `${b ? ms(b.medianMs) : '–'} | ${above(b, cold.node24)} | ${b ? mb(b.peakRssMb) : '–'} | ${a!.samples.length} |`,
      ),
  ].join('\n')
}

interface Machine {
  cpu: string
  cores: number
  memoryGb: number
  node: string
  ripgrep: string
  /** 1-minute load average when the run started: other work on the machine skews the times. */
  loadAverage: number
}

function describeMachine(ripgrepVersion: string, loadAverage: number): Machine {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : ''
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown'
  return {
    cpu: model.trim(),
    cores: os.availableParallelism(),
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    ripgrep: ripgrepVersion,
    loadAverage,
  }
}

function gitDescribe(): string {
  const sha = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'knowledge'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })
  const head = sha.stdout.trim() || 'unknown'
  return dirty.stdout.trim() ? `${head} (with uncommitted changes in src/ or knowledge/)` : head
}

/** Copies the bundles' folders into the scratch directory and returns options that run the copies. */
async function snapshotBundles(options: BenchOptions, scratch: string): Promise<BenchOptions> {
  const copy = async (command: string[], name: string): Promise<string[]> => {
    const entry = nodePath.resolve(REPO_ROOT, command.at(-1) ?? '')
    if (!existsSync(entry)) return command
    const target = nodePath.join(scratch, name)
    await cp(nodePath.dirname(entry), target, { recursive: true })
    return [...command.slice(0, -1), nodePath.join(target, nodePath.basename(entry))]
  }
  return {
    ...options,
    cli: await copy(options.cli, 'cli-bundle'),
    action: await copy(options.action, 'action-bundle'),
  }
}

/** Short hashes of the bundles the run timed, to tell a rebuild during the run. */
function bundleFingerprint(options: Pick<BenchOptions, 'cli' | 'action'>): string {
  const hashOf = (command: string[]): string => {
    const file = nodePath.resolve(REPO_ROOT, command.at(-1) ?? '')
    if (!existsSync(file)) return 'missing'
    return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12)
  }
  return `CLI bundle sha256 ${hashOf(options.cli)}, Action bundle sha256 ${hashOf(options.action)}`
}

export function historyRow(
  date: string,
  commit: string,
  results: SizeResult[],
  cold?: ColdStart,
): string {
  const cell = (files: number): string => {
    const r = results.find((x) => x.files === files)
    return r ? `${ms(r.stackFit.medianMs)} (${r.ratio.toFixed(2)} ×)` : '–'
  }
  const small = results.find((r) => r.files === 10_000)
  const large = results.find((r) => r.files === 200_000)
  const growth =
    small && large ? `${(large.stackFit.medianMs / small.stackFit.medianMs).toFixed(1)} ×` : '–'
  const memory = large ? mb(large.stackFit.peakRssMb) : '–'
  const start = cold?.action ?? cold?.cli
  return `| ${date} | ${commit} | ${cell(10_000)} | ${cell(50_000)} | ${cell(200_000)} | ${growth} | ${memory} | ${start ? ms(start.medianMs) : '–'} |`
}

const HISTORY_HEADING = '## History'
const HISTORY_HEADER =
  '| date | commit | 10k (× rg) | 50k (× rg) | 200k (× rg) | growth | RSS at 200k | cold start |\n' +
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'

/** The rows of the previous history table, so each --write adds one. */
export function previousHistory(markdown: string): string[] {
  const at = markdown.indexOf(HISTORY_HEADING)
  if (at === -1) return []
  return markdown
    .slice(at)
    .split('\n')
    .filter((line) => /^\| \d{4}-\d\d-\d\d/.test(line))
}

export function renderResults(input: {
  date: string
  commit: string
  bundles: string
  machine: Machine
  options: BenchOptions
  commands: { stackFit: string; ripgrep: string; patterns: string }
  results: SizeResult[]
  cold?: ColdStart
  history: string[]
  node24Version?: string
}): string {
  const { machine, options, results, cold } = input
  const checks = checkTargets(results, cold)
  const history = [
    ...input.history,
    historyRow(input.date.slice(0, 10), input.commit, results, cold),
  ]
  return `# Benchmark results

Written by \`npm run bench -- --write\` (bench/run.ts) on ${input.date}, commit ${input.commit};
bundles timed (a copy of dist/ taken when the run started): ${input.bundles}.
Median of ${options.runs} runs per tree after one untimed warm-up; Stack Fit on Node 20, ripgrep,
Stack Fit on Node 24 (the Action on Node 24 too at 200k files)${options.reference ? ", and the reference build's CLI" : ''} alternate
(A B C … A B C …).${options.reference ? ` Reference build: \`${options.reference}\`.` : ''} Wall time is measured around each process; peak RSS is \`/usr/bin/time -f '%e %M'\`'s
maximum resident set size, the highest over the runs. Files per second count every file in the tree,
including those both tools skip. Every process starts with PATH and HOME alone (benchEnvironment), so
no Node variable of this machine's (NODE_EXTRA_CA_CERTS, NODE_OPTIONS) is timed.

## Machine

| | |
| --- | --- |
| CPU | ${machine.cpu} |
| cores | ${machine.cores} |
| memory | ${machine.memoryGb.toFixed(1)} GB |
| Node | ${machine.node}${options.node24 ? ` and ${input.node24Version ?? 'Node 24'} (npx -y node@24)` : ''} |
| ripgrep | ${machine.ripgrep} |
| load average at start (1 min) | ${machine.loadAverage.toFixed(2)} |

## Commands

${options.sizes.length ? `Trees: \`bench/generate.ts\`, seed ${options.seed}, sizes ${options.sizes.join(', ')} files (about 13% of the files in \`node_modules\` trees and 7% in virtualenvs, plus minified bundles and files over 1 MiB).` : ''}${options.repos.length ? `${options.sizes.length ? '\n' : ''}Real checkouts (outside the project, never committed), named by their commit in the table: ${options.repos.map((r) => `\`${nodePath.basename(r)}\``).join(', ')}.` : ''}

\`\`\`sh
${input.commands.stackFit}
${input.commands.ripgrep}
\`\`\`

The pattern file holds ${input.commands.patterns}.

## Results

"above node -e 0 / rg" is Stack Fit's median minus the median of \`node -e 0\` on the same Node (from
the cold-start runs below, same benchmark run), over ripgrep's median. "reports" says whether the
reports of Node 20, Node 24${options.reference ? ' and the reference build' : ''} were byte-identical apart from \`durationMs\`.

${resultsTable(results, cold)}
${cold ? `\n### Cold start\n\n${coldStartTable(cold, options)}\n` : ''}
## Targets (issue 13)

${targetsTable(checks)}

${HISTORY_HEADING}

${HISTORY_HEADER}
${history.join('\n')}
`
}

// ---------------------------------------------------------------------------------------------

const shellQuote = (arg: string): string =>
  /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`

export async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv)
  if (options.write && options.standIn) {
    throw new Error('--write refuses results measured with a stand-in --cli or --action command')
  }
  const loadAverage = os.loadavg()[0] ?? 0
  console.log(
    `load average: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  )
  const { ripgrepVersion } = ensureTools()
  if (options.wantNode24) {
    const node24 = resolveNode24()
    if (node24) options.node24 = node24
  }
  const cliEntry = options.cli.at(-1) ?? ''
  if (!options.standIn && !existsSync(nodePath.join(REPO_ROOT, cliEntry))) {
    throw new Error(
      `${cliEntry} is missing: run npm run build first (or pass --cli for a stand-in)`,
    )
  }
  if (options.standIn)
    console.log(`stand-in commands: ${options.cli.join(' ')} / ${options.action.join(' ')}`)

  await mkdir(options.workDir, { recursive: true })
  const scratch = await mkdtemp(nodePath.join(os.tmpdir(), 'stack-fit-bench-'))
  try {
    // Time a copy of dist/ taken now, so a rebuild during the run cannot mix two builds.
    const timed = options.standIn ? options : await snapshotBundles(options, scratch)
    const bundles = bundleFingerprint(timed)
    console.log(`bundles: ${bundles}`)
    const patterns = await writePatternFile(scratch)
    console.log(
      `ripgrep patterns: ${patterns.count} (3 import patterns and the code patterns)` +
        (patterns.dropped.length ? `; not compilable by rg: ${patterns.dropped.join(', ')}` : ''),
    )
    const results: SizeResult[] = []
    for (const size of options.sizes) {
      const started = Date.now()
      const tree = await ensureGeneratedRepo(options.workDir, size, options.seed)
      console.log(
        `${size} files: ${tree.reused ? 'reusing' : `generated in ${ms(Date.now() - started)}`} ` +
          `${tree.root} (${mb(tree.stats.bytes / 1024 / 1024)})`,
      )
      const label = `${size / 1000}k`
      results.push(
        await benchTree(
          label,
          tree.root,
          tree.stats.files,
          tree.stats.bytes,
          timed,
          patterns.path,
          scratch,
          size === 200_000,
        ),
      )
    }
    for (const repo of options.repos) {
      const files = await countFiles(repo)
      const label = nodePath.basename(repo)
      const result = await benchTree(label, repo, files, 0, timed, patterns.path, scratch, false)
      const commit = spawnSync('git', ['-C', repo, 'rev-parse', '--short=12', 'HEAD'], {
        encoding: 'utf8',
      }).stdout.trim()
      results.push({ ...result, ...(commit ? { commit } : {}) })
    }
    const cold = await benchColdStart(timed, scratch)
    if (!options.standIn && bundleFingerprint(options) !== bundleFingerprint(timed)) {
      console.log(
        'note: dist/ was rebuilt during the run; the figures are for the copy taken at start',
      )
    }

    console.log(`\n${resultsTable(results, cold)}\n`)
    console.log(`${coldStartTable(cold, options)}\n`)
    const checks = checkTargets(results, cold)
    console.log(`${targetsTable(checks)}\n`)

    if (options.write) {
      const previous = existsSync(RESULTS_PATH) ? await readFile(RESULTS_PATH, 'utf8') : ''
      const repoPlaceholder = 'REPO'
      const markdown = renderResults({
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        commit: gitDescribe(),
        bundles,
        machine: describeMachine(ripgrepVersion, loadAverage),
        options,
        commands: {
          stackFit: [
            ...options.cli,
            repoPlaceholder,
            '--format',
            'json',
            '--output',
            '/tmp/report.json',
          ].join(' '),
          ripgrep: ripgrepCommand(repoPlaceholder, 'patterns.txt').map(shellQuote).join(' '),
          patterns: `the three import patterns of \`bench/run.ts\` and the code patterns of \`knowledge/patterns.json\` (${patterns.count} in all${patterns.dropped.length ? `; left out as not compilable by rg: ${patterns.dropped.join(', ')}` : ''})`,
        },
        results,
        cold,
        history: previousHistory(previous),
        ...(timed.node24
          ? {
              node24Version: spawnSync(timed.node24, ['--version'], {
                encoding: 'utf8',
              }).stdout.trim(),
            }
          : {}),
      })
      await writeFile(RESULTS_PATH, markdown)
      console.log(`wrote ${nodePath.relative(process.cwd(), RESULTS_PATH)}`)
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === nodePath.resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`)
    process.exitCode = 1
  })
}
