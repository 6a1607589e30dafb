// The knowledge shipped with Stack Fit, from the compiled file and without any schema library, so a
// scan worker (and a run without organisation guidance) loads no more than it needs.
import { readFileSync } from 'node:fs'
import { type CompiledKnowledge, type Knowledge, assembleCompiledKnowledge } from './assemble.js'

// Read as a file beside the code (the build ships a copy), not imported: a JSON import becomes a
// 200 KB string literal in the bundle, which V8 parses as code before JSON.parse reads it again.
const COMPILED_URL = new URL('./compiled.json', import.meta.url)

/** Where renderCompiledKnowledge (compile.ts) puts the signals: between these two top-level keys. */
const SIGNALS_KEY = '\n  "signals": '
const PATTERNS_KEY = '\n  "patterns": '

/**
 * The compiled knowledge from its text, with the signals (nearly all of it: some thirty thousand
 * packages, most of them bare neutral names) parsed on first use: a run that reads no manifest and
 * no import never parses them. Text in any other layout is parsed whole.
 */
export function parseCompiledKnowledge(text: string): CompiledKnowledge {
  const start = text.indexOf(SIGNALS_KEY)
  const end = text.indexOf(PATTERNS_KEY)
  if (start < 0 || end < start) return JSON.parse(text) as CompiledKnowledge
  let rest: Omit<CompiledKnowledge, 'signals'>
  try {
    rest = JSON.parse(text.slice(0, start) + text.slice(end)) as typeof rest
  } catch {
    return JSON.parse(text) as CompiledKnowledge
  }
  // The signals' object, without the comma that follows it (no regular expression over 190 KB).
  const comma = text.lastIndexOf(',', end)
  // Dropped once parsed: the text is as large again as what it parses to.
  let signalsText: string | undefined = text.slice(
    start + SIGNALS_KEY.length,
    comma > start ? comma : end,
  )
  let signals: CompiledKnowledge['signals'] | undefined
  return {
    ...rest,
    get signals() {
      if (!signals) {
        signals = JSON.parse(signalsText!) as CompiledKnowledge['signals']
        signalsText = undefined
      }
      return signals
    },
  }
}

let compiled: CompiledKnowledge | undefined

export function compiledKnowledge(): CompiledKnowledge {
  compiled ??= parseCompiledKnowledge(readFileSync(COMPILED_URL, 'utf8'))
  return compiled
}

let bundled: Knowledge | undefined

/** Built once per thread, without the checks the build already ran (see compile.ts). */
export function bundledKnowledge(): Knowledge {
  bundled ??= assembleCompiledKnowledge(compiledKnowledge())
  return bundled
}
