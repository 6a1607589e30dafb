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

const UNTITLED = /^\(untitled\)\s*/i

function publisherOf(source: GuidanceSource): string | undefined {
  const publisher = source.publisher?.trim()
  return publisher && publisher.toLowerCase() !== 'not named' ? publisher : undefined
}

/** The short name a reader knows a source by: its publisher, else its title. */
export function sourceName(source: GuidanceSource): string {
  return publisherOf(source) ?? source.title
}

/** As `sourceName`, for a sentence: an untitled article is named by what it is about. */
export function sourceNameInText(source: GuidanceSource): string {
  return (
    publisherOf(source) ??
    (UNTITLED.test(source.title)
      ? `an untitled article on ${source.title.replace(UNTITLED, '')}`
      : source.title)
  )
}

/**
 * The article as a footnote names it: `Hyqoo, “Python vs Node.js: …”`, or for an article with
 * no publisher named, its title (“…”) or, untitled, what it is about.
 */
export function sourceReference(source: GuidanceSource): string {
  const publisher = publisherOf(source)
  const untitled = UNTITLED.test(source.title)
  const title = untitled
    ? `an untitled article on ${source.title.replace(UNTITLED, '')}`
    : `“${source.title}”`
  const text = publisher ? `${publisher}, ${title}` : `${title}, publisher not named`
  const sentence = text.charAt(0).toUpperCase() + text.slice(1)
  return /[.?!”]$/.test(sentence) ? sentence : `${sentence}.`
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
