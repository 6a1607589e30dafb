export const id = 396;
export const ids = [396];
export const modules = {

/***/ 6396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeRevision: () => (/* binding */ analyzeRevision)
});

// UNUSED EXPORTS: FETCH_TIMEOUT_MS, openRevision, repositoryPrefix, resolveCommit

// EXTERNAL MODULE: ./src/analysis/analyze.ts + 16 modules
var analyze = __webpack_require__(9019);
// EXTERNAL MODULE: ./src/scan/git-tree-source.ts + 1 modules
var git_tree_source = __webpack_require__(2454);
// EXTERNAL MODULE: ./src/scan/file-source.ts
var file_source = __webpack_require__(1141);
// EXTERNAL MODULE: ./src/scan/directory-index.ts
var directory_index = __webpack_require__(7327);
;// CONCATENATED MODULE: ./src/scan/memory-source.ts


/** An in-memory repository for tests: `{ 'package.json': '{...}', 'src/a.ts': '...' }`. */
class MemoryFileSource {
    description = 'memory';
    files = new Map();
    dirs = new directory_index/* DirectoryIndex */.u();
    constructor(tree = {}) {
        for (const [path, content] of Object.entries(tree))
            this.add(path, content);
    }
    add(path, content) {
        const p = (0,file_source/* normalizeRepoPath */.NP)(path);
        const value = typeof content === 'string' ? new TextEncoder().encode(content) : content;
        this.files.set(p, value);
        this.dirs.add(p, value instanceof Uint8Array ? 'file' : 'symlink');
        return this;
    }
    async listDir(dir) {
        return this.dirs.list(dir);
    }
    async stat(path) {
        const p = (0,file_source/* normalizeRepoPath */.NP)(path);
        if (this.dirs.isDirectory(p))
            return { kind: 'directory', size: 0 };
        const f = this.files.get(p);
        if (f === undefined)
            return undefined;
        return f instanceof Uint8Array
            ? { kind: 'file', size: f.byteLength }
            : { kind: 'symlink', size: 0 };
    }
    async read(path, maxBytes, options = {}) {
        const p = (0,file_source/* normalizeRepoPath */.NP)(path);
        const f = this.files.get(p);
        if (f === undefined)
            throw new Error(`no such file: ${path}`);
        if (!(f instanceof Uint8Array))
            throw new Error(`refusing to follow symbolic link: ${path}`);
        if (options.maxSize !== undefined && f.byteLength > options.maxSize)
            throw new file_source/* FileTooLargeError */.yq(path, f.byteLength, options.maxSize);
        return f.byteLength > maxBytes ? f.subarray(0, maxBytes) : f;
    }
}

;// CONCATENATED MODULE: ./src/compare/revision.ts
// Reads another commit of the scanned repository (the pull request's base, a ref the workflow
// names, or `stack-fit --base`) without a checkout, fetching just that commit when the clone is shallow.



const FETCH_TIMEOUT_MS = 120_000;
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
// Ref names and the ~ and ^ of a revision (main~1); it reaches git as one argument, never a shell.
const SAFE_REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/@+~^-]{1,255}$/;
/** Where `dir` sits inside its repository ('' at the top); undefined outside any repository. */
async function repositoryPrefix(dir) {
    try {
        const prefix = (await (0,git_tree_source/* runGit */.EO)(dir, ['rev-parse', '--show-prefix'])).trim();
        return prefix.replace(/\/$/, '');
    }
    catch {
        return undefined;
    }
}
async function localCommit(dir, rev) {
    try {
        return (await (0,git_tree_source/* runGit */.EO)(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim();
    }
    catch {
        return undefined;
    }
}
/**
 * The commit `ref` names, fetched from `origin` (one commit deep, no tags) when it is not
 * here yet; actions/checkout leaves the token in the clone's config for exactly this.
 */
async function resolveCommit(dir, ref) {
    if (!SAFE_REF.test(ref))
        throw new git_tree_source/* GitError */.XS(`'${ref}' is not a commit or ref name Stack Fit accepts`);
    const local = await localCommit(dir, ref);
    if (local)
        return local;
    await (0,git_tree_source/* runGit */.EO)(dir, [
        'fetch',
        '--no-tags',
        '--no-recurse-submodules',
        '--depth=1',
        'origin',
        '--end-of-options',
        ref,
    ], { timeoutMs: FETCH_TIMEOUT_MS });
    const fetched = await localCommit(dir, FULL_SHA.test(ref) ? ref : 'FETCH_HEAD');
    if (!fetched)
        throw new git_tree_source/* GitError */.XS(`git fetch did not bring ${ref}`);
    return fetched;
}
/** A source over `sha`'s version of the directory at `prefix`; empty when it did not exist then. */
async function openRevision(dir, sha, prefix) {
    const treeish = prefix ? `${sha}:${prefix}` : sha;
    const type = await (0,git_tree_source/* runGit */.EO)(dir, ['cat-file', '-t', '--end-of-options', treeish]).then((out) => out.trim(), () => 'missing');
    if (type !== 'tree' && type !== 'commit') {
        return Object.assign(new MemoryFileSource({}), { close: () => undefined });
    }
    return git_tree_source/* GitTreeSource */.kQ.open(dir, treeish, { description: `${sha.slice(0, 12)}:${prefix || '.'}` });
}
/** Analyses `ref`'s version of the scanned directory with the same options as the head. */
async function analyzeRevision(scanDir, ref, options) {
    const prefix = await repositoryPrefix(scanDir);
    if (prefix === undefined) {
        return { kind: 'unavailable', reason: 'the scanned directory is not inside a git repository' };
    }
    let sha;
    try {
        sha = await resolveCommit(scanDir, ref);
    }
    catch (err) {
        return { kind: 'unavailable', reason: `${ref} could not be read: ${err.message}` };
    }
    const source = await openRevision(scanDir, sha, prefix).catch((err) => err);
    if (source instanceof Error) {
        return {
            kind: 'unavailable',
            reason: `${sha.slice(0, 12)} could not be listed: ${source.message}`,
        };
    }
    try {
        return { kind: 'report', sha, report: await (0,analyze/* analyzeRepository */.r)(source, options) };
    }
    finally {
        source.close();
    }
}


/***/ })

};
