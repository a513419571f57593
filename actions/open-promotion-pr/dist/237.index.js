export const id = 237;
export const ids = [237];
export const modules = {

/***/ 32237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRegistryClient: () => (/* binding */ openRegistryClient)
});

// EXTERNAL MODULE: ../../packages/core/src/reference.ts
var reference = __webpack_require__(87490);
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
// EXTERNAL MODULE: ../../packages/core/src/registry/credentials.ts
var registry_credentials = __webpack_require__(62577);
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

// EXTERNAL MODULE: ../../packages/core/src/registry/http-transport.ts
var http_transport = __webpack_require__(38983);
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
                if (!(error instanceof http_transport/* TransportError */.wX))
                    throw error;
                if (now() >= deadline)
                    throw outOfTime(request, attempt + 1, error.message.trim());
                if (last || !(0,http_transport/* isRetriableTransportError */._E)(error))
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
    if (credentials !== undefined && (0,registry_credentials/* isIdentityToken */.Md)(credentials)) {
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

// EXTERNAL MODULE: ../../packages/core/src/registry/registry-lookup.ts
var registry_lookup = __webpack_require__(1255);
;// CONCATENATED MODULE: ../../packages/core/src/registry/manifest-lookup.ts
/** Fetch one manifest and classify the answer, checking the digest of what was served. */





/** distribution's own limit on manifest size. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * Present only when the answer is 200, its body hashes to the asked digest (for a digest) and
 * to `Docker-Content-Digest` (when sent), and it is an index or an image manifest.
 */
function manifestOutcome(target, response, authNote) {
    const where = (0,registry_lookup/* describeTarget */.ff)(target);
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
    if ((0,reference/* isValidDigest */.fH)(target.reference) && digest !== target.reference)
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
        return { target, ...failureOf(error, (0,registry_lookup/* describeTarget */.ff)(target), target.registry) };
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
        return { target, ...failureOf(error, (0,registry_lookup/* describeTarget */.ff)(target), target.registry) };
    }
}
/** The registry's `Docker-Content-Digest` must be the sha256 of what we sent. */
function confirmedDigest(announced, sent) {
    return announced === undefined || announced === sent ? sent : undefined;
}
/** `PUT /v2/<name>/manifests/<tag>` with the bytes and media type given, under push scope. */
async function pushManifest(requests, target, body, mediaType) {
    const where = (0,registry_lookup/* describeTarget */.ff)(target);
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
            return credentials !== undefined && !(0,registry_credentials/* isIdentityToken */.Md)(credentials)
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
            if ((0,registry_credentials/* isIdentityToken */.Md)(credentials))
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
    const transport = options.transport ?? (0,http_transport/* createNodeTransport */.iD)({ maxSockets: concurrency });
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
        if ((0,reference/* isValidDigest */.fH)(target.reference))
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
            const found = await manifestOnce((0,registry_lookup/* toManifestTarget */.iw)(image));
            return lookupOptions.platform ? withPlatform(found) : found;
        },
        listTags(repository, listOptions = {}) {
            const target = (0,registry_lookup/* toRepositoryTarget */.tW)(repository);
            const key = `${keyOf(target, '')} ${listOptions.pageSize ?? ''}`;
            return sharedPromise(tagLists, key, false, () => fetchTags(requests, target, listOptions));
        },
        lookupBlob(repository, digest) {
            const target = (0,registry_lookup/* toRepositoryTarget */.tW)(repository);
            const key = keyOf(target, (0,registry_lookup/* checkedDigest */.oM)(digest));
            return sharedPromise(blobs, key, true, () => headBlob(requests, target, digest));
        },
        fetchBlob(repository, digest, maxBytes = MAX_CONFIG_BYTES) {
            const target = (0,registry_lookup/* toRepositoryTarget */.tW)(repository);
            const key = `${keyOf(target, (0,registry_lookup/* checkedDigest */.oM)(digest))} ${maxBytes}`;
            return sharedPromise(blobBodies, key, false, () => getBlob(requests, target, digest, maxBytes));
        },
        fetchManifestBody: (image) => fetchManifestBody(requests, (0,registry_lookup/* toManifestTarget */.iw)(image)),
        putManifest: (target, body, mediaType) => pushManifest(requests, (0,registry_lookup/* toManifestTarget */.iw)(target), body, mediaType),
        requestCounts: () => sender.counts(),
        scrub: (text) => sender.secrets.scrub(text),
        close: () => transport.close(),
    };
    return client;
}

// EXTERNAL MODULE: ../../packages/action-kit/src/workflow-commands.ts
var workflow_commands = __webpack_require__(26693);
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


/***/ })

};
