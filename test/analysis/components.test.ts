import { describe, expect, it } from 'vitest'
import { buildComponents, componentDirOf } from '../../src/analysis/components.js'
import type { Manifest } from '../../src/model.js'

const files = (...paths: string[]): string[] => paths
const manifest = (
  file: string,
  kind: Manifest['kind'],
  extra: Partial<Manifest> = {},
): Manifest => ({
  file,
  kind,
  dependencies: [],
  ...extra,
})
const dep = (name: string, file: string, scope: 'runtime' | 'dev' = 'runtime') =>
  ({ name, ecosystem: 'npm', scope, file }) as const

describe('buildComponents', () => {
  it('is one root component for a single service', () => {
    const out = buildComponents(files('package.json', 'src/index.ts', 'src/chat.ts'), [
      manifest('package.json', 'package.json', {
        name: 'chat',
        dependencies: [dep('ws', 'package.json')],
      }),
    ])
    expect(out.map((c) => [c.path, c.name, c.files.length])).toEqual([['', 'chat', 2]])
  })

  it('nests components and gives each file to its nearest one', () => {
    const out = buildComponents(
      files(
        'package.json',
        'server.js',
        'frontend/package.json',
        'frontend/src/App.tsx',
        'ml/requirements/base.txt',
        'ml/train.py',
        'go/go.mod',
        'go/main.go',
      ),
      [
        manifest('package.json', 'package.json', {
          dependencies: [dep('express', 'package.json')],
        }),
        manifest('frontend/package.json', 'package.json', { name: 'frontend' }),
        manifest('ml/requirements/base.txt', 'requirements.txt'),
      ],
    )
    expect(out.map((c) => [c.path, c.files])).toEqual([
      ['', ['server.js']],
      ['frontend', ['frontend/src/App.tsx']],
      ['go', ['go/main.go']],
      ['ml', ['ml/train.py']],
    ])
    expect(out.find((c) => c.path === 'go')!.otherManifests).toEqual([
      { file: 'go/go.mod', stack: 'Go' },
    ])
  })

  it('drops a workspace root that only orchestrates its members', () => {
    const out = buildComponents(
      files(
        'package.json',
        'eslint.config.js',
        'packages/api/package.json',
        'packages/api/index.js',
      ),
      [
        manifest('package.json', 'package.json', {
          workspaces: ['packages/*'],
          dependencies: [dep('turbo', 'package.json', 'dev')],
        }),
        manifest('packages/api/package.json', 'package.json', { name: 'api' }),
      ],
    )
    expect(out.map((c) => c.path)).toEqual(['packages/api'])
  })

  it('keeps a workspace root that has code of its own', () => {
    const out = buildComponents(
      files('package.json', 'scripts/release.js', 'packages/api/package.json'),
      [
        manifest('package.json', 'package.json', { workspaces: ['packages/*'] }),
        manifest('packages/api/package.json', 'package.json', { name: 'api' }),
      ],
    )
    expect(out.map((c) => c.path)).toEqual(['', 'packages/api'])
  })

  it('makes a root component from manifest-less sources such as notebooks', () => {
    const out = buildComponents(files('analysis.ipynb', 'README.md'), [])
    expect(out.map((c) => [c.path, c.files.length])).toEqual([['', 1]])
  })

  it('gathers a quarter of a million manifest-less files into the root component', () => {
    // Spreading them into one push call overflowed the stack.
    const many = Array.from({ length: 250_000 }, (_, i) => `src/m${i}.py`)
    const out = buildComponents(many, [])
    expect(out.map((c) => [c.path, c.files.length])).toEqual([['', 250_000]])
  })

  it('does not make components from test fixtures or Dockerfiles', () => {
    const out = buildComponents(
      files('package.json', 'test/fixtures/app/package.json', 'deploy/Dockerfile'),
      [
        manifest('package.json', 'package.json', { name: 'app' }),
        manifest('test/fixtures/app/package.json', 'package.json', { name: 'fixture' }),
        manifest('deploy/Dockerfile', 'Dockerfile'),
      ],
    )
    expect(out.map((c) => c.path)).toEqual([''])
    expect(out[0]!.manifests.map((m) => m.file)).toEqual(['package.json', 'deploy/Dockerfile'])
  })

  it('applies overrides for names and stacks, and creates declared components', () => {
    const out = buildComponents(
      files('tools/x.py'),
      [],
      [{ path: 'tools', name: 'ops', stack: 'python' }],
    )
    expect(out.map((c) => [c.path, c.name, c.forcedStack])).toEqual([['tools', 'ops', 'python']])
  })
})

describe('componentDirOf', () => {
  it('puts requirements/ files on their parent', () => {
    expect(componentDirOf({ file: 'svc/requirements/dev.txt', kind: 'requirements.txt' })).toBe(
      'svc',
    )
    expect(componentDirOf({ file: 'requirements.txt', kind: 'requirements.txt' })).toBe('')
  })
})
