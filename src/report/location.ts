// Where a component's verdict is anchored in the repository, for SARIF results and annotations.
import type { ComponentReport, Dependency, Evidence } from '../model.js'

export interface CauseLocation {
  /** Repository-relative file. */
  file: string
  /** 1-based. */
  line: number
}

/**
 * The manifest line that carries the cause: the first dependency behind the primary workload,
 * else the first manifest at line 1, else the first piece of evidence.
 */
export function causeLocation(component: ComponentReport): CauseLocation | undefined {
  for (const workload of component.primary) {
    const score = component.workloads.find((s) => s.workload === workload)
    for (const evidence of score?.evidence ?? []) {
      const dependency = component.dependencies.find((d) => backs(d, evidence))
      if (dependency) return { file: dependency.file, line: Math.max(1, dependency.line ?? 1) }
    }
    const inManifest = score?.evidence.find((e) => component.manifests.includes(e.file))
    if (inManifest) return { file: inManifest.file, line: Math.max(1, inManifest.line ?? 1) }
  }
  const manifest = component.manifests[0]
  if (manifest) return { file: manifest, line: 1 }
  const first = component.workloads[0]?.evidence[0] ?? component.stack.evidence[0]
  return first ? { file: first.file, line: Math.max(1, first.line ?? 1) } : undefined
}

function backs(dependency: Dependency, evidence: Evidence): boolean {
  if (evidence.file === dependency.file && evidence.line !== undefined)
    return evidence.line === dependency.line
  return (
    evidence.file === dependency.file &&
    evidence.detail.toLowerCase().split(/\s+/).includes(dependency.name.toLowerCase())
  )
}
