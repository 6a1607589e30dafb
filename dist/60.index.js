export const id = 60;
export const ids = [60,679];
export const modules = {

/***/ 1060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isScanWorker: () => (/* binding */ isScanWorker),
/* harmony export */   scanInWorkers: () => (/* binding */ scanInWorkers),
/* harmony export */   serveScanWorker: () => (/* binding */ serveScanWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _knowledge_bundled_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9492);
/* harmony import */ var _scan_fs_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7830);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4639);
/* harmony import */ var _scan_workers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5099);
// Spreads source-file scanning over worker threads and the main thread. The main thread keeps the
// budget, the deadline and the aggregation, and scans a share itself; workers only read files from
// disk and return their facts. A worker runs Stack Fit's own bundle (the script the entry point
// names), never anything from the scanned repository. When a worker cannot start or dies, its
// files go back to the queue, so a run never loses files to a worker failure.





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
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.role === ROLE;
}
/** The worker side: scans each batch of files it is sent and replies with their facts. */
function serveScanWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port)
        throw new Error('serveScanWorker runs only in a worker thread');
    const { root } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
    const source = new _scan_fs_source_js__WEBPACK_IMPORTED_MODULE_2__/* .FsFileSource */ .z(root);
    const knowledge = (0,_knowledge_bundled_js__WEBPACK_IMPORTED_MODULE_1__/* .bundledKnowledge */ .rh)();
    // Batches are scanned one file at a time, so one read buffer serves the whole worker.
    const scratch = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_3__/* .scanScratch */ .GH)();
    port.on('message', (request) => {
        void (async () => {
            const outcomes = [];
            for (const job of request.jobs) {
                const outcome = await (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_3__/* .scanFile */ .WN)(source, job, knowledge, scratch).catch((err) => ({
                    kind: 'error',
                    message: `scan failed: ${(0,_scan_file_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(err)}`,
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
            worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(script, {
                workerData: { role: ROLE, root: run.root },
                execArgv: run.workers.execArgv ?? [],
                argv: [_scan_workers_js__WEBPACK_IMPORTED_MODULE_4__/* .SCAN_WORKER_ARG */ .em],
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


/***/ })

};
