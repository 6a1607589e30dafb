export const id = 600;
export const ids = [600];
export const modules = {

/***/ 8600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePyproject: () => (/* binding */ parsePyproject)
/* harmony export */ });
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(559);
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1141);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5810);
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4034);
// pyproject.toml in its three forms: PEP 621 [project], Poetry [tool.poetry] with groups, and
// PEP 735 [dependency-groups] with include-group.




const MAX_GROUP_DEPTH = 20;
function parsePyproject(file, text) {
    const parsed = (0,_toml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseToml */ .M)(file, text);
    if (!parsed.value)
        return { problems: parsed.problems };
    const data = parsed.value;
    const lines = text.split('\n');
    const problems = [];
    const dependencies = [];
    const manifest = { file, kind: 'pyproject.toml', dependencies };
    const requirement = (req, scope, from, where) => {
        if (typeof req !== 'string') {
            problems.push({
                file,
                line: from,
                message: `${where}: each entry must be a requirement string`,
            });
            return;
        }
        const name = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pep508Name */ .eb)(req);
        if (!name) {
            problems.push({ file, line: from, message: `${where}: not a PEP 508 requirement; skipped` });
            return;
        }
        dependencies.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .dependency */ .Gs)(name, 'pypi', scope, file, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfName */ .nH)(lines, name, from), (0,_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .specOf */ .rI)(req.slice(name.length))));
    };
    const requirementList = (list, scope, from, where) => {
        if (list === undefined)
            return;
        if (!Array.isArray(list)) {
            problems.push({ file, line: from, message: `${where} must be a list of requirement strings` });
            return;
        }
        for (const req of list)
            requirement(req, scope, from, where);
    };
    // PEP 621
    const project = data.project;
    if (project !== undefined) {
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(project))
            problems.push({ file, message: '[project] must be a table' });
        else {
            const from = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, '[project]');
            if (typeof project.name === 'string')
                manifest.name = project.name;
            const description = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptionOf */ .Kq)(project.description, lines);
            if (description)
                manifest.description = description;
            if (typeof project['requires-python'] === 'string')
                manifest.engines = { python: project['requires-python'] };
            requirementList(project.dependencies, 'runtime', from, 'project.dependencies');
            if (declaresScripts(project.scripts))
                manifest.command = {
                    line: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, '[project.scripts]') ?? from,
                    names: Object.keys(project.scripts),
                };
            addEntryGroups(manifest, project['entry-points'], lines, '[project.entry-points.');
            const optional = project['optional-dependencies'];
            if (optional !== undefined && !(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(optional))
                problems.push({ file, message: 'project.optional-dependencies must be a table' });
            for (const [group, list] of (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntries */ .eg)(optional)) {
                requirementList(list, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeOfGroup */ .XZ)(group, 'optional'), (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, '[project.optional-dependencies]') ?? from, `project.optional-dependencies.${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .shownName */ .HD)(group)}`);
            }
        }
    }
    const build = data['build-system'];
    if ((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(build)) {
        const from = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, '[build-system]');
        requirementList(build.requires, 'build', from, 'build-system.requires');
        const backend = typeof build['build-backend'] === 'string' ? build['build-backend'] : '';
        const compiled = NATIVE_BACKENDS.find((b) => backend === b || backend.startsWith(`${b}.`));
        if (compiled)
            manifest.native = [{ detail: `build backend ${compiled}`, line: from }];
        // A backend of the project's own (`backend-path`) builds what no standard backend names:
        // datatable's ci/ext.py compiles its C++ core into the wheel.
        else if (Array.isArray(build['backend-path']))
            manifest.inTreeBackend = true;
    }
    const maturin = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(data, 'tool', 'maturin');
    if (maturin?.bindings === 'bin') {
        // The wheel is a way to install a Rust program (ruff, uv): no compiled code for Python to call.
        manifest.shipsBinary = true;
        delete manifest.native;
    }
    else if (maturin && !manifest.native) {
        manifest.native = [{ detail: 'maturin build', line: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, '[tool.maturin]') }];
    }
    // uv and PDM keep development dependencies under [tool.*] as requirement strings.
    const uv = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(data, 'tool', 'uv');
    if (uv) {
        const from = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, '[tool.uv]');
        requirementList(uv['dev-dependencies'], 'dev', from, 'tool.uv.dev-dependencies');
    }
    const pdm = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(data, 'tool', 'pdm');
    if (pdm && pdm['dev-dependencies'] !== undefined) {
        const from = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, '[tool.pdm.dev-dependencies]');
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(pdm['dev-dependencies'])) {
            problems.push({ file, line: from, message: 'tool.pdm.dev-dependencies must be a table' });
        }
        for (const [group, list] of (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntries */ .eg)(pdm['dev-dependencies'])) {
            const where = `tool.pdm.dev-dependencies.${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .shownName */ .HD)(group)}`;
            requirementList(list, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeOfGroup */ .XZ)(group, 'dev'), from, where);
        }
    }
    // Tables of `name = spec` (Poetry's, and the Frappe apps a bench installs); `python` names the
    // interpreter, not a package.
    const dependencyTable = (table, scope, header) => {
        if (table === undefined)
            return;
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(table)) {
            problems.push({ file, message: `${header} must be a table` });
            return;
        }
        const from = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, header);
        for (const [name, spec] of (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntries */ .eg)(table)) {
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isSafeName */ .TE)(name))
                continue;
            if (name.toLowerCase() === 'python') {
                if (typeof spec === 'string' && scope === 'runtime')
                    manifest.engines = { ...manifest.engines, python: spec };
                continue;
            }
            // `optional = true` installs it only with an extra (open-interpreter's torch for [local]).
            const own = scope === 'runtime' && (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(spec) && spec.optional === true ? 'optional' : scope;
            dependencies.push((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .dependency */ .Gs)(name, 'pypi', own, file, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfName */ .nH)(lines, name, from), (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .specOfTable */ .Z)(spec)));
        }
    };
    // Poetry
    const tool = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(data, 'tool');
    const poetry = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(tool, 'poetry');
    if (poetry) {
        if (!manifest.name && typeof poetry.name === 'string')
            manifest.name = poetry.name;
        if (!manifest.command && declaresScripts(poetry.scripts))
            manifest.command = {
                line: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, '[tool.poetry.scripts]'),
                names: Object.keys(poetry.scripts),
            };
        addEntryGroups(manifest, poetry.plugins, lines, '[tool.poetry.plugins.');
        if (!manifest.description) {
            const description = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptionOf */ .Kq)(poetry.description, lines);
            if (description)
                manifest.description = description;
        }
        dependencyTable(poetry.dependencies, 'runtime', '[tool.poetry.dependencies]');
        dependencyTable(poetry['dev-dependencies'], 'dev', '[tool.poetry.dev-dependencies]');
        for (const [group, body] of (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntries */ .eg)(poetry.group)) {
            if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(body))
                continue;
            dependencyTable(body.dependencies, (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeOfGroup */ .XZ)(group, group === 'main' ? 'runtime' : 'optional'), `[tool.poetry.group.${group}.dependencies]`);
        }
    }
    // A Frappe app names the Frappe apps it runs in (frappe itself among them) for its bench, which
    // installs them: they are what it runs on, as a [project] dependency would be.
    dependencyTable((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(data, 'tool', 'bench', 'frappe-dependencies'), 'runtime', '[tool.bench.frappe-dependencies]');
    // PEP 735
    const groups = data['dependency-groups'];
    if (groups !== undefined) {
        if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(groups))
            problems.push({ file, message: '[dependency-groups] must be a table' });
        else {
            const from = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, '[dependency-groups]');
            for (const [group] of (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntries */ .eg)(groups)) {
                const scope = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeOfGroup */ .XZ)(group, 'dev');
                for (const req of expandGroup(groups, group, [], problems, file))
                    requirement(req, scope, from, `dependency-groups.${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .shownName */ .HD)(group)}`);
            }
        }
    }
    const roots = packageRootsOf(tool, file);
    if (roots.length)
        manifest.packageRoots = roots;
    const { files, optional } = dependencyFilesOf(tool, file, problems);
    if (files.length)
        manifest.dependencyFiles = files;
    if (optional.length)
        manifest.optionalDependencyFiles = optional;
    return { manifest, problems: [...parsed.problems, ...problems] };
}
/** Build backends that compile extension code (Rust through maturin, C/C++ through Meson or CMake). */
const NATIVE_BACKENDS = ['maturin', 'mesonpy', 'scikit_build_core', 'setuptools_rust'];
/** Entry-point groups other than the commands, each with the line of its table when it has one. */
function addEntryGroups(manifest, groups, lines, tablePrefix) {
    if (!(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(groups))
        return;
    for (const [group, entries] of Object.entries(groups)) {
        if (_common_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_ENTRY_GROUPS */ .iz.has(group) || !(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entries) || Object.keys(entries).length === 0)
            continue;
        const line = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, `${tablePrefix}"${group}"]`) ??
            (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .lineOfSection */ .X1)(lines, `${tablePrefix}${group}]`);
        (manifest.entryGroups ??= []).push({ group, ...(line === undefined ? {} : { line }) });
    }
}
/** `[project.scripts]` or `[tool.poetry.scripts]` naming at least one console command. */
function declaresScripts(scripts) {
    return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(scripts) && Object.keys(scripts).length > 0;
}
/** The requirement strings of a group with its `{ include-group = ... }` entries expanded, cycle-safe. */
function expandGroup(groups, name, path, problems, file) {
    if (path.includes(name)) {
        problems.push({
            file,
            message: `dependency-groups: include-group cycle through "${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .shownName */ .HD)(name)}"`,
        });
        return [];
    }
    if (path.length >= MAX_GROUP_DEPTH)
        return [];
    const list = Object.hasOwn(groups, name) ? groups[name] : undefined;
    if (!Array.isArray(list)) {
        problems.push({ file, message: `dependency-groups.${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .shownName */ .HD)(name)} must be a list` });
        return [];
    }
    const out = [];
    for (const entry of list) {
        if ((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry) && typeof entry['include-group'] === 'string') {
            const included = entry['include-group'];
            if (!Object.hasOwn(groups, included)) {
                problems.push({
                    file,
                    message: `dependency-groups.${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .shownName */ .HD)(name)}: included group "${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .shownName */ .HD)(included)}" does not exist`,
                });
                continue;
            }
            out.push(...expandGroup(groups, included, [...path, name], problems, file));
        }
        else
            out.push(entry);
    }
    return out;
}
/**
 * Folders below this file that the build back end finds the project's packages in: setuptools'
 * `packages.find.where` (feast's root pyproject builds the package in sdk/python) and the targets
 * of its `package-dir`, and the `from` of Poetry's `packages` (anki-sync-server's ankisyncd, from
 * src). Relative to the repository root, confined to it; the project's own folder is left out.
 */
function packageRootsOf(tool, file) {
    const named = [];
    const setuptools = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(tool, 'setuptools');
    if (setuptools) {
        const where = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(setuptools, 'packages', 'find')?.where;
        if (Array.isArray(where))
            named.push(...where);
        for (const [, target] of (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntries */ .eg)(setuptools['package-dir']))
            named.push(target);
    }
    const poetryPackages = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(tool, 'poetry')?.packages;
    if (Array.isArray(poetryPackages))
        for (const entry of poetryPackages)
            if ((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(entry))
                named.push(entry.from);
    // A folder outside the repository holds nothing of it.
    return repoPathsOf(named, file).filter((root) => root !== (0,_file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .dirnameOf */ .az)(file));
}
/**
 * Requirement files a build back end reads the project's dependencies from: setuptools'
 * `[tool.setuptools.dynamic] dependencies = {file = ...}` and its optional dependencies, and
 * hatch-requirements-txt's `files` and `optional-dependencies`. Relative to the repository root,
 * confined to it. `optional` holds those of the extras alone (aider's requirements-help.txt, the
 * extra that installs PyTorch for its offline help).
 */
function dependencyFilesOf(tool, file, problems) {
    // In the order they are declared: the project's own, then its extras, per back end.
    const named = [];
    const dynamic = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(tool, 'setuptools', 'dynamic');
    const fileOf = (value) => ((0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(value) ? value.file : undefined);
    if (dynamic) {
        named.push({ value: fileOf(dynamic.dependencies), extra: false });
        for (const [, value] of (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntries */ .eg)(dynamic['optional-dependencies']))
            named.push({ value: fileOf(value), extra: true });
    }
    const requirementsTxt = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .tableAt */ .af)(tool, 'hatch', 'metadata', 'hooks', 'requirements_txt');
    if (requirementsTxt) {
        named.push({ value: requirementsTxt.files, extra: false });
        for (const [, value] of (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .safeEntries */ .eg)(requirementsTxt['optional-dependencies']))
            named.push({ value, extra: true });
    }
    const outside = (value) => problems.push({ file, message: `dependency file leaves the repository: ${(0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .shownName */ .HD)(value)}` });
    const files = new Set();
    const optional = new Set();
    for (const { value, extra } of named)
        for (const path of repoPathsOf([value], file, outside)) {
            files.add(path);
            if (extra)
                optional.add(path);
        }
    return { files: [...files], optional: [...optional] };
}
/** The paths named beside `file`, relative to the repository root; `outside` hears of those that leave it. */
function repoPathsOf(values, file, outside) {
    const paths = new Set();
    for (const value of values.flat()) {
        if (typeof value !== 'string' || value.trim() === '')
            continue;
        try {
            paths.add((0,_file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .joinRepoPath */ .Kp)((0,_file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .dirnameOf */ .az)(file), value.trim()));
        }
        catch {
            outside?.(value);
        }
    }
    return [...paths];
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
