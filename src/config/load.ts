// Turns the raw inputs and the optional config file into validated Settings. Pure apart from
// reading the file through a FileSource; every failure is one line naming where it came from.
import { parseDocument } from 'yaml'
import type { z } from 'zod'
import { type FileSource, PathOutsideRootError, normalizeRepoPath } from '../scan/file-source.js'
import { decodeText } from '../scan/text.js'
import { BOOLEAN_KEYS, ConfigError, booleanInput, splitList } from './settings.js'
import {
  type ConfigFileValues,
  DEFAULT_CONFIG_FILE,
  FILE_ONLY_KEYS,
  INPUT_ONLY_KEYS,
  type InputKey,
  type Settings,
  configFileSchema,
  settingsSchema,
} from './schema.js'

export { ConfigError, splitList } from './settings.js'

/** Input values exactly as the runner hands them over; '' or missing means "not set". */
export type RawInputs = Partial<Record<InputKey, string>>

export interface LoadedSettings {
  settings: Settings
  /** The config file that was read, relative to the workspace; undefined when there was none. */
  configFile?: string
}

export const MAX_CONFIG_BYTES = 1024 * 1024
const MAX_ALIASES = 100

/** Typed values of the inputs that were set. Throws ConfigError naming the first bad input. */
export function parseInputs(raw: RawInputs): Partial<Settings> {
  const values: Record<string, unknown> = {}
  for (const [key, rawValue] of Object.entries(raw)) {
    const value = rawValue?.trim() ?? ''
    if (value === '') continue
    if (BOOLEAN_KEYS.has(key)) {
      values[key] = booleanInput(value) ?? value
    } else if (key === 'ignore') values[key] = splitList(value)
    else values[key] = value
  }
  const result = settingsSchema.partial().safeParse(values)
  if (!result.success) {
    const { path, problem } = describeFirstIssue(result.error, values)
    const [input, ...rest] = path
    throw new ConfigError(
      `Invalid input '${String(input)}'${rest.length ? ` at ${formatPath(rest)}` : ''}: ${problem}`,
    )
  }
  return values as Partial<Settings>
}

/** Parses the config file's text. Throws ConfigError `<file>: <key>: <problem>`. */
export function parseConfigFile(text: string, file: string): ConfigFileValues {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true })
  const error = doc.errors[0]
  if (error) {
    const where = error.linePos
      ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}: `
      : ''
    const reason = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(`${file}: ${where}${reason}`)
  }
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (err) {
    throw new ConfigError(`${file}: ${firstLine((err as Error).message)}`)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`${file}: expected a mapping of settings at the top level`)
  }
  const result = configFileSchema.safeParse(data)
  if (!result.success) {
    const { path, problem } = describeFirstIssue(result.error, data)
    throw new ConfigError(`${file}: ${path.length ? `${formatPath(path)}: ` : ''}${problem}`)
  }
  // Keep only what the file says; defaults are applied once, after merging with the inputs.
  return data as ConfigFileValues
}

/**
 * Reads the config file through the source. A missing file is fine unless it was named
 * explicitly; a link, a directory, binary or oversized content is an error.
 */
export async function readConfigFile(
  source: FileSource,
  path: string | undefined,
): Promise<{ file?: string; values: ConfigFileValues }> {
  const explicit = path !== undefined && path.trim() !== ''
  const requested = explicit ? path.trim() : DEFAULT_CONFIG_FILE
  let file: string
  try {
    file = normalizeRepoPath(requested)
  } catch (err) {
    if (err instanceof PathOutsideRootError) {
      throw new ConfigError(`Invalid input 'config': ${requested} is outside the repository`)
    }
    throw err
  }
  const stat = await source.stat(file)
  if (!stat) {
    if (explicit) throw new ConfigError(`Invalid input 'config': ${requested} does not exist`)
    return { values: {} }
  }
  if (stat.kind === 'symlink')
    throw new ConfigError(`${file}: is a symbolic link, which is never followed`)
  if (stat.kind !== 'file') throw new ConfigError(`${file}: is not a regular file`)
  if (stat.size > MAX_CONFIG_BYTES) {
    throw new ConfigError(`${file}: is larger than ${MAX_CONFIG_BYTES} bytes`)
  }
  const decoded = decodeText(await source.read(file, MAX_CONFIG_BYTES))
  if (!decoded.ok) throw new ConfigError(`${file}: is not a text file`)
  return { file, values: parseConfigFile(decoded.text, file) }
}

/** Inline inputs win over the file, except `ignore`, where both lists apply. */
export function mergeSettings(fromFile: ConfigFileValues, fromInputs: Partial<Settings>): Settings {
  return settingsSchema.parse({
    ...fromFile,
    ...fromInputs,
    ignore: [...(fromFile.ignore ?? []), ...(fromInputs.ignore ?? [])],
  })
}

/** The Action's settings: inputs validated, the config file read from the workspace, merged. */
export async function loadSettings(raw: RawInputs, workspace: FileSource): Promise<LoadedSettings> {
  const fromInputs = parseInputs(raw)
  const { file, values } = await readConfigFile(workspace, raw.config)
  return { settings: mergeSettings(values, fromInputs), ...(file ? { configFile: file } : {}) }
}

/** The config file alone with every default applied (the command line's view of it). */
export async function loadConfigFile(
  source: FileSource,
  path?: string,
): Promise<Settings & { configFile?: string }> {
  const { file, values } = await readConfigFile(source, path)
  return { ...mergeSettings(values, {}), ...(file ? { configFile: file } : {}) }
}

// ---------------------------------------------------------------- error messages

type PathKey = PropertyKey

function describeFirstIssue(
  error: z.ZodError,
  input: unknown,
): { path: PathKey[]; problem: string } {
  const issue = error.issues[0]
  if (!issue) return { path: [], problem: 'invalid' }
  const path = [...issue.path]
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? ''
    const where = [...path, key]
    if (path.length === 0 && (INPUT_ONLY_KEYS as readonly string[]).includes(key)) {
      return { path: where, problem: 'can only be set as an input of the action' }
    }
    if (path.length === 0 && (FILE_ONLY_KEYS as readonly string[]).includes(key)) {
      return { path: where, problem: 'can only be set in the config file' }
    }
    const allowed = allowedKeysAt(path)
    return {
      path: where,
      problem: `unknown key${allowed.length ? ` (expected one of ${allowed.join(', ')})` : ''}`,
    }
  }
  const value = valueAt(input, path)
  switch (issue.code) {
    case 'invalid_value':
      return {
        path,
        problem: `expected one of ${issue.values.map(String).join(', ')} (got ${show(value)})`,
      }
    case 'invalid_type':
      if (value === undefined) return { path, problem: 'required' }
      if (issue.expected === 'boolean')
        return { path, problem: `expected true or false (got ${show(value)})` }
      return { path, problem: `expected ${article(issue.expected)} (got ${show(value)})` }
    case 'too_small':
      if (issue.origin === 'string') return { path, problem: 'must not be empty' }
      return { path, problem: firstLine(issue.message) }
    default:
      return { path, problem: firstLine(issue.message) }
  }
}

function allowedKeysAt(path: PathKey[]): string[] {
  if (path.length === 0) return Object.keys(configFileSchema.shape)
  const [list] = path
  if (list === 'components') return ['path', 'name', 'stack']
  if (list === 'accepted') return ['component', 'reason']
  return []
}

function valueAt(input: unknown, path: PathKey[]): unknown {
  let current = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

export function formatPath(path: readonly PathKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

function show(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function article(expected: string): string {
  if (expected === 'array') return 'a list'
  if (expected === 'object') return 'a mapping'
  return `a ${expected}`
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim()
}
