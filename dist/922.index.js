export const id = 922;
export const ids = [922];
export const modules = {

/***/ 6922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseEnvironmentYml: () => (/* binding */ parseEnvironmentYml)
/* harmony export */ });
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1141);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(559);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5810);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1153);
// conda environment.yml: conda packages and the nested pip list.




const NOT_PACKAGES = new Set(['python', 'pip']);
function parseEnvironmentYml(file, text) {
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .h)(file, text);
    if (parsed.value === undefined)
        return { problems: parsed.problems };
    if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(parsed.value))
        return { problems: [{ file, message: 'environment file must be a mapping' }] };
    const lines = text.split('\n');
    const problems = [];
    const dependencies = [];
    const list = parsed.value.dependencies;
    if (list !== undefined && !Array.isArray(list))
        problems.push({ file, message: '"dependencies" must be a list' });
    const from = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOfName */ .nH)(lines, 'dependencies') ?? 1;
    const envName = typeof parsed.value.name === 'string' ? parsed.value.name : undefined;
    const scope = scopeOfEnvironment(file, envName, lines);
    for (const entry of Array.isArray(list) ? list : []) {
        if (typeof entry === 'string') {
            // `conda-forge::pandas=2.2`, `numpy>=1.26`, `python=3.12`
            const spec = entry.includes('::') ? entry.slice(entry.lastIndexOf('::') + 2) : entry;
            const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]{0,200})/.exec(spec)?.[1];
            if (name && !NOT_PACKAGES.has(name.toLowerCase())) {
                dependencies.push((0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .dependency */ .Gs)(name, 'pypi', scope, file, findListItem(lines, name, from) ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOfName */ .nH)(lines, name, from)));
            }
        }
        else if ((0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(entry) && Array.isArray(entry.pip)) {
            const pipLines = entry.pip.filter((p) => typeof p === 'string');
            const pip = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRequirements */ .Ez)(file, pipLines.join('\n'));
            for (const dep of pip.manifest?.dependencies ?? []) {
                const line = findListItem(lines, dep.name, from);
                dependencies.push((0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .dependency */ .Gs)(dep.name, 'pypi', scope, file, line, dep.spec));
            }
        }
    }
    return {
        manifest: {
            file,
            kind: 'environment.yml',
            dependencies,
            ...(envName ? { name: envName } : {}),
        },
        problems,
    };
}
function findListItem(lines, name, from) {
    for (let i = from - 1; i < lines.length; i++) {
        const item = /^\s*-\s*(?:[\w-]+::)?(.*)$/.exec(lines[i]);
        if (item && item[1].startsWith(name))
            return i + 1;
    }
    return undefined;
}
/**
 * An environment made to develop, test or document the project, not to run it: named so
 * (environment-dev.yml, `name: geopandas-dev`, `name: geopandas_docs`) or saying so in the comment
 * it opens with (tqdm's "# development environment", over the extras its tests import).
 */
function scopeOfEnvironment(file, name, lines) {
    for (const label of [(0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .basenameOf */ .Sv)(file).replace(/\.ya?ml$/i, ''), name ?? '']) {
        const scope = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeOfGroup */ .XZ)(label, 'runtime');
        if (scope !== 'runtime')
            return scope;
    }
    for (const line of lines) {
        const comment = /^\s*#(.*)$/.exec(line);
        if (!comment)
            break;
        if (/\b(?:development|testing|test|documentation|docs)\s+environment\b/i.test(comment[1]))
            return 'dev';
    }
    return 'runtime';
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
