import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import guidanceJson from '../../knowledge/guidance.json' with { type: 'json' }
import patternsJson from '../../knowledge/patterns.json' with { type: 'json' }
import signalsJson from '../../knowledge/signals.json' with { type: 'json' }
import sourcesJson from '../../knowledge/sources.json' with { type: 'json' }
import { COMPILED_PATH, compiledKnowledgeText } from '../../scripts/compile-knowledge.js'
import { prefilterLiterals } from '../../src/analysis/source-scan.js'
import { assembleCompiledKnowledge } from '../../src/knowledge/assemble.js'
import { parseCompiledKnowledge } from '../../src/knowledge/bundled.js'
import { compileKnowledge, renderCompiledKnowledge } from '../../src/knowledge/compile.js'
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

  it('parses to what JSON.parse reads, the signals only when first used', () => {
    const text = readFileSync(COMPILED_PATH, 'utf8')
    const parse = vi.spyOn(JSON, 'parse')
    try {
      const parsed = parseCompiledKnowledge(text)
      expect(parse).toHaveBeenCalledTimes(1)
      expect(parsed.patterns.length).toBeGreaterThan(0)
      expect(parse).toHaveBeenCalledTimes(1)
      expect(parsed.signals.npm.length).toBeGreaterThan(1000)
      expect(parse).toHaveBeenCalledTimes(2)
      expect(parsed).toEqual(JSON.parse(text))
    } finally {
      parse.mockRestore()
    }
    // Any other layout is parsed whole, to the same knowledge.
    const compact = JSON.stringify(JSON.parse(text))
    expect(parseCompiledKnowledge(compact)).toEqual(JSON.parse(text))
    const empty = renderCompiledKnowledge({
      sources: [],
      guidance: { rules: [], disagreements: [], mitigations: [] },
      signals: { npm: [], pypi: [] },
      patterns: [],
    })
    expect(parseCompiledKnowledge(empty)).toEqual(JSON.parse(empty))
  })

  it('assembles without the build’s checks to the same lookups as the checked assembly', () => {
    const data = compileKnowledge(raw())
    const trusted = assembleCompiledKnowledge(data)
    const checked = buildKnowledge(raw())
    expect(trusted.npmPackageCount).toBe(checked.npmPackageCount)
    expect(trusted.pypiPackageCount).toBe(checked.pypiPackageCount)
    expect(trusted.rules).toEqual(checked.rules)
    expect(trusted.sourceById).toEqual(checked.sourceById)
    const neutral = data.signals.neutral ?? { npm: [], pypi: [] }
    expect(neutral.npm.length).toBeGreaterThan(1000)
    expect(neutral.pypi.length).toBeGreaterThan(1000)
    const npmNames = [
      ...data.signals.npm.map((p) => p.name),
      ...neutral.npm,
      '@types/node',
      '@aws-sdk/x',
      'nope',
    ]
    for (const name of npmNames) expect(trusted.npmPackage(name)).toEqual(checked.npmPackage(name))
    const pypiNames = [
      ...data.signals.pypi.flatMap((p) => [p.name, p.name.toUpperCase(), ...(p.imports ?? [])]),
      ...neutral.pypi.flatMap((name) => [name, name.toUpperCase()]),
    ]
    for (const name of [...pypiNames, 'not_a_package']) {
      expect(trusted.pypiPackage(name)).toEqual(checked.pypiPackage(name))
      expect(trusted.pythonImport(name)).toEqual(checked.pythonImport(name))
    }
  })

  it('keeps neutral entries as bare names, answered as entries with the same object each time', () => {
    const data = compileKnowledge(raw())
    const names = new Set(data.signals.npm.map((p) => p.name))
    for (const name of data.signals.neutral!.npm) expect(names.has(name)).toBe(false)
    const knowledge = assembleCompiledKnowledge(data)
    const name = data.signals.neutral!.npm[0]!
    const entry = knowledge.npmPackage(name)
    expect(entry).toEqual({ name, workloads: {} })
    expect(knowledge.npmPackage(name)).toBe(entry)
    expect(knowledge.npmPackageCount).toBe(signalsJson.npm.length)
    expect(knowledge.pypiPackageCount).toBe(signalsJson.pypi.length)
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
