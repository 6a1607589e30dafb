export const id = 339;
export const ids = [339];
export const modules = {

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   describeApiFailure: () => (/* binding */ describeApiFailure),
/* harmony export */   pullRequestsForCommit: () => (/* binding */ pullRequestsForCommit),
/* harmony export */   repositoryApi: () => (/* binding */ repositoryApi),
/* harmony export */   resolveIdentity: () => (/* binding */ resolveIdentity)
/* harmony export */ });
/* unused harmony exports SERVER_ERROR_RETRIES, DO_NOT_RETRY, RATE_LIMIT_RETRIES, MAX_RATE_LIMIT_WAIT_SECONDS, REQUEST_TIMEOUT_MS, rateLimitDecision */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1622);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
// The GitHub REST client: built inside run(), never at import, with bounded retries for server
// faults and rate limits and no retry for any other 4xx.




/** Retries of a request that failed with 5xx or a network error (waits 1 s, then 4 s). */
const SERVER_ERROR_RETRIES = 2;
/** Statuses that a retry cannot fix; rate limits (403/429 with their headers) are the throttling plugin's. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const RATE_LIMIT_RETRIES = 2;
/** Longer waits than this would hold the job for a report; give up with a warning instead. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const REQUEST_TIMEOUT_MS = 30_000;
function rateLimitDecision(kind, retryAfter, retryCount, route) {
    const wait = retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS && retryCount < RATE_LIMIT_RETRIES;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub API ${kind} rate limit hit on ${route}; ${wait ? `retrying in ${retryAfter} s` : 'giving up on this request'}`);
    return wait;
}
function createClient(token) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: DO_NOT_RETRY },
        throttle: {
            onRateLimit: (retryAfter, options, _octokit, retryCount) => rateLimitDecision('primary', retryAfter, retryCount, `${options.method} ${options.url}`),
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => rateLimitDecision('secondary', retryAfter, retryCount, `${options.method} ${options.url}`),
        },
        log: { debug: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, warn: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz, error: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    octokit.hook.before('request', (options) => {
        options.request = { ...options.request, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
    });
    return octokit;
}
/**
 * Installation tokens (`ghs_`: GITHUB_TOKEN and GitHub Apps) cannot call GET /user; any other
 * token is asked, and treated as an installation token when it cannot answer.
 */
async function resolveIdentity(octokit, token) {
    if (token.startsWith('ghs_'))
        return { kind: 'bot' };
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { kind: 'user', login: data.login };
    }
    catch {
        return { kind: 'bot' };
    }
}
function repositoryApi(octokit, owner, repo) {
    return {
        listComments: async (issue) => (await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issue,
            per_page: 100,
        })),
        createComment: async (issue, body) => (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }))
            .data,
        updateComment: async (id, body) => (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }))
            .data,
        deleteComment: async (id) => {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
        },
        pullRequestHead: async (issue) => (await octokit.rest.pulls.get({ owner, repo, pull_number: issue })).data.head.sha,
        listOpenIssues: async (label) => (await octokit.paginate(octokit.rest.issues.listForRepo, {
            owner,
            repo,
            labels: label,
            state: 'open',
            per_page: 100,
        })),
        createIssue: async (title, body, labels) => (await octokit.rest.issues.create({ owner, repo, title, body, labels }))
            .data,
        updateIssue: async (number, changes) => (await octokit.rest.issues.update({ owner, repo, issue_number: number, ...changes }))
            .data,
    };
}
/** Open pull requests whose head is `sha` (for `comment: always` on push and manual runs). */
async function pullRequestsForCommit(octokit, owner, repo, sha) {
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: sha,
    });
    return data
        .filter((pr) => pr.state === 'open' && pr.head.sha === sha && pr.base.repo.full_name === `${owner}/${repo}`)
        .map((pr) => pr.number);
}
/**
 * A warning for an API call that failed. 403 and 404 almost always mean the workflow did not
 * grant the permission, so the warning names it.
 */
function describeApiFailure(err, what, permission) {
    const status = err.status;
    const message = (err instanceof Error ? err.message : String(err)).split('\n', 1)[0] ?? '';
    if ((status === 403 || status === 404) && !/rate limit/i.test(message)) {
        return `Could not ${what} (HTTP ${status}): the token lacks the \`${permission}\` permission; grant it in the workflow's \`permissions:\` block. (${message})`;
    }
    return `Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${message}`;
}


/***/ })

};
