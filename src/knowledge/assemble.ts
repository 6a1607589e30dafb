// Builds the knowledge the analysis uses from validated data: checks cross-references, merges
// organisation guidance by id and builds the lookups. No schema library here: the scan workers load
// this with the compiled knowledge and nothing else (see bundled.ts).
import type {
  Disagreement,
  Guidance,
  KnowledgeFiles,
  Mitigation,
  PackageSignal,
  Pattern,
  Rule,
  Source,
} from './schema.js'

export type { Disagreement, Mitigation, PackageSignal, Pattern, Rule, Source } from './schema.js'

export interface LoadedRule extends Rule {
  /** How many sources state the rule. */
  agreement: number
  /** Ids of the disagreements that name this rule. */
  disputedBy: string[]
}

export interface CompiledPattern extends Pattern {
  re: RegExp
  /**
   * Plain strings of which every match contains one (prepared by the build), null when none is
   * worth testing; undefined when not prepared, and then worked out on first use.
   */
  literals?: string[] | null
}

/** knowledge/*.json as validated by the schemas (defaults filled in), with prepared literal sets. */
export interface CompiledKnowledge {
  sources: Source[]
  guidance: Guidance
  signals: CompiledSignals
  patterns: (Pattern & { literals: string[] | null })[]
}

/**
 * The catalogue with its neutral entries (a name and no weight: most of it) kept as bare names, so
 * a run parses and indexes a few thousand entries instead of twenty thousand; a neutral package
 * becomes an entry when first looked up (`splitNeutral` makes this from the catalogue).
 */
export interface CompiledSignals {
  npm: PackageSignal[]
  pypi: PackageSignal[]
  neutral?: { npm: string[]; pypi: string[] }
}

/** Whether an entry says nothing but its name: no weight, no `itself`, role or import names. */
function isBareNeutral(p: PackageSignal): boolean {
  for (const key in p) if (key !== 'name' && key !== 'workloads') return false
  for (const _ in p.workloads) return false
  return true
}

/** The catalogue as compiled: neutral entries moved to bare names (see CompiledSignals). */
export function splitNeutral(signals: {
  npm: PackageSignal[]
  pypi: PackageSignal[]
}): CompiledSignals {
  const neutral = { npm: [] as string[], pypi: [] as string[] }
  const kept = { npm: [] as PackageSignal[], pypi: [] as PackageSignal[] }
  for (const key of ['npm', 'pypi'] as const)
    for (const p of signals[key]) {
      if (isBareNeutral(p)) neutral[key].push(p.name)
      else kept[key].push(p)
    }
  return { ...kept, neutral }
}

export interface Knowledge {
  sources: Source[]
  sourceById: ReadonlyMap<string, Source>
  rules: LoadedRule[]
  disagreements: Disagreement[]
  mitigations: Mitigation[]
  patterns: CompiledPattern[]
  /** Exact name first, then a `@scope/*` entry. */
  npmPackage(name: string): PackageSignal | undefined
  /** Looked up by PEP 503-normalised name. */
  pypiPackage(name: string): PackageSignal | undefined
  /** A top-level Python module: through `imports`, else the package whose normalised name (with `_`) it is. */
  pythonImport(module: string): PackageSignal | undefined
  npmPackageCount: number
  pypiPackageCount: number
}

/** The knowledge files or the organisation guidance are invalid; one problem per line. */
export class KnowledgeError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    super(problems.join('\n'))
    this.name = 'KnowledgeError'
    this.problems = problems
  }
}

export const FILE_OF_KEY: Record<keyof KnowledgeFiles, string> = {
  sources: 'knowledge/sources.json',
  guidance: 'knowledge/guidance.json',
  signals: 'knowledge/signals.json',
  patterns: 'knowledge/patterns.json',
}

/** Names already normalised: the verdict and the scan ask about the same few hundred names again and again. */
const normalizedPypiNames = new Map<string, string>()

/** PEP 503: lower case, runs of `-`, `_` and `.` become one `-`. */
export function normalizePypiName(name: string): string {
  let normalized = normalizedPypiNames.get(name)
  if (normalized === undefined) {
    normalized = name.toLowerCase().replace(/[-_.]+/g, '-')
    normalizedPypiNames.set(name, normalized)
  }
  return normalized
}

/** Where an item of the merged guidance came from, so a problem names the right file and index. */
export interface Located<T> {
  item: T
  file: string
  path: string
}

export function locate<T>(items: readonly T[], file: string, key: string): Located<T>[] {
  return items.map((item, i) => ({ item, file, path: `${key}[${i}]` }))
}

function duplicateIdProblems<T extends { id: string }>(items: readonly Located<T>[]): string[] {
  const seen = new Set<string>()
  const problems: string[] = []
  for (const { item, file, path } of items) {
    if (seen.has(item.id)) problems.push(`${file}: ${path}.id: duplicate id "${item.id}"`)
    seen.add(item.id)
  }
  return problems
}

/** Base items, then extra items: a same id replaces the base item in place, a new id is appended. */
function mergeById<T extends { id: string }>(
  base: Located<T>[],
  extra: Located<T>[],
): Located<T>[] {
  const merged = [...base]
  const indexById = new Map(merged.map((l, i) => [l.item.id, i]))
  for (const l of extra) {
    const i = indexById.get(l.item.id)
    if (i === undefined) {
      indexById.set(l.item.id, merged.length)
      merged.push(l)
    } else {
      merged[i] = l
    }
  }
  return merged
}

export interface LocatedGuidance {
  rules: Located<Rule>[]
  disagreements: Located<Disagreement>[]
  mitigations: Located<Mitigation>[]
}

function compilePattern(pattern: Pattern): RegExp | string {
  try {
    return new RegExp(pattern.regex, pattern.flags)
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}

function packageProblems(
  packages: readonly PackageSignal[],
  key: 'npm' | 'pypi',
  normalize: (name: string) => string,
): string[] {
  const problems: string[] = []
  const seen = new Map<string, string>()
  packages.forEach((p, i) => {
    const name = normalize(p.name)
    const first = seen.get(name)
    if (first !== undefined) {
      problems.push(
        `${FILE_OF_KEY.signals}: ${key}[${i}].name: duplicate package "${p.name}" (already listed as "${first}")`,
      )
    } else {
      seen.set(name, p.name)
    }
    if (key === 'npm' && p.name.includes('*') && !/^@[^/]+\/\*$/.test(p.name)) {
      problems.push(
        `${FILE_OF_KEY.signals}: ${key}[${i}].name: a wildcard must be a whole scope, as in "@scope/*"`,
      )
    }
  })
  return problems
}

/**
 * Entries by key, the bare neutral names (CompiledSignals) among them: an entry is made for one of
 * those when first asked for, and then kept, so a name is always answered by the same object.
 */
class Catalogue {
  private readonly entries = new Map<string, PackageSignal>()
  private readonly neutral = new Map<string, string>()

  constructor(
    packages: readonly PackageSignal[],
    neutral: readonly string[],
    key: (name: string) => string,
  ) {
    for (const p of packages) this.entries.set(key(p.name), p)
    for (const name of neutral) this.neutral.set(key(name), name)
  }

  get(key: string): PackageSignal | undefined {
    const entry = this.entries.get(key)
    if (entry) return entry
    const name = this.neutral.get(key)
    if (name === undefined) return undefined
    const made: PackageSignal = { name, workloads: {} }
    this.entries.set(key, made)
    return made
  }
}

// The lookups are built on their first call: a run that reads no manifest and no import (an empty
// repository, a scan worker between batches) never pays for thousands of map entries.
function npmLookup(signals: () => CompiledSignals): (name: string) => PackageSignal | undefined {
  let byName: Catalogue | undefined
  return (name) => {
    byName ??= new Catalogue(signals().npm, signals().neutral?.npm ?? [], (n) => n)
    const exact = byName.get(name)
    if (exact) return exact
    if (!name.startsWith('@')) return undefined
    const scope = name.split('/', 1)[0]
    return scope ? byName.get(`${scope}/*`) : undefined
  }
}

function pypiLookups(signals: () => CompiledSignals): {
  byPackage: (name: string) => PackageSignal | undefined
  byImport: (module: string) => PackageSignal | undefined
} {
  let byName: Catalogue | undefined
  let byModule: Map<string, PackageSignal> | undefined
  const names = (): Catalogue =>
    (byName ??= new Catalogue(signals().pypi, signals().neutral?.pypi ?? [], normalizePypiName))
  const modules = (): Map<string, PackageSignal> => {
    if (!byModule) {
      byModule = new Map()
      // A bare neutral name has no import names: only entries carry them.
      for (const p of signals().pypi) {
        for (const module of p.imports ?? []) if (!byModule.has(module)) byModule.set(module, p)
      }
    }
    return byModule
  }
  return {
    byPackage: (name) => names().get(normalizePypiName(name)),
    byImport: (module) => modules().get(module) ?? names().get(normalizePypiName(module)),
  }
}

/** The analysis's view of checked guidance, patterns and signals: rule agreement, lookups. */
function knowledgeOf(
  data: KnowledgeFiles | CompiledKnowledge,
  rules: readonly Rule[],
  disagreements: Disagreement[],
  mitigations: Mitigation[],
  patterns: CompiledPattern[],
): Knowledge {
  const disputedBy = new Map<string, string[]>()
  for (const d of disagreements) {
    for (const id of new Set(d.rules)) disputedBy.set(id, [...(disputedBy.get(id) ?? []), d.id])
  }
  // Read on first use only: the compiled knowledge may parse its signals then (see bundled.ts).
  const signals = (): CompiledSignals => data.signals
  const pypi = pypiLookups(signals)
  return {
    sources: data.sources,
    sourceById: new Map(data.sources.map((s) => [s.id, s])),
    rules: rules.map((item) => ({
      ...item,
      agreement: item.sources.length,
      disputedBy: disputedBy.get(item.id) ?? [],
    })),
    disagreements,
    mitigations,
    patterns,
    npmPackage: npmLookup(signals),
    pypiPackage: pypi.byPackage,
    pythonImport: pypi.byImport,
    get npmPackageCount() {
      const { npm, neutral } = signals()
      return npm.length + (neutral?.npm.length ?? 0)
    },
    get pypiPackageCount() {
      const { pypi, neutral } = signals()
      return pypi.length + (neutral?.pypi.length ?? 0)
    },
  }
}

/**
 * The knowledge the build compiled: the build ran every check of assembleKnowledge on it
 * (src/knowledge/compile.ts), so a run builds the same knowledge without repeating them.
 */
export function assembleCompiledKnowledge(data: CompiledKnowledge): Knowledge {
  return knowledgeOf(
    data,
    data.guidance.rules,
    data.guidance.disagreements,
    data.guidance.mitigations,
    data.patterns.map((pattern) => ({ ...pattern, re: new RegExp(pattern.regex, pattern.flags) })),
  )
}

/**
 * Checks the cross-references of validated knowledge (and organisation guidance, merged by id) and
 * builds the lookups. Throws a KnowledgeError listing every problem found.
 */
export function assembleKnowledge(
  data: KnowledgeFiles | CompiledKnowledge,
  extra?: LocatedGuidance,
): Knowledge {
  const guidanceFile = FILE_OF_KEY.guidance
  const problems: string[] = []

  problems.push(
    ...duplicateIdProblems(
      data.sources.map((item, i) => ({ item, file: FILE_OF_KEY.sources, path: `[${i}]` })),
    ),
  )
  const base: LocatedGuidance = {
    rules: locate(data.guidance.rules, guidanceFile, 'rules'),
    disagreements: locate(data.guidance.disagreements, guidanceFile, 'disagreements'),
    mitigations: locate(data.guidance.mitigations, guidanceFile, 'mitigations'),
  }
  for (const kind of ['rules', 'disagreements', 'mitigations'] as const) {
    problems.push(...duplicateIdProblems<{ id: string }>(base[kind]))
    if (extra) problems.push(...duplicateIdProblems<{ id: string }>(extra[kind]))
  }
  const rules = extra ? mergeById(base.rules, extra.rules) : base.rules
  const disagreements = extra
    ? mergeById(base.disagreements, extra.disagreements)
    : base.disagreements
  const mitigations = extra ? mergeById(base.mitigations, extra.mitigations) : base.mitigations

  const sourceIds = new Set(data.sources.map((s) => s.id))
  const ruleById = new Map(rules.map((l) => [l.item.id, l.item]))
  const mitigationById = new Map(mitigations.map((l) => [l.item.id, l.item]))
  const patternIds = new Set(data.patterns.map((p) => p.id))
  const unknown = (file: string, path: string, kind: string, id: string) =>
    `${file}: ${path}: unknown ${kind} id "${id}"`
  const checkSources = (file: string, path: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) problems.push(unknown(file, `${path}[${i}]`, 'source', id))
      else if (ids.indexOf(id) !== i)
        problems.push(`${file}: ${path}[${i}]: source "${id}" cited twice`)
    })

  for (const { item: rule, file, path } of rules) {
    checkSources(file, `${path}.sources`, rule.sources)
    rule.mitigations.forEach((id, i) => {
      const m = mitigationById.get(id)
      if (!m) problems.push(unknown(file, `${path}.mitigations[${i}]`, 'mitigation', id))
      else if (m.stack !== rule.stack) {
        problems.push(
          `${file}: ${path}.mitigations[${i}]: mitigation "${id}" is for ${m.stack}, the rule for ${rule.stack}`,
        )
      }
    })
  }
  for (const { item: d, file, path } of disagreements) {
    d.rules.forEach((id, i) => {
      if (!ruleById.has(id)) problems.push(unknown(file, `${path}.rules[${i}]`, 'rule', id))
    })
    d.positions.forEach((p, i) => checkSources(file, `${path}.positions[${i}].sources`, p.sources))
  }
  for (const { item: m, file, path } of mitigations) {
    checkSources(file, `${path}.sources`, m.sources)
    m.detect.patterns.forEach((id, i) => {
      if (!patternIds.has(id))
        problems.push(unknown(file, `${path}.detect.patterns[${i}]`, 'pattern', id))
    })
  }

  problems.push(
    ...duplicateIdProblems(
      data.patterns.map((item, i) => ({ item, file: FILE_OF_KEY.patterns, path: `[${i}]` })),
    ),
  )
  const patterns: CompiledPattern[] = []
  data.patterns.forEach((pattern, i) => {
    const re = compilePattern(pattern)
    if (typeof re === 'string')
      problems.push(`${FILE_OF_KEY.patterns}: [${i}].regex: does not compile: ${re}`)
    else patterns.push({ ...(pattern as Pattern & { literals?: string[] | null }), re })
  })

  problems.push(...packageProblems(data.signals.npm, 'npm', (n) => n))
  problems.push(...packageProblems(data.signals.pypi, 'pypi', normalizePypiName))

  if (problems.length > 0) throw new KnowledgeError(problems)

  return knowledgeOf(
    data,
    rules.map(({ item }) => item),
    disagreements.map((l) => l.item),
    mitigations.map((l) => l.item),
    patterns,
  )
}
