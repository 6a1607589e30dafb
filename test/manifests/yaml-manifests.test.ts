import { describe, expect, it } from 'vitest'
import { parseEnvironmentYml } from '../../src/scan/manifests/environment-yml.js'
import { parsePnpmWorkspace } from '../../src/scan/manifests/pnpm-workspace.js'

const ENVIRONMENT = `name: vision-training
channels:
  - pytorch
  - conda-forge
dependencies:
  - python=3.11
  - pip
  - numpy=1.26
  - conda-forge::pandas>=2.2
  - pytorch::pytorch
  - "scikit-learn"
  - pip:
      - opencv-python-headless==4.9.0.80
      - wandb  # experiment tracking
      - -r requirements-extra.txt
`

const ALIAS_BOMB = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
dependencies: *i
packages: *i
`

describe('parseEnvironmentYml', () => {
  it('reads conda and pip dependencies, skipping python and pip', () => {
    const { manifest, problems } = parseEnvironmentYml('ml/environment.yml', ENVIRONMENT)
    expect(problems).toEqual([])
    expect(manifest?.name).toBe('vision-training')
    expect(manifest?.dependencies.map((d) => [d.name, d.line])).toEqual([
      ['numpy', 8],
      ['pandas', 9],
      ['pytorch', 10],
      ['scikit-learn', 11],
      ['opencv-python-headless', 13],
      ['wandb', 14],
    ])
    expect(
      manifest!.dependencies.every(
        (d) => d.ecosystem === 'pypi' && d.scope === 'runtime' && d.file === 'ml/environment.yml',
      ),
    ).toBe(true)
  })

  it('refuses an alias bomb quickly with a problem', () => {
    const started = performance.now()
    const env = parseEnvironmentYml('environment.yml', ALIAS_BOMB)
    const pnpm = parsePnpmWorkspace('pnpm-workspace.yaml', ALIAS_BOMB)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(env.manifest).toBeUndefined()
    expect(env.problems[0]?.message).toMatch(/aliases/)
    expect(pnpm.problems[0]).toMatchObject({ file: 'pnpm-workspace.yaml' })
  })

  it('reports duplicate keys as a problem with the line', () => {
    const text = 'name: a\ndependencies:\n  - numpy\nname: b\n'
    const { manifest, problems } = parseEnvironmentYml('environment.yml', text)
    expect(manifest).toBeUndefined()
    expect(problems).toEqual([
      {
        file: 'environment.yml',
        line: 4,
        message: 'invalid YAML: a key appears twice in the same mapping',
      },
    ])
  })

  it('reports malformed YAML without echoing it', () => {
    const text = 'name: x\npassword: "hunter2\ndependencies: [\n'
    const { problems } = parseEnvironmentYml('environment.yml', text)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.every((p) => !p.message.includes('hunter2'))).toBe(true)
  })

  it('reports a non-list dependencies value and a non-mapping document', () => {
    expect(parseEnvironmentYml('e.yml', 'dependencies: numpy\n').problems[0]?.message).toMatch(
      /must be a list/,
    )
    expect(parseEnvironmentYml('e.yml', '- numpy\n').problems[0]?.message).toMatch(/mapping/)
  })

  it('does not let __proto__ keys pollute prototypes', () => {
    const text = '__proto__:\n  polluted: yes\ndependencies:\n  - numpy\n'
    const { manifest } = parseEnvironmentYml('environment.yml', text)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(manifest?.dependencies.map((d) => d.name)).toEqual(['numpy'])
  })
})

describe('parsePnpmWorkspace', () => {
  it('reads the package globs', () => {
    const text = "packages:\n  - 'apps/*'\n  - 'packages/*'\n  - '!**/test/**'\n"
    const { manifest, problems } = parsePnpmWorkspace('pnpm-workspace.yaml', text)
    expect(problems).toEqual([])
    expect(manifest).toEqual({
      file: 'pnpm-workspace.yaml',
      kind: 'pnpm-workspace.yaml',
      dependencies: [],
      workspaces: ['apps/*', 'packages/*', '!**/test/**'],
    })
  })

  it('reports packages that are not a list', () => {
    const { problems } = parsePnpmWorkspace('pnpm-workspace.yaml', 'packages: apps/*\n')
    expect(problems).toEqual([
      { file: 'pnpm-workspace.yaml', message: '"packages" must be a list of globs' },
    ])
  })

  it('accepts an empty file', () => {
    const { manifest, problems } = parsePnpmWorkspace('pnpm-workspace.yaml', '')
    expect(problems).toEqual([])
    expect(manifest?.workspaces).toBeUndefined()
  })
})
