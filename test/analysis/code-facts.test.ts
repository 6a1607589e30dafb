import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CodeFacts, type FileFacts } from '../../src/analysis/signals.js'
import { loadKnowledge } from '../../src/knowledge/load.js'

const knowledge = loadKnowledge()
const jsPatterns = knowledge.patterns.filter((p) => p.language === 'javascript').slice(0, 2)

const file = (path: string, over: Partial<FileFacts> = {}): FileFacts => ({
  path,
  language: 'javascript',
  notebook: false,
  test: false,
  imports: [],
  patterns: [],
  ...over,
})

const FILES: FileFacts[] = [
  file('a/server.test.js', {
    test: true,
    imports: [
      { module: 'socket.io', line: 1 },
      { module: 'express', line: 2 },
    ],
    patterns: [{ pattern: jsPatterns[0]!, line: 4 }],
  }),
  file('b/index.js', {
    imports: [
      { module: 'express/lib/router', line: 3 },
      { module: 'express', line: 5 },
    ],
    patterns: [
      { pattern: jsPatterns[1]!, line: 9 },
      { pattern: jsPatterns[0]!, line: 12 },
    ],
  }),
  file('c/io.js', {
    imports: [{ module: 'socket.io', line: 7 }],
    patterns: [{ pattern: jsPatterns[0]!, line: 2 }],
  }),
  file('d/analysis.ipynb', {
    language: 'python',
    notebook: true,
    imports: [{ module: 'pandas', line: 1 }],
  }),
  file('e/other.ipynb', { language: 'python', notebook: true }),
]

function foldAll(files: readonly FileFacts[]): CodeFacts {
  const facts = new CodeFacts(knowledge)
  for (const f of files) facts.add(f)
  return facts
}

describe('CodeFacts', () => {
  it('prefers production code for evidence but keeps the path order of first appearance', () => {
    const facts = foldAll(FILES)
    const imports = facts.signals().filter((s) => s.kind === 'import')
    const socket = imports.find((s) => s.evidence.detail === 'imports socket.io')
    // First seen in a test file, shown from the first production file that imports it.
    expect(socket?.evidence).toMatchObject({ file: 'c/io.js', line: 7 })
    const express = imports.find((s) => s.evidence.detail.startsWith('imports express'))
    // Within one file, the first reference wins.
    expect(express?.evidence).toMatchObject({ file: 'b/index.js', line: 3 })
    // Notebooks give no line numbers.
    expect(
      imports.find((s) => s.evidence.detail === 'imports pandas')?.evidence.line,
    ).toBeUndefined()
  })

  it('counts files per code pattern and shows it from its first place in production code', () => {
    const facts = foldAll(FILES)
    // First seen in a test file; the component's own place is the first production one.
    const own = facts.ownPatterns().get(jsPatterns[0]!.id)
    expect(own).toMatchObject({ file: 'b/index.js', line: 12 })
    const signal = facts
      .signals()
      .find((s) => s.kind === 'code-pattern' && s.evidence.detail.startsWith(jsPatterns[0]!.detail))
    expect(signal?.evidence).toMatchObject({ file: 'b/index.js', line: 12 })
    expect(signal?.evidence.detail).toBe(`${jsPatterns[0]!.detail} (3 files)`)
  })

  it('shows a code pattern found in a notebook without a line', () => {
    const pyPattern = knowledge.patterns.find(
      (p) => p.language === 'python' && Object.keys(p.workloads).length > 0,
    )!
    const facts = foldAll([
      file('n/train.ipynb', {
        language: 'python',
        notebook: true,
        patterns: [{ pattern: pyPattern, line: 40 }],
      }),
    ])
    expect(facts.ownPatterns().get(pyPattern.id)).toEqual({
      file: 'n/train.ipynb',
      line: undefined,
      detail: pyPattern.detail,
    })
    const signal = facts.signals().find((s) => s.kind === 'code-pattern')
    expect(signal?.evidence).toMatchObject({ file: 'n/train.ipynb' })
    expect(signal?.evidence.line).toBeUndefined()
  })

  it('counts notebooks and names the first', () => {
    const notebook = foldAll(FILES)
      .signals()
      .find((s) => s.kind === 'notebook')
    expect(notebook?.evidence).toEqual({ file: 'd/analysis.ipynb', detail: '2 Jupyter notebooks' })
    expect(notebook?.weight).toBe(2.5)
  })

  it('gives the same result whatever order the files arrive in', () => {
    const expected = foldAll(FILES)
    fc.assert(
      fc.property(fc.shuffledSubarray(FILES, { minLength: FILES.length }), (order) => {
        const facts = foldAll(order)
        expect(facts.signals()).toEqual(expected.signals())
        expect([...facts.ownPatterns()]).toEqual([...expected.ownPatterns()])
      }),
    )
  })
})
