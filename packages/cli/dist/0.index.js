export const id = 0;
export const ids = [0];
export const modules = {

/***/ 83000:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyCommand = exports.REGISTRY_FLAGS = void 0;
exports.readInsecureRegistries = readInsecureRegistries;
/**
 * `gitops-promote verify`: verify-digests on a directory: every image pinned by digest, every
 * digest in its registry, platforms, tags, Helm values against their chart's schema. Exit 1
 * on any violation. A progress line on stderr counts the registry lookups (on a TTY).
 */
const node_fs_1 = __webpack_require__(73024);
const core_1 = __webpack_require__(60893);
const registry_1 = __webpack_require__(37317);
const verify_1 = __webpack_require__(31331);
const version_js_1 = __webpack_require__(35270);
const component_tags_file_js_1 = __webpack_require__(19394);
const exit_codes_js_1 = __webpack_require__(3067);
const flags_js_1 = __webpack_require__(7733);
const registry_login_js_1 = __webpack_require__(14959);
const table_js_1 = __webpack_require__(72510);
/** The registry flags verify, resolve and retag share. */
exports.REGISTRY_FLAGS = {
    'registry-auth': {
        type: 'string',
        multiple: true,
        value: '<host=user:pass>',
        description: 'Registry credentials (prefer the Docker config: a flag shows in `ps`).',
    },
    'insecure-registries': {
        type: 'string',
        multiple: true,
        value: '<host:port>',
        description: 'Registries reached over plain HTTP.',
    },
};
const HOST = /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?$/;
/** `true`/`false` given as a value, as the action's inputs with a `true` default are. */
function switchFlag(flags, name, fallback) {
    return flags.choice(name, ['true', 'false'], fallback ? 'true' : 'false') === 'true';
}
function readInsecureRegistries(flags) {
    const hosts = flags.lines('insecure-registries');
    for (const host of hosts)
        if (!HOST.test(host))
            throw new core_1.InputError('insecure-registries', host, 'is not a registry host: expected host or host:port, without scheme or path (e.g. localhost:5000)');
    return hosts;
}
function readRules(flags) {
    return {
        requireDigest: switchFlag(flags, 'require-digest', true),
        allow: (0, verify_1.parseAllowList)(flags.lines('allow')),
        checkRegistry: switchFlag(flags, 'check-registry', true),
        platforms: (0, verify_1.parsePlatforms)(flags.lines('platforms')),
        checkTags: flags.boolean('check-tags'),
        schema: flags.choice('schema', ['auto', 'off'], 'auto'),
    };
}
function workspaceTree(workspace) {
    return {
        paths: new Set((0, core_1.listWorkspaceFiles)(workspace)),
        read: (path) => (0, node_fs_1.readFileSync)((0, core_1.resolveInWorkspace)(workspace, path, 'files'), 'utf8'),
    };
}
/** The registry, its lookups counted on the progress line. */
function withProgress(registry, terminal) {
    let started = 0;
    let done = 0;
    const show = () => terminal.progress(`Looking up manifests: ${done}/${started}`);
    return {
        lookupManifest: async (target, options) => {
            started++;
            show();
            try {
                return await registry.lookupManifest(target, options);
            }
            finally {
                done++;
                show();
            }
        },
    };
}
function openRegistry(flags, terminal, context) {
    const login = (0, registry_login_js_1.readRegistryLogin)(flags.lines('registry-auth').join('\n'), context.env);
    for (const { host, from } of login.hosts)
        terminal.err(terminal.paintErr('dim', `Credentials for ${host} from ${from}`));
    for (const note of login.notes)
        terminal.err(terminal.paintErr('dim', `Docker config: ${note}`));
    return (0, registry_1.createRegistryClient)({
        credentialsFor: login.credentialsFor,
        insecureRegistries: readInsecureRegistries(flags),
        concurrency: flags.integer('concurrency', 16, 1, 256),
        userAgent: `gitops-promote-cli/${(0, version_js_1.cliVersion)()}`,
    });
}
function report(result) {
    return {
        verdict: result.violations.length === 0 ? 'passed' : 'failed',
        checked: result.references.length,
        references: result.references,
        files: result.files,
        images: result.images,
        violations: result.violations,
        warnings: result.warnings,
    };
}
function printResult(result, terminal) {
    const { paint } = terminal;
    for (const w of result.warnings)
        terminal.err(terminal.paintErr('yellow', `warning: ${(0, verify_1.placeText)(w)}: ${w.message}`));
    if (result.violations.length > 0) {
        const rows = result.violations.map((v) => [
            (0, verify_1.placeText)(v),
            { text: v.rule, style: 'red' },
            v.image,
            v.message,
        ]);
        terminal.out((0, table_js_1.formatTable)(['WHERE', 'RULE', 'IMAGE', 'MESSAGE'], rows, paint));
    }
    const ok = result.violations.length === 0;
    terminal.out(paint(ok ? 'green' : 'red', (0, verify_1.verdictLine)(result)));
}
async function run(flags, terminal, context) {
    const environment = (0, flags_js_1.environmentFlag)(flags, false);
    const patterns = (0, core_1.expandEnvironment)((0, flags_js_1.filePatternsFlag)(flags), environment);
    const rules = readRules(flags);
    const reportPath = flags.text('report');
    const tree = workspaceTree(context.workspace);
    const { files, unmatched } = (0, core_1.matchFilePatterns)([...tree.paths], patterns);
    for (const pattern of unmatched)
        terminal.err(terminal.paintErr('yellow', `warning: no file matches --files '${pattern}'`));
    if (files.length === 0)
        throw new core_1.InputError('files', patterns.join(' '), 'matches no file: nothing to verify');
    const componentTagsPath = flags.text('component-tags');
    const componentTags = componentTagsPath === ''
        ? undefined
        : (({ name, text }) => ({ path: name, text }))((0, component_tags_file_js_1.readComponentTagsFile)(context.workspace, componentTagsPath));
    const registry = rules.checkRegistry ? openRegistry(flags, terminal, context) : undefined;
    terminal.progress(`Scanning ${files.length} files`);
    try {
        const result = await (0, verify_1.verifyWorkspace)({
            tree,
            files,
            ...(componentTags ? { componentTags } : {}),
            rules,
            ...(registry ? { registry: withProgress(registry, terminal) } : {}),
        });
        terminal.endProgress();
        const document = report(result);
        if (reportPath !== '')
            (0, core_1.writeFileAtomic)((0, core_1.resolveInWorkspace)(context.workspace, reportPath, 'report'), `${JSON.stringify(document, null, 2)}\n`);
        if (terminal.json)
            terminal.document({ ...document, ...(reportPath ? { report: reportPath } : {}) });
        else
            printResult(result, terminal);
        return result.violations.length === 0 ? exit_codes_js_1.EXIT.done : exit_codes_js_1.EXIT.failed;
    }
    finally {
        registry?.close();
    }
}
exports.verifyCommand = {
    name: 'verify',
    usage: 'verify --files <glob> [flags]',
    flags: {
        files: {
            type: 'string',
            multiple: true,
            value: '<glob>',
            description: 'Glob lines of manifests, kustomizations and Helm values to scan; {env} is replaced.',
        },
        environment: { type: 'string', value: '<name>', description: 'The environment, for {env}.' },
        'require-digest': {
            type: 'string',
            value: '<true|false>',
            description: 'Every image must be pinned by digest.',
            default: 'true',
        },
        allow: {
            type: 'string',
            multiple: true,
            value: '<pattern>',
            description: 'Repository patterns exempt from require-digest (* within a segment, ** across).',
        },
        'check-registry': {
            type: 'string',
            value: '<true|false>',
            description: 'Every digest must exist in its registry.',
            default: 'true',
        },
        platforms: {
            type: 'string',
            multiple: true,
            value: '<os/arch>',
            description: 'Platforms an image index must contain, e.g. linux/arm64.',
        },
        'check-tags': {
            type: 'boolean',
            description: 'A tag written beside a digest must still resolve to that digest.',
        },
        'component-tags': {
            type: 'string',
            value: '<path>',
            description: 'A component-tags.json whose digests must exist too.',
        },
        schema: {
            type: 'string',
            value: '<auto|off>',
            description: "Validate Helm values files against their chart's values.schema.json.",
            default: 'auto',
        },
        ...exports.REGISTRY_FLAGS,
        concurrency: {
            type: 'string',
            value: '<n>',
            description: 'Registry requests at once (1 to 256).',
            default: '16',
        },
        report: {
            type: 'string',
            value: '<path>',
            description: 'Also write the JSON report to this file (in the workspace).',
        },
    },
    notes: [
        'Credentials: --registry-auth, then the Docker config ($DOCKER_CONFIG or ~/.docker/config.json): credHelpers and credsStore (docker-credential-<name> get), then auths.',
        '--json prints {verdict, checked, references, files, images, violations, warnings, report}.',
    ],
    examples: [
        "verify --files 'helm/*/values-{env}.yaml' --environment prod",
        "verify --files 'k8s/**/*.yaml' --platforms linux/amd64 --platforms linux/arm64 --json",
        "verify --files 'apps/**/*.yaml' --check-registry false",
    ],
    run,
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

/***/ 14959:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readDockerConfig = readDockerConfig;
exports.readRegistryLogin = readRegistryLogin;
/**
 * Registry credentials as a person has them: `--registry-auth` lines first, then the Docker
 * config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`): its credential helpers,
 * run as Docker runs them, and its inline `auths`. Secrets are never printed.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const registry_1 = __webpack_require__(37317);
const verify_1 = __webpack_require__(31331);
/** The Docker config's path and text, when there is one. */
function readDockerConfig(env) {
    const dir = env.DOCKER_CONFIG || (env.HOME ? (0, node_path_1.join)(env.HOME, '.docker') : '');
    const path = dir === '' ? '' : (0, node_path_1.join)(dir, 'config.json');
    if (path === '' || !(0, node_fs_1.existsSync)(path))
        return undefined;
    return { path, text: (0, node_fs_1.readFileSync)(path, 'utf8') };
}
/** The credentials of this run. */
function readRegistryLogin(registryAuth, env) {
    return (0, verify_1.registryLogin)(registryAuth, readDockerConfig(env), (0, registry_1.runCredentialHelper)(env));
}


/***/ }),

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

/***/ 59436:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CredentialHelperError = void 0;
exports.helperServerUrl = helperServerUrl;
exports.credentialHelpersOf = credentialHelpersOf;
exports.parseHelperOutput = parseHelperOutput;
exports.helperCredentialsLookup = helperCredentialsLookup;
exports.runCredentialHelper = runCredentialHelper;
/**
 * Docker credential helpers, as the Docker CLI runs them: `credHelpers` names a helper per
 * registry host, `credsStore` one for every other host; for a registry, Docker runs
 * `docker-credential-<name> get` with the server address on stdin and reads
 * `{"ServerURL", "Username", "Secret"}` from stdout (Username `<token>`: Secret is an identity
 * token). Running the helper is a port, so the lookup stays testable; `runCredentialHelper`
 * is the real one.
 */
const node_child_process_1 = __webpack_require__(31421);
const errors_js_1 = __webpack_require__(37638);
const credentials_js_1 = __webpack_require__(60695);
/** A helper's name is the suffix of an executable on PATH: no path, no shell characters. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** The address Docker hands a helper: Docker Hub's legacy v1 URL, otherwise the host. */
function helperServerUrl(host) {
    return host === 'docker.io' ? 'https://index.docker.io/v1/' : host;
}
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
        const command = `docker-credential-${helperName(name, 'helper', 'config.json')}`;
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
                throw new CredentialHelperError(command, 0, 'is not on PATH (named by the Docker config)');
            if (isNotFound(String(e.stdout ?? ''), String(e.stderr ?? '')))
                return undefined;
            throw new CredentialHelperError(command, 0, `failed for ${serverUrl}`);
        }
    };
}


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
        const req = client.request(url, { method, headers, agent }, (res) => {
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
Object.defineProperty(exports, "runCredentialHelper", ({ enumerable: true, get: function () { return credential_helpers_js_1.runCredentialHelper; } }));
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


/***/ }),

/***/ 21720:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeAllowPattern = normalizeAllowPattern;
exports.parseAllowList = parseAllowList;
/**
 * The `allow` input: repository patterns exempt from `require-digest`. Patterns and
 * repositories are compared normalised (`busybox` is `docker.io/library/busybox`); `*` matches
 * within a path segment, `**` across segments.
 */
const picomatch_1 = __importDefault(__webpack_require__(14006));
const errors_js_1 = __webpack_require__(37638);
const reference_js_1 = __webpack_require__(14548);
const PATTERN_CHARS = /^[a-z0-9._\-/:*?[\]{},]+$/;
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Whether a first segment names a registry (as in the reference grammar). */
function isDomain(segment) {
    return segment.includes('.') || segment.includes(':') || segment === 'localhost';
}
/** Normalise a pattern the way repositories are normalised, keeping its globs. */
function normalizeAllowPattern(pattern, input = 'allow') {
    // A negation would exempt every repository but one: `allow` must fail closed.
    if (pattern.includes('!'))
        throw new errors_js_1.InputError(input, pattern, 'is a negation: allow lists only the repositories exempt from require-digest, it cannot exclude any');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pattern))
        throw new errors_js_1.InputError(input, pattern, 'is a URL: write the repository without a scheme (e.g. ghcr.io/acme/api)');
    if (!PATTERN_CHARS.test(pattern))
        throw new errors_js_1.InputError(input, pattern, 'is not a repository pattern: lowercase repository characters and * globs only, no tag or digest');
    if (!/[*?[\]{}]/.test(pattern)) {
        const normal = (0, reference_js_1.normalizeRepositoryText)(pattern);
        if (normal === undefined)
            throw new errors_js_1.InputError(input, pattern, 'is not a repository (e.g. ghcr.io/acme/api or busybox)');
        return normal;
    }
    const segments = pattern.split('/');
    const first = segments[0];
    if (first === '**')
        return pattern;
    if (isDomain(first)) {
        const domain = HUB_ALIASES.has(first) ? 'docker.io' : first;
        const path = segments.slice(1);
        const hubOfficial = domain === 'docker.io' && path.length === 1 && path[0] !== '**';
        return [domain, ...(hubOfficial ? ['library'] : []), ...path].join('/');
    }
    const hubOfficial = segments.length === 1;
    return ['docker.io', ...(hubOfficial ? ['library'] : []), ...segments].join('/');
}
/** Longer than any pattern a repository name (at most 255 characters) needs. */
const MAX_PATTERN_LENGTH = 1024;
/** Parse the allow lines into a matcher over normalised repositories. */
function parseAllowList(lines, input = 'allow') {
    if (lines.length === 0)
        return () => false;
    const long = lines.find((line) => line.length > MAX_PATTERN_LENGTH);
    if (long !== undefined)
        throw new errors_js_1.InputError(input, long, `is longer than ${MAX_PATTERN_LENGTH} characters`);
    const patterns = lines.map((line) => normalizeAllowPattern(line, input));
    const isMatch = (0, picomatch_1.default)(patterns, { dot: true });
    return (repository) => isMatch(repository);
}


/***/ }),

/***/ 22896:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.withChartRepositories = withChartRepositories;
const chart_files_js_1 = __webpack_require__(58849);
const collect_images_js_1 = __webpack_require__(77116);
/** Fill in the repository of Helm image maps that lack one from their chart's `values.yaml`. */
function withChartRepositories(records, tree) {
    const defaults = new Map();
    const occurrencesOf = (path) => {
        if (!defaults.has(path)) {
            const found = (0, collect_images_js_1.findInFile)({ path, text: tree.read(path) });
            defaults.set(path, 'rule' in found ? undefined : found);
        }
        return defaults.get(path);
    };
    return records.map((record) => {
        if (record.origin !== 'helm-map' || record.repository !== undefined)
            return record;
        const chart = (0, chart_files_js_1.chartDirOf)(record.file, tree.paths);
        const path = chart === undefined ? undefined : (0, chart_files_js_1.chartDefaultsOf)(chart, tree.paths);
        if (path === undefined || path === record.file)
            return record;
        const match = occurrencesOf(path)?.occurrences.find((o) => o.kind === 'helm-map' && o.keyPath === record.keyPath && o.repository !== undefined);
        if (match?.repository === undefined)
            return record;
        return { ...record, repository: match.repository, repositoryFrom: `${path}:${match.line}` };
    });
}


/***/ }),

/***/ 77116:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findInFile = findInFile;
exports.recordOf = recordOf;
exports.referenceViolations = referenceViolations;
exports.collectImages = collectImages;
/**
 * Turn the YAML files into image records with the shared finder (`findImageOccurrences`). What
 * the finder skips but has a value (an alias, a block or multi-line scalar) is resolved through
 * the parser and checked like the rest, or is an `unreadable-image` violation; a reference that
 * does not parse is a violation (`invalid-reference`), a file that is not YAML too
 * (`invalid-yaml`). Only what another tool renders (templated, empty values) is a warning.
 */
const index_js_1 = __webpack_require__(23230);
const errors_js_1 = __webpack_require__(37638);
const reference_js_1 = __webpack_require__(14548);
const image_record_js_1 = __webpack_require__(11982);
const resolve_skipped_js_1 = __webpack_require__(74978);
/** The occurrences of a file, or the violation saying it is not YAML. */
function findInFile(file) {
    try {
        return (0, index_js_1.findImageOccurrences)(file.path, file.text);
    }
    catch (error) {
        if (!(error instanceof index_js_1.YamlSyntaxError))
            throw error;
        return {
            file: file.path,
            line: error.line,
            image: '',
            rule: 'invalid-yaml',
            message: error.detail,
        };
    }
}
/** An occurrence as a record. */
function recordOf(occurrence) {
    const { fields } = occurrence;
    return {
        file: occurrence.file,
        line: occurrence.line,
        tagLine: fields.tag?.line ?? fields.ref?.line ?? occurrence.line,
        digestLine: fields.digest?.line ?? fields.ref?.line ?? occurrence.line,
        origin: occurrence.kind,
        keyPath: occurrence.keyPath,
        ...(occurrence.repository === undefined ? {} : { repository: occurrence.repository }),
        ...(occurrence.tag === undefined ? {} : { tag: occurrence.tag }),
        ...(occurrence.digest === undefined ? {} : { digest: occurrence.digest }),
    };
}
function where(record) {
    return record.keyPath === '' ? '' : `${record.keyPath}: `;
}
/** The violations of a record whose repository, tag or digest does not parse. */
function referenceViolations(record) {
    const image = (0, errors_js_1.clip)((0, image_record_js_1.imageText)(record));
    const found = [];
    const add = (line, message) => found.push({ file: record.file, line, image, rule: 'invalid-reference', message });
    if (record.repository !== undefined) {
        try {
            (0, reference_js_1.parseRepository)(record.repository);
        }
        catch (error) {
            if (!(error instanceof errors_js_1.InvalidReferenceError))
                throw error;
            add(record.line, `${where(record)}${error.message}`);
        }
    }
    const tag = record.tag === undefined ? undefined : (0, reference_js_1.tagProblem)(record.tag);
    if (tag !== undefined)
        add(record.tagLine, `${where(record)}the tag ${(0, errors_js_1.quote)(record.tag ?? '')} ${tag}`);
    const digest = record.digest === undefined ? undefined : (0, reference_js_1.digestProblem)(record.digest);
    if (digest !== undefined)
        add(record.digestLine, `${where(record)}the digest ${(0, errors_js_1.quote)(record.digest ?? '')} ${digest}`);
    return found;
}
/** A skipped occurrence: a violation when its reference does not parse, else a warning. */
function skippedOutcome(skipped) {
    const place = skipped.keyPath || skipped.kind;
    if (skipped.reason === 'unparseable-reference')
        return {
            file: skipped.file,
            line: skipped.line,
            image: skipped.repository ?? '',
            rule: 'invalid-reference',
            message: `${place}: ${skipped.detail}`,
        };
    return {
        file: skipped.file,
        line: skipped.line,
        message: `${place}: not checked: ${skipped.detail}`,
    };
}
/** A kustomize image that sets neither tag nor digest changes only the name: nothing to pin. */
function onlyRenames(record) {
    return (record.origin === 'kustomize-image' && record.tag === undefined && record.digest === undefined);
}
/** Collect the records of every file; files that are not YAML become violations. */
function collectImages(files) {
    const collected = { records: [], violations: [], warnings: [] };
    for (const file of files) {
        const found = findInFile(file);
        if ('rule' in found) {
            collected.violations.push(found);
            continue;
        }
        for (const skipped of found.skipped) {
            const outcome = (0, resolve_skipped_js_1.isResolvable)(skipped)
                ? (0, resolve_skipped_js_1.resolveSkipped)(file.text, skipped)
                : skippedOutcome(skipped);
            if ('origin' in outcome)
                addRecord(collected, outcome);
            else if ('rule' in outcome)
                collected.violations.push(outcome);
            else
                collected.warnings.push(outcome);
        }
        for (const occurrence of found.occurrences)
            addRecord(collected, recordOf(occurrence));
    }
    return collected;
}
/** A record that parses, or its violations; a kustomize rename alone is a warning. */
function addRecord(collected, record) {
    const problems = referenceViolations(record);
    if (problems.length > 0)
        collected.violations.push(...problems);
    else if (onlyRenames(record))
        collected.warnings.push({
            file: record.file,
            line: record.line,
            message: `${where(record)}sets neither newTag nor digest: the reference in the manifests applies; include those files to check it`,
        });
    else
        collected.records.push(record);
}


/***/ }),

/***/ 83996:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.componentTagImages = componentTagImages;
/**
 * The entries of a component-tags.json as image records: each entry with an `image` and a
 * `digest` can be checked in its registry; the others are warnings saying what cannot be.
 */
const component_tags_js_1 = __webpack_require__(83382);
const yaml_paths_js_1 = __webpack_require__(18101);
/** Read a component-tags file (a ComponentTagsError when it is not one) into records. */
function componentTagImages(file) {
    const tags = (0, component_tags_js_1.parseComponentTags)(file.text, file.path);
    const located = (0, yaml_paths_js_1.parseLocated)(file.text.replace(/^\uFEFF/, ''));
    const lineOf = (path) => (0, yaml_paths_js_1.placeOf)(located, path).line;
    const found = { records: [], warnings: [] };
    for (const [service, entry] of Object.entries(tags)) {
        const line = lineOf([service]);
        if (entry.digest === undefined) {
            found.warnings.push({
                file: file.path,
                line,
                message: `service '${service}' records no digest: there is nothing to verify`,
            });
            continue;
        }
        if (entry.image === undefined) {
            found.warnings.push({
                file: file.path,
                line,
                message: `service '${service}' records no image, so its digest cannot be checked against a registry; record it with emit-tags (images: ${service}=<repository>)`,
            });
            continue;
        }
        found.records.push({
            file: file.path,
            line,
            tagLine: lineOf([service, 'tag']),
            digestLine: lineOf([service, 'digest']),
            origin: 'component-tags',
            keyPath: service,
            repository: entry.image,
            tag: entry.tag,
            digest: entry.digest,
        });
    }
    return found;
}


/***/ }),

/***/ 85714:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Helm's view of values: the chart's `values.yaml` with an environment's values file over it.
 * Maps merge key by key, anything else is replaced, and `null` deletes a default (as Helm's
 * coalescing does).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.coalesceValues = coalesceValues;
function isPlainMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `overrides` over `defaults`, as Helm merges a values file over the chart's values. */
function coalesceValues(defaults, overrides) {
    if (overrides === null || overrides === undefined)
        return defaults ?? {};
    if (!isPlainMap(overrides) || !isPlainMap(defaults))
        return overrides;
    const merged = { ...defaults };
    for (const [key, value] of Object.entries(overrides)) {
        if (value === null)
            delete merged[key];
        else
            merged[key] = isPlainMap(value) ? coalesceValues(merged[key], value) : value;
    }
    return merged;
}


/***/ }),

/***/ 33434:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planCheck = planCheck;
exports.planChecks = planChecks;
/**
 * Which checks each image gets, and the registry lookups they need, each asked once: a manifest
 * by digest per unique (registry, repository, digest), by tag per unique tag when tags are
 * checked. Pure; the pinning rule (`require-digest`) is decided here, without the network.
 */
const errors_js_1 = __webpack_require__(37638);
const registry_lookup_js_1 = __webpack_require__(28969);
const image_record_js_1 = __webpack_require__(11982);
function requireDigestViolation(record, image) {
    const repository = record.repository ?? '<repository>';
    const pinned = `${repository}${record.tag === undefined ? '' : `:${record.tag}`}@sha256:…`;
    const why = record.tag === undefined
        ? 'names neither tag nor digest, so it runs whatever "latest" is at pull time'
        : 'is pinned by tag only, and a tag can move';
    return {
        file: record.file,
        // The offending value: the tag written without a digest (the image's line when none).
        line: record.tagLine,
        image,
        rule: 'require-digest',
        message: `${image} ${why}: pin it by digest (${pinned}) or list the repository in 'allow'`,
    };
}
/** Plan the checks of one record. */
function planCheck(record, rules) {
    const image = (0, errors_js_1.clip)((0, image_record_js_1.imageText)(record));
    const located = (0, image_record_js_1.locate)(record);
    const fromFile = record.origin !== 'component-tags';
    const allowed = located !== undefined && rules.allow(located.normalized);
    const check = {
        record,
        image,
        ...(located ? { located } : {}),
        checks: [],
        allowed,
        violations: [],
        warnings: [],
    };
    if (fromFile && rules.requireDigest && !allowed) {
        check.checks.push('require-digest');
        if (record.digest === undefined)
            check.violations.push(requireDigestViolation(record, image));
    }
    if (rules.checkRegistry && record.digest === undefined)
        return withTagLookup(check, rules);
    if (!rules.checkRegistry || record.digest === undefined)
        return check;
    if (located === undefined) {
        check.warnings.push({
            file: record.file,
            line: record.line,
            message: `${record.keyPath}: ${image} names no repository (here or in the chart's values.yaml), so its digest cannot be checked against a registry`,
        });
        return check;
    }
    const target = { registry: located.registry, repository: located.path };
    check.digestTarget = { ...target, reference: record.digest };
    check.checks.push('digest');
    if (rules.platforms.length > 0)
        check.checks.push('platforms');
    if (rules.checkTags && record.tag !== undefined) {
        check.tagTarget = { ...target, reference: record.tag };
        check.checks.push('tag');
    }
    return check;
}
/**
 * A reference pinned by tag alone that `require-digest` let through (off, or `allow`): the tag
 * must exist in its registry, or Argo CD and Flux would deploy nothing (or something else later).
 */
function withTagLookup(check, rules) {
    const { record, located } = check;
    if (!rules.checkRegistry || record.tag === undefined || check.violations.length > 0)
        return check;
    if (located === undefined) {
        check.warnings.push({
            file: record.file,
            line: record.tagLine,
            message: `${record.keyPath}: ${check.image} names no repository (here or in the chart's values.yaml), so its tag cannot be looked up in a registry`,
        });
        return check;
    }
    check.tagTarget = { registry: located.registry, repository: located.path, reference: record.tag };
    check.checks.push('tag-exists');
    return check;
}
function uniqueTargets(targets) {
    const unique = new Map();
    for (const target of targets)
        if (target !== undefined && !unique.has((0, registry_lookup_js_1.describeTarget)(target)))
            unique.set((0, registry_lookup_js_1.describeTarget)(target), target);
    return [...unique.values()];
}
/** Plan the checks of every record. */
function planChecks(records, rules) {
    const checks = records.map((record) => planCheck(record, rules));
    const references = new Set();
    for (const check of checks)
        if (check.checks.length > 0 && check.located)
            references.add((0, image_record_js_1.referenceKey)(check.located));
        else if (check.checks.length > 0)
            references.add(check.image);
    return {
        checks,
        references: [...references].sort(),
        digestTargets: uniqueTargets(checks.map((c) => c.digestTarget)),
        tagTargets: uniqueTargets(checks.map((c) => c.tagTarget)),
    };
}


/***/ }),

/***/ 11982:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.imageText = imageText;
exports.locate = locate;
exports.referenceKey = referenceKey;
const reference_js_1 = __webpack_require__(14548);
/** `repository[:tag][@digest]` as written; `(no repository)` stands in for a missing one. */
function imageText(record) {
    const tag = record.tag === undefined ? '' : `:${record.tag}`;
    const digest = record.digest === undefined ? '' : `@${record.digest}`;
    return `${record.repository ?? '(no repository)'}${tag}${digest}`;
}
/** The record in registry terms, or undefined when it names no repository. */
function locate(record) {
    if (record.repository === undefined)
        return undefined;
    const ref = (0, reference_js_1.parseRepository)(record.repository);
    return {
        ...record,
        repository: record.repository,
        normalized: (0, reference_js_1.normalizeRepository)(ref),
        registry: (0, reference_js_1.registryOf)(ref),
        path: (0, reference_js_1.registryPathOf)(ref),
    };
}
/** The normalised reference, `docker.io/library/nginx:1.27@sha256:…`: one per unique image. */
function referenceKey(image) {
    return imageText({ ...image, repository: image.normalized });
}


/***/ }),

/***/ 31331:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifySummary = exports.verdictLine = exports.placeText = exports.scrubStrings = exports.verifyWorkspace = exports.RULE_ORDER = exports.countByRule = exports.valuesSchemaChecker = exports.hasValuesSchema = exports.registryLogin = exports.registryAuthSecrets = exports.planChecks = exports.imageText = exports.coalesceValues = exports.componentTagImages = exports.collectImages = exports.chartDefaultsOf = exports.isValuesFile = exports.chartDirOf = exports.missingPlatforms = exports.platformMatches = exports.parsePlatforms = exports.normalizeAllowPattern = exports.parseAllowList = void 0;
/** verify-digests' core: what it checks in a config repository, and how it reports. */
var allow_patterns_js_1 = __webpack_require__(21720);
Object.defineProperty(exports, "parseAllowList", ({ enumerable: true, get: function () { return allow_patterns_js_1.parseAllowList; } }));
Object.defineProperty(exports, "normalizeAllowPattern", ({ enumerable: true, get: function () { return allow_patterns_js_1.normalizeAllowPattern; } }));
var platforms_js_1 = __webpack_require__(57515);
Object.defineProperty(exports, "parsePlatforms", ({ enumerable: true, get: function () { return platforms_js_1.parsePlatforms; } }));
Object.defineProperty(exports, "platformMatches", ({ enumerable: true, get: function () { return platforms_js_1.platformMatches; } }));
Object.defineProperty(exports, "missingPlatforms", ({ enumerable: true, get: function () { return platforms_js_1.missingPlatforms; } }));
var chart_files_js_1 = __webpack_require__(58849);
Object.defineProperty(exports, "chartDirOf", ({ enumerable: true, get: function () { return chart_files_js_1.chartDirOf; } }));
Object.defineProperty(exports, "isValuesFile", ({ enumerable: true, get: function () { return chart_files_js_1.isValuesFile; } }));
Object.defineProperty(exports, "chartDefaultsOf", ({ enumerable: true, get: function () { return chart_files_js_1.chartDefaultsOf; } }));
var collect_images_js_1 = __webpack_require__(77116);
Object.defineProperty(exports, "collectImages", ({ enumerable: true, get: function () { return collect_images_js_1.collectImages; } }));
var component_tag_images_js_1 = __webpack_require__(83996);
Object.defineProperty(exports, "componentTagImages", ({ enumerable: true, get: function () { return component_tag_images_js_1.componentTagImages; } }));
var helm_values_js_1 = __webpack_require__(85714);
Object.defineProperty(exports, "coalesceValues", ({ enumerable: true, get: function () { return helm_values_js_1.coalesceValues; } }));
var image_record_js_1 = __webpack_require__(11982);
Object.defineProperty(exports, "imageText", ({ enumerable: true, get: function () { return image_record_js_1.imageText; } }));
var image_checks_js_1 = __webpack_require__(33434);
Object.defineProperty(exports, "planChecks", ({ enumerable: true, get: function () { return image_checks_js_1.planChecks; } }));
var registry_login_js_1 = __webpack_require__(2220);
Object.defineProperty(exports, "registryAuthSecrets", ({ enumerable: true, get: function () { return registry_login_js_1.registryAuthSecrets; } }));
Object.defineProperty(exports, "registryLogin", ({ enumerable: true, get: function () { return registry_login_js_1.registryLogin; } }));
var values_schema_js_1 = __webpack_require__(46069);
Object.defineProperty(exports, "hasValuesSchema", ({ enumerable: true, get: function () { return values_schema_js_1.hasValuesSchema; } }));
Object.defineProperty(exports, "valuesSchemaChecker", ({ enumerable: true, get: function () { return values_schema_js_1.valuesSchemaChecker; } }));
var violation_js_1 = __webpack_require__(69604);
Object.defineProperty(exports, "countByRule", ({ enumerable: true, get: function () { return violation_js_1.countByRule; } }));
Object.defineProperty(exports, "RULE_ORDER", ({ enumerable: true, get: function () { return violation_js_1.RULE_ORDER; } }));
var verify_workspace_js_1 = __webpack_require__(54838);
Object.defineProperty(exports, "verifyWorkspace", ({ enumerable: true, get: function () { return verify_workspace_js_1.verifyWorkspace; } }));
var scrub_result_js_1 = __webpack_require__(63224);
Object.defineProperty(exports, "scrubStrings", ({ enumerable: true, get: function () { return scrub_result_js_1.scrubStrings; } }));
var verify_summary_js_1 = __webpack_require__(96723);
Object.defineProperty(exports, "placeText", ({ enumerable: true, get: function () { return verify_summary_js_1.placeText; } }));
Object.defineProperty(exports, "verdictLine", ({ enumerable: true, get: function () { return verify_summary_js_1.verdictLine; } }));
Object.defineProperty(exports, "verifySummary", ({ enumerable: true, get: function () { return verify_summary_js_1.verifySummary; } }));


/***/ }),

/***/ 57515:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parsePlatforms = parsePlatforms;
exports.platformMatches = platformMatches;
exports.missingPlatforms = missingPlatforms;
/**
 * The `platforms` input (`os/arch[/variant]` lines) and platform matching as container runtimes
 * do it: `linux/arm64` is `linux/arm64/v8`, `linux/arm` is `linux/arm/v7`.
 */
const errors_js_1 = __webpack_require__(37638);
const COMPONENT = /^[a-z0-9][a-z0-9._-]*$/;
/** Parse platform lines; an entry that is not `os/arch[/variant]` is an InputError naming it. */
function parsePlatforms(lines, input = 'platforms') {
    const platforms = [];
    for (const line of lines) {
        const parts = line.split('/');
        if (parts.length < 2 || parts.length > 3 || !parts.every((p) => COMPONENT.test(p)))
            throw new errors_js_1.InputError(input, line, 'is not a platform: expected os/arch or os/arch/variant in lowercase, e.g. linux/amd64 or linux/arm/v7');
        if (!platforms.includes(line))
            platforms.push(line);
    }
    return platforms;
}
/** `os/arch/variant` with the default variants made explicit (arm64 → v8, arm → v7). */
function normalizePlatform(platform) {
    const [os = '', arch = '', variant = ''] = platform.split('/');
    const implied = arch === 'arm64' ? 'v8' : arch === 'arm' ? 'v7' : '';
    return `${os}/${arch}/${variant || implied}`;
}
/** Whether an image's platform satisfies a required one. */
function platformMatches(required, available) {
    return normalizePlatform(required) === normalizePlatform(available);
}
/** The required platforms that none of `available` satisfies. */
function missingPlatforms(required, available) {
    return required.filter((r) => !available.some((a) => platformMatches(r, a)));
}


/***/ }),

/***/ 2220:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registryAuthSecrets = registryAuthSecrets;
exports.credentialSecrets = credentialSecrets;
exports.registryLogin = registryLogin;
/**
 * The credentials verify-digests uses: `registry-auth` lines first, then the Docker config that
 * docker/login-action writes; anonymous for any other registry. Also lists every secret, so the
 * action can mask each before anything could print it.
 */
const key_value_lines_js_1 = __webpack_require__(86236);
const credentials_js_1 = __webpack_require__(60695);
const credential_helpers_js_1 = __webpack_require__(59436);
const docker_config_js_1 = __webpack_require__(48040);
const registry_auth_input_js_1 = __webpack_require__(34840);
/**
 * Every string on `registry-auth` lines that may be a password: what follows `host=user:`, or
 * all after `=` when there is no `:` (a malformed line must not leak either).
 */
function registryAuthSecrets(text) {
    const secrets = new Set();
    for (const { text: line } of (0, key_value_lines_js_1.inputLines)(text)) {
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
    if ((0, credentials_js_1.isIdentityToken)(credentials))
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
    const fromInput = (0, registry_auth_input_js_1.parseRegistryAuth)(registryAuth);
    const runsHelpers = runHelper !== undefined;
    const fromConfig = dockerConfig
        ? (0, docker_config_js_1.parseDockerConfig)(dockerConfig.text, dockerConfig.path, { runsHelpers })
        : {
            credentials: new Map(),
            helpers: { byHost: new Map() },
            notes: [],
        };
    const fromHelpers = runHelper
        ? (0, credential_helpers_js_1.helperCredentialsLookup)(fromConfig.helpers, runHelper)
        : NO_HELPERS;
    const hosts = [
        ...[...fromInput.keys()].map((host) => ({ host, from: 'registry-auth' })),
        ...[...fromConfig.credentials.keys()]
            .filter((host) => !fromInput.has(host))
            .map((host) => ({ host, from: dockerConfig?.path ?? '' })),
        ...(runsHelpers ? helperHosts(fromConfig.helpers) : []),
    ];
    const input = (0, credentials_js_1.credentialsLookup)(fromInput);
    const inline = (0, credentials_js_1.credentialsLookup)(fromConfig.credentials);
    return {
        credentialsFor: (registry) => input(registry) ?? fromHelpers(registry) ?? inline(registry),
        hosts,
        notes: fromConfig.notes,
        secrets: [...fromConfig.credentials.values()].flatMap(credentialSecrets),
    };
}


/***/ }),

/***/ 83535:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registryVerdicts = registryVerdicts;
/**
 * Judge each image by what its registry answered. Fail closed: `present` passes, `missing`
 * is `digest-missing`, and anything else (unreachable, refused, retries exhausted, a platform
 * that cannot be read) is `registry-error`, never a pass and never "missing".
 */
const registry_lookup_js_1 = __webpack_require__(28969);
const platforms_js_1 = __webpack_require__(57515);
function lookupOf(results, target) {
    if (target === undefined)
        return undefined;
    const found = results.get((0, registry_lookup_js_1.describeTarget)(target));
    if (found === undefined)
        throw new Error(`no lookup for ${(0, registry_lookup_js_1.describeTarget)(target)}`);
    return found;
}
function platformViolation(check, lookup, platforms) {
    if (lookup.status !== 'present' || platforms.length === 0)
        return undefined;
    const { manifest } = lookup;
    const where = (0, registry_lookup_js_1.describeTarget)(lookup.target);
    if (manifest.kind === 'index') {
        const missing = (0, platforms_js_1.missingPlatforms)(platforms, manifest.platforms);
        if (missing.length === 0)
            return undefined;
        const holds = manifest.platforms.length > 0 ? manifest.platforms.join(', ') : 'no platform';
        return {
            rule: 'platform-missing',
            message: `${where} has no image for ${missing.join(', ')}: its index holds ${holds}`,
        };
    }
    const own = manifest.platforms[0];
    if (own === undefined)
        return {
            rule: 'registry-error',
            message: `could not verify the platform of ${where}: ${manifest.platformProblem ?? 'its config names none'}`,
        };
    const missing = (0, platforms_js_1.missingPlatforms)(platforms, [own]);
    if (missing.length === 0)
        return undefined;
    return {
        rule: 'platform-missing',
        message: `${where} is a single-platform image for ${own}, not ${missing.join(', ')}`,
    };
}
/** A reference pinned by tag alone: the tag must exist. */
function tagOnlyViolation(lookup) {
    const where = (0, registry_lookup_js_1.describeTarget)(lookup.target);
    if (lookup.status === 'error')
        return { rule: 'registry-error', message: `could not verify the tag: ${lookup.message}` };
    if (lookup.status === 'missing')
        return { rule: 'tag-missing', message: `${where} does not exist: ${lookup.message}` };
    return undefined;
}
function tagViolation(check, lookup) {
    const digest = check.record.digest;
    if (digest === undefined)
        return tagOnlyViolation(lookup);
    const where = (0, registry_lookup_js_1.describeTarget)(lookup.target);
    if (lookup.status === 'error')
        return { rule: 'registry-error', message: `could not verify the tag: ${lookup.message}` };
    if (lookup.status === 'missing')
        return {
            rule: 'tag-moved',
            message: `${where} no longer exists, so it no longer resolves to the pinned ${digest}: ${lookup.message}`,
        };
    const { manifest } = lookup;
    if (manifest.digest === digest)
        return undefined;
    // A digest pinned from inside the index the tag names is still what the tag resolves to.
    if (manifest.manifests.some((m) => m.digest === digest))
        return undefined;
    return {
        rule: 'tag-moved',
        message: `${where} now resolves to ${manifest.digest}, not the pinned ${digest}: the tag moved after the pin`,
    };
}
/** The violations of one image, given every lookup of the run. */
function registryVerdicts(check, results, platforms) {
    const { record, image } = check;
    const found = [];
    const add = (line, v) => {
        if (v)
            found.push({ file: record.file, line, image, ...v });
    };
    const byDigest = lookupOf(results, check.digestTarget);
    const byTag = lookupOf(results, check.tagTarget);
    if (byDigest?.status === 'missing') {
        // The tag's digest is the likely fix; a second violation would only repeat the first.
        const hint = byTag?.status === 'present'
            ? ` (${(0, registry_lookup_js_1.describeTarget)(byTag.target)} resolves to ${byTag.manifest.digest})`
            : '';
        add(record.digestLine, {
            rule: 'digest-missing',
            message: `digest not found: ${byDigest.message}${hint}`,
        });
        return found;
    }
    if (byDigest?.status === 'error')
        add(record.digestLine, {
            rule: 'registry-error',
            message: `could not verify ${byDigest.message}`,
        });
    else if (byDigest)
        add(record.digestLine, platformViolation(check, byDigest, platforms));
    if (byTag)
        add(record.tagLine, tagViolation(check, byTag));
    return found;
}


/***/ }),

/***/ 74978:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isResolvable = isResolvable;
exports.resolveSkipped = resolveSkipped;
/**
 * Fail closed on what the byte-exact finder skips: an alias (`image: *img`, `tag: *t`), a block
 * scalar (`image: >-`) or a scalar folded over several lines has a value, and Helm and kustomize
 * render the image from it. The finder refuses to edit those; verify-digests only reads, so it
 * resolves the value with the YAML parser (aliases followed, scalars folded) and checks that.
 * What it still cannot read becomes an `unreadable-image` violation, never a silent pass.
 */
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(37638);
const reference_js_1 = __webpack_require__(14548);
/** Skip reasons whose value the parser can still give. */
const RESOLVABLE = new Set(['alias', 'block-scalar', 'multi-line-scalar', 'not-a-scalar']);
/** Whether verify-digests resolves this skipped occurrence instead of warning about it. */
function isResolvable(skipped) {
    return RESOLVABLE.has(skipped.reason);
}
/** `api.image`, `images[0]` as steps into the document's data. */
function keySteps(keyPath) {
    const steps = [];
    for (const part of keyPath.split('.'))
        for (const [, key, index] of part.matchAll(/([^[\]]+)|\[(\d+)\]/g))
            steps.push(index === undefined ? key : Number(index));
    return steps;
}
/** The data at `keyPath` in document `index` of `text` (aliases resolved), or undefined. */
function valueAt(text, index, keyPath) {
    const document = (0, yaml_1.parseAllDocuments)(text)[index];
    if (document === undefined || !('toJS' in document))
        return undefined;
    let value = document.toJS({ maxAliasCount: 1000 });
    for (const step of keySteps(keyPath)) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[step];
    }
    return value;
}
/** A scalar as the text Helm would render (`1.0` stays `1.0`); undefined when absent. */
function scalarText(value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new UnreadableValue(`${field} is not a single value`);
}
class UnreadableValue extends Error {
}
/** The fields of a whole reference string. */
function fromReference(text) {
    const ref = (0, reference_js_1.parseReference)(text);
    return {
        repository: (0, reference_js_1.repositoryOf)(ref),
        ...(ref.tag === undefined ? {} : { tag: ref.tag }),
        ...(ref.digest === undefined ? {} : { digest: ref.digest }),
    };
}
/** The fields of a Helm image map (`registry`, `repository`, `tag`, `digest`). */
function fromHelmMap(map, fallback) {
    const registry = scalarText(map.registry, 'registry');
    const repository = scalarText(map.repository, 'repository') ?? fallback;
    const tag = scalarText(map.tag, 'tag');
    const digest = scalarText(map.digest, 'digest');
    return {
        ...(repository === undefined
            ? {}
            : { repository: registry ? `${registry}/${repository}` : repository }),
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
    };
}
/** The fields of a kustomize `images:` entry (`name`, `newName`, `newTag`, `digest`). */
function fromKustomizeImage(map) {
    const repository = scalarText(map.newName, 'newName') ?? scalarText(map.name, 'name');
    const tag = scalarText(map.newTag, 'newTag');
    const digest = scalarText(map.digest, 'digest');
    return {
        ...(repository === undefined ? {} : { repository }),
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
    };
}
/** The image fields the occurrence renders to. */
function resolvedFields(value, skipped) {
    if (typeof value === 'string')
        return fromReference(value);
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new UnreadableValue('resolves to neither a reference nor an image map');
    const map = value;
    return skipped.kind === 'kustomize-image'
        ? fromKustomizeImage(map)
        : fromHelmMap(map, skipped.repository);
}
/** A record for the skipped occurrence, read through the parser, or the violation saying why not. */
function resolveSkipped(text, skipped) {
    const place = skipped.keyPath || skipped.kind;
    const unreadable = (why) => ({
        file: skipped.file,
        line: skipped.line,
        image: skipped.repository ?? '',
        rule: 'unreadable-image',
        message: `${place}: ${skipped.detail}, and its value cannot be checked: ${why}`,
    });
    try {
        const fields = resolvedFields(valueAt(text, skipped.document, skipped.keyPath), skipped);
        return {
            file: skipped.file,
            line: skipped.line,
            tagLine: skipped.line,
            digestLine: skipped.line,
            origin: skipped.kind,
            keyPath: skipped.keyPath,
            ...fields,
        };
    }
    catch (error) {
        if (error instanceof errors_js_1.InvalidReferenceError)
            return unreadable(error.message);
        if (error instanceof UnreadableValue)
            return unreadable(error.message);
        throw error;
    }
}


/***/ }),

/***/ 63224:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A second line of defence against leaked credentials: every string of a verification's result
 * (messages built from a registry's text) with the run's secrets replaced, before it reaches the
 * `violations` output, the job summary or the report file.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scrubStrings = scrubStrings;
/** `value` with `scrub` applied to every string inside it (objects and arrays copied). */
function scrubStrings(value, scrub) {
    if (typeof value === 'string')
        return scrub(value);
    if (Array.isArray(value))
        return value.map((item) => scrubStrings(item, scrub));
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubStrings(item, scrub)]));
}


/***/ }),

/***/ 46069:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hasValuesSchema = hasValuesSchema;
exports.valuesSchemaChecker = valuesSchemaChecker;
const chart_files_js_1 = __webpack_require__(58849);
const helm_values_js_1 = __webpack_require__(85714);
const yaml_paths_js_1 = __webpack_require__(18101);
/** Draft-07 as charts write it (Helm's docs use https); ajv knows it by its http id. */
const DRAFT_07 = /^https?:\/\/json-schema\.org\/(?:draft-07\/)?schema#?$/;
const DRAFT_07_ID = 'http://json-schema.org/draft-07/schema#';
function schemaProblem(file, message) {
    return { file, line: 0, image: '', rule: 'values-schema', message };
}
function compile(path, text, compileSchema) {
    let schema;
    try {
        schema = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        return { problem: schemaProblem(path, `is not valid JSON: ${error.message}`) };
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        return { problem: schemaProblem(path, 'is not a JSON Schema (not an object)') };
    const draft = schema.$schema;
    if (draft !== undefined && !(typeof draft === 'string' && DRAFT_07.test(draft)))
        return {
            problem: schemaProblem(path, `declares "$schema": ${JSON.stringify(draft)}; values schemas are validated as JSON Schema draft-07, so declare http://json-schema.org/draft-07/schema# or leave $schema out (rather than have keywords of another draft go unchecked)`),
        };
    try {
        const known = draft === undefined ? schema : { ...schema, $schema: DRAFT_07_ID };
        return { validate: compileSchema(known) };
    }
    catch (error) {
        const message = error.message;
        return { problem: schemaProblem(path, `cannot be used to validate values: ${message}`) };
    }
}
/** The segments of the offending key: for `required` and `additionalProperties`, the key itself. */
function offendingSegments(error) {
    const segments = (0, yaml_paths_js_1.pointerSegments)(error.instancePath);
    const extra = error.params;
    if (error.keyword === 'additionalProperties' && extra.additionalProperty !== undefined)
        return [...segments, extra.additionalProperty];
    return segments;
}
/** The message of one schema error, naming the key path. */
function messageOf(error, schemaPath) {
    const params = error.params;
    const path = (0, yaml_paths_js_1.dottedPath)(offendingSegments(error));
    let text = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties')
        text = 'is not a property the schema allows (additionalProperties: false)';
    else if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
        text = `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    return `${path}: ${text} (${schemaPath})`;
}
/** Whether `tree` holds any chart schema (else no values file has one to be checked against). */
function hasValuesSchema(tree) {
    for (const path of tree.paths)
        if (path === 'values.schema.json' || path.endsWith('/values.schema.json'))
            return true;
    return false;
}
/** A checker over `tree`, compiling each chart's schema with `compileSchema`. */
function valuesSchemaChecker(tree, compileSchema) {
    const schemas = new Map();
    const parsed = new Map();
    const schemaOf = (path) => {
        let use = schemas.get(path);
        if (use === undefined) {
            use = compile(path, tree.read(path), compileSchema);
            schemas.set(path, use);
        }
        return use;
    };
    const valuesOf = (path) => {
        let file = parsed.get(path);
        if (file === undefined) {
            const located = (0, yaml_paths_js_1.parseLocated)(tree.read(path));
            const error = located.document.errors[0];
            file = error
                ? {
                    file: path,
                    line: located.lineOf(error.pos[0]),
                    image: '',
                    rule: 'invalid-yaml',
                    message: `is not valid YAML: ${error.message.split('\n')[0]}`,
                }
                : { path, located, values: located.document.toJS({ maxAliasCount: 1000 }) };
            parsed.set(path, file);
        }
        return file;
    };
    /** The file and line where the merged value at `segments` is written. */
    const locate = (segments, files) => {
        const places = files.map((f) => ({ file: f.path, ...(0, yaml_paths_js_1.placeOf)(f.located, segments) }));
        const best = places.reduce((a, b) => (b.depth > a.depth ? b : a));
        return { file: best.file, line: best.line };
    };
    return {
        violationsOf(file) {
            const chart = (0, chart_files_js_1.chartDirOf)(file, tree.paths);
            if (chart === undefined || !(0, chart_files_js_1.isValuesFile)(file, chart))
                return [];
            const schemaPath = (0, chart_files_js_1.joinPath)(chart, 'values.schema.json');
            if (!tree.paths.has(schemaPath))
                return [];
            const use = schemaOf(schemaPath);
            if ('problem' in use)
                return [use.problem];
            const own = valuesOf(file);
            if ('rule' in own)
                return [own]; // the image scan reports the same one: sorting dedupes
            const defaultsPath = (0, chart_files_js_1.chartDefaultsOf)(chart, tree.paths);
            const defaults = defaultsPath && defaultsPath !== file ? valuesOf(defaultsPath) : undefined;
            if (defaults !== undefined && 'rule' in defaults)
                return [defaults];
            // The environment's file first: where both write a key, its line is the one that counts.
            const files = defaults ? [own, defaults] : [own];
            const merged = defaults ? (0, helm_values_js_1.coalesceValues)(defaults.values, own.values) : (own.values ?? {});
            if (use.validate(merged))
                return [];
            return (use.validate.errors ?? []).map((error) => ({
                ...locate(offendingSegments(error), files),
                image: '',
                rule: 'values-schema',
                message: messageOf(error, schemaPath),
            }));
        },
    };
}


/***/ }),

/***/ 96723:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.placeText = placeText;
exports.verdictLine = verdictLine;
exports.verifySummary = verifySummary;
/**
 * The job summary of verify-digests: the verdict with counts, the violations as a table, and
 * what could not be checked. Everything taken from files is escaped.
 */
const markdown_js_1 = __webpack_require__(12712);
const violation_js_1 = __webpack_require__(69604);
const MAX_ROWS = 200;
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
/** `file:line`, or `file` for a violation about the whole file. */
function placeText(place) {
    return place.line > 0 ? `${place.file}:${place.line}` : place.file;
}
/** The one-line verdict, also used as the failure message. */
function verdictLine(result) {
    const files = new Set(result.violations.map((v) => v.file)).size;
    const checked = `${plural(result.references.length, 'unique image')} checked in ${plural(result.files.length, 'file')}`;
    if (result.violations.length === 0)
        return `No violation: ${checked}.`;
    return `${plural(result.violations.length, 'violation')} in ${plural(files, 'file')} (${checked}).`;
}
/** The summary as Markdown; `requests` is the registry's request count, when it was asked. */
function verifySummary(result, requests) {
    const parts = [
        `## verify-digests\n\n**${result.violations.length === 0 ? 'Passed' : 'Failed'}**: ${(0, markdown_js_1.escapeMarkdown)(verdictLine(result))}`,
    ];
    const notChecked = result.images.filter((i) => i.status === 'not-checked').length;
    const counts = [
        `${plural(result.images.length, 'image occurrence')} found`,
        `${plural(result.lookups.digests, 'digest')} and ${plural(result.lookups.tags, 'tag')} looked up`,
        ...(requests === undefined ? [] : [`${plural(requests, 'registry request')}`]),
        ...(notChecked > 0 ? [`${notChecked} not checked (allowed or all rules off)`] : []),
    ];
    parts.push(counts.join(' · '));
    if (result.violations.length > 0) {
        parts.push((0, markdown_js_1.markdownTable)(['Rule', 'Violations'], (0, violation_js_1.countByRule)(result.violations).map(([rule, count]) => [(0, markdown_js_1.inlineCode)(rule), String(count)])));
        const rows = result.violations
            .slice(0, MAX_ROWS)
            .map((v) => [
            (0, markdown_js_1.inlineCode)(placeText(v)),
            (0, markdown_js_1.inlineCode)(v.image),
            (0, markdown_js_1.inlineCode)(v.rule),
            (0, markdown_js_1.escapeMarkdown)(v.message),
        ]);
        parts.push(`### Violations\n\n${(0, markdown_js_1.markdownTable)(['Where', 'Image', 'Rule', 'Message'], rows)}`);
        if (result.violations.length > MAX_ROWS)
            parts.push(`… and ${result.violations.length - MAX_ROWS} more, in the JSON report.`);
    }
    if (result.warnings.length > 0) {
        const items = result.warnings
            .slice(0, MAX_ROWS)
            .map((w) => `- ${(0, markdown_js_1.inlineCode)(placeText(w))}: ${(0, markdown_js_1.escapeMarkdown)(w.message)}`);
        parts.push(`<details><summary>Not checked (${result.warnings.length})</summary>\n\n${items.join('\n')}\n\n</details>`);
    }
    return `${parts.join('\n\n')}\n`;
}


/***/ }),

/***/ 54838:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyWorkspace = verifyWorkspace;
const registry_lookup_js_1 = __webpack_require__(28969);
const chart_repositories_js_1 = __webpack_require__(22896);
const collect_images_js_1 = __webpack_require__(77116);
const component_tag_images_js_1 = __webpack_require__(83996);
const image_checks_js_1 = __webpack_require__(33434);
const registry_verdicts_js_1 = __webpack_require__(83535);
const json_schema_js_1 = __webpack_require__(32983);
const values_schema_js_1 = __webpack_require__(46069);
const violation_js_1 = __webpack_require__(69604);
/** Look each target up once, all at once (the client bounds concurrency). */
async function lookUp(registry, targets, platform) {
    return Promise.all(targets.map(async (t) => [(0, registry_lookup_js_1.describeTarget)(t), await registry.lookupManifest(t, { platform })]));
}
/** Run every check; never throws for what it finds, only for what it cannot read. */
async function verifyWorkspace(request) {
    const { tree, rules } = request;
    const paths = [...new Set(request.files)];
    const files = paths.map((path) => ({ path, text: tree.read(path) }));
    const collected = (0, collect_images_js_1.collectImages)(files);
    const fromTags = request.componentTags ? (0, component_tag_images_js_1.componentTagImages)(request.componentTags) : undefined;
    const records = [...(0, chart_repositories_js_1.withChartRepositories)(collected.records, tree), ...(fromTags?.records ?? [])];
    const plan = (0, image_checks_js_1.planChecks)(records, rules);
    const registry = request.registry;
    if (rules.checkRegistry && registry === undefined)
        throw new Error('verifyWorkspace: checkRegistry needs a registry client');
    const answered = registry === undefined
        ? []
        : await Promise.all([
            lookUp(registry, plan.digestTargets, rules.platforms.length > 0),
            lookUp(registry, plan.tagTargets, false),
        ]);
    const results = new Map(answered.flat());
    const violations = [...collected.violations];
    const warnings = [...collected.warnings, ...(fromTags?.warnings ?? [])];
    const images = plan.checks.map((check) => {
        const found = [...check.violations, ...(0, registry_verdicts_js_1.registryVerdicts)(check, results, rules.platforms)];
        violations.push(...found);
        warnings.push(...check.warnings);
        const { record } = check;
        return {
            file: record.file,
            line: record.line,
            image: check.image,
            origin: record.origin,
            keyPath: record.keyPath,
            ...(record.repositoryFrom ? { repositoryFrom: record.repositoryFrom } : {}),
            checks: check.checks,
            status: found.length > 0 ? 'failed' : check.checks.length > 0 ? 'passed' : 'not-checked',
        };
    });
    // ajv is loaded only when some chart has a schema: without one, no file has violations.
    if (rules.schema === 'auto' && (0, values_schema_js_1.hasValuesSchema)(tree)) {
        const schema = (0, values_schema_js_1.valuesSchemaChecker)(tree, await (0, json_schema_js_1.loadSchemaCompiler)());
        for (const file of paths)
            violations.push(...schema.violationsOf(file));
    }
    return {
        files: paths,
        images,
        references: plan.references,
        lookups: { digests: plan.digestTargets.length, tags: plan.tagTargets.length },
        violations: (0, violation_js_1.sortedViolations)(violations),
        warnings: (0, violation_js_1.sortedWarnings)(warnings),
    };
}


/***/ }),

/***/ 69604:
/***/ ((__unused_webpack_module, exports) => {


/**
 * What verify-digests reports: violations (each fails the step, with an annotation at its file
 * and line) and warnings (what could not be checked, said out loud instead of passed silently).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULE_ORDER = void 0;
exports.sortedViolations = sortedViolations;
exports.sortedWarnings = sortedWarnings;
exports.countByRule = countByRule;
function byPlace(a, b) {
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
/** Violations sorted by file, line and rule, each reported once. */
function sortedViolations(violations) {
    const seen = new Set();
    const unique = violations.filter((v) => {
        const key = JSON.stringify([v.file, v.line, v.rule, v.image, v.message]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return unique.sort((a, b) => byPlace(a, b) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
/** Warnings sorted by file and line, each reported once. */
function sortedWarnings(warnings) {
    const seen = new Set();
    return warnings
        .filter((w) => {
        const key = JSON.stringify([w.file, w.line, w.message]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort(byPlace);
}
/** How many violations break each rule, in the order of the rules above. */
function countByRule(violations) {
    const counts = new Map();
    for (const v of violations)
        counts.set(v.rule, (counts.get(v.rule) ?? 0) + 1);
    return [...counts].sort((a, b) => exports.RULE_ORDER.indexOf(a[0]) - exports.RULE_ORDER.indexOf(b[0]));
}
exports.RULE_ORDER = [
    'require-digest',
    'digest-missing',
    'registry-error',
    'platform-missing',
    'tag-moved',
    'tag-missing',
    'values-schema',
    'invalid-reference',
    'unreadable-image',
    'invalid-yaml',
];


/***/ }),

/***/ 18101:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseLocated = parseLocated;
exports.pointerSegments = pointerSegments;
exports.dottedPath = dottedPath;
exports.placeOf = placeOf;
/**
 * Find where a JSON path (an ajv `instancePath`, or a list of keys) is written in a YAML or JSON
 * document: the line of the key, or of the deepest ancestor that is written there.
 */
const yaml_1 = __webpack_require__(38815);
/** Parse the first document of `text` (YAML, or JSON, which YAML reads too). */
function parseLocated(text) {
    const lineCounter = new yaml_1.LineCounter();
    const document = (0, yaml_1.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    return { document, lineOf: (offset) => lineCounter.linePos(offset).line };
}
/** `/a/b~1c/0` → `['a', 'b/c', '0']`. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** `a.b[0]`, or `(root)` for the empty path. */
function dottedPath(segments) {
    let out = '';
    for (const segment of segments) {
        if (/^[0-9]+$/.test(segment))
            out += `[${segment}]`;
        else if (/^[A-Za-z0-9_$-]+$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out || '(root)';
}
function keyText(key) {
    if (!(0, yaml_1.isScalar)(key))
        return undefined;
    return key.value === null ? '' : String(key.value);
}
/** Where `segments` lead in the document. */
function placeOf(located, segments) {
    const { document, lineOf } = located;
    let node = document.contents;
    const start = node?.range?.[0];
    let place = { line: start === undefined ? 1 : lineOf(start), depth: 0 };
    for (const [index, segment] of segments.entries()) {
        if ((0, yaml_1.isAlias)(node))
            node = node.resolve(document);
        if ((0, yaml_1.isMap)(node)) {
            const pair = node.items.find((p) => keyText(p.key) === segment);
            if (pair === undefined)
                return place;
            const at = pair.key?.range?.[0];
            place = { line: at === undefined ? place.line : lineOf(at), depth: index + 1 };
            node = pair.value;
        }
        else if ((0, yaml_1.isSeq)(node) && /^[0-9]+$/.test(segment)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                return place;
            const at = item?.range?.[0];
            place = { line: at === undefined ? place.line : lineOf(at), depth: index + 1 };
            node = item;
        }
        else {
            return place;
        }
    }
    return place;
}


/***/ })

};
