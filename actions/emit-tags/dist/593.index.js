export const id = 593;
export const ids = [593];
export const modules = {

/***/ 57593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/action-kit/src/workflow-commands.ts
var workflow_commands = __webpack_require__(26693);
// EXTERNAL MODULE: ../../packages/action-kit/src/step-outputs.ts
var step_outputs = __webpack_require__(14630);
// EXTERNAL MODULE: ../../packages/action-kit/src/job-summary.ts
var job_summary = __webpack_require__(89957);
// EXTERNAL MODULE: ../../packages/action-kit/src/artifact-store.ts
var artifact_store = __webpack_require__(89061);
// EXTERNAL MODULE: ../../packages/core/src/reference.ts
var src_reference = __webpack_require__(87490);
;// CONCATENATED MODULE: ../../packages/core/src/registry/auth-challenge.ts
/**
 * Parse the `WWW-Authenticate` header of a 401 answer (RFC 7235): one or more challenges,
 * each a scheme and `name=value` parameters, the values plain tokens or quoted strings.
 * Node joins repeated headers with ", ", so one string may hold several challenges.
 */
const TCHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    get done() {
        return this.pos >= this.text.length;
    }
    peek() {
        return this.text[this.pos] ?? '';
    }
    skipSpaces() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    skipSpacesAndCommas() {
        while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === ',')
            this.pos++;
    }
    token() {
        const start = this.pos;
        while (!this.done && TCHAR.test(this.peek()))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    /** An unquoted value: lenient, everything up to a comma or white space. */
    bareValue() {
        const start = this.pos;
        while (!this.done && !/[\s,]/.test(this.peek()))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    quoted() {
        this.pos++; // opening quote
        let value = '';
        while (!this.done && this.peek() !== '"') {
            if (this.peek() === '\\')
                this.pos++;
            value += this.peek();
            this.pos++;
        }
        this.pos++; // closing quote (or end of text)
        return value;
    }
}
/** Read `name=value` parameters until the next challenge or the end. */
function readParams(scanner) {
    const params = {};
    for (;;) {
        scanner.skipSpacesAndCommas();
        const start = scanner.pos;
        const name = scanner.token();
        scanner.skipSpaces();
        if (name === '' || scanner.peek() !== '=') {
            scanner.pos = start; // the next challenge's scheme, or text we cannot read
            return params;
        }
        scanner.pos++;
        scanner.skipSpaces();
        params[name.toLowerCase()] = scanner.peek() === '"' ? scanner.quoted() : scanner.bareValue();
    }
}
/** Every challenge in a `WWW-Authenticate` value; unreadable text ends the list. */
function parseAuthChallenges(header) {
    if (header === undefined)
        return [];
    const scanner = new Scanner(header);
    const challenges = [];
    for (;;) {
        scanner.skipSpacesAndCommas();
        if (scanner.done)
            return challenges;
        const scheme = scanner.token();
        if (scheme === '')
            return challenges;
        challenges.push({ scheme: scheme.toLowerCase(), params: readParams(scanner) });
    }
}
/** The first Bearer challenge with a realm, if any. */
function bearerChallengeOf(challenges) {
    const found = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    if (found === undefined)
        return undefined;
    const { realm = '', service, scope, error } = found.params;
    return {
        realm,
        ...(service === undefined ? {} : { service }),
        ...(scope === undefined ? {} : { scope }),
        ...(error === undefined ? {} : { error }),
    };
}
/** Whether the challenges offer Basic authentication. */
function offersBasic(challenges) {
    return challenges.some((c) => c.scheme === 'basic');
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/error-body.ts
/**
 * The error body of the distribution API: `{"errors": [{"code", "message", "detail"}]}`.
 */
/** The errors a body carries; empty when it carries none or is not JSON. */
function distributionErrorsOf(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString());
    }
    catch {
        return [];
    }
    const errors = parsed?.errors;
    if (!Array.isArray(errors))
        return [];
    return errors.flatMap((e) => {
        const { code, message } = (e ?? {});
        return typeof code === 'string'
            ? [{ code: code.toUpperCase(), message: typeof message === 'string' ? message : '' }]
            : [];
    });
}
/** `CODE: message; CODE2: message2`, or `` when there are none. */
function describeDistributionErrors(errors) {
    return errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ');
}
const STATUS_TEXT = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
};
/** `HTTP 404 Not Found (MANIFEST_UNKNOWN: manifest unknown)`. */
function describeHttpAnswer(status, body = '') {
    const text = STATUS_TEXT[status];
    const errors = describeDistributionErrors(distributionErrorsOf(body));
    return `HTTP ${status}${text ? ` ${text}` : ''}${errors ? ` (${errors})` : ''}`;
}

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(85736);
;// CONCATENATED MODULE: ../../packages/core/src/registry/credentials.ts
/**
 * Registry credentials and the host names they are filed under. Docker Hub answers to several
 * names (`docker.io`, `index.docker.io`, `registry-1.docker.io`, and the `https://index.docker.io/v1/`
 * key that `docker login` writes); they all file under `docker.io`.
 */
const DOCKER_HUB_ALIASES = new Set([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'registry.hub.docker.com',
]);
/**
 * The key a registry's credentials are filed under: scheme and path dropped, lower case,
 * Docker Hub's names folded into `docker.io`. Undefined when no host remains.
 */
function registryHostKey(text) {
    const withoutScheme = text.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const host = (withoutScheme.split('/')[0] ?? '').toLowerCase();
    if (host === '')
        return undefined;
    return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}
/** Whether credentials are an identity (refresh) token rather than a password. */
function isIdentityToken(credentials) {
    return 'identityToken' in credentials;
}
/**
 * A `CredentialsFor` over credential maps keyed by `registryHostKey`; the first map that knows
 * the host wins, so pass the most specific source (an action input) first.
 */
function credentialsLookup(...sources) {
    return (registry) => {
        const key = registryHostKey(registry);
        if (key === undefined)
            return undefined;
        for (const source of sources) {
            const found = source.get(key);
            if (found !== undefined)
                return found;
        }
        return undefined;
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/registry-endpoint.ts
/**
 * Where a registry's distribution API lives: `https://<host>` for every registry except those
 * listed as insecure (plain HTTP, for loopback and test registries), and Docker Hub, whose API
 * is served by `registry-1.docker.io`.
 */
/** The host name without port; IPv6 literals keep their brackets. */
function hostnameOf(host) {
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1);
    const colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.slice(0, colon);
}
/**
 * Whether `host` (`name[:port]`) is reached over plain HTTP. An entry with a port matches that
 * host and port only; an entry without one (`localhost`, `127.0.0.1`) matches any port.
 */
function isInsecureRegistry(host, insecureRegistries) {
    const lower = host.toLowerCase();
    return insecureRegistries.some((raw) => {
        const entry = raw.trim().toLowerCase();
        const entryHasPort = hostnameOf(entry) !== entry;
        return entryHasPort ? entry === lower : entry === hostnameOf(lower);
    });
}
/** The base URL of a registry's API, without a trailing slash: `https://ghcr.io`. */
function registryBaseUrl(registry, insecureRegistries) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    return `${isInsecureRegistry(registry, insecureRegistries) ? 'http' : 'https'}://${host}`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ../../packages/core/src/registry/http-transport.ts
/**
 * The one door to the network: an HTTP exchange with the whole body read into memory, a
 * deadline, and keep-alive connections (`node:http`/`node:https` agents, no dependencies).
 * Node's `fetch` closes its socket after a HEAD; these agents keep sockets for reuse.
 */




/** A failed exchange that produced no HTTP answer. `code` is Node's (`ECONNRESET` …) or ours. */
class TransportError extends errors/* PromoteError */.jG {
    code;
    url;
    name = 'TransportError';
    constructor(code, url, detail) {
        super(detail);
        this.code = code;
        this.url = url;
    }
}
/** Codes worth another attempt: the peer went away, or was slow, or is briefly not listening. */
const RETRIABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'TIMEOUT',
    'UND_ERR_SOCKET',
]);
/** Whether a transport failure may go away on retry. */
function isRetriableTransportError(error) {
    return RETRIABLE_CODES.has(error.code);
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers))
        if (value !== undefined)
            flat[name] = Array.isArray(value) ? value.join(', ') : value;
    return flat;
}
function transportErrorOf(error, url) {
    if (error instanceof TransportError)
        return error;
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    return new TransportError(typeof code === 'string' ? code : 'ERROR', url, message);
}
/** Perform one exchange on the given agent. */
function exchange(agent, request) {
    const { url, method, headers, body, timeoutMs, maxBodyBytes } = request;
    const client = url.startsWith('https:') ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            req.destroy();
            reject(transportErrorOf(error, url));
        };
        // Node frames a body of GET, DELETE… only with a length: say it for every method.
        const framed = body === undefined || Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')
            ? headers
            : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
        const req = client.request(url, { method, headers: framed, agent }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBodyBytes)
                    fail(new TransportError('EBODYTOOLARGE', url, `the answer is larger than ${maxBodyBytes} bytes`));
                else
                    chunks.push(chunk);
            });
            res.on('error', fail);
            res.on('aborted', () => fail(new TransportError('ECONNRESET', url, 'the connection closed mid-answer')));
            res.on('end', () => {
                if (settled)
                    return;
                if (!res.complete)
                    return fail(new TransportError('ECONNRESET', url, 'the answer was cut short'));
                settled = true;
                clearTimeout(timer);
                resolve({
                    status: res.statusCode ?? 0,
                    headers: flattenHeaders(res.headers),
                    body: Buffer.concat(chunks),
                });
            });
        });
        const timer = setTimeout(() => fail(new TransportError('TIMEOUT', url, `no complete answer within ${timeoutMs} ms`)), timeoutMs);
        req.on('error', fail);
        req.end(body);
    });
}
/** A transport over `node:http`/`node:https` with keep-alive agents. */
function createNodeTransport(options = {}) {
    const maxSockets = options.maxSockets ?? 16;
    const httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets, scheduling: 'lifo' });
    const httpsAgent = new (external_node_https_default()).Agent({
        keepAlive: true,
        maxSockets,
        scheduling: 'lifo',
        ...(options.ca === undefined ? {} : { ca: [...(external_node_tls_default()).rootCertificates, options.ca] }),
    });
    return {
        request: (request) => exchange(request.url.startsWith('https:') ? httpsAgent : httpAgent, request),
        close() {
            httpAgent.destroy();
            httpsAgent.destroy();
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/retry.ts
/**
 * When to retry a registry request and how long to wait: exponential backoff with jitter,
 * at least as long as the server's `Retry-After`. Pure.
 */
const DEFAULT_RETRY_POLICY = {
    retries: 4,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 60_000,
};
/** Whether an HTTP status is worth retrying: 429 and the transient 5xx. */
function isRetriableStatus(status) {
    return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}
/**
 * The backoff before retry number `retry` (0 for the first retry): half of the exponential step
 * fixed, half random ("equal jitter"), so retries spread out but never come at once.
 */
function backoffDelayMs(retry, policy, random) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return Math.round(step / 2 + (step / 2) * random());
}
/** A `Retry-After` value (seconds or an HTTP date) in milliseconds from `nowMs`. */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (!/^[A-Za-z]{3}, /.test(text))
        return undefined; // an HTTP date starts with its day name
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
/** The wait before a retry: the backoff, or the server's `Retry-After` when that is longer. */
function retryDelayMs(retry, policy, random, retryAfterMs) {
    return Math.max(backoffDelayMs(retry, policy, random), retryAfterMs ?? 0);
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/secret-scrubber.ts
/**
 * The secrets a registry client sent (passwords, base64 `user:pass`, Bearer tokens), learnt from
 * every Authorization header it writes, so that a server that echoes them back in an error body
 * cannot get them into a message, an output, a summary or a report.
 */
/** What a scrubber replaces each secret with. */
const SCRUBBED = '***';
/** Secrets shorter than this are not scrubbed (they would blank common words). */
const MIN_SECRET_LENGTH = 4;
function createSecretScrubber(onSecret) {
    const secrets = new Set();
    let ordered = [];
    function learn(secret) {
        if (secret.length < MIN_SECRET_LENGTH || secrets.has(secret))
            return;
        secrets.add(secret);
        // Longest first, so that a secret containing another is replaced whole.
        ordered = [...secrets].sort((a, b) => b.length - a.length);
        onSecret?.(secret);
    }
    function add(secret) {
        learn(secret);
        learn(Buffer.from(secret).toString('base64'));
    }
    function addAuthorization(header) {
        const [scheme, value = ''] = header.split(/\s+/, 2);
        if (value === '')
            return;
        learn(value);
        if (scheme?.toLowerCase() !== 'basic')
            return;
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon >= 0)
            add(decoded.slice(colon + 1));
    }
    return {
        add,
        addAuthorization,
        scrub: (text) => ordered.reduce((out, secret) => out.split(secret).join(SCRUBBED), text),
        holdsSecret: (text) => ordered.some((secret) => text.includes(secret)),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/request-sender.ts
/**
 * Send one logical request: through the concurrency limiter, retried with backoff on 429,
 * transient 5xx and connection failures, following redirects, and counted by kind.
 */





/** A request that failed for good: the network failed or the server kept failing. */
class RegistryRequestError extends errors/* PromoteError */.jG {
    reason;
    url;
    attempts;
    httpStatus;
    name = 'RegistryRequestError';
    constructor(reason, url, attempts, detail, httpStatus) {
        super(attempts > 1 ? `${detail} (after ${attempts} attempts)` : detail);
        this.reason = reason;
        this.url = url;
        this.attempts = attempts;
        this.httpStatus = httpStatus;
    }
}
/** A hint for failures with a well-known cause. */
function hintFor(error) {
    if (error.code === 'EPROTO' || /wrong version number/i.test(error.message))
        return ' (an HTTPS request met a plain-HTTP server: list the registry as insecure?)';
    return '';
}
const MAX_REDIRECTS = 5;
function emptyRequestCounts() {
    return { ping: 0, token: 0, manifest: 0, tags: 0, blob: 0, retries: 0 };
}
function isRedirect(status) {
    return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
/** The request to send after a redirect; the Authorization header stays with its host. */
function redirected(request, location) {
    const from = new URL(request.url);
    const to = new URL(location, from);
    const headers = { ...request.headers };
    if (to.host !== from.host)
        delete headers.authorization;
    return { ...request, url: to.toString(), headers };
}
function failureReasonOf(error) {
    if (error.code === 'TIMEOUT' || error.code === 'ETIMEDOUT')
        return 'timeout';
    if (error.code === 'EBODYTOOLARGE')
        return 'bad-response';
    return 'unreachable';
}
function createRequestSender(options) {
    const { transport, limiter, retry, timeoutMs, random, sleep, now, onRequest } = options;
    const deadline = options.deadline ?? Infinity;
    const counts = emptyRequestCounts();
    const secrets = createSecretScrubber(options.onSecret);
    /** An error body that echoes a credential back (some servers echo the request) loses it. */
    function scrubbed(response) {
        if (response.status < 300)
            return response;
        const text = response.body.toString('utf8');
        if (!secrets.holdsSecret(text))
            return response;
        return { ...response, body: Buffer.from(secrets.scrub(text)) };
    }
    /** The time limit ran out: a timeout that says so, with what the last attempt got. */
    function outOfTime(request, attempts, last) {
        const after = last === undefined ? '' : ` (the last attempt: ${last})`;
        return new RegistryRequestError('timeout', request.url, attempts, `the run's time limit ran out before an answer${after}`);
    }
    /** Wait `ms` before a retry, unless the time limit would run out first. */
    async function waitToRetry(ms, request, attempts, last) {
        if (now() + ms >= deadline)
            throw outOfTime(request, attempts, last);
        await sleep(ms);
    }
    /** One attempt through the limiter, reported to `onRequest`. */
    async function attemptOnce(request, attempt) {
        if (request.headers?.authorization)
            secrets.addAuthorization(request.headers.authorization);
        counts[request.kind]++;
        if (attempt > 0)
            counts.retries++;
        const started = now();
        const event = { kind: request.kind, method: request.method, url: request.url, attempt };
        try {
            const response = await limiter
                .run(() => {
                // Waiting for a slot counts against the time limit too.
                const left = deadline - now();
                if (left <= 0)
                    throw outOfTime(request, attempt);
                return transport.request({ ...request, timeoutMs: Math.min(timeoutMs, left) });
            })
                .then(scrubbed);
            onRequest?.({ ...event, status: response.status, durationMs: now() - started });
            return response;
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onRequest?.({ ...event, error: message, durationMs: now() - started });
            throw error;
        }
    }
    /** Attempts until an answer that is final, or retries run out. */
    async function sendWithRetries(request) {
        for (let attempt = 0;; attempt++) {
            const last = attempt >= retry.retries;
            let response;
            try {
                response = await attemptOnce(request, attempt);
            }
            catch (error) {
                if (!(error instanceof TransportError))
                    throw error;
                if (now() >= deadline)
                    throw outOfTime(request, attempt + 1, error.message.trim());
                if (last || !isRetriableTransportError(error))
                    throw new RegistryRequestError(failureReasonOf(error), request.url, attempt + 1, `${error.message.trim()}${hintFor(error)}`);
                await waitToRetry(retryDelayMs(attempt, retry, random), request, attempt + 1, error.message);
                continue;
            }
            if (!isRetriableStatus(response.status))
                return response;
            const reason = response.status === 429 ? 'rate-limited' : 'server-error';
            const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now());
            const answer = describeHttpAnswer(response.status, response.body);
            if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs)
                throw new RegistryRequestError(reason, request.url, attempt + 1, `${answer}, Retry-After ${Math.ceil(retryAfterMs / 1000)} s is longer than we wait`, response.status);
            if (last)
                throw new RegistryRequestError(reason, request.url, attempt + 1, answer, response.status);
            await waitToRetry(retryDelayMs(attempt, retry, random, retryAfterMs), request, attempt + 1, answer);
        }
    }
    return {
        async send(request) {
            let current = request;
            for (let hop = 0;; hop++) {
                const response = await sendWithRetries(current);
                const location = response.headers.location;
                if (!isRedirect(response.status) || location === undefined || current.method === 'POST')
                    return response;
                if (hop >= MAX_REDIRECTS)
                    throw new RegistryRequestError('bad-response', request.url, 1, `more than ${MAX_REDIRECTS} redirects`);
                current = redirected(current, location);
            }
        },
        counts: () => ({ ...counts }),
        secrets,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/token-service.ts
/**
 * The token half of the Bearer flow: ask the challenge's realm for a token for some scopes,
 * anonymously, with Basic credentials (`GET`), or with an identity token (OAuth2 `POST`,
 * `grant_type=refresh_token`). Accepts `token` or `access_token` in the answer.
 */





/** The registry's auth handshake failed: the ping, or the token service. */
class RegistryAuthError extends errors/* PromoteError */.jG {
    reason;
    registry;
    name = 'RegistryAuthError';
    constructor(reason, registry, detail) {
        super(detail);
        this.reason = reason;
        this.registry = registry;
    }
}
const DEFAULT_TOKEN_SECONDS = 60;
const MAX_ANSWER_BYTES = 1024 * 1024;
function basicHeader(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
/** The token in a token-service answer, `token` or `access_token`, and its lifetime. */
function tokenOfAnswer(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString());
    }
    catch {
        return undefined;
    }
    const fields = (typeof parsed === 'object' && parsed !== null ? parsed : {});
    const { token, access_token: accessToken, expires_in: expiresIn } = fields;
    const value = typeof token === 'string' && token !== '' ? token : accessToken;
    if (typeof value !== 'string' || value === '')
        return undefined;
    const seconds = typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_SECONDS;
    return { token: value, seconds };
}
/** The realm as a URL: HTTPS, or plain HTTP only on a host listed as insecure. */
function realmUrl(registry, realm, insecure) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        throw new RegistryAuthError('bad-response', registry, `${registry} names a token realm that is not a URL: ${realm}`);
    }
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:' && isInsecureRegistry(url.host, insecure))
        return url;
    throw new RegistryAuthError('bad-response', registry, `${registry} names the token realm ${realm}, which is not HTTPS and not an insecure registry`);
}
/** The request to send to the realm: GET with query and Basic, or an OAuth2 refresh POST. */
function realmRequest(url, request, userAgent) {
    const { bearer, scopes, credentials } = request;
    const headers = { 'user-agent': userAgent, accept: 'application/json' };
    if (credentials !== undefined && isIdentityToken(credentials)) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: credentials.identityToken,
            client_id: 'gitops-promote',
            scope: scopes.join(' '),
        });
        if (bearer.service)
            form.set('service', bearer.service);
        headers['content-type'] = 'application/x-www-form-urlencoded';
        return { method: 'POST', url: url.toString(), headers, body: form.toString() };
    }
    if (bearer.service)
        url.searchParams.set('service', bearer.service);
    for (const scope of scopes)
        url.searchParams.append('scope', scope);
    if (credentials !== undefined) {
        url.searchParams.set('account', credentials.username);
        headers.authorization = basicHeader(credentials.username, credentials.password);
    }
    return { method: 'GET', url: url.toString(), headers };
}
/** Ask the realm for a token; throws RegistryAuthError when it refuses or answers nonsense. */
async function fetchToken(context, request) {
    const { registry, bearer, scopes } = request;
    const url = realmUrl(registry, bearer.realm, context.insecureRegistries);
    let response;
    try {
        response = await context.sender.send({
            kind: 'token',
            ...realmRequest(url, request, context.userAgent),
            maxBodyBytes: MAX_ANSWER_BYTES,
        });
    }
    catch (error) {
        if (!(error instanceof RegistryRequestError))
            throw error;
        const detail = `its token service at ${bearer.realm} failed: ${error.message}`;
        throw new RegistryAuthError(error.reason, registry, detail);
    }
    const answer = describeHttpAnswer(response.status, response.body);
    const asked = `${bearer.realm} for ${scopes.join(' ')}`;
    if (response.status === 401 || response.status === 403)
        throw new RegistryAuthError(response.status === 401 ? 'unauthorized' : 'forbidden', registry, `the token service refused a token at ${asked}: ${answer}; ${request.authNote}`);
    const token = response.status === 200 ? tokenOfAnswer(response.body) : undefined;
    if (token === undefined)
        throw new RegistryAuthError('bad-response', registry, `the token service gave no token at ${asked}: ${answer}`);
    return { header: `Bearer ${token.token}`, expiresAt: context.now() + token.seconds * 1000 };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/lookup-outcome.ts
/**
 * Turn what a registry answered (or failed to answer) into a lookup outcome, failing closed:
 * `missing` only for a 404 carrying one of the expected distribution error codes.
 */




const REASON_WORDS = {
    unreachable: 'is unreachable',
    timeout: 'did not answer in time',
    unauthorized: 'refused access',
    forbidden: 'refused access',
    'rate-limited': 'kept rate-limiting us',
    'server-error': 'kept failing',
    'bad-response': 'gave an answer we cannot use',
    'digest-mismatch': 'served content that does not match its digest',
    unsupported: 'served a manifest we do not support',
};
/** `<where>: registry <registry> <what happened>: <detail>`. */
function lookupError(where, registry, reason, detail, httpStatus) {
    return {
        status: 'error',
        reason,
        message: `${where}: registry ${registry} ${REASON_WORDS[reason]}: ${detail}`,
        ...(httpStatus === undefined ? {} : { httpStatus }),
    };
}
/** A thrown request or auth failure as a lookup error; anything else is rethrown. */
function failureOf(error, where, registry) {
    if (error instanceof RegistryRequestError)
        return lookupError(where, registry, error.reason, error.message, error.httpStatus);
    if (error instanceof RegistryAuthError)
        return lookupError(where, registry, error.reason, error.message);
    throw error;
}
/**
 * The outcome of an answer other than 200: `missing` for a 404 with one of `missingCodes`,
 * else an error; `authNote` says how we authenticated, for 401 and 403.
 */
function failureOfAnswer(response, where, registry, missingCodes, authNote) {
    const answer = describeHttpAnswer(response.status, response.body);
    const { status } = response;
    if (status === 404) {
        const errors = distributionErrorsOf(response.body);
        const code = errors.find((e) => missingCodes.includes(e.code))?.code;
        if (code !== undefined)
            return {
                status: 'missing',
                code,
                message: `${where}: registry ${registry} does not have it: ${answer}`,
            };
        const unknown = `${answer}, without ${missingCodes.join(' or ')}, so we cannot tell whether it exists`;
        return lookupError(where, registry, 'bad-response', unknown, 404);
    }
    if (status === 401 || status === 403) {
        const challenge = bearerChallengeOf(parseAuthChallenges(response.headers['www-authenticate']));
        const said = challenge?.error ? ` [${challenge.error}]` : '';
        const reason = status === 401 ? 'unauthorized' : 'forbidden';
        return lookupError(where, registry, reason, `${answer}${said}; ${authNote}`, status);
    }
    return lookupError(where, registry, 'bad-response', answer, status);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ../../packages/core/src/registry/media-types.ts
/**
 * The manifest media types of the OCI image spec and Docker's v2 schema 2, and what kind of
 * manifest each one is.
 */
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_IMAGE_CONFIG = 'application/vnd.docker.container.image.v1+json';
const OCI_IMAGE_CONFIG = 'application/vnd.oci.image.config.v1+json';
const DOCKER_SCHEMA1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';
/** The `Accept` header of a manifest request: all four manifest media types. */
const MANIFEST_ACCEPT = [
    OCI_INDEX,
    DOCKER_MANIFEST_LIST,
    OCI_MANIFEST,
    DOCKER_MANIFEST,
].join(', ');
/** The media type without parameters, lowercased: `application/json; charset=utf-8` → `application/json`. */
function bareMediaType(value) {
    return (value.split(';')[0] ?? '').trim().toLowerCase();
}
/** The kind of manifest a media type denotes, or undefined for any other type. */
function manifestKindOf(mediaType) {
    const bare = bareMediaType(mediaType);
    if (bare === OCI_INDEX || bare === DOCKER_MANIFEST_LIST)
        return 'index';
    if (bare === OCI_MANIFEST || bare === DOCKER_MANIFEST)
        return 'manifest';
    return undefined;
}
/** Whether a config media type is an image config that carries `os` and `architecture`. */
function isImageConfigMediaType(mediaType) {
    const bare = bareMediaType(mediaType);
    return bare === OCI_IMAGE_CONFIG || bare === DOCKER_IMAGE_CONFIG;
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/manifest.ts
/**
 * Read what matters in a manifest body: its media type, its kind, the platforms of an index,
 * the config of an image manifest, and the platform of an image config. Pure.
 */



/** A manifest body that is not a manifest we understand. */
class ManifestFormatError extends errors/* PromoteError */.jG {
    name = 'ManifestFormatError';
}
/** `sha256:<hex>` of the bytes. */
function sha256Digest(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}
/** `os/arch[/variant]`, or undefined when os or architecture is missing. */
function formatPlatform(fields) {
    const { os, architecture, variant } = fields;
    if (typeof os !== 'string' ||
        typeof architecture !== 'string' ||
        os === '' ||
        architecture === '')
        return undefined;
    return typeof variant === 'string' && variant !== ''
        ? `${os}/${architecture}/${variant}`
        : `${os}/${architecture}`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function parseJsonObject(body, what) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString());
    }
    catch {
        throw new ManifestFormatError(`the ${what} is not valid JSON`);
    }
    if (!isObject(parsed))
        throw new ManifestFormatError(`the ${what} is not a JSON object`);
    return parsed;
}
function indexEntryOf(value, position) {
    if (!isObject(value) || typeof value.digest !== 'string')
        throw new ManifestFormatError(`index entry ${position} has no digest`);
    const platform = isObject(value.platform) ? formatPlatform(value.platform) : undefined;
    const annotations = isObject(value.annotations) ? value.annotations : {};
    return {
        digest: value.digest,
        mediaType: typeof value.mediaType === 'string' ? value.mediaType : '',
        size: typeof value.size === 'number' ? value.size : 0,
        ...(platform === undefined ? {} : { platform }),
        attestation: annotations['vnd.docker.reference.type'] === 'attestation-manifest',
    };
}
/** The manifest's kind from its media type, or from its shape when it names none. */
function kindOf(mediaType, manifest) {
    if (bareMediaType(mediaType) === DOCKER_SCHEMA1_SIGNED || manifest.schemaVersion === 1)
        throw new ManifestFormatError('schema 1 manifests are not supported (their digest cannot be checked)');
    const kind = mediaType === '' ? undefined : manifestKindOf(mediaType);
    if (kind !== undefined)
        return kind;
    if (mediaType !== '')
        throw new ManifestFormatError(`media type ${JSON.stringify(mediaType)} is not a manifest`);
    if (Array.isArray(manifest.manifests))
        return 'index';
    if (isObject(manifest.config))
        return 'manifest';
    throw new ManifestFormatError('the body names no media type and is neither an index nor a manifest');
}
/**
 * Describe a manifest body. The body's own `mediaType` wins over the `Content-Type` header.
 * Throws ManifestFormatError for anything that is not an index or an image manifest.
 */
function describeManifest(body, contentType = '') {
    const manifest = parseJsonObject(body, 'manifest');
    const mediaType = typeof manifest.mediaType === 'string' ? manifest.mediaType : bareMediaType(contentType);
    const kind = kindOf(mediaType, manifest);
    if (kind === 'index') {
        if (!Array.isArray(manifest.manifests))
            throw new ManifestFormatError('the index has no "manifests" list');
        const manifests = manifest.manifests.map(indexEntryOf);
        const platforms = [
            ...new Set(manifests.flatMap((m) => (m.attestation || !m.platform ? [] : [m.platform]))),
        ];
        return { mediaType, kind, manifests, platforms };
    }
    const config = manifest.config;
    if (!isObject(config) || typeof config.digest !== 'string')
        throw new ManifestFormatError('the manifest has no config descriptor');
    const configMediaType = typeof config.mediaType === 'string' ? config.mediaType : '';
    return {
        mediaType,
        kind,
        manifests: [],
        platforms: [],
        config: { digest: config.digest, mediaType: configMediaType },
    };
}
/** The platform an image config declares; throws ManifestFormatError when it declares none. */
function platformOfImageConfig(body) {
    const platform = formatPlatform(parseJsonObject(body, 'image config'));
    if (platform === undefined)
        throw new ManifestFormatError('the image config has no "os" and "architecture"');
    return platform;
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/blob-lookup.ts
/** Blobs: `HEAD` for presence, `GET` with the content checked against its digest. */


/**
 * `HEAD /v2/<name>/blobs/<digest>`. A HEAD answer has no body to carry an error code, so a
 * 404 here is taken as the registry's "no such blob" (`BLOB_UNKNOWN`).
 */
async function headBlob(requests, target, digest) {
    const where = `${target.registry}/${target.repository}@${digest}`;
    try {
        const response = await requests.send('blob', target, {
            method: 'HEAD',
            url: `${requests.repositoryUrl(target)}/blobs/${digest}`,
            headers: {},
            maxBodyBytes: 0,
        });
        const announced = response.headers['docker-content-digest'];
        const base = { ...target, digest };
        if (response.status === 404) {
            const message = `${where}: registry ${target.registry} does not have it: HTTP 404 Not Found`;
            return { ...base, status: 'missing', code: 'BLOB_UNKNOWN', message };
        }
        if (response.status !== 200) {
            const note = requests.authNote(target.registry);
            return { ...base, ...failureOfAnswer(response, where, target.registry, [], note) };
        }
        if (announced !== undefined && announced !== digest) {
            const detail = `Docker-Content-Digest is ${announced}`;
            return { ...base, ...lookupError(where, target.registry, 'digest-mismatch', detail) };
        }
        const length = Number(response.headers['content-length']);
        return { ...base, status: 'present', ...(Number.isFinite(length) ? { size: length } : {}) };
    }
    catch (error) {
        return { ...target, digest, ...failureOf(error, where, target.registry) };
    }
}
/** `GET /v2/<name>/blobs/<digest>` (redirects followed), present only if the sha256 matches. */
async function getBlob(requests, target, digest, maxBytes) {
    const where = `${target.registry}/${target.repository}@${digest}`;
    try {
        const response = await requests.send('blob', target, {
            method: 'GET',
            url: `${requests.repositoryUrl(target)}/blobs/${digest}`,
            headers: {},
            maxBodyBytes: maxBytes,
        });
        const base = { ...target, digest };
        if (response.status !== 200) {
            const note = requests.authNote(target.registry);
            const codes = ['BLOB_UNKNOWN', 'NAME_UNKNOWN'];
            return { ...base, ...failureOfAnswer(response, where, target.registry, codes, note) };
        }
        const actual = sha256Digest(response.body);
        if (actual !== digest) {
            const detail = `the body's sha256 is ${actual}`;
            return { ...base, ...lookupError(where, target.registry, 'digest-mismatch', detail) };
        }
        return { ...base, status: 'present', body: response.body };
    }
    catch (error) {
        return { ...target, digest, ...failureOf(error, where, target.registry) };
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/limiter.ts
/** A counting semaphore: at most `concurrency` tasks run at once, the rest wait in order. */
function createLimiter(concurrency) {
    if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new RangeError(`concurrency must be a positive integer, not ${concurrency}`);
    let active = 0;
    const queue = [];
    const release = () => {
        const next = queue.shift();
        if (next)
            next();
        else
            active--;
    };
    const acquire = () => {
        if (active < concurrency) {
            active++;
            return Promise.resolve();
        }
        return new Promise((resolve) => queue.push(resolve));
    };
    return {
        async run(task) {
            await acquire();
            try {
                return await task();
            }
            finally {
                release();
            }
        },
        get active() {
            return active;
        },
        get waiting() {
            return queue.length;
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/registry-lookup.ts
/**
 * What a registry lookup reports. Every outcome is one of three, and the client fails closed:
 * `present` only when the registry served the object and its digest checks out, `missing` only
 * when the registry said so in the distribution API's own words, `error` whenever the truth is
 * unknown. Messages name the registry and say why.
 */


/**
 * The manifest to look up for an image reference: by digest when it has one (unless
 * `by: 'tag'`), else by its tag, else `latest`. Parses text with `parseReference`.
 */
function manifestTarget(image, by) {
    const ref = typeof image === 'string' ? (0,src_reference/* parseReference */.F2)(image) : image;
    const reference = by === 'tag' ? (ref.tag ?? 'latest') : (ref.digest ?? ref.tag ?? 'latest');
    return { registry: (0,src_reference/* registryOf */.Fv)(ref), repository: (0,src_reference/* registryPathOf */.gd)(ref), reference };
}
/** The repository of an image reference or repository name, in registry terms. */
function repositoryTarget(image) {
    const { registry, repository } = manifestTarget(image);
    return { registry, repository };
}
/** `registry/repository@digest` or `registry/repository:tag`. */
function describeTarget(target) {
    const separator = (0,src_reference/* isValidDigest */.fH)(target.reference) ? '@' : ':';
    return `${target.registry}/${target.repository}${separator}${target.reference}`;
}
const PATH_RE = /^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*)*$/;
function registry_lookup_isObject(value) {
    return typeof value === 'object' && value !== null;
}
/** A repository target whose path is a valid repository path; throws InvalidReferenceError. */
function checkedRepository(target) {
    if (!PATH_RE.test(target.repository))
        throw new errors/* InvalidReferenceError */.x_(target.repository, 'it is not a repository path');
    return { registry: target.registry, repository: target.repository };
}
/** A manifest target from text, a parsed reference or a target; throws InvalidReferenceError. */
function toManifestTarget(image) {
    const target = registry_lookup_isObject(image) && 'reference' in image ? image : manifestTarget(image);
    checkedRepository(target);
    if (!(0,src_reference/* isValidDigest */.fH)(target.reference) && !(0,src_reference/* isValidTag */.r_)(target.reference))
        throw new errors/* InvalidReferenceError */.x_(target.reference, 'it is neither a digest nor a tag');
    return target;
}
/** A repository target from text, a parsed reference or a target; throws InvalidReferenceError. */
function toRepositoryTarget(repository) {
    const isTarget = registry_lookup_isObject(repository) && 'registry' in repository && 'repository' in repository;
    return checkedRepository(isTarget ? repository : repositoryTarget(repository));
}
/** The digest, if it is a sha256 digest; throws InvalidReferenceError. */
function checkedDigest(digest) {
    if (!(0,src_reference/* isValidDigest */.fH)(digest))
        throw new errors/* InvalidReferenceError */.x_(digest, 'it is not a sha256 digest');
    return digest;
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/manifest-lookup.ts
/** Fetch one manifest and classify the answer, checking the digest of what was served. */





/** distribution's own limit on manifest size. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * Present only when the answer is 200, its body hashes to the asked digest (for a digest) and
 * to `Docker-Content-Digest` (when sent), and it is an index or an image manifest.
 */
function manifestOutcome(target, response, authNote) {
    const where = describeTarget(target);
    const { registry } = target;
    const fail = (reason, detail) => ({
        target,
        ...lookupError(where, registry, reason, detail),
    });
    if (response.status !== 200) {
        const codes = ['MANIFEST_UNKNOWN', 'NAME_UNKNOWN'];
        return { target, ...failureOfAnswer(response, where, registry, codes, authNote) };
    }
    const digest = sha256Digest(response.body);
    const announced = response.headers['docker-content-digest'];
    if ((0,src_reference/* isValidDigest */.fH)(target.reference) && digest !== target.reference)
        return fail('digest-mismatch', `the body's sha256 is ${digest}`);
    if (announced !== undefined && announced !== digest)
        return fail('digest-mismatch', `Docker-Content-Digest ${announced} is not the body's sha256 ${digest}`);
    try {
        const description = describeManifest(response.body, response.headers['content-type']);
        const manifest = { digest, size: response.body.length, ...description };
        return { target, status: 'present', manifest };
    }
    catch (error) {
        if (!(error instanceof ManifestFormatError))
            throw error;
        return fail('unsupported', error.message);
    }
}
/** `GET /v2/<name>/manifests/<reference>` with all four manifest types in `Accept`. */
async function fetchManifest(requests, target) {
    try {
        const response = await requests.send('manifest', target, {
            method: 'GET',
            url: `${requests.repositoryUrl(target)}/manifests/${target.reference}`,
            headers: { accept: MANIFEST_ACCEPT },
            maxBodyBytes: MAX_MANIFEST_BYTES,
        });
        return manifestOutcome(target, response, requests.authNote(target.registry));
    }
    catch (error) {
        return { target, ...failureOf(error, describeTarget(target), target.registry) };
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/manifest-push.ts
/**
 * A manifest's exact bytes, and a manifest PUT under a tag: what a retag needs. The bytes
 * are sent as served, with their media type, so the digest cannot change (an index stays an
 * index and no blob moves).
 */





const manifest_push_MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** `GET` a manifest and keep its bytes; checked as `lookupManifest` checks it. */
async function fetchManifestBody(requests, target) {
    try {
        const response = await requests.send('manifest', target, {
            method: 'GET',
            url: `${requests.repositoryUrl(target)}/manifests/${target.reference}`,
            headers: { accept: MANIFEST_ACCEPT },
            maxBodyBytes: manifest_push_MAX_MANIFEST_BYTES,
        });
        const outcome = manifestOutcome(target, response, requests.authNote(target.registry));
        return outcome.status === 'present' ? { ...outcome, body: response.body } : outcome;
    }
    catch (error) {
        return { target, ...failureOf(error, describeTarget(target), target.registry) };
    }
}
/** The registry's `Docker-Content-Digest` must be the sha256 of what we sent. */
function confirmedDigest(announced, sent) {
    return announced === undefined || announced === sent ? sent : undefined;
}
/** `PUT /v2/<name>/manifests/<tag>` with the bytes and media type given, under push scope. */
async function pushManifest(requests, target, body, mediaType) {
    const where = describeTarget(target);
    const digest = sha256Digest(body);
    try {
        const response = await requests.send('manifest', target, {
            method: 'PUT',
            url: `${requests.repositoryUrl(target)}/manifests/${target.reference}`,
            headers: { 'content-type': mediaType },
            body,
            maxBodyBytes: 1024 * 1024,
        }, 'pull,push');
        if (response.status !== 201 && response.status !== 200)
            return {
                target,
                ...failureOfAnswer(response, where, target.registry, [], requests.authNote(target.registry)),
            };
        const confirmed = confirmedDigest(response.headers['docker-content-digest'], digest);
        if (confirmed === undefined)
            return { target, ...mismatch(where, target, response, digest) };
        return { target, status: 'pushed', digest: confirmed };
    }
    catch (error) {
        return { target, ...failureOf(error, where, target.registry) };
    }
}
function mismatch(where, target, response, digest) {
    const announced = response.headers['docker-content-digest'] ?? '';
    return lookupError(where, target.registry, 'digest-mismatch', `the registry stored ${announced}, not the sha256 of the bytes sent ${digest}`);
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/promise-cache.ts
/**
 * Share one promise among all who ask for the same key. With `keep`, the settled promise stays
 * (content-addressed answers never change); without, the key is freed once it settles (a tag
 * may move, so the next caller asks again).
 */
function sharedPromise(cache, key, keep, make) {
    const found = cache.get(key);
    if (found !== undefined)
        return found;
    const promise = make();
    cache.set(key, promise);
    if (!keep)
        void promise.then(() => cache.delete(key), () => cache.delete(key));
    return promise;
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/registry-auth.ts
/**
 * Authorization for registry requests. A first `GET /v2/` per registry learns its challenge;
 * `Basic` sends the caller's credentials, `Bearer` fetches a token from the realm (anonymously
 * or with the credentials) and caches one token per registry and scope until it expires.
 */





const EXPIRY_MARGIN_MS = 10_000;
const SMALL_BODY = 1024 * 1024;
function createAuthenticator(options) {
    const { sender, credentialsFor, insecureRegistries, userAgent, now } = options;
    const challenges = new Map();
    const tokens = new Map();
    function describe(registry) {
        const credentials = credentialsFor(registry);
        if (credentials === undefined)
            return `no credentials are configured for ${registry}`;
        const who = credentials.username ? ` (user ${credentials.username})` : '';
        return `the credentials configured for ${registry}${who} were used`;
    }
    async function ping(registry) {
        const url = `${registryBaseUrl(registry, insecureRegistries)}/v2/`;
        const response = await sender.send({
            kind: 'ping',
            method: 'GET',
            url,
            headers: { 'user-agent': userAgent },
            maxBodyBytes: SMALL_BODY,
        });
        if (response.status === 200)
            return { kind: 'none' };
        const found = parseAuthChallenges(response.headers['www-authenticate']);
        const bearer = bearerChallengeOf(found);
        if (response.status === 401 && bearer)
            return { kind: 'bearer', bearer };
        if (response.status === 401 && offersBasic(found))
            return { kind: 'basic' };
        const what = describeHttpAnswer(response.status, response.body);
        throw new RegistryAuthError('bad-response', registry, response.status === 401
            ? `${registry} asks for an authentication scheme we do not speak: ${response.headers['www-authenticate'] ?? '(no WWW-Authenticate)'}`
            : `${registry} does not answer the distribution API at ${url}: ${what}`);
    }
    function challengeOf(registry) {
        let found = challenges.get(registry);
        if (found === undefined) {
            found = ping(registry);
            challenges.set(registry, found);
        }
        return found;
    }
    const tokenContext = { sender, insecureRegistries, userAgent, now };
    const requestToken = (registry, bearer, scopes) => fetchToken(tokenContext, {
        registry,
        bearer,
        scopes,
        credentials: credentialsFor(registry),
        authNote: describe(registry),
    });
    /** A fresh enough token for the scope, fetched once and shared by concurrent callers. */
    async function tokenHeader(registry, bearer, scope) {
        const key = `${registry} ${scope}`;
        const slot = tokens.get(key);
        if (slot !== undefined) {
            const token = await slot.promise;
            if (token.expiresAt - EXPIRY_MARGIN_MS > now())
                return token.header;
            if (tokens.get(key) !== slot)
                return tokenHeader(registry, bearer, scope);
        }
        const fresh = { promise: requestToken(registry, bearer, [scope]), renewed: false };
        tokens.set(key, fresh);
        return (await fresh.promise).header;
    }
    async function renewBearer(registry, scope, bearer, used) {
        const key = `${registry} ${scope}`;
        const slot = tokens.get(key);
        if (slot?.renewed) {
            const token = await slot.promise.catch(() => undefined);
            return token !== undefined && token.header !== used ? token.header : undefined;
        }
        const asked = bearer.scope ? bearer.scope.split(' ').filter((s) => s !== '') : [];
        const scopes = asked.includes(scope) ? asked : [scope, ...asked];
        const renewed = { promise: requestToken(registry, bearer, scopes), renewed: true };
        tokens.set(key, renewed);
        const token = await renewed.promise;
        return token.header !== used ? token.header : undefined;
    }
    return {
        async authorization(registry, scope) {
            const challenge = await challengeOf(registry);
            if (challenge.kind === 'bearer')
                return tokenHeader(registry, challenge.bearer, scope);
            if (challenge.kind === 'none')
                return undefined;
            const credentials = credentialsFor(registry);
            return credentials !== undefined && !isIdentityToken(credentials)
                ? basicHeader(credentials.username, credentials.password)
                : undefined;
        },
        async renew(registry, scope, response, used) {
            const found = parseAuthChallenges(response.headers['www-authenticate']);
            const bearer = bearerChallengeOf(found);
            if (bearer !== undefined) {
                challenges.set(registry, Promise.resolve({ kind: 'bearer', bearer }));
                return renewBearer(registry, scope, bearer, used);
            }
            const credentials = credentialsFor(registry);
            if (!offersBasic(found) || used !== undefined || credentials === undefined)
                return undefined;
            if (isIdentityToken(credentials))
                return undefined;
            challenges.set(registry, Promise.resolve({ kind: 'basic' }));
            return basicHeader(credentials.username, credentials.password);
        },
        describe,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/registry-requests.ts

function createRegistryRequests(options) {
    const { sender, auth, insecureRegistries, userAgent } = options;
    return {
        repositoryUrl: (target) => `${registryBaseUrl(target.registry, insecureRegistries)}/v2/${target.repository}`,
        async send(kind, target, request, access = 'pull') {
            const scope = `repository:${target.repository}:${access}`;
            const withAuth = (authorization) => ({
                ...request,
                kind,
                headers: {
                    'user-agent': userAgent,
                    ...request.headers,
                    ...(authorization === undefined ? {} : { authorization }),
                },
            });
            const used = await auth.authorization(target.registry, scope);
            const response = await sender.send(withAuth(used));
            if (response.status !== 401)
                return response;
            const renewed = await auth.renew(target.registry, scope, response, used);
            return renewed === undefined ? response : sender.send(withAuth(renewed));
        },
        authNote: (registry) => auth.describe(registry),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/tags-list.ts
/** The tags-list answer of the distribution API and its `Link` pagination. Pure. */
/** The `tags` of a `/v2/<name>/tags/list` body; undefined when the body is not one. */
function tagsOfBody(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString());
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const tags = parsed.tags;
    if (tags === null)
        return []; // distribution answers `"tags": null` for a repository with none
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
        return undefined;
    return tags;
}
/**
 * The absolute URL of the `rel="next"` link in a `Link` header (RFC 8288), resolved against the
 * URL of the page that carried it; undefined on the last page.
 */
function nextPageUrl(link, pageUrl) {
    if (link === undefined)
        return undefined;
    for (const match of link.matchAll(/<([^>]*)>([^<]*)/g)) {
        const [, target = '', params = ''] = match;
        const rel = /;\s*rel\s*=\s*"?([^";,]+)"?/i.exec(params)?.[1] ?? '';
        if (rel.split(/\s+/).includes('next'))
            return new URL(target, pageUrl).toString();
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/tag-lookup.ts
/** List a repository's tags, following `Link` pages on the same host. */


const MAX_PAGE_BYTES = 16 * 1024 * 1024;
async function fetchTags(requests, target, options = {}) {
    const where = `${target.registry}/${target.repository}`;
    const fail = (detail) => ({
        ...target,
        ...lookupError(where, target.registry, 'bad-response', detail),
    });
    const maxPages = options.maxPages ?? 1000;
    const first = new URL(`${requests.repositoryUrl(target)}/tags/list`);
    if (options.pageSize !== undefined)
        first.searchParams.set('n', String(options.pageSize));
    const tags = [];
    try {
        let url = first.toString();
        for (let page = 0; url !== undefined; page++) {
            if (page >= maxPages)
                return fail(`more than ${maxPages} pages of tags`);
            if (new URL(url).origin !== first.origin)
                return fail(`the next page is on another host: ${url}`);
            const response = await requests.send('tags', target, {
                method: 'GET',
                url,
                headers: { accept: 'application/json' },
                maxBodyBytes: MAX_PAGE_BYTES,
            });
            if (response.status !== 200) {
                const note = requests.authNote(target.registry);
                return {
                    ...target,
                    ...failureOfAnswer(response, where, target.registry, ['NAME_UNKNOWN'], note),
                };
            }
            const pageTags = tagsOfBody(response.body);
            if (pageTags === undefined)
                return fail('the tags list is not {"tags": [...]}');
            tags.push(...pageTags);
            url = nextPageUrl(response.headers.link, url);
        }
    }
    catch (error) {
        return { ...target, ...failureOf(error, where, target.registry) };
    }
    return { ...target, status: 'present', tags };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/registry-client.ts
/**
 * An OCI distribution API client: manifests by digest or tag, tags lists, blobs. Each unique
 * digest is asked for once (concurrent and later callers share the answer), requests run
 * under a concurrency bound with retries and a deadline, and every outcome is `present`,
 * `missing` or `error` (see registry-lookup.ts). All I/O goes through an `HttpTransport`.
 */















const MAX_CONFIG_BYTES = 8 * 1024 * 1024;
function sleepFor(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function keyOf(target, reference) {
    return `${target.registry}/${target.repository}@${reference}`;
}
function createRegistryClient(options = {}) {
    const concurrency = options.concurrency ?? 16;
    const insecureRegistries = options.insecureRegistries ?? [];
    const userAgent = options.userAgent ?? 'gitops-promote';
    const now = options.now ?? Date.now;
    const transport = options.transport ?? createNodeTransport({ maxSockets: concurrency });
    const sender = createRequestSender({
        transport,
        limiter: createLimiter(concurrency),
        retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
        timeoutMs: options.timeoutMs ?? 30_000,
        random: options.random ?? Math.random,
        sleep: options.sleep ?? sleepFor,
        now,
        ...(options.totalTimeoutMs === undefined ? {} : { deadline: now() + options.totalTimeoutMs }),
        ...(options.onRequest === undefined ? {} : { onRequest: options.onRequest }),
        ...(options.onSecret === undefined ? {} : { onSecret: options.onSecret }),
    });
    const credentialsFor = options.credentialsFor ?? (() => undefined);
    const auth = createAuthenticator({ sender, credentialsFor, insecureRegistries, userAgent, now });
    const requests = createRegistryRequests({ sender, auth, insecureRegistries, userAgent });
    const byDigest = new Map();
    const byTag = new Map();
    const platforms = new Map();
    const blobs = new Map();
    const blobBodies = new Map();
    const tagLists = new Map();
    /** The manifest, once per digest; a tag is asked afresh once its answer is in. */
    function manifestOnce(target) {
        const key = keyOf(target, target.reference);
        if ((0,src_reference/* isValidDigest */.fH)(target.reference))
            return sharedPromise(byDigest, key, true, () => fetchManifest(requests, target));
        return sharedPromise(byTag, key, false, async () => {
            const found = await fetchManifest(requests, target);
            if (found.status !== 'present')
                return found;
            const { digest } = found.manifest;
            if (!byDigest.has(keyOf(target, digest)))
                byDigest.set(keyOf(target, digest), Promise.resolve({ ...found, target: { ...target, reference: digest } }));
            return found;
        });
    }
    async function readPlatform(target, digest) {
        const blob = await client.fetchBlob(target, digest, MAX_CONFIG_BYTES);
        if (blob.status !== 'present')
            return { problem: blob.message };
        try {
            return { platform: platformOfImageConfig(blob.body) };
        }
        catch (error) {
            if (!(error instanceof ManifestFormatError))
                throw error;
            return { problem: `config ${digest}: ${error.message}` };
        }
    }
    /** A single manifest with the platform its config declares (or why it could not be read). */
    async function withPlatform(found) {
        if (found.status !== 'present' || found.manifest.kind !== 'manifest')
            return found;
        const { config } = found.manifest;
        if (config === undefined)
            return found;
        const read = isImageConfigMediaType(config.mediaType)
            ? await sharedPromise(platforms, keyOf(found.target, config.digest), true, () => readPlatform(found.target, config.digest))
            : { problem: `config media type ${JSON.stringify(config.mediaType)} is not an image config` };
        const manifest = 'platform' in read
            ? { ...found.manifest, platforms: [read.platform] }
            : { ...found.manifest, platformProblem: read.problem };
        return { ...found, manifest };
    }
    const client = {
        async lookupManifest(image, lookupOptions = {}) {
            const found = await manifestOnce(toManifestTarget(image));
            return lookupOptions.platform ? withPlatform(found) : found;
        },
        listTags(repository, listOptions = {}) {
            const target = toRepositoryTarget(repository);
            const key = `${keyOf(target, '')} ${listOptions.pageSize ?? ''}`;
            return sharedPromise(tagLists, key, false, () => fetchTags(requests, target, listOptions));
        },
        lookupBlob(repository, digest) {
            const target = toRepositoryTarget(repository);
            const key = keyOf(target, checkedDigest(digest));
            return sharedPromise(blobs, key, true, () => headBlob(requests, target, digest));
        },
        fetchBlob(repository, digest, maxBytes = MAX_CONFIG_BYTES) {
            const target = toRepositoryTarget(repository);
            const key = `${keyOf(target, checkedDigest(digest))} ${maxBytes}`;
            return sharedPromise(blobBodies, key, false, () => getBlob(requests, target, digest, maxBytes));
        },
        fetchManifestBody: (image) => fetchManifestBody(requests, toManifestTarget(image)),
        putManifest: (target, body, mediaType) => pushManifest(requests, toManifestTarget(target), body, mediaType),
        requestCounts: () => sender.counts(),
        scrub: (text) => sender.secrets.scrub(text),
        close: () => transport.close(),
    };
    return client;
}

;// CONCATENATED MODULE: ../../packages/action-kit/src/registry-client.ts
/**
 * The registry client a run opens with its registry inputs. Apart from registry-inputs.ts, and
 * meant to be loaded with `import()` where a run may not talk to a registry: it brings the
 * registry client and with it http, https, tls and crypto.
 */


/**
 * A registry client with the run's credentials and insecure hosts: says where each host's
 * credentials came from, masks every password and token it sends, logs each request at debug.
 */
function openRegistryClient(inputs, setting) {
    const { login } = inputs;
    for (const { host, from } of login.hosts)
        workflow_commands/* info */.pq(`Credentials for ${host} from ${from}`);
    for (const note of login.notes)
        workflow_commands/* info */.pq(`Docker config: ${note}`);
    return createRegistryClient({
        credentialsFor: login.credentialsFor,
        insecureRegistries: inputs.insecureRegistries,
        userAgent: setting.userAgent,
        ...(setting.concurrency === undefined ? {} : { concurrency: setting.concurrency }),
        ...(setting.totalTimeoutMs === undefined ? {} : { totalTimeoutMs: setting.totalTimeoutMs }),
        // Every password and token sent is masked before any message could carry it.
        onSecret: (secret) => workflow_commands/* setSecret */.Pq(secret),
        onRequest: (e) => workflow_commands/* debug */.Yz(`${e.method} ${e.url} → ${e.status ?? e.error} (${e.kind}, attempt ${e.attempt + 1}, ${e.durationMs} ms)`),
    });
}

// EXTERNAL MODULE: ../../packages/core/src/component-tags.ts + 1 modules
var component_tags = __webpack_require__(45905);
// EXTERNAL MODULE: ../../packages/core/src/workspace-files.ts
var workspace_files = __webpack_require__(8704);
;// CONCATENATED MODULE: ../../packages/core/src/build/retag-errors.ts
/** Why a retag or resolve stopped: each names the image and the tag. */

/** The registry could not give what the step needs (source tag, tags list, config, push). */
class RetagRegistryError extends errors/* PromoteError */.jG {
    image;
    name = 'RetagRegistryError';
    constructor(image, detail) {
        super(detail);
        this.image = image;
    }
}
/** A tag with placeholders already points at another digest: immutable tags never move. */
class ImmutableTagError extends errors/* PromoteError */.jG {
    image;
    tag;
    current;
    wanted;
    name = 'ImmutableTagError';
    constructor(image, tag, current, wanted) {
        super(`${image}:${tag} already points at ${current}, not the source ${wanted}; it is an immutable tag (it has placeholders), so it is not moved and nothing was pushed`);
        this.image = image;
        this.tag = tag;
        this.current = current;
        this.wanted = wanted;
    }
}
/** A pushed tag did not resolve back to the source digest. */
class ReadBackError extends errors/* PromoteError */.jG {
    image;
    tag;
    name = 'ReadBackError';
    constructor(image, tag, detail) {
        super(`${image}:${tag} was pushed but ${detail}`);
        this.image = image;
        this.tag = tag;
    }
}
/** `release: true` without a version to name the release. */
class ReleaseVersionError extends errors/* PromoteError */.jG {
    name = 'ReleaseVersionError';
}

;// CONCATENATED MODULE: ../../packages/core/src/build/release.ts
/**
 * The GitHub release of a promotion (seed 003): `v<version>` on the source commit, its notes
 * listing each service, the tags pushed and the digest. Created once, updated on a re-run.
 * GitHub is reached through a small port, so the core needs no Octokit.
 */

/** Markdown notes: one row per service with its tags and digest. */
function releaseNotes(result) {
    const rows = result.images.map(({ source, tags }) => {
        const list = tags.map((t) => `\`${t.tag}\``).join(', ');
        return `| ${source.service} | \`${source.repository}\` | ${list} | \`${source.digest}\` |`;
    });
    return ['| Service | Image | Tags | Digest |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}
/** The release to publish, from the first image's version and commit. */
function planRelease(result) {
    const first = result.images[0];
    const version = first?.version?.value;
    if (first === undefined || version === undefined)
        throw new ReleaseVersionError("'release: true' needs a version: the source has no org.opencontainers.image.version label, the filter no 'version' group, and 'version' is empty");
    return {
        version,
        tagName: `v${version}`,
        targetCommitish: first.sha.value,
        name: `v${version}`,
        body: releaseNotes(result),
    };
}
/** Create the release, or update the one its tag already has (a re-run). */
async function publishRelease(port, planned) {
    const existing = await port.getByTag(planned.tagName);
    if (existing === undefined)
        return { ...(await port.create(planned)), created: true };
    const updated = await port.update(existing.id, { name: planned.name, body: planned.body });
    return { ...updated, created: false };
}

// EXTERNAL MODULE: ../../packages/core/src/build/tag-template.ts
var tag_template = __webpack_require__(33919);
;// CONCATENATED MODULE: ../../packages/core/src/build/retag.ts
/**
 * Put a source manifest under new tags without a rebuild: plan what each tag needs (push,
 * move an alias, or keep), refuse to move an immutable tag, then PUT the source's exact bytes
 * under each tag and read it back.
 */



async function planOne(registry, source, wanted) {
    const found = await registry.lookupManifest(manifestTarget(`${source.repository}:${wanted.tag}`, 'tag'));
    if (found.status === 'missing')
        return { ...wanted, action: 'push' };
    if (found.status === 'error')
        throw new RetagRegistryError(source.repository, `Cannot read ${source.repository}:${wanted.tag}: ${found.message}`);
    const current = found.manifest.digest;
    if (current === source.digest)
        return { ...wanted, action: 'keep', current };
    if (!wanted.alias)
        throw new ImmutableTagError(source.repository, wanted.tag, current, source.digest);
    return { ...wanted, action: 'move', current };
}
/** What each tag needs; throws ImmutableTagError before anything is pushed. */
async function planRetag(registry, source, tags) {
    const planned = [];
    for (const wanted of tags)
        planned.push(await planOne(registry, source, wanted));
    return planned;
}
/** The media type to PUT with: the manifest's own, else the OCI type of its kind. */
function mediaTypeOf(source) {
    if (source.mediaType !== '')
        return source.mediaType;
    return source.kind === 'index' ? OCI_INDEX : OCI_MANIFEST;
}
async function pushOne(registry, source, tag) {
    const target = manifestTarget(`${source.repository}:${tag}`, 'tag');
    const pushed = await registry.putManifest(target, source.body, mediaTypeOf(source));
    if (pushed.status !== 'pushed')
        throw new RetagRegistryError(source.repository, `Cannot push ${source.repository}:${tag}: ${pushed.message}`);
    const back = await registry.lookupManifest(target);
    if (back.status !== 'present')
        throw new ReadBackError(source.repository, tag, `cannot be read back: ${back.message}`);
    if (back.manifest.digest !== source.digest)
        throw new ReadBackError(source.repository, tag, `resolves to ${back.manifest.digest}, not the source ${source.digest}`);
}
/** PUT the source under every tag that needs it, then check each resolves to the source digest. */
async function applyRetag(registry, source, planned) {
    for (const entry of planned)
        if (entry.action !== 'keep')
            await pushOne(registry, source, entry.tag);
}

// EXTERNAL MODULE: ../../node_modules/semver/index.js
var semver = __webpack_require__(90084);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ../../packages/core/src/policy/tag-filter.ts
/**
 * A Flux `ImagePolicy` filter: an unanchored regular expression over the tag, written in Go's
 * RE2 syntax, and an `extract` template (`$1`, `$name`, `${name}`) that gives the value the
 * policy compares. Pure.
 */

/**
 * RE2's `(?P<name>…)` named groups become JavaScript's `(?<name>…)`; everything else of the
 * RE2 syntax Flux filters use (classes, anchors, quantifiers) means the same in both.
 * A hand-written rewrite because no npm package translates RE2 to JavaScript syntax alone
 * (the `re2` package is a native binding, too heavy for a bundled action). An escaped
 * `\(?P<` is left alone.
 */
function translateRe2(pattern) {
    return pattern.replace(/(\\*)\(\?P</g, (whole, slashes) => slashes.length % 2 === 1 ? whole : `${slashes}(?<`);
}
/** Compile `policy-filter` and `policy-extract`; a bad pattern is an InputError. */
function compileTagFilter(pattern, extract) {
    let regex;
    try {
        regex = new RegExp(translateRe2(pattern), 'u');
    }
    catch (error) {
        throw new errors/* InputError */.dz('policy-filter', pattern, `is not a valid regular expression: ${error.message}`);
    }
    checkExtract(extract, regex);
    return { pattern, regex, extract };
}
const REFERENCE_RE = /\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g;
/** Every group the extract template names must exist in the filter. */
function checkExtract(extract, regex) {
    const groups = new RegExp(`${regex.source}|`, 'u').exec('')?.groups ?? {};
    const count = (new RegExp(`${regex.source}|`, 'u').exec('')?.length ?? 1) - 1;
    for (const match of extract.matchAll(REFERENCE_RE)) {
        const name = match[1] ?? match[2];
        if (name === undefined)
            continue;
        const known = /^[0-9]+$/.test(name) ? Number(name) <= count : name in groups;
        if (!known)
            throw new errors/* InputError */.dz('policy-extract', extract, `refers to $${name}, which 'policy-filter' does not capture`);
    }
}
/**
 * Expand `$1`, `$name`, `${name}` and `$$` from one match, as Go's `Regexp.Expand` does
 * (a group that did not take part gives '').
 */
function expandMatch(template, match) {
    return template.replace(REFERENCE_RE, (whole, braced, bare) => {
        if (whole === '$$')
            return '$';
        const name = (braced ?? bare);
        const value = /^[0-9]+$/.test(name) ? match[Number(name)] : match.groups?.[name];
        return value ?? '';
    });
}
/** The tags the filter keeps, in the order listed; without a filter, every tag as itself. */
function applyTagFilter(tags, filter) {
    if (filter === undefined)
        return tags.map((tag) => ({ tag, value: tag, groups: {} }));
    const kept = [];
    for (const tag of tags) {
        const match = filter.regex.exec(tag);
        if (match === null)
            continue;
        const value = filter.extract === '' ? tag : expandMatch(filter.extract, match);
        const groups = Object.fromEntries(Object.entries(match.groups ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])));
        kept.push({ tag, value, groups });
    }
    return kept;
}

;// CONCATENATED MODULE: ../../packages/core/src/policy/tag-policy.ts
/**
 * Choose one tag from a registry's list, with Flux `ImagePolicy` semantics: filter, extract,
 * then compare by semver range, as numbers or alphabetically. Pure and deterministic.
 *
 * Ties (two tags whose compared values are equal, such as `1.2.3` and `v1.2.3`, or the same
 * extracted timestamp) are broken by the lexically greatest original tag, whatever the order.
 */



/** No tag satisfied the policy: says how many were listed and how many the filter kept. */
class NoTagCandidateError extends errors/* PromoteError */.jG {
    repository;
    policy;
    listed;
    kept;
    name = 'NoTagCandidateError';
    constructor(repository, policy, listed, kept) {
        super(`No tag of ${repository} satisfies the policy ${policy}: the registry listed ${listed} tag${listed === 1 ? '' : 's'}, the filter kept ${kept}${kept > 0 ? ', none of which qualifies' : ''}`);
        this.repository = repository;
        this.policy = policy;
        this.listed = listed;
        this.kept = kept;
    }
}
/** A filter let through a value that is not a number, under the numerical policy (as in Flux). */
class NonNumericTagError extends errors/* PromoteError */.jG {
    tag;
    value;
    name = 'NonNumericTagError';
    constructor(tag, value) {
        super(`The numerical policy needs numbers, but tag ${JSON.stringify(tag)} gives ${JSON.stringify(value)}; narrow 'policy-filter' or set 'policy-extract'`);
        this.tag = tag;
        this.value = value;
    }
}
function readOrder(order, kind) {
    if (order === '' || order === 'asc')
        return 'asc';
    if (order === 'desc')
        return 'desc';
    throw new errors/* InputError */.dz('policy-order', order, `must be asc or desc (policy ${kind})`);
}
/** Parse the `policy*` inputs; each bad value is an InputError naming its input. */
function parseTagPolicy(inputs) {
    const filter = inputs.filter === '' ? undefined : compileTagFilter(inputs.filter, inputs.extract);
    if (filter === undefined && inputs.extract !== '')
        throw new errors/* InputError */.dz('policy-extract', inputs.extract, "needs 'policy-filter' to extract from");
    const withFilter = filter === undefined ? {} : { filter };
    const { policy } = inputs;
    if (policy.startsWith('semver:')) {
        const range = policy.slice('semver:'.length).trim();
        if (semver_default().validRange(range) === null)
            throw new errors/* InputError */.dz('policy', policy, 'has an invalid semver range (e.g. semver:>=1.0.0)');
        if (inputs.order !== '')
            throw new errors/* InputError */.dz('policy-order', inputs.order, 'applies to numerical and alphabetical only');
        return { kind: 'semver', range, ...withFilter };
    }
    if (policy === 'numerical' || policy === 'alphabetical')
        return { kind: policy, order: readOrder(inputs.order, policy), ...withFilter };
    throw new errors/* InputError */.dz('policy', policy, 'must be semver:<range>, numerical or alphabetical');
}
/** `semver:>=1.0.0`, `numerical (asc)` …, for messages and summaries. */
function describeTagPolicy(policy) {
    const filter = policy.filter ? ` filter ${JSON.stringify(policy.filter.pattern)}` : '';
    const extract = policy.filter?.extract ? ` extract ${JSON.stringify(policy.filter.extract)}` : '';
    const head = policy.kind === 'semver' ? `semver:${policy.range}` : `${policy.kind} (${policy.order})`;
    return `${head}${filter}${extract}`;
}
/** A version with exactly three numeric parts, a leading `v` and leading zeros allowed. */
function parseTagVersion(value) {
    const m = /^v?([0-9]+)\.([0-9]+)\.([0-9]+)((?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(value);
    if (m === null)
        return undefined;
    const core = [m[1], m[2], m[3]].map((part) => String(BigInt(part))).join('.');
    return semver_default().parse(`${core}${m[4] ?? ''}`) ?? undefined;
}
const NUMBER_RE = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
/** Byte-wise order of the original tags (tags are ASCII, so UTF-16 order is byte order). */
function byTag(a, b) {
    return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
}
function semverCandidates(kept, range) {
    const compiled = new (semver_default()).Range(range); // parsed once, not once per tag
    return kept.flatMap((entry) => {
        const version = parseTagVersion(entry.value);
        return version !== undefined && compiled.test(version) ? [[entry, version]] : [];
    });
}
function numericValue(entry) {
    if (!NUMBER_RE.test(entry.value))
        throw new NonNumericTagError(entry.tag, entry.value);
    return Number(entry.value);
}
/** The best of the candidates by `compare` (greater wins), ties to the greatest tag. */
function best(items, compare) {
    let winner = items[0];
    for (const item of items.slice(1)) {
        const order = compare(item[1], winner[1]);
        if (order > 0 || (order === 0 && byTag(item[0], winner[0]) > 0))
            winner = item;
    }
    return winner;
}
function ranked(kept, policy) {
    if (policy.kind === 'semver') {
        const candidates = semverCandidates(kept, policy.range);
        return { winner: best(candidates, (semver_default()).compare), candidates: candidates.length };
    }
    const sign = policy.order === 'asc' ? 1 : -1;
    const winner = policy.kind === 'numerical'
        ? best(kept.map((e) => [e, numericValue(e)]), (a, b) => sign * (a - b))
        : best(kept.map((e) => [e, e.value]), (a, b) => sign * (a < b ? -1 : a > b ? 1 : 0));
    return { winner, candidates: kept.length };
}
/** Choose a tag; throws NoTagCandidateError or NonNumericTagError. */
function chooseTag(tags, policy, repository) {
    const kept = applyTagFilter(tags, policy.filter);
    const { winner, candidates } = ranked(kept, policy);
    if (winner === undefined)
        throw new NoTagCandidateError(repository, describeTagPolicy(policy), tags.length, kept.length);
    const [entry] = winner;
    return {
        tag: entry.tag,
        value: entry.value,
        groups: entry.groups,
        listed: tags.length,
        kept: kept.length,
        candidates,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/build/source-labels.ts
/** The OCI labels of an image config that a promotion reads back: version and revision. Pure. */
const VERSION_LABEL = 'org.opencontainers.image.version';
const REVISION_LABEL = 'org.opencontainers.image.revision';
function stringLabels(config) {
    if (typeof config !== 'object' || config === null)
        return {};
    const inner = config.config;
    if (typeof inner !== 'object' || inner === null)
        return {};
    const labels = inner.Labels;
    return typeof labels === 'object' && labels !== null ? labels : {};
}
/** The version and revision labels of an image config body; {} when it is not JSON. */
function sourceLabelsOf(configBody) {
    let parsed;
    try {
        parsed = JSON.parse(configBody.toString());
    }
    catch {
        return {};
    }
    const labels = stringLabels(parsed);
    const read = (key) => {
        const value = labels[key];
        return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const version = read(VERSION_LABEL);
    const revision = read(REVISION_LABEL);
    return {
        ...(version === undefined ? {} : { version }),
        ...(revision === undefined ? {} : { revision }),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/build/resolve-source.ts




async function chooseSourceTag(registry, image, policy) {
    const listed = await registry.listTags(image.repository);
    if (listed.status !== 'present')
        throw new RetagRegistryError(image.repository, `Cannot list the tags: ${listed.message}`);
    return chooseTag(listed.tags, policy, image.repository);
}
/** The config of the manifest, or of an index's first platform image (attestations skipped). */
async function configDigestOf(registry, target, source) {
    if (source.kind === 'manifest')
        return source.config?.digest;
    const first = source.manifests.find((m) => !m.attestation);
    if (first === undefined)
        return undefined;
    const child = await registry.lookupManifest({ ...target, reference: first.digest });
    if (child.status !== 'present')
        throw new RetagRegistryError(target.repository, `Cannot read the index's first image: ${child.message}`);
    return child.manifest.config?.digest;
}
async function readLabels(registry, target, source) {
    const config = await configDigestOf(registry, target, source);
    if (config === undefined)
        return {};
    const blob = await registry.fetchBlob(target, config);
    if (blob.status !== 'present')
        throw new RetagRegistryError(target.repository, `Cannot read the image config: ${blob.message}`);
    return sourceLabelsOf(blob.body);
}
/** Choose the source tag, read its manifest bytes and its labels. */
async function resolveSource(registry, image, spec) {
    const choice = spec.kind === 'policy' ? await chooseSourceTag(registry, image, spec.policy) : undefined;
    const tag = choice?.tag ?? (spec.kind === 'tag' ? spec.tag : '');
    const target = manifestTarget(`${image.repository}:${tag}`, 'tag');
    const found = await registry.fetchManifestBody(target);
    if (found.status !== 'present')
        throw new RetagRegistryError(image.repository, `The source ${image.repository}:${tag} cannot be read: ${found.message}`);
    const { manifest } = found;
    return {
        service: image.service,
        repository: image.repository,
        tag,
        digest: manifest.digest,
        mediaType: manifest.mediaType,
        kind: manifest.kind,
        body: found.body,
        labels: await readLabels(registry, target, manifest),
        ...(choice === undefined ? {} : { choice }),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/build/promote-source.ts




function pick(label, group, input) {
    if (label !== undefined)
        return { value: label, from: 'label' };
    if (group !== undefined && group !== '')
        return { value: group, from: 'filter' };
    return input === undefined || input === '' ? undefined : { value: input, from: 'input' };
}
function valuesOf(source, inputs) {
    const groups = source.choice?.groups ?? {};
    const version = pick(source.labels.version?.replace(/^v/, ''), groups.version, inputs.fallback.version);
    const sha = pick(source.labels.revision, groups.sha, inputs.fallback.sha) ?? {
        value: inputs.fallback.sha,
        from: 'input',
    };
    return { version, sha };
}
function contextOf(inputs, values) {
    const { env, branch, runNumber } = inputs.fallback;
    return {
        sha: values.sha.value,
        shortSha: (0,tag_template/* shortSha */.Fu)(values.sha.value, inputs.shortShaLength),
        timestamp: inputs.timestamp,
        ...(values.version ? { version: values.version.value } : {}),
        ...(env ? { env } : {}),
        ...(branch ? { branch } : {}),
        ...(runNumber ? { runNumber } : {}),
    };
}
async function planImage(registry, image, inputs) {
    const source = await resolveSource(registry, image, inputs.source);
    const values = valuesOf(source, inputs);
    if (inputs.mode === 'resolve')
        return { source, values, tags: [] };
    const context = contextOf(inputs, values);
    const wanted = new Map();
    for (const template of inputs.templates) {
        const tag = (0,tag_template/* renderTag */.vY)(template, context);
        if (!wanted.has(tag))
            wanted.set(tag, { tag, alias: (0,tag_template/* placeholdersOf */.iJ)(template).length === 0 });
    }
    return { source, values, tags: await planRetag(registry, source, [...wanted.values()]) };
}
function recordOf(planned, length) {
    const record = {};
    for (const { source, values, tags } of planned)
        record[source.service] = {
            tag: tags[0]?.tag ?? source.tag,
            sha: (0,tag_template/* shortSha */.Fu)(values.sha.value, length),
            digest: source.digest,
            image: source.repository,
        };
    return record;
}
/** Resolve, plan, then (retag, not dry run) push; every check passes before the first push. */
async function promoteImages(registry, inputs) {
    const planned = [];
    for (const image of inputs.images)
        planned.push(await planImage(registry, image, inputs));
    if (inputs.needsVersion && planned[0] !== undefined && planned[0].values.version === undefined)
        throw new ReleaseVersionError(`'release: true' needs a version, and ${planned[0].source.repository}:${planned[0].source.tag} has no org.opencontainers.image.version label, the filter no 'version' group, and 'version' is empty; nothing was pushed`);
    let pushed = 0;
    if (inputs.mode === 'retag' && !inputs.dryRun)
        for (const { source, tags } of planned) {
            await applyRetag(registry, source, tags);
            pushed += tags.filter((t) => t.action !== 'keep').length;
        }
    return {
        mode: inputs.mode,
        dryRun: inputs.dryRun,
        images: planned.map(({ source: { body: _body, ...source }, values, tags }) => ({
            source,
            ...(values.version ? { version: values.version } : {}),
            sha: values.sha,
            tags,
        })),
        record: recordOf(planned, inputs.shortShaLength),
        pushed,
    };
}

// EXTERNAL MODULE: ../../packages/core/src/markdown.ts
var markdown = __webpack_require__(59602);
;// CONCATENATED MODULE: ../../packages/core/src/build/promotion-summary.ts
/** The job summary of a retag or resolve: each source, how the policy chose it, every tag. Pure. */


const ACTION_WORDS = {
    push: 'pushed',
    move: 'moved (alias)',
    keep: 'already there',
};
function choiceLine(image, spec) {
    const { choice } = image.source;
    if (spec.kind === 'tag' || choice === undefined)
        return `explicit \`from-tag\``;
    return `${(0,markdown/* inlineCode */.ti)(describeTagPolicy(spec.policy))}: ${choice.listed} tags listed, ${choice.kept} kept by the filter, ${choice.candidates} candidates, winner ${(0,markdown/* inlineCode */.ti)(choice.tag)}`;
}
function tagRows(image, result) {
    return image.tags.map((t) => [
        (0,markdown/* inlineCode */.ti)(`${image.source.repository}:${t.tag}`),
        t.alias ? 'alias' : 'immutable',
        result.dryRun && t.action !== 'keep'
            ? `would be ${ACTION_WORDS[t.action]}`
            : ACTION_WORDS[t.action],
    ]);
}
function imageSection(image, result, spec) {
    const { source } = image;
    const lines = [
        `### ${(0,markdown/* escapeMarkdown */.FV)(source.service)}`,
        '',
        `- Source: ${(0,markdown/* inlineCode */.ti)(`${source.repository}:${source.tag}`)} (${source.kind}) ${(0,markdown/* inlineCode */.ti)(source.digest)}`,
        `- Chosen by: ${choiceLine(image, spec)}`,
        `- Version: ${image.version ? `${(0,markdown/* inlineCode */.ti)(image.version.value)} (from ${image.version.from})` : 'none'}; commit ${(0,markdown/* inlineCode */.ti)(image.sha.value)} (from ${image.sha.from})`,
    ];
    if (image.tags.length > 0)
        lines.push('', (0,markdown/* markdownTable */.Qj)(['Tag', 'Kind', 'Result'], tagRows(image, result)));
    return lines.join('\n');
}
/** Markdown for the job summary. */
function promotionSummary(result, spec) {
    const title = result.mode === 'resolve' ? 'Resolved source' : result.dryRun ? 'Retag (dry run)' : 'Retag';
    const sections = result.images.map((image) => imageSection(image, result, spec));
    return `## ${title}\n\n${sections.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ../../actions/emit-tags/src/github-releases.ts
function refOf(data) {
    return { id: data.id, htmlUrl: data.html_url };
}
function isNotFound(error) {
    return error.status === 404;
}
/** Releases of `owner/repo`, through the API at `baseUrl` with `token`. */
async function githubReleases(options) {
    const { Octokit } = await __webpack_require__.e(/* import() */ 582).then(__webpack_require__.bind(__webpack_require__, 51582));
    const octokit = new Octokit({
        auth: options.token,
        baseUrl: options.baseUrl,
        userAgent: 'gitops-promote/emit-tags',
    });
    const [owner = '', repo = ''] = options.repository.split('/');
    return {
        async getByTag(tag) {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', {
                    owner,
                    repo,
                    tag,
                });
                return refOf(data);
            }
            catch (error) {
                if (isNotFound(error))
                    return undefined;
                throw error;
            }
        },
        async create(fields) {
            const { data } = await octokit.request('POST /repos/{owner}/{repo}/releases', {
                owner,
                repo,
                tag_name: fields.tagName,
                target_commitish: fields.targetCommitish,
                name: fields.name,
                body: fields.body,
            });
            return refOf(data);
        },
        async update(id, fields) {
            const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
                owner,
                repo,
                release_id: id,
                name: fields.name,
                body: fields.body,
            });
            return refOf(data);
        },
    };
}

// EXTERNAL MODULE: ../../packages/action-kit/src/inputs.ts
var inputs = __webpack_require__(18322);
// EXTERNAL MODULE: ../../packages/core/src/key-value-lines.ts
var key_value_lines = __webpack_require__(28862);
;// CONCATENATED MODULE: ../../packages/core/src/registry/credential-helpers.ts
/**
 * Docker credential helpers, as the Docker CLI runs them: `credHelpers` names a helper per
 * registry host, `credsStore` one for every other host; for a registry, Docker runs
 * `docker-credential-<name> get` with the server address on stdin and reads
 * `{"ServerURL", "Username", "Secret"}` from stdout (Username `<token>`: Secret is an identity
 * token). Running the helper is a port, so the lookup stays testable; `runCredentialHelper`
 * (credential-helper-runner.ts, the one that loads child_process) is the real one.
 */


/** A helper's name is the suffix of an executable on PATH: no path, no shell characters. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** The address Docker hands a helper: Docker Hub's legacy v1 URL, otherwise the host. */
function helperServerUrl(host) {
    return host === 'docker.io' ? 'https://index.docker.io/v1/' : host;
}
/** `value` when it is a helper name; throws FileError naming `where` in `source` otherwise. */
function helperName(value, where, source) {
    if (typeof value !== 'string' || !HELPER_NAME.test(value))
        throw new errors/* FileError */.f6(source, 0, `${where} is not a credential helper name (letters, digits, . _ -)`);
    return value;
}
/** The helpers a Docker config names; throws FileError for a malformed entry. */
function credentialHelpersOf(config, source = 'config.json') {
    const byHost = new Map();
    const helpers = config.credHelpers;
    if (helpers !== undefined && (typeof helpers !== 'object' || helpers === null))
        throw new errors/* FileError */.f6(source, 0, '"credHelpers" is not an object');
    for (const [key, value] of Object.entries(helpers ?? {})) {
        const host = registryHostKey(key);
        const name = helperName(value, `credHelpers[${JSON.stringify(key)}]`, source);
        if (host !== undefined && !byHost.has(host))
            byHost.set(host, name);
    }
    if (config.credsStore === undefined || config.credsStore === '')
        return { byHost };
    return { store: helperName(config.credsStore, 'credsStore', source), byHost };
}
/** The credentials a helper printed; undefined when it printed none. The secret is never quoted. */
function parseHelperOutput(text, helper) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new errors/* FileError */.f6(`docker-credential-${helper}`, 0, 'printed something that is not JSON');
    }
    const { Username: username, Secret: secret } = (parsed ?? {});
    if (typeof secret !== 'string' || secret === '')
        return undefined;
    if (username === '<token>')
        return { identityToken: secret };
    if (typeof username !== 'string' || username === '')
        return undefined;
    return { username, password: secret };
}
/** A CredentialsFor that asks the host's helper, once per host. */
function helperCredentialsLookup(helpers, run) {
    const cache = new Map();
    return (registry) => {
        const host = registryHostKey(registry);
        if (host === undefined)
            return undefined;
        const name = helpers.byHost.get(host) ?? helpers.store;
        if (name === undefined)
            return undefined;
        if (!cache.has(host)) {
            const output = run(name, helperServerUrl(host));
            cache.set(host, output === undefined ? undefined : parseHelperOutput(output, name));
        }
        return cache.get(host);
    };
}
/** A helper that failed in a way that is not "no credentials": named, its output not quoted. */
class CredentialHelperError extends (/* unused pure expression or super */ null && (FileError)) {
    name = 'CredentialHelperError';
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/docker-config.ts
/**
 * Read the `auths` of a Docker client config (`~/.docker/config.json`), as `docker login` and
 * `docker/login-action` write it. Pure: takes the file's text. Secrets never enter a message.
 */



function docker_config_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Decode an `auth` field, base64 of `username:password`; undefined when it is not that. */
function decodeAuth(auth) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(auth))
        return undefined;
    const text = Buffer.from(auth, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon < 0)
        return undefined;
    return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
/** The credentials of one `auths` entry; undefined for an empty entry (a credential store's). */
function credentialsOf(entry, where, source) {
    const decoded = typeof entry.auth === 'string' && entry.auth !== '' ? decodeAuth(entry.auth) : undefined;
    if (typeof entry.auth === 'string' && entry.auth !== '' && decoded === undefined)
        throw new errors/* FileError */.f6(source, 0, `${where}.auth is not base64 of "username:password"`);
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
        const username = decoded?.username ?? (typeof entry.username === 'string' ? entry.username : '');
        return username === ''
            ? { identityToken: entry.identitytoken }
            : { username, identityToken: entry.identitytoken };
    }
    if (decoded !== undefined && decoded.username !== '')
        return decoded;
    if (typeof entry.username === 'string' &&
        typeof entry.password === 'string' &&
        entry.username !== '')
        return { username: entry.username, password: entry.password };
    return undefined;
}
/** Notes on credential helpers, which a pure reader cannot run. */
function helperNotes(config) {
    const notes = [];
    if (typeof config.credsStore === 'string')
        notes.push(`credsStore "${config.credsStore}" is not read; only inline "auths" are used`);
    if (docker_config_isObject(config.credHelpers))
        for (const host of Object.keys(config.credHelpers))
            notes.push(`credHelpers entry for ${host} is not read; only inline "auths" are used`);
    return notes;
}
/**
 * Parse a Docker config. Entries keyed by host or URL (`https://index.docker.io/v1/`) file under
 * `registryHostKey`; when two keys name one host, the first in the file wins. Throws FileError
 * for text that is not a config; an entry's secret is never quoted.
 */
function parseDockerConfig(text, source = 'config.json', options = {}) {
    let config;
    try {
        config = JSON.parse(text);
    }
    catch {
        throw new errors/* FileError */.f6(source, 0, 'is not valid JSON');
    }
    if (!docker_config_isObject(config))
        throw new errors/* FileError */.f6(source, 0, 'is not a JSON object');
    const auths = config.auths ?? {};
    if (!docker_config_isObject(auths))
        throw new errors/* FileError */.f6(source, 0, '"auths" is not an object');
    const credentials = new Map();
    const notes = options.runsHelpers ? [] : helperNotes(config);
    const helpers = credentialHelpersOf(config, source);
    for (const [key, entry] of Object.entries(auths)) {
        const where = `auths[${JSON.stringify(key)}]`;
        const host = registryHostKey(key);
        if (host === undefined || !docker_config_isObject(entry))
            throw new errors/* FileError */.f6(source, 0, `${where} is not a registry entry`);
        const found = credentialsOf(entry, where, source);
        if (found === undefined)
            notes.push(`${where} holds no credentials`);
        else if (credentials.has(host))
            notes.push(`${where} repeats registry ${host}; the first entry is used`);
        else
            credentials.set(host, found);
    }
    return { credentials, helpers, notes };
}

;// CONCATENATED MODULE: ../../packages/core/src/registry/registry-auth-input.ts
/**
 * The `registry-auth` input: one `host=username:password` per line, blank lines and `#`
 * comments ignored. A password never appears in an error: the line is quoted with it as `***`.
 */


const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::[0-9]{1,5})?$/;
const EXPECTED = 'must be host=username:password';
/** A `registry-auth` line that broke the syntax; `value` is the line with its secret masked. */
class RegistryAuthLineError extends errors/* InputError */.dz {
    line;
    name = 'RegistryAuthLineError';
    constructor(input, line, masked, detail) {
        super(input, masked, `(line ${line}) ${detail}`);
        this.line = line;
    }
}
/** The line with everything that might be secret replaced by `***`. */
function maskRegistryAuthLine(line) {
    const eq = line.indexOf('=');
    if (eq < 0)
        return '***';
    const colon = line.indexOf(':', eq + 1);
    return colon < 0 ? `${line.slice(0, eq + 1)}***` : `${line.slice(0, colon + 1)}***`;
}
/** Parse the `registry-auth` input into credentials by host key (see `registryHostKey`). */
function parseRegistryAuth(text, input = 'registry-auth') {
    const credentials = new Map();
    const firstLine = new Map();
    text.split(/\r?\n/).forEach((raw, index) => {
        const entry = raw.trim();
        if (entry === '' || entry.startsWith('#'))
            return;
        const line = index + 1;
        const fail = (detail) => {
            throw new RegistryAuthLineError(input, line, maskRegistryAuthLine(entry), detail);
        };
        const eq = entry.indexOf('=');
        if (eq < 0)
            fail(`${EXPECTED}; it has no "="`);
        const host = registryHostKey(entry.slice(0, eq));
        const rest = entry.slice(eq + 1);
        const colon = rest.indexOf(':');
        if (host === undefined || !HOST_RE.test(host))
            fail(`${EXPECTED}; the host is not a registry host`);
        if (colon < 0)
            fail(`${EXPECTED}; it has no ":" between username and password`);
        const username = rest.slice(0, colon).trim();
        const password = rest.slice(colon + 1);
        if (username === '')
            fail(`${EXPECTED}; the username is empty`);
        if (password === '')
            fail(`${EXPECTED}; the password is empty`);
        const key = host;
        const before = firstLine.get(key);
        if (before !== undefined)
            fail(`repeats registry ${key}, given on line ${before}`);
        firstLine.set(key, line);
        credentials.set(key, { username, password });
    });
    return credentials;
}

;// CONCATENATED MODULE: ../../packages/core/src/verify/registry-login.ts
/**
 * The credentials verify-digests uses: `registry-auth` lines first, then the Docker config that
 * docker/login-action writes; anonymous for any other registry. Also lists every secret, so the
 * action can mask each before anything could print it.
 */





/**
 * Every string on `registry-auth` lines that may be a password: what follows `host=user:`, or
 * all after `=` when there is no `:` (a malformed line must not leak either).
 */
function registryAuthSecrets(text) {
    const secrets = new Set();
    for (const { text: line } of (0,key_value_lines/* inputLines */.K)(text)) {
        const rest = line.slice(line.indexOf('=') + 1);
        const colon = rest.indexOf(':');
        for (const secret of [colon < 0 ? rest : rest.slice(colon + 1), line])
            if (secret.trim() !== '')
                secrets.add(secret.trim());
    }
    return [...secrets];
}
/** The secrets of credentials: password or identity token, and the base64 `auth` form. */
function credentialSecrets(credentials) {
    if (isIdentityToken(credentials))
        return [credentials.identityToken];
    const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    return [credentials.password, Buffer.from(credentials.password).toString('base64'), basic];
}
const NO_HELPERS = () => undefined;
/** The hosts the helpers serve (`*`: every other host, the `credsStore`). */
function helperHosts(helpers) {
    const hosts = [...helpers.byHost].map(([host, name]) => ({
        host,
        from: `docker-credential-${name}`,
    }));
    return helpers.store
        ? [...hosts, { host: '*', from: `docker-credential-${helpers.store}` }]
        : hosts;
}
/**
 * Credentials from the input lines and an optional Docker config (its path and text). With
 * `runHelper`, the config's credential helpers are asked too, as Docker asks them (after the
 * input lines, before the config's inline `auths`); their secrets are the caller's to guard.
 */
function registryLogin(registryAuth, dockerConfig, runHelper) {
    const fromInput = parseRegistryAuth(registryAuth);
    const runsHelpers = runHelper !== undefined;
    const fromConfig = dockerConfig
        ? parseDockerConfig(dockerConfig.text, dockerConfig.path, { runsHelpers })
        : {
            credentials: new Map(),
            helpers: { byHost: new Map() },
            notes: [],
        };
    const fromHelpers = runHelper
        ? helperCredentialsLookup(fromConfig.helpers, runHelper)
        : NO_HELPERS;
    const hosts = [
        ...[...fromInput.keys()].map((host) => ({ host, from: 'registry-auth' })),
        ...[...fromConfig.credentials.keys()]
            .filter((host) => !fromInput.has(host))
            .map((host) => ({ host, from: dockerConfig?.path ?? '' })),
        ...(runsHelpers ? helperHosts(fromConfig.helpers) : []),
    ];
    const input = credentialsLookup(fromInput);
    const inline = credentialsLookup(fromConfig.credentials);
    return {
        credentialsFor: (registry) => input(registry) ?? fromHelpers(registry) ?? inline(registry),
        hosts,
        notes: fromConfig.notes,
        secrets: [...fromConfig.credentials.values()].flatMap(credentialSecrets),
    };
}

;// CONCATENATED MODULE: ../../packages/action-kit/src/registry-inputs.ts
/**
 * The registry inputs the actions share (`registry-auth`, `insecure-registries`, and the Docker
 * config docker/login-action writes), read once, every secret masked before anything could
 * print it. Opening the client is registry-client.ts: reading the inputs loads no HTTP stack.
 */






const HOST = /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?$/;
/** The Docker config docker/login-action writes: `$DOCKER_CONFIG`, else `$HOME/.docker`. */
function readDockerConfig(env) {
    const dir = env.DOCKER_CONFIG || (env.HOME ? (0,external_node_path_.join)(env.HOME, '.docker') : '');
    const path = dir === '' ? '' : (0,external_node_path_.join)(dir, 'config.json');
    if (path === '' || !(0,external_node_fs_.existsSync)(path))
        return undefined;
    return { path, text: (0,external_node_fs_.readFileSync)(path, 'utf8') };
}
/**
 * Mask every password of `registry-auth` before anything could print one, then read the
 * credentials (a malformed line is an InputError with its secret masked) and mask the Docker
 * config's secrets too.
 */
function readLogin(env) {
    const text = (0,inputs/* getText */.q4)('registry-auth');
    for (const secret of registryAuthSecrets(text))
        workflow_commands/* setSecret */.Pq(secret);
    const login = registryLogin(text, readDockerConfig(env));
    for (const secret of login.secrets)
        workflow_commands/* setSecret */.Pq(secret);
    return login;
}
function readInsecureRegistries() {
    const hosts = (0,inputs/* getLines */.iv)('insecure-registries');
    for (const host of hosts)
        if (!HOST.test(host))
            throw new errors/* InputError */.dz('insecure-registries', host, 'is not a registry host: expected host or host:port, without scheme or path (e.g. localhost:5000)');
    return hosts;
}
/** Read `registry-auth`, the Docker config and `insecure-registries`. */
function readRegistryInputs(env = process.env) {
    const login = readLogin(env);
    return { login, insecureRegistries: readInsecureRegistries() };
}

;// CONCATENATED MODULE: ../../actions/emit-tags/src/promotion-settings.ts
/**
 * The inputs of `mode: retag | resolve`, read once: the source (`from-tag` or `policy*`), the
 * registry login (every secret masked before anything could print it), `dry-run` and
 * `release`.
 */





function readSource() {
    const fromTag = (0,inputs/* getText */.q4)('from-tag');
    const policy = (0,inputs/* getText */.q4)('policy');
    if (fromTag !== '' && policy !== '')
        throw new errors/* InputError */.dz('from-tag', fromTag, "and 'policy' are both set; give one source");
    if (fromTag !== '') {
        if (!(0,src_reference/* isValidTag */.r_)(fromTag))
            throw new errors/* InputError */.dz('from-tag', fromTag, 'is not a valid tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})');
        return { kind: 'tag', tag: fromTag };
    }
    if (policy === '')
        throw new errors/* InputError */.dz('policy', '', "is empty and so is 'from-tag'; mode retag and resolve need a source");
    const parsed = parseTagPolicy({
        policy,
        filter: (0,inputs/* getText */.q4)('policy-filter'),
        extract: (0,inputs/* getText */.q4)('policy-extract'),
        order: (0,inputs/* getText */.q4)('policy-order'),
    });
    return { kind: 'policy', policy: parsed };
}
/** Read and validate the promotion inputs. */
function readPromotionSettings(env = process.env) {
    const token = (0,inputs/* getText */.q4)('token');
    if (token !== '')
        workflow_commands/* setSecret */.Pq(token);
    const { login, insecureRegistries } = readRegistryInputs(env);
    const release = (0,inputs/* getBoolean */.pW)('release', false);
    if (release && token === '')
        throw new errors/* InputError */.dz('token', '', "is empty; 'release: true' needs a token that can write contents");
    return {
        source: readSource(),
        login,
        insecureRegistries,
        dryRun: (0,inputs/* getBoolean */.pW)('dry-run', false),
        release,
        token,
    };
}

;// CONCATENATED MODULE: ../../actions/emit-tags/src/promote.ts
/**
 * emit-tags `mode: retag | resolve`: the edge over the core's `promoteImages`. Reads the
 * promotion inputs, opens the registry, sets the outputs, writes the record, the artifact and
 * the job summary.
 */









function openRegistry(promotion) {
    return openRegistryClient(promotion, { userAgent: 'gitops-promote/emit-tags' });
}
function logPlan(result) {
    for (const { source, tags } of result.images) {
        workflow_commands/* info */.pq(`${source.service}: source ${source.repository}:${source.tag} ${source.digest}`);
        for (const t of tags) {
            const verb = t.action === 'keep' ? 'keep' : result.dryRun ? `would ${t.action}` : t.action;
            workflow_commands/* info */.pq(`  ${verb} ${source.repository}:${t.tag}`);
        }
    }
}
function setOutputs(result, json, path) {
    const first = result.images[0];
    step_outputs/* setOutput */.u('tags', result.images.flatMap((i) => i.tags.map((t) => `${i.source.repository}:${t.tag}`)).join('\n'));
    step_outputs/* setOutput */.u('labels', '');
    step_outputs/* setOutput */.u('version', first?.version?.value ?? '');
    step_outputs/* setOutput */.u('source-tag', first?.source.tag ?? '');
    step_outputs/* setOutput */.u('source-digest', first?.source.digest ?? '');
    step_outputs/* setOutput */.u('json', json);
    step_outputs/* setOutput */.u('component-tags-path', path);
}
async function writeRecord(settings, path, record) {
    const sources = [];
    if ((0,external_node_fs_.existsSync)(path))
        sources.push({
            name: settings.componentTagsPath,
            tags: (0,component_tags/* parseComponentTags */.Yu)((0,external_node_fs_.readFileSync)(path, 'utf8'), settings.componentTagsPath),
        });
    sources.push({ name: 'source', tags: record });
    const json = (0,component_tags/* formatComponentTags */.uy)((0,component_tags/* mergeComponentTags */.no)(sources));
    (0,workspace_files/* writeFileAtomic */.Zf)(path, json);
    workflow_commands/* info */.pq(`Wrote ${path}`);
    if (settings.artifactName !== '') {
        const stored = await (0,artifact_store/* createArtifactStore */.GA)().upload(settings.artifactName, [path], (0,external_node_path_.join)(path, '..'));
        workflow_commands/* info */.pq(`Uploaded artifact '${stored.name}'`);
    }
    return json;
}
/** Create or update the release `v<version>`; a dry run or a resolve only says what it would do. */
async function release(result, promotion, context) {
    const planned = planRelease(result);
    if (result.dryRun || result.mode === 'resolve') {
        workflow_commands/* info */.pq(`Would create or update the release ${planned.tagName} on ${planned.targetCommitish}`);
        return `\nRelease ${planned.tagName}: not published (${result.dryRun ? 'dry run' : 'resolve'}).\n`;
    }
    const port = await githubReleases({
        token: promotion.token,
        baseUrl: context.apiUrl,
        repository: context.repository,
    });
    const published = await publishRelease(port, planned);
    workflow_commands/* info */.pq(`${published.created ? 'Created' : 'Updated'} the release ${planned.tagName}: ${published.htmlUrl}`);
    return `\nRelease [${planned.tagName}](${published.htmlUrl}) ${published.created ? 'created' : 'updated'}.\n`;
}
/** Resolve (and in retag, push) the source of every image; record and report. */
async function promote(settings, context) {
    const promotion = readPromotionSettings();
    const path = (0,workspace_files/* resolveInWorkspace */.z1)(context.workspace, settings.componentTagsPath, 'component-tags-path');
    const registry = openRegistry(promotion);
    try {
        const result = await promoteImages(registry, {
            mode: settings.mode === 'resolve' ? 'resolve' : 'retag',
            images: settings.images,
            source: promotion.source,
            templates: settings.templates,
            fallback: {
                sha: settings.sha,
                ...(settings.version ? { version: settings.version.replace(/^v/, '') } : {}),
                ...(settings.environment ? { env: settings.environment } : {}),
                ...(context.refName ? { branch: context.refName } : {}),
                ...(context.runNumber ? { runNumber: context.runNumber } : {}),
            },
            shortShaLength: settings.shortShaLength,
            timestamp: settings.timestamp ?? Math.floor(Date.now() / 1000),
            dryRun: promotion.dryRun,
            needsVersion: promotion.release,
        });
        logPlan(result);
        const json = await writeRecord(settings, path, result.record);
        setOutputs(result, json, path);
        const released = promotion.release ? await release(result, promotion, context) : '';
        await job_summary/* summary */.z.addRaw(`${promotionSummary(result, promotion.source)}${released}`).write();
    }
    finally {
        registry.close();
    }
}


/***/ })

};
