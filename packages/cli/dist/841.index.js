export const id = 841;
export const ids = [841];
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

/***/ 51841:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promoteCommand = void 0;
/**
 * `gitops-promote promote`: open or update the pull request that moves an environment, through
 * the GitHub API, exactly as open-promotion-pr does (one verified commit, one branch per
 * environment and purpose, a re-run updates its pull request). From component-tags.json (the
 * action's `mode: bump`), or with --from-environment from another environment's pinned images
 * (`mode: promote`). `--dry-run` prints the diff on the current base and writes nothing.
 * The promotion gates of the policy file run before anything is written, through the core's
 * `gatesRun` as in the action; `--explain` prints their verdicts on the current base and
 * writes nothing.
 */
const core_1 = __webpack_require__(60893);
const image_edit_1 = __webpack_require__(23230);
const promotion_1 = __webpack_require__(59567);
const component_tags_file_js_1 = __webpack_require__(19394);
const exit_codes_js_1 = __webpack_require__(3067);
const flags_js_1 = __webpack_require__(7733);
const unified_diff_js_1 = __webpack_require__(86566);
const promotion_flags_js_1 = __webpack_require__(49690);
const promotion_gates_js_1 = __webpack_require__(5661);
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** `--from-environment`: a name that is not the target; refuses the flags of the bump mode. */
function fromEnvironmentFlag(flags, environment) {
    const from = flags.text('from-environment');
    if (from === '')
        return '';
    if (!NAME.test(from))
        throw new core_1.InputError('from-environment', from, "must be a name of letters, digits, '.', '_' or '-'");
    if (from === environment)
        throw new core_1.InputError('from-environment', from, "must differ from '--environment'");
    for (const flag of ['component-tags', 'write-mode', 'hotfix'])
        if (flags.has(flag))
            throw new core_1.InputError(flag, flags.text(flag) || 'true', 'cannot be combined with --from-environment');
    return from;
}
function chartAppVersionFlag(flags) {
    const value = flags.text('chart-app-version');
    if (value === '' || /^false$/i.test(value))
        return false;
    if (/^true$/i.test(value))
        return true;
    if (!NAME.test(value))
        throw new core_1.InputError('chart-app-version', value, 'must be true, false, or the name of the service whose tag the appVersion tracks');
    return value;
}
function fluxNamespaceFlag(flags, environment) {
    const namespace = flags.text('flux-namespace');
    if (namespace !== '' && !/^[a-z0-9][a-z0-9.-]*$/.test(namespace))
        throw new core_1.InputError('flux-namespace', namespace, 'must be a Kubernetes namespace name');
    return namespace ? { namespace, explicit: true } : { namespace: environment, explicit: false };
}
/** Every flag read and checked before the first request (settings.ts's rules). */
function readRequest(flags) {
    const environment = (0, flags_js_1.environmentFlag)(flags, true);
    const patterns = (0, flags_js_1.filePatternsFlag)(flags);
    const services = flags.list('services');
    const fromEnvironment = fromEnvironmentFlag(flags, environment);
    const hotfix = flags.boolean('hotfix');
    return {
        environment,
        fromEnvironment,
        services,
        hotfix,
        filePatterns: (0, core_1.expandEnvironment)(patterns, environment),
        sourcePatterns: fromEnvironment ? (0, core_1.expandEnvironment)(patterns, fromEnvironment) : [],
        branch: fromEnvironment
            ? (0, promotion_1.environmentPromotionBranch)(fromEnvironment, environment)
            : (0, promotion_1.promotionBranch)(environment, hotfix),
        componentTagsPath: flags.text('component-tags', 'component-tags.json'),
        write: flags.choice('write-mode', image_edit_1.WRITE_MODES, 'tag+digest'),
        allowEmpty: flags.boolean('allow-empty'),
        // The action's default: a service found in no file fails unless --services narrows.
        failOnMissing: flags.boolean('fail-on-missing') || services.length === 0,
        allowDowngrade: flags.boolean('allow-downgrade'),
        fluxNamespace: fluxNamespaceFlag(flags, environment),
        chartAppVersion: chartAppVersionFlag(flags),
        dryRun: flags.boolean('dry-run'),
        explain: explainFlag(flags),
    };
}
/** `--explain`: the gates' verdicts only; it writes nothing, so it needs no `--dry-run`. */
function explainFlag(flags) {
    const explain = flags.boolean('explain');
    if (explain && flags.boolean('dry-run'))
        throw new core_1.InputError('dry-run', 'true', 'cannot be combined with --explain, which prints the gates and writes nothing either');
    return explain;
}
function operationOf(request, common, context) {
    const shared = {
        ...common,
        filePatterns: request.filePatterns,
        allowEmpty: request.allowEmpty,
        allowDowngrade: request.allowDowngrade,
        fluxNamespace: request.fluxNamespace,
        chartAppVersion: request.chartAppVersion,
    };
    if (request.fromEnvironment)
        return {
            kind: 'environment',
            request: {
                ...shared,
                hotfix: false,
                fromEnvironment: request.fromEnvironment,
                sourcePatterns: request.sourcePatterns,
                services: request.services,
            },
        };
    const all = (0, component_tags_file_js_1.loadComponentTags)(context.workspace, request.componentTagsPath);
    return {
        kind: 'component-tags',
        request: {
            ...shared,
            hotfix: request.hotfix,
            componentTags: (0, core_1.selectServices)(all, request.services),
            write: request.write,
            failOnMissing: request.failOnMissing,
        },
    };
}
/**
 * The operation with its gates: made from the source images once the core has read them
 * (`gatesFor`, mode promote) or from the component tags (mode bump). `gates()` is the run.
 */
function gatedOperation(operation, makeGates) {
    if (operation.kind === 'component-tags') {
        const run = makeGates({ mode: 'bump', componentTags: operation.request.componentTags });
        return {
            operation: { ...operation, request: { ...operation.request, gate: run.gate } },
            gates: () => run,
        };
    }
    let run;
    const gatesFor = (sources) => {
        run = makeGates({ mode: 'promote', sources });
        return run.gate;
    };
    return {
        operation: { ...operation, request: { ...operation.request, gatesFor } },
        gates: () => {
            // promoteEnvironment and its preview make the gates once they read the source images.
            if (!run)
                throw new Error('promote: the promotion made no gates');
            return run;
        },
    };
}
function preview(api, operation, log) {
    return operation.kind === 'environment'
        ? (0, promotion_1.previewEnvironmentPromotion)(api, operation.request, log)
        : (0, promotion_1.previewPromotion)(api, operation.request, log);
}
async function open(api, operation, log) {
    if (operation.kind === 'environment')
        return (await (0, promotion_1.promoteEnvironment)(api, operation.request, log)).result;
    return (0, promotion_1.openPromotion)(api, operation.request, log);
}
function printPreview(preview, branch, terminal) {
    const { plan, base } = preview;
    if (terminal.json) {
        terminal.document({
            operation: plan.changes.length === 0 ? 'none' : 'dry-run',
            'dry-run': true,
            base,
            branch: plan.changes.length === 0 ? '' : branch,
            changes: plan.changes,
            diff: (0, unified_diff_js_1.unifiedDiffs)(plan.files, (_, text) => text),
        });
        return;
    }
    if (plan.changes.length === 0) {
        terminal.err(`Nothing to change on ${base}: every value already holds its target.`);
        return;
    }
    terminal.out((0, unified_diff_js_1.unifiedDiffs)(plan.files, terminal.paint));
    terminal.out('');
    terminal.out((0, promotion_flags_js_1.changesTable)(plan.changes, terminal));
    terminal.err(`${plan.changes.length} change(s) in ${plan.files.length} file(s) on ${base}; dry run: ` +
        `no branch, commit or pull request (without --dry-run it opens one on ${branch}).`);
}
async function run(flags, terminal, context) {
    const request = readRequest(flags);
    const connection = await (0, promotion_flags_js_1.connectGitHub)(flags, terminal, context);
    const common = (0, promotion_flags_js_1.commonRequest)(flags, connection, request.environment, request.branch);
    const operation = operationOf(request, common, context);
    const log = (0, promotion_flags_js_1.promotionLog)(terminal, flags.boolean('verbose'));
    const makeGates = (0, promotion_gates_js_1.gatesMaker)(flags, connection.api, {
        repository: common.repository,
        base: common.base,
        environment: request.environment,
        branch: common.branch,
        ...(request.fromEnvironment ? { from: request.fromEnvironment } : {}),
        hotfix: request.hotfix,
    }, log);
    if (request.dryRun) {
        printPreview(await preview(connection.api, operation, log), common.branch, terminal);
        return exit_codes_js_1.EXIT.done;
    }
    const gated = gatedOperation(operation, makeGates);
    if (request.explain)
        return explain(connection.api, gated, log, terminal);
    const result = await open(connection.api, gated.operation, log);
    const gates = gated.gates();
    const evaluation = await gates.settle(result);
    await gates.publishStatus(result);
    if (terminal.json) {
        terminal.document({ ...(0, promotion_flags_js_1.resultDocument)(result), ...(0, promotion_gates_js_1.gatesDocument)(evaluation) });
        return exit_codes_js_1.EXIT.done;
    }
    (0, promotion_flags_js_1.printResult)(result, terminal);
    if (evaluation)
        (0, promotion_gates_js_1.printGates)(evaluation, terminal);
    return exit_codes_js_1.EXIT.done;
}
/**
 * `--explain`: the gates' verdicts for what the promotion would move on the current base (its
 * preview, with the same gates), written nowhere: no branch, commit, status or pull request.
 */
async function explain(api, gated, log, terminal) {
    const planned = await preview(api, gated.operation, log);
    const evaluation = await gated.gates().evaluate(planned.plan.services, planned.at);
    if (terminal.json) {
        terminal.document({
            explain: true,
            base: planned.base,
            'policy-file': evaluation.policyPath,
            'policy-found': evaluation.policyFound,
            services: planned.plan.services,
            ...(0, promotion_gates_js_1.gatesDocument)(evaluation),
        });
        return exit_codes_js_1.EXIT.done;
    }
    if (planned.plan.services.length === 0)
        terminal.err(`Nothing to change on ${planned.base}: every value already holds its target.`);
    else
        (0, promotion_gates_js_1.printGates)(evaluation, terminal);
    return exit_codes_js_1.EXIT.done;
}
exports.promoteCommand = {
    name: 'promote',
    usage: 'promote --repository <owner/name> --environment <name> --files <glob> [--from-environment <name>] [flags]',
    flags: {
        ...promotion_flags_js_1.CONNECTION_FLAGS,
        environment: {
            type: 'string',
            value: '<name>',
            description: 'The environment to move; {env} in --files.',
        },
        files: {
            type: 'string',
            multiple: true,
            value: '<glob>',
            description: 'Glob lines of the files in the repository; {env} is replaced.',
        },
        'from-environment': {
            type: 'string',
            value: '<name>',
            description: "Promote from this environment: the target's files get its pinned images (mode promote).",
        },
        'component-tags': {
            type: 'string',
            value: '<path>',
            description: 'Without --from-environment: the component-tags.json to bump from.',
            default: 'component-tags.json',
        },
        services: {
            type: 'string',
            multiple: true,
            value: '<names>',
            description: 'Only these services (comma-separated).',
            default: 'every service',
        },
        hotfix: {
            type: 'boolean',
            description: 'A hotfix: branch hotfix/<env> and the hotfix label.',
        },
        'write-mode': {
            type: 'string',
            value: '<mode>',
            description: "What to write: tag+digest, tag or digest (the action's `write` input).",
            default: 'tag+digest',
        },
        'fail-on-missing': {
            type: 'boolean',
            description: 'Fail when a service is found in no file.',
            default: 'on unless --services is given',
        },
        'allow-empty': { type: 'boolean', description: 'A --files line matching nothing warns.' },
        'allow-downgrade': { type: 'boolean', description: 'Let a tag move backwards.' },
        'chart-app-version': {
            type: 'string',
            value: '<true|false|service>',
            description: "Keep bumped charts' appVersion in step.",
            default: 'false',
        },
        'flux-namespace': {
            type: 'string',
            value: '<namespace>',
            description: 'Write only Flux markers of this namespace.',
            default: 'the environment',
        },
        'ignore-holds': { type: 'boolean', description: 'Bump held services too, for this run.' },
        ...promotion_flags_js_1.PULL_REQUEST_FLAGS,
        'dry-run': {
            type: 'boolean',
            description: 'Print the diff on the current base; open nothing.',
        },
        ...promotion_gates_js_1.GATES_FLAGS,
        explain: {
            type: 'boolean',
            description: "Print the gates' verdicts (service, gate, verdict, why) on the current base; write nothing.",
        },
    },
    notes: [
        'Credentials: GITHUB_TOKEN, else GH_TOKEN (never printed). The branch is promote/<env>, hotfix/<env> or promote/<from>-to-<env>.',
        '--json prints {operation, pull-request-number, pull-request-url, branch, commit-sha, changes, eligible-at, gates}; with --dry-run {operation, dry-run, base, branch, changes, diff}; with --explain {explain, base, policy-file, policy-found, services, eligible-at, gates}.',
        'Gates: when no service may go yet, nothing is written, operation is waiting and the exit code is 0; eligible-at says when to run again (empty when no time is known).',
    ],
    examples: [
        "promote --repository acme/gitops-config --environment prod --from-environment staging --files 'helm/*/values-{env}.yaml'",
        "promote --repository acme/gitops-config --environment staging --files 'helm/*/values-{env}.yaml' --component-tags ~/Downloads/component-tags.json --labels deploy",
        "promote --repository acme/gitops-config --environment prod --from-environment staging --files 'k8s/{env}/*.yaml' --dry-run",
        "promote --repository acme/gitops-config --environment prod --from-environment staging --files 'helm/*/values-{env}.yaml' --explain",
    ],
    run,
};


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

/***/ 19394:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readComponentTagsFile = readComponentTagsFile;
exports.loadComponentTags = loadComponentTags;
/**
 * The component-tags.json a command reads: a path relative to the workspace or absolute (a
 * person may keep the build's record anywhere: it is only read). Errors name the flag.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const core_1 = __webpack_require__(60893);
/** The text of the file `path` (relative to `workspace`), named as given for messages. */
function readComponentTagsFile(workspace, path, flag = 'component-tags') {
    try {
        return { name: path, text: (0, node_fs_1.readFileSync)((0, node_path_1.resolve)(workspace, path), 'utf8') };
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new core_1.InputError(flag, path, `is not a readable file (${code})`);
    }
}
/** The component tags in the file, parsed and validated against the schema. */
function loadComponentTags(workspace, path, flag) {
    const { name, text } = readComponentTagsFile(workspace, path, flag);
    return (0, core_1.parseComponentTags)(text, name);
}


/***/ }),

/***/ 86566:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unifiedDiff = unifiedDiff;
exports.unifiedDiffs = unifiedDiffs;
/**
 * A unified diff of what a bump would write, file by file, as `git diff` shows it: the hunks
 * of jsdiff's `structuredPatch` (three lines of context), coloured when the stream is a TTY.
 */
const diff_1 = __webpack_require__(25508);
function styledLine(line, paint) {
    if (line.startsWith('+'))
        return paint('green', line);
    if (line.startsWith('-'))
        return paint('red', line);
    if (line.startsWith('\\'))
        return paint('dim', line);
    return line;
}
/** The unified diff of one file, ending with a newline. */
function unifiedDiff(file, paint) {
    const patch = (0, diff_1.structuredPatch)(`a/${file.path}`, `b/${file.path}`, file.before, file.after, '', '', {
        context: 3,
    });
    const lines = [
        paint('bold', `--- ${patch.oldFileName}`),
        paint('bold', `+++ ${patch.newFileName}`),
    ];
    for (const hunk of patch.hunks) {
        lines.push(paint('cyan', `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
        for (const line of hunk.lines)
            lines.push(styledLine(line, paint));
    }
    return `${lines.join('\n')}\n`;
}
/** The unified diff of every file, in order. */
function unifiedDiffs(files, paint) {
    return files.map((file) => unifiedDiff(file, paint)).join('');
}


/***/ }),

/***/ 23230:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.setAppVersion = exports.chartAppVersionEdits = exports.markerNamespaces = exports.activeFluxNamespace = exports.checkCoverage = exports.downgradeProblem = exports.createOverlayReader = exports.chartDefaultsPathOf = exports.chartDefaultsNeeded = exports.parseMarkerPolicy = exports.formatScalar = exports.needsQuotes = exports.splitImageString = exports.formatImageString = exports.unmatchedServicesWarning = exports.skippedImageWarning = exports.bumpFiles = exports.applyEdits = exports.planEdits = exports.findImageOccurrences = exports.YamlSyntaxError = exports.UnsafeOccurrenceError = exports.StaleDigestError = exports.EditVerificationError = exports.EditConflictError = exports.WRITE_MODES = exports.formatKeyPath = exports.AUTHORITATIVE_HINTS = void 0;
/**
 * Byte-exact image edits in YAML: find every image occurrence, plan the splices for a bump,
 * apply them and prove the result by re-parsing.
 */
var image_occurrence_js_1 = __webpack_require__(20541);
Object.defineProperty(exports, "AUTHORITATIVE_HINTS", ({ enumerable: true, get: function () { return image_occurrence_js_1.AUTHORITATIVE_HINTS; } }));
Object.defineProperty(exports, "formatKeyPath", ({ enumerable: true, get: function () { return image_occurrence_js_1.formatKeyPath; } }));
Object.defineProperty(exports, "WRITE_MODES", ({ enumerable: true, get: function () { return image_occurrence_js_1.WRITE_MODES; } }));
var image_edit_errors_js_1 = __webpack_require__(33486);
Object.defineProperty(exports, "EditConflictError", ({ enumerable: true, get: function () { return image_edit_errors_js_1.EditConflictError; } }));
Object.defineProperty(exports, "EditVerificationError", ({ enumerable: true, get: function () { return image_edit_errors_js_1.EditVerificationError; } }));
Object.defineProperty(exports, "StaleDigestError", ({ enumerable: true, get: function () { return image_edit_errors_js_1.StaleDigestError; } }));
Object.defineProperty(exports, "UnsafeOccurrenceError", ({ enumerable: true, get: function () { return image_edit_errors_js_1.UnsafeOccurrenceError; } }));
Object.defineProperty(exports, "YamlSyntaxError", ({ enumerable: true, get: function () { return image_edit_errors_js_1.YamlSyntaxError; } }));
var find_occurrences_js_1 = __webpack_require__(82572);
Object.defineProperty(exports, "findImageOccurrences", ({ enumerable: true, get: function () { return find_occurrences_js_1.findImageOccurrences; } }));
var plan_edits_js_1 = __webpack_require__(96531);
Object.defineProperty(exports, "planEdits", ({ enumerable: true, get: function () { return plan_edits_js_1.planEdits; } }));
var apply_edits_js_1 = __webpack_require__(66330);
Object.defineProperty(exports, "applyEdits", ({ enumerable: true, get: function () { return apply_edits_js_1.applyEdits; } }));
var bump_files_js_1 = __webpack_require__(27946);
Object.defineProperty(exports, "bumpFiles", ({ enumerable: true, get: function () { return bump_files_js_1.bumpFiles; } }));
var bump_warnings_js_1 = __webpack_require__(51816);
Object.defineProperty(exports, "skippedImageWarning", ({ enumerable: true, get: function () { return bump_warnings_js_1.skippedImageWarning; } }));
Object.defineProperty(exports, "unmatchedServicesWarning", ({ enumerable: true, get: function () { return bump_warnings_js_1.unmatchedServicesWarning; } }));
var image_strings_js_1 = __webpack_require__(74196);
Object.defineProperty(exports, "formatImageString", ({ enumerable: true, get: function () { return image_strings_js_1.formatImageString; } }));
Object.defineProperty(exports, "splitImageString", ({ enumerable: true, get: function () { return image_strings_js_1.splitImageString; } }));
var yaml_scalars_js_1 = __webpack_require__(31459);
Object.defineProperty(exports, "needsQuotes", ({ enumerable: true, get: function () { return yaml_scalars_js_1.needsQuotes; } }));
Object.defineProperty(exports, "formatScalar", ({ enumerable: true, get: function () { return yaml_scalars_js_1.formatScalar; } }));
var flux_markers_js_1 = __webpack_require__(89713);
Object.defineProperty(exports, "parseMarkerPolicy", ({ enumerable: true, get: function () { return flux_markers_js_1.parseMarkerPolicy; } }));
var helm_overlays_js_1 = __webpack_require__(65792);
Object.defineProperty(exports, "chartDefaultsNeeded", ({ enumerable: true, get: function () { return helm_overlays_js_1.chartDefaultsNeeded; } }));
Object.defineProperty(exports, "chartDefaultsPathOf", ({ enumerable: true, get: function () { return helm_overlays_js_1.chartDefaultsPathOf; } }));
Object.defineProperty(exports, "createOverlayReader", ({ enumerable: true, get: function () { return helm_overlays_js_1.createOverlayReader; } }));
var tag_order_js_1 = __webpack_require__(99727);
Object.defineProperty(exports, "downgradeProblem", ({ enumerable: true, get: function () { return tag_order_js_1.downgradeProblem; } }));
var bump_coverage_js_1 = __webpack_require__(61983);
Object.defineProperty(exports, "checkCoverage", ({ enumerable: true, get: function () { return bump_coverage_js_1.checkCoverage; } }));
var flux_namespaces_js_1 = __webpack_require__(93180);
Object.defineProperty(exports, "activeFluxNamespace", ({ enumerable: true, get: function () { return flux_namespaces_js_1.activeFluxNamespace; } }));
Object.defineProperty(exports, "markerNamespaces", ({ enumerable: true, get: function () { return flux_namespaces_js_1.markerNamespaces; } }));
var chart_app_version_js_1 = __webpack_require__(37717);
Object.defineProperty(exports, "chartAppVersionEdits", ({ enumerable: true, get: function () { return chart_app_version_js_1.chartAppVersionEdits; } }));
Object.defineProperty(exports, "setAppVersion", ({ enumerable: true, get: function () { return chart_app_version_js_1.setAppVersion; } }));


/***/ })

};
