// Compiled code in a Node.js or Python component: C, C++, Rust, Cython or WebAssembly sources and
// the set-ups that build them. Evidence of CPU-heavy work, and of the compiled-code mitigations the
// guidance names for it.
import type { Evidence, Signal } from '../model.js'
import { type ComponentDraft, isAuxiliaryFileOf } from './components.js'
import { fileKindOf } from './languages.js'

export interface NativeCode {
  /** Compiled sources of the component's own code, the first in path order, and their languages. */
  sources: { count: number; first?: string; languages: string[] }
  /** The same in tests, benchmarks, examples and tools: a hint only. */
  auxiliarySources: { count: number; first?: string }
  /** Build set-ups: binding.gyp, CMakeLists.txt, a crate beside the manifest, a C extension in setup.py. */
  builds: Evidence[]
}

export function nativeCodeOf(
  draft: Pick<ComponentDraft, 'path' | 'files' | 'manifests' | 'nativeCrates' | 'collectionRoot'>,
): NativeCode {
  const own = { count: 0, first: undefined as string | undefined, languages: new Set<string>() }
  const auxiliary = { count: 0, first: undefined as string | undefined }
  const builds: Evidence[] = []
  for (const path of draft.files) {
    const kind = fileKindOf(path)
    if (!kind?.native) continue
    if (kind.native === 'build') {
      builds.push({ file: path, detail: `${kind.language} build of compiled code` })
      continue
    }
    const into = isAuxiliaryFileOf(draft, path) || isBrowserAsset(path) ? auxiliary : own
    into.count++
    if (into.first === undefined || path < into.first) into.first = path
    if (into === own) own.languages.add(kind.language)
  }
  for (const file of draft.nativeCrates)
    builds.push({ file, detail: 'Rust crate built for the package' })
  for (const m of draft.manifests) {
    for (const n of m.native ?? []) builds.push({ file: m.file, line: n.line, detail: n.detail })
  }
  builds.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
  )
  return {
    sources: { count: own.count, first: own.first, languages: [...own.languages].sort() },
    auxiliarySources: auxiliary,
    builds,
  }
}

// WebAssembly in the folders a server hands to browsers (mapshaper's www/sql-wasm.wasm for its GUI)
// runs in the browser: it does none of the Node.js or Python process's work.
const BROWSER_ASSET = /(^|\/)(public|static|www|wwwroot|assets)\/(?:[^/]+\/)*[^/]+\.wa(?:sm|t)$/

function isBrowserAsset(path: string): boolean {
  return BROWSER_ASSET.test(path)
}

/** Where the compiled code shows, for a mitigation's evidence. */
export function nativeEvidence(native: NativeCode): Evidence[] {
  const evidence: Evidence[] = []
  if (native.sources.first) {
    evidence.push({ file: native.sources.first, detail: sourcesDetail(native) })
  }
  return [...evidence, ...native.builds]
}

function sourcesDetail(native: NativeCode): string {
  const { count, languages } = native.sources
  return `${count} ${languages.join('/')} source file${count === 1 ? '' : 's'}`
}

/** CPU-intensive signals: compiled sources count with diminishing returns, build set-ups a little. */
export function nativeSignals(native: NativeCode): Signal[] {
  const signals: Signal[] = []
  if (native.sources.first) {
    signals.push({
      workload: 'cpu-intensive',
      weight: 1.5 + 0.25 * Math.min(native.sources.count - 1, 8),
      kind: 'native-code',
      evidence: { file: native.sources.first, detail: sourcesDetail(native) },
    })
  } else if (native.auxiliarySources.first) {
    signals.push({
      workload: 'cpu-intensive',
      weight: 0.4,
      kind: 'native-code',
      evidence: {
        file: native.auxiliarySources.first,
        detail: `${native.auxiliarySources.count} compiled source file(s) outside the package's own code`,
      },
    })
  }
  native.builds.slice(0, 2).forEach((build) => {
    signals.push({ workload: 'cpu-intensive', weight: 1, kind: 'native-code', evidence: build })
  })
  return signals
}
