// The Action: settings in, one analysis (two with drift), then summary, files, outputs,
// annotations, comment or audit issue, and the exit that `fail-on` decides.
import * as core from './runner.js'
import { readFileSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as nodePath from 'node:path'
import { type AnalyzeOptions, analyzeRepository } from '../analysis/analyze.js'
import { defaultScanWorkers, workerFailureNote } from '../analysis/scan-workers.js'
import { type Drift, baseUnavailableDrift, computeDrift } from '../analysis/drift.js'
import { ConfigError } from '../config/settings.js'
import type { Settings } from '../config/schema.js'
import { KnowledgeError } from '../knowledge/assemble.js'
import { knowledgeFor } from '../knowledge/runtime.js'
import type { Report } from '../model.js'
import { buildAnnotations } from '../report/annotations.js'
import { type GuidanceIndex, guidanceIndexOf } from '../report/guidance.js'
import { renderJsonChunks } from '../report/json.js'
import { COMMENT_LIMIT_CHARS, renderMarkdown } from '../report/markdown.js'
import { FsFileSource } from '../scan/fs-source.js'
import { VERSION } from '../version.js'
import { findingsOf, publishAuditIssue } from './audit-issue.js'
import { type RenderContext, type RunContext, readRunContext, renderContext } from './context.js'
import { getInputs } from './inputs.js'
import {
  baseToCompare,
  failureOf,
  planComment,
  verdictOutputs,
  wantsAuditIssue,
  workspacePath,
} from './plan.js'
import { type OutputRoots, resolveOutputPath, writeOutputFile } from './report-files.js'
import { rebaseSarif } from './sarif-paths.js'
import { type MarkerMeta, markerLine, publishStickyComment } from './sticky-comment.js'

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10

interface Analysis {
  report: Report
  drift?: Drift
  guidance: GuidanceIndex
}

export interface RunEnvironment {
  /** The entry script, which can also serve as a scan worker (see scan-pool.ts). */
  workerScript?: string | URL
}

export async function run(env: RunEnvironment = {}): Promise<void> {
  const startedAt = new Date()
  const roots: OutputRoots = {
    workspace: nodePath.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd()),
    runnerTemp: nodePath.resolve(process.env.RUNNER_TEMP ?? tmpdir()),
  }
  let summary: string | undefined
  let summaryWanted = true
  try {
    const { settings, configFile } = await getInputs(new FsFileSource(roots.workspace))
    summaryWanted = settings.summary
    const context = readRunContext(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH))
    const files = {
      json: settings['json-file']
        ? resolveOutputPath('json-file', settings['json-file'], roots)
        : nodePath.join(
            roots.runnerTemp,
            'stack-fit',
            `report-${process.env.GITHUB_ACTION || 'run'}.json`,
          ),
      sarif: settings['sarif-file']
        ? resolveOutputPath('sarif-file', settings['sarif-file'], roots)
        : undefined,
    }
    const scanDir = await resolveScanDir(settings.path, roots.workspace)
    const scanPrefix = nodePath.relative(roots.workspace, scanDir).split(nodePath.sep).join('/')
    const analysis = await analyse(settings, configFile, context, scanDir, env)
    const { report, drift, guidance } = analysis
    core.info(`Stack Fit: ${report.components.length} component(s), overall ${report.overall}`)
    const render = renderContext(context, settings.path, scanPrefix)
    summary = renderMarkdown(report, { guidance, flavor: 'summary', drift, ...render })

    await writeOutputFile(files.json, renderJsonChunks(report), roots)
    core.setOutput('report-file', files.json)
    if (files.sarif) {
      // SARIF's fingerprints need node:crypto, which only a SARIF file loads.
      const { renderSarif } = await import('../report/sarif.js')
      const sarif = rebaseSarif(renderSarif(report, guidance, { toolVersion: VERSION }), scanPrefix)
      await writeOutputFile(files.sarif, `${JSON.stringify(sarif, null, 2)}\n`, roots)
      core.setOutput('sarif-file', files.sarif)
    }
    for (const [name, value] of Object.entries(verdictOutputs(report))) core.setOutput(name, value)
    if (settings.annotations) annotate(report, scanPrefix)

    await publish(settings, context, analysis, startedAt, render)

    const failure = failureOf(report, settings['fail-on'])
    if (failure) core.setFailed(failure)
  } catch (err) {
    const message =
      err instanceof ConfigError ? err.message : `Stack Fit could not run: ${errorText(err)}`
    core.setFailed(message)
    summary ??= `## Stack Fit\n\n:x: ${escapeHtml(message)}\n`
  } finally {
    if (summaryWanted && summary) {
      try {
        await core.summary.addRaw(summary, true).write()
      } catch (err) {
        core.warning(`Could not write the job summary: ${errorText(err)}`)
      }
    }
  }
}

function readEventPayload(path: string | undefined): unknown {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (err) {
    core.warning(`Could not read the event payload ${path}: ${errorText(err)}`)
    return {}
  }
}

async function resolveScanDir(path: string, workspace: string): Promise<string> {
  const dir = nodePath.resolve(workspace, path)
  const relative = nodePath.relative(workspace, dir)
  if (relative.startsWith('..') || nodePath.isAbsolute(relative)) {
    throw new ConfigError(`Invalid input 'path': ${path} is outside the workspace`)
  }
  const info = await stat(dir).catch(() => undefined)
  if (!info?.isDirectory())
    throw new ConfigError(`Invalid input 'path': ${path} is not a directory`)
  return dir
}

async function analyse(
  settings: Settings,
  configFile: string | undefined,
  context: RunContext,
  scanDir: string,
  env: RunEnvironment,
): Promise<Analysis> {
  let knowledge
  try {
    knowledge = await knowledgeFor(settings.guidance)
  } catch (err: unknown) {
    if (err instanceof KnowledgeError) {
      throw new ConfigError(
        `${configFile ?? 'config file'}: guidance: ${err.message.split('\n', 1)[0]}`,
      )
    }
    throw err
  }
  const options: AnalyzeOptions = {
    ignore: settings.ignore,
    overrides: settings.components,
    extraGuidance: settings.guidance,
    accepted: settings.accepted,
    repositoryName: context.repo || nodePath.basename(scanDir),
    rootLabel: settings.path,
  }
  // Reading a commit starts git (node:child_process): loaded only for a head or base to read.
  const revisions = () => import('../compare/revision.js')
  let report: Report
  if (settings['head-ref']) {
    const { analyzeRevision } = await revisions()
    const head = await analyzeRevision(scanDir, settings['head-ref'], options)
    if (head.kind !== 'report') throw new Error(`head-ref ${head.reason}`)
    report = head.report
  } else {
    report = await analyzeRepository(new FsFileSource(scanDir), {
      ...options,
      workers: env.workerScript
        ? defaultScanWorkers(env.workerScript, undefined, (summary) => {
            const note = workerFailureNote(summary)
            if (note) core.warning(`Stack Fit: ${note}.`)
          })
        : undefined,
    })
  }
  const guidance = guidanceIndexOf(knowledge)
  const baseRef = baseToCompare(settings['base-ref'], context)
  if (!baseRef) return { report, guidance }
  const { analyzeRevision } = await revisions()
  const base = await core.group(`Stack Fit: reading the base ${baseRef}`, () =>
    analyzeRevision(scanDir, baseRef, options),
  )
  if (base.kind === 'unavailable') {
    core.warning(`No comparison with the base: ${base.reason}`)
    return { report, guidance, drift: baseUnavailableDrift(base.reason) }
  }
  return { report, guidance, drift: computeDrift(base.report, report) }
}

function annotate(report: Report, scanPrefix: string): void {
  for (const a of buildAnnotations(report, { maxPerLevel: ANNOTATIONS_PER_LEVEL })) {
    const properties = {
      title: a.title,
      ...(a.file ? { file: workspacePath(scanPrefix, a.file) } : {}),
      ...(a.file && a.startLine ? { startLine: a.startLine } : {}),
    }
    if (a.level === 'error') core.error(a.message, properties)
    else if (a.level === 'warning') core.warning(a.message, properties)
    else core.notice(a.message, properties)
  }
}

/** Comment and audit issue. API faults become warnings; they never fail the run. */
async function publish(
  settings: Settings,
  context: RunContext,
  analysis: Analysis,
  startedAt: Date,
  render: RenderContext,
): Promise<void> {
  const token = settings['github-token']
  const plan = planComment(settings.comment, context, token !== '', driftChanged(analysis.drift))
  if (plan.kind === 'none' && plan.warning) core.warning(plan.warning)
  const audit = wantsAuditIssue(settings['audit-issue'], context)
  if (plan.kind === 'none' && !audit) return
  if (!token) {
    core.warning('No github-token was given, so the audit issue is not updated.')
    return
  }
  // Octokit and its plugins load only when there is something to publish: a run that only
  // scans (forks, no token, comment: off) starts faster without them.
  const {
    createClient,
    describeApiFailure,
    pullRequestsForCommit,
    repositoryApi,
    resolveIdentity,
  } = await import('./github.js')
  const octokit = createClient(token)
  const api = repositoryApi(octokit, context.owner, context.repo)
  const identity = await resolveIdentity(octokit, token)
  const at = startedAt.toISOString()
  const commentBody = (meta: MarkerMeta) =>
    renderMarkdown(analysis.report, {
      guidance: analysis.guidance,
      flavor: 'comment',
      drift: analysis.drift,
      ...render,
      maxLength: COMMENT_LIMIT_CHARS - markerLine(meta).length - 1,
    })

  if (plan.kind !== 'none') {
    try {
      const targets =
        plan.kind === 'pull-request'
          ? [{ number: plan.number, head: plan.headSha, createIfMissing: plan.createIfMissing }]
          : (await pullRequestsForCommit(octokit, context.owner, context.repo, plan.sha))
              .slice(0, 1)
              .map((number) => ({ number, head: plan.sha, createIfMissing: true }))
      if (targets.length === 0)
        core.info('No open pull request has this commit as its head; no comment.')
      for (const target of targets) {
        const meta = { head: target.head, at }
        const outcome = await publishStickyComment(api, {
          issue: target.number,
          rendered: commentBody(meta),
          meta,
          identity,
          createIfMissing: target.createIfMissing,
        })
        if (outcome.deleted > 0)
          core.info(`Removed ${outcome.deleted} duplicate Stack Fit comment(s).`)
        if (outcome.action === 'skipped') core.info(`Comment not written: ${outcome.reason}.`)
        else core.info(`Comment ${outcome.action}: ${outcome.url}`)
        if (outcome.action !== 'skipped') core.setOutput('comment-url', outcome.url)
      }
    } catch (err) {
      core.warning(
        describeApiFailure(err, 'write the pull-request comment', 'pull-requests: write'),
      )
    }
  }

  if (audit) {
    try {
      const outcome = await publishAuditIssue(api, {
        title: settings['audit-issue-title'],
        rendered: commentBody({}),
        findings: findingsOf(analysis.report),
        identity,
      })
      core.info(
        outcome.action === 'none'
          ? 'Everything fits; no audit issue needed.'
          : `Audit issue ${outcome.action}: ${outcome.url}`,
      )
    } catch (err) {
      core.warning(describeApiFailure(err, 'update the audit issue', 'issues: write'))
    }
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
}

/** Whether the change moves anything compared with the base (on-change comments). */
function driftChanged(drift: Drift | undefined): boolean {
  if (!drift) return true
  return drift.kind !== 'unchanged'
}
