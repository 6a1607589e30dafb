export const id = 811;
export const ids = [811];
export const modules = {

/***/ 811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePipfile: () => (/* binding */ parsePipfile)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(559);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4034);
// Pipfile (TOML): [packages] at runtime, [dev-packages] for development, the Python version.


function parsePipfile(file, text) {
    const parsed = (0,_toml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToml */ .M)(file, text);
    if (!parsed.value)
        return { problems: parsed.problems };
    const lines = text.split('\n');
    const problems = [];
    const dependencies = [];
    const section = (key, scope) => {
        const table = parsed.value[key];
        if (table === undefined)
            return;
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(table)) {
            problems.push({ file, message: `[${key}] must be a table` });
            return;
        }
        const from = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, `[${key}]`);
        for (const [name, spec] of (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntries */ .eg)(table)) {
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isSafeName */ .TE)(name))
                continue;
            dependencies.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .dependency */ .Gs)(name, 'pypi', scope, file, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfName */ .nH)(lines, name, from), (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .specOfTable */ .Z)(spec)));
        }
    };
    section('packages', 'runtime');
    section('dev-packages', 'dev');
    const manifest = { file, kind: 'Pipfile', dependencies };
    const requires = parsed.value.requires;
    if ((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(requires) && typeof requires.python_version === 'string')
        manifest.engines = { python: requires.python_version };
    return { manifest, problems };
}


/***/ }),

/***/ 4034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(559);
// One guarded way to read TOML: errors name the line, never the text.


function parseToml(file, text) {
    try {
        return { value: (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text), problems: [] };
    }
    catch (error) {
        if (error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const reason = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .safeMessage */ .N5)(error).replace(/^Invalid TOML document:\s*/i, '');
            return {
                problems: [
                    {
                        file,
                        line: error.line,
                        message: `invalid TOML at line ${error.line}, column ${error.column}: ${reason}`,
                    },
                ],
            };
        }
        const reason = error instanceof RangeError ? 'nested too deeply to read' : (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .safeMessage */ .N5)(error);
        return { problems: [{ file, message: `invalid TOML: ${reason}` }] };
    }
}


/***/ })

};
