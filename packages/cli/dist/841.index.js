export const id = 841;
export const ids = [841];
export const modules = {

/***/ 51841:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promoteCommand = void 0;
/**
 * `gitops-promote promote`: open or update the pull request that moves an environment, through
 * the GitHub API, exactly as open-promotion-pr does (one verified commit, one branch per
 * environment and purpose, a re-run updates its pull request). From component-tags.json (the
 * action's `mode: bump`), or with --from-environment from another environment's pinned images
 * (`mode: promote`). `--dry-run` prints the diff on the current base and writes nothing.
 * The promotion gates of the policy file run before anything is written, through the core's
 * `gatesRun` as in the action; `--explain` prints their verdicts on the current base and
 * writes nothing.
 */
const core_1 = __webpack_require__(60893);
const image_edit_1 = __webpack_require__(23230);
const promotion_1 = __webpack_require__(59567);
const component_tags_file_js_1 = __webpack_require__(19394);
const exit_codes_js_1 = __webpack_require__(3067);
const flags_js_1 = __webpack_require__(7733);
const unified_diff_js_1 = __webpack_require__(86566);
const promotion_flags_js_1 = __webpack_require__(49690);
const promotion_gates_js_1 = __webpack_require__(5661);
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** `--from-environment`: a name that is not the target; refuses the flags of the bump mode. */
function fromEnvironmentFlag(flags, environment) {
    const from = flags.text('from-environment');
    if (from === '')
        return '';
    if (!NAME.test(from))
        throw new core_1.InputError('from-environment', from, "must be a name of letters, digits, '.', '_' or '-'");
    if (from === environment)
        throw new core_1.InputError('from-environment', from, "must differ from '--environment'");
    for (const flag of ['component-tags', 'write-mode', 'hotfix'])
        if (flags.has(flag))
            throw new core_1.InputError(flag, flags.text(flag) || 'true', 'cannot be combined with --from-environment');
    return from;
}
function chartAppVersionFlag(flags) {
    const value = flags.text('chart-app-version');
    if (value === '' || /^false$/i.test(value))
        return false;
    if (/^true$/i.test(value))
        return true;
    if (!NAME.test(value))
        throw new core_1.InputError('chart-app-version', value, 'must be true, false, or the name of the service whose tag the appVersion tracks');
    return value;
}
function fluxNamespaceFlag(flags, environment) {
    const namespace = flags.text('flux-namespace');
    if (namespace !== '' && !/^[a-z0-9][a-z0-9.-]*$/.test(namespace))
        throw new core_1.InputError('flux-namespace', namespace, 'must be a Kubernetes namespace name');
    return namespace ? { namespace, explicit: true } : { namespace: environment, explicit: false };
}
/** Every flag read and checked before the first request (settings.ts's rules). */
function readRequest(flags) {
    const environment = (0, flags_js_1.environmentFlag)(flags, true);
    const patterns = (0, flags_js_1.filePatternsFlag)(flags);
    const services = flags.list('services');
    const fromEnvironment = fromEnvironmentFlag(flags, environment);
    const hotfix = flags.boolean('hotfix');
    return {
        environment,
        fromEnvironment,
        services,
        hotfix,
        filePatterns: (0, core_1.expandEnvironment)(patterns, environment),
        sourcePatterns: fromEnvironment ? (0, core_1.expandEnvironment)(patterns, fromEnvironment) : [],
        branch: fromEnvironment
            ? (0, promotion_1.environmentPromotionBranch)(fromEnvironment, environment)
            : (0, promotion_1.promotionBranch)(environment, hotfix),
        componentTagsPath: flags.text('component-tags', 'component-tags.json'),
        write: flags.choice('write-mode', image_edit_1.WRITE_MODES, 'tag+digest'),
        allowEmpty: flags.boolean('allow-empty'),
        // The action's default: a service found in no file fails unless --services narrows.
        failOnMissing: flags.boolean('fail-on-missing') || services.length === 0,
        allowDowngrade: flags.boolean('allow-downgrade'),
        fluxNamespace: fluxNamespaceFlag(flags, environment),
        chartAppVersion: chartAppVersionFlag(flags),
        dryRun: flags.boolean('dry-run'),
        explain: explainFlag(flags),
    };
}
/** `--explain`: the gates' verdicts only; it writes nothing, so it needs no `--dry-run`. */
function explainFlag(flags) {
    const explain = flags.boolean('explain');
    if (explain && flags.boolean('dry-run'))
        throw new core_1.InputError('dry-run', 'true', 'cannot be combined with --explain, which prints the gates and writes nothing either');
    return explain;
}
function operationOf(request, common, context) {
    const shared = {
        ...common,
        filePatterns: request.filePatterns,
        allowEmpty: request.allowEmpty,
        allowDowngrade: request.allowDowngrade,
        fluxNamespace: request.fluxNamespace,
        chartAppVersion: request.chartAppVersion,
    };
    if (request.fromEnvironment)
        return {
            kind: 'environment',
            request: {
                ...shared,
                hotfix: false,
                fromEnvironment: request.fromEnvironment,
                sourcePatterns: request.sourcePatterns,
                services: request.services,
            },
        };
    const all = (0, component_tags_file_js_1.loadComponentTags)(context.workspace, request.componentTagsPath);
    return {
        kind: 'component-tags',
        request: {
            ...shared,
            hotfix: request.hotfix,
            componentTags: (0, core_1.selectServices)(all, request.services),
            write: request.write,
            failOnMissing: request.failOnMissing,
        },
    };
}
/**
 * The operation with its gates: made from the source images once the core has read them
 * (`gatesFor`, mode promote) or from the component tags (mode bump). `gates()` is the run.
 */
function gatedOperation(operation, makeGates) {
    if (operation.kind === 'component-tags') {
        const run = makeGates({ mode: 'bump', componentTags: operation.request.componentTags });
        return {
            operation: { ...operation, request: { ...operation.request, gate: run.gate } },
            gates: () => run,
        };
    }
    let run;
    const gatesFor = (sources) => {
        run = makeGates({ mode: 'promote', sources });
        return run.gate;
    };
    return {
        operation: { ...operation, request: { ...operation.request, gatesFor } },
        gates: () => {
            // promoteEnvironment and its preview make the gates once they read the source images.
            if (!run)
                throw new Error('promote: the promotion made no gates');
            return run;
        },
    };
}
function preview(api, operation, log) {
    return operation.kind === 'environment'
        ? (0, promotion_1.previewEnvironmentPromotion)(api, operation.request, log)
        : (0, promotion_1.previewPromotion)(api, operation.request, log);
}
async function open(api, operation, log) {
    if (operation.kind === 'environment')
        return (await (0, promotion_1.promoteEnvironment)(api, operation.request, log)).result;
    return (0, promotion_1.openPromotion)(api, operation.request, log);
}
function printPreview(preview, branch, terminal) {
    const { plan, base } = preview;
    if (terminal.json) {
        terminal.document({
            operation: plan.changes.length === 0 ? 'none' : 'dry-run',
            'dry-run': true,
            base,
            branch: plan.changes.length === 0 ? '' : branch,
            changes: plan.changes,
            diff: (0, unified_diff_js_1.unifiedDiffs)(plan.files, (_, text) => text),
        });
        return;
    }
    if (plan.changes.length === 0) {
        terminal.err(`Nothing to change on ${base}: every value already holds its target.`);
        return;
    }
    terminal.out((0, unified_diff_js_1.unifiedDiffs)(plan.files, terminal.paint));
    terminal.out('');
    terminal.out((0, promotion_flags_js_1.changesTable)(plan.changes, terminal));
    terminal.err(`${plan.changes.length} change(s) in ${plan.files.length} file(s) on ${base}; dry run: ` +
        `no branch, commit or pull request (without --dry-run it opens one on ${branch}).`);
}
async function run(flags, terminal, context) {
    const request = readRequest(flags);
    const connection = await (0, promotion_flags_js_1.connectGitHub)(flags, terminal, context);
    const common = (0, promotion_flags_js_1.commonRequest)(flags, connection, request.environment, request.branch);
    const operation = operationOf(request, common, context);
    const log = (0, promotion_flags_js_1.promotionLog)(terminal, flags.boolean('verbose'));
    const makeGates = (0, promotion_gates_js_1.gatesMaker)(flags, connection.api, {
        repository: common.repository,
        base: common.base,
        environment: request.environment,
        branch: common.branch,
        ...(request.fromEnvironment ? { from: request.fromEnvironment } : {}),
        hotfix: request.hotfix,
    }, log);
    if (request.dryRun) {
        printPreview(await preview(connection.api, operation, log), common.branch, terminal);
        return exit_codes_js_1.EXIT.done;
    }
    const gated = gatedOperation(operation, makeGates);
    if (request.explain)
        return explain(connection.api, gated, log, terminal);
    const result = await open(connection.api, gated.operation, log);
    const gates = gated.gates();
    const evaluation = await gates.settle(result);
    await gates.publishStatus(result);
    if (terminal.json) {
        terminal.document({ ...(0, promotion_flags_js_1.resultDocument)(result), ...(0, promotion_gates_js_1.gatesDocument)(evaluation) });
        return exit_codes_js_1.EXIT.done;
    }
    (0, promotion_flags_js_1.printResult)(result, terminal);
    if (evaluation)
        (0, promotion_gates_js_1.printGates)(evaluation, terminal);
    return exit_codes_js_1.EXIT.done;
}
/**
 * `--explain`: the gates' verdicts for what the promotion would move on the current base (its
 * preview, with the same gates), written nowhere: no branch, commit, status or pull request.
 */
async function explain(api, gated, log, terminal) {
    const planned = await preview(api, gated.operation, log);
    const evaluation = await gated.gates().evaluate(planned.plan.services, planned.at);
    if (terminal.json) {
        terminal.document({
            explain: true,
            base: planned.base,
            'policy-file': evaluation.policyPath,
            'policy-found': evaluation.policyFound,
            services: planned.plan.services,
            ...(0, promotion_gates_js_1.gatesDocument)(evaluation),
        });
        return exit_codes_js_1.EXIT.done;
    }
    if (planned.plan.services.length === 0)
        terminal.err(`Nothing to change on ${planned.base}: every value already holds its target.`);
    else
        (0, promotion_gates_js_1.printGates)(evaluation, terminal);
    return exit_codes_js_1.EXIT.done;
}
exports.promoteCommand = {
    name: 'promote',
    usage: 'promote --repository <owner/name> --environment <name> --files <glob> [--from-environment <name>] [flags]',
    flags: {
        ...promotion_flags_js_1.CONNECTION_FLAGS,
        environment: {
            type: 'string',
            value: '<name>',
            description: 'The environment to move; {env} in --files.',
        },
        files: {
            type: 'string',
            multiple: true,
            value: '<glob>',
            description: 'Glob lines of the files in the repository; {env} is replaced.',
        },
        'from-environment': {
            type: 'string',
            value: '<name>',
            description: "Promote from this environment: the target's files get its pinned images (mode promote).",
        },
        'component-tags': {
            type: 'string',
            value: '<path>',
            description: 'Without --from-environment: the component-tags.json to bump from.',
            default: 'component-tags.json',
        },
        services: {
            type: 'string',
            multiple: true,
            value: '<names>',
            description: 'Only these services (comma-separated).',
            default: 'every service',
        },
        hotfix: {
            type: 'boolean',
            description: 'A hotfix: branch hotfix/<env> and the hotfix label.',
        },
        'write-mode': {
            type: 'string',
            value: '<mode>',
            description: "What to write: tag+digest, tag or digest (the action's `write` input).",
            default: 'tag+digest',
        },
        'fail-on-missing': {
            type: 'boolean',
            description: 'Fail when a service is found in no file.',
            default: 'on unless --services is given',
        },
        'allow-empty': { type: 'boolean', description: 'A --files line matching nothing warns.' },
        'allow-downgrade': { type: 'boolean', description: 'Let a tag move backwards.' },
        'chart-app-version': {
            type: 'string',
            value: '<true|false|service>',
            description: "Keep bumped charts' appVersion in step.",
            default: 'false',
        },
        'flux-namespace': {
            type: 'string',
            value: '<namespace>',
            description: 'Write only Flux markers of this namespace.',
            default: 'the environment',
        },
        'ignore-holds': { type: 'boolean', description: 'Bump held services too, for this run.' },
        ...promotion_flags_js_1.PULL_REQUEST_FLAGS,
        'dry-run': {
            type: 'boolean',
            description: 'Print the diff on the current base; open nothing.',
        },
        ...promotion_gates_js_1.GATES_FLAGS,
        explain: {
            type: 'boolean',
            description: "Print the gates' verdicts (service, gate, verdict, why) on the current base; write nothing.",
        },
    },
    notes: [
        'Credentials: GITHUB_TOKEN, else GH_TOKEN (never printed). The branch is promote/<env>, hotfix/<env> or promote/<from>-to-<env>.',
        '--json prints {operation, pull-request-number, pull-request-url, branch, commit-sha, changes, eligible-at, gates}; with --dry-run {operation, dry-run, base, branch, changes, diff}; with --explain {explain, base, policy-file, policy-found, services, eligible-at, gates}.',
        'Gates: when no service may go yet, nothing is written, operation is waiting and the exit code is 0; eligible-at says when to run again (empty when no time is known).',
    ],
    examples: [
        "promote --repository acme/gitops-config --environment prod --from-environment staging --files 'helm/*/values-{env}.yaml'",
        "promote --repository acme/gitops-config --environment staging --files 'helm/*/values-{env}.yaml' --component-tags ~/Downloads/component-tags.json --labels deploy",
        "promote --repository acme/gitops-config --environment prod --from-environment staging --files 'k8s/{env}/*.yaml' --dry-run",
        "promote --repository acme/gitops-config --environment prod --from-environment staging --files 'helm/*/values-{env}.yaml' --explain",
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


/***/ })

};
