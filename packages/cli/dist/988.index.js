export const id = 988;
export const ids = [988];
export const modules = {

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
