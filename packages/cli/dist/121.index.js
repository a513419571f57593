export const id = 121;
export const ids = [121];
export const modules = {

/***/ 35160:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeLimiters = writeLimiters;
exports.orchestrationUserAgent = orchestrationUserAgent;
exports.usesProxy = usesProxy;
exports.createGitHubApi = createGitHubApi;
/**
 * The Octokit the edges (open-promotion-pr, the CLI) talk to GitHub with, at GITHUB_API_URL
 * (GitHub Enterprise Server, a local server), with the retry plugin (server errors) and the
 * throttling plugin (rate limits, GitHub's spacing of writes), narrowed to the core's GitHubApi.
 * A rate-limit notice goes to the `warn` callback the edge gives (a runner warning, stderr).
 *
 * Without a proxy: `@octokit/core` on Node's global fetch. With one (HTTPS_PROXY or HTTP_PROXY,
 * in any case, set), `@actions/github`'s getOctokit, whose fetch goes through the proxy and
 * honours NO_PROXY; it is loaded only then (it brings @actions/http-client and a copy of undici,
 * which would more than double the bundle and its start).
 */
const core_1 = __webpack_require__(60893);
const core_2 = __webpack_require__(14730);
const plugin_retry_1 = __webpack_require__(49735);
const plugin_throttling_1 = __webpack_require__(86856);
const light_js_1 = __importDefault(__webpack_require__(63251));
/** Retries after a rate limit, as long as GitHub asks for a wait of at most this long. */
const RATE_LIMIT_RETRIES = 3;
const LONGEST_WAIT_SECONDS = 300;
/**
 * GITOPS_PROMOTE_WRITE_INTERVAL_MS overrides the pause the throttling plugin keeps between
 * writes (1 s) and between notifying writes (3 s): for tests against a local server. Unset,
 * the plugin's defaults, which follow GitHub's guidance, apply.
 */
function writeLimiters(env) {
    const value = env.GITOPS_PROMOTE_WRITE_INTERVAL_MS ?? '';
    if (!/^[0-9]{1,6}$/.test(value))
        return {};
    const group = () => new light_js_1.default.Group({ maxConcurrent: 1, minTime: Number(value) });
    return { write: group(), notifications: group() };
}
function onLimit(kind, warn) {
    return (retryAfter, options, _, count) => {
        const retrying = count < RATE_LIMIT_RETRIES && retryAfter <= LONGEST_WAIT_SECONDS;
        warn(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ` +
            (retrying ? `retrying in ${retryAfter} s.` : 'giving up.'));
        return retrying;
    };
}
/**
 * The user agent getOctokit adds before Octokit's own: `actions_orchestration_id/<id>` when the
 * runner sets ACTIONS_ORCHESTRATION_ID (characters other than `a-z0-9_.-` as `_`).
 */
function orchestrationUserAgent(env) {
    const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
/** Whether the run names a proxy: http(s)_proxy in any case, not empty. */
function usesProxy(env) {
    return Object.keys(env).some((name) => /^https?_proxy$/i.test(name) && env[name]);
}
/** The GitHub API for `token` at `apiUrl`. */
async function createGitHubApi(token, apiUrl, options) {
    const { warn, env = process.env } = options;
    const userAgent = orchestrationUserAgent(env);
    const settings = {
        baseUrl: apiUrl,
        ...(userAgent ? { userAgent } : {}),
        throttle: {
            onRateLimit: onLimit('primary', warn),
            onSecondaryRateLimit: onLimit('secondary', warn),
            ...writeLimiters(env),
        },
    };
    const octokit = usesProxy(env)
        ? await (await __webpack_require__.e(/* import() */ 376).then(__webpack_require__.bind(__webpack_require__, 71376))).proxiedOctokit(token, settings)
        : new (core_2.Octokit.plugin(plugin_retry_1.retry, plugin_throttling_1.throttling))({ auth: token, ...settings });
    // A fresh `request` object per call: the retry plugin counts retries on it, and the one
    // merged from the defaults is shared, so one handled 404 would lengthen later back-offs.
    const reach = unreachable(apiUrl);
    return {
        request: (route, params) => octokit.request(route, { ...params, request: {} }).catch(reach),
        graphql: (query, variables) => octokit.graphql(query, variables).catch(reach),
    };
}
/**
 * A request that got no HTTP response (DNS, refused connection, TLS) becomes an error naming
 * the API's address and where it comes from; an HTTP error is passed on as it is.
 */
function unreachable(apiUrl) {
    return (error) => {
        const noResponse = !('response' in error && error.response);
        if (error instanceof Error && error.name === 'HttpError' && noResponse)
            throw new core_1.PromoteError(`Cannot reach the GitHub API at ${apiUrl} (GITHUB_API_URL): ${error.message}`, { cause: error });
        throw error;
    };
}


/***/ }),

/***/ 49690:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PULL_REQUEST_FLAGS = exports.CONNECTION_FLAGS = void 0;
exports.connectGitHub = connectGitHub;
exports.sourceOf = sourceOf;
exports.holdsFileFlag = holdsFileFlag;
exports.commonRequest = commonRequest;
exports.promotionLog = promotionLog;
exports.changesTable = changesTable;
exports.resultDocument = resultDocument;
exports.printResult = printResult;
/**
 * What `promote` and `rollback` share: the GitHub connection (token from GITHUB_TOKEN or
 * GH_TOKEN, never printed; the API at --api-url or GITHUB_API_URL), the pull request flags
 * named like open-promotion-pr's inputs, and the result as a table or the action's outputs.
 * The flag rules are the action's settings.ts rules, read from argv instead of INPUT_*.
 */
const core_1 = __webpack_require__(60893);
const github_1 = __webpack_require__(35160);
const promotion_1 = __webpack_require__(59567);
const flags_js_1 = __webpack_require__(7733);
const table_js_1 = __webpack_require__(72510);
const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
/** `--repository owner/name`, else GITHUB_REPOSITORY (a CI run's own repository). */
function repositoryFlag(flags, env, name = 'repository') {
    const value = flags.text(name) || (name === 'repository' ? (env.GITHUB_REPOSITORY ?? '') : '');
    if (value === '' && name === 'repository')
        throw new core_1.InputError(name, '', 'is required: the config repository as owner/name');
    const match = REPOSITORY.exec(value);
    if (!match)
        throw new core_1.InputError(name, value, 'must be a repository as owner/name');
    return { owner: match[1], repo: match[2] };
}
/** `--api-url`, else GITHUB_API_URL, else GitHub.com's API; an http(s) URL. */
function apiUrlFlag(flags, env) {
    const value = flags.text('api-url') || env.GITHUB_API_URL || 'https://api.github.com';
    if (!/^https?:\/\/[^\s/]+/.test(value))
        throw new core_1.InputError('api-url', value, 'must be an http(s) URL, e.g. https://api.github.com');
    return value.replace(/\/+$/, '');
}
/** The token a person has: GITHUB_TOKEN, else GH_TOKEN (the GitHub CLI's). */
function tokenOf(env) {
    const token = (env.GITHUB_TOKEN || env.GH_TOKEN || '').trim();
    if (token === '')
        throw new flags_js_1.UsageError('No GitHub token: set GITHUB_TOKEN or GH_TOKEN to a token that can write contents and ' +
            'pull requests of the repository (e.g. GH_TOKEN=$(gh auth token)).');
    return token;
}
/** Connect to GitHub for the repository the flags name; rate limits are warned on stderr. */
async function connectGitHub(flags, terminal, context) {
    const repository = repositoryFlag(flags, context.env);
    const apiUrl = apiUrlFlag(flags, context.env);
    const token = tokenOf(context.env);
    const warn = (message) => terminal.err(terminal.paintErr('yellow', `warning: ${message}`));
    const api = await (0, github_1.createGitHubApi)(token, apiUrl, { warn, env: context.env });
    return { api, repository, serverUrl: context.env.GITHUB_SERVER_URL || 'https://github.com' };
}
/** `--source-repository owner/name` for links to the commits images were built from. */
function sourceOf(flags, connection) {
    const given = flags.text('source-repository');
    if (given === '')
        return { serverUrl: connection.serverUrl, repository: '' };
    const { owner, repo } = repositoryFlag(flags, {}, 'source-repository');
    return { serverUrl: connection.serverUrl, repository: `${owner}/${repo}` };
}
function labelsFlag(flags) {
    const labels = flags.list('labels');
    for (const label of labels)
        if (label.length > 50)
            throw new core_1.InputError('labels', label, 'is longer than 50 characters');
    return labels;
}
function autoMergeFlag(flags) {
    const choice = flags.choice('auto-merge', ['false', 'merge', 'squash', 'rebase'], 'false');
    return choice === 'false' ? false : choice;
}
/** `--holds-file`: a relative path in the repository without '.', '..' or empty parts. */
function holdsFileFlag(flags) {
    const path = flags.text('holds-file') || promotion_1.DEFAULT_HOLDS_FILE;
    const parts = path.split('/');
    if (path.includes('\\') || parts.some((p) => p === '' || p === '.' || p === '..'))
        throw new core_1.InputError('holds-file', path, "must be a relative path in the repository, without '.', '..' or empty parts");
    return path;
}
/** The request fields `promote` and `rollback` share (open-promotion-pr's commonRequest). */
function commonRequest(flags, connection, environment, defaultBranch) {
    return {
        repository: connection.repository,
        base: flags.text('base'),
        environment,
        branch: (0, promotion_1.checkBranchName)(flags.text('branch') || defaultBranch),
        titleTemplate: flags.text('title'),
        bodyTemplate: flags.text('body'),
        labels: labelsFlag(flags),
        reviewers: flags.list('reviewers'),
        teamReviewers: flags.list('team-reviewers').map((t) => t.slice(t.lastIndexOf('/') + 1)),
        draft: flags.boolean('draft'),
        autoMerge: autoMergeFlag(flags),
        source: sourceOf(flags, connection),
        holds: { path: holdsFileFlag(flags), ignore: flags.boolean('ignore-holds') },
    };
}
/** The log of the core's use case: notes with --verbose, warnings always, on stderr. */
function promotionLog(terminal, verbose) {
    return {
        info: (message) => {
            if (verbose)
                terminal.err(terminal.paintErr('dim', message));
        },
        warning: (message, where) => terminal.err(terminal.paintErr('yellow', `warning: ${where ? `${where.file}:${where.line}: ` : ''}${message}`)),
    };
}
const short = (value) => (value.startsWith('sha256:') ? value.slice(0, 19) : value);
/** The changes as an aligned table: where, what, from, to. */
function changesTable(changes, terminal) {
    const rows = changes.map((c) => [
        c.service,
        `${c.file}:${c.line}`,
        c.field,
        { text: short(c.from) || '-', style: 'red' },
        { text: short(c.to), style: 'green' },
    ]);
    return (0, table_js_1.formatTable)(['SERVICE', 'FILE', 'FIELD', 'FROM', 'TO'], rows, terminal.paint);
}
const DONE = {
    created: 'Opened',
    updated: 'Updated',
    unchanged: 'Unchanged:',
    none: '',
    waiting: '',
};
/** The action's outputs, as `--json` prints them (numbers and lists as JSON, not strings). */
function resultDocument(result) {
    return {
        operation: result.operation,
        'pull-request-number': result.pullRequest?.number ?? null,
        'pull-request-url': result.pullRequest?.url ?? '',
        branch: result.branch,
        'commit-sha': result.commitSha,
        changes: result.plan.changes,
    };
}
/** The human result: what happened to which pull request, then the table of changes. */
function printResult(result, terminal) {
    if (result.operation === 'none') {
        terminal.err('Nothing to change: every value already holds its target. No pull request.');
        return;
    }
    if (result.operation === 'waiting') {
        terminal.err('Waiting: a promotion gate holds every service. No pull request.');
        return;
    }
    const pull = result.pullRequest;
    const link = pull ? `pull request #${pull.number} ${terminal.paint('cyan', pull.url)}` : '';
    terminal.out(`${DONE[result.operation]} ${link}`);
    terminal.out(`Branch ${result.branch} at ${result.commitSha.slice(0, 12)}.`);
    terminal.out('');
    terminal.out(changesTable(result.plan.changes, terminal));
}
/** The flags of the GitHub connection and of the pull request, as `--help` shows them. */
exports.CONNECTION_FLAGS = {
    repository: {
        type: 'string',
        value: '<owner/name>',
        description: 'The config repository the pull request goes to.',
        default: '$GITHUB_REPOSITORY',
    },
    base: {
        type: 'string',
        value: '<branch>',
        description: 'The base branch.',
        default: "the repository's default branch",
    },
    'api-url': {
        type: 'string',
        value: '<url>',
        description: 'The GitHub API (GitHub Enterprise Server: https://host/api/v3).',
        default: '$GITHUB_API_URL, else https://api.github.com',
    },
};
exports.PULL_REQUEST_FLAGS = {
    branch: {
        type: 'string',
        value: '<name>',
        description: 'The pull request branch (a re-run updates its pull request).',
    },
    title: { type: 'string', value: '<template>', description: 'The title ({env}, {services}).' },
    body: { type: 'string', value: '<template>', description: 'Text above the table of changes.' },
    labels: { type: 'string', multiple: true, value: '<names>', description: 'Labels to add.' },
    reviewers: {
        type: 'string',
        multiple: true,
        value: '<logins>',
        description: 'Reviewers to request.',
    },
    'team-reviewers': {
        type: 'string',
        multiple: true,
        value: '<slugs>',
        description: 'Teams to request (org/team or team).',
    },
    draft: { type: 'boolean', description: 'Open the pull request as a draft.' },
    'auto-merge': {
        type: 'string',
        value: '<method>',
        description: 'Enable auto-merge: false, merge, squash or rebase.',
        default: 'false',
    },
    'holds-file': {
        type: 'string',
        value: '<path>',
        description: 'The holds file in the config repository.',
        default: promotion_1.DEFAULT_HOLDS_FILE,
    },
    'source-repository': {
        type: 'string',
        value: '<owner/name>',
        description: 'The repository the images were built from, for links to their commits.',
    },
    verbose: { type: 'boolean', description: 'Print each step on stderr.' },
};


/***/ }),

/***/ 5661:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GATES_FLAGS = void 0;
exports.gatesMaker = gatesMaker;
exports.gatesTable = gatesTable;
exports.printGates = printGates;
exports.gatesDocument = gatesDocument;
/**
 * The promotion gates of `promote` and `rollback` (soak, freeze, required checks from the
 * policy file), run through the core's `gatesRun` as open-promotion-pr runs them: the flags
 * named like its inputs (`--policy-file`, plus `--run-url` for the status link), the verdicts
 * as a table for people and as the action's `eligible-at` and `gates` outputs for `--json`.
 */
const core_1 = __webpack_require__(60893);
const promotion_1 = __webpack_require__(59567);
const table_js_1 = __webpack_require__(72510);
/** `--run-url`: the link of the `gitops-promote/gates` status, an http(s) URL; none if absent. */
function runUrlFlag(flags) {
    const url = flags.text('run-url');
    if (url === '')
        return undefined;
    if (!/^https?:\/\/[^\s/]+\S*$/.test(url))
        throw new core_1.InputError('run-url', url, 'must be an http(s) URL, e.g. the CI run that promotes');
    return url;
}
/** Read `--policy-file` and `--run-url` (before the first request) and bind the gates. */
function gatesMaker(flags, api, target, log) {
    const policy = (0, promotion_1.policySetting)(flags.text('policy-file'));
    const targetUrl = runUrlFlag(flags);
    return (facts) => (0, promotion_1.gatesRun)(api, {
        repository: target.repository,
        base: target.base,
        environment: target.environment,
        branch: target.branch,
        ...(target.from ? { from: target.from } : {}),
        hotfix: target.hotfix,
        policy,
        ...(targetUrl ? { targetUrl } : {}),
        now: () => new Date(),
    }, facts, log);
}
const SHOWN = {
    pass: { text: 'pass', style: 'green' },
    wait: { text: 'wait', style: 'yellow' },
    fail: { text: 'fail', style: 'red' },
    bypass: { text: 'bypassed', style: 'cyan' },
    skip: { text: 'not evaluated', style: 'dim' },
};
/** The verdicts as a table: service, gate, verdict, why. */
function gatesTable(report, terminal) {
    const rows = report.services.flatMap((s) => s.verdicts.map((v) => [s.service, v.gate, SHOWN[v.verdict], v.reason]));
    return (0, table_js_1.formatTable)(['SERVICE', 'GATE', 'VERDICT', 'WHY'], rows, terminal.paint);
}
/** The headline of the verdicts: who may go, who waits and until when. */
function gatesHeadline(evaluation) {
    const { report, policyPath } = evaluation;
    if (!evaluation.policyFound)
        return `No policy file at ${policyPath}: no gates.`;
    if (report.services.every((s) => s.verdicts.length === 0))
        return `${policyPath} sets no gates for ${report.environment}.`;
    const may = report.eligible.length > 0 ? `May go: ${report.eligible.join(', ')}.` : '';
    const wait = report.waiting.length > 0 ? `Waiting: ${report.waiting.join(', ')}.` : '';
    const at = report.eligibleAt
        ? `Eligible at ${report.eligibleAt}.`
        : report.waiting.length > 0
            ? 'No time is known: a gate opens when something changes.'
            : '';
    return [may, wait, at].filter(Boolean).join(' ');
}
/** Print the verdicts for people: the table on stdout (when there is one), the headline on stderr. */
function printGates(evaluation, terminal) {
    const gated = evaluation.report.services.some((s) => s.verdicts.length > 0);
    if (evaluation.policyFound && gated) {
        terminal.out('');
        terminal.out(gatesTable(evaluation.report, terminal));
    }
    terminal.err(gatesHeadline(evaluation));
}
/** The action's `eligible-at` and `gates` outputs, as `--json` prints them (the report as JSON). */
function gatesDocument(evaluation) {
    return {
        'eligible-at': evaluation?.report.eligibleAt ?? '',
        gates: evaluation?.report ?? null,
    };
}
exports.GATES_FLAGS = {
    'policy-file': {
        type: 'string',
        value: '<path>',
        description: 'The policy file (soak, freeze, require-checks) in the config repository; a missing default file means no gates, a missing named one fails.',
        default: '.gitops-promote/policy.yaml',
    },
    'run-url': {
        type: 'string',
        value: '<url>',
        description: 'The link of the gitops-promote/gates status (e.g. the CI run).',
        default: 'none',
    },
};


/***/ }),

/***/ 58121:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rollbackCommand = void 0;
/**
 * `gitops-promote rollback`: open or update the pull request that rolls an environment back
 * through the GitHub API, exactly as open-promotion-pr's `mode: rollback` does (the core's
 * `openRollback`): the inverse of the bump a commit SHA or pull request number names, checked
 * against later commits, with the holds that keep automation from undoing it. The promotion
 * gates are reported, never blocking (a rollback is how one leaves a bad state), and the
 * `gitops-promote/gates` status is set on its pull request, as in the action.
 */
const core_1 = __webpack_require__(60893);
const promotion_1 = __webpack_require__(59567);
const exit_codes_js_1 = __webpack_require__(3067);
const flags_js_1 = __webpack_require__(7733);
const promotion_flags_js_1 = __webpack_require__(49690);
const promotion_gates_js_1 = __webpack_require__(5661);
/** `--revert`: a commit SHA or a pull request number (checked by the core's parseRevert). */
function revertFlag(flags) {
    const revert = flags.text('revert');
    if (revert === '')
        throw new core_1.InputError('revert', '', 'is required: give a commit SHA or a pull request number');
    (0, promotion_1.parseRevert)(revert);
    return revert;
}
async function run(flags, terminal, context) {
    const environment = (0, flags_js_1.environmentFlag)(flags, true);
    const revert = revertFlag(flags);
    const connection = await (0, promotion_flags_js_1.connectGitHub)(flags, terminal, context);
    const common = (0, promotion_flags_js_1.commonRequest)(flags, connection, environment, (0, promotion_1.rollbackBranch)(environment));
    const log = (0, promotion_flags_js_1.promotionLog)(terminal, flags.boolean('verbose'));
    const target = { ...common, hotfix: false };
    const gates = (0, promotion_gates_js_1.gatesMaker)(flags, connection.api, target, log)({ mode: 'rollback' });
    const result = await (0, promotion_1.openRollback)(connection.api, { ...target, revert, now: new Date() }, log);
    const evaluation = await gates.settle(result);
    await gates.publishStatus(result);
    if (terminal.json) {
        terminal.document({
            ...(0, promotion_flags_js_1.resultDocument)(result),
            'reverted-sha': result.target.sha,
            holds: result.holds,
            ...(0, promotion_gates_js_1.gatesDocument)(evaluation),
        });
        return exit_codes_js_1.EXIT.done;
    }
    (0, promotion_flags_js_1.printResult)(result, terminal);
    if (result.operation !== 'none') {
        terminal.out('');
        terminal.out(`Reverts ${result.target.sha.slice(0, 12)}; holds written in ${common.holds.path}:`);
        terminal.out(result.holds.map((h) => `  ${h.service} in ${h.environment}`).join('\n'));
    }
    if (evaluation)
        (0, promotion_gates_js_1.printGates)(evaluation, terminal);
    return exit_codes_js_1.EXIT.done;
}
exports.rollbackCommand = {
    name: 'rollback',
    usage: 'rollback --repository <owner/name> --environment <name> --revert <sha|pr-number> [flags]',
    flags: {
        ...promotion_flags_js_1.CONNECTION_FLAGS,
        environment: {
            type: 'string',
            value: '<name>',
            description: 'The environment to roll back.',
        },
        revert: {
            type: 'string',
            value: '<sha|pr-number>',
            description: 'The bump to undo: a commit SHA on the base, or the number of its merged pull request.',
        },
        ...promotion_flags_js_1.PULL_REQUEST_FLAGS,
        ...promotion_gates_js_1.GATES_FLAGS,
    },
    notes: [
        'Credentials: GITHUB_TOKEN, else GH_TOKEN (never printed). The branch is rollback/<env>; the pull request is labelled rollback.',
        '--json prints {operation, pull-request-number, pull-request-url, branch, commit-sha, changes, reverted-sha, holds, eligible-at, gates}.',
        'Gates (soak, freeze, require-checks of --policy-file) are reported, never blocking: a rollback is how one leaves a bad state.',
    ],
    examples: [
        'rollback --repository acme/gitops-config --environment prod --revert 42',
        'rollback --repository acme/gitops-config --environment prod --revert 3f2a9c1 --labels incident --json',
    ],
    run,
};


/***/ })

};
