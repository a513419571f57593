export const id = 898;
export const ids = [898];
export const modules = {

/***/ 76321:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.yieldByImmediate = yieldByImmediate;
/**
 * Bottleneck (under the throttling and retry plugins) gives way to the event loop before every
 * operation of its local datastore (submit, register, free), by `setTimeout(resolve, 0)`: at
 * least 1 ms in Node each. A request to GitHub passes four limiters (the retry plugin's, the
 * throttling plugin's retry limiter, its write limiter for GraphQL and writes, its global one),
 * so it waited 10 to 18 ms on those timers before it was sent. `setImmediate` gives way to the
 * event loop all the same (I/O and timers due run first), without the clamp.
 */
const light_js_1 = __importDefault(__webpack_require__(63251));
let patched = false;
/** Make Bottleneck's datastore give way by setImmediate instead of a 0 ms timer; once. */
function yieldByImmediate() {
    if (patched)
        return;
    patched = true;
    const limiter = new light_js_1.default();
    const store = Object.getPrototypeOf(limiter._store);
    store.yieldLoop = function yieldLoop(t = 0) {
        return new Promise((resolve) => {
            if (t > 0)
                setTimeout(resolve, t);
            else
                setImmediate(resolve);
        });
    };
}


/***/ }),

/***/ 35160:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeLimiters = writeLimiters;
exports.isGraphqlRead = isGraphqlRead;
exports.orchestrationUserAgent = orchestrationUserAgent;
exports.usesProxy = usesProxy;
exports.createGitHubApi = createGitHubApi;
/**
 * The Octokit the edges (open-promotion-pr, the CLI) talk to GitHub with, at GITHUB_API_URL
 * (GitHub Enterprise Server, a local server), with the retry plugin (server errors) and the
 * throttling plugin (rate limits, GitHub's spacing of writes), narrowed to the core's GitHubApi.
 * A rate-limit notice goes to the `warn` callback the edge gives (a runner warning, stderr).
 *
 * GitHub asks for a pause of a second between mutative requests (POST, PATCH, PUT, DELETE:
 * "Best practices for using the REST API") and counts a GraphQL request with a mutation five
 * times one without. The throttling plugin spaces every POST /graphql as a write, reads too, so
 * GraphQL queries go through a second Octokit whose write limiter does not space: they still
 * share the plugin's global concurrency limit and its rate-limit retries. REST writes and
 * GraphQL mutations keep the spacing.
 *
 * Without a proxy: `@octokit/core` on the fetch of github-fetch.ts (node:https: Node's global
 * fetch would load its undici first, some 30 to 45 ms of start-up). With one (HTTPS_PROXY or HTTP_PROXY,
 * in any case, set), `@actions/github`'s getOctokit, whose fetch goes through the proxy and
 * honours NO_PROXY; it is loaded only then (it brings @actions/http-client and a copy of undici,
 * which would more than double the bundle and its start).
 */
const core_1 = __webpack_require__(60893);
const core_2 = __webpack_require__(14730);
const plugin_retry_1 = __webpack_require__(49735);
const plugin_throttling_1 = __webpack_require__(86856);
const light_js_1 = __importDefault(__webpack_require__(63251));
const bottleneck_yields_js_1 = __webpack_require__(76321);
const github_fetch_js_1 = __webpack_require__(37247);
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
/** The `write` limiter of the Octokit that sends GraphQL queries: no pause, no queue. */
function readLimiters() {
    return { write: new light_js_1.default.Group({ minTime: 0 }) };
}
/** A GraphQL document with its comments and strings blanked: only its tokens are left. */
function graphqlTokens(document) {
    return document.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n\r]*/g, ' ');
}
/**
 * Whether a GraphQL document only reads: no `mutation` (nor `subscription`) keyword outside its
 * strings and comments. A field named `mutation` makes a read look like a write: it is then
 * spaced, which is safe.
 */
function isGraphqlRead(document) {
    return !/\b(?:mutation|subscription)\b/.test(graphqlTokens(document));
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
    (0, bottleneck_yields_js_1.yieldByImmediate)();
    const userAgent = orchestrationUserAgent(env);
    const limits = {
        onRateLimit: onLimit('primary', warn),
        onSecondaryRateLimit: onLimit('secondary', warn),
    };
    const settings = (limiters) => ({
        baseUrl: apiUrl,
        ...(userAgent ? { userAgent } : {}),
        throttle: { ...limits, ...limiters },
    });
    // One fetch, and so one pool of kept-alive connections, for both.
    const fetch = usesProxy(env) ? undefined : (0, github_fetch_js_1.createGitHubFetch)();
    const octokit = await createOctokit(token, settings(writeLimiters(env)), fetch);
    const reader = await createOctokit(token, settings(readLimiters()), fetch);
    // A fresh `request` object per call: the retry plugin counts retries on it, and the one
    // merged from the defaults is shared, so one handled 404 would lengthen later back-offs.
    const reach = unreachable(apiUrl);
    return {
        request: (route, params) => octokit.request(route, { ...params, request: {} }).catch(reach),
        graphql: (query, variables) => (isGraphqlRead(query) ? reader : octokit).graphql(query, variables).catch(reach),
    };
}
/** One Octokit with the retry and throttling plugins: on `fetch`, else through the proxy. */
async function createOctokit(token, settings, fetch) {
    return fetch === undefined
        ? await (await __webpack_require__.e(/* import() */ 376).then(__webpack_require__.bind(__webpack_require__, 71376))).proxiedOctokit(token, settings)
        : new (core_2.Octokit.plugin(plugin_retry_1.retry, plugin_throttling_1.throttling))({ auth: token, ...settings, request: { fetch } });
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

/***/ 37247:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AnswerHeaders = void 0;
exports.createGitHubFetch = createGitHubFetch;
/**
 * The `fetch` Octokit is given for GitHub: an HTTP exchange over the core's node:http/https
 * transport (keep-alive agents, a deadline, the body read whole), answered as the few parts of
 * a fetch Response that @octokit/request reads (status, url, headers, text, arrayBuffer, json).
 *
 * Why not Node's global fetch: its first call loads Node's bundled undici, which costs a run
 * about 30 to 45 ms before its first request (measured on Node 24: first request at 83 ms
 * after spawn with fetch, 53 ms with node:https loaded), about as much as the whole start-up
 * of the other actions. Why not a package: node-fetch and the like bring their own stream and
 * Blob machinery for what is, here, one buffered exchange.
 *
 * Like fetch: redirects are followed (at most 20; 303, and 301/302 after a POST, become a GET
 * without body; `authorization` is dropped when the redirect leaves the origin), a failure with
 * no HTTP answer rejects with a TypeError whose cause names it; gzip is asked for (unless the
 * caller sets accept-encoding) and undone, so a large tree crosses the network compressed.
 * Unlike fetch: no AbortSignal (refused, none of our calls passes one), no streaming body.
 */
const registry_1 = __webpack_require__(37317);
/** The most redirects fetch follows. */
const MAX_REDIRECTS = 20;
/** An answer larger than this fails: far above any tree, blob or query GitHub answers. */
const MAX_BODY_BYTES = 512 * 1024 * 1024;
/** The deadline of one exchange (undici's own header and body timeouts are 300 s each). */
const TIMEOUT_MS = 300_000;
/** The headers of an answer: iterable as [name, value] and readable by name, as fetch's. */
class AnswerHeaders {
    byName;
    constructor(headers) {
        this.byName = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    }
    get(name) {
        return this.byName.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.byName.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.byName.entries();
    }
}
exports.AnswerHeaders = AnswerHeaders;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
function methodOf(init) {
    const method = (init.method ?? 'GET').toUpperCase();
    if (!METHODS.has(method))
        throw new TypeError(`GitHub fetch: method '${method}' is not supported`);
    return method;
}
function bodyOf(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string' || Buffer.isBuffer(body))
        return body;
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    throw new TypeError('GitHub fetch: the body must be a string or bytes (no stream or form)');
}
/** Where a redirect goes, and with which method, body and headers (as fetch's spec says). */
function followed(from, status, location, request) {
    const url = new URL(location, from);
    const toGet = status === 303 || ((status === 301 || status === 302) && request.method === 'POST');
    const headers = { ...request.headers };
    if (url.origin !== from.origin)
        delete headers.authorization;
    if (toGet) {
        delete headers['content-type'];
        delete headers['content-length'];
    }
    const method = toGet && request.method !== 'HEAD' ? 'GET' : request.method;
    return { url, method, headers, body: toGet ? undefined : request.body };
}
/**
 * The body and headers as the caller sees them: a gzip body inflated (zlib is loaded only
 * then), its content-encoding and content-length dropped as fetch does.
 */
async function decoded(headers, body) {
    const encoding = headers['content-encoding']?.trim().toLowerCase();
    if (encoding !== 'gzip' && encoding !== 'x-gzip')
        return { headers, body };
    const { gunzipSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 23));
    let inflated;
    try {
        inflated = gunzipSync(body, { maxOutputLength: MAX_BODY_BYTES });
    }
    catch (error) {
        throw new TypeError('fetch failed', { cause: error });
    }
    const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'content-encoding' && k !== 'content-length'));
    return { headers: rest, body: inflated };
}
function answerOf(status, url, headers, body, redirected) {
    const text = async () => body.toString('utf8');
    return {
        status,
        statusText: '',
        ok: status >= 200 && status < 300,
        url: url.href,
        redirected,
        headers: new AnswerHeaders(headers),
        text,
        json: async () => JSON.parse(await text()),
        arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength),
    };
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** A fetch for Octokit over `transport` (default: a keep-alive node:http/https transport). */
function createGitHubFetch(transport = (0, registry_1.createNodeTransport)()) {
    return async (input, init = {}) => {
        if (init.signal)
            throw new TypeError('GitHub fetch: an AbortSignal is not supported');
        const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
        headers['accept-encoding'] ??= 'gzip';
        let request = {
            url: new URL(String(input)),
            method: methodOf(init),
            headers,
            body: bodyOf(init.body),
        };
        for (let redirects = 0;; redirects++) {
            const { url, method, body } = request;
            let answer;
            try {
                answer = await transport.request({
                    url: url.href,
                    method,
                    headers: request.headers,
                    ...(body === undefined ? {} : { body }),
                    timeoutMs: TIMEOUT_MS,
                    maxBodyBytes: MAX_BODY_BYTES,
                });
            }
            catch (error) {
                throw new TypeError('fetch failed', { cause: error });
            }
            const location = answer.headers.location;
            if (!REDIRECTS.has(answer.status) || location === undefined || init.redirect === 'manual') {
                const plain = await decoded(answer.headers, answer.body);
                return answerOf(answer.status, url, plain.headers, plain.body, redirects > 0);
            }
            if (init.redirect === 'error' || redirects >= MAX_REDIRECTS)
                throw new TypeError('fetch failed', {
                    cause: new Error(`redirect ${answer.status} to ${location} not followed`),
                });
            request = followed(url, answer.status, location, request);
        }
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
/** `--holds-file`: a relative path in the repository (the action's rule); empty: the default. */
function holdsFileFlag(flags) {
    return (0, promotion_1.checkRepositoryPath)('holds-file', flags.text('holds-file') || promotion_1.DEFAULT_HOLDS_FILE);
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


/***/ })

};
