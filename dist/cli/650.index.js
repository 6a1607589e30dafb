export const id = 650;
export const ids = [650];
export const modules = {

/***/ 9650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KnowledgeError: () => (/* reexport safe */ _assemble_js__WEBPACK_IMPORTED_MODULE_0__.P4),
/* harmony export */   assembleKnowledge: () => (/* binding */ assembleKnowledge),
/* harmony export */   buildKnowledge: () => (/* binding */ buildKnowledge),
/* harmony export */   loadKnowledge: () => (/* binding */ loadKnowledge),
/* harmony export */   normalizePypiName: () => (/* reexport safe */ _assemble_js__WEBPACK_IMPORTED_MODULE_0__.Ty),
/* harmony export */   validateKnowledgeFiles: () => (/* binding */ validateKnowledgeFiles)
/* harmony export */ });
/* harmony import */ var _assemble_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5882);
/* harmony import */ var _bundled_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9492);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5949);



const EXTRA_GUIDANCE_FILE = 'config guidance';

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
function parseExtraGuidance(extra) {
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .guidanceSchema */ .cX.partial().safeParse(extra);
    if (!parsed.success) {
        throw new _assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .KnowledgeError */ .P4(zodProblems(parsed.error, (path) => ({ file: EXTRA_GUIDANCE_FILE, path })));
    }
    const g = parsed.data;
    return {
        rules: (0,_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(g.rules ?? [], EXTRA_GUIDANCE_FILE, 'rules'),
        disagreements: (0,_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(g.disagreements ?? [], EXTRA_GUIDANCE_FILE, 'disagreements'),
        mitigations: (0,_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .locate */ .x5)(g.mitigations ?? [], EXTRA_GUIDANCE_FILE, 'mitigations'),
    };
}
/**
 * Validates the knowledge files (and optional organisation guidance, merged by id) and builds
 * the lookups. Throws a KnowledgeError listing every problem found.
 */
function buildKnowledge(files, extraGuidance) {
    return assembleKnowledge(validateKnowledgeFiles(files), extraGuidance);
}
/** The knowledge files checked against the schemas, with defaults filled in; throws a KnowledgeError. */
function validateKnowledgeFiles(files) {
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .knowledgeFilesSchema */ .ZE.safeParse(files);
    if (!parsed.success) {
        throw new _assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .KnowledgeError */ .P4(zodProblems(parsed.error, (path) => {
            const [head, ...rest] = path;
            const file = _assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_OF_KEY */ .VO[head];
            return file ? { file, path: rest } : { file: 'knowledge', path };
        }));
    }
    return parsed.data;
}
/**
 * Checks the cross-references of validated knowledge (and organisation guidance, validated here and
 * merged by id) and builds the lookups. Throws a KnowledgeError listing every problem found.
 */
function assembleKnowledge(data, extraGuidance) {
    return (0,_assemble_js__WEBPACK_IMPORTED_MODULE_0__/* .assembleKnowledge */ .fe)(data, extraGuidance === undefined ? undefined : parseExtraGuidance(extraGuidance));
}
const withGuidance = new WeakMap();
/** The knowledge shipped with Stack Fit, plus organisation guidance when given. */
function loadKnowledge(extraGuidance) {
    if (extraGuidance === undefined)
        return (0,_bundled_js__WEBPACK_IMPORTED_MODULE_1__/* .bundledKnowledge */ .rh)();
    if (typeof extraGuidance !== 'object' || extraGuidance === null) {
        return assembleKnowledge((0,_bundled_js__WEBPACK_IMPORTED_MODULE_1__/* .compiledKnowledge */ .Or)(), extraGuidance);
    }
    // The action and the analysis both load with the same settings object; build it once.
    let knowledge = withGuidance.get(extraGuidance);
    if (!knowledge) {
        knowledge = assembleKnowledge((0,_bundled_js__WEBPACK_IMPORTED_MODULE_1__/* .compiledKnowledge */ .Or)(), extraGuidance);
        withGuidance.set(extraGuidance, knowledge);
    }
    return knowledge;
}


/***/ }),

/***/ 5949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZE: () => (/* binding */ knowledgeFilesSchema),
/* harmony export */   cX: () => (/* binding */ guidanceSchema)
/* harmony export */ });
/* unused harmony exports sourceSchema, ruleSchema, disagreementSchema, mitigationSchema, packageSignalSchema, patternSchema, signalCatalogueSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _roles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3653);
// The guidance as data. knowledge/*.json is validated against these schemas when loaded;
// the same rule schema is used for organisation guidance added through the config file.



const id = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens');
const workload = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKLOADS */ .vZ);
const coveredStack = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['node', 'python']);
const sourceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    id,
    /** File name under shared/sources. */
    file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    publisher: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
});
const ruleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    id,
    workload,
    /** The stack the rule speaks about. */
    stack: coveredStack,
    /** Whether the sources recommend that stack for the workload or warn against it. */
    stance: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['recommended', 'discouraged']),
    /** The rule in Stack Fit's own words, one or two sentences. */
    statement: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(10),
    /** Ids of the sources that state it; their count is the agreement. */
    sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(id).min(1),
    /** For `discouraged` rules: mitigations that make the stack workable for this workload. */
    mitigations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(id).default([]),
});
const disagreementSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    id,
    topic: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(5),
    /** Rules whose standing this disagreement weakens. */
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(id).min(1),
    positions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ claim: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(5), sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(id).min(1) }))
        .min(2),
});
const mitigationSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    id,
    /** The stack the mitigation is applied in. */
    stack: coveredStack,
    /** A short name for reports, e.g. "a concurrent server (Gunicorn, uWSGI, gevent, Tornado)"; the id when absent. */
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(3).optional(),
    /** What a team does to adopt it, one imperative sentence; the statement when absent. */
    action: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(10).optional(),
    /** Workloads it helps with. */
    workloads: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(workload).min(1),
    statement: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(10),
    sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(id).min(1),
    /** How to see it in a component: any hit counts. */
    detect: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        npm: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default([]),
        pypi: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default([]),
        /** Ids from knowledge/patterns.json. */
        patterns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(id).default([]),
        /** A component of this other stack in the same repository (e.g. a Python service beside a Node one). */
        siblingStack: coveredStack.optional(),
        /** Compiled code in the component: C, C++, Rust, Cython or WebAssembly sources or their build set-up. */
        nativeCode: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    }),
});
const guidanceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ruleSchema),
    disagreements: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(disagreementSchema).default([]),
    mitigations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(mitigationSchema).default([]),
});
const weights = zod__WEBPACK_IMPORTED_MODULE_2__/* .partialRecord */ .jgl(workload, zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0.25).max(5));

const packageSignalSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    /** Package name as published; normalised for PyPI (PEP 503) at load. A trailing `/*` matches a whole npm scope. */
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    /**
     * Workloads the package points to, with weights. `{}` records a package that says nothing about
     * the workload (a test runner, a linter, a utility belt), so coverage of a manifest can be measured.
     */
    workloads: weights,
    /**
     * What the package itself does, when that differs from what depending on it hints at: people who
     * install the `notebook` server do data science, while the package is a web server. Read only for a
     * component that is the package (its own manifest names it).
     */
    itself: weights.optional(),
    role: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(Object.keys(_roles_js__WEBPACK_IMPORTED_MODULE_1__/* .PACKAGE_ROLES */ .N)).optional(),
    /** Python module names it is imported as, when they differ from the package name (e.g. cv2). */
    imports: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).optional(),
})
    .refine((p) => p.role !== 'hosted-ai' || p.workloads['data-ml'] === undefined, {
    message: 'a hosted AI client is I/O work: give it no data-ml weight',
    path: ['workloads'],
});
const patternSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    id,
    /**
     * The code the pattern reads; `summary` patterns read the one-line description a package gives
     * of itself in its manifest (package.json or PEP 621 `description`), never its code.
     */
    language: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['javascript', 'python', 'summary']),
    /** A JavaScript regular expression source, matched per line. */
    regex: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    /** Flags other than g/m, e.g. 'i'. */
    flags: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[isu]*$/)
        .default(''),
    /** Workloads the pattern indicates; empty for patterns used only to detect mitigations. */
    workloads: zod__WEBPACK_IMPORTED_MODULE_2__/* .partialRecord */ .jgl(workload, zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0.25).max(5)).default({}),
    /**
     * The pattern only backs other evidence of its workloads and never shows them alone: a worker
     * pool is how CPU work is kept off the event loop, and a logger's transport thread uses one too.
     */
    corroborates: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true).optional(),
    /**
     * Matches a file needs, at least, for the pattern to count there: one unsigned shift is an index
     * computed, dozens are the inner loop of a hash or a codec.
     */
    repeats: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(2).max(100).optional(),
    /**
     * The pattern reads the shape of the code, not a package it uses: it shows the work, but never
     * weighs toward a mismatch (see Signal.inferred).
     */
    inferred: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true).optional(),
    detail: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(3),
});
const signalCatalogueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    npm: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(packageSignalSchema),
    pypi: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(packageSignalSchema),
});
const knowledgeFilesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(sourceSchema).min(1),
    guidance: guidanceSchema,
    signals: signalCatalogueSchema,
    patterns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(patternSchema),
});


/***/ })

};
