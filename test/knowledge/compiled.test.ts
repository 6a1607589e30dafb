import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import guidanceJson from '../../knowledge/guidance.json' with { type: 'json' }
import patternsJson from '../../knowledge/patterns.json' with { type: 'json' }
import signalsJson from '../../knowledge/signals.json' with { type: 'json' }
import sourcesJson from '../../knowledge/sources.json' with { type: 'json' }
import { COMPILED_PATH, compiledKnowledgeText } from '../../scripts/compile-knowledge.js'
import { prefilterLiterals } from '../../src/analysis/source-scan.js'
import { compileKnowledge } from '../../src/knowledge/compile.js'
import { KnowledgeError, buildKnowledge, loadKnowledge } from '../../src/knowledge/load.js'

const raw = () =>
  structuredClone({
    sources: sourcesJson,
    guidance: guidanceJson,
    signals: signalsJson,
    patterns: patternsJson,
  })

describe('compiled knowledge (what the bundle loads)', () => {
  it('is current: src/knowledge/compiled.json is what knowledge/*.json compiles to (npm run knowledge)', async () => {
    expect(readFileSync(COMPILED_PATH, 'utf8')).toBe(await compiledKnowledgeText())
  })

  it('loads as the same knowledge as validating knowledge/*.json at run time', () => {
    const loaded = loadKnowledge()
    const built = buildKnowledge(raw())
    const strip = (k: typeof loaded) => ({
      ...k,
      patterns: k.patterns.map(({ literals: _literals, ...p }) => p),
    })
    expect(strip(loaded).patterns).toEqual(strip(built).patterns)
    expect(loaded.rules).toEqual(built.rules)
    expect(loaded.mitigations).toEqual(built.mitigations)
    expect(loaded.disagreements).toEqual(built.disagreements)
    expect(loaded.sources).toEqual(built.sources)
    for (const name of ['express', 'socket.io', '@aws-sdk/client-s3', 'left-pad'])
      expect(loaded.npmPackage(name)).toEqual(built.npmPackage(name))
    for (const name of ['Django', 'scikit_learn', 'cv2', 'numpy'])
      expect(loaded.pythonImport(name)).toEqual(built.pythonImport(name))
  })

  it('carries each pattern’s prefilter literals', () => {
    for (const p of loadKnowledge().patterns) expect(p.literals).toEqual(prefilterLiterals(p))
  })

  it('refuses invalid knowledge at build time, naming the problem', () => {
    const files = raw()
    ;(files.patterns[0] as { regex: string }).regex = '(unclosed'
    expect(() => compileKnowledge(files)).toThrow(KnowledgeError)
  })
})
