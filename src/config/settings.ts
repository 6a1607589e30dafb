// The settings without a schema library: the defaults, and the common case of no config file and
// plain inputs. zod and the config schema (config/load.ts) are imported only when a config file is
// present, an input needs its error message, or organisation guidance has to be validated.
import type { FileSource } from '../scan/file-source.js'
import type { LoadedSettings, RawInputs } from './load.js'
import type { Settings } from './schema.js'

export const COMMENT_MODES = ['auto', 'always', 'never', 'on-change'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

export const FAIL_ON = ['never', 'mismatch', 'caveat'] as const
export type FailOn = (typeof FAIL_ON)[number]

export const DEFAULT_CONFIG_FILE = '.github/stack-fit.yml'
export const DEFAULT_AUDIT_ISSUE_TITLE = 'Stack Fit audit'

/** A setting that cannot be used; the message is the whole story in one line. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** Every setting with its default, in the schema's order (a test holds it to settingsSchema). */
export function defaultSettings(): Settings {
  return {
    'github-token': '',
    path: '.',
    config: DEFAULT_CONFIG_FILE,
    comment: 'auto',
    'fail-on': 'never',
    summary: true,
    annotations: true,
    'sarif-file': '',
    'json-file': '',
    'base-ref': '',
    'head-ref': '',
    ignore: [],
    'audit-issue': false,
    'audit-issue-title': DEFAULT_AUDIT_ISSUE_TITLE,
    components: [],
    accepted: [],
  }
}

/** The Action's inputs (every setting but guidance, components and accepted), in the schema's order. */
export const INPUT_KEYS = [
  'github-token',
  'path',
  'config',
  'comment',
  'fail-on',
  'summary',
  'annotations',
  'sarif-file',
  'json-file',
  'base-ref',
  'head-ref',
  'ignore',
  'audit-issue',
  'audit-issue-title',
] as const
export type InputKey = (typeof INPUT_KEYS)[number]

export const BOOLEAN_KEYS: ReadonlySet<string> = new Set(['summary', 'annotations', 'audit-issue'])
const TRUE_WORDS = new Set(['true', 'True', 'TRUE'])
const FALSE_WORDS = new Set(['false', 'False', 'FALSE'])

/** A boolean input's value (YAML 1.2 core schema words, as the runner's own inputs), or undefined. */
export function booleanInput(value: string): boolean | undefined {
  return TRUE_WORDS.has(value) ? true : FALSE_WORDS.has(value) ? false : undefined
}
const STRING_KEYS = new Set<string>([
  'github-token',
  'path',
  'config',
  'sarif-file',
  'json-file',
  'base-ref',
  'head-ref',
  'audit-issue-title',
])

/** Splits the `ignore` input: one glob per line or comma, blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/**
 * The typed values of the inputs that were set, when every one is plainly valid; undefined
 * otherwise, and the schema then names the problem (parseInputs in config/load.ts).
 */
export function plainInputs(raw: RawInputs): Partial<Settings> | undefined {
  const values: Record<string, unknown> = {}
  for (const [key, rawValue] of Object.entries(raw)) {
    const value = rawValue?.trim() ?? ''
    if (value === '') continue
    if (BOOLEAN_KEYS.has(key)) {
      const flag = booleanInput(value)
      if (flag === undefined) return undefined
      values[key] = flag
    } else if (key === 'ignore') values[key] = splitList(value)
    else if (key === 'comment' && (COMMENT_MODES as readonly string[]).includes(value))
      values[key] = value
    else if (key === 'fail-on' && (FAIL_ON as readonly string[]).includes(value))
      values[key] = value
    else if (STRING_KEYS.has(key)) values[key] = value
    else return undefined
  }
  return values as Partial<Settings>
}

/** Whether a config file is to be read: named explicitly, or present at the default place. */
async function wantsConfigFile(source: FileSource, path: string | undefined): Promise<boolean> {
  if (path !== undefined && path.trim() !== '') return true
  return (await source.stat(DEFAULT_CONFIG_FILE)) !== undefined
}

/** The Action's settings: as loadSettings in config/load.ts, without the schema when it is not needed. */
export async function loadSettings(raw: RawInputs, workspace: FileSource): Promise<LoadedSettings> {
  const fromInputs = plainInputs(raw)
  if (fromInputs && !(await wantsConfigFile(workspace, raw.config))) {
    return { settings: { ...defaultSettings(), ...fromInputs } }
  }
  return (await import('./load.js')).loadSettings(raw, workspace)
}

/** The config file alone with every default applied: as loadConfigFile in config/load.ts. */
export async function loadConfigFile(
  source: FileSource,
  path?: string,
): Promise<Settings & { configFile?: string }> {
  if (!(await wantsConfigFile(source, path))) return defaultSettings()
  return (await import('./load.js')).loadConfigFile(source, path)
}
