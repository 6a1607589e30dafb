// The documented shape of the JSON report; tests keep it in step with the Report type.
import { z } from 'zod'
import { STACKS, VERDICTS, WORKLOADS } from '../model.js'

const workload = z.enum(WORKLOADS)
const verdictKind = z.enum(VERDICTS)
const confidence = z.enum(['high', 'medium', 'low'])
const skipReason = z.enum([
  'excluded-directory',
  'gitignored',
  'vendored',
  'generated',
  'documentation',
  'symlink',
  'binary',
  'too-large',
  'minified',
  'user-ignored',
  'unreadable',
  'limit',
])

const evidence = z.object({
  file: z.string(),
  line: z.number().int().min(1).optional(),
  detail: z.string(),
})

const problem = z.object({
  file: z.string(),
  line: z.number().int().min(1).optional(),
  message: z.string(),
})

const dependency = z.object({
  name: z.string(),
  ecosystem: z.enum(['npm', 'pypi']),
  scope: z.enum(['runtime', 'dev', 'test', 'optional', 'peer', 'build']),
  spec: z.string().optional(),
  file: z.string(),
  line: z.number().int().min(1).optional(),
})

const workloadScore = z.object({
  workload,
  score: z.number().min(0).max(1),
  raw: z.number(),
  confidence,
  evidence: z.array(evidence),
})

const stackDetection = z.object({
  stack: z.enum(STACKS),
  languages: z.array(z.string()),
  otherName: z.string().optional(),
  mixed: z.boolean(),
  evidence: z.array(evidence),
})

const reason = z.object({ rule: z.string(), text: z.string(), sources: z.array(z.string()) })

const verdict = z.object({
  verdict: verdictKind,
  summary: z.string(),
  reasons: z.array(reason),
  notes: z.array(reason),
  rules: z.array(z.string()),
  sources: z.array(z.string()),
  mitigations: z.array(z.object({ id: z.string(), evidence: z.array(evidence) })),
  wouldChange: z.array(z.string()),
  accepted: z.object({ reason: z.string() }).optional(),
})

const componentReport = z.object({
  path: z.string().describe("Repository-relative directory, '' for the root"),
  name: z.string(),
  manifests: z.array(z.string()),
  fileCount: z.number().int().min(0),
  supporting: z
    .boolean()
    .describe('Tests, examples, docs sites and the like: left out of the overall verdict'),
  stack: stackDetection,
  workloads: z.array(workloadScore),
  primary: z.array(workload),
  verdict,
  dependencies: z.array(dependency),
})

const scanStats = z.object({
  filesScanned: z.number().int().min(0),
  bytesRead: z.number().min(0),
  manifestsParsed: z.number().int().min(0),
  skippedByReason: z.partialRecord(skipReason, z.number().int().min(0)),
  skipped: z.array(
    z.object({
      path: z.string(),
      reason: skipReason,
      detail: z.string().optional(),
      directory: z.boolean().optional(),
    }),
  ),
  skippedTruncated: z.number().int().min(0),
  durationMs: z.number().min(0),
})

export const reportSchema = z
  .object({
    tool: z.object({ name: z.literal('stack-fit'), version: z.string() }),
    root: z.string(),
    components: z.array(componentReport),
    overall: verdictKind,
    counts: z.object({
      fits: z.number().int().min(0),
      'fits-with-caveats': z.number().int().min(0),
      mismatch: z.number().int().min(0),
      inconclusive: z.number().int().min(0),
    }),
    problems: z.array(problem),
    stats: scanStats,
    partial: z
      .object({
        reason: z.string(),
        limit: z.enum(['maxFiles', 'maxBytes', 'maxFileSize', 'timeoutMs']),
      })
      .optional(),
  })
  .describe('Stack Fit report')

export type ReportJson = z.infer<typeof reportSchema>

/** JSON Schema (draft 2020-12) of the JSON report, for consumers outside TypeScript. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportSchema, { io: 'output' }) as Record<string, unknown>
}
