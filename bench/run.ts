// The benchmark of issue 4: Stack Fit's CLI bundle against ripgrep on synthetic monorepos.
//
//   npm run build && npm run bench                  10k, 50k and 200k files, 5 runs each
//   npm run bench -- --sizes 10000,50000 --runs 3   fewer sizes or runs
//   npm run bench -- --repo ../some-checkout        time one real checkout instead
//   npm run bench -- --write                        also rewrite bench/RESULTS.md
//   npm run bench -- --cli 'npx tsx src/cli-entry.ts'   a stand-in command (never written)
//
// Trees are generated once under bench/.work/<files>-<seed>/ and reused. Each size runs one
// untimed warm-up of both tools, then alternates them (A B A B …) under /usr/bin/time.
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
  ratioToRipgrep: 1.5,
  growth200kTo10k: 22,
  peakRssMb200k: 200,
  coldStartMs: 300,
} as const

export interface BenchOptions {
  sizes: number[]
  runs: number
  seed: number
  repo?: string
  write: boolean
  cli: string[]
  action: string[]
  standIn: boolean
  workDir: string
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
  stackFit: ToolSummary
  ripgrep: ToolSummary
  ratio: number
}

export interface ColdStart {
  action?: ToolSummary
  cli: ToolSummary
  /** `node -e 0`: what starting Node alone costs on this machine. */
  node?: ToolSummary
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
      repo: { type: 'string' },
      write: { type: 'boolean', default: false },
      cli: { type: 'string' },
      action: { type: 'string' },
      'work-dir': { type: 'string' },
    },
  })
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()))
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
    ...(values.repo ? { repo: nodePath.resolve(values.repo) } : {}),
    write: values.write,
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

/** Writes the pattern file: the import patterns and every code pattern ripgrep can compile. */
async function writePatternFile(
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
    env: options.env ?? process.env,
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

async function benchTree(
  label: string,
  repo: string,
  files: number,
  bytes: number,
  options: BenchOptions,
  patternFile: string,
  scratch: string,
): Promise<SizeResult> {
  const reportFile = nodePath.join(scratch, 'report.json')
  const stackFitCommand = [...options.cli, repo, '--format', 'json', '--output', reportFile]
  const ripgrepCommandLine = ripgrepCommand(repo, patternFile)
  const runStackFit = (): Sample =>
    measure(stackFitCommand, scratch, { okExitCodes: [0, 1], label: 'Stack Fit' })
  const runRipgrep = (): Sample =>
    measure(ripgrepCommandLine, scratch, { okExitCodes: [0, 1], label: 'ripgrep' })

  process.stdout.write(`${label}: warm-up…`)
  runStackFit()
  runRipgrep()
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as { components?: unknown[] }
  process.stdout.write(` (${report.components?.length ?? 0} components reported)\n`)
  const stackFitSamples: Sample[] = []
  const ripgrepSamples: Sample[] = []
  for (let run = 1; run <= options.runs; run++) {
    stackFitSamples.push(runStackFit())
    ripgrepSamples.push(runRipgrep())
    const a = stackFitSamples.at(-1)!
    const b = ripgrepSamples.at(-1)!
    console.log(
      `  run ${run}/${options.runs}: Stack Fit ${ms(a.wallMs)} ${mb(a.peakRssKb / 1024)}, ` +
        `rg ${ms(b.wallMs)} ${mb(b.peakRssKb / 1024)}`,
    )
  }
  const stackFit = summarise(stackFitSamples, files)
  const ripgrep = summarise(ripgrepSamples, files)
  return { label, files, bytes, stackFit, ripgrep, ratio: stackFit.medianMs / ripgrep.medianMs }
}

async function benchColdStart(options: BenchOptions, scratch: string): Promise<ColdStart> {
  const workspace = await mkdtemp(nodePath.join(scratch, 'empty-'))
  const runnerTemp = await mkdtemp(nodePath.join(scratch, 'runner-'))
  const summaryFile = nodePath.join(runnerTemp, 'summary.md')
  const outputFile = nodePath.join(runnerTemp, 'output.txt')
  const actionEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
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
  const runs = Math.max(10, options.runs)
  const reportFile = nodePath.join(scratch, 'empty-report.json')
  const cliCommand = [...options.cli, workspace, '--format', 'json', '--output', reportFile]
  const actionCommand = [...options.action]
  const actionPresent = existsSync(nodePath.resolve(REPO_ROOT, actionCommand.at(-1) ?? ''))
  const cliSamples: Sample[] = []
  const actionSamples: Sample[] = []
  const nodeSamples: Sample[] = []
  for (let run = 0; run <= runs; run++) {
    const node = measure(['node', '-e', '0'], scratch, { okExitCodes: [0], label: 'node -e 0' })
    if (run > 0) nodeSamples.push(node)
    const cli = measure(cliCommand, scratch, { okExitCodes: [0], label: 'CLI cold start' })
    if (run > 0) cliSamples.push(cli)
    if (actionPresent) {
      await writeFile(outputFile, '')
      const action = measure(actionCommand, scratch, {
        env: actionEnv,
        okExitCodes: [0],
        label: 'Action cold start',
      })
      if (!readFileSync(outputFile, 'utf8').includes('verdict')) {
        throw new Error(
          `the Action wrote no verdict output to GITHUB_OUTPUT on an empty repository`,
        )
      }
      if (run > 0) actionSamples.push(action)
    }
  }
  if (!actionPresent)
    console.log(`cold start: ${actionCommand.join(' ')} not found, Action skipped`)
  return {
    cli: summarise(cliSamples, 0),
    node: summarise(nodeSamples, 0),
    ...(actionPresent ? { action: summarise(actionSamples, 0) } : {}),
  }
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

export function checkTargets(results: SizeResult[], cold?: ColdStart): TargetCheck[] {
  const checks: TargetCheck[] = []
  for (const r of results) {
    checks.push({
      target: `${r.label}: time ≤ ${TARGETS.ratioToRipgrep} × ripgrep`,
      measured: `${r.ratio.toFixed(2)} ×`,
      ok: r.ratio <= TARGETS.ratioToRipgrep,
    })
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
    checks.push({
      target: `peak memory at 200k files < ${TARGETS.peakRssMb200k} MB`,
      measured: mb(large.stackFit.peakRssMb),
      ok: large.stackFit.peakRssMb < TARGETS.peakRssMb200k,
    })
  }
  if (cold?.action) {
    checks.push({
      target: `cold start of the Action < ${TARGETS.coldStartMs} ms`,
      measured: ms(cold.action.medianMs),
      ok: cold.action.medianMs < TARGETS.coldStartMs,
    })
  }
  if (cold) {
    checks.push({
      target: `cold start of the CLI < ${TARGETS.coldStartMs} ms`,
      measured: ms(cold.cli.medianMs),
      ok: cold.cli.medianMs < TARGETS.coldStartMs,
    })
  }
  return checks
}

export function resultsTable(results: SizeResult[]): string {
  const header =
    '| tree | files | size | Stack Fit median | files/s | peak RSS | rg median | files/s | peak RSS | Stack Fit / rg |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  const rows = results.map(
    (r) =>
      `| ${r.label} | ${r.files.toLocaleString('en-US')} | ${mb(r.bytes / 1024 / 1024)} | ` +
      `${ms(r.stackFit.medianMs)} | ${rate(r.stackFit.filesPerSecond)} | ${mb(r.stackFit.peakRssMb)} | ` +
      `${ms(r.ripgrep.medianMs)} | ${rate(r.ripgrep.filesPerSecond)} | ${mb(r.ripgrep.peakRssMb)} | ` +
      `${r.ratio.toFixed(2)} × |`,
  )
  return [header, ...rows].join('\n')
}

export function targetsTable(checks: TargetCheck[]): string {
  return [
    '| target | measured | result |',
    '| --- | ---: | --- |',
    ...checks.map((c) => `| ${c.target} | ${c.measured} | ${pass(c.ok)} |`),
  ].join('\n')
}

function coldStartTable(cold: ColdStart, options: Pick<BenchOptions, 'cli' | 'action'>): string {
  const rows = [
    ...(cold.action
      ? [[`\`${options.action.join(' ')}\` (Action) on an empty repository`, cold.action]]
      : []),
    [`\`${options.cli.join(' ')}\` on an empty directory`, cold.cli],
    ...(cold.node ? [['`node -e 0` (Node alone, for reference)', cold.node]] : []),
  ] as [string, ToolSummary][]
  return [
    '| command | median | peak RSS | runs |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(
      ([name, s]) => `| ${name} | ${ms(s.medianMs)} | ${mb(s.peakRssMb)} | ${s.samples.length} |`,
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
Median of ${options.runs} runs per tree after one untimed warm-up; Stack Fit and ripgrep alternate
(A B A B …). Wall time is measured around each process; peak RSS is \`/usr/bin/time -f '%e %M'\`'s
maximum resident set size, the highest over the runs. Files per second count every file in the tree,
including those both tools skip.

## Machine

| | |
| --- | --- |
| CPU | ${machine.cpu} |
| cores | ${machine.cores} |
| memory | ${machine.memoryGb.toFixed(1)} GB |
| Node | ${machine.node} |
| ripgrep | ${machine.ripgrep} |
| load average at start (1 min) | ${machine.loadAverage.toFixed(2)} |

## Commands

${options.repo ? `Tree: the checkout at \`${options.repo}\`.` : `Trees: \`bench/generate.ts\`, seed ${options.seed}, sizes ${options.sizes.join(', ')} files (about 13% of the files in \`node_modules\` trees and 7% in virtualenvs, plus minified bundles and files over 1 MiB).`}

\`\`\`sh
${input.commands.stackFit}
${input.commands.ripgrep}
\`\`\`

The pattern file holds ${input.commands.patterns}.

## Results

${resultsTable(results)}
${cold ? `\n### Cold start\n\n${coldStartTable(cold, options)}\n` : ''}
## Targets (issue 4)

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
    if (options.repo) {
      const files = await countFiles(options.repo)
      const label = nodePath.basename(options.repo)
      results.push(await benchTree(label, options.repo, files, 0, timed, patterns.path, scratch))
    } else {
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
          ),
        )
      }
    }
    const cold = await benchColdStart(timed, scratch)
    if (!options.standIn && bundleFingerprint(options) !== bundleFingerprint(timed)) {
      console.log(
        'note: dist/ was rebuilt during the run; the figures are for the copy taken at start',
      )
    }

    console.log(`\n${resultsTable(results)}\n`)
    console.log(`${coldStartTable(cold, options)}\n`)
    const checks = checkTargets(results, cold)
    console.log(`${targetsTable(checks)}\n`)

    if (options.write) {
      const previous = existsSync(RESULTS_PATH) ? await readFile(RESULTS_PATH, 'utf8') : ''
      const repoPlaceholder = options.repo ?? 'bench/.work/<files>-<seed>/repo'
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
