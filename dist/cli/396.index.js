export const id = 396;
export const ids = [396,646];
export const modules = {

/***/ 6396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyzeRevision: () => (/* binding */ analyzeRevision)
});

// UNUSED EXPORTS: FETCH_TIMEOUT_MS, openRevision, repositoryPrefix, resolveCommit

// EXTERNAL MODULE: ./src/analysis/analyze.ts + 17 modules
var analyze = __webpack_require__(5192);
// EXTERNAL MODULE: ./src/scan/git-tree-source.ts
var git_tree_source = __webpack_require__(5646);
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
        const prefix = (await (0,git_tree_source.runGit)(dir, ['rev-parse', '--show-prefix'])).trim();
        return prefix.replace(/\/$/, '');
    }
    catch {
        return undefined;
    }
}
async function localCommit(dir, rev) {
    try {
        return (await (0,git_tree_source.runGit)(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim();
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
    await (0,git_tree_source.runGit)(dir, [
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
    const type = await (0,git_tree_source.runGit)(dir, ['cat-file', '-t', '--end-of-options', treeish]).then((out) => out.trim(), () => 'missing');
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
        return { kind: 'report', sha, report: await (0,analyze/* analyzeRepository */.rU)(source, options) };
    }
    finally {
        source.close();
    }
}


/***/ }),

/***/ 7327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ DirectoryIndex)
/* harmony export */ });
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1141);
// Directory listings for a tree whose paths are all known up front (in memory, a git tree).

class DirectoryIndex {
    dirs = new Map([['', new Map()]]);
    /** Records a normalised path and creates its parent directories. */
    add(path, kind) {
        const parent = (0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .dirnameOf */ .az)(path);
        if (!this.dirs.has(parent)) {
            this.dirs.set(parent, new Map());
            if (parent !== '')
                this.add(parent, 'directory');
        }
        this.dirs.get(parent).set((0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .basenameOf */ .Sv)(path), { name: (0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .basenameOf */ .Sv)(path), kind });
        if (kind === 'directory' && !this.dirs.has(path))
            this.dirs.set(path, new Map());
    }
    isDirectory(path) {
        return this.dirs.has(path);
    }
    list(dir) {
        const entries = this.dirs.get((0,_file_source_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRepoPath */ .NP)(dir));
        if (!entries)
            throw new Error(`not a directory: ${dir}`);
        return [...entries.values()];
    }
}


/***/ }),

/***/ 5646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   kQ: () => (/* binding */ GitTreeSource),
/* harmony export */   runGit: () => (/* binding */ runGit)
/* harmony export */ });
/* unused harmony export parseLsTree */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1141);
/* harmony import */ var _directory_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7327);
// A FileSource over one commit of a local git repository, read without a checkout: the tree is
// listed once with `git ls-tree`, blobs stream through one `git cat-file --batch` process.
// Git is the only program Stack Fit ever starts; hooks and fsmonitor are switched off.



class GitError extends Error {
    stderr;
    constructor(message, stderr = '') {
        super(message);
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
const DEFAULT_TIMEOUT_MS = 120_000;
/** Nothing configured in the repository may run a program while we read it. */
const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false'];
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}
/** Runs git with an argument array (never a shell) and returns its standard output. */
function runGit(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...SAFE_CONFIG, ...args], {
            cwd,
            env: gitEnv(),
            timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
            maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
            encoding: 'utf8',
            windowsHide: true,
        }, (error, stdout, stderr) => {
            if (error) {
                const detail = stderr.trim().split('\n').pop() ?? '';
                const reason = error.killed ? 'timed out' : detail || error.message;
                reject(new GitError(`git ${args[0] ?? ''} failed: ${reason}`, stderr));
            }
            else
                resolve(stdout);
        });
    });
}
/** Parses `git ls-tree -r -z -l` output into entries by path. */
function parseLsTree(output) {
    const entries = new Map();
    for (const record of output.split('\0')) {
        if (record === '')
            continue;
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, type, oid, size] = record.slice(0, tab).split(/\s+/);
        const path = record.slice(tab + 1);
        if (!mode || !oid)
            continue;
        const kind = mode === '120000'
            ? 'symlink'
            : type === 'blob'
                ? 'file'
                : type === 'tree'
                    ? 'directory'
                    : 'other';
        entries.set(path, { kind, oid, size: Number(size) || 0 });
    }
    return entries;
}
class GitTreeSource {
    repoDir;
    entries;
    description;
    dirs = new _directory_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DirectoryIndex */ .u();
    batch;
    batchFailure;
    queue = [];
    header = Buffer.alloc(0);
    body;
    constructor(repoDir, entries, description) {
        this.repoDir = repoDir;
        this.entries = entries;
        this.description = description;
        for (const [path, entry] of entries)
            this.dirs.add(path, entry.kind);
    }
    /**
     * Lists `treeish` (a commit, or `<commit>:<dir>` for a subdirectory) in the repository that
     * contains `repoDir`. The object must already be present locally.
     */
    static async open(repoDir, treeish, options = {}) {
        if (treeish.startsWith('-'))
            throw new GitError(`not a tree: ${treeish}`);
        const output = await runGit(repoDir, ['ls-tree', '-r', '-z', '-l', '--end-of-options', treeish], {
            timeoutMs: options.timeoutMs,
            maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
        });
        return new GitTreeSource(repoDir, parseLsTree(output), options.description ?? `git:${treeish}`);
    }
    async listDir(dir) {
        return this.dirs.list(dir);
    }
    async stat(path) {
        const p = (0,_file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRepoPath */ .NP)(path);
        if (this.dirs.isDirectory(p))
            return { kind: 'directory', size: 0 };
        const entry = this.entries.get(p);
        return entry ? { kind: entry.kind, size: entry.size } : undefined;
    }
    async read(path, maxBytes, options = {}) {
        const entry = this.entries.get((0,_file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRepoPath */ .NP)(path));
        if (!entry)
            throw new Error(`no such file: ${path}`);
        if (entry.kind === 'symlink')
            throw new Error(`refusing to follow symbolic link: ${path}`);
        if (entry.kind !== 'file')
            throw new Error(`not a regular file: ${path}`);
        if (options.maxSize !== undefined && entry.size > options.maxSize)
            throw new _file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .FileTooLargeError */ .yq(path, entry.size, options.maxSize);
        if (this.batchFailure)
            throw this.batchFailure;
        return new Promise((resolve, reject) => {
            const proc = this.batch ?? this.startBatch();
            this.queue.push({ oid: entry.oid, maxBytes: Math.max(0, maxBytes), resolve, reject });
            proc.stdin.write(`${entry.oid}\n`);
        });
    }
    /** Stops the cat-file process; reads after this start a new one. */
    close() {
        const proc = this.batch;
        this.batch = undefined;
        if (!proc)
            return;
        proc.stdin.end();
        const timer = setTimeout(() => proc.kill(), 5_000);
        timer.unref();
        proc.once('exit', () => clearTimeout(timer));
    }
    startBatch() {
        const proc = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...SAFE_CONFIG, 'cat-file', '--batch'], {
            cwd: this.repoDir,
            env: gitEnv(),
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
        });
        this.batch = proc;
        this.header = Buffer.alloc(0);
        this.body = undefined;
        let stderr = '';
        proc.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk.toString('utf8');
        });
        proc.stdout.on('data', (chunk) => this.consume(chunk));
        const fail = (error) => {
            this.batchFailure = error;
            if (this.batch === proc)
                this.batch = undefined;
            for (const pending of this.queue.splice(0))
                pending.reject(error);
        };
        proc.on('error', (err) => fail(new GitError(`git cat-file could not start: ${err.message}`)));
        proc.stdin.on('error', () => undefined);
        proc.on('exit', (code, signal) => {
            if (this.queue.length > 0) {
                const why = signal ? `signal ${signal}` : `exit code ${code}`;
                fail(new GitError(`git cat-file stopped (${why}) ${stderr.trim()}`.trim(), stderr));
            }
            else if (this.batch === proc)
                this.batch = undefined;
        });
        return proc;
    }
    consume(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            const pending = this.queue[0];
            if (!pending)
                return;
            if (!this.body) {
                const newline = chunk.indexOf(0x0a, offset);
                if (newline < 0) {
                    this.header = Buffer.concat([this.header, chunk.subarray(offset)]);
                    return;
                }
                const line = Buffer.concat([this.header, chunk.subarray(offset, newline)]).toString('utf8');
                this.header = Buffer.alloc(0);
                offset = newline + 1;
                const [, type, size] = line.split(' ');
                if (type === 'missing' || type === undefined || size === undefined) {
                    this.queue.shift();
                    pending.reject(new Error(`object ${pending.oid} is not in the local repository`));
                    continue;
                }
                const total = Number(size);
                this.body = {
                    remaining: total + 1,
                    keep: Math.min(total, pending.maxBytes),
                    chunks: [],
                    kept: 0,
                };
            }
            const body = this.body;
            const take = Math.min(body.remaining, chunk.length - offset);
            const wanted = Math.min(take, body.keep - body.kept);
            if (wanted > 0) {
                body.chunks.push(Buffer.from(chunk.subarray(offset, offset + wanted)));
                body.kept += wanted;
            }
            offset += take;
            body.remaining -= take;
            if (body.remaining === 0) {
                this.body = undefined;
                this.queue.shift();
                pending.resolve(new Uint8Array(Buffer.concat(body.chunks)));
            }
        }
    }
}


/***/ })

};
