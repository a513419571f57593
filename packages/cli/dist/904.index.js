export const id = 904;
export const ids = [904,988];
export const modules = {

/***/ 81392:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.recordCommand = void 0;
/**
 * `gitops-promote record`: emit-tags with digests: record what a build pushed in
 * component-tags.json, merged over the file already there and over `--merge` files (the CLI's
 * counterpart of `merge-artifacts`, for records a matrix left as files).
 */
const node_fs_1 = __webpack_require__(73024);
const core_1 = __webpack_require__(60893);
const build_1 = __webpack_require__(47226);
const component_tags_file_js_1 = __webpack_require__(19394);
const exit_codes_js_1 = __webpack_require__(3067);
const table_js_1 = __webpack_require__(72510);
const build_flags_js_1 = __webpack_require__(4723);
const tags_js_1 = __webpack_require__(51932);
function mergedFiles(flags, workspace) {
    return flags.lines('merge').map((path) => ({
        name: path,
        tags: (0, component_tags_file_js_1.loadComponentTags)(workspace, path, 'merge'),
    }));
}
async function run(flags, terminal, context) {
    const request = await (0, build_flags_js_1.readTagsRequest)(flags, context);
    // Everything that can be refused is checked before anything is written.
    const digests = (0, build_1.parseServiceDigests)(flags.lines('digests').join('\n'), request.images);
    const path = flags.text('component-tags-path', 'component-tags.json');
    const outputPath = (0, core_1.resolveInWorkspace)(context.workspace, path, 'component-tags-path');
    const artifacts = mergedFiles(flags, context.workspace);
    const existing = (0, node_fs_1.existsSync)(outputPath)
        ? { name: path, tags: (0, component_tags_file_js_1.loadComponentTags)(context.workspace, path, 'component-tags-path') }
        : undefined;
    const computed = await (0, build_1.computeTags)(request, (0, tags_js_1.buildLog)(terminal));
    const { merged, json } = (0, build_1.mergeRecords)({
        ...(existing ? { existing } : {}),
        artifacts,
        recorded: { ...request, digests, tag: computed.tags[0] },
    });
    (0, core_1.writeFileAtomic)(outputPath, json);
    terminal.err(`Wrote ${path} (${Object.keys(merged).length} services)`);
    if (terminal.json) {
        terminal.document({ json, 'component-tags-path': outputPath, tags: computed.references });
        return exit_codes_js_1.EXIT.done;
    }
    const rows = Object.entries(merged).map(([service, e]) => [
        service,
        e.image ?? '',
        e.tag,
        (0, core_1.shortDigest)(e.digest),
        e.sha ?? '',
    ]);
    terminal.out((0, table_js_1.formatTable)(['SERVICE', 'IMAGE', 'TAG', 'DIGEST', 'COMMIT'], rows, terminal.paint));
    return exit_codes_js_1.EXIT.done;
}
exports.recordCommand = {
    name: 'record',
    usage: 'record --images <service=repo> --digests <service=sha256:…> [flags]',
    flags: {
        ...build_flags_js_1.BUILD_FLAGS,
        digests: {
            type: 'string',
            multiple: true,
            value: '<service=digest>',
            description: 'service=sha256:… of each image pushed (docker/build-push-action’s digest).',
        },
        'component-tags-path': {
            type: 'string',
            value: '<path>',
            description: 'Where to write component-tags.json; an existing file is merged, not lost.',
            default: 'component-tags.json',
        },
        merge: {
            type: 'string',
            multiple: true,
            value: '<path>',
            description: 'Other component-tags files to merge in (a matrix’s records), before the digests.',
        },
    },
    notes: ['--json prints {json, component-tags-path, tags}: the action outputs.'],
    examples: [
        'record --images api=ghcr.io/acme/api --digests api=sha256:0123…cdef',
        'record --images web=ghcr.io/acme/web --digests "web=$(cat web.digest)" --merge api.json --json',
    ],
    run,
};


/***/ }),

/***/ 51932:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tagsCommand = void 0;
exports.buildLog = buildLog;
/** `gitops-promote tags`: emit-tags' compute: the tags and OCI labels a build pushes. */
const build_1 = __webpack_require__(47226);
const exit_codes_js_1 = __webpack_require__(3067);
const build_flags_js_1 = __webpack_require__(4723);
/** The build wing's log on stderr: notes dimmed, warnings in yellow. */
function buildLog(terminal) {
    return {
        info: (message) => terminal.err(terminal.paintErr('dim', message)),
        warning: (message) => terminal.err(terminal.paintErr('yellow', `warning: ${message}`)),
    };
}
async function run(flags, terminal, context) {
    const request = await (0, build_flags_js_1.readTagsRequest)(flags, context);
    const computed = await (0, build_1.computeTags)(request, buildLog(terminal));
    if (terminal.json) {
        terminal.document({
            tags: computed.references,
            labels: computed.labels,
            version: computed.version,
        });
        return exit_codes_js_1.EXIT.done;
    }
    terminal.out(computed.references.join('\n'));
    if (flags.boolean('labels'))
        terminal.out(computed.labels.join('\n'));
    return exit_codes_js_1.EXIT.done;
}
exports.tagsCommand = {
    name: 'tags',
    usage: 'tags --images <service=repo> [--tags <template>] [flags]',
    flags: {
        ...build_flags_js_1.BUILD_FLAGS,
        labels: { type: 'boolean', description: 'Print the OCI labels after the references.' },
    },
    notes: [
        'stdout: one full reference per line (then the labels, with --labels), for `docker build -t`.',
        '--json prints {tags, labels, version}: the action outputs, as lists.',
    ],
    examples: [
        "tags --images api=ghcr.io/acme/api --tags '{{short_sha}}' --tags 'sha-{{sha}}' --tags latest",
        "tags --images api=ghcr.io/acme/api --tags 'v{{version}}' --version 1.4.2 --json",
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


/***/ })

};
