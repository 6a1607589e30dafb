// Workflow annotations for components that do not fit; plain text, capped per level.
import { type ComponentReport, type Report, productComponents } from '../model.js'
import { plainText } from './escape.js'
import { causeLocation } from './location.js'
import { VERDICT_LABEL, workloadShortLabel } from './markdown.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  file?: string
  startLine?: number
}

/** GitHub shows this many annotations of each level per step. */
export const DEFAULT_ANNOTATIONS_PER_LEVEL = 10
const NAMES_IN_AGGREGATE = 10

export function buildAnnotations(
  report: Report,
  options: { maxPerLevel?: number } = {},
): Annotation[] {
  const maxPerLevel = Math.max(1, options.maxPerLevel ?? DEFAULT_ANNOTATIONS_PER_LEVEL)
  const byLevel: Record<Annotation['level'], ComponentReport[]> = {
    error: [],
    warning: [],
    notice: [],
  }
  for (const component of productComponents(report)) {
    const { verdict, accepted } = component.verdict
    if (verdict !== 'mismatch' && verdict !== 'fits-with-caveats') continue
    // An accepted decision is recorded, so it is mentioned but does not warn.
    if (accepted) byLevel.notice.push(component)
    else byLevel[verdict === 'mismatch' ? 'error' : 'warning'].push(component)
  }
  const annotations: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const components = byLevel[level]
    // One slot is kept for the aggregate when some do not fit.
    const shown =
      components.length > maxPerLevel ? components.slice(0, maxPerLevel - 1) : components
    annotations.push(...shown.map((c) => componentAnnotation(c, level)))
    const rest = components.slice(shown.length)
    if (rest.length > 0) annotations.push(aggregate(rest, level))
  }
  return annotations
}

function displayPath(component: ComponentReport): string {
  return component.path === '' ? '.' : component.path
}

function componentAnnotation(component: ComponentReport, level: Annotation['level']): Annotation {
  const { verdict } = component
  const primary = component.primary.map(workloadShortLabel).join(', ') || 'no clear workload'
  const because = verdict.reasons[0]
  const message = [
    verdict.summary,
    verdict.accepted ? `Accepted decision: ${verdict.accepted.reason}` : '',
    because ? `${because.text} (rule ${because.rule})` : '',
    verdict.wouldChange[0] ? `What would change it: ${verdict.wouldChange[0]}` : '',
  ]
    .filter(Boolean)
    .join(' ')
  const location = causeLocation(component)
  return {
    level,
    title: plainText(
      `Stack Fit: ${displayPath(component)} ${VERDICT_LABEL[verdict.verdict]}${verdict.accepted ? ' (accepted)' : ''} (${primary})`,
      200,
    ),
    message: plainText(message, 1000),
    ...(location ? { file: location.file, startLine: location.line } : {}),
  }
}

const AGGREGATE_WHAT: Record<Annotation['level'], string> = {
  error: 'mismatched components',
  warning: 'components with caveats',
  notice: 'components under accepted decisions',
}

function aggregate(components: ComponentReport[], level: Annotation['level']): Annotation {
  const what = AGGREGATE_WHAT[level]
  const names = components.slice(0, NAMES_IN_AGGREGATE).map(displayPath)
  const more = components.length - names.length
  return {
    level,
    title: plainText(`Stack Fit: ${components.length} more ${what}`, 200),
    message: plainText(
      `and ${components.length} more ${what}: ${names.join(', ')}${more > 0 ? ` and ${more} others` : ''}. See the job summary.`,
      1000,
    ),
  }
}
