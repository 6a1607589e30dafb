// Loads the guidance and signal catalogues. At run time the knowledge comes from compiled.json, which
// the build writes from knowledge/*.json after validating them (scripts/compile-knowledge.ts): no
// schema runs on the bundled data. Raw files and organisation guidance are validated here.
import type { z } from 'zod'
import {
  type CompiledKnowledge,
  FILE_OF_KEY,
  type Knowledge,
  KnowledgeError,
  type LocatedGuidance,
  assembleKnowledge as assembleValidated,
  locate,
} from './assemble.js'
import { bundledKnowledge, compiledKnowledge } from './bundled.js'
import {
  type Guidance,
  type KnowledgeFiles,
  guidanceSchema,
  knowledgeFilesSchema,
} from './schema.js'

const EXTRA_GUIDANCE_FILE = 'config guidance'

export {
  type CompiledKnowledge,
  type CompiledPattern,
  type Disagreement,
  type Knowledge,
  KnowledgeError,
  type LoadedRule,
  type Mitigation,
  type PackageSignal,
  type Pattern,
  type Rule,
  type Source,
  normalizePypiName,
} from './assemble.js'

function keyPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

function zodProblems(
  error: z.ZodError,
  fileOf: (path: readonly PropertyKey[]) => { file: string; path: readonly PropertyKey[] },
): string[] {
  return error.issues.map((issue) => {
    const { file, path } = fileOf(issue.path)
    return `${file}: ${keyPath(path)}: ${issue.message}`
  })
}

function parseExtraGuidance(extra: unknown): LocatedGuidance {
  const parsed = guidanceSchema.partial().safeParse(extra)
  if (!parsed.success) {
    throw new KnowledgeError(
      zodProblems(parsed.error, (path) => ({ file: EXTRA_GUIDANCE_FILE, path })),
    )
  }
  const g: Partial<Guidance> = parsed.data
  return {
    rules: locate(g.rules ?? [], EXTRA_GUIDANCE_FILE, 'rules'),
    disagreements: locate(g.disagreements ?? [], EXTRA_GUIDANCE_FILE, 'disagreements'),
    mitigations: locate(g.mitigations ?? [], EXTRA_GUIDANCE_FILE, 'mitigations'),
  }
}

/**
 * Validates the knowledge files (and optional organisation guidance, merged by id) and builds
 * the lookups. Throws a KnowledgeError listing every problem found.
 */
export function buildKnowledge(files: unknown, extraGuidance?: unknown): Knowledge {
  return assembleKnowledge(validateKnowledgeFiles(files), extraGuidance)
}

/** The knowledge files checked against the schemas, with defaults filled in; throws a KnowledgeError. */
export function validateKnowledgeFiles(files: unknown): KnowledgeFiles {
  const parsed = knowledgeFilesSchema.safeParse(files)
  if (!parsed.success) {
    throw new KnowledgeError(
      zodProblems(parsed.error, (path) => {
        const [head, ...rest] = path
        const file = FILE_OF_KEY[head as keyof KnowledgeFiles]
        return file ? { file, path: rest } : { file: 'knowledge', path }
      }),
    )
  }
  return parsed.data
}

/**
 * Checks the cross-references of validated knowledge (and organisation guidance, validated here and
 * merged by id) and builds the lookups. Throws a KnowledgeError listing every problem found.
 */
export function assembleKnowledge(
  data: KnowledgeFiles | CompiledKnowledge,
  extraGuidance?: unknown,
): Knowledge {
  return assembleValidated(
    data,
    extraGuidance === undefined ? undefined : parseExtraGuidance(extraGuidance),
  )
}

const withGuidance = new WeakMap<object, Knowledge>()

/** The knowledge shipped with Stack Fit, plus organisation guidance when given. */
export function loadKnowledge(extraGuidance?: unknown): Knowledge {
  if (extraGuidance === undefined) return bundledKnowledge()
  if (typeof extraGuidance !== 'object' || extraGuidance === null) {
    return assembleKnowledge(compiledKnowledge(), extraGuidance)
  }
  // The action and the analysis both load with the same settings object; build it once.
  let knowledge = withGuidance.get(extraGuidance)
  if (!knowledge) {
    knowledge = assembleKnowledge(compiledKnowledge(), extraGuidance)
    withGuidance.set(extraGuidance, knowledge)
  }
  return knowledge
}
