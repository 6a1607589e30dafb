import { describe, expect, it } from 'vitest'
import { escapeHtmlText, escapeMarkdown, inlineCode, plainText } from '../../src/report/escape.js'

const HOSTILE = [
  'x|<img src=x>](http://e)',
  'a`b``c',
  '<!-- stack-fit -->',
  'end -->',
  'evil\u202Etxt.js',
  'zero\u200Bwidth\uFEFF',
  '@org/team',
  '@user please look',
  'fixes #123',
  'see GH-42',
  'owner/repo#1',
  'two\nlines\r\nhere',
  '*bold* _it_ ~~s~~ [l](u) ![i](u) {x} + - !',
]

/** Splits a Markdown table row on `|` that are not escaped. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/)
}

describe('escapeMarkdown', () => {
  it('keeps a table row at its column count whatever the cell holds', () => {
    for (const name of HOSTILE) {
      const row = `| ${escapeMarkdown(name)} | ${inlineCode(name, { inTable: true })} | x |`
      expect(cells(row), name).toHaveLength(5)
    }
  })

  it('lets no HTML, comment marker, mention or issue reference through', () => {
    for (const name of HOSTILE) {
      const out = escapeMarkdown(name)
      expect(out).not.toMatch(/<img/i)
      expect(out).not.toContain('<!--')
      expect(out).not.toContain('-->')
      expect(out).not.toMatch(/@\w/)
      expect(out).not.toMatch(/(?<!&)#\d/)
      expect(out).not.toMatch(/GH-\d/i)
      expect(out).not.toContain('\n')
      expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\uFEFF]/)
    }
  })

  it('escapes Markdown punctuation with backslashes and HTML with entities', () => {
    expect(escapeMarkdown('x|<img src=x>](http://e)')).toBe(
      'x\\|&lt;img src=x&gt;\\]\\(http://e\\)',
    )
    expect(escapeMarkdown('a & b')).toBe('a &amp; b')
    expect(escapeMarkdown('*_`~')).toBe('\\*\\_\\`\\~')
  })

  it('splits mentions and issue references with a word joiner', () => {
    expect(escapeMarkdown('@org/team')).toBe('@&#8288;org/team')
    expect(escapeMarkdown('#123')).toBe('\\#&#8288;123')
    expect(escapeMarkdown('GH-7')).toBe('GH\\-&#8288;7')
    expect(escapeMarkdown('owner/repo#1')).toBe('owner/repo\\#&#8288;1')
    expect(escapeMarkdown('#hash')).toBe('\\#hash')
  })

  it('shows bidi and zero-width characters as code points', () => {
    expect(escapeMarkdown('evil\u202Etxt')).toBe('evil\\[U\\+202E\\]txt')
    expect(plainText('a\u200Bb\u2066c')).toBe('a[U+200B]b[U+2066]c')
    expect(plainText('bell\u0007esc\u001B[31m')).toBe('bell[U+0007]esc[U+001B][31m')
  })

  it('turns newlines into spaces and caps the length with an ellipsis', () => {
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c')
    const long = escapeMarkdown('x'.repeat(500))
    expect(Array.from(long)).toHaveLength(200)
    expect(long.endsWith('…')).toBe(true)
    expect(escapeMarkdown('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`)
  })

  it('never cuts a multibyte character in half', () => {
    const out = escapeMarkdown('😀'.repeat(300))
    expect(out).toBe(`${'😀'.repeat(199)}…`)
  })
})

describe('inlineCode', () => {
  it('fences with more backticks than the longest run inside', () => {
    expect(inlineCode('plain')).toBe('`plain`')
    expect(inlineCode('a`b')).toBe('``a`b``')
    expect(inlineCode('a``b`')).toBe('``` a``b` ```')
    expect(inlineCode('`x`')).toBe('`` `x` ``')
  })

  it('escapes pipes only in tables', () => {
    expect(inlineCode('a|b')).toBe('`a|b`')
    expect(inlineCode('a|b', { inTable: true })).toBe('`a\\|b`')
  })

  it('breaks comment markers, shows invisible characters and removes newlines', () => {
    const out = inlineCode('<!-- stack-fit -->\nx\u202Ey')
    expect(out).not.toContain('<!--')
    expect(out).not.toContain('-->')
    expect(out).not.toContain('\n')
    expect(out).toContain('[U+202E]')
  })
})

describe('escapeHtmlText', () => {
  it('escapes for HTML and still splits mentions', () => {
    expect(escapeHtmlText('<b>"@x"</b> #1')).toBe(
      '&lt;b&gt;&quot;@&#8288;x&quot;&lt;/b&gt; #&#8288;1',
    )
  })
})
