import { describe, expect, it } from 'vitest'
import { inSpans, templateTextSpans } from '../../src/analysis/js-literals.js'
import { extractJsImports } from '../../src/analysis/source-scan.js'

/** The template text the spans cover, part by part. */
const parts = (text: string) => {
  const spans = templateTextSpans(text)
  const out: string[] = []
  for (let i = 0; i < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]))
  return out
}

describe('templateTextSpans', () => {
  it('finds the text of template literals, leaving their ${} expressions out', () => {
    expect(parts('const a = `x ${y + `inner`} z`')).toEqual(['x ', 'inner', ' z'])
    expect(parts('f(`a\\`b`)')).toEqual(['a\\`b'])
  })

  it('keeps braces inside an expression apart from the one that closes it', () => {
    expect(parts('`${ {a: 1}.a }tail`')).toEqual(['', 'tail'])
  })

  it('ignores backticks in strings, comments and regular expressions', () => {
    const text = [
      "const s = 'a ` quote'",
      '// a comment with ` in it',
      '/* and ` here */',
      'const re = /`/g',
      'const half = total / 2 / `${n}`.length',
      'const t = `real`',
    ].join('\n')
    expect(parts(text)).toEqual(['', '', 'real'])
  })

  it('gives no span for a template still open at the end (a file cut at its read budget)', () => {
    expect(parts('const a = `done`\nconst b = `cut off here')).toEqual(['done'])
  })

  it('stops at `until`, the furthest offset a caller will ask about', () => {
    expect(templateTextSpans('`a`\n`b`', 2)).toEqual([1, 2])
  })

  it('answers membership by offset', () => {
    const spans = [2, 5, 9, 9, 12, 20]
    expect([1, 2, 4, 5, 9, 12, 19, 20].map((at) => inSpans(spans, at))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ])
  })
})

describe('imports written inside a template literal', () => {
  it('are a sample the code prints, not an import', () => {
    const text = [
      "import { render } from 'astro'",
      'const sample = `',
      "import express from 'express'",
      "const io = require('socket.io')",
      '`',
      'const template = require(`lodash/template`)',
      '',
    ].join('\n')
    expect(extractJsImports(text).map((r) => r.module)).toEqual(['astro', 'lodash/template'])
  })
})
