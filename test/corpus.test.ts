import fg from 'fast-glob'
import { describe, expect, it } from 'vitest'
import { analyzeRepository } from '../src/analysis/analyze.js'
import { VERDICTS, WORKLOADS, type Workload } from '../src/model.js'
import { FsFileSource } from '../src/scan/fs-source.js'
import {
  CORPUS_DIR,
  type CorpusCase,
  type ExpectedComponent,
  type KnownDifference,
  loadCorpus,
  loadExampleCase,
  loadKnownDifferences,
  outcomesOf,
} from './corpus/index.js'

const corpus = await loadCorpus()
const cases: CorpusCase[] = [...corpus, await loadExampleCase()]
const known = await loadKnownDifferences()

const PYTHON_MANIFEST =
  /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg|Pipfile|environment\.ya?ml|requirements[^/]*\.txt)$/
// The guidance gives no Python rule for browser front ends, so no Python SPA is labelled.
const PYTHON_CLASSES = WORKLOADS.filter(
  (w): w is Exclude<Workload, 'spa-frontend'> => w !== 'spa-frontend',
)

type Field = 'stack' | 'primary' | 'verdict'

/**
 * What the scanner may say today: the label, or the value a known difference records. A fixed
 * difference passes (eval lists it as stale); any other departure fails.
 */
function accepted(
  caseName: string,
  label: ExpectedComponent,
  field: Field,
  got: string | null | undefined,
): string | null {
  const difference = known.find(
    (d) => d.case === caseName && d.path === label.path && d.field === field,
  )
  return difference && got === difference.got ? got : label[field]
}

/** Component paths that must match: a path with a known presence difference may go either way. */
function comparablePaths(caseName: string, paths: readonly string[]): string[] {
  const unsettled = new Set(
    known.filter((d) => d.case === caseName && d.field === 'present').map((d) => d.path),
  )
  return paths.filter((p) => !unsettled.has(p)).sort()
}

describe.each(cases)('$name', ({ name, dir, expected }) => {
  it('matches the reviewer’s components, stacks, workloads and verdicts', async () => {
    const report = await analyzeRepository(new FsFileSource(dir))
    const outcomes = outcomesOf(report)
    expect(
      comparablePaths(
        name,
        outcomes.map((o) => o.path),
      ),
    ).toEqual(
      comparablePaths(
        name,
        expected.components.map((c) => c.path),
      ),
    )
    for (const label of expected.components) {
      const got = outcomes.find((o) => o.path === label.path)
      if (!got) continue
      expect(got, `component "${label.path}"`).toEqual({
        path: label.path,
        stack: accepted(name, label, 'stack', got.stack),
        primary: accepted(name, label, 'primary', got.primary),
        verdict: accepted(name, label, 'verdict', got.verdict),
      })
    }
    const problemFiles = report.problems.map((p) => p.file)
    for (const file of expected.problems ?? []) {
      expect(problemFiles, `problem reported for ${file}`).toContain(file)
    }
  })
})

describe('the known differences', () => {
  it.each(known.map((d): [string, KnownDifference] => [`${d.case}:${d.path}:${d.field}`, d]))(
    '%s still matches the label it departs from',
    (_, difference) => {
      const labelled = cases.find((c) => c.name === difference.case)
      const label = labelled?.expected.components.find((c) => c.path === difference.path)
      if (difference.field === 'present') {
        expect(difference.expected).toBe(label !== undefined)
      } else {
        expect(label, 'labelled component').toBeDefined()
        expect(difference.expected).toBe(label?.[difference.field])
      }
      expect(difference.got).not.toEqual(difference.expected)
    },
  )
})

describe('the bundled example', () => {
  it('is labelled with every verdict, so `npm start` shows them all', async () => {
    const example = await loadExampleCase()
    const verdicts = new Set(example.expected.components.map((c) => c.verdict))
    expect([...verdicts].sort()).toEqual([...VERDICTS].sort())
  })
})

describe('the corpus', () => {
  const components = corpus.flatMap((c) => c.expected.components)
  const labelledClasses = (stack: string) =>
    new Set(components.filter((c) => c.stack === stack).map((c) => c.primary))

  it('has at least 40 labelled fixtures', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40)
  })

  it('labels every workload class as the primary of some Node component', () => {
    const node = labelledClasses('node')
    expect(WORKLOADS.filter((w) => !node.has(w))).toEqual([])
  })

  it('labels every class the Python guidance covers as the primary of some Python component', () => {
    const python = labelledClasses('python')
    expect(PYTHON_CLASSES.filter((w) => !python.has(w))).toEqual([])
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

  it('keeps every fixture free of dependencies, virtualenvs and files vitest would run', async () => {
    const offending = await fg(
      [
        '*/**/node_modules/**',
        '*/**/.venv/**',
        '*/**/venv/**',
        '*/**/site-packages/**',
        '*/**/*.test.ts',
      ],
      { cwd: CORPUS_DIR, dot: true },
    )
    expect(offending).toEqual([])
  })
})
