import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { SCHEMA_FILE, schemaFileText } from '../../scripts/write-schema.js'
import {
  ConfigError,
  loadConfigFile,
  loadSettings,
  parseConfigFile,
  parseInputs,
  splitList,
} from '../../src/config/load.js'
import { settingsSchema } from '../../src/config/schema.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'

const CONFIG = '.github/stack-fit.yml'

function errorOf(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as Error).message
  }
  throw new Error('expected a ConfigError')
}

async function rejectionOf(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(ConfigError)
  return (err as Error).message
}

describe('defaults', () => {
  it('come from the one schema when nothing is set', async () => {
    const { settings, configFile } = await loadSettings({}, new MemoryFileSource({}))
    expect(configFile).toBeUndefined()
    expect(settings).toEqual({
      'github-token': '',
      path: '.',
      config: CONFIG,
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
      'audit-issue-title': 'Stack Fit audit',
      components: [],
      accepted: [],
    })
  })
})

describe('inputs', () => {
  it('parse booleans the way @actions/core does and split ignore lists on lines and commas', () => {
    const values = parseInputs({
      summary: 'False',
      annotations: 'TRUE',
      ignore: 'docs/**, legacy/**\n\n  tools/*.py  \n',
      'fail-on': 'mismatch',
      comment: '',
    })
    expect(values).toEqual({
      summary: false,
      annotations: true,
      ignore: ['docs/**', 'legacy/**', 'tools/*.py'],
      'fail-on': 'mismatch',
    })
  })

  it('name the input, the allowed values and the value given', () => {
    expect(errorOf(() => parseInputs({ 'fail-on': 'sometimes' }))).toBe(
      `Invalid input 'fail-on': expected one of never, mismatch, caveat (got "sometimes")`,
    )
    expect(errorOf(() => parseInputs({ summary: 'yes' }))).toBe(
      `Invalid input 'summary': expected true or false (got "yes")`,
    )
    expect(errorOf(() => parseInputs({ comment: 'loud' }))).toBe(
      `Invalid input 'comment': expected one of auto, always, never, on-change (got "loud")`,
    )
  })

  it('are one line each', () => {
    expect(errorOf(() => parseInputs({ comment: 'a\nb' }))).not.toContain('\n')
  })

  it('splitList drops blanks', () => {
    expect(splitList(' , \n')).toEqual([])
  })
})

describe('config file', () => {
  const file = `
fail-on: mismatch
comment: on-change
ignore:
  - examples/**
components:
  - path: services/billing
    name: billing
    stack: python
accepted:
  - component: services/chat
    reason: The team knows Python well; revisit when load grows.
`

  it('is merged under the inline inputs, and both ignore lists apply', async () => {
    const source = new MemoryFileSource({ [CONFIG]: file })
    const { settings, configFile } = await loadSettings(
      { 'fail-on': 'caveat', ignore: 'vendor/**' },
      source,
    )
    expect(configFile).toBe(CONFIG)
    expect(settings['fail-on']).toBe('caveat')
    expect(settings.comment).toBe('on-change')
    expect(settings.ignore).toEqual(['examples/**', 'vendor/**'])
    expect(settings.components).toEqual([
      { path: 'services/billing', name: 'billing', stack: 'python' },
    ])
    expect(settings.accepted[0]?.component).toBe('services/chat')
  })

  it('can be named explicitly, and then must exist', async () => {
    const source = new MemoryFileSource({ 'ci/fit.yaml': 'summary: false\n' })
    const { settings, configFile } = await loadSettings({ config: 'ci/fit.yaml' }, source)
    expect(configFile).toBe('ci/fit.yaml')
    expect(settings.summary).toBe(false)
    expect(await rejectionOf(loadSettings({ config: 'ci/missing.yml' }, source))).toBe(
      `Invalid input 'config': ci/missing.yml does not exist`,
    )
    expect(await rejectionOf(loadSettings({ config: '../outside.yml' }, source))).toBe(
      `Invalid input 'config': ../outside.yml is outside the repository`,
    )
  })

  it('is never followed through a symbolic link', async () => {
    const source = new MemoryFileSource({ [CONFIG]: { symlink: '/etc/passwd' } })
    expect(await rejectionOf(loadSettings({}, source))).toBe(
      `${CONFIG}: is a symbolic link, which is never followed`,
    )
  })

  it('reports a missing required key with its path', () => {
    const text = 'accepted:\n  - component: api\n'
    expect(errorOf(() => parseConfigFile(text, CONFIG))).toBe(
      `${CONFIG}: accepted[0].reason: required`,
    )
  })

  it('reports unknown keys with the keys it knows', () => {
    const message = errorOf(() => parseConfigFile('fail_on: mismatch\n', CONFIG))
    expect(message).toMatch(
      /^\.github\/stack-fit\.yml: fail_on: unknown key \(expected one of comment, fail-on,/,
    )
    expect(errorOf(() => parseConfigFile('components:\n  - path: a\n    lang: go\n', CONFIG))).toBe(
      `${CONFIG}: components[0].lang: unknown key (expected one of path, name, stack)`,
    )
  })

  it('refuses keys that belong to the workflow, such as the token', () => {
    expect(errorOf(() => parseConfigFile('github-token: ghp_x\n', CONFIG))).toBe(
      `${CONFIG}: github-token: can only be set as an input of the action`,
    )
  })

  it('reports a wrong type and a wrong enum value', () => {
    expect(errorOf(() => parseConfigFile('summary: yes\n', CONFIG))).toBe(
      `${CONFIG}: summary: expected true or false (got "yes")`,
    )
    expect(errorOf(() => parseConfigFile('ignore: docs/**\n', CONFIG))).toBe(
      `${CONFIG}: ignore: expected a list (got "docs/**")`,
    )
    expect(
      errorOf(() => parseConfigFile('components:\n  - path: a\n    stack: rust\n', CONFIG)),
    ).toBe(
      `${CONFIG}: components[0].stack: expected one of node, python, other, unknown (got "rust")`,
    )
  })

  it('reports YAML syntax errors with their line, in one line', () => {
    const message = errorOf(() => parseConfigFile('fail-on: mismatch\nignore: [a, b\n', CONFIG))
    expect(message).toMatch(/^\.github\/stack-fit\.yml: line \d+, column \d+: /)
    expect(message).not.toContain('\n')
    expect(errorOf(() => parseConfigFile('comment: auto\ncomment: never\n', CONFIG))).toMatch(
      /^\.github\/stack-fit\.yml: line 2, column 1: Map keys must be unique/,
    )
  })

  it('stops an alias bomb and a top level that is not a mapping', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n')
    expect(errorOf(() => parseConfigFile(bomb, CONFIG))).toMatch(
      /^\.github\/stack-fit\.yml: .*alias/i,
    )
    expect(errorOf(() => parseConfigFile('- a\n- b\n', CONFIG))).toBe(
      `${CONFIG}: expected a mapping of settings at the top level`,
    )
  })

  it('does not pollute prototypes through __proto__ keys', () => {
    expect(errorOf(() => parseConfigFile('__proto__:\n  polluted: true\n', CONFIG))).toBe(
      `${CONFIG}: __proto__: unknown key (expected one of ${Object.keys(settingsSchema.shape)
        .filter((k) => !['github-token', 'path', 'config', 'base-ref', 'head-ref'].includes(k))
        .join(', ')})`,
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('treats an empty file as no settings, and reads UTF-16 and CRLF files', async () => {
    expect(parseConfigFile('# nothing yet\n', CONFIG)).toEqual({})
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('fail-on: caveat\r\n', 'utf16le')])
    const loaded = await loadConfigFile(new MemoryFileSource({ [CONFIG]: utf16 }))
    expect(loaded['fail-on']).toBe('caveat')
    expect(loaded.configFile).toBe(CONFIG)
  })

  it('gives the command line every default when the file is missing', async () => {
    const loaded = await loadConfigFile(new MemoryFileSource({}))
    expect(loaded.ignore).toEqual([])
    expect(loaded.accepted).toEqual([])
    expect(loaded.configFile).toBeUndefined()
  })
})

describe('published JSON Schema', () => {
  it('equals a fresh generation from the zod schema (run `npm run schema` after changing it)', async () => {
    const committed = JSON.parse(await readFile(SCHEMA_FILE, 'utf8')) as unknown
    expect(committed).toEqual(JSON.parse(schemaFileText()))
  })

  it('describes the keys of the config file and nothing the workflow alone sets', () => {
    const schema = JSON.parse(schemaFileText()) as {
      properties: Record<string, { enum?: string[]; default?: unknown }>
      additionalProperties: boolean
    }
    expect(schema.additionalProperties).toBe(false)
    expect(schema.properties['fail-on']?.enum).toEqual(['never', 'mismatch', 'caveat'])
    expect(schema.properties['fail-on']?.default).toBe('never')
    expect(Object.keys(schema.properties)).toContain('guidance')
    expect(Object.keys(schema.properties)).not.toContain('github-token')
  })
})
