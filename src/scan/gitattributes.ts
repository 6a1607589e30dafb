// The Linguist overrides in .gitattributes files: which paths are vendored, generated or docs.

import type picomatch from 'picomatch'
import type { Problem } from '../model.js'
import { LINGUIST_ATTRIBUTES, type LinguistAttribute } from './default-exclusions.js'

/**
 * The `picomatch` package, loaded by loadAttributeGlobs(): an empty repository never parses a
 * .gitattributes file, and its start-up then skips loading and compiling the package's code.
 */
let globs: typeof picomatch | undefined

/** Loads `picomatch`; parseGitattributes needs it loaded first. */
export async function loadAttributeGlobs(): Promise<void> {
  globs ??= (await import('picomatch')).default
}

/** `true` for set (`attr`, `attr=true`, any other value), `false` for `-attr` / `attr=false`, `null` for `!attr`. */
export type AttributeSetting = boolean | null

export interface AttributeLine {
  /** Path of the .gitattributes file and the 1-based line, for details. */
  file: string
  line: number
  pattern: string
  /** True when the pattern holds a slash and so is relative to the file's directory. */
  anchored: boolean
  /** Pattern written with a trailing slash: matches directories only. */
  directoryOnly: boolean
  /** For anchored patterns: the repository-relative literal part before the first glob character. */
  literalPrefix: string
  /** Matches a basename (unanchored) or a path relative to the file's directory (anchored). */
  matches: (subject: string) => boolean
  settings: Partial<Record<LinguistAttribute, AttributeSetting>>
}

/** The Linguist lines of one .gitattributes file. */
export interface AttributeLevel {
  /** Repository-relative directory of the file, '' for the root. */
  dir: string
  lines: AttributeLine[]
}

export interface AttributeState {
  value: boolean
  /** e.g. `.gitattributes:4 linguist-vendored`. */
  detail: string
}

export type AttributeStates = Partial<Record<LinguistAttribute, AttributeState>>

const KNOWN_LINGUIST = new Set<string>([
  ...LINGUIST_ATTRIBUTES,
  'linguist-language',
  'linguist-detectable',
])
const LINGUIST_SET = new Set<string>(LINGUIST_ATTRIBUTES)

const GLOB_OPTIONS: picomatch.PicomatchOptions = {
  dot: true,
  nobrace: true,
  noextglob: true,
  nonegate: true,
  posix: true,
  windows: false,
}

/**
 * Reads a C-style quoted pattern (`"a b\"c"`) starting at `start`, the way git does.
 * Returns the text and the index after the closing quote, or undefined when it never closes.
 */
function readQuoted(line: string, start: number): { text: string; end: number } | undefined {
  const escapes: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '"': '"',
    '\\': '\\',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
  }
  let text = ''
  for (let i = start + 1; i < line.length; i++) {
    const ch = line[i]!
    if (ch === '"') return { text, end: i + 1 }
    if (ch !== '\\') {
      text += ch
      continue
    }
    const next = line[i + 1]
    if (next === undefined) return undefined
    const octal = /^[0-7]{3}/.exec(line.slice(i + 1, i + 4))
    if (octal) {
      text += String.fromCharCode(parseInt(octal[0], 8))
      i += 3
    } else {
      text += escapes[next] ?? next
      i += 1
    }
  }
  return undefined
}

function compilePattern(
  pattern: string,
  dir: string,
): Pick<AttributeLine, 'anchored' | 'directoryOnly' | 'literalPrefix' | 'matches'> {
  let glob = pattern
  const directoryOnly = glob.endsWith('/')
  if (directoryOnly) glob = glob.replace(/\/+$/, '')
  const anchored = glob.includes('/')
  if (glob.startsWith('/')) glob = glob.slice(1)
  if (!globs) throw new Error('.gitattributes parsed before loadAttributeGlobs()')
  const matches = globs(glob, GLOB_OPTIONS)
  let literalPrefix = ''
  if (anchored) {
    const base = globs.scan(glob).base
    literalPrefix = dir === '' ? base : base === '' ? dir : `${dir}/${base}`
  }
  return { anchored, directoryOnly, literalPrefix, matches }
}

/**
 * Parses a .gitattributes file, keeping only lines that touch the Linguist attributes Stack Fit
 * honours. Lines git would reject or warn about become problems; parsing goes on after them.
 */
export function parseGitattributes(
  dir: string,
  file: string,
  text: string,
): { level: AttributeLevel; problems: Problem[] } {
  const lines: AttributeLine[] = []
  const problems: Problem[] = []
  const rows = text.split('\n')
  for (let index = 0; index < rows.length; index++) {
    const lineNumber = index + 1
    const row = rows[index]!.replace(/^[ \t]+/, '')
    if (row === '' || row.startsWith('#')) continue
    if (row.startsWith('[attr]')) continue // macro definitions name no paths
    let pattern: string
    let rest: string
    if (row.startsWith('"')) {
      const quoted = readQuoted(row, 0)
      if (!quoted) {
        problems.push({
          file,
          line: lineNumber,
          message: 'unterminated quoted pattern; line ignored',
        })
        continue
      }
      pattern = quoted.text
      rest = row.slice(quoted.end)
    } else {
      const cut = row.search(/[ \t]/)
      pattern = cut < 0 ? row : row.slice(0, cut)
      rest = cut < 0 ? '' : row.slice(cut)
    }
    if (pattern.startsWith('!')) {
      problems.push({
        file,
        line: lineNumber,
        message: `negative patterns are not allowed in .gitattributes (${pattern}); line ignored`,
      })
      continue
    }
    const settings: AttributeLine['settings'] = {}
    let touched = false
    for (const token of rest.split(/[ \t]+/)) {
      if (token === '') continue
      const prefix = token[0] === '-' || token[0] === '!' ? token[0] : ''
      const body = token.slice(prefix.length)
      const eq = body.indexOf('=')
      const name = eq < 0 ? body : body.slice(0, eq)
      if (!name.startsWith('linguist-')) continue
      if (!KNOWN_LINGUIST.has(name)) {
        problems.push({
          file,
          line: lineNumber,
          message: `unknown attribute ${name}; Linguist knows ${[...KNOWN_LINGUIST].join(', ')}`,
        })
        continue
      }
      if (!LINGUIST_SET.has(name)) continue
      const value = eq < 0 ? undefined : body.slice(eq + 1)
      settings[name as LinguistAttribute] =
        prefix === '!' ? null : prefix === '-' || value === 'false' ? false : true
      touched = true
    }
    if (!touched || pattern === '') continue
    lines.push({ file, line: lineNumber, pattern, settings, ...compilePattern(pattern, dir) })
  }
  return { level: { dir, lines }, problems }
}

/**
 * The root's lines without the vendored mark they set on a whole file type (`*.tsx
 * linguist-vendored`): that keeps a language out of GitHub's language bar, and nobody keeps copies
 * of others' code by its extension. lencx/ChatGPT marks `*.js`, `*.tsx` and `*.scss` so, its own
 * React front end among them. A mark naming a folder (`vendor/**`) stays.
 */
export function withoutFileTypeVendoring(level: AttributeLevel): AttributeLevel {
  if (level.dir !== '' || !level.lines.some(marksFileType)) return level
  const lines: AttributeLine[] = []
  for (const line of level.lines) {
    if (!marksFileType(line)) {
      lines.push(line)
      continue
    }
    const settings = { ...line.settings }
    delete settings['linguist-vendored']
    if (Object.keys(settings).length > 0) lines.push({ ...line, settings })
  }
  return { dir: level.dir, lines }
}

function marksFileType(line: AttributeLine): boolean {
  return line.settings['linguist-vendored'] === true && FILE_TYPE.test(line.pattern)
}
const FILE_TYPE = /^\*\.[^*?[\]/\\]+$/

function relativeTo(dir: string, path: string): string | undefined {
  if (dir === '') return path
  return path.startsWith(dir) && path.charCodeAt(dir.length) === 47
    ? path.slice(dir.length + 1)
    : undefined
}

function lineMatches(line: AttributeLine, relative: string, isDirectory: boolean): boolean {
  if (line.directoryOnly && !isDirectory) return false
  return line.matches(line.anchored ? relative : relative.slice(relative.lastIndexOf('/') + 1))
}

/**
 * The Linguist attributes of a path under the levels in force for it (outermost first): later
 * lines win, deeper files win, and `!attr` returns an attribute to unspecified. Patterns are
 * tested against this path only; the walker carries a directory's outcome down to its contents.
 */
export function attributesOf(
  levels: readonly AttributeLevel[],
  path: string,
  isDirectory: boolean,
): AttributeStates {
  const states: AttributeStates = {}
  for (const level of levels) {
    if (level.lines.length === 0) continue
    const relative = relativeTo(level.dir, path)
    if (relative === undefined || relative === '') continue
    for (const line of level.lines) {
      if (!lineMatches(line, relative, isDirectory)) continue
      for (const attribute of LINGUIST_ATTRIBUTES) {
        const setting = line.settings[attribute]
        if (setting === undefined) continue
        if (setting === null) delete states[attribute]
        else
          states[attribute] = {
            value: setting,
            detail: `${line.file}:${line.line} ${line.pattern}`,
          }
      }
    }
  }
  return states
}

function mayMatchBelow(line: AttributeLine, dir: string): boolean {
  if (!line.anchored) return true
  const prefix = line.literalPrefix
  return (
    prefix === '' || prefix === dir || prefix.startsWith(`${dir}/`) || dir.startsWith(`${prefix}/`)
  )
}

/**
 * Whether some line could set `attribute` to false for `dir` or a path below it. When none can,
 * a directory skipped for that attribute (or by a default rule it lifts) is skipped whole.
 */
export function mayBeFalseBelow(
  levels: readonly AttributeLevel[],
  dir: string,
  attribute: LinguistAttribute,
): boolean {
  for (const level of levels) {
    for (const line of level.lines) {
      if (line.settings[attribute] === false && mayMatchBelow(line, dir)) return true
    }
  }
  return false
}
