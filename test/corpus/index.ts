// The labeled corpus: fixture repositories beside the review a careful human gave each of them.
import { promises as fs } from 'node:fs'
import * as nodePath from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { STACKS, VERDICTS, WORKLOADS } from '../../src/model.js'

const EXPECTED_SUFFIX = '.expected.json'

export const expectedComponentSchema = z
  .object({
    path: z.string(),
    stack: z.enum(STACKS),
    primary: z.enum(WORKLOADS).nullable(),
    verdict: z.enum(VERDICTS),
    otherName: z.string().min(1).optional(),
  })
  .strict()

export const expectedReportSchema = z
  .object({
    description: z.string().min(1),
    components: z.array(expectedComponentSchema),
    problems: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .superRefine((expected, ctx) => {
    const seen = new Set<string>()
    for (const c of expected.components) {
      if (seen.has(c.path))
        ctx.addIssue({ code: 'custom', message: `component "${c.path}" is listed twice` })
      seen.add(c.path)
    }
  })

export type ExpectedComponent = z.infer<typeof expectedComponentSchema>
export type ExpectedReport = z.infer<typeof expectedReportSchema>

export interface CorpusCase {
  /** Fixture directory name, e.g. `node-chat-socketio`. */
  name: string
  /** Absolute path of the fixture repository. */
  dir: string
  expected: ExpectedReport
}

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url))
export const TEST_DIR = nodePath.dirname(nodePath.resolve(CORPUS_DIR))
export const EXAMPLE_DIR = nodePath.resolve(TEST_DIR, '..', 'examples', 'monorepo')
export const EXAMPLE_EXPECTED = nodePath.join(TEST_DIR, 'examples-monorepo.expected.json')

/** Reads and validates one expected file; the error names the file and the first bad field. */
export async function readExpected(file: string): Promise<ExpectedReport> {
  const text = await fs.readFile(file, 'utf8')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`)
  }
  const parsed = expectedReportSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || '(root)'
    throw new Error(`${file}: ${where}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}

/**
 * Every fixture under test/corpus paired with its `<name>.expected.json`, sorted by name.
 * Throws when a fixture has no expected file or an expected file has no fixture.
 */
export async function loadCorpus(corpusDir: string = CORPUS_DIR): Promise<CorpusCase[]> {
  const entries = await fs.readdir(corpusDir, { withFileTypes: true })
  const fixtureNames = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name))
  const expectedNames = new Set(
    entries
      .filter((e) => e.isFile() && e.name.endsWith(EXPECTED_SUFFIX))
      .map((e) => e.name.slice(0, -EXPECTED_SUFFIX.length)),
  )
  const unlabeled = [...fixtureNames].filter((n) => !expectedNames.has(n)).sort()
  const orphaned = [...expectedNames].filter((n) => !fixtureNames.has(n)).sort()
  if (unlabeled.length > 0 || orphaned.length > 0) {
    const lines = [
      ...unlabeled.map((n) => `fixture ${n}/ has no ${n}${EXPECTED_SUFFIX}`),
      ...orphaned.map((n) => `${n}${EXPECTED_SUFFIX} has no fixture directory ${n}/`),
    ]
    throw new Error(`corpus is inconsistent:\n${lines.join('\n')}`)
  }
  const names = [...fixtureNames].sort()
  return Promise.all(
    names.map(async (name) => ({
      name,
      dir: nodePath.join(corpusDir, name),
      expected: await readExpected(nodePath.join(corpusDir, `${name}${EXPECTED_SUFFIX}`)),
    })),
  )
}

/** The bundled example repository (examples/monorepo) as a case of its own. */
export async function loadExampleCase(): Promise<CorpusCase> {
  return {
    name: 'examples/monorepo',
    dir: EXAMPLE_DIR,
    expected: await readExpected(EXAMPLE_EXPECTED),
  }
}

/** What the scanner said about one expected component, in the same terms as the label. */
export interface ComponentOutcome {
  path: string
  stack: string
  primary: string | null
  verdict: string
}

/** The report reduced to the labelled fields, so a label and an outcome compare field by field. */
export function outcomesOf(report: {
  components: readonly {
    path: string
    stack: { stack: string }
    primary: readonly string[]
    verdict: { verdict: string }
  }[]
}): ComponentOutcome[] {
  return report.components.map((c) => ({
    path: c.path,
    stack: c.stack.stack,
    primary: c.primary[0] ?? null,
    verdict: c.verdict.verdict,
  }))
}

export const KNOWN_DIFFERENCES_FILE = nodePath.join(TEST_DIR, 'corpus-known-differences.json')

export const knownDifferenceSchema = z
  .object({
    /** Case name: a fixture directory name or `examples/monorepo`. */
    case: z.string().min(1),
    path: z.string(),
    field: z.enum(['stack', 'primary', 'verdict', 'present']),
    /** The label's value, repeated so a changed label makes the entry stale. */
    expected: z.union([z.string(), z.boolean(), z.null()]),
    /** What the scanner says today. */
    got: z.union([z.string(), z.boolean(), z.null()]),
    /** Why the scanner disagrees, in one line. */
    why: z.string().min(1),
  })
  .strict()

export type KnownDifference = z.infer<typeof knownDifferenceSchema>

/**
 * Disagreements between the scanner and the labels that are understood and accepted for now,
 * like a lint baseline: the labels stay right, CI stays green, and any change either way shows.
 */
export async function loadKnownDifferences(
  file: string = KNOWN_DIFFERENCES_FILE,
): Promise<KnownDifference[]> {
  const json: unknown = JSON.parse(await fs.readFile(file, 'utf8'))
  const parsed = z.array(knownDifferenceSchema).safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}
