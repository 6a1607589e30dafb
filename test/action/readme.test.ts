import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  ACTION_FILE,
  README_FILE,
  defaultText,
  parseActionYml,
  updateReadme,
} from '../../scripts/readme-tables.js'
import { INPUT_KEYS } from '../../src/config/schema.js'
import { verdictOutputs } from '../../src/action/plan.js'
import type { Report } from '../../src/model.js'

const [readme, actionYml] = await Promise.all([
  readFile(README_FILE, 'utf8'),
  readFile(ACTION_FILE, 'utf8'),
])
const metadata = parseActionYml(actionYml)
const raw = parseActionYml(actionYml) as unknown as {
  runs: { using: string; main: string }
  branding: { icon: string; color: string }
}

describe('action.yml', () => {
  it('declares exactly the inputs the config schema reads, in kebab-case', () => {
    expect(Object.keys(metadata.inputs).sort()).toEqual([...INPUT_KEYS].sort())
    for (const name of Object.keys(metadata.inputs)) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it("keeps only github-token's default; the others live in the schema", () => {
    const withDefault = Object.entries(metadata.inputs).filter(
      ([, input]) => input.default !== undefined,
    )
    expect(withDefault.map(([name]) => name)).toEqual(['github-token'])
    expect(metadata.inputs['github-token']?.default).toBe('${{ github.token }}')
  })

  it('states in each description the default the schema applies', () => {
    for (const [name, input] of Object.entries(metadata.inputs)) {
      if (name === 'github-token') continue
      const stated = /Default (empty|`[^`]*`)/.exec(input.description)?.[1]
      expect(stated, `${name} names its default`).toBeDefined()
      expect(stated, name).toBe(defaultText(name, metadata))
    }
  })

  it('declares every output the action sets, and runs the bundle on node24', () => {
    const report = {
      components: [],
      overall: 'fits',
      counts: { fits: 0, 'fits-with-caveats': 0, mismatch: 0, inconclusive: 0 },
    } as unknown as Report
    const set = [...Object.keys(verdictOutputs(report)), 'report-file', 'comment-url', 'sarif-file']
    expect(Object.keys(metadata.outputs).sort()).toEqual(set.sort())
    expect(raw.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(raw.branding.icon).toBeTruthy()
  })
})

describe('README', () => {
  it('has the inputs and outputs tables generated from action.yml (run `npm run readme`)', async () => {
    expect(readme).toBe(await updateReadme(readme, actionYml))
  })

  it('lists every input and output with its default', () => {
    expect(readme).toMatch(/\| `fail-on` +\|/)
    expect(readme).toMatch(/\| `comment` +\| .* \| `auto` +\|/)
    expect(readme).toMatch(/\| `components` +\|/)
  })

  it('shows a permissions block and a per-pull-request concurrency group in the usage', () => {
    expect(readme).toMatch(/permissions:\n\s+contents: read\n\s+pull-requests: write/)
    expect(readme).toContain('group: stack-fit-${{ github.event.pull_request.number }}')
    expect(readme).toContain('## Security model')
  })
})
