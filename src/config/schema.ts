// Every setting of the Action, its allowed values and its default, in one schema.
// The inputs in action.yml and the config file both validate against it; action.yml keeps no
// defaults of its own apart from github-token's.
import { z } from 'zod'
import { guidanceSchema } from '../knowledge/schema.js'
import { STACKS } from '../model.js'

import {
  COMMENT_MODES,
  DEFAULT_AUDIT_ISSUE_TITLE,
  DEFAULT_CONFIG_FILE,
  FAIL_ON,
  type InputKey,
} from './settings.js'

// The plain constants live in settings.ts, which a run without a config file loads without zod.
export {
  COMMENT_MODES,
  type CommentMode,
  DEFAULT_AUDIT_ISSUE_TITLE,
  DEFAULT_CONFIG_FILE,
  FAIL_ON,
  type FailOn,
  INPUT_KEYS,
  type InputKey,
} from './settings.js'

const nonEmpty = z.string().min(1)

export const componentOverrideSchema = z
  .strictObject({
    path: nonEmpty.describe('Directory of the component, relative to the scanned path.'),
    name: nonEmpty.optional().describe('Name shown in the report.'),
    stack: z.enum(STACKS).optional().describe('Forces the stack instead of detecting it.'),
    supporting: z
      .boolean()
      .optional()
      .describe(
        'false promotes a test, example or docs package to a product component (judged in the overall verdict); true marks a package as supporting.',
      ),
  })
  .describe('Declares a component boundary or re-labels a detected component.')

export const acceptedDecisionSchema = z
  .strictObject({
    component: nonEmpty.describe("Component path ('.' for the root) or name."),
    reason: nonEmpty.describe('Why the team keeps this stack; shown in every report.'),
  })
  .describe(
    'A deliberate choice: a mismatch here is reported as accepted and does not fail the run.',
  )

/** Organisation guidance; its shape is checked by the knowledge loader, which also resolves its ids. */
export const extraGuidanceSchema = z
  .unknown()
  .describe('Extra rules, disagreements and mitigations in the shape of knowledge/guidance.json.')

export const settingsSchema = z.strictObject({
  'github-token': z.string().default('').describe('Token for the GitHub API.'),
  path: nonEmpty.default('.').describe('Directory to scan, relative to the workspace.'),
  config: nonEmpty.default(DEFAULT_CONFIG_FILE).describe('Config file, relative to the workspace.'),
  comment: z
    .enum(COMMENT_MODES)
    .default('auto')
    .describe('Sticky pull-request comment: auto, always, never or on-change.'),
  'fail-on': z
    .enum(FAIL_ON)
    .default('never')
    .describe('Fail the step on: never, mismatch, or caveat (a caveat or a mismatch).'),
  summary: z.boolean().default(true).describe('Write the report to the job summary.'),
  annotations: z.boolean().default(true).describe('Annotate manifest lines with findings.'),
  'sarif-file': z.string().default('').describe('Write SARIF 2.1.0 to this path; empty: none.'),
  'json-file': z
    .string()
    .default('')
    .describe('Write the JSON report to this path; empty: a file under RUNNER_TEMP.'),
  'base-ref': z
    .string()
    .default('')
    .describe('Commit or ref to compare with; empty: from the event.'),
  'head-ref': z.string().default('').describe('Commit or ref to scan instead of the working tree.'),
  ignore: z
    .array(nonEmpty)
    .default([])
    .describe('Globs of paths to skip, relative to the scanned path.'),
  'audit-issue': z
    .boolean()
    .default(false)
    .describe('On schedule, workflow_dispatch and push: keep one tracking issue up to date.'),
  'audit-issue-title': nonEmpty.default(DEFAULT_AUDIT_ISSUE_TITLE).describe('Title of that issue.'),
  guidance: extraGuidanceSchema.optional(),
  components: z.array(componentOverrideSchema).default([]),
  accepted: z.array(acceptedDecisionSchema).default([]),
})

export type Settings = z.infer<typeof settingsSchema>
export type SettingsKey = keyof Settings

/** Keys that come only from the workflow: secrets, where to look, and per-run refs. */
export const INPUT_ONLY_KEYS = ['github-token', 'path', 'config', 'base-ref', 'head-ref'] as const

/** Keys that come only from the config file: structured data has no place in an input string. */
export const FILE_ONLY_KEYS = ['guidance', 'components', 'accepted'] as const

export const configFileSchema = settingsSchema
  .omit({ 'github-token': true, path: true, config: true, 'base-ref': true, 'head-ref': true })
  .partial()

export type ConfigFileValues = z.infer<typeof configFileSchema>

/** The keys of the schema that are inputs; settings.ts lists the same by hand (a test compares them). */
export function schemaInputKeys(): SettingsKey[] {
  return (Object.keys(settingsSchema.shape) as SettingsKey[]).filter(
    (key) => !(FILE_ONLY_KEYS as readonly string[]).includes(key),
  )
}

// Compile-time check that the hand-written list names exactly the input keys.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const inputKeysMatch: Same<InputKey, Exclude<SettingsKey, (typeof FILE_ONLY_KEYS)[number]>> = true
void inputKeysMatch

/** The JSON Schema published for editors (schema/stack-fit.schema.json). */
export function configFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configFileSchema, {
    io: 'input',
    override: (ctx) => {
      // Editors get the full guidance shape even though the loader, not this schema, enforces it.
      if (ctx.zodSchema === extraGuidanceSchema) {
        const shape: Record<string, unknown> = z.toJSONSchema(guidanceSchema, { io: 'input' })
        delete shape.$schema
        Object.assign(ctx.jsonSchema, shape)
      }
    },
  })
  return { ...generated, title: 'Stack Fit configuration (.github/stack-fit.yml)' }
}
