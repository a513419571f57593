export const id = 11;
export const ids = [11];
export const modules = {

/***/ 72011:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.retagCommand = exports.resolveCommand = void 0;
/**
 * `gitops-promote resolve` and `retag`: emit-tags `mode: resolve | retag` over the core's
 * `promoteImages`. Choose each image's source tag (`--from-tag`, or a Flux-style `--policy`),
 * and in retag push every `--tags` tag onto the same manifest (no rebuild, same digest), then
 * record the result in component-tags.json as the action does.
 */
const node_fs_1 = __webpack_require__(73024);
const core_1 = __webpack_require__(60893);
const build_1 = __webpack_require__(47226);
const git_1 = __webpack_require__(77578);
const policy_1 = __webpack_require__(4204);
const registry_1 = __webpack_require__(37317);
const exit_codes_js_1 = __webpack_require__(3067);
const registry_login_js_1 = __webpack_require__(14959);
const table_js_1 = __webpack_require__(72510);
const build_flags_js_1 = __webpack_require__(4723);
const verify_js_1 = __webpack_require__(83000);
function readSource(flags) {
    const fromTag = flags.text('from-tag');
    const policy = flags.text('policy');
    if (fromTag !== '' && policy !== '')
        throw new core_1.InputError('from-tag', fromTag, "and '--policy' are both set; give one source");
    if (fromTag !== '') {
        if (!(0, core_1.isValidTag)(fromTag))
            throw new core_1.InputError('from-tag', fromTag, 'is not a valid tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})');
        return { kind: 'tag', tag: fromTag };
    }
    if (policy === '')
        throw new core_1.InputError('policy', '', "is empty and so is '--from-tag': give a source");
    return {
        kind: 'policy',
        policy: (0, policy_1.parseTagPolicy)({
            policy,
            filter: flags.text('policy-filter'),
            extract: flags.text('policy-extract'),
            order: flags.text('policy-order'),
        }),
    };
}
/** `--sha`, else HEAD of the workspace, else '' (the source's revision label usually gives it). */
async function fallbackSha(flags, workspace) {
    if (flags.text('sha') !== '')
        return flags.text('sha');
    try {
        return (await (0, git_1.runGit)(['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim();
    }
    catch (error) {
        if (error instanceof git_1.GitCommandError)
            return '';
        throw error;
    }
}
function writeRecord(path, name, result) {
    const sources = (0, node_fs_1.existsSync)(path)
        ? [{ name, tags: (0, core_1.parseComponentTags)((0, node_fs_1.readFileSync)(path, 'utf8'), name) }]
        : [];
    const json = (0, core_1.formatComponentTags)((0, core_1.mergeComponentTags)([...sources, { name: 'source', tags: result.record }]));
    (0, core_1.writeFileAtomic)(path, json);
    return json;
}
function printResult(result, terminal) {
    const rows = result.images.map(({ source }) => [
        source.service,
        `${source.repository}:${source.tag}`,
        (0, core_1.shortDigest)(source.digest),
        source.choice ? `${source.choice.listed} listed, ${source.choice.kept} kept` : 'from-tag',
    ]);
    terminal.out((0, table_js_1.formatTable)(['SERVICE', 'SOURCE', 'DIGEST', 'CHOSEN'], rows, terminal.paint));
    const tags = result.images.flatMap(({ source, tags: planned }) => planned.map((t) => [
        `${source.repository}:${t.tag}`,
        t.alias ? 'alias' : 'immutable',
        t.action === 'keep' ? 'already there' : result.dryRun ? `would ${t.action}` : `${t.action}ed`,
    ]));
    if (tags.length > 0)
        terminal.out(`\n${(0, table_js_1.formatTable)(['TAG', 'KIND', 'RESULT'], tags, terminal.paint)}`);
}
function runner(mode) {
    return async (flags, terminal, context) => {
        const source = readSource(flags);
        const imagesText = flags.lines('images').join('\n');
        if (imagesText === '')
            throw new core_1.InputError('images', '', 'is required: lines service=repository');
        const images = (0, build_1.parseServiceImages)(imagesText);
        const templates = flags.lines('tags');
        if (mode === 'retag' && templates.length === 0)
            throw new core_1.InputError('tags', '', 'is required in retag: the tags to push, e.g. --tags production');
        const name = flags.text('component-tags-path', 'component-tags.json');
        const path = (0, core_1.resolveInWorkspace)(context.workspace, name, 'component-tags-path');
        const timestamp = flags.integer('timestamp', Math.floor(Date.now() / 1000), 0, 1e12);
        const login = (0, registry_login_js_1.readRegistryLogin)(flags.lines('registry-auth').join('\n'), context.env);
        const registry = (0, registry_1.createRegistryClient)({
            credentialsFor: login.credentialsFor,
            insecureRegistries: (0, verify_js_1.readInsecureRegistries)(flags),
            userAgent: 'gitops-promote-cli',
        });
        try {
            terminal.progress(`${mode === 'retag' ? 'Retagging' : 'Resolving'} ${images.length} images`);
            const environment = flags.text('environment');
            const version = flags.text('version').replace(/^v/, '');
            const result = await (0, build_1.promoteImages)(registry, {
                mode,
                images,
                source,
                templates: templates.length > 0 ? templates : ['{{short_sha}}'],
                fallback: {
                    sha: await fallbackSha(flags, context.workspace),
                    ...(version ? { version } : {}),
                    ...(environment ? { env: environment } : {}),
                },
                shortShaLength: flags.integer('short-sha-length', 7, 4, 40),
                timestamp,
                dryRun: flags.boolean('dry-run'),
            });
            terminal.endProgress();
            const json = result.dryRun
                ? (0, core_1.formatComponentTags)(result.record)
                : writeRecord(path, name, result);
            if (!result.dryRun)
                terminal.err(`Wrote ${name}`);
            const first = result.images[0];
            if (terminal.json)
                terminal.document({
                    tags: result.images.flatMap((i) => i.tags.map((t) => `${i.source.repository}:${t.tag}`)),
                    version: first?.version?.value ?? '',
                    'source-tag': first?.source.tag ?? '',
                    'source-digest': first?.source.digest ?? '',
                    json,
                    'component-tags-path': result.dryRun ? '' : path,
                    pushed: result.pushed,
                });
            else
                printResult(result, terminal);
            return exit_codes_js_1.EXIT.done;
        }
        finally {
            registry.close();
        }
    };
}
const SOURCE_FLAGS = {
    images: build_flags_js_1.BUILD_FLAGS.images,
    'from-tag': { type: 'string', value: '<tag>', description: 'The source tag, chosen by you.' },
    policy: {
        type: 'string',
        value: '<policy>',
        description: 'Choose the source tag from the registry: semver:<range>, numerical or alphabetical.',
    },
    'policy-filter': {
        type: 'string',
        value: '<regex>',
        description: 'Only tags matching this (Flux syntax, (?P<name>…) groups).',
    },
    'policy-extract': {
        type: 'string',
        value: '<$1|$name>',
        description: 'Compare this part of the tag.',
    },
    'policy-order': {
        type: 'string',
        value: '<asc|desc>',
        description: 'asc picks the greatest.',
        default: 'asc',
    },
    sha: {
        type: 'string',
        value: '<commit>',
        description: 'For {{sha}} when the source has no revision label.',
    },
    version: {
        type: 'string',
        value: '<semver>',
        description: 'For {{version}} when the source has no version label.',
    },
    environment: { type: 'string', value: '<name>', description: 'For {{env}}.' },
    'short-sha-length': build_flags_js_1.BUILD_FLAGS['short-sha-length'],
    timestamp: {
        type: 'string',
        value: '<unix-seconds>',
        description: 'For {{timestamp}}.',
        default: 'now',
    },
    'component-tags-path': {
        type: 'string',
        value: '<path>',
        description: 'Where to record the result (merged with what is there).',
        default: 'component-tags.json',
    },
    'dry-run': { type: 'boolean', description: 'Say what would be pushed; push and write nothing.' },
    ...verify_js_1.REGISTRY_FLAGS,
};
exports.resolveCommand = {
    name: 'resolve',
    usage: 'resolve --images <service=repo> (--from-tag <tag> | --policy <policy>) [flags]',
    flags: SOURCE_FLAGS,
    notes: [
        '--json prints {tags, version, source-tag, source-digest, json, component-tags-path, pushed}.',
    ],
    examples: [
        "resolve --images api=ghcr.io/acme/api --policy 'semver:>=1.0.0' --json",
        "resolve --images app=ghcr.io/acme/app --policy numerical --policy-filter '^staging-.*-(?P<ts>[0-9]+)$' --policy-extract '$ts'",
    ],
    run: runner('resolve'),
};
exports.retagCommand = {
    name: 'retag',
    usage: 'retag --images <service=repo> (--from-tag <tag> | --policy <policy>) --tags <template> [flags]',
    flags: {
        ...SOURCE_FLAGS,
        tags: {
            type: 'string',
            multiple: true,
            value: '<template>',
            description: 'The tags to push; a tag without {{…}} is an alias that may move.',
        },
    },
    notes: [
        'An immutable tag that points elsewhere fails before anything is pushed; a re-run is a no-op.',
    ],
    examples: [
        "retag --images api=ghcr.io/acme/api --from-tag staging-1.4.2 --tags 'production-{{version}}' --tags production",
        "retag --images api=ghcr.io/acme/api --policy 'semver:1.x' --tags production --dry-run",
    ],
    run: runner('retag'),
};


/***/ }),

/***/ 4204:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseTagVersion = exports.parseTagPolicy = exports.NoTagCandidateError = exports.NonNumericTagError = exports.describeTagPolicy = exports.chooseTag = exports.translateRe2 = exports.expandMatch = exports.compileTagFilter = exports.applyTagFilter = void 0;
/** The tag policy engine: choose a tag from a list, with Flux `ImagePolicy` semantics. */
var tag_filter_js_1 = __webpack_require__(13219);
Object.defineProperty(exports, "applyTagFilter", ({ enumerable: true, get: function () { return tag_filter_js_1.applyTagFilter; } }));
Object.defineProperty(exports, "compileTagFilter", ({ enumerable: true, get: function () { return tag_filter_js_1.compileTagFilter; } }));
Object.defineProperty(exports, "expandMatch", ({ enumerable: true, get: function () { return tag_filter_js_1.expandMatch; } }));
Object.defineProperty(exports, "translateRe2", ({ enumerable: true, get: function () { return tag_filter_js_1.translateRe2; } }));
var tag_policy_js_1 = __webpack_require__(82763);
Object.defineProperty(exports, "chooseTag", ({ enumerable: true, get: function () { return tag_policy_js_1.chooseTag; } }));
Object.defineProperty(exports, "describeTagPolicy", ({ enumerable: true, get: function () { return tag_policy_js_1.describeTagPolicy; } }));
Object.defineProperty(exports, "NonNumericTagError", ({ enumerable: true, get: function () { return tag_policy_js_1.NonNumericTagError; } }));
Object.defineProperty(exports, "NoTagCandidateError", ({ enumerable: true, get: function () { return tag_policy_js_1.NoTagCandidateError; } }));
Object.defineProperty(exports, "parseTagPolicy", ({ enumerable: true, get: function () { return tag_policy_js_1.parseTagPolicy; } }));
Object.defineProperty(exports, "parseTagVersion", ({ enumerable: true, get: function () { return tag_policy_js_1.parseTagVersion; } }));


/***/ })

};
