import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CompiledPattern } from '../../src/knowledge/load.js'
import {
  extractJsImports,
  extractPythonImports,
  findPatterns,
  literalRuns,
  notebookCode,
  scanSource,
  requiredLiteral,
  requiredLiterals,
} from '../../src/analysis/source-scan.js'

function pattern(
  id: string,
  regex: string,
  language: 'javascript' | 'python' = 'javascript',
  flags = '',
): CompiledPattern {
  return {
    id,
    language,
    regex,
    flags,
    workloads: { realtime: 1 },
    detail: id,
    re: new RegExp(regex, flags),
  }
}

/** Regex sources, each with one string it matches whole. */
function generatedRegexes(extended: boolean): fc.Arbitrary<{ source: string; sample: string }> {
  // Each arbitrary builds a regex source together with one string it matches.
  type Built = { source: string; sample: string }
  const char = fc.constantFrom('a', 'b', 'c', '.', '(', '@', '_')
  const escape = (c: string) => (/[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c)
  const { seq } = fc.letrec<{ node: Built; seq: Built }>((tie) => {
    const base = [
      char.map((c) => ({ source: escape(c), sample: c })),
      fc
        .tuple(char, fc.boolean())
        .map(([c, on]) => ({ source: `${escape(c)}?`, sample: on ? c : '' })),
      fc.constantFrom('a', 'b').map((c) => ({ source: '[ab]', sample: c })),
      fc.tuple(tie('seq'), fc.boolean()).map(([x, on]) => ({
        source: `(?:${x.source})?`,
        sample: on ? x.sample : '',
      })),
      fc.tuple(tie('seq'), tie('seq'), fc.boolean()).map(([x, y, first]) => ({
        source: `(?:${x.source}|${y.source})`,
        sample: first ? x.sample : y.sample,
      })),
      fc.tuple(char, fc.integer({ min: 1, max: 3 })).map(([c, n]) => ({
        source: `${escape(c)}+`,
        sample: c.repeat(n),
      })),
      fc.tuple(char, fc.integer({ min: 0, max: 2 })).map(([c, n]) => ({
        source: `${escape(c)}*`,
        sample: c.repeat(n),
      })),
    ]
    // Brace quantifiers and escapes of word characters: for literalRuns only (requiredLiteral
    // takes the digits of `{2,3}` for plain characters, harmless while no pattern has braces).
    const more = [
      fc
        .tuple(char, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }))
        .map(([c, min, extra]) => ({
          source: `${escape(c)}{${min},${min + extra}}`,
          sample: c.repeat(min + extra),
        })),
      fc.tuple(char, fc.integer({ min: 1, max: 3 })).map(([c, n]) => ({
        source: `${escape(c)}{${n}}`,
        sample: c.repeat(n),
      })),
      fc.constantFrom('\\x41', '\\u0041').map((source) => ({ source, sample: 'A' })),
    ]
    return {
      node: fc.oneof(
        { maxDepth: 3, withCrossShrink: true },
        ...(extended ? [...base, ...more] : base),
      ),
      seq: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((parts) => ({
        source: parts.map((p) => p.source).join(''),
        sample: parts.map((p) => p.sample).join(''),
      })),
    }
  })
  return fc
    .tuple(seq, seq, fc.boolean(), fc.boolean())
    .map(([x, y, two, first]) =>
      two ? { source: `${x.source}|${y.source}`, sample: first ? x.sample : y.sample } : x,
    )
}

describe('extractJsImports', () => {
  it('finds ESM, CommonJS, dynamic and re-export imports with their lines', () => {
    const text = [
      "import express from 'express'",
      'import {',
      '  Server,',
      "} from 'socket.io'",
      "const ws = require('ws')",
      "const lazy = await import('@tensorflow/tfjs-node')",
      "export * from './local'",
      "import 'dotenv/config'",
    ].join('\n')
    expect(extractJsImports(text)).toEqual([
      { module: 'express', line: 1 },
      { module: 'socket.io', line: 4 },
      { module: 'ws', line: 5 },
      { module: '@tensorflow/tfjs-node', line: 6 },
      { module: 'dotenv/config', line: 8 },
    ])
  })

  it('reads a template literal only as the argument of require() or import() (apostrophecms/apostrophe)', () => {
    const text = [
      '/**',
      ' * Set of widget ids (from `next`) that should be raised.',
      ' */',
      'const fs = require(`fs-extra`)',
      'const mod = await import(`lodash`)',
    ].join('\n')
    expect(extractJsImports(text)).toEqual([
      { module: 'fs-extra', line: 4 },
      { module: 'lodash', line: 5 },
    ])
  })

  it('ignores relative imports and mismatched quotes', () => {
    expect(extractJsImports("import a from './a'\nconst b = require(\"b')")).toEqual([])
  })
})

describe('extractPythonImports', () => {
  it('reads import lists, aliases, from-imports and indented imports in line order', () => {
    const text = [
      'import os, sys',
      'import numpy as np, pandas as pd',
      'from sklearn.ensemble import RandomForestClassifier',
      'def f():',
      '    import torch',
      'from . import local',
      '# import notreal',
    ].join('\n')
    expect(extractPythonImports(text)).toEqual([
      { module: 'os', line: 1 },
      { module: 'sys', line: 1 },
      { module: 'numpy', line: 2 },
      { module: 'pandas', line: 2 },
      { module: 'sklearn.ensemble', line: 3, member: 'RandomForestClassifier' },
      { module: 'torch', line: 5 },
    ])
  })

  it('takes a statement only where it starts a line, after spaces or tabs or any line terminator', () => {
    const text = [
      'x = 1; import notastatement',
      '\t from\tflask import Flask',
      'y = "from os import path"',
      'z = 2\u2028import redis',
      'from a import b; import c',
      'import_thing = 3',
    ].join('\n')
    // The same answers the global multi-line regexes give.
    const oracle = (source: string) => {
      const found: { module: string; index: number; member?: string }[] = []
      for (const m of source.matchAll(
        /^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b(?:[ \t]*\(?[ \t]*([A-Za-z_]\w*))?/gm,
      ))
        found.push({ module: m[1]!, index: m.index, ...(m[2] ? { member: m[2] } : {}) })
      for (const m of source.matchAll(/^[ \t]*import[ \t]+([A-Za-z_][\w. \t,]*)/gm))
        for (const part of m[1]!.split(','))
          if (part.trim()) found.push({ module: part.trim().split(/\s+/)[0]!, index: m.index })
      return found
        .sort((a, b) => a.index - b.index)
        .map((f) => ({
          module: f.module,
          line: source.slice(0, f.index).split('\n').length,
          ...(f.member ? { member: f.member } : {}),
        }))
    }
    expect(extractPythonImports(text)).toEqual(oracle(text))
    expect(extractPythonImports(text).map((r) => r.module)).toEqual(['flask', 'redis', 'a'])
  })
})

describe('scanSource', () => {
  const patterns = [
    pattern('ws', String.raw`new\s+WebSocketServer\(`),
    pattern('sse', String.raw`text/event-stream`),
    pattern('py', String.raw`^if __name__`, 'python'),
  ]
  const texts = [
    "import { WebSocketServer } from 'ws'\nconst s = new WebSocketServer({})\n",
    "// café\nres.set('Content-Type', 'text/event-stream')\nconst x = require('express')",
    'const a = "ünïcödé"; import(\'socket.io\')',
  ]

  it('gives the same facts from the bytes as from the text, when the bytes line up with it', () => {
    for (const text of texts) {
      const bytes = new TextEncoder().encode(text)
      const fromText = scanSource(text, 'javascript', patterns)
      expect(scanSource(text, 'javascript', patterns, bytes)).toEqual(fromText)
      expect(fromText.imports).toEqual(extractJsImports(text))
    }
    const facts = scanSource(texts[0]!, 'javascript', patterns, new TextEncoder().encode(texts[0]))
    expect(facts.imports.map((r) => r.module)).toEqual(['ws'])
    expect(facts.patterns.map((h) => [h.pattern.id, h.line])).toEqual([['ws', 2]])
  })

  it('finds literals across the whole head and imports past the end of a longer one', () => {
    const text = `${'x'.repeat(70_000)}\nimport a from 'kafkajs'; new WebSocketServer()`
    const facts = scanSource(text, 'javascript', patterns)
    expect(facts.imports).toEqual([{ module: 'kafkajs', line: 2 }])
    expect(facts.patterns.map((h) => h.pattern.id)).toEqual(['ws'])
  })
})

describe('findPatterns', () => {
  it('reports the first matching line of each pattern of the file language only', () => {
    const patterns = [
      pattern('ws-server', String.raw`new\s+WebSocketServer\(`),
      pattern('io-conn', String.raw`\bio\.on\(\s*['"]connection`),
      pattern('py-async', String.raw`^\s*async\s+def\s`, 'python'),
    ]
    const text =
      "const a = 1\nconst wss = new WebSocketServer({ port })\nio.on('connection', s => {})\nnew WebSocketServer()"
    const hits = findPatterns(text, 'javascript', patterns)
    expect(hits.map((h) => [h.pattern.id, h.line])).toEqual([
      ['ws-server', 2],
      ['io-conn', 3],
    ])
  })

  it('skips a match inside a template literal for the next one outside it', () => {
    const patterns = [
      pattern('io-conn', String.raw`\bio\.on\(\s*['"]connection`),
      pattern('wasm', String.raw`[\w-]\.wasm['"\x60]`),
    ]
    const text = [
      'const docs = `',
      "io.on('connection', (s) => s.emit('hi'))",
      '`',
      'const url = `${base}/core.wasm`',
      "io.on('connection', onSocket)",
    ].join('\n')
    // The sample on line 2 is text; the URL on line 4 is code that ends at the closing backtick.
    expect(findPatterns(text, 'javascript', patterns).map((h) => [h.pattern.id, h.line])).toEqual([
      ['wasm', 4],
      ['io-conn', 5],
    ])
    expect(findPatterns(text.replace(/`/g, "'"), 'javascript', patterns)[0]?.line).toBe(2)
  })

  it('keeps ^ and $ per line', () => {
    const hits = findPatterns('x = 1\nasync def handler():\n', 'python', [
      pattern('a', String.raw`^async def`, 'python'),
    ])
    expect(hits.map((h) => h.line)).toEqual([2])
  })

  it('honours the i flag', () => {
    const hits = findPatterns('USE GPIO', 'python', [pattern('g', 'gpio', 'python', 'i')])
    expect(hits).toHaveLength(1)
  })
})

describe('literalRuns', () => {
  it('names each run outside groups and classes, and nothing under a top-level alternation', () => {
    expect(literalRuns(String.raw`^[ \t]*@[A-Za-z_]\w*\.(?:get|post)\(`)).toEqual(['@', '.', '('])
    expect(literalRuns(String.raw`^if[ \t]+__name__[ \t]*==[ \t]*['"]__main__['"]`)).toEqual([
      'if',
      '__name__',
      '==',
      '__main__',
    ])
    expect(literalRuns('ab*c{2}d{0,1}e+?f')).toEqual(['a', 'c', 'e', 'f'])
    expect(literalRuns(String.raw`\x41bc\u{42}d\k<n>e`)).toEqual(['bc', 'd', 'e'])
    expect(literalRuns('a|b')).toBeUndefined()
    expect(literalRuns('(?:a|b)c')).toEqual(['c'])
  })
})

describe('requiredLiteral', () => {
  it('takes the longest top-level literal', () => {
    expect(requiredLiteral(String.raw`new\s+WebSocketServer\(`)).toBe('WebSocketServer(')
    expect(requiredLiteral(String.raw`\bworker_threads\b`)).toBe('worker_threads')
  })
  it('gives up on top-level alternation and keeps group alternation out', () => {
    expect(requiredLiteral('socket|websocket')).toBeUndefined()
    expect(requiredLiteral(String.raw`import\s+(torch|tensorflow)`)).toBe('import')
  })
  it('drops characters made optional and splits at repeats', () => {
    expect(requiredLiteral('colou?r')).toBe('colo')
    expect(requiredLiteral('abcx*yz')).toBe('abc')
    expect(requiredLiteral('abb+cde')).toBe('abb')
    expect(requiredLiteral('ab+cdef')).toBe('cdef')
  })
  it('every literal it returns is contained in a real match', () => {
    const cases: [string, string][] = [
      [String.raw`app\.listen\(\s*\d+`, 'app.listen( 3000'],
      [String.raw`from\s+fastapi\s+import\s+WebSocket`, 'from fastapi import WebSocket'],
      [String.raw`\.wasm['"]`, "load('mod.wasm')"],
      ['abb+cde', 'abbbbcde'],
    ]
    for (const [source, sample] of cases) {
      expect(new RegExp(source).test(sample)).toBe(true)
      const literal = requiredLiteral(source)
      if (literal) expect(sample).toContain(literal)
    }
  })
})

describe('notebookCode', () => {
  it('joins code cells and skips markdown', () => {
    const nb = JSON.stringify({
      cells: [
        { cell_type: 'markdown', source: ['# import fake'] },
        { cell_type: 'code', source: ['import pandas as pd\n', 'df = pd.read_csv("x")'] },
        { cell_type: 'code', source: 'import seaborn' },
      ],
    })
    expect(notebookCode(nb)).toEqual({
      code: 'import pandas as pd\ndf = pd.read_csv("x")\nimport seaborn',
    })
  })
  it('explains a broken notebook', () => {
    expect(notebookCode('{"cells": ')).toEqual({ error: 'notebook is not valid JSON' })
    expect(notebookCode('{}')).toEqual({ error: 'notebook has no cells array' })
  })
})

describe('requiredLiterals', () => {
  it('gives one literal per alternative, looking into groups the regex cannot skip', () => {
    expect(requiredLiterals(String.raw`\bnew\s+WebSocketServer\(|\bWebSocket\.Server\(`)).toEqual([
      'WebSocketServer(',
      'WebSocket.Server(',
    ])
    expect(
      requiredLiterals(
        String.raw`^[ \t]*(?:import[ \t]+asyncio\b|from[ \t]+asyncio[ \t]+import\b)`,
      ),
    ).toEqual(['asyncio'])
    expect(requiredLiterals(String.raw`\b(?:app|router)\.(?:get|post)\(`)).toEqual([
      'app.get(',
      'app.post(',
      'router.get(',
      'router.post(',
    ])
  })

  it('passes over a keyword nearly every file holds for a rarer set', () => {
    // `function` is the longest run, but almost every JavaScript file has it.
    expect(
      requiredLiterals(
        String.raw`^export[ \t]+default[ \t]+async[ \t]+function[ \t]+(?:[A-Z]\w*)?(?:Page|Layout)\b`,
      ),
    ).toEqual(['Page', 'Layout'])
    // When nothing rarer is long enough, the common keyword still filters something.
    expect(requiredLiterals(String.raw`^[ \t]*async[ \t]+def[ \t]`)).toEqual(['async'])
  })

  it('gives up when an alternative guarantees nothing', () => {
    expect(requiredLiterals(String.raw`\bsocket\.emit\(|\w+\(`)).toBeUndefined()
    expect(requiredLiterals(String.raw`(?:abc)?\d+`)).toBeUndefined()
    expect(requiredLiterals(String.raw`(?=abc)\w+`)).toBeUndefined()
  })

  it('never rules out a match, for generated regexes and strings they match', () => {
    const regex = generatedRegexes(false)
    fc.assert(
      fc.property(regex, ({ source, sample }) => {
        expect(new RegExp(`^(?:${source})$`).test(sample), source).toBe(true)
        const literals = requiredLiterals(source)
        if (literals)
          expect(
            literals.some((l) => sample.includes(l)),
            `${source} / ${sample}`,
          ).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('never names a run a match lacks, for generated regexes and strings they match', () => {
    fc.assert(
      fc.property(generatedRegexes(true), ({ source, sample }) => {
        expect(new RegExp(`^(?:${source})$`).test(sample), source).toBe(true)
        for (const run of literalRuns(source) ?? [])
          expect(sample.includes(run), `${source} / ${sample} / ${run}`).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('never rules out a line the regex matches', () => {
    const cases: [string, string][] = [
      [String.raw`^[ \t]*@[A-Za-z_]\w*\.(?:get|post|route)\(`, '@app.route("/")'],
      [
        String.raw`\b(?:mqtt|aiomqtt)\.Client\(|\bserial\.Serial\(`,
        'port = serial.Serial("/dev/ttyUSB0")',
      ],
      [String.raw`\bcolou?r(?:ed)?\b`, 'colored'],
    ]
    for (const [source, line] of cases) {
      expect(new RegExp(source).test(line)).toBe(true)
      expect(
        requiredLiterals(source)!.some((l) => line.includes(l)),
        source,
      ).toBe(true)
    }
  })
})
