// Helpers shared by the manifest parsers: safe records, PEP 508 names, scopes, lines and error
// messages that never echo file content (a malformed manifest may hold secrets).

import type { Dependency, DependencyScope, Ecosystem, Problem } from '../../model.js'

/** Keys that must never be copied from parsed data into objects we build. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Entry-point groups that install commands (console and GUI scripts), not plug-ins of a tool. */
export const COMMAND_ENTRY_GROUPS: ReadonlySet<string> = new Set(['console_scripts', 'gui_scripts'])

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The table at a path of keys in parsed data (`tableAt(data, 'tool', 'uv')`), when every step is one. */
export function tableAt(value: unknown, ...keys: string[]): Record<string, unknown> | undefined {
  let at = value
  for (const key of keys) at = isRecord(at) ? at[key] : undefined
  return isRecord(at) ? at : undefined
}

/** Own entries of a parsed object, without prototype-polluting keys. */
export function safeEntries(value: unknown): [string, unknown][] {
  if (!isRecord(value)) return []
  return Object.keys(value)
    .filter((key) => !UNSAFE_KEYS.has(key))
    .map((key) => [key, value[key]])
}

/** A string-to-string record built with own data properties only. */
export function stringRecord(value: unknown): Record<string, string> | undefined {
  const entries = safeEntries(value).filter((e): e is [string, string] => typeof e[1] === 'string')
  return entries.length ? Object.fromEntries(entries) : undefined
}

export function isSafeName(name: string): boolean {
  return name.length > 0 && name.length <= 214 && !UNSAFE_KEYS.has(name)
}

/** The distribution name of a PEP 508 requirement (`Flask[async]>=3; python_version>"3.8"` → `Flask`). */
export function pep508Name(requirement: string): string | undefined {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]{0,200}[A-Za-z0-9])?)/.exec(requirement)
  return match?.[1]
}

/** Groups and extras named for development, testing or documentation weigh less. */
export function scopeOfGroup(group: string, fallback: DependencyScope): DependencyScope {
  const name = group.toLowerCase()
  if (/(^|[-_.])(tests?|testing|pytest|qa|ci|coverage)($|[-_.])/.test(name)) return 'test'
  if (
    /(^|[-_.])(dev|devel|develop|development|lint|linting|typing|types|docs?|style|format|tools?|build)($|[-_.])/.test(
      name,
    )
  ) {
    return 'dev'
  }
  return fallback
}

export function dependency(
  name: string,
  ecosystem: Ecosystem,
  scope: DependencyScope,
  file: string,
  line?: number,
  spec?: string,
): Dependency {
  return {
    name,
    ecosystem,
    scope,
    file,
    ...(line ? { line } : {}),
    ...(spec !== undefined && spec.length <= 200 ? { spec } : {}),
  }
}

/** The version written in a Poetry or Pipfile entry: `"^2.0"` or `{ version = "^2.0", … }`. */
export function specOfTable(spec: unknown): string | undefined {
  if (typeof spec === 'string') return spec
  if (!isRecord(spec)) return undefined
  for (const key of ['version', 'git', 'url', 'path']) {
    if (Object.hasOwn(spec, key) && typeof spec[key] === 'string') return spec[key]
  }
  return undefined
}

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * Finds the first line at or after `fromLine` (1-based) naming `name` as a whole token: quoted
 * (`"express"`, `"flask>=3"`) or bare at the start of a line (`flask = "*"`).
 */
export function lineOfName(
  lines: readonly string[],
  name: string,
  fromLine = 1,
): number | undefined {
  if (name === '') return undefined
  const boundary = /[\s=:<>!~[;@(,"']/
  const endsName = (text: string, at: number) => {
    const next = text.charAt(at)
    return next === '' || boundary.test(next)
  }
  for (let i = Math.max(0, fromLine - 1); i < lines.length; i++) {
    const line = lines[i]!
    for (const quote of ['"', "'"]) {
      let at = line.indexOf(quote + name)
      while (at !== -1) {
        if (endsName(line, at + 1 + name.length)) return i + 1
        at = line.indexOf(quote + name, at + 1)
      }
    }
    const trimmed = line.trimStart()
    if (trimmed.startsWith(name) && endsName(trimmed, name.length)) return i + 1
  }
  return undefined
}

/** `{ line }` of the first line naming `key`, or nothing when there is none. */
export function lineOfKey(lines: readonly string[], key: string): { line?: number } {
  const line = lineOfName(lines, key)
  return line === undefined ? {} : { line }
}

/** The 1-based line of a section header such as `[project]` or `[tool.poetry.dependencies]`. */
export function lineOfSection(lines: readonly string[], header: string): number | undefined {
  const index = lines.findIndex((line) => line.trim() === header)
  return index < 0 ? undefined : index + 1
}

/**
 * A manifest's one-line summary of its package, with its line: trimmed, at most DESCRIPTION_LIMIT
 * characters (a summary, not a README pasted in). Undefined when it is not a non-empty string.
 */
export const DESCRIPTION_LIMIT = 300

export function descriptionOf(
  value: unknown,
  lines: readonly string[],
  key = 'description',
): { text: string; line?: number } | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim().slice(0, DESCRIPTION_LIMIT)
  if (text === '') return undefined
  const line = lineOfName(lines, key)
  return line === undefined ? { text } : { text, line }
}

/** A name from the file, fit to appear in a problem message: short, printable. */
export function shownName(name: string): string {
  const printable = name.replace(/[^\x20-\x7e]/g, '?')
  return printable.length > 60 ? `${printable.slice(0, 60)}…` : printable
}

/** A parser's error message, reduced to its first line with quoted text removed. */
export function safeMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error)
  const first = raw.split('\n', 1)[0] ?? ''
  return first
    .replace(/(["'`]).*?\1/g, '…')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
}

/** A problem for JSON.parse failures: the position, never the text V8 quotes. */
export function jsonProblem(file: string, text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : ''
  if (/unexpected end/i.test(message)) {
    return {
      file,
      line: positionOf(text, text.length).line,
      message: 'invalid JSON: the file ends before the value is complete',
    }
  }
  const at = /position (\d+)/.exec(message)
  if (at && Number(at[1]) >= text.trimEnd().length) {
    return {
      file,
      line: positionOf(text, text.length).line,
      message: 'invalid JSON: the file ends before the value is complete',
    }
  }
  if (at) {
    const { line, column } = positionOf(text, Number(at[1]))
    return { file, line, message: `invalid JSON at line ${line}, column ${column}` }
  }
  if (error instanceof RangeError)
    return { file, message: 'invalid JSON: nested too deeply to read' }
  return { file, message: 'invalid JSON' }
}
