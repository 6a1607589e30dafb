import { describe, expect, it } from 'vitest'
import type { ComponentDraft } from '../../src/analysis/components.js'
import { fileKindOf } from '../../src/analysis/languages.js'
import { detectStack } from '../../src/analysis/stack.js'
import type { Manifest } from '../../src/model.js'

function draft(
  paths: string[],
  manifests: Partial<Manifest>[] = [],
  other: { file: string; stack: string }[] = [],
): ComponentDraft {
  return {
    path: '',
    name: 'x',
    manifests: manifests.map(
      (m) => ({ file: 'x', kind: 'package.json', dependencies: [], ...m }) as Manifest,
    ),
    otherManifests: other,
    nativeCrates: [],
    files: paths.filter((path) => fileKindOf(path) !== undefined),
  }
}

describe('detectStack', () => {
  it('calls a package.json component with TypeScript sources Node.js', () => {
    const s = detectStack(draft(['src/a.ts', 'src/b.ts', 'src/c.js'], [{ file: 'package.json' }]))
    expect(s).toMatchObject({
      stack: 'node',
      languages: ['TypeScript', 'JavaScript'],
      mixed: false,
    })
  })

  it('calls notebooks with no manifest Python', () => {
    expect(detectStack(draft(['a.ipynb', 'b.ipynb'])).stack).toBe('python')
  })

  it('reports mixed evidence instead of hiding it', () => {
    const py = Array.from({ length: 12 }, (_, i) => `app/m${i}.py`)
    const s = detectStack(
      draft(
        [...py, 'static/a.js', 'static/b.js'],
        [{ file: 'pyproject.toml', kind: 'pyproject.toml' }, { file: 'package.json' }],
      ),
    )
    expect(s.stack).toBe('python')
    expect(s.mixed).toBe(true)
  })

  it('does not call a few helper scripts mixed', () => {
    const s = detectStack(
      draft(
        ['a.py', 'b.py', 'c.py', 'scripts/build.js'],
        [{ file: 'requirements.txt', kind: 'requirements.txt' }],
      ),
    )
    expect(s).toMatchObject({ stack: 'python', mixed: false })
  })

  it('names a stack the guidance does not cover from its manifest', () => {
    const s = detectStack(draft(['main.go', 'web/app.js'], [], [{ file: 'go.mod', stack: 'Go' }]))
    expect(s).toMatchObject({ stack: 'other', otherName: 'Go' })
  })

  it('names other stacks from sources alone, and is unknown with nothing to go on', () => {
    expect(detectStack(draft(['lib/a.rb'])).otherName).toBe('Ruby')
    expect(detectStack(draft([])).stack).toBe('unknown')
  })

  it('follows a forced stack from the config', () => {
    const d = { ...draft(['a.py']), forcedStack: 'node' as const }
    expect(detectStack(d).stack).toBe('node')
  })
})
