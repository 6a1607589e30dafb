// The report as JSON: keys sorted at every level so the same report always prints the same text.
import type { Report } from '../model.js'

export function renderJson(report: Report): string {
  return [...renderJsonChunks(report)].join('')
}

/**
 * The same text as renderJson, in pieces: the top level and each component on its own. Writing the
 * pieces to a file never holds the whole text, which for a monorepo of thousands of components is
 * tens of megabytes.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  yield* jsonChunks(report, 0, 2)
  yield '\n'
}

const INDENT = '  '

/**
 * `JSON.stringify(value, sortedKeys, 2)` as it would appear at `depth`, split into pieces down to
 * `splitDepth` levels of arrays and objects; anything deeper is one piece. For plain data: values
 * with a `toJSON` method (none in a report) are not converted at the split levels.
 */
export function* jsonChunks(value: unknown, depth: number, splitDepth: number): Generator<string> {
  const sorted = sortedKeys('', value)
  const entries =
    sorted === null || typeof sorted !== 'object'
      ? []
      : Array.isArray(sorted)
        ? sorted.map((item: unknown, i) => [String(i), item] as const)
        : Object.entries(sorted).filter(([, item]) => isWritten(item))
  if (depth >= splitDepth || entries.length === 0) {
    // Leaves and small parts: JSON.stringify itself, re-indented to where the part sits.
    // The replacer sorts this part's keys itself: give it the value, not the sorted copy.
    const text = JSON.stringify(value, sortedKeys, 2) as string | undefined
    yield (text ?? 'null').replaceAll('\n', `\n${INDENT.repeat(depth)}`)
    return
  }
  const isArray = Array.isArray(sorted)
  const inner = INDENT.repeat(depth + 1)
  yield isArray ? '[' : '{'
  let first = true
  for (const [key, item] of entries) {
    yield `${first ? '' : ','}\n${inner}${isArray ? '' : `${JSON.stringify(key)}: `}`
    first = false
    yield* jsonChunks(item, depth + 1, splitDepth)
  }
  yield `\n${INDENT.repeat(depth)}${isArray ? ']' : '}'}`
}

/** Whether JSON.stringify writes the value at all (it drops undefined, functions and symbols). */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'
}

/**
 * Orders each object's keys as it is written. One level is copied at a time, so a large report is
 * never held twice over, as a sorted deep copy made up front would be.
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  // No prototype, so a key named `__proto__` is written as a key, not taken as the prototype.
  const sorted = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key]
  return sorted
}
