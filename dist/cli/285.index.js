export const id = 285;
export const ids = [285];
export const modules = {

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

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ stackLabel),
/* harmony export */   Q$: () => (/* binding */ workloadShortLabel),
/* harmony export */   j: () => (/* binding */ VERDICT_LABEL),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, COMMENT_LIMIT_CHARS, VERDICT_EMOJI, WORKLOAD_SHORT, mermaidLabel, renderDrift */
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


/***/ })

};
