export const id = 375;
export const ids = [375];
export const modules = {

/***/ 7422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ scoreAgainst),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   VH: () => (/* binding */ MIN_PRIMARY_WEIGHT),
/* harmony export */   _D: () => (/* binding */ apiLayerFirst),
/* harmony export */   hV: () => (/* binding */ pagesFirst),
/* harmony export */   ms: () => (/* binding */ serverFirst),
/* harmony export */   n3: () => (/* binding */ ADD_ON_WEIGHT)
/* harmony export */ });
/* unused harmony exports CO_PRIMARY_SHARE, confidenceOf, FOCUSED_WEIGHT, ADD_ONS_CAP, API_SPREAD_FILES, API_SPREAD_RATIO, WIDE_API_FILES, WIDE_API_RATIO, WIDE_API_SHARE, PAGE_FILES_MIN, PAGES_NEAR_API, ROUTED_PAGE_FILES_MIN, BACKEND_SHARE, PYTHON_BACKEND_SHARE, PAGE_SPREAD_FILES */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
// Weighs signals into a workload profile: a score, a confidence and evidence per class.

/**
 * Below this raw weight the top class is not a workload, just noise: it is where confidence turns
 * from low to medium (confidenceOf), so a component is never said to do work the verdict then calls
 * too weakly shown to judge (axios-docs' one image script, js-yaml's command-line wrapper).
 */
const MIN_PRIMARY_WEIGHT = 2;
/** A second class is primary too when it reaches this share of the top class. */
const CO_PRIMARY_SHARE = 0.8;
const MAX_EVIDENCE = 12;
/**
 * high: strong weight backed by two kinds of evidence (e.g. a dependency and the code using it);
 * medium: a fair weight; low: anything less — never enough for a verdict on its own.
 */
function confidenceOf(raw, kinds) {
    if (raw >= 4 && kinds >= 2)
        return 'high';
    if (raw >= MIN_PRIMARY_WEIGHT)
        return 'medium';
    return 'low';
}
/**
 * `small`: the component has a few files of its own code (SMALL_COMPONENT_FILES in analyze.ts), so
 * the little it shows can be all it does (`focusOf`). `serves`: its own code serves requests (routes,
 * a listening server), so an API among its classes is a server's work (`toolsLast`).
 */
function classify(signals, small = false, serves = false) {
    const byClass = new Map();
    for (const s of withoutIdleClaims(signals)) {
        const list = byClass.get(s.workload);
        if (list)
            list.push(s);
        else
            byClass.set(s.workload, [s]);
    }
    const scored = [...byClass.entries()].map(([workload, list]) => {
        const raw = withAddOnsCapped(list);
        // The shape of the code (Signal.inferred) is no second kind of evidence for the first.
        const kinds = new Set(list.filter((s) => !s.inferred).map((s) => (s.kind === 'import' ? 'code-pattern' : s.kind))).size;
        const evidence = [...list]
            .sort((a, b) => b.weight - a.weight)
            .slice(0, MAX_EVIDENCE)
            .map((s) => s.evidence);
        // A class shown only by corroborating evidence (a worker pool and nothing it works on) is
        // listed with its weight but is not a workload of the component.
        const shown = list.some((s) => !s.corroborates);
        // Declared for running and imported by the code: what focusOf asks of a small component.
        const used = list.some((s) => s.kind === 'dependency' && s.runtime) &&
            list.some((s) => s.kind === 'import');
        const codeFiles = new Set(list
            .filter((s) => s.kind === 'code-pattern' && s.files !== undefined)
            .map((s) => s.evidence.file));
        return { workload, raw, kinds, evidence, shown, used, files: ownPatternFiles(list), codeFiles };
    });
    // A tie goes to the class shown by more kinds of evidence (smol developer's command-line program,
    // declared and coded, over the browser extension its old version kept in v0/).
    scored.sort((a, b) => b.raw - a.raw ||
        b.kinds - a.kinds ||
        _model_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKLOADS */ .vZ.indexOf(a.workload) - _model_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKLOADS */ .vZ.indexOf(b.workload));
    const shown = scored.filter((s) => s.shown);
    const shownTop = shown[0]?.raw ?? 0;
    const focus = small ? focusOf(shown) : undefined;
    const top = scored[0]?.raw ?? 0;
    const workloads = scored.map((s) => ({
        workload: s.workload,
        score: scoreAgainst(s.raw, top),
        raw: round(s.raw),
        // A small component's focus is named at the confidence a workload needs to be judged.
        // A class shown only by corroborating evidence is no workload of the component (see above), nor
        // secondary work the verdict could add a caveat for (rollup's esm-shim plug-in, whose summary says
        // "minified").
        confidence: s.workload === focus ? 'medium' : s.shown ? confidenceOf(s.raw, s.kinds) : 'low',
        evidence: s.evidence,
    }));
    const primary = focus
        ? [focus]
        : shownTop < MIN_PRIMARY_WEIGHT
            ? []
            : shown.filter((s) => s.raw >= shownTop * CO_PRIMARY_SHARE).map((s) => s.workload);
    return {
        workloads,
        primary: toolsLast(pagesCarried(wideApiFirst(carrierLast(primary, scored), scored), scored), scored, serves),
    };
}
/**
 * A package's claim of heavy computation backs what it runs, not what it is built or tested with:
 * a compute class its description claims and only development packages show is listed, but is no
 * workload (SheetJS' old GitHub home, a package.json calling itself a "parser" beside fflate for
 * its build and no parser code left). Such a claim is what a warning would rest on; an SDK's
 * description over its generated code (polar's sdk/typescript) names harmless I/O and still counts.
 */
const COMPUTE = new Set(['cpu-intensive', 'data-ml']);
function withoutIdleClaims(signals) {
    const runs = new Set();
    for (const s of signals)
        if (!s.corroborates && (s.kind !== 'dependency' || s.runtime))
            runs.add(s.workload);
    const idle = new Set(signals
        .filter((s) => s.kind === 'description' && COMPUTE.has(s.workload) && !runs.has(s.workload))
        .map((s) => s.workload));
    if (idle.size === 0)
        return signals;
    return signals.map((s) => (idle.has(s.workload) ? { ...s, corroborates: true } : s));
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
function toolsLast(primary, scored, serves) {
    if (primary[0] !== 'automation')
        return primary;
    const servers = serves ? SERVER_SIDE : CARRIED_BY_IO_API;
    const tools = scored.find((s) => s.workload === 'automation')?.codeFiles ?? new Set();
    const launches = (files) => [...files].some((f) => tools.has(f));
    const server = primary.find((w) => scored.some((s) => s.workload === w &&
        servers.includes(w) &&
        (s.used || (serves && s.files >= API_SPREAD_FILES) || launches(s.codeFiles)) &&
        s.raw >= MIN_PRIMARY_WEIGHT));
    if (!server)
        return primary;
    return [server, ...primary.filter((w) => w !== server)];
}
/**
 * A small component (see `classify`) whose top class is shown both by a dependency declared for
 * running and by its code importing it does that work, however light (apostrophe's cache-redis: a
 * Redis client and the file that wraps it), when no other class weighs over 1/FOCUS_LEAD of it: a
 * Cortex analyzer's script calling requests leans to automation, with a little of requests'
 * io-api beside it. FOCUSED_WEIGHT is a declared and imported catalogued package.
 */
const FOCUSED_WEIGHT = 0.75;
const FOCUS_LEAD = 2;
function focusOf(shown) {
    const [only, next] = shown;
    if (!only || !only.used)
        return undefined;
    if (next && next.raw * FOCUS_LEAD > only.raw)
        return undefined;
    if (only.raw >= MIN_PRIMARY_WEIGHT || only.raw < FOCUSED_WEIGHT)
        return undefined;
    return only.workload;
}
/**
 * Add-on packages (a middleware, a UI widget, an auth helper: each weighing under ADD_ON_WEIGHT)
 * repeat what their framework already says. Per class and per kind (declared or imported),
 * together they count for at most ADD_ONS_CAP, so a long list of them cannot outvote what the
 * framework and the code show.
 */
const ADD_ON_WEIGHT = 1;
const ADD_ONS_CAP = 1.5;
function withAddOnsCapped(list) {
    let raw = 0;
    const addOns = { dependency: 0, import: 0 };
    for (const s of list) {
        if ((s.kind === 'dependency' || s.kind === 'import') && s.weight < ADD_ON_WEIGHT)
            addOns[s.kind] += s.weight;
        else
            raw += s.weight;
    }
    return raw + Math.min(addOns.dependency, ADD_ONS_CAP) + Math.min(addOns.import, ADD_ONS_CAP);
}
// A real-time service and a server-rendered app both answer HTTP requests: their routes and
// server set-up are the carrier, so among co-primary classes the more specific one comes first.
// Unless the API is the larger part of the code: when its routes and servers show in at least
// API_SPREAD_FILES of the component's own files and in half as many again as the socket code
// does, and it weighs at least as much, the sockets are a feature of the API (fastapi's WebSocket
// support, lnbits' payment notifications), not what it carries. (Not for pages: one helper that
// wraps render_template serves a whole app's routes, so page code shows in few files.)
const CARRIED_BY_IO_API = ['realtime', 'server-web'];
const API_SPREAD_FILES = 3;
const API_SPREAD_RATIO = 1.5;
function carrierLast(primary, scored) {
    const i = primary.indexOf('io-api');
    if (i < 0 || !primary.slice(i + 1).some((w) => CARRIED_BY_IO_API.includes(w)))
        return primary;
    const specific = primary.filter((w) => CARRIED_BY_IO_API.includes(w));
    const of = (w) => scored.find((s) => s.workload === w) ?? { raw: 0, files: 0 };
    const api = of('io-api');
    const outweighs = (w) => w === 'realtime' &&
        api.files >= (of(w).files === 0 ? 1 : API_SPREAD_FILES) &&
        api.files >= API_SPREAD_RATIO * of(w).files &&
        api.raw >= of(w).raw;
    if (specific.every(outweighs))
        return primary;
    return [...specific, ...primary.filter((w) => !CARRIED_BY_IO_API.includes(w))];
}
/**
 * An API whose routes span many modules carries the sockets a few of them open (gns3-server's
 * 32 handler modules beside the 6 that stream consoles over WebSockets): when its routes show in
 * WIDE_API_FILES files or more, WIDE_API_RATIO times as many as the socket code, and its weight
 * comes within WIDE_API_SHARE of the real-time class, the API comes first.
 */
const WIDE_API_FILES = 10;
const WIDE_API_RATIO = 3;
const WIDE_API_SHARE = 0.6;
function wideApiFirst(primary, scored) {
    if (primary[0] !== 'realtime')
        return primary;
    const rt = scored.find((s) => s.workload === 'realtime');
    const api = scored.find((s) => s.workload === 'io-api');
    if (!rt || !api)
        return primary;
    if (api.files < WIDE_API_FILES ||
        api.files < WIDE_API_RATIO * rt.files ||
        api.raw < WIDE_API_SHARE * rt.raw)
        return primary;
    return ['io-api', ...primary.filter((w) => w !== 'io-api')];
}
/**
 * An API whose routes render pages in as many of its files as the routes show in (an Express app
 * whose every route file calls `res.render` on its Pug views: supabase-by-example's reset-flow) is
 * a server-rendered app, though its HTTP packages outweigh its template engine: from
 * PAGE_FILES_MIN such files on, with server-rendered work within PAGES_NEAR_API of the API's
 * weight, the pages come first and the API second.
 */
const PAGE_FILES_MIN = 2;
const PAGES_NEAR_API = 0.6;
/** The fewest files rendering pages for a site's routes to be its pages and nothing more. */
const ROUTED_PAGE_FILES_MIN = 2;
function pagesCarried(primary, scored) {
    const pages = scored.find((s) => s.workload === 'server-web');
    const api = scored.find((s) => s.workload === 'io-api');
    if (!pages || !api)
        return primary;
    // Pages first, with the API beside them only because the same routes answer requests: when
    // pages are rendered in as many files as the routes show in (the Flask tutorial's blog, whose
    // auth and blog views each render their templates), those routes are the pages, not an API.
    if (primary[0] === 'server-web' && primary.includes('io-api')) {
        return pages.files >= ROUTED_PAGE_FILES_MIN && pages.files >= api.files
            ? primary.filter((w) => w !== 'io-api')
            : primary;
    }
    if (primary[0] !== 'io-api' || primary.includes('server-web'))
        return primary;
    if (pages.files < PAGE_FILES_MIN ||
        pages.files < api.files ||
        pages.raw < PAGES_NEAR_API * api.raw)
        return primary;
    return ['server-web', ...primary];
}
/** Files of the component's own code that show a class's patterns (the most for any one pattern). */
function ownPatternFiles(list) {
    return Math.max(0, ...list.map((s) => s.files ?? 0));
}
/**
 * With an API layer on a web framework among its dependencies (Django REST framework, django-ninja,
 * Flask-RESTX), a component whose server-rendered and API work come out co-primary serves an API:
 * the web framework's pages are the carrier, so io-api comes first.
 */
function apiLayerFirst(profile, apiLayer) {
    const { primary } = profile;
    const web = primary.indexOf('server-web');
    const api = primary.indexOf('io-api');
    if (!apiLayer || web < 0 || api < 0 || api < web)
        return profile;
    const reordered = [...primary];
    reordered.splice(api, 1);
    reordered.splice(web, 0, 'io-api');
    return { ...profile, primary: reordered };
}
/**
 * A component that serves HTTP from its own code and bundles the pages it serves (web-check's
 * Express API beside its React and Astro UI) is judged as the server: the guidance compares
 * backends, and a frontend's long list of UI packages outweighs the few a server needs. The server
 * comes first when its strongest class reaches BACKEND_SHARE of the frontend's weight: that class,
 * or pages or sockets weighing near it (indico's templates beside its Flask API).
 */
const BACKEND_SHARE = 0.7;
/**
 * In a component judged as Python, the front end it bundles can only be pages its Python server
 * serves (wagtail's React admin beside its Django views): the server comes first from this share.
 */
const PYTHON_BACKEND_SHARE = 0.4;
const SERVER_SIDE = ['realtime', 'io-api', 'server-web'];
function serverFirst(profile, serves, pythonServer = false, launched = false) {
    const { workloads, primary } = profile;
    // So is a server process its start script launches whose command line leads (shout's IRC web
    // client: its `shout start`, `add` and `list` commands beside the socket.io server they run):
    // from BACKEND_SHARE of the command line's weight, the commands administer the server.
    const tools = launched && primary[0] === 'automation';
    if (!tools && (!serves || primary[0] !== 'spa-frontend'))
        return profile;
    const top = workloads[0]?.raw ?? 0;
    const strongest = workloads.find((w) => SERVER_SIDE.includes(w.workload));
    const share = pythonServer && !tools ? PYTHON_BACKEND_SHARE : BACKEND_SHARE;
    if (!strongest || strongest.raw < top * share)
        return profile;
    // As among co-primary classes (carrierLast), pages or sockets near the API's weight are what
    // its routes carry.
    const server = workloads.find((w) => CARRIED_BY_IO_API.includes(w.workload) && w.raw >= strongest.raw * CO_PRIMARY_SHARE) ?? strongest;
    return {
        ...profile,
        primary: [server.workload, ...primary.filter((w) => w !== server.workload)],
    };
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
const PAGE_SPREAD_FILES = 20;
const PAGES_SHARE = 0.5;
function pagesFirst(profile, pageFiles, 
/** Its server code queries a database (analyze.ts' queriesDatabaseInSite): pages or not. */
queriesDatabase = false) {
    const { workloads, primary } = profile;
    if (primary[0] !== 'spa-frontend')
        return profile;
    const pages = pageFiles >= PAGE_SPREAD_FILES;
    if (!pages && !queriesDatabase)
        return profile;
    // Pages loading their data say server-rendered; a database behind the app says a server, whose
    // pages come first unless they weigh under PAGES_SHARE of the API it serves (morphic's AI routes;
    // opensanctions' review pages beside their few API routes are pages).
    const weightOf = (w) => workloads.find((s) => s.workload === w)?.raw ?? 0;
    const server = !pages && weightOf('io-api') * PAGES_SHARE > weightOf('server-web') ? 'io-api' : 'server-web';
    if (weightOf(server) === 0)
        return profile;
    return { ...profile, primary: [server, ...primary.filter((w) => w !== server)] };
}
/** A class's score: its raw weight as a share of the top class's, to two decimals. */
function scoreAgainst(raw, top) {
    return top > 0 ? round(raw / top) : 0;
}
function round(n) {
    return Math.round(n * 100) / 100;
}


/***/ }),

/***/ 4639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vy: () => (/* binding */ SOURCE_READ_BYTES),
  CA: () => (/* binding */ errorCode),
  yR: () => (/* binding */ readText),
  WN: () => (/* binding */ scanFile),
  GH: () => (/* binding */ scanScratch)
});

// EXTERNAL MODULE: ./src/scan/file-source.ts
var file_source = __webpack_require__(1141);
// EXTERNAL MODULE: ./src/scan/text.ts
var scan_text = __webpack_require__(326);
// EXTERNAL MODULE: ./src/analysis/signals.ts
var signals = __webpack_require__(7887);
;// CONCATENATED MODULE: ./src/analysis/js-literals.ts
// Where a JavaScript text holds the text of template literals. A docs site or a code generator keeps
// whole sample programs in template literals (`const sample = \`import fastify from 'fastify'…\``):
// their imports and calls are text the code prints, not code it runs.
const BACKTICK = 0x60;
/** Keywords after which a `/` starts a regular expression rather than dividing. */
const BEFORE_REGEX = new Set([
    'return',
    'typeof',
    'instanceof',
    'in',
    'of',
    'new',
    'delete',
    'void',
    'throw',
    'case',
    'do',
    'else',
    'yield',
    'await',
]);
function isIdentifierPart(c) {
    return ((c >= 0x61 && c <= 0x7a) || // a-z
        (c >= 0x41 && c <= 0x5a) || // A-Z
        (c >= 0x30 && c <= 0x39) || // 0-9
        c === 0x5f || // _
        c === 0x24 || // $
        c >= 0x80);
}
/**
 * The text parts of a text's template literals, found as far as callers ask: a flat list of
 * [start, end) offsets in order; the `${…}` expressions between parts are code and are not in it.
 *
 * A light lexer, not a parser: it knows strings, comments, regular expressions (told from division
 * by the token before them, as parsers do), template literals and their nested expressions. Strings
 * end at a line break, so the apostrophes of markup text (`<p>Don't</p>` in a .vue or .astro file)
 * cost at most the rest of their line. A template literal still open at the end of the text (a file
 * cut at its read budget, or a stray backtick in markup) gives no span, so nothing after it is lost.
 * It lexes lazily: imports sit at the top, so most files are read only that far.
 */
class TemplateSpans {
    text;
    spans = [];
    /** Brace depth of the code at each open `${`, innermost last. */
    open = [];
    depth = 0;
    /** Where lexing resumes; the text's length once it is done. */
    i = 0;
    /** The first backtick: nothing before it needs lexing (imports mostly sit there). */
    first;
    constructor(text) {
        this.text = text;
        this.first = text.indexOf('`');
        if (this.first === -1)
            this.i = text.length;
    }
    /** Whether [start, end) lies wholly in the text of one template literal. */
    covers(start, end) {
        if (start < this.first || this.first === -1)
            return false;
        if (this.i <= start)
            this.lexTo(start + 1);
        const k = spanIndex(this.spans, start);
        return k >= 0 && end <= this.spans[2 * k + 1];
    }
    /**
     * Lexes until every template literal starting before `until` is known. Only six characters can
     * change the state, so a native search skips from one to the next; whether a `/` starts a
     * regular expression is read off the token before it.
     */
    lexTo(until) {
        const { text } = this;
        const n = text.length;
        let i = this.i;
        while (i < until && i < n) {
            SIGNIFICANT.lastIndex = i;
            if (!SIGNIFICANT.test(text)) {
                i = n;
                break;
            }
            i = SIGNIFICANT.lastIndex - 1;
            const c = text.charCodeAt(i);
            if (c === BACKTICK) {
                i = this.templateText(i + 1);
            }
            else if (c === 0x7b /* { */) {
                this.depth++;
                i++;
            }
            else if (c === 0x7d /* } */) {
                if (this.open.at(-1) === this.depth) {
                    this.open.pop();
                    i = this.templateText(i + 1);
                }
                else {
                    this.depth--;
                    i++;
                }
            }
            else if (c === 0x27 || c === 0x22 /* ' " */) {
                const body = c === 0x27 ? SINGLE_QUOTED : DOUBLE_QUOTED;
                body.lastIndex = i + 1;
                body.test(text);
                // Past the closing quote, or past the line break that ends an unclosed string.
                i = body.lastIndex + 1;
            }
            else {
                // A slash: a comment, a regular expression or a division.
                const d = text.charCodeAt(i + 1);
                if (d === 0x2f) {
                    const end = text.indexOf('\n', i + 2);
                    i = end < 0 ? n : end + 1;
                }
                else if (d === 0x2a) {
                    const end = text.indexOf('*/', i + 2);
                    i = end < 0 ? n : end + 2;
                }
                else if (regexMayStart(text, i)) {
                    i = regexEnd(text, i + 1);
                }
                else
                    i++;
            }
        }
        this.i = i;
    }
    /** Scans template text from `from`; returns where code resumes (the end when it never closes). */
    templateText(from) {
        TEMPLATE_TEXT.lastIndex = from;
        TEMPLATE_TEXT.test(this.text);
        const j = TEMPLATE_TEXT.lastIndex;
        const c = this.text.charCodeAt(j);
        if (c === BACKTICK) {
            this.spans.push(from, j);
            return j + 1;
        }
        if (c === 0x24) {
            this.spans.push(from, j);
            this.open.push(this.depth);
            return j + 2;
        }
        return this.text.length;
    }
}
// Native searches for the bodies of strings and template text: a lexer's own character loop runs
// slowly until the engine has compiled it, and a scan is over before that pays off.
/** A string's body up to its closing quote or the end of its line. */
const SINGLE_QUOTED = /(?:[^'\\\n]|\\[^])*/y;
const DOUBLE_QUOTED = /(?:[^"\\\n]|\\[^])*/y;
/** Template text up to its closing backtick or a `${`. */
const TEMPLATE_TEXT = /(?:[^`\\$]|\\[^]|\$(?!\{))*/y;
/** The characters that can change the lexer's state. */
const SIGNIFICANT = /[`'"/{}]/g;
/**
 * Whether a `/` at `at` starts a regular expression: not after an operand (a name, a number, a
 * closing bracket, a string), except after a keyword such as `return`.
 */
function regexMayStart(text, at) {
    let j = at - 1;
    while (j >= 0) {
        const c = text.charCodeAt(j);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
            break;
        j--;
    }
    if (j < 0)
        return true;
    const c = text.charCodeAt(j);
    if (isIdentifierPart(c)) {
        let k = j;
        while (k > 0 && j - k < 10 && isIdentifierPart(text.charCodeAt(k - 1)))
            k--;
        return BEFORE_REGEX.has(text.slice(k, j + 1));
    }
    return !(c === 0x29 || c === 0x5d || c === 0x7d || c === 0x27 || c === 0x22 || c === BACKTICK);
}
/** Every template text span of the whole text, or of the part before `until` (see TemplateSpans). */
function templateTextSpans(text, until = text.length) {
    const lexer = new TemplateSpans(text);
    lexer.lexTo(until);
    return lexer.spans;
}
/**
 * Where a regular expression whose body starts at `from` ends (after its flags). A line break
 * before the closing slash means it was no regular expression: the scan resumes after the slash.
 */
function regexEnd(text, from) {
    let inClass = false;
    for (let j = from; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x0a)
            return from;
        if (c === 0x5c)
            j++;
        else if (c === 0x5b)
            inClass = true;
        else if (c === 0x5d)
            inClass = false;
        else if (c === 0x2f && !inClass) {
            let k = j + 1;
            while (k < text.length && isIdentifierPart(text.charCodeAt(k)))
                k++;
            return k;
        }
    }
    return from;
}
/** Whether `at` lies in one of `spans` (from templateTextSpans). */
function inSpans(spans, at) {
    return spanIndex(spans, at) >= 0;
}
/** Which of `spans` holds `at` (its number, counting pairs), or -1. */
function spanIndex(spans, at) {
    let lo = 0;
    let hi = spans.length / 2;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (spans[2 * mid + 1] <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < spans.length / 2 && spans[2 * lo] <= at ? lo : -1;
}

;// CONCATENATED MODULE: ./src/analysis/source-scan.ts

/** Counts lines forward through a text; offsets must be visited in increasing order. */
class LineCounter {
    text;
    offset = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    lineAt(target) {
        if (target < this.offset) {
            this.offset = 0;
            this.line = 1;
        }
        for (let i = this.text.indexOf('\n', this.offset); i !== -1 && i < target;) {
            this.line++;
            this.offset = i + 1;
            i = this.text.indexOf('\n', this.offset);
        }
        return this.line;
    }
}
// `from 'x'`, `import 'x'`, `import('x')`, `require('x')`; quotes must match.
const JS_IMPORT = /(?:\bfrom|\bimport|\brequire\s*\()\s*\(?\s*(['"`])([^'"`\n]{1,214})\1/y;
const PY_FROM_IMPORT = /^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b(?:[ \t]*\(?[ \t]*([A-Za-z_]\w*))?/my;
const PY_IMPORT = /^[ \t]*import[ \t]+([A-Za-z_][\w. \t,]*)/my;
/**
 * Every match of JS_IMPORT begins with one of its keywords, so trying the sticky regex at each
 * keyword, left to right and past the end of the last match, finds what a global search would.
 */
function jsImportsAt(text, keywords, inTemplate) {
    const lines = new LineCounter(text);
    const refs = [];
    let end = 0;
    for (const at of keywords) {
        if (at < end)
            continue;
        JS_IMPORT.lastIndex = at;
        const m = JS_IMPORT.exec(text);
        if (!m)
            continue;
        end = at + m[0].length;
        // A template literal names a module only as the argument of a require or import call: a
        // comment's "from `next`" is prose.
        if (m[1] === '`' && !m[0].includes('('))
            continue;
        const module = m[2];
        if (module.startsWith('.') || module.startsWith('/'))
            continue;
        // An import statement written inside a template literal is a sample the code prints.
        if (inTemplate(at, end))
            continue;
        refs.push({ module, line: lines.lineAt(at) });
    }
    return refs;
}
const NEVER = () => false;
/** InTemplate for a JavaScript text, lexing only as far as asked. */
function templateTest(text) {
    if (text.indexOf('`') === -1)
        return NEVER;
    const spans = new TemplateSpans(text);
    return (start, end) => spans.covers(start, end);
}
/**
 * Where the line holding `at` starts, when only spaces and tabs stand before `at` on it; else -1.
 * A line starts where `^` matches in a multi-line regex: after any line terminator.
 */
function lineStartBefore(text, at) {
    let i = at;
    for (let c = text.charCodeAt(i - 1); i > 0 && (c === 32 || c === 9); c = text.charCodeAt(i - 1))
        i--;
    if (i === 0)
        return 0;
    const c = text.charCodeAt(i - 1);
    return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 ? i : -1;
}
/**
 * Python's import statements start a line; their keyword, found by the file's pass, tells which
 * lines to try. Each line gives one match at most, as a global multi-line search would.
 */
function pythonImportsAt(text, fromAt, importAt) {
    const found = [];
    for (const at of fromAt) {
        const start = lineStartBefore(text, at);
        if (start < 0)
            continue;
        PY_FROM_IMPORT.lastIndex = start;
        const m = PY_FROM_IMPORT.exec(text);
        if (m)
            found.push({ module: m[1], index: start, ...(m[2] ? { member: m[2] } : {}) });
    }
    for (const at of importAt) {
        const start = lineStartBefore(text, at);
        if (start < 0)
            continue;
        PY_IMPORT.lastIndex = start;
        const m = PY_IMPORT.exec(text);
        if (!m)
            continue;
        for (const part of m[1].split(',')) {
            const module = part.trim().split(/\s+/)[0];
            if (module)
                found.push({ module, index: start });
        }
    }
    found.sort((a, b) => a.index - b.index);
    const lines = new LineCounter(text);
    return found.map((f) => ({
        module: f.module,
        line: lines.lineAt(f.index),
        ...(f.member ? { member: f.member } : {}),
    }));
}
/** For the import readers alone: the keywords without any literal. */
const NO_PATTERNS = (/* unused pure expression or super */ null && ([]));
function extractJsImports(text) {
    const keywords = passOver(text, undefined, literalIndexOf(NO_PATTERNS, 'javascript')).keywords[0];
    return jsImportsAt(text, keywords, templateTest(text));
}
function extractPythonImports(text) {
    const { keywords } = passOver(text, undefined, literalIndexOf(NO_PATTERNS, 'python'));
    return pythonImportsAt(text, keywords[0], keywords[1]);
}
/** The first line each pattern of the language matches, if any. */
function findPatterns(text, language, patterns) {
    const index = literalIndexOf(patterns, language);
    return patternHits(text, index, passOver(text, undefined, index).found, language === 'javascript' ? templateTest(text) : NEVER);
}
function patternHits(text, index, found, inTemplate) {
    const hits = [];
    for (const { pattern, literals, short, runs } of index.patterns) {
        if (literals !== undefined) {
            let possible = false;
            for (let i = 0; i < literals.length && !possible; i++)
                possible = found[literals[i]] === 1;
            for (let i = 0; i < short.length && !possible; i++)
                possible = text.includes(short[i]);
            if (!possible)
                continue;
        }
        if (!runs.every((run) => text.includes(run)))
            continue;
        const m = lineRegexOf(pattern).exec(text);
        if (!m || (pattern.repeats !== undefined && !repeatsIn(pattern, text, m.index)))
            continue;
        // A match wholly inside a template literal is sample code; one that ends at its closing
        // backtick (`${base}/core.wasm\``) is code handling a string.
        const at = inTemplate(m.index, m.index + m[0].length)
            ? firstOutside(pattern, text, m.index, inTemplate)
            : m.index;
        if (at >= 0)
            hits.push({ pattern, index: at });
    }
    hits.sort((a, b) => a.index - b.index);
    const lines = new LineCounter(text);
    return hits.map((h) => ({ pattern: h.pattern, line: lines.lineAt(h.index) }));
}
/** Whether `pattern` matches `text` its `repeats` times from its first match at `from` on. */
function repeatsIn(pattern, text, from) {
    const matches = matchesFrom(pattern, text, from);
    for (let count = 1; !matches.next().done; count++)
        if (count >= pattern.repeats)
            return true;
    return false;
}
/** The first match of `pattern` after `from` that is not in a template literal's text, or -1. */
function firstOutside(pattern, text, from, inTemplate) {
    for (const m of matchesFrom(pattern, text, from + 1))
        if (!inTemplate(m.index, m.index + m[0].length))
            return m.index;
    return -1;
}
const globalRegexes = new WeakMap();
/**
 * The matches of `pattern` in `text` from `from` on, through one global copy of its regex per
 * pattern: each caller reads them to its end or its answer before another starts.
 */
function* matchesFrom(pattern, text, from) {
    let re = globalRegexes.get(pattern);
    if (!re) {
        const line = lineRegexOf(pattern);
        re = new RegExp(line.source, `${line.flags}g`);
        globalRegexes.set(pattern, re);
    }
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        yield m;
        if (m[0].length === 0)
            re.lastIndex++;
    }
}
/**
 * Imports and pattern hits of one file. `bytes`, when given, are the bytes `text` was decoded
 * from (after any byte-order mark): when each character came from one byte, the pass reads the
 * bytes, which is faster than reading the string.
 */
function scanSource(text, language, patterns, bytes) {
    const index = literalIndexOf(patterns, language);
    const { found, keywords } = passOver(text, bytes && bytes.byteLength === text.length ? bytes : undefined, index);
    // Template literals are lexed once, and only as far as the imports and hits asked about.
    const inTemplate = language === 'javascript' ? templateTest(text) : NEVER;
    return {
        imports: language === 'javascript'
            ? jsImportsAt(text, keywords[0], inTemplate)
            : pythonImportsAt(text, keywords[0], keywords[1]),
        patterns: patternHits(text, index, found, inTemplate),
    };
}
/** Code cells of a Jupyter notebook joined into one Python text, or why it could not be read. */
function notebookCode(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return { error: 'notebook is not valid JSON' };
    }
    const cells = parsed?.cells;
    if (!Array.isArray(cells))
        return { error: 'notebook has no cells array' };
    const parts = [];
    for (const cell of cells) {
        if (!cell || typeof cell !== 'object' || cell.cell_type !== 'code')
            continue;
        const source = cell.source;
        if (typeof source === 'string')
            parts.push(source);
        else if (Array.isArray(source))
            parts.push(source.filter((s) => typeof s === 'string').join(''));
    }
    return { code: parts.join('\n') };
}
// ---------------------------------------------------------------- compiled pattern caches
/**
 * Words that start an import statement, each with the list the pass notes its places in: for
 * JavaScript one list (JS_IMPORT takes any of them), for Python one per statement form.
 */
const KEYWORDS = {
    javascript: [
        ['from', 0],
        ['import', 0],
        ['require', 0],
    ],
    python: [
        ['from', 0],
        ['import', 1],
    ],
};
const HASH_BITS = 16;
const HASH_MULTIPLIER = 0x9e3779b1 | 0;
const indexes = new WeakMap();
function literalIndexOf(patterns, language) {
    let byLanguage = indexes.get(patterns);
    if (!byLanguage)
        indexes.set(patterns, (byLanguage = new Map()));
    let index = byLanguage.get(language);
    if (!index) {
        index = buildIndex(patterns, language);
        byLanguage.set(language, index);
    }
    return index;
}
/** Four characters as the pass sees them: the low byte of each, the first in the highest byte. */
function gramOf(word) {
    return (((word.charCodeAt(0) & 0xff) << 24) |
        ((word.charCodeAt(1) & 0xff) << 16) |
        ((word.charCodeAt(2) & 0xff) << 8) |
        (word.charCodeAt(3) & 0xff));
}
function hashOf(gram) {
    return Math.imul(gram, HASH_MULTIPLIER) >>> (32 - HASH_BITS);
}
function buildIndex(patterns, language) {
    const literalIds = new Map();
    const entries = [];
    const own = patterns.filter((p) => p.language === language);
    const indexed = own.map((pattern) => {
        const literals = requiredLiteralsOf(pattern);
        const runs = pattern.flags.includes('i') ? [] : (literalRuns(pattern.regex) ?? []);
        if (literals === undefined)
            return { pattern, literals: undefined, short: [], runs };
        const ids = [];
        const short = [];
        for (const literal of literals) {
            if (literal.length < 4) {
                short.push(literal);
                continue;
            }
            let id = literalIds.get(literal);
            if (id === undefined) {
                id = literalIds.size;
                literalIds.set(literal, id);
                entries.push({ word: literal, id });
            }
            ids.push(id);
        }
        return { pattern, literals: Int32Array.from(ids), short, runs };
    });
    const keywords = KEYWORDS[language];
    for (const [word, list] of keywords)
        entries.push({ word, id: -1 - list });
    const bits = new Int32Array(1 << (HASH_BITS - 5));
    const heads = new Int32Array(1 << HASH_BITS).fill(-1);
    const next = new Int32Array(entries.length).fill(-1);
    const grams = new Int32Array(entries.length);
    const skip = new Uint8Array(1 << 16).fill(3);
    entries.forEach(({ word }, e) => {
        const gram = gramOf(word);
        const hash = hashOf(gram);
        grams[e] = gram;
        // The pair ending at character j of the first four: a window whose last two bytes are that
        // pair may end 3 - j bytes before the word's fourth character.
        for (let j = 1; j <= 3; j++) {
            const pair = (gram >>> (8 * (3 - j))) & 0xffff;
            skip[pair] = Math.min(skip[pair], 3 - j);
        }
        bits[hash >> 5] |= 1 << (hash & 31);
        next[e] = heads[hash];
        heads[hash] = e;
    });
    return {
        skip,
        bits,
        heads,
        next,
        grams,
        words: entries.map((e) => e.word),
        ids: Int32Array.from(entries.map((e) => e.id)),
        literalCount: literalIds.size,
        keywordLists: new Set(keywords.map(([, list]) => list)).size,
        patterns: indexed,
    };
}
/**
 * One pass over a file: which literals occur, and where each keyword starts. Reads `bytes` when
 * given (each character of `text` came from the byte at the same place), else the string. Words
 * are ASCII, so a word occurs in the bytes exactly where it occurs in the text.
 */
function passOver(text, bytes, index) {
    const found = new Uint8Array(index.literalCount);
    const keywords = Array.from({ length: index.keywordLists }, () => []);
    const { skip, bits, heads, next, grams, words, ids } = index;
    /** The words whose first four characters end at `i`. */
    const visit = (gram, hash, i) => {
        const start = i - 3;
        for (let e = heads[hash]; e >= 0; e = next[e]) {
            if (grams[e] !== gram)
                continue;
            const id = ids[e];
            if (id >= 0 && found[id] === 1)
                continue;
            if (!text.startsWith(words[e], start))
                continue;
            if (id >= 0)
                found[id] = 1;
            else
                keywords[-1 - id].push(start);
        }
    };
    const length = text.length;
    let gram = 0;
    // Two copies of one loop, so each reads one kind of storage.
    if (bytes) {
        for (let i = 3; i < length;) {
            const step = skip[(bytes[i - 1] << 8) | bytes[i]];
            if (step !== 0) {
                i += step;
                continue;
            }
            gram = (bytes[i - 3] << 24) | (bytes[i - 2] << 16) | (bytes[i - 1] << 8) | bytes[i];
            const hash = Math.imul(gram, HASH_MULTIPLIER) >>> (32 - HASH_BITS);
            if ((bits[hash >> 5] & (1 << (hash & 31))) !== 0)
                visit(gram, hash, i);
            i++;
        }
    }
    else {
        for (let i = 0; i < length; i++) {
            gram = (gram << 8) | (text.charCodeAt(i) & 0xff);
            const hash = Math.imul(gram, HASH_MULTIPLIER) >>> (32 - HASH_BITS);
            if ((bits[hash >> 5] & (1 << (hash & 31))) !== 0 && i >= 3)
                visit(gram, hash, i);
        }
    }
    return { found, keywords };
}
const lineRegexes = new WeakMap();
const MIN_PREFILTER_LENGTH = 4;
const literalSets = new WeakMap();
/** The pattern as a multi-line regex over a whole file (`^`/`$` keep their per-line meaning). */
function lineRegexOf(pattern) {
    let re = lineRegexes.get(pattern);
    if (!re) {
        re = new RegExp(pattern.regex, `m${pattern.flags.replace(/[gmy]/g, '')}`);
        lineRegexes.set(pattern, re);
    }
    return re;
}
function requiredLiteralsOf(pattern) {
    if (pattern.literals !== undefined)
        return pattern.literals ?? undefined;
    let set = literalSets.get(pattern);
    if (set === undefined) {
        set = prefilterLiterals(pattern);
        literalSets.set(pattern, set);
    }
    return set ?? undefined;
}
/**
 * The literals a file must contain for the pattern to match there, or null when no set is worth
 * testing. The build stores them in the compiled knowledge; patterns without them get them here.
 */
function prefilterLiterals(pattern) {
    const literals = pattern.flags.includes('i') ? undefined : requiredLiterals(pattern.regex);
    // Short literals (`app`, `get`) occur in most files: they would cost more than they save.
    return literals && literals.every((l) => l.length >= MIN_PREFILTER_LENGTH) ? literals : null;
}
/** Index of the `)` closing the group opened at `open`, or -1. */
function closingParen(source, open) {
    let depth = 0;
    let inClass = false;
    for (let i = open; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i;
    }
    return -1;
}
/** The top-level alternatives of a regex source. */
function alternatives(source) {
    const parts = [];
    let depth = 0;
    let inClass = false;
    let start = 0;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0) {
            parts.push(source.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(source.slice(start));
    return parts;
}
/**
 * Plain strings of which every match of `source` contains at least one, or undefined when no
 * such set is known. Each top-level alternative contributes its best guarantee: its longest
 * required run, or the literal set of a group it cannot skip. A cheap `includes` test on these
 * spares running the regex over files that cannot match.
 */
function requiredLiterals(source) {
    const set = new Set();
    for (const alternative of alternatives(source)) {
        const candidates = adjacentProducts(alternative);
        const run = requiredLiteral(alternative);
        if (run !== undefined)
            candidates.push([run]);
        let inClass = false;
        for (let i = 0; i < alternative.length; i++) {
            const c = alternative[i];
            if (c === '\\')
                i++;
            else if (inClass)
                inClass = c !== ']';
            else if (c === '[')
                inClass = true;
            else if (c === '(') {
                const close = closingParen(alternative, i);
                if (close < 0)
                    return undefined;
                const quantifier = alternative[close + 1];
                const optional = quantifier === '?' ||
                    quantifier === '*' ||
                    /^\{0\s*[,}]/.test(alternative.slice(close + 1));
                const body = alternative.slice(i + 1, close);
                const lookaround = /^\?(?:=|!|<=|<!)/.test(body);
                if (!optional && !lookaround) {
                    const inner = requiredLiterals(body.replace(/^\?(?::|<[A-Za-z_]\w*>)/, ''));
                    if (inner)
                        candidates.push(inner);
                }
                i = close;
            }
        }
        if (candidates.length === 0)
            return undefined;
        // The set whose shortest string is longest filters best; on a tie, the longer strings. A
        // keyword nearly every source file holds (`function`) filters little, however long: it ranks
        // below any set of usable length, above one too short to use at all.
        const rank = (set) => {
            const shortest = Math.min(...set.map((x) => x.length));
            if (shortest < MIN_PREFILTER_LENGTH)
                return 0;
            return set.some((x) => UBIQUITOUS.has(x)) ? 1 : shortest;
        };
        const average = (set) => set.reduce((n, x) => n + x.length, 0) / set.length;
        const best = candidates.reduce((a, b) => rank(b) > rank(a) || (rank(b) === rank(a) && average(b) > average(a)) ? b : a);
        for (const literal of best)
            set.add(literal);
    }
    return [...set];
}
/** Keywords most JavaScript or Python files hold: a prefilter on them spares few files. */
const UBIQUITOUS = new Set([
    'function',
    'export',
    'default',
    'async',
    'const',
    'return',
    'import',
    'from',
    'class',
    'self',
]);
/** How many strings a product of adjacent pieces may grow to before it is cut. */
const MAX_PRODUCT = 32;
/**
 * Sets of strings of which every match of `alternative` (a regex with no top-level `|`) contains
 * one, built from pieces that sit next to each other in every match: plain characters, and
 * groups that match exactly one of a few plain strings. `\b(?:app|router)\.(?:get|post)\(`
 * gives `app.get(`, `app.post(`, `router.get(`, `router.post(`: longer, so rarer, than `app`.
 * Zero-width parts (`^`, `$`, `\b`, lookarounds) keep pieces adjacent; anything that matches
 * varying text ends a product.
 */
function adjacentProducts(alternative) {
    const products = [];
    let current = [''];
    // Like requiredLiteral, nothing shorter than three characters: too common to filter anything.
    const end = () => {
        if (current.every((s) => s.length >= 3))
            products.push(current);
        current = [''];
    };
    const times = (strings) => {
        if (current.length * strings.length > MAX_PRODUCT)
            return end();
        current = current.flatMap((prefix) => strings.map((s) => prefix + s));
    };
    /** A piece matching one of `strings` (undefined: varying text), quantified by what is at `after`. */
    const piece = (strings, after) => {
        const q = alternative[after];
        if (!strings || q === '?' || q === '*' || /^\{0\s*[,}]/.test(alternative.slice(after)))
            return end();
        times(strings);
        // A piece that may repeat ends the product: what follows is no longer right after it.
        if (q === '+' || q === '{')
            end();
    };
    for (let i = 0; i < alternative.length; i++) {
        const c = alternative[i];
        if (c === '^' || c === '$')
            continue;
        if (c === '\\') {
            const next = alternative[++i];
            if (next === 'b' || next === 'B')
                continue;
            piece(next === undefined || /[\w\s]/.test(next) ? undefined : [next], i + 1);
            continue;
        }
        if (c === '[') {
            end();
            for (i++; i < alternative.length && alternative[i] !== ']'; i++)
                if (alternative[i] === '\\')
                    i++;
            continue;
        }
        if (c === '(') {
            const close = closingParen(alternative, i);
            if (close < 0)
                return products;
            const body = alternative.slice(i + 1, close);
            i = close;
            if (/^\?(?:=|!|<=|<!)/.test(body))
                continue;
            piece(exactStrings(body.replace(/^\?(?::|<[A-Za-z_]\w*>)/, '')), close + 1);
            continue;
        }
        if ('.*+?{}|)'.includes(c)) {
            end();
            continue;
        }
        piece([c], i + 1);
    }
    end();
    return products;
}
/** The strings a group body matches when it is an alternation of plain strings, else undefined. */
function exactStrings(body) {
    const strings = [];
    for (const alternative of alternatives(body)) {
        let text = '';
        for (let i = 0; i < alternative.length; i++) {
            const c = alternative[i];
            if (c === '\\') {
                const next = alternative[++i];
                if (next === undefined || /[\w\s]/.test(next))
                    return undefined;
                text += next;
            }
            else if ('^$.*+?{}[]()|'.includes(c))
                return undefined;
            else
                text += c;
        }
        strings.push(text);
    }
    return strings;
}
/**
 * Every run of plain characters, outside groups and classes, that each match of `source` contains;
 * undefined when the regex has a top-level alternation (then no run is certain). Runs of any
 * length count: `includes` finds a common character at once and scans for a rare one (the `@` of
 * a decorator, the `__main__` of a main guard) at the speed of a native search, so testing them
 * before the regex costs less than running the regex over a file that cannot match.
 */
function literalRuns(source) {
    const runs = [];
    let run = '';
    const flush = () => {
        if (run !== '')
            runs.push(run);
        run = '';
    };
    for (let i = 0; i < source.length;) {
        // One atom: the character it matches when it is a plain one, else undefined.
        let literal;
        const c = source[i];
        if (c === '|')
            return undefined;
        if (c === '(') {
            const close = closingParen(source, i);
            if (close < 0)
                return undefined;
            i = close + 1;
        }
        else if (c === '[') {
            i++;
            while (i < source.length && source[i] !== ']')
                i += source[i] === '\\' ? 2 : 1;
            i++;
        }
        else if (c === '\\') {
            const next = source[i + 1];
            if (next === undefined)
                return undefined;
            i += 2;
            if (/[^\w\s]/.test(next))
                literal = next;
            else if (next === 'x')
                i += 2;
            else if (next === 'u')
                i = source[i] === '{' ? source.indexOf('}', i) + 1 || source.length : i + 4;
            else if (next === 'c')
                i += 1;
            else if ((next === 'p' || next === 'P') && source[i] === '{')
                i = source.indexOf('}', i) + 1 || source.length;
            else if (next === 'k' && source[i] === '<')
                i = source.indexOf('>', i) + 1 || source.length;
        }
        else {
            i++;
            if (!'.^$*+?{}'.includes(c) || (c === '{' && !/^\d+(?:,\d*)?\}/.test(source.slice(i))))
                literal = c;
        }
        // Its quantifier, if any: may the atom be absent, may it repeat?
        const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
        if (quantifier)
            i += quantifier[0].length;
        const optional = quantifier !== null &&
            (quantifier[0][0] === '?' || quantifier[0][0] === '*' || quantifier[1] === '0');
        if (literal === undefined || optional)
            flush();
        else {
            run += literal;
            if (quantifier)
                flush();
        }
    }
    flush();
    return runs;
}
/**
 * The longest run of plain characters that every match of `source` must contain, or undefined.
 * Only top-level runs count, and only when the regex has no top-level alternation; a run
 * followed by an optional quantifier loses its last character. Used to skip a regex cheaply.
 */
function requiredLiteral(source) {
    let depth = 0;
    let inClass = false;
    let best = '';
    let run = '';
    const flush = () => {
        if (run.length > best.length)
            best = run;
        run = '';
    };
    // A character under `?`/`*` may be absent; one under `+`/`{n}` ends the run (it may repeat).
    const appendLiteral = (c, after) => {
        const q = source[after];
        if (q === '?' || q === '*' || (q === '{' && /^\{0\s*[,}]/.test(source.slice(after)))) {
            flush();
            return;
        }
        run += c;
        if (q === '+' || q === '{')
            flush();
    };
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (inClass) {
            if (c === '\\')
                i++;
            else if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '\\') {
            const next = source[i + 1];
            i++;
            if (next !== undefined && depth === 0 && /[^\w\s]/.test(next) && !/[bBdDsSwW]/.test(next)) {
                appendLiteral(next, i + 1);
            }
            else
                flush();
            continue;
        }
        if (c === '|' && depth === 0)
            return undefined;
        if (c === '(') {
            depth++;
            flush();
            continue;
        }
        if (c === ')') {
            depth--;
            flush();
            continue;
        }
        if (c === '[') {
            inClass = true;
            flush();
            continue;
        }
        if (depth > 0)
            continue;
        if ('.^$*+?{}'.includes(c)) {
            flush();
            continue;
        }
        appendLiteral(c, i + 1);
    }
    flush();
    return best.length >= 3 ? best : undefined;
}

;// CONCATENATED MODULE: ./src/analysis/scan-file.ts




/** Imports sit at the top and the patterns Stack Fit looks for are set-up code: the head is enough. */
const SOURCE_READ_BYTES = 64 * 1024;
/** Reads at most `maxBytes` of a file and decodes them. Never throws: failures are results. */
async function readText(source, path, maxBytes, options) {
    let bytes;
    try {
        bytes = await source.read(path, maxBytes, options);
    }
    catch (err) {
        if (err instanceof file_source/* FileTooLargeError */.yq)
            return { kind: 'too-large', detail: err.message };
        return { kind: 'error', message: `could not be read: ${errorCode(err)}` };
    }
    const decoded = (0,scan_text/* decodeText */.g)(bytes);
    if (!decoded.ok)
        return { kind: 'binary', bytes: bytes.byteLength };
    return decoded.utf8
        ? { kind: 'text', text: decoded.text, bytes: bytes.byteLength, utf8: decoded.utf8 }
        : { kind: 'text', text: decoded.text, bytes: bytes.byteLength };
}
/**
 * Scans one file. `scratch` is a buffer the read may reuse: the caller owns it, and no other read
 * may use it until this call has returned (the text is decoded out of it before that).
 */
async function scanFile(source, job, knowledge, scratch) {
    const read = await readText(source, job.path, job.cap, { maxSize: job.maxSize, scratch });
    if (read.kind !== 'text')
        return read;
    let text = read.text;
    // The pass over the file reads its bytes when they line up with the text (scanSource checks).
    let utf8 = read.utf8;
    let problem;
    if (job.notebook) {
        utf8 = undefined;
        const code = notebookCode(text);
        if ('error' in code) {
            problem = code.error;
            text = '';
        }
        else
            text = code.code;
    }
    const facts = scanSource(text, job.language, knowledge.patterns, utf8);
    return {
        kind: 'facts',
        bytes: read.bytes,
        // Only catalogued imports can become signals; keeping the rest would grow with the repository.
        imports: facts.imports.flatMap((ref) => {
            const resolved = (0,signals/* resolveImport */.Ui)(knowledge, job.language, ref);
            return resolved ? [{ module: detachedCopy(resolved.module), line: ref.line }] : [];
        }),
        patterns: facts.patterns,
        ...(problem ? { problem } : {}),
    };
}
/** A read buffer for one scanning loop: large enough for the head of any source file. */
function scanScratch() {
    return Buffer.allocUnsafe(SOURCE_READ_BYTES);
}
function errorCode(err) {
    const code = err?.code;
    if (code)
        return code;
    return err instanceof Error ? err.name : 'unknown error';
}
/**
 * A copy of a string cut from a file's text. V8 keeps a substring as a slice of its parent, so a
 * kept module name would otherwise hold the whole 64 KiB head of every file in memory.
 */
function detachedCopy(text) {
    let copy = detachedCopies.get(text);
    if (copy === undefined) {
        copy = Buffer.from(text, 'utf8').toString('utf8');
        // Keyed by the copy itself: a key cut from the text would keep the text alive.
        detachedCopies.set(copy, copy);
    }
    return copy;
}
/** Catalogued module names already copied: files import the same few names again and again. */
const detachedCopies = new Map();


/***/ }),

/***/ 7887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ isNeutral),
/* harmony export */   Hr: () => (/* binding */ containerSignals),
/* harmony export */   IV: () => (/* binding */ OWN_PACKAGE_TOP),
/* harmony export */   M$: () => (/* binding */ summarySignals),
/* harmony export */   MQ: () => (/* binding */ isTestPath),
/* harmony export */   Rn: () => (/* binding */ CodeFacts),
/* harmony export */   SD: () => (/* binding */ ownPackageSignals),
/* harmony export */   Ui: () => (/* binding */ resolveImport),
/* harmony export */   WU: () => (/* binding */ isAuxiliaryPath),
/* harmony export */   ai: () => (/* binding */ ownCompiledPackage),
/* harmony export */   f2: () => (/* binding */ platformSignals),
/* harmony export */   mO: () => (/* binding */ ownCatalogueEntry),
/* harmony export */   qx: () => (/* binding */ lookupDependency),
/* harmony export */   t0: () => (/* binding */ dependencySignals),
/* harmony export */   yd: () => (/* binding */ computesInInterpreter)
/* harmony export */ });
/* unused harmony exports npmPackageOfImport, isDeviceDriverName, knownImport, codeSignals, PLATFORM_WEIGHT */
/* harmony import */ var _knowledge_assemble_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5882);
/* harmony import */ var _knowledge_roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3653);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7422);
/* harmony import */ var _scan_manifests_requirements_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5810);
/* harmony import */ var _scan_file_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1141);





// Runtime dependencies count fully; the rest only hint at what the component does.
const SCOPE_FACTOR = {
    runtime: 1,
    optional: 0.5,
    peer: 0.5,
    build: 0.3,
    dev: 0.25,
    test: 0.2,
};
// Frontend apps commonly keep their whole framework in devDependencies because a bundler ships it.
const DEV_FACTOR_FRONTEND = 0.75;
// An import of a declared dependency adds to the dependency's signal; an undeclared one (a
// notebook, a script folder without a manifest) is the only declaration there is.
const IMPORT_FACTOR = 0.5;
const UNDECLARED_IMPORT_FACTOR = 1;
const TEST_CODE_FACTOR = 0.25;
// An import of a package the component declares only for development.
const DEV_IMPORT_FACTOR = 0.5;
// Behave's and Cucumber's acceptance suites: features/environment.py and the step definitions
// (patroni's features/ start etcd and Postgres and serve a stand-in API over http.server).
const TEST_PATH = /(^|\/)(tests?|doctests?|__tests__|__snapshots__|spec|e2e|cypress|[a-z\d]+[-_]tests?|features\/(?:steps|step_definitions|support))\/|(\.|_)(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]*\.py$|_test\.py$|(^|\/)tests\.py$|(^|\/)tests?\.[cm]?[jt]s$|(^|\/)features\/environment\.py$/;
function isTestPath(path) {
    return TEST_PATH.test(path);
}
// Folders of a component that are not its runtime code: tests, scripts, tools, benchmarks, CI
// (dateutil's `ci_tools/`), docs, examples (also named as `api-samples/`, `examples_js/`, `docs_src/`,
// and tests as `test_snippets/` or `testMultiRootWkspc/`), and the project templates a scaffolding
// tool copies (create-cloudflare's templates/ of React, Vue and Hono starters). What they import says
// less about what the component does.
const AUXILIARY_DIR = /(^|\/)(tests?|doctests?|__tests__|specs?|e2e|cypress|fixtures?|__fixtures__|__mocks__|mocks?|testing|scripts?|_scripts|extras?|tools?|build[-_]?tools|build[-_]?utils|build[-_]scripts|hack|hacking|release|bench|benches|benchmarks?|perf|profiling|examples?|samples?|demos?|playgrounds?|docs?|documentation|\.github|\.circleci|\.ci|ci|\.dev|\.devcontainer|\.vscode|\.husky|(?:dev|ci)[-_](?:scripts?|tools?)|\.storybook|stories|management\/commands|migrations|templates?)\/|(^|\/)([\w.-]*[-_])?(examples?|samples?|demos?)([-_][\w.-]*)?\/|(^|\/)docs?[-_][\w.-]*\/|(^|\/)(?:tests?[-_][\w.-]*|test[A-Z][\w.-]*)\//;
// Build tasks of a JavaScript project (darkreader's tasks/ bundles the extension and serves its
// live-reload socket); a Python tasks/ folder is more often the app's Celery jobs, so only scripts.
// A bundler's or test runner's configuration (rollup.config.mjs loading a WebAssembly plugin) is
// how the package is built, not what it runs; a file named as an example (`async_example.py`,
// `example.mts` beside an SDK) shows how to use the package. A release script at the component's
// root (bcrypt's release.py on click) is how the package is published. A root tasks.py, noxfile.py,
// fabfile.py or dodo.py holds the developers' tasks (timetagger's invoke tasks), and a top-level
// contrib/ the extras users contributed; a package's own contrib (django/contrib) is deeper and runs.
const AUXILIARY_FILE = /^(?:tasks|noxfile|fabfile|dodo)\.py$|^contrib\/|^(?:make[-_])?release(?:[-_][\w-]*)?\.py$|^bump[-_]?version\.py$|\.stories\.[cm]?[jt]sx?$|(^|\/)(?:[a-z\d]+_)?examples?(?:_[a-z\d_]+)?\.py$|(^|\/)examples?\.[cm]?[jt]sx?$|(^|\/)(gulpfile|gruntfile|Jakefile)\.[cm]?js$|(^|\/)(tasks|gulp|grunt)\/(?:[^/]+\/)*[^/]+\.[cm]?[jt]s$|(^|\/)(rollup|webpack|rspack|esbuild|tsup|vite|vitest|jest|karma|babel)\.config(\.[\w-]+)?\.[cm]?[jt]s$/;
/**
 * Whether a file is outside the component's runtime code (tests, scripts, tools, benchmarks, CI,
 * docs, examples), judged from its path below the component's directory.
 */
function isAuxiliaryPath(path, componentPath = '') {
    const relative = (0,_scan_file_source_js__WEBPACK_IMPORTED_MODULE_4__/* .pathBelow */ .Br)(path, componentPath);
    if (TEST_PATH.test(relative) || AUXILIARY_FILE.test(relative))
        return true;
    if (!AUXILIARY_DIR.test(relative))
        return false;
    // A demo's package named after the demo is its code: computer-use-demo/computer_use_demo/.
    const own = belowNamesake(relative, componentPath);
    return own === undefined || AUXILIARY_DIR.test(own);
}
/** The path below a first folder named as the component's own folder is (`-` read as `_`). */
function belowNamesake(relative, componentPath) {
    const slash = relative.indexOf('/');
    if (componentPath === '' || slash < 0)
        return undefined;
    const name = (s) => s.replaceAll('-', '_').toLowerCase();
    const folder = componentPath.slice(componentPath.lastIndexOf('/') + 1);
    return name(relative.slice(0, slash)) === name(folder) ? relative.slice(slash + 1) : undefined;
}
// Runs for every import of every file read: cuts the name out without splitting the path.
function npmPackageOfImport(module) {
    if (module.startsWith('node:'))
        return undefined;
    const slash = module.indexOf('/');
    if (module.startsWith('@')) {
        if (slash < 0)
            return undefined;
        const next = module.indexOf('/', slash + 1);
        return next < 0 ? module : module.slice(0, next);
    }
    return (slash < 0 ? module : module.slice(0, slash)) || undefined;
}
function scopeFactor(scope, workload, library) {
    // A library with an entry point (lodash) builds its distribution with them: tooling, not its app.
    if (workload === 'spa-frontend' && (scope === 'peer' || (scope === 'dev' && !library)))
        return DEV_FACTOR_FRONTEND;
    return SCOPE_FACTOR[scope];
}
function isNeutral(known) {
    // Asked once per import of every file read: no array of keys for it.
    for (const _ in known.workloads)
        return false;
    return true;
}
/** ` (dev, calls a hosted AI API)`: the scope and what the package is, when either is worth saying. */
function aside(known, extra) {
    const parts = known.role ? [...extra, _knowledge_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .PACKAGE_ROLES */ .N[known.role]] : extra;
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
/**
 * What a catalogued package hints at in this component. A site framework (Next.js, Nuxt, Astro)
 * in a component whose own code serves nothing builds a frontend (doccano's Nuxt `frontend/`
 * beside its Django API, an Astro docs site): its server-rendering weight counts for the frontend.
 */
function workloadsOf(known, builtSite) {
    if (builtSite && known.role === 'template-engine') {
        const rest = { ...known.workloads };
        delete rest['server-web'];
        return rest;
    }
    if (!builtSite || (known.role !== 'site-framework' && known.role !== 'site-generator'))
        return known.workloads;
    const { 'server-web': rendering = 0, ...rest } = known.workloads;
    return { ...rest, 'spa-frontend': (rest['spa-frontend'] ?? 0) + rendering };
}
function lookupDependency(knowledge, dep) {
    return dep.ecosystem === 'npm' ? knowledge.npmPackage(dep.name) : knowledge.pypiPackage(dep.name);
}
/** Work the catalogue knows a package for at this weight, at least, is CPU work of its own. */
const COMPUTING_PACKAGE_WEIGHT = 1.5;
/**
 * Whether a catalogued package does CPU work in the interpreter: the catalogue knows it for that
 * work at COMPUTING_PACKAGE_WEIGHT or more (`weights`: what depending on it says, or what being it
 * says), and it is no compiled package.
 */
function computesInInterpreter(known, weights = known.workloads) {
    return known.role !== 'native' && (weights['cpu-intensive'] ?? 0) >= COMPUTING_PACKAGE_WEIGHT;
}
function addWeighted(out, workloads, factor, kind, evidence, extra = {}) {
    for (const [workload, weight] of Object.entries(workloads)) {
        const value = weight * factor(workload);
        if (value > 0)
            out.push({ workload, weight: value, kind, evidence, ...extra });
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
const OWN_PACKAGE_FACTOR = 1.5;
const NETWORK_WORK = ['io-api', 'realtime', 'iot'];
const OWN_PACKAGE_TOP = 12;
/**
 * The catalogue's entry for the package a manifest declares (its own `name`), if any. Exact entries
 * only: `@scope/*` speaks for a scope's users, not for each of its packages.
 */
function ownCatalogueEntry(m, knowledge) {
    if (!m.name)
        return undefined;
    const known = m.kind === 'package.json' ? knowledge.npmPackage(m.name) : knowledge.pypiPackage(m.name);
    if (!known || (known.name !== m.name && known.name.endsWith('/*')))
        return undefined;
    return known;
}
/**
 * Signals from the component's own package name (package.json `name`, the pyproject, setup.cfg or
 * setup.py name) when the catalogue knows that package: a component published as `sharp` is an
 * image-processing library, whatever its scripts and tests pull in.
 */
function ownPackageSignals(manifests, knowledge, compiled = false) {
    const signals = [];
    const seen = new Set();
    for (const m of manifests) {
        if (!m.name || seen.has(m.name))
            continue;
        seen.add(m.name);
        const known = ownCatalogueEntry(m, knowledge);
        if (!known)
            continue;
        const workloads = known.itself ?? known.workloads;
        if (Object.keys(workloads).length === 0)
            continue;
        const top = Math.max(...Object.values(workloads));
        const tops = Object.keys(workloads).filter((w) => workloads[w] === top);
        // An entry split evenly between classes (helmet, passport: API and pages alike) says what its
        // users build, not what the package is: being it is no evidence of either.
        if (!known.itself && tops.length > 1)
            continue;
        // Nor does an entry under an add-on's weight: it says what some of its users do, not what the
        // package is (music-metadata's 0.5 of CPU work: its parsers read a few header bytes).
        if (!known.itself && top < _classify_js__WEBPACK_IMPORTED_MODULE_2__/* .ADD_ON_WEIGHT */ .n3)
            continue;
        const main = tops[0];
        // What the catalogue says the package itself is (`itself`) holds even when compiled code
        // carries it, and so does network work the entry says more than hints at: aiokafka's Cython
        // record codecs speed up a Kafka client, whose work is still I/O; lxml's C parses, whatever
        // scraping using it hints at, and bcrypt hashes, whatever API an add-on like it hints at.
        const network = main !== undefined && top >= _classify_js__WEBPACK_IMPORTED_MODULE_2__/* .ADD_ON_WEIGHT */ .n3 && NETWORK_WORK.includes(main);
        const factor = compiled && !known.itself && !network
            ? OWN_PACKAGE_FACTOR
            : Math.max(OWN_PACKAGE_FACTOR, OWN_PACKAGE_TOP / top);
        addWeighted(signals, workloads, () => factor, 'package', {
            file: m.file,
            detail: `is the catalogued package ${m.name}${aside(known, [])}`,
        });
    }
    return signals;
}
/**
 * Signals from the one-line description a component's package gives of itself ("A home automation
 * server", "Python Reddit API Wrapper", "JavaScript parser, mangler/compressor"), read by the
 * catalogue's `summary` patterns. An author's own summary names the work the code is for, but a
 * word alone proves nothing: these signals corroborate what the dependencies and code show, and
 * never make a class a workload by themselves (node-semver's "version parser" is not CPU work).
 */
function summarySignals(manifests, knowledge) {
    const manifest = manifests.find((m) => m.description);
    if (!manifest?.description)
        return [];
    const { file, description: described } = manifest;
    const signals = [];
    for (const pattern of knowledge.patterns) {
        if (pattern.language !== 'summary')
            continue;
        const hit = pattern.re.exec(described.text);
        if (!hit)
            continue;
        const evidence = {
            file,
            ...(described.line === undefined ? {} : { line: described.line }),
            detail: `${pattern.detail}: "${hit[0]}"`,
        };
        addWeighted(signals, pattern.workloads, () => 1, 'description', evidence, {
            corroborates: true,
        });
    }
    return signals;
}
/**
 * A component that is itself a catalogued compiled package (sharp, wasm-pack, a napi-rs binding)
 * does its own work in compiled code: evidence for the compiled-code mitigations.
 */
function ownCompiledPackage(manifests, knowledge) {
    for (const m of manifests) {
        const known = ownCatalogueEntry(m, knowledge);
        if (known?.role === 'native' && known.name === m.name)
            return [{ file: m.file, detail: `is the compiled package ${m.name}` }];
    }
    return [];
}
/** `npm dependency express`, `PyPI dependency flask`: how the evidence names a declaration. */
function dependencyLabel(dep) {
    return `${dep.ecosystem === 'npm' ? 'npm' : 'PyPI'} dependency ${dep.name}`;
}
/** A hosted-AI provider package of an npm scope already seen (recording the scope when not). */
function furtherProvider(known, dep, scopes) {
    if (known.role !== 'hosted-ai' || dep.ecosystem !== 'npm' || !dep.name.startsWith('@'))
        return false;
    const scope = dep.name.slice(0, dep.name.indexOf('/'));
    if (scopes.has(scope))
        return true;
    scopes.add(scope);
    return false;
}
/** Signals from declared dependencies; also returns the dependencies that mattered. */
function dependencySignals(manifests, knowledge, builtSite = false, 
/** Manifests whose development dependencies are bundled into what runs: they count as runtime. */
bundled) {
    const signals = [];
    const used = [];
    const declared = new Set();
    const shipped = new Set();
    const seen = new Set();
    // A package declared for running and for development (h's requirements/dev.txt and prod.txt)
    // counts as it runs, whichever file comes first: declarations are taken runtime first.
    const declarations = manifests.flatMap((manifest) => manifest.dependencies.map((dep) => ({ manifest, dep })));
    declarations.sort((a, b) => SCOPE_RANK[a.dep.scope] - SCOPE_RANK[b.dep.scope]);
    const providerScopes = new Set();
    for (const { manifest, dep } of declarations) {
        const key = `${dep.ecosystem}:${dep.name.toLowerCase()}`;
        const known = lookupDependency(knowledge, dep);
        const inBundle = dep.scope === 'dev' && bundled?.(manifest) === true;
        const runs = inBundle ? 'runtime' : dep.scope;
        if (known && !DEVELOPMENT_SCOPES.has(runs))
            shipped.add(known.name);
        if (seen.has(key))
            continue;
        if (!known && dep.scope === 'runtime' && isDeviceDriverName(dep.name)) {
            seen.add(key);
            addWeighted(signals, { iot: DEVICE_DRIVER_WEIGHT }, () => 1, 'dependency', {
                file: dep.file,
                line: dep.line,
                detail: `${dependencyLabel(dep)} (named for a device or its bus)`,
            }, { runtime: true });
            continue;
        }
        // A neutral entry (a test runner, a linter) is known but says nothing about the workload.
        if (!known || isNeutral(known))
            continue;
        seen.add(key);
        used.push(dep);
        declared.add(known.name);
        const scope = inBundle ? ['dev, bundled'] : dep.scope === 'runtime' ? [] : [dep.scope];
        const library = manifest.entryPoint === true;
        const workloads = workloadsOf(known, builtSite);
        const extra = furtherProvider(known, dep, providerScopes) ? HOSTED_AI_EXTRA : 1;
        addWeighted(signals, workloads, (w) => scopeFactor(runs, w, library) * extra, 'dependency', {
            file: dep.file,
            line: dep.line,
            detail: `${dependencyLabel(dep)}${aside(known, scope)}`,
        }, runs === 'runtime' ? { runtime: true } : {});
    }
    // Installed for another dependency: importing one is using what is declared, but pulling it in
    // was not the component's choice, so it gives no signal of its own.
    for (const manifest of manifests) {
        for (const name of manifest.transitive ?? []) {
            const known = knowledge.pypiPackage(name);
            if (!known || isNeutral(known))
                continue;
            declared.add(known.name);
            if ((0,_scan_manifests_requirements_js__WEBPACK_IMPORTED_MODULE_3__/* .scopeOfRequirementsFile */ ._Q)(manifest.file) === 'runtime')
                shipped.add(known.name);
        }
    }
    const devOnly = new Set([...declared].filter((name) => !shipped.has(name)));
    return { signals, used, declared, devOnly };
}
/**
 * Drivers for one sensor or board are many and small, and few are catalogued: a package the catalogue
 * does not know, named for a sensor chip, a board or a device bus (scd30-node, async-bmp280,
 * raspberrypi-liquid-crystal in a Raspberry Pi air-quality monitor), hints at device work at half
 * the weight of a catalogued driver. Whole words of the name only: `stable` holds no `ble`.
 */
const DEVICE_DRIVER_WEIGHT = 1.5;
/**
 * Providers of one hosted-AI SDK (packages of one npm scope: `@ai-sdk/openai`, `@ai-sdk/anthropic`…)
 * are one feature offered over more models (MQTTX's assistant on six of them): the first counts
 * fully, each further one as an add-on, at HOSTED_AI_EXTRA of its weight.
 */
const HOSTED_AI_EXTRA = 0.25;
const DEVICE_WORDS = new Set([
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
]);
function isDeviceDriverName(name) {
    return name
        .toLowerCase()
        .split(/[^a-z\d]+/)
        .some((word) => DEVICE_WORDS.has(word));
}
const DEVELOPMENT_SCOPES = new Set(['dev', 'test', 'build']);
const SCOPE_RANK = {
    runtime: 0,
    peer: 1,
    optional: 2,
    build: 3,
    dev: 4,
    test: 5,
};
/** The catalogue entry an imported module belongs to, if any. */
function knownImport(knowledge, language, module) {
    return language === 'javascript'
        ? lookupNpmImport(knowledge, module)
        : lookupPythonImport(knowledge, module);
}
/**
 * The catalogue entry an import reference brings in, and the module it names. Python's
 * `from google.cloud import storage` brings in google-cloud-storage, since `google.cloud` alone
 * names a neutral namespace; `from flask import session` brings in Flask, not flask-session, since
 * `flask` names a package with weight. A module the catalogue does not know at all (the app's own)
 * is not looked into further: most imports of a large app are its own.
 */
function resolveImport(knowledge, language, ref) {
    const known = knownImport(knowledge, language, ref.module);
    if (ref.member && known && isNeutral(known)) {
        const module = `${ref.module}.${ref.member}`;
        const deeper = knownImport(knowledge, language, module);
        if (deeper && deeper !== known && !isNeutral(deeper))
            return { known: deeper, module };
    }
    return known ? { known, module: ref.module } : undefined;
}
/** The packages of Python's standard library (its modules with submodules), and os for os.path. */
const STDLIB_PACKAGES = new Set([
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
]);
/**
 * The entry of the longest dotted prefix the catalogue knows, as an import name or as a package
 * name: `google.cloud.storage` is google-cloud-storage and `zope.interface` is zope.interface, not
 * the Zope application server that `zope` alone names.
 */
function lookupPythonImport(knowledge, module) {
    const dot = module.indexOf('.');
    // The standard library's own submodules are no PyPI package (`http.client` is not http-client).
    if (dot > 0 && STDLIB_PACKAGES.has(module.slice(0, dot)))
        return knowledge.pythonImport(module.slice(0, dot));
    for (let end = module.length; end > 0; end = module.lastIndexOf('.', end - 1)) {
        const known = knowledge.pythonImport(end === module.length ? module : module.slice(0, end));
        if (known)
            return known;
    }
    return undefined;
}
function before(a, b) {
    return a.file !== b.file ? a.file < b.file : a.index < b.index;
}
function better(a, b) {
    return a.test !== b.test ? !a.test : before(a, b);
}
/** Keeps, per key, the first appearance and the best evidence, whatever order they arrive in. */
function fold(map, key, place, value) {
    const entry = map.get(key);
    if (!entry) {
        map.set(key, { seen: place, place, value, count: 1 });
        return;
    }
    entry.count++;
    if (before(place, entry.seen))
        entry.seen = place;
    if (better(place, entry.place)) {
        entry.place = place;
        entry.value = value;
    }
}
function inOrder(map) {
    return [...map.values()].sort((a, b) => (before(a.seen, b.seen) ? -1 : 1));
}
/**
 * Folds what the source scan found in a component's files into the little the report needs: per
 * catalogued package and per code pattern, its first place and how many files show it. Files may
 * arrive in any order (parallel reads); the result is the same as for files taken in path order.
 * Nothing per file is kept, so memory does not grow with the number of files.
 */
class CodeFacts {
    knowledge;
    imports = new Map();
    patternHits = new Map();
    /** Notebooks of the component's own work, and those among its docs, examples and tests. */
    ownNotebooks = { count: 0, first: undefined };
    auxiliaryNotebooks = { count: 0, first: undefined };
    constructor(knowledge) {
        this.knowledge = knowledge;
    }
    add(file) {
        if (file.notebook) {
            const seen = file.test ? this.auxiliaryNotebooks : this.ownNotebooks;
            seen.count++;
            if (seen.first === undefined || file.path < seen.first)
                seen.first = file.path;
        }
        file.imports.forEach((ref, index) => {
            const resolved = resolveImport(this.knowledge, file.language, ref);
            if (!resolved || isNeutral(resolved.known))
                return;
            const { known, module } = resolved;
            fold(this.imports, known.name, { file: file.path, index, test: file.test }, { known, module, line: file.notebook ? undefined : ref.line });
        });
        file.patterns.forEach((hit, index) => {
            const id = hit.pattern.id;
            const place = { file: file.path, index, test: file.test };
            // A notebook's lines count through its code cells joined: no line to show.
            const line = file.notebook ? undefined : hit.line;
            fold(this.patternHits, id, place, { pattern: hit.pattern, line });
        });
    }
    /**
     * Catalogued packages the component's own code imports (tests, examples and tools aside), by
     * catalogue name (normalised as PyPI names are), each with its first such place.
     */
    ownImports() {
        const own = new Map();
        for (const [name, { place, value }] of this.imports) {
            if (place.test)
                continue;
            own.set((0,_knowledge_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePypiName */ .Ty)(name), {
                file: place.file,
                line: value.line,
                detail: `imports ${value.module}`,
            });
        }
        return own;
    }
    /** Whether the component's own code (tests, examples and tools aside) shows a code pattern. */
    ownPattern(id) {
        const hit = this.patternHits.get(id);
        return hit !== undefined && !hit.place.test;
    }
    /**
     * Code patterns the component's own code shows (tests, examples and tools aside), each with its
     * place there: a worker pool in mathjs's examples/ is not the library's own mitigation.
     */
    ownPatterns() {
        const own = new Map();
        for (const { place, value } of inOrder(this.patternHits)) {
            if (place.test)
                continue;
            own.set(value.pattern.id, {
                file: place.file,
                line: value.line,
                detail: value.pattern.detail,
            });
        }
        return own;
    }
    /** In how many files a code pattern was seen (tests and examples included). */
    patternFiles(id) {
        return this.patternHits.get(id)?.count ?? 0;
    }
    /**
     * Signals from imports, code patterns and notebooks, each counted once with its first place.
     * `declared` names the catalogue entries the component's manifests already declare.
     */
    signals(declared = new Set(), demoted = new Set(), devOnly = new Set(), builtSite = false, 
    /** The component's own package names: its examples importing it say what the package is, once. */
    self = new Set()) {
        const signals = [];
        for (const { place, value } of inOrder(this.imports)) {
            if (self.has(value.known.name))
                continue;
            const base = declared.has(value.known.name) ? IMPORT_FACTOR : UNDECLARED_IMPORT_FACTOR;
            const factor = base * (place.test ? TEST_CODE_FACTOR : 1);
            // A development tool's import is the build or the tests at work, wherever the file sits
            // (lodash's lib/main/build-site.js and cheerio); a bundled frontend's framework is the app.
            const tool = devOnly.has(value.known.name);
            const weigh = (w) => tool && w !== 'spa-frontend' ? factor * DEV_IMPORT_FACTOR : factor;
            addWeighted(signals, workloadsOf(value.known, builtSite), weigh, 'import', {
                file: place.file,
                line: value.line,
                detail: `imports ${value.module}${aside(value.known, [])}`,
            });
        }
        for (const { place, value, count: files } of inOrder(this.patternHits)) {
            // More files doing the same thing is more evidence, with diminishing returns.
            const spread = 1 + 0.25 * Math.min(files - 1, 4);
            const aside = place.test || demoted.has(value.pattern.id);
            const factor = spread * (aside ? TEST_CODE_FACTOR : 1);
            addWeighted(signals, value.pattern.workloads, () => factor, 'code-pattern', {
                file: place.file,
                line: value.line,
                detail: files > 1 ? `${value.pattern.detail} (${files} files)` : value.pattern.detail,
            }, {
                ...(value.pattern.corroborates && { corroborates: true }),
                ...(value.pattern.inferred && { inferred: true }),
                ...(!aside && { files }),
            });
        }
        const own = this.ownNotebooks.count > 0;
        const { count, first } = own ? this.ownNotebooks : this.auxiliaryNotebooks;
        if (first) {
            signals.push({
                workload: 'data-ml',
                weight: Math.min(2 + 0.5 * (count - 1), 4) * (own ? 1 : TEST_CODE_FACTOR),
                kind: 'notebook',
                evidence: {
                    file: first,
                    detail: count > 1 ? `${count} Jupyter notebooks` : 'Jupyter notebook',
                },
            });
        }
        return signals;
    }
}
/** Signals from the facts of a set of files (see CodeFacts). */
function codeSignals(files, knowledge) {
    const facts = new CodeFacts(knowledge);
    for (const file of files)
        facts.add(file);
    return facts.signals();
}
function lookupNpmImport(knowledge, module) {
    const name = npmPackageOfImport(module);
    return name ? knowledge.npmPackage(name) : undefined;
}
const ML_IMAGES = /^(tensorflow\/|pytorch\/|nvidia\/cuda|nvcr\.io\/|jupyter\/|huggingface\/)/i;
/**
 * Hints from Dockerfile base images and Procfile process types. A Dockerfile among the component's
 * examples, tests or docs (`componentPath` tells) weighs like their code.
 */
function containerSignals(manifests, componentPath = '') {
    const signals = [];
    for (const m of manifests) {
        if (m.kind === 'Dockerfile') {
            const factor = isAuxiliaryPath(m.file, componentPath) ? TEST_CODE_FACTOR : 1;
            for (const image of m.baseImages ?? []) {
                if (ML_IMAGES.test(image.image)) {
                    signals.push({
                        workload: 'data-ml',
                        weight: 1.5 * factor,
                        kind: 'dockerfile',
                        evidence: { file: m.file, line: image.line, detail: `ML base image ${image.image}` },
                    });
                }
            }
        }
        else if (m.kind === 'Procfile') {
            for (const [type, command] of Object.entries(m.scripts ?? {})) {
                const line = m.commands?.find((c) => c.text === command)?.line;
                const workload = type === 'web'
                    ? 'io-api'
                    : type === 'clock' || type === 'worker'
                        ? 'automation'
                        : undefined;
                if (workload) {
                    signals.push({
                        workload,
                        weight: 0.5,
                        kind: 'procfile',
                        evidence: { file: m.file, line, detail: `Procfile process type ${type}` },
                    });
                }
            }
        }
    }
    return signals;
}
/**
 * What a platform's manifest says the component is: a GitHub Action runs as a step of a workflow
 * (automation, as a command-line program does), a Home Assistant integration talks to devices
 * (iot). An action.yml counts in the component's own folder only: one in a folder below is a
 * repository's local CI step. An integration's manifest sits in custom_components/<domain>/ of the
 * repository it makes.
 */
const PLATFORM_WEIGHT = 2;
const PLATFORM_WORKLOADS = {
    'github-action': 'automation',
    'home-assistant': 'iot',
};
function platformSignals(manifests, componentPath = '') {
    return manifests.flatMap((m) => m.platform && (m.platform.kind === 'home-assistant' || (0,_scan_file_source_js__WEBPACK_IMPORTED_MODULE_4__/* .dirnameOf */ .az)(m.file) === componentPath)
        ? [
            {
                workload: PLATFORM_WORKLOADS[m.platform.kind],
                weight: PLATFORM_WEIGHT,
                kind: 'package',
                evidence: { file: m.file, line: m.platform.line, detail: m.platform.detail },
            },
        ]
        : []);
}


/***/ }),

/***/ 5882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ KnowledgeError),
/* harmony export */   Ty: () => (/* binding */ normalizePypiName),
/* harmony export */   U2: () => (/* binding */ assembleCompiledKnowledge),
/* harmony export */   VO: () => (/* binding */ FILE_OF_KEY),
/* harmony export */   fe: () => (/* binding */ assembleKnowledge),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export splitNeutral */
/** Whether an entry says nothing but its name: no weight, no `itself`, role or import names. */
function isBareNeutral(p) {
    for (const key in p)
        if (key !== 'name' && key !== 'workloads')
            return false;
    for (const _ in p.workloads)
        return false;
    return true;
}
/** The catalogue as compiled: neutral entries moved to bare names (see CompiledSignals). */
function splitNeutral(signals) {
    const neutral = { npm: [], pypi: [] };
    const kept = { npm: [], pypi: [] };
    for (const key of ['npm', 'pypi'])
        for (const p of signals[key]) {
            if (isBareNeutral(p))
                neutral[key].push(p.name);
            else
                kept[key].push(p);
        }
    return { ...kept, neutral };
}
/** The knowledge files or the organisation guidance are invalid; one problem per line. */
class KnowledgeError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.name = 'KnowledgeError';
        this.problems = problems;
    }
}
const FILE_OF_KEY = {
    sources: 'knowledge/sources.json',
    guidance: 'knowledge/guidance.json',
    signals: 'knowledge/signals.json',
    patterns: 'knowledge/patterns.json',
};
/** Names already normalised: the verdict and the scan ask about the same few hundred names again and again. */
const normalizedPypiNames = new Map();
/** PEP 503: lower case, runs of `-`, `_` and `.` become one `-`. */
function normalizePypiName(name) {
    let normalized = normalizedPypiNames.get(name);
    if (normalized === undefined) {
        normalized = name.toLowerCase().replace(/[-_.]+/g, '-');
        normalizedPypiNames.set(name, normalized);
    }
    return normalized;
}
function locate(items, file, key) {
    return items.map((item, i) => ({ item, file, path: `${key}[${i}]` }));
}
function duplicateIdProblems(items) {
    const seen = new Set();
    const problems = [];
    for (const { item, file, path } of items) {
        if (seen.has(item.id))
            problems.push(`${file}: ${path}.id: duplicate id "${item.id}"`);
        seen.add(item.id);
    }
    return problems;
}
/** Base items, then extra items: a same id replaces the base item in place, a new id is appended. */
function mergeById(base, extra) {
    const merged = [...base];
    const indexById = new Map(merged.map((l, i) => [l.item.id, i]));
    for (const l of extra) {
        const i = indexById.get(l.item.id);
        if (i === undefined) {
            indexById.set(l.item.id, merged.length);
            merged.push(l);
        }
        else {
            merged[i] = l;
        }
    }
    return merged;
}
function compilePattern(pattern) {
    try {
        return new RegExp(pattern.regex, pattern.flags);
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}
function packageProblems(packages, key, normalize) {
    const problems = [];
    const seen = new Map();
    packages.forEach((p, i) => {
        const name = normalize(p.name);
        const first = seen.get(name);
        if (first !== undefined) {
            problems.push(`${FILE_OF_KEY.signals}: ${key}[${i}].name: duplicate package "${p.name}" (already listed as "${first}")`);
        }
        else {
            seen.set(name, p.name);
        }
        if (key === 'npm' && p.name.includes('*') && !/^@[^/]+\/\*$/.test(p.name)) {
            problems.push(`${FILE_OF_KEY.signals}: ${key}[${i}].name: a wildcard must be a whole scope, as in "@scope/*"`);
        }
    });
    return problems;
}
/**
 * Entries by key, the bare neutral names (CompiledSignals) among them: an entry is made for one of
 * those when first asked for, and then kept, so a name is always answered by the same object.
 */
class Catalogue {
    entries = new Map();
    neutral = new Map();
    constructor(packages, neutral, key) {
        for (const p of packages)
            this.entries.set(key(p.name), p);
        for (const name of neutral)
            this.neutral.set(key(name), name);
    }
    get(key) {
        const entry = this.entries.get(key);
        if (entry)
            return entry;
        const name = this.neutral.get(key);
        if (name === undefined)
            return undefined;
        const made = { name, workloads: {} };
        this.entries.set(key, made);
        return made;
    }
}
// The lookups are built on their first call: a run that reads no manifest and no import (an empty
// repository, a scan worker between batches) never pays for thousands of map entries.
function npmLookup(signals) {
    let byName;
    return (name) => {
        byName ??= new Catalogue(signals().npm, signals().neutral?.npm ?? [], (n) => n);
        const exact = byName.get(name);
        if (exact)
            return exact;
        if (!name.startsWith('@'))
            return undefined;
        const scope = name.split('/', 1)[0];
        return scope ? byName.get(`${scope}/*`) : undefined;
    };
}
function pypiLookups(signals) {
    let byName;
    let byModule;
    const names = () => (byName ??= new Catalogue(signals().pypi, signals().neutral?.pypi ?? [], normalizePypiName));
    const modules = () => {
        if (!byModule) {
            byModule = new Map();
            // A bare neutral name has no import names: only entries carry them.
            for (const p of signals().pypi) {
                for (const module of p.imports ?? [])
                    if (!byModule.has(module))
                        byModule.set(module, p);
            }
        }
        return byModule;
    };
    return {
        byPackage: (name) => names().get(normalizePypiName(name)),
        byImport: (module) => modules().get(module) ?? names().get(normalizePypiName(module)),
    };
}
/** The analysis's view of checked guidance, patterns and signals: rule agreement, lookups. */
function knowledgeOf(data, rules, disagreements, mitigations, patterns) {
    const disputedBy = new Map();
    for (const d of disagreements) {
        for (const id of new Set(d.rules))
            disputedBy.set(id, [...(disputedBy.get(id) ?? []), d.id]);
    }
    // Read on first use only: the compiled knowledge may parse its signals then (see bundled.ts).
    const signals = () => data.signals;
    const pypi = pypiLookups(signals);
    return {
        sources: data.sources,
        sourceById: new Map(data.sources.map((s) => [s.id, s])),
        rules: rules.map((item) => ({
            ...item,
            agreement: item.sources.length,
            disputedBy: disputedBy.get(item.id) ?? [],
        })),
        disagreements,
        mitigations,
        patterns,
        npmPackage: npmLookup(signals),
        pypiPackage: pypi.byPackage,
        pythonImport: pypi.byImport,
        get npmPackageCount() {
            const { npm, neutral } = signals();
            return npm.length + (neutral?.npm.length ?? 0);
        },
        get pypiPackageCount() {
            const { pypi, neutral } = signals();
            return pypi.length + (neutral?.pypi.length ?? 0);
        },
    };
}
/**
 * The knowledge the build compiled: the build ran every check of assembleKnowledge on it
 * (src/knowledge/compile.ts), so a run builds the same knowledge without repeating them.
 */
function assembleCompiledKnowledge(data) {
    return knowledgeOf(data, data.guidance.rules, data.guidance.disagreements, data.guidance.mitigations, data.patterns.map((pattern) => ({ ...pattern, re: new RegExp(pattern.regex, pattern.flags) })));
}
/**
 * Checks the cross-references of validated knowledge (and organisation guidance, merged by id) and
 * builds the lookups. Throws a KnowledgeError listing every problem found.
 */
function assembleKnowledge(data, extra) {
    const guidanceFile = FILE_OF_KEY.guidance;
    const problems = [];
    problems.push(...duplicateIdProblems(data.sources.map((item, i) => ({ item, file: FILE_OF_KEY.sources, path: `[${i}]` }))));
    const base = {
        rules: locate(data.guidance.rules, guidanceFile, 'rules'),
        disagreements: locate(data.guidance.disagreements, guidanceFile, 'disagreements'),
        mitigations: locate(data.guidance.mitigations, guidanceFile, 'mitigations'),
    };
    for (const kind of ['rules', 'disagreements', 'mitigations']) {
        problems.push(...duplicateIdProblems(base[kind]));
        if (extra)
            problems.push(...duplicateIdProblems(extra[kind]));
    }
    const rules = extra ? mergeById(base.rules, extra.rules) : base.rules;
    const disagreements = extra
        ? mergeById(base.disagreements, extra.disagreements)
        : base.disagreements;
    const mitigations = extra ? mergeById(base.mitigations, extra.mitigations) : base.mitigations;
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const ruleById = new Map(rules.map((l) => [l.item.id, l.item]));
    const mitigationById = new Map(mitigations.map((l) => [l.item.id, l.item]));
    const patternIds = new Set(data.patterns.map((p) => p.id));
    const unknown = (file, path, kind, id) => `${file}: ${path}: unknown ${kind} id "${id}"`;
    const checkSources = (file, path, ids) => ids.forEach((id, i) => {
        if (!sourceIds.has(id))
            problems.push(unknown(file, `${path}[${i}]`, 'source', id));
        else if (ids.indexOf(id) !== i)
            problems.push(`${file}: ${path}[${i}]: source "${id}" cited twice`);
    });
    for (const { item: rule, file, path } of rules) {
        checkSources(file, `${path}.sources`, rule.sources);
        rule.mitigations.forEach((id, i) => {
            const m = mitigationById.get(id);
            if (!m)
                problems.push(unknown(file, `${path}.mitigations[${i}]`, 'mitigation', id));
            else if (m.stack !== rule.stack) {
                problems.push(`${file}: ${path}.mitigations[${i}]: mitigation "${id}" is for ${m.stack}, the rule for ${rule.stack}`);
            }
        });
    }
    for (const { item: d, file, path } of disagreements) {
        d.rules.forEach((id, i) => {
            if (!ruleById.has(id))
                problems.push(unknown(file, `${path}.rules[${i}]`, 'rule', id));
        });
        d.positions.forEach((p, i) => checkSources(file, `${path}.positions[${i}].sources`, p.sources));
    }
    for (const { item: m, file, path } of mitigations) {
        checkSources(file, `${path}.sources`, m.sources);
        m.detect.patterns.forEach((id, i) => {
            if (!patternIds.has(id))
                problems.push(unknown(file, `${path}.detect.patterns[${i}]`, 'pattern', id));
        });
    }
    problems.push(...duplicateIdProblems(data.patterns.map((item, i) => ({ item, file: FILE_OF_KEY.patterns, path: `[${i}]` }))));
    const patterns = [];
    data.patterns.forEach((pattern, i) => {
        const re = compilePattern(pattern);
        if (typeof re === 'string')
            problems.push(`${FILE_OF_KEY.patterns}: [${i}].regex: does not compile: ${re}`);
        else
            patterns.push({ ...pattern, re });
    });
    problems.push(...packageProblems(data.signals.npm, 'npm', (n) => n));
    problems.push(...packageProblems(data.signals.pypi, 'pypi', normalizePypiName));
    if (problems.length > 0)
        throw new KnowledgeError(problems);
    return knowledgeOf(data, rules.map(({ item }) => item), disagreements.map((l) => l.item), mitigations.map((l) => l.item), patterns);
}


/***/ }),

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ compiledKnowledge),
/* harmony export */   rh: () => (/* binding */ bundledKnowledge)
/* harmony export */ });
/* unused harmony export parseCompiledKnowledge */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _assemble_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5882);
// The knowledge shipped with Stack Fit, from the compiled file and without any schema library, so a
// scan worker (and a run without organisation guidance) loads no more than it needs.


// Read as a file beside the code (the build ships a copy), not imported: a JSON import becomes a
// 200 KB string literal in the bundle, which V8 parses as code before JSON.parse reads it again.
const COMPILED_URL = new URL(/* asset import */ __webpack_require__(6674), __webpack_require__.b);
/** Where renderCompiledKnowledge (compile.ts) puts the signals: between these two top-level keys. */
const SIGNALS_KEY = '\n  "signals": ';
const PATTERNS_KEY = '\n  "patterns": ';
/**
 * The compiled knowledge from its text, with the signals (nearly all of it: some thirty thousand
 * packages, most of them bare neutral names) parsed on first use: a run that reads no manifest and
 * no import never parses them. Text in any other layout is parsed whole.
 */
function parseCompiledKnowledge(text) {
    const start = text.indexOf(SIGNALS_KEY);
    const end = text.indexOf(PATTERNS_KEY);
    if (start < 0 || end < start)
        return JSON.parse(text);
    let rest;
    try {
        rest = JSON.parse(text.slice(0, start) + text.slice(end));
    }
    catch {
        return JSON.parse(text);
    }
    // The signals' object, without the comma that follows it (no regular expression over 190 KB).
    const comma = text.lastIndexOf(',', end);
    // Dropped once parsed: the text is as large again as what it parses to.
    let signalsText = text.slice(start + SIGNALS_KEY.length, comma > start ? comma : end);
    let signals;
    return {
        ...rest,
        get signals() {
            if (!signals) {
                signals = JSON.parse(signalsText);
                signalsText = undefined;
            }
            return signals;
        },
    };
}
let compiled;
function compiledKnowledge() {
    compiled ??= parseCompiledKnowledge((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(COMPILED_URL, 'utf8'));
    return compiled;
}
let bundled;
/** Built once per thread, without the checks the build already ran (see compile.ts). */
function bundledKnowledge() {
    bundled ??= (0,_assemble_js__WEBPACK_IMPORTED_MODULE_1__/* .assembleCompiledKnowledge */ .U2)(compiledKnowledge());
    return bundled;
}


/***/ }),

/***/ 3653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ PACKAGE_ROLES)
/* harmony export */ });
// Kept apart from the schemas so code that only names roles loads no schema library.
/** What a catalogued package is, where the evidence should say so. */
const PACKAGE_ROLES = {
    /** Sends requests to a hosted model or AI service: I/O-bound integration work, not ML in the process. */
    'hosted-ai': 'calls a hosted AI API',
    /** Builds or loads compiled code (C, C++, Rust, WebAssembly) for the package. */
    native: 'compiled code',
    /** Builds an API on a web framework (Django REST framework on Django): the framework is its carrier. */
    'api-layer': 'an API layer on a web framework',
    /**
     * Renders pages on a server or builds them ahead (Next.js, Nuxt, Astro, SvelteKit). Without server
     * code of the component's own it builds a frontend, and its weight counts for the frontend.
     */
    'site-framework': 'a full-stack web framework',
    /**
     * Builds a static site from Markdown and templates (Hexo). Without server code of the component's
     * own its weight counts for the frontend, as a site framework's does.
     */
    'site-generator': 'a static-site generator',
    /**
     * Fills templates (Jinja2, EJS, Pug). Pages a server renders with it are server-side rendering;
     * without server code of the component's own it writes files (reports, configs, static pages).
     */
    'template-engine': 'a template engine',
};


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ STACKS),
/* harmony export */   bk: () => (/* binding */ VERDICTS),
/* harmony export */   eg: () => (/* binding */ productComponents),
/* harmony export */   vZ: () => (/* binding */ WORKLOADS),
/* harmony export */   yF: () => (/* binding */ WORKLOAD_LABELS)
/* harmony export */ });
// The vocabulary every stage shares: scan → analysis → report → publish.
// Plain types only; nothing here reads files or talks to GitHub.
/** Workload classes Stack Fit recognises, in report order. */
const WORKLOADS = [
    'realtime',
    'io-api',
    'server-web',
    'spa-frontend',
    'data-ml',
    'cpu-intensive',
    'iot',
    'automation',
];
const WORKLOAD_LABELS = {
    realtime: 'Real-time (chat, collaboration, gaming, streaming, websockets)',
    'io-api': 'I/O-bound API or microservice',
    'server-web': 'Server-rendered web app',
    'spa-frontend': 'SPA / frontend',
    'data-ml': 'Data science / ML / AI',
    'cpu-intensive': 'CPU-intensive computation',
    iot: 'IoT',
    automation: 'Automation / scripting',
};
/** Stacks the guidance covers, plus everything else named plainly. */
const STACKS = ['node', 'python', 'other', 'unknown'];
const VERDICTS = ['fits', 'fits-with-caveats', 'mismatch', 'inconclusive'];
/** The components that make up the product: everything but supporting packages. */
function productComponents(report) {
    return report.components.filter((c) => !c.supporting);
}


/***/ }),

/***/ 1141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ trackedFilesOf),
/* harmony export */   Br: () => (/* binding */ pathBelow),
/* harmony export */   Kp: () => (/* binding */ joinRepoPath),
/* harmony export */   NP: () => (/* binding */ normalizeRepoPath),
/* harmony export */   Sv: () => (/* binding */ basenameOf),
/* harmony export */   az: () => (/* binding */ dirnameOf),
/* harmony export */   xu: () => (/* binding */ PathOutsideRootError),
/* harmony export */   yq: () => (/* binding */ FileTooLargeError)
/* harmony export */ });
/* unused harmony export grouped */
// The one way the scanner reads a repository. Paths are POSIX, relative to the repository
// root, '' for the root itself. Implementations never follow symbolic links and refuse paths
// that would leave the root.
/** Builds TrackedFiles from git's `ls-files -z` output (paths relative to the root). */
function trackedFilesOf(lsFilesZ) {
    const files = new Set();
    const dirs = new Set();
    for (const path of lsFilesZ.split('\0')) {
        if (path === '')
            continue;
        files.add(path);
        for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
            const dir = path.slice(0, i);
            if (dirs.has(dir))
                break;
            dirs.add(dir);
        }
    }
    return { has: (path) => files.has(path), holds: (dir) => dirs.has(dir) };
}
/**
 * A whole number with its thousands grouped by commas, as toLocaleString('en-US') writes it, without
 * the cost of Intl (a benchmark tree throws this error for hundreds of files).
 */
function grouped(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
class FileTooLargeError extends Error {
    path;
    size;
    limit;
    constructor(path, size, limit) {
        super(`${grouped(size)} bytes, over the ${grouped(limit)}-byte cap`);
        this.path = path;
        this.size = size;
        this.limit = limit;
        this.name = 'FileTooLargeError';
    }
}
class PathOutsideRootError extends Error {
    constructor(path) {
        super(`path leaves the repository: ${path}`);
        this.name = 'PathOutsideRootError';
    }
}
/** Segments without separators or NUL, joined by single slashes; no drive letter; '' is the root. */
const NORMAL_PATH = /^(?![A-Za-z]:)(?:[^/\\\0]+(?:\/[^/\\\0]+)*)?$/;
/** A `.` or `..` segment. */
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;
/**
 * Normalises a repository-relative path: forward slashes, no `.` segments, no leading `./`.
 * Throws PathOutsideRootError for absolute paths and for `..` that climbs above the root.
 */
function normalizeRepoPath(path) {
    // Nearly every path the scan passes is already normal; check that without splitting it.
    if (NORMAL_PATH.test(path) && !DOT_SEGMENT.test(path))
        return path;
    const raw = path.replace(/\\/g, '/');
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || raw.includes('\0')) {
        throw new PathOutsideRootError(path);
    }
    const out = [];
    for (const part of raw.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                throw new PathOutsideRootError(path);
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}
/** Joins repository-relative segments and normalises the result (may throw PathOutsideRootError). */
function joinRepoPath(...parts) {
    return normalizeRepoPath(parts.filter((p) => p !== '').join('/'));
}
function dirnameOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
/** A path as seen from a directory below the repository root ('' is the root itself). */
function pathBelow(path, dir) {
    return dir && path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path;
}
function basenameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}


/***/ }),

/***/ 7830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ FsFileSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1141);




function kindOf(d) {
    if (d.isSymbolicLink())
        return 'symlink';
    if (d.isFile())
        return 'file';
    if (d.isDirectory())
        return 'directory';
    return 'other';
}
/**
 * Reads a checked-out repository from disk without following symbolic links.
 *
 * The calls are synchronous under an async interface: on a checkout in the page cache a direct
 * syscall costs microseconds, while the promise API adds a thread-pool hop and allocations per
 * call, which profiling showed to be most of the scan's time. Errors still surface as rejections.
 */
class FsFileSource {
    description;
    localRoot;
    root;
    /** Directories proven to resolve inside the root (no linked component on the way). */
    safeDirs = new Map();
    constructor(root) {
        this.root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
        this.description = this.root;
        this.localRoot = this.root;
    }
    abs(path) {
        if (path === '')
            return this.root;
        return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/'
            ? `${this.root}/${path}`
            : node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, ...path.split('/'));
    }
    async listDir(dir) {
        const p = (0,_file_source_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRepoPath */ .NP)(dir);
        this.assertNoLinkedParent(p, true);
        const prefix = p === '' ? '' : `${p}/`;
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(this.abs(p), { withFileTypes: true }).map((d) => {
            const kind = kindOf(d);
            // The listing's own type says a subdirectory is no link (the lstat isSafeDir would make):
            // a walk then lists and reads below it without another system call per directory.
            if (kind === 'directory')
                this.safeDirs.set(prefix + d.name, true);
            return { name: d.name, kind };
        });
    }
    async stat(path) {
        const p = (0,_file_source_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRepoPath */ .NP)(path);
        this.assertNoLinkedParent(p, false);
        const s = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(this.abs(p), { throwIfNoEntry: false });
        return s ? { kind: kindOf(s), size: s.size } : undefined;
    }
    async read(path, maxBytes, options = {}) {
        const p = (0,_file_source_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRepoPath */ .NP)(path);
        this.assertNoLinkedParent(p, false);
        // O_NOFOLLOW makes the open itself fail on a link, so no race between check and read;
        // O_NONBLOCK keeps a FIFO swapped in after discovery from blocking the scan.
        const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(this.abs(p), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            const s = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
            if (!s.isFile())
                throw new Error(`not a regular file: ${path}`);
            if (options.maxSize !== undefined && s.size > options.maxSize)
                throw new _file_source_js__WEBPACK_IMPORTED_MODULE_2__/* .FileTooLargeError */ .yq(path, s.size, options.maxSize);
            const scratch = options.scratch;
            const length = Math.min(s.size, maxBytes);
            const buffer = scratch && scratch.byteLength >= length ? scratch : Buffer.allocUnsafe(length);
            let offset = 0;
            while (offset < length) {
                const bytesRead = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buffer, offset, length - offset, offset);
                if (bytesRead === 0)
                    break;
                offset += bytesRead;
            }
            return buffer.subarray(0, offset);
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        }
    }
    /**
     * Git's index lists the tracked files; a directory that is no git work tree, or a git that fails,
     * gives undefined and the walk applies .gitignore to everything, as without git. Only git runs,
     * with hooks and fsmonitor off (runGit), and only `ls-files`, which reads the index.
     */
    async trackedFiles() {
        if (!this.insideGitWorkTree())
            return undefined;
        try {
            // node:child_process loads only here, on a git work tree.
            const { runGit } = await __webpack_require__.e(/* import() */ 646).then(__webpack_require__.bind(__webpack_require__, 5646));
            // Run in the root, ls-files lists the files below it, relative to it.
            const listed = await runGit(this.root, ['ls-files', '-z', '--cached'], {
                maxBuffer: 1024 * 1024 * 1024,
            });
            return (0,_file_source_js__WEBPACK_IMPORTED_MODULE_2__/* .trackedFilesOf */ .BO)(listed);
        }
        catch {
            return undefined;
        }
    }
    /** A `.git` entry here or in a parent directory: cheap to check before starting git at all. */
    insideGitWorkTree() {
        for (let dir = this.root;;) {
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')))
                return true;
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
            if (parent === dir)
                return false;
            dir = parent;
        }
    }
    /** Refuses a path whose directories pass through a symbolic link (O_NOFOLLOW only guards the last part). */
    assertNoLinkedParent(path, includeSelf) {
        const dir = includeSelf ? path : path.slice(0, Math.max(0, path.lastIndexOf('/')));
        if (!this.isSafeDir(dir))
            throw new _file_source_js__WEBPACK_IMPORTED_MODULE_2__/* .PathOutsideRootError */ .xu(path);
    }
    /** One lstat per directory, ever: a directory is safe when its parent is and it is not a link. */
    isSafeDir(dir) {
        if (dir === '')
            return true;
        let safe = this.safeDirs.get(dir);
        if (safe === undefined) {
            const parent = dir.slice(0, Math.max(0, dir.lastIndexOf('/')));
            // Missing or not a directory: the operation itself fails with ENOENT/ENOTDIR, as it should.
            safe =
                this.isSafeDir(parent) &&
                    !node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(this.abs(dir), { throwIfNoEntry: false })?.isSymbolicLink();
            this.safeDirs.set(dir, safe);
        }
        return safe;
    }
}


/***/ }),

/***/ 559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ dependency),
/* harmony export */   HD: () => (/* binding */ shownName),
/* harmony export */   Io: () => (/* binding */ jsonProblem),
/* harmony export */   JM: () => (/* binding */ stringRecord),
/* harmony export */   Kq: () => (/* binding */ descriptionOf),
/* harmony export */   N5: () => (/* binding */ safeMessage),
/* harmony export */   TE: () => (/* binding */ isSafeName),
/* harmony export */   X1: () => (/* binding */ lineOfSection),
/* harmony export */   XZ: () => (/* binding */ scopeOfGroup),
/* harmony export */   Z: () => (/* binding */ specOfTable),
/* harmony export */   af: () => (/* binding */ tableAt),
/* harmony export */   df: () => (/* binding */ positionOf),
/* harmony export */   eb: () => (/* binding */ pep508Name),
/* harmony export */   eg: () => (/* binding */ safeEntries),
/* harmony export */   iz: () => (/* binding */ COMMAND_ENTRY_GROUPS),
/* harmony export */   nH: () => (/* binding */ lineOfName),
/* harmony export */   nj: () => (/* binding */ lineOfKey),
/* harmony export */   r7: () => (/* binding */ DESCRIPTION_LIMIT),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
// Helpers shared by the manifest parsers: safe records, PEP 508 names, scopes, lines and error
// messages that never echo file content (a malformed manifest may hold secrets).
/** Keys that must never be copied from parsed data into objects we build. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Entry-point groups that install commands (console and GUI scripts), not plug-ins of a tool. */
const COMMAND_ENTRY_GROUPS = new Set(['console_scripts', 'gui_scripts']);
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The table at a path of keys in parsed data (`tableAt(data, 'tool', 'uv')`), when every step is one. */
function tableAt(value, ...keys) {
    let at = value;
    for (const key of keys)
        at = isRecord(at) ? at[key] : undefined;
    return isRecord(at) ? at : undefined;
}
/** Own entries of a parsed object, without prototype-polluting keys. */
function safeEntries(value) {
    if (!isRecord(value))
        return [];
    return Object.keys(value)
        .filter((key) => !UNSAFE_KEYS.has(key))
        .map((key) => [key, value[key]]);
}
/** A string-to-string record built with own data properties only. */
function stringRecord(value) {
    const entries = safeEntries(value).filter((e) => typeof e[1] === 'string');
    return entries.length ? Object.fromEntries(entries) : undefined;
}
function isSafeName(name) {
    return name.length > 0 && name.length <= 214 && !UNSAFE_KEYS.has(name);
}
/** The distribution name of a PEP 508 requirement (`Flask[async]>=3; python_version>"3.8"` → `Flask`). */
function pep508Name(requirement) {
    const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]{0,200}[A-Za-z0-9])?)/.exec(requirement);
    return match?.[1];
}
/** Groups and extras named for development, testing or documentation weigh less. */
function scopeOfGroup(group, fallback) {
    const name = group.toLowerCase();
    if (/(^|[-_.])(tests?|testing|pytest|qa|ci|coverage)($|[-_.])/.test(name))
        return 'test';
    if (/(^|[-_.])(dev|devel|develop|development|lint|linting|typing|types|docs?|style|format|tools?|build)($|[-_.])/.test(name)) {
        return 'dev';
    }
    return fallback;
}
function dependency(name, ecosystem, scope, file, line, spec) {
    return {
        name,
        ecosystem,
        scope,
        file,
        ...(line ? { line } : {}),
        ...(spec !== undefined && spec.length <= 200 ? { spec } : {}),
    };
}
/** The version written in a Poetry or Pipfile entry: `"^2.0"` or `{ version = "^2.0", … }`. */
function specOfTable(spec) {
    if (typeof spec === 'string')
        return spec;
    if (!isRecord(spec))
        return undefined;
    for (const key of ['version', 'git', 'url', 'path']) {
        if (Object.hasOwn(spec, key) && typeof spec[key] === 'string')
            return spec[key];
    }
    return undefined;
}
/** 1-based line and column of a character offset. */
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/**
 * Finds the first line at or after `fromLine` (1-based) naming `name` as a whole token: quoted
 * (`"express"`, `"flask>=3"`) or bare at the start of a line (`flask = "*"`).
 */
function lineOfName(lines, name, fromLine = 1) {
    if (name === '')
        return undefined;
    const boundary = /[\s=:<>!~[;@(,"']/;
    const endsName = (text, at) => {
        const next = text.charAt(at);
        return next === '' || boundary.test(next);
    };
    for (let i = Math.max(0, fromLine - 1); i < lines.length; i++) {
        const line = lines[i];
        for (const quote of ['"', "'"]) {
            let at = line.indexOf(quote + name);
            while (at !== -1) {
                if (endsName(line, at + 1 + name.length))
                    return i + 1;
                at = line.indexOf(quote + name, at + 1);
            }
        }
        const trimmed = line.trimStart();
        if (trimmed.startsWith(name) && endsName(trimmed, name.length))
            return i + 1;
    }
    return undefined;
}
/** `{ line }` of the first line naming `key`, or nothing when there is none. */
function lineOfKey(lines, key) {
    const line = lineOfName(lines, key);
    return line === undefined ? {} : { line };
}
/** The 1-based line of a section header such as `[project]` or `[tool.poetry.dependencies]`. */
function lineOfSection(lines, header) {
    const index = lines.findIndex((line) => line.trim() === header);
    return index < 0 ? undefined : index + 1;
}
/**
 * A manifest's one-line summary of its package, with its line: trimmed, at most DESCRIPTION_LIMIT
 * characters (a summary, not a README pasted in). Undefined when it is not a non-empty string.
 */
const DESCRIPTION_LIMIT = 300;
function descriptionOf(value, lines, key = 'description') {
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim().slice(0, DESCRIPTION_LIMIT);
    if (text === '')
        return undefined;
    const line = lineOfName(lines, key);
    return line === undefined ? { text } : { text, line };
}
/** A name from the file, fit to appear in a problem message: short, printable. */
function shownName(name) {
    const printable = name.replace(/[^\x20-\x7e]/g, '?');
    return printable.length > 60 ? `${printable.slice(0, 60)}…` : printable;
}
/** A parser's error message, reduced to its first line with quoted text removed. */
function safeMessage(error) {
    const raw = error instanceof Error ? error.message : String(error);
    const first = raw.split('\n', 1)[0] ?? '';
    return first
        .replace(/(["'`]).*?\1/g, '…')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 120);
}
/** A problem for JSON.parse failures: the position, never the text V8 quotes. */
function jsonProblem(file, text, error) {
    const message = error instanceof Error ? error.message : '';
    if (/unexpected end/i.test(message)) {
        return {
            file,
            line: positionOf(text, text.length).line,
            message: 'invalid JSON: the file ends before the value is complete',
        };
    }
    const at = /position (\d+)/.exec(message);
    if (at && Number(at[1]) >= text.trimEnd().length) {
        return {
            file,
            line: positionOf(text, text.length).line,
            message: 'invalid JSON: the file ends before the value is complete',
        };
    }
    if (at) {
        const { line, column } = positionOf(text, Number(at[1]));
        return { file, line, message: `invalid JSON at line ${line}, column ${column}` };
    }
    if (error instanceof RangeError)
        return { file, message: 'invalid JSON: nested too deeply to read' };
    return { file, message: 'invalid JSON' };
}


/***/ }),

/***/ 5810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ parseRequirements),
/* harmony export */   Nw: () => (/* binding */ scopeOptionalRequirementFiles),
/* harmony export */   YE: () => (/* binding */ readRequirementLine),
/* harmony export */   _Q: () => (/* binding */ scopeOfRequirementsFile),
/* harmony export */   rI: () => (/* binding */ specOf),
/* harmony export */   x_: () => (/* binding */ readRequirementsTree)
/* harmony export */ });
/* unused harmony exports logicalLines, transitivePins */
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1141);
/* harmony import */ var _knowledge_assemble_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5882);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(559);
// pip requirements files: one requirement per logical line, `-r` includes followed inside the
// repository only, options and constraints skipped.



const MAX_INCLUDE_DEPTH = 20;
const MAX_TREE_FILES = 200;
function logicalLines(text) {
    const out = [];
    const physical = text.split('\n');
    let buffer = '';
    let start = 0;
    for (let i = 0; i < physical.length; i++) {
        const raw = physical[i].replace(/\r$/, '');
        if (buffer === '')
            start = i + 1;
        if (raw.endsWith('\\')) {
            buffer += raw.slice(0, -1);
            continue;
        }
        buffer += raw;
        const text = stripComment(buffer).trim();
        if (text !== '')
            out.push({ text, line: start });
        buffer = '';
    }
    const last = stripComment(buffer).trim();
    if (last !== '')
        out.push({ text: last, line: start });
    return out;
}
/** pip treats `#` as a comment at the start of a line or after whitespace; `#egg=` in URLs stays. */
function stripComment(line) {
    const match = /(^|\s)#/.exec(line);
    return match ? line.slice(0, match.index) : line;
}
/** Reads one logical requirements line (already without comments). */
function readRequirementLine(text) {
    const include = /^(?:-r|--requirement)(?:\s*=\s*|\s+|(?=[^\s-]))(\S+)/.exec(text);
    if (include)
        return { kind: 'include', target: include[1] };
    if (/^(?:-c|--constraint)\b/.test(text))
        return { kind: 'skip' };
    const editable = /^(?:-e|--editable)(?:\s*=\s*|\s+)(\S+)/.exec(text);
    if (editable)
        return fromUrlOrPath(editable[1]);
    if (text.startsWith('-'))
        return { kind: 'skip' };
    // Per-requirement options (`--hash=…`, `--config-settings …`) follow the requirement.
    const requirement = text.split(/\s+--?[A-Za-z]/, 1)[0].trim();
    if (isUrlOrPath(requirement))
        return fromUrlOrPath(requirement);
    const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .pep508Name */ .eb)(requirement);
    if (!name || !(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeName */ .TE)(name))
        return { kind: 'invalid', message: 'not a valid requirement' };
    const spec = specOf(requirement.slice(name.length));
    return spec ? { kind: 'dependency', name, spec } : { kind: 'dependency', name };
}
/** The version spec or direct reference after the name, without extras and markers. */
function specOf(rest) {
    let spec = rest.split(';', 1)[0].trim();
    if (spec.startsWith('[')) {
        const close = spec.indexOf(']');
        spec = close < 0 ? '' : spec.slice(close + 1).trim();
    }
    if (spec.startsWith('@'))
        spec = spec.slice(1).trim();
    if (spec.startsWith('(') && spec.endsWith(')'))
        spec = spec.slice(1, -1).trim();
    return spec === '' ? undefined : spec;
}
function isUrlOrPath(text) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text))
        return true;
    // `name @ https://…` and `name[extra] @ …` are named direct references.
    if (/^[A-Za-z0-9][\w.-]*\s*(?:\[[^\]]*\])?\s*@/.test(text))
        return false;
    return (/^(?:\.{1,2}[\\/]|\/|~)/.test(text) ||
        /\.(?:whl|zip|tar\.gz|tgz|tar\.bz2)(?:$|#)/i.test(text) ||
        /^\.(?:\[|$)/.test(text));
}
/** Local paths and VCS URLs name their package only through `#egg=`. */
function fromUrlOrPath(target) {
    const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(target);
    if (!egg)
        return { kind: 'skip' };
    const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .pep508Name */ .eb)(egg[1]);
    return name && (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isSafeName */ .TE)(name)
        ? { kind: 'dependency', name, spec: target.slice(0, 200) }
        : { kind: 'skip' };
}
/** Files named for development, tests or documentation hold non-runtime dependencies. */
function scopeOfRequirementsFile(file) {
    const stem = (0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .basenameOf */ .Sv)(file).replace(/\.(txt|in)$/i, '');
    const directory = (0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .basenameOf */ .Sv)((0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .dirnameOf */ .az)(file));
    const scope = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeOfGroup */ .XZ)(stem, 'runtime');
    if (scope !== 'runtime')
        return scope;
    return /^requirements?$/i.test(directory) ? 'runtime' : (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeOfGroup */ .XZ)(directory, 'runtime');
}
/**
 * The requirement files a pyproject names for its extras hold optional dependencies, whatever their
 * names say (aider's requirements/requirements-help.txt installs PyTorch for an offline help
 * command; the tool itself calls hosted models), and so do the `.in` files they are compiled from.
 */
function scopeOptionalRequirementFiles(manifests) {
    const optional = new Set();
    for (const m of manifests)
        for (const file of m.optionalDependencyFiles ?? []) {
            optional.add(file);
            optional.add(file.replace(/\.txt$/i, '.in'));
        }
    if (optional.size === 0)
        return manifests;
    return manifests.map((m) => m.kind === 'requirements.txt' && optional.has(m.file)
        ? {
            ...m,
            dependencies: m.dependencies.map((d) => d.scope === 'runtime' ? { ...d, scope: 'optional' } : d),
        }
        : m);
}
/**
 * The lines of the pins a lock file written by pip-compile, `uv pip compile` or `uv export` names as
 * pulled in by other pins only (`# via kombu`): the resolver's doing, not the component's choice,
 * like the entries of a package-lock.json. A pin without a `# via` note, or one whose note names
 * anything that is not a pin of the file (`-r requirements.in`, the project itself), is direct.
 */
function transitivePins(text) {
    const transitive = new Set();
    if (!text.includes('# via'))
        return transitive;
    const pins = [];
    let pin;
    const note = (entries) => {
        for (const entry of entries.split(','))
            if (entry.trim())
                pin?.via.push(entry.trim());
    };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].replace(/\r$/, '');
        const comment = /^\s*#\s*(.*)$/.exec(raw);
        if (comment) {
            const body = comment[1].trim();
            note(/^via\b/.test(body) ? body.slice(3) : body);
        }
        else if (/^[A-Za-z0-9]/.test(raw)) {
            const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .pep508Name */ .eb)(raw.trim());
            pin = name ? { line: i + 1, name: (0,_knowledge_assemble_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(name), via: [] } : undefined;
            if (pin)
                pins.push(pin);
            const inline = /\s#\s*via\b(.*)$/.exec(raw);
            if (inline)
                note(inline[1]);
        }
        else if (raw.trim() === '' || !/^\s+--?[A-Za-z]/.test(raw)) {
            // Hash options continue the pin above them; anything else ends it.
            pin = undefined;
        }
    }
    const pinned = new Set(pins.map((p) => p.name));
    for (const p of pins) {
        if (p.via.length > 0 && p.via.every((v) => pinned.has((0,_knowledge_assemble_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizePypiName */ .Ty)(v)))) {
            transitive.add(p.line);
        }
    }
    return transitive;
}
function readRequirements(file, text) {
    const scope = scopeOfRequirementsFile(file);
    const dependencies = [];
    const problems = [];
    const includes = [];
    const transitive = transitivePins(text);
    const pulledIn = [];
    for (const { text: lineText, line } of logicalLines(text)) {
        const read = readRequirementLine(lineText);
        if (read.kind === 'dependency') {
            if (transitive.has(line)) {
                pulledIn.push(read.name);
                continue;
            }
            dependencies.push((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .dependency */ .Gs)(read.name, 'pypi', scope, file, line, read.spec));
        }
        else if (read.kind === 'invalid') {
            problems.push({ file, line, message: `line ${line}: ${read.message}` });
        }
        else if (read.kind === 'include') {
            const resolved = resolveInclude(file, read.target);
            if (resolved.kind === 'path')
                includes.push({ path: resolved.path, line });
            else
                problems.push({ file, line, message: resolved.message });
        }
    }
    const manifest = { file, kind: 'requirements.txt', dependencies };
    if (pulledIn.length)
        manifest.transitive = pulledIn;
    const paths = [...new Set(includes.map((i) => i.path))];
    if (paths.length)
        manifest.includes = paths;
    return { result: { manifest, problems }, includes };
}
function resolveInclude(file, target) {
    const shown = target.length > 120 ? `${target.slice(0, 120)}…` : target;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(target)) {
        return { kind: 'problem', message: `include is a URL and was not read: ${shown}` };
    }
    try {
        return { kind: 'path', path: (0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .joinRepoPath */ .Kp)((0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .dirnameOf */ .az)(file), target) };
    }
    catch (error) {
        if (error instanceof _file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .PathOutsideRootError */ .xu) {
            return { kind: 'problem', message: `include leaves the repository: ${shown}` };
        }
        return { kind: 'problem', message: `include could not be resolved: ${shown}` };
    }
}
function parseRequirements(file, text) {
    return readRequirements(file, text).result;
}
/**
 * Parses `entry` and every file it includes with `-r`, breadth-first, each file once.
 * Cycles, missing files and overly deep chains become problems.
 */
async function readRequirementsTree(entry, readText) {
    const manifests = [];
    const problems = [];
    const queued = new Set([entry]);
    const queue = [
        { path: entry, chain: [entry] },
    ];
    for (let head = 0; head < queue.length; head++) {
        const { path, chain, from } = queue[head];
        let text;
        try {
            text = await readText(path);
        }
        catch {
            text = undefined;
        }
        if (text === undefined) {
            if (from)
                problems.push({
                    file: from.file,
                    line: from.line,
                    message: `included file not found: ${path}`,
                });
            continue;
        }
        const { result, includes } = readRequirements(path, text);
        manifests.push(result.manifest);
        problems.push(...result.problems);
        for (const include of includes) {
            if (chain.includes(include.path)) {
                const cycle = [...chain.slice(chain.indexOf(include.path)), include.path].join(' → ');
                problems.push({ file: path, line: include.line, message: `include cycle: ${cycle}` });
                continue;
            }
            if (queued.has(include.path))
                continue;
            if (chain.length > MAX_INCLUDE_DEPTH) {
                problems.push({
                    file: path,
                    line: include.line,
                    message: `includes nested deeper than ${MAX_INCLUDE_DEPTH} files; not followed`,
                });
                continue;
            }
            if (queued.size >= MAX_TREE_FILES) {
                problems.push({
                    file: path,
                    line: include.line,
                    message: `more than ${MAX_TREE_FILES} included files; not followed`,
                });
                continue;
            }
            queued.add(include.path);
            queue.push({
                path: include.path,
                chain: [...chain, include.path],
                from: { ...include, file: path },
            });
        }
    }
    return { manifests, problems };
}


/***/ }),

/***/ 326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ decodeText)
/* harmony export */ });
/* unused harmony export lineAt */
// Turns raw bytes into text the parsers can trust, or says why it cannot.
const UTF8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
/**
 * Decodes UTF-8 (with or without a byte-order mark) and BOM-marked UTF-16.
 * A NUL byte in the first 8 KiB of non-UTF-16 content marks the file as binary.
 * CRLF and lone CR become LF so every parser sees one line ending.
 */
function decodeText(bytes) {
    let text;
    let utf8;
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        text = utf16le.decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
        text = utf16be.decode(bytes.subarray(2));
    else {
        const head = bytes.subarray(0, 8192);
        if (head.includes(0))
            return { ok: false, reason: 'binary' };
        const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
        utf8 = bytes.subarray(start);
        text = UTF8.decode(utf8);
    }
    return {
        ok: true,
        text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text,
        ...(utf8 ? { utf8 } : {}),
    };
}
/** 1-based line number of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}


/***/ }),

/***/ 6674:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "956ce22a7af6697ae221.json";

/***/ })

};
