// The whole analysis: file source in, Report out. The CLI and the Action both call this.
import type { Knowledge } from '../knowledge/load.js'
import { normalizePypiName } from '../knowledge/assemble.js'
import { knowledgeFor } from '../knowledge/runtime.js'
import {
  type ComponentReport,
  type Evidence,
  type Dependency,
  type Ecosystem,
  type Manifest,
  type Problem,
  type Report,
  type ScanLimits,
  type Signal,
  type SkipReason,
  type Stack,
  type StackDetection,
  type Workload,
  type WorkloadScore,
  VERDICTS,
} from '../model.js'
import { discoverFiles } from '../scan/discovery.js'
import { basenameOf, dirnameOf, type FileSource, joinRepoPath } from '../scan/file-source.js'
import { manifestKindOf, parseManifest } from '../scan/manifests/index.js'
import {
  readRequirementsTree,
  scopeOptionalRequirementFiles,
} from '../scan/manifests/requirements.js'
import {
  MIN_PRIMARY_WEIGHT,
  apiLayerFirst,
  classify,
  pagesFirst,
  scoreAgainst,
  serverFirst,
} from './classify.js'
import {
  type ComponentDraft,
  buildComponents,
  COLLECTION_PROJECTS,
  isAuxiliaryFileOf,
  isCourseRoot,
  isDocsGenerator,
  isDocsSitePackage,
  isDocsSite,
  isProjectManifest,
  isServedAsset,
  isToolingOnly,
  nearest,
  PYTHON_MANIFESTS,
  supportingRole,
} from './components.js'
import {
  CodeFacts,
  computesInInterpreter,
  containerSignals,
  platformSignals,
  dependencySignals,
  isAuxiliaryPath,
  isNeutral,
  lookupDependency,
  OWN_PACKAGE_TOP,
  ownCatalogueEntry,
  ownCompiledPackage,
  ownPackageSignals,
  summarySignals,
} from './signals.js'
import { type NativeCode, nativeCodeOf, nativeEvidence, nativeSignals } from './native.js'
import { coveredStackOfLanguage, fileKindOf, type SourceLanguage } from './languages.js'
import {
  type ReadText,
  SOURCE_READ_BYTES,
  type ScanJob,
  type ScanOutcome,
  type Unread,
  readText,
  scanFile,
  scanScratch,
} from './scan-file.js'
import { MIN_FILES_FOR_WORKERS, type ScanWorkers } from './scan-workers.js'
import { type KnownPackage, detectStack, languageTwins, manyStackCollection } from './stack.js'
import { type ComponentFacts, judgeComponent, overallVerdict, STACK_LABEL } from './verdict.js'
import { VERSION } from '../version.js'

export const DEFAULT_LIMITS: ScanLimits = {
  maxFiles: 500_000,
  maxBytes: 2 * 1024 ** 3,
  maxFileSize: 1024 * 1024,
  timeoutMs: 5 * 60_000,
}

const READ_CONCURRENCY = 32
const MAX_SKIPPED_LISTED = 500

/** A component the user declares or re-labels through the config file. */
export interface ComponentOverride {
  /** Repository-relative directory. */
  path: string
  name?: string
  /** Forces the stack instead of detecting it. */
  stack?: StackDetection['stack']
  /** Overrides whether the component is a supporting package (tests, examples, docs). */
  supporting?: boolean
}

export interface AcceptedDecision {
  /** Component path ('' or '.' for the root) or name. */
  component: string
  reason: string
}

export interface AnalyzeOptions {
  limits?: Partial<ScanLimits>
  /** Extra globs to skip, relative to the root (the `ignore` input and config). */
  ignore?: string[]
  overrides?: ComponentOverride[]
  /** Organisation guidance, same shape as knowledge/guidance.json; validated and merged over the base. */
  extraGuidance?: unknown
  accepted?: AcceptedDecision[]
  /** Shown as Report.root; defaults to the source's description. */
  rootLabel?: string
  /** Name for a root component without a declared name. */
  repositoryName?: string
  /** Supplies the clock; tests pin it. */
  now?: () => number
  /** Worker threads for reading source files, when the source is a local directory. */
  workers?: ScanWorkers
}

interface ReadBudget {
  bytes: number
  exhausted?: 'maxBytes' | 'timeoutMs'
}

export async function analyzeRepository(
  source: FileSource,
  options: AnalyzeOptions = {},
): Promise<Report> {
  const now = options.now ?? Date.now
  const started = now()
  const limits: ScanLimits = { ...DEFAULT_LIMITS, ...options.limits }
  const deadline = started + limits.timeoutMs
  const knowledge = await knowledgeFor(options.extraGuidance)

  const discovery = await discoverFiles(source, {
    maxFiles: limits.maxFiles,
    deadline,
    now,
    ignore: options.ignore,
  })
  const filesFound = discovery.files.length
  const problems: Problem[] = discovery.problems
  const skipped = discovery.skipped
  const budget: ReadBudget = { bytes: 0 }
  const readText = async (path: string): Promise<string | undefined> => {
    const read = await readBounded(source, path, limits.maxFileSize, budget, limits, deadline, now)
    if (read.kind === 'text') return read.text
    if (read.kind !== 'limit') recordUnread(path, read, skipped, problems)
    return undefined
  }

  const manifests = await readManifests(discovery.files, readText, problems)
  const drafts = buildComponents(
    discovery.files,
    manifests,
    options.overrides,
    options.repositoryName ?? (basenameOf(source.description) || 'repository'),
  )
  for (const draft of drafts) {
    for (const v of draft.vendored ?? []) {
      const listed = v.packages.slice(0, 5).join(', ') + (v.packages.length > 5 ? ', …' : '')
      skipped.push({
        path: v.path,
        reason: 'vendored',
        detail: `copies of ${v.packages.length} of its dependencies (${listed})`,
        directory: true,
      })
    }
  }
  // Folders with an index.html: a bundler that starts from that page builds a browser app there.
  const pageDirs = new Set<string>()
  // Folders with a cdk.json: the AWS CDK synthesizes infrastructure from the app it names there.
  const cdkApps = new Set<string>()
  for (const path of discovery.files) {
    if (path === 'index.html' || path.endsWith('/index.html')) pageDirs.add(dirnameOf(path))
    else if (path === CDK_CONFIG || path.endsWith(`/${CDK_CONFIG}`)) cdkApps.add(dirnameOf(path))
  }
  // At 200,000 files the paths are most of what the analysis holds. Judging needs only the stack
  // and a count from each component's list, so take those now; the scan then lets each list go
  // once its files are read.
  discovery.files.length = 0
  const knownPackage: KnownPackage = (m) => {
    const known = ownCatalogueEntry(m, knowledge)
    return known !== undefined && !isNeutral(known)
  }
  const profiles = new Map<ComponentDraft, Profile>(
    drafts.map((d) => [
      d,
      {
        stack: detectStack(d, knownPackage),
        fileCount: d.files.length,
        small: smallComponent(d),
        native: nativeCodeOf(d),
        docsSite: isDocsSite(d),
        page: pageDirs.has(d.path),
        cdkApp: cdkApps.has(d.path),
        // Only a component with no project file weighs them (scriptedPageSignals): a package's
        // pages are its bundler's (pageEntrySignals), a Python project's its templates and assets.
        // A package.json of build tools alone bundles nothing into them (clumsy-bird's Grunt
        // concatenates the scripts its index.html loads).
        ownPages: d.manifests.some((m) => isProjectManifest(m) && !isToolingOnly(m))
          ? undefined
          : ownPagesOf(d, pageDirs, drafts),
      },
    ]),
  )
  markManyStackCollections(drafts, profiles)
  const lists = drafts.map((d) => d.files)
  for (const draft of drafts) draft.files = []
  const facts = await scanComponentFiles(
    drafts,
    lists,
    source,
    knowledge,
    limits,
    budget,
    deadline,
    now,
    problems,
    skipped,
    options.workers,
  )
  // Parallel reads settle in any order; sort so the report does not depend on it.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const components = judgeAll(drafts, profiles, facts, knowledge, options.accepted ?? [])

  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Report['counts']
  for (const c of components) if (!c.supporting) counts[c.verdict.verdict]++
  const overall = overallVerdict(components)
  const skippedByReason: Partial<Record<SkipReason, number>> = {}
  for (const s of skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1

  const partial =
    discovery.partial ??
    (budget.exhausted === 'maxBytes'
      ? {
          reason: `stopped reading after ${limits.maxBytes} bytes (the byte limit)`,
          limit: 'maxBytes' as const,
        }
      : budget.exhausted === 'timeoutMs'
        ? {
            reason: `stopped after ${limits.timeoutMs} ms (the time limit)`,
            limit: 'timeoutMs' as const,
          }
        : undefined)

  return {
    tool: { name: 'stack-fit', version: VERSION },
    root: options.rootLabel ?? source.description,
    components,
    overall,
    counts,
    problems,
    stats: {
      filesScanned: filesFound,
      bytesRead: budget.bytes,
      manifestsParsed: manifests.length,
      skippedByReason,
      skipped: skipped.slice(0, MAX_SKIPPED_LISTED),
      skippedTruncated: Math.max(0, skipped.length - MAX_SKIPPED_LISTED),
      durationMs: now() - started,
    },
    ...(partial ? { partial } : {}),
  }
}

/** Takes up to `wanted` bytes of the read budget, or marks the budget exhausted and returns undefined. */
function reserve(
  budget: ReadBudget,
  wanted: number,
  limits: ScanLimits,
  deadline: number,
  now: () => number,
): number | undefined {
  if (budget.exhausted) return undefined
  if (now() > deadline) {
    budget.exhausted = 'timeoutMs'
    return undefined
  }
  const allowance = Math.min(wanted, limits.maxBytes - budget.bytes)
  if (allowance <= 0) {
    budget.exhausted = 'maxBytes'
    return undefined
  }
  budget.bytes += allowance
  return allowance
}

async function readBounded(
  source: FileSource,
  path: string,
  maxBytes: number,
  budget: ReadBudget,
  limits: ScanLimits,
  deadline: number,
  now: () => number,
): Promise<ReadText | { kind: 'limit' }> {
  // Reserve the allowance before awaiting, so concurrent reads cannot overrun the budget together.
  const allowance = reserve(budget, maxBytes, limits, deadline, now)
  if (allowance === undefined) return { kind: 'limit' }
  const read = await readText(source, path, allowance, { maxSize: limits.maxFileSize })
  release(budget, allowance, read)
  return read
}

/** Gives back the part of a reserved allowance the read did not use. */
function release(budget: ReadBudget, allowance: number, read: ReadText | ScanOutcome): void {
  budget.bytes -= allowance - ('bytes' in read ? read.bytes : 0)
}

/** A file that gave no text: a skip (binary, too large) or a problem (could not be read). */
function recordUnread(
  path: string,
  unread: Unread,
  skipped: Report['stats']['skipped'],
  problems: Problem[],
): void {
  if (unread.kind === 'error') problems.push({ file: path, message: unread.message })
  else if (unread.kind === 'too-large')
    skipped.push({ path, reason: 'too-large', detail: unread.detail })
  else skipped.push({ path, reason: 'binary' })
}

async function readManifests(
  paths: readonly string[],
  readText: (path: string) => Promise<string | undefined>,
  problems: Problem[],
): Promise<Manifest[]> {
  const manifests: Manifest[] = []
  const seen = new Set<string>()
  const candidates = paths.filter((p) => manifestKindOf(p) !== undefined)
  await forEachBounded(candidates, READ_CONCURRENCY, async (path) => {
    const kind = manifestKindOf(path)!
    if (kind === 'requirements.txt') {
      // Includes are followed inside the repository only, each file once.
      const tree = await readRequirementsTree(path, readText)
      for (const m of tree.manifests) {
        if (seen.has(m.file)) continue
        seen.add(m.file)
        manifests.push(m)
      }
      problems.push(...tree.problems)
      return
    }
    const text = await readText(path)
    if (text === undefined) return
    const result = await parseManifest(path, kind, text)
    problems.push(...result.problems)
    if (result.manifest && !seen.has(path)) {
      seen.add(path)
      manifests.push(result.manifest)
    }
  })
  manifests.sort((a, b) => (a.file < b.file ? -1 : 1))
  return dedupeProblems(problems, scopeOptionalRequirementFiles(manifests))
}

/** Requirement trees overlap; report each problem once. */
function dedupeProblems(problems: Problem[], manifests: Manifest[]): Manifest[] {
  const seen = new Set<string>()
  let write = 0
  for (const p of problems) {
    const key = `${p.file}:${p.line ?? ''}:${p.message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems[write++] = p
  }
  problems.length = write
  return manifests
}

interface ScanItem {
  draft: ComponentDraft
  path: string
  language: SourceLanguage
  notebook: boolean
}

/**
 * The files to scan, one at a time (a list of them all would cost a record per file). `lists[i]`
 * holds the paths of `drafts[i]`; each list is emptied as the scan moves past it, so its paths can
 * be collected while the rest is read.
 */
function* scanItems(drafts: readonly ComponentDraft[], lists: string[][]): Generator<ScanItem> {
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!
    const paths = lists[i]!
    lists[i] = []
    for (const path of paths) {
      const kind = fileKindOf(path)
      if (kind?.scan) yield { draft, path, language: kind.scan, notebook: !!kind.notebook }
    }
  }
}

function scannableCount(lists: readonly string[][], atLeast: number): number {
  let count = 0
  for (const paths of lists) {
    for (const path of paths) if (fileKindOf(path)?.scan && ++count >= atLeast) return count
  }
  return count
}

async function scanComponentFiles(
  drafts: readonly ComponentDraft[],
  lists: string[][],
  source: FileSource,
  knowledge: Knowledge,
  limits: ScanLimits,
  budget: ReadBudget,
  deadline: number,
  now: () => number,
  problems: Problem[],
  skipped: Report['stats']['skipped'],
  workers: ScanWorkers | undefined,
): Promise<Map<ComponentDraft, CodeFacts>> {
  const result = new Map<ComponentDraft, CodeFacts>()
  for (const draft of drafts) result.set(draft, new CodeFacts(knowledge))

  /** Reserves the item's read allowance before it is read, so parallel reads cannot overrun the budget. */
  const prepare = (item: ScanItem): ScanJob | undefined => {
    // Notebooks embed outputs; read them whole (within the file cap) to reach every code cell.
    const cap = item.notebook ? limits.maxFileSize : Math.min(SOURCE_READ_BYTES, limits.maxFileSize)
    const allowance = reserve(budget, cap, limits, deadline, now)
    if (allowance === undefined) return undefined
    return {
      path: item.path,
      language: item.language,
      notebook: item.notebook,
      cap: allowance,
      maxSize: limits.maxFileSize,
    }
  }
  const settle = (item: ScanItem, job: ScanJob, outcome: ScanOutcome): void => {
    release(budget, job.cap, outcome)
    if (outcome.kind !== 'facts') recordUnread(item.path, outcome, skipped, problems)
    else {
      if (outcome.problem) problems.push({ file: item.path, message: outcome.problem })
      result.get(item.draft)!.add({
        path: item.path,
        language: item.language,
        notebook: item.notebook,
        test:
          isAuxiliaryFileOf(item.draft, item.path) ||
          isServedAsset(item.draft, item.path, item.language),
        imports: outcome.imports,
        patterns: outcome.patterns,
      })
    }
  }
  const scratch = scanScratch()
  // The main thread's lane beside the workers scans one file at a time, so one buffer serves.
  const scanHere = (job: ScanJob) => scanFile(source, job, knowledge, scratch)

  const minFiles = workers?.minFiles ?? MIN_FILES_FOR_WORKERS
  const parallel =
    workers &&
    workers.count > 0 &&
    source.localRoot !== undefined &&
    scannableCount(lists, minFiles) >= minFiles
  if (parallel) {
    // worker_threads and the pool load only for a scan this large.
    const { scanInWorkers } = await import('./scan-pool.js')
    await scanInWorkers({
      workers,
      root: source.localRoot,
      items: scanItems(drafts, lists),
      knowledge,
      prepare,
      settle,
      scanHere,
    })
  } else {
    let stopped = false
    // Each lane reads one file at a time, so each lane owns one read buffer.
    const scratches: Uint8Array[] = []
    await forEachBounded(scanItems(drafts, lists), READ_CONCURRENCY, async (item, lane) => {
      if (stopped) return
      const job = prepare(item)
      if (!job) {
        stopped = true
        return
      }
      settle(item, job, await scanFile(source, job, knowledge, (scratches[lane] ??= scanScratch())))
    })
  }
  return result
}

interface Profile {
  stack: StackDetection
  fileCount: number
  /** At most SMALL_COMPONENT_FILES files of its own code: one job, a dependency or two. */
  small: boolean
  native: NativeCode
  /** A documentation site built with a Python generator (`isDocsSite`): its helpers are no workload. */
  docsSite: boolean
  /** An index.html in the component's own folder. */
  page: boolean
  /** A cdk.json in the component's own folder (cdkAppSignals). */
  cdkApp: boolean
  /** Its own folders with an index.html, when it has no project file and some (ownPagesOf). */
  ownPages?: OwnPages
}

// A library's command-line wrapper (js-yaml's, semver's bin script) is a way to call its functions,
// not its work: it weighs like code beside the product.
const CLI_PATTERNS: readonly string[] = ['js-shebang']
// In code that serves requests, a wait of minutes between runs is a background task of the server
// (lbry's blob announcer, electrumx's peer discovery), not a job the component is for.
const SERVER_TASK_PATTERNS: readonly string[] = ['py-periodic-wait']

const RENDERS_PAGES = ['py-render-template', 'js-server-templates']
/** Pages rendered on the server by a JavaScript framework, or their data loaders. */
const SERVER_PAGES = 'js-server-side-props'
// Code that answers requests: a server set-up, routes, handlers, pages rendered on the server.
const SERVES = [
  'js-http-listen',
  'js-route-handler',
  'js-lambda-handler',
  'js-edge-worker',
  'js-mcp-server',
  'js-nest-route',
  'js-nest-gateway',
  'js-graphql-server',
  'js-ws-server',
  'js-socket-connection',
  'js-server-sent-events',
  'js-server-templates',
  'js-server-side-props',
  'js-nitro-server',
  'py-route-decorator',
  'py-stdlib-http-server',
  'py-wsgi-app',
  'py-socket-server',
  'py-lambda-handler',
  'py-mcp-server',
  'py-websocket-route',
  'py-websocket-handler',
  'py-socketio-event',
  'py-server-sent-events',
  'py-render-template',
]
const MIN_PAGE_FILES = 3

/**
 * Whether the component's own code serves requests. Not a standard-library server that answers
 * one request and stops, when nothing else serves (spotipy's sign-in: a local HTTPServer catching
 * the OAuth redirect with handle_request()): that is how a client library logs in.
 */
function servesRequests(code: CodeFacts): boolean {
  const serving = SERVES.filter((id) => code.ownPattern(id))
  if (serving.length === 0) return false
  const oneRequest =
    code.ownPattern('py-one-request-server') &&
    serving.every((id) => id === 'py-stdlib-http-server')
  return !oneRequest
}

// A desktop app's window is its product: lossless-cut's remote-control HTTP API in Electron's main
// process does not make it a server.
const DESKTOP_SHELLS = new Set(['electron', '@tauri-apps/api', 'nw'])

function isDesktopApp(manifests: readonly Manifest[]): boolean {
  return (
    dependencyMatch(
      manifests,
      (d, m) => m.kind === 'package.json' && DESKTOP_SHELLS.has(d.name),
    ) !== undefined
  )
}

// A published package that serves nothing and needs an HTTP client at run time is an API client
// (an SDK): its work is the requests it sends. Not a command-line tool that sends requests
// (httpie): its interface says what it is.
const CLI_ENTRIES = ['py-cli', 'js-shebang']
const HTTP_CLIENTS = new Set([
  'requests',
  'httpx',
  'aiohttp',
  'urllib3',
  'axios',
  'node-fetch',
  'got',
  'undici',
  'ky',
  'superagent',
  'cross-fetch',
])

const SERVER_FRAMEWORK_CLASSES: readonly Workload[] = ['io-api', 'server-web', 'realtime']
const SERVER_FRAMEWORK_WEIGHT = 2

function httpClientLibrarySignals(manifests: readonly Manifest[], knowledge: Knowledge): Signal[] {
  const runtime = manifests.flatMap((m) => m.dependencies.filter((d) => d.scope === 'runtime'))
  const client = runtime.find((d) => HTTP_CLIENTS.has(d.name.toLowerCase()))
  const named = client && manifests.find((m) => m.name && m.dependencies.includes(client))
  if (!client || !named) return []
  // Not an application built on a server framework that happens to serve nothing yet (errbot's
  // Flask web hooks), nor a desktop app: the framework or the window says what it is.
  const framework = runtime.some((d) => {
    const w = lookupDependency(knowledge, d)?.workloads ?? {}
    return SERVER_FRAMEWORK_CLASSES.some((c) => (w[c] ?? 0) >= SERVER_FRAMEWORK_WEIGHT)
  })
  // Nor a site its pages are built for (writethedocs' Sphinx project pins urllib3 for its builds).
  if (framework || isDesktopApp(manifests) || runtime.some(isDocsGenerator)) return []
  return [
    {
      workload: 'io-api',
      weight: 2,
      kind: 'dependency',
      evidence: {
        file: named.file,
        line: client.line,
        detail: `a package that sends requests through ${client.name} and serves none`,
      },
    },
  ]
}

/**
 * A package that declares a command-line program (package.json `bin`, Python console scripts),
 * serves nothing and is not a library whose command wraps its functions is a command-line tool
 * (tldr's client, whose bin script has no extension to be read by; buku's one-module CLI).
 */
function commandSignals(manifests: readonly Manifest[], serves: boolean): Signal[] {
  if (serves || libraryCli(manifests)) return []
  const m = manifests.find((x) => x.command)
  if (!m) return []
  // A command that starts the package's server (electrumx_server, pypi-server, weewxd) launches a
  // service, and the others beside it administer that service (electrumx_rpc): no command-line
  // tool.
  if (m.command?.names?.some((n) => startsServer(n, m.name))) return []
  const declared = m.kind === 'package.json' ? 'bin' : 'console scripts'
  return [
    toolingSignal({
      file: m.file,
      line: m.command?.line,
      detail: `declares a command-line program (${declared})`,
    }),
  ]
}

/** A command named for starting a server or daemon: `*-server`, `serve`, or the package's name and `d`. */
function startsServer(command: string, packageName: string | undefined): boolean {
  return (
    SERVER_COMMAND.test(command) ||
    (packageName !== undefined && command.toLowerCase() === `${packageName.toLowerCase()}d`)
  )
}
const SERVER_COMMAND = /(?:^|[-_.])(?:server|serve|daemon)$/i

/**
 * A component that is a folder of tests run by a test runner or a browser driver (SigNoz's tests/
 * on pytest and testcontainers, its tests/e2e on Playwright, nginx-proxy-manager's test/ on
 * Cypress) is test automation: the services its code calls are the system under test.
 */
function testSuiteSignals(path: string, manifests: readonly Manifest[]): Signal[] {
  if (!TEST_SUITE_DIR.test(basenameOf(path))) return []
  const found = dependencyMatch(manifests, (d) => TEST_RUNNERS.has(d.name.toLowerCase()))
  if (!found) return []
  const { manifest, dependency: runner } = found
  return [
    packageSignal('automation', TEST_SUITE_WEIGHT, {
      file: manifest.file,
      line: runner.line,
      detail: `a test suite run by ${runner.name}`,
    }),
  ]
}
const TEST_SUITE_DIR =
  /^(?:tests?|e2e|e2e[-_]tests?|ui[-_]tests?|integration[-_]tests?|acceptance[-_]tests?|cypress|playwright)$/i
const TEST_RUNNERS = new Set([
  'pytest',
  'selenium',
  'playwright',
  'pytest-playwright',
  '@playwright/test',
  'cypress',
  'mocha',
  'jest',
  'vitest',
  '@jupyterlab/galata',
  'puppeteer',
  'webdriverio',
  '@wdio/cli',
  'nightwatch',
  'testcafe',
  'behave',
  'robotframework',
])
export const TEST_SUITE_WEIGHT = 4

/** What a package says it is for developers (a command, an editor extension): automation. */
function toolingSignal(evidence: Signal['evidence']): Signal {
  return packageSignal('automation', COMMAND_WEIGHT, evidence)
}

/** A signal read from what the package declares of itself, not from a dependency or its code. */
function packageSignal(workload: Workload, weight: number, evidence: Signal['evidence']): Signal {
  return { workload, weight, kind: 'package', evidence }
}
const COMMAND_WEIGHT = 2

/**
 * A served app that bundles everything it runs (flood: `start` runs the bundle, every package is a
 * devDependency) declares its runtime packages for development: they are what it runs.
 */
function bundlesItsRuntime(m: Manifest): boolean {
  return (
    m.kind === 'package.json' &&
    !m.libraryEntry &&
    (m.scripts?.start !== undefined || m.command !== undefined) &&
    !m.dependencies.some((d) => d.scope === 'runtime')
  )
}

/**
 * Collection roots whose projects run on Node.js, Python and other stacks alike take no stack of
 * their own (see manyStackCollection). A folder of loose samples with no manifest of its own is such
 * a root too (dapr's quickstarts: only the Dockerfiles of samples below it), and is marked one.
 */
function markManyStackCollections(
  drafts: readonly ComponentDraft[],
  profiles: ReadonlyMap<ComponentDraft, Profile>,
): void {
  const projects = drafts.map((d) => ({ path: d.path, stack: profiles.get(d)!.stack.stack }))
  const paths = projects.map((p) => p.path)
  for (const d of drafts) {
    const bare =
      d.otherManifests.length === 0 &&
      d.manifests.every((m) => m.kind === 'Dockerfile' && dirnameOf(m.file) !== d.path)
    if (!d.collectionRoot && !bare) continue
    const profile = profiles.get(d)!
    const many = manyStackCollection(profile.stack, d.path, projects, d.bare)
    if (!many) continue
    profile.stack = many
    d.collectionRoot = true
    d.manyStacks = true
    if (!languageTwins(d.path, paths)) continue
    const prefix = d.path === '' ? '' : `${d.path}/`
    for (const sample of drafts)
      if (sample !== d && sample.path.startsWith(prefix)) sample.sampleOf = d.path
  }
}

/** A component with at most this many files of its own code (tests, examples, tools aside) is small. */
export const SMALL_COMPONENT_FILES = 10

function smallComponent(draft: ComponentDraft): boolean {
  let own = 0
  for (const f of draft.files) {
    if (isAuxiliaryFileOf(draft, f)) continue
    if (++own > SMALL_COMPONENT_FILES) return false
  }
  return own > 0
}

/**
 * A library (package.json `main`, `module` or `exports`) that nothing starts as an app: no `start`
 * script, or one that only serves a demo with a development server (nanoid's `vite test/demo/`).
 * Its command-line wrapper is a way to call its functions.
 */
function libraryCli(manifests: readonly Manifest[]): boolean {
  return manifests.some(
    (m) =>
      m.kind === 'package.json' &&
      m.libraryEntry &&
      (m.scripts?.start === undefined || DEV_SERVER.test(m.scripts.start)),
  )
}
/**
 * A package.json whose start script runs its own code with Node.js (`node ./lib/app.js`, `node
 * server`, `node dist`): the component is a server process, so the front end it builds can only be
 * pages that server serves (matrix-appservice-slack's provisioning widget beside its bridge,
 * web-check's React UI beside the Express API that runs its checks).
 */
function startsOwnServer(manifests: readonly Manifest[]): boolean {
  return (
    scriptMatch(manifests, 'start', OWN_NODE_PROCESS) !== undefined ||
    scriptMatch(manifests, 'start', BACKEND_FRAMEWORK_START) !== undefined
  )
}
/**
 * A backend framework's own command starting the project's server (`medusa start`: medusa's B2B
 * starter, whose admin widgets are React; `nest start`, `strapi start`, `sails lift`).
 */
const BACKEND_FRAMEWORK_START = /^(?:medusa|strapi|nest|keystone|sails)\s+(?:start|lift)\b/

/** The first dependency, in manifest order, that `test` accepts, with the manifest declaring it. */
function dependencyMatch(
  manifests: readonly Manifest[],
  test: (d: Dependency, m: Manifest) => boolean,
): { manifest: Manifest; dependency: Dependency } | undefined {
  for (const manifest of manifests) {
    const dependency = manifest.dependencies.find((d) => test(d, manifest))
    if (dependency) return { manifest, dependency }
  }
  return undefined
}

/** The first package.json whose `script` matches `pattern`, with the match. */
function scriptMatch(
  manifests: readonly Manifest[],
  script: 'start' | 'build',
  pattern: RegExp,
): { manifest: Manifest; match: RegExpExecArray } | undefined {
  for (const manifest of manifests) {
    const match = manifest.kind === 'package.json' && pattern.exec(manifest.scripts?.[script] ?? '')
    if (match) return { manifest, match }
  }
  return undefined
}
// An environment set first (`cross-env NODE_ENV=production node server/index.js`, Lunalytics;
// `NODE_ENV=production node app.js`) still starts the package's own process, and so do TypeScript
// and Bun runners given a file of the package (`tsx src/server.ts`, `bun run src/index.ts`): its
// own file, not a tool installed in node_modules/.
const NOT_INSTALLED = String.raw`(?!(?:\.\/)?node_modules\/)`
const OWN_NODE_PROCESS = new RegExp(
  String.raw`^(?:(?:cross-env\s+)?(?:[A-Z_][A-Z\d_]*=\S*\s+)+)?` +
    String.raw`(?:node\s+(?:--[\w-]+(?:=\S+)?\s+)*${NOT_INSTALLED}[\w./-]+` +
    String.raw`|(?:tsx|ts-node|bun(?:\s+run)?)\s+(?:--?[\w-]+(?:=\S+)?\s+)*` +
    String.raw`${NOT_INSTALLED}[\w.-]*(?:\/[\w./-]*|\.[cm]?[jt]sx?))(?:\s|$)`,
)

/**
 * Vite and Parcel start from the index.html beside the package.json: with one there, the package
 * builds a browser app from it (spotify/web-api-examples' get_user_profile, a page of TypeScript
 * with nothing but Vite installed), however few UI packages it lists.
 */
function pageEntrySignals(manifests: readonly Manifest[]): Signal[] {
  const found = dependencyMatch(
    manifests,
    (d, m) => m.kind === 'package.json' && PAGE_BUNDLERS.has(d.name),
  )
  if (!found) return []
  const dir = dirnameOf(found.manifest.file)
  const file = joinRepoPath(dir, 'index.html')
  return [
    {
      workload: 'spa-frontend',
      weight: PAGE_ENTRY_WEIGHT,
      kind: 'code-pattern',
      evidence: { file, detail: `page ${found.dependency.name} builds into a browser app` },
    },
  ]
}
/**
 * A package that ships one file for browsers (package.json `browser`: paged.js' dist/paged.js,
 * swetrix's tracker) runs in the page. That backs what its DOM code shows; alone it is no workload.
 */
function browserBuildSignals(manifests: readonly Manifest[]): Signal[] {
  const m = manifests.find((x) => x.kind === 'package.json' && x.browserBuild)
  if (!m) return []
  return [
    {
      ...packageSignal('spa-frontend', BROWSER_BUILD_WEIGHT, {
        file: m.file,
        line: m.browserBuild?.line,
        detail: 'ships a build for browsers (package.json "browser")',
      }),
      corroborates: true,
    },
  ]
}
const BROWSER_BUILD_WEIGHT = 1

const CDK_CONFIG = 'cdk.json'
const CDK_APP_WEIGHT = 2.5

/**
 * An AWS CDK app (a cdk.json naming the program `cdk synth` runs): infrastructure as code, whatever
 * its package.json installs for the functions it deploys (serverless-image-handler's constructs
 * package lists sharp, which its image Lambda uses).
 */
function cdkAppSignals(path: string): Signal[] {
  return [
    {
      workload: 'automation',
      weight: CDK_APP_WEIGHT,
      kind: 'code-pattern',
      evidence: {
        file: joinRepoPath(path, CDK_CONFIG),
        detail: 'an AWS CDK app: infrastructure as code',
      },
    },
  ]
}

const PAGE_BUNDLERS = new Set(['vite', 'parcel', 'parcel-bundler'])
export const PAGE_ENTRY_WEIGHT = 1

/** How many folders with an index.html a component has, and the first of them. */
interface OwnPages {
  count: number
  first: string
}

/**
 * A component's own folders with an index.html: no component nested in it claims them, and they
 * are no tests, docs or examples of it. Undefined when it has none.
 */
function ownPagesOf(
  draft: ComponentDraft,
  pageDirs: ReadonlySet<string>,
  drafts: readonly ComponentDraft[],
): OwnPages | undefined {
  const prefix = draft.path === '' ? '' : `${draft.path}/`
  const nested = drafts.filter((d) => d !== draft && d.path.startsWith(prefix))
  let count = 0
  let first: string | undefined
  for (const dir of pageDirs) {
    if (dir !== draft.path && !dir.startsWith(prefix)) continue
    if (nested.some((d) => dir === d.path || dir.startsWith(`${d.path}/`))) continue
    if (isAuxiliaryPath(joinRepoPath(dir, 'index.html'), draft.path)) continue
    count++
    if (first === undefined || dir < first) first = dir
  }
  return first === undefined ? undefined : { count, first }
}

const DOM_PATTERN = 'js-dom-api'
const SCRIPTED_PAGE_WEIGHT = 1
const SCRIPTED_PAGES_MAX = 2

/**
 * Web pages written with no build at all, their scripts working the DOM (bradtraversy's
 * vanillawebprojects: twenty folders of index.html, script.js and style.css, no manifest): a browser
 * front end without a framework. The pages are counted only for a component with no project file.
 */
function scriptedPageSignals(pages: OwnPages | undefined, domCode: boolean): Signal[] {
  if (!pages || !domCode) return []
  return [
    {
      workload: 'spa-frontend',
      weight: Math.min(SCRIPTED_PAGE_WEIGHT + 0.25 * (pages.count - 1), SCRIPTED_PAGES_MAX),
      kind: 'code-pattern',
      evidence: {
        file: joinRepoPath(pages.first, 'index.html'),
        detail:
          pages.count > 1
            ? `${pages.count} web pages with their own scripts`
            : 'a web page with its own script',
      },
    },
  ]
}

/**
 * A package whose build runs a static-site generator (`vitepress build`, `docusaurus build`) is
 * the site it builds: pages a browser loads (starship's docs/, a VitePress site that installs
 * VitePress and nothing else). A library that builds its docs from another script stays a library.
 */
function staticSiteSignals(manifests: readonly Manifest[]): Signal[] {
  const site = scriptMatch(manifests, 'build', SITE_BUILD)
  if (!site) return []
  return [
    packageSignal('spa-frontend', FRONT_END_PACKAGE_WEIGHT, {
      file: site.manifest.file,
      detail: `builds a static site with ${site.match[1]}`,
    }),
  ]
}
const SITE_BUILD = /^(?:npx\s+)?(vitepress|vuepress|docusaurus|astro|hexo)\s+(?:build|generate)\b/

/**
 * A package whose start script opens it in Electron (`electron .`) is a desktop app, and the
 * windows it opens are web pages: a browser front end, whatever it draws them with (stretchly's
 * plain HTML and scripts, with no UI framework to name).
 */
function desktopWindowSignals(manifests: readonly Manifest[]): Signal[] {
  const app = scriptMatch(manifests, 'start', ELECTRON_START)
  if (!app) return []
  return [
    packageSignal('spa-frontend', FRONT_END_PACKAGE_WEIGHT, {
      file: app.manifest.file,
      detail: 'a desktop app whose windows are web pages (Electron)',
    }),
  ]
}
const ELECTRON_START =
  /^(?:npx\s+)?(?:electron\s+\.|electron-forge\s+start|electron-vite\s+preview)(?:\s|$)/

/** The catalogue names of the packages a component's manifests declare it to be. */
function ownNames(manifests: readonly Manifest[], knowledge: Knowledge): Set<string> {
  const names = new Set<string>()
  for (const m of manifests) {
    const known = ownCatalogueEntry(m, knowledge)
    if (known) names.add(known.name)
  }
  return names
}

/**
 * Remix and React Router's framework mode run a route's loader on the server before its page
 * renders, so an app of many such pages is server-rendered (pagesFirst). A Next.js app whose server
 * components fetch their data stays a front end: the labels read such apps as front ends nine times
 * in ten (midday's dashboard, SurfSense's web app), unless it declares a database client
 * (queriesDatabaseInSite).
 */
function loadsOnServer(manifests: readonly Manifest[]): boolean {
  return dependencyMatch(manifests, (d) => LOADER_FRAMEWORK.test(d.name)) !== undefined
}
const LOADER_FRAMEWORK = /^@(?:remix-run|react-router)\//

/**
 * A full-stack framework's app (Next.js, Nuxt, SvelteKit) that declares a database client or ORM
 * for running: no browser loads one, so its pages and routes run on its server (spliit's Prisma,
 * pages-cms' Drizzle, cusdis' Prisma under Next.js). A package of the repository that declares one
 * counts as one (typehero's apps query Prisma through @repo/db): `databasePackages`.
 */
function queriesDatabaseInSite(
  manifests: readonly Manifest[],
  knowledge: Knowledge,
  databasePackages: ReadonlySet<string>,
): boolean {
  const declares = (test: (d: Dependency) => boolean) =>
    dependencyMatch(
      manifests,
      (d, m) => m.kind === 'package.json' && d.scope === 'runtime' && test(d),
    ) !== undefined
  return (
    declares((d) => lookupDependency(knowledge, d)?.role === 'site-framework') &&
    declares((d) => DATABASE_CLIENTS.has(d.name) || databasePackages.has(d.name))
  )
}

/**
 * The component a Node.js package runs inside (ComponentFacts.hostedBy): its package.json declares
 * no dependency, workspace or command of its own, and its code imports a package the nearest
 * component above it declares for running (Volumio's appearance plug-in calls jimp, which the
 * player's root package.json installs).
 */
function hostOf(
  draft: ComponentDraft,
  byPath: ReadonlyMap<string, ComponentDraft>,
  imports: ReadonlyMap<string, Evidence>,
): string | undefined {
  if (draft.path === '' || imports.size === 0) return undefined
  const own = draft.manifests.filter((m) => m.kind === 'package.json')
  const bare = (m: Manifest) =>
    m.dependencies.length === 0 && !m.command && (m.workspaces?.length ?? 0) === 0
  if (own.length === 0 || !own.every(bare)) return undefined
  const host = nearest(byPath, dirnameOf(draft.path))
  const installs = new Set(
    host?.manifests.flatMap((m) =>
      m.kind === 'package.json'
        ? m.dependencies.filter((d) => d.scope === 'runtime').map((d) => d.name)
        : [],
    ),
  )
  return host && [...imports.keys()].some((name) => installs.has(name)) ? host.path : undefined
}

/** The npm packages of this repository that declare a database client for running. */
function databasePackagesOf(drafts: readonly ComponentDraft[]): Set<string> {
  const names = new Set<string>()
  for (const draft of drafts)
    for (const m of draft.manifests) {
      if (m.kind !== 'package.json' || m.name === undefined) continue
      if (m.dependencies.some((d) => d.scope === 'runtime' && DATABASE_CLIENTS.has(d.name)))
        names.add(m.name)
    }
  return names
}
const DATABASE_CLIENTS = new Set([
  '@prisma/client',
  'prisma',
  'drizzle-orm',
  'pg',
  'postgres',
  'mysql2',
  'mysql',
  'mongoose',
  'mongodb',
  'kysely',
  'typeorm',
  'sequelize',
  'better-sqlite3',
  'sqlite3',
  '@libsql/client',
  'knex',
  '@neondatabase/serverless',
  '@vercel/postgres',
  '@planetscale/database',
  'ioredis',
  'redis',
])

/**
 * A package named as a plug-in, loader or preset that declares the build or lint tool it extends as
 * a peer (`@rollup/plugin-commonjs` and rollup, `@cspell/eslint-plugin` and eslint) runs inside that
 * tool: build tooling, whatever its own code transforms. Its test fixtures say nothing of it. So
 * does a package published in a development tool's own scope with that tool as its peer
 * (`@size-limit/esbuild` and size-limit, whose catalogue entry says it is tooling).
 */
function toolPluginSignals(manifests: readonly Manifest[], knowledge: Knowledge): Signal[] {
  const found = dependencyMatch(
    manifests,
    (d, m) =>
      m.kind === 'package.json' &&
      m.name !== undefined &&
      // A plug-in named as one may install its host for running too (@blueprintjs/eslint-plugin).
      ((PLUGIN_NAME.test(m.name) &&
        PLUGIN_HOSTS.has(d.name) &&
        (d.scope === 'peer' || d.scope === 'runtime')) ||
        // The well-known hosts' plug-ins follow the naming convention (@rollup/pluginutils is not one).
        (d.scope === 'peer' &&
          m.name.startsWith(`@${d.name}/`) &&
          !PLUGIN_HOSTS.has(d.name) &&
          isDevelopmentTool(knowledge, d.name))),
  )
  if (!found) return []
  const { manifest, dependency: host } = found
  return [
    packageSignal('automation', TOOL_PLUGIN_WEIGHT, {
      file: manifest.file,
      ...(host.line === undefined ? {} : { line: host.line }),
      detail: `a plug-in of ${host.name}, the tool it declares ${host.scope === 'peer' ? 'as a peer' : 'for running'}`,
    }),
  ]
}

/** Whether the catalogue says an npm package is itself development tooling, above all else. */
function isDevelopmentTool(knowledge: Knowledge, name: string): boolean {
  const known = knowledge.npmPackage(name)
  const itself = known?.itself ?? known?.workloads
  if (!itself) return false
  const automation = itself.automation ?? 0
  return automation > 0 && Object.values(itself).every((w) => w <= automation)
}
const PLUGIN_NAME = /(?:^|[/-])(?:plugin|loader|preset)(?:[/-]|$)/
const PLUGIN_HOSTS = new Set([
  'rollup',
  'vite',
  'webpack',
  'esbuild',
  'parcel',
  'eslint',
  '@babel/core',
  'postcss',
  'prettier',
  'stylelint',
  'gulp',
  'grunt',
  'karma',
  'tailwindcss',
  'markdownlint',
])
/**
 * In a build tool's plug-in, the front-end packages it declares and imports (the tool itself, the
 * frameworks it has adapters for) are what its users build, not what it does: vite-plugin-pwa's
 * virtual modules for React, Vue and Svelte register a service worker in its users' apps.
 */
function buildsForUsers(signal: Signal): boolean {
  return (
    signal.workload === 'spa-frontend' && (signal.kind === 'dependency' || signal.kind === 'import')
  )
}
/**
 * Being a tool's plug-in says what the package is, as a catalogue entry's `itself` does: it outweighs
 * what its tests' fixtures and its development dependencies hint at.
 */
const TOOL_PLUGIN_WEIGHT = 4

/**
 * A package whose `engines` names the application that runs it is that application's plug-in,
 * and that says what it is: a Visual Studio Code extension runs in the editor's extension host,
 * developer tooling whatever servers or pipes it opens to talk to its helpers (vscode-python's
 * named pipes) and above the WebAssembly it calls (dioxus' extension formats RSX in WebAssembly),
 * weighed as a build tool's plug-in. A Homebridge plug-in (Homebridge requires `engines.homebridge`
 * of one) bridges devices into HomeKit: device integration, whatever client or small admin server
 * its code uses to reach them (homebridge-shelly's Express admin API); the host's contract says
 * what the package is, as the catalogue's entry for a known package does, and weighs as much.
 */
function hostedPluginSignals(manifests: readonly Manifest[]): Signal[] {
  const signals: Signal[] = []
  for (const host of PLUGIN_ENGINES) {
    const m = manifests.find(
      (x) =>
        x.kind === 'package.json' &&
        x.engines?.[host.engine] !== undefined &&
        x.name !== host.engine,
    )
    if (m)
      signals.push(packageSignal(host.workload, host.weight, { file: m.file, detail: host.detail }))
  }
  return signals
}
const PLUGIN_ENGINES: readonly {
  engine: string
  workload: Workload
  weight: number
  detail: string
}[] = [
  {
    engine: 'vscode',
    workload: 'automation',
    weight: TOOL_PLUGIN_WEIGHT,
    detail: 'a Visual Studio Code extension (engines.vscode)',
  },
  {
    engine: 'homebridge',
    workload: 'iot',
    weight: OWN_PACKAGE_TOP,
    detail: 'a Homebridge plug-in (engines.homebridge)',
  },
]

/**
 * A Python package named after the tool it extends that registers in that tool's entry-point group
 * (kedro-airflow in `kedro.project_commands`, a `pytest-*` package in `pytest11`, `mkdocs-*` in
 * `mkdocs.plugins`) is that tool's plug-in: development or pipeline tooling, whatever its host's
 * catalogue entry says of the host's users (kedro's data pipelines). A library that only ships a
 * pytest plug-in beside its own work (anyio) is not named after pytest.
 */
function pythonPluginSignals(manifests: readonly Manifest[]): Signal[] {
  for (const m of manifests) {
    if (!m.name || !m.entryGroups) continue
    const name = normalizePypiName(m.name)
    for (const { group, line } of m.entryGroups) {
      const host = PYTHON_PLUGIN_HOSTS.get(group) ?? PYTHON_PLUGIN_HOSTS.get(group.split('.')[0]!)
      // A theme (sphinx.html_themes, mkdocs.themes) is the site's front end, not its tooling.
      if (!host || !name.startsWith(`${host}-`) || group.includes('theme')) continue
      return [
        packageSignal('automation', TOOL_PLUGIN_WEIGHT, {
          file: m.file,
          ...(line === undefined ? {} : { line }),
          detail: `a plug-in of ${host} (entry points "${group}")`,
        }),
      ]
    }
  }
  return []
}
/** Entry-point groups (or their first dotted part) of development tools, and the tool each names. */
const PYTHON_PLUGIN_HOSTS = new Map([
  ['pytest11', 'pytest'],
  ['kedro', 'kedro'],
  ['mkdocs', 'mkdocs'],
  ['sphinx', 'sphinx'],
  ['flake8', 'flake8'],
  ['tox', 'tox'],
  ['poetry', 'poetry'],
  ['hatch', 'hatch'],
  ['pdm', 'pdm'],
  ['twine', 'twine'],
  ['sqlfluff', 'sqlfluff'],
  ['pylint', 'pylint'],
])

/** The weight a peer's catalogue entry gives to front-end work when the peer is a UI runtime. */
const UI_RUNTIME_WEIGHT = 2

/**
 * A package others import (package.json `main`, `module` or `exports`), which runs where they do;
 * unless it declares a UI runtime as its peer (React, Vue, Observable's notebook runtime): then it
 * runs where that runtime does, in a browser or on a device, as a front end's part
 * (endpointservices' exported Observable notebooks, each a package whose peer is
 * `@observablehq/runtime`, one of them running TensorFlow.js in the page).
 */
function isLibrary(manifests: readonly Manifest[], knowledge: Knowledge): boolean {
  if (!manifests.some((m) => m.libraryEntry === true)) return false
  return !manifests.some((m) =>
    m.dependencies.some(
      (d) =>
        d.scope === 'peer' &&
        d.ecosystem === 'npm' &&
        (knowledge.npmPackage(d.name)?.workloads['spa-frontend'] ?? 0) >= UI_RUNTIME_WEIGHT,
    ),
  )
}

/**
 * The packages a component is (its manifests' names) that the catalogue knows for CPU work in the
 * interpreter: none of them when the component has compiled code of its own, or the entry says
 * compiled code does it.
 */
function computingPackages(
  manifests: readonly Manifest[],
  knowledge: Knowledge,
  compiled: boolean,
): string[] | undefined {
  if (compiled) return undefined
  const names: string[] = []
  for (const m of manifests) {
    const known = m.name === undefined ? undefined : ownCatalogueEntry(m, knowledge)
    if (known && computesInInterpreter(known, known.itself ?? known.workloads)) names.push(m.name!)
  }
  return names.length > 0 ? names : undefined
}

/**
 * The weight per workload that the component's self-description and the shape of its code alone
 * add: evidence of the work, not of how heavy it is.
 */
function inferredWeight(signals: readonly Signal[]): Map<Workload, number> | undefined {
  let inferred: Map<Workload, number> | undefined
  for (const s of signals) {
    if (s.kind !== 'description' && !s.inferred) continue
    inferred ??= new Map()
    inferred.set(s.workload, (inferred.get(s.workload) ?? 0) + s.weight)
  }
  return inferred
}

/** What a static site's build or a desktop app's start script says of its front end. */
export const FRONT_END_PACKAGE_WEIGHT = 2

const DEV_SERVER =
  /^(?:npx\s+)?(?:vite|webpack(?:-dev-server|\s+serve)|parcel|storybook|start-storybook|http-server|live-server|serve|browser-sync)(?:\s|$)/

function judgeAll(
  drafts: readonly ComponentDraft[],
  profiles: ReadonlyMap<ComponentDraft, Profile>,
  factsByDraft: Map<ComponentDraft, CodeFacts>,
  knowledge: Knowledge,
  accepted: readonly AcceptedDecision[],
): ComponentReport[] {
  const databasePackages = databasePackagesOf(drafts)
  const byPath = new Map(drafts.map((d) => [d.path, d]))
  const all = drafts.map((draft) => {
    const code = factsByDraft.get(draft) ?? new CodeFacts(knowledge)
    const { stack, native, small, docsSite, page, ownPages, cdkApp } = profiles.get(draft)!
    const serves = servesRequests(code) && !isDesktopApp(draft.manifests)
    const deps = dependencySignals(
      draft.manifests,
      knowledge,
      !serves,
      serves ? bundlesItsRuntime : undefined,
    )
    const covered = stack.stack === 'node' || stack.stack === 'python'
    const plugin = toolPluginSignals(draft.manifests, knowledge)
    const signals: Signal[] = [
      // A documentation site named after the package it documents (crawlee-python's website/,
      // named crawlee) is the site, not that package.
      ...ownPackageSignals(
        draft.manifests.filter((m) => !isDocsSitePackage(m)),
        knowledge,
        native.sources.count > 0,
      ),
      ...summarySignals(draft.manifests, knowledge),
      ...deps.signals,
      ...code.signals(
        deps.declared,
        new Set([
          ...(libraryCli(draft.manifests) ? CLI_PATTERNS : []),
          ...(serves ? SERVER_TASK_PATTERNS : []),
        ]),
        deps.devOnly,
        !serves,
        ownNames(draft.manifests, knowledge),
      ),
      ...containerSignals(draft.manifests, draft.path),
      ...platformSignals(draft.manifests, draft.path),
      ...commandSignals(draft.manifests, serves),
      ...hostedPluginSignals(draft.manifests),
      ...(serves || CLI_ENTRIES.some((id) => code.ownPattern(id))
        ? []
        : httpClientLibrarySignals(draft.manifests, knowledge)),
      ...(covered ? nativeSignals(native) : []),
      ...(page && !serves ? pageEntrySignals(draft.manifests) : []),
      ...(serves ? [] : scriptedPageSignals(ownPages, code.ownPattern(DOM_PATTERN))),
      ...(serves ? [] : browserBuildSignals(draft.manifests)),
      ...staticSiteSignals(draft.manifests),
      ...(cdkApp ? cdkAppSignals(draft.path) : []),
      ...desktopWindowSignals(draft.manifests),
      ...testSuiteSignals(draft.path, draft.manifests),
      ...plugin,
      ...pythonPluginSignals(draft.manifests),
    ].filter((signal) => plugin.length === 0 || !buildsForUsers(signal))
    // An API layer puts the API first unless the component also renders pages of its own
    // (changedetection.io's Flask-RESTful API beside its nineteen template-rendering views).
    const rendersPages = RENDERS_PAGES.reduce((n, id) => n + code.patternFiles(id), 0)
    const ownProcess = startsOwnServer(draft.manifests)
    const apiLayer =
      rendersPages < MIN_PAGE_FILES &&
      deps.used.some(
        (d) => d.scope === 'runtime' && lookupDependency(knowledge, d)?.role === 'api-layer',
      )
    const classified = pagesFirst(
      serverFirst(
        apiLayerFirst(classify(signals, small, serves), apiLayer),
        serves || ownProcess,
        stack.stack === 'python' || ownProcess,
        serves && ownProcess,
      ),
      loadsOnServer(draft.manifests) ? code.patternFiles(SERVER_PAGES) : 0,
      serves && queriesDatabaseInSite(draft.manifests, knowledge, databasePackages),
    )
    // The root of a collection runs nothing itself: its loose samples are listed, not judged.
    // Nor does a documentation site: its build helpers are not a workload.
    const profile = draft.collectionRoot || docsSite ? { ...classified, primary: [] } : classified
    const ownStack = looseStack(draft, stack, profile.primary)
    const allDeps: Dependency[] = draft.manifests.flatMap((m) => m.dependencies)
    const ownPatterns = code.ownPatterns()
    const ownImports = code.ownImports()
    const ownNative = nativeEvidence(native)
    const facts: ComponentFacts = {
      path: draft.path,
      stack: ownStack,
      ...profile,
      dependencies: allDeps,
      patterns: ownPatterns,
      serverless: ownPatterns.get('py-lambda-handler'),
      serves,
      library: isLibrary(draft.manifests, knowledge),
      computesItself: computingPackages(draft.manifests, knowledge, ownNative.length > 0),
      hostedBy: hostOf(draft, byPath, ownImports),
      sampleOf: draft.sampleOf,
      inferred: inferredWeight(signals),
      imports: ownImports,
      launched: launchedPrograms(draft.manifests, draft.path),
      native: covered ? [...ownNative, ...ownCompiledPackage(draft.manifests, knowledge)] : [],
    }
    const supporting =
      draft.forcedSupporting ??
      (docsSite || supportingRole(draft.path, draft.manifests) !== undefined)
    return { draft, facts, usedDeps: deps.used, supporting }
  })
  runWorkspacePackages(all)
  nameCollections(all)
  // A bare root made for a collection is listed only when its projects name it, or when they run on
  // several stacks alike (square's connect-api-examples in Node.js, Python, Java, PHP, Ruby and C#):
  // a collection of samples, not a product's services. It is supporting either way.
  const profiled = all.filter(
    (p) => !p.draft.bare || p.facts.primary.length > 0 || p.draft.manyStacks,
  )
  for (const p of profiled) if (p.draft.bare) p.supporting = true
  // Only the product's own components: a Python example (nlp.js's examples/80-bert-server) is no
  // Python service running beside a Node.js package.
  const siblings = profiled
    .filter((p) => !p.supporting)
    .map((p) => ({
      path: p.facts.path,
      stack: p.facts.stack.stack,
      primary: p.facts.primary,
    }))
  return profiled.map(({ draft, facts, usedDeps, supporting }) => {
    const verdict = judgeComponent(facts, knowledge, siblings)
    const decision = accepted.find((a) => {
      const target = a.component === '.' ? '' : a.component.replace(/^\.\/|\/$/g, '')
      return target === draft.path || a.component === draft.name
    })
    if (decision) verdict.accepted = { reason: decision.reason }
    return {
      path: draft.path,
      name: draft.name,
      manifests: draft.manifests.map((m) => m.file),
      fileCount: profiles.get(draft)!.fileCount,
      supporting,
      stack: facts.stack,
      workloads: facts.workloads,
      primary: facts.primary,
      verdict,
      dependencies: usedDeps,
    }
  })
}

/**
 * Loose files beside projects take no stack (components.ts' looseFiles): a few helpers say nothing
 * of the repository. When all their code is in one covered stack's languages and shows work of its
 * own, they are that stack's: JavaScript30's exercises, pages whose scripts are mostly inline,
 * beside the three that have a package.json; growthbook/examples' Deno and Hono server beside its
 * Node.js samples.
 */
function looseStack(
  draft: ComponentDraft,
  stack: StackDetection,
  primary: readonly Workload[],
): StackDetection {
  if (!draft.looseFiles || stack.stack !== 'unknown' || primary.length === 0) return stack
  const stacks = new Set(stack.languages.map(coveredStackOfLanguage))
  const [only] = stacks
  if (stacks.size !== 1 || only === undefined) return stack
  return {
    ...stack,
    stack: only,
    evidence: [
      {
        file: draft.path === '' ? '.' : draft.path,
        detail: `${STACK_LABEL[only]} code of its own`,
      },
    ],
  }
}

/**
 * A collection's root runs nothing itself, but what most of its projects do is what the collection
 * is about: node-express-course's chapters are Express APIs, expo's examples are browser apps. With
 * at least COLLECTION_PROJECTS projects below it, STACK_SHARE of them of one covered stack, and at
 * least COLLECTION_SHARE of those doing one primary workload (more than do any other), the root is
 * named with that workload (and, when it has none of its own, that stack).
 * It is listed as a supporting component: its projects are judged on their own, so it adds nothing
 * to the overall verdict.
 */
const COLLECTION_SHARE = 0.5
const STACK_SHARE = 0.8
const COLLECTION_EVIDENCE = 12

function nameCollections(
  profiled: { draft: ComponentDraft; facts: ComponentFacts; supporting: boolean }[],
): void {
  for (const p of profiled) {
    if (!p.draft.collectionRoot || p.facts.primary.length > 0) continue
    const prefix = p.draft.path === '' ? '' : `${p.draft.path}/`
    const below = profiled.filter((q) => q !== p && q.draft.path.startsWith(prefix))
    if (below.length < COLLECTION_PROJECTS) continue
    // A course's root (no project file, a few loose files: a notebook of notes) is its projects'.
    const own = isCourseRoot(p.draft)
      ? { ...p.facts.stack, stack: 'unknown' as const }
      : p.facts.stack
    const place = p.draft.path === '' ? '.' : p.draft.path
    const found = collectionWork(below, own.stack)
    if (!found) {
      // Projects of one stack doing many things: the collection is of that stack, with no one
      // workload (nodejs-in-action's exercises, an API here and a web page there).
      const stack = own.stack === 'unknown' ? majorityStack(below) : undefined
      if (!stack) continue
      p.facts = { ...p.facts, stack: collectionStack(stack, below, place) }
      p.supporting = true
      continue
    }
    const { work, projects, stack } = found
    const doing = projects.filter((q) => q.facts.primary[0] === work.value)
    const score: WorkloadScore = {
      workload: work.value,
      score: 1,
      raw: MIN_PRIMARY_WEIGHT,
      confidence: 'medium',
      evidence: [
        { file: place, detail: `${work.count} of its ${projects.length} projects do this` },
        ...doing.slice(0, COLLECTION_EVIDENCE - 1).map((q) => ({
          file: q.draft.manifests[0]?.file ?? q.draft.path,
          detail: 'a project of the collection doing this',
        })),
      ],
    }
    const collected: StackDetection =
      own.stack === 'unknown' ? collectionStack(stack, projects, place) : own
    p.facts = { ...p.facts, stack: collected, workloads: [score], primary: [work.value] }
    p.supporting = true
  }
}

type Profiled = { draft: ComponentDraft; facts: ComponentFacts; supporting: boolean }

/** A collection's stack: the one `count` of its projects run on. */
function collectionStack(
  { value, count }: { value: 'node' | 'python'; count: number },
  projects: readonly Profiled[],
  place: string,
): StackDetection {
  return {
    stack: value,
    languages: [...new Set(projects.flatMap((q) => q.facts.stack.languages))],
    mixed: false,
    evidence: [{ file: place, detail: `a collection of ${count} ${STACK_LABEL[value]} projects` }],
  }
}

/**
 * What the projects below a collection's root do (see nameCollections), and the stack most of them
 * run on. A root with a covered stack of its own whose projects are of both stacks (claude-quickstarts'
 * Python root over Python agents and Next.js apps) is named by what at least half of all of them do,
 * docs and tests aside, unless that is data science or heavy computation: the guidance warns one
 * stack off those, so a project of the other stack says nothing of the root's.
 */
function collectionWork(
  below: readonly Profiled[],
  own: Stack,
):
  | {
      work: { value: Workload; count: number }
      projects: Profiled[]
      stack: { value: 'node' | 'python'; count: number }
    }
  | undefined {
  const firstWork = (projects: readonly Profiled[]) => {
    const work = mostCommon(projects.flatMap((q) => q.facts.primary.slice(0, 1)))
    return work && work.count >= COLLECTION_SHARE * projects.length ? work : undefined
  }
  const stack = majorityStack(below)
  if (stack) {
    if (own !== 'unknown' && own !== stack.value) return undefined
    const projects = below.filter((q) => q.facts.stack.stack === stack.value)
    const work = firstWork(projects)
    return work && { work, projects, stack }
  }
  if (own !== 'node' && own !== 'python') return undefined
  // Counted over all of its projects but its docs' and tests': a front end beside a Go server and
  // their documentation site (homebox) is no collection of front ends.
  const projects = below.filter((q) => !q.supporting)
  if (projects.length < COLLECTION_PROJECTS) return undefined
  const work = firstWork(projects)
  if (!work || ON_ONE_STACK.has(work.value)) return undefined
  return { work, projects, stack: { value: own, count: projects.length } }
}
/** The covered stack STACK_SHARE of a collection's projects run on, when there is one. */
function majorityStack(
  below: readonly Profiled[],
): { value: 'node' | 'python'; count: number } | undefined {
  const stack = mostCommon(below.map((q) => q.facts.stack.stack))
  if (!stack || (stack.value !== 'node' && stack.value !== 'python')) return undefined
  return stack.count >= STACK_SHARE * below.length
    ? { value: stack.value, count: stack.count }
    : undefined
}

/** Work the guidance warns one of the two stacks off. */
const ON_ONE_STACK: ReadonlySet<Workload> = new Set(['data-ml', 'cpu-intensive'])

/** The value most of `values` share, when one does: a tie names none. */
function mostCommon<T>(values: readonly T[]): { value: T; count: number } | undefined {
  const counts = new Map<T, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1])
  if (!first || (second && second[1] === first[1])) return undefined
  return { value: first[0], count: first[1] }
}

/**
 * A deployment shell does the work of the workspace package it runs: a Node.js component with no
 * workload of its own that starts or deploys something (a start, serve or deploy script, or a bin)
 * and whose runtime dependencies name another package of this repository that has one
 * (ChatGPT-Telegram-Workers' apps/workers, three lines exporting core's bot handler for Cloudflare).
 * A Python project with no workload of its own that installs packages of this repository is a
 * meta-package, and does what they do (stac-fastapi's root, a uv workspace whose dependencies are
 * its three members); its docs or tests install them only to document or check them. A Node.js
 * package that gathers packages of this repository (isMetaPackage) does what most of them do.
 * It takes that package's main class, at the weight that makes a workload. Not a plugin, which the
 * package it names runs (sqip-plugin-svgo builds nothing that runs), and never the classes its
 * stack can be judged a mismatch for: a shell is no second alarm for its package's work.
 */
function runWorkspacePackages(
  profiled: { draft: ComponentDraft; facts: ComponentFacts; supporting: boolean }[],
): void {
  const byPackage = new Map<string, (typeof profiled)[number]>()
  for (const p of profiled)
    for (const m of p.draft.manifests) {
      const python = PYTHON_MANIFESTS.has(m.kind)
      if (m.name === undefined || (m.kind !== 'package.json' && !python)) continue
      const key = packageKey(python ? 'pypi' : 'npm', m.name)
      if (!byPackage.has(key)) byPackage.set(key, p)
    }
  for (const p of profiled) {
    const stack = p.facts.stack.stack
    if (p.facts.primary.length > 0 || p.draft.collectionRoot) continue
    if (stack !== 'node' && stack !== 'python') continue
    // Docs or tests install the package to document or check it (reactpy's docs/).
    if (stack === 'python' && p.supporting) continue
    const runtime = p.facts.dependencies.filter((d) => d.scope === 'runtime')
    const members = runtime.flatMap((dep) => {
      const target = byPackage.get(packageKey(dep.ecosystem, dep.name))
      const workload = target?.facts.primary[0]
      return target && target !== p && target.facts.stack.stack === stack && workload
        ? [{ dep, workload }]
        : []
    })
    const meta = isMetaPackage(runtime.length, members.length)
    if (stack === 'node' && !meta && !p.draft.manifests.some(startsSomething)) continue
    // A meta-package does what most of its packages do; a shell what the first it runs does.
    const common = meta ? mostCommon(members.map((m) => m.workload))?.value : undefined
    for (const { dep, workload } of members) {
      if (SHELL_NEVER[stack].has(workload) || (common !== undefined && workload !== common))
        continue
      const own = p.facts.workloads.find((w) => w.workload === workload)
      const raw = Math.max(own?.raw ?? 0, MIN_PRIMARY_WEIGHT)
      const inherited: WorkloadScore = {
        workload,
        score: 1,
        raw,
        confidence: 'medium',
        evidence: [
          {
            file: dep.file,
            line: dep.line,
            detail:
              stack === 'python'
                ? `installs workspace package ${dep.name}`
                : meta
                  ? `gathers ${members.length} workspace packages, such as ${dep.name}`
                  : `runs workspace package ${dep.name}`,
          },
          ...(own?.evidence ?? []),
        ],
      }
      const ranked = [inherited, ...p.facts.workloads.filter((w) => w.workload !== workload)].sort(
        (a, b) => b.raw - a.raw,
      )
      const top = ranked[0]!.raw
      const workloads = ranked.map((w) => ({ ...w, score: scoreAgainst(w.raw, top) }))
      p.facts = { ...p.facts, workloads, primary: [workload] }
      break
    }
  }
}

/**
 * A package whose runtime dependencies are mostly packages of this repository, at least
 * META_PACKAGE_MEMBERS of them, gathers them for its users (blocksuite's @blocksuite/affine
 * re-exports some sixty of its blocks and widgets): it is what they are.
 */
function isMetaPackage(runtime: number, members: number): boolean {
  return members >= META_PACKAGE_MEMBERS && members * 2 >= runtime
}
const META_PACKAGE_MEMBERS = 3

/** What a shell or meta-package never takes from its packages: what its stack can be a mismatch for. */
const SHELL_NEVER: Record<'node' | 'python', ReadonlySet<Workload>> = {
  node: new Set(['cpu-intensive', 'data-ml']),
  python: new Set(['realtime']),
}

/** How a package of this repository is named by a dependency (PyPI names normalised). */
function packageKey(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'npm' ? `npm:${name}` : `pypi:${normalizePypiName(name)}`
}

const START_SCRIPT = /^(?:start|serve|deploy|dev)(?::|$)/

function startsSomething(m: Manifest): boolean {
  return (
    m.kind === 'package.json' &&
    (m.command !== undefined || Object.keys(m.scripts ?? {}).some((n) => START_SCRIPT.test(n)))
  )
}

/** Runs `fn` over the items with at most `limit` calls in flight; the items are taken lazily. */
async function forEachBounded<T>(
  items: Iterable<T>,
  limit: number,
  fn: (item: T, lane: number) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]()
  const lane = async (index: number) => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await fn(next.value, index)
  }
  await Promise.all(Array.from({ length: limit }, (_, i) => lane(i)))
}

/** Programs the component's own Dockerfiles and Procfile install or start (see Manifest.launches). */
function launchedPrograms(
  manifests: readonly Manifest[],
  componentPath: string,
): Map<string, Evidence> {
  const launched = new Map<string, Evidence>()
  for (const m of manifests) {
    if (isAuxiliaryPath(m.file, componentPath)) continue
    for (const l of m.launches ?? []) {
      if (launched.has(l.name)) continue
      const detail =
        m.kind === 'server-config'
          ? `${l.name} configuration`
          : `${m.kind} ${l.how === 'installs' ? 'installs' : 'runs'} ${l.name}`
      launched.set(l.name, { file: m.file, line: l.line, detail })
    }
  }
  return launched
}
