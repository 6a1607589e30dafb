// Judges a component's stack against the guidance for the work it does.
import type { Knowledge, LoadedRule } from '../knowledge/load.js'
import type { Mitigation } from '../knowledge/schema.js'
import {
  type Dependency,
  type Evidence,
  type StackDetection,
  type Verdict,
  type VerdictKind,
  type VerdictReason,
  type Workload,
  type WorkloadScore,
  WORKLOAD_LABELS,
} from '../model.js'
import { normalizePypiName } from '../knowledge/assemble.js'
import { manifestKindOf } from '../scan/manifests/index.js'
import { PYTHON_MANIFESTS } from './components.js'
import { coveredStackOfFile } from './languages.js'
import { computesInInterpreter, lookupDependency } from './signals.js'

/** A rule is decisive when at least this many sources state it and none dispute it. */
export const DECISIVE_AGREEMENT = 2
/** A non-primary class with this share of the top score still earns a caveat when it goes against the guidance. */
export const SECONDARY_SHARE = 0.5

export interface ComponentFacts {
  path: string
  stack: StackDetection
  workloads: WorkloadScore[]
  primary: Workload[]
  dependencies: Dependency[]
  /** Ids of code patterns its own code shows (tests, examples and tools aside), with a place. */
  patterns: Map<string, Evidence>
  /** Compiled code in the component (sources, build set-ups), for the compiled-code mitigations. */
  native?: Evidence[]
  /** Catalogued packages its own code imports, by catalogue name (see CodeFacts.ownImports). */
  imports?: Map<string, Evidence>
  /** Programs its Dockerfiles install or start and its Procfile starts, by lower-cased name. */
  launched?: Map<string, Evidence>
  /** Its own code's serverless function handler (AWS Lambda and kin), when it has one. */
  serverless?: Evidence
  /**
   * The weight its self-description (package.json or setup.py summary) and the shape of its code
   * (a bit-level kernel) add to each workload.
   */
  inferred?: ReadonlyMap<Workload, number>
  /** Its own code serves requests (routes, a listening server, handlers); unknown when absent. */
  serves?: boolean
  /** A package others import (package.json `main`, `module` or `exports`): it runs where they do. */
  library?: boolean
  /**
   * What computes in the component's own interpreted code: the package it is, when the catalogue
   * knows that package for CPU work not done in compiled code (numjs' array maths).
   */
  computesItself?: string[]
  /**
   * The component it runs inside, when it declares no dependency of its own and imports what that
   * component installs (Volumio's plugins, loaded by its plugin manager): a part of that service,
   * never a mismatch of its own.
   */
  hostedBy?: string
  /**
   * The collection it is a sample of, when that collection shows the same tasks in several
   * languages: the language is the sample's subject, so its work can earn a caveat, never a mismatch.
   */
  sampleOf?: string
}

export interface SiblingComponent {
  path: string
  stack: StackDetection['stack']
  primary: Workload[]
}

const SEVERITY: Record<VerdictKind, number> = {
  fits: 0,
  inconclusive: 1,
  'fits-with-caveats': 2,
  mismatch: 3,
}

export function worstVerdict(verdicts: Iterable<VerdictKind>): VerdictKind {
  let worst: VerdictKind = 'fits'
  for (const v of verdicts) if (SEVERITY[v] > SEVERITY[worst]) worst = v
  return worst
}

/**
 * The repository's verdict: the worst of mismatch, caveats and fits over the judged components
 * that are part of the product (an accepted mismatch counts as a caveat). Inconclusive only when
 * none could be judged, including when there is nothing to judge at all.
 */
export function overallVerdict(
  components: readonly { supporting: boolean; verdict: Pick<Verdict, 'verdict' | 'accepted'> }[],
): VerdictKind {
  const judged = components.filter((c) => !c.supporting && c.verdict.verdict !== 'inconclusive')
  if (judged.length === 0) return 'inconclusive'
  return worstVerdict(
    judged.map((c) =>
      c.verdict.accepted && c.verdict.verdict === 'mismatch'
        ? 'fits-with-caveats'
        : c.verdict.verdict,
    ),
  )
}

export const STACK_LABEL = { node: 'Node.js', python: 'Python' } as const

function workloadLabel(w: Workload): string {
  const label = WORKLOAD_LABELS[w].replace(/ \(.*\)$/, '')
  // Lower-case a leading capital inside a sentence, but keep acronyms such as API, CPU, SPA, IoT.
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label
}

function agreementText(rule: LoadedRule, knowledge: Knowledge): string {
  return `${rule.agreement} of ${knowledge.sources.length} sources`
}

function uniqueReasons(reasons: readonly VerdictReason[]): VerdictReason[] {
  const seen = new Set<string>()
  return reasons.filter((r) => !seen.has(r.rule) && (seen.add(r.rule), true))
}

/**
 * Mitigations present in the component, with what shows them; `partial` holds compiled-code
 * mitigations that cover only part of the CPU work, with the runtime dependencies left computing
 * in JavaScript.
 */
export interface FoundMitigations {
  covering: Map<string, Evidence[]>
  partial: Map<string, { evidence: Evidence[]; uncovered: string[] }>
}

/** Mitigations present in the component, with what shows them. */
export function detectMitigations(
  facts: ComponentFacts,
  knowledge: Knowledge,
  siblings: readonly SiblingComponent[],
): FoundMitigations {
  const found = new Map<string, Evidence[]>()
  const partial: FoundMitigations['partial'] = new Map()
  const stack = facts.stack.stack
  if (stack !== 'node' && stack !== 'python') return { covering: found, partial }
  const npm = new Map<string, Dependency>()
  const pypi = new Map<string, Dependency>()
  // What only the tests install never runs for the component's users (websocket-client's tests
  // start a `websockets` server: the client itself stays synchronous). Nor does a package
  // installed to develop with, unless it builds the component's compiled code (node-gyp,
  // @napi-rs/cli): bcrypt.js benchmarks itself against the native bcrypt.
  const mitigating = facts.dependencies.filter(
    (d) =>
      d.scope !== 'test' &&
      (d.scope !== 'dev' || lookupDependency(knowledge, d)?.role === 'native'),
  )
  for (const d of mitigating) {
    if (d.ecosystem === 'npm') npm.set(d.name, d)
    else pypi.set(normalizePypiName(d.name), d)
  }
  for (const m of knowledge.mitigations) {
    if (m.stack !== stack) continue
    const evidence: Evidence[] = []
    for (const name of m.detect.npm) {
      if (!name.endsWith('/*')) {
        // A plain name matches one dependency at most: look it up instead of walking them all.
        const d = npm.get(name)
        if (d) evidence.push({ file: d.file, line: d.line, detail: `dependency ${d.name}` })
        // Imported by its own code without being declared (whatsapp-chatgpt's fluent-ffmpeg,
        // installed through another package), as for Python below.
        else {
          const imported = facts.imports?.get(normalizePypiName(name))
          if (imported) evidence.push(imported)
        }
        continue
      }
      // A scope (`@node-rs/*`): every dependency under it.
      const scope = name.slice(0, -1)
      for (const [dep, d] of npm) {
        if (dep.startsWith(scope))
          evidence.push({ file: d.file, line: d.line, detail: `dependency ${d.name}` })
      }
    }
    for (const name of [...m.detect.npm, ...m.detect.pypi]) {
      // Served by a program the image installs or starts (ihatemoney's `pip install gunicorn`).
      const launched = facts.launched?.get(name.toLowerCase())
      const declared = npm.has(name) || pypi.has(normalizePypiName(name))
      if (launched && !declared) evidence.push(launched)
    }
    for (const name of m.detect.pypi) {
      const d = pypi.get(normalizePypiName(name))
      if (d) evidence.push({ file: d.file, line: d.line, detail: `dependency ${d.name}` })
      // Imported by its own code without being declared: celery patches in gevent or eventlet
      // when its users install them.
      else {
        const imported = facts.imports?.get(normalizePypiName(name))
        if (imported) evidence.push(imported)
      }
    }
    for (const id of m.detect.patterns) {
      const e = facts.patterns.get(id)
      if (e) evidence.push(e)
    }
    if (m.detect.nativeCode) {
      evidence.push(...(facts.native ?? []).slice(0, 3))
      for (const d of mitigating) {
        if (lookupDependency(knowledge, d)?.role === 'native')
          evidence.push({ file: d.file, line: d.line, detail: `dependency ${d.name}` })
      }
    }
    if (m.detect.siblingStack) {
      const sibling = siblingShowing(m, facts.path, siblings)
      if (sibling) {
        evidence.push({
          file: sibling.path === '' ? '.' : sibling.path,
          detail: `${STACK_LABEL[m.detect.siblingStack]} component beside it`,
        })
      }
      const own = ownCodeInStack(m, facts)
      if (own) evidence.push(own)
    }
    if (evidence.length === 0) continue
    const uncovered = cpuWorkLeftUncovered(m, evidence, facts, knowledge)
    if (uncovered.length === 0) found.set(m.id, evidence)
    else partial.set(m.id, { evidence, uncovered })
  }
  return { covering: found, partial }
}

/**
 * Code of the mitigation's other stack inside the component itself that does work the mitigation
 * covers: a notebook or Python module in a Node.js package (a Twilio function's model-building
 * notebook, nicegui's Python element beside its JavaScript) is Python doing that work, as a Python
 * service beside it would be. Shown when the primary class's evidence comes mostly (by count)
 * from that stack's files.
 */
function ownCodeInStack(m: Mitigation, facts: ComponentFacts): Evidence | undefined {
  const other = m.detect.siblingStack
  if (!other) return undefined
  for (const w of facts.primary) {
    if (!m.workloads.includes(w)) continue
    const evidence = facts.workloads.find((x) => x.workload === w)?.evidence ?? []
    const inOther = evidence.filter((e) => stackOfFile(e.file) === other)
    if (inOther.length > 0 && inOther.length * 2 > evidence.length)
      return {
        ...inOther[0]!,
        detail: `${STACK_LABEL[other]} code in the component: ${inOther[0]!.detail}`,
      }
  }
  return undefined
}

/** Per list of siblings (judgeAll makes one for all its components), per mitigation: siblingShowing. */
const siblingsShowing = new WeakMap<
  readonly SiblingComponent[],
  Map<Mitigation, SiblingComponent[]>
>()

/**
 * The first sibling other than the component at `path` that runs the mitigation's other stack for
 * work it covers. Of the siblings that do, only the first and the next at another path can be that
 * one, so those two are found once per mitigation: a search of every sibling for every component
 * was quadratic in a monorepo of hundreds of components. The list must not change between calls.
 */
function siblingShowing(
  m: Mitigation,
  path: string,
  siblings: readonly SiblingComponent[],
): SiblingComponent | undefined {
  let byMitigation = siblingsShowing.get(siblings)
  if (!byMitigation) siblingsShowing.set(siblings, (byMitigation = new Map()))
  let candidates = byMitigation.get(m)
  if (!candidates) {
    candidates = []
    for (const s of siblings) {
      if (
        s.stack === m.detect.siblingStack &&
        s.primary.some((w) => m.workloads.includes(w)) &&
        (candidates.length === 0 || s.path !== candidates[0]!.path)
      ) {
        candidates.push(s)
        if (candidates.length === 2) break
      }
    }
    byMitigation.set(m, candidates)
  }
  return candidates.find((s) => s.path !== path)
}

/**
 * Compiled libraries cover their own work only: sharp resizing in libvips says nothing of Jimp
 * resizing in JavaScript beside it. A compiled-code mitigation seen only in dependencies does not
 * count while another runtime dependency, or the package itself, does CPU work in the interpreter.
 */
function cpuWorkLeftUncovered(
  m: Mitigation,
  evidence: readonly Evidence[],
  facts: ComponentFacts,
  knowledge: Knowledge,
): string[] {
  if (m.stack !== 'node' || !m.detect.nativeCode) return []
  if (!evidence.every((e) => e.detail.startsWith('dependency '))) return []
  const compiled = new Set(m.detect.npm.concat(m.detect.pypi).map((n) => n.toLowerCase()))
  const uncovered = facts.dependencies.filter((d) => {
    if (d.scope !== 'runtime' || compiled.has(d.name.toLowerCase())) return false
    const known = lookupDependency(knowledge, d)
    return !!known && computesInInterpreter(known)
  })
  // Nor does it cover the work of the package the component is: numjs reads images through sharp
  // and does its array maths in JavaScript.
  return [...new Set([...(facts.computesItself ?? []), ...uncovered.map((d) => d.name)])]
}

interface Outcome {
  verdict: VerdictKind
  reasons: VerdictReason[]
  /** What the verdict does not turn on: warnings the component already covers, disagreements. */
  notes: VerdictReason[]
  wouldChange: string[]
  mitigationsUsed: string[]
}

/**
 * Mitigations that answer one process serving many requests at once. A warning they alone answer
 * does not apply to a serverless function: its platform gives each concurrent request an instance
 * of its own (polar's lambda/image-resizer is not a Python service to put behind Uvicorn).
 */
const CONCURRENCY_MITIGATIONS: ReadonlySet<string> = new Set([
  'python-async-io',
  'python-concurrent-servers',
])

/** Work a front end does on the user's device rather than on a server. */
const ON_DEVICE_WORKLOADS: ReadonlySet<Workload> = new Set(['data-ml', 'cpu-intensive'])
/**
 * The weight of browser code (UI frameworks, bundlers, pages) that makes a component a front end
 * even when its model outweighs it (transformers.js' depth-anything: a Vite app running the model).
 */
export const FRONT_END_WEIGHT = 1.5

/**
 * Browser code first; or, in an app rather than a library, weighing FRONT_END_WEIGHT or more (a
 * library's browser build says nothing of where its users run it: pako, image-js).
 */
function isFrontEnd(
  reach: Partial<Pick<ComponentFacts, 'primary' | 'workloads' | 'library'>>,
): boolean {
  if (reach.primary?.[0] === 'spa-frontend') return true
  if (reach.library) return false
  const ui = reach.workloads?.find((w) => w.workload === 'spa-frontend')
  return (ui?.raw ?? 0) >= FRONT_END_WEIGHT
}

/**
 * The verdict for one workload, with a note for each disagreement touching the rules cited, and
 * for each warning out of the component's reach: a serverless function's, or one that serves no
 * requests of its own.
 */
function judgeWorkload(
  workload: Workload,
  stack: 'node' | 'python',
  knowledge: Knowledge,
  mitigations: FoundMitigations,
  reach: Partial<
    Pick<ComponentFacts, 'serverless' | 'serves' | 'primary' | 'workloads' | 'library'>
  > = {},
): Outcome {
  const { serverless } = reach
  // A library that serves nothing of its own (marshmallow's schemas, an API client) has no
  // requests to take at once: the warning is for the services built with it.
  const library = !serverless && reach.serves === false
  const discouraged = (r: LoadedRule) =>
    r.workload === workload && r.stack === stack && r.stance === 'discouraged'
  const perProcess =
    serverless || library
      ? knowledge.rules.filter(
          (r) =>
            discouraged(r) &&
            r.mitigations.length > 0 &&
            r.mitigations.every((id) => CONCURRENCY_MITIGATIONS.has(id)),
        )
      : []
  // A front end that serves nothing (an Expo app classifying camera frames with TensorFlow.js, an
  // in-browser Whisper) runs its models and computations on the user's device: the warnings
  // against Node.js for that work are about Node.js servers.
  const onDevice =
    stack === 'node' &&
    reach.serves === false &&
    isFrontEnd(reach) &&
    ON_DEVICE_WORKLOADS.has(workload)
      ? knowledge.rules.filter(discouraged)
      : []
  const outcome = judgeByRules(
    workload,
    stack,
    knowledge,
    mitigations,
    new Set([...perProcess, ...onDevice].map((r) => r.id)),
  )
  // Why each of those warnings is only a note.
  const where = serverless && `${serverless.file}${serverless.line ? `:${serverless.line}` : ''}`
  const why = where
    ? `A warning that does not apply to a serverless function (${where}), whose platform gives each concurrent request an instance of its own`
    : 'A warning for the services built with it, not for code that serves no requests of its own'
  const note = (rule: LoadedRule, reason: string) => ({
    rule: rule.id,
    text: `${reason}: ${rule.statement} (${agreementText(rule, knowledge)}).`,
    sources: [...rule.sources],
  })
  outcome.notes.unshift(
    ...perProcess.map((rule) => note(rule, why)),
    ...onDevice.map((rule) =>
      note(
        rule,
        "A warning for Node.js servers, not for a front end that does this work on the user's device",
      ),
    ),
  )
  const cited = new Set([...outcome.reasons, ...outcome.notes].map((r) => r.rule))
  const disputes = knowledge.disagreements.filter((d) => d.rules.some((id) => cited.has(id)))
  for (const d of disputes) {
    outcome.notes.push({
      rule: d.id,
      text: `The sources disagree on ${d.topic}: ${d.positions.map((p) => p.claim).join(' Against that: ')}`,
      sources: [...new Set(d.positions.flatMap((p) => p.sources))],
    })
  }
  return outcome
}

/**
 * A warning that applies and is not covered in the code is a caveat, or a mismatch when enough
 * sources state it undisputed; one the component already covers is a fit, noted with what covers
 * it. Everything else that does not change the verdict (a disagreement, guidance that only names
 * the other stack) is a note, so a caveat always comes with something to do.
 */
function judgeByRules(
  workload: Workload,
  stack: 'node' | 'python',
  knowledge: Knowledge,
  found: FoundMitigations,
  inapplicable: ReadonlySet<string> = new Set(),
): Outcome {
  const mitigations = found.covering
  const other = stack === 'node' ? 'python' : 'node'
  const rules = knowledge.rules.filter((r) => r.workload === workload)
  const discouraged = rules.filter(
    (r) => r.stack === stack && r.stance === 'discouraged' && !inapplicable.has(r.id),
  )
  const recommended = rules.filter((r) => r.stack === stack && r.stance === 'recommended')
  const elsewhere = rules.filter((r) => r.stack === other && r.stance === 'recommended')
  const what = `${STACK_LABEL[stack]} for ${workloadLabel(workload)}`
  const ruleReason = (rule: LoadedRule, prefix: string): VerdictReason => ({
    rule: rule.id,
    text: `${prefix} ${rule.statement} (${agreementText(rule, knowledge)}).`,
    sources: [...rule.sources],
  })
  const recommendation = recommended.map((rule) =>
    ruleReason(rule, `The guidance recommends ${what}:`),
  )
  const fit = (notes: VerdictReason[], mitigationsUsed: string[] = []): Outcome => {
    const reasons =
      recommendation.length > 0
        ? recommendation
        : [
            {
              rule: 'no-warning',
              text: `The guidance raises nothing against ${what} that applies here.`,
              sources: [],
            },
          ]
    return {
      verdict: 'fits',
      reasons,
      notes,
      wouldChange: [
        `A shift of this component's work towards something the guidance sends to ${STACK_LABEL[other]}.`,
      ],
      mitigationsUsed,
    }
  }

  if (discouraged.length > 0) {
    const applicable = [...new Set(discouraged.flatMap((r) => r.mitigations))]
    const used = applicable.filter((id) => mitigations.has(id))
    const warnings = discouraged.map((rule) =>
      ruleReason(rule, `The guidance warns against ${what}:`),
    )
    if (used.length > 0) {
      return fit(
        [...warnings, ...used.map((id) => mitigationReason(id, knowledge, mitigations))],
        used,
      )
    }
    // Compiled code already doing part of the work (sharp's resizing in libvips) is the remedy the
    // guidance names, begun: what still computes in JavaScript is a caveat, not a wrong stack.
    const begun = applicable.filter((id) => found.partial.has(id))
    const decisive =
      begun.length === 0 &&
      discouraged.some((r) => r.agreement >= DECISIVE_AGREEMENT && r.disputedBy.length === 0)
    const wouldChange = applicable.map((id) => mitigationAction(id, knowledge))
    if (decisive && elsewhere.length > 0)
      wouldChange.push(`Or move this work to a ${STACK_LABEL[other]} component.`)
    if (!decisive) wouldChange.push('Or record the choice as an accepted decision in the config.')
    return {
      verdict: decisive ? 'mismatch' : 'fits-with-caveats',
      reasons: [...warnings, ...begun.map((id) => partialReason(id, knowledge, found))],
      notes: [],
      wouldChange,
      mitigationsUsed: [],
    }
  }
  if (recommended.length > 0) {
    const notes = recommended.some((r) => r.disputedBy.length === 0)
      ? []
      : elsewhere.map((rule) => ruleReason(rule, `Some sources prefer ${STACK_LABEL[other]}:`))
    return fit(notes)
  }
  if (elsewhere.length > 0) {
    // Warnings set aside as out of reach (see judgeWorkload) were said, in the notes: not nothing.
    const setAside = rules.some((r) => r.stack === stack && inapplicable.has(r.id))
    const against = setAside ? '' : ` and says nothing against ${STACK_LABEL[stack]}`
    return fit(
      elsewhere.map((rule) =>
        ruleReason(
          rule,
          `The guidance names ${STACK_LABEL[other]} for ${workloadLabel(workload)}${against}:`,
        ),
      ),
    )
  }
  return {
    verdict: 'inconclusive',
    reasons: [
      { rule: 'guidance-silent', text: `The guidance says nothing about ${what}.`, sources: [] },
    ],
    notes: [],
    wouldChange: ['An organisation rule in the config that covers this workload.'],
    mitigationsUsed: [],
  }
}

function mitigationOf(id: string, knowledge: Knowledge): Mitigation | undefined {
  return knowledge.mitigations.find((m) => m.id === id)
}

/** The mitigation's short name for a sentence. */
export function mitigationName(id: string, knowledge: Knowledge): string {
  const m = mitigationOf(id, knowledge)
  return m?.name ?? id.replace(/-/g, ' ')
}

function mitigationAction(id: string, knowledge: Knowledge): string {
  const m = mitigationOf(id, knowledge)
  return m?.action ?? m?.statement ?? id
}

function mitigationReason(
  id: string,
  knowledge: Knowledge,
  found: Map<string, Evidence[]>,
): VerdictReason {
  const m = mitigationOf(id, knowledge)
  const seen = (found.get(id) ?? []).map((e) => e.detail)
  return {
    rule: id,
    text: `Covered by ${mitigationName(id, knowledge)}: ${[...new Set(seen)].slice(0, 3).join(', ')}.`,
    sources: m?.sources ?? [],
  }
}

function partialReason(id: string, knowledge: Knowledge, found: FoundMitigations): VerdictReason {
  const { evidence, uncovered } = found.partial.get(id)!
  const seen = [...new Set(evidence.map((e) => e.detail))].slice(0, 3).join(', ')
  const names = uncovered.slice(0, 3).join(', ')
  return {
    rule: id,
    text: `Covered in part by ${mitigationName(id, knowledge)} (${seen}); ${names} still ${uncovered.length > 1 ? 'compute' : 'computes'} in JavaScript.`,
    sources: mitigationOf(id, knowledge)?.sources ?? [],
  }
}

function inconclusive(summary: string, text: string, rule: string, wouldChange: string[]): Verdict {
  return {
    verdict: 'inconclusive',
    summary,
    reasons: [{ rule, text, sources: [] }],
    notes: [],
    rules: [rule],
    sources: [],
    mitigations: [],
    wouldChange,
  }
}

export function judgeComponent(
  facts: ComponentFacts,
  knowledge: Knowledge,
  siblings: readonly SiblingComponent[],
): Verdict {
  const { stack } = facts
  if (stack.stack === 'other') {
    const name = stack.otherName ?? 'This stack'
    return inconclusive(
      `${name} is not covered by the guidance, which compares Node.js and Python.`,
      `${name} is not covered by the guidance; Stack Fit judges only Node.js and Python components.`,
      'stack-not-covered',
      ['Add organisation guidance for this stack, or ignore the component in the config.'],
    )
  }
  if (stack.stack === 'unknown') {
    return inconclusive(
      'No stack could be determined.',
      'No manifest or source file of a known language was found in this component.',
      'stack-unknown',
      ['A package.json, pyproject.toml or requirements.txt that declares the dependencies.'],
    )
  }
  // The primary workload's own score: a class weighing more but shown only by corroborating
  // evidence is not what the component does.
  const top = facts.workloads.find((w) => w.workload === facts.primary[0])
  if (facts.primary.length === 0 || !top || top.confidence === 'low') {
    const n = facts.workloads.reduce((sum, w) => sum + w.evidence.length, 0)
    return inconclusive(
      'The signals are too weak to name a workload.',
      n === 0
        ? 'No dependency, import or code pattern points to a workload.'
        : `Only weak signals point to a workload (${facts.workloads.map((w) => w.workload).join(', ')}); a verdict needs more than one weak signal.`,
      'weak-signals',
      ['Declared dependencies or code that shows what the component does.'],
    )
  }

  const mitigations = detectMitigations(facts, knowledge, siblings)
  const outcomes = facts.primary.map((w) => {
    const outcome = {
      workload: w,
      ...judgeWorkload(w, stack.stack as 'node' | 'python', knowledge, mitigations, facts),
    }
    if (facts.hostedBy !== undefined) return tentative(outcome, hostedText(facts.hostedBy))
    if (facts.sampleOf !== undefined) return tentative(outcome, sampleText(facts.sampleOf))
    // Work after the component's first class counts against it as a caveat at most, as secondary
    // work does: fedify's command-line tool renders avatars with jimp beside its commands.
    const first = facts.primary[0]
    if (first !== undefined && w !== first) {
      const text = `Its ${workloadLabel(w)} work comes after its ${workloadLabel(first)} work, so this is a caveat rather than a mismatch.`
      return tentative(outcome, text)
    }
    return shownWeakly(w, facts, knowledge) ? tentative(outcome) : outcome
  })
  // Secondary work counts only against the component: it can add a caveat, never a fit.
  for (const w of facts.workloads) {
    if (facts.primary.includes(w.workload) || w.score < SECONDARY_SHARE || w.confidence === 'low')
      continue
    // In a folder of both stacks, work shown only by the other stack's code is not this stack's.
    if (w.evidence.every((e) => stackOfFile(e.file) === otherStack(stack.stack))) continue
    const outcome = judgeWorkload(w.workload, stack.stack, knowledge, mitigations, facts)
    if (outcome.verdict === 'mismatch') {
      outcomes.push({
        workload: w.workload,
        ...outcome,
        verdict: 'fits-with-caveats',
        reasons: outcome.reasons.map((r) => ({
          ...r,
          text: `Secondary work (${workloadLabel(w.workload)}): ${r.text}`,
        })),
      })
    }
  }
  const verdict = worstVerdict(outcomes.map((o) => o.verdict))
  // Reasons are what the verdict turns on; the rest is a note. Each thing is said once.
  const relevant = outcomes.filter((o) => o.verdict === verdict)
  const reasons = uniqueReasons(relevant.flatMap((o) => o.reasons))
  const said = new Set(reasons.map((r) => r.rule))
  const notes = uniqueReasons(
    outcomes.flatMap((o) => (o.verdict === verdict ? o.notes : [...o.reasons, ...o.notes])),
  ).filter((r) => !said.has(r.rule))
  const wouldChange = [...new Set(relevant.flatMap((o) => o.wouldChange))]
  if (stack.mixed) {
    notes.push({
      rule: 'mixed-stack',
      text: `Node.js and Python code are mixed in this component; it is judged as ${STACK_LABEL[stack.stack]}, the larger part.`,
      sources: [],
    })
  }
  const primaryText = facts.primary.map(workloadLabel).join(' and ')
  // The summary names the work the verdict turns on: a Node.js image API is a mismatch for its
  // CPU work, not for the I/O it also does.
  const against = [...new Set(relevant.map((o) => o.workload))]
  const againstText = against.map(workloadLabel).join(' and ')
  const secondary = against.filter((w) => !facts.primary.includes(w))
  const caveatText =
    secondary.length > 0
      ? `${STACK_LABEL[stack.stack]} fits ${primaryText} work, with a caveat on its ${secondary.map(workloadLabel).join(' and ')} work.`
      : `${STACK_LABEL[stack.stack]} fits ${primaryText} work, with caveats.`
  const summaries: Record<VerdictKind, string> = {
    fits: `${STACK_LABEL[stack.stack]} fits ${primaryText} work.`,
    'fits-with-caveats': caveatText,
    mismatch: `${STACK_LABEL[stack.stack]} goes against the guidance for ${againstText} work.`,
    inconclusive: `The guidance does not settle ${STACK_LABEL[stack.stack]} for ${primaryText} work.`,
  }
  const rules = [...new Set([...reasons, ...notes].map((r) => r.rule))]
  return {
    verdict,
    summary: summaries[verdict],
    reasons,
    notes,
    rules,
    sources: [...new Set([...reasons, ...notes].flatMap((r) => r.sources))].sort(),
    mitigations: [...mitigations.covering.entries()].map(([id, evidence]) => ({ id, evidence })),
    wouldChange,
  }
}

/**
 * Work shown by little weight (a dependency or two and their imports: tldr's one NLP package for
 * its page search) is not enough to call the stack wrong for it: a false mismatch is what turns a
 * team against the check. It is a caveat instead. So is work that only names say, with no second
 * kind of evidence and no code of the component's own doing it (node-vibrant: the catalogue knows
 * the package as colour extraction, but its own folder only wires up the packages beside it that
 * decode and quantize). Code doing the work is enough on its own: a Flask view streaming events.
 */
export const MISMATCH_MIN_WEIGHT = 4

function shownWeakly(workload: Workload, facts: ComponentFacts, knowledge: Knowledge): boolean {
  const score = facts.workloads.find((w) => w.workload === workload)
  // What a package says of itself only corroborates: it does not make the work heavy
  // (@keyv/compress-gzip, "compress" and one call into pako). Nor does the shape of its code:
  // scrypt-js' unsigned shifts show a hash at work, not how much of it its users run.
  const shown = (score?.raw ?? 0) - (facts.inferred?.get(workload) ?? 0)
  if (shown < MISMATCH_MIN_WEIGHT) return true
  if (score?.confidence === 'high') return false
  return !knowledge.patterns.some(
    (p) =>
      !p.corroborates &&
      !p.inferred &&
      p.workloads[workload] !== undefined &&
      facts.patterns.has(p.id),
  )
}

function tentative<T extends Outcome & { workload: Workload }>(
  outcome: T,
  text = `Little of the component shows ${workloadLabel(outcome.workload)} work, so this is a caveat rather than a mismatch.`,
): T {
  if (outcome.verdict !== 'mismatch') return outcome
  return {
    ...outcome,
    verdict: 'fits-with-caveats',
    reasons: [...outcome.reasons, { rule: 'light-evidence', text, sources: [] }],
  }
}

function hostedText(host: string): string {
  return `It declares no dependency of its own and runs inside ${host === '' ? 'the root component' : host}, whose work the verdict follows, so this is a caveat rather than a mismatch.`
}

function sampleText(collection: string): string {
  return `It is one of the samples ${collection === '' ? 'this repository' : collection} writes in several languages, each in the language it shows, so this is a caveat rather than a mismatch.`
}

function otherStack(stack: string): 'node' | 'python' | undefined {
  return stack === 'node' ? 'python' : stack === 'python' ? 'node' : undefined
}

/** The stack a file of evidence belongs to: the ecosystem of its manifest, or its language. */
function stackOfFile(file: string): 'node' | 'python' | undefined {
  const manifest = manifestKindOf(file)
  if (manifest === 'package.json') return 'node'
  if (manifest && PYTHON_MANIFESTS.has(manifest)) return 'python'
  return coveredStackOfFile(file)
}
