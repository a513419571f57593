export const id = 476;
export const ids = [476];
export const modules = {

/***/ 72510:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatTable = formatTable;
function textOf(cell) {
    return typeof cell === 'string' ? cell : cell.text;
}
/** The table's lines: a bold header, then the rows; the last column is not padded. */
function formatTable(headers, rows, paint) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => textOf(r[i] ?? '').length)));
    const line = (cells, header) => cells
        .map((cell, i) => {
        const text = textOf(cell);
        const padded = i === cells.length - 1 ? text : text.padEnd(widths[i] ?? 0);
        if (header)
            return paint('bold', padded);
        return typeof cell === 'string' ? padded : paint(cell.style, padded);
    })
        .join('  ')
        .trimEnd();
    return [line(headers, true), ...rows.map((r) => line(r, false))].join('\n');
}


/***/ }),

/***/ 15435:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Parse the `WWW-Authenticate` header of a 401 answer (RFC 7235): one or more challenges,
 * each a scheme and `name=value` parameters, the values plain tokens or quoted strings.
 * Node joins repeated headers with ", ", so one string may hold several challenges.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseAuthChallenges = parseAuthChallenges;
exports.bearerChallengeOf = bearerChallengeOf;
exports.offersBasic = offersBasic;
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


/***/ }),

/***/ 23877:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.headBlob = headBlob;
exports.getBlob = getBlob;
/** Blobs: `HEAD` for presence, `GET` with the content checked against its digest. */
const lookup_outcome_js_1 = __webpack_require__(51798);
const manifest_js_1 = __webpack_require__(78372);
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
            return { ...base, ...(0, lookup_outcome_js_1.failureOfAnswer)(response, where, target.registry, [], note) };
        }
        if (announced !== undefined && announced !== digest) {
            const detail = `Docker-Content-Digest is ${announced}`;
            return { ...base, ...(0, lookup_outcome_js_1.lookupError)(where, target.registry, 'digest-mismatch', detail) };
        }
        const length = Number(response.headers['content-length']);
        return { ...base, status: 'present', ...(Number.isFinite(length) ? { size: length } : {}) };
    }
    catch (error) {
        return { ...target, digest, ...(0, lookup_outcome_js_1.failureOf)(error, where, target.registry) };
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
            return { ...base, ...(0, lookup_outcome_js_1.failureOfAnswer)(response, where, target.registry, codes, note) };
        }
        const actual = (0, manifest_js_1.sha256Digest)(response.body);
        if (actual !== digest) {
            const detail = `the body's sha256 is ${actual}`;
            return { ...base, ...(0, lookup_outcome_js_1.lookupError)(where, target.registry, 'digest-mismatch', detail) };
        }
        return { ...base, status: 'present', body: response.body };
    }
    catch (error) {
        return { ...target, digest, ...(0, lookup_outcome_js_1.failureOf)(error, where, target.registry) };
    }
}


/***/ }),

/***/ 81688:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runCredentialHelper = runCredentialHelper;
/**
 * The real CredentialHelperRunner: runs `docker-credential-<name> get` as Docker does. Apart
 * from credential-helpers.ts (parsing and lookup), so that reading a Docker config never
 * loads child_process.
 */
const node_child_process_1 = __webpack_require__(31421);
const credential_helpers_js_1 = __webpack_require__(59436);
/** Whether a helper's failure is its way of saying it holds nothing for that server. */
function isNotFound(stdout, stderr) {
    return /credentials not found|not found in|no credentials/i.test(`${stdout}\n${stderr}`);
}
/**
 * Run `docker-credential-<name> get` as Docker does, with `env` (PATH finds the helper), at most
 * `timeoutMs`. "Not found" answers give undefined; a missing helper or another failure throws.
 */
function runCredentialHelper(env, timeoutMs = 30_000) {
    return (name, serverUrl) => {
        const command = `docker-credential-${(0, credential_helpers_js_1.helperName)(name, 'helper', 'config.json')}`;
        try {
            return (0, node_child_process_1.execFileSync)(command, ['get'], {
                input: serverUrl,
                env,
                encoding: 'utf8',
                timeout: timeoutMs,
                stdio: ['pipe', 'pipe', 'pipe'],
            });
        }
        catch (error) {
            const e = error;
            if (e.code === 'ENOENT')
                throw new credential_helpers_js_1.CredentialHelperError(command, 0, 'is not on PATH (named by the Docker config)');
            if (isNotFound(String(e.stdout ?? ''), String(e.stderr ?? '')))
                return undefined;
            throw new credential_helpers_js_1.CredentialHelperError(command, 0, `failed for ${serverUrl}`);
        }
    };
}


/***/ }),

/***/ 59436:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CredentialHelperError = void 0;
exports.helperServerUrl = helperServerUrl;
exports.helperName = helperName;
exports.credentialHelpersOf = credentialHelpersOf;
exports.parseHelperOutput = parseHelperOutput;
exports.helperCredentialsLookup = helperCredentialsLookup;
/**
 * Docker credential helpers, as the Docker CLI runs them: `credHelpers` names a helper per
 * registry host, `credsStore` one for every other host; for a registry, Docker runs
 * `docker-credential-<name> get` with the server address on stdin and reads
 * `{"ServerURL", "Username", "Secret"}` from stdout (Username `<token>`: Secret is an identity
 * token). Running the helper is a port, so the lookup stays testable; `runCredentialHelper`
 * (credential-helper-runner.ts, the one that loads child_process) is the real one.
 */
const errors_js_1 = __webpack_require__(37638);
const credentials_js_1 = __webpack_require__(60695);
/** A helper's name is the suffix of an executable on PATH: no path, no shell characters. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** The address Docker hands a helper: Docker Hub's legacy v1 URL, otherwise the host. */
function helperServerUrl(host) {
    return host === 'docker.io' ? 'https://index.docker.io/v1/' : host;
}
/** `value` when it is a helper name; throws FileError naming `where` in `source` otherwise. */
function helperName(value, where, source) {
    if (typeof value !== 'string' || !HELPER_NAME.test(value))
        throw new errors_js_1.FileError(source, 0, `${where} is not a credential helper name (letters, digits, . _ -)`);
    return value;
}
/** The helpers a Docker config names; throws FileError for a malformed entry. */
function credentialHelpersOf(config, source = 'config.json') {
    const byHost = new Map();
    const helpers = config.credHelpers;
    if (helpers !== undefined && (typeof helpers !== 'object' || helpers === null))
        throw new errors_js_1.FileError(source, 0, '"credHelpers" is not an object');
    for (const [key, value] of Object.entries(helpers ?? {})) {
        const host = (0, credentials_js_1.registryHostKey)(key);
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
        throw new errors_js_1.FileError(`docker-credential-${helper}`, 0, 'printed something that is not JSON');
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
        const host = (0, credentials_js_1.registryHostKey)(registry);
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
class CredentialHelperError extends errors_js_1.FileError {
    name = 'CredentialHelperError';
}
exports.CredentialHelperError = CredentialHelperError;


/***/ }),

/***/ 60695:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Registry credentials and the host names they are filed under. Docker Hub answers to several
 * names (`docker.io`, `index.docker.io`, `registry-1.docker.io`, and the `https://index.docker.io/v1/`
 * key that `docker login` writes); they all file under `docker.io`.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registryHostKey = registryHostKey;
exports.isIdentityToken = isIdentityToken;
exports.credentialsLookup = credentialsLookup;
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


/***/ }),

/***/ 48040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDockerConfig = parseDockerConfig;
/**
 * Read the `auths` of a Docker client config (`~/.docker/config.json`), as `docker login` and
 * `docker/login-action` write it. Pure: takes the file's text. Secrets never enter a message.
 */
const errors_js_1 = __webpack_require__(37638);
const credential_helpers_js_1 = __webpack_require__(59436);
const credentials_js_1 = __webpack_require__(60695);
function isObject(value) {
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
        throw new errors_js_1.FileError(source, 0, `${where}.auth is not base64 of "username:password"`);
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
    if (isObject(config.credHelpers))
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
        throw new errors_js_1.FileError(source, 0, 'is not valid JSON');
    }
    if (!isObject(config))
        throw new errors_js_1.FileError(source, 0, 'is not a JSON object');
    const auths = config.auths ?? {};
    if (!isObject(auths))
        throw new errors_js_1.FileError(source, 0, '"auths" is not an object');
    const credentials = new Map();
    const notes = options.runsHelpers ? [] : helperNotes(config);
    const helpers = (0, credential_helpers_js_1.credentialHelpersOf)(config, source);
    for (const [key, entry] of Object.entries(auths)) {
        const where = `auths[${JSON.stringify(key)}]`;
        const host = (0, credentials_js_1.registryHostKey)(key);
        if (host === undefined || !isObject(entry))
            throw new errors_js_1.FileError(source, 0, `${where} is not a registry entry`);
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


/***/ }),

/***/ 34592:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The error body of the distribution API: `{"errors": [{"code", "message", "detail"}]}`.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.distributionErrorsOf = distributionErrorsOf;
exports.describeDistributionErrors = describeDistributionErrors;
exports.describeHttpAnswer = describeHttpAnswer;
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


/***/ }),

/***/ 25741:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TransportError = void 0;
exports.isRetriableTransportError = isRetriableTransportError;
exports.createNodeTransport = createNodeTransport;
/**
 * The one door to the network: an HTTP exchange with the whole body read into memory, a
 * deadline, and keep-alive connections (`node:http`/`node:https` agents, no dependencies).
 * Node's `fetch` closes its socket after a HEAD; these agents keep sockets for reuse.
 */
const node_http_1 = __importDefault(__webpack_require__(37067));
const node_https_1 = __importDefault(__webpack_require__(44708));
const node_tls_1 = __importDefault(__webpack_require__(41692));
const errors_js_1 = __webpack_require__(37638);
/** A failed exchange that produced no HTTP answer. `code` is Node's (`ECONNRESET` …) or ours. */
class TransportError extends errors_js_1.PromoteError {
    code;
    url;
    name = 'TransportError';
    constructor(code, url, detail) {
        super(detail);
        this.code = code;
        this.url = url;
    }
}
exports.TransportError = TransportError;
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
    const client = url.startsWith('https:') ? node_https_1.default : node_http_1.default;
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
    const httpAgent = new node_http_1.default.Agent({ keepAlive: true, maxSockets, scheduling: 'lifo' });
    const httpsAgent = new node_https_1.default.Agent({
        keepAlive: true,
        maxSockets,
        scheduling: 'lifo',
        ...(options.ca === undefined ? {} : { ca: [...node_tls_1.default.rootCertificates, options.ca] }),
    });
    return {
        request: (request) => exchange(request.url.startsWith('https:') ? httpsAgent : httpAgent, request),
        close() {
            httpAgent.destroy();
            httpsAgent.destroy();
        },
    };
}


/***/ }),

/***/ 37317:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RETRY_POLICY = exports.repositoryTarget = exports.manifestTarget = exports.describeTarget = exports.registryBaseUrl = exports.isInsecureRegistry = exports.createRegistryClient = exports.RegistryAuthLineError = exports.parseRegistryAuth = exports.maskRegistryAuthLine = exports.OCI_MANIFEST = exports.OCI_INDEX = exports.MANIFEST_ACCEPT = exports.DOCKER_MANIFEST_LIST = exports.DOCKER_MANIFEST = exports.sha256Digest = exports.formatPlatform = exports.TransportError = exports.createNodeTransport = exports.parseDockerConfig = exports.runCredentialHelper = exports.parseHelperOutput = exports.helperServerUrl = exports.helperCredentialsLookup = exports.credentialHelpersOf = exports.CredentialHelperError = exports.registryHostKey = exports.isIdentityToken = exports.credentialsLookup = exports.parseAuthChallenges = exports.bearerChallengeOf = void 0;
/**
 * The registry client's public surface, for `packages/core/src/index.ts` to re-export.
 * Internals (sender, limiter, transport plumbing) stay reachable by path for tests.
 */
var auth_challenge_js_1 = __webpack_require__(15435);
Object.defineProperty(exports, "bearerChallengeOf", ({ enumerable: true, get: function () { return auth_challenge_js_1.bearerChallengeOf; } }));
Object.defineProperty(exports, "parseAuthChallenges", ({ enumerable: true, get: function () { return auth_challenge_js_1.parseAuthChallenges; } }));
var credentials_js_1 = __webpack_require__(60695);
Object.defineProperty(exports, "credentialsLookup", ({ enumerable: true, get: function () { return credentials_js_1.credentialsLookup; } }));
Object.defineProperty(exports, "isIdentityToken", ({ enumerable: true, get: function () { return credentials_js_1.isIdentityToken; } }));
Object.defineProperty(exports, "registryHostKey", ({ enumerable: true, get: function () { return credentials_js_1.registryHostKey; } }));
var credential_helpers_js_1 = __webpack_require__(59436);
Object.defineProperty(exports, "CredentialHelperError", ({ enumerable: true, get: function () { return credential_helpers_js_1.CredentialHelperError; } }));
Object.defineProperty(exports, "credentialHelpersOf", ({ enumerable: true, get: function () { return credential_helpers_js_1.credentialHelpersOf; } }));
Object.defineProperty(exports, "helperCredentialsLookup", ({ enumerable: true, get: function () { return credential_helpers_js_1.helperCredentialsLookup; } }));
Object.defineProperty(exports, "helperServerUrl", ({ enumerable: true, get: function () { return credential_helpers_js_1.helperServerUrl; } }));
Object.defineProperty(exports, "parseHelperOutput", ({ enumerable: true, get: function () { return credential_helpers_js_1.parseHelperOutput; } }));
var credential_helper_runner_js_1 = __webpack_require__(81688);
Object.defineProperty(exports, "runCredentialHelper", ({ enumerable: true, get: function () { return credential_helper_runner_js_1.runCredentialHelper; } }));
var docker_config_js_1 = __webpack_require__(48040);
Object.defineProperty(exports, "parseDockerConfig", ({ enumerable: true, get: function () { return docker_config_js_1.parseDockerConfig; } }));
var http_transport_js_1 = __webpack_require__(25741);
Object.defineProperty(exports, "createNodeTransport", ({ enumerable: true, get: function () { return http_transport_js_1.createNodeTransport; } }));
Object.defineProperty(exports, "TransportError", ({ enumerable: true, get: function () { return http_transport_js_1.TransportError; } }));
var manifest_js_1 = __webpack_require__(78372);
Object.defineProperty(exports, "formatPlatform", ({ enumerable: true, get: function () { return manifest_js_1.formatPlatform; } }));
Object.defineProperty(exports, "sha256Digest", ({ enumerable: true, get: function () { return manifest_js_1.sha256Digest; } }));
var media_types_js_1 = __webpack_require__(52969);
Object.defineProperty(exports, "DOCKER_MANIFEST", ({ enumerable: true, get: function () { return media_types_js_1.DOCKER_MANIFEST; } }));
Object.defineProperty(exports, "DOCKER_MANIFEST_LIST", ({ enumerable: true, get: function () { return media_types_js_1.DOCKER_MANIFEST_LIST; } }));
Object.defineProperty(exports, "MANIFEST_ACCEPT", ({ enumerable: true, get: function () { return media_types_js_1.MANIFEST_ACCEPT; } }));
Object.defineProperty(exports, "OCI_INDEX", ({ enumerable: true, get: function () { return media_types_js_1.OCI_INDEX; } }));
Object.defineProperty(exports, "OCI_MANIFEST", ({ enumerable: true, get: function () { return media_types_js_1.OCI_MANIFEST; } }));
var registry_auth_input_js_1 = __webpack_require__(34840);
Object.defineProperty(exports, "maskRegistryAuthLine", ({ enumerable: true, get: function () { return registry_auth_input_js_1.maskRegistryAuthLine; } }));
Object.defineProperty(exports, "parseRegistryAuth", ({ enumerable: true, get: function () { return registry_auth_input_js_1.parseRegistryAuth; } }));
Object.defineProperty(exports, "RegistryAuthLineError", ({ enumerable: true, get: function () { return registry_auth_input_js_1.RegistryAuthLineError; } }));
var registry_client_js_1 = __webpack_require__(6380);
Object.defineProperty(exports, "createRegistryClient", ({ enumerable: true, get: function () { return registry_client_js_1.createRegistryClient; } }));
var registry_endpoint_js_1 = __webpack_require__(70530);
Object.defineProperty(exports, "isInsecureRegistry", ({ enumerable: true, get: function () { return registry_endpoint_js_1.isInsecureRegistry; } }));
Object.defineProperty(exports, "registryBaseUrl", ({ enumerable: true, get: function () { return registry_endpoint_js_1.registryBaseUrl; } }));
var registry_lookup_js_1 = __webpack_require__(28969);
Object.defineProperty(exports, "describeTarget", ({ enumerable: true, get: function () { return registry_lookup_js_1.describeTarget; } }));
Object.defineProperty(exports, "manifestTarget", ({ enumerable: true, get: function () { return registry_lookup_js_1.manifestTarget; } }));
Object.defineProperty(exports, "repositoryTarget", ({ enumerable: true, get: function () { return registry_lookup_js_1.repositoryTarget; } }));
var retry_js_1 = __webpack_require__(66371);
Object.defineProperty(exports, "DEFAULT_RETRY_POLICY", ({ enumerable: true, get: function () { return retry_js_1.DEFAULT_RETRY_POLICY; } }));


/***/ }),

/***/ 95273:
/***/ ((__unused_webpack_module, exports) => {


/** A counting semaphore: at most `concurrency` tasks run at once, the rest wait in order. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createLimiter = createLimiter;
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


/***/ }),

/***/ 51798:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lookupError = lookupError;
exports.failureOf = failureOf;
exports.failureOfAnswer = failureOfAnswer;
/**
 * Turn what a registry answered (or failed to answer) into a lookup outcome, failing closed:
 * `missing` only for a 404 carrying one of the expected distribution error codes.
 */
const auth_challenge_js_1 = __webpack_require__(15435);
const error_body_js_1 = __webpack_require__(34592);
const token_service_js_1 = __webpack_require__(53706);
const request_sender_js_1 = __webpack_require__(40748);
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
    if (error instanceof request_sender_js_1.RegistryRequestError)
        return lookupError(where, registry, error.reason, error.message, error.httpStatus);
    if (error instanceof token_service_js_1.RegistryAuthError)
        return lookupError(where, registry, error.reason, error.message);
    throw error;
}
/**
 * The outcome of an answer other than 200: `missing` for a 404 with one of `missingCodes`,
 * else an error; `authNote` says how we authenticated, for 401 and 403.
 */
function failureOfAnswer(response, where, registry, missingCodes, authNote) {
    const answer = (0, error_body_js_1.describeHttpAnswer)(response.status, response.body);
    const { status } = response;
    if (status === 404) {
        const errors = (0, error_body_js_1.distributionErrorsOf)(response.body);
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
        const challenge = (0, auth_challenge_js_1.bearerChallengeOf)((0, auth_challenge_js_1.parseAuthChallenges)(response.headers['www-authenticate']));
        const said = challenge?.error ? ` [${challenge.error}]` : '';
        const reason = status === 401 ? 'unauthorized' : 'forbidden';
        return lookupError(where, registry, reason, `${answer}${said}; ${authNote}`, status);
    }
    return lookupError(where, registry, 'bad-response', answer, status);
}


/***/ }),

/***/ 56255:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestOutcome = manifestOutcome;
exports.fetchManifest = fetchManifest;
/** Fetch one manifest and classify the answer, checking the digest of what was served. */
const reference_js_1 = __webpack_require__(14548);
const lookup_outcome_js_1 = __webpack_require__(51798);
const manifest_js_1 = __webpack_require__(78372);
const media_types_js_1 = __webpack_require__(52969);
const registry_lookup_js_1 = __webpack_require__(28969);
/** distribution's own limit on manifest size. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * Present only when the answer is 200, its body hashes to the asked digest (for a digest) and
 * to `Docker-Content-Digest` (when sent), and it is an index or an image manifest.
 */
function manifestOutcome(target, response, authNote) {
    const where = (0, registry_lookup_js_1.describeTarget)(target);
    const { registry } = target;
    const fail = (reason, detail) => ({
        target,
        ...(0, lookup_outcome_js_1.lookupError)(where, registry, reason, detail),
    });
    if (response.status !== 200) {
        const codes = ['MANIFEST_UNKNOWN', 'NAME_UNKNOWN'];
        return { target, ...(0, lookup_outcome_js_1.failureOfAnswer)(response, where, registry, codes, authNote) };
    }
    const digest = (0, manifest_js_1.sha256Digest)(response.body);
    const announced = response.headers['docker-content-digest'];
    if ((0, reference_js_1.isValidDigest)(target.reference) && digest !== target.reference)
        return fail('digest-mismatch', `the body's sha256 is ${digest}`);
    if (announced !== undefined && announced !== digest)
        return fail('digest-mismatch', `Docker-Content-Digest ${announced} is not the body's sha256 ${digest}`);
    try {
        const description = (0, manifest_js_1.describeManifest)(response.body, response.headers['content-type']);
        const manifest = { digest, size: response.body.length, ...description };
        return { target, status: 'present', manifest };
    }
    catch (error) {
        if (!(error instanceof manifest_js_1.ManifestFormatError))
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
            headers: { accept: media_types_js_1.MANIFEST_ACCEPT },
            maxBodyBytes: MAX_MANIFEST_BYTES,
        });
        return manifestOutcome(target, response, requests.authNote(target.registry));
    }
    catch (error) {
        return { target, ...(0, lookup_outcome_js_1.failureOf)(error, (0, registry_lookup_js_1.describeTarget)(target), target.registry) };
    }
}


/***/ }),

/***/ 69877:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fetchManifestBody = fetchManifestBody;
exports.pushManifest = pushManifest;
/**
 * A manifest's exact bytes, and a manifest PUT under a tag: what a retag needs. The bytes
 * are sent as served, with their media type, so the digest cannot change (an index stays an
 * index and no blob moves).
 */
const lookup_outcome_js_1 = __webpack_require__(51798);
const manifest_js_1 = __webpack_require__(78372);
const manifest_lookup_js_1 = __webpack_require__(56255);
const media_types_js_1 = __webpack_require__(52969);
const registry_lookup_js_1 = __webpack_require__(28969);
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** `GET` a manifest and keep its bytes; checked as `lookupManifest` checks it. */
async function fetchManifestBody(requests, target) {
    try {
        const response = await requests.send('manifest', target, {
            method: 'GET',
            url: `${requests.repositoryUrl(target)}/manifests/${target.reference}`,
            headers: { accept: media_types_js_1.MANIFEST_ACCEPT },
            maxBodyBytes: MAX_MANIFEST_BYTES,
        });
        const outcome = (0, manifest_lookup_js_1.manifestOutcome)(target, response, requests.authNote(target.registry));
        return outcome.status === 'present' ? { ...outcome, body: response.body } : outcome;
    }
    catch (error) {
        return { target, ...(0, lookup_outcome_js_1.failureOf)(error, (0, registry_lookup_js_1.describeTarget)(target), target.registry) };
    }
}
/** The registry's `Docker-Content-Digest` must be the sha256 of what we sent. */
function confirmedDigest(announced, sent) {
    return announced === undefined || announced === sent ? sent : undefined;
}
/** `PUT /v2/<name>/manifests/<tag>` with the bytes and media type given, under push scope. */
async function pushManifest(requests, target, body, mediaType) {
    const where = (0, registry_lookup_js_1.describeTarget)(target);
    const digest = (0, manifest_js_1.sha256Digest)(body);
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
                ...(0, lookup_outcome_js_1.failureOfAnswer)(response, where, target.registry, [], requests.authNote(target.registry)),
            };
        const confirmed = confirmedDigest(response.headers['docker-content-digest'], digest);
        if (confirmed === undefined)
            return { target, ...mismatch(where, target, response, digest) };
        return { target, status: 'pushed', digest: confirmed };
    }
    catch (error) {
        return { target, ...(0, lookup_outcome_js_1.failureOf)(error, where, target.registry) };
    }
}
function mismatch(where, target, response, digest) {
    const announced = response.headers['docker-content-digest'] ?? '';
    return (0, lookup_outcome_js_1.lookupError)(where, target.registry, 'digest-mismatch', `the registry stored ${announced}, not the sha256 of the bytes sent ${digest}`);
}


/***/ }),

/***/ 78372:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ManifestFormatError = void 0;
exports.sha256Digest = sha256Digest;
exports.formatPlatform = formatPlatform;
exports.describeManifest = describeManifest;
exports.platformOfImageConfig = platformOfImageConfig;
/**
 * Read what matters in a manifest body: its media type, its kind, the platforms of an index,
 * the config of an image manifest, and the platform of an image config. Pure.
 */
const node_crypto_1 = __webpack_require__(77598);
const errors_js_1 = __webpack_require__(37638);
const media_types_js_1 = __webpack_require__(52969);
/** A manifest body that is not a manifest we understand. */
class ManifestFormatError extends errors_js_1.PromoteError {
    name = 'ManifestFormatError';
}
exports.ManifestFormatError = ManifestFormatError;
/** `sha256:<hex>` of the bytes. */
function sha256Digest(data) {
    return `sha256:${(0, node_crypto_1.createHash)('sha256').update(data).digest('hex')}`;
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
    if ((0, media_types_js_1.bareMediaType)(mediaType) === media_types_js_1.DOCKER_SCHEMA1_SIGNED || manifest.schemaVersion === 1)
        throw new ManifestFormatError('schema 1 manifests are not supported (their digest cannot be checked)');
    const kind = mediaType === '' ? undefined : (0, media_types_js_1.manifestKindOf)(mediaType);
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
    const mediaType = typeof manifest.mediaType === 'string' ? manifest.mediaType : (0, media_types_js_1.bareMediaType)(contentType);
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


/***/ }),

/***/ 52969:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The manifest media types of the OCI image spec and Docker's v2 schema 2, and what kind of
 * manifest each one is.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MANIFEST_ACCEPT = exports.DOCKER_SCHEMA1_SIGNED = exports.OCI_IMAGE_CONFIG = exports.DOCKER_IMAGE_CONFIG = exports.OCI_INDEX = exports.OCI_MANIFEST = exports.DOCKER_MANIFEST_LIST = exports.DOCKER_MANIFEST = void 0;
exports.bareMediaType = bareMediaType;
exports.manifestKindOf = manifestKindOf;
exports.isImageConfigMediaType = isImageConfigMediaType;
exports.DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
exports.DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
exports.OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
exports.OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
exports.DOCKER_IMAGE_CONFIG = 'application/vnd.docker.container.image.v1+json';
exports.OCI_IMAGE_CONFIG = 'application/vnd.oci.image.config.v1+json';
exports.DOCKER_SCHEMA1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';
/** The `Accept` header of a manifest request: all four manifest media types. */
exports.MANIFEST_ACCEPT = [
    exports.OCI_INDEX,
    exports.DOCKER_MANIFEST_LIST,
    exports.OCI_MANIFEST,
    exports.DOCKER_MANIFEST,
].join(', ');
/** The media type without parameters, lowercased: `application/json; charset=utf-8` → `application/json`. */
function bareMediaType(value) {
    return (value.split(';')[0] ?? '').trim().toLowerCase();
}
/** The kind of manifest a media type denotes, or undefined for any other type. */
function manifestKindOf(mediaType) {
    const bare = bareMediaType(mediaType);
    if (bare === exports.OCI_INDEX || bare === exports.DOCKER_MANIFEST_LIST)
        return 'index';
    if (bare === exports.OCI_MANIFEST || bare === exports.DOCKER_MANIFEST)
        return 'manifest';
    return undefined;
}
/** Whether a config media type is an image config that carries `os` and `architecture`. */
function isImageConfigMediaType(mediaType) {
    const bare = bareMediaType(mediaType);
    return bare === exports.OCI_IMAGE_CONFIG || bare === exports.DOCKER_IMAGE_CONFIG;
}


/***/ }),

/***/ 27831:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sharedPromise = sharedPromise;
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


/***/ }),

/***/ 34840:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegistryAuthLineError = void 0;
exports.maskRegistryAuthLine = maskRegistryAuthLine;
exports.parseRegistryAuth = parseRegistryAuth;
/**
 * The `registry-auth` input: one `host=username:password` per line, blank lines and `#`
 * comments ignored. A password never appears in an error: the line is quoted with it as `***`.
 */
const errors_js_1 = __webpack_require__(37638);
const credentials_js_1 = __webpack_require__(60695);
const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::[0-9]{1,5})?$/;
const EXPECTED = 'must be host=username:password';
/** A `registry-auth` line that broke the syntax; `value` is the line with its secret masked. */
class RegistryAuthLineError extends errors_js_1.InputError {
    line;
    name = 'RegistryAuthLineError';
    constructor(input, line, masked, detail) {
        super(input, masked, `(line ${line}) ${detail}`);
        this.line = line;
    }
}
exports.RegistryAuthLineError = RegistryAuthLineError;
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
        const host = (0, credentials_js_1.registryHostKey)(entry.slice(0, eq));
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


/***/ }),

/***/ 51165:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAuthenticator = createAuthenticator;
/**
 * Authorization for registry requests. A first `GET /v2/` per registry learns its challenge;
 * `Basic` sends the caller's credentials, `Bearer` fetches a token from the realm (anonymously
 * or with the credentials) and caches one token per registry and scope until it expires.
 */
const auth_challenge_js_1 = __webpack_require__(15435);
const credentials_js_1 = __webpack_require__(60695);
const error_body_js_1 = __webpack_require__(34592);
const registry_endpoint_js_1 = __webpack_require__(70530);
const token_service_js_1 = __webpack_require__(53706);
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
        const url = `${(0, registry_endpoint_js_1.registryBaseUrl)(registry, insecureRegistries)}/v2/`;
        const response = await sender.send({
            kind: 'ping',
            method: 'GET',
            url,
            headers: { 'user-agent': userAgent },
            maxBodyBytes: SMALL_BODY,
        });
        if (response.status === 200)
            return { kind: 'none' };
        const found = (0, auth_challenge_js_1.parseAuthChallenges)(response.headers['www-authenticate']);
        const bearer = (0, auth_challenge_js_1.bearerChallengeOf)(found);
        if (response.status === 401 && bearer)
            return { kind: 'bearer', bearer };
        if (response.status === 401 && (0, auth_challenge_js_1.offersBasic)(found))
            return { kind: 'basic' };
        const what = (0, error_body_js_1.describeHttpAnswer)(response.status, response.body);
        throw new token_service_js_1.RegistryAuthError('bad-response', registry, response.status === 401
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
    const requestToken = (registry, bearer, scopes) => (0, token_service_js_1.fetchToken)(tokenContext, {
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
            return credentials !== undefined && !(0, credentials_js_1.isIdentityToken)(credentials)
                ? (0, token_service_js_1.basicHeader)(credentials.username, credentials.password)
                : undefined;
        },
        async renew(registry, scope, response, used) {
            const found = (0, auth_challenge_js_1.parseAuthChallenges)(response.headers['www-authenticate']);
            const bearer = (0, auth_challenge_js_1.bearerChallengeOf)(found);
            if (bearer !== undefined) {
                challenges.set(registry, Promise.resolve({ kind: 'bearer', bearer }));
                return renewBearer(registry, scope, bearer, used);
            }
            const credentials = credentialsFor(registry);
            if (!(0, auth_challenge_js_1.offersBasic)(found) || used !== undefined || credentials === undefined)
                return undefined;
            if ((0, credentials_js_1.isIdentityToken)(credentials))
                return undefined;
            challenges.set(registry, Promise.resolve({ kind: 'basic' }));
            return (0, token_service_js_1.basicHeader)(credentials.username, credentials.password);
        },
        describe,
    };
}


/***/ }),

/***/ 6380:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRegistryClient = createRegistryClient;
/**
 * An OCI distribution API client: manifests by digest or tag, tags lists, blobs. Each unique
 * digest is asked for once (concurrent and later callers share the answer), requests run
 * under a concurrency bound with retries and a deadline, and every outcome is `present`,
 * `missing` or `error` (see registry-lookup.ts). All I/O goes through an `HttpTransport`.
 */
const reference_js_1 = __webpack_require__(14548);
const blob_lookup_js_1 = __webpack_require__(23877);
const http_transport_js_1 = __webpack_require__(25741);
const limiter_js_1 = __webpack_require__(95273);
const manifest_js_1 = __webpack_require__(78372);
const manifest_lookup_js_1 = __webpack_require__(56255);
const manifest_push_js_1 = __webpack_require__(69877);
const media_types_js_1 = __webpack_require__(52969);
const promise_cache_js_1 = __webpack_require__(27831);
const registry_auth_js_1 = __webpack_require__(51165);
const registry_lookup_js_1 = __webpack_require__(28969);
const registry_requests_js_1 = __webpack_require__(86137);
const request_sender_js_1 = __webpack_require__(40748);
const retry_js_1 = __webpack_require__(66371);
const tag_lookup_js_1 = __webpack_require__(90928);
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
    const transport = options.transport ?? (0, http_transport_js_1.createNodeTransport)({ maxSockets: concurrency });
    const sender = (0, request_sender_js_1.createRequestSender)({
        transport,
        limiter: (0, limiter_js_1.createLimiter)(concurrency),
        retry: { ...retry_js_1.DEFAULT_RETRY_POLICY, ...options.retry },
        timeoutMs: options.timeoutMs ?? 30_000,
        random: options.random ?? Math.random,
        sleep: options.sleep ?? sleepFor,
        now,
        ...(options.totalTimeoutMs === undefined ? {} : { deadline: now() + options.totalTimeoutMs }),
        ...(options.onRequest === undefined ? {} : { onRequest: options.onRequest }),
        ...(options.onSecret === undefined ? {} : { onSecret: options.onSecret }),
    });
    const credentialsFor = options.credentialsFor ?? (() => undefined);
    const auth = (0, registry_auth_js_1.createAuthenticator)({ sender, credentialsFor, insecureRegistries, userAgent, now });
    const requests = (0, registry_requests_js_1.createRegistryRequests)({ sender, auth, insecureRegistries, userAgent });
    const byDigest = new Map();
    const byTag = new Map();
    const platforms = new Map();
    const blobs = new Map();
    const blobBodies = new Map();
    const tagLists = new Map();
    /** The manifest, once per digest; a tag is asked afresh once its answer is in. */
    function manifestOnce(target) {
        const key = keyOf(target, target.reference);
        if ((0, reference_js_1.isValidDigest)(target.reference))
            return (0, promise_cache_js_1.sharedPromise)(byDigest, key, true, () => (0, manifest_lookup_js_1.fetchManifest)(requests, target));
        return (0, promise_cache_js_1.sharedPromise)(byTag, key, false, async () => {
            const found = await (0, manifest_lookup_js_1.fetchManifest)(requests, target);
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
            return { platform: (0, manifest_js_1.platformOfImageConfig)(blob.body) };
        }
        catch (error) {
            if (!(error instanceof manifest_js_1.ManifestFormatError))
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
        const read = (0, media_types_js_1.isImageConfigMediaType)(config.mediaType)
            ? await (0, promise_cache_js_1.sharedPromise)(platforms, keyOf(found.target, config.digest), true, () => readPlatform(found.target, config.digest))
            : { problem: `config media type ${JSON.stringify(config.mediaType)} is not an image config` };
        const manifest = 'platform' in read
            ? { ...found.manifest, platforms: [read.platform] }
            : { ...found.manifest, platformProblem: read.problem };
        return { ...found, manifest };
    }
    const client = {
        async lookupManifest(image, lookupOptions = {}) {
            const found = await manifestOnce((0, registry_lookup_js_1.toManifestTarget)(image));
            return lookupOptions.platform ? withPlatform(found) : found;
        },
        listTags(repository, listOptions = {}) {
            const target = (0, registry_lookup_js_1.toRepositoryTarget)(repository);
            const key = `${keyOf(target, '')} ${listOptions.pageSize ?? ''}`;
            return (0, promise_cache_js_1.sharedPromise)(tagLists, key, false, () => (0, tag_lookup_js_1.fetchTags)(requests, target, listOptions));
        },
        lookupBlob(repository, digest) {
            const target = (0, registry_lookup_js_1.toRepositoryTarget)(repository);
            const key = keyOf(target, (0, registry_lookup_js_1.checkedDigest)(digest));
            return (0, promise_cache_js_1.sharedPromise)(blobs, key, true, () => (0, blob_lookup_js_1.headBlob)(requests, target, digest));
        },
        fetchBlob(repository, digest, maxBytes = MAX_CONFIG_BYTES) {
            const target = (0, registry_lookup_js_1.toRepositoryTarget)(repository);
            const key = `${keyOf(target, (0, registry_lookup_js_1.checkedDigest)(digest))} ${maxBytes}`;
            return (0, promise_cache_js_1.sharedPromise)(blobBodies, key, false, () => (0, blob_lookup_js_1.getBlob)(requests, target, digest, maxBytes));
        },
        fetchManifestBody: (image) => (0, manifest_push_js_1.fetchManifestBody)(requests, (0, registry_lookup_js_1.toManifestTarget)(image)),
        putManifest: (target, body, mediaType) => (0, manifest_push_js_1.pushManifest)(requests, (0, registry_lookup_js_1.toManifestTarget)(target), body, mediaType),
        requestCounts: () => sender.counts(),
        scrub: (text) => sender.secrets.scrub(text),
        close: () => transport.close(),
    };
    return client;
}


/***/ }),

/***/ 70530:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Where a registry's distribution API lives: `https://<host>` for every registry except those
 * listed as insecure (plain HTTP, for loopback and test registries), and Docker Hub, whose API
 * is served by `registry-1.docker.io`.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hostnameOf = hostnameOf;
exports.isInsecureRegistry = isInsecureRegistry;
exports.registryBaseUrl = registryBaseUrl;
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


/***/ }),

/***/ 28969:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestTarget = manifestTarget;
exports.repositoryTarget = repositoryTarget;
exports.describeTarget = describeTarget;
exports.toManifestTarget = toManifestTarget;
exports.toRepositoryTarget = toRepositoryTarget;
exports.checkedDigest = checkedDigest;
/**
 * What a registry lookup reports. Every outcome is one of three, and the client fails closed:
 * `present` only when the registry served the object and its digest checks out, `missing` only
 * when the registry said so in the distribution API's own words, `error` whenever the truth is
 * unknown. Messages name the registry and say why.
 */
const errors_js_1 = __webpack_require__(37638);
const reference_js_1 = __webpack_require__(14548);
/**
 * The manifest to look up for an image reference: by digest when it has one (unless
 * `by: 'tag'`), else by its tag, else `latest`. Parses text with `parseReference`.
 */
function manifestTarget(image, by) {
    const ref = typeof image === 'string' ? (0, reference_js_1.parseReference)(image) : image;
    const reference = by === 'tag' ? (ref.tag ?? 'latest') : (ref.digest ?? ref.tag ?? 'latest');
    return { registry: (0, reference_js_1.registryOf)(ref), repository: (0, reference_js_1.registryPathOf)(ref), reference };
}
/** The repository of an image reference or repository name, in registry terms. */
function repositoryTarget(image) {
    const { registry, repository } = manifestTarget(image);
    return { registry, repository };
}
/** `registry/repository@digest` or `registry/repository:tag`. */
function describeTarget(target) {
    const separator = (0, reference_js_1.isValidDigest)(target.reference) ? '@' : ':';
    return `${target.registry}/${target.repository}${separator}${target.reference}`;
}
const PATH_RE = /^[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[_.]|__|-+)[a-z0-9]+)*)*$/;
function isObject(value) {
    return typeof value === 'object' && value !== null;
}
/** A repository target whose path is a valid repository path; throws InvalidReferenceError. */
function checkedRepository(target) {
    if (!PATH_RE.test(target.repository))
        throw new errors_js_1.InvalidReferenceError(target.repository, 'it is not a repository path');
    return { registry: target.registry, repository: target.repository };
}
/** A manifest target from text, a parsed reference or a target; throws InvalidReferenceError. */
function toManifestTarget(image) {
    const target = isObject(image) && 'reference' in image ? image : manifestTarget(image);
    checkedRepository(target);
    if (!(0, reference_js_1.isValidDigest)(target.reference) && !(0, reference_js_1.isValidTag)(target.reference))
        throw new errors_js_1.InvalidReferenceError(target.reference, 'it is neither a digest nor a tag');
    return target;
}
/** A repository target from text, a parsed reference or a target; throws InvalidReferenceError. */
function toRepositoryTarget(repository) {
    const isTarget = isObject(repository) && 'registry' in repository && 'repository' in repository;
    return checkedRepository(isTarget ? repository : repositoryTarget(repository));
}
/** The digest, if it is a sha256 digest; throws InvalidReferenceError. */
function checkedDigest(digest) {
    if (!(0, reference_js_1.isValidDigest)(digest))
        throw new errors_js_1.InvalidReferenceError(digest, 'it is not a sha256 digest');
    return digest;
}


/***/ }),

/***/ 86137:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRegistryRequests = createRegistryRequests;
const registry_endpoint_js_1 = __webpack_require__(70530);
function createRegistryRequests(options) {
    const { sender, auth, insecureRegistries, userAgent } = options;
    return {
        repositoryUrl: (target) => `${(0, registry_endpoint_js_1.registryBaseUrl)(target.registry, insecureRegistries)}/v2/${target.repository}`,
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


/***/ }),

/***/ 40748:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegistryRequestError = void 0;
exports.emptyRequestCounts = emptyRequestCounts;
exports.createRequestSender = createRequestSender;
/**
 * Send one logical request: through the concurrency limiter, retried with backoff on 429,
 * transient 5xx and connection failures, following redirects, and counted by kind.
 */
const errors_js_1 = __webpack_require__(37638);
const http_transport_js_1 = __webpack_require__(25741);
const retry_js_1 = __webpack_require__(66371);
const error_body_js_1 = __webpack_require__(34592);
const secret_scrubber_js_1 = __webpack_require__(14318);
/** A request that failed for good: the network failed or the server kept failing. */
class RegistryRequestError extends errors_js_1.PromoteError {
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
exports.RegistryRequestError = RegistryRequestError;
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
    const secrets = (0, secret_scrubber_js_1.createSecretScrubber)(options.onSecret);
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
                if (!(error instanceof http_transport_js_1.TransportError))
                    throw error;
                if (now() >= deadline)
                    throw outOfTime(request, attempt + 1, error.message.trim());
                if (last || !(0, http_transport_js_1.isRetriableTransportError)(error))
                    throw new RegistryRequestError(failureReasonOf(error), request.url, attempt + 1, `${error.message.trim()}${hintFor(error)}`);
                await waitToRetry((0, retry_js_1.retryDelayMs)(attempt, retry, random), request, attempt + 1, error.message);
                continue;
            }
            if (!(0, retry_js_1.isRetriableStatus)(response.status))
                return response;
            const reason = response.status === 429 ? 'rate-limited' : 'server-error';
            const retryAfterMs = (0, retry_js_1.parseRetryAfter)(response.headers['retry-after'], now());
            const answer = (0, error_body_js_1.describeHttpAnswer)(response.status, response.body);
            if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs)
                throw new RegistryRequestError(reason, request.url, attempt + 1, `${answer}, Retry-After ${Math.ceil(retryAfterMs / 1000)} s is longer than we wait`, response.status);
            if (last)
                throw new RegistryRequestError(reason, request.url, attempt + 1, answer, response.status);
            await waitToRetry((0, retry_js_1.retryDelayMs)(attempt, retry, random, retryAfterMs), request, attempt + 1, answer);
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


/***/ }),

/***/ 66371:
/***/ ((__unused_webpack_module, exports) => {


/**
 * When to retry a registry request and how long to wait: exponential backoff with jitter,
 * at least as long as the server's `Retry-After`. Pure.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RETRY_POLICY = void 0;
exports.isRetriableStatus = isRetriableStatus;
exports.backoffDelayMs = backoffDelayMs;
exports.parseRetryAfter = parseRetryAfter;
exports.retryDelayMs = retryDelayMs;
exports.DEFAULT_RETRY_POLICY = {
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


/***/ }),

/***/ 14318:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The secrets a registry client sent (passwords, base64 `user:pass`, Bearer tokens), learnt from
 * every Authorization header it writes, so that a server that echoes them back in an error body
 * cannot get them into a message, an output, a summary or a report.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCRUBBED = void 0;
exports.createSecretScrubber = createSecretScrubber;
/** What a scrubber replaces each secret with. */
exports.SCRUBBED = '***';
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
        scrub: (text) => ordered.reduce((out, secret) => out.split(secret).join(exports.SCRUBBED), text),
        holdsSecret: (text) => ordered.some((secret) => text.includes(secret)),
    };
}


/***/ }),

/***/ 90928:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fetchTags = fetchTags;
/** List a repository's tags, following `Link` pages on the same host. */
const lookup_outcome_js_1 = __webpack_require__(51798);
const tags_list_js_1 = __webpack_require__(55149);
const MAX_PAGE_BYTES = 16 * 1024 * 1024;
async function fetchTags(requests, target, options = {}) {
    const where = `${target.registry}/${target.repository}`;
    const fail = (detail) => ({
        ...target,
        ...(0, lookup_outcome_js_1.lookupError)(where, target.registry, 'bad-response', detail),
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
                    ...(0, lookup_outcome_js_1.failureOfAnswer)(response, where, target.registry, ['NAME_UNKNOWN'], note),
                };
            }
            const pageTags = (0, tags_list_js_1.tagsOfBody)(response.body);
            if (pageTags === undefined)
                return fail('the tags list is not {"tags": [...]}');
            tags.push(...pageTags);
            url = (0, tags_list_js_1.nextPageUrl)(response.headers.link, url);
        }
    }
    catch (error) {
        return { ...target, ...(0, lookup_outcome_js_1.failureOf)(error, where, target.registry) };
    }
    return { ...target, status: 'present', tags };
}


/***/ }),

/***/ 55149:
/***/ ((__unused_webpack_module, exports) => {


/** The tags-list answer of the distribution API and its `Link` pagination. Pure. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tagsOfBody = tagsOfBody;
exports.nextPageUrl = nextPageUrl;
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


/***/ }),

/***/ 53706:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegistryAuthError = void 0;
exports.basicHeader = basicHeader;
exports.tokenOfAnswer = tokenOfAnswer;
exports.realmUrl = realmUrl;
exports.fetchToken = fetchToken;
/**
 * The token half of the Bearer flow: ask the challenge's realm for a token for some scopes,
 * anonymously, with Basic credentials (`GET`), or with an identity token (OAuth2 `POST`,
 * `grant_type=refresh_token`). Accepts `token` or `access_token` in the answer.
 */
const errors_js_1 = __webpack_require__(37638);
const credentials_js_1 = __webpack_require__(60695);
const error_body_js_1 = __webpack_require__(34592);
const registry_endpoint_js_1 = __webpack_require__(70530);
const request_sender_js_1 = __webpack_require__(40748);
/** The registry's auth handshake failed: the ping, or the token service. */
class RegistryAuthError extends errors_js_1.PromoteError {
    reason;
    registry;
    name = 'RegistryAuthError';
    constructor(reason, registry, detail) {
        super(detail);
        this.reason = reason;
        this.registry = registry;
    }
}
exports.RegistryAuthError = RegistryAuthError;
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
    if (url.protocol === 'http:' && (0, registry_endpoint_js_1.isInsecureRegistry)(url.host, insecure))
        return url;
    throw new RegistryAuthError('bad-response', registry, `${registry} names the token realm ${realm}, which is not HTTPS and not an insecure registry`);
}
/** The request to send to the realm: GET with query and Basic, or an OAuth2 refresh POST. */
function realmRequest(url, request, userAgent) {
    const { bearer, scopes, credentials } = request;
    const headers = { 'user-agent': userAgent, accept: 'application/json' };
    if (credentials !== undefined && (0, credentials_js_1.isIdentityToken)(credentials)) {
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
        if (!(error instanceof request_sender_js_1.RegistryRequestError))
            throw error;
        const detail = `its token service at ${bearer.realm} failed: ${error.message}`;
        throw new RegistryAuthError(error.reason, registry, detail);
    }
    const answer = (0, error_body_js_1.describeHttpAnswer)(response.status, response.body);
    const asked = `${bearer.realm} for ${scopes.join(' ')}`;
    if (response.status === 401 || response.status === 403)
        throw new RegistryAuthError(response.status === 401 ? 'unauthorized' : 'forbidden', registry, `the token service refused a token at ${asked}: ${answer}; ${request.authNote}`);
    const token = response.status === 200 ? tokenOfAnswer(response.body) : undefined;
    if (token === undefined)
        throw new RegistryAuthError('bad-response', registry, `the token service gave no token at ${asked}: ${answer}`);
    return { header: `Bearer ${token.token}`, expiresAt: context.now() + token.seconds * 1000 };
}


/***/ })

};
