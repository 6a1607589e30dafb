import fg from 'fast-glob'
import { describe, expect, it } from 'vitest'
import { analyzeRepository } from '../src/analysis/analyze.js'
import { WORKLOADS } from '../src/model.js'
import { FsFileSource } from '../src/scan/fs-source.js'
import {
  CORPUS_DIR,
  type CorpusCase,
  loadCorpus,
  loadExampleCase,
  outcomesOf,
} from './corpus/index.js'

const corpus = await loadCorpus()
const cases: CorpusCase[] = [...corpus, await loadExampleCase()]

const PYTHON_MANIFEST =
  /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg|Pipfile|environment\.ya?ml|requirements[^/]*\.txt)$/

describe.each(cases)('$name', ({ dir, expected }) => {
  it('matches the reviewer’s components, stacks, workloads and verdicts', async () => {
    const report = await analyzeRepository(new FsFileSource(dir))
    const outcomes = outcomesOf(report)
    expect(outcomes.map((o) => o.path).sort()).toEqual(
      expected.components.map((c) => c.path).sort(),
    )
    for (const label of expected.components) {
      const got = outcomes.find((o) => o.path === label.path)
      expect(got, `component "${label.path}"`).toEqual({
        path: label.path,
        stack: label.stack,
        primary: label.primary,
        verdict: label.verdict,
      })
    }
    const problemFiles = report.problems.map((p) => p.file)
    for (const file of expected.problems ?? []) {
      expect(problemFiles, `problem reported for ${file}`).toContain(file)
    }
  })
})

describe('the corpus', () => {
  const components = corpus.flatMap((c) => c.expected.components)

  it('has at least 40 labelled fixtures', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40)
  })

  it.each(WORKLOADS)('labels %s as the primary class of a Node and of a Python component', (w) => {
    const stacks = new Set(components.filter((c) => c.primary === w).map((c) => c.stack))
    expect([...stacks].filter((s) => s === 'node' || s === 'python').sort()).toEqual([
      'node',
      'python',
    ])
  })

  it('has a monorepo, an other-stack, an empty and a broken-manifest case', () => {
    expect(corpus.some((c) => c.expected.components.length >= 2)).toBe(true)
    expect(components.some((c) => c.stack === 'other')).toBe(true)
    expect(corpus.some((c) => c.expected.components.length === 0)).toBe(true)
    expect(corpus.some((c) => (c.expected.problems ?? []).length > 0)).toBe(true)
  })

  it('has a notebooks-only case: notebooks, no Python manifest, one root Python component', async () => {
    const found: string[] = []
    for (const c of corpus) {
      const files = await fg('**/*', { cwd: c.dir, dot: true })
      const notebooks = files.some((f) => f.endsWith('.ipynb'))
      const manifests = files.some((f) => PYTHON_MANIFEST.test(f))
      const rootPython = c.expected.components.some((x) => x.path === '' && x.stack === 'python')
      if (notebooks && !manifests && rootPython) found.push(c.name)
    }
    expect(found.length).toBeGreaterThanOrEqual(1)
  })

  it('keeps every fixture free of dependencies, virtualenvs and test files vitest would pick up', async () => {
    const offending = await fg(
      ['**/node_modules/**', '**/.venv/**', '**/venv/**', '**/site-packages/**', '**/*.test.ts'],
      { cwd: CORPUS_DIR, dot: true },
    )
    expect(offending).toEqual([])
  })
})
