export const id = 701;
export const ids = [701];
export const modules = {

/***/ 1701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_LEVEL

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/command.js
var command = __webpack_require__(9635);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/summary.js
var lib_summary = __webpack_require__(1170);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/utils.js
var utils = __webpack_require__(4679);
;// CONCATENATED MODULE: ./src/stdio.ts
// Writing to standard output and error without building process.stdout or process.stderr: on a
// pipe that stream loads net and the stream modules, a few milliseconds of a short run's start-up.

/**
 * Writes the text to fd 1 or 2 as process.stdout.write or process.stderr.write would, in order with
 * their writes. On Linux those streams write files, pipes and terminals synchronously, so a direct
 * write keeps the order; elsewhere (a pipe on Windows is asynchronous), and for whatever a direct
 * write could not take (a full non-blocking pipe, a closed descriptor), the stream writes it.
 */
function writeOutput(fd, text) {
    if (text === '')
        return;
    const stream = () => (fd === 1 ? process.stdout : process.stderr);
    if (process.platform !== 'linux') {
        stream().write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
        while (offset < bytes.length)
            offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
    }
    catch {
        // The stream takes the rest and reports its own errors, as it always did.
    }
    if (offset < bytes.length)
        stream().write(bytes.subarray(offset));
}

;// CONCATENATED MODULE: ./src/action/runner.ts
// The workflow commands the Action uses before and after the scan, from @actions/core's own command
// modules. The package's entry point also imports its OIDC client, and with it an HTTP client
// (undici, about 1 MB of bundle) that a run only needs to publish; those modules are not exported
// by name, so they are imported by path. Each function is @actions/core's, line for line, but for
// setOutput's delimiter (see outputDelimiter).







function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setSecret(secret) {
    (0,command/* issueCommand */.L)('add-mask', {}, secret);
}
/**
 * The delimiter of a `name<<delimiter` entry in GITHUB_OUTPUT: one that occurs in neither the name
 * nor the value, so the entry cannot end early and set other outputs. @actions/core draws a UUID
 * from node:crypto (loading it costs about 8 ms of start-up) and throws when the value happens to
 * contain it; a delimiter checked against the value is safe without a secret, so this one is drawn
 * from Math.random, in @actions/core's form, and drawn again until it occurs in neither.
 */
function outputDelimiter(name, value) {
    for (;;) {
        const random = () => Math.random().toString(36).slice(2, 12).padEnd(10, '0');
        const delimiter = `ghadelimiter_${random()}-${random()}-${random()}`;
        if (!name.includes(delimiter) && !value.includes(delimiter))
            return delimiter;
    }
}
/** @actions/core's issueFileCommand ('OUTPUT') with prepareKeyValueMessage, but outputDelimiter. */
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        if (!(0,external_node_fs_.existsSync)(filePath))
            throw new Error(`Missing file at path: ${filePath}`);
        const converted = (0,utils/* toCommandValue */.E)(value);
        const delimiter = outputDelimiter(name, converted);
        (0,external_node_fs_.appendFileSync)(filePath, `${name}<<${delimiter}${external_node_os_.EOL}${converted}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, {
            encoding: 'utf8',
        });
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    (0,command/* issueCommand */.L)('set-output', { name }, (0,utils/* toCommandValue */.E)(value));
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function error(message, properties = {}) {
    (0,command/* issueCommand */.L)('error', (0,utils/* toCommandProperties */.k)(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
    (0,command/* issueCommand */.L)('warning', (0,utils/* toCommandProperties */.k)(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
    (0,command/* issueCommand */.L)('notice', (0,utils/* toCommandProperties */.k)(properties), message instanceof Error ? message.toString() : message);
}
/** @actions/core's info, but written without building process.stdout (see writeOutput). */
function info(message) {
    writeOutput(1, message + external_node_os_.EOL);
}
async function group(name, fn) {
    (0,command/* issue */.s)('group', name);
    try {
        return await fn();
    }
    finally {
        (0,command/* issue */.s)('endgroup');
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/analysis/analyze.ts + 17 modules
var analyze = __webpack_require__(5192);
// EXTERNAL MODULE: ./src/analysis/scan-workers.ts
var scan_workers = __webpack_require__(5099);
;// CONCATENATED MODULE: ./src/analysis/drift.ts
/** A score must move at least this much (on the 0..1 scale) to count as a workload change. */
const SCORE_CHANGE_THRESHOLD = 0.15;
function baseUnavailableDrift(reason) {
    return { kind: 'baseUnavailable', reason };
}
function computeDrift(base, head) {
    const baseByPath = new Map(base.components.map((c) => [c.path, c]));
    const headByPath = new Map(head.components.map((c) => [c.path, c]));
    const ref = (c) => ({ path: c.path, name: c.name });
    const added = head.components.filter((c) => !baseByPath.has(c.path)).map(ref);
    const removed = base.components.filter((c) => !headByPath.has(c.path)).map(ref);
    const stacks = [];
    const verdicts = [];
    const workloads = [];
    for (const after of head.components) {
        const before = baseByPath.get(after.path);
        if (!before)
            continue;
        const from = stackRef(before);
        const to = stackRef(after);
        if (from.stack !== to.stack || from.otherName !== to.otherName)
            stacks.push({ ...ref(after), from, to });
        if (before.verdict.verdict !== after.verdict.verdict)
            verdicts.push({ ...ref(after), from: before.verdict.verdict, to: after.verdict.verdict });
        const change = workloadChange(before, after);
        if (change)
            workloads.push(change);
    }
    const byPath = (a, b) => a.path.localeCompare(b.path);
    const unchanged = added.length + removed.length + stacks.length + verdicts.length + workloads.length === 0;
    return {
        kind: unchanged ? 'unchanged' : 'changed',
        unchanged,
        added: added.sort(byPath),
        removed: removed.sort(byPath),
        stacks,
        verdicts,
        workloads,
    };
}
function stackRef(component) {
    const { stack, otherName } = component.stack;
    return stack === 'other' && otherName ? { stack, otherName } : { stack };
}
function workloadChange(before, after) {
    const scoreOf = (scores, w) => scores.find((s) => s.workload === w)?.score ?? 0;
    const classes = new Set([...before.workloads, ...after.workloads].map((s) => s.workload));
    const scores = [];
    for (const workload of classes) {
        const from = scoreOf(before.workloads, workload);
        const to = scoreOf(after.workloads, workload);
        // A little slack so 0.15 exactly is not lost to floating point.
        if (Math.abs(to - from) >= SCORE_CHANGE_THRESHOLD - 1e-9)
            scores.push({ workload, from, to });
    }
    scores.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
    const primaryChanged = !sameList(before.primary, after.primary);
    if (!primaryChanged && scores.length === 0)
        return undefined;
    const changed = new Set([
        ...scores.map((s) => s.workload),
        ...(primaryChanged ? [...before.primary, ...after.primary] : []),
    ]);
    const evidenceOf = (c) => c.workloads.filter((s) => changed.has(s.workload)).flatMap((s) => s.evidence);
    const beforeEvidence = evidenceOf(before);
    const afterEvidence = evidenceOf(after);
    const dependenciesAdded = responsible(dependencyDifference(after.dependencies, before.dependencies), afterEvidence);
    const dependenciesRemoved = responsible(dependencyDifference(before.dependencies, after.dependencies), beforeEvidence);
    const beforeFiles = new Set(beforeEvidence.map((e) => e.file));
    const afterFiles = new Set(afterEvidence.map((e) => e.file));
    const files = [
        ...[...afterFiles].filter((f) => !beforeFiles.has(f)),
        ...[...beforeFiles].filter((f) => !afterFiles.has(f)),
    ].sort();
    return {
        path: after.path,
        name: after.name,
        primaryFrom: before.primary,
        primaryTo: after.primary,
        scores,
        dependenciesAdded,
        dependenciesRemoved,
        files,
    };
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
function dependencyKey(d) {
    return `${d.ecosystem}:${d.name.toLowerCase()}`;
}
function dependencyDifference(from, without) {
    const present = new Set(without.map(dependencyKey));
    return from.filter((d) => !present.has(dependencyKey(d)));
}
/** The dependencies the changed classes' evidence points at; all of them when none is named. */
function responsible(dependencies, evidence) {
    const named = dependencies.filter((d) => evidence.some((e) => (e.file === d.file && e.line !== undefined && e.line === d.line) ||
        e.detail
            .toLowerCase()
            .split(/[\s,;:()]+/)
            .includes(d.name.toLowerCase())));
    return named.length > 0 ? named : dependencies;
}

// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/knowledge/assemble.ts
var assemble = __webpack_require__(5882);
// EXTERNAL MODULE: ./src/knowledge/runtime.ts
var runtime = __webpack_require__(4868);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/location.ts
var report_location = __webpack_require__(6335);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/annotations.ts
// Workflow annotations for components that do not fit; plain text, capped per level.




/** GitHub shows this many annotations of each level per step. */
const DEFAULT_ANNOTATIONS_PER_LEVEL = 10;
const NAMES_IN_AGGREGATE = 10;
function buildAnnotations(report, options = {}) {
    const maxPerLevel = Math.max(1, options.maxPerLevel ?? DEFAULT_ANNOTATIONS_PER_LEVEL);
    const byLevel = {
        error: [],
        warning: [],
        notice: [],
    };
    for (const component of (0,model/* productComponents */.eg)(report)) {
        const { verdict, accepted } = component.verdict;
        if (verdict !== 'mismatch' && verdict !== 'fits-with-caveats')
            continue;
        // An accepted decision is recorded, so it is mentioned but does not warn.
        if (accepted)
            byLevel.notice.push(component);
        else
            byLevel[verdict === 'mismatch' ? 'error' : 'warning'].push(component);
    }
    const annotations = [];
    for (const level of ['error', 'warning', 'notice']) {
        const components = byLevel[level];
        // One slot is kept for the aggregate when some do not fit.
        const shown = components.length > maxPerLevel ? components.slice(0, maxPerLevel - 1) : components;
        annotations.push(...shown.map((c) => componentAnnotation(c, level)));
        const rest = components.slice(shown.length);
        if (rest.length > 0)
            annotations.push(aggregate(rest, level));
    }
    return annotations;
}
function displayPath(component) {
    return component.path === '' ? '.' : component.path;
}
function componentAnnotation(component, level) {
    const { verdict } = component;
    const primary = component.primary.map(markdown/* workloadShortLabel */.Q$).join(', ') || 'no clear workload';
    const because = verdict.reasons[0];
    const message = [
        verdict.summary,
        verdict.accepted ? `Accepted decision: ${verdict.accepted.reason}` : '',
        because ? `${because.text} (rule ${because.rule})` : '',
        verdict.wouldChange[0] ? `What would change it: ${verdict.wouldChange[0]}` : '',
    ]
        .filter(Boolean)
        .join(' ');
    const location = (0,report_location/* causeLocation */.j)(component);
    return {
        level,
        title: (0,report_escape/* plainText */.wh)(`Stack Fit: ${displayPath(component)} ${markdown/* VERDICT_LABEL */.j[verdict.verdict]}${verdict.accepted ? ' (accepted)' : ''} (${primary})`, 200),
        message: (0,report_escape/* plainText */.wh)(message, 1000),
        ...(location ? { file: location.file, startLine: location.line } : {}),
    };
}
const AGGREGATE_WHAT = {
    error: 'mismatched components',
    warning: 'components with caveats',
    notice: 'components under accepted decisions',
};
function aggregate(components, level) {
    const what = AGGREGATE_WHAT[level];
    const names = components.slice(0, NAMES_IN_AGGREGATE).map(displayPath);
    const more = components.length - names.length;
    return {
        level,
        title: (0,report_escape/* plainText */.wh)(`Stack Fit: ${components.length} more ${what}`, 200),
        message: (0,report_escape/* plainText */.wh)(`and ${components.length} more ${what}: ${names.join(', ')}${more > 0 ? ` and ${more} others` : ''}. See the job summary.`, 1000),
    };
}

// EXTERNAL MODULE: ./src/report/guidance.ts
var report_guidance = __webpack_require__(4174);
;// CONCATENATED MODULE: ./src/report/json.ts
function renderJson(report) {
    return [...renderJsonChunks(report)].join('');
}
/**
 * The same text as renderJson, in pieces: the top level and each component on its own. Writing the
 * pieces to a file never holds the whole text, which for a monorepo of thousands of components is
 * tens of megabytes.
 */
function* renderJsonChunks(report) {
    yield* jsonChunks(report, 0, 2);
    yield '\n';
}
const INDENT = '  ';
/**
 * `JSON.stringify(value, sortedKeys, 2)` as it would appear at `depth`, split into pieces down to
 * `splitDepth` levels of arrays and objects; anything deeper is one piece. For plain data: values
 * with a `toJSON` method (none in a report) are not converted at the split levels.
 */
function* jsonChunks(value, depth, splitDepth) {
    const sorted = sortedKeys('', value);
    const entries = sorted === null || typeof sorted !== 'object'
        ? []
        : Array.isArray(sorted)
            ? sorted.map((item, i) => [String(i), item])
            : Object.entries(sorted).filter(([, item]) => isWritten(item));
    if (depth >= splitDepth || entries.length === 0) {
        // Leaves and small parts: JSON.stringify itself, re-indented to where the part sits.
        // The replacer sorts this part's keys itself: give it the value, not the sorted copy.
        const text = JSON.stringify(value, sortedKeys, 2);
        yield (text ?? 'null').replaceAll('\n', `\n${INDENT.repeat(depth)}`);
        return;
    }
    const isArray = Array.isArray(sorted);
    const inner = INDENT.repeat(depth + 1);
    yield isArray ? '[' : '{';
    let first = true;
    for (const [key, item] of entries) {
        yield `${first ? '' : ','}\n${inner}${isArray ? '' : `${JSON.stringify(key)}: `}`;
        first = false;
        yield* jsonChunks(item, depth + 1, splitDepth);
    }
    yield `\n${INDENT.repeat(depth)}${isArray ? ']' : '}'}`;
}
/** Whether JSON.stringify writes the value at all (it drops undefined, functions and symbols). */
function isWritten(value) {
    return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
/**
 * Orders each object's keys as it is written. One level is copied at a time, so a large report is
 * never held twice over, as a sorted deep copy made up front would be.
 */
function sortedKeys(_key, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return value;
    // No prototype, so a key named `__proto__` is written as a key, not taken as the prototype.
    const sorted = Object.create(null);
    for (const key of Object.keys(value).sort())
        sorted[key] = value[key];
    return sorted;
}

// EXTERNAL MODULE: ./src/scan/fs-source.ts
var fs_source = __webpack_require__(7830);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/action/audit-issue.ts
// One tracking issue for scheduled and manual audits: opened when something needs attention,
// updated while it does, closed once everything fits. Found by label, marker and author.

const AUDIT_LABEL = 'stack-fit';
const AUDIT_MARKER = '<!-- stack-fit:audit -->';
/** Components a person should look at: mismatches and caveats nobody has accepted. */
function findingsOf(report) {
    return (0,model/* productComponents */.eg)(report).filter((c) => (c.verdict.verdict === 'mismatch' || c.verdict.verdict === 'fits-with-caveats') &&
        !c.verdict.accepted).length;
}
function isOwnIssue(issue, identity, marker = AUDIT_MARKER) {
    if (issue.pull_request || !issue.body?.startsWith(marker) || !issue.user)
        return false;
    return identity.kind === 'user' ? issue.user.login === identity.login : issue.user.type === 'Bot';
}
async function publishAuditIssue(api, request) {
    const marker = request.marker ?? AUDIT_MARKER;
    const body = `${marker}\n${request.rendered}`;
    const issue = (await api.listOpenIssues(AUDIT_LABEL))
        .filter((i) => isOwnIssue(i, request.identity, marker))
        .sort((a, b) => a.number - b.number)[0];
    if (request.findings === 0) {
        if (!issue)
            return { action: 'none' };
        const closed = await api.updateIssue(issue.number, { body, state: 'closed' });
        return { action: 'closed', url: closed.html_url || issue.html_url };
    }
    if (!issue) {
        const created = await api.createIssue(request.title, body, [AUDIT_LABEL]);
        return { action: 'created', url: created.html_url };
    }
    if (issue.body?.replace(/\r\n?/g, '\n').trimEnd() === body.trimEnd() &&
        issue.title === request.title) {
        return { action: 'unchanged', url: issue.html_url };
    }
    const updated = await api.updateIssue(issue.number, { title: request.title, body });
    return { action: 'updated', url: updated.html_url || issue.html_url };
}

// EXTERNAL MODULE: ./src/scan/manifests/common.ts
var common = __webpack_require__(559);
;// CONCATENATED MODULE: ./src/action/context.ts

function isRepo(value) {
    return (0,common/* isRecord */.u4)(value) && typeof value.full_name === 'string';
}
/**
 * The payload when every part this run reads has the expected shape, otherwise nothing (`{}`).
 * Checked by hand: a schema library here cost the Action's start-up more than all its other checks.
 */
function eventPayloadOf(raw) {
    if (!(0,common/* isRecord */.u4)(raw))
        return {};
    const { pull_request: pr, merge_group: group, repository } = raw;
    if (pr !== undefined) {
        if (!(0,common/* isRecord */.u4)(pr) || !Number.isSafeInteger(pr.number) || pr.number <= 0)
            return {};
        const { head, base } = pr;
        if (!(0,common/* isRecord */.u4)(head) || typeof head.sha !== 'string')
            return {};
        if (head.repo !== undefined && head.repo !== null && !isRepo(head.repo))
            return {};
        if (!(0,common/* isRecord */.u4)(base) || typeof base.sha !== 'string' || !isRepo(base.repo))
            return {};
    }
    if (group !== undefined) {
        if (!(0,common/* isRecord */.u4)(group) || typeof group.head_sha !== 'string')
            return {};
        if (typeof group.base_sha !== 'string')
            return {};
    }
    if (repository !== undefined && !isRepo(repository))
        return {};
    return raw;
}
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
const AUDIT_EVENTS = ['schedule', 'workflow_dispatch', 'push'];
function runKindOf(eventName) {
    if (PULL_REQUEST_EVENTS.includes(eventName))
        return 'pull-request';
    if (eventName === 'merge_group')
        return 'merge-group';
    if (AUDIT_EVENTS.includes(eventName))
        return 'audit';
    return 'other';
}
function readRunContext(env, rawPayload) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = eventPayloadOf(rawPayload ?? {});
    const fullName = env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '';
    const [owner = '', repo = ''] = fullName.split('/');
    const kind = runKindOf(eventName);
    const pr = kind === 'pull-request' ? payload.pull_request : undefined;
    const pullRequest = pr && {
        number: pr.number,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
        ...(pr.head.repo ? { headRepo: pr.head.repo.full_name } : {}),
        baseRepo: pr.base.repo.full_name,
    };
    const eventBaseSha = pullRequest?.baseSha ?? (kind === 'merge-group' ? payload.merge_group?.base_sha : undefined);
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl = fullName && env.GITHUB_RUN_ID
        ? `${server}/${fullName}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return {
        eventName,
        kind,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        serverUrl: server,
        actor: env.GITHUB_ACTOR ?? '',
        ...(pullRequest ? { pullRequest } : {}),
        ...(eventBaseSha ? { eventBaseSha } : {}),
        ...(runUrl ? { runUrl } : {}),
    };
}
/**
 * Why this run's token cannot write, when that is known before trying: a `pull_request` from
 * a fork or from Dependabot gets a read-only token.
 */
function readOnlyReason(context) {
    if (context.eventName !== 'pull_request' || !context.pullRequest)
        return undefined;
    const { headRepo, baseRepo } = context.pullRequest;
    if (headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase()) {
        return `this pull request comes from a fork (${headRepo ?? 'deleted repository'}), so the workflow token is read-only`;
    }
    if (context.actor === 'dependabot[bot]') {
        return 'Dependabot pull requests get a read-only workflow token';
    }
    return undefined;
}
/**
 * What the report needs from the run: the repository for its title, where the scanned files are
 * on GitHub (evidence links to the pull request's head commit) and what the drift compares.
 */
function renderContext(context, path, scanPrefix) {
    const repository = context.owner && context.repo ? `${context.owner}/${context.repo}` : '';
    const sha = context.pullRequest?.headSha || context.sha;
    const folder = path === '.' || path === '' ? '' : `/${path.replace(/^\.\/+|\/+$/g, '')}`;
    return {
        ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        ...(repository ? { title: `Stack Fit: ${repository}${folder}` } : {}),
        ...(repository && sha
            ? { links: { serverUrl: context.serverUrl, repository, sha, prefix: scanPrefix } }
            : {}),
        subject: context.kind === 'pull-request' ? 'This pull request' : 'This change',
    };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// Reads every input of action.yml once and hands the raw strings to the pure config module.


function readRawInputs() {
    const raw = {};
    for (const key of config_settings/* INPUT_KEYS */.eo)
        raw[key] = getInput(key);
    return raw;
}
/** Settings from the inputs merged over the config file found in the workspace. */
async function getInputs(workspace) {
    const raw = readRawInputs();
    if (raw['github-token'])
        setSecret(raw['github-token']);
    return (0,config_settings/* loadSettings */.M5)(raw, workspace);
}

;// CONCATENATED MODULE: ./src/action/plan.ts


function planComment(mode, context, hasToken, driftChanged) {
    if (mode === 'never')
        return { kind: 'none' };
    const pr = context.pullRequest;
    const wouldComment = (context.kind === 'pull-request' && pr !== undefined) ||
        (mode === 'always' &&
            (context.eventName === 'push' || context.eventName === 'workflow_dispatch'));
    if (!wouldComment)
        return { kind: 'none' };
    if (!hasToken)
        return { kind: 'none', warning: 'No github-token was given, so no comment is written.' };
    const readOnly = readOnlyReason(context);
    if (readOnly) {
        return {
            kind: 'none',
            warning: `No pull-request comment: ${readOnly}. The report is in the job summary.`,
        };
    }
    if (pr) {
        return {
            kind: 'pull-request',
            number: pr.number,
            headSha: pr.headSha,
            createIfMissing: mode !== 'on-change' || driftChanged,
        };
    }
    return context.sha ? { kind: 'commit', sha: context.sha } : { kind: 'none' };
}
function wantsAuditIssue(enabled, context) {
    return enabled && context.kind === 'audit';
}
/** The commit or ref to compare with: the input wins, then the event's base. */
function baseToCompare(baseRefInput, context) {
    if (baseRefInput)
        return baseRefInput;
    return context.eventBaseSha;
}
const FAILING = {
    never: [],
    mismatch: ['mismatch'],
    caveat: ['mismatch', 'fits-with-caveats'],
};
/** Why the step fails under `fail-on`, or undefined. Accepted decisions never fail it. */
function failureOf(report, failOn) {
    const failing = (0,model/* productComponents */.eg)(report).filter((c) => FAILING[failOn].includes(c.verdict.verdict) && !c.verdict.accepted);
    if (failing.length === 0)
        return undefined;
    const names = failing.map((c) => `${c.path || '.'} (${c.verdict.verdict})`);
    const shown = names.length > 5 ? [...names.slice(0, 5), `and ${names.length - 5} more`] : names;
    return `Stack Fit: ${failing.length} component${failing.length === 1 ? '' : 's'} at or above fail-on '${failOn}': ${shown.join(', ')}`;
}
/** One line per component for the `components` output. */
function componentsOutput(report) {
    return JSON.stringify(report.components.map((c) => ({
        path: c.path || '.',
        name: c.name,
        stack: c.stack.stack === 'other' && c.stack.otherName ? c.stack.otherName : c.stack.stack,
        primary: c.primary,
        verdict: c.verdict.verdict,
        ...(c.verdict.accepted ? { accepted: true } : {}),
    })));
}
function verdictOutputs(report) {
    return {
        verdict: report.overall,
        'mismatch-count': String(report.counts.mismatch),
        'caveat-count': String(report.counts['fits-with-caveats']),
        'fits-count': String(report.counts.fits),
        'inconclusive-count': String(report.counts.inconclusive),
        components: componentsOutput(report),
    };
}
/** Joins the scanned directory's place in the workspace to a report path, for annotations. */
function workspacePath(scanPrefix, file) {
    return scanPrefix ? `${scanPrefix}/${file}` : file;
}

;// CONCATENATED MODULE: ./src/report/write-chunks.ts
// Writes a text given in pieces, so a large report is never one string in memory.

/** About how many characters go into one write. */
const WRITE_CHARS = 64 * 1024;
/** Writes the pieces in order at the handle's position, gathered into writes of about 64 KiB. */
async function writeChunks(handle, chunks) {
    let pending = [];
    let size = 0;
    for (const chunk of chunks) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= WRITE_CHARS) {
            // writeFile on a handle writes from its position and finishes partial writes.
            await handle.writeFile(pending.join(''), 'utf8');
            pending = [];
            size = 0;
        }
    }
    if (size > 0)
        await handle.writeFile(pending.join(''), 'utf8');
}
/**
 * The same on a descriptor, synchronously: the command line has nothing else to do meanwhile, and
 * each asynchronous write would wait for a turn of the thread pool (tens of milliseconds in all).
 */
function writeChunksSync(fd, chunks) {
    let pending = [];
    let size = 0;
    const flush = () => {
        const bytes = Buffer.from(pending.join(''), 'utf8');
        for (let offset = 0; offset < bytes.length;)
            offset += writeSync(fd, bytes, offset, bytes.length - offset);
        pending = [];
        size = 0;
    };
    for (const chunk of chunks) {
        pending.push(chunk);
        size += chunk.length;
        if (size >= WRITE_CHARS)
            flush();
    }
    if (size > 0)
        flush();
}

;// CONCATENATED MODULE: ./src/action/report-files.ts
// Writes the JSON and SARIF reports. Their paths may come from the repository's config file, so
// they must stay inside the workspace (outside .git) or RUNNER_TEMP, and links are never followed.




function isInside(root, path) {
    const relative = external_node_path_.relative(root, path);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_.isAbsolute(relative));
}
/** Absolute path for a `*-file` setting; relative values are taken from the workspace. */
function resolveOutputPath(key, value, roots) {
    const absolute = external_node_path_.resolve(roots.workspace, value);
    const inWorkspace = isInside(roots.workspace, absolute);
    const inTemp = isInside(roots.runnerTemp, absolute);
    if (absolute === roots.workspace || absolute === roots.runnerTemp || (!inWorkspace && !inTemp)) {
        throw new config_settings/* ConfigError */.xL(`Invalid '${key}': ${value} must name a file inside the workspace or RUNNER_TEMP`);
    }
    if (inWorkspace &&
        external_node_path_.relative(roots.workspace, absolute).split(external_node_path_.sep).includes('.git')) {
        throw new config_settings/* ConfigError */.xL(`Invalid '${key}': ${value} is inside .git`);
    }
    return absolute;
}
/** Creates or replaces the file; refuses when the file or a parent directory is a link leading elsewhere. */
async function writeOutputFile(path, text, roots) {
    const dir = external_node_path_.dirname(path);
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    const realDir = await external_node_fs_.promises.realpath(dir);
    const realRoots = await Promise.all([roots.workspace, roots.runnerTemp].map((root) => external_node_fs_.promises.realpath(root).catch(() => root)));
    if (!realRoots.some((root) => isInside(root, realDir))) {
        throw new Error(`refusing to write ${path}: its directory leads outside the workspace`);
    }
    const handle = await external_node_fs_.promises.open(external_node_path_.join(realDir, external_node_path_.basename(path)), external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    try {
        await writeChunks(handle, typeof text === 'string' ? [text] : text);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/action/sarif-paths.ts
// SARIF locations are relative to the scanned directory; code scanning wants them relative to
// the repository root, so a scan of a subdirectory gets its prefix added.
/** A copy of `sarif` whose every `artifactLocation.uri` that is relative starts with `prefix/`. */
function rebaseSarif(sarif, prefix) {
    if (!prefix)
        return sarif;
    const visit = (value, key) => {
        if (Array.isArray(value))
            return value.map((item) => visit(item));
        if (value === null || typeof value !== 'object')
            return value;
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = visit(v, k);
        if (key === 'artifactLocation' && typeof out.uri === 'string' && isRelative(out.uri)) {
            out.uri = `${prefix}/${out.uri}`;
        }
        return out;
    };
    return visit(sarif);
}
function isRelative(uri) {
    return !/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith('/');
}

;// CONCATENATED MODULE: ./src/action/sticky-comment.ts
// The one pull-request comment Stack Fit keeps up to date. It is found by a hidden marker at the
// very start of the body AND by its author, so nobody else's comment is ever edited or deleted.
const COMMENT_MARKER = '<!-- stack-fit:comment';
const MARKER_PATTERN = /^<!-- stack-fit:comment(?: head=([0-9a-f]{7,64}))?(?: at=([0-9TZ:.+-]{10,40}))? -->\n?/;
function markerLine(meta) {
    const head = meta.head && /^[0-9a-f]{7,64}$/.test(meta.head) ? ` head=${meta.head}` : '';
    const at = meta.at ? ` at=${meta.at}` : '';
    return `${COMMENT_MARKER}${head}${at} -->`;
}
function stickyBody(rendered, meta) {
    return `${markerLine(meta)}\n${rendered}`;
}
/** The marker's metadata when the body starts with it; undefined for any other comment. */
function parseMarker(body) {
    const match = body ? MARKER_PATTERN.exec(body) : null;
    if (!match)
        return undefined;
    return { ...(match[1] ? { head: match[1] } : {}), ...(match[2] ? { at: match[2] } : {}) };
}
/** The report part of a sticky body, line endings normalised. */
function reportPart(body) {
    return (body ?? '').replace(/\r\n?/g, '\n').replace(MARKER_PATTERN, '').trimEnd();
}
function isOwnComment(comment, identity) {
    if (!parseMarker(comment.body) || !comment.user)
        return false;
    return identity.kind === 'user'
        ? comment.user.login === identity.login
        : comment.user.type === 'Bot';
}
/** Own marker comments, oldest first. */
function ownComments(comments, identity) {
    return comments
        .filter((c) => isOwnComment(c, identity))
        .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}
/**
 * Whether our report may replace `existing`: never when it describes the same head and was
 * written by a run that started later than ours.
 */
function mayReplace(existing, ours) {
    if (!existing?.head || !existing.at || !ours.at)
        return true;
    if (existing.head !== ours.head)
        return true;
    return Date.parse(existing.at) <= Date.parse(ours.at);
}
async function publishStickyComment(api, request) {
    const { issue, meta, identity } = request;
    if (meta.head) {
        const current = await api.pullRequestHead(issue);
        if (current !== meta.head) {
            return {
                action: 'skipped',
                reason: `the pull request has moved on to ${current.slice(0, 7)}; this run's report (${meta.head.slice(0, 7)}) is out of date`,
                deleted: 0,
            };
        }
    }
    const body = stickyBody(request.rendered, meta);
    const [keep, ...extras] = ownComments(await api.listComments(issue), identity);
    if (!keep) {
        if (!request.createIfMissing) {
            return { action: 'skipped', reason: 'nothing changed compared with the base', deleted: 0 };
        }
        const created = await api.createComment(issue, body);
        return settleRace(api, request, created, body);
    }
    const deleted = await deleteAll(api, extras);
    if (!mayReplace(parseMarker(keep.body), meta)) {
        return {
            action: 'skipped',
            reason: 'a later run already reported on this commit',
            deleted,
            url: keep.html_url,
        };
    }
    if (reportPart(keep.body) === reportPart(body)) {
        return { action: 'unchanged', url: keep.html_url, deleted };
    }
    const updated = await api.updateComment(keep.id, body);
    return { action: 'updated', url: updated.html_url || keep.html_url, deleted };
}
/**
 * Two runs that both found no comment both create one. Each then looks again: a run whose
 * comment is not the oldest folds its report into the oldest and removes its own.
 */
async function settleRace(api, request, created, body) {
    const own = ownComments(await api.listComments(request.issue), request.identity);
    const oldest = own[0];
    if (!oldest || oldest.id === created.id || !own.some((c) => c.id === created.id)) {
        return { action: 'created', url: created.html_url, deleted: 0 };
    }
    if (mayReplace(parseMarker(oldest.body), request.meta) &&
        reportPart(oldest.body) !== reportPart(body)) {
        await api.updateComment(oldest.id, body);
    }
    const deleted = await deleteAll(api, [created]);
    return { action: 'updated', url: oldest.html_url, deleted };
}
async function deleteAll(api, comments) {
    let deleted = 0;
    for (const comment of comments) {
        try {
            await api.deleteComment(comment.id);
            deleted++;
        }
        catch (err) {
            // Another run may have removed it first.
            if (err.status !== 404)
                throw err;
        }
    }
    return deleted;
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The Action: settings in, one analysis (two with drift), then summary, files, outputs,
// annotations, comment or audit issue, and the exit that `fail-on` decides.
























/** GitHub shows at most this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
async function run(env = {}) {
    const startedAt = new Date();
    const roots = {
        workspace: external_node_path_.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd()),
        runnerTemp: external_node_path_.resolve(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)()),
    };
    let summary;
    let summaryWanted = true;
    try {
        const { settings, configFile } = await getInputs(new fs_source/* FsFileSource */.z(roots.workspace));
        summaryWanted = settings.summary;
        const context = readRunContext(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH));
        const files = {
            json: settings['json-file']
                ? resolveOutputPath('json-file', settings['json-file'], roots)
                : external_node_path_.join(roots.runnerTemp, 'stack-fit', `report-${process.env.GITHUB_ACTION || 'run'}.json`),
            sarif: settings['sarif-file']
                ? resolveOutputPath('sarif-file', settings['sarif-file'], roots)
                : undefined,
        };
        const scanDir = await resolveScanDir(settings.path, roots.workspace);
        const scanPrefix = external_node_path_.relative(roots.workspace, scanDir).split(external_node_path_.sep).join('/');
        const analysis = await analyse(settings, configFile, context, scanDir, env);
        const { report, drift, guidance } = analysis;
        info(`Stack Fit: ${report.components.length} component(s), overall ${report.overall}`);
        const render = renderContext(context, settings.path, scanPrefix);
        summary = (0,markdown/* renderMarkdown */.Gc)(report, { guidance, flavor: 'summary', drift, ...render });
        await writeOutputFile(files.json, renderJsonChunks(report), roots);
        setOutput('report-file', files.json);
        if (files.sarif) {
            // SARIF's fingerprints need node:crypto, which only a SARIF file loads.
            const { renderSarif } = await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643));
            const sarif = rebaseSarif(renderSarif(report, guidance, { toolVersion: version/* VERSION */.x }), scanPrefix);
            await writeOutputFile(files.sarif, `${JSON.stringify(sarif, null, 2)}\n`, roots);
            setOutput('sarif-file', files.sarif);
        }
        for (const [name, value] of Object.entries(verdictOutputs(report)))
            setOutput(name, value);
        if (settings.annotations)
            annotate(report, scanPrefix);
        await publish(settings, context, analysis, startedAt, render);
        const failure = failureOf(report, settings['fail-on']);
        if (failure)
            setFailed(failure);
    }
    catch (err) {
        const message = err instanceof config_settings/* ConfigError */.xL ? err.message : `Stack Fit could not run: ${errorText(err)}`;
        setFailed(message);
        summary ??= `## Stack Fit\n\n:x: ${escapeHtml(message)}\n`;
    }
    finally {
        if (summaryWanted && summary) {
            try {
                await lib_summary/* summary */.z.addRaw(summary, true).write();
            }
            catch (err) {
                warning(`Could not write the job summary: ${errorText(err)}`);
            }
        }
    }
}
function readEventPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        warning(`Could not read the event payload ${path}: ${errorText(err)}`);
        return {};
    }
}
async function resolveScanDir(path, workspace) {
    const dir = external_node_path_.resolve(workspace, path);
    const relative = external_node_path_.relative(workspace, dir);
    if (relative.startsWith('..') || external_node_path_.isAbsolute(relative)) {
        throw new config_settings/* ConfigError */.xL(`Invalid input 'path': ${path} is outside the workspace`);
    }
    const info = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new config_settings/* ConfigError */.xL(`Invalid input 'path': ${path} is not a directory`);
    return dir;
}
async function analyse(settings, configFile, context, scanDir, env) {
    let knowledge;
    try {
        knowledge = await (0,runtime/* knowledgeFor */.G)(settings.guidance);
    }
    catch (err) {
        if (err instanceof assemble/* KnowledgeError */.P4) {
            throw new config_settings/* ConfigError */.xL(`${configFile ?? 'config file'}: guidance: ${err.message.split('\n', 1)[0]}`);
        }
        throw err;
    }
    const options = {
        ignore: settings.ignore,
        overrides: settings.components,
        extraGuidance: settings.guidance,
        accepted: settings.accepted,
        repositoryName: context.repo || external_node_path_.basename(scanDir),
        rootLabel: settings.path,
    };
    // Reading a commit starts git (node:child_process): loaded only for a head or base to read.
    const revisions = () => __webpack_require__.e(/* import() */ 396).then(__webpack_require__.bind(__webpack_require__, 6396));
    let report;
    if (settings['head-ref']) {
        const { analyzeRevision } = await revisions();
        const head = await analyzeRevision(scanDir, settings['head-ref'], options);
        if (head.kind !== 'report')
            throw new Error(`head-ref ${head.reason}`);
        report = head.report;
    }
    else {
        report = await (0,analyze/* analyzeRepository */.rU)(new fs_source/* FsFileSource */.z(scanDir), {
            ...options,
            workers: env.workerScript
                ? (0,scan_workers/* defaultScanWorkers */.EM)(env.workerScript, undefined, (summary) => {
                    const note = (0,scan_workers/* workerFailureNote */.Vf)(summary);
                    if (note)
                        warning(`Stack Fit: ${note}.`);
                })
                : undefined,
        });
    }
    const guidance = (0,report_guidance/* guidanceIndexOf */.uc)(knowledge);
    const baseRef = baseToCompare(settings['base-ref'], context);
    if (!baseRef)
        return { report, guidance };
    const { analyzeRevision } = await revisions();
    const base = await group(`Stack Fit: reading the base ${baseRef}`, () => analyzeRevision(scanDir, baseRef, options));
    if (base.kind === 'unavailable') {
        warning(`No comparison with the base: ${base.reason}`);
        return { report, guidance, drift: baseUnavailableDrift(base.reason) };
    }
    return { report, guidance, drift: computeDrift(base.report, report) };
}
function annotate(report, scanPrefix) {
    for (const a of buildAnnotations(report, { maxPerLevel: ANNOTATIONS_PER_LEVEL })) {
        const properties = {
            title: a.title,
            ...(a.file ? { file: workspacePath(scanPrefix, a.file) } : {}),
            ...(a.file && a.startLine ? { startLine: a.startLine } : {}),
        };
        if (a.level === 'error')
            error(a.message, properties);
        else if (a.level === 'warning')
            warning(a.message, properties);
        else
            notice(a.message, properties);
    }
}
/** Comment and audit issue. API faults become warnings; they never fail the run. */
async function publish(settings, context, analysis, startedAt, render) {
    const token = settings['github-token'];
    const plan = planComment(settings.comment, context, token !== '', driftChanged(analysis.drift));
    if (plan.kind === 'none' && plan.warning)
        warning(plan.warning);
    const audit = wantsAuditIssue(settings['audit-issue'], context);
    if (plan.kind === 'none' && !audit)
        return;
    if (!token) {
        warning('No github-token was given, so the audit issue is not updated.');
        return;
    }
    // Octokit and its plugins load only when there is something to publish: a run that only
    // scans (forks, no token, comment: off) starts faster without them.
    const { createClient, describeApiFailure, pullRequestsForCommit, repositoryApi, resolveIdentity, } = await Promise.all(/* import() */[__webpack_require__.e(946), __webpack_require__.e(339)]).then(__webpack_require__.bind(__webpack_require__, 6339));
    const octokit = createClient(token);
    const api = repositoryApi(octokit, context.owner, context.repo);
    const identity = await resolveIdentity(octokit, token);
    const at = startedAt.toISOString();
    const commentBody = (meta) => (0,markdown/* renderMarkdown */.Gc)(analysis.report, {
        guidance: analysis.guidance,
        flavor: 'comment',
        drift: analysis.drift,
        ...render,
        maxLength: markdown/* COMMENT_LIMIT_CHARS */.iW - markerLine(meta).length - 1,
    });
    if (plan.kind !== 'none') {
        try {
            const targets = plan.kind === 'pull-request'
                ? [{ number: plan.number, head: plan.headSha, createIfMissing: plan.createIfMissing }]
                : (await pullRequestsForCommit(octokit, context.owner, context.repo, plan.sha))
                    .slice(0, 1)
                    .map((number) => ({ number, head: plan.sha, createIfMissing: true }));
            if (targets.length === 0)
                info('No open pull request has this commit as its head; no comment.');
            for (const target of targets) {
                const meta = { head: target.head, at };
                const outcome = await publishStickyComment(api, {
                    issue: target.number,
                    rendered: commentBody(meta),
                    meta,
                    identity,
                    createIfMissing: target.createIfMissing,
                });
                if (outcome.deleted > 0)
                    info(`Removed ${outcome.deleted} duplicate Stack Fit comment(s).`);
                if (outcome.action === 'skipped')
                    info(`Comment not written: ${outcome.reason}.`);
                else
                    info(`Comment ${outcome.action}: ${outcome.url}`);
                if (outcome.action !== 'skipped')
                    setOutput('comment-url', outcome.url);
            }
        }
        catch (err) {
            warning(describeApiFailure(err, 'write the pull-request comment', 'pull-requests: write'));
        }
    }
    if (audit) {
        try {
            const outcome = await publishAuditIssue(api, {
                title: settings['audit-issue-title'],
                rendered: commentBody({}),
                findings: findingsOf(analysis.report),
                identity,
            });
            info(outcome.action === 'none'
                ? 'Everything fits; no audit issue needed.'
                : `Audit issue ${outcome.action}: ${outcome.url}`);
        }
        catch (err) {
            warning(describeApiFailure(err, 'update the audit issue', 'issues: write'));
        }
    }
}
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}
function escapeHtml(text) {
    return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
/** Whether the change moves anything compared with the base (on-change comments). */
function driftChanged(drift) {
    if (!drift)
        return true;
    return drift.kind !== 'unchanged';
}


/***/ }),

/***/ 5192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rU: () => (/* binding */ analyzeRepository)
});

// UNUSED EXPORTS: DEFAULT_LIMITS, FRONT_END_PACKAGE_WEIGHT, PAGE_ENTRY_WEIGHT, SMALL_COMPONENT_FILES, TEST_SUITE_WEIGHT

// EXTERNAL MODULE: ./src/knowledge/assemble.ts
var assemble = __webpack_require__(5882);
// EXTERNAL MODULE: ./src/knowledge/runtime.ts
var runtime = __webpack_require__(4868);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/scan/default-exclusions.ts
// Paths a reviewer never reads: installed packages, caches, build output, editor state, docs.
// The list follows the spirit of GitHub Linguist's vendor.yml and documentation.yml, so that
// `.gitattributes` overrides users already write for GitHub also work here.
/** The Linguist attributes that decide whether a path counts. */
const LINGUIST_ATTRIBUTES = [
    'linguist-vendored',
    'linguist-generated',
    'linguist-documentation',
];
// Installed and vendored code is what Linguist calls vendored; only that negation brings it back.
const VENDORED = ['linguist-vendored'];
// Caches and build output may be called either vendored or generated by a user's attributes.
const PRODUCED = ['linguist-vendored', 'linguist-generated'];
const DEFAULT_EXCLUDED_DIRECTORIES = [
    {
        names: ['.git', '.hg', '.svn'],
        reason: 'excluded-directory',
        why: 'version control metadata',
        liftedBy: [],
    },
    {
        names: ['node_modules', 'bower_components', 'jspm_packages', '.pnpm-store', '.yarn'],
        reason: 'excluded-directory',
        why: 'installed JavaScript packages',
        liftedBy: VENDORED,
    },
    {
        names: ['.venv', 'venv', 'site-packages', '.eggs', '.tox', '.nox'],
        suffixes: ['.egg-info'],
        reason: 'excluded-directory',
        why: 'Python environment or packaging output',
        liftedBy: VENDORED,
    },
    {
        containing: ['pyvenv.cfg', 'conda-meta'],
        reason: 'excluded-directory',
        why: 'Python virtual environment',
        liftedBy: VENDORED,
    },
    {
        names: [
            '__pycache__',
            '.mypy_cache',
            '.pytest_cache',
            '.ruff_cache',
            '.ipynb_checkpoints',
            '.cache',
            '.parcel-cache',
            '.turbo',
            '.gradle',
            '.terraform',
        ],
        reason: 'excluded-directory',
        why: 'tool cache',
        liftedBy: PRODUCED,
    },
    {
        names: ['dist', 'build', 'out', 'target', '.next', '.nuxt', '.svelte-kit'],
        reason: 'excluded-directory',
        why: 'build output',
        liftedBy: PRODUCED,
    },
    {
        // Django's collectstatic output (STATIC_ROOT), committed: the admin's and DRF's own scripts and
        // swagger-ui's bundle, copied out of installed packages (bitsbuild's inventory backend).
        names: ['staticfiles', 'static_root', 'collected_static', 'collectstatic'],
        reason: 'excluded-directory',
        why: "Django's collected static files",
        liftedBy: PRODUCED,
    },
    {
        names: ['coverage', '.nyc_output'],
        reason: 'excluded-directory',
        why: 'test coverage output',
        liftedBy: PRODUCED,
    },
    {
        names: ['.idea', '.vscode'],
        reason: 'excluded-directory',
        why: 'editor settings',
        liftedBy: PRODUCED,
    },
    {
        names: ['vendor', 'third_party', 'third-party', 'thirdparty', 'Pods'],
        reason: 'excluded-directory',
        why: 'vendored third-party code',
        liftedBy: VENDORED,
        yieldsToWorkspaces: true,
    },
    {
        names: ['docs', 'doc', 'Docs', 'Doc', 'Documentation'],
        reason: 'documentation',
        why: 'documentation',
        liftedBy: ['linguist-documentation'],
    },
    {
        names: ['man'],
        rootOnly: true,
        reason: 'documentation',
        why: 'manual pages',
        liftedBy: ['linguist-documentation'],
    },
];
/** Indexes the rules once so each lookup is a map hit and a few suffix checks. */
function compileDirectoryExclusions(rules = DEFAULT_EXCLUDED_DIRECTORIES) {
    const byName = new Map();
    const bySuffix = [];
    const byMarker = new Map();
    for (const rule of rules) {
        for (const name of rule.names ?? [])
            if (!byName.has(name))
                byName.set(name, rule);
        for (const suffix of rule.suffixes ?? [])
            bySuffix.push([suffix, rule]);
        for (const marker of rule.containing ?? [])
            if (!byMarker.has(marker))
                byMarker.set(marker, rule);
    }
    return {
        byName(name, atRoot) {
            const rule = byName.get(name);
            if (rule && (!rule.rootOnly || atRoot))
                return { rule, detail: `${name}/: ${rule.why}` };
            for (const [suffix, suffixRule] of bySuffix) {
                if (name.endsWith(suffix) && (!suffixRule.rootOnly || atRoot)) {
                    return { rule: suffixRule, detail: `*${suffix}/: ${suffixRule.why}` };
                }
            }
            return undefined;
        },
        byContents(entryNames) {
            if (byMarker.size === 0)
                return undefined;
            for (const name of entryNames) {
                const rule = byMarker.get(name);
                if (rule)
                    return { rule, detail: `holds ${name}: ${rule.why}` };
            }
            return undefined;
        },
    };
}
/**
 * Extensions of files that are never text worth reading (lower case, without the dot). `.wasm` is
 * not among them: it is listed (never read) as evidence of compiled code.
 */
const BINARY_EXTENSIONS = new Set([
    // images and fonts
    'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'webp', 'tif', 'tiff', 'psd',
    'woff', 'woff2', 'ttf', 'otf', 'eot',
    // documents, archives, media
    'pdf', 'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'whl', 'jar', 'war', 'apk',
    'mp3', 'mp4', 'm4a', 'mov', 'avi', 'mkv', 'webm', 'wav', 'ogg', 'flac',
    // compiled code and native libraries
    'so', 'dll', 'dylib', 'exe', 'o', 'a', 'lib', 'class', 'pyc', 'pyo', 'pyd', 'node',
    // data and model files
    'sqlite', 'sqlite3', 'db', 'npy', 'npz', 'pkl', 'pickle', 'pt', 'pth', 'h5', 'onnx',
    'parquet', 'safetensors', 'tflite',
]); // prettier-ignore
/** Minified, bundled and generated files recognisable by name (Linguist's generated.rb in small). */
const GENERATED_FILE_NAMES = [
    { suffix: '.min.js', reason: 'minified', why: 'minified JavaScript' },
    { suffix: '.min.mjs', reason: 'minified', why: 'minified JavaScript' },
    { suffix: '.min.cjs', reason: 'minified', why: 'minified JavaScript' },
    { suffix: '.min.css', reason: 'minified', why: 'minified CSS' },
    { suffix: '-bundle.js', reason: 'minified', why: 'bundled JavaScript' },
    { suffix: '.bundle.js', reason: 'minified', why: 'bundled JavaScript' },
    { suffix: '.map', reason: 'generated', why: 'source map' },
    { suffix: '_pb2.py', reason: 'generated', why: 'protobuf output' },
    { suffix: '_pb2_grpc.py', reason: 'generated', why: 'protobuf output' },
    { suffix: '.pb.go', reason: 'generated', why: 'protobuf output' },
];
/** Why a file is skipped by its name alone, or undefined when its name says nothing. */
function judgeFileName(name) {
    const lower = name.toLowerCase();
    const dot = lower.lastIndexOf('.');
    if (dot > 0) {
        const extension = lower.slice(dot + 1);
        if (BINARY_EXTENSIONS.has(extension))
            return { reason: 'binary', detail: `.${extension} file` };
    }
    for (const rule of GENERATED_FILE_NAMES) {
        if (lower.endsWith(rule.suffix) && lower.length > rule.suffix.length) {
            return { reason: rule.reason, detail: `*${rule.suffix}: ${rule.why}` };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/gitattributes.ts
// The Linguist overrides in .gitattributes files: which paths are vendored, generated or docs.

/**
 * The `picomatch` package, loaded by loadAttributeGlobs(): an empty repository never parses a
 * .gitattributes file, and its start-up then skips loading and compiling the package's code.
 */
let globs;
/** Loads `picomatch`; parseGitattributes needs it loaded first. */
async function loadAttributeGlobs() {
    globs ??= (await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))).default;
}
const KNOWN_LINGUIST = new Set([
    ...LINGUIST_ATTRIBUTES,
    'linguist-language',
    'linguist-detectable',
]);
const LINGUIST_SET = new Set(LINGUIST_ATTRIBUTES);
const GLOB_OPTIONS = {
    dot: true,
    nobrace: true,
    noextglob: true,
    nonegate: true,
    posix: true,
    windows: false,
};
/**
 * Reads a C-style quoted pattern (`"a b\"c"`) starting at `start`, the way git does.
 * Returns the text and the index after the closing quote, or undefined when it never closes.
 */
function readQuoted(line, start) {
    const escapes = {
        n: '\n',
        t: '\t',
        r: '\r',
        '"': '"',
        '\\': '\\',
        a: '\x07',
        b: '\b',
        f: '\f',
        v: '\v',
    };
    let text = '';
    for (let i = start + 1; i < line.length; i++) {
        const ch = line[i];
        if (ch === '"')
            return { text, end: i + 1 };
        if (ch !== '\\') {
            text += ch;
            continue;
        }
        const next = line[i + 1];
        if (next === undefined)
            return undefined;
        const octal = /^[0-7]{3}/.exec(line.slice(i + 1, i + 4));
        if (octal) {
            text += String.fromCharCode(parseInt(octal[0], 8));
            i += 3;
        }
        else {
            text += escapes[next] ?? next;
            i += 1;
        }
    }
    return undefined;
}
function compilePattern(pattern, dir) {
    let glob = pattern;
    const directoryOnly = glob.endsWith('/');
    if (directoryOnly)
        glob = glob.replace(/\/+$/, '');
    const anchored = glob.includes('/');
    if (glob.startsWith('/'))
        glob = glob.slice(1);
    if (!globs)
        throw new Error('.gitattributes parsed before loadAttributeGlobs()');
    const matches = globs(glob, GLOB_OPTIONS);
    let literalPrefix = '';
    if (anchored) {
        const base = globs.scan(glob).base;
        literalPrefix = dir === '' ? base : base === '' ? dir : `${dir}/${base}`;
    }
    return { anchored, directoryOnly, literalPrefix, matches };
}
/**
 * Parses a .gitattributes file, keeping only lines that touch the Linguist attributes Stack Fit
 * honours. Lines git would reject or warn about become problems; parsing goes on after them.
 */
function parseGitattributes(dir, file, text) {
    const lines = [];
    const problems = [];
    const rows = text.split('\n');
    for (let index = 0; index < rows.length; index++) {
        const lineNumber = index + 1;
        const row = rows[index].replace(/^[ \t]+/, '');
        if (row === '' || row.startsWith('#'))
            continue;
        if (row.startsWith('[attr]'))
            continue; // macro definitions name no paths
        let pattern;
        let rest;
        if (row.startsWith('"')) {
            const quoted = readQuoted(row, 0);
            if (!quoted) {
                problems.push({
                    file,
                    line: lineNumber,
                    message: 'unterminated quoted pattern; line ignored',
                });
                continue;
            }
            pattern = quoted.text;
            rest = row.slice(quoted.end);
        }
        else {
            const cut = row.search(/[ \t]/);
            pattern = cut < 0 ? row : row.slice(0, cut);
            rest = cut < 0 ? '' : row.slice(cut);
        }
        if (pattern.startsWith('!')) {
            problems.push({
                file,
                line: lineNumber,
                message: `negative patterns are not allowed in .gitattributes (${pattern}); line ignored`,
            });
            continue;
        }
        const settings = {};
        let touched = false;
        for (const token of rest.split(/[ \t]+/)) {
            if (token === '')
                continue;
            const prefix = token[0] === '-' || token[0] === '!' ? token[0] : '';
            const body = token.slice(prefix.length);
            const eq = body.indexOf('=');
            const name = eq < 0 ? body : body.slice(0, eq);
            if (!name.startsWith('linguist-'))
                continue;
            if (!KNOWN_LINGUIST.has(name)) {
                problems.push({
                    file,
                    line: lineNumber,
                    message: `unknown attribute ${name}; Linguist knows ${[...KNOWN_LINGUIST].join(', ')}`,
                });
                continue;
            }
            if (!LINGUIST_SET.has(name))
                continue;
            const value = eq < 0 ? undefined : body.slice(eq + 1);
            settings[name] =
                prefix === '!' ? null : prefix === '-' || value === 'false' ? false : true;
            touched = true;
        }
        if (!touched || pattern === '')
            continue;
        lines.push({ file, line: lineNumber, pattern, settings, ...compilePattern(pattern, dir) });
    }
    return { level: { dir, lines }, problems };
}
/**
 * The root's lines without the vendored mark they set on a whole file type (`*.tsx
 * linguist-vendored`): that keeps a language out of GitHub's language bar, and nobody keeps copies
 * of others' code by its extension. lencx/ChatGPT marks `*.js`, `*.tsx` and `*.scss` so, its own
 * React front end among them. A mark naming a folder (`vendor/**`) stays.
 */
function withoutFileTypeVendoring(level) {
    if (level.dir !== '' || !level.lines.some(marksFileType))
        return level;
    const lines = [];
    for (const line of level.lines) {
        if (!marksFileType(line)) {
            lines.push(line);
            continue;
        }
        const settings = { ...line.settings };
        delete settings['linguist-vendored'];
        if (Object.keys(settings).length > 0)
            lines.push({ ...line, settings });
    }
    return { dir: level.dir, lines };
}
function marksFileType(line) {
    return line.settings['linguist-vendored'] === true && FILE_TYPE.test(line.pattern);
}
const FILE_TYPE = /^\*\.[^*?[\]/\\]+$/;
function relativeTo(dir, path) {
    if (dir === '')
        return path;
    return path.startsWith(dir) && path.charCodeAt(dir.length) === 47
        ? path.slice(dir.length + 1)
        : undefined;
}
function lineMatches(line, relative, isDirectory) {
    if (line.directoryOnly && !isDirectory)
        return false;
    return line.matches(line.anchored ? relative : relative.slice(relative.lastIndexOf('/') + 1));
}
/**
 * The Linguist attributes of a path under the levels in force for it (outermost first): later
 * lines win, deeper files win, and `!attr` returns an attribute to unspecified. Patterns are
 * tested against this path only; the walker carries a directory's outcome down to its contents.
 */
function attributesOf(levels, path, isDirectory) {
    const states = {};
    for (const level of levels) {
        if (level.lines.length === 0)
            continue;
        const relative = relativeTo(level.dir, path);
        if (relative === undefined || relative === '')
            continue;
        for (const line of level.lines) {
            if (!lineMatches(line, relative, isDirectory))
                continue;
            for (const attribute of LINGUIST_ATTRIBUTES) {
                const setting = line.settings[attribute];
                if (setting === undefined)
                    continue;
                if (setting === null)
                    delete states[attribute];
                else
                    states[attribute] = {
                        value: setting,
                        detail: `${line.file}:${line.line} ${line.pattern}`,
                    };
            }
        }
    }
    return states;
}
function mayMatchBelow(line, dir) {
    if (!line.anchored)
        return true;
    const prefix = line.literalPrefix;
    return (prefix === '' || prefix === dir || prefix.startsWith(`${dir}/`) || dir.startsWith(`${prefix}/`));
}
/**
 * Whether some line could set `attribute` to false for `dir` or a path below it. When none can,
 * a directory skipped for that attribute (or by a default rule it lifts) is skipped whole.
 */
function mayBeFalseBelow(levels, dir, attribute) {
    for (const level of levels) {
        for (const line of level.lines) {
            if (line.settings[attribute] === false && mayMatchBelow(line, dir))
                return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/scan/gitignore.ts
// Git's ignore rules: one compiled matcher per ignore file, tested deepest first the way git does.
/**
 * The `ignore` package, loaded by loadIgnoreRules(): an empty repository never compiles a rule, and
 * its start-up then skips loading and compiling the package's code.
 */
let ignoreFactory;
/** Loads the `ignore` package; the functions below that compile rules need it loaded first. */
async function loadIgnoreRules() {
    ignoreFactory ??= (await __webpack_require__.e(/* import() */ 298).then(__webpack_require__.t.bind(__webpack_require__, 298, 23))).default;
}
function newMatcher() {
    if (!ignoreFactory)
        throw new Error('gitignore rules compiled before loadIgnoreRules()');
    return ignoreFactory({ ignorecase: false });
}
/** Compiles the text of one ignore file; each rule remembers its line for the skip detail. */
function compileIgnoreFile(dir, label, text) {
    const patterns = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        patterns.push({ pattern: line, mark: String(i + 1) });
    }
    const matcher = newMatcher().add(patterns);
    return patterns.every((p) => isNameRule(p.pattern))
        ? { dir, label, matcher, byName: { names: new Map(), dirs: new Map() } }
        : { dir, label, matcher };
}
/**
 * A rule that matches a path by its last segment only, as git does for a pattern with no slash
 * (a trailing one only marks a directory rule). Negations and escapes are left to the general path.
 */
function isNameRule(pattern) {
    const body = pattern.trimEnd();
    if (body === '' || body.startsWith('!') || body.includes('\\'))
        return false;
    const name = body.endsWith('/') ? body.slice(0, -1) : body;
    return name !== '' && !name.includes('/');
}
/** Compiles user-supplied globs with gitignore semantics, relative to the root. */
function compileIgnoreGlobs(label, globs) {
    // Users write `./scratch/` as often as `scratch/`; git has no such form, so drop the `./`.
    const patterns = globs.map((glob) => glob.trim().replace(/^(!?)(?:\.\/)+/, '$1'));
    return { dir: '', label, matcher: newMatcher().add(patterns) };
}
/**
 * The same levels with a fresh result cache each, for testing the entries of one directory. The
 * `ignore` package caches the answer for every path it is asked about, and for all its parents;
 * over a whole walk that cache would hold every path of the repository. A copy shares the
 * compiled rules (`add` of an instance takes its rules as they are), so making one is cheap, and
 * its cache is dropped with the directory.
 */
function scopedToDirectory(levels) {
    return levels.map((level) => ({
        ...level,
        matcher: newMatcher().add(level.matcher),
    }));
}
function gitignore_relativeTo(dir, path) {
    if (dir === '')
        return path;
    return path.startsWith(dir) && path.charCodeAt(dir.length) === 47
        ? path.slice(dir.length + 1)
        : undefined;
}
/**
 * Whether a path is ignored by the levels in force for it (outermost first). Like git, the
 * deepest level with a matching rule decides, and a negated rule there re-includes the path.
 * Callers prune ignored directories, so a path's parents are known not to be ignored.
 */
function matchIgnored(levels, path, isDirectory) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const level = levels[i];
        const relative = gitignore_relativeTo(level.dir, path);
        if (relative === undefined || relative === '')
            continue;
        const result = level.byName
            ? testByName(level, level.byName, relative, isDirectory)
            : level.matcher.test(isDirectory ? `${relative}/` : relative);
        if (result.unignored)
            return undefined;
        if (result.ignored) {
            const rule = result.rule;
            const where = rule?.mark ? `${level.label}:${rule.mark}` : level.label;
            return { detail: rule ? `${where} (${rule.pattern.trim()})` : where };
        }
    }
    return undefined;
}
/**
 * What `level.matcher.test` answers for a level of name rules only, without testing the whole
 * path: the `ignore` package answers for the path's directory first (an ignored directory settles
 * it, the directory's own answer found the same way), then tests the path, where a name rule sees
 * only the last segment.
 */
function testByName(level, answers, relative, isDirectory) {
    const slash = relative.lastIndexOf('/');
    if (slash >= 0) {
        const dir = relative.slice(0, slash + 1);
        let parent = answers.dirs.get(dir);
        if (parent === undefined) {
            parent = testByName(level, answers, relative.slice(0, slash), true);
            answers.dirs.set(dir, parent);
        }
        if (parent.ignored)
            return parent;
    }
    const name = slash >= 0 ? relative.slice(slash + 1) : relative;
    const key = isDirectory ? `${name}/` : name;
    let result = answers.names.get(key);
    if (result === undefined) {
        result = level.matcher.test(key);
        answers.names.set(key, result);
    }
    return result;
}

// EXTERNAL MODULE: ./src/scan/file-source.ts
var file_source = __webpack_require__(1141);
;// CONCATENATED MODULE: ./src/scan/manifests/dockerfile.ts
// Dockerfiles: base images and the commands that hint at the runtime. Nothing is built or run.
const MAX_COMMAND_CHARS = 200;
const STARTS = /^(CMD|ENTRYPOINT)$/i;
/** RUN lines only matter when they install packages for one of the covered stacks. */
const INSTALLS = /\b(?:pip3?|uv|poetry|pipenv|conda|mamba|npm|pnpm|yarn|bun)\b[^&|;]{0,80}\b(?:install|add|ci|sync)\b/i;
function parseDockerfile(file, text) {
    const baseImages = [];
    const commands = [];
    const launches = [];
    const lines = text.split('\n');
    const escape = escapeCharacter(lines);
    for (let i = 0; i < lines.length; i++) {
        const start = i + 1;
        let current = lines[i].trimEnd();
        if (/^\s*(#|$)/.test(current))
            continue;
        const parts = [];
        while (current.endsWith(escape) && i + 1 < lines.length) {
            parts.push(current.slice(0, -1).trim());
            const next = lines[++i];
            // Comment lines inside a continued instruction are dropped by Docker too.
            current = /^\s*#/.test(next) ? escape : next.trim();
        }
        parts.push((current.endsWith(escape) ? current.slice(0, -1) : current).trim());
        const instruction = parts.filter((p) => p !== '').join(' ');
        const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(instruction);
        if (!match)
            continue;
        const [, keyword, rest] = match;
        if (keyword.toUpperCase() === 'FROM') {
            const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
            if (words[0])
                baseImages.push({ image: words[0].slice(0, MAX_COMMAND_CHARS), line: start });
        }
        else if (STARTS.test(keyword) || (/^RUN$/i.test(keyword) && INSTALLS.test(rest))) {
            if (STARTS.test(keyword)) {
                const program = programOf(execWords(rest));
                if (program)
                    launches.push({ name: program, line: start, how: 'runs' });
            }
            else {
                for (const name of installedPackages(rest))
                    launches.push({ name, line: start, how: 'installs' });
            }
            commands.push({
                text: `${keyword.toUpperCase()} ${rest.replace(/\s+/g, ' ').trim()}`.slice(0, MAX_COMMAND_CHARS),
                line: start,
            });
        }
    }
    return {
        manifest: { file, kind: 'Dockerfile', dependencies: [], baseImages, commands, launches },
        problems: [],
    };
}
const PIP_INSTALL = /^(?:python\d*(?:\.\d+)?\s+-m\s+)?(?:pip\d*|uv\s+pip)\s+install\s+(.*)$/;
const NPM_GLOBAL_INSTALL = /^(?:npm\s+(?:install|i)|yarn\s+global\s+add|pnpm\s+(?:add|install))\s+(.*)$/;
// Options whose value is the next word (a file, an index, a target), not a package.
const OPTION_WITH_VALUE = /^(?:-[rcetfi]|--requirement|--constraint|--editable|--target|--index-url|--extra-index-url|--find-links|--prefix|--root|--trusted-host|--platform|--python-version|--implementation|--abi|--src|--upgrade-strategy|--cache-dir|--registry)$/;
/** Names of the packages a RUN instruction installs with pip or installs globally with npm. */
function installedPackages(run) {
    const names = [];
    for (const part of run.split(/&&|\|\||;|\|/)) {
        const segment = part.trim();
        const pip = PIP_INSTALL.exec(segment);
        const npm = pip ? undefined : NPM_GLOBAL_INSTALL.exec(segment);
        const args = pip?.[1] ?? npm?.[1];
        if (args === undefined)
            continue;
        if (npm && !/(?:^|\s)(?:-g|--global)(?:\s|$)/.test(segment) && !/^yarn/.test(segment))
            continue;
        const words = args.split(/\s+/);
        for (let i = 0; i < words.length; i++) {
            const word = words[i].replace(/^["']|["']$/g, '');
            if (word.startsWith('-')) {
                if (OPTION_WITH_VALUE.test(word))
                    i++;
                continue;
            }
            // A path, a URL, a variable or an archive is not a registry package (nor, here, a scoped
            // npm one); the name stops at a version, an extra or a marker (`uvicorn[standard]>=0.30`).
            if (/[/$\\@]|^\.|:/.test(word) && !/^[\w.-]+@/.test(word))
                continue;
            const name = /^[A-Za-z0-9][\w.-]*/.exec(word)?.[0];
            if (name)
                names.push(name.toLowerCase());
        }
    }
    return names;
}
/** The words of a CMD or ENTRYPOINT, in exec form (a JSON array) or shell form. */
function execWords(rest) {
    const text = rest.trim();
    if (text.startsWith('[')) {
        try {
            const parsed = JSON.parse(text);
            if (Array.isArray(parsed))
                return parsed.filter((w) => typeof w === 'string');
        }
        catch {
            // Not valid JSON: Docker runs it in a shell, so read it as shell words.
        }
    }
    return text.split(/\s+/);
}
/**
 * The program a command starts: past `exec`, `env`, variable assignments and a shell's `-c`, and
 * the module of `python -m` (`python -m gunicorn` starts gunicorn).
 */
function programOf(words) {
    let i = 0;
    const skip = (w) => /^(?:exec|env|nohup|tini|dumb-init|--|-[a-z]+)$/.test(w) || /^\w+=/.test(w);
    while (i < words.length && skip(words[i]))
        i++;
    let word = words[i];
    if (word !== undefined && /^(?:\/bin\/)?(?:ba)?sh$/.test(word) && words[i + 1] === '-c')
        return programOf((words[i + 2] ?? '').split(/\s+/));
    if (word !== undefined && /^(?:\S*\/)?python\d*(?:\.\d+)?$/.test(word) && words[i + 1] === '-m')
        word = words[i + 2];
    const name = word?.split('/').pop()?.toLowerCase();
    return name && /^[a-z][\w.-]*$/.test(name) ? name : undefined;
}
/** The `# escape=` parser directive (Windows images use a backtick); directives come first. */
function escapeCharacter(lines) {
    for (const line of lines) {
        const directive = /^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/.exec(line);
        if (!directive)
            break;
        if (directive[1].toLowerCase() === 'escape' &&
            (directive[2] === '`' || directive[2] === '\\')) {
            return directive[2];
        }
    }
    return '\\';
}

// EXTERNAL MODULE: ./src/scan/manifests/common.ts
var common = __webpack_require__(559);
;// CONCATENATED MODULE: ./src/scan/manifests/package-json.ts
// package.json: dependencies by scope, scripts, engines and npm/yarn workspaces.

const DEPENDENCY_FIELDS = [
    ['dependencies', 'runtime'],
    ['devDependencies', 'dev'],
    ['optionalDependencies', 'optional'],
    ['peerDependencies', 'peer'],
];
function parsePackageJson(file, text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { problems: [(0,common/* jsonProblem */.Io)(file, text, error)] };
    }
    if (!(0,common/* isRecord */.u4)(data))
        return { problems: [{ file, message: 'package.json must hold an object' }] };
    const problems = [];
    const lines = text.split('\n');
    const dependencies = [];
    for (const [field, scope] of DEPENDENCY_FIELDS) {
        const value = data[field];
        if (value === undefined)
            continue;
        if (!(0,common/* isRecord */.u4)(value)) {
            problems.push({
                file,
                line: (0,common/* lineOfName */.nH)(lines, field),
                message: `"${field}" must be an object of package names`,
            });
            continue;
        }
        const from = (0,common/* lineOfName */.nH)(lines, field) ?? 1;
        for (const [name, spec] of (0,common/* safeEntries */.eg)(value)) {
            if (!(0,common/* isSafeName */.TE)(name) || typeof spec !== 'string')
                continue;
            dependencies.push((0,common/* dependency */.Gs)(name, 'npm', scope, file, (0,common/* lineOfName */.nH)(lines, name, from), spec));
        }
    }
    const manifest = { file, kind: 'package.json', dependencies };
    if (typeof data.name === 'string' && data.name.length <= 214)
        manifest.name = data.name;
    const description = (0,common/* descriptionOf */.Kq)(data.description, lines);
    if (description)
        manifest.description = description;
    const scripts = (0,common/* stringRecord */.JM)(data.scripts);
    if (scripts)
        manifest.scripts = scripts;
    const engines = (0,common/* stringRecord */.JM)(data.engines);
    if (engines)
        manifest.engines = engines;
    // `"main": ""` (npm init's leftovers in a docs site's package.json) points at nothing.
    const declared = (value) => (typeof value === 'string' && value.trim() !== '') || (0,common/* isRecord */.u4)(value) || Array.isArray(value);
    if (['main', 'module', 'exports', 'bin'].some((field) => declared(data[field])))
        manifest.entryPoint = true;
    if (['main', 'module', 'exports'].some((field) => declared(data[field])))
        manifest.libraryEntry = true;
    if (typeof data.browser === 'string' && data.browser.trim() !== '')
        manifest.browserBuild = { line: (0,common/* lineOfName */.nH)(lines, 'browser') };
    if (declared(data.bin)) {
        // `"bin": "cli.js"` installs a command named after the package.
        const names = (0,common/* isRecord */.u4)(data.bin)
            ? Object.keys(data.bin)
            : typeof data.name === 'string'
                ? [data.name.replace(/^@[^/]+\//, '')]
                : undefined;
        manifest.command = { line: (0,common/* lineOfName */.nH)(lines, 'bin'), ...(names && { names }) };
    }
    const native = nativeBuildOf(data, scripts, lines);
    if (native.length > 0)
        manifest.native = native;
    const workspaces = workspaceGlobs(data.workspaces);
    if (workspaces === 'invalid') {
        problems.push({
            file,
            line: (0,common/* lineOfName */.nH)(lines, 'workspaces'),
            message: '"workspaces" must be an array of globs or { "packages": [...] }',
        });
    }
    else if (workspaces.length)
        manifest.workspaces = workspaces;
    return { manifest, problems };
}
function workspaceGlobs(value) {
    if (value === undefined)
        return [];
    const list = Array.isArray(value) ? value : (0,common/* isRecord */.u4)(value) ? value.packages : undefined;
    if (list === undefined && (0,common/* isRecord */.u4)(value))
        return [];
    if (!Array.isArray(list))
        return 'invalid';
    return list.filter((g) => typeof g === 'string' && g.length > 0 && g.length < 500);
}
// Tools a package's scripts call to build compiled code for it.
const NATIVE_BUILD_SCRIPT = /\b(node-gyp|cmake-js|napi build|neon build|cargo build|cargo-cp-artifact|wasm-pack|emcc|prebuildify|node-pre-gyp)\b/;
/** How the package builds a native addon or WebAssembly, as package.json declares it. */
function nativeBuildOf(data, scripts, lines) {
    const found = [];
    if (data.gypfile === true)
        found.push({ detail: 'gypfile: true', line: (0,common/* lineOfName */.nH)(lines, 'gypfile') });
    if ((0,common/* isRecord */.u4)(data.napi))
        found.push({ detail: 'napi-rs build', line: (0,common/* lineOfName */.nH)(lines, 'napi') });
    if ((0,common/* isRecord */.u4)(data.binary) && typeof data.binary.module_name === 'string')
        found.push({ detail: 'node-pre-gyp binary', line: (0,common/* lineOfName */.nH)(lines, 'binary') });
    for (const [name, command] of Object.entries(scripts ?? {})) {
        const tool = NATIVE_BUILD_SCRIPT.exec(command)?.[1];
        if (tool)
            found.push({ detail: `script ${name} runs ${tool}`, line: (0,common/* lineOfName */.nH)(lines, name) });
    }
    return found;
}

// EXTERNAL MODULE: ./src/scan/manifests/requirements.ts
var manifests_requirements = __webpack_require__(5810);
;// CONCATENATED MODULE: ./src/scan/manifests/home-assistant.ts
// A Home Assistant custom integration's manifest.json: what the integration is, and the Python
// packages Home Assistant installs for it.


/** Where Home Assistant loads a custom integration from: `custom_components/<domain>/manifest.json`. */
const HOME_ASSISTANT_MANIFEST = /(?:^|\/)custom_components\/[^/]+\/manifest\.json$/;
/**
 * A Home Assistant custom integration's manifest.json: its `domain`, the PyPI `requirements` Home
 * Assistant installs for it (its runtime dependencies) and its `iot_class`. The domain is no
 * package name: it names the integration inside Home Assistant, not on PyPI.
 */
function parseHomeAssistantManifest(file, text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { problems: [(0,common/* jsonProblem */.Io)(file, text, error)] };
    }
    // A manifest.json that names no domain (a web app manifest kept there) is not an integration's.
    if (!(0,common/* isRecord */.u4)(data) || typeof data.domain !== 'string' || data.domain.trim() === '')
        return { problems: [] };
    const lines = text.split('\n');
    const problems = [];
    const dependencies = [];
    const requirements = data.requirements;
    if (requirements !== undefined && !Array.isArray(requirements))
        problems.push({ file, message: '"requirements" must be a list' });
    const from = (0,common/* lineOfName */.nH)(lines, 'requirements') ?? 1;
    for (const entry of Array.isArray(requirements) ? requirements : []) {
        // Entries are pip requirement strings: `zigpy>=0.52.3`, `name @ git+https://…`, a bare URL.
        const read = typeof entry === 'string' ? (0,manifests_requirements/* readRequirementLine */.YE)(entry.trim()) : undefined;
        if (read?.kind !== 'dependency') {
            if (read?.kind !== 'skip')
                problems.push({ file, message: 'a requirement is not a pip requirement string; skipped' });
            continue;
        }
        dependencies.push((0,common/* dependency */.Gs)(read.name, 'pypi', 'runtime', file, (0,common/* lineOfName */.nH)(lines, read.name, from), read.spec));
    }
    const iotClass = typeof data.iot_class === 'string' ? data.iot_class.trim().slice(0, 40) : '';
    return {
        manifest: {
            file,
            kind: 'home-assistant',
            dependencies,
            platform: {
                kind: 'home-assistant',
                detail: `a Home Assistant integration${iotClass ? ` (iot_class ${iotClass})` : ''}`,
                ...(0,common/* lineOfKey */.nj)(lines, iotClass ? 'iot_class' : 'domain'),
            },
        },
        problems,
    };
}

;// CONCATENATED MODULE: ./src/scan/manifests/procfile.ts
// Procfile: `type: command` lines, e.g. `web: gunicorn app:app` or `worker: celery -A tasks worker`.


function parseProcfile(file, text) {
    const scripts = Object.create(null);
    const commands = [];
    const launches = [];
    const problems = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, '');
        if (/^\s*(#|$)/.test(line))
            continue;
        const match = /^([A-Za-z0-9_-]{1,100}):\s*(.+)$/.exec(line);
        if (!match || !(0,common/* isSafeName */.TE)(match[1])) {
            problems.push({
                file,
                line: i + 1,
                message: 'expected "process-type: command"; line skipped',
            });
            continue;
        }
        scripts[match[1]] = match[2].trim().slice(0, 200);
        commands.push({ text: `${match[1]}: ${match[2].trim()}`.slice(0, 200), line: i + 1 });
        const program = programOf(match[2].trim().split(/\s+/));
        if (program)
            launches.push({ name: program, line: i + 1, how: 'runs' });
    }
    return {
        manifest: {
            file,
            kind: 'Procfile',
            dependencies: [],
            scripts: { ...scripts },
            commands,
            launches,
        },
        problems,
    };
}

;// CONCATENATED MODULE: ./src/scan/manifests/setup-cfg.ts
// setup.cfg: a small INI reader for [metadata] name and the [options] requirements.

/** Sections → keys → values; `key = value` or `key: value`, indented lines continue the value. */
function readIni(file, text, problems) {
    const sections = new Map();
    let current;
    let last;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].replace(/\r$/, '');
        const lineNo = i + 1;
        if (/^\s*([#;]|$)/.test(raw))
            continue;
        if (/^\s/.test(raw) && last) {
            last.items.push({ text: raw.trim(), line: lineNo });
            continue;
        }
        // As configparser reads one: up to the last `]` on the line (mypy's `[[mypy-pkg.*]]`).
        const header = /^\[(.{1,200})\]/.exec(raw);
        if (header) {
            current = new Map();
            sections.set(header[1].trim(), current);
            last = undefined;
            continue;
        }
        if (raw.startsWith('[')) {
            problems.push({
                file,
                line: lineNo,
                message: 'invalid section header; the rest of the file is read without it',
            });
            current = undefined;
            last = undefined;
            continue;
        }
        const pair = /^([^=:]{1,200}?)\s*[=:]\s*(.*)$/.exec(raw);
        if (!pair || !current) {
            if (!current)
                continue;
            problems.push({
                file,
                line: lineNo,
                message: 'line is neither a section, a key nor a continuation; skipped',
            });
            continue;
        }
        last = { value: pair[2].trim(), line: lineNo, items: [] };
        // setuptools accepts `install-requires` as well as `install_requires`.
        current.set(pair[1].trim().replace(/-/g, '_'), last);
    }
    return sections;
}
/**
 * The entries of a list value, one per line (requirements, scripts; commas belong to version
 * specifiers), comments dropped.
 */
function entriesOf(value) {
    return [{ text: value.value, line: value.line }, ...value.items].filter((i) => i.text !== '' && !i.text.startsWith('#') && !/^(?:file|attr):/.test(i.text));
}
function parseSetupCfg(file, text) {
    const problems = [];
    const ini = readIni(file, text, problems);
    const dependencies = [];
    const manifest = { file, kind: 'setup.cfg', dependencies };
    const name = ini.get('metadata')?.get('name')?.value;
    if (name && (0,common/* pep508Name */.eb)(name) === name)
        manifest.name = name;
    const summary = ini.get('metadata')?.get('description');
    if (summary?.value)
        manifest.description = { text: summary.value.slice(0, common/* DESCRIPTION_LIMIT */.r7), line: summary.line };
    const options = ini.get('options');
    const python = options?.get('python_requires')?.value;
    if (python)
        manifest.engines = { python };
    const add = (value, scope) => {
        if (!value)
            return;
        for (const item of entriesOf(value)) {
            const dep = (0,common/* pep508Name */.eb)(item.text);
            if (dep)
                dependencies.push((0,common/* dependency */.Gs)(dep, 'pypi', scope, file, item.line, item.text.slice(dep.length).trim() || undefined));
        }
    };
    add(options?.get('install_requires'), 'runtime');
    // Commands the package installs: console_scripts entry points, or [options] scripts (files).
    const commands = [
        ini.get('options.entry_points')?.get('console_scripts'),
        options?.get('scripts'),
    ]
        .filter((value) => value !== undefined)
        .find((value) => entriesOf(value).length > 0);
    if (commands) {
        // `name = module:function` entries; [options] scripts name files, whose names are the commands.
        const names = entriesOf(commands).map((e) => e.text.split('=')[0].trim().split('/').pop());
        manifest.command = { line: commands.line, names };
    }
    for (const [group, value] of ini.get('options.entry_points') ?? []) {
        if (common/* COMMAND_ENTRY_GROUPS */.iz.has(group) || entriesOf(value).length === 0)
            continue;
        (manifest.entryGroups ??= []).push({ group, line: value.line });
    }
    add(options?.get('tests_require'), 'test');
    for (const [extra, value] of ini.get('options.extras_require') ?? [])
        add(value, (0,common/* scopeOfGroup */.XZ)(extra, 'optional'));
    return { manifest, problems };
}

;// CONCATENATED MODULE: ./src/scan/manifests/server-config.ts
// A WSGI server's configuration: a uWSGI .ini file (its `[uwsgi]` section) or a Gunicorn config
// (`gunicorn.conf.py`, `gunicorn_config.py`). Read for one fact, the program that serves the
// component, as a Procfile's `web: gunicorn app:app` would say it; the file is never run.

/** A Gunicorn configuration file's name (`gunicorn.conf.py`, `gunicorn-prod.conf.py`, `gunicorn_config.py`). */
const GUNICORN_CONFIG = /^gunicorn(?:[-_.][\w.-]*)?\.(?:py|conf)$/i;
/** A uWSGI configuration file's name (`uwsgi.ini`, `ckan-uwsgi.ini`, `uwsgi.config.ini`). */
const UWSGI_CONFIG = /^(?:[\w.-]*[-_.])?uwsgi(?:[-_.][\w.-]*)?\.ini$/i;
const UWSGI_SECTION = /^[ \t]*\[uwsgi\][ \t]*\r?$/m;
function parseServerConfig(file, text) {
    const gunicorn = GUNICORN_CONFIG.test((0,file_source/* basenameOf */.Sv)(file));
    // An .ini file only counts with the section uWSGI reads (an `[app:main]` Paste file does not).
    const uwsgi = !gunicorn && UWSGI_SECTION.exec(text);
    const line = uwsgi ? text.slice(0, uwsgi.index).split('\n').length : 1;
    const name = gunicorn ? 'gunicorn' : uwsgi ? 'uwsgi' : undefined;
    return {
        manifest: {
            file,
            kind: 'server-config',
            dependencies: [],
            launches: name ? [{ name, line, how: 'runs' }] : [],
        },
        problems: [],
    };
}

;// CONCATENATED MODULE: ./src/scan/manifests/setup-py.ts
// setup.py, read as text and never run: the name and the literal requirement lists.


/** A bounded look at one literal: long files are not scanned past this. */
const MAX_LITERAL_CHARS = 20_000;
const MAX_STRING_CHARS = 500;
/**
 * Reads the bracketed Python literal opening at `open` as far as strings, brackets, commas and
 * colons go, noting anything else as computed. Comments and triple-quoted strings are skipped.
 */
function readLiteral(text, open) {
    const strings = [];
    const limit = Math.min(text.length, open + MAX_LITERAL_CHARS);
    let computed = false;
    let depth = 0;
    let dictDepth = -1;
    let key;
    let pending;
    for (let i = open; i < limit; i++) {
        const c = text[i];
        if (c === '"' || c === "'") {
            const triple = text.startsWith(c.repeat(3), i);
            const close = triple ? text.indexOf(c.repeat(3), i + 3) : closingQuote(text, i, limit);
            if (close < 0 || close >= limit)
                return { strings, computed };
            const value = text.slice(i + (triple ? 3 : 1), close);
            if (!triple && value.length <= MAX_STRING_CHARS) {
                pending = { value, offset: i, ...(key !== undefined && depth > dictDepth ? { key } : {}) };
                if (depth === dictDepth)
                    key = undefined;
                strings.push(pending);
            }
            i = close + (triple ? 2 : 0);
            continue;
        }
        if (c === '#') {
            const newline = text.indexOf('\n', i);
            i = newline < 0 ? limit : newline;
            continue;
        }
        if (c === '[' || c === '(' || c === '{') {
            depth++;
            if (c === '{' && dictDepth < 0)
                dictDepth = depth;
        }
        else if (c === ']' || c === ')' || c === '}') {
            depth--;
            if (depth === 0)
                return { strings, computed, end: i + 1 };
        }
        else if (c === ':' && depth === dictDepth && pending) {
            // The string before a colon is a key, not a requirement.
            strings.pop();
            key = pending.value;
        }
        else if (c !== ',' && !/\s/.test(c))
            computed = true;
        if (c !== ':' && !/\s/.test(c))
            pending = undefined;
    }
    return { strings, computed };
}
function closingQuote(text, open, limit) {
    const quote = text[open];
    for (let i = open + 1; i < limit; i++) {
        const c = text[i];
        if (c === '\\')
            i++;
        else if (c === quote)
            return i;
        else if (c === '\n')
            return -1;
    }
    return -1;
}
/** Where the value of `keyword=` starts, following one plain variable to its literal assignment. */
function valueStart(text, keyword) {
    const start = keyword.index + keyword[0].length;
    const c = text.charAt(start);
    if (c === '[' || c === '(' || c === '{')
        return start;
    const variable = /^([A-Za-z_]\w{0,80})\s*[,)\n]/.exec(text.slice(start, start + 100));
    if (!variable)
        return 'computed';
    const assignment = new RegExp(`^${variable[1]}\\s*=\\s*(?=[[({])`, 'm').exec(text);
    return assignment ? assignment.index + assignment[0].length : 'computed';
}
// A packaging script imports setup from setuptools or distutils (or a wrapper of theirs) and calls it.
const SETUP_IMPORT = /^[ \t]*(?:from[ \t]+[\w.]*(?:setuptools|distutils|skbuild)[\w.]*[ \t]+import\b[^\n]*\bsetup\b|import[ \t]+(?:setuptools|distutils)\b)/m;
const SETUP_CALL = /(?:^|[^\w.]|\b(?:setuptools|core)\.)setup[ \t]*\(/m;
const EXTENSION_BUILD = /\bext_modules[ \t]*=(?![ \t]*\[[ \t]*\])|\b(?:Extension|Pybind11Extension|CppExtension|CUDAExtension|RustExtension)[ \t]*\(|\bcythonize[ \t]*\(/;
/**
 * Whether a file named setup.py is a packaging script: it calls setup() from setuptools or
 * distutils. A module that only happens to be called setup.py (a Flask view, a test helper) is code.
 */
function isPackagingScript(text) {
    return SETUP_IMPORT.test(text) && SETUP_CALL.test(text);
}
/** How far after `entry_points={` its groups are looked for. */
const ENTRY_POINTS_SPAN = 2000;
/** Where the brace opened just before `from` closes, or `limit` (braces in strings are rare here). */
function closingBrace(text, from, limit) {
    let depth = 1;
    for (let i = from; i < Math.min(limit, text.length); i++) {
        if (text[i] === '{')
            depth++;
        else if (text[i] === '}' && --depth === 0)
            return i;
    }
    return limit;
}
// `setup(**kwargs)`: the keywords come from a dict of the script's own (aioesphomeapi's setup_kwargs).
const KEYWORDS_DICT = /(?:^|[^\w.])setup[ \t]*\([ \t]*\*\*[ \t]*[A-Za-z_]/m;
/**
 * The package's name: `name="x"`; `name=NAME`, the constant set to a literal at the top of the
 * script (influxdb-client-python); or the same as the `"name"` key of the dict that `setup(**kwargs)`
 * spreads (aioesphomeapi's `"name": PROJECT_PACKAGE_NAME`).
 */
function setupName(text, spread) {
    const literal = /\bname\s*=\s*(["'])([A-Za-z0-9._-]{1,200})\1/.exec(text);
    if (literal)
        return literal[2];
    const inDict = spread
        ? /["']name["']\s*:\s*(?:(["'])([A-Za-z0-9._-]{1,200})\1|([A-Za-z_]\w{0,60})\s*[,}\n])/.exec(text)
        : null;
    if (inDict?.[2])
        return inDict[2];
    const constant = inDict?.[3] ?? /\bsetup\([^]*?\bname\s*=\s*([A-Za-z_]\w{0,60})\s*[,)\n]/.exec(text)?.[1];
    if (!constant)
        return undefined;
    return new RegExp(`^${constant}\\s*=\\s*(["'])([A-Za-z0-9._-]{1,200})\\1\\s*$`, 'm').exec(text)?.[2];
}
function parseSetupPy(file, text) {
    if (!isPackagingScript(text))
        return { problems: [] };
    const problems = [];
    const dependencies = [];
    const manifest = { file, kind: 'setup.py', dependencies };
    const extension = EXTENSION_BUILD.exec(text);
    if (extension) {
        manifest.native = [
            { detail: 'builds a C extension', line: (0,common/* positionOf */.df)(text, extension.index).line },
        ];
    }
    // Commands the package installs, read as text: entry_points' console_scripts, or scripts=[...]
    // naming the executable files it copies onto the PATH (s3cmd's `scripts=['s3cmd']`).
    // A console_scripts list of nothing but empty strings installs no command (smarthomeNG's
    // `'console_scripts': ['']`, a template never filled in).
    const commands = /["']console_scripts["'](?![ \t]*:[ \t\n]*\[[ \t\n]*(?:(?:""|'')[ \t\n]*,?[ \t\n]*)*\])|\bscripts[ \t]*=[ \t]*[[(][ \t\n]*["']/.exec(text);
    if (commands)
        manifest.command = { line: (0,common/* positionOf */.df)(text, commands.index).line };
    // The groups of a literal entry_points={...} (kedro-airflow's "kedro.project_commands"): the
    // quoted keys followed by a list, in the text after `entry_points`.
    const entryPoints = /\bentry_points\s*=\s*\{/.exec(text);
    if (entryPoints) {
        const from = entryPoints.index + entryPoints[0].length;
        const body = text.slice(from, closingBrace(text, from, from + ENTRY_POINTS_SPAN));
        for (const group of body.matchAll(/["']([\w.-]+)["']\s*:\s*[[(]/g)) {
            if (common/* COMMAND_ENTRY_GROUPS */.iz.has(group[1]))
                continue;
            const line = (0,common/* positionOf */.df)(text, from + group.index).line;
            (manifest.entryGroups ??= []).push({ group: group[1], line });
        }
    }
    // Whether the keywords come from a dict `setup(**kwargs)` spreads, for the name and the summary.
    const spread = KEYWORDS_DICT.test(text);
    const name = setupName(text, spread);
    if (name)
        manifest.name = name;
    // Only a literal one-line summary: `description=read('README')` and the like are not read.
    const summary = /\bdescription\s*=\s*(["'])([^"'\n\\]{1,300})\1/.exec(text) ??
        (spread ? /["']description["']\s*:\s*(["'])([^"'\n\\]{1,300})\1/.exec(text) : null);
    if (summary) {
        manifest.description = {
            text: summary[2].trim(),
            line: (0,common/* positionOf */.df)(text, summary.index).line,
        };
    }
    const read = (key, scopeOf) => {
        const keyword = new RegExp(`\\b${key}\\s*=\\s*`).exec(text);
        if (!keyword)
            return;
        const line = (0,common/* positionOf */.df)(text, keyword.index).line;
        const start = valueStart(text, keyword);
        if (start === 'computed') {
            const message = `${key} is computed, not a literal; it was not read (setup.py is never run)`;
            problems.push({ file, line, message });
            return;
        }
        const literal = readLiteral(text, start);
        if (literal.end === undefined) {
            problems.push({ file, line, message: `${key} does not close; it was not read` });
            return;
        }
        const after = /^\s*\+/.test(text.slice(literal.end, literal.end + 50));
        if (literal.computed || after) {
            const message = `${key} is partly computed; only its literal strings were read`;
            problems.push({ file, line, message });
        }
        for (const entry of literal.strings) {
            const dep = (0,common/* pep508Name */.eb)(entry.value);
            if (!dep)
                continue;
            const at = (0,common/* positionOf */.df)(text, entry.offset).line;
            const spec = (0,manifests_requirements/* specOf */.rI)(entry.value.slice(dep.length));
            dependencies.push((0,common/* dependency */.Gs)(dep, 'pypi', scopeOf(entry), file, at, spec));
        }
    };
    read('install_requires', () => 'runtime');
    read('tests_require', () => 'test');
    read('extras_require', (entry) => (0,common/* scopeOfGroup */.XZ)(entry.key ?? '', 'optional'));
    return { manifest, problems };
}

;// CONCATENATED MODULE: ./src/scan/manifests/index.ts
// Which files are manifests, and the parser for each kind. Parsers are pure and never throw.









const BY_NAME = {
    'package.json': 'package.json',
    'pnpm-workspace.yaml': 'pnpm-workspace.yaml',
    'pyproject.toml': 'pyproject.toml',
    Pipfile: 'Pipfile',
    'setup.cfg': 'setup.cfg',
    'setup.py': 'setup.py',
    'environment.yml': 'environment.yml',
    'environment.yaml': 'environment.yml',
    'conda.yml': 'environment.yml',
    'conda.yaml': 'environment.yml',
    Dockerfile: 'Dockerfile',
    Containerfile: 'Dockerfile',
    Procfile: 'Procfile',
    'action.yml': 'action.yml',
    'action.yaml': 'action.yml',
};
const PARSERS = {
    'package.json': parsePackageJson,
    // The YAML and TOML parsers are imported the first time a manifest needs them (their own chunks
    // in the bundle), so a repository without such a manifest never loads them.
    'pnpm-workspace.yaml': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(727)]).then(__webpack_require__.bind(__webpack_require__, 8727))).parsePnpmWorkspace,
    'requirements.txt': manifests_requirements/* parseRequirements */.Ez,
    'pyproject.toml': async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(600)]).then(__webpack_require__.bind(__webpack_require__, 8600))).parsePyproject,
    Pipfile: async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 811))).parsePipfile,
    'setup.cfg': parseSetupCfg,
    'setup.py': parseSetupPy,
    'environment.yml': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(922)]).then(__webpack_require__.bind(__webpack_require__, 6922))).parseEnvironmentYml,
    Dockerfile: parseDockerfile,
    Procfile: parseProcfile,
    'server-config': parseServerConfig,
    'action.yml': async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(67)]).then(__webpack_require__.bind(__webpack_require__, 9067))).parseActionYml,
    'home-assistant': parseHomeAssistantManifest,
};
/** Manifest kinds whose parser is loaded on first use. */
const LAZY_KINDS = new Set([
    'pnpm-workspace.yaml',
    'pyproject.toml',
    'Pipfile',
    'environment.yml',
    'action.yml',
]);
/** `dockerfile.ts` is code about Dockerfiles, not a Dockerfile (`Dockerfile.dev`, `Dockerfile.prod` are). */
const SOURCE_EXTENSION = /\.(?:[cm]?[jt]sx?|py|md|txt|json|ya?ml|go|rs|rb|sh|snap|test\.[jt]s)$/i;
function manifestKindOf(path) {
    const name = (0,file_source/* basenameOf */.Sv)(path);
    if (Object.hasOwn(BY_NAME, name))
        return BY_NAME[name];
    if (name === 'manifest.json' && HOME_ASSISTANT_MANIFEST.test(path))
        return 'home-assistant';
    // pip reads any name it is given: the singular `requirement.txt` is a common spelling
    // (microsoft/LoRA's examples/NLG, a GoogleCloudPlatform sample).
    if (/^(?:requirements[\w.-]*|requirement(?:[-_.][\w.-]*)?)\.(txt|in)$/i.test(name) ||
        /^[\w.-]*-requirements\.txt$/i.test(name))
        return 'requirements.txt';
    // A pip constraints file there (aider's common-constraints.txt, celery's constraints.txt) pins
    // versions of whatever else gets installed; it installs nothing itself.
    if (name.endsWith('.txt') &&
        (0,file_source/* basenameOf */.Sv)((0,file_source/* dirnameOf */.az)(path)).toLowerCase() === 'requirements' &&
        !/constraint/i.test(name))
        return 'requirements.txt';
    if (/\.dockerignore$/i.test(name))
        return undefined;
    if (/^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$/i.test(name) && !SOURCE_EXTENSION.test(name))
        return 'Dockerfile';
    if (/^[\w.-]+\.Dockerfile$/i.test(name))
        return 'Dockerfile';
    // Any .ini in a uwsgi/ folder (patchwork's lib/uwsgi/patchwork.ini): the parser checks its section.
    if (GUNICORN_CONFIG.test(name) ||
        UWSGI_CONFIG.test(name) ||
        (name.endsWith('.ini') && (0,file_source/* basenameOf */.Sv)((0,file_source/* dirnameOf */.az)(path)).toLowerCase() === 'uwsgi'))
        return 'server-config';
    return undefined;
}
/** The parser of a kind, loading it on first use; it turns a parser bug into a problem for the file. */
async function manifestParser(kind) {
    const entry = PARSERS[kind];
    const parser = LAZY_KINDS.has(kind) ? await entry() : entry;
    return (file, text) => {
        try {
            return parser(file, text);
        }
        catch (error) {
            const reason = error instanceof RangeError ? 'nested too deeply to read' : 'could not be read';
            return { problems: [{ file, message: `${kind} ${reason}` }] };
        }
    };
}
/** Parses one manifest; a parser bug becomes a problem for the file, never an exception. */
async function parseManifest(file, kind, text) {
    return (await manifestParser(kind))(file, text);
}

// EXTERNAL MODULE: ./src/scan/text.ts
var scan_text = __webpack_require__(326);
// EXTERNAL MODULE: ./src/young-generation.ts
var young_generation = __webpack_require__(5678);
;// CONCATENATED MODULE: ./src/scan/discovery.ts
// Which files the scanner looks at. Walks the tree through the FileSource, pruning what a reviewer
// would never read (installed packages, virtualenvs, build output, ignored, vendored, generated and
// documentation paths) before listing it, and never following a symbolic link.






// Manifests that make a documentation site a package of its own, and how deep below the documentation
// folder they are looked for (docs/package.json, docs/website/package.json).
const DOCS_SITE_MANIFESTS = new Set([
    'package.json',
    'requirements.txt',
    'pyproject.toml',
]);
const DOCS_PROBE_DEPTH = 2;
/** How many listDir/stat calls may be in flight at once. */
const IO_CONCURRENCY = 32;
const IGNORE_FILE_MAX_BYTES = 256 * 1024;
/** Manifests that declare a project rather than pin what an install resolved. */
const DECLARES_PROJECT = new Set([
    'package.json',
    'pyproject.toml',
    'setup.py',
    'setup.cfg',
    'Pipfile',
]);
function declaresProject(path) {
    const kind = manifestKindOf(path);
    return kind !== undefined && DECLARES_PROJECT.has(kind);
}
const ATTRIBUTE_REASON = {
    'linguist-vendored': 'vendored',
    'linguist-generated': 'generated',
    'linguist-documentation': 'documentation',
};
/**
 * Runs jobs, including those jobs add while running, with at most `concurrency` at once; resolves
 * when none is left. One queue for the whole walk, so a wide tree does not pile up waiting promises.
 */
function jobPool(concurrency, run) {
    let queue = [];
    let head = 0;
    let active = 0;
    let resolveIdle;
    const idle = new Promise((resolve) => (resolveIdle = resolve));
    const pump = () => {
        while (active < concurrency && head < queue.length) {
            const job = queue[head++];
            if (head >= 4096 && head * 2 >= queue.length) {
                queue = queue.slice(head);
                head = 0;
            }
            active++;
            void run(job).finally(() => {
                active--;
                pump();
            });
        }
        if (active === 0 && head === queue.length)
            resolveIdle?.();
    };
    return {
        add: (job) => {
            queue.push(job);
            pump();
        },
        idle: () => {
            pump();
            return idle;
        },
    };
}
function childPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
async function discoverFiles(source, options) {
    const now = options.now ?? Date.now;
    const files = [];
    const skipped = [];
    const problems = [];
    const exclusions = compileDirectoryExclusions();
    if (options.ignore?.length)
        await loadIgnoreRules();
    const userLevel = options.ignore?.length
        ? compileIgnoreGlobs('ignore input', options.ignore)
        : undefined;
    let partial;
    // On a git work tree .gitignore keeps only untracked files out: every tracked file is the repository's.
    const tracked = await source.trackedFiles?.();
    const fileLimitReached = () => {
        partial ??= {
            reason: `stopped after ${options.maxFiles.toLocaleString('en-US')} files (the file limit)`,
            limit: 'maxFiles',
        };
    };
    /** Whether the walk must stop: already partial, cancelled or past the deadline. */
    const stopped = () => {
        if (partial)
            return true;
        if (options.signal?.aborted) {
            partial = { reason: 'the scan was cancelled', limit: 'timeoutMs' };
        }
        else if (options.deadline !== undefined && now() > options.deadline) {
            partial = { reason: 'stopped at the time limit while listing files', limit: 'timeoutMs' };
        }
        return partial !== undefined;
    };
    /**
     * The text of an ignore or attributes file; a file that cannot be used becomes a problem. A
     * manifest is read `quiet`: its own parser reports what is wrong with it, not the walk.
     */
    const readSmallText = async (path, { mayBeMissing = false, quiet = false } = {}) => {
        try {
            const decoded = (0,scan_text/* decodeText */.g)(await source.read(path, IGNORE_FILE_MAX_BYTES));
            if (decoded.ok)
                return decoded.text;
            if (!quiet)
                problems.push({ file: path, message: 'binary content; its rules are not applied' });
        }
        catch (err) {
            if (mayBeMissing || quiet)
                return undefined;
            const code = err.code ?? err.name;
            problems.push({
                file: path,
                message: `could not be read (${code}); its rules are not applied`,
            });
        }
        return undefined;
    };
    /** A manifest's text: its own parser reports what is wrong with it, not the walk. */
    const readQuietly = (path) => readSmallText(path, { quiet: true });
    const inWorkspaces = await workspacesOf(readQuietly);
    // A documentation folder's pages and code are not read, but its own manifest is (docs/package.json
    // for VitePress, docs/requirements.txt for Sphinx): the site is listed as a supporting package.
    const docsSites = [];
    // Nor is a folder marked generated as a whole, but the project files at its top are: a project
    // file a tool wrote still declares the project (polar's `sdk/python/**`, a generated client).
    const generatedFolders = [];
    /** Manifests `keeps` accepts in a skipped folder, and in its folders down to `maxDepth`. */
    const probeManifests = async (dir, depth, keeps, maxDepth) => {
        let entries;
        try {
            entries = await source.listDir(dir);
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const path = childPath(dir, entry.name);
            if (entry.kind === 'file' && keeps(path)) {
                if (files.length >= options.maxFiles)
                    return fileLimitReached();
                files.push(path);
            }
            else if (entry.kind === 'directory' &&
                depth < maxDepth &&
                !entry.name.startsWith('.') &&
                !exclusions.byName(entry.name, false))
                await probeManifests(path, depth + 1, keeps, maxDepth);
        }
    };
    const walk = async (task) => {
        if (stopped())
            return;
        // More to walk once the limit is full: the result cannot be complete.
        if (files.length >= options.maxFiles)
            return fileLimitReached();
        // The walk can run for seconds without a turn of the event loop, where the timer would look.
        (0,young_generation/* capYoungGeneration */.HG)();
        let entries;
        try {
            entries = await source.listDir(task.dir);
        }
        catch (err) {
            problems.push({
                file: task.dir || '.',
                message: `could not list the directory (${err.code ?? 'error'})`,
            });
            skipped.push({ path: task.dir || '.', reason: 'unreadable', directory: true });
            return;
        }
        if (task.dir !== '' && !task.pending) {
            // Content markers (a virtualenv's pyvenv.cfg) exclude a directory whatever its name.
            const marker = exclusions.byContents(entries.map((e) => e.name));
            if (marker && !lifts(task.inherited, marker)) {
                skipped.push({
                    path: task.dir,
                    reason: marker.rule.reason,
                    detail: marker.detail,
                    directory: true,
                });
                return;
            }
        }
        // A folder marked vendored whole is walked only as a private package (and then read as one).
        const ownFolder = task.unlessOwn
            ? await isOwnVendoredPackage(task, entries, task.attributes, readQuietly)
            : undefined;
        if (task.unlessOwn && !ownFolder) {
            skipped.push(task.unlessOwn);
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        // The matchers' packages, loaded while the root is walked alone (so no other directory's walk
        // runs meanwhile and the order of the results stays the same) unless the root is empty.
        if (task.dir === '' && entries.length > 0)
            await Promise.all([loadIgnoreRules(), loadAttributeGlobs()]);
        let { ignores, attributes } = task;
        const hasFile = (name) => entries.some((e) => e.name === name && e.kind === 'file');
        const hasGitDirectory = task.dir === '' && entries.some((e) => e.name === '.git' && e.kind === 'directory');
        if (hasGitDirectory) {
            // Read without a stat first: read refuses links on the way, where a stat would pass through them.
            const text = await readSmallText('.git/info/exclude', { mayBeMissing: true });
            if (text !== undefined)
                ignores = [...ignores, compileIgnoreFile('', '.git/info/exclude', text)];
        }
        if (hasFile('.gitignore')) {
            const label = childPath(task.dir, '.gitignore');
            const text = await readSmallText(label);
            if (text !== undefined)
                ignores = [...ignores, compileIgnoreFile(task.dir, label, text)];
        }
        // The marks as written: a root package.json marked vendored by its file type (`*.json`) is
        // still marked so by its owner (see isOwnVendoredPackage).
        let marked = attributes;
        if (hasFile('.gitattributes')) {
            const label = childPath(task.dir, '.gitattributes');
            const text = await readSmallText(label);
            if (text !== undefined) {
                const parsed = parseGitattributes(task.dir, label, text);
                problems.push(...parsed.problems);
                if (parsed.level.lines.length > 0)
                    marked = [...attributes, parsed.level];
                const level = withoutFileTypeVendoring(parsed.level);
                if (level.lines.length > 0)
                    attributes = [...attributes, level];
            }
        }
        // A private package.json is never a vendored copy (nothing private is published to copy): a
        // repository that marks its own front end linguist-vendored (listmonk's `frontend/*`) keeps it
        // out of GitHub's language bar, and it stays in the scan.
        const ownPackage = task.ownPackage ??
            ownFolder ??
            (await isOwnVendoredPackage(task, entries, marked, readQuietly));
        const subdirectories = [];
        // Matchers whose result caches live only as long as this directory's loop.
        const ignoresHere = scopedToDirectory(ignores);
        const userHere = userLevel && scopedToDirectory([userLevel]);
        for (const entry of entries) {
            const path = childPath(task.dir, entry.name);
            const isDirectory = entry.kind === 'directory';
            if (entry.kind === 'symlink') {
                skipped.push({ path, reason: 'symlink', detail: 'symbolic links are never followed' });
                continue;
            }
            if (entry.kind === 'other') {
                skipped.push({ path, reason: 'unreadable', detail: 'not a regular file or directory' });
                continue;
            }
            if (isDirectory && entry.name === '.git') {
                skipped.push({
                    path,
                    reason: 'excluded-directory',
                    detail: '.git/: version control metadata',
                    directory: true,
                });
                continue;
            }
            const ignored = task.ignoredBy
                ? { detail: task.ignoredBy }
                : matchIgnored(ignoresHere, path, isDirectory);
            let ignoredBy;
            if (ignored) {
                if (tracked && (isDirectory ? tracked.holds(path) : tracked.has(path))) {
                    // Tracked, so part of the repository; below it, untracked files stay ignored.
                    if (isDirectory)
                        ignoredBy = ignored.detail;
                }
                else {
                    skipped.push({
                        path,
                        reason: 'gitignored',
                        detail: ignored.detail,
                        ...(isDirectory ? { directory: true } : {}),
                    });
                    continue;
                }
            }
            const userIgnored = userHere && matchIgnored(userHere, path, isDirectory);
            if (userIgnored) {
                skipped.push({
                    path,
                    reason: 'user-ignored',
                    detail: userIgnored.detail,
                    ...(isDirectory ? { directory: true } : {}),
                });
                continue;
            }
            const found = mergeStates(task.inherited, attributesOf(attributes, path, isDirectory));
            const states = ownPackage ? withoutVendored(found) : found;
            const attributeSkip = skippingAttribute(states);
            if (isDirectory) {
                const next = decideDirectory(path, entry.name, task, states, attributeSkip, attributes, exclusions, inWorkspaces);
                if ('skip' in next) {
                    skipped.push(next.skip);
                    if (next.skip.reason === 'documentation')
                        docsSites.push(path);
                    else if (next.skip.reason === 'generated')
                        generatedFolders.push(path);
                }
                else {
                    // Spelled out, not spread: one of these per directory of the tree.
                    const subdirectory = {
                        dir: next.task.dir,
                        ignores,
                        attributes,
                        inherited: next.task.inherited,
                    };
                    if (next.task.pending)
                        subdirectory.pending = next.task.pending;
                    if (next.task.unlessOwn)
                        subdirectory.unlessOwn = next.task.unlessOwn;
                    if (ignoredBy)
                        subdirectory.ignoredBy = ignoredBy;
                    if (ownPackage)
                        subdirectory.ownPackage = true;
                    subdirectories.push(subdirectory);
                }
                continue;
            }
            // A project file a tool wrote still declares the project (tree-sitter grammars mark their
            // package.json, pyproject.toml and setup.py linguist-generated): Linguist hides it from
            // diffs and language statistics, not from the build. A generated requirements file is an
            // export of the lock (Flexget's `uv export`), and stays out.
            if (attributeSkip && !(attributeSkip === 'linguist-generated' && declaresProject(path))) {
                skipped.push({
                    path,
                    reason: ATTRIBUTE_REASON[attributeSkip],
                    detail: states[attributeSkip].detail,
                });
                continue;
            }
            if (task.pending && !lifts(states, task.pending.match)) {
                skipped.push({
                    path,
                    reason: task.pending.match.rule.reason,
                    detail: task.pending.match.detail,
                });
                continue;
            }
            const byName = judgeFileName(entry.name);
            // Linguist counts minified and generated-by-name files as generated: the negation lifts both.
            if (byName &&
                !(byName.reason !== 'binary' && states['linguist-generated']?.value === false)) {
                skipped.push({ path, reason: byName.reason, detail: byName.detail });
                continue;
            }
            // The listing already says it is a regular file; its size is checked when it is read (on the
            // open file, so a file that grows after the walk is still caught), and only if it is read.
            if (files.length >= options.maxFiles) {
                fileLimitReached();
                return;
            }
            files.push(path);
        }
        for (const subdirectory of subdirectories)
            jobs.add(subdirectory);
    };
    // Errors are caught inside walk; this only keeps a surprise from killing the pool.
    const jobs = jobPool(IO_CONCURRENCY, (task) => walk(task).catch((err) => {
        problems.push({
            file: task.dir || '.',
            message: `discovery failed here: ${err instanceof Error ? err.message : String(err)}`,
        });
    }));
    jobs.add({ dir: '', ignores: [], attributes: [], inherited: {} });
    await jobs.idle();
    const docsManifest = (path) => DOCS_SITE_MANIFESTS.has(manifestKindOf(path) ?? '');
    for (const dir of docsSites)
        await probeManifests(dir, 1, docsManifest, DOCS_PROBE_DEPTH);
    for (const dir of generatedFolders)
        await probeManifests(dir, 1, declaresProject, 1);
    files.sort();
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, skipped, problems, ...(partial ? { partial } : {}) };
}
/**
 * Whether a folder is one the root's workspaces name (package.json `workspaces`, pnpm-workspace.yaml
 * `packages`; negated patterns aside), read by the manifest parsers, whose problems the manifest
 * stage reports.
 */
async function workspacesOf(read) {
    const patterns = [];
    for (const file of ['package.json', 'pnpm-workspace.yaml']) {
        const text = await read(file);
        if (text === undefined)
            continue;
        const { manifest } = await parseManifest(file, file, text);
        for (const p of manifest?.workspaces ?? []) {
            // `./` names the root itself (biome's website): no folder below it.
            const pattern = p.replace(/^\.\//, '').replace(/\/+$/, '');
            if (pattern !== '' && pattern !== '.' && !pattern.startsWith('!'))
                patterns.push(pattern);
        }
    }
    if (patterns.length === 0)
        return () => false;
    // Loaded here, as loadAttributeGlobs does: a repository with no workspaces never needs it.
    const picomatch = (await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))).default;
    try {
        const matches = picomatch(patterns);
        return (path) => matches(path);
    }
    catch {
        // A glob picomatch cannot compile names no folder: the walk goes on by its own rules.
        return () => false;
    }
}
/** Whether the directory holds a package.json marked linguist-vendored that declares itself private. */
async function isOwnVendoredPackage(task, entries, attributes, read) {
    if (!entries.some((e) => e.name === 'package.json' && e.kind === 'file'))
        return undefined;
    const path = childPath(task.dir, 'package.json');
    const states = mergeStates(task.inherited, attributesOf(attributes, path, false));
    if (states['linguist-vendored']?.value !== true)
        return undefined;
    // No copy of anyone's package sits at a repository's root, published or not: marking it vendored
    // keeps it out of the language bar (tw93's Pake marks `*.json` and its CLI's `bin/**`), and the
    // tree below is the repository's own, as below a private package.
    if (task.dir === '')
        return true;
    const text = await read(path);
    try {
        return JSON.parse(text ?? '').private === true ? true : undefined;
    }
    catch {
        // The manifest parser reports a malformed package.json; here it only stays vendored.
        return undefined;
    }
}
function withoutVendored(states) {
    if (states['linguist-vendored'] === undefined)
        return states;
    const rest = { ...states };
    delete rest['linguist-vendored'];
    return rest;
}
function mergeStates(inherited, own) {
    return Object.keys(own).length === 0 ? inherited : { ...inherited, ...own };
}
function skippingAttribute(states) {
    return LINGUIST_ATTRIBUTES.find((attribute) => states[attribute]?.value === true);
}
/** Whether the attribute states negate an attribute that lifts a default exclusion. */
function lifts(states, match) {
    return match.rule.liftedBy.some((attribute) => states[attribute]?.value === false);
}
function decideDirectory(path, name, parent, states, attributeSkip, attributes, exclusions, inWorkspaces) {
    if (attributeSkip) {
        // A negation further down (`dir/keep/** -linguist-vendored`) means the walk must go on.
        if (!mayBeFalseBelow(attributes, path, attributeSkip)) {
            const skip = {
                path,
                reason: ATTRIBUTE_REASON[attributeSkip],
                detail: states[attributeSkip].detail,
                directory: true,
            };
            // A folder marked vendored is looked into for a private package.json only: no copy of anyone's
            // package is private (see isOwnVendoredPackage).
            if (attributeSkip === 'linguist-vendored')
                return { task: { dir: path, inherited: states, unlessOwn: skip } };
            return { skip };
        }
        return {
            task: {
                dir: path,
                inherited: states,
                ...(parent.pending ? { pending: parent.pending } : {}),
            },
        };
    }
    const named = parent.pending ? undefined : exclusions.byName(name, parent.dir === '');
    const match = named?.rule.yieldsToWorkspaces && inWorkspaces(path) ? undefined : named;
    const pending = parent.pending ?? (match ? { match, path } : undefined);
    if (pending && !lifts(states, pending.match)) {
        const liftable = pending.match.rule.liftedBy.some((attribute) => mayBeFalseBelow(attributes, path, attribute));
        if (!liftable) {
            return {
                skip: {
                    path,
                    reason: pending.match.rule.reason,
                    detail: pending.match.detail,
                    directory: true,
                },
            };
        }
        return { task: { dir: path, inherited: states, pending } };
    }
    return { task: { dir: path, inherited: states } };
}

// EXTERNAL MODULE: ./src/analysis/classify.ts
var classify = __webpack_require__(7422);
;// CONCATENATED MODULE: ./src/analysis/languages.ts
// What a file is, judged from its name alone (cheap: runs once per discovered file).
const BY_EXTENSION = {
    js: { language: 'JavaScript', scan: 'javascript' },
    mjs: { language: 'JavaScript', scan: 'javascript' },
    cjs: { language: 'JavaScript', scan: 'javascript' },
    jsx: { language: 'JavaScript', scan: 'javascript' },
    ts: { language: 'TypeScript', scan: 'javascript' },
    mts: { language: 'TypeScript', scan: 'javascript' },
    cts: { language: 'TypeScript', scan: 'javascript' },
    tsx: { language: 'TypeScript', scan: 'javascript' },
    vue: { language: 'Vue', scan: 'javascript' },
    svelte: { language: 'Svelte', scan: 'javascript' },
    astro: { language: 'Astro', scan: 'javascript' },
    py: { language: 'Python', scan: 'python' },
    ipynb: { language: 'Jupyter Notebook', scan: 'python', notebook: true },
    go: { language: 'Go' },
    rb: { language: 'Ruby' },
    java: { language: 'Java' },
    kt: { language: 'Kotlin' },
    scala: { language: 'Scala' },
    rs: { language: 'Rust', native: 'source' },
    c: { language: 'C', native: 'source' },
    cc: { language: 'C++', native: 'source' },
    cpp: { language: 'C++', native: 'source' },
    cxx: { language: 'C++', native: 'source' },
    cu: { language: 'CUDA', native: 'source' },
    cuh: { language: 'CUDA', native: 'source' },
    pyx: { language: 'Cython', native: 'source' },
    pxd: { language: 'Cython', native: 'source' },
    wasm: { language: 'WebAssembly', native: 'source' },
    wat: { language: 'WebAssembly', native: 'source' },
    php: { language: 'PHP' },
    cs: { language: 'C#' },
    ex: { language: 'Elixir' },
    exs: { language: 'Elixir' },
    swift: { language: 'Swift' },
    dart: { language: 'Dart' },
    lua: { language: 'Lua' },
    tf: { language: 'HCL', infrastructure: true },
    hcl: { language: 'HCL', infrastructure: true },
};
// Build set-ups for compiled code, known by name.
const languages_BY_NAME = {
    'binding.gyp': { language: 'GYP', native: 'build' },
    'CMakeLists.txt': { language: 'CMake', native: 'build' },
};
const EXTENSIONS = new Map(Object.entries(BY_EXTENSION));
const NAMES = new Map(Object.entries(languages_BY_NAME));
/** The extensions of the names in BY_NAME: only a path with one of them can be one of those names. */
const NAME_EXTENSIONS = new Set(Object.keys(languages_BY_NAME).map((name) => name.slice(name.lastIndexOf('.') + 1)));
// Runs several times per discovered file, so it takes the extension from the path without
// slicing out the name first.
function fileKindOf(path) {
    const slash = path.lastIndexOf('/');
    const dot = path.lastIndexOf('.');
    // No dot in the name, or only a leading one (`.py`, a dot-file).
    if (dot <= slash + 1)
        return undefined;
    const extension = path.slice(dot + 1);
    if (NAME_EXTENSIONS.has(extension)) {
        const byName = NAMES.get(path.slice(slash + 1));
        if (byName)
            return byName;
    }
    if (path.endsWith('.d.ts'))
        return undefined;
    return EXTENSIONS.get(extension) ?? EXTENSIONS.get(extension.toLowerCase());
}
/** The covered stack of a file's language (a .py file's Python), if it is a code file of one. */
function coveredStackOfFile(path) {
    const kind = fileKindOf(path);
    return kind ? coveredStackOfLanguage(kind.language) : undefined;
}
/** The stack that a language belongs to, for the two stacks the guidance covers. */
function coveredStackOfLanguage(language) {
    switch (language) {
        case 'JavaScript':
        case 'TypeScript':
        case 'Vue':
        case 'Svelte':
        case 'Astro':
            return 'node';
        case 'Python':
        case 'Jupyter Notebook':
            return 'python';
        default:
            return undefined;
    }
}
/** Manifests of stacks the guidance does not cover; their directory becomes a component. */
function otherStackManifest(name) {
    switch (name) {
        // go.work: a Go workspace's root (dokku's, over its plugins' modules), as a .sln is .NET's.
        case 'go.mod':
        case 'go.work':
            return 'Go';
        case 'Cargo.toml':
            return 'Rust';
        case 'Gemfile':
            return 'Ruby';
        case 'pom.xml':
        case 'build.gradle':
        case 'build.gradle.kts':
            return 'Java';
        case 'composer.json':
            return 'PHP';
        case 'mix.exs':
            return 'Elixir';
        case 'Package.swift':
            return 'Swift';
        case 'pubspec.yaml':
            return 'Dart';
        // A Hugo site (see components.ts' hugoSites for its older config.toml).
        case 'hugo.toml':
        case 'hugo.yaml':
        case 'hugo.json':
            return 'Hugo';
    }
    if (name.endsWith('.csproj') || name.endsWith('.fsproj'))
        return 'C#';
    // A Visual Studio solution: the root of a .NET repository, its projects in folders below.
    if (name.endsWith('.sln') || name.endsWith('.slnx'))
        return '.NET';
    // LuaRocks' package spec (APISIX, Kong): `name-version.rockspec`.
    if (name.endsWith('.rockspec'))
        return 'Lua';
    return undefined;
}

// EXTERNAL MODULE: ./src/analysis/signals.ts
var analysis_signals = __webpack_require__(7887);
;// CONCATENATED MODULE: ./src/analysis/components.ts
// Splits a repository into components: one per package or service, nested correctly.




const PYTHON_MANIFESTS = new Set([
    'requirements.txt',
    'pyproject.toml',
    'Pipfile',
    'setup.cfg',
    'setup.py',
    'environment.yml',
]);
// Directories of test data: their manifests are not parts of the product, and another language's
// files in them are inputs to tests, not a project in that stack (see detectStack).
const FIXTURE_DIR = /(^|\/)(fixtures?|__fixtures__|testdata|test[-_]data|__mocks__)(\/|$)/;
// Build and lint configuration: tooling, not the component's own code. (A setup.py that is a
// packaging script is a manifest; one that is not is a module like any other.)
const TOOLING_FILE = /^(\.?[\w-]+rc\.[cm]?[jt]s|[\w.-]+\.config\.[cm]?[jt]s|(?:webpack|rollup|vite|babel|karma|jest|postcss|esbuild)\.[\w.-]+\.[cm]?[jt]s|gruntfile\.js|gulpfile\.[cm]?js|noxfile\.py|conftest\.py|fabfile\.py)$/i;
/**
 * A package.json that declares nothing (no name, dependencies, scripts or workspaces), such as the
 * `{"type": "module"}` files build output and test folders carry: it marks a module format, not a package.
 */
function isMarkerOnly(manifest) {
    return (manifest.kind === 'package.json' &&
        !manifest.name &&
        manifest.dependencies.length === 0 &&
        Object.keys(manifest.scripts ?? {}).length === 0 &&
        (manifest.workspaces?.length ?? 0) === 0);
}
// Packages and script tools that build a Rust crate into a Node.js addon or a Python extension.
const RUST_BINDING_PACKAGES = new Set([
    '@napi-rs/cli',
    'napi-rs',
    'neon-cli',
    '@neon-rs/cli',
    'cargo-cp-artifact',
    'wasm-pack',
    'maturin',
    'setuptools-rust',
]);
/** Whether the component's manifests say it builds compiled code (and so owns crates below it). */
function declaresNativeBuild(draft) {
    return draft.manifests.some((m) => (m.native?.length ?? 0) > 0 ||
        (!m.shipsBinary &&
            m.dependencies.some((d) => RUST_BINDING_PACKAGES.has(d.name.toLowerCase()))));
}
/**
 * A crate right beside a package.json that is a package (napi-rs: a `name`, `main` and a
 * Cargo.toml) is its compiled code; beside a package.json of development tools only (Biome's
 * workspace root running cargo), one that names no package (mdBook's, installing eslint for its
 * front-end scripts) or one with no entry point for others to load (crates.io's private root
 * package.json, which lints and end-to-end tests the site of its Rust server) it is a Rust project.
 * So it is beside a Tauri plug-in's package.json, the bindings a Tauri app's web view calls the
 * crate through (tauri-plugin-blec's guest-js/). A Python project builds its crate only through a
 * build backend (`declaresNativeBuild`).
 */
function buildsBeside(host, dir) {
    return (host.path === dir &&
        host.manifests.some((m) => m.kind === 'package.json' &&
            m.name !== undefined &&
            m.entryPoint === true &&
            !isToolingOnly(m) &&
            !shipsPrebuiltBinary(m) &&
            !m.dependencies.some((d) => d.name === TAURI_GUEST_API)));
}
const TAURI_GUEST_API = '@tauri-apps/api';
/**
 * A package.json whose only dependencies at install are prebuilt programs for each platform
 * (jscpd's Rust port: `jscpd-linux-x64-gnu`, `jscpd-darwin-arm64`… as optional dependencies) and a
 * launcher script: npm delivers a compiled program, like a wheel that carries one (`shipsBinary`).
 * Not a native addon that builds its own binding (a napi-rs package lists its platform builds the
 * same way, but declares the build).
 */
function shipsPrebuiltBinary(m) {
    if (m.kind !== 'package.json' || (m.native?.length ?? 0) > 0)
        return false;
    const installed = m.dependencies.filter((d) => d.scope === 'runtime' || d.scope === 'optional');
    return (installed.length > 0 &&
        installed.every((d) => d.scope === 'optional' && PLATFORM_PACKAGE.test(d.name)));
}
const PLATFORM_PACKAGE = /[-/](?:linux|darwin|win32|windows|freebsd|android|openbsd|sunos)-(?:x64|arm64|ia32|arm|x86_64|aarch64|ppc64|s390x|riscv64|loong64|universal)(?:-[\w]+)*$/;
/**
 * A script in a static/ folder of a Python project (no package.json beside its project file) is
 * a page asset its server hands to browsers: what it does (a WebRTC call in docker-wyze-bridge's
 * static/webrtc.js, a socket client) is the browser's work, told as that of the code around it
 * (tests, examples) is, not the server's. (The stack detection counts a Python project's static/
 * scripts as assets even beside a package.json that bundles them.) `language` is the language the
 * file is scanned as, which the caller already knows.
 */
function isServedAsset(draft, path, language) {
    return (language === 'javascript' &&
        draft.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind)) &&
        !draft.manifests.some((m) => m.kind === 'package.json') &&
        STATIC_DIR.test((0,file_source/* pathBelow */.Br)(path, draft.path)));
}
/**
 * Whether a file of the component is outside its runtime code: tests, scripts, examples and the
 * like (`isAuxiliaryPath`), or any loose code of a collection root.
 */
function isAuxiliaryFileOf(draft, path) {
    return (draft.collectionRoot === true ||
        ((0,analysis_signals/* isAuxiliaryPath */.WU)(path, draft.path) && !inOwnScripts(draft, path)) ||
        // Scripts beside the package a project is named after are its maintainers' (dateutil's
        // updatezinfo.py, python-rsa's create_timing_table.py): the package is what it ships. Its
        // setup.py builds that package, and an app.py or a server.py serves it (presidio's Flask API).
        (draft.packageDir !== undefined &&
            path.endsWith('.py') &&
            (0,file_source/* dirnameOf */.az)(path) === draft.path &&
            !PACKAGE_RUNNER.test((0,file_source/* basenameOf */.Sv)(path))) ||
        // A Hugo site's content/ holds its pages: code there is shown on them (scipy.org's
        // getting-started example), not run.
        (draft.otherManifests?.some((m) => m.stack === 'Hugo' && path.startsWith(`${(0,file_source/* joinRepoPath */.Kp)((0,file_source/* dirnameOf */.az)(m.file), 'content')}/`)) ??
            false) ||
        (path.endsWith('.ipynb') &&
            ((draft.packageDir !== undefined && !path.startsWith(`${draft.packageDir}/`)) ||
                // A test suite's notebooks are the documents it opens in the browser it drives (a
                // Jupyter extension's ui-tests under Playwright): inputs, not its own work.
                (draft.path !== '' && (0,analysis_signals/* isTestPath */.MQ)(`${draft.path}/`)))));
}
/** Scripts beside a Python package that build it or run it as a program or a service. */
const PACKAGE_RUNNER = /^(?:setup|app|main|server|serve|run|wsgi|asgi|manage|api|bot|__main__)\.py$/;
/**
 * The directory of the Python package a component's project is named after (`name/` or
 * `src/name/`, holding an `__init__.py`), if any.
 */
function pythonPackageDirOf(draft) {
    const names = new Set();
    for (const m of draft.manifests) {
        if (!m.name || !PYTHON_MANIFESTS.has(m.kind))
            continue;
        const name = (0,assemble/* normalizePypiName */.Ty)(m.name).replace(/-/g, '_');
        names.add(name);
        // The usual prefixes of a distribution's name: python-dateutil installs dateutil, pyserial
        // serial.
        const bare = name.replace(/^python_|_python$/, '');
        names.add(bare.startsWith('py') && bare.length > 4 ? bare.slice(2) : bare);
    }
    if (names.size === 0)
        return undefined;
    const prefix = draft.path === '' ? '' : `${draft.path}/`;
    for (const path of draft.files) {
        if (!path.endsWith('/__init__.py') || !path.startsWith(prefix))
            continue;
        const dir = path.slice(prefix.length, -'/__init__.py'.length);
        const top = dir.startsWith('src/') ? dir.slice(4) : dir;
        if (!top.includes('/') && names.has(top.toLowerCase()))
            return prefix + dir;
    }
    return undefined;
}
/** A package.json with development dependencies alone: no runtime one, no entry point, no workspaces. */
function isToolingOnly(m) {
    return m.dependencies.length > 0 && runsNothing(m);
}
/** A manifest with no runtime dependency, no entry point and no workspaces: nothing of it runs. */
function runsNothing(m) {
    return (!m.entryPoint &&
        (m.workspaces?.length ?? 0) === 0 &&
        m.dependencies.every((d) => d.scope !== 'runtime'));
}
function isToolingFile(path) {
    return TOOLING_FILE.test((0,file_source/* basenameOf */.Sv)(path));
}
// Folders whose packages support the product rather than being part of it.
const SUPPORTING_DIR = /(^|\/)(tests?|doctests?|__tests__|specs?|fixtures?|__fixtures__|testdata|test-data|mocks?|__mocks__|e2e|[a-z\d]+[-_]tests?|docs?|documentation|website|examples?|samples?|demos?|playgrounds?|storybook|benchmarks?|bench|benches|scripts?|hack)(\/|$)/i;
// npm generators of documentation sites: a package built on one is the docs, wherever it sits.
// The Python ones (PYTHON_DOCS_GENERATORS) are weighed against the project's own code (isDocsSite).
const DOCS_SITE_PACKAGES = new Set([
    '@docusaurus/core',
    'vitepress',
    'vuepress',
    '@vuepress/core',
    'docsify',
    'docsify-cli',
    'nextra',
    'nextra-theme-docs',
    '@astrojs/starlight',
]);
// Frameworks that build a whole site from the package's own pages, used as build tools.
const SITE_BUILDERS = new Set([
    ...DOCS_SITE_PACKAGES,
    'astro',
    'gatsby',
    'next',
    'nuxt',
    '@11ty/eleventy',
]);
/**
 * The npm documentation generator a manifest runs (Docusaurus, VitePress…), if any. Runtime only:
 * a library often keeps its docs generator among its development dependencies.
 */
function docsGeneratorOf(m) {
    return m.dependencies.find((d) => d.scope === 'runtime' &&
        d.ecosystem === 'npm' &&
        DOCS_SITE_PACKAGES.has(d.name.toLowerCase()));
}
/** A package.json that runs a documentation generator: the site, whatever name it takes. */
function isDocsSitePackage(m) {
    return m.kind === 'package.json' && docsGeneratorOf(m) !== undefined;
}
/**
 * A package.json that builds a site (a docs generator or site framework, in any dependency scope,
 * and a build script): its pages are its code, even when every package is a development one
 * (biomejs/website's Astro site beside a codegen crate).
 */
function buildsSite(m) {
    return (m.kind === 'package.json' &&
        m.scripts?.build !== undefined &&
        m.dependencies.some((d) => SITE_BUILDERS.has(d.name.toLowerCase())));
}
/**
 * Why a component is a supporting package (tests, fixtures, examples, documentation sites,
 * playgrounds), or undefined for a part of the product.
 */
function supportingRole(path, manifests) {
    const folder = SUPPORTING_DIR.exec(path)?.[2];
    if (folder)
        return `under ${folder}/`;
    // A Python project's Sphinx or MkDocs is weighed against its own code by isDocsSite: PyWebIO's
    // requirements.txt installs Sphinx beside the package it documents.
    for (const m of manifests) {
        const site = docsGeneratorOf(m);
        // Not a package whose scripts build the site from a folder of its own (dozzle's `vitepress
        // build docs` beside the app it documents): that folder is the site.
        if (site && !Object.values(m.scripts ?? {}).some((s) => SITE_IN_FOLDER.test(s)))
            return `a documentation site (${site.name})`;
    }
    return undefined;
}
const SITE_IN_FOLDER = /\b(?:vitepress|vuepress|docusaurus|docsify)\s+(?:build|dev|serve|start)\s+(?:\.\/)?[A-Za-z_]/;
/**
 * A requirements file that installs for the project above it, which it belongs to:
 * - one in a `docker/` folder with no code of its own installs what the image built there runs, the
 *   code above it (decluttarr's docker/requirements.txt, beside the Dockerfile that copies the
 *   repository's main.py and src/);
 * - one inside the Python package holding most of the code of a folder that has a Python project
 *   file or a Dockerfile of its own: the package is that project's code (claude-quickstarts'
 *   computer-use-demo/computer_use_demo/, installed by the Dockerfile above it; yeti's src/, run by
 *   the root's Dockerfiles). A package beside as much code again (DiffDock's app/, a Gradio app
 *   beside the model's scripts) is a project of its own.
 */
function installsForParent(manifest, files, hasFile, manifests) {
    const dir = (0,file_source/* dirnameOf */.az)(manifest.file);
    if (manifest.kind !== 'requirements.txt' || dir === '')
        return false;
    if ((0,file_source/* basenameOf */.Sv)(dir) === 'docker')
        return !files.some((file) => (0,file_source/* dirnameOf */.az)(file) === dir && fileKindOf(file) !== undefined);
    const parent = (0,file_source/* dirnameOf */.az)(dir);
    // Not the project's tests or docs (a package named for a demo, computer_use_demo, is the demo).
    const checks = (path) => CHECKS_THE_PACKAGE.test((0,file_source/* pathBelow */.Br)(path, parent));
    if (checks(dir) || !hasFile(`${dir}/__init__.py`))
        return false;
    const projectAbove = manifests.some((m) => componentDirOf(m) === parent && (m.kind === 'Dockerfile' || PYTHON_MANIFESTS.has(m.kind)));
    if (!projectAbove)
        return false;
    const above = parent === '' ? '' : `${parent}/`;
    const code = files.filter((f) => f.startsWith(above) && coveredStackOfFile(f) !== undefined && !checks(f));
    // The package holds 80% of that code, as mostlyInOnePackage asks of a product's package.
    return dominantEntry(parent, code) === (0,file_source/* basenameOf */.Sv)(dir);
}
/**
 * A Python project file kept in a Django app's folder (its `apps.py`) right below the project's
 * `manage.py` belongs to that project: the app is one part of the site, run by its manage.py
 * (BoardGames' Pipfile in src/Site/chess/, the chess app of the site in src/Site/).
 */
function inDjangoApp(dir, hasFile) {
    if (dir === '')
        return false;
    const parent = (0,file_source/* dirnameOf */.az)(dir);
    return hasFile(`${dir}/apps.py`) && hasFile((0,file_source/* joinRepoPath */.Kp)(parent, 'manage.py'));
}
/** Where a manifest puts its component: its directory, or the parent of a `requirements/` folder. */
function componentDirOf(manifest) {
    const dir = (0,file_source/* dirnameOf */.az)(manifest.file);
    if (manifest.kind === 'requirements.txt' && (0,file_source/* basenameOf */.Sv)(dir) === 'requirements') {
        return (0,file_source/* dirnameOf */.az)(dir);
    }
    return dir;
}
function nameOf(path, manifests, repoName) {
    return manifests.find((m) => m.name)?.name ?? (path === '' ? repoName : (0,file_source/* basenameOf */.Sv)(path));
}
function isOrchestratingRoot(draft, hasPnpmWorkspace) {
    const pkg = draft.manifests.find((m) => m.kind === 'package.json');
    if (!pkg)
        return false;
    const declaresWorkspaces = (pkg.workspaces?.length ?? 0) > 0 || hasPnpmWorkspace;
    if (!declaresWorkspaces)
        return false;
    const runtime = draft.manifests.some((m) => m.dependencies.some((d) => d.scope === 'runtime'));
    const ownCode = draft.files.some((path) => !isToolingFile(path));
    return !runtime && !ownCode && draft.otherManifests.length === 0;
}
// Linters, formatters, type checkers and test runners: a requirements.txt of nothing else (the
// root of realpython/materials pins ruff) sets up development, it runs nothing.
const PYTHON_DEV_TOOLS = new Set([
    'ruff',
    'black',
    'flake8',
    'pylint',
    'mypy',
    'isort',
    'autopep8',
    'yapf',
    'pyright',
    'bandit',
    'codespell',
    'pre-commit',
    'pytest',
    'tox',
    'nox',
    'coverage',
    'pip',
    'pip-tools',
    'setuptools',
    'wheel',
    'build',
    'twine',
]);
// Static-site generators for documentation. A folder that installs one and is no named project
// (python/devguide, python/peps: reStructuredText built with Sphinx) is a documentation site.
const PYTHON_DOCS_GENERATORS = new Set(['sphinx', 'mkdocs', 'mkdocs-material', 'jupyter-book']);
/** A static-site generator for documentation (Sphinx, MkDocs, Jupyter Book). */
function isDocsGenerator(dep) {
    return dep.ecosystem === 'pypi' && PYTHON_DOCS_GENERATORS.has((0,assemble/* normalizePypiName */.Ty)(dep.name));
}
/** A documentation site built with a Python generator: its helper scripts are not its work. */
function isDocsSite(draft) {
    if (draft.sphinxSite)
        return true;
    const python = draft.manifests.filter((m) => PYTHON_MANIFESTS.has(m.kind));
    if (python.length === 0)
        return false;
    if (draft.manifests.some((m) => m.kind === 'package.json' && !isToolingOnly(m)))
        return false;
    const runtime = python.flatMap((m) => m.dependencies.filter((d) => d.scope === 'runtime').map((d) => (0,assemble/* normalizePypiName */.Ty)(d.name)));
    if (!runtime.some((name) => PYTHON_DOCS_GENERATORS.has(name)))
        return false;
    // A named project is a package, unless all it installs is documentation tooling: a Sphinx or
    // MkDocs extension (ros2_documentation's root setup.py packages sphinx-multiversion).
    const docs = runtime.filter((name) => isDocsTooling(name) || PYTHON_DEV_TOOLS.has(name));
    // Or one with no code of its own beyond the site's build (conf.py, _ext/ extensions, scripts):
    // pyOpenSci's packaging guide installs plotly to draw a chart on one of its pages. Not a Jupyter
    // Book, whose pages are notebooks run when it is built (QuantEcon's MyST lectures).
    if (python.some((m) => m.name !== undefined))
        return (docs.length === runtime.length ||
            (!runtime.includes('jupyter-book') && !hasOwnPythonCode(draft)));
    // Most of what it installs builds pages: an ML course whose requirements add mkdocs to forty
    // training and serving packages is the course, with its docs beside it.
    return docs.length * 2 >= runtime.length;
}
/** A Sphinx site's conf.py: one with the site's index page beside it. */
function isSphinxConf(path, files) {
    if ((0,file_source/* basenameOf */.Sv)(path) !== 'conf.py')
        return false;
    const dir = (0,file_source/* dirnameOf */.az)(path);
    return (files.includes((0,file_source/* joinRepoPath */.Kp)(dir, 'index.rst')) || files.includes((0,file_source/* joinRepoPath */.Kp)(dir, 'index.md')));
}
// A Sphinx site's configuration and the extensions and scripts it builds with (`_ext/`, `_scripts/`).
const SITE_BUILD_FILE = /(^|\/)(conf\.py$|_[\w-]+\/)/;
function hasOwnPythonCode(draft) {
    return draft.files.some((file) => {
        if (!file.endsWith('.py') && !file.endsWith('.ipynb'))
            return false;
        const relative = (0,file_source/* pathBelow */.Br)(file, draft.path);
        return (!(0,analysis_signals/* isAuxiliaryPath */.WU)(file, draft.path) && !SITE_BUILD_FILE.test(relative) && !isToolingFile(file));
    });
}
// The generators, their plugins and themes, and the markup they read.
function isDocsTooling(name) {
    return (PYTHON_DOCS_GENERATORS.has(name) ||
        /^(sphinx|sphinxcontrib|mkdocs|mkdocstrings|myst|jupyter-book|furo|pydata-sphinx|docutils|pygments|pagefind|mike|griffe|numpydoc|nbsphinx|recommonmark|breathe|ablog|rstcheck|doc8|antsibull)(-|$)|-theme$/.test(name));
}
function isPythonDevTool(dep) {
    return dep.ecosystem === 'pypi' && PYTHON_DEV_TOOLS.has((0,assemble/* normalizePypiName */.Ty)(dep.name));
}
/**
 * A Python project file that installs only documentation and development tools (conductor's root
 * requirements.txt of mkdocs and its theme, beside the Gradle build of its Java server): it builds
 * the docs or checks the code, it runs nothing of its own.
 */
function installsOnlyTooling(m) {
    const runtime = m.dependencies.filter((d) => d.scope === 'runtime');
    return (m.name === undefined &&
        runtime.length > 0 &&
        runtime.every((d) => isPythonDevTool(d) || isDocsTooling((0,assemble/* normalizePypiName */.Ty)(d.name))));
}
/** Whether a file sits in the `scripts/` folder that is the component's code, and is no test there. */
function inOwnScripts(draft, path) {
    if (!draft.scriptsAreCode)
        return false;
    const scripts = (0,file_source/* joinRepoPath */.Kp)(draft.path, 'scripts');
    return path.startsWith(`${scripts}/`) && !(0,analysis_signals/* isAuxiliaryPath */.WU)(path, scripts);
}
/**
 * A component whose `scripts/` folder holds at least SCRIPTS_AS_CODE files of code and
 * SCRIPTS_LEAD times as many as the rest of its own code runs those scripts: a workflow's steps
 * (pypsa-eur's Snakemake rules call its scripts/), not its maintainers' tools beside a package.
 */
const SCRIPTS_AS_CODE = 10;
const SCRIPTS_LEAD = 10;
function scriptsAreCode(draft) {
    const scripts = `${(0,file_source/* joinRepoPath */.Kp)(draft.path, 'scripts')}/`;
    const code = (path) => coveredStackOfFile(path) !== undefined;
    const inScripts = draft.files.filter((path) => path.startsWith(scripts) && code(path)).length;
    // Most components have no such folder: the rest of their code is not read for it.
    if (inScripts < SCRIPTS_AS_CODE)
        return false;
    let elsewhere = 0;
    for (const path of draft.files) {
        if (path.startsWith(scripts) || !code(path) || (0,analysis_signals/* isAuxiliaryPath */.WU)(path, draft.path))
            continue;
        if (++elsewhere * SCRIPTS_LEAD > inScripts)
            return false;
    }
    return true;
}
/** A package.json or a Python project file: a manifest that makes a component. */
function isProjectManifest(m) {
    return m.kind === 'package.json' || PYTHON_MANIFESTS.has(m.kind);
}
/** Files of code no project claims that make a root beside projects (a notebook counts for this many). */
const MIN_STRAY_FILES = 3;
/** A collection's root holds a few loose samples at most; this many files of code are a product. */
const COLLECTION_MAX_OWN_FILES = 50;
/**
 * A Hugo site's configuration under its older name (`config.toml`, `config.yaml`), beside the
 * `layouts/` and `content/` folders Hugo builds the site from (kubeflow's website): a site built by
 * a Go program, like one configured in `hugo.toml`. Returns 'Hugo' for one. The folders are looked
 * up once per repository, and only when a file has such a name.
 */
function hugoSites(files) {
    let siteDirs;
    return (file) => {
        if (!HUGO_CONFIG.test((0,file_source/* basenameOf */.Sv)(file)))
            return undefined;
        siteDirs ??= foldersHolding(files, 'layouts', 'content');
        return siteDirs.has((0,file_source/* dirnameOf */.az)(file)) ? 'Hugo' : undefined;
    };
}
const HUGO_CONFIG = /^config\.(?:toml|ya?ml)$/;
/** The directories that hold a folder of each of the given names. */
function foldersHolding(files, ...names) {
    const seen = new Map();
    for (const file of files) {
        for (const name of names) {
            const inside = file.indexOf(`/${name}/`);
            const dir = file.startsWith(`${name}/`) ? '' : inside < 0 ? undefined : file.slice(0, inside);
            if (dir === undefined)
                continue;
            let found = seen.get(dir);
            if (!found)
                seen.set(dir, (found = new Set()));
            found.add(name);
        }
    }
    return new Set([...seen].filter(([, found]) => found.size === names.length).map(([dir]) => dir));
}
/** Shell programs that make a repository with no project a shell project, at least. */
const MIN_SHELL_PROGRAMS = 2;
/** Shell scripts, and executables without an extension in a bin/ or libexec/ folder (programs by convention). */
const SHELL_PROGRAM = /\.(?:sh|bash|bats|zsh|fish|ksh)$|(?:^|\/)(?:bin|libexec)\/[^./]+$/;
/** Fewer stray files of code than this, spread over several folders, are loose files, no project. */
const LOOSE_FILES = 10;
/**
 * The entry right below `path` (a folder, or '' for files directly in it) holding at least `share`
 * of the files (80% unless told), if one does.
 */
function dominantEntry(path, files, share = 0.8) {
    const prefix = path === '' ? '' : `${path}/`;
    const counts = new Map();
    for (const file of files) {
        const slash = file.indexOf('/', prefix.length);
        const entry = slash < 0 ? '' : file.slice(prefix.length, slash);
        counts.set(entry, (counts.get(entry) ?? 0) + 1);
    }
    for (const [entry, count] of counts)
        if (count >= files.length * share)
            return entry;
    return undefined;
}
/**
 * Whether most of the files sit in one package right below `path`: a Python package (its
 * `__init__.py`) or a src/, lib/ or app/ folder, as a product keeps its code; not an archive of
 * old samples (chrome-extensions-samples' _archive/).
 */
function mostlyInOnePackage(path, files) {
    // A src/, lib/ or app/ folder with half the code is the product's (pdf.js' src/ beside its web/
    // viewer); a folder of any other name must hold most of it and be a Python package.
    const source = dominantEntry(path, files, OWN_SOURCE_SHARE);
    if (source !== undefined && /^(src|lib|app)$/.test(source))
        return true;
    const folder = dominantEntry(path, files);
    const prefix = path === '' ? '' : `${path}/`;
    return folder !== undefined && files.includes(`${prefix}${folder}/__init__.py`);
}
const OWN_SOURCE_SHARE = 0.5;
/**
 * A folder over several packages whose own manifest runs nothing: it declares no runtime
 * dependency and no entry point (`main`, `exports`, `bin`; a named Python project is a package), and
 * no Dockerfile or Procfile runs it.
 * A sample collection's or a monorepo's root package.json holding the linters is one; a library
 * with no dependencies is not (it declares its entry point).
 */
function isCollectionRoot(draft, drafts) {
    if (draft.otherManifests.length > 0)
        return false;
    // A Dockerfile, Procfile or server configuration beside the manifest runs the folder; one in a
    // sample below it runs the sample.
    const runsHere = (m) => isHint(m) && (0,file_source/* dirnameOf */.az)(m.file) === draft.path;
    if (draft.manifests.some(runsHere))
        return false;
    const prefix = draft.path === '' ? '' : `${draft.path}/`;
    // Projects below it, counted as far as the tests below need. Its own tests' and docs' projects
    // are no samples (pyscript's tests/ and docs/ beside its Home Assistant integration).
    let nested = 0;
    let samples = 0;
    for (const other of drafts) {
        if (other.path === draft.path || !other.path.startsWith(prefix))
            continue;
        nested++;
        if (!CHECKS_THE_PACKAGE.test(other.path.slice(prefix.length)))
            samples++;
        if (nested >= GRAB_BAG_PROJECTS && samples >= 2)
            break;
    }
    if (nested >= GRAB_BAG_PROJECTS && isGrabBag(draft, prefix))
        return true;
    const own = draft.manifests.filter(isProjectManifest);
    // A course's root over its exercises keeps a notebook or a helper of its own at most
    // (nodejs-in-action: 835 projects under chapter folders, one loose notebook).
    if (own.length === 0)
        return nested >= GRAB_BAG_PROJECTS && samples >= 2 && isCourseRoot(draft);
    const runs = (m) => m.entryPoint ||
        (m.kind !== 'package.json' && m.name !== undefined) ||
        m.dependencies.some((d) => d.scope === 'runtime' && !isPythonDevTool(d));
    if (own.some(runs))
        return false;
    // A package that builds compiled code is one (tokenizers' napi-rs binding, whose npm/ folder
    // holds a package per platform for its prebuilt binaries).
    if (declaresNativeBuild(draft) || draft.nativeCrates.length > 0)
        return false;
    if (samples < 2)
        return false;
    // Frigate's root pyproject.toml only configures ruff, beside the docker/ and web/ packages: the
    // hundreds of modules of its own frigate/ package are the product, not loose samples.
    const ownCode = draft.files.filter((path) => coveredStackOfFile(path) !== undefined && !(0,analysis_signals/* isAuxiliaryPath */.WU)(path));
    return ownCode.length < COLLECTION_MAX_OWN_FILES || !mostlyInOnePackage(draft.path, ownCode);
}
/** Files of code a root with no project file keeps, at most, to be the collection of the projects below it. */
const COURSE_ROOT_FILES = 5;
/**
 * A root with no project file and COURSE_ROOT_FILES files of code at most: below many projects
 * (isCollectionRoot), their collection, whose few loose files say nothing of its stack.
 */
function isCourseRoot(draft) {
    if (draft.manifests.some(isProjectManifest))
        return false;
    let code = 0;
    for (const path of draft.files)
        if (coveredStackOfFile(path) !== undefined && ++code > COURSE_ROOT_FILES)
            return false;
    return true;
}
/** The folders of a package's own tests, documentation and benchmarks. */
const CHECKS_THE_PACKAGE = /^(?:tests?|doctests?|__tests__|specs?|e2e|[a-z\d]+[-_]tests?|docs?|documentation|benchmarks?|bench|benches)(?:\/|$)/i;
/**
 * A grab-bag of scripts: a folder over at least GRAB_BAG_PROJECTS projects of its own (counted by
 * isCollectionRoot) whose loose code is spread over at least GRAB_BAG_FOLDERS folders
 * (Amazing-Python-Scripts' 500 script folders, geekcomputers/Python's), or over as many subfolders
 * of one projects/, scripts/, examples/... folder (python-mini-projects). Whatever its shared
 * requirements file installs, no one workload is the folder's: its scripts are samples, listed and
 * not judged. A product keeps its code in a few folders; a notebook course's chapters are fewer
 * and have no projects of their own.
 */
const GRAB_BAG_PROJECTS = 20;
const GRAB_BAG_FOLDERS = 30;
/** The fewest projects below a collection's root that can name what it is about. */
const COLLECTION_PROJECTS = 3;
function isGrabBag(draft, prefix) {
    const folders = new Set();
    // The same one level down, per top folder (python-mini-projects' projects/<name>/ scripts).
    const below = new Map();
    for (const path of draft.files) {
        if (!coveredStackOfFile(path))
            continue;
        const slash = path.indexOf('/', prefix.length);
        if (slash < 0)
            continue;
        const top = path.slice(prefix.length, slash);
        folders.add(top);
        const next = path.indexOf('/', slash + 1);
        if (next < 0 || !SAMPLES_PARENT.test(top))
            continue;
        let set = below.get(top);
        if (!set)
            below.set(top, (set = new Set()));
        set.add(path.slice(slash + 1, next));
    }
    return (folders.size >= GRAB_BAG_FOLDERS ||
        [...below.values()].some((set) => set.size >= GRAB_BAG_FOLDERS));
}
// Folders that hold one sample or script per subfolder in a grab-bag, or a year's worth of them
// (ArjanCodes/examples' 2022/ to 2026/, a channel's videos).
const SAMPLES_PARENT = /^(?:projects|scripts|examples|samples|snippets|programs|apps|mini[-_]?projects|(?:19|20)\d\d)$/i;
/**
 * Builds components from the discovered files and parsed manifests. Each source file belongs to
 * its nearest enclosing component; stray files at the top become a root component when there is
 * no other component or when there are enough of them to be a project of their own.
 */
function buildComponents(files, manifests, overrides = [], repoName = 'repository') {
    const drafts = new Map();
    const draftAt = (path) => {
        let draft = drafts.get(path);
        if (!draft) {
            draft = { path, name: '', manifests: [], otherManifests: [], nativeCrates: [], files: [] };
            drafts.set(path, draft);
        }
        return draft;
    };
    // Requirement files a pyproject reads its dependencies from (fiduswriter/requirements.txt for the
    // root project) are that project's, wherever they sit, and so is the folder keeping them: its
    // other requirement files (dev-, test-requirements.txt) and the code below it.
    const projectOfDir = new Map();
    for (const m of manifests) {
        if (m.kind !== 'pyproject.toml')
            continue;
        const project = componentDirOf(m);
        for (const file of m.dependencyFiles ?? []) {
            const dir = componentDirOf({ file, kind: 'requirements.txt' });
            if (dir !== project && !projectOfDir.has(dir))
                projectOfDir.set(dir, project);
        }
    }
    // So is the folder a named project builds its packages from (feast's root pyproject finds them
    // in sdk/python), with the tool settings kept there, unless a project of its own is declared in
    // it. Requirement files there pin what the project's own file declares (feast's per-Python
    // locks, sdist build tools among them): the declaration is the project's, the pins are left out.
    const packageRoots = new Set();
    for (const m of manifests) {
        if (m.kind !== 'pyproject.toml' || !m.name)
            continue;
        const project = componentDirOf(m);
        for (const root of m.packageRoots ?? []) {
            if (projectOfDir.has(root))
                continue;
            const own = manifests.some((o) => componentDirOf(o) === root && (o.name !== undefined || o.kind === 'package.json'));
            if (own)
                continue;
            projectOfDir.set(root, project);
            packageRoots.add(root);
        }
    }
    let fileSet;
    const hasFile = (path) => (fileSet ??= new Set(files)).has(path);
    const pnpmWorkspaceDirs = new Set();
    for (const manifest of manifests) {
        if (FIXTURE_DIR.test(manifest.file))
            continue;
        if (manifest.kind === 'pnpm-workspace.yaml') {
            pnpmWorkspaceDirs.add((0,file_source/* dirnameOf */.az)(manifest.file));
            continue;
        }
        if (isHint(manifest))
            continue;
        if (isMarkerOnly(manifest))
            continue;
        if (isProjectManifest(manifest)) {
            const dir = componentDirOf(manifest);
            if (manifest.kind === 'requirements.txt' && packageRoots.has(dir))
                continue;
            const project = manifest.kind === 'package.json'
                ? undefined
                : (projectOfDir.get(dir) ??
                    (installsForParent(manifest, files, hasFile, manifests) || inDjangoApp(dir, hasFile)
                        ? (0,file_source/* dirnameOf */.az)(dir)
                        : undefined));
            draftAt(project ?? dir).manifests.push(manifest);
        }
    }
    // Folders keeping a Node.js lockfile: a project there, even where its package.json is missing.
    // Asked only of a folder about to be split off a Python project, so found only then.
    let lockedDirs;
    const hasLockfile = (dir) => (lockedDirs ??= new Set(files.filter((file) => NODE_LOCKFILES.has((0,file_source/* basenameOf */.Sv)(file))).map(file_source/* dirnameOf */.az))).has(dir);
    // Folders with an index.html, gathered when a front end is looked for in a server's package.
    let pages;
    const pageDirs = () => (pages ??= new Set(files.filter((file) => (0,file_source/* basenameOf */.Sv)(file) === 'index.html').map(file_source/* dirnameOf */.az)));
    const hugoSite = hugoSites(files);
    for (const file of files) {
        const other = otherStackManifest((0,file_source/* basenameOf */.Sv)(file)) ?? hugoSite(file);
        if (!other || FIXTURE_DIR.test(file))
            continue;
        const dir = (0,file_source/* dirnameOf */.az)(file);
        const host = other === 'Rust' ? nearest(drafts, dir) : undefined;
        if (host &&
            host.manifests.length > 0 &&
            (declaresNativeBuild(host) || buildsBeside(host, dir))) {
            host.nativeCrates.push(file);
            continue;
        }
        draftAt(dir).otherManifests.push({ file, stack: other });
    }
    for (const override of overrides) {
        const draft = draftAt(override.path);
        if (override.stack)
            draft.forcedStack = override.stack;
        if (override.supporting !== undefined)
            draft.forcedSupporting = override.supporting;
    }
    const hints = manifests.filter(isHint);
    const stray = [];
    const strayShell = [];
    for (const file of files) {
        const code = fileKindOf(file) !== undefined;
        if (!code && !SHELL_PROGRAM.test(file))
            continue;
        const owner = nearest(drafts, (0,file_source/* dirnameOf */.az)(file));
        if (!code) {
            if (owner)
                owner.shellScript ??= file;
            else if (!(0,analysis_signals/* isAuxiliaryPath */.WU)(file))
                strayShell.push(file);
        }
        else if (owner)
            owner.files.push(file);
        else
            stray.push(file);
    }
    // A Terraform module's .tf files are a root component where nothing else is one (terraform-aws-vpc);
    // beside projects they are how those are deployed.
    const strayCode = stray.filter((path) => !isToolingFile(path) && (drafts.size === 0 || !fileKindOf(path)?.infrastructure));
    // Only scripts, tests or docs and no project (free-programming-books' one lint script): nothing to judge.
    const ownStrayCode = strayCode.filter((path) => !(0,analysis_signals/* isAuxiliaryPath */.WU)(path));
    const ownStray = ownStrayCode.length > 0;
    // Nothing but shell programs and configuration (holman's dotfiles): a shell project at the root.
    // One is enough when the root's action.yml runs it (s3-sync-action's Docker action, whose
    // entrypoint.sh is all its code; python-lint's beside the sample its tests lint).
    const actionAtRoot = hints.some((m) => m.kind === 'action.yml' && (0,file_source/* dirnameOf */.az)(m.file) === '');
    const shellOnly = drafts.size === 0 && strayShell.length >= (actionAtRoot && !ownStray ? 1 : MIN_SHELL_PROGRAMS);
    // A Sphinx configuration beside its index page that no project claims: the repository's docs.
    const sphinxSite = !drafts.has('') && stray.some((path) => isSphinxConf(path, files));
    // A notebook of its own is a whole analysis, as much as three loose scripts (nmf-clustering's
    // demo notebook beside the docs/ page that plots its results).
    const ownNotebooks = ownStrayCode.filter((p) => p.endsWith('.ipynb')).length;
    // So is a Python program's entry point at the top (react-flask-example's run.py, serving the
    // React build of client/ beside it).
    const rootRunners = strayCode.filter((p) => !p.includes('/') && PACKAGE_RUNNER.test(p)).length;
    const strayWeight = strayCode.length + (MIN_STRAY_FILES - 1) * (ownNotebooks + rootRunners);
    const strayComponent = !drafts.has('') &&
        (shellOnly || sphinxSite || (ownStray && (drafts.size === 0 || strayWeight >= MIN_STRAY_FILES)));
    // Beside another project or two, code of its own that all sits in one folder is that folder's
    // (django-vue-chat's backend/ Django site, with no requirements file, beside its ui/ front ends).
    // Among more, the root keeps it: a collection's or a course's own code.
    const beside = drafts.size > 0 && drafts.size < COLLECTION_PROJECTS;
    const home = strayComponent && beside && !sphinxSite ? looseCodeHome(ownStrayCode) : '';
    if (home !== '') {
        const draft = draftAt(home);
        for (const file of stray)
            if (file.startsWith(`${home}/`))
                draft.files.push(file);
    }
    else if (strayComponent) {
        // A loop, not push(...stray): spreading a few hundred thousand arguments overflows the stack.
        const root = draftAt('');
        // Nothing of its own but the site's build (conf.py, _ext/): the docs, and nothing to judge.
        if (sphinxSite && strayCode.every((p) => (0,analysis_signals/* isAuxiliaryPath */.WU)(p) || SITE_BUILD_FILE.test(p)))
            root.sphinxSite = true;
        if (drafts.size === 1 && strayShell.length > 0) {
            root.shellScript = strayShell[0];
            root.shellPrograms = strayShell.length;
        }
        root.strayShellFiles = strayShell.length;
        for (const file of stray)
            root.files.push(file);
        if (drafts.size > 1 &&
            strayCode.length < LOOSE_FILES &&
            dominantEntry('', strayCode) === undefined)
            root.looseFiles = true;
    }
    for (const draft of [...drafts.values()]) {
        if (draft.path === '' || draft.forcedStack || draft.forcedSupporting !== undefined)
            continue;
        const host = nearest(drafts, (0,file_source/* dirnameOf */.az)(draft.path));
        // Its package.json builds the Python project's assets: neither a component nor a manifest of it.
        if (host && isPythonAssetBuild(draft, host)) {
            for (const file of draft.files)
                host.files.push(file);
            drafts.delete(draft.path);
        }
    }
    for (const draft of drafts.values()) {
        const host = draft.path === '' || draft.forcedStack ? undefined : nearest(drafts, (0,file_source/* dirnameOf */.az)(draft.path));
        if (host)
            returnPythonModules(draft, host);
    }
    for (const root of files.filter((file) => (0,file_source/* basenameOf */.Sv)(file) === 'nx.json').map(file_source/* dirnameOf */.az)) {
        const draft = drafts.get(root);
        if (!draft || draft.forcedStack)
            continue;
        for (const dir of nxApplicationDirs(draft, files))
            if (!drafts.has(dir))
                drafts.set(dir, moveFolderOut(draft, dir));
    }
    for (const draft of [...drafts.values()]) {
        if (draft.forcedStack)
            continue;
        const part = splitByStack(draft) ?? splitForeignCode(draft, hasLockfile) ?? splitFrontEnd(draft, pageDirs);
        if (part && !drafts.has(part.path))
            drafts.set(part.path, part);
    }
    // Projects and nothing at the root, not even code (node-express-course's chapters): the root is
    // a collection of them, listed as one when they name it (analyze.ts' nameCollections).
    if (!drafts.has('') && drafts.size >= COLLECTION_PROJECTS) {
        const root = draftAt('');
        root.collectionRoot = true;
        root.bare = true;
    }
    for (const hint of hints)
        nearest(drafts, (0,file_source/* dirnameOf */.az)(hint.file))?.manifests.push(hint);
    for (const draft of drafts.values())
        dropVendoredCopies(draft);
    const forced = new Set(overrides.map((o) => o.path));
    const result = [];
    for (const draft of drafts.values()) {
        if (!forced.has(draft.path) && isOrchestratingRoot(draft, pnpmWorkspaceDirs.has(draft.path))) {
            continue;
        }
        const override = overrides.find((o) => o.path === draft.path);
        draft.name = override?.name ?? nameOf(draft.path, draft.manifests, repoName);
        if (!forced.has(draft.path) && isCollectionRoot(draft, drafts.values()))
            draft.collectionRoot = true;
        draft.packageDir = pythonPackageDirOf(draft);
        if (!draft.collectionRoot && scriptsAreCode(draft))
            draft.scriptsAreCode = true;
        result.push(draft);
    }
    return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * Dockerfiles, Procfiles, WSGI servers' configurations, GitHub Actions' metadata and Home
 * Assistant integrations' manifests hint at a component but never make one. An integration in
 * custom_components/ is judged with the repository around it, as most labels have it (XiaomiGateway3,
 * localtuya, SonoffLAN): the manifest adds the requirements Home Assistant installs to its evidence.
 */
function isHint(m) {
    return (m.kind === 'Dockerfile' ||
        m.kind === 'Procfile' ||
        m.kind === 'server-config' ||
        m.kind === 'action.yml' ||
        m.kind === 'home-assistant');
}
const OWN_CODE_DIR = /^(src|lib|source)$/;
const ROOT_CODE_DIR = /^(?:dags|custom_components)$/;
const NEXT_ROUTE_DIR = /^(app|pages)$/;
/** Node.js files outside the folder holding the rest of a mixed folder's Node.js code, at most. */
const STRAY_NODE_FILES = 2;
/**
 * Folders a Python web app serves to browsers as they are: Django's static/, media/ in older apps,
 * www/ in Home Assistant integrations (AlexxIT/WebRTC's camera card) and Pando sites, assets/ in
 * themes (sphinx-immaterial's TypeScript, bundled into the Python package).
 */
const STATIC_DIR = /(^|\/)(?:static|media|www|assets)\//;
/**
 * A folder holding both a package.json and a Python project file is split where each stack's code
 * lives: the Node.js code in a folder of its own (a `client/` beside the Python package) becomes a
 * component with the package.json; or, the other way round, a Python package in a folder of its own
 * beside the Node.js code. Code of both stacks interleaved stays one component, judged as mixed.
 * Moves the files and manifests of the part it returns out of `draft`.
 */
function splitByStack(draft) {
    const pkg = draft.manifests.filter((m) => m.kind === 'package.json');
    const python = draft.manifests.filter((m) => PYTHON_MANIFESTS.has(m.kind));
    if (pkg.length === 0 || python.length === 0)
        return undefined;
    // A setup.py that is the package's manifest is its packaging script, not its code.
    const manifestFiles = new Set(draft.manifests.map((m) => m.file));
    // Scripts in a static/ folder are browser assets the Python app serves, not Node.js code.
    const code = codeByStack(draft, (path, stack) => manifestFiles.has(path) || (stack === 'node' && STATIC_DIR.test(path)));
    if (code.node.length === 0 || code.python.length === 0)
        return undefined;
    const inside = (dir) => (path) => path.startsWith(`${dir}/`);
    const split = (dir, moved) => {
        const files = draft.files.filter(inside(dir));
        draft.files = draft.files.filter((path) => !inside(dir)(path));
        draft.manifests = draft.manifests.filter((m) => !moved.includes(m));
        return { path: dir, name: '', manifests: moved, otherManifests: [], nativeCrates: [], files };
    };
    // The folder right below this one that holds all of a stack's code ('client', not 'client/src'),
    // or all but `stray` files of it, when those are under a tenth.
    const topFolder = (paths, stray = 0) => {
        const first = dominantEntry(draft.path, paths, Math.max(0.9, 1 - stray / paths.length));
        if (!first)
            return undefined;
        return draft.path === '' ? first : `${draft.path}/${first}`;
    };
    // A package.json's own src/ or lib/ is where its code lives, not a client folder beside it.
    // A script or two elsewhere (treeherder's ui/ beside one statsd config in docker/) stays behind.
    const nodeDir = topFolder(code.node, STRAY_NODE_FILES);
    // So are a Next.js app's app/ and pages/, the folders its framework reads its routes from
    // (nextjs-fastapi's app/ beside the FastAPI function in api/, which is the part to split off).
    const frameworkDir = nodeDir !== undefined &&
        NEXT_ROUTE_DIR.test((0,file_source/* basenameOf */.Sv)(nodeDir)) &&
        pkg.some((m) => m.dependencies.some((d) => d.name === 'next'));
    if (nodeDir &&
        !OWN_CODE_DIR.test((0,file_source/* basenameOf */.Sv)(nodeDir)) &&
        !frameworkDir &&
        !code.python.some(inside(nodeDir)))
        return split(nodeDir, pkg);
    // Both stacks' code in the same src/, the Node.js part all in one folder of it with no Python
    // there (GGXRD-Animation-Rip-Aid's src/gui Electron window beside the src/*.py it starts,
    // litestar-vite's src/js beside src/py): that folder is the Node.js project's.
    if (nodeDir && OWN_CODE_DIR.test((0,file_source/* basenameOf */.Sv)(nodeDir)) && code.python.some(inside(nodeDir))) {
        // The folder right below src/ holding all of it (litestar-vite's src/js, not src/js/src).
        const entry = dominantEntry(nodeDir, code.node, 1);
        const guiDir = entry ? `${nodeDir}/${entry}` : undefined;
        if (guiDir && !code.python.some(inside(guiDir)))
            return split(guiDir, pkg);
    }
    // A Python package in a folder named after its project (jupyterhub/ for the jupyterhub project) or
    // in src/ is the project's own code, the standard layout, not a guest beside Node.js code. So is
    // the Python package holding a named project's code, whatever its name (nonebot/ of the nonebot2
    // project, as bs4/ of beautifulsoup4); only project files (pyproject, setup.py, setup.cfg) name one.
    const pythonDir = topFolder(code.python);
    const projectNames = new Set(python.map((m) => m.name && (0,assemble/* normalizePypiName */.Ty)(m.name)));
    const namedProjectPackage = (dir) => python.some((m) => m.name !== undefined) && draft.files.includes(`${dir}/__init__.py`);
    if (pythonDir &&
        !OWN_CODE_DIR.test((0,file_source/* basenameOf */.Sv)(pythonDir)) &&
        !projectNames.has((0,assemble/* normalizePypiName */.Ty)((0,file_source/* basenameOf */.Sv)(pythonDir))) &&
        !namedProjectPackage(pythonDir) &&
        !code.node.some(inside(pythonDir)))
        return split(pythonDir, python);
    return undefined;
}
/**
 * A component's runtime code files of each covered stack: tests, examples, tools and build
 * configuration aside, and whatever `skip` leaves out.
 */
function codeByStack(draft, skip) {
    const code = { node: [], python: [] };
    for (const path of draft.files) {
        const kind = fileKindOf(path);
        if (!kind || isToolingFile(path) || (0,analysis_signals/* isAuxiliaryPath */.WU)(path, draft.path))
            continue;
        const stack = coveredStackOfLanguage(kind.language);
        if (stack && !skip(path, stack))
            code[stack].push(path);
    }
    return code;
}
/** Files of the other stack's code a folder needs to be a component of its own without a manifest. */
const MIN_FOREIGN_FILES = 2;
const NODE_LOCKFILES = new Set(['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb']);
/**
 * A project of one stack whose other-stack code all sits in one folder of its own, with no project
 * file there, holds a second component in that folder: the Python model training beside a Node.js
 * API (ChestXRay's covidScanModel/), a Node.js worker with only its lockfile inside a Python app's
 * tree (services/node_worker/). The folder is the deepest one holding all of that code; it takes
 * its files, and leaves the project its own stack's. A Python project's scripts with no lockfile
 * beside them are the pages it serves (Fooocus' javascript/, a site's _static/), and a package.json
 * that runs nothing (the Serverless Framework's, beside a Python function) is no project of the
 * folder's; nor is another stack's site (dapr's Hugo docs) a project of either. Moves the files out
 * of `draft`.
 */
function splitForeignCode(draft, hasLockfile) {
    if (draft.otherManifests.length > 0)
        return undefined;
    const projects = draft.manifests.filter((m) => isProjectManifest(m) && !(m.kind === 'package.json' && runsNothing(m)));
    if (projects.length === 0)
        return undefined;
    const node = projects.some((m) => m.kind === 'package.json');
    if (node && projects.some((m) => PYTHON_MANIFESTS.has(m.kind)))
        return undefined;
    const own = node ? 'node' : 'python';
    // A static/ folder holds what the project serves: browser scripts, sample code to download.
    const code = codeByStack(draft, (path) => STATIC_DIR.test(path));
    const foreign = code[own === 'node' ? 'python' : 'node'];
    if (foreign.length < MIN_FOREIGN_FILES)
        return undefined;
    const dir = deepestFolderOf(foreign);
    if (dir === draft.path || !dir.startsWith(draft.path === '' ? '' : `${draft.path}/`))
        return undefined;
    if (own === 'python' && !hasLockfile(dir))
        return undefined;
    if (code[own].some((path) => path.startsWith(`${dir}/`)))
        return undefined;
    return moveFolderOut(draft, dir);
}
/**
 * The one folder below the root holding all of `own`, the loose code of its own that no project
 * claims (tests, scripts and docs aside), or '' for the root: where that code is a component.
 */
function looseCodeHome(own) {
    if (own.length === 0)
        return '';
    const dir = deepestFolderOf(own);
    // A package's own src/ or lib/ is the root project's code, with or without its manifest, and so
    // is an Airflow project's dags/, which the scheduler its root deploys runs (airflow-demo), and a
    // Home Assistant integration, judged with the repository around it (see isHint).
    const top = dir.split('/')[0];
    return OWN_CODE_DIR.test(top) || ROOT_CODE_DIR.test(top) ? '' : dir;
}
/** The deepest folder holding all of `paths` (at least one). */
function deepestFolderOf(paths) {
    let dir = (0,file_source/* dirnameOf */.az)(paths[0]);
    for (const path of paths)
        while (dir !== '' && !path.startsWith(`${dir}/`))
            dir = (0,file_source/* dirnameOf */.az)(dir);
    return dir;
}
/** A component of `draft`'s files in `dir`, with no manifest of its own; moves them out of `draft`. */
function moveFolderOut(draft, dir) {
    const inside = (path) => path.startsWith(`${dir}/`);
    const files = draft.files.filter(inside);
    draft.files = draft.files.filter((path) => !inside(path));
    return { path: dir, name: '', manifests: [], otherManifests: [], nativeCrates: [], files };
}
/**
 * The applications of an Nx workspace rooted at the component (nx.json beside it): folders under an
 * `apps/` folder holding a project.json and no package.json, which Nx builds and serves one by
 * one from the root's single package.json (reduced.to's apps/backend NestJS API, apps/tracker
 * Kafka consumer and apps/frontend Qwik site).
 */
function nxApplicationDirs(draft, files) {
    const prefix = draft.path === '' ? '' : `${draft.path}/`;
    const inside = files.filter((path) => path.startsWith(prefix));
    const packages = new Set(inside.filter((path) => (0,file_source/* basenameOf */.Sv)(path) === 'package.json').map(file_source/* dirnameOf */.az));
    return inside
        .filter((path) => (0,file_source/* basenameOf */.Sv)(path) === 'project.json')
        .map(file_source/* dirnameOf */.az)
        .filter((dir) => (0,file_source/* basenameOf */.Sv)((0,file_source/* dirnameOf */.az)(dir)) === 'apps' && !packages.has(dir));
}
/** Files of code a front end in a folder of its own holds, at least, to be a component. */
const MIN_FRONT_END_FILES = 10;
/** Single-file components (Vue, Svelte) that show a folder is a front end, at least… */
const MIN_SFC_FILES = 3;
/** …and the share of the folder's code they make, at least. */
const SFC_SHARE = 0.3;
/** Server frameworks whose package.json, with a front end's code beside it, makes a server host. */
const SERVER_PACKAGES = new Set([
    'express',
    'fastify',
    'koa',
    '@hapi/hapi',
    'hapi',
    'restify',
    '@nestjs/core',
    'hono',
    'polka',
    'socket.io',
    '@feathersjs/feathers',
    '@adonisjs/core',
]);
/**
 * A browser front end in a folder of its own, with no package.json there, inside a server's
 * package or another stack's project: lemmy-federate's frontend/ (Vue) beside its Hono API under
 * one package.json, RTL's Angular src/ beside its Express server, dozzle's Vue assets/ beside its
 * Go program. The folder is the deepest one holding the single-file components (Vue, Svelte) when
 * they make a fair share of its code, or the folder of an index.html holding enough code; the
 * server's code stays where it is. Moves the files out of `draft`.
 */
function splitFrontEnd(draft, pageDirs) {
    if (draft.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind)))
        return undefined;
    const own = draft.manifests.filter((m) => m.kind === 'package.json' && m.file === (0,file_source/* joinRepoPath */.Kp)(draft.path, 'package.json'));
    if (own.length === 0)
        return undefined;
    const otherStack = draft.otherManifests.length > 0;
    const server = own.some((m) => m.dependencies.some((d) => d.scope === 'runtime' && SERVER_PACKAGES.has(d.name)));
    if (!otherStack && !server)
        return undefined;
    const code = codeByStack(draft, () => false).node;
    const prefix = draft.path === '' ? '' : `${draft.path}/`;
    const below = (dir) => (path) => path.startsWith(`${dir}/`);
    const sfc = code.filter((path) => /\.(?:vue|svelte)$/.test(path));
    let dir;
    if (sfc.length >= MIN_SFC_FILES) {
        dir = deepestFolderOf(sfc);
        if (sfc.filter(below(dir)).length < SFC_SHARE * code.filter(below(dir)).length)
            dir = undefined;
        // Up to the page that loads them (lemmy-federate's frontend/index.html over frontend/src).
        else if ((0,file_source/* dirnameOf */.az)(dir) !== draft.path && pageDirs().has((0,file_source/* dirnameOf */.az)(dir)))
            dir = (0,file_source/* dirnameOf */.az)(dir);
    }
    else {
        // The page holding the most code below it, none of the component's own folder.
        let most = 0;
        for (const page of pageDirs()) {
            if (page === draft.path ||
                !page.startsWith(prefix) ||
                (0,analysis_signals/* isAuxiliaryPath */.WU)(`${page}/`, draft.path))
                continue;
            const count = code.filter(below(page)).length;
            if (count > most)
                [dir, most] = [page, count];
        }
        // A page at the package's root that a bundler builds from the app's entry module in a folder of
        // its own (Lunalytics' index.html and vite.config.js over app/main.tsx, its Express server in
        // server/): that folder is the front end.
        if (dir === undefined && pageDirs().has(draft.path))
            dir = bundledEntryDir(draft, code);
    }
    if (dir === undefined || dir === draft.path || !dir.startsWith(prefix))
        return undefined;
    const inside = below(dir);
    if (code.filter(inside).length < MIN_FRONT_END_FILES)
        return undefined;
    // A server package keeps its server's code outside the folder.
    if (!otherStack && code.every(inside))
        return undefined;
    return moveFolderOut(draft, dir);
}
/**
 * The one folder right below a component, with a bundler's configuration at its root, that holds
 * a browser app's entry module (main.tsx, index.jsx...) directly. An entry module in the
 * component's own folder makes the page its own, whatever the folders below hold.
 */
function bundledEntryDir(draft, code) {
    const bundled = draft.files.some((path) => (0,file_source/* dirnameOf */.az)(path) === draft.path && BUNDLER_CONFIG.test((0,file_source/* basenameOf */.Sv)(path)));
    if (!bundled)
        return undefined;
    // The component's folder itself, or one right below it.
    const near = (dir) => !(0,file_source/* pathBelow */.Br)(dir, draft.path).includes('/') || dir === draft.path;
    const dirs = new Set(code
        .filter((path) => APP_ENTRY.test((0,file_source/* basenameOf */.Sv)(path)))
        .map(file_source/* dirnameOf */.az)
        .filter(near));
    return dirs.size === 1 ? [...dirs][0] : undefined;
}
const BUNDLER_CONFIG = /^(?:vite|webpack|rspack|rollup)\.config\.[cm]?[jt]s$/;
const APP_ENTRY = /^(?:main|index)\.[jt]sx$|^main\.[jt]s$/;
// A folder is a vendored copy of the dependencies when it holds at least this many of them, and
// is named as such folders are (`lib/`, `libs/`, `_vendor/`, `external/`…), anywhere in the component.
const MIN_VENDORED_PACKAGES = 3;
const VENDORED_DIR = /^(_?lib|_?libs|_?vendored|_?vendor|_?extern(al)?|deps|bundled|site-packages|python_modules|pylib)$/i;
/**
 * Leaves out the folders of a Python component that hold copies of its own declared dependencies:
 * Tautulli's `lib/`, with `cherrypy/`, `apscheduler/`, `mako/` and `requests/` beside a
 * requirements.txt pinning them, is those projects' code, not Tautulli's. A folder of one or two
 * (a `lib/redis/` adapter) stays: it takes three, and a folder named as vendored copies are.
 */
function dropVendoredCopies(draft) {
    const names = new Set();
    for (const m of draft.manifests) {
        for (const d of m.dependencies) {
            if (d.ecosystem === 'pypi')
                names.add((0,assemble/* normalizePypiName */.Ty)(d.name).replace(/-/g, '_'));
        }
    }
    if (names.size < MIN_VENDORED_PACKAGES)
        return;
    const prefix = draft.path === '' ? '' : `${draft.path}/`;
    const found = new Map();
    for (const path of draft.files) {
        const parts = path.slice(prefix.length).split('/');
        // The deepest folder of the path named as vendored copies are, and the entry right below it.
        for (let depth = parts.length - 2; depth >= 0; depth--) {
            if (!VENDORED_DIR.test(parts[depth]))
                continue;
            const child = parts[depth + 1].replace(/\.py$/, '').toLowerCase();
            if (!names.has(child))
                continue;
            const dir = prefix + parts.slice(0, depth + 1).join('/');
            let packages = found.get(dir);
            if (!packages)
                found.set(dir, (packages = new Set()));
            packages.add(child);
            break;
        }
    }
    const vendored = [...found]
        .filter(([, packages]) => packages.size >= MIN_VENDORED_PACKAGES)
        .map(([path, packages]) => ({ path, packages: [...packages].sort() }))
        .sort((a, b) => (a.path < b.path ? -1 : 1));
    if (vendored.length === 0)
        return;
    const inside = (path) => vendored.some((v) => path.startsWith(`${v.path}/`));
    draft.files = draft.files.filter((path) => !inside(path));
    draft.vendored = vendored;
}
/**
 * A package.json inside a Python project's tree that only builds assets (no runtime dependency, no
 * entry point, no workspaces: pontoon's `pontoon/package.json` minifying its static files) over a
 * folder of mostly Python code is not a project of its own: that folder is the Python project's
 * package, and stays with it.
 */
function isPythonAssetBuild(draft, host) {
    if (!host.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind)))
        return false;
    if (draft.otherManifests.length > 0)
        return false;
    if (!draft.manifests.every((m) => m.kind === 'package.json' && runsNothing(m)))
        return false;
    let python = 0;
    let other = 0;
    for (const file of draft.files) {
        const scan = fileKindOf(file)?.scan;
        if (scan === 'python')
            python++;
        else if (scan === 'javascript' && !STATIC_DIR.test(file))
            other++;
    }
    return python > other;
}
/**
 * A package.json kept inside one of a Python project's packages (its folder holds an `__init__.py`:
 * snuba's `snuba/admin/`, panel's `panel/`) builds that package's browser code; the Python modules
 * around it are the package's own, and stay with the Python project that holds them.
 */
function returnPythonModules(draft, host) {
    if (!draft.manifests.every((m) => m.kind === 'package.json'))
        return;
    if (!host.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind)))
        return;
    if (!draft.files.includes(`${draft.path}/__init__.py`))
        return;
    const isPython = (path) => coveredStackOfFile(path) === 'python';
    for (const file of draft.files)
        if (isPython(file))
            host.files.push(file);
    draft.files = draft.files.filter((file) => !isPython(file));
}
/** The entry at `dir` or at the nearest folder above it. */
function nearest(byPath, dir) {
    for (let d = dir;; d = (0,file_source/* dirnameOf */.az)(d)) {
        const hit = byPath.get(d);
        if (hit)
            return hit;
        if (d === '')
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/analysis/native.ts


function nativeCodeOf(draft) {
    const own = { count: 0, first: undefined, languages: new Set() };
    const auxiliary = { count: 0, first: undefined };
    const builds = [];
    for (const path of draft.files) {
        const kind = fileKindOf(path);
        if (!kind?.native)
            continue;
        if (kind.native === 'build') {
            builds.push({ file: path, detail: `${kind.language} build of compiled code` });
            continue;
        }
        const into = isAuxiliaryFileOf(draft, path) || isBrowserAsset(path) ? auxiliary : own;
        into.count++;
        if (into.first === undefined || path < into.first)
            into.first = path;
        if (into === own)
            own.languages.add(kind.language);
    }
    for (const file of draft.nativeCrates)
        builds.push({ file, detail: 'Rust crate built for the package' });
    for (const m of draft.manifests) {
        for (const n of m.native ?? [])
            builds.push({ file: m.file, line: n.line, detail: n.detail });
    }
    builds.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));
    return {
        sources: { count: own.count, first: own.first, languages: [...own.languages].sort() },
        auxiliarySources: auxiliary,
        builds,
    };
}
// WebAssembly in the folders a server hands to browsers (mapshaper's www/sql-wasm.wasm for its GUI)
// runs in the browser: it does none of the Node.js or Python process's work.
const BROWSER_ASSET = /(^|\/)(public|static|www|wwwroot|assets)\/(?:[^/]+\/)*[^/]+\.wa(?:sm|t)$/;
function isBrowserAsset(path) {
    return BROWSER_ASSET.test(path);
}
/** Where the compiled code shows, for a mitigation's evidence. */
function nativeEvidence(native) {
    const evidence = [];
    if (native.sources.first) {
        evidence.push({ file: native.sources.first, detail: sourcesDetail(native) });
    }
    return [...evidence, ...native.builds];
}
function sourcesDetail(native) {
    const { count, languages } = native.sources;
    return `${count} ${languages.join('/')} source file${count === 1 ? '' : 's'}`;
}
/** CPU-intensive signals: compiled sources count with diminishing returns, build set-ups a little. */
function nativeSignals(native) {
    const signals = [];
    if (native.sources.first) {
        signals.push({
            workload: 'cpu-intensive',
            weight: 1.5 + 0.25 * Math.min(native.sources.count - 1, 8),
            kind: 'native-code',
            evidence: { file: native.sources.first, detail: sourcesDetail(native) },
        });
    }
    else if (native.auxiliarySources.first) {
        signals.push({
            workload: 'cpu-intensive',
            weight: 0.4,
            kind: 'native-code',
            evidence: {
                file: native.auxiliarySources.first,
                detail: `${native.auxiliarySources.count} compiled source file(s) outside the package's own code`,
            },
        });
    }
    native.builds.slice(0, 2).forEach((build) => {
        signals.push({ workload: 'cpu-intensive', weight: 1, kind: 'native-code', evidence: build });
    });
    return signals;
}

// EXTERNAL MODULE: ./src/analysis/scan-file.ts + 2 modules
var scan_file = __webpack_require__(4639);
// EXTERNAL MODULE: ./src/analysis/scan-workers.ts
var scan_workers = __webpack_require__(5099);
;// CONCATENATED MODULE: ./src/analysis/stack.ts




const NATIVE_PROGRAM_FILES = 20;
const NATIVE_PROGRAM_RATIO = 2;
const stack_VENDORED_DIR = /(^|\/)(?:lib|libs|vendor|vendored|third[-_]?party|external|extern|deps)\//;
const NODE_IMAGE = /^(?:[\w.-]+\/)*node(?:js)?(?::|@|$)/i;
const PYTHON_IMAGE = /^(?:[\w.-]+\/)*(?:python|pypy|miniconda\d?|anaconda\d?|micromamba)(?::|@|$)/i;
/** Where each other stack's build takes web assets from: JavaScript there is not a Node.js app. */
const OTHER_STACK_ASSETS = {
    // A Go program embeds its web assets, and a Hugo site bundles its assets/ (gohugoio/hugoDocs).
    Go: /(^|\/)(?:assets|static)\//,
    // A Hugo site's scripts sit in its assets/, static/, layouts/ and themes/ folders.
    Hugo: /(^|\/)(?:assets|static|layouts|themes)\//,
    Java: /(^|\/)src\/main\/(?:js|ts|javascript|typescript|webapp|resources|frontend)\//,
    PHP: /(^|\/)(?:resources\/(?:js|ts|assets|scripts)|assets|public)\//,
    // A Jekyll site keeps its scripts in assets/ (github/opensource.guide), as gems do.
    Ruby: /(^|\/)(?:app\/(?:javascript|assets)|vendor\/assets|assets|public)\//,
    'C#': /(^|\/)(?:wwwroot|ClientApp)\//,
    // A Phoenix app's (and Phoenix's own) scripts sit in assets/, bundled into priv/static.
    Elixir: /(^|\/)(?:assets|priv\/static)\//,
};
function detectStack(draft, knownPackage) {
    const evidence = [];
    const weight = { node: 0, python: 0 };
    const languageCounts = new Map();
    const grammar = isTreeSitterGrammar(draft);
    let coveredImages = 0;
    for (const m of draft.manifests) {
        if (grammar && PYTHON_MANIFESTS.has(m.kind)) {
            evidence.push({ file: m.file, detail: `${m.kind} (Python binding of a tree-sitter grammar)` });
        }
        else if (m.kind === 'package.json') {
            // A package.json that only holds development tools (a Python project's linters) says less.
            weight.node += isToolingOnly(m) ? 2 : 5;
            evidence.push({ file: m.file, detail: 'package.json' });
        }
        else if (m.kind === 'Dockerfile') {
            for (const image of m.baseImages ?? []) {
                if (NODE_IMAGE.test(image.image))
                    weight.node += 1;
                else if (PYTHON_IMAGE.test(image.image))
                    weight.python += 1;
                else
                    continue;
                coveredImages++;
                evidence.push({ file: m.file, line: image.line, detail: `base image ${image.image}` });
            }
        }
        else if (PYTHON_MANIFESTS.has(m.kind)) {
            weight.python += 5;
            evidence.push({ file: m.file, detail: `${m.kind} (Python project)` });
        }
    }
    // JavaScript in a Python project without a package.json is browser assets the Python app serves
    // (Flask's and Django's static/ folders): no Node.js runs there. So it is when the package.json
    // only holds the tools that bundle those assets (isso's webpack and jest, no dependency at run time).
    const pythonProject = draft.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind));
    const browserAssets = pythonProject && !draft.manifests.some((m) => m.kind === 'package.json' && !isToolingOnly(m));
    // The same in a static/ folder of a Python project that builds its assets with npm, and in the
    // folders where another stack's build takes its web assets from (Maven's src/main/js, Laravel's
    // resources/js, Rails' app/javascript, ASP.NET's wwwroot): Jenkins' root package.json bundles
    // them into the war, and no Node.js runs there either.
    const assets = draft.otherManifests
        .map((m) => OTHER_STACK_ASSETS[m.stack])
        .filter((re) => re !== undefined);
    // So is the JavaScript inside the Python package's own folder, which ships it as package data
    // (gdbgui's React UI in gdbgui/src/js, served by its Flask-SocketIO server).
    const packagePrefix = pythonProject && draft.packageDir ? `${draft.packageDir}/` : undefined;
    // Folder names are read below the component: buildbot's www/base is a React app, not a www/.
    const isStaticAsset = (path) => (pythonProject && STATIC_DIR.test((0,file_source/* pathBelow */.Br)(path, draft.path))) ||
        (packagePrefix !== undefined && path.startsWith(packagePrefix)) ||
        assets.some((re) => re.test((0,file_source/* pathBelow */.Br)(path, draft.path)));
    let otherFiles = 0;
    let testDataFiles = 0;
    let otherAside = 0;
    let nativeFiles = 0;
    let ownNativeFiles = 0;
    let firstNative;
    let assetFiles = 0;
    let staticNode = 0;
    // Tests, examples and tools count only when the component has no code of its own: a grammar's
    // Python test corpus does not make its Node.js package a Python one.
    const own = { node: 0, python: 0 };
    const auxiliary = { node: 0, python: 0 };
    let testCode = 0;
    for (const path of draft.files) {
        const kind = fileKindOf(path);
        if (!kind || kind.native === 'build')
            continue;
        languageCounts.set(kind.language, (languageCounts.get(kind.language) ?? 0) + 1);
        if (isToolingFile(path))
            continue;
        const covered = coveredStackOfLanguage(kind.language);
        if (covered === 'node' && (browserAssets || isStaticAsset(path))) {
            assetFiles++;
            continue;
        }
        if (covered) {
            const binding = grammar && covered === 'python';
            const into = binding || isAuxiliaryFileOf(draft, path) ? auxiliary : own;
            const files = kind.notebook ? 2 : 1;
            into[covered] += files;
            // Counted only where shell programs are weighed against the code (below).
            if (draft.shellPrograms !== undefined && (0,analysis_signals/* isTestPath */.MQ)((0,file_source/* pathBelow */.Br)(path, draft.path)))
                testCode += files;
            if (covered === 'node' && into === own && STATIC_DIR.test((0,file_source/* pathBelow */.Br)(path, draft.path)))
                staticNode++;
        }
        else if (kind.native) {
            nativeFiles++;
            if (!stack_VENDORED_DIR.test(path)) {
                ownNativeFiles++;
                firstNative ??= path;
            }
        }
        else if (FIXTURE_DIR.test(path))
            testDataFiles++;
        else if (isAuxiliaryFileOf(draft, path) || kind.infrastructure)
            otherAside++;
        else
            otherFiles++;
    }
    // So do another language's, and infrastructure declared as code: stripe-samples' Ruby specs and
    // Terraform file test and deploy the Node.js server beside them, and make no Ruby project of it.
    // Where there is nothing else, they are what there is.
    if (otherFiles + own.node + own.python === 0)
        otherFiles = otherAside;
    // Another language's files kept as test inputs are data, not a project in that stack (vscode-go's
    // extension tests its TypeScript against Go sources in test/testdata); where there is nothing
    // else, they are what there is.
    if (otherFiles + own.node + own.python + auxiliary.node + auxiliary.python === 0)
        otherFiles = testDataFiles;
    // A Python web app whose project file sits above it (pgadmin4's web/, under the repository's
    // requirements.txt) serves its static/ folders too: when its Python outnumbers the JavaScript
    // outside them, that JavaScript is browser assets as well.
    if (!pythonProject && staticNode > 0 && own.python > own.node - staticNode) {
        own.node -= staticNode;
        assetFiles += staticNode;
    }
    // With no code of its own, a project declared in one stack is not made the other's by the loose
    // samples below it: e2b-cookbook's package.json runs its examples, whose unclaimed notebooks are
    // Python.
    if (own.node + own.python === 0) {
        const runsNode = draft.manifests.some((m) => m.kind === 'package.json' && !isToolingOnly(m));
        if (runsNode && !pythonProject)
            auxiliary.python = 0;
        else if (pythonProject && !runsNode)
            auxiliary.node = 0;
    }
    const code = own.node + own.python > 0 ? own : auxiliary;
    weight.node += code.node;
    weight.python += code.python;
    const languages = [...languageCounts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([language]) => language);
    const coveredCode = own.node + own.python + auxiliary.node + auxiliary.python;
    const other = draft.otherManifests[0];
    // Made only of stray files, after every manifest, other-stack manifest and override had claimed
    // its folder: it has none of its own (a Dockerfile below may hint, it never decides).
    if (draft.looseFiles)
        return { stack: 'unknown', languages, mixed: false, evidence: [] };
    if (draft.forcedStack) {
        return {
            stack: draft.forcedStack,
            languages,
            otherName: draft.forcedStack === 'other' ? (other?.stack ?? languages[0]) : undefined,
            mixed: false,
            evidence: [{ file: '.github/stack-fit.yml', detail: 'stack set by configuration' }],
        };
    }
    // A published npm or PyPI package the catalogue knows is that stack's, whatever else sits beside
    // it (lamejs' JavaScript port beside the Java sources it was ported from).
    // Not when all its JavaScript sits in the other stack's asset folders: turbo-rails' npm package
    // republishes the app/javascript its Ruby gem serves.
    const published = knownPackage !== undefined &&
        !(assets.length > 0 && assetFiles > 0 && own.node === 0) &&
        draft.manifests.some((m) => !describesNothing(m) && knownPackage(m));
    if (other && !published) {
        // A Go or Ruby service may ship a little JavaScript; its own manifest decides.
        // Compiled sources count for the other stack here: a Rust crate's .rs files are its code.
        const coveredFiles = weight.node + weight.python;
        if (coveredFiles <= (otherFiles + nativeFiles) * 2 + 5 ||
            (weight.node < 5 && weight.python < 5) ||
            draft.manifests.every(describesNothing) ||
            // Its package.json only bundles the other stack's assets: none of its JavaScript is elsewhere.
            (assets.length > 0 && assetFiles > 0 && own.node === 0 && weight.python < 5)) {
            return {
                stack: 'other',
                languages,
                otherName: other.stack,
                mixed: weight.node >= 5 || weight.python >= 5,
                evidence: [
                    ...draft.otherManifests.map((m) => ({ file: m.file, detail: `${m.stack} manifest` })),
                    ...evidence,
                ],
            };
        }
    }
    // A C, C++ or CUDA program whose Python is its helpers (llm.c's PyTorch reference and data
    // preparation beside its C and CUDA training code): no manifest builds that code into a Python
    // package, and it outnumbers all the Python and JavaScript NATIVE_PROGRAM_RATIO times over (not
    // FILTER.js' JavaScript library, which loads its filters' WebAssembly builds). Vendored libraries
    // and headers are not counted: klipper's firmware SDKs bring hundreds of C files and thousands of
    // headers to a Python host program. A project built by a backend of its own builds that code into
    // its package (datatable's C++ core, compiled by its ci/ext.py).
    if (!other &&
        !draft.manifests.some((m) => m.kind === 'package.json' || m.inTreeBackend) &&
        ownNativeFiles >= NATIVE_PROGRAM_FILES &&
        ownNativeFiles >= NATIVE_PROGRAM_RATIO * coveredCode &&
        !declaresNativeBuild(draft)) {
        return {
            stack: 'other',
            languages,
            otherName: languages.find((l) => !coveredStackOfLanguage(l)),
            mixed: false,
            evidence: [
                { file: firstNative ?? '', detail: `${ownNativeFiles} compiled source files` },
                ...evidence,
            ],
        };
    }
    // A repository with no project whose shell programs outnumber its other code (webpro's dotfiles:
    // install scripts and a bin/ of commands beside one Python settings file) is a shell project.
    // A Python or Node.js base image counts with that code: the scripts start the container's program
    // (etl-project-cron's start.sh and wait_for_etl.sh around the Python job its cron runs), unless
    // the scripts are all the code (s3-sync-action's entrypoint.sh runs the AWS CLI its python image
    // installs). Tests do not count: python-lint's Docker action runs its entrypoint.sh on the sample
    // its tests lint.
    const runCode = coveredCode - testCode;
    const imaged = runCode > 0 ? coveredImages : 0;
    if (draft.shellPrograms !== undefined && draft.shellPrograms > runCode + imaged) {
        return {
            stack: 'other',
            languages: [...languages, 'Shell'],
            otherName: 'Shell',
            mixed: false,
            evidence: [
                { file: draft.shellScript ?? '', detail: `${draft.shellPrograms} shell programs` },
            ],
        };
    }
    const shell = shellProgram(draft, languageCounts);
    if (shell) {
        // Named after its compiled code when it has some (squoosh's codec packages build Rust).
        const name = languages.find((l) => !coveredStackOfLanguage(l)) ?? 'Shell';
        return {
            stack: 'other',
            languages: [...languages, 'Shell'],
            otherName: name,
            mixed: false,
            evidence: [{ file: shell, detail: 'shell script' }, ...evidence],
        };
    }
    if (weight.node === 0 && weight.python === 0) {
        const name = otherFiles + nativeFiles > 0 ? languages.find((l) => !coveredStackOfLanguage(l)) : undefined;
        return name
            ? { stack: 'other', languages, otherName: name, mixed: false, evidence }
            : { stack: 'unknown', languages, mixed: false, evidence };
    }
    // A folder with no project file of its own whose code in other languages and shell outweighs its
    // Node.js and Python, base images included (kubernetes/examples: Go and PHP samples and thirty
    // shell scripts beside three archived Python scripts and their python base images), is no
    // Node.js or Python project.
    const projectFile = draft.manifests.some(isProjectManifest);
    const foreign = otherFiles + ownNativeFiles + (draft.strayShellFiles ?? 0);
    if (!projectFile && !draft.sphinxSite && foreign > weight.node + weight.python) {
        const name = languages.find((l) => !coveredStackOfLanguage(l)) ?? 'Shell';
        return { stack: 'other', languages, otherName: name, mixed: false, evidence };
    }
    const stack = weight.node >= weight.python ? 'node' : 'python';
    const minority = Math.min(weight.node, weight.python);
    return {
        stack,
        languages,
        // A few helper scripts in the other language do not make a component mixed.
        mixed: minority >= 5 || (minority >= 3 && minority >= Math.max(weight.node, weight.python) / 3),
        evidence,
    };
}
/**
 * A tree-sitter grammar: the grammar.js it defines, beside a package.json that builds the parser
 * with the tree-sitter CLI (an npm package). Its pyproject.toml, setup.py and bindings/python are
 * one of the bindings it ships for other languages (with Rust, Go and Swift), not a Python
 * project that does the work.
 */
function isTreeSitterGrammar(draft) {
    const prefix = draft.path === '' ? '' : `${draft.path}/`;
    return (draft.manifests.some((m) => m.kind === 'package.json' && m.dependencies.some((d) => d.name === 'tree-sitter-cli')) && draft.files.some((f) => f === `${prefix}grammar.js` || f === `${prefix}grammar.ts`));
}
/**
 * A manifest that runs nothing of its stack beside another stack's: a package.json of development
 * tools (Biome's changesets beside its Cargo workspace), a Python project file declaring no
 * dependency at all (dbt's pyproject.toml that only names the package its Rust binary ships in) or
 * one whose wheel carries a compiled program (ruff's maturin `bindings = "bin"`).
 */
function describesNothing(m) {
    if (m.kind === 'package.json')
        return (isToolingOnly(m) && !buildsSite(m)) || isMarkerOnly(m) || shipsPrebuiltBinary(m);
    if (PYTHON_MANIFESTS.has(m.kind))
        return m.shipsBinary === true || m.dependencies.length === 0 || installsOnlyTooling(m);
    return true;
}
/**
 * A package.json that only lets npm install a shell program (bats-core, nodenv): no JavaScript or
 * Python file anywhere in the component, no runtime dependency, no workspaces, and shell scripts or
 * executables in bin/ or libexec/. No Node.js runs there. Returns the first shell file, as evidence.
 */
function shellProgram(draft, languageCounts) {
    // A collection's root keeps its helpers' scripts for its projects (firebase's quickstart-js:
    // lerna and a test.sh over a dozen Node.js samples); it is named after them (nameCollections).
    if (!draft.shellScript || draft.otherManifests.length > 0 || draft.collectionRoot)
        return undefined;
    const packages = draft.manifests.filter((m) => m.kind === 'package.json');
    if (packages.length === 0 || draft.manifests.some((m) => PYTHON_MANIFESTS.has(m.kind)))
        return undefined;
    const runs = (m) => (m.workspaces?.length ?? 0) > 0 || m.dependencies.some((d) => d.scope === 'runtime');
    if (packages.some(runs))
        return undefined;
    for (const language of languageCounts.keys())
        if (coveredStackOfLanguage(language))
            return undefined;
    return draft.shellScript;
}
/** Folder-name words that name a language or runtime: a sample's twin in another stack differs by one. */
const LANGUAGE_WORDS = new Set(('c cpp cs csharp dotnet deno elixir go golang java javascript js kotlin kt node nodejs php py ' +
    'python python3 rb ruby rust rs scala swift ts typescript').split(' '));
/** Tasks written again in another language a collection holds, at least, to be one of samples. */
const TWIN_TASKS = 3;
/** The share of a collection's projects those twins make up, at least. */
const TWIN_SHARE = 0.25;
/**
 * A collection whose projects are the same tasks written in several languages, told apart by a
 * language word in their paths (telnyx-code-examples' `hold-music-python`, `hold-music-nodejs`,
 * `hold-music-go`…; pulumi/examples' `aws-py-…`, `aws-ts-…`): a collection of samples, each in the
 * language it shows. A service of a polyglot product is named for its work (`currencyservice`).
 */
function languageTwins(rootPath, projects) {
    const prefix = rootPath === '' ? '' : `${rootPath}/`;
    const languages = new Map();
    const members = new Map();
    let total = 0;
    for (const path of projects) {
        if (path === rootPath || !path.startsWith(prefix))
            continue;
        total++;
        const words = path
            .slice(prefix.length)
            .toLowerCase()
            .split(/[/_.-]+/);
        const named = words.filter((w) => LANGUAGE_WORDS.has(w));
        if (named.length === 0)
            continue;
        const task = words.filter((w) => !LANGUAGE_WORDS.has(w)).join('-');
        const seen = languages.get(task) ?? new Set();
        for (const w of named)
            seen.add(w);
        languages.set(task, seen);
        members.set(task, (members.get(task) ?? 0) + 1);
    }
    let tasks = 0;
    let twins = 0;
    for (const [task, seen] of languages) {
        if (seen.size < 2)
            continue;
        tasks++;
        twins += members.get(task);
    }
    return tasks >= TWIN_TASKS && twins >= TWIN_SHARE * total;
}
/** Projects a collection holds below it, at least, to be one of many stacks. */
const MANY_STACKS_PROJECTS = 10;
/** The share of those projects each of Node.js, Python and the other stacks holds, at least. */
const MANY_STACKS_SHARE = 0.15;
/** A bare root's projects are of several kinds when none holds this share of them. */
const BARE_ONE_STACK_SHARE = 0.8;
/**
 * The root of a collection whose projects run on Node.js, Python and other stacks alike
 * (pulumi/examples' TypeScript, Python, Go and C# programs; serverless-patterns; dapr's
 * quickstarts) has no stack of its own: the linters or loose helpers at its root say nothing of
 * the samples. Undefined when the collection's projects are mostly of one or two kinds.
 * A bare root (nothing at all of its own) asks less: no kind holding BARE_ONE_STACK_SHARE of its
 * projects (square's connect-api-examples: Node.js, Java, PHP, Ruby and C# samples, few in Python).
 */
function manyStackCollection(root, rootPath, projects, bare = false) {
    const prefix = rootPath === '' ? '' : `${rootPath}/`;
    const count = { node: 0, python: 0, other: 0 };
    let total = 0;
    for (const p of projects) {
        if (p.path === rootPath || !p.path.startsWith(prefix) || p.stack === 'unknown')
            continue;
        count[p.stack]++;
        total++;
    }
    if (total < MANY_STACKS_PROJECTS)
        return undefined;
    const several = bare
        ? Object.values(count).every((n) => n < BARE_ONE_STACK_SHARE * total)
        : Object.values(count).every((n) => n >= MANY_STACKS_SHARE * total);
    if (!several)
        return undefined;
    return {
        stack: 'unknown',
        languages: root.languages,
        mixed: false,
        evidence: [
            {
                file: rootPath === '' ? '.' : rootPath,
                detail: `a collection of ${count.node} Node.js, ${count.python} Python and ${count.other} other-stack projects`,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/analysis/verdict.ts






/** A rule is decisive when at least this many sources state it and none dispute it. */
const DECISIVE_AGREEMENT = 2;
/** A non-primary class with this share of the top score still earns a caveat when it goes against the guidance. */
const SECONDARY_SHARE = 0.5;
const SEVERITY = {
    fits: 0,
    inconclusive: 1,
    'fits-with-caveats': 2,
    mismatch: 3,
};
function worstVerdict(verdicts) {
    let worst = 'fits';
    for (const v of verdicts)
        if (SEVERITY[v] > SEVERITY[worst])
            worst = v;
    return worst;
}
/**
 * The repository's verdict: the worst of mismatch, caveats and fits over the judged components
 * that are part of the product (an accepted mismatch counts as a caveat). Inconclusive only when
 * none could be judged, including when there is nothing to judge at all.
 */
function overallVerdict(components) {
    const judged = components.filter((c) => !c.supporting && c.verdict.verdict !== 'inconclusive');
    if (judged.length === 0)
        return 'inconclusive';
    return worstVerdict(judged.map((c) => c.verdict.accepted && c.verdict.verdict === 'mismatch'
        ? 'fits-with-caveats'
        : c.verdict.verdict));
}
const STACK_LABEL = { node: 'Node.js', python: 'Python' };
function workloadLabel(w) {
    const label = model/* WORKLOAD_LABELS */.yF[w].replace(/ \(.*\)$/, '');
    // Lower-case a leading capital inside a sentence, but keep acronyms such as API, CPU, SPA, IoT.
    return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
function agreementText(rule, knowledge) {
    return `${rule.agreement} of ${knowledge.sources.length} sources`;
}
function uniqueReasons(reasons) {
    const seen = new Set();
    return reasons.filter((r) => !seen.has(r.rule) && (seen.add(r.rule), true));
}
/** Mitigations present in the component, with what shows them. */
function detectMitigations(facts, knowledge, siblings) {
    const found = new Map();
    const partial = new Map();
    const stack = facts.stack.stack;
    if (stack !== 'node' && stack !== 'python')
        return { covering: found, partial };
    const npm = new Map();
    const pypi = new Map();
    // What only the tests install never runs for the component's users (websocket-client's tests
    // start a `websockets` server: the client itself stays synchronous). Nor does a package
    // installed to develop with, unless it builds the component's compiled code (node-gyp,
    // @napi-rs/cli): bcrypt.js benchmarks itself against the native bcrypt.
    const mitigating = facts.dependencies.filter((d) => d.scope !== 'test' &&
        (d.scope !== 'dev' || (0,analysis_signals/* lookupDependency */.qx)(knowledge, d)?.role === 'native'));
    for (const d of mitigating) {
        if (d.ecosystem === 'npm')
            npm.set(d.name, d);
        else
            pypi.set((0,assemble/* normalizePypiName */.Ty)(d.name), d);
    }
    for (const m of knowledge.mitigations) {
        if (m.stack !== stack)
            continue;
        const evidence = [];
        for (const name of m.detect.npm) {
            if (!name.endsWith('/*')) {
                // A plain name matches one dependency at most: look it up instead of walking them all.
                const d = npm.get(name);
                if (d)
                    evidence.push({ file: d.file, line: d.line, detail: `dependency ${d.name}` });
                // Imported by its own code without being declared (whatsapp-chatgpt's fluent-ffmpeg,
                // installed through another package), as for Python below.
                else {
                    const imported = facts.imports?.get((0,assemble/* normalizePypiName */.Ty)(name));
                    if (imported)
                        evidence.push(imported);
                }
                continue;
            }
            // A scope (`@node-rs/*`): every dependency under it.
            const scope = name.slice(0, -1);
            for (const [dep, d] of npm) {
                if (dep.startsWith(scope))
                    evidence.push({ file: d.file, line: d.line, detail: `dependency ${d.name}` });
            }
        }
        for (const name of [...m.detect.npm, ...m.detect.pypi]) {
            // Served by a program the image installs or starts (ihatemoney's `pip install gunicorn`).
            const launched = facts.launched?.get(name.toLowerCase());
            const declared = npm.has(name) || pypi.has((0,assemble/* normalizePypiName */.Ty)(name));
            if (launched && !declared)
                evidence.push(launched);
        }
        for (const name of m.detect.pypi) {
            const d = pypi.get((0,assemble/* normalizePypiName */.Ty)(name));
            if (d)
                evidence.push({ file: d.file, line: d.line, detail: `dependency ${d.name}` });
            // Imported by its own code without being declared: celery patches in gevent or eventlet
            // when its users install them.
            else {
                const imported = facts.imports?.get((0,assemble/* normalizePypiName */.Ty)(name));
                if (imported)
                    evidence.push(imported);
            }
        }
        for (const id of m.detect.patterns) {
            const e = facts.patterns.get(id);
            if (e)
                evidence.push(e);
        }
        if (m.detect.nativeCode) {
            evidence.push(...(facts.native ?? []).slice(0, 3));
            for (const d of mitigating) {
                if ((0,analysis_signals/* lookupDependency */.qx)(knowledge, d)?.role === 'native')
                    evidence.push({ file: d.file, line: d.line, detail: `dependency ${d.name}` });
            }
        }
        if (m.detect.siblingStack) {
            const sibling = siblingShowing(m, facts.path, siblings);
            if (sibling) {
                evidence.push({
                    file: sibling.path === '' ? '.' : sibling.path,
                    detail: `${STACK_LABEL[m.detect.siblingStack]} component beside it`,
                });
            }
            const own = ownCodeInStack(m, facts);
            if (own)
                evidence.push(own);
        }
        if (evidence.length === 0)
            continue;
        const uncovered = cpuWorkLeftUncovered(m, evidence, facts, knowledge);
        if (uncovered.length === 0)
            found.set(m.id, evidence);
        else
            partial.set(m.id, { evidence, uncovered });
    }
    return { covering: found, partial };
}
/**
 * Code of the mitigation's other stack inside the component itself that does work the mitigation
 * covers: a notebook or Python module in a Node.js package (a Twilio function's model-building
 * notebook, nicegui's Python element beside its JavaScript) is Python doing that work, as a Python
 * service beside it would be. Shown when the primary class's evidence comes mostly (by count)
 * from that stack's files.
 */
function ownCodeInStack(m, facts) {
    const other = m.detect.siblingStack;
    if (!other)
        return undefined;
    for (const w of facts.primary) {
        if (!m.workloads.includes(w))
            continue;
        const evidence = facts.workloads.find((x) => x.workload === w)?.evidence ?? [];
        const inOther = evidence.filter((e) => stackOfFile(e.file) === other);
        if (inOther.length > 0 && inOther.length * 2 > evidence.length)
            return {
                ...inOther[0],
                detail: `${STACK_LABEL[other]} code in the component: ${inOther[0].detail}`,
            };
    }
    return undefined;
}
/** Per list of siblings (judgeAll makes one for all its components), per mitigation: siblingShowing. */
const siblingsShowing = new WeakMap();
/**
 * The first sibling other than the component at `path` that runs the mitigation's other stack for
 * work it covers. Of the siblings that do, only the first and the next at another path can be that
 * one, so those two are found once per mitigation: a search of every sibling for every component
 * was quadratic in a monorepo of hundreds of components. The list must not change between calls.
 */
function siblingShowing(m, path, siblings) {
    let byMitigation = siblingsShowing.get(siblings);
    if (!byMitigation)
        siblingsShowing.set(siblings, (byMitigation = new Map()));
    let candidates = byMitigation.get(m);
    if (!candidates) {
        candidates = [];
        for (const s of siblings) {
            if (s.stack === m.detect.siblingStack &&
                s.primary.some((w) => m.workloads.includes(w)) &&
                (candidates.length === 0 || s.path !== candidates[0].path)) {
                candidates.push(s);
                if (candidates.length === 2)
                    break;
            }
        }
        byMitigation.set(m, candidates);
    }
    return candidates.find((s) => s.path !== path);
}
/**
 * Compiled libraries cover their own work only: sharp resizing in libvips says nothing of Jimp
 * resizing in JavaScript beside it. A compiled-code mitigation seen only in dependencies does not
 * count while another runtime dependency, or the package itself, does CPU work in the interpreter.
 */
function cpuWorkLeftUncovered(m, evidence, facts, knowledge) {
    if (m.stack !== 'node' || !m.detect.nativeCode)
        return [];
    if (!evidence.every((e) => e.detail.startsWith('dependency ')))
        return [];
    const compiled = new Set(m.detect.npm.concat(m.detect.pypi).map((n) => n.toLowerCase()));
    const uncovered = facts.dependencies.filter((d) => {
        if (d.scope !== 'runtime' || compiled.has(d.name.toLowerCase()))
            return false;
        const known = (0,analysis_signals/* lookupDependency */.qx)(knowledge, d);
        return !!known && (0,analysis_signals/* computesInInterpreter */.yd)(known);
    });
    // Nor does it cover the work of the package the component is: numjs reads images through sharp
    // and does its array maths in JavaScript.
    return [...new Set([...(facts.computesItself ?? []), ...uncovered.map((d) => d.name)])];
}
/**
 * Mitigations that answer one process serving many requests at once. A warning they alone answer
 * does not apply to a serverless function: its platform gives each concurrent request an instance
 * of its own (polar's lambda/image-resizer is not a Python service to put behind Uvicorn).
 */
const CONCURRENCY_MITIGATIONS = new Set([
    'python-async-io',
    'python-concurrent-servers',
]);
/** Work a front end does on the user's device rather than on a server. */
const ON_DEVICE_WORKLOADS = new Set(['data-ml', 'cpu-intensive']);
/**
 * The weight of browser code (UI frameworks, bundlers, pages) that makes a component a front end
 * even when its model outweighs it (transformers.js' depth-anything: a Vite app running the model).
 */
const FRONT_END_WEIGHT = 1.5;
/**
 * Browser code first; or, in an app rather than a library, weighing FRONT_END_WEIGHT or more (a
 * library's browser build says nothing of where its users run it: pako, image-js).
 */
function isFrontEnd(reach) {
    if (reach.primary?.[0] === 'spa-frontend')
        return true;
    if (reach.library)
        return false;
    const ui = reach.workloads?.find((w) => w.workload === 'spa-frontend');
    return (ui?.raw ?? 0) >= FRONT_END_WEIGHT;
}
/**
 * The verdict for one workload, with a note for each disagreement touching the rules cited, and
 * for each warning out of the component's reach: a serverless function's, or one that serves no
 * requests of its own.
 */
function judgeWorkload(workload, stack, knowledge, mitigations, reach = {}) {
    const { serverless } = reach;
    // A library that serves nothing of its own (marshmallow's schemas, an API client) has no
    // requests to take at once: the warning is for the services built with it.
    const library = !serverless && reach.serves === false;
    const discouraged = (r) => r.workload === workload && r.stack === stack && r.stance === 'discouraged';
    const perProcess = serverless || library
        ? knowledge.rules.filter((r) => discouraged(r) &&
            r.mitigations.length > 0 &&
            r.mitigations.every((id) => CONCURRENCY_MITIGATIONS.has(id)))
        : [];
    // A front end that serves nothing (an Expo app classifying camera frames with TensorFlow.js, an
    // in-browser Whisper) runs its models and computations on the user's device: the warnings
    // against Node.js for that work are about Node.js servers.
    const onDevice = stack === 'node' &&
        reach.serves === false &&
        isFrontEnd(reach) &&
        ON_DEVICE_WORKLOADS.has(workload)
        ? knowledge.rules.filter(discouraged)
        : [];
    const outcome = judgeByRules(workload, stack, knowledge, mitigations, new Set([...perProcess, ...onDevice].map((r) => r.id)));
    // Why each of those warnings is only a note.
    const where = serverless && `${serverless.file}${serverless.line ? `:${serverless.line}` : ''}`;
    const why = where
        ? `A warning that does not apply to a serverless function (${where}), whose platform gives each concurrent request an instance of its own`
        : 'A warning for the services built with it, not for code that serves no requests of its own';
    const note = (rule, reason) => ({
        rule: rule.id,
        text: `${reason}: ${rule.statement} (${agreementText(rule, knowledge)}).`,
        sources: [...rule.sources],
    });
    outcome.notes.unshift(...perProcess.map((rule) => note(rule, why)), ...onDevice.map((rule) => note(rule, "A warning for Node.js servers, not for a front end that does this work on the user's device")));
    const cited = new Set([...outcome.reasons, ...outcome.notes].map((r) => r.rule));
    const disputes = knowledge.disagreements.filter((d) => d.rules.some((id) => cited.has(id)));
    for (const d of disputes) {
        outcome.notes.push({
            rule: d.id,
            text: `The sources disagree on ${d.topic}: ${d.positions.map((p) => p.claim).join(' Against that: ')}`,
            sources: [...new Set(d.positions.flatMap((p) => p.sources))],
        });
    }
    return outcome;
}
/**
 * A warning that applies and is not covered in the code is a caveat, or a mismatch when enough
 * sources state it undisputed; one the component already covers is a fit, noted with what covers
 * it. Everything else that does not change the verdict (a disagreement, guidance that only names
 * the other stack) is a note, so a caveat always comes with something to do.
 */
function judgeByRules(workload, stack, knowledge, found, inapplicable = new Set()) {
    const mitigations = found.covering;
    const other = stack === 'node' ? 'python' : 'node';
    const rules = knowledge.rules.filter((r) => r.workload === workload);
    const discouraged = rules.filter((r) => r.stack === stack && r.stance === 'discouraged' && !inapplicable.has(r.id));
    const recommended = rules.filter((r) => r.stack === stack && r.stance === 'recommended');
    const elsewhere = rules.filter((r) => r.stack === other && r.stance === 'recommended');
    const what = `${STACK_LABEL[stack]} for ${workloadLabel(workload)}`;
    const ruleReason = (rule, prefix) => ({
        rule: rule.id,
        text: `${prefix} ${rule.statement} (${agreementText(rule, knowledge)}).`,
        sources: [...rule.sources],
    });
    const recommendation = recommended.map((rule) => ruleReason(rule, `The guidance recommends ${what}:`));
    const fit = (notes, mitigationsUsed = []) => {
        const reasons = recommendation.length > 0
            ? recommendation
            : [
                {
                    rule: 'no-warning',
                    text: `The guidance raises nothing against ${what} that applies here.`,
                    sources: [],
                },
            ];
        return {
            verdict: 'fits',
            reasons,
            notes,
            wouldChange: [
                `A shift of this component's work towards something the guidance sends to ${STACK_LABEL[other]}.`,
            ],
            mitigationsUsed,
        };
    };
    if (discouraged.length > 0) {
        const applicable = [...new Set(discouraged.flatMap((r) => r.mitigations))];
        const used = applicable.filter((id) => mitigations.has(id));
        const warnings = discouraged.map((rule) => ruleReason(rule, `The guidance warns against ${what}:`));
        if (used.length > 0) {
            return fit([...warnings, ...used.map((id) => mitigationReason(id, knowledge, mitigations))], used);
        }
        // Compiled code already doing part of the work (sharp's resizing in libvips) is the remedy the
        // guidance names, begun: what still computes in JavaScript is a caveat, not a wrong stack.
        const begun = applicable.filter((id) => found.partial.has(id));
        const decisive = begun.length === 0 &&
            discouraged.some((r) => r.agreement >= DECISIVE_AGREEMENT && r.disputedBy.length === 0);
        const wouldChange = applicable.map((id) => mitigationAction(id, knowledge));
        if (decisive && elsewhere.length > 0)
            wouldChange.push(`Or move this work to a ${STACK_LABEL[other]} component.`);
        if (!decisive)
            wouldChange.push('Or record the choice as an accepted decision in the config.');
        return {
            verdict: decisive ? 'mismatch' : 'fits-with-caveats',
            reasons: [...warnings, ...begun.map((id) => partialReason(id, knowledge, found))],
            notes: [],
            wouldChange,
            mitigationsUsed: [],
        };
    }
    if (recommended.length > 0) {
        const notes = recommended.some((r) => r.disputedBy.length === 0)
            ? []
            : elsewhere.map((rule) => ruleReason(rule, `Some sources prefer ${STACK_LABEL[other]}:`));
        return fit(notes);
    }
    if (elsewhere.length > 0) {
        // Warnings set aside as out of reach (see judgeWorkload) were said, in the notes: not nothing.
        const setAside = rules.some((r) => r.stack === stack && inapplicable.has(r.id));
        const against = setAside ? '' : ` and says nothing against ${STACK_LABEL[stack]}`;
        return fit(elsewhere.map((rule) => ruleReason(rule, `The guidance names ${STACK_LABEL[other]} for ${workloadLabel(workload)}${against}:`)));
    }
    return {
        verdict: 'inconclusive',
        reasons: [
            { rule: 'guidance-silent', text: `The guidance says nothing about ${what}.`, sources: [] },
        ],
        notes: [],
        wouldChange: ['An organisation rule in the config that covers this workload.'],
        mitigationsUsed: [],
    };
}
function mitigationOf(id, knowledge) {
    return knowledge.mitigations.find((m) => m.id === id);
}
/** The mitigation's short name for a sentence. */
function mitigationName(id, knowledge) {
    const m = mitigationOf(id, knowledge);
    return m?.name ?? id.replace(/-/g, ' ');
}
function mitigationAction(id, knowledge) {
    const m = mitigationOf(id, knowledge);
    return m?.action ?? m?.statement ?? id;
}
function mitigationReason(id, knowledge, found) {
    const m = mitigationOf(id, knowledge);
    const seen = (found.get(id) ?? []).map((e) => e.detail);
    return {
        rule: id,
        text: `Covered by ${mitigationName(id, knowledge)}: ${[...new Set(seen)].slice(0, 3).join(', ')}.`,
        sources: m?.sources ?? [],
    };
}
function partialReason(id, knowledge, found) {
    const { evidence, uncovered } = found.partial.get(id);
    const seen = [...new Set(evidence.map((e) => e.detail))].slice(0, 3).join(', ');
    const names = uncovered.slice(0, 3).join(', ');
    return {
        rule: id,
        text: `Covered in part by ${mitigationName(id, knowledge)} (${seen}); ${names} still ${uncovered.length > 1 ? 'compute' : 'computes'} in JavaScript.`,
        sources: mitigationOf(id, knowledge)?.sources ?? [],
    };
}
function inconclusive(summary, text, rule, wouldChange) {
    return {
        verdict: 'inconclusive',
        summary,
        reasons: [{ rule, text, sources: [] }],
        notes: [],
        rules: [rule],
        sources: [],
        mitigations: [],
        wouldChange,
    };
}
function judgeComponent(facts, knowledge, siblings) {
    const { stack } = facts;
    if (stack.stack === 'other') {
        const name = stack.otherName ?? 'This stack';
        return inconclusive(`${name} is not covered by the guidance, which compares Node.js and Python.`, `${name} is not covered by the guidance; Stack Fit judges only Node.js and Python components.`, 'stack-not-covered', ['Add organisation guidance for this stack, or ignore the component in the config.']);
    }
    if (stack.stack === 'unknown') {
        return inconclusive('No stack could be determined.', 'No manifest or source file of a known language was found in this component.', 'stack-unknown', ['A package.json, pyproject.toml or requirements.txt that declares the dependencies.']);
    }
    // The primary workload's own score: a class weighing more but shown only by corroborating
    // evidence is not what the component does.
    const top = facts.workloads.find((w) => w.workload === facts.primary[0]);
    if (facts.primary.length === 0 || !top || top.confidence === 'low') {
        const n = facts.workloads.reduce((sum, w) => sum + w.evidence.length, 0);
        return inconclusive('The signals are too weak to name a workload.', n === 0
            ? 'No dependency, import or code pattern points to a workload.'
            : `Only weak signals point to a workload (${facts.workloads.map((w) => w.workload).join(', ')}); a verdict needs more than one weak signal.`, 'weak-signals', ['Declared dependencies or code that shows what the component does.']);
    }
    const mitigations = detectMitigations(facts, knowledge, siblings);
    const outcomes = facts.primary.map((w) => {
        const outcome = {
            workload: w,
            ...judgeWorkload(w, stack.stack, knowledge, mitigations, facts),
        };
        if (facts.hostedBy !== undefined)
            return tentative(outcome, hostedText(facts.hostedBy));
        if (facts.sampleOf !== undefined)
            return tentative(outcome, sampleText(facts.sampleOf));
        // Work after the component's first class counts against it as a caveat at most, as secondary
        // work does: fedify's command-line tool renders avatars with jimp beside its commands.
        const first = facts.primary[0];
        if (first !== undefined && w !== first) {
            const text = `Its ${workloadLabel(w)} work comes after its ${workloadLabel(first)} work, so this is a caveat rather than a mismatch.`;
            return tentative(outcome, text);
        }
        return shownWeakly(w, facts, knowledge) ? tentative(outcome) : outcome;
    });
    // Secondary work counts only against the component: it can add a caveat, never a fit.
    for (const w of facts.workloads) {
        if (facts.primary.includes(w.workload) || w.score < SECONDARY_SHARE || w.confidence === 'low')
            continue;
        // In a folder of both stacks, work shown only by the other stack's code is not this stack's.
        if (w.evidence.every((e) => stackOfFile(e.file) === otherStack(stack.stack)))
            continue;
        const outcome = judgeWorkload(w.workload, stack.stack, knowledge, mitigations, facts);
        if (outcome.verdict === 'mismatch') {
            outcomes.push({
                workload: w.workload,
                ...outcome,
                verdict: 'fits-with-caveats',
                reasons: outcome.reasons.map((r) => ({
                    ...r,
                    text: `Secondary work (${workloadLabel(w.workload)}): ${r.text}`,
                })),
            });
        }
    }
    const verdict = worstVerdict(outcomes.map((o) => o.verdict));
    // Reasons are what the verdict turns on; the rest is a note. Each thing is said once.
    const relevant = outcomes.filter((o) => o.verdict === verdict);
    const reasons = uniqueReasons(relevant.flatMap((o) => o.reasons));
    const said = new Set(reasons.map((r) => r.rule));
    const notes = uniqueReasons(outcomes.flatMap((o) => (o.verdict === verdict ? o.notes : [...o.reasons, ...o.notes]))).filter((r) => !said.has(r.rule));
    const wouldChange = [...new Set(relevant.flatMap((o) => o.wouldChange))];
    if (stack.mixed) {
        notes.push({
            rule: 'mixed-stack',
            text: `Node.js and Python code are mixed in this component; it is judged as ${STACK_LABEL[stack.stack]}, the larger part.`,
            sources: [],
        });
    }
    const primaryText = facts.primary.map(workloadLabel).join(' and ');
    // The summary names the work the verdict turns on: a Node.js image API is a mismatch for its
    // CPU work, not for the I/O it also does.
    const against = [...new Set(relevant.map((o) => o.workload))];
    const againstText = against.map(workloadLabel).join(' and ');
    const secondary = against.filter((w) => !facts.primary.includes(w));
    const caveatText = secondary.length > 0
        ? `${STACK_LABEL[stack.stack]} fits ${primaryText} work, with a caveat on its ${secondary.map(workloadLabel).join(' and ')} work.`
        : `${STACK_LABEL[stack.stack]} fits ${primaryText} work, with caveats.`;
    const summaries = {
        fits: `${STACK_LABEL[stack.stack]} fits ${primaryText} work.`,
        'fits-with-caveats': caveatText,
        mismatch: `${STACK_LABEL[stack.stack]} goes against the guidance for ${againstText} work.`,
        inconclusive: `The guidance does not settle ${STACK_LABEL[stack.stack]} for ${primaryText} work.`,
    };
    const rules = [...new Set([...reasons, ...notes].map((r) => r.rule))];
    return {
        verdict,
        summary: summaries[verdict],
        reasons,
        notes,
        rules,
        sources: [...new Set([...reasons, ...notes].flatMap((r) => r.sources))].sort(),
        mitigations: [...mitigations.covering.entries()].map(([id, evidence]) => ({ id, evidence })),
        wouldChange,
    };
}
/**
 * Work shown by little weight (a dependency or two and their imports: tldr's one NLP package for
 * its page search) is not enough to call the stack wrong for it: a false mismatch is what turns a
 * team against the check. It is a caveat instead. So is work that only names say, with no second
 * kind of evidence and no code of the component's own doing it (node-vibrant: the catalogue knows
 * the package as colour extraction, but its own folder only wires up the packages beside it that
 * decode and quantize). Code doing the work is enough on its own: a Flask view streaming events.
 */
const MISMATCH_MIN_WEIGHT = 4;
function shownWeakly(workload, facts, knowledge) {
    const score = facts.workloads.find((w) => w.workload === workload);
    // What a package says of itself only corroborates: it does not make the work heavy
    // (@keyv/compress-gzip, "compress" and one call into pako). Nor does the shape of its code:
    // scrypt-js' unsigned shifts show a hash at work, not how much of it its users run.
    const shown = (score?.raw ?? 0) - (facts.inferred?.get(workload) ?? 0);
    if (shown < MISMATCH_MIN_WEIGHT)
        return true;
    if (score?.confidence === 'high')
        return false;
    return !knowledge.patterns.some((p) => !p.corroborates &&
        !p.inferred &&
        p.workloads[workload] !== undefined &&
        facts.patterns.has(p.id));
}
function tentative(outcome, text = `Little of the component shows ${workloadLabel(outcome.workload)} work, so this is a caveat rather than a mismatch.`) {
    if (outcome.verdict !== 'mismatch')
        return outcome;
    return {
        ...outcome,
        verdict: 'fits-with-caveats',
        reasons: [...outcome.reasons, { rule: 'light-evidence', text, sources: [] }],
    };
}
function hostedText(host) {
    return `It declares no dependency of its own and runs inside ${host === '' ? 'the root component' : host}, whose work the verdict follows, so this is a caveat rather than a mismatch.`;
}
function sampleText(collection) {
    return `It is one of the samples ${collection === '' ? 'this repository' : collection} writes in several languages, each in the language it shows, so this is a caveat rather than a mismatch.`;
}
function otherStack(stack) {
    return stack === 'node' ? 'python' : stack === 'python' ? 'node' : undefined;
}
/** The stack a file of evidence belongs to: the ecosystem of its manifest, or its language. */
function stackOfFile(file) {
    const manifest = manifestKindOf(file);
    if (manifest === 'package.json')
        return 'node';
    if (manifest && PYTHON_MANIFESTS.has(manifest))
        return 'python';
    return coveredStackOfFile(file);
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/analysis/analyze.ts

















const DEFAULT_LIMITS = {
    maxFiles: 500_000,
    maxBytes: 2 * 1024 ** 3,
    maxFileSize: 1024 * 1024,
    timeoutMs: 5 * 60_000,
};
const READ_CONCURRENCY = 32;
const MAX_SKIPPED_LISTED = 500;
async function analyzeRepository(source, options = {}) {
    const now = options.now ?? Date.now;
    const started = now();
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const deadline = started + limits.timeoutMs;
    const knowledge = await (0,runtime/* knowledgeFor */.G)(options.extraGuidance);
    const discovery = await discoverFiles(source, {
        maxFiles: limits.maxFiles,
        deadline,
        now,
        ignore: options.ignore,
    });
    const filesFound = discovery.files.length;
    const problems = discovery.problems;
    const skipped = discovery.skipped;
    const budget = { bytes: 0 };
    const readText = async (path) => {
        const read = await readBounded(source, path, limits.maxFileSize, budget, limits, deadline, now);
        if (read.kind === 'text')
            return read.text;
        if (read.kind !== 'limit')
            recordUnread(path, read, skipped, problems);
        return undefined;
    };
    const manifests = await readManifests(discovery.files, readText, problems);
    const drafts = buildComponents(discovery.files, manifests, options.overrides, options.repositoryName ?? ((0,file_source/* basenameOf */.Sv)(source.description) || 'repository'));
    for (const draft of drafts) {
        for (const v of draft.vendored ?? []) {
            const listed = v.packages.slice(0, 5).join(', ') + (v.packages.length > 5 ? ', …' : '');
            skipped.push({
                path: v.path,
                reason: 'vendored',
                detail: `copies of ${v.packages.length} of its dependencies (${listed})`,
                directory: true,
            });
        }
    }
    // Folders with an index.html: a bundler that starts from that page builds a browser app there.
    const pageDirs = new Set();
    // Folders with a cdk.json: the AWS CDK synthesizes infrastructure from the app it names there.
    const cdkApps = new Set();
    for (const path of discovery.files) {
        if (path === 'index.html' || path.endsWith('/index.html'))
            pageDirs.add((0,file_source/* dirnameOf */.az)(path));
        else if (path === CDK_CONFIG || path.endsWith(`/${CDK_CONFIG}`))
            cdkApps.add((0,file_source/* dirnameOf */.az)(path));
    }
    // At 200,000 files the paths are most of what the analysis holds. Judging needs only the stack
    // and a count from each component's list, so take those now; the scan then lets each list go
    // once its files are read.
    discovery.files.length = 0;
    const knownPackage = (m) => {
        const known = (0,analysis_signals/* ownCatalogueEntry */.mO)(m, knowledge);
        return known !== undefined && !(0,analysis_signals/* isNeutral */.GS)(known);
    };
    const profiles = new Map(drafts.map((d) => [
        d,
        {
            stack: detectStack(d, knownPackage),
            fileCount: d.files.length,
            small: smallComponent(d),
            native: nativeCodeOf(d),
            docsSite: isDocsSite(d),
            page: pageDirs.has(d.path),
            cdkApp: cdkApps.has(d.path),
            // Only a component with no project file weighs them (scriptedPageSignals): a package's
            // pages are its bundler's (pageEntrySignals), a Python project's its templates and assets.
            // A package.json of build tools alone bundles nothing into them (clumsy-bird's Grunt
            // concatenates the scripts its index.html loads).
            ownPages: d.manifests.some((m) => isProjectManifest(m) && !isToolingOnly(m))
                ? undefined
                : ownPagesOf(d, pageDirs, drafts),
        },
    ]));
    markManyStackCollections(drafts, profiles);
    const lists = drafts.map((d) => d.files);
    for (const draft of drafts)
        draft.files = [];
    const facts = await scanComponentFiles(drafts, lists, source, knowledge, limits, budget, deadline, now, problems, skipped, options.workers);
    // Parallel reads settle in any order; sort so the report does not depend on it.
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const components = judgeAll(drafts, profiles, facts, knowledge, options.accepted ?? []);
    const counts = Object.fromEntries(model/* VERDICTS */.bk.map((v) => [v, 0]));
    for (const c of components)
        if (!c.supporting)
            counts[c.verdict.verdict]++;
    const overall = overallVerdict(components);
    const skippedByReason = {};
    for (const s of skipped)
        skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
    const partial = discovery.partial ??
        (budget.exhausted === 'maxBytes'
            ? {
                reason: `stopped reading after ${limits.maxBytes} bytes (the byte limit)`,
                limit: 'maxBytes',
            }
            : budget.exhausted === 'timeoutMs'
                ? {
                    reason: `stopped after ${limits.timeoutMs} ms (the time limit)`,
                    limit: 'timeoutMs',
                }
                : undefined);
    return {
        tool: { name: 'stack-fit', version: version/* VERSION */.x },
        root: options.rootLabel ?? source.description,
        components,
        overall,
        counts,
        problems,
        stats: {
            filesScanned: filesFound,
            bytesRead: budget.bytes,
            manifestsParsed: manifests.length,
            skippedByReason,
            skipped: skipped.slice(0, MAX_SKIPPED_LISTED),
            skippedTruncated: Math.max(0, skipped.length - MAX_SKIPPED_LISTED),
            durationMs: now() - started,
        },
        ...(partial ? { partial } : {}),
    };
}
/** Takes up to `wanted` bytes of the read budget, or marks the budget exhausted and returns undefined. */
function reserve(budget, wanted, limits, deadline, now) {
    if (budget.exhausted)
        return undefined;
    if (now() > deadline) {
        budget.exhausted = 'timeoutMs';
        return undefined;
    }
    const allowance = Math.min(wanted, limits.maxBytes - budget.bytes);
    if (allowance <= 0) {
        budget.exhausted = 'maxBytes';
        return undefined;
    }
    budget.bytes += allowance;
    return allowance;
}
async function readBounded(source, path, maxBytes, budget, limits, deadline, now) {
    // Reserve the allowance before awaiting, so concurrent reads cannot overrun the budget together.
    const allowance = reserve(budget, maxBytes, limits, deadline, now);
    if (allowance === undefined)
        return { kind: 'limit' };
    const read = await (0,scan_file/* readText */.yR)(source, path, allowance, { maxSize: limits.maxFileSize });
    release(budget, allowance, read);
    return read;
}
/** Gives back the part of a reserved allowance the read did not use. */
function release(budget, allowance, read) {
    budget.bytes -= allowance - ('bytes' in read ? read.bytes : 0);
}
/** A file that gave no text: a skip (binary, too large) or a problem (could not be read). */
function recordUnread(path, unread, skipped, problems) {
    if (unread.kind === 'error')
        problems.push({ file: path, message: unread.message });
    else if (unread.kind === 'too-large')
        skipped.push({ path, reason: 'too-large', detail: unread.detail });
    else
        skipped.push({ path, reason: 'binary' });
}
async function readManifests(paths, readText, problems) {
    const manifests = [];
    const seen = new Set();
    const candidates = paths.filter((p) => manifestKindOf(p) !== undefined);
    await forEachBounded(candidates, READ_CONCURRENCY, async (path) => {
        const kind = manifestKindOf(path);
        if (kind === 'requirements.txt') {
            // Includes are followed inside the repository only, each file once.
            const tree = await (0,manifests_requirements/* readRequirementsTree */.x_)(path, readText);
            for (const m of tree.manifests) {
                if (seen.has(m.file))
                    continue;
                seen.add(m.file);
                manifests.push(m);
            }
            problems.push(...tree.problems);
            return;
        }
        const text = await readText(path);
        if (text === undefined)
            return;
        const result = await parseManifest(path, kind, text);
        problems.push(...result.problems);
        if (result.manifest && !seen.has(path)) {
            seen.add(path);
            manifests.push(result.manifest);
        }
    });
    manifests.sort((a, b) => (a.file < b.file ? -1 : 1));
    return dedupeProblems(problems, (0,manifests_requirements/* scopeOptionalRequirementFiles */.Nw)(manifests));
}
/** Requirement trees overlap; report each problem once. */
function dedupeProblems(problems, manifests) {
    const seen = new Set();
    let write = 0;
    for (const p of problems) {
        const key = `${p.file}:${p.line ?? ''}:${p.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems[write++] = p;
    }
    problems.length = write;
    return manifests;
}
/**
 * The files to scan, one at a time (a list of them all would cost a record per file). `lists[i]`
 * holds the paths of `drafts[i]`; each list is emptied as the scan moves past it, so its paths can
 * be collected while the rest is read.
 */
function* scanItems(drafts, lists) {
    for (let i = 0; i < drafts.length; i++) {
        const draft = drafts[i];
        const paths = lists[i];
        lists[i] = [];
        for (const path of paths) {
            const kind = fileKindOf(path);
            if (kind?.scan)
                yield { draft, path, language: kind.scan, notebook: !!kind.notebook };
        }
    }
}
function scannableCount(lists, atLeast) {
    let count = 0;
    for (const paths of lists) {
        for (const path of paths)
            if (fileKindOf(path)?.scan && ++count >= atLeast)
                return count;
    }
    return count;
}
async function scanComponentFiles(drafts, lists, source, knowledge, limits, budget, deadline, now, problems, skipped, workers) {
    const result = new Map();
    for (const draft of drafts)
        result.set(draft, new analysis_signals/* CodeFacts */.Rn(knowledge));
    /** Reserves the item's read allowance before it is read, so parallel reads cannot overrun the budget. */
    const prepare = (item) => {
        // Notebooks embed outputs; read them whole (within the file cap) to reach every code cell.
        const cap = item.notebook ? limits.maxFileSize : Math.min(scan_file/* SOURCE_READ_BYTES */.Vy, limits.maxFileSize);
        const allowance = reserve(budget, cap, limits, deadline, now);
        if (allowance === undefined)
            return undefined;
        return {
            path: item.path,
            language: item.language,
            notebook: item.notebook,
            cap: allowance,
            maxSize: limits.maxFileSize,
        };
    };
    const settle = (item, job, outcome) => {
        release(budget, job.cap, outcome);
        if (outcome.kind !== 'facts')
            recordUnread(item.path, outcome, skipped, problems);
        else {
            if (outcome.problem)
                problems.push({ file: item.path, message: outcome.problem });
            result.get(item.draft).add({
                path: item.path,
                language: item.language,
                notebook: item.notebook,
                test: isAuxiliaryFileOf(item.draft, item.path) ||
                    isServedAsset(item.draft, item.path, item.language),
                imports: outcome.imports,
                patterns: outcome.patterns,
            });
        }
    };
    const scratch = (0,scan_file/* scanScratch */.GH)();
    // The main thread's lane beside the workers scans one file at a time, so one buffer serves.
    const scanHere = (job) => (0,scan_file/* scanFile */.WN)(source, job, knowledge, scratch);
    const minFiles = workers?.minFiles ?? scan_workers/* MIN_FILES_FOR_WORKERS */.zw;
    const parallel = workers &&
        workers.count > 0 &&
        source.localRoot !== undefined &&
        scannableCount(lists, minFiles) >= minFiles;
    if (parallel) {
        // worker_threads and the pool load only for a scan this large.
        const { scanInWorkers } = await __webpack_require__.e(/* import() */ 679).then(__webpack_require__.bind(__webpack_require__, 1060));
        await scanInWorkers({
            workers,
            root: source.localRoot,
            items: scanItems(drafts, lists),
            knowledge,
            prepare,
            settle,
            scanHere,
        });
    }
    else {
        let stopped = false;
        // Each lane reads one file at a time, so each lane owns one read buffer.
        const scratches = [];
        await forEachBounded(scanItems(drafts, lists), READ_CONCURRENCY, async (item, lane) => {
            if (stopped)
                return;
            const job = prepare(item);
            if (!job) {
                stopped = true;
                return;
            }
            settle(item, job, await (0,scan_file/* scanFile */.WN)(source, job, knowledge, (scratches[lane] ??= (0,scan_file/* scanScratch */.GH)())));
        });
    }
    return result;
}
// A library's command-line wrapper (js-yaml's, semver's bin script) is a way to call its functions,
// not its work: it weighs like code beside the product.
const CLI_PATTERNS = ['js-shebang'];
// In code that serves requests, a wait of minutes between runs is a background task of the server
// (lbry's blob announcer, electrumx's peer discovery), not a job the component is for.
const SERVER_TASK_PATTERNS = ['py-periodic-wait'];
const RENDERS_PAGES = ['py-render-template', 'js-server-templates'];
/** Pages rendered on the server by a JavaScript framework, or their data loaders. */
const SERVER_PAGES = 'js-server-side-props';
// Code that answers requests: a server set-up, routes, handlers, pages rendered on the server.
const SERVES = [
    'js-http-listen',
    'js-route-handler',
    'js-lambda-handler',
    'js-edge-worker',
    'js-mcp-server',
    'js-nest-route',
    'js-nest-gateway',
    'js-graphql-server',
    'js-ws-server',
    'js-socket-connection',
    'js-server-sent-events',
    'js-server-templates',
    'js-server-side-props',
    'js-nitro-server',
    'py-route-decorator',
    'py-stdlib-http-server',
    'py-wsgi-app',
    'py-socket-server',
    'py-lambda-handler',
    'py-mcp-server',
    'py-websocket-route',
    'py-websocket-handler',
    'py-socketio-event',
    'py-server-sent-events',
    'py-render-template',
];
const MIN_PAGE_FILES = 3;
/**
 * Whether the component's own code serves requests. Not a standard-library server that answers
 * one request and stops, when nothing else serves (spotipy's sign-in: a local HTTPServer catching
 * the OAuth redirect with handle_request()): that is how a client library logs in.
 */
function servesRequests(code) {
    const serving = SERVES.filter((id) => code.ownPattern(id));
    if (serving.length === 0)
        return false;
    const oneRequest = code.ownPattern('py-one-request-server') &&
        serving.every((id) => id === 'py-stdlib-http-server');
    return !oneRequest;
}
// A desktop app's window is its product: lossless-cut's remote-control HTTP API in Electron's main
// process does not make it a server.
const DESKTOP_SHELLS = new Set(['electron', '@tauri-apps/api', 'nw']);
function isDesktopApp(manifests) {
    return (dependencyMatch(manifests, (d, m) => m.kind === 'package.json' && DESKTOP_SHELLS.has(d.name)) !== undefined);
}
// A published package that serves nothing and needs an HTTP client at run time is an API client
// (an SDK): its work is the requests it sends. Not a command-line tool that sends requests
// (httpie): its interface says what it is.
const CLI_ENTRIES = ['py-cli', 'js-shebang'];
const HTTP_CLIENTS = new Set([
    'requests',
    'httpx',
    'aiohttp',
    'urllib3',
    'axios',
    'node-fetch',
    'got',
    'undici',
    'ky',
    'superagent',
    'cross-fetch',
]);
const SERVER_FRAMEWORK_CLASSES = ['io-api', 'server-web', 'realtime'];
const SERVER_FRAMEWORK_WEIGHT = 2;
function httpClientLibrarySignals(manifests, knowledge) {
    const runtime = manifests.flatMap((m) => m.dependencies.filter((d) => d.scope === 'runtime'));
    const client = runtime.find((d) => HTTP_CLIENTS.has(d.name.toLowerCase()));
    const named = client && manifests.find((m) => m.name && m.dependencies.includes(client));
    if (!client || !named)
        return [];
    // Not an application built on a server framework that happens to serve nothing yet (errbot's
    // Flask web hooks), nor a desktop app: the framework or the window says what it is.
    const framework = runtime.some((d) => {
        const w = (0,analysis_signals/* lookupDependency */.qx)(knowledge, d)?.workloads ?? {};
        return SERVER_FRAMEWORK_CLASSES.some((c) => (w[c] ?? 0) >= SERVER_FRAMEWORK_WEIGHT);
    });
    // Nor a site its pages are built for (writethedocs' Sphinx project pins urllib3 for its builds).
    if (framework || isDesktopApp(manifests) || runtime.some(isDocsGenerator))
        return [];
    return [
        {
            workload: 'io-api',
            weight: 2,
            kind: 'dependency',
            evidence: {
                file: named.file,
                line: client.line,
                detail: `a package that sends requests through ${client.name} and serves none`,
            },
        },
    ];
}
/**
 * A package that declares a command-line program (package.json `bin`, Python console scripts),
 * serves nothing and is not a library whose command wraps its functions is a command-line tool
 * (tldr's client, whose bin script has no extension to be read by; buku's one-module CLI).
 */
function commandSignals(manifests, serves) {
    if (serves || libraryCli(manifests))
        return [];
    const m = manifests.find((x) => x.command);
    if (!m)
        return [];
    // A command that starts the package's server (electrumx_server, pypi-server, weewxd) launches a
    // service, and the others beside it administer that service (electrumx_rpc): no command-line
    // tool.
    if (m.command?.names?.some((n) => startsServer(n, m.name)))
        return [];
    const declared = m.kind === 'package.json' ? 'bin' : 'console scripts';
    return [
        toolingSignal({
            file: m.file,
            line: m.command?.line,
            detail: `declares a command-line program (${declared})`,
        }),
    ];
}
/** A command named for starting a server or daemon: `*-server`, `serve`, or the package's name and `d`. */
function startsServer(command, packageName) {
    return (SERVER_COMMAND.test(command) ||
        (packageName !== undefined && command.toLowerCase() === `${packageName.toLowerCase()}d`));
}
const SERVER_COMMAND = /(?:^|[-_.])(?:server|serve|daemon)$/i;
/**
 * A component that is a folder of tests run by a test runner or a browser driver (SigNoz's tests/
 * on pytest and testcontainers, its tests/e2e on Playwright, nginx-proxy-manager's test/ on
 * Cypress) is test automation: the services its code calls are the system under test.
 */
function testSuiteSignals(path, manifests) {
    if (!TEST_SUITE_DIR.test((0,file_source/* basenameOf */.Sv)(path)))
        return [];
    const found = dependencyMatch(manifests, (d) => TEST_RUNNERS.has(d.name.toLowerCase()));
    if (!found)
        return [];
    const { manifest, dependency: runner } = found;
    return [
        packageSignal('automation', TEST_SUITE_WEIGHT, {
            file: manifest.file,
            line: runner.line,
            detail: `a test suite run by ${runner.name}`,
        }),
    ];
}
const TEST_SUITE_DIR = /^(?:tests?|e2e|e2e[-_]tests?|ui[-_]tests?|integration[-_]tests?|acceptance[-_]tests?|cypress|playwright)$/i;
const TEST_RUNNERS = new Set([
    'pytest',
    'selenium',
    'playwright',
    'pytest-playwright',
    '@playwright/test',
    'cypress',
    'mocha',
    'jest',
    'vitest',
    '@jupyterlab/galata',
    'puppeteer',
    'webdriverio',
    '@wdio/cli',
    'nightwatch',
    'testcafe',
    'behave',
    'robotframework',
]);
const TEST_SUITE_WEIGHT = 4;
/** What a package says it is for developers (a command, an editor extension): automation. */
function toolingSignal(evidence) {
    return packageSignal('automation', COMMAND_WEIGHT, evidence);
}
/** A signal read from what the package declares of itself, not from a dependency or its code. */
function packageSignal(workload, weight, evidence) {
    return { workload, weight, kind: 'package', evidence };
}
const COMMAND_WEIGHT = 2;
/**
 * A served app that bundles everything it runs (flood: `start` runs the bundle, every package is a
 * devDependency) declares its runtime packages for development: they are what it runs.
 */
function bundlesItsRuntime(m) {
    return (m.kind === 'package.json' &&
        !m.libraryEntry &&
        (m.scripts?.start !== undefined || m.command !== undefined) &&
        !m.dependencies.some((d) => d.scope === 'runtime'));
}
/**
 * Collection roots whose projects run on Node.js, Python and other stacks alike take no stack of
 * their own (see manyStackCollection). A folder of loose samples with no manifest of its own is such
 * a root too (dapr's quickstarts: only the Dockerfiles of samples below it), and is marked one.
 */
function markManyStackCollections(drafts, profiles) {
    const projects = drafts.map((d) => ({ path: d.path, stack: profiles.get(d).stack.stack }));
    const paths = projects.map((p) => p.path);
    for (const d of drafts) {
        const bare = d.otherManifests.length === 0 &&
            d.manifests.every((m) => m.kind === 'Dockerfile' && (0,file_source/* dirnameOf */.az)(m.file) !== d.path);
        if (!d.collectionRoot && !bare)
            continue;
        const profile = profiles.get(d);
        const many = manyStackCollection(profile.stack, d.path, projects, d.bare);
        if (!many)
            continue;
        profile.stack = many;
        d.collectionRoot = true;
        d.manyStacks = true;
        if (!languageTwins(d.path, paths))
            continue;
        const prefix = d.path === '' ? '' : `${d.path}/`;
        for (const sample of drafts)
            if (sample !== d && sample.path.startsWith(prefix))
                sample.sampleOf = d.path;
    }
}
/** A component with at most this many files of its own code (tests, examples, tools aside) is small. */
const SMALL_COMPONENT_FILES = 10;
function smallComponent(draft) {
    let own = 0;
    for (const f of draft.files) {
        if (isAuxiliaryFileOf(draft, f))
            continue;
        if (++own > SMALL_COMPONENT_FILES)
            return false;
    }
    return own > 0;
}
/**
 * A library (package.json `main`, `module` or `exports`) that nothing starts as an app: no `start`
 * script, or one that only serves a demo with a development server (nanoid's `vite test/demo/`).
 * Its command-line wrapper is a way to call its functions.
 */
function libraryCli(manifests) {
    return manifests.some((m) => m.kind === 'package.json' &&
        m.libraryEntry &&
        (m.scripts?.start === undefined || DEV_SERVER.test(m.scripts.start)));
}
/**
 * A package.json whose start script runs its own code with Node.js (`node ./lib/app.js`, `node
 * server`, `node dist`): the component is a server process, so the front end it builds can only be
 * pages that server serves (matrix-appservice-slack's provisioning widget beside its bridge,
 * web-check's React UI beside the Express API that runs its checks).
 */
function startsOwnServer(manifests) {
    return (scriptMatch(manifests, 'start', OWN_NODE_PROCESS) !== undefined ||
        scriptMatch(manifests, 'start', BACKEND_FRAMEWORK_START) !== undefined);
}
/**
 * A backend framework's own command starting the project's server (`medusa start`: medusa's B2B
 * starter, whose admin widgets are React; `nest start`, `strapi start`, `sails lift`).
 */
const BACKEND_FRAMEWORK_START = /^(?:medusa|strapi|nest|keystone|sails)\s+(?:start|lift)\b/;
/** The first dependency, in manifest order, that `test` accepts, with the manifest declaring it. */
function dependencyMatch(manifests, test) {
    for (const manifest of manifests) {
        const dependency = manifest.dependencies.find((d) => test(d, manifest));
        if (dependency)
            return { manifest, dependency };
    }
    return undefined;
}
/** The first package.json whose `script` matches `pattern`, with the match. */
function scriptMatch(manifests, script, pattern) {
    for (const manifest of manifests) {
        const match = manifest.kind === 'package.json' && pattern.exec(manifest.scripts?.[script] ?? '');
        if (match)
            return { manifest, match };
    }
    return undefined;
}
// An environment set first (`cross-env NODE_ENV=production node server/index.js`, Lunalytics;
// `NODE_ENV=production node app.js`) still starts the package's own process, and so do TypeScript
// and Bun runners given a file of the package (`tsx src/server.ts`, `bun run src/index.ts`): its
// own file, not a tool installed in node_modules/.
const NOT_INSTALLED = String.raw `(?!(?:\.\/)?node_modules\/)`;
const OWN_NODE_PROCESS = new RegExp(String.raw `^(?:(?:cross-env\s+)?(?:[A-Z_][A-Z\d_]*=\S*\s+)+)?` +
    String.raw `(?:node\s+(?:--[\w-]+(?:=\S+)?\s+)*${NOT_INSTALLED}[\w./-]+` +
    String.raw `|(?:tsx|ts-node|bun(?:\s+run)?)\s+(?:--?[\w-]+(?:=\S+)?\s+)*` +
    String.raw `${NOT_INSTALLED}[\w.-]*(?:\/[\w./-]*|\.[cm]?[jt]sx?))(?:\s|$)`);
/**
 * Vite and Parcel start from the index.html beside the package.json: with one there, the package
 * builds a browser app from it (spotify/web-api-examples' get_user_profile, a page of TypeScript
 * with nothing but Vite installed), however few UI packages it lists.
 */
function pageEntrySignals(manifests) {
    const found = dependencyMatch(manifests, (d, m) => m.kind === 'package.json' && PAGE_BUNDLERS.has(d.name));
    if (!found)
        return [];
    const dir = (0,file_source/* dirnameOf */.az)(found.manifest.file);
    const file = (0,file_source/* joinRepoPath */.Kp)(dir, 'index.html');
    return [
        {
            workload: 'spa-frontend',
            weight: PAGE_ENTRY_WEIGHT,
            kind: 'code-pattern',
            evidence: { file, detail: `page ${found.dependency.name} builds into a browser app` },
        },
    ];
}
/**
 * A package that ships one file for browsers (package.json `browser`: paged.js' dist/paged.js,
 * swetrix's tracker) runs in the page. That backs what its DOM code shows; alone it is no workload.
 */
function browserBuildSignals(manifests) {
    const m = manifests.find((x) => x.kind === 'package.json' && x.browserBuild);
    if (!m)
        return [];
    return [
        {
            ...packageSignal('spa-frontend', BROWSER_BUILD_WEIGHT, {
                file: m.file,
                line: m.browserBuild?.line,
                detail: 'ships a build for browsers (package.json "browser")',
            }),
            corroborates: true,
        },
    ];
}
const BROWSER_BUILD_WEIGHT = 1;
const CDK_CONFIG = 'cdk.json';
const CDK_APP_WEIGHT = 2.5;
/**
 * An AWS CDK app (a cdk.json naming the program `cdk synth` runs): infrastructure as code, whatever
 * its package.json installs for the functions it deploys (serverless-image-handler's constructs
 * package lists sharp, which its image Lambda uses).
 */
function cdkAppSignals(path) {
    return [
        {
            workload: 'automation',
            weight: CDK_APP_WEIGHT,
            kind: 'code-pattern',
            evidence: {
                file: (0,file_source/* joinRepoPath */.Kp)(path, CDK_CONFIG),
                detail: 'an AWS CDK app: infrastructure as code',
            },
        },
    ];
}
const PAGE_BUNDLERS = new Set(['vite', 'parcel', 'parcel-bundler']);
const PAGE_ENTRY_WEIGHT = 1;
/**
 * A component's own folders with an index.html: no component nested in it claims them, and they
 * are no tests, docs or examples of it. Undefined when it has none.
 */
function ownPagesOf(draft, pageDirs, drafts) {
    const prefix = draft.path === '' ? '' : `${draft.path}/`;
    const nested = drafts.filter((d) => d !== draft && d.path.startsWith(prefix));
    let count = 0;
    let first;
    for (const dir of pageDirs) {
        if (dir !== draft.path && !dir.startsWith(prefix))
            continue;
        if (nested.some((d) => dir === d.path || dir.startsWith(`${d.path}/`)))
            continue;
        if ((0,analysis_signals/* isAuxiliaryPath */.WU)((0,file_source/* joinRepoPath */.Kp)(dir, 'index.html'), draft.path))
            continue;
        count++;
        if (first === undefined || dir < first)
            first = dir;
    }
    return first === undefined ? undefined : { count, first };
}
const DOM_PATTERN = 'js-dom-api';
const SCRIPTED_PAGE_WEIGHT = 1;
const SCRIPTED_PAGES_MAX = 2;
/**
 * Web pages written with no build at all, their scripts working the DOM (bradtraversy's
 * vanillawebprojects: twenty folders of index.html, script.js and style.css, no manifest): a browser
 * front end without a framework. The pages are counted only for a component with no project file.
 */
function scriptedPageSignals(pages, domCode) {
    if (!pages || !domCode)
        return [];
    return [
        {
            workload: 'spa-frontend',
            weight: Math.min(SCRIPTED_PAGE_WEIGHT + 0.25 * (pages.count - 1), SCRIPTED_PAGES_MAX),
            kind: 'code-pattern',
            evidence: {
                file: (0,file_source/* joinRepoPath */.Kp)(pages.first, 'index.html'),
                detail: pages.count > 1
                    ? `${pages.count} web pages with their own scripts`
                    : 'a web page with its own script',
            },
        },
    ];
}
/**
 * A package whose build runs a static-site generator (`vitepress build`, `docusaurus build`) is
 * the site it builds: pages a browser loads (starship's docs/, a VitePress site that installs
 * VitePress and nothing else). A library that builds its docs from another script stays a library.
 */
function staticSiteSignals(manifests) {
    const site = scriptMatch(manifests, 'build', SITE_BUILD);
    if (!site)
        return [];
    return [
        packageSignal('spa-frontend', FRONT_END_PACKAGE_WEIGHT, {
            file: site.manifest.file,
            detail: `builds a static site with ${site.match[1]}`,
        }),
    ];
}
const SITE_BUILD = /^(?:npx\s+)?(vitepress|vuepress|docusaurus|astro|hexo)\s+(?:build|generate)\b/;
/**
 * A package whose start script opens it in Electron (`electron .`) is a desktop app, and the
 * windows it opens are web pages: a browser front end, whatever it draws them with (stretchly's
 * plain HTML and scripts, with no UI framework to name).
 */
function desktopWindowSignals(manifests) {
    const app = scriptMatch(manifests, 'start', ELECTRON_START);
    if (!app)
        return [];
    return [
        packageSignal('spa-frontend', FRONT_END_PACKAGE_WEIGHT, {
            file: app.manifest.file,
            detail: 'a desktop app whose windows are web pages (Electron)',
        }),
    ];
}
const ELECTRON_START = /^(?:npx\s+)?(?:electron\s+\.|electron-forge\s+start|electron-vite\s+preview)(?:\s|$)/;
/** The catalogue names of the packages a component's manifests declare it to be. */
function ownNames(manifests, knowledge) {
    const names = new Set();
    for (const m of manifests) {
        const known = (0,analysis_signals/* ownCatalogueEntry */.mO)(m, knowledge);
        if (known)
            names.add(known.name);
    }
    return names;
}
/**
 * Remix and React Router's framework mode run a route's loader on the server before its page
 * renders, so an app of many such pages is server-rendered (pagesFirst). A Next.js app whose server
 * components fetch their data stays a front end: the labels read such apps as front ends nine times
 * in ten (midday's dashboard, SurfSense's web app), unless it declares a database client
 * (queriesDatabaseInSite).
 */
function loadsOnServer(manifests) {
    return dependencyMatch(manifests, (d) => LOADER_FRAMEWORK.test(d.name)) !== undefined;
}
const LOADER_FRAMEWORK = /^@(?:remix-run|react-router)\//;
/**
 * A full-stack framework's app (Next.js, Nuxt, SvelteKit) that declares a database client or ORM
 * for running: no browser loads one, so its pages and routes run on its server (spliit's Prisma,
 * pages-cms' Drizzle, cusdis' Prisma under Next.js). A package of the repository that declares one
 * counts as one (typehero's apps query Prisma through @repo/db): `databasePackages`.
 */
function queriesDatabaseInSite(manifests, knowledge, databasePackages) {
    const declares = (test) => dependencyMatch(manifests, (d, m) => m.kind === 'package.json' && d.scope === 'runtime' && test(d)) !== undefined;
    return (declares((d) => (0,analysis_signals/* lookupDependency */.qx)(knowledge, d)?.role === 'site-framework') &&
        declares((d) => DATABASE_CLIENTS.has(d.name) || databasePackages.has(d.name)));
}
/**
 * The component a Node.js package runs inside (ComponentFacts.hostedBy): its package.json declares
 * no dependency, workspace or command of its own, and its code imports a package the nearest
 * component above it declares for running (Volumio's appearance plug-in calls jimp, which the
 * player's root package.json installs).
 */
function hostOf(draft, byPath, imports) {
    if (draft.path === '' || imports.size === 0)
        return undefined;
    const own = draft.manifests.filter((m) => m.kind === 'package.json');
    const bare = (m) => m.dependencies.length === 0 && !m.command && (m.workspaces?.length ?? 0) === 0;
    if (own.length === 0 || !own.every(bare))
        return undefined;
    const host = nearest(byPath, (0,file_source/* dirnameOf */.az)(draft.path));
    const installs = new Set(host?.manifests.flatMap((m) => m.kind === 'package.json'
        ? m.dependencies.filter((d) => d.scope === 'runtime').map((d) => d.name)
        : []));
    return host && [...imports.keys()].some((name) => installs.has(name)) ? host.path : undefined;
}
/** The npm packages of this repository that declare a database client for running. */
function databasePackagesOf(drafts) {
    const names = new Set();
    for (const draft of drafts)
        for (const m of draft.manifests) {
            if (m.kind !== 'package.json' || m.name === undefined)
                continue;
            if (m.dependencies.some((d) => d.scope === 'runtime' && DATABASE_CLIENTS.has(d.name)))
                names.add(m.name);
        }
    return names;
}
const DATABASE_CLIENTS = new Set([
    '@prisma/client',
    'prisma',
    'drizzle-orm',
    'pg',
    'postgres',
    'mysql2',
    'mysql',
    'mongoose',
    'mongodb',
    'kysely',
    'typeorm',
    'sequelize',
    'better-sqlite3',
    'sqlite3',
    '@libsql/client',
    'knex',
    '@neondatabase/serverless',
    '@vercel/postgres',
    '@planetscale/database',
    'ioredis',
    'redis',
]);
/**
 * A package named as a plug-in, loader or preset that declares the build or lint tool it extends as
 * a peer (`@rollup/plugin-commonjs` and rollup, `@cspell/eslint-plugin` and eslint) runs inside that
 * tool: build tooling, whatever its own code transforms. Its test fixtures say nothing of it. So
 * does a package published in a development tool's own scope with that tool as its peer
 * (`@size-limit/esbuild` and size-limit, whose catalogue entry says it is tooling).
 */
function toolPluginSignals(manifests, knowledge) {
    const found = dependencyMatch(manifests, (d, m) => m.kind === 'package.json' &&
        m.name !== undefined &&
        // A plug-in named as one may install its host for running too (@blueprintjs/eslint-plugin).
        ((PLUGIN_NAME.test(m.name) &&
            PLUGIN_HOSTS.has(d.name) &&
            (d.scope === 'peer' || d.scope === 'runtime')) ||
            // The well-known hosts' plug-ins follow the naming convention (@rollup/pluginutils is not one).
            (d.scope === 'peer' &&
                m.name.startsWith(`@${d.name}/`) &&
                !PLUGIN_HOSTS.has(d.name) &&
                isDevelopmentTool(knowledge, d.name))));
    if (!found)
        return [];
    const { manifest, dependency: host } = found;
    return [
        packageSignal('automation', TOOL_PLUGIN_WEIGHT, {
            file: manifest.file,
            ...(host.line === undefined ? {} : { line: host.line }),
            detail: `a plug-in of ${host.name}, the tool it declares ${host.scope === 'peer' ? 'as a peer' : 'for running'}`,
        }),
    ];
}
/** Whether the catalogue says an npm package is itself development tooling, above all else. */
function isDevelopmentTool(knowledge, name) {
    const known = knowledge.npmPackage(name);
    const itself = known?.itself ?? known?.workloads;
    if (!itself)
        return false;
    const automation = itself.automation ?? 0;
    return automation > 0 && Object.values(itself).every((w) => w <= automation);
}
const PLUGIN_NAME = /(?:^|[/-])(?:plugin|loader|preset)(?:[/-]|$)/;
const PLUGIN_HOSTS = new Set([
    'rollup',
    'vite',
    'webpack',
    'esbuild',
    'parcel',
    'eslint',
    '@babel/core',
    'postcss',
    'prettier',
    'stylelint',
    'gulp',
    'grunt',
    'karma',
    'tailwindcss',
    'markdownlint',
]);
/**
 * In a build tool's plug-in, the front-end packages it declares and imports (the tool itself, the
 * frameworks it has adapters for) are what its users build, not what it does: vite-plugin-pwa's
 * virtual modules for React, Vue and Svelte register a service worker in its users' apps.
 */
function buildsForUsers(signal) {
    return (signal.workload === 'spa-frontend' && (signal.kind === 'dependency' || signal.kind === 'import'));
}
/**
 * Being a tool's plug-in says what the package is, as a catalogue entry's `itself` does: it outweighs
 * what its tests' fixtures and its development dependencies hint at.
 */
const TOOL_PLUGIN_WEIGHT = 4;
/**
 * A package whose `engines` names the application that runs it is that application's plug-in,
 * and that says what it is: a Visual Studio Code extension runs in the editor's extension host,
 * developer tooling whatever servers or pipes it opens to talk to its helpers (vscode-python's
 * named pipes) and above the WebAssembly it calls (dioxus' extension formats RSX in WebAssembly),
 * weighed as a build tool's plug-in. A Homebridge plug-in (Homebridge requires `engines.homebridge`
 * of one) bridges devices into HomeKit: device integration, whatever client or small admin server
 * its code uses to reach them (homebridge-shelly's Express admin API); the host's contract says
 * what the package is, as the catalogue's entry for a known package does, and weighs as much.
 */
function hostedPluginSignals(manifests) {
    const signals = [];
    for (const host of PLUGIN_ENGINES) {
        const m = manifests.find((x) => x.kind === 'package.json' &&
            x.engines?.[host.engine] !== undefined &&
            x.name !== host.engine);
        if (m)
            signals.push(packageSignal(host.workload, host.weight, { file: m.file, detail: host.detail }));
    }
    return signals;
}
const PLUGIN_ENGINES = [
    {
        engine: 'vscode',
        workload: 'automation',
        weight: TOOL_PLUGIN_WEIGHT,
        detail: 'a Visual Studio Code extension (engines.vscode)',
    },
    {
        engine: 'homebridge',
        workload: 'iot',
        weight: analysis_signals/* OWN_PACKAGE_TOP */.IV,
        detail: 'a Homebridge plug-in (engines.homebridge)',
    },
];
/**
 * A Python package named after the tool it extends that registers in that tool's entry-point group
 * (kedro-airflow in `kedro.project_commands`, a `pytest-*` package in `pytest11`, `mkdocs-*` in
 * `mkdocs.plugins`) is that tool's plug-in: development or pipeline tooling, whatever its host's
 * catalogue entry says of the host's users (kedro's data pipelines). A library that only ships a
 * pytest plug-in beside its own work (anyio) is not named after pytest.
 */
function pythonPluginSignals(manifests) {
    for (const m of manifests) {
        if (!m.name || !m.entryGroups)
            continue;
        const name = (0,assemble/* normalizePypiName */.Ty)(m.name);
        for (const { group, line } of m.entryGroups) {
            const host = PYTHON_PLUGIN_HOSTS.get(group) ?? PYTHON_PLUGIN_HOSTS.get(group.split('.')[0]);
            // A theme (sphinx.html_themes, mkdocs.themes) is the site's front end, not its tooling.
            if (!host || !name.startsWith(`${host}-`) || group.includes('theme'))
                continue;
            return [
                packageSignal('automation', TOOL_PLUGIN_WEIGHT, {
                    file: m.file,
                    ...(line === undefined ? {} : { line }),
                    detail: `a plug-in of ${host} (entry points "${group}")`,
                }),
            ];
        }
    }
    return [];
}
/** Entry-point groups (or their first dotted part) of development tools, and the tool each names. */
const PYTHON_PLUGIN_HOSTS = new Map([
    ['pytest11', 'pytest'],
    ['kedro', 'kedro'],
    ['mkdocs', 'mkdocs'],
    ['sphinx', 'sphinx'],
    ['flake8', 'flake8'],
    ['tox', 'tox'],
    ['poetry', 'poetry'],
    ['hatch', 'hatch'],
    ['pdm', 'pdm'],
    ['twine', 'twine'],
    ['sqlfluff', 'sqlfluff'],
    ['pylint', 'pylint'],
]);
/** The weight a peer's catalogue entry gives to front-end work when the peer is a UI runtime. */
const UI_RUNTIME_WEIGHT = 2;
/**
 * A package others import (package.json `main`, `module` or `exports`), which runs where they do;
 * unless it declares a UI runtime as its peer (React, Vue, Observable's notebook runtime): then it
 * runs where that runtime does, in a browser or on a device, as a front end's part
 * (endpointservices' exported Observable notebooks, each a package whose peer is
 * `@observablehq/runtime`, one of them running TensorFlow.js in the page).
 */
function isLibrary(manifests, knowledge) {
    if (!manifests.some((m) => m.libraryEntry === true))
        return false;
    return !manifests.some((m) => m.dependencies.some((d) => d.scope === 'peer' &&
        d.ecosystem === 'npm' &&
        (knowledge.npmPackage(d.name)?.workloads['spa-frontend'] ?? 0) >= UI_RUNTIME_WEIGHT));
}
/**
 * The packages a component is (its manifests' names) that the catalogue knows for CPU work in the
 * interpreter: none of them when the component has compiled code of its own, or the entry says
 * compiled code does it.
 */
function computingPackages(manifests, knowledge, compiled) {
    if (compiled)
        return undefined;
    const names = [];
    for (const m of manifests) {
        const known = m.name === undefined ? undefined : (0,analysis_signals/* ownCatalogueEntry */.mO)(m, knowledge);
        if (known && (0,analysis_signals/* computesInInterpreter */.yd)(known, known.itself ?? known.workloads))
            names.push(m.name);
    }
    return names.length > 0 ? names : undefined;
}
/**
 * The weight per workload that the component's self-description and the shape of its code alone
 * add: evidence of the work, not of how heavy it is.
 */
function inferredWeight(signals) {
    let inferred;
    for (const s of signals) {
        if (s.kind !== 'description' && !s.inferred)
            continue;
        inferred ??= new Map();
        inferred.set(s.workload, (inferred.get(s.workload) ?? 0) + s.weight);
    }
    return inferred;
}
/** What a static site's build or a desktop app's start script says of its front end. */
const FRONT_END_PACKAGE_WEIGHT = 2;
const DEV_SERVER = /^(?:npx\s+)?(?:vite|webpack(?:-dev-server|\s+serve)|parcel|storybook|start-storybook|http-server|live-server|serve|browser-sync)(?:\s|$)/;
function judgeAll(drafts, profiles, factsByDraft, knowledge, accepted) {
    const databasePackages = databasePackagesOf(drafts);
    const byPath = new Map(drafts.map((d) => [d.path, d]));
    const all = drafts.map((draft) => {
        const code = factsByDraft.get(draft) ?? new analysis_signals/* CodeFacts */.Rn(knowledge);
        const { stack, native, small, docsSite, page, ownPages, cdkApp } = profiles.get(draft);
        const serves = servesRequests(code) && !isDesktopApp(draft.manifests);
        const deps = (0,analysis_signals/* dependencySignals */.t0)(draft.manifests, knowledge, !serves, serves ? bundlesItsRuntime : undefined);
        const covered = stack.stack === 'node' || stack.stack === 'python';
        const plugin = toolPluginSignals(draft.manifests, knowledge);
        const signals = [
            // A documentation site named after the package it documents (crawlee-python's website/,
            // named crawlee) is the site, not that package.
            ...(0,analysis_signals/* ownPackageSignals */.SD)(draft.manifests.filter((m) => !isDocsSitePackage(m)), knowledge, native.sources.count > 0),
            ...(0,analysis_signals/* summarySignals */.M$)(draft.manifests, knowledge),
            ...deps.signals,
            ...code.signals(deps.declared, new Set([
                ...(libraryCli(draft.manifests) ? CLI_PATTERNS : []),
                ...(serves ? SERVER_TASK_PATTERNS : []),
            ]), deps.devOnly, !serves, ownNames(draft.manifests, knowledge)),
            ...(0,analysis_signals/* containerSignals */.Hr)(draft.manifests, draft.path),
            ...(0,analysis_signals/* platformSignals */.f2)(draft.manifests, draft.path),
            ...commandSignals(draft.manifests, serves),
            ...hostedPluginSignals(draft.manifests),
            ...(serves || CLI_ENTRIES.some((id) => code.ownPattern(id))
                ? []
                : httpClientLibrarySignals(draft.manifests, knowledge)),
            ...(covered ? nativeSignals(native) : []),
            ...(page && !serves ? pageEntrySignals(draft.manifests) : []),
            ...(serves ? [] : scriptedPageSignals(ownPages, code.ownPattern(DOM_PATTERN))),
            ...(serves ? [] : browserBuildSignals(draft.manifests)),
            ...staticSiteSignals(draft.manifests),
            ...(cdkApp ? cdkAppSignals(draft.path) : []),
            ...desktopWindowSignals(draft.manifests),
            ...testSuiteSignals(draft.path, draft.manifests),
            ...plugin,
            ...pythonPluginSignals(draft.manifests),
        ].filter((signal) => plugin.length === 0 || !buildsForUsers(signal));
        // An API layer puts the API first unless the component also renders pages of its own
        // (changedetection.io's Flask-RESTful API beside its nineteen template-rendering views).
        const rendersPages = RENDERS_PAGES.reduce((n, id) => n + code.patternFiles(id), 0);
        const ownProcess = startsOwnServer(draft.manifests);
        const apiLayer = rendersPages < MIN_PAGE_FILES &&
            deps.used.some((d) => d.scope === 'runtime' && (0,analysis_signals/* lookupDependency */.qx)(knowledge, d)?.role === 'api-layer');
        const classified = (0,classify/* pagesFirst */.hV)((0,classify/* serverFirst */.ms)((0,classify/* apiLayerFirst */._D)((0,classify/* classify */.L8)(signals, small, serves), apiLayer), serves || ownProcess, stack.stack === 'python' || ownProcess, serves && ownProcess), loadsOnServer(draft.manifests) ? code.patternFiles(SERVER_PAGES) : 0, serves && queriesDatabaseInSite(draft.manifests, knowledge, databasePackages));
        // The root of a collection runs nothing itself: its loose samples are listed, not judged.
        // Nor does a documentation site: its build helpers are not a workload.
        const profile = draft.collectionRoot || docsSite ? { ...classified, primary: [] } : classified;
        const ownStack = looseStack(draft, stack, profile.primary);
        const allDeps = draft.manifests.flatMap((m) => m.dependencies);
        const ownPatterns = code.ownPatterns();
        const ownImports = code.ownImports();
        const ownNative = nativeEvidence(native);
        const facts = {
            path: draft.path,
            stack: ownStack,
            ...profile,
            dependencies: allDeps,
            patterns: ownPatterns,
            serverless: ownPatterns.get('py-lambda-handler'),
            serves,
            library: isLibrary(draft.manifests, knowledge),
            computesItself: computingPackages(draft.manifests, knowledge, ownNative.length > 0),
            hostedBy: hostOf(draft, byPath, ownImports),
            sampleOf: draft.sampleOf,
            inferred: inferredWeight(signals),
            imports: ownImports,
            launched: launchedPrograms(draft.manifests, draft.path),
            native: covered ? [...ownNative, ...(0,analysis_signals/* ownCompiledPackage */.ai)(draft.manifests, knowledge)] : [],
        };
        const supporting = draft.forcedSupporting ??
            (docsSite || supportingRole(draft.path, draft.manifests) !== undefined);
        return { draft, facts, usedDeps: deps.used, supporting };
    });
    runWorkspacePackages(all);
    nameCollections(all);
    // A bare root made for a collection is listed only when its projects name it, or when they run on
    // several stacks alike (square's connect-api-examples in Node.js, Python, Java, PHP, Ruby and C#):
    // a collection of samples, not a product's services. It is supporting either way.
    const profiled = all.filter((p) => !p.draft.bare || p.facts.primary.length > 0 || p.draft.manyStacks);
    for (const p of profiled)
        if (p.draft.bare)
            p.supporting = true;
    // Only the product's own components: a Python example (nlp.js's examples/80-bert-server) is no
    // Python service running beside a Node.js package.
    const siblings = profiled
        .filter((p) => !p.supporting)
        .map((p) => ({
        path: p.facts.path,
        stack: p.facts.stack.stack,
        primary: p.facts.primary,
    }));
    return profiled.map(({ draft, facts, usedDeps, supporting }) => {
        const verdict = judgeComponent(facts, knowledge, siblings);
        const decision = accepted.find((a) => {
            const target = a.component === '.' ? '' : a.component.replace(/^\.\/|\/$/g, '');
            return target === draft.path || a.component === draft.name;
        });
        if (decision)
            verdict.accepted = { reason: decision.reason };
        return {
            path: draft.path,
            name: draft.name,
            manifests: draft.manifests.map((m) => m.file),
            fileCount: profiles.get(draft).fileCount,
            supporting,
            stack: facts.stack,
            workloads: facts.workloads,
            primary: facts.primary,
            verdict,
            dependencies: usedDeps,
        };
    });
}
/**
 * Loose files beside projects take no stack (components.ts' looseFiles): a few helpers say nothing
 * of the repository. When all their code is in one covered stack's languages and shows work of its
 * own, they are that stack's: JavaScript30's exercises, pages whose scripts are mostly inline,
 * beside the three that have a package.json; growthbook/examples' Deno and Hono server beside its
 * Node.js samples.
 */
function looseStack(draft, stack, primary) {
    if (!draft.looseFiles || stack.stack !== 'unknown' || primary.length === 0)
        return stack;
    const stacks = new Set(stack.languages.map(coveredStackOfLanguage));
    const [only] = stacks;
    if (stacks.size !== 1 || only === undefined)
        return stack;
    return {
        ...stack,
        stack: only,
        evidence: [
            {
                file: draft.path === '' ? '.' : draft.path,
                detail: `${STACK_LABEL[only]} code of its own`,
            },
        ],
    };
}
/**
 * A collection's root runs nothing itself, but what most of its projects do is what the collection
 * is about: node-express-course's chapters are Express APIs, expo's examples are browser apps. With
 * at least COLLECTION_PROJECTS projects below it, STACK_SHARE of them of one covered stack, and at
 * least COLLECTION_SHARE of those doing one primary workload (more than do any other), the root is
 * named with that workload (and, when it has none of its own, that stack).
 * It is listed as a supporting component: its projects are judged on their own, so it adds nothing
 * to the overall verdict.
 */
const COLLECTION_SHARE = 0.5;
const STACK_SHARE = 0.8;
const COLLECTION_EVIDENCE = 12;
function nameCollections(profiled) {
    for (const p of profiled) {
        if (!p.draft.collectionRoot || p.facts.primary.length > 0)
            continue;
        const prefix = p.draft.path === '' ? '' : `${p.draft.path}/`;
        const below = profiled.filter((q) => q !== p && q.draft.path.startsWith(prefix));
        if (below.length < COLLECTION_PROJECTS)
            continue;
        // A course's root (no project file, a few loose files: a notebook of notes) is its projects'.
        const own = isCourseRoot(p.draft)
            ? { ...p.facts.stack, stack: 'unknown' }
            : p.facts.stack;
        const place = p.draft.path === '' ? '.' : p.draft.path;
        const found = collectionWork(below, own.stack);
        if (!found) {
            // Projects of one stack doing many things: the collection is of that stack, with no one
            // workload (nodejs-in-action's exercises, an API here and a web page there).
            const stack = own.stack === 'unknown' ? majorityStack(below) : undefined;
            if (!stack)
                continue;
            p.facts = { ...p.facts, stack: collectionStack(stack, below, place) };
            p.supporting = true;
            continue;
        }
        const { work, projects, stack } = found;
        const doing = projects.filter((q) => q.facts.primary[0] === work.value);
        const score = {
            workload: work.value,
            score: 1,
            raw: classify/* MIN_PRIMARY_WEIGHT */.VH,
            confidence: 'medium',
            evidence: [
                { file: place, detail: `${work.count} of its ${projects.length} projects do this` },
                ...doing.slice(0, COLLECTION_EVIDENCE - 1).map((q) => ({
                    file: q.draft.manifests[0]?.file ?? q.draft.path,
                    detail: 'a project of the collection doing this',
                })),
            ],
        };
        const collected = own.stack === 'unknown' ? collectionStack(stack, projects, place) : own;
        p.facts = { ...p.facts, stack: collected, workloads: [score], primary: [work.value] };
        p.supporting = true;
    }
}
/** A collection's stack: the one `count` of its projects run on. */
function collectionStack({ value, count }, projects, place) {
    return {
        stack: value,
        languages: [...new Set(projects.flatMap((q) => q.facts.stack.languages))],
        mixed: false,
        evidence: [{ file: place, detail: `a collection of ${count} ${STACK_LABEL[value]} projects` }],
    };
}
/**
 * What the projects below a collection's root do (see nameCollections), and the stack most of them
 * run on. A root with a covered stack of its own whose projects are of both stacks (claude-quickstarts'
 * Python root over Python agents and Next.js apps) is named by what at least half of all of them do,
 * docs and tests aside, unless that is data science or heavy computation: the guidance warns one
 * stack off those, so a project of the other stack says nothing of the root's.
 */
function collectionWork(below, own) {
    const firstWork = (projects) => {
        const work = mostCommon(projects.flatMap((q) => q.facts.primary.slice(0, 1)));
        return work && work.count >= COLLECTION_SHARE * projects.length ? work : undefined;
    };
    const stack = majorityStack(below);
    if (stack) {
        if (own !== 'unknown' && own !== stack.value)
            return undefined;
        const projects = below.filter((q) => q.facts.stack.stack === stack.value);
        const work = firstWork(projects);
        return work && { work, projects, stack };
    }
    if (own !== 'node' && own !== 'python')
        return undefined;
    // Counted over all of its projects but its docs' and tests': a front end beside a Go server and
    // their documentation site (homebox) is no collection of front ends.
    const projects = below.filter((q) => !q.supporting);
    if (projects.length < COLLECTION_PROJECTS)
        return undefined;
    const work = firstWork(projects);
    if (!work || ON_ONE_STACK.has(work.value))
        return undefined;
    return { work, projects, stack: { value: own, count: projects.length } };
}
/** The covered stack STACK_SHARE of a collection's projects run on, when there is one. */
function majorityStack(below) {
    const stack = mostCommon(below.map((q) => q.facts.stack.stack));
    if (!stack || (stack.value !== 'node' && stack.value !== 'python'))
        return undefined;
    return stack.count >= STACK_SHARE * below.length
        ? { value: stack.value, count: stack.count }
        : undefined;
}
/** Work the guidance warns one of the two stacks off. */
const ON_ONE_STACK = new Set(['data-ml', 'cpu-intensive']);
/** The value most of `values` share, when one does: a tie names none. */
function mostCommon(values) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (!first || (second && second[1] === first[1]))
        return undefined;
    return { value: first[0], count: first[1] };
}
/**
 * A deployment shell does the work of the workspace package it runs: a Node.js component with no
 * workload of its own that starts or deploys something (a start, serve or deploy script, or a bin)
 * and whose runtime dependencies name another package of this repository that has one
 * (ChatGPT-Telegram-Workers' apps/workers, three lines exporting core's bot handler for Cloudflare).
 * A Python project with no workload of its own that installs packages of this repository is a
 * meta-package, and does what they do (stac-fastapi's root, a uv workspace whose dependencies are
 * its three members); its docs or tests install them only to document or check them. A Node.js
 * package that gathers packages of this repository (isMetaPackage) does what most of them do.
 * It takes that package's main class, at the weight that makes a workload. Not a plugin, which the
 * package it names runs (sqip-plugin-svgo builds nothing that runs), and never the classes its
 * stack can be judged a mismatch for: a shell is no second alarm for its package's work.
 */
function runWorkspacePackages(profiled) {
    const byPackage = new Map();
    for (const p of profiled)
        for (const m of p.draft.manifests) {
            const python = PYTHON_MANIFESTS.has(m.kind);
            if (m.name === undefined || (m.kind !== 'package.json' && !python))
                continue;
            const key = packageKey(python ? 'pypi' : 'npm', m.name);
            if (!byPackage.has(key))
                byPackage.set(key, p);
        }
    for (const p of profiled) {
        const stack = p.facts.stack.stack;
        if (p.facts.primary.length > 0 || p.draft.collectionRoot)
            continue;
        if (stack !== 'node' && stack !== 'python')
            continue;
        // Docs or tests install the package to document or check it (reactpy's docs/).
        if (stack === 'python' && p.supporting)
            continue;
        const runtime = p.facts.dependencies.filter((d) => d.scope === 'runtime');
        const members = runtime.flatMap((dep) => {
            const target = byPackage.get(packageKey(dep.ecosystem, dep.name));
            const workload = target?.facts.primary[0];
            return target && target !== p && target.facts.stack.stack === stack && workload
                ? [{ dep, workload }]
                : [];
        });
        const meta = isMetaPackage(runtime.length, members.length);
        if (stack === 'node' && !meta && !p.draft.manifests.some(startsSomething))
            continue;
        // A meta-package does what most of its packages do; a shell what the first it runs does.
        const common = meta ? mostCommon(members.map((m) => m.workload))?.value : undefined;
        for (const { dep, workload } of members) {
            if (SHELL_NEVER[stack].has(workload) || (common !== undefined && workload !== common))
                continue;
            const own = p.facts.workloads.find((w) => w.workload === workload);
            const raw = Math.max(own?.raw ?? 0, classify/* MIN_PRIMARY_WEIGHT */.VH);
            const inherited = {
                workload,
                score: 1,
                raw,
                confidence: 'medium',
                evidence: [
                    {
                        file: dep.file,
                        line: dep.line,
                        detail: stack === 'python'
                            ? `installs workspace package ${dep.name}`
                            : meta
                                ? `gathers ${members.length} workspace packages, such as ${dep.name}`
                                : `runs workspace package ${dep.name}`,
                    },
                    ...(own?.evidence ?? []),
                ],
            };
            const ranked = [inherited, ...p.facts.workloads.filter((w) => w.workload !== workload)].sort((a, b) => b.raw - a.raw);
            const top = ranked[0].raw;
            const workloads = ranked.map((w) => ({ ...w, score: (0,classify/* scoreAgainst */.KA)(w.raw, top) }));
            p.facts = { ...p.facts, workloads, primary: [workload] };
            break;
        }
    }
}
/**
 * A package whose runtime dependencies are mostly packages of this repository, at least
 * META_PACKAGE_MEMBERS of them, gathers them for its users (blocksuite's @blocksuite/affine
 * re-exports some sixty of its blocks and widgets): it is what they are.
 */
function isMetaPackage(runtime, members) {
    return members >= META_PACKAGE_MEMBERS && members * 2 >= runtime;
}
const META_PACKAGE_MEMBERS = 3;
/** What a shell or meta-package never takes from its packages: what its stack can be a mismatch for. */
const SHELL_NEVER = {
    node: new Set(['cpu-intensive', 'data-ml']),
    python: new Set(['realtime']),
};
/** How a package of this repository is named by a dependency (PyPI names normalised). */
function packageKey(ecosystem, name) {
    return ecosystem === 'npm' ? `npm:${name}` : `pypi:${(0,assemble/* normalizePypiName */.Ty)(name)}`;
}
const START_SCRIPT = /^(?:start|serve|deploy|dev)(?::|$)/;
function startsSomething(m) {
    return (m.kind === 'package.json' &&
        (m.command !== undefined || Object.keys(m.scripts ?? {}).some((n) => START_SCRIPT.test(n))));
}
/** Runs `fn` over the items with at most `limit` calls in flight; the items are taken lazily. */
async function forEachBounded(items, limit, fn) {
    const iterator = items[Symbol.iterator]();
    const lane = async (index) => {
        for (let next = iterator.next(); !next.done; next = iterator.next())
            await fn(next.value, index);
    };
    await Promise.all(Array.from({ length: limit }, (_, i) => lane(i)));
}
/** Programs the component's own Dockerfiles and Procfile install or start (see Manifest.launches). */
function launchedPrograms(manifests, componentPath) {
    const launched = new Map();
    for (const m of manifests) {
        if ((0,analysis_signals/* isAuxiliaryPath */.WU)(m.file, componentPath))
            continue;
        for (const l of m.launches ?? []) {
            if (launched.has(l.name))
                continue;
            const detail = m.kind === 'server-config'
                ? `${l.name} configuration`
                : `${m.kind} ${l.how === 'installs' ? 'installs' : 'runs'} ${l.name}`;
            launched.set(l.name, { file: m.file, line: l.line, detail });
        }
    }
    return launched;
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   M5: () => (/* binding */ loadSettings),
/* harmony export */   Mb: () => (/* binding */ BOOLEAN_KEYS),
/* harmony export */   VF: () => (/* binding */ DEFAULT_AUDIT_ISSUE_TITLE),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   eo: () => (/* binding */ INPUT_KEYS),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   tE: () => (/* binding */ booleanInput),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports defaultSettings, plainInputs, loadConfigFile */
const COMMENT_MODES = ['auto', 'always', 'never', 'on-change'];
const FAIL_ON = ['never', 'mismatch', 'caveat'];
const DEFAULT_CONFIG_FILE = '.github/stack-fit.yml';
const DEFAULT_AUDIT_ISSUE_TITLE = 'Stack Fit audit';
/** A setting that cannot be used; the message is the whole story in one line. */
class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
/** Every setting with its default, in the schema's order (a test holds it to settingsSchema). */
function defaultSettings() {
    return {
        'github-token': '',
        path: '.',
        config: DEFAULT_CONFIG_FILE,
        comment: 'auto',
        'fail-on': 'never',
        summary: true,
        annotations: true,
        'sarif-file': '',
        'json-file': '',
        'base-ref': '',
        'head-ref': '',
        ignore: [],
        'audit-issue': false,
        'audit-issue-title': DEFAULT_AUDIT_ISSUE_TITLE,
        components: [],
        accepted: [],
    };
}
/** The Action's inputs (every setting but guidance, components and accepted), in the schema's order. */
const INPUT_KEYS = [
    'github-token',
    'path',
    'config',
    'comment',
    'fail-on',
    'summary',
    'annotations',
    'sarif-file',
    'json-file',
    'base-ref',
    'head-ref',
    'ignore',
    'audit-issue',
    'audit-issue-title',
];
const BOOLEAN_KEYS = new Set(['summary', 'annotations', 'audit-issue']);
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);
/** A boolean input's value (YAML 1.2 core schema words, as the runner's own inputs), or undefined. */
function booleanInput(value) {
    return TRUE_WORDS.has(value) ? true : FALSE_WORDS.has(value) ? false : undefined;
}
const STRING_KEYS = new Set([
    'github-token',
    'path',
    'config',
    'sarif-file',
    'json-file',
    'base-ref',
    'head-ref',
    'audit-issue-title',
]);
/** Splits the `ignore` input: one glob per line or comma, blanks dropped. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((part) => part.trim())
        .filter((part) => part !== '');
}
/**
 * The typed values of the inputs that were set, when every one is plainly valid; undefined
 * otherwise, and the schema then names the problem (parseInputs in config/load.ts).
 */
function plainInputs(raw) {
    const values = {};
    for (const [key, rawValue] of Object.entries(raw)) {
        const value = rawValue?.trim() ?? '';
        if (value === '')
            continue;
        if (BOOLEAN_KEYS.has(key)) {
            const flag = booleanInput(value);
            if (flag === undefined)
                return undefined;
            values[key] = flag;
        }
        else if (key === 'ignore')
            values[key] = splitList(value);
        else if (key === 'comment' && COMMENT_MODES.includes(value))
            values[key] = value;
        else if (key === 'fail-on' && FAIL_ON.includes(value))
            values[key] = value;
        else if (STRING_KEYS.has(key))
            values[key] = value;
        else
            return undefined;
    }
    return values;
}
/** Whether a config file is to be read: named explicitly, or present at the default place. */
async function wantsConfigFile(source, path) {
    if (path !== undefined && path.trim() !== '')
        return true;
    return (await source.stat(DEFAULT_CONFIG_FILE)) !== undefined;
}
/** The Action's settings: as loadSettings in config/load.ts, without the schema when it is not needed. */
async function loadSettings(raw, workspace) {
    const fromInputs = plainInputs(raw);
    if (fromInputs && !(await wantsConfigFile(workspace, raw.config))) {
        return { settings: { ...defaultSettings(), ...fromInputs } };
    }
    return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(816), __webpack_require__.e(827)]).then(__webpack_require__.bind(__webpack_require__, 9827))).loadSettings(raw, workspace);
}
/** The config file alone with every default applied: as loadConfigFile in config/load.ts. */
async function loadConfigFile(source, path) {
    if (!(await wantsConfigFile(source, path)))
        return defaultSettings();
    return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(816), __webpack_require__.e(827)]).then(__webpack_require__.bind(__webpack_require__, 9827))).loadConfigFile(source, path);
}


/***/ }),

/***/ 4868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ knowledgeFor)
/* harmony export */ });
/* harmony import */ var _bundled_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9492);

async function knowledgeFor(extraGuidance) {
    if (extraGuidance === undefined)
        return (0,_bundled_js__WEBPACK_IMPORTED_MODULE_0__/* .bundledKnowledge */ .rh)();
    return (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(650)]).then(__webpack_require__.bind(__webpack_require__, 9650))).loadKnowledge(extraGuidance);
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SC: () => (/* binding */ escapeHtmlText),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_TEXT */
// Text from a scanned repository is hostile until it has been through one of these.
/** Bidi controls and zero-width characters, shown as `[U+XXXX]` so they cannot hide or reorder text. */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\uFEFF\u2060]/gu;
/** Other control characters, shown the same way. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const NEWLINES = /\r\n|[\r\n\u2028\u2029\u0085]/gu;
const DEFAULT_MAX_TEXT = 200;
const MARKDOWN_PUNCTUATION = new Set('\\`*_{}[]()#+-!|~'.split(''));
/** U+2060 WORD JOINER as an entity: splits `@user` and `#123` so GitHub links neither. */
const JOINER = '&#8288;';
function codePointHex(char) {
    return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/** One line, every invisible or control character visible, at most `maxLength` characters. */
function plainText(text, maxLength = DEFAULT_MAX_TEXT) {
    const visible = text
        .replace(NEWLINES, ' ')
        .replace(INVISIBLE, (c) => `[${codePointHex(c)}]`)
        .replace(/\t/g, ' ')
        .replace(CONTROL, (c) => `[${codePointHex(c)}]`);
    return truncate(visible, maxLength);
}
/** Cuts at a code point boundary and marks the cut with an ellipsis. */
function truncate(text, maxLength) {
    const chars = Array.from(text);
    if (chars.length <= maxLength)
        return text;
    return `${chars.slice(0, Math.max(0, maxLength - 1)).join('')}…`;
}
function visibleCodePoints(text) {
    return text
        .replace(NEWLINES, ' ')
        .replace(/\t/g, ' ')
        .replace(INVISIBLE, (c) => `[${codePointHex(c)}]`)
        .replace(CONTROL, (c) => `[${codePointHex(c)}]`);
}
/**
 * Shows `text` literally in GitHub-flavoured Markdown, in a paragraph or a table cell: no
 * markup, no HTML, no mentions or issue links, nothing invisible, one line.
 */
function escapeMarkdown(text, maxLength = DEFAULT_MAX_TEXT) {
    const chars = Array.from(truncate(visibleCodePoints(text), maxLength));
    let out = '';
    for (const [i, char] of chars.entries()) {
        const next = chars[i + 1] ?? '';
        if (char === '&')
            out += '&amp;';
        else if (char === '<')
            out += '&lt;';
        else if (char === '>')
            out += '&gt;';
        else if (char === '@')
            out += `@${JOINER}`;
        else if (char === '#' && /[0-9]/.test(next))
            out += `\\#${JOINER}`;
        else if (char === '-' && /[0-9]/.test(next) && /gh$/i.test(chars.slice(0, i).join('')))
            out += `\\-${JOINER}`;
        else if (MARKDOWN_PUNCTUATION.has(char))
            out += `\\${char}`;
        else
            out += char;
    }
    return out;
}
/** For text inside an HTML element (a `<summary>`), where Markdown escapes would show literally. */
function escapeHtmlText(text, maxLength = DEFAULT_MAX_TEXT) {
    const chars = Array.from(truncate(visibleCodePoints(text), maxLength));
    let out = '';
    for (const [i, char] of chars.entries()) {
        const next = chars[i + 1] ?? '';
        if (char === '&')
            out += '&amp;';
        else if (char === '<')
            out += '&lt;';
        else if (char === '>')
            out += '&gt;';
        else if (char === '"')
            out += '&quot;';
        else if (char === "'")
            out += '&#39;';
        // Entities for Markdown's link and code punctuation too, should a renderer parse the summary.
        else if (char === '[')
            out += '&#91;';
        else if (char === ']')
            out += '&#93;';
        else if (char === '`')
            out += '&#96;';
        else if (char === '@')
            out += `@${JOINER}`;
        else if (char === '#' && /[0-9]/.test(next))
            out += `#${JOINER}`;
        else if (char === '-' && /[0-9]/.test(next) && /gh$/i.test(chars.slice(0, i).join('')))
            out += `-${JOINER}`;
        else
            out += char;
    }
    return out;
}
/**
 * A GFM code span that holds any text: fenced with more backticks than the longest run inside.
 * In a table, `|` still ends the cell unless escaped, hence `inTable`.
 */
function inlineCode(text, options = {}) {
    let body = truncate(visibleCodePoints(text), options.maxLength ?? DEFAULT_MAX_TEXT);
    // Code spans show `<!--` literally, but the raw body must not look like the comment's marker.
    body = body.replace(/<!--/g, '<! --').replace(/--(?=>)/g, '-- ');
    if (options.inTable)
        body = body.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}


/***/ }),

/***/ 4174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ sourceNameInText),
/* harmony export */   V4: () => (/* binding */ sourceReference),
/* harmony export */   VZ: () => (/* binding */ sourceName),
/* harmony export */   uc: () => (/* binding */ guidanceIndexOf)
/* harmony export */ });
/* unused harmony export citation */
function guidanceIndexOf(knowledge) {
    const rules = new Map(knowledge.rules.map((r) => [r.id, r]));
    const mitigations = new Map(knowledge.mitigations.map((m) => [m.id, m]));
    return {
        rule: (id) => rules.get(id),
        source: (id) => knowledge.sourceById.get(id),
        mitigation: (id) => mitigations.get(id),
        sourceCount: knowledge.sources.length,
    };
}
const UNTITLED = /^\(untitled\)\s*/i;
function publisherOf(source) {
    const publisher = source.publisher?.trim();
    return publisher && publisher.toLowerCase() !== 'not named' ? publisher : undefined;
}
/** The short name a reader knows a source by: its publisher, else its title. */
function sourceName(source) {
    return publisherOf(source) ?? source.title;
}
/** As `sourceName`, for a sentence: an untitled article is named by what it is about. */
function sourceNameInText(source) {
    return (publisherOf(source) ??
        (UNTITLED.test(source.title)
            ? `an untitled article on ${source.title.replace(UNTITLED, '')}`
            : source.title));
}
/**
 * The article as a footnote names it: `Hyqoo, “Python vs Node.js: …”`, or for an article with
 * no publisher named, its title (“…”) or, untitled, what it is about.
 */
function sourceReference(source) {
    const publisher = publisherOf(source);
    const untitled = UNTITLED.test(source.title);
    const title = untitled
        ? `an untitled article on ${source.title.replace(UNTITLED, '')}`
        : `“${source.title}”`;
    const text = publisher ? `${publisher}, ${title}` : `${title}, publisher not named`;
    const sentence = text.charAt(0).toUpperCase() + text.slice(1);
    return /[.?!”]$/.test(sentence) ? sentence : `${sentence}.`;
}
/** "3 of 5 sources: Blue People, Hyqoo, Codix", or '' when nothing is cited. */
function citation(sourceIds, guidance) {
    const ids = [...new Set(sourceIds)];
    if (ids.length === 0)
        return '';
    const names = ids.map((id) => {
        const source = guidance.source(id);
        return source ? sourceName(source) : id;
    });
    const total = Math.max(guidance.sourceCount, ids.length);
    return `${ids.length} of ${total} sources: ${names.join(', ')}`;
}


/***/ }),

/***/ 6335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ causeLocation)
/* harmony export */ });
/**
 * The manifest line that carries the cause: the first dependency behind the primary workload,
 * else the first manifest at line 1, else the first piece of evidence.
 */
function causeLocation(component) {
    for (const workload of component.primary) {
        const score = component.workloads.find((s) => s.workload === workload);
        for (const evidence of score?.evidence ?? []) {
            const dependency = component.dependencies.find((d) => backs(d, evidence));
            if (dependency)
                return { file: dependency.file, line: Math.max(1, dependency.line ?? 1) };
        }
        const inManifest = score?.evidence.find((e) => component.manifests.includes(e.file));
        if (inManifest)
            return { file: inManifest.file, line: Math.max(1, inManifest.line ?? 1) };
    }
    const manifest = component.manifests[0];
    if (manifest)
        return { file: manifest, line: 1 };
    const first = component.workloads[0]?.evidence[0] ?? component.stack.evidence[0];
    return first ? { file: first.file, line: Math.max(1, first.line ?? 1) } : undefined;
}
function backs(dependency, evidence) {
    if (evidence.file === dependency.file && evidence.line !== undefined)
        return evidence.line === dependency.line;
    return (evidence.file === dependency.file &&
        evidence.detail.toLowerCase().split(/\s+/).includes(dependency.name.toLowerCase()));
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Ho: () => (/* binding */ stackLabel),
/* harmony export */   Q$: () => (/* binding */ workloadShortLabel),
/* harmony export */   iW: () => (/* binding */ COMMENT_LIMIT_CHARS),
/* harmony export */   j: () => (/* binding */ VERDICT_LABEL)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, VERDICT_EMOJI, WORKLOAD_SHORT, mermaidLabel, renderDrift */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _guidance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4174);



/** GitHub's job summary limit, in UTF-8 bytes. */
const SUMMARY_LIMIT_BYTES = 1_048_576;
/** GitHub's limit on a comment body, in characters. */
const COMMENT_LIMIT_CHARS = 65_536;
const VERDICT_EMOJI = {
    fits: '✅',
    'fits-with-caveats': '⚠️',
    mismatch: '❌',
    inconclusive: '❔',
};
const VERDICT_LABEL = {
    fits: 'fits',
    'fits-with-caveats': 'fits with caveats',
    mismatch: 'mismatch',
    inconclusive: 'inconclusive',
};
/** Workload names short enough for a table cell; the long label is used where the work is explained. */
const WORKLOAD_SHORT = {
    realtime: 'Real-time',
    'io-api': 'I/O API',
    'server-web': 'Server-rendered web',
    'spa-frontend': 'SPA / frontend',
    'data-ml': 'Data science / ML',
    'cpu-intensive': 'CPU-heavy',
    iot: 'IoT',
    automation: 'Automation',
};
const STACK_NAME = { node: 'Node.js', python: 'Python' };
const EVIDENCE_SHOWN = 5;
const PROBLEMS_SHOWN = 20;
/** Past this many rows the list of components that fit is collapsed in a comment. */
const FITS_OPEN_ROWS = 8;
/** Changes listed in the headline; the rest are one click away. */
const CHANGES_SHOWN = 8;
function renderMarkdown(report, options) {
    const limit = options.maxLength ?? defaultLimit(options.flavor);
    const size = (text) => options.flavor === 'summary' ? Buffer.byteLength(text, 'utf8') : text.length;
    const all = report.components.length;
    const steps = [
        { explain: true, fitRows: all, lists: true, problems: PROBLEMS_SHOWN, chart: true },
        { explain: false, fitRows: all, lists: true, problems: PROBLEMS_SHOWN, chart: true },
        { explain: false, fitRows: all, lists: false, problems: 0, chart: false },
    ];
    for (const [i, detail] of steps.entries()) {
        const text = compose(report, options, detail, i > 0);
        if (limit === undefined || size(text) <= limit)
            return text;
    }
    // Still too long: fewer rows of components that fit (those needing attention always stay).
    const last = steps[steps.length - 1];
    const fits = (n) => size(compose(report, options, { ...last, fitRows: n }, true)) <= limit;
    let low = 0;
    let high = all;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(mid))
            low = mid;
        else
            high = mid - 1;
    }
    const text = compose(report, options, { ...last, fitRows: low }, true);
    return size(text) <= limit ? text : cutToSize(text, limit, size);
}
function defaultLimit(flavor) {
    if (flavor === 'summary')
        return SUMMARY_LIMIT_BYTES;
    if (flavor === 'comment')
        return COMMENT_LIMIT_CHARS;
    return undefined;
}
/** The last resort when not even the attention list fits: whole lines, then code points. */
function cutToSize(text, limit, size) {
    const lines = text.split('\n');
    while (lines.length > 1 && size(lines.join('\n')) > limit)
        lines.pop();
    let out = lines.join('\n');
    const chars = Array.from(out);
    while (chars.length > 0 && size(out) > limit) {
        chars.length = Math.max(0, chars.length - Math.max(1, chars.length >> 4));
        out = chars.join('');
    }
    return out;
}
/** Components by what a reviewer does with them; within a group, those the change touches first. */
function groupComponents(report, touched) {
    const groups = {
        mismatch: [],
        caveats: [],
        accepted: [],
        fits: [],
        inconclusive: [],
        supporting: [],
    };
    for (const c of report.components) {
        const v = c.verdict.verdict;
        if (c.supporting)
            groups.supporting.push(c);
        else if (c.verdict.accepted && v !== 'fits' && v !== 'inconclusive')
            groups.accepted.push(c);
        else if (v === 'mismatch')
            groups.mismatch.push(c);
        else if (v === 'fits-with-caveats')
            groups.caveats.push(c);
        else if (v === 'fits')
            groups.fits.push(c);
        else
            groups.inconclusive.push(c);
    }
    // job-2 before job-10, as a reader counts.
    const touchedFirst = (a, b) => Number(touched.has(b.path)) - Number(touched.has(a.path)) ||
        a.path.localeCompare(b.path, 'en', { numeric: true });
    groups.mismatch.sort(touchedFirst);
    groups.caveats.sort(touchedFirst);
    const natural = (a, b) => a.path.localeCompare(b.path, 'en', { numeric: true });
    for (const list of [groups.accepted, groups.fits, groups.inconclusive, groups.supporting])
        list.sort(natural);
    return groups;
}
function compose(report, options, detail, trimmed) {
    const md = new Writer(options);
    const drift = options.drift;
    const changes = drift?.kind === 'changed' || drift?.kind === 'unchanged' ? drift : undefined;
    const touched = new Map(changes ? touchedPaths(changes).map((p) => [p, 'changed']) : []);
    for (const ref of changes?.added ?? [])
        touched.set(ref.path, 'new');
    const groups = groupComponents(report, touched);
    const parts = [md.heading(1, options.title ?? defaultTitle(report, options))];
    parts.push(...headline(report, groups, drift, md));
    if (report.partial)
        parts.push(`${VERDICT_EMOJI['fits-with-caveats']} ${md.bold('Partial scan:')} ${md.text(report.partial.reason)} The verdicts cover only the files read before the limit.`);
    if (trimmed)
        parts.push(trimmedNote(options));
    // A pull request that changes nothing gets its headline; the full picture is one click away.
    const quiet = changes?.unchanged === true && md.flavor === 'comment';
    if (quiet && options.runUrl)
        parts.push(`The [full report](${options.runUrl}) is in the job summary.`);
    else {
        const body = componentBlocks(groups, touched, detail, md);
        if (quiet && body.length > 0)
            parts.push(md.details('The full picture', body.join('\n\n')));
        else
            parts.push(...body);
    }
    parts.push(scanNotes(report, md, detail.problems));
    const footnotes = md.footnotes();
    if (footnotes)
        parts.push(footnotes);
    return `${parts.join('\n\n')}\n`;
}
function componentBlocks(groups, touched, detail, md) {
    const body = [];
    const attention = [...groups.mismatch, ...groups.caveats];
    if (attention.length > 0) {
        body.push(md.heading(2, 'Needs attention'));
        for (const alike of alikeGroups(attention, md)) {
            body.push(alike.length === 1
                ? attentionItem(alike[0], touched, detail, md)
                : alikeItem(alike, touched, detail, md));
        }
    }
    if (groups.accepted.length > 0)
        body.push(acceptedList(groups.accepted, md));
    if (groups.fits.length > 0)
        body.push(fitsTable(groups.fits, detail, md, touched));
    if (groups.inconclusive.length > 0)
        body.push(inconclusiveList(groups.inconclusive, detail, md));
    if (groups.supporting.length > 0)
        body.push(supportingList(groups.supporting, detail, md));
    if (detail.chart && md.flavor === 'summary') {
        const chart = verdictChart(groups);
        if (chart)
            body.push(chart);
    }
    return body;
}
function defaultTitle(report, options) {
    // "." names nothing: the repository, else the scanned folder's own name.
    const folder = report.root
        .split(/[\\/]/)
        .filter((s) => s !== '' && s !== '.')
        .pop();
    const name = options.links?.repository ?? folder;
    return name ? `Stack Fit: ${name}` : 'Stack Fit';
}
function trimmedNote(options) {
    const where = options.runUrl && options.flavor !== 'summary'
        ? ` [Full report in the job summary](${options.runUrl}).`
        : ' The JSON report has everything.';
    return `ℹ️ Shortened to fit GitHub's size limit; the components that need attention are all here.${where}`;
}
// ---------------------------------------------------------------- headline
function touchedPaths(drift) {
    return [
        ...drift.added.map((c) => c.path),
        ...drift.stacks.map((c) => c.path),
        ...drift.verdicts.map((c) => c.path),
        ...drift.workloads.map((c) => c.path),
    ];
}
function countsLine(groups) {
    const parts = [];
    const add = (n, text) => {
        if (n > 0)
            parts.push(text);
    };
    add(groups.mismatch.length, `${VERDICT_EMOJI.mismatch} ${groups.mismatch.length} mismatch`);
    add(groups.caveats.length, `${VERDICT_EMOJI['fits-with-caveats']} ${groups.caveats.length} with caveats`);
    add(groups.accepted.length, `${groups.accepted.length} accepted`);
    add(groups.fits.length, `${VERDICT_EMOJI.fits} ${groups.fits.length} ${plural(groups.fits.length, 'fits', 'fit')}`);
    add(groups.inconclusive.length, `${VERDICT_EMOJI.inconclusive} ${groups.inconclusive.length} without enough signal`);
    add(groups.supporting.length, `${groups.supporting.length} supporting`);
    return parts.join(' · ');
}
function overallText(report, groups) {
    const n = report.components.length;
    if (n === 0)
        return `${VERDICT_EMOJI.inconclusive} Overall: inconclusive — no components found, nothing to judge.`;
    const accepted = groups.accepted.length > 0 &&
        groups.mismatch.length === 0 &&
        groups.caveats.length === 0 &&
        report.overall !== 'fits' &&
        report.overall !== 'inconclusive';
    return `${VERDICT_EMOJI[report.overall]} Overall: ${VERDICT_LABEL[report.overall]}${accepted ? ' (accepted decision)' : ''} — ${n} ${plural(n, 'component')}: ${countsLine(groups)}.`;
}
/** What the change moves and whether it needs a decision, in the first lines. */
function headline(report, groups, drift, md) {
    const overall = md.bold(overallText(report, groups));
    if (!drift)
        return [overall];
    if (drift.kind === 'baseUnavailable')
        return [
            `ℹ️ Could not compare with the base (${md.text(drift.reason, 300)}), so this is the whole repository as it stands.`,
            overall,
        ];
    if (drift.unchanged)
        return [`${VERDICT_EMOJI.fits} ${md.subject} changes no stack, workload or verdict.`, overall];
    const byPath = new Map(report.components.map((c) => [c.path, c]));
    const items = changeItems(drift, byPath, md);
    const needsDecision = touchedPaths(drift).some((p) => {
        const c = byPath.get(p);
        return c && !c.supporting && needsAttention(c);
    });
    const lead = needsDecision
        ? `${VERDICT_EMOJI.mismatch} ${md.bold(`${md.subject} needs a decision.`)}`
        : `${VERDICT_EMOJI.fits} ${md.bold(`Nothing in ${lowerFirst(md.subject)} needs a decision.`)}`;
    if (items.length === 1)
        return [`${lead} It ${items[0]}.`, overall];
    const list = (xs) => xs.map((i, n) => `- ${i}${n === xs.length - 1 ? '.' : ';'}`).join('\n');
    const shown = items.slice(0, CHANGES_SHOWN);
    const rest = items.slice(CHANGES_SHOWN);
    return [
        `${lead} It changes:`,
        list(shown),
        ...(rest.length > 0
            ? [md.details(`${rest.length} more ${plural(rest.length, 'change')}`, list(rest))]
            : []),
        overall,
    ];
}
function needsAttention(c) {
    const v = c.verdict.verdict;
    return (v === 'mismatch' || v === 'fits-with-caveats') && !c.verdict.accepted;
}
/** One clause per component the change moves: added, removed, a new stack, verdict or workload. */
function changeItems(drift, byPath, md) {
    const items = [];
    const stackOf = new Map(drift.stacks.map((c) => [c.path, c]));
    const workOf = new Map(drift.workloads.map((c) => [c.path, c]));
    const nameOf = (path) => {
        const c = byPath.get(path);
        return c ? md.componentName(c) : md.path(path || '.');
    };
    for (const ref of drift.added) {
        const c = byPath.get(ref.path);
        items.push(c
            ? `adds ${md.componentName(c)}, ${whatItIs(c, md)}: ${verdictPhrase(c, md)}`
            : `adds ${nameOf(ref.path)}`);
    }
    for (const ref of drift.removed)
        items.push(`removes ${nameOf(ref.path)}`);
    const said = new Set(drift.added.map((r) => r.path));
    for (const change of drift.verdicts) {
        said.add(change.path);
        const c = byPath.get(change.path);
        const stack = stackOf.get(change.path);
        const newStack = stack
            ? ` from ${md.text(stackLabel(stack.from))} to ${md.text(stackLabel(stack.to))}, and`
            : '';
        const work = workOf.get(change.path);
        const because = work ? dependencyChanges(work, md) : '';
        const why = c && needsAttention(c) ? `: ${lowerFirst(whyShort(c, md))}` : '';
        items.push(`moves ${nameOf(change.path)}${newStack} from ${VERDICT_EMOJI[change.from]} ${VERDICT_LABEL[change.from]} to ${VERDICT_EMOJI[change.to]} ${VERDICT_LABEL[change.to]}${because ? ` (${because})` : ''}${why}`);
    }
    for (const change of drift.stacks) {
        if (said.has(change.path))
            continue;
        said.add(change.path);
        items.push(`moves ${nameOf(change.path)} from ${md.text(stackLabel(change.from))} to ${md.text(stackLabel(change.to))}`);
    }
    for (const change of drift.workloads) {
        if (said.has(change.path))
            continue;
        const short = (ws) => ws.map((w) => WORKLOAD_SHORT[w]).join(', ') || 'no clear';
        const from = short(change.primaryFrom);
        const to = short(change.primaryTo);
        const what = from === to
            ? `shifts the work of ${nameOf(change.path)}`
            : `turns ${nameOf(change.path)} from ${from} to ${to} work`;
        const scores = change.scores
            .map((s) => `${WORKLOAD_SHORT[s.workload]} ${s.from.toFixed(2)} → ${s.to.toFixed(2)}`)
            .join(', ');
        const because = dependencyChanges(change, md);
        const files = change.files.slice(0, 3).map((f) => md.fileLink(f));
        const more = change.files.length - files.length;
        const where = files.length > 0 ? `in ${files.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : '';
        const detail = [scores ? `scores ${scores}` : '', because, where].filter(Boolean).join('; ');
        items.push(`${what}${detail ? ` (${detail})` : ''}`);
    }
    return items;
}
/** "adds `openai`, removes `left-pad`": the dependencies behind a workload change. */
function dependencyChanges(change, md) {
    const names = (ds) => {
        const shown = ds.slice(0, 3).map((d) => md.code(d.name));
        return ds.length > 3 ? `${shown.join(', ')} and ${ds.length - 3} more` : shown.join(', ');
    };
    return [
        change.dependenciesAdded.length > 0 ? `adds ${names(change.dependenciesAdded)}` : '',
        change.dependenciesRemoved.length > 0 ? `removes ${names(change.dependenciesRemoved)}` : '',
    ]
        .filter(Boolean)
        .join(', ');
}
/** "Node.js, data science / ML with `@tensorflow/tfjs-node`": the stack, its work, its main package. */
function whatItIs(c, md) {
    const work = c.primary.map((w) => lowerFirst(WORKLOAD_SHORT[w])).join(' and ');
    const top = c.workloads.find((w) => w.workload === c.primary[0]);
    const pkg = top?.evidence
        .map((e) => /^(?:npm dependency|PyPI dependency) (\S+)/.exec(e.detail)?.[1])
        .find(Boolean);
    const stack = md.text(stackLabel(c.stack));
    if (!work)
        return stack;
    return `${stack}, ${work}${pkg ? ` with ${md.code(pkg)}` : ''}`;
}
function verdictPhrase(c, md) {
    const v = c.verdict.verdict;
    const base = `${VERDICT_EMOJI[v]} ${VERDICT_LABEL[v]}${c.verdict.accepted ? ' (accepted)' : ''}`;
    return needsAttention(c) ? `${base}, as ${lowerFirst(whyShort(c, md))}` : base;
}
/** "Data science" → "data science" mid-sentence; "IoT", "CPU-heavy" and "I/O API" keep their capitals. */
function lowerFirst(text) {
    const word = text.split(/[\s/-]/, 1)[0] ?? '';
    return /^[A-Z][a-z]+$/.test(word) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
// ---------------------------------------------------------------- components
/** The reason's lead, up to its colon: "The guidance warns against Node.js for CPU-intensive work". */
function reasonLead(reason) {
    const { secondary, text: body } = splitSecondary(reason.text);
    const text = body.replace(/\s*\(\d+ of \d+ sources?\)\.?$/, '');
    const colon = text.indexOf(': ');
    const lead = colon > 0 && colon < 160 ? text.slice(0, colon) : (text.split(/(?<=\.)\s/)[0] ?? text);
    return `${lead.replace(/\.$/, '')}${secondary ? ', which is secondary work here' : ''}`;
}
/** "Secondary work (X): The guidance warns…" (from the verdict) without its label. */
function splitSecondary(text) {
    const m = /^Secondary work \([^)]*\): /.exec(text);
    return m ? { secondary: true, text: text.slice(m[0].length) } : { secondary: false, text };
}
/** One sentence of why, with the count of sources behind it and a footnote for each. */
function whyShort(c, md) {
    const reason = c.verdict.reasons[0];
    if (!reason)
        return md.text(c.verdict.summary.replace(/\.$/, ''), 300);
    // A warning that would be a mismatch says why it is only a caveat, or the two read alike.
    const light = c.verdict.reasons.some((r) => r.rule === 'light-evidence');
    return `${md.text(reasonLead(reason), 300)}${md.cite(reason.sources)}${light ? '; little of the component shows this work, so it is a caveat, not a mismatch' : ''}`;
}
function attentionItem(c, touched, detail, md) {
    const mark = changeMark(touched.get(c.path), md);
    const head = `${VERDICT_EMOJI[c.verdict.verdict]} ${md.bold(md.componentLink(c))} · ${kindOf(c, md)}${mark ? ` · ${mark}` : ''}`;
    return attentionBody(c, head, detail, md, (others) => explanation(c, others, md));
}
/** "new in this pull request", "changed since the base", or '' for a component the change left alone. */
function changeMark(change, md) {
    if (!change)
        return '';
    const when = md.subject === 'This change' ? 'since the base' : `in ${lowerFirst(md.subject)}`;
    return `${change} ${when}`;
}
/** "Node.js (TypeScript) · Data science / ML". */
function kindOf(c, md) {
    const work = c.primary.map((w) => WORKLOAD_SHORT[w]).join(', ') || 'no clear workload';
    return `${md.text(stackLabel(c.stack))} · ${work}`;
}
/** The head line, one sentence of why, one of what to do, and the long form behind a click. */
function attentionBody(c, head, detail, md, explain) {
    const lines = [head, `${md.bold('Why:')} ${whyShort(c, md)}.`];
    const [first, ...others] = c.verdict.wouldChange.map(asAction);
    if (first)
        lines.push(`${md.bold('What to do:')} ${md.text(first, 400)}`);
    const out = [lines.join(md.flavor === 'terminal' ? '\n' : '  \n')];
    if (detail.explain) {
        const more = explain(others);
        if (more)
            out.push(md.details('Evidence and reasoning', more));
    }
    return out.join('\n\n');
}
/**
 * Components that need attention for the same reason, with the same stack, work and advice,
 * said once: twelve Flask jobs are one item naming the twelve, not twelve copies. Their notes may
 * differ (one also does some CPU work): the item keeps what they share and names the rest beside
 * the component it belongs to.
 */
function alikeGroups(components, md) {
    const groups = new Map();
    for (const c of components) {
        const key = JSON.stringify([
            c.verdict.verdict,
            kindOf(c, md),
            c.verdict.reasons.map((r) => [r.rule, r.text]),
            c.verdict.wouldChange,
        ]);
        groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    return [...groups.values()];
}
function alikeItem(alike, touched, detail, md) {
    const first = alike[0];
    const names = alike.map((c) => {
        const mark = changeMark(touched.get(c.path), md);
        return `${md.componentLink(c)}${mark ? ` (${mark})` : ''}`;
    });
    const head = `${VERDICT_EMOJI[first.verdict.verdict]} ${md.bold(`${alike.length} components`)} · ${kindOf(first, md)}: ${names.join(', ')}`;
    const hasNote = (c, rule) => c.verdict.notes.some((n) => n.rule === rule);
    const shared = first.verdict.notes.filter((n) => alike.every((c) => hasNote(c, n.rule)));
    return attentionBody(first, head, detail, md, (others) => {
        // Evidence differs by component: two lines each, and the notes only some of them have. The
        // reasoning is the same: said once.
        const evidence = alike.map((c) => {
            const top = c.workloads.find((w) => w.workload === c.primary[0]) ?? c.workloads[0];
            const shown = (top?.evidence ?? []).slice(0, 2).map((e) => md.evidence(e));
            const own = c.verdict.notes
                .filter((n) => !shared.some((s) => s.rule === n.rule))
                .map((n) => `${md.text(reasonLead(n), 300)}${md.cite(n.sources)}`);
            const also = own.length > 0 ? `. Also: ${own.join('; ')}.` : '';
            return `- ${md.componentName(c)}: ${shown.join('; ') || 'no evidence recorded'}${also}`;
        });
        const common = { ...first, verdict: { ...first.verdict, notes: shared } };
        const rest = explanation(common, others, md, false);
        return [`Evidence:\n\n${evidence.join('\n')}`, rest].filter(Boolean).join('\n\n');
    });
}
/** "Or move this work to a Python component." reads as an action on its own: "Move this work…". */
function asAction(text) {
    return text.replace(/^Or ([a-z])/, (_, c) => c.toUpperCase());
}
/** The long form behind a `<details>`: evidence, the full reasons, what is in place, other options. */
function explanation(c, otherActions, md, withEvidence = true) {
    const blocks = [];
    const judged = new Set(c.primary);
    const evidence = (withEvidence ? c.workloads : [])
        .filter((w) => judged.has(w.workload) || w.score >= 0.5)
        .map((w) => {
        const shown = w.evidence.slice(0, EVIDENCE_SHOWN).map((e) => `  - ${md.evidence(e)}`);
        const more = w.evidence.length - EVIDENCE_SHOWN;
        if (more > 0)
            shown.push(`  - and ${more} more`);
        return [
            `- ${_model_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKLOAD_LABELS */ .yF[w.workload]} (${strengthText(w.score, w.confidence)})`,
            ...shown,
        ].join('\n');
    });
    if (evidence.length > 0)
        blocks.push(`Evidence:\n\n${evidence.join('\n')}`);
    // The lead of each reason is the "Why" above; here is what the sources actually say.
    const reasons = c.verdict.reasons.map((r) => `- ${md.text(reasonBody(r), 500)}${md.cite(r.sources)}`);
    if (reasons.length > 0)
        blocks.push(`What the sources say:\n\n${reasons.join('\n')}`);
    // Two rules can share a lead ("recommends Node.js for I/O APIs"): one line, their sources merged.
    const byLead = new Map();
    for (const r of c.verdict.notes)
        byLead.set(reasonLead(r), [...(byLead.get(reasonLead(r)) ?? []), ...r.sources]);
    const notes = [...byLead].map(([lead, sources]) => `- ${md.text(lead, 300)}${md.cite(sources)}.`);
    if (notes.length > 0)
        blocks.push(`Notes:\n\n${notes.join('\n')}`);
    if (otherActions.length > 0)
        blocks.push(`Other ways to act on it:\n\n${otherActions.map((a) => `- ${md.text(a, 400)}`).join('\n')}`);
    // The comment stays short; the job summary can afford a picture of work that is split.
    const chart = md.flavor === 'summary' && withEvidence ? workloadChart(c) : undefined;
    if (chart)
        blocks.push(chart);
    return blocks.join('\n\n');
}
/**
 * How this work compares with the component's main work, and how much evidence there is: the
 * score is relative and the confidence absolute, so "the main work, on weak evidence" rather
 * than "1.00 (low confidence)", which reads as a contradiction.
 */
function strengthText(score, confidence) {
    const share = score >= 0.995 ? 'the main work' : `${Math.round(score * 100)}% as strong as the main work`;
    const evidence = confidence === 'high'
        ? 'strong evidence'
        : confidence === 'medium'
            ? 'some evidence'
            : 'weak evidence';
    return `${share}, on ${evidence}`;
}
/** The reason after its lead, without its own "(3 of 5 sources)": the citation gives the count. */
function reasonBody(reason) {
    const text = splitSecondary(reason.text)
        .text.replace(/\s*\(\d+ of \d+ sources?\)/g, '')
        .replace(/\.\.(?=\s|$)/g, '.');
    const colon = text.indexOf(': ');
    return colon > 0 && colon < 160 ? text.slice(colon + 2) : text;
}
function acceptedList(components, md) {
    const items = components.map((c) => `- ${VERDICT_EMOJI[c.verdict.verdict]} ${md.componentLink(c)} (${VERDICT_LABEL[c.verdict.verdict]}): ${md.text(c.verdict.accepted?.reason ?? '', 300)}`);
    return [md.heading(2, 'Accepted decisions'), items.join('\n')].join('\n\n');
}
function fitsTable(components, detail, md, touched) {
    const shown = components.slice(0, detail.fitRows);
    // A fit that rests on what the code already does says so, once, in its own row.
    const covered = shown.map((c) => coveredBy(c, md));
    const withNotes = covered.some(Boolean);
    const rows = shown.map((c, i) => {
        const work = c.primary.map((w) => WORKLOAD_SHORT[w]).join(', ') || 'no clear workload';
        const mark = touched.has(c.path) ? ` (${touched.get(c.path)})` : '';
        const note = withNotes ? ` ${covered[i] ?? ''} |` : '';
        return `| ${md.componentLink(c, true)}${mark} | ${md.cell(stackLabel(c.stack))} | ${work} |${note}`;
    });
    const hidden = components.length - rows.length;
    const head = withNotes
        ? ['| Component | Stack | Workload | Note |', '|---|---|---|---|']
        : ['| Component | Stack | Workload |', '|---|---|---|'];
    const table = [...head, ...rows].join('\n');
    const rest = hidden > 0 ? `\n\n… and ${hidden} more that fit.` : '';
    const title = `${VERDICT_EMOJI.fits} ${components.length} ${plural(components.length, 'component')} ${components.length === 1 ? 'fits' : 'fit'}`;
    if (md.flavor === 'comment' && components.length > FITS_OPEN_ROWS)
        return md.details(title, table + rest);
    return `${md.heading(2, title)}\n\n${table}${rest}`;
}
/**
 * "Covered by worker threads or a worker pool": the mitigations a fit rests on, if any, in one
 * phrase ("Covered by asyncio with an ASGI server, and by a concurrent server (…)").
 */
function coveredBy(c, md) {
    const leads = c.verdict.notes.filter((n) => md.hasMitigation(n.rule)).map((n) => reasonLead(n));
    if (leads.length === 0)
        return undefined;
    const COVERED = 'Covered by ';
    if (leads.length === 1 || !leads.every((l) => l.startsWith(COVERED)))
        return md.cell(leads.join('; '), 160);
    const means = leads.map((l) => l.slice(COVERED.length));
    return md.cell(`${COVERED}${means.slice(0, -1).join(', by ')}, and by ${means.at(-1)}`, 160);
}
/** One collapsed line: the components the guidance could not judge, grouped by why. */
function inconclusiveList(components, detail, md) {
    const byReason = new Map();
    for (const c of components) {
        const key = inconclusiveReason(c);
        byReason.set(key, [...(byReason.get(key) ?? []), c]);
    }
    const title = `${VERDICT_EMOJI.inconclusive} ${components.length} ${plural(components.length, 'component')} without enough signal to judge`;
    if (!detail.lists)
        return md.flavor === 'terminal' ? title : `${title}.`;
    const groups = [...byReason.entries()].map(([why, cs]) => ({
        why,
        cs,
        action: inconclusiveAction(cs[0]),
    }));
    // What to do is said once when every group calls for the same thing.
    const shared = groups.length > 1 && groups.every((g) => g.action === groups[0].action)
        ? groups[0].action
        : undefined;
    const lines = groups.map(({ why, cs, action }) => {
        const own = action && !shared ? ` ${md.text(action, 300)}` : '';
        return `${md.text(why)}: ${cs.map((c) => md.componentName(c)).join(', ')}.${own}`;
    });
    if (shared)
        lines.push(md.text(shared, 300));
    return md.details(title, lines.join('\n\n'));
}
/** What would let the guidance judge them, as something a team can do. */
function inconclusiveAction(c) {
    const rule = c.verdict.reasons[0]?.rule;
    if (rule === 'stack-not-covered')
        return 'To judge it, add organisation guidance for this stack in the config, or leave it out with an ignore pattern.';
    if (rule === 'stack-unknown')
        return 'To judge it, give it a package.json, pyproject.toml or requirements.txt that declares its dependencies.';
    if (rule === 'weak-signals')
        return 'A library that only serves the others needs nothing; for a service, declaring its dependencies in its manifest lets its work be judged.';
    return undefined;
}
function inconclusiveReason(c) {
    const rule = c.verdict.reasons[0]?.rule;
    if (rule === 'stack-not-covered')
        return `${c.stack.otherName ?? 'Another stack'}, which the guidance does not cover`;
    if (rule === 'stack-unknown')
        return 'No stack could be determined';
    if (rule === 'weak-signals' && c.workloads.length === 0)
        return 'No dependency, import or code pattern points to a workload';
    if (rule === 'weak-signals')
        return 'Only weak signals';
    return c.verdict.summary.replace(/\.$/, '');
}
function supportingList(components, detail, md) {
    const title = `📦 ${components.length} supporting ${plural(components.length, 'package')} (tests, examples, docs), left out of the verdict`;
    if (!detail.lists)
        return md.flavor === 'terminal' ? title : `${title}.`;
    // By the verdict each would get, said once per verdict rather than once per package.
    const byVerdict = new Map();
    for (const c of components)
        byVerdict.set(c.verdict.verdict, [...(byVerdict.get(c.verdict.verdict) ?? []), c]);
    const lines = [...byVerdict].map(([v, cs]) => `${VERDICT_EMOJI[v]} ${VERDICT_LABEL[v]}: ${cs.map((c) => md.componentLink(c)).join(', ')}.`);
    const note = 'A `components:` entry with `supporting: false` in the config judges one with the rest.';
    return md.details(title, [...lines, md.flavor === 'terminal' ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(note) : note].join('\n\n'));
}
// ---------------------------------------------------------------- charts
/** Bars in GitHub's blue (Mermaid's default is a pale lavender) at a size that fits a screen. */
const CHART_STYLE = '%%{init: {"xyChart": {"width": 640, "height": 260}, "themeVariables": {"xyChart": {"plotColorPalette": "#0969da"}}}}%%';
/** A component's work is split when a second class weighs at least this share of the first. */
const SPLIT_SHARE = 0.75;
/** Mermaid label text: letters, digits and a few safe marks only. */
function mermaidLabel(text) {
    const safe = text
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N} ./_-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(safe, 60) || 'component';
}
/** One bar chart of the repository's components by verdict: counts, from zero, true to the numbers. */
function verdictChart(groups) {
    const bars = [
        ['mismatch', groups.mismatch.length],
        ['caveats', groups.caveats.length],
        ['accepted', groups.accepted.length],
        ['fits', groups.fits.length],
        ['no signal', groups.inconclusive.length],
        ['supporting', groups.supporting.length],
    ];
    const shown = bars.filter(([, n]) => n > 0);
    const total = shown.reduce((s, [, n]) => s + n, 0);
    // A handful of components is read faster from the counts line than from a chart.
    if (shown.length < 2 || total < 10)
        return undefined;
    const max = Math.max(...shown.map(([, n]) => n));
    return [
        '```mermaid',
        CHART_STYLE,
        'xychart-beta horizontal',
        '    title "Components by verdict"',
        `    x-axis [${shown.map(([l]) => `"${l}"`).join(', ')}]`,
        `    y-axis "Components" 0 --> ${max}`,
        `    bar [${shown.map(([, n]) => n).join(', ')}]`,
        '```',
    ].join('\n');
}
/** For a component whose work is split: the classes' weights as bars, only when two are close. */
function workloadChart(c) {
    const strong = c.workloads.filter((w) => w.score >= SPLIT_SHARE);
    if (strong.length < 2)
        return undefined;
    const shown = c.workloads.slice(0, 5);
    const max = Math.max(...shown.map((w) => w.raw));
    return [
        '```mermaid',
        CHART_STYLE,
        'xychart-beta horizontal',
        `    title "Workload weights of ${mermaidLabel(displayPath(c))}"`,
        `    x-axis [${shown.map((w) => `"${mermaidLabel(WORKLOAD_SHORT[w.workload])}"`).join(', ')}]`,
        `    y-axis "Weight" 0 --> ${Math.ceil(max)}`,
        `    bar [${shown.map((w) => Number(w.raw.toFixed(2))).join(', ')}]`,
        '```',
    ].join('\n');
}
// ---------------------------------------------------------------- scan notes
function scanNotes(report, md, problemsShown) {
    const { stats } = report;
    // The comment leaves the time out: an unchanged result must give an identical body, or every run rewrites it.
    const took = md.flavor === 'comment' ? '' : ` in ${(stats.durationMs / 1000).toFixed(1)} s`;
    const scanned = `Scanned ${stats.filesScanned} ${plural(stats.filesScanned, 'file')} (${formatBytes(stats.bytesRead)}) and ${stats.manifestsParsed} ${plural(stats.manifestsParsed, 'manifest')}${took}`;
    const lines = [];
    const skipped = Object.entries(stats.skippedByReason)
        .filter(([, n]) => (n ?? 0) > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([reason, n]) => `${n} ${reason}`);
    if (skipped.length > 0)
        lines.push(`Skipped: ${skipped.join(', ')}.`);
    if (report.partial)
        lines.push(`${VERDICT_EMOJI['fits-with-caveats']} Partial scan: the ${report.partial.limit} limit stopped the scan early (${md.text(report.partial.reason)}); the report covers only the files read before that.`);
    if (report.problems.length > 0) {
        const shown = report.problems.slice(0, problemsShown).map((p) => {
            const where = p.line ? `${p.file}:${p.line}` : p.file;
            return `- ${md.path(where)} — ${md.text(p.message)}`;
        });
        const more = report.problems.length - shown.length;
        if (more > 0)
            shown.push(`- and ${more} more`);
        lines.push([
            `${report.problems.length} ${plural(report.problems.length, 'problem')} reading files:`,
            shown.join('\n'),
        ].join('\n\n'));
    }
    const problems = report.problems.length > 0
        ? `, ${report.problems.length} ${plural(report.problems.length, 'problem')} reading files`
        : '';
    const title = `Scan notes: ${stats.filesScanned} ${plural(stats.filesScanned, 'file')}${problems}`;
    if (md.flavor === 'terminal')
        return [md.heading(2, 'Scan notes'), `${scanned}.`, ...lines].join('\n\n');
    const version = `<sub>Stack Fit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtmlText */ .SC)(report.tool.version)}</sub>`;
    return md.details(title, [`${scanned}.`, ...lines, version].join('\n\n'));
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
function plural(n, one, many = `${one}s`) {
    return n === 1 ? one : many;
}
// ---------------------------------------------------------------- shared labels
/** "Node.js (TypeScript)", "Python + Node.js" for mixed code, "Go (not covered by the guidance)". */
function stackLabel(stack) {
    if (stack.stack === 'node') {
        const ts = (stack.languages ?? []).includes('TypeScript') ? ' (TypeScript)' : '';
        return `${STACK_NAME.node}${ts}${stack.mixed ? ' + Python' : ''}`;
    }
    if (stack.stack === 'python')
        return `${STACK_NAME.python}${stack.mixed ? ' + Node.js' : ''}`;
    if (stack.stack === 'other')
        return `${stack.otherName ?? 'Another stack'} (not covered by the guidance)`;
    return 'Unknown';
}
function workloadShortLabel(workload) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKLOAD_LABELS */ .yF[workload].replace(/\s*\(.*\)$/, '');
}
function displayPath(component) {
    return component.path === '' ? '.' : component.path;
}
// ---------------------------------------------------------------- writer
/** Escaping, links and footnotes, which differ between a terminal and GitHub. */
class Writer {
    flavor;
    /** "This pull request" or "This change". */
    subject;
    guidance;
    links;
    repository;
    cited = [];
    constructor(options) {
        this.flavor = options.flavor;
        this.subject =
            options.subject ?? (options.flavor === 'terminal' ? 'This change' : 'This pull request');
        this.guidance = options.guidance;
        this.links = options.links;
        this.repository = options.links?.repository;
    }
    heading(level, text) {
        const marks = this.flavor === 'terminal' ? '#'.repeat(level) : '#'.repeat(level + 1);
        return `${marks} ${this.text(text, 160)}`;
    }
    bold(value) {
        return this.flavor === 'terminal' ? value : `**${value}**`;
    }
    text(value, maxLength) {
        return this.flavor === 'terminal'
            ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(value, maxLength)
            : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(value, maxLength);
    }
    cell(value, maxLength) {
        return this.flavor === 'terminal'
            ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(value, maxLength).replace(/\|/g, '\\|')
            : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(value, maxLength);
    }
    /** A package or other name to copy: a code span, which GitHub never turns into a mention. */
    code(value, inTable = false) {
        return this.flavor === 'terminal' ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(value) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(value, { inTable });
    }
    /**
     * A repository path, shown literally and copyable: a path GitHub would turn into a mention
     * or an issue link (`packages/@scope/x`) goes in a code span rather than carry a joiner.
     */
    path(value, inTable = false) {
        if (this.flavor === 'terminal')
            return inTable ? this.cell(value) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(value);
        const escaped = inTable ? this.cell(value) : this.text(value);
        // Never a code span for text with markup characters: those stay escaped, joiner and all.
        return escaped.includes('&#8288;') && !/[<>&`]/.test(value)
            ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(value, { inTable })
            : escaped;
    }
    /** A file linked to the head commit when the links are known. */
    fileLink(file, line) {
        const where = line ? `${file}:${line}` : file;
        const url = this.url('blob', file, line);
        return url ? `[${this.path(where)}](${url})` : this.path(where);
    }
    /** The component's path (the repository's name for the root), linked to its folder. */
    componentName(c, inTable = false) {
        return this.path(c.path === '' ? (this.repository ?? c.name) : c.path, inTable);
    }
    componentLink(c, inTable = false) {
        const name = this.componentName(c, inTable);
        const url = this.url('tree', c.path);
        return url ? `[${name}](${url})` : name;
    }
    details(summary, body) {
        if (this.flavor === 'terminal')
            return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(summary, 300)}\n\n${body}`;
        return `<details><summary>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtmlText */ .SC)(summary, 300)}</summary>\n\n${body}\n\n</details>`;
    }
    /** `file:line — detail`, linked to the line at the head commit when the links are known. */
    evidence(e) {
        return `${this.fileLink(e.file, e.line)} — ${this.detail(e.detail)}`;
    }
    /** Evidence details name packages ("npm dependency @scope/x"): those names go in code spans. */
    detail(text) {
        if (this.flavor === 'terminal')
            return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(text);
        const m = /^(npm dependency|PyPI dependency|dependency|imports|is the catalogued package|is the compiled package) (\S+)(.*)$/.exec(text);
        if (!m)
            return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(text);
        return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m[1])} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(m[2])}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m[3])}`;
    }
    url(kind, path, line) {
        if (!this.links || this.flavor === 'terminal')
            return undefined;
        const { serverUrl, repository, sha, prefix } = this.links;
        const full = [prefix, path].filter(Boolean).join('/');
        const encoded = full
            .split('/')
            .map((s) => encodeURIComponent(s))
            .join('/');
        const base = `${serverUrl.replace(/\/+$/, '')}/${repository}/${kind}/${sha}`;
        return `${base}${encoded ? `/${encoded}` : ''}${line ? `#L${line}` : ''}`;
    }
    /** " (3 of 5 sources[^a][^b][^c])" on GitHub, " (3 of 5 sources: A, B, C)" in a terminal. */
    cite(sourceIds) {
        const ids = [...new Set(sourceIds)];
        if (ids.length === 0)
            return '';
        const total = Math.max(this.guidance.sourceCount, ids.length);
        const count = `${ids.length} of ${total} ${total === 1 ? 'source' : 'sources'}`;
        if (this.flavor === 'terminal') {
            const names = ids.map((id) => {
                const s = this.guidance.source(id);
                return s ? (0,_guidance_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceNameInText */ .$u)(s) : id;
            });
            return ` (${count}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(names.join(', '), 300)})`;
        }
        for (const id of ids)
            if (!this.cited.includes(id))
                this.cited.push(id);
        return ` (${count}${ids.map((id) => `[^${footnoteId(id)}]`).join('')})`;
    }
    hasMitigation(id) {
        return this.guidance.mitigation(id) !== undefined;
    }
    /** The definitions of the footnotes cited, naming each article and who published it. */
    footnotes() {
        if (this.cited.length === 0)
            return undefined;
        return this.cited
            .map((id) => {
            const s = this.guidance.source(id);
            return `[^${footnoteId(id)}]: ${s ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_guidance_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceReference */ .V4)(s), 300) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(id)}`;
        })
            .join('\n');
    }
}
function footnoteId(id) {
    return id.replace(/[^A-Za-z0-9-]/g, '-');
}
// ---------------------------------------------------------------- drift on its own
const NO_GUIDANCE = {
    rule: () => undefined,
    source: () => undefined,
    mitigation: () => undefined,
    sourceCount: 0,
};
/** The "what this pull request changes" lines on their own (the drift tests read them). */
function renderDrift(drift, flavor = 'summary') {
    const md = new Writer({ guidance: NO_GUIDANCE, flavor });
    if (drift.kind === 'baseUnavailable')
        return `The base revision could not be analysed (${md.text(drift.reason, 300)}), so only the head is reported.`;
    if (drift.unchanged)
        return 'No change to stacks, workloads or verdicts compared with the base.';
    return changeItems(drift, new Map(), md)
        .map((i) => `- ${i}.`)
        .join('\n');
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 9635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand),
/* harmony export */   s: () => (/* binding */ issue)
/* harmony export */ });
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4679);


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 1170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports SUMMARY_ENV_VAR, SUMMARY_DOCS_URL, markdownSummary */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(857);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = fs__WEBPACK_IMPORTED_MODULE_1__.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map

/***/ }),

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ toCommandValue),
/* harmony export */   k: () => (/* binding */ toCommandProperties)
/* harmony export */ });
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

/***/ })

};
