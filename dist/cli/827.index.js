export const id = 827;
export const ids = [827];
export const modules = {

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConfigError: () => (/* reexport */ settings/* ConfigError */.xL),
  MAX_CONFIG_BYTES: () => (/* binding */ MAX_CONFIG_BYTES),
  formatPath: () => (/* binding */ formatPath),
  loadConfigFile: () => (/* binding */ loadConfigFile),
  loadSettings: () => (/* binding */ loadSettings),
  mergeSettings: () => (/* binding */ mergeSettings),
  parseConfigFile: () => (/* binding */ parseConfigFile),
  parseInputs: () => (/* binding */ parseInputs),
  readConfigFile: () => (/* binding */ readConfigFile),
  splitList: () => (/* reexport */ settings/* splitList */.ry)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/scan/file-source.ts
var file_source = __webpack_require__(1141);
// EXTERNAL MODULE: ./src/scan/text.ts
var scan_text = __webpack_require__(326);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/knowledge/schema.ts
var schema = __webpack_require__(5949);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/config/schema.ts
// Every setting of the Action, its allowed values and its default, in one schema.
// The inputs in action.yml and the config file both validate against it; action.yml keeps no
// defaults of its own apart from github-token's.




// The plain constants live in settings.ts, which a run without a config file loads without zod.

const nonEmpty = schemas/* string */.YjP().min(1);
const componentOverrideSchema = schemas/* strictObject */.rej({
    path: nonEmpty.describe('Directory of the component, relative to the scanned path.'),
    name: nonEmpty.optional().describe('Name shown in the report.'),
    stack: schemas/* enum */.k5n(model/* STACKS */.Ix).optional().describe('Forces the stack instead of detecting it.'),
    supporting: schemas/* boolean */.zMY()
        .optional()
        .describe('false promotes a test, example or docs package to a product component (judged in the overall verdict); true marks a package as supporting.'),
})
    .describe('Declares a component boundary or re-labels a detected component.');
const acceptedDecisionSchema = schemas/* strictObject */.rej({
    component: nonEmpty.describe("Component path ('.' for the root) or name."),
    reason: nonEmpty.describe('Why the team keeps this stack; shown in every report.'),
})
    .describe('A deliberate choice: a mismatch here is reported as accepted and does not fail the run.');
/** Organisation guidance; its shape is checked by the knowledge loader, which also resolves its ids. */
const extraGuidanceSchema = schemas/* unknown */.L5J()
    .describe('Extra rules, disagreements and mitigations in the shape of knowledge/guidance.json.');
const settingsSchema = schemas/* strictObject */.rej({
    'github-token': schemas/* string */.YjP().default('').describe('Token for the GitHub API.'),
    path: nonEmpty.default('.').describe('Directory to scan, relative to the workspace.'),
    config: nonEmpty.default(settings/* DEFAULT_CONFIG_FILE */.Cu).describe('Config file, relative to the workspace.'),
    comment: schemas/* enum */.k5n(settings/* COMMENT_MODES */.p8)
        .default('auto')
        .describe('Sticky pull-request comment: auto, always, never or on-change.'),
    'fail-on': schemas/* enum */.k5n(settings/* FAIL_ON */.d$)
        .default('never')
        .describe('Fail the step on: never, mismatch, or caveat (a caveat or a mismatch).'),
    summary: schemas/* boolean */.zMY().default(true).describe('Write the report to the job summary.'),
    annotations: schemas/* boolean */.zMY().default(true).describe('Annotate manifest lines with findings.'),
    'sarif-file': schemas/* string */.YjP().default('').describe('Write SARIF 2.1.0 to this path; empty: none.'),
    'json-file': schemas/* string */.YjP()
        .default('')
        .describe('Write the JSON report to this path; empty: a file under RUNNER_TEMP.'),
    'base-ref': schemas/* string */.YjP()
        .default('')
        .describe('Commit or ref to compare with; empty: from the event.'),
    'head-ref': schemas/* string */.YjP().default('').describe('Commit or ref to scan instead of the working tree.'),
    ignore: schemas/* array */.YOg(nonEmpty)
        .default([])
        .describe('Globs of paths to skip, relative to the scanned path.'),
    'audit-issue': schemas/* boolean */.zMY()
        .default(false)
        .describe('On schedule, workflow_dispatch and push: keep one tracking issue up to date.'),
    'audit-issue-title': nonEmpty.default(settings/* DEFAULT_AUDIT_ISSUE_TITLE */.VF).describe('Title of that issue.'),
    guidance: extraGuidanceSchema.optional(),
    components: schemas/* array */.YOg(componentOverrideSchema).default([]),
    accepted: schemas/* array */.YOg(acceptedDecisionSchema).default([]),
});
/** Keys that come only from the workflow: secrets, where to look, and per-run refs. */
const INPUT_ONLY_KEYS = ['github-token', 'path', 'config', 'base-ref', 'head-ref'];
/** Keys that come only from the config file: structured data has no place in an input string. */
const FILE_ONLY_KEYS = ['guidance', 'components', 'accepted'];
const configFileSchema = settingsSchema
    .omit({ 'github-token': true, path: true, config: true, 'base-ref': true, 'head-ref': true })
    .partial();
/** The keys of the schema that are inputs; settings.ts lists the same by hand (a test compares them). */
function schemaInputKeys() {
    return Object.keys(settingsSchema.shape).filter((key) => !FILE_ONLY_KEYS.includes(key));
}
const inputKeysMatch = true;
void inputKeysMatch;
/** The JSON Schema published for editors (schema/stack-fit.schema.json). */
function configFileJsonSchema() {
    const generated = z.toJSONSchema(configFileSchema, {
        io: 'input',
        override: (ctx) => {
            // Editors get the full guidance shape even though the loader, not this schema, enforces it.
            if (ctx.zodSchema === extraGuidanceSchema) {
                const shape = z.toJSONSchema(guidanceSchema, { io: 'input' });
                delete shape.$schema;
                Object.assign(ctx.jsonSchema, shape);
            }
        },
    });
    return { ...generated, title: 'Stack Fit configuration (.github/stack-fit.yml)' };
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Turns the raw inputs and the optional config file into validated Settings. Pure apart from
// reading the file through a FileSource; every failure is one line naming where it came from.






const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_ALIASES = 100;
/** Typed values of the inputs that were set. Throws ConfigError naming the first bad input. */
function parseInputs(raw) {
    const values = {};
    for (const [key, rawValue] of Object.entries(raw)) {
        const value = rawValue?.trim() ?? '';
        if (value === '')
            continue;
        if (settings/* BOOLEAN_KEYS */.Mb.has(key)) {
            values[key] = (0,settings/* booleanInput */.tE)(value) ?? value;
        }
        else if (key === 'ignore')
            values[key] = (0,settings/* splitList */.ry)(value);
        else
            values[key] = value;
    }
    const result = settingsSchema.partial().safeParse(values);
    if (!result.success) {
        const { path, problem } = describeFirstIssue(result.error, values);
        const [input, ...rest] = path;
        throw new settings/* ConfigError */.xL(`Invalid input '${String(input)}'${rest.length ? ` at ${formatPath(rest)}` : ''}: ${problem}`);
    }
    return values;
}
/** Parses the config file's text. Throws ConfigError `<file>: <key>: <problem>`. */
function parseConfigFile(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true, prettyErrors: true });
    const error = doc.errors[0];
    if (error) {
        const where = error.linePos
            ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}: `
            : '';
        const reason = firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '');
        throw new settings/* ConfigError */.xL(`${file}: ${where}${reason}`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (err) {
        throw new settings/* ConfigError */.xL(`${file}: ${firstLine(err.message)}`);
    }
    if (data === null || data === undefined)
        return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new settings/* ConfigError */.xL(`${file}: expected a mapping of settings at the top level`);
    }
    const result = configFileSchema.safeParse(data);
    if (!result.success) {
        const { path, problem } = describeFirstIssue(result.error, data);
        throw new settings/* ConfigError */.xL(`${file}: ${path.length ? `${formatPath(path)}: ` : ''}${problem}`);
    }
    // Keep only what the file says; defaults are applied once, after merging with the inputs.
    return data;
}
/**
 * Reads the config file through the source. A missing file is fine unless it was named
 * explicitly; a link, a directory, binary or oversized content is an error.
 */
async function readConfigFile(source, path) {
    const explicit = path !== undefined && path.trim() !== '';
    const requested = explicit ? path.trim() : settings/* DEFAULT_CONFIG_FILE */.Cu;
    let file;
    try {
        file = (0,file_source/* normalizeRepoPath */.NP)(requested);
    }
    catch (err) {
        if (err instanceof file_source/* PathOutsideRootError */.xu) {
            throw new settings/* ConfigError */.xL(`Invalid input 'config': ${requested} is outside the repository`);
        }
        throw err;
    }
    const stat = await source.stat(file);
    if (!stat) {
        if (explicit)
            throw new settings/* ConfigError */.xL(`Invalid input 'config': ${requested} does not exist`);
        return { values: {} };
    }
    if (stat.kind === 'symlink')
        throw new settings/* ConfigError */.xL(`${file}: is a symbolic link, which is never followed`);
    if (stat.kind !== 'file')
        throw new settings/* ConfigError */.xL(`${file}: is not a regular file`);
    if (stat.size > MAX_CONFIG_BYTES) {
        throw new settings/* ConfigError */.xL(`${file}: is larger than ${MAX_CONFIG_BYTES} bytes`);
    }
    const decoded = (0,scan_text/* decodeText */.g)(await source.read(file, MAX_CONFIG_BYTES));
    if (!decoded.ok)
        throw new settings/* ConfigError */.xL(`${file}: is not a text file`);
    return { file, values: parseConfigFile(decoded.text, file) };
}
/** Inline inputs win over the file, except `ignore`, where both lists apply. */
function mergeSettings(fromFile, fromInputs) {
    return settingsSchema.parse({
        ...fromFile,
        ...fromInputs,
        ignore: [...(fromFile.ignore ?? []), ...(fromInputs.ignore ?? [])],
    });
}
/** The Action's settings: inputs validated, the config file read from the workspace, merged. */
async function loadSettings(raw, workspace) {
    const fromInputs = parseInputs(raw);
    const { file, values } = await readConfigFile(workspace, raw.config);
    return { settings: mergeSettings(values, fromInputs), ...(file ? { configFile: file } : {}) };
}
/** The config file alone with every default applied (the command line's view of it). */
async function loadConfigFile(source, path) {
    const { file, values } = await readConfigFile(source, path);
    return { ...mergeSettings(values, {}), ...(file ? { configFile: file } : {}) };
}
function describeFirstIssue(error, input) {
    const issue = error.issues[0];
    if (!issue)
        return { path: [], problem: 'invalid' };
    const path = [...issue.path];
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0] ?? '';
        const where = [...path, key];
        if (path.length === 0 && INPUT_ONLY_KEYS.includes(key)) {
            return { path: where, problem: 'can only be set as an input of the action' };
        }
        if (path.length === 0 && FILE_ONLY_KEYS.includes(key)) {
            return { path: where, problem: 'can only be set in the config file' };
        }
        const allowed = allowedKeysAt(path);
        return {
            path: where,
            problem: `unknown key${allowed.length ? ` (expected one of ${allowed.join(', ')})` : ''}`,
        };
    }
    const value = valueAt(input, path);
    switch (issue.code) {
        case 'invalid_value':
            return {
                path,
                problem: `expected one of ${issue.values.map(String).join(', ')} (got ${show(value)})`,
            };
        case 'invalid_type':
            if (value === undefined)
                return { path, problem: 'required' };
            if (issue.expected === 'boolean')
                return { path, problem: `expected true or false (got ${show(value)})` };
            return { path, problem: `expected ${article(issue.expected)} (got ${show(value)})` };
        case 'too_small':
            if (issue.origin === 'string')
                return { path, problem: 'must not be empty' };
            return { path, problem: firstLine(issue.message) };
        default:
            return { path, problem: firstLine(issue.message) };
    }
}
function allowedKeysAt(path) {
    if (path.length === 0)
        return Object.keys(configFileSchema.shape);
    const [list] = path;
    if (list === 'components')
        return ['path', 'name', 'stack'];
    if (list === 'accepted')
        return ['component', 'reason'];
    return [];
}
function valueAt(input, path) {
    let current = input;
    for (const key of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        if (!Object.prototype.hasOwnProperty.call(current, key))
            return undefined;
        current = current[key];
    }
    return current;
}
function formatPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out;
}
function show(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function article(expected) {
    if (expected === 'array')
        return 'a list';
    if (expected === 'object')
        return 'a mapping';
    return `a ${expected}`;
}
function firstLine(text) {
    return text.split('\n', 1)[0].trim();
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
