// Many repositories' reports into one organisation report. Input is read leniently: a report of
// another Stack Fit version, a truncated file, a duplicate or a failure record is noted, never fatal.
import { z } from 'zod'
import { STACKS, VERDICTS, type VerdictKind, WORKLOADS } from '../model.js'
import { FAILURE_KIND } from '../org/failure.js'

/** One input file, already read. */
export interface AggregateInput {
  file: string
  text: string
}

// Only what aggregation reads; every object keeps fields it does not know (newer reports).
const componentShape = z.looseObject({
  path: z.string(),
  name: z.string().optional(),
  supporting: z.boolean().optional(),
  stack: z.looseObject({ stack: z.string(), otherName: z.string().optional() }).optional(),
  primary: z.array(z.string()).optional(),
  verdict: z.looseObject({
    verdict: z.string(),
    summary: z.string().optional(),
    accepted: z.looseObject({ reason: z.string().optional() }).optional(),
  }),
})

const reportShape = z.looseObject({
  tool: z.looseObject({ name: z.literal('stack-fit'), version: z.string() }),
  root: z.string().optional(),
  components: z.array(z.unknown()),
  problems: z.array(z.unknown()).optional(),
  partial: z.looseObject({ reason: z.string().optional() }).optional(),
})

const failureShape = z.looseObject({
  kind: z.literal(FAILURE_KIND),
  repository: z.string().min(1),
  error: z.string(),
})

export interface OrgComponent {
  repository: string
  path: string
  name: string
  stack: string
  /** The stack named plainly for `other` (e.g. Go). */
  stackName?: string
  primary: string[]
  verdict: VerdictKind
  summary: string
  accepted: boolean
  /** Tests, examples, docs sites: listed, left out of counts by verdict and of attention. */
  supporting: boolean
  /** A mismatch or caveats nobody accepted, in a component that is part of the product. */
  attention: boolean
}

export interface OrgRepository {
  repository: string
  file: string
  version: string
  components: number
  /** Worst verdict over its product components. */
  overall: VerdictKind
  attention: number
  /** Set when a limit stopped the scan early. */
  partial?: string
  problems: number
}

export interface OrgFailure {
  repository: string
  file: string
  reason: string
}

export interface InputNote {
  file: string
  kind: 'unreadable' | 'truncated' | 'not-a-report' | 'duplicate' | 'other-version' | 'component'
  message: string
}

export interface OrgReport {
  tool: { name: 'stack-fit'; version: string }
  /** Repositories with at least one component needing attention first (most first), then by name. */
  repositories: OrgRepository[]
  /** Mismatches first, then caveats; by repository, then component path. */
  attention: OrgComponent[]
  components: OrgComponent[]
  failures: OrgFailure[]
  counts: {
    repositories: number
    scanned: number
    failed: number
    components: number
    supporting: number
    /** Product components (not supporting) by verdict. */
    verdicts: Record<VerdictKind, number>
    accepted: number
    /** Product components by stack (`other` split by the named stack). */
    stacks: Record<string, number>
    /** Product components by primary workload; one with two primaries counts under both. */
    workloads: Record<string, number>
  }
  notes: InputNote[]
}

const VERDICT_RANK: Record<VerdictKind, number> = {
  mismatch: 0,
  'fits-with-caveats': 1,
  inconclusive: 2,
  fits: 3,
}

/** A repository's name from the report: the CLI writes what it was given (`owner/name` in the workflow). */
function repositoryOf(root: string | undefined, file: string): string {
  const trimmed = (root ?? '')
    .trim()
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '')
  if (trimmed && trimmed !== '.' && trimmed !== 'memory') return trimmed
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '').replace(/__/g, '/')
}

function isVerdict(value: string): value is VerdictKind {
  return (VERDICTS as readonly string[]).includes(value)
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'unexpected shape'
  return `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`
}

type Parsed =
  | { kind: 'report'; repository: string; version: string; data: z.infer<typeof reportShape> }
  | { kind: 'failure'; repository: string; error: string }

export function aggregateReports(inputs: readonly AggregateInput[], version: string): OrgReport {
  const notes: InputNote[] = []
  const seen = new Map<string, { file: string; kind: Parsed['kind'] }>()
  const parsed: { file: string; value: Parsed }[] = []

  for (const { file, text } of inputs) {
    let value: Parsed | undefined
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (err) {
      const message = (err as Error).message
      const truncated = text.trim() === '' || /end of (json )?input|unterminated/i.test(message)
      const repository = repositoryOf(undefined, file)
      notes.push({
        file,
        kind: truncated ? 'truncated' : 'not-a-report',
        message: truncated
          ? `the file is empty or cut short (${text.length} bytes); ${repository} is listed as not scanned`
          : `not JSON (${message}); ${repository} is listed as not scanned`,
      })
      value = {
        kind: 'failure',
        repository,
        error: truncated ? 'its report file is empty or cut short' : 'its report file is not JSON',
      }
    }
    if (!value) {
      const failure = failureShape.safeParse(json)
      if (failure.success) {
        value = { kind: 'failure', repository: failure.data.repository, error: failure.data.error }
      } else {
        const report = reportShape.safeParse(json)
        if (!report.success) {
          notes.push({
            file,
            kind: 'not-a-report',
            message: `not a Stack Fit report (${firstIssue(report.error)}); left out`,
          })
          continue
        }
        value = {
          kind: 'report',
          repository: repositoryOf(report.data.root, file),
          version: report.data.tool.version,
          data: report.data,
        }
      }
    }
    const key = value.repository.toLowerCase()
    const earlier = seen.get(key)
    // A report beats a failure record for the same repository (a job re-run that succeeded).
    if (earlier && !(earlier.kind === 'failure' && value.kind === 'report')) {
      notes.push({
        file,
        kind: 'duplicate',
        message: `a second input for ${value.repository}; kept ${earlier.file}, left this one out`,
      })
      continue
    }
    if (earlier) {
      notes.push({
        file: earlier.file,
        kind: 'duplicate',
        message: `${value.repository} has a report in ${file}; this failure record is left out`,
      })
      const i = parsed.findIndex((p) => p.value.repository.toLowerCase() === key)
      parsed.splice(i, 1)
    }
    seen.set(key, { file, kind: value.kind })
    parsed.push({ file, value })
  }

  const components: OrgComponent[] = []
  const repositories: OrgRepository[] = []
  const failures: OrgFailure[] = []
  for (const { file, value } of parsed) {
    if (value.kind === 'failure') {
      failures.push({
        repository: value.repository,
        file,
        reason: value.error || 'no reason given',
      })
      continue
    }
    if (value.version !== version) {
      notes.push({
        file,
        kind: 'other-version',
        message: `${value.repository} was scanned by Stack Fit ${value.version} (this is ${version}); read as far as its shape allows`,
      })
    }
    const own: OrgComponent[] = []
    value.data.components.forEach((raw, i) => {
      const c = componentShape.safeParse(raw)
      if (!c.success || !isVerdict(c.data.verdict.verdict)) {
        const why = c.success ? `unknown verdict '${c.data.verdict.verdict}'` : firstIssue(c.error)
        notes.push({
          file,
          kind: 'component',
          message: `component ${i + 1} of ${value.repository} left out: ${why}`,
        })
        return
      }
      const data = c.data
      const verdict = data.verdict.verdict as VerdictKind
      const accepted = data.verdict.accepted !== undefined
      const supporting = data.supporting === true
      const stack = data.stack?.stack ?? 'unknown'
      own.push({
        repository: value.repository,
        path: data.path,
        name: data.name ?? (data.path || value.repository),
        stack: (STACKS as readonly string[]).includes(stack) ? stack : 'unknown',
        ...(data.stack?.otherName ? { stackName: data.stack.otherName } : {}),
        primary: (data.primary ?? []).filter((w) => (WORKLOADS as readonly string[]).includes(w)),
        verdict,
        summary: data.verdict.summary ?? '',
        accepted,
        supporting,
        attention:
          !supporting && !accepted && (verdict === 'mismatch' || verdict === 'fits-with-caveats'),
      })
    })
    own.sort((a, b) => compare(a.path, b.path))
    components.push(...own)
    const product = own.filter((c) => !c.supporting)
    repositories.push({
      repository: value.repository,
      file,
      version: value.version,
      components: own.length,
      overall: product.length === 0 ? 'inconclusive' : worst(product.map((c) => c.verdict)),
      attention: own.filter((c) => c.attention).length,
      ...(value.data.partial
        ? { partial: value.data.partial.reason ?? 'a limit stopped the scan' }
        : {}),
      problems: value.data.problems?.length ?? 0,
    })
  }

  repositories.sort(
    (a, b) =>
      b.attention - a.attention ||
      VERDICT_RANK[a.overall] - VERDICT_RANK[b.overall] ||
      compare(a.repository, b.repository),
  )
  components.sort((a, b) => compare(a.repository, b.repository) || compare(a.path, b.path))
  failures.sort((a, b) => compare(a.repository, b.repository))
  const attention = components
    .filter((c) => c.attention)
    .sort(
      (a, b) =>
        VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
        compare(a.repository, b.repository) ||
        compare(a.path, b.path),
    )

  const product = components.filter((c) => !c.supporting)
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<VerdictKind, number>
  const stacks: Record<string, number> = {}
  const workloads: Record<string, number> = {}
  for (const c of product) {
    verdicts[c.verdict]++
    const stack = c.stack === 'other' && c.stackName ? `other: ${c.stackName}` : c.stack
    stacks[stack] = (stacks[stack] ?? 0) + 1
    for (const w of c.primary.length > 0 ? c.primary : ['none'])
      workloads[w] = (workloads[w] ?? 0) + 1
  }

  return {
    tool: { name: 'stack-fit', version },
    repositories,
    attention,
    components,
    failures,
    counts: {
      repositories: repositories.length + failures.length,
      scanned: repositories.length,
      failed: failures.length,
      components: components.length,
      supporting: components.length - product.length,
      verdicts,
      accepted: product.filter((c) => c.accepted).length,
      stacks: sortedCounts(stacks),
      workloads: sortedCounts(workloads),
    },
    notes,
  }
}

function worst(verdicts: VerdictKind[]): VerdictKind {
  const judged = verdicts.filter((v) => v !== 'inconclusive')
  if (judged.length === 0) return 'inconclusive'
  return judged.reduce((a, b) => (VERDICT_RANK[b] < VERDICT_RANK[a] ? b : a))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Highest count first, then by name, so the same numbers always print the same. */
function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || compare(a, b)))
}

/** Components a person should look at across the organisation (the tracking issue opens on these). */
export function orgFindings(report: OrgReport): number {
  return report.attention.length
}
