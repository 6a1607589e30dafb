// pip requirements files: one requirement per logical line, `-r` includes followed inside the
// repository only, options and constraints skipped.

import type {
  Dependency,
  DependencyScope,
  Manifest,
  ManifestParseResult,
  Problem,
} from '../../model.js'
import { basenameOf, dirnameOf, joinRepoPath, PathOutsideRootError } from '../file-source.js'
import { normalizePypiName } from '../../knowledge/assemble.js'
import { dependency, isSafeName, pep508Name, scopeOfGroup } from './common.js'

const MAX_INCLUDE_DEPTH = 20
const MAX_TREE_FILES = 200

/** One logical line: continuation lines joined, comments removed, with its first physical line. */
export interface LogicalLine {
  text: string
  line: number
}

export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = []
  const physical = text.split('\n')
  let buffer = ''
  let start = 0
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!.replace(/\r$/, '')
    if (buffer === '') start = i + 1
    if (raw.endsWith('\\')) {
      buffer += raw.slice(0, -1)
      continue
    }
    buffer += raw
    const text = stripComment(buffer).trim()
    if (text !== '') out.push({ text, line: start })
    buffer = ''
  }
  const last = stripComment(buffer).trim()
  if (last !== '') out.push({ text: last, line: start })
  return out
}

/** pip treats `#` as a comment at the start of a line or after whitespace; `#egg=` in URLs stays. */
function stripComment(line: string): string {
  const match = /(^|\s)#/.exec(line)
  return match ? line.slice(0, match.index) : line
}

export type RequirementLine =
  | { kind: 'dependency'; name: string; spec?: string }
  | { kind: 'include'; target: string }
  | { kind: 'skip' }
  | { kind: 'invalid'; message: string }

/** Reads one logical requirements line (already without comments). */
export function readRequirementLine(text: string): RequirementLine {
  const include = /^(?:-r|--requirement)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)/.exec(text)
  if (include) return { kind: 'include', target: include[1]! }
  if (/^(?:-c|--constraint)\b/.test(text)) return { kind: 'skip' }
  const editable = /^(?:-e|--editable)(?:\s*=\s*|\s+)(\S+)/.exec(text)
  if (editable) return fromUrlOrPath(editable[1]!)
  if (text.startsWith('-')) return { kind: 'skip' }

  // Per-requirement options (`--hash=…`, `--config-settings …`) follow the requirement.
  const requirement = text.split(/\s+--?[A-Za-z]/, 1)[0]!.trim()
  if (isUrlOrPath(requirement)) return fromUrlOrPath(requirement)
  const name = pep508Name(requirement)
  if (!name || !isSafeName(name)) return { kind: 'invalid', message: 'not a valid requirement' }
  const spec = specOf(requirement.slice(name.length))
  return spec ? { kind: 'dependency', name, spec } : { kind: 'dependency', name }
}

/** The version spec or direct reference after the name, without extras and markers. */
export function specOf(rest: string): string | undefined {
  let spec = rest.split(';', 1)[0]!.trim()
  if (spec.startsWith('[')) {
    const close = spec.indexOf(']')
    spec = close < 0 ? '' : spec.slice(close + 1).trim()
  }
  if (spec.startsWith('@')) spec = spec.slice(1).trim()
  if (spec.startsWith('(') && spec.endsWith(')')) spec = spec.slice(1, -1).trim()
  return spec === '' ? undefined : spec
}

function isUrlOrPath(text: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text)) return true
  // `name @ https://…` and `name[extra] @ …` are named direct references.
  if (/^[A-Za-z0-9][\w.-]*\s*(?:\[[^\]]*\])?\s*@/.test(text)) return false
  return (
    /^(?:\.{1,2}[\\/]|\/|~)/.test(text) ||
    /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)(?:$|#)/i.test(text) ||
    /^\.(?:\[|$)/.test(text)
  )
}

/** Local paths and VCS URLs name their package only through `#egg=`. */
function fromUrlOrPath(target: string): RequirementLine {
  const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target)
  if (!egg) return { kind: 'skip' }
  const name = pep508Name(egg[1]!)
  return name && isSafeName(name)
    ? { kind: 'dependency', name, spec: target.slice(0, 200) }
    : { kind: 'skip' }
}

/** Files named for development, tests or documentation hold non-runtime dependencies. */
export function scopeOfRequirementsFile(file: string): DependencyScope {
  const stem = basenameOf(file).replace(/\.(txt|in)$/i, '')
  const directory = basenameOf(dirnameOf(file))
  const scope = scopeOfGroup(stem, 'runtime')
  if (scope !== 'runtime') return scope
  return /^requirements?$/i.test(directory) ? 'runtime' : scopeOfGroup(directory, 'runtime')
}

/**
 * The requirement files a pyproject names for its extras hold optional dependencies, whatever their
 * names say (aider's requirements/requirements-help.txt installs PyTorch for an offline help
 * command; the tool itself calls hosted models), and so do the `.in` files they are compiled from.
 */
export function scopeOptionalRequirementFiles(manifests: Manifest[]): Manifest[] {
  const optional = new Set<string>()
  for (const m of manifests)
    for (const file of m.optionalDependencyFiles ?? []) {
      optional.add(file)
      optional.add(file.replace(/\.txt$/i, '.in'))
    }
  if (optional.size === 0) return manifests
  return manifests.map((m) =>
    m.kind === 'requirements.txt' && optional.has(m.file)
      ? {
          ...m,
          dependencies: m.dependencies.map((d) =>
            d.scope === 'runtime' ? { ...d, scope: 'optional' as const } : d,
          ),
        }
      : m,
  )
}

interface Include {
  path: string
  line: number
}

interface RequirementsRead {
  result: ManifestParseResult & { manifest: Manifest }
  includes: Include[]
}

/**
 * The lines of the pins a lock file written by pip-compile, `uv pip compile` or `uv export` names as
 * pulled in by other pins only (`# via kombu`): the resolver's doing, not the component's choice,
 * like the entries of a package-lock.json. A pin without a `# via` note, or one whose note names
 * anything that is not a pin of the file (`-r requirements.in`, the project itself), is direct.
 */
export function transitivePins(text: string): Set<number> {
  const transitive = new Set<number>()
  if (!text.includes('# via')) return transitive
  const pins: { line: number; name: string; via: string[] }[] = []
  let pin: (typeof pins)[number] | undefined
  const note = (entries: string) => {
    for (const entry of entries.split(',')) if (entry.trim()) pin?.via.push(entry.trim())
  }
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '')
    const comment = /^\s*#\s*(.*)$/.exec(raw)
    if (comment) {
      const body = comment[1]!.trim()
      note(/^via\b/.test(body) ? body.slice(3) : body)
    } else if (/^[A-Za-z0-9]/.test(raw)) {
      const name = pep508Name(raw.trim())
      pin = name ? { line: i + 1, name: normalizePypiName(name), via: [] } : undefined
      if (pin) pins.push(pin)
      const inline = /\s#\s*via\b(.*)$/.exec(raw)
      if (inline) note(inline[1]!)
    } else if (raw.trim() === '' || !/^\s+--?[A-Za-z]/.test(raw)) {
      // Hash options continue the pin above them; anything else ends it.
      pin = undefined
    }
  }
  const pinned = new Set(pins.map((p) => p.name))
  for (const p of pins) {
    if (p.via.length > 0 && p.via.every((v) => pinned.has(normalizePypiName(v)))) {
      transitive.add(p.line)
    }
  }
  return transitive
}

function readRequirements(file: string, text: string): RequirementsRead {
  const scope = scopeOfRequirementsFile(file)
  const dependencies: Dependency[] = []
  const problems: Problem[] = []
  const includes: Include[] = []
  const transitive = transitivePins(text)
  const pulledIn: string[] = []
  for (const { text: lineText, line } of logicalLines(text)) {
    const read = readRequirementLine(lineText)
    if (read.kind === 'dependency') {
      if (transitive.has(line)) {
        pulledIn.push(read.name)
        continue
      }
      dependencies.push(dependency(read.name, 'pypi', scope, file, line, read.spec))
    } else if (read.kind === 'invalid') {
      problems.push({ file, line, message: `line ${line}: ${read.message}` })
    } else if (read.kind === 'include') {
      const resolved = resolveInclude(file, read.target)
      if (resolved.kind === 'path') includes.push({ path: resolved.path, line })
      else problems.push({ file, line, message: resolved.message })
    }
  }
  const manifest: Manifest = { file, kind: 'requirements.txt', dependencies }
  if (pulledIn.length) manifest.transitive = pulledIn
  const paths = [...new Set(includes.map((i) => i.path))]
  if (paths.length) manifest.includes = paths
  return { result: { manifest, problems }, includes }
}

function resolveInclude(
  file: string,
  target: string,
): { kind: 'path'; path: string } | { kind: 'problem'; message: string } {
  const shown = target.length > 120 ? `${target.slice(0, 120)}…` : target
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(target)) {
    return { kind: 'problem', message: `include is a URL and was not read: ${shown}` }
  }
  try {
    return { kind: 'path', path: joinRepoPath(dirnameOf(file), target) }
  } catch (error) {
    if (error instanceof PathOutsideRootError) {
      return { kind: 'problem', message: `include leaves the repository: ${shown}` }
    }
    return { kind: 'problem', message: `include could not be resolved: ${shown}` }
  }
}

export function parseRequirements(file: string, text: string): ManifestParseResult {
  return readRequirements(file, text).result
}

/**
 * Parses `entry` and every file it includes with `-r`, breadth-first, each file once.
 * Cycles, missing files and overly deep chains become problems.
 */
export async function readRequirementsTree(
  entry: string,
  readText: (path: string) => Promise<string | undefined>,
): Promise<{ manifests: Manifest[]; problems: Problem[] }> {
  const manifests: Manifest[] = []
  const problems: Problem[] = []
  const queued = new Set<string>([entry])
  const queue: { path: string; chain: string[]; from?: Include & { file: string } }[] = [
    { path: entry, chain: [entry] },
  ]
  for (let head = 0; head < queue.length; head++) {
    const { path, chain, from } = queue[head]!
    let text: string | undefined
    try {
      text = await readText(path)
    } catch {
      text = undefined
    }
    if (text === undefined) {
      if (from)
        problems.push({
          file: from.file,
          line: from.line,
          message: `included file not found: ${path}`,
        })
      continue
    }
    const { result, includes } = readRequirements(path, text)
    manifests.push(result.manifest)
    problems.push(...result.problems)
    for (const include of includes) {
      if (chain.includes(include.path)) {
        const cycle = [...chain.slice(chain.indexOf(include.path)), include.path].join(' → ')
        problems.push({ file: path, line: include.line, message: `include cycle: ${cycle}` })
        continue
      }
      if (queued.has(include.path)) continue
      if (chain.length > MAX_INCLUDE_DEPTH) {
        problems.push({
          file: path,
          line: include.line,
          message: `includes nested deeper than ${MAX_INCLUDE_DEPTH} files; not followed`,
        })
        continue
      }
      if (queued.size >= MAX_TREE_FILES) {
        problems.push({
          file: path,
          line: include.line,
          message: `more than ${MAX_TREE_FILES} included files; not followed`,
        })
        continue
      }
      queued.add(include.path)
      queue.push({
        path: include.path,
        chain: [...chain, include.path],
        from: { ...include, file: path },
      })
    }
  }
  return { manifests, problems }
}
