// The small view of the knowledge base the renderers need, so they can be tested with a fake.
import type { Knowledge } from '../knowledge/load.js'

export interface GuidanceSource {
  title: string
  /** File name of the article under the shared sources directory. */
  file: string
  publisher?: string
}

export interface GuidanceIndex {
  rule(id: string): { statement: string; sources: string[] } | undefined
  source(id: string): GuidanceSource | undefined
  mitigation(id: string): { statement: string; sources: string[] } | undefined
  /** How many sources the guidance draws on, for "3 of 5 sources". */
  sourceCount: number
}

export function guidanceIndexOf(knowledge: Knowledge): GuidanceIndex {
  const rules = new Map(knowledge.rules.map((r) => [r.id, r]))
  const mitigations = new Map(knowledge.mitigations.map((m) => [m.id, m]))
  return {
    rule: (id) => rules.get(id),
    source: (id) => knowledge.sourceById.get(id),
    mitigation: (id) => mitigations.get(id),
    sourceCount: knowledge.sources.length,
  }
}

/** The short name a reader knows a source by: its publisher, else its title. */
export function sourceName(source: GuidanceSource): string {
  const publisher = source.publisher?.trim()
  return publisher && publisher.toLowerCase() !== 'not named' ? publisher : source.title
}

/** "3 of 5 sources: Blue People, Hyqoo, Codix", or '' when nothing is cited. */
export function citation(sourceIds: readonly string[], guidance: GuidanceIndex): string {
  const ids = [...new Set(sourceIds)]
  if (ids.length === 0) return ''
  const names = ids.map((id) => {
    const source = guidance.source(id)
    return source ? sourceName(source) : id
  })
  const total = Math.max(guidance.sourceCount, ids.length)
  return `${ids.length} of ${total} sources: ${names.join(', ')}`
}
