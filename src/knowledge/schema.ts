// The guidance as data. knowledge/*.json is validated against these schemas when loaded;
// the same rule schema is used for organisation guidance added through the config file.
import { z } from 'zod'
import { WORKLOADS } from '../model.js'
import { PACKAGE_ROLES } from './roles.js'

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens')
const workload = z.enum(WORKLOADS)
const coveredStack = z.enum(['node', 'python'])

export const sourceSchema = z.strictObject({
  id,
  /** File name under shared/sources. */
  file: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
})

export const ruleSchema = z.strictObject({
  id,
  workload,
  /** The stack the rule speaks about. */
  stack: coveredStack,
  /** Whether the sources recommend that stack for the workload or warn against it. */
  stance: z.enum(['recommended', 'discouraged']),
  /** The rule in Stack Fit's own words, one or two sentences. */
  statement: z.string().min(10),
  /** Ids of the sources that state it; their count is the agreement. */
  sources: z.array(id).min(1),
  /** For `discouraged` rules: mitigations that make the stack workable for this workload. */
  mitigations: z.array(id).default([]),
})

export const disagreementSchema = z.strictObject({
  id,
  topic: z.string().min(5),
  /** Rules whose standing this disagreement weakens. */
  rules: z.array(id).min(1),
  positions: z
    .array(z.strictObject({ claim: z.string().min(5), sources: z.array(id).min(1) }))
    .min(2),
})

export const mitigationSchema = z.strictObject({
  id,
  /** The stack the mitigation is applied in. */
  stack: coveredStack,
  /** A short name for reports, e.g. "a concurrent server (Gunicorn, uWSGI, gevent, Tornado)"; the id when absent. */
  name: z.string().min(3).optional(),
  /** What a team does to adopt it, one imperative sentence; the statement when absent. */
  action: z.string().min(10).optional(),
  /** Workloads it helps with. */
  workloads: z.array(workload).min(1),
  statement: z.string().min(10),
  sources: z.array(id).min(1),
  /** How to see it in a component: any hit counts. */
  detect: z.strictObject({
    npm: z.array(z.string()).default([]),
    pypi: z.array(z.string()).default([]),
    /** Ids from knowledge/patterns.json. */
    patterns: z.array(id).default([]),
    /** A component of this other stack in the same repository (e.g. a Python service beside a Node one). */
    siblingStack: coveredStack.optional(),
    /** Compiled code in the component: C, C++, Rust, Cython or WebAssembly sources or their build set-up. */
    nativeCode: z.boolean().optional(),
  }),
})

export const guidanceSchema = z.strictObject({
  rules: z.array(ruleSchema),
  disagreements: z.array(disagreementSchema).default([]),
  mitigations: z.array(mitigationSchema).default([]),
})

const weights = z.partialRecord(workload, z.number().min(0.25).max(5))

export { PACKAGE_ROLES } from './roles.js'

export const packageSignalSchema = z
  .strictObject({
    /** Package name as published; normalised for PyPI (PEP 503) at load. A trailing `/*` matches a whole npm scope. */
    name: z.string().min(1),
    /**
     * Workloads the package points to, with weights. `{}` records a package that says nothing about
     * the workload (a test runner, a linter, a utility belt), so coverage of a manifest can be measured.
     */
    workloads: weights,
    /**
     * What the package itself does, when that differs from what depending on it hints at: people who
     * install the `notebook` server do data science, while the package is a web server. Read only for a
     * component that is the package (its own manifest names it).
     */
    itself: weights.optional(),
    role: z.enum(Object.keys(PACKAGE_ROLES) as [keyof typeof PACKAGE_ROLES]).optional(),
    /** Python module names it is imported as, when they differ from the package name (e.g. cv2). */
    imports: z.array(z.string().min(1)).optional(),
  })
  .refine((p) => p.role !== 'hosted-ai' || p.workloads['data-ml'] === undefined, {
    message: 'a hosted AI client is I/O work: give it no data-ml weight',
    path: ['workloads'],
  })

export const patternSchema = z.strictObject({
  id,
  /**
   * The code the pattern reads; `summary` patterns read the one-line description a package gives
   * of itself in its manifest (package.json or PEP 621 `description`), never its code.
   */
  language: z.enum(['javascript', 'python', 'summary']),
  /** A JavaScript regular expression source, matched per line. */
  regex: z.string().min(1),
  /** Flags other than g/m, e.g. 'i'. */
  flags: z
    .string()
    .regex(/^[isu]*$/)
    .default(''),
  /** Workloads the pattern indicates; empty for patterns used only to detect mitigations. */
  workloads: z.partialRecord(workload, z.number().min(0.25).max(5)).default({}),
  /**
   * The pattern only backs other evidence of its workloads and never shows them alone: a worker
   * pool is how CPU work is kept off the event loop, and a logger's transport thread uses one too.
   */
  corroborates: z.literal(true).optional(),
  /**
   * Matches a file needs, at least, for the pattern to count there: one unsigned shift is an index
   * computed, dozens are the inner loop of a hash or a codec.
   */
  repeats: z.number().int().min(2).max(100).optional(),
  /**
   * The pattern reads the shape of the code, not a package it uses: it shows the work, but never
   * weighs toward a mismatch (see Signal.inferred).
   */
  inferred: z.literal(true).optional(),
  detail: z.string().min(3),
})

export const signalCatalogueSchema = z.strictObject({
  npm: z.array(packageSignalSchema),
  pypi: z.array(packageSignalSchema),
})

export const knowledgeFilesSchema = z.strictObject({
  sources: z.array(sourceSchema).min(1),
  guidance: guidanceSchema,
  signals: signalCatalogueSchema,
  patterns: z.array(patternSchema),
})

export type Source = z.infer<typeof sourceSchema>
export type Rule = z.infer<typeof ruleSchema>
export type Disagreement = z.infer<typeof disagreementSchema>
export type Mitigation = z.infer<typeof mitigationSchema>
export type Guidance = z.infer<typeof guidanceSchema>
export type PackageSignal = z.infer<typeof packageSignalSchema>
export type Pattern = z.infer<typeof patternSchema>
export type KnowledgeFiles = z.infer<typeof knowledgeFilesSchema>
