// Where a JavaScript text holds the text of template literals. A docs site or a code generator keeps
// whole sample programs in template literals (`const sample = \`import fastify from 'fastify'…\``):
// their imports and calls are text the code prints, not code it runs.

const BACKTICK = 0x60

/** Keywords after which a `/` starts a regular expression rather than dividing. */
const BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
])

function isIdentifierPart(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x30 && c <= 0x39) || // 0-9
    c === 0x5f || // _
    c === 0x24 || // $
    c >= 0x80
  )
}

/**
 * The text parts of a text's template literals, found as far as callers ask: a flat list of
 * [start, end) offsets in order; the `${…}` expressions between parts are code and are not in it.
 *
 * A light lexer, not a parser: it knows strings, comments, regular expressions (told from division
 * by the token before them, as parsers do), template literals and their nested expressions. Strings
 * end at a line break, so the apostrophes of markup text (`<p>Don't</p>` in a .vue or .astro file)
 * cost at most the rest of their line. A template literal still open at the end of the text (a file
 * cut at its read budget, or a stray backtick in markup) gives no span, so nothing after it is lost.
 * It lexes lazily: imports sit at the top, so most files are read only that far.
 */
export class TemplateSpans {
  readonly spans: number[] = []
  /** Brace depth of the code at each open `${`, innermost last. */
  private readonly open: number[] = []
  private depth = 0
  /** Where lexing resumes; the text's length once it is done. */
  private i = 0
  /** The first backtick: nothing before it needs lexing (imports mostly sit there). */
  private readonly first: number

  constructor(private readonly text: string) {
    this.first = text.indexOf('`')
    if (this.first === -1) this.i = text.length
  }

  /** Whether [start, end) lies wholly in the text of one template literal. */
  covers(start: number, end: number): boolean {
    if (start < this.first || this.first === -1) return false
    if (this.i <= start) this.lexTo(start + 1)
    const k = spanIndex(this.spans, start)
    return k >= 0 && end <= this.spans[2 * k + 1]!
  }

  /**
   * Lexes until every template literal starting before `until` is known. Only six characters can
   * change the state, so a native search skips from one to the next; whether a `/` starts a
   * regular expression is read off the token before it.
   */
  lexTo(until: number): void {
    const { text } = this
    const n = text.length
    let i = this.i
    while (i < until && i < n) {
      SIGNIFICANT.lastIndex = i
      if (!SIGNIFICANT.test(text)) {
        i = n
        break
      }
      i = SIGNIFICANT.lastIndex - 1
      const c = text.charCodeAt(i)
      if (c === BACKTICK) {
        i = this.templateText(i + 1)
      } else if (c === 0x7b /* { */) {
        this.depth++
        i++
      } else if (c === 0x7d /* } */) {
        if (this.open.at(-1) === this.depth) {
          this.open.pop()
          i = this.templateText(i + 1)
        } else {
          this.depth--
          i++
        }
      } else if (c === 0x27 || c === 0x22 /* ' " */) {
        const body = c === 0x27 ? SINGLE_QUOTED : DOUBLE_QUOTED
        body.lastIndex = i + 1
        body.test(text)
        // Past the closing quote, or past the line break that ends an unclosed string.
        i = body.lastIndex + 1
      } else {
        // A slash: a comment, a regular expression or a division.
        const d = text.charCodeAt(i + 1)
        if (d === 0x2f) {
          const end = text.indexOf('\n', i + 2)
          i = end < 0 ? n : end + 1
        } else if (d === 0x2a) {
          const end = text.indexOf('*/', i + 2)
          i = end < 0 ? n : end + 2
        } else if (regexMayStart(text, i)) {
          i = regexEnd(text, i + 1)
        } else i++
      }
    }
    this.i = i
  }

  /** Scans template text from `from`; returns where code resumes (the end when it never closes). */
  private templateText(from: number): number {
    TEMPLATE_TEXT.lastIndex = from
    TEMPLATE_TEXT.test(this.text)
    const j = TEMPLATE_TEXT.lastIndex
    const c = this.text.charCodeAt(j)
    if (c === BACKTICK) {
      this.spans.push(from, j)
      return j + 1
    }
    if (c === 0x24) {
      this.spans.push(from, j)
      this.open.push(this.depth)
      return j + 2
    }
    return this.text.length
  }
}

// Native searches for the bodies of strings and template text: a lexer's own character loop runs
// slowly until the engine has compiled it, and a scan is over before that pays off.
/** A string's body up to its closing quote or the end of its line. */
const SINGLE_QUOTED = /(?:[^'\\\n]|\\[^])*/y
const DOUBLE_QUOTED = /(?:[^"\\\n]|\\[^])*/y
/** Template text up to its closing backtick or a `${`. */
const TEMPLATE_TEXT = /(?:[^`\\$]|\\[^]|\$(?!\{))*/y

/** The characters that can change the lexer's state. */
const SIGNIFICANT = /[`'"/{}]/g

/**
 * Whether a `/` at `at` starts a regular expression: not after an operand (a name, a number, a
 * closing bracket, a string), except after a keyword such as `return`.
 */
function regexMayStart(text: string, at: number): boolean {
  let j = at - 1
  while (j >= 0) {
    const c = text.charCodeAt(j)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break
    j--
  }
  if (j < 0) return true
  const c = text.charCodeAt(j)
  if (isIdentifierPart(c)) {
    let k = j
    while (k > 0 && j - k < 10 && isIdentifierPart(text.charCodeAt(k - 1))) k--
    return BEFORE_REGEX.has(text.slice(k, j + 1))
  }
  return !(c === 0x29 || c === 0x5d || c === 0x7d || c === 0x27 || c === 0x22 || c === BACKTICK)
}

/** Every template text span of the whole text, or of the part before `until` (see TemplateSpans). */
export function templateTextSpans(text: string, until = text.length): number[] {
  const lexer = new TemplateSpans(text)
  lexer.lexTo(until)
  return lexer.spans
}

/**
 * Where a regular expression whose body starts at `from` ends (after its flags). A line break
 * before the closing slash means it was no regular expression: the scan resumes after the slash.
 */
function regexEnd(text: string, from: number): number {
  let inClass = false
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x0a) return from
    if (c === 0x5c) j++
    else if (c === 0x5b) inClass = true
    else if (c === 0x5d) inClass = false
    else if (c === 0x2f && !inClass) {
      let k = j + 1
      while (k < text.length && isIdentifierPart(text.charCodeAt(k))) k++
      return k
    }
  }
  return from
}

/** Whether `at` lies in one of `spans` (from templateTextSpans). */
export function inSpans(spans: readonly number[], at: number): boolean {
  return spanIndex(spans, at) >= 0
}

/** Which of `spans` holds `at` (its number, counting pairs), or -1. */
function spanIndex(spans: readonly number[], at: number): number {
  let lo = 0
  let hi = spans.length / 2
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[2 * mid + 1]! <= at) lo = mid + 1
    else hi = mid
  }
  return lo < spans.length / 2 && spans[2 * lo]! <= at ? lo : -1
}
