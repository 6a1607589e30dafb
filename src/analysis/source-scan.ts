// Reads imports and code patterns out of source text. Pure: text in, references out.
import type { CompiledPattern } from '../knowledge/load.js'
import { TemplateSpans } from './js-literals.js'
import type { SourceLanguage } from './languages.js'

export interface ModuleRef {
  /** The imported module as written, e.g. `socket.io`, `@nestjs/core/x`, `sklearn.svm`. */
  module: string
  line: number
  /**
   * Python's `from X import name`: the first name, which may be a module itself
   * (`from google.cloud import storage`, `from google import genai`).
   */
  member?: string
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
const JS_IMPORT = /(?:\bfrom|\bimport|\brequire\s*\()\s*\(?\s*(['"`])([^'"`\n]{1,214})\1/y
const PY_FROM_IMPORT =
  /^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b(?:[ \t]*\(?[ \t]*([A-Za-z_]\w*))?/my
const PY_IMPORT = /^[ \t]*import[ \t]+([A-Za-z_][\w. \t,]*)/my

/**
 * Every match of JS_IMPORT begins with one of its keywords, so trying the sticky regex at each
 * keyword, left to right and past the end of the last match, finds what a global search would.
 */
function jsImportsAt(
  text: string,
  keywords: readonly number[],
  inTemplate: InTemplate,
): ModuleRef[] {
  const lines = new LineCounter(text)
  const refs: ModuleRef[] = []
  let end = 0
  for (const at of keywords) {
    if (at < end) continue
    JS_IMPORT.lastIndex = at
    const m = JS_IMPORT.exec(text)
    if (!m) continue
    end = at + m[0].length
    // A template literal names a module only as the argument of a require or import call: a
    // comment's "from `next`" is prose.
    if (m[1] === '`' && !m[0].includes('(')) continue
    const module = m[2]!
    if (module.startsWith('.') || module.startsWith('/')) continue
    // An import statement written inside a template literal is a sample the code prints.
    if (inTemplate(at, end)) continue
    refs.push({ module, line: lines.lineAt(at) })
  }
  return refs
}

/** Whether [start, end) of a text lies wholly in the text of one template literal. */
type InTemplate = (start: number, end: number) => boolean

const NEVER: InTemplate = () => false

/** InTemplate for a JavaScript text, lexing only as far as asked. */
function templateTest(text: string): InTemplate {
  if (text.indexOf('`') === -1) return NEVER
  const spans = new TemplateSpans(text)
  return (start, end) => spans.covers(start, end)
}

/**
 * Where the line holding `at` starts, when only spaces and tabs stand before `at` on it; else -1.
 * A line starts where `^` matches in a multi-line regex: after any line terminator.
 */
function lineStartBefore(text: string, at: number): number {
  let i = at
  for (let c = text.charCodeAt(i - 1); i > 0 && (c === 32 || c === 9); c = text.charCodeAt(i - 1))
    i--
  if (i === 0) return 0
  const c = text.charCodeAt(i - 1)
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 ? i : -1
}

/**
 * Python's import statements start a line; their keyword, found by the file's pass, tells which
 * lines to try. Each line gives one match at most, as a global multi-line search would.
 */
function pythonImportsAt(
  text: string,
  fromAt: readonly number[],
  importAt: readonly number[],
): ModuleRef[] {
  const found: { module: string; index: number; member?: string }[] = []
  for (const at of fromAt) {
    const start = lineStartBefore(text, at)
    if (start < 0) continue
    PY_FROM_IMPORT.lastIndex = start
    const m = PY_FROM_IMPORT.exec(text)
    if (m) found.push({ module: m[1]!, index: start, ...(m[2] ? { member: m[2] } : {}) })
  }
  for (const at of importAt) {
    const start = lineStartBefore(text, at)
    if (start < 0) continue
    PY_IMPORT.lastIndex = start
    const m = PY_IMPORT.exec(text)
    if (!m) continue
    for (const part of m[1]!.split(',')) {
      const module = part.trim().split(/\s+/)[0]
      if (module) found.push({ module, index: start })
    }
  }
  found.sort((a, b) => a.index - b.index)
  const lines = new LineCounter(text)
  return found.map((f) => ({
    module: f.module,
    line: lines.lineAt(f.index),
    ...(f.member ? { member: f.member } : {}),
  }))
}

/** For the import readers alone: the keywords without any literal. */
const NO_PATTERNS: readonly CompiledPattern[] = []

export function extractJsImports(text: string): ModuleRef[] {
  const keywords = passOver(text, undefined, literalIndexOf(NO_PATTERNS, 'javascript')).keywords[0]!
  return jsImportsAt(text, keywords, templateTest(text))
}

export function extractPythonImports(text: string): ModuleRef[] {
  const { keywords } = passOver(text, undefined, literalIndexOf(NO_PATTERNS, 'python'))
  return pythonImportsAt(text, keywords[0]!, keywords[1]!)
}

/** The first line each pattern of the language matches, if any. */
export function findPatterns(
  text: string,
  language: SourceLanguage,
  patterns: readonly CompiledPattern[],
): PatternHit[] {
  const index = literalIndexOf(patterns, language)
  return patternHits(
    text,
    index,
    passOver(text, undefined, index).found,
    language === 'javascript' ? templateTest(text) : NEVER,
  )
}

function patternHits(
  text: string,
  index: LiteralIndex,
  found: Uint8Array,
  inTemplate: InTemplate,
): PatternHit[] {
  const hits: { pattern: CompiledPattern; index: number }[] = []
  for (const { pattern, literals, short, runs } of index.patterns) {
    if (literals !== undefined) {
      let possible = false
      for (let i = 0; i < literals.length && !possible; i++) possible = found[literals[i]!] === 1
      for (let i = 0; i < short.length && !possible; i++) possible = text.includes(short[i]!)
      if (!possible) continue
    }
    if (!runs.every((run) => text.includes(run))) continue
    const m = lineRegexOf(pattern).exec(text)
    if (!m || (pattern.repeats !== undefined && !repeatsIn(pattern, text, m.index))) continue
    // A match wholly inside a template literal is sample code; one that ends at its closing
    // backtick (`${base}/core.wasm\``) is code handling a string.
    const at = inTemplate(m.index, m.index + m[0].length)
      ? firstOutside(pattern, text, m.index, inTemplate)
      : m.index
    if (at >= 0) hits.push({ pattern, index: at })
  }
  hits.sort((a, b) => a.index - b.index)
  const lines = new LineCounter(text)
  return hits.map((h) => ({ pattern: h.pattern, line: lines.lineAt(h.index) }))
}

/** Whether `pattern` matches `text` its `repeats` times from its first match at `from` on. */
function repeatsIn(pattern: CompiledPattern, text: string, from: number): boolean {
  const matches = matchesFrom(pattern, text, from)
  for (let count = 1; !matches.next().done; count++) if (count >= pattern.repeats!) return true
  return false
}

/** The first match of `pattern` after `from` that is not in a template literal's text, or -1. */
function firstOutside(
  pattern: CompiledPattern,
  text: string,
  from: number,
  inTemplate: InTemplate,
): number {
  for (const m of matchesFrom(pattern, text, from + 1))
    if (!inTemplate(m.index, m.index + m[0].length)) return m.index
  return -1
}

const globalRegexes = new WeakMap<CompiledPattern, RegExp>()

/**
 * The matches of `pattern` in `text` from `from` on, through one global copy of its regex per
 * pattern: each caller reads them to its end or its answer before another starts.
 */
function* matchesFrom(
  pattern: CompiledPattern,
  text: string,
  from: number,
): Generator<RegExpExecArray> {
  let re = globalRegexes.get(pattern)
  if (!re) {
    const line = lineRegexOf(pattern)
    re = new RegExp(line.source, `${line.flags}g`)
    globalRegexes.set(pattern, re)
  }
  re.lastIndex = from
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m
    if (m[0].length === 0) re.lastIndex++
  }
}

/**
 * Imports and pattern hits of one file. `bytes`, when given, are the bytes `text` was decoded
 * from (after any byte-order mark): when each character came from one byte, the pass reads the
 * bytes, which is faster than reading the string.
 */
export function scanSource(
  text: string,
  language: SourceLanguage,
  patterns: readonly CompiledPattern[],
  bytes?: Uint8Array,
): SourceFacts {
  const index = literalIndexOf(patterns, language)
  const { found, keywords } = passOver(
    text,
    bytes && bytes.byteLength === text.length ? bytes : undefined,
    index,
  )
  // Template literals are lexed once, and only as far as the imports and hits asked about.
  const inTemplate = language === 'javascript' ? templateTest(text) : NEVER
  return {
    imports:
      language === 'javascript'
        ? jsImportsAt(text, keywords[0]!, inTemplate)
        : pythonImportsAt(text, keywords[0]!, keywords[1]!),
    patterns: patternHits(text, index, found, inTemplate),
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

/**
 * Words that start an import statement, each with the list the pass notes its places in: for
 * JavaScript one list (JS_IMPORT takes any of them), for Python one per statement form.
 */
const KEYWORDS: Record<SourceLanguage, readonly (readonly [word: string, list: number])[]> = {
  javascript: [
    ['from', 0],
    ['import', 0],
    ['require', 0],
  ],
  python: [
    ['from', 0],
    ['import', 1],
  ],
}

/**
 * A language's prefilter literals and import keywords, indexed by their first four characters for
 * one pass over a file: the pass keeps the last four characters it read as one number, looks that
 * number up in a bit set, and only on a hit compares whole words.
 */
interface LiteralIndex {
  /**
   * For the bytes: how far the end of a four-byte window may move on, given its last two bytes,
   * before some word's first four characters could end there (0: one may end here). A skip table
   * in the manner of Wu and Manber: on code, the window moves about 2.4 bytes a step.
   */
  skip: Uint8Array
  /** Bit set over the hashes of the words' first four characters. */
  bits: Int32Array
  /** Hash → first entry, -1 for none; `next` chains entries of the same hash. */
  heads: Int32Array
  next: Int32Array
  /** Entry → its first four characters, one byte each, as the pass computes them. */
  grams: Int32Array
  /** Entry → its word. */
  words: string[]
  /** Entry → literal number (0, 1, …) or, below zero, a keyword's list number as -1 - k. */
  ids: Int32Array
  literalCount: number
  /** How many lists of keyword places the pass fills. */
  keywordLists: number
  patterns: {
    pattern: CompiledPattern
    /** Literal numbers; undefined when the pattern always runs. */
    literals: Int32Array | undefined
    /** Literals shorter than four characters, tested with `includes`. */
    short: string[]
    /** Runs every match contains (literalRuns), each tested with `includes` before the regex. */
    runs: string[]
  }[]
}

const HASH_BITS = 16
const HASH_MULTIPLIER = 0x9e3779b1 | 0
const indexes = new WeakMap<readonly CompiledPattern[], Map<SourceLanguage, LiteralIndex>>()

function literalIndexOf(
  patterns: readonly CompiledPattern[],
  language: SourceLanguage,
): LiteralIndex {
  let byLanguage = indexes.get(patterns)
  if (!byLanguage) indexes.set(patterns, (byLanguage = new Map()))
  let index = byLanguage.get(language)
  if (!index) {
    index = buildIndex(patterns, language)
    byLanguage.set(language, index)
  }
  return index
}

/** Four characters as the pass sees them: the low byte of each, the first in the highest byte. */
function gramOf(word: string): number {
  return (
    ((word.charCodeAt(0) & 0xff) << 24) |
    ((word.charCodeAt(1) & 0xff) << 16) |
    ((word.charCodeAt(2) & 0xff) << 8) |
    (word.charCodeAt(3) & 0xff)
  )
}

function hashOf(gram: number): number {
  return Math.imul(gram, HASH_MULTIPLIER) >>> (32 - HASH_BITS)
}

function buildIndex(patterns: readonly CompiledPattern[], language: SourceLanguage): LiteralIndex {
  const literalIds = new Map<string, number>()
  const entries: { word: string; id: number }[] = []
  const own = patterns.filter((p) => p.language === language)
  const indexed = own.map((pattern) => {
    const literals = requiredLiteralsOf(pattern)
    const runs = pattern.flags.includes('i') ? [] : (literalRuns(pattern.regex) ?? [])
    if (literals === undefined) return { pattern, literals: undefined, short: [], runs }
    const ids: number[] = []
    const short: string[] = []
    for (const literal of literals) {
      if (literal.length < 4) {
        short.push(literal)
        continue
      }
      let id = literalIds.get(literal)
      if (id === undefined) {
        id = literalIds.size
        literalIds.set(literal, id)
        entries.push({ word: literal, id })
      }
      ids.push(id)
    }
    return { pattern, literals: Int32Array.from(ids), short, runs }
  })
  const keywords = KEYWORDS[language]
  for (const [word, list] of keywords) entries.push({ word, id: -1 - list })
  const bits = new Int32Array(1 << (HASH_BITS - 5))
  const heads = new Int32Array(1 << HASH_BITS).fill(-1)
  const next = new Int32Array(entries.length).fill(-1)
  const grams = new Int32Array(entries.length)
  const skip = new Uint8Array(1 << 16).fill(3)
  entries.forEach(({ word }, e) => {
    const gram = gramOf(word)
    const hash = hashOf(gram)
    grams[e] = gram
    // The pair ending at character j of the first four: a window whose last two bytes are that
    // pair may end 3 - j bytes before the word's fourth character.
    for (let j = 1; j <= 3; j++) {
      const pair = (gram >>> (8 * (3 - j))) & 0xffff
      skip[pair] = Math.min(skip[pair]!, 3 - j)
    }
    bits[hash >> 5]! |= 1 << (hash & 31)
    next[e] = heads[hash]!
    heads[hash] = e
  })
  return {
    skip,
    bits,
    heads,
    next,
    grams,
    words: entries.map((e) => e.word),
    ids: Int32Array.from(entries.map((e) => e.id)),
    literalCount: literalIds.size,
    keywordLists: new Set(keywords.map(([, list]) => list)).size,
    patterns: indexed,
  }
}

interface Pass {
  /** Literal number → 1 when the literal occurs in the text. */
  found: Uint8Array
  /** List number → every place a keyword of the list starts, in order. */
  keywords: number[][]
}

/**
 * One pass over a file: which literals occur, and where each keyword starts. Reads `bytes` when
 * given (each character of `text` came from the byte at the same place), else the string. Words
 * are ASCII, so a word occurs in the bytes exactly where it occurs in the text.
 */
function passOver(text: string, bytes: Uint8Array | undefined, index: LiteralIndex): Pass {
  const found = new Uint8Array(index.literalCount)
  const keywords: number[][] = Array.from({ length: index.keywordLists }, () => [])
  const { skip, bits, heads, next, grams, words, ids } = index
  /** The words whose first four characters end at `i`. */
  const visit = (gram: number, hash: number, i: number): void => {
    const start = i - 3
    for (let e = heads[hash]!; e >= 0; e = next[e]!) {
      if (grams[e] !== gram) continue
      const id = ids[e]!
      if (id >= 0 && found[id] === 1) continue
      if (!text.startsWith(words[e]!, start)) continue
      if (id >= 0) found[id] = 1
      else keywords[-1 - id]!.push(start)
    }
  }
  const length = text.length
  let gram = 0
  // Two copies of one loop, so each reads one kind of storage.
  if (bytes) {
    for (let i = 3; i < length;) {
      const step = skip[(bytes[i - 1]! << 8) | bytes[i]!]!
      if (step !== 0) {
        i += step
        continue
      }
      gram = (bytes[i - 3]! << 24) | (bytes[i - 2]! << 16) | (bytes[i - 1]! << 8) | bytes[i]!
      const hash = Math.imul(gram, HASH_MULTIPLIER) >>> (32 - HASH_BITS)
      if ((bits[hash >> 5]! & (1 << (hash & 31))) !== 0) visit(gram, hash, i)
      i++
    }
  } else {
    for (let i = 0; i < length; i++) {
      gram = (gram << 8) | (text.charCodeAt(i) & 0xff)
      const hash = Math.imul(gram, HASH_MULTIPLIER) >>> (32 - HASH_BITS)
      if ((bits[hash >> 5]! & (1 << (hash & 31))) !== 0 && i >= 3) visit(gram, hash, i)
    }
  }
  return { found, keywords }
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
    // The set whose shortest string is longest filters best; on a tie, the longer strings. A
    // keyword nearly every source file holds (`function`) filters little, however long: it ranks
    // below any set of usable length, above one too short to use at all.
    const rank = (set: string[]) => {
      const shortest = Math.min(...set.map((x) => x.length))
      if (shortest < MIN_PREFILTER_LENGTH) return 0
      return set.some((x) => UBIQUITOUS.has(x)) ? 1 : shortest
    }
    const average = (set: string[]) => set.reduce((n, x) => n + x.length, 0) / set.length
    const best = candidates.reduce((a, b) =>
      rank(b) > rank(a) || (rank(b) === rank(a) && average(b) > average(a)) ? b : a,
    )
    for (const literal of best) set.add(literal)
  }
  return [...set]
}

/** Keywords most JavaScript or Python files hold: a prefilter on them spares few files. */
const UBIQUITOUS: ReadonlySet<string> = new Set([
  'function',
  'export',
  'default',
  'async',
  'const',
  'return',
  'import',
  'from',
  'class',
  'self',
])

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
 * Every run of plain characters, outside groups and classes, that each match of `source` contains;
 * undefined when the regex has a top-level alternation (then no run is certain). Runs of any
 * length count: `includes` finds a common character at once and scans for a rare one (the `@` of
 * a decorator, the `__main__` of a main guard) at the speed of a native search, so testing them
 * before the regex costs less than running the regex over a file that cannot match.
 */
export function literalRuns(source: string): string[] | undefined {
  const runs: string[] = []
  let run = ''
  const flush = () => {
    if (run !== '') runs.push(run)
    run = ''
  }
  for (let i = 0; i < source.length;) {
    // One atom: the character it matches when it is a plain one, else undefined.
    let literal: string | undefined
    const c = source[i]!
    if (c === '|') return undefined
    if (c === '(') {
      const close = closingParen(source, i)
      if (close < 0) return undefined
      i = close + 1
    } else if (c === '[') {
      i++
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1
      i++
    } else if (c === '\\') {
      const next = source[i + 1]
      if (next === undefined) return undefined
      i += 2
      if (/[^\w\s]/.test(next)) literal = next
      else if (next === 'x') i += 2
      else if (next === 'u')
        i = source[i] === '{' ? source.indexOf('}', i) + 1 || source.length : i + 4
      else if (next === 'c') i += 1
      else if ((next === 'p' || next === 'P') && source[i] === '{')
        i = source.indexOf('}', i) + 1 || source.length
      else if (next === 'k' && source[i] === '<') i = source.indexOf('>', i) + 1 || source.length
    } else {
      i++
      if (!'.^$*+?{}'.includes(c) || (c === '{' && !/^\d+(?:,\d*)?\}/.test(source.slice(i))))
        literal = c
    }
    // Its quantifier, if any: may the atom be absent, may it repeat?
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i))
    if (quantifier) i += quantifier[0].length
    const optional =
      quantifier !== null &&
      (quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0')
    if (literal === undefined || optional) flush()
    else {
      run += literal
      if (quantifier) flush()
    }
  }
  flush()
  return runs
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
