import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as full from '../../src/config/load.js'
import { schemaInputKeys, settingsSchema } from '../../src/config/schema.js'
import * as light from '../../src/config/settings.js'
import { MemoryFileSource } from '../../src/scan/memory-source.js'

const CONFIG = '.github/stack-fit.yml'

async function outcome<T>(promise: Promise<T>): Promise<{ value?: T; error?: string }> {
  try {
    return { value: await promise }
  } catch (err) {
    expect(err).toBeInstanceOf(light.ConfigError)
    return { error: (err as Error).message }
  }
}

const inputValue = fc.oneof(
  fc.constantFrom('', ' ', 'true', 'True', 'FALSE', 'yes', '0'),
  fc.constantFrom('auto', 'always', 'never', 'on-change', 'mismatch', 'caveat', 'sometimes'),
  fc.constantFrom('a/**, b\n c', ',', 'docs/**', '.', 'sub', 'report.sarif'),
  fc.string({ maxLength: 8 }),
)
const rawInputs = fc.dictionary(fc.constantFrom(...light.INPUT_KEYS), inputValue)

describe('settings without the schema', () => {
  it('has the schema defaults, in the same key order', () => {
    const parsed = settingsSchema.parse({})
    expect(light.defaultSettings()).toStrictEqual(parsed)
    expect(Object.keys(light.defaultSettings())).toEqual(Object.keys(parsed))
  })

  it('lists the same input keys as the schema', () => {
    expect([...light.INPUT_KEYS]).toEqual(schemaInputKeys())
  })

  it('accepts exactly the inputs the schema accepts, with the same values', () => {
    fc.assert(
      fc.property(rawInputs, (raw) => {
        const plain = light.plainInputs(raw)
        if (plain) expect(plain).toStrictEqual(full.parseInputs(raw))
        else expect(() => full.parseInputs(raw)).toThrow(light.ConfigError)
      }),
      { numRuns: 2000 },
    )
  })

  it('loads the same settings and errors as the schema path, with and without a config file', async () => {
    const configs = [
      undefined,
      'fail-on: mismatch\nignore: [docs/**]\n',
      'fail-on: sometimes\n',
      'comment: [\n',
      'guidance:\n  rules: []\n',
    ]
    await fc.assert(
      fc.asyncProperty(rawInputs, fc.constantFrom(...configs), async (raw, config) => {
        const tree: Record<string, string> = config === undefined ? {} : { [CONFIG]: config }
        const a = await outcome(light.loadSettings(raw, new MemoryFileSource(tree)))
        const b = await outcome(full.loadSettings(raw, new MemoryFileSource(tree)))
        expect(a).toStrictEqual(b)
        if (a.value) expect(Object.keys(a.value.settings)).toEqual(Object.keys(b.value!.settings))
      }),
      { numRuns: 300 },
    )
  })

  it('still validates a config file, with a clear error', async () => {
    const source = new MemoryFileSource({ [CONFIG]: 'fail-on: sometimes\n' })
    await expect(light.loadConfigFile(source)).rejects.toThrow(
      `${CONFIG}: fail-on: expected one of never, mismatch, caveat (got "sometimes")`,
    )
    expect(await light.loadConfigFile(new MemoryFileSource({}))).toStrictEqual(
      await full.loadConfigFile(new MemoryFileSource({})),
    )
    await expect(light.loadConfigFile(new MemoryFileSource({}), 'other.yml')).rejects.toThrow(
      "Invalid input 'config': other.yml does not exist",
    )
  })
})
