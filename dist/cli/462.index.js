export const id = 462;
export const ids = [462];
export const modules = {

/***/ 462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AGGREGATE_HELP: () => (/* binding */ AGGREGATE_HELP),
  ORG_MATRIX_HELP: () => (/* binding */ ORG_MATRIX_HELP),
  runAggregate: () => (/* binding */ runAggregate),
  runOrgMatrix: () => (/* binding */ runOrgMatrix)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/org/batch.ts
// Repositories into a job matrix within GitHub's limit: at most 256 jobs a matrix, so several
// repositories share a job when there are more, spread as evenly as the count allows.
/** GitHub's limit on the jobs one matrix may generate. */
const MAX_MATRIX_JOBS = 256;
function batchRepositories(repositories, options = {}) {
    const maxJobs = options.maxJobs ?? MAX_MATRIX_JOBS;
    const perJob = options.perJob ?? 1;
    if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > MAX_MATRIX_JOBS)
        throw new RangeError(`at most 1 to ${MAX_MATRIX_JOBS} jobs a matrix (got ${maxJobs})`);
    if (!Number.isInteger(perJob) || perJob < 1)
        throw new RangeError(`at least 1 repository a job (got ${perJob})`);
    const n = repositories.length;
    if (n === 0)
        return { include: [] };
    const size = Math.max(perJob, Math.ceil(n / maxJobs));
    const jobs = Math.ceil(n / size);
    // Even spread: the first `n % jobs` jobs take one more, so no job exceeds `size`.
    const base = Math.floor(n / jobs);
    const extra = n % jobs;
    const include = [];
    let start = 0;
    for (let i = 0; i < jobs; i++) {
        const count = base + (i < extra ? 1 : 0);
        include.push({ batch: i + 1, repositories: repositories.slice(start, start + count) });
        start += count;
    }
    return { include };
}

;// CONCATENATED MODULE: ./src/org/failure.ts
// What stands in for a report when a repository could not be scanned: the organisation workflow
// writes one per repository it could not list, clone or scan, and `aggregate` reads them.
const FAILURE_KIND = 'stack-fit-scan-failure';
function failureRecord(repository, error) {
    return { kind: FAILURE_KIND, repository, error: error.split('\n', 1)[0] ?? '' };
}
/** A file name for a repository's report or failure record: `owner__name.json`. */
function reportFileName(repository) {
    return `${repository.replace(/[^A-Za-z0-9._-]/g, '__')}.json`;
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/action/audit-issue.ts
// One tracking issue for scheduled and manual audits: opened when something needs attention,
// updated while it does, closed once everything fits. Found by label, marker and author.

const AUDIT_LABEL = 'stack-fit';
const AUDIT_MARKER = '<!-- stack-fit:audit -->';
/** Components a person should look at: mismatches and caveats nobody has accepted. */
function findingsOf(report) {
    return productComponents(report).filter((c) => (c.verdict.verdict === 'mismatch' || c.verdict.verdict === 'fits-with-caveats') &&
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/report/aggregate.ts
// Many repositories' reports into one organisation report. Input is read leniently: a report of
// another Stack Fit version, a truncated file, a duplicate or a failure record is noted, never fatal.



// Only what aggregation reads; every object keeps fields it does not know (newer reports).
const componentShape = schemas/* looseObject */._H3({
    path: schemas/* string */.YjP(),
    name: schemas/* string */.YjP().optional(),
    supporting: schemas/* boolean */.zMY().optional(),
    stack: schemas/* looseObject */._H3({ stack: schemas/* string */.YjP(), otherName: schemas/* string */.YjP().optional() }).optional(),
    primary: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    verdict: schemas/* looseObject */._H3({
        verdict: schemas/* string */.YjP(),
        summary: schemas/* string */.YjP().optional(),
        accepted: schemas/* looseObject */._H3({ reason: schemas/* string */.YjP().optional() }).optional(),
    }),
});
const reportShape = schemas/* looseObject */._H3({
    tool: schemas/* looseObject */._H3({ name: schemas/* literal */.euz('stack-fit'), version: schemas/* string */.YjP() }),
    root: schemas/* string */.YjP().optional(),
    components: schemas/* array */.YOg(schemas/* unknown */.L5J()),
    problems: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional(),
    partial: schemas/* looseObject */._H3({ reason: schemas/* string */.YjP().optional() }).optional(),
});
const failureShape = schemas/* looseObject */._H3({
    kind: schemas/* literal */.euz(FAILURE_KIND),
    repository: schemas/* string */.YjP().min(1),
    error: schemas/* string */.YjP(),
});
const VERDICT_RANK = {
    mismatch: 0,
    'fits-with-caveats': 1,
    inconclusive: 2,
    fits: 3,
};
/** A repository's name from the report: the CLI writes what it was given (`owner/name` in the workflow). */
function repositoryOf(root, file) {
    const trimmed = (root ?? '')
        .trim()
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
    if (trimmed && trimmed !== '.' && trimmed !== 'memory')
        return trimmed;
    return (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '').replace(/__/g, '/');
}
function isVerdict(value) {
    return model/* VERDICTS */.bk.includes(value);
}
function firstIssue(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'unexpected shape';
    return `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`;
}
function aggregateReports(inputs, version) {
    const notes = [];
    const seen = new Map();
    const parsed = [];
    for (const { file, text } of inputs) {
        let value;
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (err) {
            const message = err.message;
            const truncated = text.trim() === '' || /end of (json )?input|unterminated/i.test(message);
            const repository = repositoryOf(undefined, file);
            notes.push({
                file,
                kind: truncated ? 'truncated' : 'not-a-report',
                message: truncated
                    ? `the file is empty or cut short (${text.length} bytes); ${repository} is listed as not scanned`
                    : `not JSON (${message}); ${repository} is listed as not scanned`,
            });
            value = {
                kind: 'failure',
                repository,
                error: truncated ? 'its report file is empty or cut short' : 'its report file is not JSON',
            };
        }
        if (!value) {
            const failure = failureShape.safeParse(json);
            if (failure.success) {
                value = { kind: 'failure', repository: failure.data.repository, error: failure.data.error };
            }
            else {
                const report = reportShape.safeParse(json);
                if (!report.success) {
                    notes.push({
                        file,
                        kind: 'not-a-report',
                        message: `not a Stack Fit report (${firstIssue(report.error)}); left out`,
                    });
                    continue;
                }
                value = {
                    kind: 'report',
                    repository: repositoryOf(report.data.root, file),
                    version: report.data.tool.version,
                    data: report.data,
                };
            }
        }
        const key = value.repository.toLowerCase();
        const earlier = seen.get(key);
        // A report beats a failure record for the same repository (a job re-run that succeeded).
        if (earlier && !(earlier.kind === 'failure' && value.kind === 'report')) {
            notes.push({
                file,
                kind: 'duplicate',
                message: `a second input for ${value.repository}; kept ${earlier.file}, left this one out`,
            });
            continue;
        }
        if (earlier) {
            notes.push({
                file: earlier.file,
                kind: 'duplicate',
                message: `${value.repository} has a report in ${file}; this failure record is left out`,
            });
            const i = parsed.findIndex((p) => p.value.repository.toLowerCase() === key);
            parsed.splice(i, 1);
        }
        seen.set(key, { file, kind: value.kind });
        parsed.push({ file, value });
    }
    const components = [];
    const repositories = [];
    const failures = [];
    for (const { file, value } of parsed) {
        if (value.kind === 'failure') {
            failures.push({
                repository: value.repository,
                file,
                reason: value.error || 'no reason given',
            });
            continue;
        }
        if (value.version !== version) {
            notes.push({
                file,
                kind: 'other-version',
                message: `${value.repository} was scanned by Stack Fit ${value.version} (this is ${version}); read as far as its shape allows`,
            });
        }
        const own = [];
        value.data.components.forEach((raw, i) => {
            const c = componentShape.safeParse(raw);
            if (!c.success || !isVerdict(c.data.verdict.verdict)) {
                const why = c.success ? `unknown verdict '${c.data.verdict.verdict}'` : firstIssue(c.error);
                notes.push({
                    file,
                    kind: 'component',
                    message: `component ${i + 1} of ${value.repository} left out: ${why}`,
                });
                return;
            }
            const data = c.data;
            const verdict = data.verdict.verdict;
            const accepted = data.verdict.accepted !== undefined;
            const supporting = data.supporting === true;
            const stack = data.stack?.stack ?? 'unknown';
            own.push({
                repository: value.repository,
                path: data.path,
                name: data.name ?? (data.path || value.repository),
                stack: model/* STACKS */.Ix.includes(stack) ? stack : 'unknown',
                ...(data.stack?.otherName ? { stackName: data.stack.otherName } : {}),
                primary: (data.primary ?? []).filter((w) => model/* WORKLOADS */.vZ.includes(w)),
                verdict,
                summary: data.verdict.summary ?? '',
                accepted,
                supporting,
                attention: !supporting && !accepted && (verdict === 'mismatch' || verdict === 'fits-with-caveats'),
            });
        });
        own.sort((a, b) => compare(a.path, b.path));
        components.push(...own);
        const product = own.filter((c) => !c.supporting);
        repositories.push({
            repository: value.repository,
            file,
            version: value.version,
            components: own.length,
            overall: product.length === 0 ? 'inconclusive' : worst(product.map((c) => c.verdict)),
            attention: own.filter((c) => c.attention).length,
            ...(value.data.partial
                ? { partial: value.data.partial.reason ?? 'a limit stopped the scan' }
                : {}),
            problems: value.data.problems?.length ?? 0,
        });
    }
    repositories.sort((a, b) => b.attention - a.attention ||
        VERDICT_RANK[a.overall] - VERDICT_RANK[b.overall] ||
        compare(a.repository, b.repository));
    components.sort((a, b) => compare(a.repository, b.repository) || compare(a.path, b.path));
    failures.sort((a, b) => compare(a.repository, b.repository));
    const attention = components
        .filter((c) => c.attention)
        .sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
        compare(a.repository, b.repository) ||
        compare(a.path, b.path));
    const product = components.filter((c) => !c.supporting);
    const verdicts = Object.fromEntries(model/* VERDICTS */.bk.map((v) => [v, 0]));
    const stacks = {};
    const workloads = {};
    for (const c of product) {
        verdicts[c.verdict]++;
        const stack = c.stack === 'other' && c.stackName ? `other: ${c.stackName}` : c.stack;
        stacks[stack] = (stacks[stack] ?? 0) + 1;
        for (const w of c.primary.length > 0 ? c.primary : ['none'])
            workloads[w] = (workloads[w] ?? 0) + 1;
    }
    return {
        tool: { name: 'stack-fit', version },
        repositories,
        attention,
        components,
        failures,
        counts: {
            repositories: repositories.length + failures.length,
            scanned: repositories.length,
            failed: failures.length,
            components: components.length,
            supporting: components.length - product.length,
            verdicts,
            accepted: product.filter((c) => c.accepted).length,
            stacks: sortedCounts(stacks),
            workloads: sortedCounts(workloads),
        },
        notes,
    };
}
function worst(verdicts) {
    const judged = verdicts.filter((v) => v !== 'inconclusive');
    if (judged.length === 0)
        return 'inconclusive';
    return judged.reduce((a, b) => (VERDICT_RANK[b] < VERDICT_RANK[a] ? b : a));
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Highest count first, then by name, so the same numbers always print the same. */
function sortedCounts(counts) {
    return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || compare(a, b)));
}
/** Components a person should look at across the organisation (the tracking issue opens on these). */
function orgFindings(report) {
    return report.attention.length;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/aggregate-render.ts
// The organisation report as Markdown (job summary, tracking issue), JSON and CSV.


const VERDICT_TEXT = {
    mismatch: '❌ mismatch',
    'fits-with-caveats': '⚠️ fits with caveats',
    fits: '✅ fits',
    inconclusive: '❔ inconclusive',
};
const CHART_LABEL = {
    fits: 'fits',
    'fits-with-caveats': 'fits with caveats',
    mismatch: 'mismatch',
    inconclusive: 'inconclusive',
};
const STACK_TEXT = {
    node: 'Node.js',
    python: 'Python',
    other: 'Other',
    unknown: 'Unknown',
};
function workloadText(w) {
    if (w === 'none')
        return 'nothing stood out';
    const label = model/* WORKLOAD_LABELS */.yF[w];
    return label ? label.replace(/\s*\(.*\)$/, '') : w;
}
function stackText(key) {
    if (key.startsWith('other: '))
        return `${key.slice(7)} (not covered by the guidance)`;
    return STACK_TEXT[key] ?? key;
}
function componentStack(c) {
    return c.stack === 'other' && c.stackName ? `${c.stackName}` : (STACK_TEXT[c.stack] ?? c.stack);
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function renderOrgMarkdown(report, options = {}) {
    const all = report.attention.length;
    let rows = all;
    for (;;) {
        const text = composeMarkdown(report, options, rows);
        if (options.maxLength === undefined || text.length <= options.maxLength)
            return text;
        if (rows === 0)
            return cutToLength(text, options.maxLength);
        rows = Math.floor(rows / 2);
    }
}
const CUT_NOTE = '\n\n… cut to fit; the CSV and JSON reports have everything.\n';
/** The last resort when even the counts do not fit: whole lines up to the limit, and a note. */
function cutToLength(text, maxLength) {
    const room = Math.max(0, maxLength - CUT_NOTE.length);
    const end = text.lastIndexOf('\n', room);
    return `${text.slice(0, end > 0 ? end : room)}${CUT_NOTE}`.slice(0, maxLength);
}
function composeMarkdown(report, options, rows) {
    const { counts } = report;
    const out = [
        `## ${(0,report_escape/* escapeMarkdown */.FV)(options.title ?? 'Stack Fit: organisation report')}`,
        '',
    ];
    out.push(`${plural(counts.scanned, 'repository', 'repositories')} scanned, ${plural(counts.components, 'component')}` +
        `${counts.supporting > 0 ? ` (${counts.supporting} supporting, left out of the counts by verdict)` : ''}; ` +
        `**${plural(report.attention.length, 'component')} need${report.attention.length === 1 ? 's' : ''} attention**` +
        `${counts.failed > 0 ? `; ${plural(counts.failed, 'repository', 'repositories')} could not be scanned` : ''}.`, '');
    out.push('### Needs attention', '');
    if (report.attention.length === 0) {
        out.push('Nothing: no component has a mismatch or caveats that nobody has accepted.', '');
    }
    else {
        out.push('| Repository | Component | Stack | Primary workload | Verdict | Why |', '|---|---|---|---|---|---|');
        for (const c of report.attention.slice(0, rows)) {
            const primary = c.primary.map(workloadText).join(', ') || '—';
            out.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(c.repository)} | ${(0,report_escape/* escapeMarkdown */.FV)(c.path === '' ? '.' : c.path)} | ${(0,report_escape/* escapeMarkdown */.FV)(componentStack(c))} | ${primary} | ${VERDICT_TEXT[c.verdict]} | ${(0,report_escape/* escapeMarkdown */.FV)(c.summary, 160)} |`);
        }
        const hidden = report.attention.length - Math.min(rows, report.attention.length);
        if (hidden > 0)
            out.push('', `… and ${hidden} more; the CSV and JSON reports list them all.`);
        out.push('');
    }
    out.push('### Repositories', '');
    const flagged = report.repositories.filter((r) => r.attention > 0);
    out.push(`${plural(flagged.length, 'repository', 'repositories')} with something to look at, ${report.repositories.length - flagged.length} without.`, '');
    if (flagged.length > 0) {
        out.push('| Repository | Needs attention | Worst verdict | Components |', '|---|---:|---|---:|');
        for (const r of flagged.slice(0, Math.max(rows, 10)))
            out.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(r.repository)} | ${r.attention} | ${VERDICT_TEXT[r.overall]} | ${r.components} |`);
        out.push('');
    }
    out.push('### Counts', '', '| Verdict | Components |', '|---|---:|');
    for (const v of model/* VERDICTS */.bk)
        out.push(`| ${VERDICT_TEXT[v]} | ${counts.verdicts[v]} |`);
    if (counts.accepted > 0)
        out.push('', `${counts.accepted} of these are covered by an accepted decision.`);
    out.push('', verdictChart(report), '');
    out.push('| Stack | Components |', '|---|---:|');
    for (const [stack, n] of Object.entries(counts.stacks))
        out.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(stackText(stack))} | ${n} |`);
    out.push('', '| Primary workload | Components |', '|---|---:|');
    for (const [w, n] of Object.entries(counts.workloads))
        out.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(workloadText(w))} | ${n} |`);
    out.push('', 'A component with two primary workloads counts under both.', '');
    if (report.failures.length > 0) {
        out.push('### Could not be scanned', '', '| Repository | Why |', '|---|---|');
        for (const f of report.failures)
            out.push(`| ${(0,report_escape/* escapeMarkdown */.FV)(f.repository)} | ${(0,report_escape/* escapeMarkdown */.FV)(f.reason, 300)} |`);
        out.push('');
    }
    const partial = report.repositories.filter((r) => r.partial);
    if (report.notes.length > 0 || partial.length > 0) {
        out.push('### About the inputs', '');
        for (const r of partial)
            out.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(r.repository)}: the scan stopped early (${(0,report_escape/* escapeMarkdown */.FV)(r.partial ?? '')}); its report covers only what was read.`);
        for (const n of report.notes)
            out.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(n.file)}: ${(0,report_escape/* escapeMarkdown */.FV)(n.message, 300)}`);
        out.push('');
    }
    out.push(`<sub>Stack Fit ${(0,report_escape/* escapeMarkdown */.FV)(report.tool.version)}</sub>`, '');
    return out.join('\n');
}
/** A bar chart of product components by verdict, its axis from zero so the bars compare truly. */
function verdictChart(report) {
    const values = model/* VERDICTS */.bk.map((v) => report.counts.verdicts[v]);
    const top = Math.max(1, ...values);
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Components by verdict"',
        `    x-axis [${model/* VERDICTS */.bk.map((v) => `"${CHART_LABEL[v]}"`).join(', ')}]`,
        `    y-axis "Components" 0 --> ${top}`,
        `    bar [${values.join(', ')}]`,
        '```',
    ].join('\n');
}
function renderOrgJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const CSV_COLUMNS = [
    'repository',
    'path',
    'name',
    'stack',
    'primary_workloads',
    'verdict',
    'accepted',
    'supporting',
    'needs_attention',
    'stack_fit_version',
    'error',
];
/** One row per component, and one per repository that could not be scanned; RFC 4180. */
function renderOrgCsv(report) {
    const version = new Map(report.repositories.map((r) => [r.repository, r.version]));
    const rows = [];
    for (const c of report.components) {
        rows.push({
            repository: c.repository,
            cells: [
                c.repository,
                c.path,
                c.name,
                c.stack === 'other' && c.stackName ? `other: ${c.stackName}` : c.stack,
                c.primary.join(' '),
                c.verdict,
                String(c.accepted),
                String(c.supporting),
                String(c.attention),
                version.get(c.repository) ?? '',
                '',
            ],
        });
    }
    for (const f of report.failures)
        rows.push({
            repository: f.repository,
            cells: [f.repository, '', '', '', '', '', '', '', '', '', f.reason],
        });
    // Stable: components keep their path order within a repository.
    rows.sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
    return ([CSV_COLUMNS.join(','), ...rows.map((r) => r.cells.map(csvCell).join(','))].join('\r\n') +
        '\r\n');
}
function csvCell(value) {
    // A leading = + - @ would be a formula in a spreadsheet: names come from other people's repositories.
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 11 modules
var dist_src = __webpack_require__(2012);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/org/rest.ts
// The organisation commands' GitHub client: Octokit's core with the paginate, retry and throttling
// plugins (the Action builds the same client through @actions/github), narrowed to the two calls
// listing and the tracking issue need. Errors keep their HTTP status as GitHubApiError.




const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_TIMEOUT_MS = 30_000;
/** As the Action (src/action/github.ts): two retries of a 5xx, none of a 4xx. */
const SERVER_ERROR_RETRIES = 2;
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const RATE_LIMIT_RETRIES = 2;
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
class GitHubApiError extends Error {
    status;
    url;
    constructor(message, status, url) {
        super(message);
        this.status = status;
        this.url = url;
        this.name = 'GitHubApiError';
    }
}
const OrgOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* paginateRest */.ud, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
class RestClient {
    octokit;
    baseUrl;
    constructor(options) {
        this.baseUrl = options.baseUrl.replace(/\/+$/, '');
        const warn = options.warn ?? ((line) => process.stderr.write(`stack-fit: ${line}\n`));
        const onLimit = (kind) => (retryAfter, request, _, count) => {
            const wait = retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && count < RATE_LIMIT_RETRIES;
            warn(`GitHub API ${kind} rate limit on ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter} s` : 'giving up'}`);
            return wait;
        };
        const fetchImpl = options.fetch ?? fetch;
        const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.octokit = new OrgOctokit({
            baseUrl: this.baseUrl,
            ...(options.token ? { auth: options.token } : {}),
            userAgent: 'stack-fit',
            retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: DO_NOT_RETRY },
            throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
            log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
            request: {
                fetch: (url, init) => fetchImpl(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
            },
        });
        // Pagination follows the Link header's URLs: only those on this API get the token.
        this.octokit.hook.before('request', (request) => {
            const url = String(request.url);
            if (/^https?:\/\//i.test(url) && !url.startsWith(`${this.baseUrl}/`))
                throw new GitHubApiError(`refusing to follow a link off the API: ${url}`, 0, url);
        });
    }
    /** One request; `path` is relative to the API root (query string included). */
    async request(method, path, body) {
        try {
            const response = await this.octokit.request(`${method} /${path.replace(/^\/+/, '')}`, body);
            return response.data;
        }
        catch (err) {
            throw apiError(err, path);
        }
    }
    /** Every item of a list endpoint, following `rel="next"` links. */
    async paginate(path) {
        try {
            return (await this.octokit.paginate(`GET /${path.replace(/^\/+/, '')}`));
        }
        catch (err) {
            throw apiError(err, path);
        }
    }
}
/** Octokit's RequestError (or a refusal above) as a GitHubApiError with GitHub's own message. */
function apiError(err, path) {
    if (err instanceof GitHubApiError)
        return err;
    const status = err.status;
    if (typeof status === 'number' && status >= 400) {
        const data = err.response?.data;
        const message = data && typeof data === 'object' && 'message' in data
            ? String(data.message)
            : err.message;
        return new GitHubApiError(`HTTP ${status}: ${message}`, status, path);
    }
    const cause = err.cause;
    if (cause instanceof GitHubApiError)
        return cause;
    return err instanceof Error ? err : new Error(String(err));
}

;// CONCATENATED MODULE: ./src/org/issue.ts
// The organisation's tracking issue: one issue in a repository the caller names, found, edited in
// place and closed the same way as the audit issue (src/action/audit-issue.ts), over plain REST.




const ORG_AUDIT_MARKER = '<!-- stack-fit:org-audit -->';
/** GitHub's limit on an issue body, in characters. */
const ISSUE_LIMIT_CHARS = 65_536;
function restIssueApi(client, repository) {
    const [owner, repo] = splitRepository(repository);
    const base = `repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    return {
        listOpenIssues: async (label) => client.paginate(`${base}/issues?state=open&per_page=100&labels=${encodeURIComponent(label)}`),
        createIssue: (title, body, labels) => client.request('POST', `${base}/issues`, { title, body, labels }),
        updateIssue: (number, changes) => client.request('PATCH', `${base}/issues/${number}`, changes),
    };
}
/** As src/action/github.ts: installation tokens cannot ask GET /user and write as a Bot. */
async function restIdentity(client, token) {
    if (token.startsWith('ghs_'))
        return { kind: 'bot' };
    try {
        const user = await client.request('GET', 'user');
        return user?.login ? { kind: 'user', login: user.login } : { kind: 'bot' };
    }
    catch {
        return { kind: 'bot' };
    }
}
function splitRepository(repository) {
    const match = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(repository);
    if (!match)
        throw new Error(`'${repository}' is not an owner/name repository`);
    return [match[1], match[2]];
}
async function publishOrgIssue(client, request) {
    const rendered = renderOrgMarkdown(request.report, {
        title: request.title,
        maxLength: ISSUE_LIMIT_CHARS - ORG_AUDIT_MARKER.length - 1,
    });
    try {
        return await publishAuditIssue(restIssueApi(client, request.repository), {
            title: request.title,
            rendered,
            findings: orgFindings(request.report),
            identity: await restIdentity(client, request.token),
            marker: ORG_AUDIT_MARKER,
        });
    }
    catch (err) {
        if (err instanceof GitHubApiError && (err.status === 403 || err.status === 404)) {
            throw new Error(`could not update the tracking issue in ${request.repository} (${err.message}): the token needs Issues: read and write on that repository`);
        }
        throw err;
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/org/list.ts
// The organisation's repositories through the REST API, filtered the way an audit wants them:
// archived, disabled and forked repositories left out unless asked for, a topic, a name pattern,
// a maximum count, and private ones the token cannot read set aside with the reason.


const DEFAULT_MAX_REPOSITORIES = 1000;
const PROBE_CONCURRENCY = 4;
/** The filters alone, on records already fetched: pure, in name order. */
function selectRepositories(records, filters = {}) {
    const excluded = { archived: 0, disabled: 0, fork: 0, topic: 0, name: 0, limit: 0 };
    const topics = (filters.topics ?? []).map((t) => t.toLowerCase());
    const names = filters.names ?? [];
    const nameMatches = names.length > 0 ? picomatch_default()(names, { nocase: true, dot: true }) : undefined;
    const unique = new Map();
    for (const record of records) {
        if (typeof record?.full_name === 'string')
            unique.set(record.full_name.toLowerCase(), record);
    }
    const kept = [];
    for (const record of [...unique.values()].sort((a, b) => compareNames(a.full_name, b.full_name))) {
        if (record.archived && !filters.includeArchived)
            excluded.archived++;
        else if (record.disabled)
            excluded.disabled++;
        else if (record.fork && !filters.includeForks)
            excluded.fork++;
        else if (topics.length > 0 &&
            !(record.topics ?? []).some((t) => topics.includes(t.toLowerCase())))
            excluded.topic++;
        else if (nameMatches && !nameMatches(record.name ?? record.full_name.split('/').pop() ?? ''))
            excluded.name++;
        else
            kept.push(record);
    }
    const max = filters.max ?? DEFAULT_MAX_REPOSITORIES;
    excluded.limit = Math.max(0, kept.length - max);
    return { selected: kept.slice(0, max), excluded };
}
function compareNames(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
/**
 * Lists `org`'s repositories, applies the filters, and asks about each private or internal one
 * whether the token can read it (a listing can name repositories that SAML single sign-on or a
 * fine-grained token's selection then refuses).
 */
async function listOrgRepositories(client, org, filters = {}) {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(org))
        throw new Error(`'${org}' is not an organisation name`);
    let records;
    try {
        records = await client.paginate(`orgs/${org}/repos?type=all&sort=full_name&per_page=100`);
    }
    catch (err) {
        if (err instanceof GitHubApiError &&
            (err.status === 401 || err.status === 403 || err.status === 404)) {
            throw new Error(`could not list the repositories of ${org} (${err.message}): the token needs read access to the organisation's repositories (Metadata: read)`);
        }
        throw err;
    }
    const { selected, excluded } = selectRepositories(records, filters);
    const verdicts = await mapLimited(selected, PROBE_CONCURRENCY, (record) => readable(client, record));
    const repositories = [];
    const unreadable = [];
    selected.forEach((record, i) => {
        const reason = verdicts[i];
        if (reason === undefined)
            repositories.push(record.full_name);
        else
            unreadable.push({ repository: record.full_name, reason });
    });
    return { repositories, unreadable, excluded, listed: records.length };
}
/** Undefined when the token can read the repository, else why not. */
async function readable(client, record) {
    if (record.permissions && record.permissions.pull === false)
        return 'the token has no read access to it';
    const isPublic = record.private === false && (record.visibility ?? 'public') === 'public';
    if (isPublic)
        return undefined;
    try {
        await client.request('GET', `repos/${record.full_name.split('/').map(encodeURIComponent).join('/')}`);
        return undefined;
    }
    catch (err) {
        if (err instanceof GitHubApiError && err.status >= 400 && err.status < 500)
            return `the token cannot read it (${err.message})`;
        throw err;
    }
}
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/cli-org.ts
// The organisation commands of the CLI: `org-matrix` lists an organisation's repositories into a
// job matrix, `aggregate` merges many reports into one (and keeps the tracking issue).











class OrgUsageError extends Error {
}
const AGGREGATE_HELP = `Usage: stack-fit aggregate REPORT.json|DIR... [options]

Merges Stack Fit JSON reports of many repositories (and failure records of those that could
not be scanned) into one organisation report. A directory stands for the .json files in it.

Options:
  -f, --format <markdown|json|csv>  output format (default: markdown)
  -o, --output <file>               write to a file instead of standard output
      --title <text>                heading of the Markdown report and title of the issue
                                    (default: Stack Fit: organisation report)
      --issue <owner/name>          keep one tracking issue there, closed when nothing needs
                                    attention (token from GITHUB_TOKEN or GH_TOKEN)
      --api-url <url>               GitHub API (default: ${DEFAULT_API_URL})
  -h, --help                        show this help`;
const ORG_MATRIX_HELP = `Usage: stack-fit org-matrix --org NAME [options]

Lists an organisation's repositories through the GitHub REST API (token from GITHUB_TOKEN or
GH_TOKEN) and prints a job matrix, {"include":[{"batch":1,"repositories":["org/a",...]}]}, of at
most --max-jobs jobs, several repositories a job when there are more.

Options:
      --org <name>               the organisation (required)
      --topic <topic>            keep repositories with this topic (repeatable: any of them)
      --name <glob>              keep repositories whose name matches (repeatable: any of them)
      --include-archived         keep archived repositories (left out by default)
      --include-forks            keep forks (left out by default)
      --max <n>                  at most this many repositories, the first by name (default: ${DEFAULT_MAX_REPOSITORIES})
      --max-jobs <n>             at most this many jobs (default and limit: ${MAX_MATRIX_JOBS})
      --per-job <n>              at least this many repositories a job (default: 1)
      --api-url <url>            GitHub API (default: ${DEFAULT_API_URL})
      --github-output <file>     also append matrix=, count= and jobs= lines (for $GITHUB_OUTPUT)
      --failures-dir <dir>       write a failure record for each repository the token cannot read
  -h, --help                     show this help`;
function positiveInt(name, value) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new OrgUsageError(`--${name} must be a positive whole number (got "${value}")`);
    return n;
}
function tokenOf(env) {
    return env.GITHUB_TOKEN || env.GH_TOKEN || undefined;
}
function clientFor(apiUrl, token, env) {
    const baseUrl = apiUrl ?? DEFAULT_API_URL;
    if (!/^https?:\/\//i.test(baseUrl))
        throw new OrgUsageError(`--api-url must be an http(s) URL (got "${baseUrl}")`);
    return new RestClient({ baseUrl, token, ...(env.fetch ? { fetch: env.fetch } : {}) });
}
function failure(err, help) {
    const message = err instanceof Error ? err.message : String(err);
    const usage = err instanceof OrgUsageError ? `\n\n${help}` : '';
    return { exitCode: 2, stdout: '', stderr: `stack-fit: ${message}${usage}\n` };
}
async function runOrgMatrix(argv, environment = {}) {
    const env = environment.env ?? process.env;
    try {
        const { values } = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: false,
            options: {
                org: { type: 'string' },
                topic: { type: 'string', multiple: true },
                name: { type: 'string', multiple: true },
                'include-archived': { type: 'boolean' },
                'include-forks': { type: 'boolean' },
                max: { type: 'string' },
                'max-jobs': { type: 'string' },
                'per-job': { type: 'string' },
                'api-url': { type: 'string' },
                'github-output': { type: 'string' },
                'failures-dir': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
        if (values.help)
            return { exitCode: 0, stdout: `${ORG_MATRIX_HELP}\n`, stderr: '' };
        if (!values.org)
            throw new OrgUsageError('--org is required');
        const maxJobs = positiveInt('max-jobs', values['max-jobs']) ?? MAX_MATRIX_JOBS;
        if (maxJobs > MAX_MATRIX_JOBS)
            throw new OrgUsageError(`--max-jobs is at most ${MAX_MATRIX_JOBS}, GitHub's limit for one matrix`);
        const perJob = positiveInt('per-job', values['per-job']) ?? 1;
        const client = clientFor(values['api-url'], tokenOf(env), environment);
        const listing = await listOrgRepositories(client, values.org, {
            topics: values.topic ?? [],
            names: values.name ?? [],
            includeArchived: values['include-archived'] ?? false,
            includeForks: values['include-forks'] ?? false,
            max: positiveInt('max', values.max) ?? DEFAULT_MAX_REPOSITORIES,
        });
        const matrix = batchRepositories(listing.repositories, { maxJobs, perJob });
        const json = JSON.stringify(matrix);
        if (values['failures-dir']) {
            await (0,promises_.mkdir)(values['failures-dir'], { recursive: true });
            for (const u of listing.unreadable) {
                const file = external_node_path_.join(values['failures-dir'], reportFileName(u.repository));
                await (0,promises_.writeFile)(file, `${JSON.stringify(failureRecord(u.repository, u.reason), null, 2)}\n`);
            }
        }
        if (values['github-output']) {
            await (0,promises_.appendFile)(values['github-output'], `matrix=${json}\ncount=${listing.repositories.length}\njobs=${matrix.include.length}\n`);
        }
        const left = Object.entries(listing.excluded)
            .filter(([, n]) => n > 0)
            .map(([why, n]) => `${n} ${why === 'limit' ? 'over --max' : why === 'fork' ? 'forks' : why}`);
        const largest = Math.max(0, ...matrix.include.map((e) => e.repositories.length));
        const stderr = `stack-fit: ${values.org} lists ${listing.listed} repositories; ${listing.repositories.length} to scan in ${matrix.include.length} job(s) of at most ${largest}` +
            `${left.length > 0 ? `; left out: ${left.join(', ')}` : ''}` +
            `${listing.unreadable.length > 0 ? `; the token cannot read ${listing.unreadable.length}: ${listing.unreadable.map((u) => u.repository).join(', ')}` : ''}\n`;
        return { exitCode: 0, stdout: `${json}\n`, stderr };
    }
    catch (err) {
        return failure(err, ORG_MATRIX_HELP);
    }
}
/** The input files: each path as given, or the .json files in a directory (sorted). */
async function inputFiles(paths) {
    const files = [];
    for (const path of paths) {
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (info?.isDirectory()) {
            const names = (await (0,promises_.readdir)(path)).filter((n) => n.endsWith('.json')).sort();
            files.push(...names.map((n) => external_node_path_.join(path, n)));
        }
        else
            files.push(path);
    }
    return files;
}
async function runAggregate(argv, environment = {}) {
    const env = environment.env ?? process.env;
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                title: { type: 'string' },
                issue: { type: 'string' },
                'api-url': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
        if (values.help)
            return { exitCode: 0, stdout: `${AGGREGATE_HELP}\n`, stderr: '' };
        const format = values.format ?? 'markdown';
        if (!['markdown', 'json', 'csv'].includes(format))
            throw new OrgUsageError(`--format must be one of markdown, json, csv (got "${format}")`);
        if (positionals.length === 0)
            throw new OrgUsageError('expected at least one report file or directory');
        const inputs = [];
        const unreadable = [];
        for (const file of await inputFiles(positionals)) {
            try {
                inputs.push({ file, text: await (0,promises_.readFile)(file, 'utf8') });
            }
            catch (err) {
                unreadable.push(`stack-fit: ${file} could not be read (${err.message}); left out\n`);
            }
        }
        const report = aggregateReports(inputs, version/* VERSION */.x);
        const title = values.title ?? 'Stack Fit: organisation report';
        const body = format === 'json'
            ? renderOrgJson(report)
            : format === 'csv'
                ? renderOrgCsv(report)
                : renderOrgMarkdown(report, { title });
        const notes = [...unreadable];
        if (values.issue) {
            const token = tokenOf(env);
            const warn = env.GITHUB_ACTIONS === 'true' ? '::warning::' : 'stack-fit: warning: ';
            if (!token)
                notes.push(`${warn}no GITHUB_TOKEN or GH_TOKEN, so the tracking issue is not updated\n`);
            else {
                try {
                    const outcome = await publishOrgIssue(clientFor(values['api-url'], token, environment), {
                        repository: values.issue,
                        title,
                        report,
                        token,
                    });
                    notes.push(outcome.action === 'none'
                        ? 'stack-fit: nothing needs attention; no tracking issue needed\n'
                        : `stack-fit: tracking issue ${outcome.action}: ${outcome.url}\n`);
                }
                catch (err) {
                    notes.push(`${warn}${err.message}\n`);
                }
            }
        }
        const summary = `stack-fit: ${report.counts.scanned} repositories, ${report.attention.length} component(s) need attention, ${report.counts.failed} could not be scanned, ${report.notes.length} input note(s)\n`;
        if (values.output) {
            await (0,promises_.writeFile)(values.output, body);
            return {
                exitCode: 0,
                stdout: '',
                stderr: `${notes.join('')}${summary.trimEnd()}; written to ${values.output}\n`,
            };
        }
        return { exitCode: 0, stdout: body, stderr: `${notes.join('')}${summary}` };
    }
    catch (err) {
        return failure(err, AGGREGATE_HELP);
    }
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


/***/ })

};
