export const id = 239;
export const ids = [239];
export const modules = {

/***/ 92815:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.holdsCommand = void 0;
/**
 * `gitops-promote holds [list]`: list the holds that rollbacks wrote in a config repository
 * checkout (`.gitops-promote/holds.yaml` by default), read and validated by the core's
 * `parseHolds`. `holds lift`: remove a service's hold in an environment with the core's
 * byte-exact `liftHold`; a dry run by default (the diff), `--write` writes the file.
 */
const node_fs_1 = __webpack_require__(73024);
const core_1 = __webpack_require__(60893);
const promotion_1 = __webpack_require__(59567);
const exit_codes_js_1 = __webpack_require__(3067);
const flags_js_1 = __webpack_require__(7733);
const table_js_1 = __webpack_require__(72510);
const unified_diff_js_1 = __webpack_require__(86566);
function readText(path) {
    try {
        return (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
async function run(flags, terminal, context) {
    const name = flags.text('holds-file', promotion_1.DEFAULT_HOLDS_FILE);
    const environment = (0, flags_js_1.environmentFlag)(flags, false);
    const path = (0, core_1.resolveInWorkspace)(context.workspace, name, 'holds-file');
    const file = (0, promotion_1.parseHolds)(name, readText(path));
    const holds = file.holds.filter((h) => environment === '' || h.environment === environment);
    if (terminal.json) {
        terminal.document({ 'holds-file': name, holds });
        return exit_codes_js_1.EXIT.done;
    }
    if (holds.length === 0) {
        terminal.err(`No hold in ${name}${environment ? ` for ${environment}` : ''}.`);
        return exit_codes_js_1.EXIT.done;
    }
    const rows = holds.map((h) => [
        h.service,
        h.environment,
        h.tag ?? '',
        h.digest ? h.digest.slice(0, 19) : '',
        h.commit.slice(0, 12),
        h.created,
        h.reason,
    ]);
    const headers = ['SERVICE', 'ENVIRONMENT', 'TAG', 'DIGEST', 'COMMIT', 'CREATED', 'REASON'];
    terminal.out((0, table_js_1.formatTable)(headers, rows, terminal.paint));
    terminal.err(`To lift a hold: gitops-promote holds lift --service <name> --environment <name> --write`);
    return exit_codes_js_1.EXIT.done;
}
/** Lift the hold: the diff (dry run) or the written file; no hold is bad input (exit 2). */
async function lift(flags, terminal, context) {
    const service = flags.required('service', 'is required: the held service, e.g. api');
    const environment = (0, flags_js_1.environmentFlag)(flags, true);
    const name = flags.text('holds-file', promotion_1.DEFAULT_HOLDS_FILE);
    const path = (0, core_1.resolveInWorkspace)(context.workspace, name, 'holds-file');
    const text = readText(path);
    const { text: after, lifted } = (0, promotion_1.liftHold)(name, text, { service, environment });
    if (lifted.length === 0)
        throw new core_1.InputError('service', service, `has no hold in environment '${environment}' in ${name}; 'gitops-promote holds' lists them`);
    const write = flags.boolean('write');
    if (write)
        (0, core_1.writeFileAtomic)(path, after);
    const file = { path: name, before: text ?? '', after };
    if (terminal.json)
        terminal.document({
            'holds-file': name,
            lifted,
            'dry-run': !write,
            diff: (0, unified_diff_js_1.unifiedDiffs)([file], (_, t) => t),
        });
    else
        terminal.out((0, unified_diff_js_1.unifiedDiffs)([file], terminal.paint));
    const what = `${lifted.length === 1 ? 'the hold' : `${lifted.length} holds`} of ${service} in ${environment}`;
    terminal.err(write
        ? `Lifted ${what} in ${name}; commit it to take effect.`
        : `Would lift ${what} from ${name}; dry run: nothing written (--write writes it).`);
    return exit_codes_js_1.EXIT.done;
}
const HOLDS_FILE_FLAG = {
    'holds-file': {
        type: 'string',
        value: '<path>',
        description: 'The holds file in the config repository.',
        default: promotion_1.DEFAULT_HOLDS_FILE,
    },
};
const listCommand = {
    name: 'holds list',
    usage: 'holds [list] [--environment <name>] [--holds-file <path>]',
    flags: {
        environment: {
            type: 'string',
            value: '<name>',
            description: 'Only the holds of this environment.',
        },
        ...HOLDS_FILE_FLAG,
    },
    notes: ['--json prints {holds-file, holds}.'],
    examples: ['holds --environment prod', 'holds list -C ../config --json'],
    run,
};
const liftCommand = {
    name: 'holds lift',
    summary: 'Lift a hold: remove its entry from the holds file, every other byte kept.',
    usage: 'holds lift --service <name> --environment <name> [--write] [--holds-file <path>]',
    flags: {
        service: { type: 'string', value: '<name>', description: 'The held service.' },
        environment: {
            type: 'string',
            value: '<name>',
            description: 'The environment it is held in.',
        },
        ...HOLDS_FILE_FLAG,
        'dry-run': {
            type: 'boolean',
            description: 'Print the diff and write nothing (the default).',
        },
        write: { type: 'boolean', description: 'Write the holds file (then commit it).' },
    },
    notes: [
        'stdout is the unified diff of the holds file (a patch for `git apply`). Every entry of the service in the environment is removed.',
        '--json prints {holds-file, lifted, dry-run, diff}.',
    ],
    examples: [
        'holds lift --service api --environment prod',
        'holds lift --service api --environment prod --write && git commit -am "chore: lift the hold of api in prod"',
    ],
    run: (flags, terminal, context) => {
        if (flags.boolean('write') && flags.boolean('dry-run'))
            throw new core_1.InputError('dry-run', 'true', 'cannot be combined with --write');
        return lift(flags, terminal, context);
    },
};
/** `holds` alone lists, as before; `holds list` and `holds lift` name the subcommand. */
exports.holdsCommand = {
    ...listCommand,
    name: 'holds',
    subcommands: { list: listCommand, lift: liftCommand },
};


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

/***/ 86566:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unifiedDiff = unifiedDiff;
exports.unifiedDiffs = unifiedDiffs;
/**
 * A unified diff of what a bump would write, file by file, as `git diff` shows it: the hunks
 * of jsdiff's `structuredPatch` (three lines of context), coloured when the stream is a TTY.
 */
const diff_1 = __webpack_require__(25508);
function styledLine(line, paint) {
    if (line.startsWith('+'))
        return paint('green', line);
    if (line.startsWith('-'))
        return paint('red', line);
    if (line.startsWith('\\'))
        return paint('dim', line);
    return line;
}
/** The unified diff of one file, ending with a newline. */
function unifiedDiff(file, paint) {
    const patch = (0, diff_1.structuredPatch)(`a/${file.path}`, `b/${file.path}`, file.before, file.after, '', '', {
        context: 3,
    });
    const lines = [
        paint('bold', `--- ${patch.oldFileName}`),
        paint('bold', `+++ ${patch.newFileName}`),
    ];
    for (const hunk of patch.hunks) {
        lines.push(paint('cyan', `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
        for (const line of hunk.lines)
            lines.push(styledLine(line, paint));
    }
    return `${lines.join('\n')}\n`;
}
/** The unified diff of every file, in order. */
function unifiedDiffs(files, paint) {
    return files.map((file) => unifiedDiff(file, paint)).join('');
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
