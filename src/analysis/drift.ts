// What a pull request changes: the base revision's report against the head's, component by path.
import type {
  ComponentReport,
  Dependency,
  Report,
  Stack,
  VerdictKind,
  Workload,
  WorkloadScore,
} from '../model.js'

/** A score must move at least this much (on the 0..1 scale) to count as a workload change. */
export const SCORE_CHANGE_THRESHOLD = 0.15

export interface ComponentRef {
  path: string
  name: string
}

export interface StackRef {
  stack: Stack
  otherName?: string
}

export interface StackChange extends ComponentRef {
  from: StackRef
  to: StackRef
}

export interface VerdictChange extends ComponentRef {
  from: VerdictKind
  to: VerdictKind
}

export interface ScoreChange {
  workload: Workload
  from: number
  to: number
}

export interface WorkloadChange extends ComponentRef {
  primaryFrom: Workload[]
  primaryTo: Workload[]
  /** Classes whose score rose or fell by at least the threshold. */
  scores: ScoreChange[]
  /** Dependencies behind the change: in head but not base, and in base but not head. */
  dependenciesAdded: Dependency[]
  dependenciesRemoved: Dependency[]
  /** Evidence files of the changed classes that appear on one side only. */
  files: string[]
}

export interface DriftChanges {
  kind: 'changed' | 'unchanged'
  unchanged: boolean
  added: ComponentRef[]
  removed: ComponentRef[]
  stacks: StackChange[]
  verdicts: VerdictChange[]
  workloads: WorkloadChange[]
}

export interface BaseUnavailable {
  kind: 'baseUnavailable'
  /** Why the base revision could not be analysed; only the head is reported. */
  reason: string
}

export type Drift = DriftChanges | BaseUnavailable

export function baseUnavailableDrift(reason: string): BaseUnavailable {
  return { kind: 'baseUnavailable', reason }
}

export function computeDrift(base: Report, head: Report): DriftChanges {
  const baseByPath = new Map(base.components.map((c) => [c.path, c]))
  const headByPath = new Map(head.components.map((c) => [c.path, c]))
  const ref = (c: ComponentReport): ComponentRef => ({ path: c.path, name: c.name })

  const added = head.components.filter((c) => !baseByPath.has(c.path)).map(ref)
  const removed = base.components.filter((c) => !headByPath.has(c.path)).map(ref)
  const stacks: StackChange[] = []
  const verdicts: VerdictChange[] = []
  const workloads: WorkloadChange[] = []
  for (const after of head.components) {
    const before = baseByPath.get(after.path)
    if (!before) continue
    const from = stackRef(before)
    const to = stackRef(after)
    if (from.stack !== to.stack || from.otherName !== to.otherName)
      stacks.push({ ...ref(after), from, to })
    if (before.verdict.verdict !== after.verdict.verdict)
      verdicts.push({ ...ref(after), from: before.verdict.verdict, to: after.verdict.verdict })
    const change = workloadChange(before, after)
    if (change) workloads.push(change)
  }
  const byPath = <T extends ComponentRef>(a: T, b: T) => a.path.localeCompare(b.path)
  const unchanged =
    added.length + removed.length + stacks.length + verdicts.length + workloads.length === 0
  return {
    kind: unchanged ? 'unchanged' : 'changed',
    unchanged,
    added: added.sort(byPath),
    removed: removed.sort(byPath),
    stacks,
    verdicts,
    workloads,
  }
}

function stackRef(component: ComponentReport): StackRef {
  const { stack, otherName } = component.stack
  return stack === 'other' && otherName ? { stack, otherName } : { stack }
}

function workloadChange(
  before: ComponentReport,
  after: ComponentReport,
): WorkloadChange | undefined {
  const scoreOf = (scores: WorkloadScore[], w: Workload) =>
    scores.find((s) => s.workload === w)?.score ?? 0
  const classes = new Set([...before.workloads, ...after.workloads].map((s) => s.workload))
  const scores: ScoreChange[] = []
  for (const workload of classes) {
    const from = scoreOf(before.workloads, workload)
    const to = scoreOf(after.workloads, workload)
    // A little slack so 0.15 exactly is not lost to floating point.
    if (Math.abs(to - from) >= SCORE_CHANGE_THRESHOLD - 1e-9) scores.push({ workload, from, to })
  }
  scores.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from))
  const primaryChanged = !sameList(before.primary, after.primary)
  if (!primaryChanged && scores.length === 0) return undefined

  const changed = new Set<Workload>([
    ...scores.map((s) => s.workload),
    ...(primaryChanged ? [...before.primary, ...after.primary] : []),
  ])
  const evidenceOf = (c: ComponentReport) =>
    c.workloads.filter((s) => changed.has(s.workload)).flatMap((s) => s.evidence)
  const beforeEvidence = evidenceOf(before)
  const afterEvidence = evidenceOf(after)
  const dependenciesAdded = responsible(
    dependencyDifference(after.dependencies, before.dependencies),
    afterEvidence,
  )
  const dependenciesRemoved = responsible(
    dependencyDifference(before.dependencies, after.dependencies),
    beforeEvidence,
  )
  const beforeFiles = new Set(beforeEvidence.map((e) => e.file))
  const afterFiles = new Set(afterEvidence.map((e) => e.file))
  const files = [
    ...[...afterFiles].filter((f) => !beforeFiles.has(f)),
    ...[...beforeFiles].filter((f) => !afterFiles.has(f)),
  ].sort()
  return {
    path: after.path,
    name: after.name,
    primaryFrom: before.primary,
    primaryTo: after.primary,
    scores,
    dependenciesAdded,
    dependenciesRemoved,
    files,
  }
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

function dependencyKey(d: Dependency): string {
  return `${d.ecosystem}:${d.name.toLowerCase()}`
}

function dependencyDifference(from: Dependency[], without: Dependency[]): Dependency[] {
  const present = new Set(without.map(dependencyKey))
  return from.filter((d) => !present.has(dependencyKey(d)))
}

/** The dependencies the changed classes' evidence points at; all of them when none is named. */
function responsible(
  dependencies: Dependency[],
  evidence: { file: string; line?: number; detail: string }[],
): Dependency[] {
  const named = dependencies.filter((d) =>
    evidence.some(
      (e) =>
        (e.file === d.file && e.line !== undefined && e.line === d.line) ||
        e.detail
          .toLowerCase()
          .split(/[\s,;:()]+/)
          .includes(d.name.toLowerCase()),
    ),
  )
  return named.length > 0 ? named : dependencies
}
