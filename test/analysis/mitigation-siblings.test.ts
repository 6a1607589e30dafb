import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { knowledgeFor } from '../../src/knowledge/runtime.js'
import {
  type ComponentFacts,
  type SiblingComponent,
  detectMitigations,
} from '../../src/analysis/verdict.js'
import type { Workload } from '../../src/model.js'

// detectMitigations finds the sibling of a siblingStack mitigation once per list of siblings; the
// result must be the first sibling a search of the whole list would give, for every component.
describe('detectMitigations: a service of the other stack beside the component', () => {
  const workloads: Workload[] = ['data-ml', 'cpu-intensive', 'io-api', 'realtime']
  const sibling = fc.record({
    path: fc.constantFrom('', 'a', 'b', 'c'),
    stack: fc.constantFrom('node', 'python', 'go') as fc.Arbitrary<SiblingComponent['stack']>,
    primary: fc.subarray(workloads),
  })

  it('names the first sibling other than the component, as a search of them all does', async () => {
    const knowledge = await knowledgeFor(undefined)
    const beside = knowledge.mitigations.filter((m) => m.detect.siblingStack)
    expect(beside.length).toBeGreaterThan(0)
    fc.assert(
      fc.property(fc.array(sibling, { maxLength: 8 }), (siblings) => {
        // The same list for every component, as judgeAll passes it.
        for (const path of ['', 'a', 'b', 'c', 'd']) {
          const facts: ComponentFacts = {
            path,
            stack: { stack: 'node', languages: ['JavaScript'], mixed: false, evidence: [] },
            workloads: [],
            primary: [],
            dependencies: [],
            patterns: new Map(),
          }
          const found = detectMitigations(facts, knowledge, siblings)
          for (const m of beside) {
            const expected = siblings.find(
              (s) =>
                s.path !== path &&
                s.stack === m.detect.siblingStack &&
                s.primary.some((w) => m.workloads.includes(w)),
            )
            const evidence = found.covering.get(m.id) ?? found.partial.get(m.id)?.evidence
            expect(evidence?.[0]?.file).toBe(
              expected ? (expected.path === '' ? '.' : expected.path) : undefined,
            )
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
