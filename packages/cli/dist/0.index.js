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
