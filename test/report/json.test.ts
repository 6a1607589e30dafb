import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { Report } from '../../src/model.js'
import { renderJson } from '../../src/report/json.js'
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
