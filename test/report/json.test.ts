import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { Report } from '../../src/model.js'
import fc from 'fast-check'
import { jsonChunks, renderJson, renderJsonChunks } from '../../src/report/json.js'
import { reportJsonSchema, reportSchema } from '../../src/report/schema.js'
import { sampleReport } from './sample-report.js'

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type Assignable<A, B> = [A] extends [B] ? true : false
// The schema and the Report type must describe the same JSON, in both directions.
const schemaToReport: Assignable<z.infer<typeof reportSchema>, Report> = true
const reportToSchema: Assignable<Report, z.infer<typeof reportSchema>> = true
const overallSame: Equal<z.infer<typeof reportSchema>['overall'], Report['overall']> = true

describe('renderJson', () => {
  it('prints sorted keys with two-space indentation and a final newline', () => {
    const text = renderJson(sampleReport())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "components": [')
    const topKeys = Object.keys(JSON.parse(text) as object)
    expect(topKeys).toEqual([...topKeys].sort())
    expect(topKeys).toEqual([
      'components',
      'counts',
      'overall',
      'partial',
      'problems',
      'root',
      'stats',
      'tool',
    ])
  })

  it('sorts nested keys and keeps a key named __proto__ as a key', () => {
    const report = sampleReport()
    const odd = JSON.parse('{"z": 1, "__proto__": {"b": 2, "a": 1}, "m": [{"y": 1, "x": 2}]}')
    ;(report as unknown as { extra: unknown }).extra = odd
    const printed = JSON.parse(renderJson(report)) as { extra: Record<string, unknown> }
    expect(Object.keys(printed.extra)).toEqual(['__proto__', 'm', 'z'])
    expect(renderJson(report)).toContain('"__proto__": {\n      "a": 1,\n      "b": 2\n    }')
    expect(renderJson(report)).toContain('{\n        "x": 2,\n        "y": 1\n      }')
  })

  it('prints the same text whatever order the keys were built in', () => {
    const report = sampleReport()
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as unknown as Report
    expect(renderJson(shuffled)).toBe(renderJson(report))
  })

  it('round-trips through the schema', () => {
    const report = sampleReport()
    const parsed = reportSchema.parse(JSON.parse(renderJson(report)))
    expect(parsed).toEqual(report)
  })

  it('rejects a report that breaks the shape', () => {
    const broken = { ...sampleReport(), overall: 'great' }
    expect(reportSchema.safeParse(broken).success).toBe(false)
  })

  it('offers a JSON Schema with the report fields', () => {
    expect(schemaToReport && reportToSchema && overallSame).toBe(true)
    const schema = reportJsonSchema()
    expect(schema.type).toBe('object')
    const properties = schema.properties as Record<string, unknown>
    expect(Object.keys(properties)).toEqual(
      expect.arrayContaining(['tool', 'components', 'overall', 'counts', 'stats', 'partial']),
    )
    expect(schema.required).toEqual(expect.arrayContaining(['tool', 'components', 'overall']))
    expect(schema.required).not.toContain('partial')
  })
})

describe('renderJsonChunks', () => {
  it('joins to exactly the text of renderJson, with each component in its own pieces', () => {
    const report = sampleReport()
    const chunks = [...renderJsonChunks(report)]
    expect(chunks.join('')).toBe(renderJson(report))
    expect(chunks.length).toBeGreaterThan(report.components.length)
  })

  it('writes any JSON value as JSON.stringify does, at every split depth', () => {
    const stringify = (v: unknown) =>
      JSON.stringify(
        v,
        (_k, x: unknown) =>
          x === null || typeof x !== 'object' || Array.isArray(x)
            ? x
            : Object.fromEntries(
                Object.keys(x)
                  .sort()
                  .map((k) => [k, (x as Record<string, unknown>)[k]]),
              ),
        2,
      )
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(4), (value, splitDepth) => {
        expect([...jsonChunks(value, 0, splitDepth)].join('')).toBe(stringify(value))
      }),
      { numRuns: 300 },
    )
  })

  it('leaves out undefined members of objects and writes them as null in arrays', () => {
    const value = { b: [1, undefined, () => 1], a: undefined, c: { d: undefined } }
    expect([...jsonChunks(value, 0, 3)].join('')).toBe(
      JSON.stringify({ b: [1, null, null], c: {} }, null, 2),
    )
  })
})
