// Turns what was read (dependencies, imports, code patterns, notebooks, container hints) into
// weighted workload signals with evidence.
import type { CompiledPattern, Knowledge, PackageSignal } from '../knowledge/load.js'
import { PACKAGE_ROLES } from '../knowledge/schema.js'
import type { Dependency, DependencyScope, Evidence, Manifest, Signal, Workload } from '../model.js'
import type { ModuleRef, PatternHit } from './source-scan.js'

/** What the source scan found in one file. */
export interface FileFacts {
  path: string
  language: 'javascript' | 'python'
  notebook: boolean
  test: boolean
  imports: ModuleRef[]
  patterns: PatternHit[]
}

// Runtime dependencies count fully; the rest only hint at what the component does.
const SCOPE_FACTOR: Record<DependencyScope, number> = {
  runtime: 1,
  optional: 0.5,
  peer: 0.5,
  build: 0.3,
  dev: 0.25,
  test: 0.2,
}
// Frontend apps commonly keep their whole framework in devDependencies because a bundler ships it.
const DEV_FACTOR_FRONTEND = 0.75
const IMPORT_FACTOR = 0.5
const TEST_CODE_FACTOR = 0.25

const TEST_PATH =
  /(^|\/)(tests?|__tests__|spec|e2e|cypress)\/|(\.|_)(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]*\.py$|_test\.py$/

export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path)
}

export function npmPackageOfImport(module: string): string | undefined {
  if (module.startsWith('node:')) return undefined
  const parts = module.split('/')
  if (module.startsWith('@')) return parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined
  return parts[0] || undefined
}

function scopeFactor(scope: DependencyScope, workload: Workload): number {
  if (workload === 'spa-frontend' && (scope === 'dev' || scope === 'peer'))
    return DEV_FACTOR_FRONTEND
  return SCOPE_FACTOR[scope]
}

export function isNeutral(known: PackageSignal): boolean {
  return Object.keys(known.workloads).length === 0
}

/** ` (dev, calls a hosted AI API)`: the scope and what the package is, when either is worth saying. */
function aside(known: PackageSignal, extra: readonly string[]): string {
  const parts = known.role ? [...extra, PACKAGE_ROLES[known.role]] : extra
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}

function lookupDependency(knowledge: Knowledge, dep: Dependency): PackageSignal | undefined {
  return dep.ecosystem === 'npm' ? knowledge.npmPackage(dep.name) : knowledge.pypiPackage(dep.name)
}

function addWeighted(
  out: Signal[],
  workloads: PackageSignal['workloads'],
  factor: (w: Workload) => number,
  kind: Signal['kind'],
  evidence: Evidence,
): void {
  for (const [workload, weight] of Object.entries(workloads) as [Workload, number][]) {
    const value = weight * factor(workload)
    if (value > 0) out.push({ workload, weight: value, kind, evidence })
  }
}

/** Signals from declared dependencies; also returns the dependencies that mattered. */
export function dependencySignals(
  manifests: readonly Manifest[],
  knowledge: Knowledge,
): { signals: Signal[]; used: Dependency[] } {
  const signals: Signal[] = []
  const used: Dependency[] = []
  const seen = new Set<string>()
  for (const manifest of manifests) {
    for (const dep of manifest.dependencies) {
      const key = `${dep.ecosystem}:${dep.name.toLowerCase()}`
      if (seen.has(key)) continue
      const known = lookupDependency(knowledge, dep)
      // A neutral entry (a test runner, a linter) is known but says nothing about the workload.
      if (!known || isNeutral(known)) continue
      seen.add(key)
      used.push(dep)
      const scope = dep.scope === 'runtime' ? [] : [dep.scope]
      addWeighted(signals, known.workloads, (w) => scopeFactor(dep.scope, w), 'dependency', {
        file: dep.file,
        line: dep.line,
        detail: `${dep.ecosystem === 'npm' ? 'npm' : 'PyPI'} dependency ${dep.name}${aside(known, scope)}`,
      })
    }
  }
  return { signals, used }
}

/** The catalogue entry an imported module belongs to, if any. */
export function knownImport(
  knowledge: Knowledge,
  language: FileFacts['language'],
  module: string,
): PackageSignal | undefined {
  return language === 'javascript'
    ? lookupNpmImport(knowledge, module)
    : knowledge.pythonImport(module.split('.')[0]!)
}

/** A place in path order: the file, then the position of the fact within it. */
interface Seen {
  file: string
  index: number
}

function before(a: Seen, b: Seen): boolean {
  return a.file !== b.file ? a.file < b.file : a.index < b.index
}

/** Where a fact's evidence points: production code before test code, then path order. */
interface Place extends Seen {
  test: boolean
}

function better(a: Place, b: Place): boolean {
  return a.test !== b.test ? !a.test : before(a, b)
}

interface Folded<T> {
  /** First appearance in path order; orders the signals as a path-ordered walk would. */
  seen: Seen
  /** The evidence shown. */
  place: Place
  value: T
  /** How many times the key was folded in (for a code pattern: in how many files, one hit each). */
  count: number
}

/** Keeps, per key, the first appearance and the best evidence, whatever order they arrive in. */
function fold<T>(map: Map<string, Folded<T>>, key: string, place: Place, value: T): void {
  const entry = map.get(key)
  if (!entry) {
    map.set(key, { seen: place, place, value, count: 1 })
    return
  }
  entry.count++
  if (before(place, entry.seen)) entry.seen = place
  if (better(place, entry.place)) {
    entry.place = place
    entry.value = value
  }
}

function inOrder<T>(map: Map<string, Folded<T>>): Folded<T>[] {
  return [...map.values()].sort((a, b) => (before(a.seen, b.seen) ? -1 : 1))
}

/**
 * Folds what the source scan found in a component's files into the little the report needs: per
 * catalogued package and per code pattern, its first place and how many files show it. Files may
 * arrive in any order (parallel reads); the result is the same as for files taken in path order.
 * Nothing per file is kept, so memory does not grow with the number of files.
 */
export class CodeFacts {
  private readonly imports = new Map<
    string,
    Folded<{ known: PackageSignal; module: string; line: number | undefined }>
  >()
  private readonly patternHits = new Map<
    string,
    Folded<{ pattern: CompiledPattern; line: number }>
  >()
  /** Per pattern, its first place in path order whether test code or not (the verdict's evidence). */
  private readonly firstPatterns = new Map<string, Folded<Evidence>>()
  private notebooks = 0
  private firstNotebook: string | undefined

  constructor(private readonly knowledge: Knowledge) {}

  add(file: FileFacts): void {
    if (file.notebook) {
      this.notebooks++
      if (this.firstNotebook === undefined || file.path < this.firstNotebook)
        this.firstNotebook = file.path
    }
    file.imports.forEach((ref, index) => {
      const known = knownImport(this.knowledge, file.language, ref.module)
      if (!known || isNeutral(known)) return
      fold(
        this.imports,
        known.name,
        { file: file.path, index, test: file.test },
        { known, module: ref.module, line: file.notebook ? undefined : ref.line },
      )
    })
    file.patterns.forEach((hit, index) => {
      const id = hit.pattern.id
      const place = { file: file.path, index, test: file.test }
      fold(this.patternHits, id, place, { pattern: hit.pattern, line: hit.line })
      fold(
        this.firstPatterns,
        id,
        { ...place, test: false },
        {
          file: file.path,
          line: file.notebook ? undefined : hit.line,
          detail: hit.pattern.detail,
        },
      )
    })
  }

  /** Code patterns seen in the component, each with its first place in path order. */
  patterns(): Map<string, Evidence> {
    const sorted = [...this.firstPatterns].sort(([, a], [, b]) => (before(a.seen, b.seen) ? -1 : 1))
    return new Map(sorted.map(([id, entry]) => [id, entry.value]))
  }

  /** Signals from imports, code patterns and notebooks, each counted once with its first place. */
  signals(): Signal[] {
    const signals: Signal[] = []
    for (const { place, value } of inOrder(this.imports)) {
      const factor = IMPORT_FACTOR * (place.test ? TEST_CODE_FACTOR : 1)
      addWeighted(signals, value.known.workloads, () => factor, 'import', {
        file: place.file,
        line: value.line,
        detail: `imports ${value.module}${aside(value.known, [])}`,
      })
    }
    for (const { place, value, count: files } of inOrder(this.patternHits)) {
      // More files doing the same thing is more evidence, with diminishing returns.
      const spread = 1 + 0.25 * Math.min(files - 1, 4)
      const factor = spread * (place.test ? TEST_CODE_FACTOR : 1)
      addWeighted(signals, value.pattern.workloads, () => factor, 'code-pattern', {
        file: place.file,
        line: value.line,
        detail: files > 1 ? `${value.pattern.detail} (${files} files)` : value.pattern.detail,
      })
    }
    if (this.notebooks > 0 && this.firstNotebook) {
      signals.push({
        workload: 'data-ml',
        weight: Math.min(2 + 0.5 * (this.notebooks - 1), 4),
        kind: 'notebook',
        evidence: {
          file: this.firstNotebook,
          detail: this.notebooks > 1 ? `${this.notebooks} Jupyter notebooks` : 'Jupyter notebook',
        },
      })
    }
    return signals
  }
}

/** Signals from the facts of a set of files (see CodeFacts). */
export function codeSignals(files: readonly FileFacts[], knowledge: Knowledge): Signal[] {
  const facts = new CodeFacts(knowledge)
  for (const file of files) facts.add(file)
  return facts.signals()
}

function lookupNpmImport(knowledge: Knowledge, module: string): PackageSignal | undefined {
  const name = npmPackageOfImport(module)
  return name ? knowledge.npmPackage(name) : undefined
}

const ML_IMAGES = /^(tensorflow\/|pytorch\/|nvidia\/cuda|nvcr\.io\/|jupyter\/|huggingface\/)/i

/** Hints from Dockerfile base images and Procfile process types. */
export function containerSignals(manifests: readonly Manifest[]): Signal[] {
  const signals: Signal[] = []
  for (const m of manifests) {
    if (m.kind === 'Dockerfile') {
      for (const image of m.baseImages ?? []) {
        if (ML_IMAGES.test(image.image)) {
          signals.push({
            workload: 'data-ml',
            weight: 1.5,
            kind: 'dockerfile',
            evidence: { file: m.file, line: image.line, detail: `ML base image ${image.image}` },
          })
        }
      }
    } else if (m.kind === 'Procfile') {
      for (const [type, command] of Object.entries(m.scripts ?? {})) {
        const line = m.commands?.find((c) => c.text === command)?.line
        const workload: Workload | undefined =
          type === 'web'
            ? 'io-api'
            : type === 'clock' || type === 'worker'
              ? 'automation'
              : undefined
        if (workload) {
          signals.push({
            workload,
            weight: 0.5,
            kind: 'procfile',
            evidence: { file: m.file, line, detail: `Procfile process type ${type}` },
          })
        }
      }
    }
  }
  return signals
}
