export const id = 67;
export const ids = [67];
export const modules = {

/***/ 9067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseActionYml: () => (/* binding */ parseActionYml)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(559);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1153);
// A GitHub Action's action.yml: how the action runs. Its own chunk, as it needs the YAML parser.


/**
 * action.yml or action.yaml: a GitHub Action's metadata. A file of that name without `runs.using`
 * (an Ansible task list, a fixture) is not one, and is left alone without a problem. Its `name` is
 * a title for the Marketplace, no package's: the component keeps the name its project gives it.
 */
function parseActionYml(file, text) {
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .h)(file, text);
    if (parsed.value === undefined)
        return { problems: parsed.problems };
    if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(parsed.value))
        return { problems: [] };
    const runs = parsed.value.runs;
    const using = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(runs) && typeof runs.using === 'string' ? runs.using.trim() : '';
    if (!/^(?:docker|composite|node\d+)$/.test(using))
        return { problems: [] };
    const lines = text.split('\n');
    return {
        manifest: {
            file,
            kind: 'action.yml',
            dependencies: [],
            platform: {
                kind: 'github-action',
                detail: `a GitHub Action (runs ${using === 'composite' ? 'composite steps' : `on ${using}`})`,
                ...(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfKey */ .nj)(lines, 'using'),
            },
        },
        problems: [],
    };
}


/***/ }),

/***/ 1153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(559);
// One guarded way to read YAML: unique keys, a cap on aliases (no alias bombs), errors without content.


const MAX_ALIASES = 100;
const ALIAS_REFUSAL = `aliases expand too far (refused as a resource exhaustion risk)`;
const FRIENDLY = {
    DUPLICATE_KEY: 'a key appears twice in the same mapping',
    BAD_INDENT: 'bad indentation',
    MISSING_CHAR: 'a closing bracket or quote is missing',
    BLOCK_AS_IMPLICIT_KEY: 'a block value is used as a key',
    MULTILINE_IMPLICIT_KEY: 'a key spans several lines',
    UNEXPECTED_TOKEN: 'unexpected token',
};
/** Manifests in YAML are short; shapes like these only come from broken or hostile files. */
const MAX_LINE_CHARS = 2_000;
const MAX_FLOW_DEPTH = 64;
const MAX_ANCHORS = 100;
const MAX_REPORTED_ERRORS = 5;
/** Refuses, before parsing, input that would make the YAML parser slow. */
function refusal(text) {
    let lineLength = 0;
    let depth = 0;
    let anchors = 0;
    let previous = '\n';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n')
            lineLength = 0;
        else if (++lineLength > MAX_LINE_CHARS)
            return `a line is longer than ${MAX_LINE_CHARS} characters`;
        if (c === '[' || c === '{') {
            if (++depth > MAX_FLOW_DEPTH)
                return 'nested too deeply to read';
        }
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
        else if (c === '&' && /[\s[{,]/.test(previous) && ++anchors > MAX_ANCHORS) {
            return `more than ${MAX_ANCHORS} anchors (refused as a resource exhaustion risk)`;
        }
        previous = c;
    }
    return undefined;
}
function parseYaml(file, text) {
    const refused = refusal(text);
    if (refused)
        return { problems: [{ file, message: `invalid YAML: ${refused}` }] };
    try {
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true, prettyErrors: false, strict: true });
        const problems = doc.errors.slice(0, MAX_REPORTED_ERRORS).map((error) => ({
            file,
            line: (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .positionOf */ .df)(text, error.pos[0]).line,
            message: `invalid YAML: ${FRIENDLY[error.code] ?? error.code.toLowerCase().replace(/_/g, ' ')}`,
        }));
        if (problems.length)
            return { problems };
        let aliases = 0;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
            Alias() {
                aliases++;
                if (aliases > MAX_ALIASES)
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            },
        });
        if (aliases > MAX_ALIASES) {
            return {
                problems: [
                    {
                        file,
                        message: `invalid YAML: more than ${MAX_ALIASES} aliases (refused as a resource exhaustion risk)`,
                    },
                ],
            };
        }
        return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems: [] };
    }
    catch (error) {
        return { problems: [{ file, message: `invalid YAML: ${yamlFailure(error)}` }] };
    }
}
function yamlFailure(error) {
    if (error instanceof RangeError)
        return 'nested too deeply to read';
    const message = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .safeMessage */ .N5)(error);
    if (/alias/i.test(message))
        return ALIAS_REFUSAL;
    return message;
}


/***/ })

};
