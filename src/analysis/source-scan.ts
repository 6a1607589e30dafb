// Reads imports and code patterns out of source text. Pure: text in, references out.
import type { CompiledPattern } from '../knowledge/load.js'
import type { SourceLanguage } from './languages.js'

export interface ModuleRef {
  /** The imported module as written, e.g. `socket.io`, `@nestjs/core/x`, `sklearn.svm`. */
  module: string
  line: number
}

export interface PatternHit {
  pattern: CompiledPattern
  line: number
}

export interface SourceFacts {
  imports: ModuleRef[]
  patterns: PatternHit[]
}

/** Counts lines forward through a text; offsets must be visited in increasing order. */
class LineCounter {
  private offset = 0
  private line = 1
  constructor(private readonly text: string) {}
  lineAt(target: number): number {
    if (target < this.offset) {
      this.offset = 0
      this.line = 1
    }
    for (let i = this.text.indexOf('\n', this.offset); i !== -1 && i < target;) {
      this.line++
      this.offset = i + 1
      i = this.text.indexOf('\n', this.offset)
    }
    return this.line
  }
}

// `from 'x'`, `import 'x'`, `import('x')`, `require('x')`; quotes must match.
const JS_IMPORT = /(?:\bfrom|\bimport|\brequire\s*\()\s*\(?\s*(['"`])([^'"`\n]{1,214})\1/g
const PY_FROM_IMPORT = /^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b/gm
const PY_IMPORT = /^[ \t]*import[ \t]+([A-Za-z_][\w. \t,]*)/gm

export function extractJsImports(text: string): ModuleRef[] {
  const lines = new LineCounter(text)
  const refs: ModuleRef[] = []
  for (const m of text.matchAll(JS_IMPORT)) {
    const module = m[2]!
    if (module.startsWith('.') || module.startsWith('/')) continue
    refs.push({ module, line: lines.lineAt(m.index) })
  }
  return refs
}

export function extractPythonImports(text: string): ModuleRef[] {
  const found: { module: string; index: number }[] = []
  for (const m of text.matchAll(PY_FROM_IMPORT)) found.push({ module: m[1]!, index: m.index })
  for (const m of text.matchAll(PY_IMPORT)) {
    for (const part of m[1]!.split(',')) {
      const module = part.trim().split(/\s+/)[0]
      if (module) found.push({ module, index: m.index })
    }
  }
  found.sort((a, b) => a.index - b.index)
  const lines = new LineCounter(text)
  return found.map((f) => ({ module: f.module, line: lines.lineAt(f.index) }))
}

/** The first line each pattern of the language matches, if any. */
export function findPatterns(
  text: string,
  language: SourceLanguage,
  patterns: readonly CompiledPattern[],
): PatternHit[] {
  const hits: { pattern: CompiledPattern; index: number }[] = []
  const present = literalsPresent(text, language, patterns)
  for (const pattern of patterns) {
    if (pattern.language !== language) continue
    const literals = requiredLiteralsOf(pattern)
    if (literals !== undefined && !literals.some((l) => present(l))) continue
    const m = lineRegexOf(pattern).exec(text)
    if (m) hits.push({ pattern, index: m.index })
  }
  hits.sort((a, b) => a.index - b.index)
  const lines = new LineCounter(text)
  return hits.map((h) => ({ pattern: h.pattern, line: lines.lineAt(h.index) }))
}

export function scanSource(
  text: string,
  language: SourceLanguage,
  patterns: readonly CompiledPattern[],
): SourceFacts {
  return {
    imports: language === 'javascript' ? extractJsImports(text) : extractPythonImports(text),
    patterns: findPatterns(text, language, patterns),
  }
}

/** Code cells of a Jupyter notebook joined into one Python text, or why it could not be read. */
export function notebookCode(text: string): { code: string } | { error: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { error: 'notebook is not valid JSON' }
  }
  const cells = (parsed as { cells?: unknown })?.cells
  if (!Array.isArray(cells)) return { error: 'notebook has no cells array' }
  const parts: string[] = []
  for (const cell of cells) {
    if (!cell || typeof cell !== 'object' || (cell as { cell_type?: unknown }).cell_type !== 'code')
      continue
    const source = (cell as { source?: unknown }).source
    if (typeof source === 'string') parts.push(source)
    else if (Array.isArray(source)) parts.push(source.filter((s) => typeof s === 'string').join(''))
  }
  return { code: parts.join('\n') }
}

// ---------------------------------------------------------------- compiled pattern caches

const literalScanners = new WeakMap<
  readonly CompiledPattern[],
  Map<SourceLanguage, RegExp | null>
>()

/** One regex over every prefilter literal of a language, longest first. */
function literalScannerOf(
  patterns: readonly CompiledPattern[],
  language: SourceLanguage,
): RegExp | null {
  let byLanguage = literalScanners.get(patterns)
  if (!byLanguage) literalScanners.set(patterns, (byLanguage = new Map()))
  let scanner = byLanguage.get(language)
  if (scanner === undefined) {
    const all = new Set<string>()
    for (const p of patterns)
      if (p.language === language) for (const l of requiredLiteralsOf(p) ?? []) all.add(l)
    const sorted = [...all].sort((a, b) => b.length - a.length)
    scanner = sorted.length
      ? new RegExp(sorted.map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g')
      : null
    byLanguage.set(language, scanner)
  }
  return scanner
}

/**
 * Which prefilter literals occur in the text, from one pass instead of an `includes` per literal.
 * The scan restarts one character after each hit, so every start position where some literal
 * matches is seen; the alternation picks the longest literal there, which contains any shorter
 * literal matching at the same place.
 */
function literalsPresent(
  text: string,
  language: SourceLanguage,
  patterns: readonly CompiledPattern[],
): (literal: string) => boolean {
  const scanner = literalScannerOf(patterns, language)
  if (!scanner) return (literal) => text.includes(literal)
  const found = new Set<string>()
  scanner.lastIndex = 0
  for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
    found.add(m[0])
    scanner.lastIndex = m.index + 1
  }
  return (literal) => {
    if (found.has(literal)) return true
    for (const f of found) if (f.includes(literal)) return true
    return false
  }
}

const lineRegexes = new WeakMap<CompiledPattern, RegExp>()
const MIN_PREFILTER_LENGTH = 4
const literalSets = new WeakMap<CompiledPattern, string[] | null>()

/** The pattern as a multi-line regex over a whole file (`^`/`$` keep their per-line meaning). */
function lineRegexOf(pattern: CompiledPattern): RegExp {
  let re = lineRegexes.get(pattern)
  if (!re) {
    re = new RegExp(pattern.regex, `m${pattern.flags.replace(/[gmy]/g, '')}`)
    lineRegexes.set(pattern, re)
  }
  return re
}

function requiredLiteralsOf(pattern: CompiledPattern): string[] | undefined {
  if (pattern.literals !== undefined) return pattern.literals ?? undefined
  let set = literalSets.get(pattern)
  if (set === undefined) {
    set = prefilterLiterals(pattern)
    literalSets.set(pattern, set)
  }
  return set ?? undefined
}

/**
 * The literals a file must contain for the pattern to match there, or null when no set is worth
 * testing. The build stores them in the compiled knowledge; patterns without them get them here.
 */
export function prefilterLiterals(pattern: { regex: string; flags: string }): string[] | null {
  const literals = pattern.flags.includes('i') ? undefined : requiredLiterals(pattern.regex)
  // Short literals (`app`, `get`) occur in most files: they would cost more than they save.
  return literals && literals.every((l) => l.length >= MIN_PREFILTER_LENGTH) ? literals : null
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0
  let inClass = false
  for (let i = open; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return -1
}

/** The top-level alternatives of a regex source. */
function alternatives(source: string): string[] {
  const parts: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i))
      start = i + 1
    }
  }
  parts.push(source.slice(start))
  return parts
}

/**
 * Plain strings of which every match of `source` contains at least one, or undefined when no
 * such set is known. Each top-level alternative contributes its best guarantee: its longest
 * required run, or the literal set of a group it cannot skip. A cheap `includes` test on these
 * spares running the regex over files that cannot match.
 */
export function requiredLiterals(source: string): string[] | undefined {
  const set = new Set<string>()
  for (const alternative of alternatives(source)) {
    const candidates: string[][] = adjacentProducts(alternative)
    const run = requiredLiteral(alternative)
    if (run !== undefined) candidates.push([run])
    let inClass = false
    for (let i = 0; i < alternative.length; i++) {
      const c = alternative[i]!
      if (c === '\\') i++
      else if (inClass) inClass = c !== ']'
      else if (c === '[') inClass = true
      else if (c === '(') {
        const close = closingParen(alternative, i)
        if (close < 0) return undefined
        const quantifier = alternative[close + 1]
        const optional =
          quantifier === '?' ||
          quantifier === '*' ||
          /^\{0\s*[,}]/.test(alternative.slice(close + 1))
        const body = alternative.slice(i + 1, close)
        const lookaround = /^\?(?:=|!|<=|<!)/.test(body)
        if (!optional && !lookaround) {
          const inner = requiredLiterals(body.replace(/^\?(?::|<[A-Za-z_]\w*>)/, ''))
          if (inner) candidates.push(inner)
        }
        i = close
      }
    }
    if (candidates.length === 0) return undefined
    // The set whose shortest string is longest filters best; on a tie, the longer strings.
    const shortest = (set: string[]) => Math.min(...set.map((x) => x.length))
    const average = (set: string[]) => set.reduce((n, x) => n + x.length, 0) / set.length
    const best = candidates.reduce((a, b) =>
      shortest(b) > shortest(a) || (shortest(b) === shortest(a) && average(b) > average(a)) ? b : a,
    )
    for (const literal of best) set.add(literal)
  }
  return [...set]
}

/** How many strings a product of adjacent pieces may grow to before it is cut. */
const MAX_PRODUCT = 32

/**
 * Sets of strings of which every match of `alternative` (a regex with no top-level `|`) contains
 * one, built from pieces that sit next to each other in every match: plain characters, and
 * groups that match exactly one of a few plain strings. `\b(?:app|router)\.(?:get|post)\(`
 * gives `app.get(`, `app.post(`, `router.get(`, `router.post(`: longer, so rarer, than `app`.
 * Zero-width parts (`^`, `$`, `\b`, lookarounds) keep pieces adjacent; anything that matches
 * varying text ends a product.
 */
export function adjacentProducts(alternative: string): string[][] {
  const products: string[][] = []
  let current = ['']
  // Like requiredLiteral, nothing shorter than three characters: too common to filter anything.
  const end = () => {
    if (current.every((s) => s.length >= 3)) products.push(current)
    current = ['']
  }
  const times = (strings: readonly string[]) => {
    if (current.length * strings.length > MAX_PRODUCT) return end()
    current = current.flatMap((prefix) => strings.map((s) => prefix + s))
  }
  /** A piece matching one of `strings` (undefined: varying text), quantified by what is at `after`. */
  const piece = (strings: readonly string[] | undefined, after: number) => {
    const q = alternative[after]
    if (!strings || q === '?' || q === '*' || /^\{0\s*[,}]/.test(alternative.slice(after)))
      return end()
    times(strings)
    // A piece that may repeat ends the product: what follows is no longer right after it.
    if (q === '+' || q === '{') end()
  }
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!
    if (c === '^' || c === '$') continue
    if (c === '\\') {
      const next = alternative[++i]
      if (next === 'b' || next === 'B') continue
      piece(next === undefined || /[\w\s]/.test(next) ? undefined : [next], i + 1)
      continue
    }
    if (c === '[') {
      end()
      for (i++; i < alternative.length && alternative[i] !== ']'; i++)
        if (alternative[i] === '\\') i++
      continue
    }
    if (c === '(') {
      const close = closingParen(alternative, i)
      if (close < 0) return products
      const body = alternative.slice(i + 1, close)
      i = close
      if (/^\?(?:=|!|<=|<!)/.test(body)) continue
      piece(exactStrings(body.replace(/^\?(?::|<[A-Za-z_]\w*>)/, '')), close + 1)
      continue
    }
    if ('.*+?{}|)'.includes(c)) {
      end()
      continue
    }
    piece([c], i + 1)
  }
  end()
  return products
}

/** The strings a group body matches when it is an alternation of plain strings, else undefined. */
function exactStrings(body: string): string[] | undefined {
  const strings: string[] = []
  for (const alternative of alternatives(body)) {
    let text = ''
    for (let i = 0; i < alternative.length; i++) {
      const c = alternative[i]!
      if (c === '\\') {
        const next = alternative[++i]
        if (next === undefined || /[\w\s]/.test(next)) return undefined
        text += next
      } else if ('^$.*+?{}[]()|'.includes(c)) return undefined
      else text += c
    }
    strings.push(text)
  }
  return strings
}

/**
 * The longest run of plain characters that every match of `source` must contain, or undefined.
 * Only top-level runs count, and only when the regex has no top-level alternation; a run
 * followed by an optional quantifier loses its last character. Used to skip a regex cheaply.
 */
export function requiredLiteral(source: string): string | undefined {
  let depth = 0
  let inClass = false
  let best = ''
  let run = ''
  const flush = () => {
    if (run.length > best.length) best = run
    run = ''
  }
  // A character under `?`/`*` may be absent; one under `+`/`{n}` ends the run (it may repeat).
  const appendLiteral = (c: string, after: number) => {
    const q = source[after]
    if (q === '?' || q === '*' || (q === '{' && /^\{0\s*[,}]/.test(source.slice(after)))) {
      flush()
      return
    }
    run += c
    if (q === '+' || q === '{') flush()
  }
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (inClass) {
      if (c === '\\') i++
      else if (c === ']') inClass = false
      continue
    }
    if (c === '\\') {
      const next = source[i + 1]
      i++
      if (next !== undefined && depth === 0 && /[^\w\s]/.test(next) && !/[bBdDsSwW]/.test(next)) {
        appendLiteral(next, i + 1)
      } else flush()
      continue
    }
    if (c === '|' && depth === 0) return undefined
    if (c === '(') {
      depth++
      flush()
      continue
    }
    if (c === ')') {
      depth--
      flush()
      continue
    }
    if (c === '[') {
      inClass = true
      flush()
      continue
    }
    if (depth > 0) continue
    if ('.^$*+?{}'.includes(c)) {
      flush()
      continue
    }
    appendLiteral(c, i + 1)
  }
  flush()
  return best.length >= 3 ? best : undefined
}
