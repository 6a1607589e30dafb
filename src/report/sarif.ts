// The report as SARIF 2.1.0 for GitHub code scanning: one result per component that does not fit.
import { createHash } from 'node:crypto'
import {
  type ComponentReport,
  type Report,
  type VerdictReason,
  productComponents,
} from '../model.js'
import { escapeMarkdown, plainText } from './escape.js'
import { type GuidanceIndex, sourceName } from './guidance.js'
import { causeLocation } from './location.js'
import { VERDICT_LABEL, stackLabel, workloadShortLabel } from './markdown.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const FINGERPRINT_KEY = 'stackFitComponentRule/v1'

export interface SarifOptions {
  toolVersion: string
  informationUri?: string
}

type Level = 'error' | 'warning' | 'note'

interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  help: { text: string; markdown: string }
  defaultConfiguration: { level: Level }
  properties: { tags: string[] }
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Level
  message: { text: string }
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }
      region: { startLine: number }
    }
  }[]
  partialFingerprints: Record<string, string>
  properties: { component: string; verdict: string; primaryWorkloads: string[] }
  suppressions?: { kind: 'external'; justification: string }[]
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } }
    results: SarifResult[]
  }[]
}

export function renderSarif(
  report: Report,
  guidance: GuidanceIndex,
  options: SarifOptions,
): SarifLog {
  const rules: SarifRule[] = []
  const ruleIndex = new Map<string, number>()
  const results: SarifResult[] = []
  for (const component of productComponents(report)) {
    const level = levelOf(component)
    if (!level) continue
    const location = causeLocation(component)
    if (!location) continue
    const reason = causingReason(component, guidance)
    const ruleId = reason?.rule ?? `verdict-${component.verdict.verdict}`
    if (!ruleIndex.has(ruleId)) {
      ruleIndex.set(ruleId, rules.length)
      rules.push(sarifRule(ruleId, reason, component, guidance))
    }
    const result: SarifResult = {
      ruleId,
      ruleIndex: ruleIndex.get(ruleId)!,
      level,
      message: { text: resultMessage(component) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(location.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: location.line },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(component.path, ruleId) },
      properties: {
        component: component.path === '' ? '.' : component.path,
        verdict: component.verdict.verdict,
        primaryWorkloads: [...component.primary],
      },
    }
    if (component.verdict.accepted)
      result.suppressions = [
        { kind: 'external', justification: plainText(component.verdict.accepted.reason, 1000) },
      ]
    results.push(result)
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Stack Fit',
            version: options.toolVersion,
            // Optional in SARIF; left out rather than pointing at a guessed address.
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        results,
      },
    ],
  }
}

function levelOf(component: ComponentReport): Level | undefined {
  const { verdict, accepted } = component.verdict
  if (verdict !== 'mismatch' && verdict !== 'fits-with-caveats') return undefined
  if (accepted) return 'note'
  return verdict === 'mismatch' ? 'error' : 'warning'
}

/** The first reason backed by a guidance rule, else the first reason. */
function causingReason(
  component: ComponentReport,
  guidance: GuidanceIndex,
): VerdictReason | undefined {
  const reasons = component.verdict.reasons
  return reasons.find((r) => guidance.rule(r.rule)) ?? reasons[0]
}

function sarifRule(
  id: string,
  reason: VerdictReason | undefined,
  component: ComponentReport,
  guidance: GuidanceIndex,
): SarifRule {
  const rule = guidance.rule(id)
  const statement = plainText(rule?.statement ?? reason?.text ?? component.verdict.summary, 1000)
  const sourceIds = rule?.sources ?? reason?.sources ?? []
  const sources = sourceIds.map((sid) => {
    const source = guidance.source(sid)
    return source
      ? { name: sourceName(source), title: source.title, file: source.file }
      : { name: sid, title: sid, file: '' }
  })
  const sourceLines = sources.map(
    (s) => `${s.title}${s.name !== s.title ? ` (${s.name})` : ''}${s.file ? `, ${s.file}` : ''}`,
  )
  const text = [
    statement,
    sources.length > 0
      ? `Sources (${sources.length}): ${sourceLines.join('; ')}.`
      : 'No source states this; it is Stack Fit’s own finding.',
  ].join('\n\n')
  const markdown = [
    escapeMarkdown(statement, 1000),
    sources.length > 0
      ? [
          '**Sources**',
          '',
          ...sources.map(
            (s) =>
              `- ${escapeMarkdown(s.title, 300)}${s.name !== s.title ? ` — ${escapeMarkdown(s.name)}` : ''}${s.file ? ` (\`${s.file.replace(/`/g, '')}\`)` : ''}`,
          ),
        ].join('\n')
      : '_No source states this; it is Stack Fit’s own finding._',
  ].join('\n\n')
  const workloads = component.primary.map((w) => `workload:${w}`)
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: shortText(statement) },
    fullDescription: { text: statement },
    help: { text, markdown },
    defaultConfiguration: { level: component.verdict.verdict === 'mismatch' ? 'error' : 'warning' },
    properties: {
      tags: ['stack-fit', 'architecture', `stack:${component.stack.stack}`, ...workloads],
    },
  }
}

function resultMessage(component: ComponentReport): string {
  const path = component.path === '' ? '.' : component.path
  const primary = component.primary.map(workloadShortLabel).join(', ') || 'no clear workload'
  const verdict = VERDICT_LABEL[component.verdict.verdict]
  return plainText(
    `${path} (${stackLabel(component.stack)}, ${primary}): ${verdict}. ${component.verdict.summary}`,
    1000,
  )
}

/** "data-ml-node" → "DataMlNode": SARIF's rule name is an identifier-like word. */
function ruleName(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
}

function shortText(text: string): string {
  const sentence = text.split(/(?<=\.)\s/)[0] ?? text
  return sentence.length <= 120 ? sentence : `${sentence.slice(0, 119)}…`
}

/** Repository-relative URI: no leading `./` or `/`, each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map(encodeURIComponent)
    .join('/')
}

function fingerprint(componentPath: string, ruleId: string): string {
  return createHash('sha256').update(`${componentPath}\u0000${ruleId}`).digest('hex').slice(0, 32)
}
