// The local command: the same report as the Action, printed or written to a file.
import { closeSync, existsSync, openSync, statSync } from 'node:fs'
import * as nodePath from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type AnalyzeOptions, analyzeRepository } from './analysis/analyze.js'
import { type Drift, baseUnavailableDrift, computeDrift } from './analysis/drift.js'
import { defaultScanWorkers, workerFailureNote } from './analysis/scan-workers.js'
import { loadConfigFile } from './config/settings.js'
import { knowledgeFor } from './knowledge/runtime.js'
import { guidanceIndexOf } from './report/guidance.js'
import { type Report, type VerdictKind, productComponents } from './model.js'
import { renderJsonChunks } from './report/json.js'
import { writeChunksSync } from './report/write-chunks.js'
import { FsFileSource } from './scan/fs-source.js'
import type { OrgCommandEnvironment } from './cli-org.js'
import { VERSION } from './version.js'

const HELP = `Usage: stack-fit [path] [options]
       stack-fit aggregate REPORT.json... [options]   (see stack-fit aggregate --help)
       stack-fit org-matrix --org NAME [options]      (see stack-fit org-matrix --help)

Scans a repository and judges whether each component's backend stack (Node.js or Python)
fits the work it does, against documented guidance. Without a path it scans the bundled
example repository.

Options:
  -f, --format <markdown|json|sarif>  output format (default: markdown)
  -o, --output <file>                 write the report to a file instead of standard output
  -c, --config <file>                 config file, relative to the repository
                                      (default: .github/stack-fit.yml when present)
      --ignore <glob>                 skip paths matching the glob (repeatable)
      --fail-on <never|mismatch|caveat>  exit 1 when a component is this bad (default: never)
      --max-files <n>                 stop after this many files (report marked partial)
      --timeout <seconds>             stop after this long (report marked partial)
      --base <ref>                    compare with this commit of the same git repository, as the
                                      Action's drift does on a pull request (markdown only)
      --workers <n>                   worker threads reading source files beside the main thread
                                      (default: from 10,000 source files, one per core but one,
                                      at most 3; 0 reads on the main thread alone)
  -h, --help                          show this help
  -v, --version                       show the version

Exit codes: 0 report written; 1 --fail-on threshold reached; 2 the scan could not run.`

export class UsageError extends Error {}

export interface CliResult {
  exitCode: number
  /** What goes to standard output. */
  stdout: string
  /** What goes to standard error. */
  stderr: string
}

const FORMATS = ['markdown', 'json', 'sarif'] as const
const FAIL_ON = ['never', 'mismatch', 'caveat'] as const

/** Finds the bundled example from src/ (tsx) or dist/cli/ (the bundle). */
export function bundledExamplePath(
  from = nodePath.dirname(fileURLToPath(import.meta.url)),
): string {
  for (let dir = from, i = 0; i < 4; i++, dir = nodePath.dirname(dir)) {
    const candidate = nodePath.join(dir, 'examples', 'monorepo')
    if (existsSync(candidate)) return candidate
  }
  throw new UsageError(
    'the bundled example repository (examples/monorepo) was not found; pass a path',
  )
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`)
}

/** A whole-number option of at least `min`, or undefined when it is not given. */
function wholeNumber(name: string, value: string | undefined, min: 0 | 1): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) {
    const allowed = min === 0 ? '0 or a positive whole number' : 'a positive whole number'
    throw new UsageError(`--${name} must be ${allowed} (got "${value}")`)
  }
  return n
}

export function failed(report: Report, failOn: (typeof FAIL_ON)[number]): boolean {
  if (failOn === 'never') return false
  const bad: VerdictKind[] =
    failOn === 'mismatch' ? ['mismatch'] : ['mismatch', 'fits-with-caveats']
  return productComponents(report).some(
    (c) => bad.includes(c.verdict.verdict) && !c.verdict.accepted,
  )
}

export interface CliEnvironment {
  /** The entry script, which can also serve as a scan worker; without it everything runs on one thread. */
  workerScript?: string | URL
  /** For `org-matrix` and `aggregate --issue`: fetch and the environment the token is read from. */
  org?: OrgCommandEnvironment
}

export async function runCli(argv: string[], env: CliEnvironment = {}): Promise<CliResult> {
  // Subcommands by their first word; a directory of that name is scanned as ./aggregate.
  // Imported when asked for: the organisation commands bring an HTTP client a scan never needs.
  if (argv[0] === 'aggregate')
    return (await import('./cli-org.js')).runAggregate(argv.slice(1), env.org)
  if (argv[0] === 'org-matrix')
    return (await import('./cli-org.js')).runOrgMatrix(argv.slice(1), env.org)
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        ignore: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        'max-files': { type: 'string' },
        timeout: { type: 'string' },
        workers: { type: 'string' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (err) {
    return { exitCode: 2, stdout: '', stderr: `stack-fit: ${(err as Error).message}\n\n${HELP}\n` }
  }
  const { values, positionals } = args
  if (values.help) return { exitCode: 0, stdout: `${HELP}\n`, stderr: '' }
  if (values.version) return { exitCode: 0, stdout: `${VERSION}\n`, stderr: '' }

  try {
    if (positionals.length > 1)
      throw new UsageError(`expected at most one path, got ${positionals.length}`)
    const format = oneOf('format', values.format, FORMATS, 'markdown')
    const failOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'never')
    const maxFiles = wholeNumber('max-files', values['max-files'], 1)
    const timeout = wholeNumber('timeout', values.timeout, 1)
    const workerCount = wholeNumber('workers', values.workers, 0)
    if (values.base !== undefined && format !== 'markdown')
      throw new UsageError(
        '--base shows its comparison in the markdown report; use --format markdown',
      )
    const root = nodePath.resolve(positionals[0] ?? bundledExamplePath())
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new UsageError(`not a directory: ${positionals[0] ?? root}`)
    }
    const source = new FsFileSource(root)
    const notes: string[] = []
    const config = await loadConfigFile(source, values.config)
    const knowledge = await knowledgeFor(config.guidance)
    const options: AnalyzeOptions = {
      ignore: [...config.ignore, ...(values.ignore ?? [])],
      overrides: config.components,
      extraGuidance: config.guidance,
      accepted: config.accepted,
      repositoryName: nodePath.basename(root),
      rootLabel: positionals[0] ?? nodePath.relative(process.cwd(), root),
      limits: {
        ...(maxFiles ? { maxFiles } : {}),
        ...(timeout ? { timeoutMs: timeout * 1000 } : {}),
      },
    }
    const report = await analyzeRepository(source, {
      ...options,
      workers: env.workerScript
        ? defaultScanWorkers(env.workerScript, workerCount, (summary) => {
            const note = workerFailureNote(summary)
            if (note) notes.push(`stack-fit: ${note}\n`)
          })
        : undefined,
    })
    // The base is read from git objects with the head's settings, as the Action does on a pull request.
    let drift: Drift | undefined
    if (values.base !== undefined) {
      const { analyzeRevision } = await import('./compare/revision.js')
      const base = await analyzeRevision(root, values.base, options)
      if (base.kind === 'unavailable') {
        notes.push(`stack-fit: no comparison with the base: ${base.reason}\n`)
        drift = baseUnavailableDrift(base.reason)
      } else drift = computeDrift(base.report, report)
    }
    const guidance = guidanceIndexOf(knowledge)
    // JSON comes in pieces, so a report file is written without ever being one string. The other
    // renderers load with their format: SARIF's fingerprints need node:crypto, and markdown is the
    // largest renderer.
    let body: Iterable<string>
    if (format === 'json') body = renderJsonChunks(report)
    else if (format === 'sarif') {
      const { renderSarif } = await import('./report/sarif.js')
      body = [
        `${JSON.stringify(renderSarif(report, guidance, { toolVersion: VERSION }), null, 2)}\n`,
      ]
    } else {
      const { renderMarkdown } = await import('./report/markdown.js')
      body = [
        renderMarkdown(report, {
          guidance,
          flavor: 'terminal',
          drift,
          // The folder's own name, even for `stack-fit .`: a title of "." names nothing.
          title: `Stack Fit: ${nodePath.basename(root)}`,
        }),
      ]
    }
    const exitCode = failed(report, failOn) ? 1 : 0
    if (values.output) {
      const fd = openSync(values.output, 'w')
      try {
        writeChunksSync(fd, body)
      } finally {
        closeSync(fd)
      }
      return {
        exitCode,
        stdout: '',
        stderr: `${notes.join('')}stack-fit: ${report.overall}; report written to ${values.output}\n`,
      }
    }
    return { exitCode, stdout: [...body].join(''), stderr: notes.join('') }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    const usage = err instanceof UsageError ? `\n\n${HELP}` : ''
    return { exitCode: 2, stdout: '', stderr: `stack-fit: ${message}${usage}\n` }
  }
}
