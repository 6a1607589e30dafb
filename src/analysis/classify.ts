// Weighs signals into a workload profile: a score, a confidence and evidence per class.
import {
  type Confidence,
  type Signal,
  type Workload,
  type WorkloadScore,
  WORKLOADS,
} from '../model.js'

/**
 * Below this raw weight the top class is not a workload, just noise: it is where confidence turns
 * from low to medium (confidenceOf), so a component is never said to do work the verdict then calls
 * too weakly shown to judge (axios-docs' one image script, js-yaml's command-line wrapper).
 */
export const MIN_PRIMARY_WEIGHT = 2
/** A second class is primary too when it reaches this share of the top class. */
export const CO_PRIMARY_SHARE = 0.8
const MAX_EVIDENCE = 12

export interface WorkloadProfile {
  workloads: WorkloadScore[]
  primary: Workload[]
}

/**
 * high: strong weight backed by two kinds of evidence (e.g. a dependency and the code using it);
 * medium: a fair weight; low: anything less — never enough for a verdict on its own.
 */
export function confidenceOf(raw: number, kinds: number): Confidence {
  if (raw >= 4 && kinds >= 2) return 'high'
  if (raw >= MIN_PRIMARY_WEIGHT) return 'medium'
  return 'low'
}

/**
 * `small`: the component has a few files of its own code (SMALL_COMPONENT_FILES in analyze.ts), so
 * the little it shows can be all it does (`focusOf`). `serves`: its own code serves requests (routes,
 * a listening server), so an API among its classes is a server's work (`toolsLast`).
 */
export function classify(
  signals: readonly Signal[],
  small = false,
  serves = false,
): WorkloadProfile {
  const byClass = new Map<Workload, Signal[]>()
  for (const s of withoutIdleClaims(signals)) {
    const list = byClass.get(s.workload)
    if (list) list.push(s)
    else byClass.set(s.workload, [s])
  }
  const scored = [...byClass.entries()].map(([workload, list]) => {
    const raw = withAddOnsCapped(list)
    // The shape of the code (Signal.inferred) is no second kind of evidence for the first.
    const kinds = new Set(
      list.filter((s) => !s.inferred).map((s) => (s.kind === 'import' ? 'code-pattern' : s.kind)),
    ).size
    const evidence = [...list]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_EVIDENCE)
      .map((s) => s.evidence)
    // A class shown only by corroborating evidence (a worker pool and nothing it works on) is
    // listed with its weight but is not a workload of the component.
    const shown = list.some((s) => !s.corroborates)
    // Declared for running and imported by the code: what focusOf asks of a small component.
    const used =
      list.some((s) => s.kind === 'dependency' && s.runtime) &&
      list.some((s) => s.kind === 'import')
    const codeFiles = new Set(
      list
        .filter((s) => s.kind === 'code-pattern' && s.files !== undefined)
        .map((s) => s.evidence.file),
    )
    return { workload, raw, kinds, evidence, shown, used, files: ownPatternFiles(list), codeFiles }
  })
  // A tie goes to the class shown by more kinds of evidence (smol developer's command-line program,
  // declared and coded, over the browser extension its old version kept in v0/).
  scored.sort(
    (a, b) =>
      b.raw - a.raw ||
      b.kinds - a.kinds ||
      WORKLOADS.indexOf(a.workload) - WORKLOADS.indexOf(b.workload),
  )
  const shown = scored.filter((s) => s.shown)
  const shownTop = shown[0]?.raw ?? 0
  const focus = small ? focusOf(shown) : undefined
  const top = scored[0]?.raw ?? 0
  const workloads: WorkloadScore[] = scored.map((s) => ({
    workload: s.workload,
    score: scoreAgainst(s.raw, top),
    raw: round(s.raw),
    // A small component's focus is named at the confidence a workload needs to be judged.
    // A class shown only by corroborating evidence is no workload of the component (see above), nor
    // secondary work the verdict could add a caveat for (rollup's esm-shim plug-in, whose summary says
    // "minified").
    confidence: s.workload === focus ? 'medium' : s.shown ? confidenceOf(s.raw, s.kinds) : 'low',
    evidence: s.evidence,
  }))
  const primary = focus
    ? [focus]
    : shownTop < MIN_PRIMARY_WEIGHT
      ? []
      : shown.filter((s) => s.raw >= shownTop * CO_PRIMARY_SHARE).map((s) => s.workload)
  return {
    workloads,
    primary: toolsLast(
      pagesCarried(wideApiFirst(carrierLast(primary, scored), scored), scored),
      scored,
      serves,
    ),
  }
}

/**
 * A package's claim of heavy computation backs what it runs, not what it is built or tested with:
 * a compute class its description claims and only development packages show is listed, but is no
 * workload (SheetJS' old GitHub home, a package.json calling itself a "parser" beside fflate for
 * its build and no parser code left). Such a claim is what a warning would rest on; an SDK's
 * description over its generated code (polar's sdk/typescript) names harmless I/O and still counts.
 */
const COMPUTE: ReadonlySet<Workload> = new Set(['cpu-intensive', 'data-ml'])

function withoutIdleClaims(signals: readonly Signal[]): readonly Signal[] {
  const runs = new Set<Workload>()
  for (const s of signals)
    if (!s.corroborates && (s.kind !== 'dependency' || s.runtime)) runs.add(s.workload)
  const idle = new Set(
    signals
      .filter((s) => s.kind === 'description' && COMPUTE.has(s.workload) && !runs.has(s.workload))
      .map((s) => s.workload),
  )
  if (idle.size === 0) return signals
  return signals.map((s) => (idle.has(s.workload) ? { ...s, corroborates: true } : s))
}

/**
 * A server's scripts and integrations are its tools: when automation leads a component's co-primary
 * classes and a server class among them is declared for running and imported, the server comes
 * first (frappe's CRM: its Frappe pages beside requests, Beautiful Soup and Twilio calls). Pages and
 * sockets are a server's work; an API only when the component's own code serves it (`serves`), as
 * database and HTTP clients weigh toward io-api too (a bot's Postgres driver, a test suite's
 * requests). A class shown only by development packages or by code in a file or two (a CDK app's
 * canary handler), or too light to be a workload alone (a one-script analyzer's API client), stays
 * behind; code that serves from API_SPREAD_FILES files of the component's own is a server without
 * a package of its own (chia's WebSocket daemon and peer servers, beside its click commands). A
 * command line in the very file whose code serves is that server's launcher (Simple-Game-Server's
 * server.py: argparse for the ports of the TCP and UDP servers it starts).
 */
function toolsLast(
  primary: Workload[],
  scored: readonly {
    workload: Workload
    raw: number
    used: boolean
    files: number
    codeFiles: ReadonlySet<string>
  }[],
  serves: boolean,
): Workload[] {
  if (primary[0] !== 'automation') return primary
  const servers: readonly Workload[] = serves ? SERVER_SIDE : CARRIED_BY_IO_API
  const tools = scored.find((s) => s.workload === 'automation')?.codeFiles ?? new Set<string>()
  const launches = (files: ReadonlySet<string>) => [...files].some((f) => tools.has(f))
  const server = primary.find((w) =>
    scored.some(
      (s) =>
        s.workload === w &&
        servers.includes(w) &&
        (s.used || (serves && s.files >= API_SPREAD_FILES) || launches(s.codeFiles)) &&
        s.raw >= MIN_PRIMARY_WEIGHT,
    ),
  )
  if (!server) return primary
  return [server, ...primary.filter((w) => w !== server)]
}

/**
 * A small component (see `classify`) whose top class is shown both by a dependency declared for
 * running and by its code importing it does that work, however light (apostrophe's cache-redis: a
 * Redis client and the file that wraps it), when no other class weighs over 1/FOCUS_LEAD of it: a
 * Cortex analyzer's script calling requests leans to automation, with a little of requests'
 * io-api beside it. FOCUSED_WEIGHT is a declared and imported catalogued package.
 */
export const FOCUSED_WEIGHT = 0.75
const FOCUS_LEAD = 2

function focusOf(
  shown: readonly { workload: Workload; raw: number; used: boolean }[],
): Workload | undefined {
  const [only, next] = shown
  if (!only || !only.used) return undefined
  if (next && next.raw * FOCUS_LEAD > only.raw) return undefined
  if (only.raw >= MIN_PRIMARY_WEIGHT || only.raw < FOCUSED_WEIGHT) return undefined
  return only.workload
}

/**
 * Add-on packages (a middleware, a UI widget, an auth helper: each weighing under ADD_ON_WEIGHT)
 * repeat what their framework already says. Per class and per kind (declared or imported),
 * together they count for at most ADD_ONS_CAP, so a long list of them cannot outvote what the
 * framework and the code show.
 */
export const ADD_ON_WEIGHT = 1
export const ADD_ONS_CAP = 1.5

function withAddOnsCapped(list: readonly Signal[]): number {
  let raw = 0
  const addOns = { dependency: 0, import: 0 }
  for (const s of list) {
    if ((s.kind === 'dependency' || s.kind === 'import') && s.weight < ADD_ON_WEIGHT)
      addOns[s.kind] += s.weight
    else raw += s.weight
  }
  return raw + Math.min(addOns.dependency, ADD_ONS_CAP) + Math.min(addOns.import, ADD_ONS_CAP)
}

// A real-time service and a server-rendered app both answer HTTP requests: their routes and
// server set-up are the carrier, so among co-primary classes the more specific one comes first.
// Unless the API is the larger part of the code: when its routes and servers show in at least
// API_SPREAD_FILES of the component's own files and in half as many again as the socket code
// does, and it weighs at least as much, the sockets are a feature of the API (fastapi's WebSocket
// support, lnbits' payment notifications), not what it carries. (Not for pages: one helper that
// wraps render_template serves a whole app's routes, so page code shows in few files.)
const CARRIED_BY_IO_API: readonly Workload[] = ['realtime', 'server-web']
/** A class's raw weight and the most files of the component's own code any of its patterns show in. */
type ScoredClass = { workload: Workload; raw: number; files: number }
export const API_SPREAD_FILES = 3
export const API_SPREAD_RATIO = 1.5

function carrierLast(primary: Workload[], scored: readonly ScoredClass[]): Workload[] {
  const i = primary.indexOf('io-api')
  if (i < 0 || !primary.slice(i + 1).some((w) => CARRIED_BY_IO_API.includes(w))) return primary
  const specific = primary.filter((w) => CARRIED_BY_IO_API.includes(w))
  const of = (w: Workload) => scored.find((s) => s.workload === w) ?? { raw: 0, files: 0 }
  const api = of('io-api')
  const outweighs = (w: Workload) =>
    w === 'realtime' &&
    api.files >= (of(w).files === 0 ? 1 : API_SPREAD_FILES) &&
    api.files >= API_SPREAD_RATIO * of(w).files &&
    api.raw >= of(w).raw
  if (specific.every(outweighs)) return primary
  return [...specific, ...primary.filter((w) => !CARRIED_BY_IO_API.includes(w))]
}

/**
 * An API whose routes span many modules carries the sockets a few of them open (gns3-server's
 * 32 handler modules beside the 6 that stream consoles over WebSockets): when its routes show in
 * WIDE_API_FILES files or more, WIDE_API_RATIO times as many as the socket code, and its weight
 * comes within WIDE_API_SHARE of the real-time class, the API comes first.
 */
export const WIDE_API_FILES = 10
export const WIDE_API_RATIO = 3
export const WIDE_API_SHARE = 0.6

function wideApiFirst(primary: Workload[], scored: readonly ScoredClass[]): Workload[] {
  if (primary[0] !== 'realtime') return primary
  const rt = scored.find((s) => s.workload === 'realtime')
  const api = scored.find((s) => s.workload === 'io-api')
  if (!rt || !api) return primary
  if (
    api.files < WIDE_API_FILES ||
    api.files < WIDE_API_RATIO * rt.files ||
    api.raw < WIDE_API_SHARE * rt.raw
  )
    return primary
  return ['io-api', ...primary.filter((w) => w !== 'io-api')]
}

/**
 * An API whose routes render pages in as many of its files as the routes show in (an Express app
 * whose every route file calls `res.render` on its Pug views: supabase-by-example's reset-flow) is
 * a server-rendered app, though its HTTP packages outweigh its template engine: from
 * PAGE_FILES_MIN such files on, with server-rendered work within PAGES_NEAR_API of the API's
 * weight, the pages come first and the API second.
 */
export const PAGE_FILES_MIN = 2
export const PAGES_NEAR_API = 0.6
/** The fewest files rendering pages for a site's routes to be its pages and nothing more. */
export const ROUTED_PAGE_FILES_MIN = 2

function pagesCarried(primary: Workload[], scored: readonly ScoredClass[]): Workload[] {
  const pages = scored.find((s) => s.workload === 'server-web')
  const api = scored.find((s) => s.workload === 'io-api')
  if (!pages || !api) return primary
  // Pages first, with the API beside them only because the same routes answer requests: when
  // pages are rendered in as many files as the routes show in (the Flask tutorial's blog, whose
  // auth and blog views each render their templates), those routes are the pages, not an API.
  if (primary[0] === 'server-web' && primary.includes('io-api')) {
    return pages.files >= ROUTED_PAGE_FILES_MIN && pages.files >= api.files
      ? primary.filter((w) => w !== 'io-api')
      : primary
  }
  if (primary[0] !== 'io-api' || primary.includes('server-web')) return primary
  if (
    pages.files < PAGE_FILES_MIN ||
    pages.files < api.files ||
    pages.raw < PAGES_NEAR_API * api.raw
  )
    return primary
  return ['server-web', ...primary]
}

/** Files of the component's own code that show a class's patterns (the most for any one pattern). */
function ownPatternFiles(list: readonly Signal[]): number {
  return Math.max(0, ...list.map((s) => s.files ?? 0))
}

/**
 * With an API layer on a web framework among its dependencies (Django REST framework, django-ninja,
 * Flask-RESTX), a component whose server-rendered and API work come out co-primary serves an API:
 * the web framework's pages are the carrier, so io-api comes first.
 */
export function apiLayerFirst(profile: WorkloadProfile, apiLayer: boolean): WorkloadProfile {
  const { primary } = profile
  const web = primary.indexOf('server-web')
  const api = primary.indexOf('io-api')
  if (!apiLayer || web < 0 || api < 0 || api < web) return profile
  const reordered = [...primary]
  reordered.splice(api, 1)
  reordered.splice(web, 0, 'io-api')
  return { ...profile, primary: reordered }
}

/**
 * A component that serves HTTP from its own code and bundles the pages it serves (web-check's
 * Express API beside its React and Astro UI) is judged as the server: the guidance compares
 * backends, and a frontend's long list of UI packages outweighs the few a server needs. The server
 * comes first when its strongest class reaches BACKEND_SHARE of the frontend's weight: that class,
 * or pages or sockets weighing near it (indico's templates beside its Flask API).
 */
export const BACKEND_SHARE = 0.7
/**
 * In a component judged as Python, the front end it bundles can only be pages its Python server
 * serves (wagtail's React admin beside its Django views): the server comes first from this share.
 */
export const PYTHON_BACKEND_SHARE = 0.4
const SERVER_SIDE: readonly Workload[] = ['realtime', 'io-api', 'server-web']

export function serverFirst(
  profile: WorkloadProfile,
  serves: boolean,
  pythonServer = false,
  launched = false,
): WorkloadProfile {
  const { workloads, primary } = profile
  // So is a server process its start script launches whose command line leads (shout's IRC web
  // client: its `shout start`, `add` and `list` commands beside the socket.io server they run):
  // from BACKEND_SHARE of the command line's weight, the commands administer the server.
  const tools = launched && primary[0] === 'automation'
  if (!tools && (!serves || primary[0] !== 'spa-frontend')) return profile
  const top = workloads[0]?.raw ?? 0
  const strongest = workloads.find((w) => SERVER_SIDE.includes(w.workload))
  const share = pythonServer && !tools ? PYTHON_BACKEND_SHARE : BACKEND_SHARE
  if (!strongest || strongest.raw < top * share) return profile
  // As among co-primary classes (carrierLast), pages or sockets near the API's weight are what
  // its routes carry.
  const server =
    workloads.find(
      (w) => CARRIED_BY_IO_API.includes(w.workload) && w.raw >= strongest.raw * CO_PRIMARY_SHARE,
    ) ?? strongest
  return {
    ...profile,
    primary: [server.workload, ...primary.filter((w) => w !== server.workload)],
  }
}

/**
 * A framework-mode app whose pages load their data on the server (Remix and React Router loaders)
 * renders on the server: its React packages are the views of those pages, not a browser app. From
 * PAGE_SPREAD_FILES such pages on, server-web comes before spa-frontend however many UI packages the
 * front end lists (shelf.nu's 255 loaders beside 40 React packages). The caller counts pages only
 * for those frameworks (analyze.ts' loadsOnServer); a few pages are an ordinary front end's. A
 * full-stack framework's app whose server code queries a database runs on its server too, however
 * few its pages: its pages come first, unless its API weighs over twice as much.
 */
export const PAGE_SPREAD_FILES = 20
const PAGES_SHARE = 0.5

export function pagesFirst(
  profile: WorkloadProfile,
  pageFiles: number,
  /** Its server code queries a database (analyze.ts' queriesDatabaseInSite): pages or not. */
  queriesDatabase = false,
): WorkloadProfile {
  const { workloads, primary } = profile
  if (primary[0] !== 'spa-frontend') return profile
  const pages = pageFiles >= PAGE_SPREAD_FILES
  if (!pages && !queriesDatabase) return profile
  // Pages loading their data say server-rendered; a database behind the app says a server, whose
  // pages come first unless they weigh under PAGES_SHARE of the API it serves (morphic's AI routes;
  // opensanctions' review pages beside their few API routes are pages).
  const weightOf = (w: Workload) => workloads.find((s) => s.workload === w)?.raw ?? 0
  const server: Workload =
    !pages && weightOf('io-api') * PAGES_SHARE > weightOf('server-web') ? 'io-api' : 'server-web'
  if (weightOf(server) === 0) return profile
  return { ...profile, primary: [server, ...primary.filter((w) => w !== server)] }
}

/** A class's score: its raw weight as a share of the top class's, to two decimals. */
export function scoreAgainst(raw: number, top: number): number {
  return top > 0 ? round(raw / top) : 0
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
