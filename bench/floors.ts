// Floors of issue 13: what the fastest possible designs cost on the bench trees, beside ripgrep.
//
//   npm run build && npx tsx bench/floors.ts                  10k and 50k files, 7 rounds
//   npx tsx bench/floors.ts --sizes 10000 --runs 5
//   npx tsx bench/floors.ts --sizes 10000 --runs 1 --slow    also git grep with every pattern (slow)
//
// Each tree (bench/generate.ts, cached under bench/.work/) gets a git copy beside it
// (bench/.work/<files>-<seed>/git/, `git init && git add -A && git commit`), because on a git work
// tree Stack Fit takes its file list from the index. Every command runs once untimed, then the
// commands alternate (A B C … A B C …) and the medians of wall time are printed, each also as
// (median - median of `node -e 0`) / ripgrep's median, the ratio the target bounds.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as nodePath from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureGeneratedRepo } from './generate.js'
import {
  IMPORT_PATTERNS,
  benchEnvironment,
  median,
  ripgrepCommand,
  writePatternFile,
} from './run.js'

const REPO_ROOT = nodePath.resolve(nodePath.dirname(fileURLToPath(import.meta.url)), '..')
const SAFE_GIT = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false']

/** The paths git grep searches: those Stack Fit reads, minus the default exclusions rg also has. */
export const GIT_GREP_PATHSPECS = [
  ...'js mjs cjs jsx ts mts cts tsx vue svelte py ipynb'.split(' ').map((e) => `:(glob)**/*.${e}`),
  ...[
    'package.json',
    'pyproject.toml',
    'requirements*.txt',
    'setup.py',
    'setup.cfg',
    'Pipfile',
    'environment.yml',
  ].map((name) => `:(glob)**/${name}`),
  ...[
    'node_modules',
    '.venv',
    'venv',
    'vendor',
    'third_party',
    'docs',
    'doc',
    'dist',
    'build',
    'out',
    'target',
    'coverage',
  ].map((name) => `:(exclude,glob)**/${name}/**`),
  ...['*.min.js', '*.bundle.js', '*-bundle.js', '*.map'].map((g) => `:(exclude,glob)**/${g}`),
]

interface Command {
  name: string
  argv: string[]
  cwd?: string
  /** Seconds a run even at 10k files: only with --slow. */
  slow?: boolean
}

/** The pattern file's lines as one PCRE alternation. */
function alternation(patternFile: string): string {
  return patternFile
    .split('\n')
    .filter(Boolean)
    .map((p) => `(?:${p})`)
    .join('|')
}

/** Every catalogued npm and Python import name and every code-pattern literal, from compiled.json. */
async function prefilterLiterals(): Promise<Set<string>> {
  const compiled = JSON.parse(
    await readFile(nodePath.join(REPO_ROOT, 'src', 'knowledge', 'compiled.json'), 'utf8'),
  ) as {
    signals: {
      npm: { name: string }[]
      pypi: { name: string; imports?: string[] }[]
      neutral?: { npm: string[]; pypi: string[] }
    }
    patterns: { literals?: string[] }[]
  }
  const words = new Set<string>()
  for (const p of compiled.patterns) for (const l of p.literals ?? []) words.add(l)
  for (const e of compiled.signals.npm) words.add(e.name)
  // A PyPI package is imported by its own names, else by its name as a module.
  const moduleOf = (name: string) => name.toLowerCase().replace(/-/g, '_')
  for (const e of compiled.signals.pypi)
    for (const i of e.imports ?? [moduleOf(e.name)]) words.add(i)
  for (const name of compiled.signals.neutral?.npm ?? []) words.add(name)
  for (const name of compiled.signals.neutral?.pypi ?? []) words.add(moduleOf(name))
  return words
}

function run(command: Command): number {
  const start = process.hrtime.bigint()
  const result = spawnSync(command.argv[0]!, command.argv.slice(1), {
    cwd: command.cwd,
    env: benchEnvironment(),
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0 && !(command.name.startsWith('git grep') && result.status === 1))
    throw new Error(
      `${command.name} exited ${result.status}: ${result.stderr.toString().slice(-400)}`,
    )
  return ms
}

/** A committed git copy of the tree, made once. */
function ensureGitCopy(root: string, copy: string): Promise<void> | void {
  if (existsSync(nodePath.join(copy, '.git'))) return
  return (async () => {
    await rm(copy, { recursive: true, force: true })
    await cp(root, copy, { recursive: true })
    const git = (...args: string[]) => {
      const r = spawnSync('git', [...SAFE_GIT, ...args], { cwd: copy, stdio: 'ignore' })
      if (r.status !== 0) throw new Error(`git ${args[0]} failed in ${copy}`)
    }
    git('init', '-q')
    git('add', '-A')
    git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'bench tree')
  })()
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10000,50000' },
      runs: { type: 'string', default: '7' },
      seed: { type: 'string', default: '1' },
      slow: { type: 'boolean', default: false },
    },
  })
  const sizes = values.sizes.split(',').filter(Boolean).map(Number)
  const runs = Number(values.runs)
  const workDir = nodePath.join(REPO_ROOT, 'bench', '.work')
  const scratch = await mkdtemp(nodePath.join(os.tmpdir(), 'stack-fit-floors-'))
  try {
    const patterns = await writePatternFile(scratch)
    const importPatterns = nodePath.join(scratch, 'imports.txt')
    await writeFile(importPatterns, `${IMPORT_PATTERNS.join('\n')}\n`)
    const literals = nodePath.join(scratch, 'literals.txt')
    await writeFile(literals, `${[...(await prefilterLiterals())].join('\n')}\n`)
    const cli = nodePath.join(REPO_ROOT, 'dist', 'cli', 'index.js')
    const floor = nodePath.join(REPO_ROOT, 'bench', 'floor-read.mjs')
    const report = nodePath.join(scratch, 'report.json')
    console.log(`ripgrep: ${ripgrepCommand('REPO', patterns.path).join(' ')}`)
    for (const size of sizes) {
      const tree = await ensureGeneratedRepo(workDir, size, Number(values.seed))
      const gitCopy = nodePath.join(workDir, `${size}-${values.seed}`, 'git')
      await ensureGitCopy(tree.root, gitCopy)
      const gitGrep = (flags: string[]): string[] => [
        'git',
        ...SAFE_GIT,
        'grep',
        ...flags,
        '--threads',
        String(os.availableParallelism()),
        '--',
        ...GIT_GREP_PATHSPECS,
      ]
      const commands: Command[] = [
        { name: 'node -e 0', argv: ['node', '-e', '0'] },
        { name: 'rg (bench command)', argv: ripgrepCommand(tree.root, patterns.path) },
        { name: 'JS read floor, walk', argv: ['node', floor, tree.root] },
        { name: 'JS read floor, git ls-files', argv: ['node', floor, gitCopy, '--git'] },
        { name: 'JS list only, walk', argv: ['node', floor, tree.root, '--list'] },
        {
          // The cheapest native import extraction: the three import patterns alone, every match.
          name: 'git grep -P -o (import patterns only)',
          argv: gitGrep(['-P', '-o', '-n', '--column', '-I', '-f', importPatterns]),
          cwd: gitCopy,
        },
        {
          name: 'git grep -P -c (bench patterns, one alternation)',
          argv: gitGrep([
            '-P',
            '-c',
            '-I',
            '-e',
            alternation(await readFile(patterns.path, 'utf8')),
          ]),
          cwd: gitCopy,
          slow: true,
        },
        {
          name: 'git grep -P -c (bench pattern file)',
          argv: gitGrep(['-P', '-c', '-I', '-f', patterns.path]),
          cwd: gitCopy,
          slow: true,
        },
        {
          // A superset prefilter: files holding a catalogued import name or a pattern literal.
          name: 'git grep -F -l (catalogued names and pattern literals)',
          argv: gitGrep(['-F', '-l', '-I', '-f', literals]),
          cwd: gitCopy,
          slow: true,
        },
        {
          name: 'Stack Fit CLI, plain tree',
          argv: ['node', cli, tree.root, '--format', 'json', '--output', report],
        },
        {
          name: 'Stack Fit CLI, git copy',
          argv: ['node', cli, gitCopy, '--format', 'json', '--output', report],
        },
      ].filter((c) => values.slow || !c.slow)
      const times = new Map<string, number[]>(commands.map((c) => [c.name, []]))
      for (const c of commands) run(c) // warm-up, untimed
      for (let round = 0; round < runs; round++)
        for (const c of commands) times.get(c.name)!.push(run(c))
      const med = new Map([...times].map(([name, t]) => [name, median(t)]))
      const node = med.get('node -e 0')!
      const rg = med.get('rg (bench command)')!
      console.log(`\n${size} files (${runs} rounds, medians):`)
      console.log('| command | median | min–max | (t − node -e 0) / rg |')
      console.log('| --- | ---: | ---: | ---: |')
      for (const c of commands) {
        const t = times.get(c.name)!
        const m = med.get(c.name)!
        const ratio = c.name === 'node -e 0' ? '–' : `${((m - node) / rg).toFixed(2)} ×`
        console.log(
          `| ${c.name} | ${m.toFixed(0)} ms | ${Math.min(...t).toFixed(0)}–${Math.max(...t).toFixed(0)} | ${ratio} |`,
        )
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === nodePath.resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`floors: ${err instanceof Error ? err.message : String(err)}`)
    process.exitCode = 1
  })
}
