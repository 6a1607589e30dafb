export const id = 643;
export const ids = [643];
export const modules = {

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, relativeUri */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(182);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _guidance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4174);
/* harmony import */ var _location_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6335);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4285);
// The report as SARIF 2.1.0 for GitHub code scanning: one result per component that does not fit.






const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'stackFitComponentRule/v1';
function renderSarif(report, guidance, options) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    for (const component of (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .productComponents */ .eg)(report)) {
        const level = levelOf(component);
        if (!level)
            continue;
        const location = (0,_location_js__WEBPACK_IMPORTED_MODULE_4__/* .causeLocation */ .j)(component);
        if (!location)
            continue;
        const reason = causingReason(component, guidance);
        const ruleId = reason?.rule ?? `verdict-${component.verdict.verdict}`;
        if (!ruleIndex.has(ruleId)) {
            ruleIndex.set(ruleId, rules.length);
            rules.push(sarifRule(ruleId, reason, component, guidance));
        }
        const result = {
            ruleId,
            ruleIndex: ruleIndex.get(ruleId),
            level,
            message: { text: resultMessage(component) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: relativeUri(location.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: location.line },
                    },
                },
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(component.path, ruleId) },
            properties: {
                component: component.path === '' ? '.' : component.path,
                verdict: component.verdict.verdict,
                primaryWorkloads: [...component.primary],
            },
        };
        if (component.verdict.accepted)
            result.suppressions = [
                { kind: 'external', justification: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(component.verdict.accepted.reason, 1000) },
            ];
        results.push(result);
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Stack Fit',
                        version: options.toolVersion,
                        // Optional in SARIF; left out rather than pointing at a guessed address.
                        ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                        rules,
                    },
                },
                results,
            },
        ],
    };
}
function levelOf(component) {
    const { verdict, accepted } = component.verdict;
    if (verdict !== 'mismatch' && verdict !== 'fits-with-caveats')
        return undefined;
    if (accepted)
        return 'note';
    return verdict === 'mismatch' ? 'error' : 'warning';
}
/** The first reason backed by a guidance rule, else the first reason. */
function causingReason(component, guidance) {
    const reasons = component.verdict.reasons;
    return reasons.find((r) => guidance.rule(r.rule)) ?? reasons[0];
}
function sarifRule(id, reason, component, guidance) {
    const rule = guidance.rule(id);
    const statement = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(rule?.statement ?? reason?.text ?? component.verdict.summary, 1000);
    const sourceIds = rule?.sources ?? reason?.sources ?? [];
    const sources = sourceIds.map((sid) => {
        const source = guidance.source(sid);
        return source
            ? { name: (0,_guidance_js__WEBPACK_IMPORTED_MODULE_5__/* .sourceName */ .VZ)(source), title: source.title, file: source.file }
            : { name: sid, title: sid, file: '' };
    });
    const sourceLines = sources.map((s) => `${s.title}${s.name !== s.title ? ` (${s.name})` : ''}${s.file ? `, ${s.file}` : ''}`);
    const text = [
        statement,
        sources.length > 0
            ? `Sources (${sources.length}): ${sourceLines.join('; ')}.`
            : 'No source states this; it is Stack Fit’s own finding.',
    ].join('\n\n');
    const markdown = [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(statement, 1000),
        sources.length > 0
            ? [
                '**Sources**',
                '',
                ...sources.map((s) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(s.title, 300)}${s.name !== s.title ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(s.name)}` : ''}${s.file ? ` (\`${s.file.replace(/`/g, '')}\`)` : ''}`),
            ].join('\n')
            : '_No source states this; it is Stack Fit’s own finding._',
    ].join('\n\n');
    const workloads = component.primary.map((w) => `workload:${w}`);
    return {
        id,
        name: ruleName(id),
        shortDescription: { text: shortText(statement) },
        fullDescription: { text: statement },
        help: { text, markdown },
        defaultConfiguration: { level: component.verdict.verdict === 'mismatch' ? 'error' : 'warning' },
        properties: {
            tags: ['stack-fit', 'architecture', `stack:${component.stack.stack}`, ...workloads],
        },
    };
}
function resultMessage(component) {
    const path = component.path === '' ? '.' : component.path;
    const primary = component.primary.map(_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .workloadShortLabel */ .Q$).join(', ') || 'no clear workload';
    const verdict = _markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .VERDICT_LABEL */ .j[component.verdict.verdict];
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .plainText */ .wh)(`${path} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .stackLabel */ .Ho)(component.stack)}, ${primary}): ${verdict}. ${component.verdict.summary}`, 1000);
}
/** "data-ml-node" → "DataMlNode": SARIF's rule name is an identifier-like word. */
function ruleName(id) {
    return id
        .split(/[^a-zA-Z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function shortText(text) {
    const sentence = text.split(/(?<=\.)\s/)[0] ?? text;
    return sentence.length <= 120 ? sentence : `${sentence.slice(0, 119)}…`;
}
/** Repository-relative URI: no leading `./` or `/`, each segment percent-encoded. */
function relativeUri(file) {
    return file
        .replace(/\\/g, '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .map(encodeURIComponent)
        .join('/');
}
function fingerprint(componentPath, ruleId) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${componentPath}\u0000${ruleId}`).digest('hex').slice(0, 32);
}


/***/ })

};
