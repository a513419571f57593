export const id = 723;
export const ids = [723];
export const modules = {

/***/ 4723:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUILD_FLAGS = void 0;
exports.readTagsRequest = readTagsRequest;
/**
 * The flags `tags` and `record` share (emit-tags' inputs), read into the core's TagsRequest.
 * Where the action reads the runner's context, the CLI asks Git in the workspace: the commit
 * is HEAD unless `--sha` names one, `{{branch}}` the current branch unless `--ref-name` does.
 */
const core_1 = __webpack_require__(60893);
const build_1 = __webpack_require__(47226);
const git_1 = __webpack_require__(77578);
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** git's trimmed stdout in the workspace, or '' when git cannot tell (not a repository). */
async function tryGit(cwd, args) {
    try {
        return (await (0, git_1.runGit)(args, { cwd })).stdout.trim();
    }
    catch (error) {
        if (error instanceof git_1.GitCommandError)
            return '';
        throw error;
    }
}
async function readSha(flags, workspace) {
    const sha = flags.text('sha') || (await tryGit(workspace, ['rev-parse', 'HEAD']));
    if (sha === '')
        throw new core_1.InputError('sha', sha, 'is empty and the workspace is not a Git checkout; give the commit the images are built from');
    if (!FULL_SHA.test(sha))
        throw new core_1.InputError('sha', sha, 'must be a full commit SHA: 40 lowercase hex digits');
    return sha;
}
function readTimestamp(flags) {
    const value = flags.text('timestamp');
    if (value === '')
        return undefined;
    if (!/^[0-9]{1,12}$/.test(value))
        throw new core_1.InputError('timestamp', value, 'must be Unix seconds (a whole number)');
    return Number(value);
}
/** The current branch, '' on a detached HEAD. */
async function readRefName(flags, workspace) {
    if (flags.has('ref-name'))
        return flags.text('ref-name');
    const branch = await tryGit(workspace, ['rev-parse', '--abbrev-ref', 'HEAD']);
    return branch === 'HEAD' ? '' : branch;
}
/** The request to compute a build's tags and labels from the flags. */
async function readTagsRequest(flags, context) {
    const templates = flags.lines('tags');
    const imagesText = flags.lines('images').join('\n');
    if (imagesText === '')
        throw new core_1.InputError('images', '', 'is required: lines service=repository, e.g. --images api=ghcr.io/acme/api');
    const timestamp = readTimestamp(flags);
    return {
        workspace: context.workspace,
        images: (0, build_1.parseServiceImages)(imagesText),
        templates: templates.length > 0 ? templates : ['{{short_sha}}'],
        environment: flags.text('environment'),
        version: flags.text('version'),
        sha: await readSha(flags, context.workspace),
        shortShaLength: flags.integer('short-sha-length', 7, 4, 40),
        ...(timestamp === undefined ? {} : { timestamp }),
        refName: await readRefName(flags, context.workspace),
        runNumber: flags.text('run-number'),
        repository: flags.text('repository'),
        serverUrl: flags.text('server-url', 'https://github.com'),
    };
}
/** emit-tags' inputs for a build, as flags. */
exports.BUILD_FLAGS = {
    images: {
        type: 'string',
        multiple: true,
        value: '<service=repo>',
        description: 'service=repository of each image the build pushes, e.g. api=ghcr.io/acme/api.',
    },
    tags: {
        type: 'string',
        multiple: true,
        value: '<template>',
        description: 'Tag templates: {{sha}}, {{short_sha}}, {{version}}, {{env}}, {{timestamp}}, {{branch}}, {{run_number}}.',
        default: '{{short_sha}}',
    },
    environment: { type: 'string', value: '<name>', description: 'The environment for {{env}}.' },
    version: {
        type: 'string',
        value: '<semver>',
        description: 'The version for {{version}}.',
        default: 'release-please manifest, v* Git tags, then package.json',
    },
    sha: {
        type: 'string',
        value: '<commit>',
        description: 'The full commit SHA the images are built from.',
        default: 'HEAD of the workspace',
    },
    'short-sha-length': {
        type: 'string',
        value: '<n>',
        description: 'Length of {{short_sha}} and of the recorded sha (4 to 40).',
        default: '7',
    },
    timestamp: {
        type: 'string',
        value: '<unix-seconds>',
        description: 'For {{timestamp}} and the created label.',
        default: 'the commit time of --sha',
    },
    'ref-name': {
        type: 'string',
        value: '<branch>',
        description: 'For {{branch}}.',
        default: 'the current branch',
    },
    'run-number': { type: 'string', value: '<n>', description: 'For {{run_number}}.' },
    repository: {
        type: 'string',
        value: '<owner/name>',
        description: 'The source repository, for the org.opencontainers.image.source label.',
    },
    'server-url': {
        type: 'string',
        value: '<url>',
        description: 'The forge the repository is on, for the source label.',
        default: 'https://github.com',
    },
};


/***/ }),

/***/ 95106:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseServiceImages = parseServiceImages;
exports.parseServiceDigests = parseServiceDigests;
exports.fullReferences = fullReferences;
exports.recordComponentTags = recordComponentTags;
const errors_js_1 = __webpack_require__(37638);
const key_value_lines_js_1 = __webpack_require__(86236);
const reference_js_1 = __webpack_require__(14548);
/** Parse `images` lines `service=repository`, validating each repository. */
function parseServiceImages(text) {
    const lines = (0, key_value_lines_js_1.parseKeyValueLines)('images', text, 'service=repository (e.g. api=ghcr.io/acme/api)');
    if (lines.length === 0)
        throw new errors_js_1.InputError('images', text, 'lists no image; expected lines service=repository');
    return lines.map(({ key, value, line }) => {
        if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/.test(key))
            throw new errors_js_1.InputError('images', `${key}=${value}`, `(line ${line}) has an invalid service name '${key}'`);
        try {
            return { service: key, repository: (0, reference_js_1.repositoryOf)((0, reference_js_1.parseRepository)(value)) };
        }
        catch (error) {
            throw new errors_js_1.InputError('images', value, `(line ${line}) is not a valid repository: ${error.message}`);
        }
    });
}
/** Parse `digests` lines `service=sha256:…`; every service must be one of `images`. */
function parseServiceDigests(text, images) {
    const known = new Set(images.map((i) => i.service));
    const digests = new Map();
    for (const { key, value, line } of (0, key_value_lines_js_1.parseKeyValueLines)('digests', text, 'service=sha256:<64 hex>')) {
        if (!known.has(key))
            throw new errors_js_1.InputError('digests', `${key}=${value}`, `(line ${line}) names the service '${key}', which is not in 'images' (${[...known].join(', ')})`);
        const problem = (0, reference_js_1.digestProblem)(value);
        if (problem)
            throw new errors_js_1.InputError('digests', value, `(line ${line}) ${problem}`);
        digests.set(key, value);
    }
    return digests;
}
/** Every image with every tag: the lines for docker/build-push-action's `tags`. */
function fullReferences(images, tags) {
    return images.flatMap((image) => tags.map((tag) => `${image.repository}:${tag}`));
}
/** The component-tags record for the services that have a digest. */
function recordComponentTags(input) {
    const record = {};
    for (const image of input.images) {
        const digest = input.digests.get(image.service);
        if (digest === undefined)
            continue;
        record[image.service] = {
            tag: input.tag,
            sha: input.shortSha,
            digest,
            image: image.repository,
        };
    }
    return record;
}


/***/ }),

/***/ 51993:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.computeTags = computeTags;
/**
 * Compute the tags and OCI labels a build pushes: resolve the version (input, release-please
 * manifest, `v*` Git tags, package.json), read the commit time, render the templates.
 */
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(37638);
const build_tags_js_1 = __webpack_require__(95106);
const git_facts_js_1 = __webpack_require__(52848);
const oci_labels_js_1 = __webpack_require__(72395);
const tag_template_js_1 = __webpack_require__(7061);
const version_js_1 = __webpack_require__(60966);
function readOptional(path) {
    return (0, node_fs_1.existsSync)(path) ? (0, node_fs_1.readFileSync)(path, 'utf8') : undefined;
}
/** The version from the evidence in the workspace; says where it came from, or that there is none. */
async function resolveBuildVersion(request, needed, log) {
    const { workspace } = request;
    const needsGit = request.version === '' && !(0, node_fs_1.existsSync)((0, node_path_1.join)(workspace, '.release-please-manifest.json'));
    const resolved = (0, version_js_1.resolveVersion)({
        input: request.version,
        releasePleaseManifest: readOptional((0, node_path_1.join)(workspace, '.release-please-manifest.json')),
        gitTags: needsGit ? await (0, git_facts_js_1.readReachableVersionTags)(workspace, request.sha) : [],
        packageJson: readOptional((0, node_path_1.join)(workspace, 'package.json')),
    }, needed);
    if (resolved)
        log.info(`Version ${resolved.version} (from ${resolved.source})`);
    else if (needed)
        log.info('No version found.');
    return resolved;
}
/** The OCI labels; none when the commit time is unknown (the created label needs it). */
function labelsOf(request, commitTime, version) {
    if (commitTime === undefined)
        return [];
    return (0, oci_labels_js_1.ociLabels)({
        revision: request.sha,
        created: commitTime,
        ...(request.repository ? { source: `${request.serverUrl}/${request.repository}` } : {}),
        ...(version ? { version } : {}),
    });
}
/** Compute the build's tags, references, labels and version. */
async function computeTags(request, log) {
    const uses = new Set(request.templates.flatMap(tag_template_js_1.placeholdersOf));
    const version = (await resolveBuildVersion(request, uses.has('version'), log))?.version;
    const commitTime = request.timestamp ?? (await (0, git_facts_js_1.tryReadCommitTime)(request.workspace, request.sha));
    if (commitTime === undefined && uses.has('timestamp'))
        throw new errors_js_1.InputError('timestamp', '', `is empty and the commit time of ${request.sha} cannot be read from the workspace; check out the repository first (actions/checkout) or set 'timestamp'`);
    const tags = (0, tag_template_js_1.renderTags)(request.templates, {
        sha: request.sha,
        shortSha: (0, tag_template_js_1.shortSha)(request.sha, request.shortShaLength),
        timestamp: commitTime ?? 0,
        ...(version ? { version } : {}),
        ...(request.environment ? { env: request.environment } : {}),
        ...(request.refName ? { branch: (0, tag_template_js_1.tagSafeRefName)(request.refName) } : {}),
        ...(request.runNumber ? { runNumber: request.runNumber } : {}),
    });
    const labels = labelsOf(request, commitTime, version);
    if (commitTime === undefined)
        log.warning(`The commit time of ${request.sha} is unknown; the created label is left out.`);
    return { tags, references: (0, build_tags_js_1.fullReferences)(request.images, tags), labels, version: version ?? '' };
}


/***/ }),

/***/ 52848:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tryReadCommitTime = tryReadCommitTime;
exports.readReachableVersionTags = readReachableVersionTags;
/** What emit-tags asks Git about the built commit: its time and the tags that reach it. */
const git_cli_js_1 = __webpack_require__(71973);
/** git's standard output, or undefined when git fails or cannot run (Git cannot tell). */
async function tryGit(cwd, args) {
    try {
        return (await (0, git_cli_js_1.runGit)(args, { cwd })).stdout;
    }
    catch (error) {
        if (error instanceof git_cli_js_1.GitCommandError)
            return undefined;
        throw error;
    }
}
/** The committer time of `sha` in Unix seconds, or undefined when Git cannot tell. */
async function tryReadCommitTime(cwd, sha) {
    const out = await tryGit(cwd, ['show', '-s', '--format=%ct', sha]);
    const seconds = Number(out?.trim());
    return out !== undefined && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}
/** The `v*` tags reachable from `sha` (empty when Git cannot tell). */
async function readReachableVersionTags(cwd, sha) {
    const out = await tryGit(cwd, ['tag', '--merged', sha, '--list', 'v*']);
    return out === undefined
        ? []
        : out
            .split('\n')
            .map((t) => t.trim())
            .filter(Boolean);
}


/***/ }),

/***/ 47226:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.releaseNotes = exports.publishRelease = exports.planRelease = exports.promotionSummary = exports.promoteImages = exports.planRetag = exports.applyRetag = exports.resolveSource = exports.VERSION_LABEL = exports.sourceLabelsOf = exports.REVISION_LABEL = exports.RetagRegistryError = exports.ReleaseVersionError = exports.ReadBackError = exports.ImmutableTagError = exports.mergeRecords = exports.tryReadCommitTime = exports.readReachableVersionTags = exports.computeTags = exports.ociLabels = exports.versionFromReleasePleaseManifest = exports.versionFromPackageJson = exports.versionFromGitTags = exports.resolveVersion = exports.normalizeVersion = exports.tagSafeRefName = exports.shortSha = exports.renderTags = exports.renderTag = exports.placeholdersOf = exports.PLACEHOLDERS = exports.recordComponentTags = exports.parseServiceImages = exports.parseServiceDigests = exports.fullReferences = void 0;
/**
 * emit-tags' wing: the tags and OCI labels a build pushes, the version they name, and the
 * component-tags records of what was pushed, merged across a matrix.
 */
var build_tags_js_1 = __webpack_require__(95106);
Object.defineProperty(exports, "fullReferences", ({ enumerable: true, get: function () { return build_tags_js_1.fullReferences; } }));
Object.defineProperty(exports, "parseServiceDigests", ({ enumerable: true, get: function () { return build_tags_js_1.parseServiceDigests; } }));
Object.defineProperty(exports, "parseServiceImages", ({ enumerable: true, get: function () { return build_tags_js_1.parseServiceImages; } }));
Object.defineProperty(exports, "recordComponentTags", ({ enumerable: true, get: function () { return build_tags_js_1.recordComponentTags; } }));
var tag_template_js_1 = __webpack_require__(7061);
Object.defineProperty(exports, "PLACEHOLDERS", ({ enumerable: true, get: function () { return tag_template_js_1.PLACEHOLDERS; } }));
Object.defineProperty(exports, "placeholdersOf", ({ enumerable: true, get: function () { return tag_template_js_1.placeholdersOf; } }));
Object.defineProperty(exports, "renderTag", ({ enumerable: true, get: function () { return tag_template_js_1.renderTag; } }));
Object.defineProperty(exports, "renderTags", ({ enumerable: true, get: function () { return tag_template_js_1.renderTags; } }));
Object.defineProperty(exports, "shortSha", ({ enumerable: true, get: function () { return tag_template_js_1.shortSha; } }));
Object.defineProperty(exports, "tagSafeRefName", ({ enumerable: true, get: function () { return tag_template_js_1.tagSafeRefName; } }));
var version_js_1 = __webpack_require__(60966);
Object.defineProperty(exports, "normalizeVersion", ({ enumerable: true, get: function () { return version_js_1.normalizeVersion; } }));
Object.defineProperty(exports, "resolveVersion", ({ enumerable: true, get: function () { return version_js_1.resolveVersion; } }));
Object.defineProperty(exports, "versionFromGitTags", ({ enumerable: true, get: function () { return version_js_1.versionFromGitTags; } }));
Object.defineProperty(exports, "versionFromPackageJson", ({ enumerable: true, get: function () { return version_js_1.versionFromPackageJson; } }));
Object.defineProperty(exports, "versionFromReleasePleaseManifest", ({ enumerable: true, get: function () { return version_js_1.versionFromReleasePleaseManifest; } }));
var oci_labels_js_1 = __webpack_require__(72395);
Object.defineProperty(exports, "ociLabels", ({ enumerable: true, get: function () { return oci_labels_js_1.ociLabels; } }));
var compute_tags_js_1 = __webpack_require__(51993);
Object.defineProperty(exports, "computeTags", ({ enumerable: true, get: function () { return compute_tags_js_1.computeTags; } }));
var git_facts_js_1 = __webpack_require__(52848);
Object.defineProperty(exports, "readReachableVersionTags", ({ enumerable: true, get: function () { return git_facts_js_1.readReachableVersionTags; } }));
Object.defineProperty(exports, "tryReadCommitTime", ({ enumerable: true, get: function () { return git_facts_js_1.tryReadCommitTime; } }));
var merge_records_js_1 = __webpack_require__(2961);
Object.defineProperty(exports, "mergeRecords", ({ enumerable: true, get: function () { return merge_records_js_1.mergeRecords; } }));
var retag_errors_js_1 = __webpack_require__(91509);
Object.defineProperty(exports, "ImmutableTagError", ({ enumerable: true, get: function () { return retag_errors_js_1.ImmutableTagError; } }));
Object.defineProperty(exports, "ReadBackError", ({ enumerable: true, get: function () { return retag_errors_js_1.ReadBackError; } }));
Object.defineProperty(exports, "ReleaseVersionError", ({ enumerable: true, get: function () { return retag_errors_js_1.ReleaseVersionError; } }));
Object.defineProperty(exports, "RetagRegistryError", ({ enumerable: true, get: function () { return retag_errors_js_1.RetagRegistryError; } }));
var source_labels_js_1 = __webpack_require__(99493);
Object.defineProperty(exports, "REVISION_LABEL", ({ enumerable: true, get: function () { return source_labels_js_1.REVISION_LABEL; } }));
Object.defineProperty(exports, "sourceLabelsOf", ({ enumerable: true, get: function () { return source_labels_js_1.sourceLabelsOf; } }));
Object.defineProperty(exports, "VERSION_LABEL", ({ enumerable: true, get: function () { return source_labels_js_1.VERSION_LABEL; } }));
var resolve_source_js_1 = __webpack_require__(83302);
Object.defineProperty(exports, "resolveSource", ({ enumerable: true, get: function () { return resolve_source_js_1.resolveSource; } }));
var retag_js_1 = __webpack_require__(93721);
Object.defineProperty(exports, "applyRetag", ({ enumerable: true, get: function () { return retag_js_1.applyRetag; } }));
Object.defineProperty(exports, "planRetag", ({ enumerable: true, get: function () { return retag_js_1.planRetag; } }));
var promote_source_js_1 = __webpack_require__(62446);
Object.defineProperty(exports, "promoteImages", ({ enumerable: true, get: function () { return promote_source_js_1.promoteImages; } }));
var promotion_summary_js_1 = __webpack_require__(38274);
Object.defineProperty(exports, "promotionSummary", ({ enumerable: true, get: function () { return promotion_summary_js_1.promotionSummary; } }));
var release_js_1 = __webpack_require__(41919);
Object.defineProperty(exports, "planRelease", ({ enumerable: true, get: function () { return release_js_1.planRelease; } }));
Object.defineProperty(exports, "publishRelease", ({ enumerable: true, get: function () { return release_js_1.publishRelease; } }));
Object.defineProperty(exports, "releaseNotes", ({ enumerable: true, get: function () { return release_js_1.releaseNotes; } }));


/***/ }),

/***/ 2961:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mergeRecords = mergeRecords;
/**
 * The component-tags record of a build: the file already in the workspace, the records of
 * a matrix's artifacts and this build's digests, merged in that order into one.
 */
const component_tags_js_1 = __webpack_require__(83382);
const build_tags_js_1 = __webpack_require__(95106);
const tag_template_js_1 = __webpack_require__(7061);
/** Merge the sources in order and format the result. */
function mergeRecords(sources) {
    const all = [...(sources.existing ? [sources.existing] : [])];
    all.push(...(sources.artifacts ?? []));
    const recorded = sources.recorded;
    if (recorded)
        all.push({
            name: 'digests',
            tags: (0, build_tags_js_1.recordComponentTags)({
                images: recorded.images,
                digests: recorded.digests,
                tag: recorded.tag,
                shortSha: (0, tag_template_js_1.shortSha)(recorded.sha, recorded.shortShaLength),
            }),
        });
    const merged = (0, component_tags_js_1.mergeComponentTags)(all);
    return { merged, json: (0, component_tags_js_1.formatComponentTags)(merged) };
}


/***/ }),

/***/ 72395:
/***/ ((__unused_webpack_module, exports) => {


/** The `org.opencontainers.image.*` labels a build sets, from the commit it built. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ociLabels = ociLabels;
/** Labels as `key=value` lines, in a stable order. */
function ociLabels(input) {
    const labels = [
        ['org.opencontainers.image.created', new Date(input.created * 1000).toISOString()],
        ['org.opencontainers.image.revision', input.revision],
        ['org.opencontainers.image.source', input.source],
        ['org.opencontainers.image.version', input.version],
    ];
    return labels.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${v}`);
}


/***/ }),

/***/ 62446:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promoteImages = promoteImages;
const tag_template_js_1 = __webpack_require__(7061);
const retag_errors_js_1 = __webpack_require__(91509);
const retag_js_1 = __webpack_require__(93721);
const resolve_source_js_1 = __webpack_require__(83302);
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
        shortSha: (0, tag_template_js_1.shortSha)(values.sha.value, inputs.shortShaLength),
        timestamp: inputs.timestamp,
        ...(values.version ? { version: values.version.value } : {}),
        ...(env ? { env } : {}),
        ...(branch ? { branch } : {}),
        ...(runNumber ? { runNumber } : {}),
    };
}
async function planImage(registry, image, inputs) {
    const source = await (0, resolve_source_js_1.resolveSource)(registry, image, inputs.source);
    const values = valuesOf(source, inputs);
    if (inputs.mode === 'resolve')
        return { source, values, tags: [] };
    const context = contextOf(inputs, values);
    const wanted = new Map();
    for (const template of inputs.templates) {
        const tag = (0, tag_template_js_1.renderTag)(template, context);
        if (!wanted.has(tag))
            wanted.set(tag, { tag, alias: (0, tag_template_js_1.placeholdersOf)(template).length === 0 });
    }
    return { source, values, tags: await (0, retag_js_1.planRetag)(registry, source, [...wanted.values()]) };
}
function recordOf(planned, length) {
    const record = {};
    for (const { source, values, tags } of planned)
        record[source.service] = {
            tag: tags[0]?.tag ?? source.tag,
            sha: (0, tag_template_js_1.shortSha)(values.sha.value, length),
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
        throw new retag_errors_js_1.ReleaseVersionError(`'release: true' needs a version, and ${planned[0].source.repository}:${planned[0].source.tag} has no org.opencontainers.image.version label, the filter no 'version' group, and 'version' is empty; nothing was pushed`);
    let pushed = 0;
    if (inputs.mode === 'retag' && !inputs.dryRun)
        for (const { source, tags } of planned) {
            await (0, retag_js_1.applyRetag)(registry, source, tags);
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


/***/ }),

/***/ 38274:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promotionSummary = promotionSummary;
/** The job summary of a retag or resolve: each source, how the policy chose it, every tag. Pure. */
const tag_policy_js_1 = __webpack_require__(82763);
const markdown_js_1 = __webpack_require__(12712);
const ACTION_WORDS = {
    push: 'pushed',
    move: 'moved (alias)',
    keep: 'already there',
};
function choiceLine(image, spec) {
    const { choice } = image.source;
    if (spec.kind === 'tag' || choice === undefined)
        return `explicit \`from-tag\``;
    return `${(0, markdown_js_1.inlineCode)((0, tag_policy_js_1.describeTagPolicy)(spec.policy))}: ${choice.listed} tags listed, ${choice.kept} kept by the filter, ${choice.candidates} candidates, winner ${(0, markdown_js_1.inlineCode)(choice.tag)}`;
}
function tagRows(image, result) {
    return image.tags.map((t) => [
        (0, markdown_js_1.inlineCode)(`${image.source.repository}:${t.tag}`),
        t.alias ? 'alias' : 'immutable',
        result.dryRun && t.action !== 'keep'
            ? `would be ${ACTION_WORDS[t.action]}`
            : ACTION_WORDS[t.action],
    ]);
}
function imageSection(image, result, spec) {
    const { source } = image;
    const lines = [
        `### ${(0, markdown_js_1.escapeMarkdown)(source.service)}`,
        '',
        `- Source: ${(0, markdown_js_1.inlineCode)(`${source.repository}:${source.tag}`)} (${source.kind}) ${(0, markdown_js_1.inlineCode)(source.digest)}`,
        `- Chosen by: ${choiceLine(image, spec)}`,
        `- Version: ${image.version ? `${(0, markdown_js_1.inlineCode)(image.version.value)} (from ${image.version.from})` : 'none'}; commit ${(0, markdown_js_1.inlineCode)(image.sha.value)} (from ${image.sha.from})`,
    ];
    if (image.tags.length > 0)
        lines.push('', (0, markdown_js_1.markdownTable)(['Tag', 'Kind', 'Result'], tagRows(image, result)));
    return lines.join('\n');
}
/** Markdown for the job summary. */
function promotionSummary(result, spec) {
    const title = result.mode === 'resolve' ? 'Resolved source' : result.dryRun ? 'Retag (dry run)' : 'Retag';
    const sections = result.images.map((image) => imageSection(image, result, spec));
    return `## ${title}\n\n${sections.join('\n\n')}\n`;
}


/***/ }),

/***/ 41919:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.releaseNotes = releaseNotes;
exports.planRelease = planRelease;
exports.publishRelease = publishRelease;
/**
 * The GitHub release of a promotion (seed 003): `v<version>` on the source commit, its notes
 * listing each service, the tags pushed and the digest. Created once, updated on a re-run.
 * GitHub is reached through a small port, so the core needs no Octokit.
 */
const retag_errors_js_1 = __webpack_require__(91509);
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
        throw new retag_errors_js_1.ReleaseVersionError("'release: true' needs a version: the source has no org.opencontainers.image.version label, the filter no 'version' group, and 'version' is empty");
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


/***/ }),

/***/ 83302:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSource = resolveSource;
const tag_policy_js_1 = __webpack_require__(82763);
const registry_lookup_js_1 = __webpack_require__(28969);
const retag_errors_js_1 = __webpack_require__(91509);
const source_labels_js_1 = __webpack_require__(99493);
async function chooseSourceTag(registry, image, policy) {
    const listed = await registry.listTags(image.repository);
    if (listed.status !== 'present')
        throw new retag_errors_js_1.RetagRegistryError(image.repository, `Cannot list the tags: ${listed.message}`);
    return (0, tag_policy_js_1.chooseTag)(listed.tags, policy, image.repository);
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
        throw new retag_errors_js_1.RetagRegistryError(target.repository, `Cannot read the index's first image: ${child.message}`);
    return child.manifest.config?.digest;
}
async function readLabels(registry, target, source) {
    const config = await configDigestOf(registry, target, source);
    if (config === undefined)
        return {};
    const blob = await registry.fetchBlob(target, config);
    if (blob.status !== 'present')
        throw new retag_errors_js_1.RetagRegistryError(target.repository, `Cannot read the image config: ${blob.message}`);
    return (0, source_labels_js_1.sourceLabelsOf)(blob.body);
}
/** Choose the source tag, read its manifest bytes and its labels. */
async function resolveSource(registry, image, spec) {
    const choice = spec.kind === 'policy' ? await chooseSourceTag(registry, image, spec.policy) : undefined;
    const tag = choice?.tag ?? (spec.kind === 'tag' ? spec.tag : '');
    const target = (0, registry_lookup_js_1.manifestTarget)(`${image.repository}:${tag}`, 'tag');
    const found = await registry.fetchManifestBody(target);
    if (found.status !== 'present')
        throw new retag_errors_js_1.RetagRegistryError(image.repository, `The source ${image.repository}:${tag} cannot be read: ${found.message}`);
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


/***/ }),

/***/ 91509:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ReleaseVersionError = exports.ReadBackError = exports.ImmutableTagError = exports.RetagRegistryError = void 0;
/** Why a retag or resolve stopped: each names the image and the tag. */
const errors_js_1 = __webpack_require__(37638);
/** The registry could not give what the step needs (source tag, tags list, config, push). */
class RetagRegistryError extends errors_js_1.PromoteError {
    image;
    name = 'RetagRegistryError';
    constructor(image, detail) {
        super(detail);
        this.image = image;
    }
}
exports.RetagRegistryError = RetagRegistryError;
/** A tag with placeholders already points at another digest: immutable tags never move. */
class ImmutableTagError extends errors_js_1.PromoteError {
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
exports.ImmutableTagError = ImmutableTagError;
/** A pushed tag did not resolve back to the source digest. */
class ReadBackError extends errors_js_1.PromoteError {
    image;
    tag;
    name = 'ReadBackError';
    constructor(image, tag, detail) {
        super(`${image}:${tag} was pushed but ${detail}`);
        this.image = image;
        this.tag = tag;
    }
}
exports.ReadBackError = ReadBackError;
/** `release: true` without a version to name the release. */
class ReleaseVersionError extends errors_js_1.PromoteError {
    name = 'ReleaseVersionError';
}
exports.ReleaseVersionError = ReleaseVersionError;


/***/ }),

/***/ 93721:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planRetag = planRetag;
exports.applyRetag = applyRetag;
/**
 * Put a source manifest under new tags without a rebuild: plan what each tag needs (push,
 * move an alias, or keep), refuse to move an immutable tag, then PUT the source's exact bytes
 * under each tag and read it back.
 */
const media_types_js_1 = __webpack_require__(52969);
const registry_lookup_js_1 = __webpack_require__(28969);
const retag_errors_js_1 = __webpack_require__(91509);
async function planOne(registry, source, wanted) {
    const found = await registry.lookupManifest((0, registry_lookup_js_1.manifestTarget)(`${source.repository}:${wanted.tag}`, 'tag'));
    if (found.status === 'missing')
        return { ...wanted, action: 'push' };
    if (found.status === 'error')
        throw new retag_errors_js_1.RetagRegistryError(source.repository, `Cannot read ${source.repository}:${wanted.tag}: ${found.message}`);
    const current = found.manifest.digest;
    if (current === source.digest)
        return { ...wanted, action: 'keep', current };
    if (!wanted.alias)
        throw new retag_errors_js_1.ImmutableTagError(source.repository, wanted.tag, current, source.digest);
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
    return source.kind === 'index' ? media_types_js_1.OCI_INDEX : media_types_js_1.OCI_MANIFEST;
}
async function pushOne(registry, source, tag) {
    const target = (0, registry_lookup_js_1.manifestTarget)(`${source.repository}:${tag}`, 'tag');
    const pushed = await registry.putManifest(target, source.body, mediaTypeOf(source));
    if (pushed.status !== 'pushed')
        throw new retag_errors_js_1.RetagRegistryError(source.repository, `Cannot push ${source.repository}:${tag}: ${pushed.message}`);
    const back = await registry.lookupManifest(target);
    if (back.status !== 'present')
        throw new retag_errors_js_1.ReadBackError(source.repository, tag, `cannot be read back: ${back.message}`);
    if (back.manifest.digest !== source.digest)
        throw new retag_errors_js_1.ReadBackError(source.repository, tag, `resolves to ${back.manifest.digest}, not the source ${source.digest}`);
}
/** PUT the source under every tag that needs it, then check each resolves to the source digest. */
async function applyRetag(registry, source, planned) {
    for (const entry of planned)
        if (entry.action !== 'keep')
            await pushOne(registry, source, entry.tag);
}


/***/ }),

/***/ 99493:
/***/ ((__unused_webpack_module, exports) => {


/** The OCI labels of an image config that a promotion reads back: version and revision. Pure. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REVISION_LABEL = exports.VERSION_LABEL = void 0;
exports.sourceLabelsOf = sourceLabelsOf;
exports.VERSION_LABEL = 'org.opencontainers.image.version';
exports.REVISION_LABEL = 'org.opencontainers.image.revision';
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
    const version = read(exports.VERSION_LABEL);
    const revision = read(exports.REVISION_LABEL);
    return {
        ...(version === undefined ? {} : { version }),
        ...(revision === undefined ? {} : { revision }),
    };
}


/***/ }),

/***/ 7061:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PLACEHOLDERS = void 0;
exports.placeholdersOf = placeholdersOf;
exports.renderTag = renderTag;
exports.renderTags = renderTags;
exports.tagSafeRefName = tagSafeRefName;
exports.shortSha = shortSha;
/**
 * Tag templates: lines such as `{{env}}-v{{version}}-{{short_sha}}-{{timestamp}}` that become
 * the tags a build pushes. Rendering is pure; every result is checked against the tag grammar.
 */
const errors_js_1 = __webpack_require__(37638);
const reference_js_1 = __webpack_require__(14548);
exports.PLACEHOLDERS = [
    'sha',
    'short_sha',
    'version',
    'env',
    'timestamp',
    'branch',
    'run_number',
];
const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** Where each placeholder's value comes from, and which input to set when it is missing. */
const SOURCES = {
    sha: { value: (c) => c.sha, input: 'sha' },
    short_sha: { value: (c) => c.shortSha, input: 'sha' },
    version: { value: (c) => c.version, input: 'version' },
    env: { value: (c) => c.env, input: 'environment' },
    timestamp: { value: (c) => String(c.timestamp), input: 'timestamp' },
    branch: { value: (c) => c.branch, input: 'the workflow ref' },
    run_number: { value: (c) => c.runNumber, input: 'the run number' },
};
function isPlaceholder(name) {
    return exports.PLACEHOLDERS.includes(name);
}
/** The placeholders a template uses; an unknown one throws, naming the input `tags`. */
function placeholdersOf(template) {
    const found = [];
    for (const match of template.matchAll(PLACEHOLDER_RE)) {
        const name = match[1];
        if (!isPlaceholder(name))
            throw new errors_js_1.InputError('tags', template, `uses the unknown placeholder {{${name}}}; known: ${exports.PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`);
        found.push(name);
    }
    return found;
}
/** Render one template line to a tag, validated against the OCI tag grammar. */
function renderTag(template, context) {
    placeholdersOf(template);
    const tag = template.replace(PLACEHOLDER_RE, (_whole, name) => {
        const source = SOURCES[name];
        const value = source.value(context);
        if (value === undefined || value === '')
            throw new errors_js_1.InputError('tags', template, `needs {{${name}}}, but no value was found (set '${source.input}')`);
        return value;
    });
    const problem = (0, reference_js_1.tagProblem)(tag);
    if (problem)
        throw new errors_js_1.InputError('tags', template, `renders to ${JSON.stringify(tag)}, which ${problem}`);
    return tag;
}
/** Render every template line; duplicates collapse, order is kept. */
function renderTags(templates, context) {
    return [...new Set(templates.map((t) => renderTag(t, context)))];
}
/**
 * A Git ref name made tag-safe, as docker/metadata-action does for `{{branch}}`:
 * `refs/heads/feature/x` -> `feature-x`.
 */
function tagSafeRefName(ref) {
    const name = ref.replace(/^refs\/(heads|tags|pull)\//, '');
    return name
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
/** The short form of a commit SHA; `length` must be 4 to 40. */
function shortSha(sha, length) {
    return sha.slice(0, length);
}


/***/ }),

/***/ 60966:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeVersion = normalizeVersion;
exports.versionFromReleasePleaseManifest = versionFromReleasePleaseManifest;
exports.versionFromGitTags = versionFromGitTags;
exports.versionFromPackageJson = versionFromPackageJson;
exports.resolveVersion = resolveVersion;
/**
 * Version resolution for `{{version}}`: an explicit input, else the release-please manifest,
 * else the newest `v*` semver tag reachable from the commit, else package.json's version.
 * Pure: the caller reads the files and lists the tags.
 */
// Two functions, not the whole package: its ranges and comparators cost start time for nothing.
const parse_js_1 = __importDefault(__webpack_require__(16353));
const rcompare_js_1 = __importDefault(__webpack_require__(32173));
const errors_js_1 = __webpack_require__(37638);
/** Validate a version: semver, a leading `v` accepted and stripped. */
function normalizeVersion(value, input = 'version') {
    const trimmed = value.trim();
    const bare = trimmed.replace(/^v/, '');
    if (!/^[0-9]/.test(bare) || (0, parse_js_1.default)(bare) === null)
        throw new errors_js_1.InputError(input, value, 'is not a semantic version (expected e.g. 1.2.3 or v1.2.3-rc.1)');
    return bare;
}
/**
 * The version in a release-please manifest: its `.` entry, or its only entry. A manifest of
 * several packages without `.` is an InputError naming them (`version` must say which).
 */
function versionFromReleasePleaseManifest(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors_js_1.PromoteError(`.release-please-manifest.json is not valid JSON: ${error.message}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return undefined;
    const entries = data;
    const packages = Object.keys(entries);
    if (entries['.'] === undefined && packages.length > 1)
        throw new errors_js_1.InputError('version', '', `is needed: .release-please-manifest.json holds several packages ` +
            `(${packages.map((p) => `'${p}'`).join(', ')}) and no '.' entry, so which one this ` +
            "image is cannot be told; give version, e.g. release-please's output for the package " +
            `(steps.release.outputs['${packages[0]}--version'])`);
    const value = entries['.'] ?? (packages.length === 1 ? Object.values(entries)[0] : undefined);
    if (value === undefined)
        return undefined;
    return normalizeVersion(String(value), '.release-please-manifest.json');
}
/** The newest semver among `v*` tags, or undefined. */
function versionFromGitTags(tags) {
    const versions = tags
        .filter((t) => t.startsWith('v'))
        .map((t) => t.slice(1))
        .filter((v) => /^[0-9]/.test(v) && (0, parse_js_1.default)(v) !== null);
    return versions.sort(rcompare_js_1.default)[0];
}
/** The version field of package.json, or undefined. */
function versionFromPackageJson(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    return typeof data.version === 'string'
        ? normalizeVersion(data.version, 'package.json version')
        : undefined;
}
/** The manifest's version, or the InputError saying it holds several packages. */
function manifestVersion(text) {
    try {
        return versionFromReleasePleaseManifest(text);
    }
    catch (error) {
        if (error instanceof errors_js_1.InputError)
            return error;
        throw error;
    }
}
/**
 * Resolve the version from the evidence in priority order; undefined when there is none. A
 * release-please manifest of several packages decides nothing: when the version is `needed`
 * that is an InputError naming the packages (no fallback would be the right package's version).
 */
function resolveVersion(evidence, needed = false) {
    if (evidence.input.trim() !== '')
        return { version: normalizeVersion(evidence.input), source: 'input' };
    if (evidence.releasePleaseManifest !== undefined) {
        const version = manifestVersion(evidence.releasePleaseManifest);
        if (version instanceof errors_js_1.InputError) {
            if (needed)
                throw version;
            return undefined;
        }
        if (version)
            return { version, source: 'release-please-manifest' };
    }
    const tagged = versionFromGitTags(evidence.gitTags ?? []);
    if (tagged)
        return { version: tagged, source: 'git-tag' };
    if (evidence.packageJson !== undefined) {
        const version = versionFromPackageJson(evidence.packageJson);
        if (version)
            return { version, source: 'package.json' };
    }
    return undefined;
}


/***/ }),

/***/ 13793:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ChangeTrailerError = exports.CHANGE_TRAILER_KEY = void 0;
exports.formatChangeTrailer = formatChangeTrailer;
exports.formatChangeTrailers = formatChangeTrailers;
exports.trailerBlockLines = trailerBlockLines;
exports.parseTrailers = parseTrailers;
exports.parseChangeTrailers = parseChangeTrailers;
exports.changeKind = changeKind;
exports.invertChanges = invertChanges;
exports.withChangeTrailers = withChangeTrailers;
exports.defaultCommitMessage = defaultCommitMessage;
const errors_js_1 = __webpack_require__(37638);
/** The trailer key of one recorded change. */
exports.CHANGE_TRAILER_KEY = 'Promote-Change';
/** A commit message's change trailers are malformed, or a message would forge one. */
class ChangeTrailerError extends errors_js_1.PromoteError {
    trailer;
    detail;
    name = 'ChangeTrailerError';
    constructor(trailer, detail) {
        super(`Change trailer ${JSON.stringify(trailer)}: ${detail}`);
        this.trailer = trailer;
        this.detail = detail;
    }
}
exports.ChangeTrailerError = ChangeTrailerError;
const FIELDS = ['tag', 'digest', 'image', 'app-version'];
const KEYS = ['service', 'file', 'field', 'from', 'to'];
/** JSON with every non-ASCII or control character escaped, so the text is one plain line. */
function asciiJson(value) {
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** One trailer line, `Promote-Change: {"service":…,"file":…,"field":…,"from":…,"to":…}`. */
function formatChangeTrailer(change) {
    const { service, file, field, from, to } = change;
    return `${exports.CHANGE_TRAILER_KEY}: ${asciiJson({ service, file, field, from, to })}`;
}
/** The trailer lines of the changes, one per change, in order, joined by newlines. */
function formatChangeTrailers(changes) {
    return changes.map(formatChangeTrailer).join('\n');
}
/** A git trailer line's key and value, or undefined when the line is not `Key: value`. */
function splitTrailerLine(line) {
    const match = /^([A-Za-z0-9-]+)[ \t]*:(.*)$/.exec(line);
    return match ? { key: match[1] ?? '', value: (match[2] ?? '').trim() } : undefined;
}
const isBlank = (line) => line.trim() === '';
const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];
/**
 * Whether a paragraph is a trailer block by git's rule: all its lines are trailers, or it
 * has a git-generated trailer and at least a quarter of its lines are trailers. An indented
 * line continues the trailer above it; under anything else it counts as text.
 */
function isTrailerBlock(lines) {
    let trailers = 0;
    let others = 0;
    let gitGenerated = false;
    let under = 'other';
    for (const line of lines) {
        if (line.startsWith('#')) {
            under = 'other';
        }
        else if (GIT_GENERATED.some((prefix) => line.startsWith(prefix))) {
            gitGenerated = true;
            trailers += 1;
            under = 'trailer';
        }
        else if (splitTrailerLine(line)) {
            trailers += 1;
            under = 'trailer';
        }
        else if (/^\s/.test(line)) {
            if (under === 'other')
                others += 1;
        }
        else {
            others += 1;
            under = 'other';
        }
    }
    return (trailers > 0 && others === 0) || (gitGenerated && trailers * 3 >= others);
}
/** The lines of a message's trailer block (the last paragraph after the title), maybe none. */
function trailerBlockLines(message) {
    const lines = message.replace(/\r\n/g, '\n').split('\n');
    while (lines.length > 0 && isBlank(lines[lines.length - 1] ?? ''))
        lines.pop();
    const titleEnd = lines.findIndex((line) => !line.startsWith('#') && isBlank(line));
    if (titleEnd < 0)
        return [];
    let start = lines.length;
    while (start > titleEnd + 1 && !isBlank(lines[start - 1] ?? ''))
        start -= 1;
    const block = lines.slice(start);
    return block.length > 0 && isTrailerBlock(block) ? block : [];
}
/** The trailers of a message as git parses them (`--parse`): in order, values unfolded. */
function parseTrailers(message) {
    const trailers = [];
    let last;
    for (const line of trailerBlockLines(message)) {
        const trailer = /^\s/.test(line) ? undefined : splitTrailerLine(line);
        if (trailer)
            trailers.push(trailer);
        else if (last && /^\s/.test(line))
            last.value = `${last.value} ${line.trim()}`.trim();
        last = trailer ?? (/^\s/.test(line) ? last : undefined);
    }
    return trailers;
}
/** Validate one trailer's JSON value as a recorded change. */
function parseChangeValue(value) {
    let data;
    try {
        data = JSON.parse(value);
    }
    catch {
        throw new ChangeTrailerError(value, 'is not valid JSON');
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new ChangeTrailerError(value, 'must be a JSON object');
    const record = data;
    for (const key of KEYS)
        if (typeof record[key] !== 'string')
            throw new ChangeTrailerError(value, `needs a string '${key}'`);
    const { service, file, field, from, to } = record;
    if (!FIELDS.includes(field))
        throw new ChangeTrailerError(value, `has field ${JSON.stringify(field)}; expected one of ${FIELDS.join(', ')}`);
    if (service === '' || file === '')
        throw new ChangeTrailerError(value, "needs a non-empty 'service' and 'file'");
    if (from === to)
        throw new ChangeTrailerError(value, "has the same 'from' and 'to'");
    return { service, file, field: field, from, to };
}
/**
 * The changes a commit message records, in order. Only the trailer block counts: a
 * `Promote-Change:` line in the body is text, as it is to git. Throws ChangeTrailerError
 * when a change trailer is malformed, so a rollback never silently skips a change.
 */
function parseChangeTrailers(message) {
    return parseTrailers(message)
        .filter((t) => t.key.toLowerCase() === exports.CHANGE_TRAILER_KEY.toLowerCase())
        .map((t) => parseChangeValue(t.value));
}
/** Whether a change adds, replaces or removes its value. */
function changeKind(change) {
    if (change.from === '')
        return 'add';
    return change.to === '' ? 'remove' : 'replace';
}
/**
 * The changes that undo these, in reverse order: `from` and `to` swapped, so an added value
 * (`from` '') becomes a removal (`to` '', kind 'remove').
 */
function invertChanges(changes) {
    return [...changes].reverse().map(({ service, file, field, from, to }) => {
        const inverse = { service, file, field, from: to, to: from };
        return { ...inverse, kind: changeKind(inverse) };
    });
}
/**
 * The message with the change trailers as its trailer block: appended to the message's own
 * trailer block when it has one (so `Signed-off-by` and the like stay trailers), else after a
 * blank line. Throws when the message already holds a change trailer line, which would forge
 * a record.
 */
function withChangeTrailers(message, changes) {
    const forged = message
        .split(/\r?\n/)
        .find((line) => splitTrailerLine(line)?.key.toLowerCase() === 'promote-change');
    if (forged !== undefined)
        throw new ChangeTrailerError(forged, 'is already in the message; only changes may add it');
    const text = message.replace(/\s+$/, '');
    if (changes.length === 0)
        return `${text}\n`;
    const separator = trailerBlockLines(text).length > 0 ? '\n' : '\n\n';
    return `${text}${separator}${formatChangeTrailers(changes)}\n`;
}
/** Collapse control characters and runs of whitespace, so a name cannot break the title line. */
function oneLine(text) {
    return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}
/**
 * `chore(deploy): bump <services> in <environment> [skip ci]`: services sorted, deduplicated
 * and comma-separated; without an environment the ` in <environment>` part is left out.
 */
function defaultCommitMessage(services, environment) {
    const names = [...new Set(services.map(oneLine).filter((s) => s !== ''))].sort();
    const what = names.length > 0 ? names.join(', ') : 'images';
    const where = environment && oneLine(environment) ? ` in ${oneLine(environment)}` : '';
    return `chore(deploy): bump ${what}${where} [skip ci]`;
}


/***/ }),

/***/ 15253:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_ACTIONS_BOT = void 0;
exports.headSha = headSha;
exports.commitChanges = commitChanges;
/** Commit a set of files with the git CLI, as the repository's identity or GitHub Actions' bot. */
const git_cli_js_1 = __webpack_require__(71973);
/** The identity of GitHub Actions' bot, used when the repository configures none. */
exports.GITHUB_ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** `-c user.name=… -c user.email=…` for what the repository does not set (or the author). */
async function identityArgs(workspace, author) {
    const configured = async (key) => (await (0, git_cli_js_1.runGit)(['config', '--get', key], { ...workspace, okExitCodes: [1] })).exitCode === 0;
    const name = author?.name ?? ((await configured('user.name')) ? undefined : exports.GITHUB_ACTIONS_BOT.name);
    const email = author?.email ?? ((await configured('user.email')) ? undefined : exports.GITHUB_ACTIONS_BOT.email);
    return [
        ...(name ? ['-c', `user.name=${name}`] : []),
        ...(email ? ['-c', `user.email=${email}`] : []),
    ];
}
/** The commit HEAD points at. */
async function headSha(workspace) {
    return (await (0, git_cli_js_1.runGit)(['rev-parse', 'HEAD'], workspace)).stdout.trim();
}
/**
 * Commit exactly the given paths (added, modified or deleted) with the message, and return
 * the new commit's sha; null when those paths hold no change, so there is nothing to commit.
 */
async function commitChanges(options) {
    const { cwd, env, files, message, author } = options;
    const workspace = { cwd, env };
    if (files.length === 0)
        return null;
    await (0, git_cli_js_1.runGit)(['--literal-pathspecs', 'add', '--all', '--', ...files], workspace);
    const diff = await (0, git_cli_js_1.runGit)(['--literal-pathspecs', 'diff', '--cached', '--quiet', '--', ...files], {
        ...workspace,
        okExitCodes: [1],
    });
    if (diff.exitCode === 0)
        return null;
    const identity = await identityArgs(workspace, author);
    await (0, git_cli_js_1.runGit)([
        ...identity,
        '--literal-pathspecs',
        'commit',
        '--quiet',
        '--cleanup=whitespace',
        '-F',
        '-',
        '--',
        ...files,
    ], { ...workspace, input: message });
    return headSha(workspace);
}


/***/ }),

/***/ 71973:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitCommandError = void 0;
exports.redactCredentials = redactCredentials;
exports.runGit = runGit;
/**
 * A small typed wrapper over the git command line: `execFile('git', args)` with no shell, a
 * working directory, an optional environment and standard input, captured output, and a typed
 * error that never carries a credential.
 */
const errors_js_1 = __webpack_require__(37638);
const REDACTED = '***';
/**
 * The text with credentials masked: the user information of URLs (`https://user:token@host`),
 * the value of any `Authorization` header or `extraheader` setting, and GitHub token shapes.
 */
function redactCredentials(text) {
    return text
        .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, `$1${REDACTED}@`)
        .replace(/(authorization\s*:\s*)[^\r\n]*/gi, `$1${REDACTED}`)
        .replace(/(extraheader\s*=\s*)[^\r\n]*/gi, `$1${REDACTED}`)
        .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, REDACTED);
}
/** A git command failed: names the command (redacted), its exit code and its stderr (redacted). */
class GitCommandError extends errors_js_1.PromoteError {
    exitCode;
    name = 'GitCommandError';
    args;
    stderr;
    stdout;
    constructor(args, exitCode, stderr, stdout = '') {
        const shown = args.map(redactCredentials);
        const cleaned = redactCredentials(stderr).trim();
        const status = exitCode === null ? 'could not run' : `exited with ${exitCode}`;
        super(`git ${shown.join(' ')} ${status}${cleaned ? `: ${cleaned}` : ''}`);
        this.exitCode = exitCode;
        this.args = shown;
        this.stderr = cleaned;
        this.stdout = redactCredentials(stdout);
    }
}
exports.GitCommandError = GitCommandError;
/** Run `git <args>`; resolves with its output, rejects with GitCommandError on a failure exit. */
async function runGit(args, options) {
    // Loaded on first use: many runs never start git.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    return new Promise((resolve, reject) => {
        const child = execFile('git', [...args], {
            cwd: options.cwd,
            env: options.env,
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024,
            windowsHide: true,
        }, (error, stdout, stderr) => {
            const code = error ? error.code : 0;
            const exitCode = typeof code === 'number' ? code : error ? null : 0;
            if (exitCode === 0 || (exitCode !== null && options.okExitCodes?.includes(exitCode)))
                resolve({ stdout, stderr, exitCode });
            else
                reject(new GitCommandError(args, exitCode, stderr || (error?.message ?? ''), stdout));
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(options.input ?? '');
    });
}


/***/ }),

/***/ 77578:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pushWithRetry = exports.backoffDelay = exports.UncommittedChangesInTheWayError = exports.uncommittedPaths = exports.resetKeepingChanges = exports.PushRetriesExhaustedError = exports.PushFailedError = exports.classifyPushFailure = exports.GITHUB_ACTIONS_BOT = exports.commitChanges = exports.runGit = exports.redactCredentials = exports.GitCommandError = exports.withChangeTrailers = exports.trailerBlockLines = exports.parseTrailers = exports.parseChangeTrailers = exports.invertChanges = exports.formatChangeTrailers = exports.formatChangeTrailer = exports.defaultCommitMessage = exports.changeKind = exports.ChangeTrailerError = exports.CHANGE_TRAILER_KEY = void 0;
/**
 * Git at the edge of a bump: the git command line, commits carrying change trailers, and the
 * push with retry and re-plan that several jobs racing to one branch need.
 */
var change_trailers_js_1 = __webpack_require__(13793);
Object.defineProperty(exports, "CHANGE_TRAILER_KEY", ({ enumerable: true, get: function () { return change_trailers_js_1.CHANGE_TRAILER_KEY; } }));
Object.defineProperty(exports, "ChangeTrailerError", ({ enumerable: true, get: function () { return change_trailers_js_1.ChangeTrailerError; } }));
Object.defineProperty(exports, "changeKind", ({ enumerable: true, get: function () { return change_trailers_js_1.changeKind; } }));
Object.defineProperty(exports, "defaultCommitMessage", ({ enumerable: true, get: function () { return change_trailers_js_1.defaultCommitMessage; } }));
Object.defineProperty(exports, "formatChangeTrailer", ({ enumerable: true, get: function () { return change_trailers_js_1.formatChangeTrailer; } }));
Object.defineProperty(exports, "formatChangeTrailers", ({ enumerable: true, get: function () { return change_trailers_js_1.formatChangeTrailers; } }));
Object.defineProperty(exports, "invertChanges", ({ enumerable: true, get: function () { return change_trailers_js_1.invertChanges; } }));
Object.defineProperty(exports, "parseChangeTrailers", ({ enumerable: true, get: function () { return change_trailers_js_1.parseChangeTrailers; } }));
Object.defineProperty(exports, "parseTrailers", ({ enumerable: true, get: function () { return change_trailers_js_1.parseTrailers; } }));
Object.defineProperty(exports, "trailerBlockLines", ({ enumerable: true, get: function () { return change_trailers_js_1.trailerBlockLines; } }));
Object.defineProperty(exports, "withChangeTrailers", ({ enumerable: true, get: function () { return change_trailers_js_1.withChangeTrailers; } }));
var git_cli_js_1 = __webpack_require__(71973);
Object.defineProperty(exports, "GitCommandError", ({ enumerable: true, get: function () { return git_cli_js_1.GitCommandError; } }));
Object.defineProperty(exports, "redactCredentials", ({ enumerable: true, get: function () { return git_cli_js_1.redactCredentials; } }));
Object.defineProperty(exports, "runGit", ({ enumerable: true, get: function () { return git_cli_js_1.runGit; } }));
var commit_js_1 = __webpack_require__(15253);
Object.defineProperty(exports, "commitChanges", ({ enumerable: true, get: function () { return commit_js_1.commitChanges; } }));
Object.defineProperty(exports, "GITHUB_ACTIONS_BOT", ({ enumerable: true, get: function () { return commit_js_1.GITHUB_ACTIONS_BOT; } }));
var push_failure_js_1 = __webpack_require__(18259);
Object.defineProperty(exports, "classifyPushFailure", ({ enumerable: true, get: function () { return push_failure_js_1.classifyPushFailure; } }));
var push_errors_js_1 = __webpack_require__(74030);
Object.defineProperty(exports, "PushFailedError", ({ enumerable: true, get: function () { return push_errors_js_1.PushFailedError; } }));
Object.defineProperty(exports, "PushRetriesExhaustedError", ({ enumerable: true, get: function () { return push_errors_js_1.PushRetriesExhaustedError; } }));
var working_tree_js_1 = __webpack_require__(24834);
Object.defineProperty(exports, "resetKeepingChanges", ({ enumerable: true, get: function () { return working_tree_js_1.resetKeepingChanges; } }));
Object.defineProperty(exports, "uncommittedPaths", ({ enumerable: true, get: function () { return working_tree_js_1.uncommittedPaths; } }));
Object.defineProperty(exports, "UncommittedChangesInTheWayError", ({ enumerable: true, get: function () { return working_tree_js_1.UncommittedChangesInTheWayError; } }));
var push_with_retry_js_1 = __webpack_require__(52094);
Object.defineProperty(exports, "backoffDelay", ({ enumerable: true, get: function () { return push_with_retry_js_1.backoffDelay; } }));
Object.defineProperty(exports, "pushWithRetry", ({ enumerable: true, get: function () { return push_with_retry_js_1.pushWithRetry; } }));


/***/ }),

/***/ 74030:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PushRetriesExhaustedError = exports.PushFailedError = void 0;
/** The two ways a push with retry fails; both show the remote with its credentials redacted. */
const errors_js_1 = __webpack_require__(37638);
const git_cli_js_1 = __webpack_require__(71973);
/** A push failed for a reason other than another job pushing first; it is not retried. */
class PushFailedError extends errors_js_1.PromoteError {
    branch;
    detail;
    hint;
    name = 'PushFailedError';
    /** The remote, its credentials redacted. */
    remote;
    constructor(remote, branch, detail, hint, cause) {
        const shown = (0, git_cli_js_1.redactCredentials)(remote);
        const advice = hint ? ` Hint: ${(0, git_cli_js_1.redactCredentials)(hint)}` : '';
        super(`Push of branch '${branch}' to '${shown}' failed (not retried): ${detail}.${advice}`, {
            cause,
        });
        this.branch = branch;
        this.detail = detail;
        this.hint = hint;
        this.remote = shown;
    }
}
exports.PushFailedError = PushFailedError;
/** Every push was rejected because other jobs kept pushing first. */
class PushRetriesExhaustedError extends errors_js_1.PromoteError {
    branch;
    attempts;
    rejections;
    name = 'PushRetriesExhaustedError';
    /** The remote, its credentials redacted. */
    remote;
    constructor(remote, branch, attempts, rejections) {
        const shown = (0, git_cli_js_1.redactCredentials)(remote);
        super(`Push of branch '${branch}' to '${shown}' was rejected ${attempts} times ` +
            `(${[...new Set(rejections)].join('; ')}): other jobs kept pushing first. ` +
            'Raise the number of retries, or serialise the jobs with a concurrency group.');
        this.branch = branch;
        this.attempts = attempts;
        this.rejections = rejections;
        this.remote = shown;
    }
}
exports.PushRetriesExhaustedError = PushRetriesExhaustedError;


/***/ }),

/***/ 74568:
/***/ ((__unused_webpack_module, exports) => {


/** What to tell the user about a push that failed for a reason other than a rejection. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.failureHint = failureHint;
/** A hint for a failure that is not a rejection, from git's message. */
function failureHint(stderr, remote) {
    if (/authentication failed|could not read (username|password)|permission to .* denied|returned error: 40[13]|terminal prompts disabled/i.test(stderr))
        return 'the credentials were refused; the token needs "contents: write" on the repository.';
    if (/does not appear to be a git repository|repository .*not found|could not resolve host|unable to access|no such remote/i.test(stderr))
        return `check that the remote '${remote}' exists and that its URL is right.`;
    if (/protected branch|GH006/i.test(stderr))
        return 'the branch is protected; open a pull request instead (open-promotion-pr).';
    return undefined;
}


/***/ }),

/***/ 18259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.classifyPushFailure = classifyPushFailure;
/** What a failed push means: a rejection to retry (another job pushed first), or a failure. */
const push_failure_hints_js_1 = __webpack_require__(74568);
const push_porcelain_js_1 = __webpack_require__(10008);
const RETRYABLE_REMOTE_REJECTION = /cannot lock ref|failed to update ref|failed to lock|incorrect old value|but expected/i;
/** Classify a failed `git push --porcelain` from its output. */
function classifyPushFailure(stdout, stderr, remote = 'origin') {
    const rejections = (0, push_porcelain_js_1.porcelainRejections)(stdout);
    const retryable = rejections.find(({ summary, reason }) => (summary === '[rejected]' && /^(fetch first|non-fast-forward)$/.test(reason)) ||
        (summary === '[remote rejected]' && RETRYABLE_REMOTE_REJECTION.test(reason)));
    if (retryable && rejections.length === 1)
        return { kind: 'rejected', reason: `${retryable.summary} ${retryable.reason}` };
    const first = rejections[0];
    const reason = first ? `${first.summary} ${first.reason}`.trim() : (0, push_porcelain_js_1.firstErrorLine)(stderr);
    const hint = (0, push_failure_hints_js_1.failureHint)(`${first?.reason ?? ''}\n${stderr}`, remote);
    return hint ? { kind: 'failed', reason, hint } : { kind: 'failed', reason };
}


/***/ }),

/***/ 10008:
/***/ ((__unused_webpack_module, exports) => {


/** Reading what `git push --porcelain` and git's stderr say about a failed push. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.porcelainRejections = porcelainRejections;
exports.firstErrorLine = firstErrorLine;
/** The `!` lines of `git push --porcelain`: the ref, the summary and the reason in parentheses. */
function porcelainRejections(stdout) {
    return stdout.split('\n').flatMap((line) => {
        const match = /^!\t[^\t]*\t(\[[^\]]+\])(?: \((.*)\))?\s*$/.exec(line);
        return match ? [{ summary: match[1] ?? '', reason: match[2] ?? '' }] : [];
    });
}
/** The most telling line of git's stderr: its first `fatal:` or `error:` line, else the first. */
function firstErrorLine(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? 'git push failed';
}


/***/ }),

/***/ 52094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.backoffDelay = backoffDelay;
exports.pushWithRetry = pushWithRetry;
/**
 * Push to a branch that other jobs push to at the same time. A rejected push (another job
 * pushed first) is retried with exponential backoff and full jitter; before each retry the
 * local branch is moved to the remote head and the edit is re-planned on that fresh tree, which
 * never conflicts, unlike a rebase of YAML edits. The move keeps every uncommitted change in the
 * workspace (`git reset --keep`), and refuses, losing nothing, when the remote head changed a
 * file that holds one. Any other failure (authentication, a missing remote, a protected branch)
 * fails at once.
 */
const commit_js_1 = __webpack_require__(15253);
const push_js_1 = __webpack_require__(188);
const push_errors_js_1 = __webpack_require__(74030);
const working_tree_js_1 = __webpack_require__(24834);
/** A random delay between 0 and min(maxMs, baseMs * 2^(retry-1)): "full jitter". */
function backoffDelay(retry, backoff, random = Math.random) {
    const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(random() * ceiling);
}
/**
 * Fetch, move to the remote head keeping uncommitted changes, re-plan and commit; false when
 * nothing is left to push.
 */
async function replanOnto(retry, options, remote) {
    const workspace = { cwd: options.cwd, env: options.env };
    const head = await (0, push_js_1.fetchBranch)(workspace, remote, options.branch);
    await (0, working_tree_js_1.resetKeepingChanges)(workspace, head, options.branch);
    const plan = await options.replan({ retry, head });
    if (plan === null)
        return false;
    const sha = await (0, commit_js_1.commitChanges)({ ...workspace, ...plan, author: options.author });
    return sha !== null;
}
const timer = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Push HEAD to `branch`. When another job pushed first, wait (exponential backoff, full
 * jitter), fetch, re-plan on the remote head and push again, at most `retries` times. Throws
 * PushFailedError at once on any other failure, PushRetriesExhaustedError when every push
 * was rejected, and UncommittedChangesInTheWayError when the remote head changed a file with
 * uncommitted changes (which are kept).
 */
async function pushWithRetry(options) {
    const { remote = 'origin', branch, retries = 5, random = Math.random, sleep = timer } = options;
    const backoff = options.backoff ?? { baseMs: 500, maxMs: 10_000 };
    const workspace = { cwd: options.cwd, env: options.env };
    const rejections = [];
    for (let attempt = 1;; attempt += 1) {
        const pushed = await (0, push_js_1.pushOnce)(workspace, remote, branch);
        if (pushed === 'pushed')
            return { status: 'pushed', sha: await (0, commit_js_1.headSha)(workspace), attempts: attempt, rejections };
        rejections.push(pushed.reason);
        if (attempt > retries)
            throw new push_errors_js_1.PushRetriesExhaustedError(remote, branch, attempt, rejections);
        const delayMs = backoffDelay(attempt, backoff, random);
        options.onRetry?.({ retry: attempt, reason: pushed.reason, delayMs });
        await sleep(delayMs);
        if (!(await replanOnto(attempt, options, remote)))
            return {
                status: 'nothing-to-push',
                sha: await (0, commit_js_1.headSha)(workspace),
                attempts: attempt,
                rejections,
            };
    }
}


/***/ }),

/***/ 188:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pushOnce = pushOnce;
exports.fetchBranch = fetchBranch;
const git_cli_js_1 = __webpack_require__(71973);
const push_errors_js_1 = __webpack_require__(74030);
const push_failure_js_1 = __webpack_require__(18259);
/** Push HEAD once: 'pushed', or a rejection to retry; throws PushFailedError otherwise. */
async function pushOnce(workspace, remote, branch) {
    try {
        await (0, git_cli_js_1.runGit)(['push', '--porcelain', '--', remote, `HEAD:refs/heads/${branch}`], workspace);
        return 'pushed';
    }
    catch (error) {
        if (!(error instanceof git_cli_js_1.GitCommandError))
            throw error;
        const failure = (0, push_failure_js_1.classifyPushFailure)(error.stdout, error.stderr, remote);
        if (failure.kind === 'rejected')
            return failure;
        throw new push_errors_js_1.PushFailedError(remote, branch, failure.reason, failure.hint, error);
    }
}
/** Fetch the branch's remote head into FETCH_HEAD and return its sha. */
async function fetchBranch(workspace, remote, branch) {
    await (0, git_cli_js_1.runGit)(['fetch', '--quiet', '--no-tags', '--', remote, `refs/heads/${branch}`], workspace);
    return (await (0, git_cli_js_1.runGit)(['rev-parse', 'FETCH_HEAD'], workspace)).stdout.trim();
}


/***/ }),

/***/ 24834:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UncommittedChangesInTheWayError = void 0;
exports.listPaths = listPaths;
exports.uncommittedPaths = uncommittedPaths;
exports.resetKeepingChanges = resetKeepingChanges;
/**
 * The working tree's uncommitted changes, and moving HEAD to another commit without losing
 * them: what a push retry needs so that it never discards work the step did not do.
 */
const errors_js_1 = __webpack_require__(37638);
const git_cli_js_1 = __webpack_require__(71973);
/** How many paths an error lists before it says "and N more". */
const LISTED_PATHS = 10;
/** `paths` for a message: quoted, at most LISTED_PATHS of them. */
function listPaths(paths) {
    const shown = paths.slice(0, LISTED_PATHS).map((p) => JSON.stringify(p));
    const more = paths.length - shown.length;
    return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** The paths of `git status -z` (staged, unstaged or untracked), each once, sorted. */
function statusPaths(stdout) {
    const paths = new Set();
    const fields = stdout.split('\0');
    for (let i = 0; i < fields.length; i += 1) {
        const field = fields[i];
        if (field.length < 4)
            continue;
        paths.add(field.slice(3));
        // A rename or copy is followed by the path it came from.
        if (field[0] === 'R' || field[0] === 'C')
            i += 1;
    }
    return [...paths].sort();
}
/**
 * The paths with uncommitted changes (staged or not, and untracked files unless
 * `untracked` is false), limited to `paths` when given.
 */
async function uncommittedPaths(workspace, options = {}) {
    const untracked = options.untracked === false ? 'no' : 'all';
    const pathspec = options.paths ? ['--', ...options.paths] : [];
    const result = await (0, git_cli_js_1.runGit)([
        '--literal-pathspecs',
        'status',
        '--porcelain=v1',
        '-z',
        `--untracked-files=${untracked}`,
    ].concat(pathspec), workspace);
    return statusPaths(result.stdout);
}
/** The paths that differ between two commits. */
async function changedBetween(workspace, from, to) {
    const result = await (0, git_cli_js_1.runGit)(['diff', '--name-only', '-z', from, to, '--'], workspace);
    return result.stdout.split('\0').filter(Boolean);
}
/**
 * HEAD cannot move to the new remote head without overwriting uncommitted changes in the
 * workspace (the other pusher changed the same files); nothing was pushed or discarded.
 */
class UncommittedChangesInTheWayError extends errors_js_1.PromoteError {
    branch;
    head;
    paths;
    name = 'UncommittedChangesInTheWayError';
    constructor(branch, head, paths) {
        super(`Cannot re-plan on the new head ${head.slice(0, 12)} of '${branch}': the workspace has ` +
            `uncommitted changes to ${listPaths(paths)}, which that head changes too. They were ` +
            'kept and nothing was pushed. Commit them in an earlier step, or run bump-values on a ' +
            'clean checkout.');
        this.branch = branch;
        this.head = head;
        this.paths = paths;
    }
}
exports.UncommittedChangesInTheWayError = UncommittedChangesInTheWayError;
/**
 * Move HEAD, the index and the files that differ to `target`, keeping every uncommitted change
 * to other files (`git reset --keep`); throws UncommittedChangesInTheWayError, having changed
 * nothing, when an uncommitted change is in a file that differs.
 */
async function resetKeepingChanges(workspace, target, branch) {
    try {
        await (0, git_cli_js_1.runGit)(['reset', '--quiet', '--keep', target], workspace);
    }
    catch (error) {
        if (!(error instanceof git_cli_js_1.GitCommandError))
            throw error;
        const changed = new Set(await changedBetween(workspace, 'HEAD', target));
        const dirty = await uncommittedPaths(workspace);
        const inTheWay = dirty.filter((p) => changed.has(p));
        throw new UncommittedChangesInTheWayError(branch, target, inTheWay.length ? inTheWay : dirty);
    }
}


/***/ }),

/***/ 13219:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.translateRe2 = translateRe2;
exports.compileTagFilter = compileTagFilter;
exports.expandMatch = expandMatch;
exports.applyTagFilter = applyTagFilter;
/**
 * A Flux `ImagePolicy` filter: an unanchored regular expression over the tag, written in Go's
 * RE2 syntax, and an `extract` template (`$1`, `$name`, `${name}`) that gives the value the
 * policy compares. Pure.
 */
const errors_js_1 = __webpack_require__(37638);
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
        throw new errors_js_1.InputError('policy-filter', pattern, `is not a valid regular expression: ${error.message}`);
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
            throw new errors_js_1.InputError('policy-extract', extract, `refers to $${name}, which 'policy-filter' does not capture`);
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


/***/ }),

/***/ 82763:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NonNumericTagError = exports.NoTagCandidateError = void 0;
exports.parseTagPolicy = parseTagPolicy;
exports.describeTagPolicy = describeTagPolicy;
exports.parseTagVersion = parseTagVersion;
exports.chooseTag = chooseTag;
/**
 * Choose one tag from a registry's list, with Flux `ImagePolicy` semantics: filter, extract,
 * then compare by semver range, as numbers or alphabetically. Pure and deterministic.
 *
 * Ties (two tags whose compared values are equal, such as `1.2.3` and `v1.2.3`, or the same
 * extracted timestamp) are broken by the lexically greatest original tag, whatever the order.
 */
const semver_1 = __importDefault(__webpack_require__(62088));
const errors_js_1 = __webpack_require__(37638);
const tag_filter_js_1 = __webpack_require__(13219);
/** No tag satisfied the policy: says how many were listed and how many the filter kept. */
class NoTagCandidateError extends errors_js_1.PromoteError {
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
exports.NoTagCandidateError = NoTagCandidateError;
/** A filter let through a value that is not a number, under the numerical policy (as in Flux). */
class NonNumericTagError extends errors_js_1.PromoteError {
    tag;
    value;
    name = 'NonNumericTagError';
    constructor(tag, value) {
        super(`The numerical policy needs numbers, but tag ${JSON.stringify(tag)} gives ${JSON.stringify(value)}; narrow 'policy-filter' or set 'policy-extract'`);
        this.tag = tag;
        this.value = value;
    }
}
exports.NonNumericTagError = NonNumericTagError;
function readOrder(order, kind) {
    if (order === '' || order === 'asc')
        return 'asc';
    if (order === 'desc')
        return 'desc';
    throw new errors_js_1.InputError('policy-order', order, `must be asc or desc (policy ${kind})`);
}
/** Parse the `policy*` inputs; each bad value is an InputError naming its input. */
function parseTagPolicy(inputs) {
    const filter = inputs.filter === '' ? undefined : (0, tag_filter_js_1.compileTagFilter)(inputs.filter, inputs.extract);
    if (filter === undefined && inputs.extract !== '')
        throw new errors_js_1.InputError('policy-extract', inputs.extract, "needs 'policy-filter' to extract from");
    const withFilter = filter === undefined ? {} : { filter };
    const { policy } = inputs;
    if (policy.startsWith('semver:')) {
        const range = policy.slice('semver:'.length).trim();
        if (semver_1.default.validRange(range) === null)
            throw new errors_js_1.InputError('policy', policy, 'has an invalid semver range (e.g. semver:>=1.0.0)');
        if (inputs.order !== '')
            throw new errors_js_1.InputError('policy-order', inputs.order, 'applies to numerical and alphabetical only');
        return { kind: 'semver', range, ...withFilter };
    }
    if (policy === 'numerical' || policy === 'alphabetical')
        return { kind: policy, order: readOrder(inputs.order, policy), ...withFilter };
    throw new errors_js_1.InputError('policy', policy, 'must be semver:<range>, numerical or alphabetical');
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
    return semver_1.default.parse(`${core}${m[4] ?? ''}`) ?? undefined;
}
const NUMBER_RE = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
/** Byte-wise order of the original tags (tags are ASCII, so UTF-16 order is byte order). */
function byTag(a, b) {
    return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
}
function semverCandidates(kept, range) {
    const compiled = new semver_1.default.Range(range); // parsed once, not once per tag
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
        return { winner: best(candidates, semver_1.default.compare), candidates: candidates.length };
    }
    const sign = policy.order === 'asc' ? 1 : -1;
    const winner = policy.kind === 'numerical'
        ? best(kept.map((e) => [e, numericValue(e)]), (a, b) => sign * (a - b))
        : best(kept.map((e) => [e, e.value]), (a, b) => sign * (a < b ? -1 : a > b ? 1 : 0));
    return { winner, candidates: kept.length };
}
/** Choose a tag; throws NoTagCandidateError or NonNumericTagError. */
function chooseTag(tags, policy, repository) {
    const kept = (0, tag_filter_js_1.applyTagFilter)(tags, policy.filter);
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


/***/ })

};
