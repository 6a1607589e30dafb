// setup.py, read as text and never run: the name and the literal requirement lists.

import type { Dependency, Manifest, ManifestParseResult, Problem } from '../../model.js'
import { dependency, pep508Name, positionOf, scopeOfGroup } from './common.js'

/** A bounded look at the argument after `keyword=`: long files are not scanned past this. */
const MAX_ARGUMENT_CHARS = 20_000
const STRING = /(["'])((?:(?!\1)[^\\\n]|\\.){0,300})\1/g

/** The text of a bracketed literal starting at `open`, or undefined when it does not close in reach. */
function bracketed(text: string, open: number): string | undefined {
  const close = { '[': ']', '(': ')', '{': '}' }[text[open]!]
  if (!close) return undefined
  let depth = 0
  let quote: string | undefined
  const end = Math.min(text.length, open + MAX_ARGUMENT_CHARS)
  for (let i = open; i < end; i++) {
    const c = text[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") quote = c
    else if (c === '#') i = text.indexOf('\n', i) < 0 ? end : text.indexOf('\n', i)
    else if ('[({'.includes(c)) depth++
    else if (')]}'.includes(c) && --depth === 0) return text.slice(open, i + 1)
  }
  return undefined
}

function stringsIn(literal: string): string[] {
  return [...literal.matchAll(STRING)].map((m) => m[2]!)
}

export function parseSetupPy(file: string, text: string): ManifestParseResult {
  const problems: Problem[] = []
  const dependencies: Dependency[] = []
  const manifest: Manifest = { file, kind: 'setup.py', dependencies }
  const name = /\bname\s*=\s*(["'])([A-Za-z0-9._-]{1,200})\1/.exec(text)
  if (name) manifest.name = name[2]

  const keyword = (key: string, scope: Dependency['scope']) => {
    const match = new RegExp(`\\b${key}\\s*=\\s*`).exec(text)
    if (!match) return
    const start = match.index + match[0].length
    const line = positionOf(text, match.index).line
    const literal = bracketed(text, start)
    if (!literal && /^[[(]/.test(text.charAt(start))) {
      problems.push({ file, line, message: `${key} list does not close; it was not read` })
      return
    }
    if (!literal || (!literal.startsWith('[') && !literal.startsWith('('))) {
      problems.push({
        file,
        line,
        message: `${key} is computed, not a literal list; it was not read (setup.py is never run)`,
      })
      return
    }
    let offset = start
    for (const requirement of stringsIn(literal)) {
      const dep = pep508Name(requirement)
      offset = text.indexOf(requirement, offset)
      if (dep)
        dependencies.push(
          dependency(
            dep,
            'pypi',
            scope,
            file,
            positionOf(text, Math.max(offset, start)).line,
            requirement.slice(dep.length).trim() || undefined,
          ),
        )
    }
  }
  keyword('install_requires', 'runtime')
  keyword('tests_require', 'test')

  const extras = /\bextras_require\s*=\s*/.exec(text)
  if (extras) {
    const start = extras.index + extras[0].length
    const literal = bracketed(text, start)
    if (!literal?.startsWith('{')) {
      problems.push({
        file,
        line: positionOf(text, extras.index).line,
        message:
          'extras_require is computed, not a literal dict; it was not read (setup.py is never run)',
      })
    } else {
      for (const group of literal.matchAll(/(["'])([A-Za-z0-9._-]{1,100})\1\s*:\s*\[/g)) {
        const list = bracketed(literal, group.index + group[0].length - 1) ?? ''
        for (const requirement of stringsIn(list)) {
          const dep = pep508Name(requirement)
          if (dep)
            dependencies.push(
              dependency(
                dep,
                'pypi',
                scopeOfGroup(group[2]!, 'optional'),
                file,
                positionOf(text, start + group.index).line,
              ),
            )
        }
      }
    }
  }
  return { manifest, problems }
}
