export const id = 769;
export const ids = [769];
export const modules = {

/***/ 80769:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bumpCommand = void 0;
/**
 * `gitops-promote bump`: bump-values on a local checkout. A dry run by default: stdout gets the
 * unified diff of exactly the bytes that would change (a patch `git apply` takes); `--write`
 * writes them, `--commit` commits with change trailers, `--push` pushes with re-plan retry.
 */
const core_1 = __webpack_require__(60893);
const bump_1 = __webpack_require__(16478);
const image_edit_1 = __webpack_require__(23230);
const component_tags_file_js_1 = __webpack_require__(19394);
const exit_codes_js_1 = __webpack_require__(3067);
const flags_js_1 = __webpack_require__(7733);
const unified_diff_js_1 = __webpack_require__(86566);
/** What the flags ask: the action's inputs, with `--write` the switch and `--write-mode` its `write`. */
function readRequest(flags) {
    const push = flags.boolean('push');
    const commit = push || flags.boolean('commit');
    const write = commit || flags.boolean('write');
    if (write && flags.boolean('dry-run'))
        throw new core_1.InputError('dry-run', 'true', 'cannot be combined with --write, --commit or --push');
    const environment = (0, flags_js_1.environmentFlag)(flags, false);
    return {
        componentTagsPath: flags.text('component-tags', 'component-tags.json'),
        filePatterns: (0, core_1.expandEnvironment)((0, flags_js_1.filePatternsFlag)(flags), environment),
        environment,
        services: flags.list('services'),
        write: flags.choice('write-mode', image_edit_1.WRITE_MODES, 'tag+digest'),
        failOnMissing: flags.boolean('fail-on-missing'),
        dryRun: !write,
        commit,
        push,
        commitMessage: flags.text('commit-message'),
        pushRetries: flags.integer('push-retries', 5, 0, 20),
    };
}
function logTo(terminal, verbose) {
    return {
        info: (message) => {
            if (verbose)
                terminal.err(terminal.paintErr('dim', message));
        },
        warning: (message, where) => terminal.err(terminal.paintErr('yellow', `warning: ${where ? `${where.file}:${where.line}: ` : ''}${message}`)),
    };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** The line on stderr that says what happened. */
function doneLine(outcome, dryRun) {
    const { changes, changedFiles, commitSha, push } = outcome;
    if (changes.length === 0)
        return 'Nothing to change: every value already holds its target.';
    const what = `${plural(changes.length, 'change')} in ${plural(changedFiles.length, 'file')}`;
    if (dryRun)
        return `${what}; dry run: nothing written (--write writes them, --commit commits).`;
    const commit = commitSha ? `; committed ${commitSha.slice(0, 12)}` : '';
    const pushed = push?.status === 'pushed' ? ` and pushed to ${push.branch}` : '';
    return `Wrote ${what}${commit}${pushed}.`;
}
async function run(flags, terminal, context) {
    const request = readRequest(flags);
    const all = (0, component_tags_file_js_1.loadComponentTags)(context.workspace, request.componentTagsPath);
    const outcome = await (0, bump_1.bumpWorkspace)({
        ...request,
        workspace: context.workspace,
        componentTags: (0, core_1.selectServices)(all, request.services),
        fallbackBranch: '',
    }, { log: logTo(terminal, flags.boolean('verbose')) });
    const diff = (0, unified_diff_js_1.unifiedDiffs)(outcome.plan.files, terminal.paint);
    if (terminal.json)
        terminal.document({
            changed: outcome.changes.length > 0,
            'changed-files': outcome.changedFiles,
            changes: outcome.changes,
            'commit-sha': outcome.commitSha,
            'dry-run': request.dryRun,
            diff: (0, unified_diff_js_1.unifiedDiffs)(outcome.plan.files, (_, text) => text),
        });
    else if (diff !== '')
        terminal.out(diff);
    terminal.err(doneLine(outcome, request.dryRun));
    return exit_codes_js_1.EXIT.done;
}
exports.bumpCommand = {
    name: 'bump',
    usage: 'bump --files <glob> [--environment <name>] [--write | --commit | --push] [flags]',
    flags: {
        'component-tags': {
            type: 'string',
            value: '<path>',
            description: 'The component-tags.json to write from (relative to the workspace, or absolute).',
            default: 'component-tags.json',
        },
        files: {
            type: 'string',
            multiple: true,
            value: '<glob>',
            description: 'Glob lines of the files to update; {env} is replaced by --environment.',
        },
        environment: {
            type: 'string',
            value: '<name>',
            description: 'The environment, for {env} in --files and in the commit message.',
        },
        services: {
            type: 'string',
            multiple: true,
            value: '<names>',
            description: 'Only these services (comma-separated).',
            default: 'every service in component-tags',
        },
        'write-mode': {
            type: 'string',
            value: '<mode>',
            description: "What to write: tag+digest, tag or digest (the action's `write` input).",
            default: 'tag+digest',
        },
        'fail-on-missing': {
            type: 'boolean',
            description: 'Fail (exit 1) when a service matches nothing in any file.',
        },
        'dry-run': {
            type: 'boolean',
            description: 'Print the unified diff of what would change and write nothing (the default).',
        },
        write: { type: 'boolean', description: 'Write the changed files.' },
        commit: {
            type: 'boolean',
            description: 'Write, then commit the changed files with Promote-Change trailers.',
        },
        push: {
            type: 'boolean',
            description: 'Write, commit and push to the current branch, re-planning when another push won.',
        },
        'commit-message': {
            type: 'string',
            value: '<text>',
            description: 'The commit message.',
            default: 'chore(deploy): bump <services> in <env> [skip ci]',
        },
        'push-retries': {
            type: 'string',
            value: '<n>',
            description: 'How many times to retry a rejected push (0 to 20).',
            default: '5',
        },
        verbose: { type: 'boolean', description: 'Print each change and git step on stderr.' },
    },
    notes: [
        'stdout is the unified diff alone (a patch for `git apply`); what happened goes to stderr.',
        '--json prints {changed, changed-files, changes, commit-sha, dry-run, diff}.',
    ],
    examples: [
        "bump --files 'helm/*/values-{env}.yaml' --environment staging",
        "bump --component-tags ~/Downloads/component-tags.json --files 'k8s/*/kustomization.yaml' --services api --commit",
        "bump --files 'flux/apps/*/{env}/*.yaml' --environment develop --json | jq '.changes'",
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

/***/ 24520:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bumpCommitMessage = bumpCommitMessage;
const change_trailers_js_1 = __webpack_require__(13793);
/** The message for `changes`: `message`, or the default for their services, with trailers. */
function bumpCommitMessage(changes, message, environment) {
    const services = [...new Set(changes.map((c) => c.service))].sort();
    return (0, change_trailers_js_1.withChangeTrailers)(message || (0, change_trailers_js_1.defaultCommitMessage)(services, environment), changes);
}


/***/ }),

/***/ 66344:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bumpWorkspace = bumpWorkspace;
const bump_coverage_js_1 = __webpack_require__(61983);
const bump_warnings_js_1 = __webpack_require__(51816);
const bump_files_js_1 = __webpack_require__(27946);
const bump_commit_js_1 = __webpack_require__(24520);
const plan_workspace_js_1 = __webpack_require__(38515);
const holds_file_js_1 = __webpack_require__(96287);
/**
 * The services this bump may move: those of the request, less the held ones (re-read each
 * plan). The holds code is loaded only when there is a holds file to read.
 */
async function freeServices(request, log) {
    if (!request.holds || !(0, holds_file_js_1.holdsFileExists)(request.workspace, request.holds.path))
        return request.componentTags;
    const { readWorkspaceHolds, servicesNotHeld } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 59696));
    const { file } = readWorkspaceHolds(request.workspace, request.holds.path);
    return servicesNotHeld(request.componentTags, file, request.holds, request.environment, log);
}
/** A plan that changes nothing, for a bump whose every service is held. */
function emptyPlan() {
    return { ...(0, bump_files_js_1.emptyBumpResult)(), matchedFiles: [], unmatchedPatterns: [] };
}
/** Plan the free services; every service held plans nothing (there is nothing to bump). */
async function planFree(request, log) {
    const free = await freeServices(request, log);
    const allHeld = Object.keys(free).length === 0 && Object.keys(request.componentTags).length > 0;
    return allHeld ? emptyPlan() : (0, plan_workspace_js_1.planWorkspace)(request.workspace, free, request);
}
/** Warn (or fail) about what matched nothing; warn about occurrences that were skipped. */
function reportUnmatched(plan, request, log) {
    const warnings = (0, bump_coverage_js_1.checkCoverage)({
        unmatchedPatterns: plan.unmatchedPatterns,
        matchedFiles: plan.matchedFiles.length,
        unmatchedServices: plan.unmatchedServices,
        allowEmpty: request.allowEmpty === true,
        failOnMissing: request.failOnMissing,
    });
    for (const skipped of plan.skipped)
        log.warning((0, bump_warnings_js_1.skippedImageWarning)(skipped.reason), { file: skipped.file, line: skipped.line });
    for (const warning of warnings)
        log.warning(warning);
    for (const occ of plan.leftAlone)
        log.info(`Left alone ${occ.file}:${occ.line}: its Flux marker names the policy '${occ.policy}', ` +
            `not in namespace '${request.fluxNamespace?.namespace ?? ''}' (flux-namespace).`);
}
/** How many changes one log call carries: one write per block of lines, not one per change. */
const CHANGES_PER_LOG_CALL = 500;
/** Log a line per change (`file:line service field: from -> to`), a block of them at a time. */
function logChanges(changes, log) {
    const line = (c) => `${c.file}:${c.line} ${c.service} ${c.field}: ${c.from || '(none)'} -> ${c.to}`;
    for (let start = 0; start < changes.length; start += CHANGES_PER_LOG_CALL)
        log.info(changes
            .slice(start, start + CHANGES_PER_LOG_CALL)
            .map(line)
            .join('\n'));
}
/** The outcome of `plan`, the last plan made. */
function outcomeOf(plan, commitSha) {
    return { plan, changes: plan.changes, changedFiles: plan.files.map((f) => f.path), commitSha };
}
/** Plan, write, commit and push as the request says; throws before writing when it cannot plan. */
async function bumpWorkspace(request, ports) {
    const { log } = ports;
    const free = await freeServices(request, log);
    const asked = Object.keys(request.componentTags);
    if (asked.length > 0 && Object.keys(free).length === 0) {
        log.info(`Every service of this bump is held in '${request.environment}': nothing to plan.`);
        return { ...outcomeOf(emptyPlan(), ''), everyServiceHeld: asked };
    }
    const plan = (0, plan_workspace_js_1.planWorkspace)(request.workspace, free, request);
    reportUnmatched(plan, request, log);
    logChanges(plan.changes, log);
    if (request.dryRun || plan.changes.length === 0)
        return outcomeOf(plan, '');
    if (!request.commit && !request.push) {
        (0, plan_workspace_js_1.writePlan)(request.workspace, plan);
        return outcomeOf(plan, '');
    }
    // The message is made (and a forged change trailer in it refused) before anything is written.
    const message = (0, bump_commit_js_1.bumpCommitMessage)(plan.changes, request.commitMessage, request.environment);
    const git = await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 59021));
    if (request.push)
        await git.refuseDirtyPlannedFiles(plan, request, ports);
    (0, plan_workspace_js_1.writePlan)(request.workspace, plan);
    const commitSha = await git.commitPlan(plan, message, request, ports);
    if (!request.push || commitSha === '')
        return outcomeOf(plan, commitSha);
    const { pushed, branch, last } = await git.pushPlan(plan, request, ports, () => planFree(request, log));
    const pushedSha = pushed.status === 'pushed' ? pushed.sha : '';
    return { ...outcomeOf(last, pushedSha), push: { ...pushed, branch } };
}


/***/ }),

/***/ 96287:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.holdsFileExists = holdsFileExists;
/** Whether the workspace holds a holds file, checked without loading the holds code. */
const node_fs_1 = __webpack_require__(73024);
const workspace_files_js_1 = __webpack_require__(88742);
/** Whether `path` (relative to the workspace, kept inside it) exists: absent means no holds. */
function holdsFileExists(workspace, path) {
    return (0, node_fs_1.existsSync)((0, workspace_files_js_1.resolveInWorkspace)(workspace, path, 'holds-file'));
}


/***/ }),

/***/ 16478:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.servicesNotHeld = exports.readWorkspaceHolds = exports.revertWorkspace = exports.revertCommitMessage = exports.readRevertedCommit = exports.writePlan = exports.planWorkspace = exports.bumpCommitMessage = exports.bumpWorkspace = void 0;
/**
 * bump-values' wing: plan a bump over a checked-out config repository, write it, commit it
 * with change trailers and push it with re-plan retry.
 */
var bump_workspace_js_1 = __webpack_require__(66344);
Object.defineProperty(exports, "bumpWorkspace", ({ enumerable: true, get: function () { return bump_workspace_js_1.bumpWorkspace; } }));
var bump_commit_js_1 = __webpack_require__(24520);
Object.defineProperty(exports, "bumpCommitMessage", ({ enumerable: true, get: function () { return bump_commit_js_1.bumpCommitMessage; } }));
var plan_workspace_js_1 = __webpack_require__(38515);
Object.defineProperty(exports, "planWorkspace", ({ enumerable: true, get: function () { return plan_workspace_js_1.planWorkspace; } }));
Object.defineProperty(exports, "writePlan", ({ enumerable: true, get: function () { return plan_workspace_js_1.writePlan; } }));
var revert_js_1 = __webpack_require__(63302);
Object.defineProperty(exports, "readRevertedCommit", ({ enumerable: true, get: function () { return revert_js_1.readRevertedCommit; } }));
Object.defineProperty(exports, "revertCommitMessage", ({ enumerable: true, get: function () { return revert_js_1.revertCommitMessage; } }));
Object.defineProperty(exports, "revertWorkspace", ({ enumerable: true, get: function () { return revert_js_1.revertWorkspace; } }));
var workspace_holds_js_1 = __webpack_require__(59696);
Object.defineProperty(exports, "readWorkspaceHolds", ({ enumerable: true, get: function () { return workspace_holds_js_1.readWorkspaceHolds; } }));
Object.defineProperty(exports, "servicesNotHeld", ({ enumerable: true, get: function () { return workspace_holds_js_1.servicesNotHeld; } }));


/***/ }),

/***/ 38515:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planWorkspace = planWorkspace;
exports.writePlan = writePlan;
const file_patterns_js_1 = __webpack_require__(75107);
const bump_files_js_1 = __webpack_require__(27946);
const workspace_files_js_1 = __webpack_require__(88742);
/** Match, read and plan; throws before anything is written when a file cannot be bumped. */
function planWorkspace(workspace, componentTags, input) {
    const listing = (0, workspace_files_js_1.listWorkspace)(workspace);
    const { files, unmatched } = (0, file_patterns_js_1.matchFilePatterns)(listing.files, input.filePatterns);
    // A symbolic link is read, reported and written as its target, once even when both match.
    const paths = [...new Set(files.map((path) => (0, workspace_files_js_1.listedPathOf)(listing, path, 'files')))];
    const read = (path) => (0, workspace_files_js_1.readListedFile)(listing, path, 'files');
    const sources = paths.map((path) => ({ path, text: read(path) }));
    const result = (0, bump_files_js_1.bumpFiles)({
        files: sources,
        componentTags,
        write: input.write,
        tree: { paths: new Set(listing.files), read },
        allowDowngrade: input.allowDowngrade === true,
        ...(input.fluxNamespace ? { fluxNamespace: input.fluxNamespace } : {}),
        ...(input.chartAppVersion ? { chartAppVersion: input.chartAppVersion } : {}),
    });
    return { ...result, matchedFiles: files, unmatchedPatterns: unmatched, listing };
}
/**
 * Write every changed file of the plan, each atomically, inside the workspace. With the plan's
 * listing, a regular file is written at its listed path, a link resolved and checked as ever.
 */
function writePlan(workspace, plan) {
    const { listing } = plan;
    for (const file of plan.files)
        if (listing)
            (0, workspace_files_js_1.writeListedFile)(listing, file.path, file.after, 'files');
        else
            (0, workspace_files_js_1.writeFileAtomic)((0, workspace_files_js_1.resolveInWorkspace)(workspace, file.path, 'files'), file.after);
}


/***/ }),

/***/ 9565:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pushBranch = pushBranch;
/** The branch a bump pushes to. */
const errors_js_1 = __webpack_require__(37638);
const git_cli_js_1 = __webpack_require__(71973);
/** The checked-out branch, else `fallback` (the workflow's ref name). */
async function pushBranch(workspace, fallback, env) {
    const result = await (0, git_cli_js_1.runGit)(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
        cwd: workspace,
        env,
        okExitCodes: [1],
    });
    const branch = result.exitCode === 0 ? result.stdout.trim() : fallback;
    if (!branch)
        throw new errors_js_1.PromoteError('Cannot push: HEAD is detached and GITHUB_REF_NAME is not set.');
    return branch;
}


/***/ }),

/***/ 66149:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pushReplanning = pushReplanning;
/** The push a bump and a revert both make: push HEAD, re-planning on the new head when rejected. */
const push_with_retry_js_1 = __webpack_require__(52094);
const push_branch_js_1 = __webpack_require__(9565);
/**
 * Push HEAD of `workspace` to its branch (else the fallback), calling `replan` on the new head
 * after each rejection; `what` names what is re-planned in the retry log ('the revert'), absent
 * for a bump.
 */
async function pushReplanning(workspace, request, ports, replan, what) {
    const { log, git = {} } = ports;
    const branch = await (0, push_branch_js_1.pushBranch)(workspace, request.fallbackBranch, git.env);
    const replanning = what ? `re-planning ${what}` : 're-planning';
    const pushed = await (0, push_with_retry_js_1.pushWithRetry)({
        cwd: workspace,
        branch,
        retries: request.pushRetries,
        ...git,
        onRetry: (e) => log.info(`Push rejected (${e.reason}); ${replanning} on the new head in ${e.delayMs} ms (retry ${e.retry})`),
        replan,
    });
    log.info(pushed.status === 'pushed'
        ? `Pushed ${pushed.sha} to ${branch} after ${pushed.attempts} attempt(s)`
        : `Nothing to push: ${branch} already holds every change`);
    return { pushed, branch };
}


/***/ }),

/***/ 63302:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRevertedCommit = readRevertedCommit;
exports.laterCommitOf = laterCommitOf;
exports.revertCommitMessage = revertCommitMessage;
exports.revertWorkspace = revertWorkspace;
/**
 * bump-values' rollback: read the `Promote-Change` trailers of an earlier bump in the
 * workspace's history, plan the inverse bump against the current files with the same
 * byte-exact engine, fail before writing when a later commit moved the same values (naming it),
 * write the inverse and a hold per rolled-back service, commit them together, and push with the
 * same re-plan retry as a bump. Downgrades are what a revert is for, so it never refuses one.
 */
const node_fs_1 = __webpack_require__(73024);
const errors_js_1 = __webpack_require__(37638);
const file_patterns_js_1 = __webpack_require__(75107);
const change_trailers_js_1 = __webpack_require__(13793);
const commit_js_1 = __webpack_require__(15253);
const git_cli_js_1 = __webpack_require__(71973);
const holds_js_1 = __webpack_require__(86569);
const revert_target_js_1 = __webpack_require__(35287);
const rollback_plan_js_1 = __webpack_require__(7083);
const workspace_files_js_1 = __webpack_require__(88742);
const push_replanning_js_1 = __webpack_require__(66149);
const workspace_holds_js_1 = __webpack_require__(59696);
const SHA = /^[0-9a-f]{7,40}$/i;
/** Resolve `revert` to a commit of HEAD's history, and read its recorded changes. */
async function readRevertedCommit(workspace, revert, env) {
    const value = revert.trim();
    if (!SHA.test(value))
        throw new errors_js_1.InputError('revert', revert, 'must be a commit SHA (7 to 40 hex digits)');
    const git = { cwd: workspace, env, okExitCodes: [1, 128] };
    const resolved = await (0, git_cli_js_1.runGit)(['rev-parse', '--verify', '--quiet', `${value}^{commit}`], git);
    if (resolved.exitCode !== 0)
        throw new errors_js_1.InputError('revert', revert, 'is not a commit of the workspace; check it out with its history (actions/checkout with fetch-depth: 0)');
    const sha = resolved.stdout.trim();
    const ancestor = await (0, git_cli_js_1.runGit)(['merge-base', '--is-ancestor', sha, 'HEAD'], git);
    if (ancestor.exitCode !== 0)
        throw new errors_js_1.InputError('revert', revert, "is not in the history of the workspace's HEAD");
    const message = (await (0, git_cli_js_1.runGit)(['show', '-s', '--format=%B', sha], { cwd: workspace, env }))
        .stdout;
    const changes = (0, change_trailers_js_1.parseChangeTrailers)(message);
    if (changes.length === 0)
        throw new errors_js_1.PromoteError(`Commit ${sha} records no Promote-Change trailers, so there is nothing to invert: only ` +
            'bumps made by bump-values or open-promotion-pr can be reverted this way.');
    return { sha, subject: message.split('\n', 1)[0] ?? '', changes };
}
/** Refuse a revert that would write a file `files` does not match: the input bounds every write. */
function checkInFiles(changes, patterns) {
    const paths = (0, rollback_plan_js_1.changedFilePaths)(changes);
    const { files } = (0, file_patterns_js_1.matchFilePatterns)(paths, patterns);
    const outside = paths.filter((path) => !files.includes(path));
    if (outside.length > 0)
        throw new errors_js_1.InputError('files', patterns.join('\n'), `does not match ${outside.join(', ')}, which the reverted commit changed; nothing was written`);
}
/** The current text of each file the changes name; a missing file is left out (a conflict). */
function readChangedFiles(workspace, changes) {
    const files = [];
    for (const path of (0, rollback_plan_js_1.changedFilePaths)(changes)) {
        const absolute = (0, workspace_files_js_1.resolveInWorkspace)(workspace, path, 'revert');
        if (!(0, node_fs_1.existsSync)(absolute))
            continue;
        const text = (0, workspace_files_js_1.readWorkspaceText)(absolute, path);
        files.push({ path, mode: '100644', type: 'blob', sha: '', text });
    }
    return files;
}
/**
 * The newest commit after `target` that changed a conflicting value: by its change trailers,
 * else the newest that touched one of their files.
 */
async function laterCommitOf(workspace, target, conflicts, env) {
    const files = [...new Set(conflicts.map((c) => c.file))];
    const log = await (0, git_cli_js_1.runGit)(['--literal-pathspecs', 'log', '--format=%H%x1f%B%x1e', `${target}..HEAD`, '--', ...files], { cwd: workspace, env });
    const commits = log.stdout
        .split('\x1e')
        .map((record) => record.replace(/^\n/, ''))
        .filter((record) => record.includes('\x1f'))
        .map((record) => {
        const [sha = '', message = ''] = record.split('\x1f');
        return { sha, message };
    });
    const byTrailer = commits.find(({ message }) => {
        const recorded = safeTrailers(message);
        return conflicts.some((c) => recorded.some((r) => r.service === c.service && r.file === c.file && r.field === c.field));
    });
    return (byTrailer ?? commits[0])?.sha;
}
function safeTrailers(message) {
    try {
        return (0, change_trailers_js_1.parseChangeTrailers)(message);
    }
    catch {
        return [];
    }
}
/** The recorded changes of the services asked for, not held (held ones dropped with a notice). */
function changesNotHeld(request, target, ports) {
    const { file } = (0, workspace_holds_js_1.readWorkspaceHolds)(request.workspace, request.holds.path);
    const what = `commit ${target.sha.slice(0, 12)}`;
    const asked = (0, rollback_plan_js_1.changesOfServices)(target.changes, request.services ?? [], what);
    const services = Object.fromEntries(asked.map((c) => [c.service, { tag: 'held' }]));
    const free = (0, workspace_holds_js_1.servicesNotHeld)(services, file, request.holds, request.environment, ports.log);
    const changes = asked.filter((c) => Object.hasOwn(free, c.service));
    if (changes.length === 0)
        throw new errors_js_1.PromoteError(`Every service commit ${target.sha.slice(0, 12)} changed is held in ` +
            `'${request.environment}' by ${request.holds.path}, so nothing would be reverted. ` +
            "Delete those entries, or set 'ignore-holds: true' for this run.");
    return changes;
}
/** Plan the revert on the workspace as it is now; throws before writing on a conflict. */
async function planRevert(request, target, ports) {
    const { workspace } = request;
    const changes = changesNotHeld(request, target, ports);
    checkInFiles(changes, request.filePatterns);
    const files = readChangedFiles(workspace, changes);
    const conflicts = (0, rollback_plan_js_1.findRollbackConflicts)(files, changes);
    if (conflicts.length > 0) {
        const later = await laterCommitOf(workspace, target.sha, conflicts, ports.git?.env);
        throw new revert_target_js_1.RollbackConflictError(target.sha.slice(0, 12), later, conflicts);
    }
    const plan = (0, rollback_plan_js_1.planRollback)({ files, changes });
    if (plan.changes.length === 0)
        return { plan, holds: [] };
    const holds = (0, rollback_plan_js_1.rollbackHolds)(changes, {
        environment: request.environment,
        commit: target.sha,
        reason: `reverted by bump-values: ${target.sha.slice(0, 12)} (${target.subject})`.slice(0, 300),
        now: request.now,
    });
    const current = (0, workspace_holds_js_1.readWorkspaceHolds)(workspace, request.holds.path).text;
    const holdsText = (0, holds_js_1.addHolds)(request.holds.path, current, holds);
    return { plan, holds, ...(holdsText === current ? {} : { holdsText }) };
}
/** The files the revert writes: the inverse edits, then the holds file. */
function pathsOf(revert, holdsPath) {
    const paths = revert.plan.files.map((f) => f.path);
    return revert.holdsText === undefined ? paths : [...paths, holdsPath];
}
/** Write every file of the plan atomically, inside the workspace (the holds file last). */
function writeRevert(workspace, revert, holdsPath) {
    for (const file of revert.plan.files)
        (0, workspace_files_js_1.writeFileAtomic)((0, workspace_files_js_1.resolveInWorkspace)(workspace, file.path, 'files'), file.after);
    if (revert.holdsText !== undefined)
        (0, workspace_files_js_1.writeFileAtomic)((0, workspace_files_js_1.resolveInWorkspace)(workspace, holdsPath, 'holds-file'), revert.holdsText);
}
/** `revert(deploy): roll back api, web in prod (reverts abc1234) [skip ci]`, or the caller's. */
function revertCommitMessage(request, target, services) {
    if (request.commitMessage.trim() !== '')
        return request.commitMessage;
    const where = request.environment ? ` in ${request.environment}` : '';
    const title = `revert(deploy): roll back ${services.join(', ')}${where} (reverts ${target.sha.slice(0, 7)}) [skip ci]`;
    return `${title}\n\nThis reverts commit ${target.sha}.`;
}
function messageOf(request, target, revert) {
    const body = revertCommitMessage(request, target, revert.plan.services);
    return (0, change_trailers_js_1.withChangeTrailers)(body, revert.plan.changes);
}
/** Commit the written revert, then push it, re-planning on the new head after each rejection. */
async function commitAndPush(request, target, first, ports) {
    const { workspace } = request;
    const { log, git = {} } = ports;
    const files = pathsOf(first, request.holds.path);
    const message = messageOf(request, target, first);
    const sha = (await (0, commit_js_1.commitChanges)({ cwd: workspace, env: git.env, files, message })) ?? '';
    log.info(`Committed ${sha}`);
    if (!request.push || sha === '')
        return { last: first, commitSha: sha };
    let last = first;
    const replan = async () => {
        last = await planRevert(request, target, ports);
        if (last.plan.changes.length === 0)
            return null;
        writeRevert(workspace, last, request.holds.path);
        return { message: messageOf(request, target, last), files: pathsOf(last, request.holds.path) };
    };
    const { pushed } = await (0, push_replanning_js_1.pushReplanning)(workspace, request, ports, replan, 'the revert');
    return { last, commitSha: pushed.status === 'pushed' ? pushed.sha : '' };
}
/** Read, check, plan, write, commit and push a revert as the request says. */
async function revertWorkspace(request, ports) {
    const target = await readRevertedCommit(request.workspace, request.revert, ports.git?.env);
    ports.log.info(`Reverting ${target.sha} (${target.changes.length} recorded change(s)): ${target.subject}`);
    const first = await planRevert(request, target, ports);
    const outcome = (revert, commitSha) => ({
        target,
        changes: revert.plan.changes,
        changedFiles: pathsOf(revert, request.holds.path),
        holds: revert.holds,
        commitSha,
    });
    for (const change of first.plan.changes)
        ports.log.info(`${change.file}:${change.line} ${change.service} ${change.field}: ${change.from} -> ${change.to}`);
    if (request.dryRun || first.plan.changes.length === 0)
        return outcome(first, '');
    writeRevert(request.workspace, first, request.holds.path);
    if (!request.commit && !request.push)
        return outcome(first, '');
    const { last, commitSha } = await commitAndPush(request, target, first, ports);
    return outcome(last, commitSha);
}


/***/ }),

/***/ 59696:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readWorkspaceHolds = readWorkspaceHolds;
exports.servicesNotHeld = servicesNotHeld;
/**
 * The holds file of the checked-out config repository, and the holds applied to a bump: a held
 * service in the environment is skipped with a notice naming the hold and how to lift it,
 * unless `ignore-holds` is set for this run.
 */
const node_fs_1 = __webpack_require__(73024);
const holds_js_1 = __webpack_require__(86569);
const workspace_files_js_1 = __webpack_require__(88742);
/** Read and validate the holds file (absent: no holds); never outside the workspace. */
function readWorkspaceHolds(workspace, path) {
    const absolute = (0, workspace_files_js_1.resolveInWorkspace)(workspace, path, 'holds-file');
    if (!(0, node_fs_1.existsSync)(absolute))
        return { file: (0, holds_js_1.parseHolds)(path, undefined) };
    const text = (0, workspace_files_js_1.readWorkspaceText)(absolute, path);
    return { file: (0, holds_js_1.parseHolds)(path, text), text };
}
/** The services free to move in `environment`: the held ones dropped with a notice each. */
function servicesNotHeld(componentTags, holds, setting, environment, log) {
    const split = (0, holds_js_1.splitHeld)(componentTags, holds, environment);
    if (setting.ignore) {
        for (const { service } of split.held)
            log.warning(`Service '${service}' is held in '${environment}' by ${holds.path}; ` +
                "'ignore-holds' is true, so it moves anyway.");
        return componentTags;
    }
    for (const { hold } of split.held)
        log.warning((0, holds_js_1.holdNotice)(holds, hold));
    return split.free;
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
