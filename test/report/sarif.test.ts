import { describe, expect, it } from 'vitest'
import type { ComponentReport } from '../../src/model.js'
import { relativeUri, renderSarif } from '../../src/report/sarif.js'
import {
  api,
  chat,
  goTool,
  mlGateway,
  reportOf,
  resizer,
  sampleGuidance,
  sampleReport,
} from './sample-report.js'

const guidance = sampleGuidance
const sarifOf = (components = sampleReport().components) =>
  renderSarif(reportOf(components), guidance, { toolVersion: '1.2.3' })

describe('renderSarif', () => {
  it('has the SARIF 2.1.0 envelope and the driver', () => {
    const sarif = sarifOf()
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs).toHaveLength(1)
    const driver = sarif.runs[0]!.tool.driver
    expect(driver.name).toBe('Stack Fit')
    expect(driver.version).toBe('1.2.3')
    expect(driver).not.toHaveProperty('informationUri')
    const custom = renderSarif(reportOf([]), guidance, {
      toolVersion: '1',
      informationUri: 'https://example.com/stack-fit',
    })
    expect(custom.runs[0]!.tool.driver.informationUri).toBe('https://example.com/stack-fit')
    expect(custom.runs[0]!.results).toEqual([])
  })

  it('reports mismatch as error, caveats as warning, accepted as a suppressed note, nothing else', () => {
    const results = sarifOf().runs[0]!.results
    expect(results.map((r) => [r.properties.component, r.level])).toEqual([
      ['services/api', 'warning'],
      ['services/ml-gateway', 'error'],
      ['workers/resizer', 'note'],
    ])
    const accepted = results[2]!
    expect(accepted.suppressions).toEqual([
      { kind: 'external', justification: 'Resizing runs in a native library off the event loop.' },
    ])
    expect(results[0]!.suppressions).toBeUndefined()
  })

  it('locates each result at the dependency behind the primary workload', () => {
    const [apiResult, mlResult] = sarifOf().runs[0]!.results
    const where = (r: typeof apiResult) => r!.locations[0]!.physicalLocation
    expect(where(mlResult).artifactLocation).toEqual({
      uri: 'services/ml-gateway/package.json',
      uriBaseId: '%SRCROOT%',
    })
    expect(where(mlResult).region.startLine).toBe(14)
    expect(where(apiResult).artifactLocation.uri).toBe('services/api/pyproject.toml')
    expect(where(apiResult).region.startLine).toBe(7)
  })

  it('falls back to the first manifest at line 1', () => {
    const bare: ComponentReport = { ...mlGateway(), dependencies: [], workloads: [] }
    const result = sarifOf([bare]).runs[0]!.results[0]!
    expect(result.locations[0]!.physicalLocation.region.startLine).toBe(1)
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'services/ml-gateway/package.json',
    )
  })

  it('keeps every location relative with startLine ≥ 1 and every ruleId among the rules', () => {
    const odd: ComponentReport = {
      ...api(),
      path: 'my app',
      manifests: ['my app/requirements.txt'],
      dependencies: [
        {
          name: 'fastapi',
          ecosystem: 'pypi',
          scope: 'runtime',
          file: 'my app/requirements.txt',
          line: 0,
        },
      ],
      workloads: [
        {
          ...api().workloads[0]!,
          evidence: [{ file: 'my app/requirements.txt', line: 0, detail: 'dependency fastapi' }],
        },
      ],
    }
    const sarif = sarifOf([chat(), api(), mlGateway(), resizer(), goTool(), odd])
    const run = sarif.runs[0]!
    const ruleIds = run.tool.driver.rules.map((r) => r.id)
    expect(new Set(ruleIds).size).toBe(ruleIds.length)
    for (const result of run.results) {
      expect(ruleIds).toContain(result.ruleId)
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
      const { artifactLocation, region } = result.locations[0]!.physicalLocation
      expect(artifactLocation.uri).not.toMatch(/^(\/|\.\/|[a-z]+:)/i)
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%')
      expect(region.startLine).toBeGreaterThanOrEqual(1)
      expect(Number.isInteger(region.startLine)).toBe(true)
      expect(result.message.text.length).toBeGreaterThan(0)
    }
    expect(run.results.at(-1)!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'my%20app/requirements.txt',
    )
  })

  it('describes each rule with its statement and the sources by title and file', () => {
    const rules = sarifOf().runs[0]!.tool.driver.rules
    expect(rules.map((r) => r.id)).toEqual(['io-api-python', 'data-ml-node', 'cpu-intensive-node'])
    const ml = rules[1]!
    expect(ml.name).toBe('DataMlNode')
    expect(ml.shortDescription.text).toBe(
      'The machine-learning ecosystem lives in Python, not in npm.',
    )
    expect(ml.fullDescription.text).toBe(ml.shortDescription.text)
    expect(ml.help.text).toContain('Sources (4):')
    expect(ml.help.text).toContain('Deciding the backend (Blue People), 000.txt')
    expect(ml.help.markdown).toContain('**Sources**')
    expect(ml.help.markdown).toContain(
      '- Which backend technology — Codix IT Solutions (`003.txt`)',
    )
    expect(ml.properties.tags).toEqual(
      expect.arrayContaining(['stack-fit', 'stack:node', 'workload:data-ml']),
    )
  })

  it('gives fingerprints that depend on component path and rule only', () => {
    const first = sarifOf().runs[0]!.results
    const changed = sampleReport().components.map((c) => ({ ...c, fileCount: c.fileCount + 1 }))
    const second = sarifOf(changed).runs[0]!.results
    expect(second.map((r) => r.partialFingerprints)).toEqual(
      first.map((r) => r.partialFingerprints),
    )
    const values = first.map((r) => Object.values(r.partialFingerprints)[0])
    expect(new Set(values).size).toBe(values.length)
    const moved = sarifOf([{ ...mlGateway(), path: 'elsewhere' }]).runs[0]!.results[0]!
    expect(moved.partialFingerprints).not.toEqual(first[1]!.partialFingerprints)
  })

  it('is plain JSON data', () => {
    const sarif = sarifOf()
    expect(JSON.parse(JSON.stringify(sarif))).toEqual(sarif)
  })
})

describe('relativeUri', () => {
  it('strips leading separators and encodes segments', () => {
    expect(relativeUri('./a/b c/#x.json')).toBe('a/b%20c/%23x.json')
    expect(relativeUri('/abs/file')).toBe('abs/file')
    expect(relativeUri('win\\path\\file.txt')).toBe('win/path/file.txt')
  })
})
