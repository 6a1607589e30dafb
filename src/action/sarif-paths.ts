// SARIF locations are relative to the scanned directory; code scanning wants them relative to
// the repository root, so a scan of a subdirectory gets its prefix added.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** A copy of `sarif` whose every `artifactLocation.uri` that is relative starts with `prefix/`. */
export function rebaseSarif<T>(sarif: T, prefix: string): T {
  if (!prefix) return sarif
  const visit = (value: Json, key?: string): Json => {
    if (Array.isArray(value)) return value.map((item) => visit(item))
    if (value === null || typeof value !== 'object') return value
    const out: { [key: string]: Json } = {}
    for (const [k, v] of Object.entries(value)) out[k] = visit(v, k)
    if (key === 'artifactLocation' && typeof out.uri === 'string' && isRelative(out.uri)) {
      out.uri = `${prefix}/${out.uri}`
    }
    return out
  }
  return visit(sarif as Json) as T
}

function isRelative(uri: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith('/')
}
