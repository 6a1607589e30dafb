import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { eventPayloadOf } from '../../src/action/context.js'

// The schema the Action used before the payload was checked by hand: both must agree.
const repoSchema = z.looseObject({ full_name: z.string() })
const payloadSchema = z.looseObject({
  pull_request: z
    .looseObject({
      number: z.number().int().positive(),
      head: z.looseObject({ sha: z.string(), repo: repoSchema.nullish() }),
      base: z.looseObject({ sha: z.string(), repo: repoSchema }),
    })
    .optional(),
  merge_group: z.looseObject({ head_sha: z.string(), base_sha: z.string() }).optional(),
  repository: repoSchema.optional(),
})

function withSchema(raw: unknown): unknown {
  const parsed = payloadSchema.safeParse(raw)
  return parsed.success ? parsed.data : {}
}

const anyValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
)
const repo = fc.oneof(anyValue, fc.record({ full_name: fc.oneof(fc.string(), anyValue) }))
const pullRequest = fc.oneof(
  anyValue,
  fc.record(
    {
      number: fc.oneof(fc.integer({ min: -2, max: 1e6 }), anyValue),
      head: fc.oneof(
        anyValue,
        fc.record({ sha: fc.oneof(fc.string(), anyValue), repo }, { requiredKeys: ['sha'] }),
      ),
      base: fc.oneof(anyValue, fc.record({ sha: fc.oneof(fc.string(), anyValue), repo })),
      title: fc.string(),
    },
    { requiredKeys: [] },
  ),
)
const payload = fc.oneof(
  anyValue,
  fc.record(
    {
      pull_request: pullRequest,
      merge_group: fc.oneof(
        anyValue,
        fc.record({
          head_sha: fc.oneof(fc.string(), anyValue),
          base_sha: fc.oneof(fc.string(), anyValue),
        }),
      ),
      repository: repo,
      action: fc.string(),
    },
    { requiredKeys: [] },
  ),
)

describe('the event payload checked without a schema library', () => {
  it('accepts and refuses exactly what the previous schema did', () => {
    fc.assert(
      fc.property(payload, (raw) => {
        expect(eventPayloadOf(raw ?? {})).toEqual(withSchema(raw ?? {}))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads a real pull request payload', () => {
    const raw = {
      pull_request: {
        number: 7,
        head: { sha: 'a', repo: { full_name: 'o/r' } },
        base: { sha: 'b', repo: { full_name: 'o/r' } },
      },
      repository: { full_name: 'o/r' },
    }
    expect(eventPayloadOf(raw)).toEqual(withSchema(raw))
    expect(eventPayloadOf({ ...raw, pull_request: { ...raw.pull_request, number: 1.5 } })).toEqual(
      {},
    )
  })
})
