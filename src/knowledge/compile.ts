// Turns knowledge/*.json into the module the bundle loads (src/knowledge/compiled.json): validated
// by the schemas and cross-checked here, at build time, so a run starts without either.
import { prefilterLiterals } from '../analysis/source-scan.js'
import { splitNeutral } from './assemble.js'
import { type CompiledKnowledge, assembleKnowledge, validateKnowledgeFiles } from './load.js'

/** Validates the raw files (throws a KnowledgeError) and prepares each pattern's literal set. */
export function compileKnowledge(files: unknown): CompiledKnowledge {
  const data = validateKnowledgeFiles(files)
  assembleKnowledge(data)
  return {
    sources: data.sources,
    guidance: data.guidance,
    signals: splitNeutral(data.signals),
    patterns: data.patterns.map((p) => ({ ...p, literals: prefilterLiterals(p) })),
  }
}

/**
 * JSON with one entry of each list on its own line: small diffs, and two changes to different
 * entries of knowledge/*.json give compiled files that merge.
 */
export function renderCompiledKnowledge(compiled: CompiledKnowledge): string {
  const list = (items: readonly unknown[], indent: string): string =>
    items.length === 0
      ? '[]'
      : `[\n${items.map((item) => `${indent}  ${JSON.stringify(item)}`).join(',\n')}\n${indent}]`
  const { rules, disagreements, mitigations, ...restOfGuidance } = compiled.guidance
  const bare = compiled.signals.neutral
  const neutral = bare
    ? [
        ',',
        '    "neutral": {',
        `      "npm": ${list(bare.npm, '      ')},`,
        `      "pypi": ${list(bare.pypi, '      ')}`,
        '    }',
      ].join('\n')
    : ''
  const guidanceRest = Object.keys(restOfGuidance).length
    ? `,\n    ${JSON.stringify(restOfGuidance).slice(1, -1)}`
    : ''
  return [
    '{',
    `  "sources": ${list(compiled.sources, '  ')},`,
    '  "guidance": {',
    `    "rules": ${list(rules, '    ')},`,
    `    "disagreements": ${list(disagreements, '    ')},`,
    `    "mitigations": ${list(mitigations, '    ')}${guidanceRest}`,
    '  },',
    '  "signals": {',
    `    "npm": ${list(compiled.signals.npm, '    ')},`,
    `    "pypi": ${list(compiled.signals.pypi, '    ')}${neutral}`,
    '  },',
    `  "patterns": ${list(compiled.patterns, '  ')}`,
    '}',
    '',
  ].join('\n')
}
