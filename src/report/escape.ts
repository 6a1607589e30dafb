// Text from a scanned repository is hostile until it has been through one of these.

/** Bidi controls and zero-width characters, shown as `[U+XXXX]` so they cannot hide or reorder text. */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\uFEFF\u2060]/gu
/** Other control characters, shown the same way. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu
const NEWLINES = /\r\n|[\r\n\u2028\u2029\u0085]/gu

export const DEFAULT_MAX_TEXT = 200

const MARKDOWN_PUNCTUATION = new Set('\\`*_{}[]()#+-!|~'.split(''))
/** U+2060 WORD JOINER as an entity: splits `@user` and `#123` so GitHub links neither. */
const JOINER = '&#8288;'

function codePointHex(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** One line, every invisible or control character visible, at most `maxLength` characters. */
export function plainText(text: string, maxLength = DEFAULT_MAX_TEXT): string {
  const visible = text
    .replace(NEWLINES, ' ')
    .replace(INVISIBLE, (c) => `[${codePointHex(c)}]`)
    .replace(/\t/g, ' ')
    .replace(CONTROL, (c) => `[${codePointHex(c)}]`)
  return truncate(visible, maxLength)
}

/** Cuts at a code point boundary and marks the cut with an ellipsis. */
export function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text)
  if (chars.length <= maxLength) return text
  return `${chars.slice(0, Math.max(0, maxLength - 1)).join('')}…`
}

function visibleCodePoints(text: string): string {
  return text
    .replace(NEWLINES, ' ')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, (c) => `[${codePointHex(c)}]`)
    .replace(CONTROL, (c) => `[${codePointHex(c)}]`)
}

/**
 * Shows `text` literally in GitHub-flavoured Markdown, in a paragraph or a table cell: no
 * markup, no HTML, no mentions or issue links, nothing invisible, one line.
 */
export function escapeMarkdown(text: string, maxLength = DEFAULT_MAX_TEXT): string {
  const chars = Array.from(truncate(visibleCodePoints(text), maxLength))
  let out = ''
  for (const [i, char] of chars.entries()) {
    const next = chars[i + 1] ?? ''
    if (char === '&') out += '&amp;'
    else if (char === '<') out += '&lt;'
    else if (char === '>') out += '&gt;'
    else if (char === '@') out += `@${JOINER}`
    else if (char === '#' && /[0-9]/.test(next)) out += `\\#${JOINER}`
    else if (char === '-' && /[0-9]/.test(next) && /gh$/i.test(chars.slice(0, i).join('')))
      out += `\\-${JOINER}`
    else if (MARKDOWN_PUNCTUATION.has(char)) out += `\\${char}`
    else out += char
  }
  return out
}

/** For text inside an HTML element (a `<summary>`), where Markdown escapes would show literally. */
export function escapeHtmlText(text: string, maxLength = DEFAULT_MAX_TEXT): string {
  const chars = Array.from(truncate(visibleCodePoints(text), maxLength))
  let out = ''
  for (const [i, char] of chars.entries()) {
    const next = chars[i + 1] ?? ''
    if (char === '&') out += '&amp;'
    else if (char === '<') out += '&lt;'
    else if (char === '>') out += '&gt;'
    else if (char === '"') out += '&quot;'
    else if (char === "'") out += '&#39;'
    // Entities for Markdown's link and code punctuation too, should a renderer parse the summary.
    else if (char === '[') out += '&#91;'
    else if (char === ']') out += '&#93;'
    else if (char === '`') out += '&#96;'
    else if (char === '@') out += `@${JOINER}`
    else if (char === '#' && /[0-9]/.test(next)) out += `#${JOINER}`
    else if (char === '-' && /[0-9]/.test(next) && /gh$/i.test(chars.slice(0, i).join('')))
      out += `-${JOINER}`
    else out += char
  }
  return out
}

/**
 * A GFM code span that holds any text: fenced with more backticks than the longest run inside.
 * In a table, `|` still ends the cell unless escaped, hence `inTable`.
 */
export function inlineCode(
  text: string,
  options: { inTable?: boolean; maxLength?: number } = {},
): string {
  let body = truncate(visibleCodePoints(text), options.maxLength ?? DEFAULT_MAX_TEXT)
  // Code spans show `<!--` literally, but the raw body must not look like the comment's marker.
  body = body.replace(/<!--/g, '<! --').replace(/--(?=>)/g, '-- ')
  if (options.inTable) body = body.replace(/\|/g, '\\|')
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}
