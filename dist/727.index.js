export const id = 727;
export const ids = [727];
export const modules = {

/***/ 8727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePnpmWorkspace: () => (/* binding */ parsePnpmWorkspace)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(559);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1153);
// pnpm-workspace.yaml: the workspace package globs.


function parsePnpmWorkspace(file, text) {
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .h)(file, text);
    if (parsed.value === undefined)
        return { problems: parsed.problems };
    const packages = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(parsed.value) ? parsed.value.packages : undefined;
    if (packages !== undefined && !Array.isArray(packages)) {
        return {
            problems: [...parsed.problems, { file, message: '"packages" must be a list of globs' }],
        };
    }
    const workspaces = (packages ?? []).filter((g) => typeof g === 'string' && g.length > 0 && g.length < 500);
    return {
        manifest: {
            file,
            kind: 'pnpm-workspace.yaml',
            dependencies: [],
            ...(workspaces.length ? { workspaces } : {}),
        },
        problems: parsed.problems,
    };
}


/***/ })

};
