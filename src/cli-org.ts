// The organisation commands of the CLI: `org-matrix` lists an organisation's repositories into a
// job matrix, `aggregate` merges many reports into one (and keeps the tracking issue).
import { appendFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import * as nodePath from 'node:path'
import { parseArgs } from 'node:util'
import { MAX_MATRIX_JOBS, batchRepositories } from './org/batch.js'
import { failureRecord, reportFileName } from './org/failure.js'
import { publishOrgIssue } from './org/issue.js'
import { DEFAULT_MAX_REPOSITORIES, listOrgRepositories } from './org/list.js'
import { DEFAULT_API_URL, type FetchLike, RestClient } from './org/rest.js'
import { type AggregateInput, aggregateReports } from './report/aggregate.js'
import { renderOrgCsv, renderOrgJson, renderOrgMarkdown } from './report/aggregate-render.js'
import { VERSION } from './version.js'

export interface OrgCommandEnvironment {
  /** Defaults to the global fetch. */
  fetch?: FetchLike
  /** Where the token (GITHUB_TOKEN or GH_TOKEN) is read; defaults to process.env. */
  env?: Record<string, string | undefined>
}

interface Result {
  exitCode: number
  stdout: string
  stderr: string
}

class OrgUsageError extends Error {}

export const AGGREGATE_HELP = `Usage: stack-fit aggregate REPORT.json|DIR... [options]

Merges Stack Fit JSON reports of many repositories (and failure records of those that could
not be scanned) into one organisation report. A directory stands for the .json files in it.

Options:
  -f, --format <markdown|json|csv>  output format (default: markdown)
  -o, --output <file>               write to a file instead of standard output
      --title <text>                heading of the Markdown report and title of the issue
                                    (default: Stack Fit: organisation report)
      --issue <owner/name>          keep one tracking issue there, closed when nothing needs
                                    attention (token from GITHUB_TOKEN or GH_TOKEN)
      --api-url <url>               GitHub API (default: ${DEFAULT_API_URL})
  -h, --help                        show this help`

export const ORG_MATRIX_HELP = `Usage: stack-fit org-matrix --org NAME [options]

Lists an organisation's repositories through the GitHub REST API (token from GITHUB_TOKEN or
GH_TOKEN) and prints a job matrix, {"include":[{"batch":1,"repositories":["org/a",...]}]}, of at
most --max-jobs jobs, several repositories a job when there are more.

Options:
      --org <name>               the organisation (required)
      --topic <topic>            keep repositories with this topic (repeatable: any of them)
      --name <glob>              keep repositories whose name matches (repeatable: any of them)
      --include-archived         keep archived repositories (left out by default)
      --include-forks            keep forks (left out by default)
      --max <n>                  at most this many repositories, the first by name (default: ${DEFAULT_MAX_REPOSITORIES})
      --max-jobs <n>             at most this many jobs (default and limit: ${MAX_MATRIX_JOBS})
      --per-job <n>              at least this many repositories a job (default: 1)
      --api-url <url>            GitHub API (default: ${DEFAULT_API_URL})
      --github-output <file>     also append matrix=, count= and jobs= lines (for $GITHUB_OUTPUT)
      --failures-dir <dir>       write a failure record for each repository the token cannot read
  -h, --help                     show this help`

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1)
    throw new OrgUsageError(`--${name} must be a positive whole number (got "${value}")`)
  return n
}

function tokenOf(env: Record<string, string | undefined>): string | undefined {
  return env.GITHUB_TOKEN || env.GH_TOKEN || undefined
}

function clientFor(
  apiUrl: string | undefined,
  token: string | undefined,
  env: OrgCommandEnvironment,
) {
  const baseUrl = apiUrl ?? DEFAULT_API_URL
  if (!/^https?:\/\//i.test(baseUrl))
    throw new OrgUsageError(`--api-url must be an http(s) URL (got "${baseUrl}")`)
  return new RestClient({ baseUrl, token, ...(env.fetch ? { fetch: env.fetch } : {}) })
}

function failure(err: unknown, help: string): Result {
  const message = err instanceof Error ? err.message : String(err)
  const usage = err instanceof OrgUsageError ? `\n\n${help}` : ''
  return { exitCode: 2, stdout: '', stderr: `stack-fit: ${message}${usage}\n` }
}

export async function runOrgMatrix(
  argv: string[],
  environment: OrgCommandEnvironment = {},
): Promise<Result> {
  const env = environment.env ?? process.env
  try {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        org: { type: 'string' },
        topic: { type: 'string', multiple: true },
        name: { type: 'string', multiple: true },
        'include-archived': { type: 'boolean' },
        'include-forks': { type: 'boolean' },
        max: { type: 'string' },
        'max-jobs': { type: 'string' },
        'per-job': { type: 'string' },
        'api-url': { type: 'string' },
        'github-output': { type: 'string' },
        'failures-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) return { exitCode: 0, stdout: `${ORG_MATRIX_HELP}\n`, stderr: '' }
    if (!values.org) throw new OrgUsageError('--org is required')
    const maxJobs = positiveInt('max-jobs', values['max-jobs']) ?? MAX_MATRIX_JOBS
    if (maxJobs > MAX_MATRIX_JOBS)
      throw new OrgUsageError(
        `--max-jobs is at most ${MAX_MATRIX_JOBS}, GitHub's limit for one matrix`,
      )
    const perJob = positiveInt('per-job', values['per-job']) ?? 1
    const client = clientFor(values['api-url'], tokenOf(env), environment)
    const listing = await listOrgRepositories(client, values.org, {
      topics: values.topic ?? [],
      names: values.name ?? [],
      includeArchived: values['include-archived'] ?? false,
      includeForks: values['include-forks'] ?? false,
      max: positiveInt('max', values.max) ?? DEFAULT_MAX_REPOSITORIES,
    })
    const matrix = batchRepositories(listing.repositories, { maxJobs, perJob })
    const json = JSON.stringify(matrix)
    if (values['failures-dir']) {
      await mkdir(values['failures-dir'], { recursive: true })
      for (const u of listing.unreadable) {
        const file = nodePath.join(values['failures-dir'], reportFileName(u.repository))
        await writeFile(file, `${JSON.stringify(failureRecord(u.repository, u.reason), null, 2)}\n`)
      }
    }
    if (values['github-output']) {
      await appendFile(
        values['github-output'],
        `matrix=${json}\ncount=${listing.repositories.length}\njobs=${matrix.include.length}\n`,
      )
    }
    const left = Object.entries(listing.excluded)
      .filter(([, n]) => n > 0)
      .map(([why, n]) => `${n} ${why === 'limit' ? 'over --max' : why === 'fork' ? 'forks' : why}`)
    const largest = Math.max(0, ...matrix.include.map((e) => e.repositories.length))
    const stderr =
      `stack-fit: ${values.org} lists ${listing.listed} repositories; ${listing.repositories.length} to scan in ${matrix.include.length} job(s) of at most ${largest}` +
      `${left.length > 0 ? `; left out: ${left.join(', ')}` : ''}` +
      `${listing.unreadable.length > 0 ? `; the token cannot read ${listing.unreadable.length}: ${listing.unreadable.map((u) => u.repository).join(', ')}` : ''}\n`
    return { exitCode: 0, stdout: `${json}\n`, stderr }
  } catch (err) {
    return failure(err, ORG_MATRIX_HELP)
  }
}

/** The input files: each path as given, or the .json files in a directory (sorted). */
async function inputFiles(paths: string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.json')).sort()
      files.push(...names.map((n) => nodePath.join(path, n)))
    } else files.push(path)
  }
  return files
}

export async function runAggregate(
  argv: string[],
  environment: OrgCommandEnvironment = {},
): Promise<Result> {
  const env = environment.env ?? process.env
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        title: { type: 'string' },
        issue: { type: 'string' },
        'api-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) return { exitCode: 0, stdout: `${AGGREGATE_HELP}\n`, stderr: '' }
    const format = values.format ?? 'markdown'
    if (!['markdown', 'json', 'csv'].includes(format))
      throw new OrgUsageError(`--format must be one of markdown, json, csv (got "${format}")`)
    if (positionals.length === 0)
      throw new OrgUsageError('expected at least one report file or directory')
    const inputs: AggregateInput[] = []
    const unreadable: string[] = []
    for (const file of await inputFiles(positionals)) {
      try {
        inputs.push({ file, text: await readFile(file, 'utf8') })
      } catch (err) {
        unreadable.push(
          `stack-fit: ${file} could not be read (${(err as Error).message}); left out\n`,
        )
      }
    }
    const report = aggregateReports(inputs, VERSION)
    const title = values.title ?? 'Stack Fit: organisation report'
    const body =
      format === 'json'
        ? renderOrgJson(report)
        : format === 'csv'
          ? renderOrgCsv(report)
          : renderOrgMarkdown(report, { title })
    const notes = [...unreadable]
    if (values.issue) {
      const token = tokenOf(env)
      const warn = env.GITHUB_ACTIONS === 'true' ? '::warning::' : 'stack-fit: warning: '
      if (!token)
        notes.push(`${warn}no GITHUB_TOKEN or GH_TOKEN, so the tracking issue is not updated\n`)
      else {
        try {
          const outcome = await publishOrgIssue(clientFor(values['api-url'], token, environment), {
            repository: values.issue,
            title,
            report,
            token,
          })
          notes.push(
            outcome.action === 'none'
              ? 'stack-fit: nothing needs attention; no tracking issue needed\n'
              : `stack-fit: tracking issue ${outcome.action}: ${outcome.url}\n`,
          )
        } catch (err) {
          notes.push(`${warn}${(err as Error).message}\n`)
        }
      }
    }
    const summary = `stack-fit: ${report.counts.scanned} repositories, ${report.attention.length} component(s) need attention, ${report.counts.failed} could not be scanned, ${report.notes.length} input note(s)\n`
    if (values.output) {
      await writeFile(values.output, body)
      return {
        exitCode: 0,
        stdout: '',
        stderr: `${notes.join('')}${summary.trimEnd()}; written to ${values.output}\n`,
      }
    }
    return { exitCode: 0, stdout: body, stderr: `${notes.join('')}${summary}` }
  } catch (err) {
    return failure(err, AGGREGATE_HELP)
  }
}
