export const id = 922;
export const ids = [922];
export const modules = {

/***/ 6922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseEnvironmentYml: () => (/* binding */ parseEnvironmentYml)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(559);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5810);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1153);
// conda environment.yml: conda packages and the nested pip list.



const NOT_PACKAGES = new Set(['python', 'pip']);
function parseEnvironmentYml(file, text) {
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .h)(file, text);
    if (parsed.value === undefined)
        return { problems: parsed.problems };
    if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(parsed.value))
        return { problems: [{ file, message: 'environment file must be a mapping' }] };
    const lines = text.split('\n');
    const problems = [];
    const dependencies = [];
    const list = parsed.value.dependencies;
    if (list !== undefined && !Array.isArray(list))
        problems.push({ file, message: '"dependencies" must be a list' });
    const from = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfName */ .nH)(lines, 'dependencies') ?? 1;
    for (const entry of Array.isArray(list) ? list : []) {
        if (typeof entry === 'string') {
            // `conda-forge::pandas=2.2`, `numpy>=1.26`, `python=3.12`
            const spec = entry.includes('::') ? entry.slice(entry.lastIndexOf('::') + 2) : entry;
            const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]{0,200})/.exec(spec)?.[1];
            if (name && !NOT_PACKAGES.has(name.toLowerCase())) {
                dependencies.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .dependency */ .Gs)(name, 'pypi', 'runtime', file, findListItem(lines, name, from) ?? (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfName */ .nH)(lines, name, from)));
            }
        }
        else if ((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) && Array.isArray(entry.pip)) {
            const pipLines = entry.pip.filter((p) => typeof p === 'string');
            const pip = (0,_requirements_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRequirements */ .Ez)(file, pipLines.join('\n'));
            for (const dep of pip.manifest?.dependencies ?? []) {
                const line = findListItem(lines, dep.name, from);
                dependencies.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .dependency */ .Gs)(dep.name, 'pypi', 'runtime', file, line, dep.spec));
            }
        }
    }
    const name = typeof parsed.value.name === 'string' ? parsed.value.name : undefined;
    return {
        manifest: { file, kind: 'environment.yml', dependencies, ...(name ? { name } : {}) },
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


/***/ })

};
