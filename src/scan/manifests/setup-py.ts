// setup.py, read as text and never run: the name and the literal requirement lists.

import type {
  Dependency,
  DependencyScope,
  Manifest,
  ManifestParseResult,
  Problem,
} from '../../model.js'
import { COMMAND_ENTRY_GROUPS, dependency, pep508Name, positionOf, scopeOfGroup } from './common.js'
import { specOf } from './requirements.js'

/** A bounded look at one literal: long files are not scanned past this. */
const MAX_LITERAL_CHARS = 20_000
const MAX_STRING_CHARS = 500

interface LiteralString {
  value: string
  offset: number
  /** The dict key this string sits under, for `extras_require`. */
  key?: string
}

interface Literal {
  strings: LiteralString[]
  /** Something other than strings and brackets appeared: names, calls, comprehensions. */
  computed: boolean
  /** Offset just past the closing bracket, or undefined when it does not close in reach. */
  end?: number
}

/**
 * Reads the bracketed Python literal opening at `open` as far as strings, brackets, commas and
 * colons go, noting anything else as computed. Comments and triple-quoted strings are skipped.
 */
function readLiteral(text: string, open: number): Literal {
  const strings: LiteralString[] = []
  const limit = Math.min(text.length, open + MAX_LITERAL_CHARS)
  let computed = false
  let depth = 0
  let dictDepth = -1
  let key: string | undefined
  let pending: LiteralString | undefined
  for (let i = open; i < limit; i++) {
    const c = text[i]!
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i)
      const close = triple ? text.indexOf(c.repeat(3), i + 3) : closingQuote(text, i, limit)
      if (close < 0 || close >= limit) return { strings, computed }
      const value = text.slice(i + (triple ? 3 : 1), close)
      if (!triple && value.length <= MAX_STRING_CHARS) {
        pending = { value, offset: i, ...(key !== undefined && depth > dictDepth ? { key } : {}) }
        if (depth === dictDepth) key = undefined
        strings.push(pending)
      }
      i = close + (triple ? 2 : 0)
      continue
    }
    if (c === '#') {
      const newline = text.indexOf('\n', i)
      i = newline < 0 ? limit : newline
      continue
    }
    if (c === '[' || c === '(' || c === '{') {
      depth++
      if (c === '{' && dictDepth < 0) dictDepth = depth
    } else if (c === ']' || c === ')' || c === '}') {
      depth--
      if (depth === 0) return { strings, computed, end: i + 1 }
    } else if (c === ':' && depth === dictDepth && pending) {
      // The string before a colon is a key, not a requirement.
      strings.pop()
      key = pending.value
    } else if (c !== ',' && !/\s/.test(c)) computed = true
    if (c !== ':' && !/\s/.test(c)) pending = undefined
  }
  return { strings, computed }
}

function closingQuote(text: string, open: number, limit: number): number {
  const quote = text[open]
  for (let i = open + 1; i < limit; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === quote) return i
    else if (c === '\n') return -1
  }
  return -1
}

/** Where the value of `keyword=` starts, following one plain variable to its literal assignment. */
function valueStart(text: string, keyword: RegExpExecArray): number | 'computed' {
  const start = keyword.index + keyword[0].length
  const c = text.charAt(start)
  if (c === '[' || c === '(' || c === '{') return start
  const variable = /^([A-Za-z_]\w{0,80})\s*[,)\n]/.exec(text.slice(start, start + 100))
  if (!variable) return 'computed'
  const assignment = new RegExp(`^${variable[1]}\\s*=\\s*(?=[[({])`, 'm').exec(text)
  return assignment ? assignment.index + assignment[0].length : 'computed'
}

// A packaging script imports setup from setuptools or distutils (or a wrapper of theirs) and calls it.
const SETUP_IMPORT =
  /^[ \t]*(?:from[ \t]+[\w.]*(?:setuptools|distutils|skbuild)[\w.]*[ \t]+import\b[^\n]*\bsetup\b|import[ \t]+(?:setuptools|distutils)\b)/m
const SETUP_CALL = /(?:^|[^\w.]|\b(?:setuptools|core)\.)setup[ \t]*\(/m
const EXTENSION_BUILD =
  /\bext_modules[ \t]*=(?![ \t]*\[[ \t]*\])|\b(?:Extension|Pybind11Extension|CppExtension|CUDAExtension|RustExtension)[ \t]*\(|\bcythonize[ \t]*\(/

/**
 * Whether a file named setup.py is a packaging script: it calls setup() from setuptools or
 * distutils. A module that only happens to be called setup.py (a Flask view, a test helper) is code.
 */
export function isPackagingScript(text: string): boolean {
  return SETUP_IMPORT.test(text) && SETUP_CALL.test(text)
}

/** How far after `entry_points={` its groups are looked for. */
const ENTRY_POINTS_SPAN = 2000

/** Where the brace opened just before `from` closes, or `limit` (braces in strings are rare here). */
function closingBrace(text: string, from: number, limit: number): number {
  let depth = 1
  for (let i = from; i < Math.min(limit, text.length); i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i
  }
  return limit
}

// `setup(**kwargs)`: the keywords come from a dict of the script's own (aioesphomeapi's setup_kwargs).
const KEYWORDS_DICT = /(?:^|[^\w.])setup[ \t]*\([ \t]*\*\*[ \t]*[A-Za-z_]/m

/**
 * The package's name: `name="x"`; `name=NAME`, the constant set to a literal at the top of the
 * script (influxdb-client-python); or the same as the `"name"` key of the dict that `setup(**kwargs)`
 * spreads (aioesphomeapi's `"name": PROJECT_PACKAGE_NAME`).
 */
function setupName(text: string, spread: boolean): string | undefined {
  const literal = /\bname\s*=\s*(["'])([A-Za-z0-9._-]{1,200})\1/.exec(text)
  if (literal) return literal[2]
  const inDict = spread
    ? /["']name["']\s*:\s*(?:(["'])([A-Za-z0-9._-]{1,200})\1|([A-Za-z_]\w{0,60})\s*[,}\n])/.exec(
        text,
      )
    : null
  if (inDict?.[2]) return inDict[2]
  const constant =
    inDict?.[3] ?? /\bsetup\([^]*?\bname\s*=\s*([A-Za-z_]\w{0,60})\s*[,)\n]/.exec(text)?.[1]
  if (!constant) return undefined
  return new RegExp(`^${constant}\\s*=\\s*(["'])([A-Za-z0-9._-]{1,200})\\1\\s*$`, 'm').exec(
    text,
  )?.[2]
}

export function parseSetupPy(file: string, text: string): ManifestParseResult {
  if (!isPackagingScript(text)) return { problems: [] }
  const problems: Problem[] = []
  const dependencies: Dependency[] = []
  const manifest: Manifest = { file, kind: 'setup.py', dependencies }
  const extension = EXTENSION_BUILD.exec(text)
  if (extension) {
    manifest.native = [
      { detail: 'builds a C extension', line: positionOf(text, extension.index).line },
    ]
  }
  // Commands the package installs, read as text: entry_points' console_scripts, or scripts=[...]
  // naming the executable files it copies onto the PATH (s3cmd's `scripts=['s3cmd']`).
  // A console_scripts list of nothing but empty strings installs no command (smarthomeNG's
  // `'console_scripts': ['']`, a template never filled in).
  const commands =
    /["']console_scripts["'](?![ \t]*:[ \t\n]*\[[ \t\n]*(?:(?:""|'')[ \t\n]*,?[ \t\n]*)*\])|\bscripts[ \t]*=[ \t]*[[(][ \t\n]*["']/.exec(
      text,
    )
  if (commands) manifest.command = { line: positionOf(text, commands.index).line }
  // The groups of a literal entry_points={...} (kedro-airflow's "kedro.project_commands"): the
  // quoted keys followed by a list, in the text after `entry_points`.
  const entryPoints = /\bentry_points\s*=\s*\{/.exec(text)
  if (entryPoints) {
    const from = entryPoints.index + entryPoints[0].length
    const body = text.slice(from, closingBrace(text, from, from + ENTRY_POINTS_SPAN))
    for (const group of body.matchAll(/["']([\w.-]+)["']\s*:\s*[[(]/g)) {
      if (COMMAND_ENTRY_GROUPS.has(group[1]!)) continue
      const line = positionOf(text, from + group.index).line
      ;(manifest.entryGroups ??= []).push({ group: group[1]!, line })
    }
  }
  // Whether the keywords come from a dict `setup(**kwargs)` spreads, for the name and the summary.
  const spread = KEYWORDS_DICT.test(text)
  const name = setupName(text, spread)
  if (name) manifest.name = name
  // Only a literal one-line summary: `description=read('README')` and the like are not read.
  const summary =
    /\bdescription\s*=\s*(["'])([^"'\n\\]{1,300})\1/.exec(text) ??
    (spread ? /["']description["']\s*:\s*(["'])([^"'\n\\]{1,300})\1/.exec(text) : null)
  if (summary) {
    manifest.description = {
      text: summary[2]!.trim(),
      line: positionOf(text, summary.index).line,
    }
  }

  const read = (key: string, scopeOf: (s: LiteralString) => DependencyScope) => {
    const keyword = new RegExp(`\\b${key}\\s*=\\s*`).exec(text)
    if (!keyword) return
    const line = positionOf(text, keyword.index).line
    const start = valueStart(text, keyword)
    if (start === 'computed') {
      const message = `${key} is computed, not a literal; it was not read (setup.py is never run)`
      problems.push({ file, line, message })
      return
    }
    const literal = readLiteral(text, start)
    if (literal.end === undefined) {
      problems.push({ file, line, message: `${key} does not close; it was not read` })
      return
    }
    const after = /^\s*\+/.test(text.slice(literal.end, literal.end + 50))
    if (literal.computed || after) {
      const message = `${key} is partly computed; only its literal strings were read`
      problems.push({ file, line, message })
    }
    for (const entry of literal.strings) {
      const dep = pep508Name(entry.value)
      if (!dep) continue
      const at = positionOf(text, entry.offset).line
      const spec = specOf(entry.value.slice(dep.length))
      dependencies.push(dependency(dep, 'pypi', scopeOf(entry), file, at, spec))
    }
  }
  read('install_requires', () => 'runtime')
  read('tests_require', () => 'test')
  read('extras_require', (entry) => scopeOfGroup(entry.key ?? '', 'optional'))
  return { manifest, problems }
}
