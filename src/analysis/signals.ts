// Turns what was read (dependencies, imports, code patterns, notebooks, container hints) into
// weighted workload signals with evidence.
import type { Knowledge, PackageSignal } from '../knowledge/load.js'
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
      if (!known) continue
      seen.add(key)
      used.push(dep)
      addWeighted(signals, known.workloads, (w) => scopeFactor(dep.scope, w), 'dependency', {
        file: dep.file,
        line: dep.line,
        detail: `${dep.ecosystem === 'npm' ? 'npm' : 'PyPI'} dependency ${dep.name}${dep.scope === 'runtime' ? '' : ` (${dep.scope})`}`,
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

/** Signals from imports and code patterns, each counted once per component with its first place. */
export function codeSignals(files: readonly FileFacts[], knowledge: Knowledge): Signal[] {
  const signals: Signal[] = []
  const imports = new Map<string, { known: PackageSignal; ref: Evidence; prodUse: boolean }>()
  const patterns = new Map<
    string,
    { hit: PatternHit; file: string; files: number; prodUse: boolean }
  >()
  let notebooks = 0
  let firstNotebook: string | undefined

  for (const file of files) {
    if (file.notebook) {
      notebooks++
      firstNotebook ??= file.path
    }
    for (const ref of file.imports) {
      const known = knownImport(knowledge, file.language, ref.module)
      if (!known) continue
      const entry = imports.get(known.name)
      if (!entry) {
        imports.set(known.name, {
          known,
          ref: {
            file: file.path,
            line: file.notebook ? undefined : ref.line,
            detail: `imports ${ref.module}`,
          },
          prodUse: !file.test,
        })
      } else if (!entry.prodUse && !file.test) {
        entry.prodUse = true
        entry.ref = {
          file: file.path,
          line: file.notebook ? undefined : ref.line,
          detail: `imports ${ref.module}`,
        }
      }
    }
    for (const hit of file.patterns) {
      const entry = patterns.get(hit.pattern.id)
      if (!entry) {
        patterns.set(hit.pattern.id, { hit, file: file.path, files: 1, prodUse: !file.test })
      } else {
        entry.files++
        if (!entry.prodUse && !file.test)
          Object.assign(entry, { hit, file: file.path, prodUse: true })
      }
    }
  }

  for (const { known, ref, prodUse } of imports.values()) {
    const factor = IMPORT_FACTOR * (prodUse ? 1 : TEST_CODE_FACTOR)
    addWeighted(signals, known.workloads, () => factor, 'import', ref)
  }
  for (const { hit, file, files: count, prodUse } of patterns.values()) {
    // More files doing the same thing is more evidence, with diminishing returns.
    const spread = 1 + 0.25 * Math.min(count - 1, 4)
    const factor = spread * (prodUse ? 1 : TEST_CODE_FACTOR)
    addWeighted(signals, hit.pattern.workloads, () => factor, 'code-pattern', {
      file,
      line: hit.line,
      detail: count > 1 ? `${hit.pattern.detail} (${count} files)` : hit.pattern.detail,
    })
  }
  if (notebooks > 0 && firstNotebook) {
    signals.push({
      workload: 'data-ml',
      weight: Math.min(2 + 0.5 * (notebooks - 1), 4),
      kind: 'notebook',
      evidence: {
        file: firstNotebook,
        detail: notebooks > 1 ? `${notebooks} Jupyter notebooks` : 'Jupyter notebook',
      },
    })
  }
  return signals
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
