// Turns what was read (dependencies, imports, code patterns, notebooks, container hints) into
// weighted workload signals with evidence.
import type { CompiledPattern, Knowledge, PackageSignal } from '../knowledge/load.js'
import { normalizePypiName } from '../knowledge/assemble.js'
import { PACKAGE_ROLES } from '../knowledge/roles.js'
import type { Dependency, DependencyScope, Evidence, Manifest, Signal, Workload } from '../model.js'
import type { ModuleRef, PatternHit } from './source-scan.js'
import { ADD_ON_WEIGHT } from './classify.js'
import { scopeOfRequirementsFile } from '../scan/manifests/requirements.js'
import { dirnameOf, pathBelow } from '../scan/file-source.js'

/** What the source scan found in one file. */
export interface FileFacts {
  path: string
  language: 'javascript' | 'python'
  notebook: boolean
  /** Outside the component's runtime code (tests, scripts, tools, docs, examples): weighs less. */
  test: boolean
  imports: ModuleRef[]
  patterns: PatternHit[]
}

// Runtime dependencies count fully; the rest only hint at what the component does.
const SCOPE_FACTOR: Record<DependencyScope, number> = {
  runtime: 1,
  optional: 0.5,
  peer: 0.5,
  build: 0.3,
  dev: 0.25,
  test: 0.2,
}
// Frontend apps commonly keep their whole framework in devDependencies because a bundler ships it.
const DEV_FACTOR_FRONTEND = 0.75
// An import of a declared dependency adds to the dependency's signal; an undeclared one (a
// notebook, a script folder without a manifest) is the only declaration there is.
const IMPORT_FACTOR = 0.5
const UNDECLARED_IMPORT_FACTOR = 1
const TEST_CODE_FACTOR = 0.25
// An import of a package the component declares only for development.
const DEV_IMPORT_FACTOR = 0.5

// Behave's and Cucumber's acceptance suites: features/environment.py and the step definitions
// (patroni's features/ start etcd and Postgres and serve a stand-in API over http.server).
const TEST_PATH =
  /(^|\/)(tests?|doctests?|__tests__|__snapshots__|spec|e2e|cypress|[a-z\d]+[-_]tests?|features\/(?:steps|step_definitions|support))\/|(\.|_)(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]*\.py$|_test\.py$|(^|\/)tests\.py$|(^|\/)tests?\.[cm]?[jt]s$|(^|\/)features\/environment\.py$/

export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path)
}

// Folders of a component that are not its runtime code: tests, scripts, tools, benchmarks, CI
// (dateutil's `ci_tools/`), docs, examples (also named as `api-samples/`, `examples_js/`, `docs_src/`,
// and tests as `test_snippets/` or `testMultiRootWkspc/`), and the project templates a scaffolding
// tool copies (create-cloudflare's templates/ of React, Vue and Hono starters). What they import says
// less about what the component does.
const AUXILIARY_DIR =
  /(^|\/)(tests?|doctests?|__tests__|specs?|e2e|cypress|fixtures?|__fixtures__|__mocks__|mocks?|testing|scripts?|_scripts|extras?|tools?|build[-_]?tools|build[-_]?utils|build[-_]scripts|hack|hacking|release|bench|benches|benchmarks?|perf|profiling|examples?|samples?|demos?|playgrounds?|docs?|documentation|\.github|\.circleci|\.ci|ci|\.dev|\.devcontainer|\.vscode|\.husky|(?:dev|ci)[-_](?:scripts?|tools?)|\.storybook|stories|management\/commands|migrations|templates?)\/|(^|\/)([\w.-]*[-_])?(examples?|samples?|demos?)([-_][\w.-]*)?\/|(^|\/)docs?[-_][\w.-]*\/|(^|\/)(?:tests?[-_][\w.-]*|test[A-Z][\w.-]*)\//
// Build tasks of a JavaScript project (darkreader's tasks/ bundles the extension and serves its
// live-reload socket); a Python tasks/ folder is more often the app's Celery jobs, so only scripts.
// A bundler's or test runner's configuration (rollup.config.mjs loading a WebAssembly plugin) is
// how the package is built, not what it runs; a file named as an example (`async_example.py`,
// `example.mts` beside an SDK) shows how to use the package. A release script at the component's
// root (bcrypt's release.py on click) is how the package is published. A root tasks.py, noxfile.py,
// fabfile.py or dodo.py holds the developers' tasks (timetagger's invoke tasks), and a top-level
// contrib/ the extras users contributed; a package's own contrib (django/contrib) is deeper and runs.
const AUXILIARY_FILE =
  /^(?:tasks|noxfile|fabfile|dodo)\.py$|^contrib\/|^(?:make[-_])?release(?:[-_][\w-]*)?\.py$|^bump[-_]?version\.py$|\.stories\.[cm]?[jt]sx?$|(^|\/)(?:[a-z\d]+_)?examples?(?:_[a-z\d_]+)?\.py$|(^|\/)examples?\.[cm]?[jt]sx?$|(^|\/)(gulpfile|gruntfile|Jakefile)\.[cm]?js$|(^|\/)(tasks|gulp|grunt)\/(?:[^/]+\/)*[^/]+\.[cm]?[jt]s$|(^|\/)(rollup|webpack|rspack|esbuild|tsup|vite|vitest|jest|karma|babel)\.config(\.[\w-]+)?\.[cm]?[jt]s$/

/**
 * Whether a file is outside the component's runtime code (tests, scripts, tools, benchmarks, CI,
 * docs, examples), judged from its path below the component's directory.
 */
export function isAuxiliaryPath(path: string, componentPath = ''): boolean {
  const relative = pathBelow(path, componentPath)
  if (TEST_PATH.test(relative) || AUXILIARY_FILE.test(relative)) return true
  if (!AUXILIARY_DIR.test(relative)) return false
  // A demo's package named after the demo is its code: computer-use-demo/computer_use_demo/.
  const own = belowNamesake(relative, componentPath)
  return own === undefined || AUXILIARY_DIR.test(own)
}

/** The path below a first folder named as the component's own folder is (`-` read as `_`). */
function belowNamesake(relative: string, componentPath: string): string | undefined {
  const slash = relative.indexOf('/')
  if (componentPath === '' || slash < 0) return undefined
  const name = (s: string) => s.replaceAll('-', '_').toLowerCase()
  const folder = componentPath.slice(componentPath.lastIndexOf('/') + 1)
  return name(relative.slice(0, slash)) === name(folder) ? relative.slice(slash + 1) : undefined
}

// Runs for every import of every file read: cuts the name out without splitting the path.
export function npmPackageOfImport(module: string): string | undefined {
  if (module.startsWith('node:')) return undefined
  const slash = module.indexOf('/')
  if (module.startsWith('@')) {
    if (slash < 0) return undefined
    const next = module.indexOf('/', slash + 1)
    return next < 0 ? module : module.slice(0, next)
  }
  return (slash < 0 ? module : module.slice(0, slash)) || undefined
}

function scopeFactor(scope: DependencyScope, workload: Workload, library: boolean): number {
  // A library with an entry point (lodash) builds its distribution with them: tooling, not its app.
  if (workload === 'spa-frontend' && (scope === 'peer' || (scope === 'dev' && !library)))
    return DEV_FACTOR_FRONTEND
  return SCOPE_FACTOR[scope]
}

export function isNeutral(known: PackageSignal): boolean {
  // Asked once per import of every file read: no array of keys for it.
  for (const _ in known.workloads) return false
  return true
}

/** ` (dev, calls a hosted AI API)`: the scope and what the package is, when either is worth saying. */
function aside(known: PackageSignal, extra: readonly string[]): string {
  const parts = known.role ? [...extra, PACKAGE_ROLES[known.role]] : extra
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}

/**
 * What a catalogued package hints at in this component. A site framework (Next.js, Nuxt, Astro)
 * in a component whose own code serves nothing builds a frontend (doccano's Nuxt `frontend/`
 * beside its Django API, an Astro docs site): its server-rendering weight counts for the frontend.
 */
function workloadsOf(known: PackageSignal, builtSite: boolean): PackageSignal['workloads'] {
  if (builtSite && known.role === 'template-engine') {
    const rest = { ...known.workloads }
    delete rest['server-web']
    return rest
  }
  if (!builtSite || (known.role !== 'site-framework' && known.role !== 'site-generator'))
    return known.workloads
  const { 'server-web': rendering = 0, ...rest } = known.workloads
  return { ...rest, 'spa-frontend': (rest['spa-frontend'] ?? 0) + rendering }
}

export function lookupDependency(knowledge: Knowledge, dep: Dependency): PackageSignal | undefined {
  return dep.ecosystem === 'npm' ? knowledge.npmPackage(dep.name) : knowledge.pypiPackage(dep.name)
}

/** Work the catalogue knows a package for at this weight, at least, is CPU work of its own. */
const COMPUTING_PACKAGE_WEIGHT = 1.5

/**
 * Whether a catalogued package does CPU work in the interpreter: the catalogue knows it for that
 * work at COMPUTING_PACKAGE_WEIGHT or more (`weights`: what depending on it says, or what being it
 * says), and it is no compiled package.
 */
export function computesInInterpreter(
  known: PackageSignal,
  weights: PackageSignal['workloads'] = known.workloads,
): boolean {
  return known.role !== 'native' && (weights['cpu-intensive'] ?? 0) >= COMPUTING_PACKAGE_WEIGHT
}

function addWeighted(
  out: Signal[],
  workloads: PackageSignal['workloads'],
  factor: (w: Workload) => number,
  kind: Signal['kind'],
  evidence: Evidence,
  extra: Pick<Signal, 'corroborates' | 'files' | 'runtime' | 'inferred'> = {},
): void {
  for (const [workload, weight] of Object.entries(workloads) as [Workload, number][]) {
    const value = weight * factor(workload)
    if (value > 0) out.push({ workload, weight: value, kind, evidence, ...extra })
  }
}

// The component is a catalogued package itself: what the catalogue says of it is strong evidence.
// An entry's weights say how much depending on the package hints at; being the package says more,
// so its main class weighs at least OWN_PACKAGE_TOP (requests is an HTTP client, not a hint of one;
// natural is a language-processing library whatever storage adapters it ships; crossbar is a WAMP
// router however many command-line modules it has: 12 outweighs a large package's own CLI and
// dependencies, measured against 6 on the real-world sets).
// Not for a package whose own compiled code does its work (lxml) unless the catalogue says what it is
// itself: that code speaks for it, and the entry only says what using it hints at (scraping).
const OWN_PACKAGE_FACTOR = 1.5
const NETWORK_WORK: readonly Workload[] = ['io-api', 'realtime', 'iot']
export const OWN_PACKAGE_TOP = 12

/**
 * The catalogue's entry for the package a manifest declares (its own `name`), if any. Exact entries
 * only: `@scope/*` speaks for a scope's users, not for each of its packages.
 */
export function ownCatalogueEntry(m: Manifest, knowledge: Knowledge): PackageSignal | undefined {
  if (!m.name) return undefined
  const known =
    m.kind === 'package.json' ? knowledge.npmPackage(m.name) : knowledge.pypiPackage(m.name)
  if (!known || (known.name !== m.name && known.name.endsWith('/*'))) return undefined
  return known
}

/**
 * Signals from the component's own package name (package.json `name`, the pyproject, setup.cfg or
 * setup.py name) when the catalogue knows that package: a component published as `sharp` is an
 * image-processing library, whatever its scripts and tests pull in.
 */
export function ownPackageSignals(
  manifests: readonly Manifest[],
  knowledge: Knowledge,
  compiled = false,
): Signal[] {
  const signals: Signal[] = []
  const seen = new Set<string>()
  for (const m of manifests) {
    if (!m.name || seen.has(m.name)) continue
    seen.add(m.name)
    const known = ownCatalogueEntry(m, knowledge)
    if (!known) continue
    const workloads = known.itself ?? known.workloads
    if (Object.keys(workloads).length === 0) continue
    const top = Math.max(...Object.values(workloads))
    const tops = (Object.keys(workloads) as Workload[]).filter((w) => workloads[w] === top)
    // An entry split evenly between classes (helmet, passport: API and pages alike) says what its
    // users build, not what the package is: being it is no evidence of either.
    if (!known.itself && tops.length > 1) continue
    // Nor does an entry under an add-on's weight: it says what some of its users do, not what the
    // package is (music-metadata's 0.5 of CPU work: its parsers read a few header bytes).
    if (!known.itself && top < ADD_ON_WEIGHT) continue
    const main = tops[0]
    // What the catalogue says the package itself is (`itself`) holds even when compiled code
    // carries it, and so does network work the entry says more than hints at: aiokafka's Cython
    // record codecs speed up a Kafka client, whose work is still I/O; lxml's C parses, whatever
    // scraping using it hints at, and bcrypt hashes, whatever API an add-on like it hints at.
    const network = main !== undefined && top >= ADD_ON_WEIGHT && NETWORK_WORK.includes(main)
    const factor =
      compiled && !known.itself && !network
        ? OWN_PACKAGE_FACTOR
        : Math.max(OWN_PACKAGE_FACTOR, OWN_PACKAGE_TOP / top)
    addWeighted(signals, workloads, () => factor, 'package', {
      file: m.file,
      detail: `is the catalogued package ${m.name}${aside(known, [])}`,
    })
  }
  return signals
}

/**
 * Signals from the one-line description a component's package gives of itself ("A home automation
 * server", "Python Reddit API Wrapper", "JavaScript parser, mangler/compressor"), read by the
 * catalogue's `summary` patterns. An author's own summary names the work the code is for, but a
 * word alone proves nothing: these signals corroborate what the dependencies and code show, and
 * never make a class a workload by themselves (node-semver's "version parser" is not CPU work).
 */
export function summarySignals(manifests: readonly Manifest[], knowledge: Knowledge): Signal[] {
  const manifest = manifests.find((m) => m.description)
  if (!manifest?.description) return []
  const { file, description: described } = manifest
  const signals: Signal[] = []
  for (const pattern of knowledge.patterns) {
    if (pattern.language !== 'summary') continue
    const hit = pattern.re.exec(described.text)
    if (!hit) continue
    const evidence: Evidence = {
      file,
      ...(described.line === undefined ? {} : { line: described.line }),
      detail: `${pattern.detail}: "${hit[0]}"`,
    }
    addWeighted(signals, pattern.workloads, () => 1, 'description', evidence, {
      corroborates: true,
    })
  }
  return signals
}

/**
 * A component that is itself a catalogued compiled package (sharp, wasm-pack, a napi-rs binding)
 * does its own work in compiled code: evidence for the compiled-code mitigations.
 */
export function ownCompiledPackage(
  manifests: readonly Manifest[],
  knowledge: Knowledge,
): Evidence[] {
  for (const m of manifests) {
    const known = ownCatalogueEntry(m, knowledge)
    if (known?.role === 'native' && known.name === m.name)
      return [{ file: m.file, detail: `is the compiled package ${m.name}` }]
  }
  return []
}

/** `npm dependency express`, `PyPI dependency flask`: how the evidence names a declaration. */
function dependencyLabel(dep: Dependency): string {
  return `${dep.ecosystem === 'npm' ? 'npm' : 'PyPI'} dependency ${dep.name}`
}

/** A hosted-AI provider package of an npm scope already seen (recording the scope when not). */
function furtherProvider(known: PackageSignal, dep: Dependency, scopes: Set<string>): boolean {
  if (known.role !== 'hosted-ai' || dep.ecosystem !== 'npm' || !dep.name.startsWith('@'))
    return false
  const scope = dep.name.slice(0, dep.name.indexOf('/'))
  if (scopes.has(scope)) return true
  scopes.add(scope)
  return false
}

/** Signals from declared dependencies; also returns the dependencies that mattered. */
export function dependencySignals(
  manifests: readonly Manifest[],
  knowledge: Knowledge,
  builtSite = false,
  /** Manifests whose development dependencies are bundled into what runs: they count as runtime. */
  bundled?: (manifest: Manifest) => boolean,
): { signals: Signal[]; used: Dependency[]; declared: Set<string>; devOnly: Set<string> } {
  const signals: Signal[] = []
  const used: Dependency[] = []
  const declared = new Set<string>()
  const shipped = new Set<string>()
  const seen = new Set<string>()
  // A package declared for running and for development (h's requirements/dev.txt and prod.txt)
  // counts as it runs, whichever file comes first: declarations are taken runtime first.
  const declarations = manifests.flatMap((manifest) =>
    manifest.dependencies.map((dep) => ({ manifest, dep })),
  )
  declarations.sort((a, b) => SCOPE_RANK[a.dep.scope] - SCOPE_RANK[b.dep.scope])
  const providerScopes = new Set<string>()
  for (const { manifest, dep } of declarations) {
    const key = `${dep.ecosystem}:${dep.name.toLowerCase()}`
    const known = lookupDependency(knowledge, dep)
    const inBundle = dep.scope === 'dev' && bundled?.(manifest) === true
    const runs = inBundle ? 'runtime' : dep.scope
    if (known && !DEVELOPMENT_SCOPES.has(runs)) shipped.add(known.name)
    if (seen.has(key)) continue
    if (!known && dep.scope === 'runtime' && isDeviceDriverName(dep.name)) {
      seen.add(key)
      addWeighted(
        signals,
        { iot: DEVICE_DRIVER_WEIGHT },
        () => 1,
        'dependency',
        {
          file: dep.file,
          line: dep.line,
          detail: `${dependencyLabel(dep)} (named for a device or its bus)`,
        },
        { runtime: true },
      )
      continue
    }
    // A neutral entry (a test runner, a linter) is known but says nothing about the workload.
    if (!known || isNeutral(known)) continue
    seen.add(key)
    used.push(dep)
    declared.add(known.name)
    const scope = inBundle ? ['dev, bundled'] : dep.scope === 'runtime' ? [] : [dep.scope]
    const library = manifest.entryPoint === true
    const workloads = workloadsOf(known, builtSite)
    const extra = furtherProvider(known, dep, providerScopes) ? HOSTED_AI_EXTRA : 1
    addWeighted(
      signals,
      workloads,
      (w) => scopeFactor(runs, w, library) * extra,
      'dependency',
      {
        file: dep.file,
        line: dep.line,
        detail: `${dependencyLabel(dep)}${aside(known, scope)}`,
      },
      runs === 'runtime' ? { runtime: true } : {},
    )
  }
  // Installed for another dependency: importing one is using what is declared, but pulling it in
  // was not the component's choice, so it gives no signal of its own.
  for (const manifest of manifests) {
    for (const name of manifest.transitive ?? []) {
      const known = knowledge.pypiPackage(name)
      if (!known || isNeutral(known)) continue
      declared.add(known.name)
      if (scopeOfRequirementsFile(manifest.file) === 'runtime') shipped.add(known.name)
    }
  }
  const devOnly = new Set([...declared].filter((name) => !shipped.has(name)))
  return { signals, used, declared, devOnly }
}

/**
 * Drivers for one sensor or board are many and small, and few are catalogued: a package the catalogue
 * does not know, named for a sensor chip, a board or a device bus (scd30-node, async-bmp280,
 * raspberrypi-liquid-crystal in a Raspberry Pi air-quality monitor), hints at device work at half
 * the weight of a catalogued driver. Whole words of the name only: `stable` holds no `ble`.
 */
const DEVICE_DRIVER_WEIGHT = 1.5
/**
 * Providers of one hosted-AI SDK (packages of one npm scope: `@ai-sdk/openai`, `@ai-sdk/anthropic`…)
 * are one feature offered over more models (MQTTX's assistant on six of them): the first counts
 * fully, each further one as an add-on, at HOSTED_AI_EXTRA of its weight.
 */
const HOSTED_AI_EXTRA = 0.25
const DEVICE_WORDS: ReadonlySet<string> = new Set([
  'i2c',
  'gpio',
  'onewire',
  'modbus',
  'zigbee',
  'zwave',
  'bluetooth',
  'ble',
  'lora',
  'lorawan',
  'rpi',
  'raspi',
  'raspberrypi',
  'arduino',
  'firmata',
  'esp32',
  'esp8266',
  'homebridge',
  'bme280',
  'bmp280',
  'bme680',
  'bmp180',
  'dht',
  'dht11',
  'dht22',
  'ds18b20',
  'scd30',
  'scd4x',
  'sht31',
  'sht3x',
  'mpu6050',
  'mpu9250',
  'ina219',
  'ads1115',
  'pca9685',
  'hx711',
  'neopixel',
  'ws281x',
  'ws2812',
  'sensor',
  'sensors',
])

export function isDeviceDriverName(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .some((word) => DEVICE_WORDS.has(word))
}

const DEVELOPMENT_SCOPES: ReadonlySet<DependencyScope> = new Set(['dev', 'test', 'build'])
const SCOPE_RANK: Record<DependencyScope, number> = {
  runtime: 0,
  peer: 1,
  optional: 2,
  build: 3,
  dev: 4,
  test: 5,
}

/** The catalogue entry an imported module belongs to, if any. */
export function knownImport(
  knowledge: Knowledge,
  language: FileFacts['language'],
  module: string,
): PackageSignal | undefined {
  return language === 'javascript'
    ? lookupNpmImport(knowledge, module)
    : lookupPythonImport(knowledge, module)
}

/**
 * The catalogue entry an import reference brings in, and the module it names. Python's
 * `from google.cloud import storage` brings in google-cloud-storage, since `google.cloud` alone
 * names a neutral namespace; `from flask import session` brings in Flask, not flask-session, since
 * `flask` names a package with weight. A module the catalogue does not know at all (the app's own)
 * is not looked into further: most imports of a large app are its own.
 */
export function resolveImport(
  knowledge: Knowledge,
  language: FileFacts['language'],
  ref: ModuleRef,
): { known: PackageSignal; module: string } | undefined {
  const known = knownImport(knowledge, language, ref.module)
  if (ref.member && known && isNeutral(known)) {
    const module = `${ref.module}.${ref.member}`
    const deeper = knownImport(knowledge, language, module)
    if (deeper && deeper !== known && !isNeutral(deeper)) return { known: deeper, module }
  }
  return known ? { known, module: ref.module } : undefined
}

/** The packages of Python's standard library (its modules with submodules), and os for os.path. */
const STDLIB_PACKAGES: ReadonlySet<string> = new Set([
  'asyncio',
  'collections',
  'concurrent',
  'ctypes',
  'curses',
  'dbm',
  'distutils',
  'email',
  'encodings',
  'ensurepip',
  'html',
  'http',
  'idlelib',
  'importlib',
  'json',
  'lib2to3',
  'logging',
  'multiprocessing',
  'os',
  'pydoc_data',
  're',
  'sqlite3',
  'tkinter',
  'tomllib',
  'unittest',
  'urllib',
  'venv',
  'wsgiref',
  'xml',
  'xmlrpc',
  'zoneinfo',
])

/**
 * The entry of the longest dotted prefix the catalogue knows, as an import name or as a package
 * name: `google.cloud.storage` is google-cloud-storage and `zope.interface` is zope.interface, not
 * the Zope application server that `zope` alone names.
 */
function lookupPythonImport(knowledge: Knowledge, module: string): PackageSignal | undefined {
  const dot = module.indexOf('.')
  // The standard library's own submodules are no PyPI package (`http.client` is not http-client).
  if (dot > 0 && STDLIB_PACKAGES.has(module.slice(0, dot)))
    return knowledge.pythonImport(module.slice(0, dot))
  for (let end = module.length; end > 0; end = module.lastIndexOf('.', end - 1)) {
    const known = knowledge.pythonImport(end === module.length ? module : module.slice(0, end))
    if (known) return known
  }
  return undefined
}

/** A place in path order: the file, then the position of the fact within it. */
interface Seen {
  file: string
  index: number
}

function before(a: Seen, b: Seen): boolean {
  return a.file !== b.file ? a.file < b.file : a.index < b.index
}

/** Where a fact's evidence points: production code before test code, then path order. */
interface Place extends Seen {
  test: boolean
}

function better(a: Place, b: Place): boolean {
  return a.test !== b.test ? !a.test : before(a, b)
}

interface Folded<T> {
  /** First appearance in path order; orders the signals as a path-ordered walk would. */
  seen: Seen
  /** The evidence shown. */
  place: Place
  value: T
  /** How many times the key was folded in (for a code pattern: in how many files, one hit each). */
  count: number
}

/** Keeps, per key, the first appearance and the best evidence, whatever order they arrive in. */
function fold<T>(map: Map<string, Folded<T>>, key: string, place: Place, value: T): void {
  const entry = map.get(key)
  if (!entry) {
    map.set(key, { seen: place, place, value, count: 1 })
    return
  }
  entry.count++
  if (before(place, entry.seen)) entry.seen = place
  if (better(place, entry.place)) {
    entry.place = place
    entry.value = value
  }
}

function inOrder<T>(map: Map<string, Folded<T>>): Folded<T>[] {
  return [...map.values()].sort((a, b) => (before(a.seen, b.seen) ? -1 : 1))
}

/**
 * Folds what the source scan found in a component's files into the little the report needs: per
 * catalogued package and per code pattern, its first place and how many files show it. Files may
 * arrive in any order (parallel reads); the result is the same as for files taken in path order.
 * Nothing per file is kept, so memory does not grow with the number of files.
 */
export class CodeFacts {
  private readonly imports = new Map<
    string,
    Folded<{ known: PackageSignal; module: string; line: number | undefined }>
  >()
  private readonly patternHits = new Map<
    string,
    Folded<{ pattern: CompiledPattern; line: number | undefined }>
  >()
  /** Notebooks of the component's own work, and those among its docs, examples and tests. */
  private readonly ownNotebooks = { count: 0, first: undefined as string | undefined }
  private readonly auxiliaryNotebooks = { count: 0, first: undefined as string | undefined }

  constructor(private readonly knowledge: Knowledge) {}

  add(file: FileFacts): void {
    if (file.notebook) {
      const seen = file.test ? this.auxiliaryNotebooks : this.ownNotebooks
      seen.count++
      if (seen.first === undefined || file.path < seen.first) seen.first = file.path
    }
    file.imports.forEach((ref, index) => {
      const resolved = resolveImport(this.knowledge, file.language, ref)
      if (!resolved || isNeutral(resolved.known)) return
      const { known, module } = resolved
      fold(
        this.imports,
        known.name,
        { file: file.path, index, test: file.test },
        { known, module, line: file.notebook ? undefined : ref.line },
      )
    })
    file.patterns.forEach((hit, index) => {
      const id = hit.pattern.id
      const place = { file: file.path, index, test: file.test }
      // A notebook's lines count through its code cells joined: no line to show.
      const line = file.notebook ? undefined : hit.line
      fold(this.patternHits, id, place, { pattern: hit.pattern, line })
    })
  }

  /**
   * Catalogued packages the component's own code imports (tests, examples and tools aside), by
   * catalogue name (normalised as PyPI names are), each with its first such place.
   */
  ownImports(): Map<string, Evidence> {
    const own = new Map<string, Evidence>()
    for (const [name, { place, value }] of this.imports) {
      if (place.test) continue
      own.set(normalizePypiName(name), {
        file: place.file,
        line: value.line,
        detail: `imports ${value.module}`,
      })
    }
    return own
  }

  /** Whether the component's own code (tests, examples and tools aside) shows a code pattern. */
  ownPattern(id: string): boolean {
    const hit = this.patternHits.get(id)
    return hit !== undefined && !hit.place.test
  }

  /**
   * Code patterns the component's own code shows (tests, examples and tools aside), each with its
   * place there: a worker pool in mathjs's examples/ is not the library's own mitigation.
   */
  ownPatterns(): Map<string, Evidence> {
    const own = new Map<string, Evidence>()
    for (const { place, value } of inOrder(this.patternHits)) {
      if (place.test) continue
      own.set(value.pattern.id, {
        file: place.file,
        line: value.line,
        detail: value.pattern.detail,
      })
    }
    return own
  }

  /** In how many files a code pattern was seen (tests and examples included). */
  patternFiles(id: string): number {
    return this.patternHits.get(id)?.count ?? 0
  }

  /**
   * Signals from imports, code patterns and notebooks, each counted once with its first place.
   * `declared` names the catalogue entries the component's manifests already declare.
   */
  signals(
    declared: ReadonlySet<string> = new Set(),
    demoted: ReadonlySet<string> = new Set(),
    devOnly: ReadonlySet<string> = new Set(),
    builtSite = false,
    /** The component's own package names: its examples importing it say what the package is, once. */
    self: ReadonlySet<string> = new Set(),
  ): Signal[] {
    const signals: Signal[] = []
    for (const { place, value } of inOrder(this.imports)) {
      if (self.has(value.known.name)) continue
      const base = declared.has(value.known.name) ? IMPORT_FACTOR : UNDECLARED_IMPORT_FACTOR
      const factor = base * (place.test ? TEST_CODE_FACTOR : 1)
      // A development tool's import is the build or the tests at work, wherever the file sits
      // (lodash's lib/main/build-site.js and cheerio); a bundled frontend's framework is the app.
      const tool = devOnly.has(value.known.name)
      const weigh = (w: Workload) =>
        tool && w !== 'spa-frontend' ? factor * DEV_IMPORT_FACTOR : factor
      addWeighted(signals, workloadsOf(value.known, builtSite), weigh, 'import', {
        file: place.file,
        line: value.line,
        detail: `imports ${value.module}${aside(value.known, [])}`,
      })
    }
    for (const { place, value, count: files } of inOrder(this.patternHits)) {
      // More files doing the same thing is more evidence, with diminishing returns.
      const spread = 1 + 0.25 * Math.min(files - 1, 4)
      const aside = place.test || demoted.has(value.pattern.id)
      const factor = spread * (aside ? TEST_CODE_FACTOR : 1)
      addWeighted(
        signals,
        value.pattern.workloads,
        () => factor,
        'code-pattern',
        {
          file: place.file,
          line: value.line,
          detail: files > 1 ? `${value.pattern.detail} (${files} files)` : value.pattern.detail,
        },
        {
          ...(value.pattern.corroborates && { corroborates: true }),
          ...(value.pattern.inferred && { inferred: true }),
          ...(!aside && { files }),
        },
      )
    }
    const own = this.ownNotebooks.count > 0
    const { count, first } = own ? this.ownNotebooks : this.auxiliaryNotebooks
    if (first) {
      signals.push({
        workload: 'data-ml',
        weight: Math.min(2 + 0.5 * (count - 1), 4) * (own ? 1 : TEST_CODE_FACTOR),
        kind: 'notebook',
        evidence: {
          file: first,
          detail: count > 1 ? `${count} Jupyter notebooks` : 'Jupyter notebook',
        },
      })
    }
    return signals
  }
}

/** Signals from the facts of a set of files (see CodeFacts). */
export function codeSignals(files: readonly FileFacts[], knowledge: Knowledge): Signal[] {
  const facts = new CodeFacts(knowledge)
  for (const file of files) facts.add(file)
  return facts.signals()
}

function lookupNpmImport(knowledge: Knowledge, module: string): PackageSignal | undefined {
  const name = npmPackageOfImport(module)
  return name ? knowledge.npmPackage(name) : undefined
}

const ML_IMAGES = /^(tensorflow\/|pytorch\/|nvidia\/cuda|nvcr\.io\/|jupyter\/|huggingface\/)/i

/**
 * Hints from Dockerfile base images and Procfile process types. A Dockerfile among the component's
 * examples, tests or docs (`componentPath` tells) weighs like their code.
 */
export function containerSignals(manifests: readonly Manifest[], componentPath = ''): Signal[] {
  const signals: Signal[] = []
  for (const m of manifests) {
    if (m.kind === 'Dockerfile') {
      const factor = isAuxiliaryPath(m.file, componentPath) ? TEST_CODE_FACTOR : 1
      for (const image of m.baseImages ?? []) {
        if (ML_IMAGES.test(image.image)) {
          signals.push({
            workload: 'data-ml',
            weight: 1.5 * factor,
            kind: 'dockerfile',
            evidence: { file: m.file, line: image.line, detail: `ML base image ${image.image}` },
          })
        }
      }
    } else if (m.kind === 'Procfile') {
      for (const [type, command] of Object.entries(m.scripts ?? {})) {
        const line = m.commands?.find((c) => c.text === command)?.line
        const workload: Workload | undefined =
          type === 'web'
            ? 'io-api'
            : type === 'clock' || type === 'worker'
              ? 'automation'
              : undefined
        if (workload) {
          signals.push({
            workload,
            weight: 0.5,
            kind: 'procfile',
            evidence: { file: m.file, line, detail: `Procfile process type ${type}` },
          })
        }
      }
    }
  }
  return signals
}

/**
 * What a platform's manifest says the component is: a GitHub Action runs as a step of a workflow
 * (automation, as a command-line program does), a Home Assistant integration talks to devices
 * (iot). An action.yml counts in the component's own folder only: one in a folder below is a
 * repository's local CI step. An integration's manifest sits in custom_components/<domain>/ of the
 * repository it makes.
 */
export const PLATFORM_WEIGHT = 2
const PLATFORM_WORKLOADS: Record<NonNullable<Manifest['platform']>['kind'], Workload> = {
  'github-action': 'automation',
  'home-assistant': 'iot',
}

export function platformSignals(manifests: readonly Manifest[], componentPath = ''): Signal[] {
  return manifests.flatMap((m) =>
    m.platform && (m.platform.kind === 'home-assistant' || dirnameOf(m.file) === componentPath)
      ? [
          {
            workload: PLATFORM_WORKLOADS[m.platform.kind],
            weight: PLATFORM_WEIGHT,
            kind: 'package' as const,
            evidence: { file: m.file, line: m.platform.line, detail: m.platform.detail },
          },
        ]
      : [],
  )
}
