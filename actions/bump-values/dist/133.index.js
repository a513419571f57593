export const id = 133;
export const ids = [133,566];
export const modules = {

/***/ 6133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  revert: () => (/* binding */ revert)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
// EXTERNAL MODULE: ../../packages/core/src/file-patterns.ts
var file_patterns = __webpack_require__(549);
// EXTERNAL MODULE: ../../packages/core/src/git/change-trailers.ts
var change_trailers = __webpack_require__(2347);
// EXTERNAL MODULE: ../../packages/core/src/git/commit.ts
var commit = __webpack_require__(1259);
// EXTERNAL MODULE: ../../packages/core/src/git/git-cli.ts
var git_cli = __webpack_require__(7415);
// EXTERNAL MODULE: ../../packages/core/src/promotion/holds.ts + 1 modules
var promotion_holds = __webpack_require__(737);
;// CONCATENATED MODULE: ../../packages/core/src/promotion/revert-target.ts
/**
 * What a rollback reverts, read through the API: a commit by SHA (its message's trailers), or
 * a merged pull request by number (the trailers of its own commits, since a squash or merge
 * commit may not keep them at the end of its message). And, when a value moved since, the
 * later commit that moved it.
 */



const SHA = /^[0-9a-f]{7,40}$/i;
const NUMBER = /^[1-9][0-9]{0,9}$/;
/** Check `revert`: a commit SHA (7 to 40 hex digits) or a pull request number. */
function parseRevert(value) {
    const text = value.trim().replace(/^#/, '');
    if (NUMBER.test(text) && !(text.length >= 7 && SHA.test(text)))
        return { pullNumber: Number(text) };
    if (SHA.test(text))
        return { sha: text.toLowerCase() };
    throw new InputError('revert', value, 'must be a commit SHA (7 to 40 hex digits) or a pull request number');
}
const subjectOf = (message) => message.split('\n', 1)[0] ?? '';
function noTrailers(what) {
    return new PromoteError(`${what} records no Promote-Change trailers, so there is nothing to invert: only bumps made ` +
        'by bump-values or open-promotion-pr can be rolled back this way.');
}
async function readCommitBySha(api, repository, sha) {
    try {
        const { data } = await api.request('GET /repos/{owner}/{repo}/commits/{ref}', {
            ...repository,
            ref: sha,
        });
        return data;
    }
    catch (error) {
        const status = httpStatusOf(error);
        if (status === 404 || status === 422)
            throw new InputError('revert', sha, `is not a commit of ${fullName(repository)}`);
        throw error;
    }
}
async function targetFromCommit(api, repository, sha) {
    const commit = await readCommitBySha(api, repository, sha);
    const changes = parseChangeTrailers(commit.commit.message);
    if (changes.length === 0)
        throw noTrailers(`Commit ${commit.sha}`);
    return {
        sha: commit.sha,
        subject: subjectOf(commit.commit.message),
        url: commit.html_url,
        changes,
    };
}
async function targetFromPull(api, repository, number) {
    let pull;
    try {
        ({ data: pull } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            ...repository,
            pull_number: number,
        }));
    }
    catch (error) {
        if (httpStatusOf(error) === 404)
            throw new InputError('revert', String(number), `is not a pull request of ${fullName(repository)}`);
        throw error;
    }
    if (!pull.merged || !pull.merge_commit_sha)
        throw new InputError('revert', String(number), `is pull request ${pull.html_url}, which was not merged; only a merged bump can be rolled back`);
    const { data: commits } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { ...repository, pull_number: number, per_page: 100 });
    const changes = commits.flatMap((c) => parseChangeTrailers(c.commit.message));
    if (changes.length === 0)
        throw noTrailers(`Pull request #${number}`);
    const merge = await readCommitBySha(api, repository, pull.merge_commit_sha);
    return {
        sha: merge.sha,
        subject: pull.title,
        url: merge.html_url,
        pullRequest: { number, url: pull.html_url, title: pull.title },
        changes,
    };
}
/** Read what `revert` names; throws an InputError naming `revert` when it is not a merged bump. */
async function readRevertTarget(api, repository, revert) {
    const parsed = parseRevert(revert);
    return 'sha' in parsed
        ? targetFromCommit(api, repository, parsed.sha)
        : targetFromPull(api, repository, parsed.pullNumber);
}
/** A later commit changed values the rollback would restore: nothing was written. */
class RollbackConflictError extends errors/* PromoteError */.jG {
    target;
    laterCommit;
    conflicts;
    name = 'RollbackConflictError';
    constructor(target, laterCommit, conflicts) {
        const values = conflicts
            .map((c) => `${c.field} of '${c.service}' in ${c.file} (${c.recorded} -> ${c.current ?? 'gone'})`)
            .join(', ');
        const by = laterCommit ? `commit ${laterCommit} changed` : 'a later change moved';
        super(`Cannot roll back ${target}: ${by} the same values since: ${values}. Nothing was written. ` +
            'Roll back that commit first, or bump the values by hand.');
        this.target = target;
        this.laterCommit = laterCommit;
        this.conflicts = conflicts;
    }
}
/**
 * The newest commit between the target and the base head that changed one of the conflicting
 * values: by its change trailers, else the newest that touched one of their files.
 */
async function findLaterCommit(api, repository, range, conflicts) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repository, basehead: `${range.target}...${range.head}` });
    const newestFirst = [...data.commits].reverse();
    const byTrailer = newestFirst.find((commit) => {
        const changes = safeTrailers(commit.commit.message);
        return conflicts.some((c) => changes.some((r) => r.service === c.service && r.file === c.file && r.field === c.field));
    });
    if (byTrailer)
        return byTrailer.sha;
    const files = new Set(conflicts.map((c) => c.file));
    for (const commit of newestFirst) {
        const full = await readCommitBySha(api, repository, commit.sha);
        if ((full.files ?? []).some((f) => files.has(f.filename)))
            return full.sha;
    }
    return undefined;
}
/** The change trailers of a message, or none when they are malformed (a search, not a plan). */
function safeTrailers(message) {
    try {
        return parseChangeTrailers(message);
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ../../packages/core/src/image-edit/bump-files.ts + 12 modules
var bump_files = __webpack_require__(2073);
// EXTERNAL MODULE: ../../packages/core/src/image-edit/find-occurrences.ts + 4 modules
var find_occurrences = __webpack_require__(4877);
;// CONCATENATED MODULE: ../../packages/core/src/promotion/rollback-plan.ts




/** A rollback cannot be planned as asked: a change it cannot invert (an added image, …). */
class RollbackError extends errors/* PromoteError */.jG {
    name = 'RollbackError';
}
/** A placeholder tag for a digest-only write: the engine needs a valid tag it does not write. */
const UNWRITTEN_TAG = 'unwritten';
/** The changes grouped by (file, service), in first-seen order; the earliest `from` wins. */
function groupChanges(changes) {
    const groups = new Map();
    for (const change of changes) {
        if (change.field === 'image' || (0,change_trailers/* changeKind */.P0)(change) !== 'replace')
            throw new RollbackError(`The change of ${change.field} of '${change.service}' in ${change.file} ` +
                `(${JSON.stringify(change.from)} -> ${JSON.stringify(change.to)}) adds, removes or ` +
                'moves an image; a rollback only restores replaced tags and digests. Revert it by hand.');
        const key = `${change.file}\u0000${change.service}`;
        const group = groups.get(key) ?? {
            file: change.file,
            service: change.service,
            fields: new Map(),
        };
        const seen = group.fields.get(change.field);
        group.fields.set(change.field, { from: seen?.from ?? change.from, to: change.to });
        groups.set(key, group);
    }
    return [...groups.values()];
}
/** The component tag and write mode that make a service hold `side` of its recorded values. */
function entryFor(group, side) {
    const tag = group.fields.get('tag')?.[side];
    const digest = group.fields.get('digest')?.[side];
    const write = tag && digest ? 'tag+digest' : tag ? 'tag' : 'digest';
    return { entry: { tag: tag ?? UNWRITTEN_TAG, ...(digest ? { digest } : {}) }, write };
}
/**
 * The repository of the service's image in this text when the service is not named by the
 * location (a top-level `image:` map, matched by its repository when it was bumped): the one
 * occurrence hinting the service's name, else the one holding the recorded values.
 */
function imageIn(path, text, group) {
    const found = (0,find_occurrences/* findImageOccurrences */.fO)(path, text).occurrences;
    if (found.some((occ) => occ.matchNames.includes(group.service)))
        return undefined;
    const holds = (occ, side) => [...group.fields].every(([field, v]) => (field === 'tag' ? occ.tag : occ.digest) === v[side]);
    for (const pick of [
        (occ) => occ.serviceHint === group.service,
        (occ) => holds(occ, 'to') || holds(occ, 'from'),
    ]) {
        const candidates = found.filter((occ) => pick(occ) && occ.repository !== undefined);
        if (candidates.length === 1)
            return candidates[0]?.repository;
    }
    return undefined;
}
/** Bump one service in one text to one side of its recorded values. */
function bumpTo(path, text, group, side) {
    const { entry, write } = entryFor(group, side);
    const image = imageIn(path, text, group);
    return (0,bump_files/* bumpFiles */.O)({
        files: [{ path, text }],
        componentTags: { [group.service]: image ? { ...entry, image } : entry },
        write,
        // A rollback moves values back on purpose: it is never refused as a downgrade.
        allowDowngrade: true,
    });
}
/** The values that no longer hold what the reverted bump wrote. */
function findRollbackConflicts(files, changes) {
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const conflicts = [];
    for (const group of groupChanges(changes)) {
        const text = texts.get(group.file);
        const forward = text === undefined ? undefined : bumpTo(group.file, text, group, 'to');
        const gone = forward === undefined || forward.unmatchedServices.includes(group.service);
        for (const [field, values] of group.fields) {
            const changed = forward?.changes.find((c) => c.field === field);
            if (gone || changed)
                conflicts.push({
                    service: group.service,
                    file: group.file,
                    field,
                    recorded: values.to,
                    current: gone ? undefined : changed?.from,
                });
        }
    }
    return conflicts;
}
/**
 * The recorded changes of the services `services` names (the `services` input; empty: every
 * one). A named service the commit (`what`, e.g. `#12 (abc1234)`) did not change is an error.
 */
function changesOfServices(changes, services, what) {
    if (services.length === 0)
        return [...changes];
    const changed = [...new Set(changes.map((c) => c.service))].sort();
    for (const service of services)
        if (!changed.includes(service))
            throw new errors/* InputError */.dz('services', service, `is not a service that ${what} changed; it changed ${changed.join(', ')}`);
    return changes.filter((c) => services.includes(c.service));
}
/** The files a recorded bump touched, as `files` of a rollback must include them. */
function changedFilePaths(changes) {
    return [...new Set(changes.map((c) => c.file))].sort();
}
/**
 * The inverse plan: every recorded value set back to its `from`, byte-exact. Call
 * `findRollbackConflicts` first; a value that moved makes this throw from the engine.
 */
function planRollback(input) {
    const sources = new Map(input.files.map((f) => [f.path, f]));
    const after = new Map();
    const plan = {
        files: [],
        changes: [],
        services: [],
        unmatchedServices: [],
        skipped: [],
        leftAlone: [],
    };
    for (const group of groupChanges(input.changes)) {
        const source = sources.get(group.file);
        if (!source)
            throw new RollbackError(`${group.file} is not in the repository any more.`);
        const result = bumpTo(group.file, after.get(group.file) ?? source.text, group, 'from');
        for (const file of result.files)
            after.set(file.path, file.after);
        plan.changes.push(...result.changes);
    }
    plan.files = [...after].map(([path, text]) => {
        const source = sources.get(path);
        return { path, mode: source.mode, before: source.text, after: text };
    });
    plan.services = [...new Set(plan.changes.map((c) => c.service))].sort();
    return plan;
}
/** The holds a rollback writes: one per service it rolled back, recording what it left. */
function rollbackHolds(changes, context) {
    const created = context.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const services = [...new Set(changes.map((c) => c.service))].sort();
    return services.map((service) => {
        const last = (field) => changes.findLast((c) => c.service === service && c.field === field)?.to;
        const digest = last('digest');
        const tag = last('tag');
        return {
            service,
            environment: context.environment,
            ...(digest ? { digest } : {}),
            ...(tag ? { tag } : {}),
            reason: context.reason,
            commit: context.commit,
            created,
        };
    });
}

// EXTERNAL MODULE: ../../packages/core/src/workspace-files.ts
var workspace_files = __webpack_require__(8704);
// EXTERNAL MODULE: ../../packages/core/src/bump/push-replanning.ts + 7 modules
var push_replanning = __webpack_require__(1245);
// EXTERNAL MODULE: ../../packages/core/src/bump/workspace-holds.ts
var workspace_holds = __webpack_require__(2566);
;// CONCATENATED MODULE: ../../packages/core/src/bump/revert.ts
/**
 * bump-values' rollback: read the `Promote-Change` trailers of an earlier bump in the
 * workspace's history, plan the inverse bump against the current files with the same
 * byte-exact engine, fail before writing when a later commit moved the same values (naming it),
 * write the inverse and a hold per rolled-back service, commit them together, and push with the
 * same re-plan retry as a bump. Downgrades are what a revert is for, so it never refuses one.
 */












const revert_SHA = /^[0-9a-f]{7,40}$/i;
/** Resolve `revert` to a commit of HEAD's history, and read its recorded changes. */
async function readRevertedCommit(workspace, revert, env) {
    const value = revert.trim();
    if (!revert_SHA.test(value))
        throw new errors/* InputError */.dz('revert', revert, 'must be a commit SHA (7 to 40 hex digits)');
    const git = { cwd: workspace, env, okExitCodes: [1, 128] };
    const resolved = await (0,git_cli/* runGit */.EO)(['rev-parse', '--verify', '--quiet', `${value}^{commit}`], git);
    if (resolved.exitCode !== 0)
        throw new errors/* InputError */.dz('revert', revert, 'is not a commit of the workspace; check it out with its history (actions/checkout with fetch-depth: 0)');
    const sha = resolved.stdout.trim();
    const ancestor = await (0,git_cli/* runGit */.EO)(['merge-base', '--is-ancestor', sha, 'HEAD'], git);
    if (ancestor.exitCode !== 0)
        throw new errors/* InputError */.dz('revert', revert, "is not in the history of the workspace's HEAD");
    const message = (await (0,git_cli/* runGit */.EO)(['show', '-s', '--format=%B', sha], { cwd: workspace, env }))
        .stdout;
    const changes = (0,change_trailers/* parseChangeTrailers */.Sm)(message);
    if (changes.length === 0)
        throw new errors/* PromoteError */.jG(`Commit ${sha} records no Promote-Change trailers, so there is nothing to invert: only ` +
            'bumps made by bump-values or open-promotion-pr can be reverted this way.');
    return { sha, subject: message.split('\n', 1)[0] ?? '', changes };
}
/** Refuse a revert that would write a file `files` does not match: the input bounds every write. */
function checkInFiles(changes, patterns) {
    const paths = changedFilePaths(changes);
    const { files } = (0,file_patterns/* matchFilePatterns */.Ls)(paths, patterns);
    const outside = paths.filter((path) => !files.includes(path));
    if (outside.length > 0)
        throw new errors/* InputError */.dz('files', patterns.join('\n'), `does not match ${outside.join(', ')}, which the reverted commit changed; nothing was written`);
}
/** The current text of each file the changes name; a missing file is left out (a conflict). */
function readChangedFiles(workspace, changes) {
    const files = [];
    for (const path of changedFilePaths(changes)) {
        const absolute = (0,workspace_files/* resolveInWorkspace */.z1)(workspace, path, 'revert');
        if (!(0,external_node_fs_.existsSync)(absolute))
            continue;
        const text = (0,workspace_files/* readWorkspaceText */.tA)(absolute, path);
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
    const log = await (0,git_cli/* runGit */.EO)(['--literal-pathspecs', 'log', '--format=%H%x1f%B%x1e', `${target}..HEAD`, '--', ...files], { cwd: workspace, env });
    const commits = log.stdout
        .split('\x1e')
        .map((record) => record.replace(/^\n/, ''))
        .filter((record) => record.includes('\x1f'))
        .map((record) => {
        const [sha = '', message = ''] = record.split('\x1f');
        return { sha, message };
    });
    const byTrailer = commits.find(({ message }) => {
        const recorded = revert_safeTrailers(message);
        return conflicts.some((c) => recorded.some((r) => r.service === c.service && r.file === c.file && r.field === c.field));
    });
    return (byTrailer ?? commits[0])?.sha;
}
function revert_safeTrailers(message) {
    try {
        return (0,change_trailers/* parseChangeTrailers */.Sm)(message);
    }
    catch {
        return [];
    }
}
/** The recorded changes of the services asked for, not held (held ones dropped with a notice). */
function changesNotHeld(request, target, ports) {
    const { file } = (0,workspace_holds.readWorkspaceHolds)(request.workspace, request.holds.path);
    const what = `commit ${target.sha.slice(0, 12)}`;
    const asked = changesOfServices(target.changes, request.services ?? [], what);
    const services = Object.fromEntries(asked.map((c) => [c.service, { tag: 'held' }]));
    const free = (0,workspace_holds.servicesNotHeld)(services, file, request.holds, request.environment, ports.log);
    const changes = asked.filter((c) => Object.hasOwn(free, c.service));
    if (changes.length === 0)
        throw new errors/* PromoteError */.jG(`Every service commit ${target.sha.slice(0, 12)} changed is held in ` +
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
    const conflicts = findRollbackConflicts(files, changes);
    if (conflicts.length > 0) {
        const later = await laterCommitOf(workspace, target.sha, conflicts, ports.git?.env);
        throw new RollbackConflictError(target.sha.slice(0, 12), later, conflicts);
    }
    const plan = planRollback({ files, changes });
    if (plan.changes.length === 0)
        return { plan, holds: [] };
    const holds = rollbackHolds(changes, {
        environment: request.environment,
        commit: target.sha,
        reason: `reverted by bump-values: ${target.sha.slice(0, 12)} (${target.subject})`.slice(0, 300),
        now: request.now,
    });
    const current = (0,workspace_holds.readWorkspaceHolds)(workspace, request.holds.path).text;
    const holdsText = (0,promotion_holds/* addHolds */.oY)(request.holds.path, current, holds);
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
        (0,workspace_files/* writeFileAtomic */.Zf)((0,workspace_files/* resolveInWorkspace */.z1)(workspace, file.path, 'files'), file.after);
    if (revert.holdsText !== undefined)
        (0,workspace_files/* writeFileAtomic */.Zf)((0,workspace_files/* resolveInWorkspace */.z1)(workspace, holdsPath, 'holds-file'), revert.holdsText);
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
    return (0,change_trailers/* withChangeTrailers */.Zc)(body, revert.plan.changes);
}
/** Commit the written revert, then push it, re-planning on the new head after each rejection. */
async function commitAndPush(request, target, first, ports) {
    const { workspace } = request;
    const { log, git = {} } = ports;
    const files = pathsOf(first, request.holds.path);
    const message = messageOf(request, target, first);
    const sha = (await (0,commit/* commitChanges */.PT)({ cwd: workspace, env: git.env, files, message })) ?? '';
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
    const { pushed } = await (0,push_replanning/* pushReplanning */.x)(workspace, request, ports, replan, 'the revert');
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

// EXTERNAL MODULE: ../../actions/bump-values/src/bump-log.ts
var bump_log = __webpack_require__(4560);
;// CONCATENATED MODULE: ../../actions/bump-values/src/revert.ts
/**
 * bump-values with `revert`: revert the commit it names, writing its holds. Loaded with
 * `import()` by main.ts only for a revert, so that a bump never loads this code.
 */


/** Revert the commit `revert` names, writing its holds. */
async function revert(settings, workspace, fallbackBranch) {
    const outcome = await revertWorkspace({
        ...settings,
        workspace,
        fallbackBranch,
        holds: { path: settings.holdsFile, ignore: settings.ignoreHolds },
        now: new Date(),
    }, { log: bump_log/* log */.R });
    for (const hold of outcome.holds)
        bump_log/* log */.R.info(`Holding '${hold.service}' in '${hold.environment}' in ${settings.holdsFile}`);
    return outcome;
}


/***/ }),

/***/ 1245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ pushReplanning)
});

// EXTERNAL MODULE: ../../packages/core/src/git/commit.ts
var commit = __webpack_require__(1259);
// EXTERNAL MODULE: ../../packages/core/src/git/git-cli.ts
var git_cli = __webpack_require__(7415);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
;// CONCATENATED MODULE: ../../packages/core/src/git/push-errors.ts
/** The two ways a push with retry fails; both show the remote with its credentials redacted. */


/** A push failed for a reason other than another job pushing first; it is not retried. */
class PushFailedError extends errors/* PromoteError */.jG {
    branch;
    detail;
    hint;
    name = 'PushFailedError';
    /** The remote, its credentials redacted. */
    remote;
    constructor(remote, branch, detail, hint, cause) {
        const shown = (0,git_cli/* redactCredentials */.UY)(remote);
        const advice = hint ? ` Hint: ${(0,git_cli/* redactCredentials */.UY)(hint)}` : '';
        super(`Push of branch '${branch}' to '${shown}' failed (not retried): ${detail}.${advice}`, {
            cause,
        });
        this.branch = branch;
        this.detail = detail;
        this.hint = hint;
        this.remote = shown;
    }
}
/** Every push was rejected because other jobs kept pushing first. */
class PushRetriesExhaustedError extends errors/* PromoteError */.jG {
    branch;
    attempts;
    rejections;
    name = 'PushRetriesExhaustedError';
    /** The remote, its credentials redacted. */
    remote;
    constructor(remote, branch, attempts, rejections) {
        const shown = (0,git_cli/* redactCredentials */.UY)(remote);
        super(`Push of branch '${branch}' to '${shown}' was rejected ${attempts} times ` +
            `(${[...new Set(rejections)].join('; ')}): other jobs kept pushing first. ` +
            'Raise the number of retries, or serialise the jobs with a concurrency group.');
        this.branch = branch;
        this.attempts = attempts;
        this.rejections = rejections;
        this.remote = shown;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/git/push-failure-hints.ts
/** What to tell the user about a push that failed for a reason other than a rejection. */
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

;// CONCATENATED MODULE: ../../packages/core/src/git/push-porcelain.ts
/** Reading what `git push --porcelain` and git's stderr say about a failed push. */
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

;// CONCATENATED MODULE: ../../packages/core/src/git/push-failure.ts
/** What a failed push means: a rejection to retry (another job pushed first), or a failure. */


const RETRYABLE_REMOTE_REJECTION = /cannot lock ref|failed to update ref|failed to lock|incorrect old value|but expected/i;
/** Classify a failed `git push --porcelain` from its output. */
function classifyPushFailure(stdout, stderr, remote = 'origin') {
    const rejections = porcelainRejections(stdout);
    const retryable = rejections.find(({ summary, reason }) => (summary === '[rejected]' && /^(fetch first|non-fast-forward)$/.test(reason)) ||
        (summary === '[remote rejected]' && RETRYABLE_REMOTE_REJECTION.test(reason)));
    if (retryable && rejections.length === 1)
        return { kind: 'rejected', reason: `${retryable.summary} ${retryable.reason}` };
    const first = rejections[0];
    const reason = first ? `${first.summary} ${first.reason}`.trim() : firstErrorLine(stderr);
    const hint = failureHint(`${first?.reason ?? ''}\n${stderr}`, remote);
    return hint ? { kind: 'failed', reason, hint } : { kind: 'failed', reason };
}

;// CONCATENATED MODULE: ../../packages/core/src/git/push.ts



/** Push HEAD once: 'pushed', or a rejection to retry; throws PushFailedError otherwise. */
async function pushOnce(workspace, remote, branch) {
    try {
        await (0,git_cli/* runGit */.EO)(['push', '--porcelain', '--', remote, `HEAD:refs/heads/${branch}`], workspace);
        return 'pushed';
    }
    catch (error) {
        if (!(error instanceof git_cli/* GitCommandError */.iR))
            throw error;
        const failure = classifyPushFailure(error.stdout, error.stderr, remote);
        if (failure.kind === 'rejected')
            return failure;
        throw new PushFailedError(remote, branch, failure.reason, failure.hint, error);
    }
}
/** Fetch the branch's remote head into FETCH_HEAD and return its sha. */
async function fetchBranch(workspace, remote, branch) {
    await (0,git_cli/* runGit */.EO)(['fetch', '--quiet', '--no-tags', '--', remote, `refs/heads/${branch}`], workspace);
    return (await (0,git_cli/* runGit */.EO)(['rev-parse', 'FETCH_HEAD'], workspace)).stdout.trim();
}

// EXTERNAL MODULE: ../../packages/core/src/git/working-tree.ts
var working_tree = __webpack_require__(44);
;// CONCATENATED MODULE: ../../packages/core/src/git/push-with-retry.ts
/**
 * Push to a branch that other jobs push to at the same time. A rejected push (another job
 * pushed first) is retried with exponential backoff and full jitter; before each retry the
 * local branch is moved to the remote head and the edit is re-planned on that fresh tree, which
 * never conflicts, unlike a rebase of YAML edits. The move keeps every uncommitted change in the
 * workspace (`git reset --keep`), and refuses, losing nothing, when the remote head changed a
 * file that holds one. Any other failure (authentication, a missing remote, a protected branch)
 * fails at once.
 */




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
    const head = await fetchBranch(workspace, remote, options.branch);
    await (0,working_tree/* resetKeepingChanges */.yO)(workspace, head, options.branch);
    const plan = await options.replan({ retry, head });
    if (plan === null)
        return false;
    const sha = await (0,commit/* commitChanges */.PT)({ ...workspace, ...plan, author: options.author });
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
        const pushed = await pushOnce(workspace, remote, branch);
        if (pushed === 'pushed')
            return { status: 'pushed', sha: await (0,commit/* headSha */.xF)(workspace), attempts: attempt, rejections };
        rejections.push(pushed.reason);
        if (attempt > retries)
            throw new PushRetriesExhaustedError(remote, branch, attempt, rejections);
        const delayMs = backoffDelay(attempt, backoff, random);
        options.onRetry?.({ retry: attempt, reason: pushed.reason, delayMs });
        await sleep(delayMs);
        if (!(await replanOnto(attempt, options, remote)))
            return {
                status: 'nothing-to-push',
                sha: await (0,commit/* headSha */.xF)(workspace),
                attempts: attempt,
                rejections,
            };
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/bump/push-branch.ts
/** The branch a bump pushes to. */


/** The checked-out branch, else `fallback` (the workflow's ref name). */
async function pushBranch(workspace, fallback, env) {
    const result = await (0,git_cli/* runGit */.EO)(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
        cwd: workspace,
        env,
        okExitCodes: [1],
    });
    const branch = result.exitCode === 0 ? result.stdout.trim() : fallback;
    if (!branch)
        throw new errors/* PromoteError */.jG('Cannot push: HEAD is detached and GITHUB_REF_NAME is not set.');
    return branch;
}

;// CONCATENATED MODULE: ../../packages/core/src/bump/push-replanning.ts
/** The push a bump and a revert both make: push HEAD, re-planning on the new head when rejected. */


/**
 * Push HEAD of `workspace` to its branch (else the fallback), calling `replan` on the new head
 * after each rejection; `what` names what is re-planned in the retry log ('the revert'), absent
 * for a bump.
 */
async function pushReplanning(workspace, request, ports, replan, what) {
    const { log, git = {} } = ports;
    const branch = await pushBranch(workspace, request.fallbackBranch, git.env);
    const replanning = what ? `re-planning ${what}` : 're-planning';
    const pushed = await pushWithRetry({
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

/***/ 2566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWorkspaceHolds: () => (/* binding */ readWorkspaceHolds),
/* harmony export */   servicesNotHeld: () => (/* binding */ servicesNotHeld)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _promotion_holds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(737);
/* harmony import */ var _workspace_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8704);
/**
 * The holds file of the checked-out config repository, and the holds applied to a bump: a held
 * service in the environment is skipped with a notice naming the hold and how to lift it,
 * unless `ignore-holds` is set for this run.
 */



/** Read and validate the holds file (absent: no holds); never outside the workspace. */
function readWorkspaceHolds(workspace, path) {
    const absolute = (0,_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInWorkspace */ .z1)(workspace, path, 'holds-file');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(absolute))
        return { file: (0,_promotion_holds_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHolds */ ._v)(path, undefined) };
    const text = (0,_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readWorkspaceText */ .tA)(absolute, path);
    return { file: (0,_promotion_holds_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHolds */ ._v)(path, text), text };
}
/** The services free to move in `environment`: the held ones dropped with a notice each. */
function servicesNotHeld(componentTags, holds, setting, environment, log) {
    const split = (0,_promotion_holds_js__WEBPACK_IMPORTED_MODULE_2__/* .splitHeld */ .sR)(componentTags, holds, environment);
    if (setting.ignore) {
        for (const { service } of split.held)
            log.warning(`Service '${service}' is held in '${environment}' by ${holds.path}; ` +
                "'ignore-holds' is true, so it moves anyway.");
        return componentTags;
    }
    for (const { hold } of split.held)
        log.warning((0,_promotion_holds_js__WEBPACK_IMPORTED_MODULE_2__/* .holdNotice */ .eK)(holds, hold));
    return split.free;
}


/***/ }),

/***/ 1259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ commitChanges),
/* harmony export */   xF: () => (/* binding */ headSha)
/* harmony export */ });
/* unused harmony export GITHUB_ACTIONS_BOT */
/* harmony import */ var _git_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7415);
/** Commit a set of files with the git CLI, as the repository's identity or GitHub Actions' bot. */

/** The identity of GitHub Actions' bot, used when the repository configures none. */
const GITHUB_ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** `-c user.name=… -c user.email=…` for what the repository does not set (or the author). */
async function identityArgs(workspace, author) {
    const configured = async (key) => (await (0,_git_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['config', '--get', key], { ...workspace, okExitCodes: [1] })).exitCode === 0;
    const name = author?.name ?? ((await configured('user.name')) ? undefined : GITHUB_ACTIONS_BOT.name);
    const email = author?.email ?? ((await configured('user.email')) ? undefined : GITHUB_ACTIONS_BOT.email);
    return [
        ...(name ? ['-c', `user.name=${name}`] : []),
        ...(email ? ['-c', `user.email=${email}`] : []),
    ];
}
/** The commit HEAD points at. */
async function headSha(workspace) {
    return (await (0,_git_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['rev-parse', 'HEAD'], workspace)).stdout.trim();
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
    await (0,_git_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['--literal-pathspecs', 'add', '--all', '--', ...files], workspace);
    const diff = await (0,_git_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['--literal-pathspecs', 'diff', '--cached', '--quiet', '--', ...files], {
        ...workspace,
        okExitCodes: [1],
    });
    if (diff.exitCode === 0)
        return null;
    const identity = await identityArgs(workspace, author);
    await (0,_git_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)([
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

/***/ 7415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   UY: () => (/* binding */ redactCredentials),
/* harmony export */   iR: () => (/* binding */ GitCommandError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5736);
/**
 * A small typed wrapper over the git command line: `execFile('git', args)` with no shell, a
 * working directory, an optional environment and standard input, captured output, and a typed
 * error that never carries a credential.
 */

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
class GitCommandError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG {
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
/** Run `git <args>`; resolves with its output, rejects with GitCommandError on a failure exit. */
async function runGit(args, options) {
    // Loaded on first use: many runs never start git.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
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

/***/ 44:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ listPaths),
/* harmony export */   mS: () => (/* binding */ uncommittedPaths),
/* harmony export */   yO: () => (/* binding */ resetKeepingChanges)
/* harmony export */ });
/* unused harmony export UncommittedChangesInTheWayError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);
/* harmony import */ var _git_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7415);
/**
 * The working tree's uncommitted changes, and moving HEAD to another commit without losing
 * them: what a push retry needs so that it never discards work the step did not do.
 */


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
    const result = await (0,_git_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)([
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
    const result = await (0,_git_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['diff', '--name-only', '-z', from, to, '--'], workspace);
    return result.stdout.split('\0').filter(Boolean);
}
/**
 * HEAD cannot move to the new remote head without overwriting uncommitted changes in the
 * workspace (the other pusher changed the same files); nothing was pushed or discarded.
 */
class UncommittedChangesInTheWayError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG {
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
/**
 * Move HEAD, the index and the files that differ to `target`, keeping every uncommitted change
 * to other files (`git reset --keep`); throws UncommittedChangesInTheWayError, having changed
 * nothing, when an uncommitted change is in a file that differs.
 */
async function resetKeepingChanges(workspace, target, branch) {
    try {
        await (0,_git_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(['reset', '--quiet', '--keep', target], workspace);
    }
    catch (error) {
        if (!(error instanceof _git_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .GitCommandError */ .iR))
            throw error;
        const changed = new Set(await changedBetween(workspace, 'HEAD', target));
        const dirty = await uncommittedPaths(workspace);
        const inTheWay = dirty.filter((p) => changed.has(p));
        throw new UncommittedChangesInTheWayError(branch, target, inTheWay.length ? inTheWay : dirty);
    }
}


/***/ }),

/***/ 737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oY: () => (/* binding */ addHolds),
  eK: () => (/* binding */ holdNotice),
  _v: () => (/* binding */ parseHolds),
  sR: () => (/* binding */ splitHeld)
});

// UNUSED EXPORTS: activeHold

// EXTERNAL MODULE: ../../node_modules/yaml/browser/index.js + 72 modules
var browser = __webpack_require__(6449);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
;// CONCATENATED MODULE: ../../packages/core/src/generated/holds-validator.js
// Generated by scripts/generate-schemas.ts from promotion/holds-schema.ts: do not edit.
const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const holds_validator = (validate10);const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/holds.schema.json","title":"holds.yaml","description":"Services held in an environment after a rollback: while an entry stands, bump-values and open-promotion-pr skip that service there. Delete the entry to lift the hold.","type":"object","required":["holds"],"additionalProperties":false,"properties":{"holds":{"type":"array","items":{"type":"object","description":"One hold: a service in an environment, and the rollback that set it.","required":["service","environment","reason","commit","created"],"additionalProperties":false,"properties":{"service":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"},"environment":{"type":"string","pattern":"^[^\\s/]+$"},"digest":{"type":"string","pattern":"^sha256:[a-f0-9]{64}$","description":"The digest that was rolled back (the one not to go back to)."},"tag":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$","description":"The tag that was rolled back."},"reason":{"type":"string","pattern":"\\S"},"commit":{"type":"string","pattern":"^[a-f0-9]{7,64}$","description":"The commit the rollback reverted."},"created":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$","description":"When the hold was written (UTC, ISO 8601)."}}}}}};const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", "u");const pattern1 = new RegExp("^[^\\s/]+$", "u");const pattern2 = new RegExp("^sha256:[a-f0-9]{64}$", "u");const pattern3 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", "u");const pattern4 = new RegExp("\\S", "u");const pattern5 = new RegExp("^[a-f0-9]{7,64}$", "u");const pattern6 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/holds.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.holds === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "holds"},message:"must have required property '"+"holds"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(key0 === "holds")){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.holds !== undefined){let data0 = data.holds;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.service === undefined){const err2 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.environment === undefined){const err3 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data1.reason === undefined){const err4 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data1.commit === undefined){const err5 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data1.created === undefined){const err6 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key1 in data1){if(!(((((((key1 === "service") || (key1 === "environment")) || (key1 === "digest")) || (key1 === "tag")) || (key1 === "reason")) || (key1 === "commit")) || (key1 === "created"))){const err7 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.service !== undefined){let data2 = data1.service;if(typeof data2 === "string"){if(!pattern0.test(data2)){const err8 = {instancePath:instancePath+"/holds/" + i0+"/service",schemaPath:"#/properties/holds/items/properties/service/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/holds/" + i0+"/service",schemaPath:"#/properties/holds/items/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.environment !== undefined){let data3 = data1.environment;if(typeof data3 === "string"){if(!pattern1.test(data3)){const err10 = {instancePath:instancePath+"/holds/" + i0+"/environment",schemaPath:"#/properties/holds/items/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[^\\s/]+$"},message:"must match pattern \""+"^[^\\s/]+$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/holds/" + i0+"/environment",schemaPath:"#/properties/holds/items/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1.digest !== undefined){let data4 = data1.digest;if(typeof data4 === "string"){if(!pattern2.test(data4)){const err12 = {instancePath:instancePath+"/holds/" + i0+"/digest",schemaPath:"#/properties/holds/items/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[a-f0-9]{64}$"},message:"must match pattern \""+"^sha256:[a-f0-9]{64}$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/holds/" + i0+"/digest",schemaPath:"#/properties/holds/items/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.tag !== undefined){let data5 = data1.tag;if(typeof data5 === "string"){if(!pattern3.test(data5)){const err14 = {instancePath:instancePath+"/holds/" + i0+"/tag",schemaPath:"#/properties/holds/items/properties/tag/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/holds/" + i0+"/tag",schemaPath:"#/properties/holds/items/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.reason !== undefined){let data6 = data1.reason;if(typeof data6 === "string"){if(!pattern4.test(data6)){const err16 = {instancePath:instancePath+"/holds/" + i0+"/reason",schemaPath:"#/properties/holds/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/holds/" + i0+"/reason",schemaPath:"#/properties/holds/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data1.commit !== undefined){let data7 = data1.commit;if(typeof data7 === "string"){if(!pattern5.test(data7)){const err18 = {instancePath:instancePath+"/holds/" + i0+"/commit",schemaPath:"#/properties/holds/items/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{7,64}$"},message:"must match pattern \""+"^[a-f0-9]{7,64}$"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/holds/" + i0+"/commit",schemaPath:"#/properties/holds/items/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data1.created !== undefined){let data8 = data1.created;if(typeof data8 === "string"){if(!pattern6.test(data8)){const err20 = {instancePath:instancePath+"/holds/" + i0+"/created",schemaPath:"#/properties/holds/items/properties/created/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"+"\""};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/holds/" + i0+"/created",schemaPath:"#/properties/holds/items/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/holds",schemaPath:"#/properties/holds/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ../../packages/core/src/promotion/holds.ts
/**
 * Holds: the services a rollback pinned in an environment, kept in a small YAML file in the
 * config repository so that automation (open-promotion-pr, bump-values) does not put the
 * rolled-back image straight back. Pure: text in, data or text out. A hold is lifted by
 * deleting its entry (or for one run with `ignore-holds: true`).
 */



/** The header a new holds file starts with. */
const HEADER = '# Holds written by gitops-promote rollbacks. While an entry stands, bump-values and\n' +
    '# open-promotion-pr skip that service in that environment. Delete an entry to lift it.\n' +
    '# Schema: https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/holds.schema.json\n';
/** Parse and validate a holds file; an empty or absent file (undefined) holds nothing. */
function parseHolds(path, text) {
    if (text === undefined || text.trim() === '')
        return { path, holds: [] };
    const lines = new browser/* LineCounter */.HN();
    const doc = (0,browser/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true });
    const [error] = doc.errors;
    if (error)
        throw new errors/* FileError */.f6(path, error.linePos?.[0]?.line ?? 0, error.message);
    const data = doc.toJS();
    if (data === null || data === undefined)
        return { path, holds: [] };
    // `holds:` with its last entry deleted reads as null: no holds, as people expect.
    if (typeof data === 'object' && data.holds === null)
        data.holds = [];
    if (!holds_validator(data)) {
        const [first] = holds_validator.errors ?? [];
        const where = first?.instancePath ? `${first.instancePath} ` : '';
        throw new errors/* FileError */.f6(path, 0, `does not match schemas/holds.schema.json: ${where}${first?.message ?? 'is invalid'}`);
    }
    return { path, holds: data.holds };
}
/** The hold that stands for this service in this environment, if any (the latest one). */
function activeHold(file, service, environment) {
    return file.holds.findLast((h) => h.service === service && h.environment === environment);
}
/** The notice that a service was skipped: names the hold and how to lift it. */
function holdNotice(file, hold) {
    const what = hold.digest ?? hold.tag ?? 'its image';
    return (`Service '${hold.service}' is held in '${hold.environment}' by ${file.path} ` +
        `(rolled back from ${what} in ${hold.commit.slice(0, 12)} at ${hold.created}: ` +
        `${hold.reason}); it was skipped. Lift the hold by deleting that entry from ${file.path}, ` +
        "or set 'ignore-holds: true' for one run.");
}
/** Split the component tags into the services free to bump in `environment` and the held. */
function splitHeld(componentTags, file, environment) {
    const split = { free: {}, held: [] };
    for (const [service, entry] of Object.entries(componentTags)) {
        const hold = activeHold(file, service, environment);
        if (hold)
            split.held.push({ service, hold });
        else
            split.free[service] = entry;
    }
    return split;
}
/** One entry as block-sequence YAML at `indent`, every string double-quoted (JSON is YAML). */
function formatHold(hold, indent) {
    const keys = ['service', 'environment', 'digest', 'tag', 'reason', 'commit', 'created'];
    const fields = keys.flatMap((key) => hold[key] === undefined ? [] : [`${key}: ${JSON.stringify(hold[key])}`]);
    return fields.map((field, i) => `${indent}${i === 0 ? '- ' : '  '}${field}\n`).join('');
}
/** Whether two holds pin the same thing (a re-run writes no duplicate). */
function sameHold(a, b) {
    return (a.service === b.service &&
        a.environment === b.environment &&
        a.digest === b.digest &&
        a.tag === b.tag &&
        a.commit === b.commit);
}
/** After the `holds:` block list; or in place of an empty value (`holds:` or `holds: []`). */
function insertionPoint(path, text) {
    const doc = (0,browser/* parseDocument */.Tp)(text, { keepSourceTokens: true });
    const contents = doc.contents;
    const holds = (0,browser/* isMap */.jh)(contents) ? contents.get('holds', true) : undefined;
    if ((0,browser/* isSeq */.oP)(holds) && !holds.flow && holds.range) {
        const lineStart = text.lastIndexOf('\n', holds.range[0] - 1) + 1;
        const indent = /^[ ]*/.exec(text.slice(lineStart))?.[0] ?? '';
        const end = holds.range[1];
        return { start: end, end, indent, lead: text.slice(0, end).endsWith('\n') ? '' : '\n' };
    }
    const empty = (0,browser/* isSeq */.oP)(holds) ? holds.items.length === 0 : (0,browser/* isScalar */.jn)(holds) && holds.value === null;
    if (empty && holds?.range) {
        const [start, end] = holds.range;
        return { start, end, indent: '  ', lead: '\n' };
    }
    throw new errors/* FileError */.f6(path, 0, "needs 'holds:' as a block list (one '- service: …' entry per line) to add a hold to it; " +
        'nothing was written');
}
/**
 * The holds file's text with `added` appended (those it does not already hold), its other
 * bytes unchanged; a missing file is created with a header. The result is re-parsed and
 * checked to hold exactly the old entries and the new ones, else this throws.
 */
function addHolds(path, text, added) {
    const current = parseHolds(path, text);
    const fresh = added.filter((hold) => !current.holds.some((h) => sameHold(h, hold)));
    if (fresh.length === 0 && text !== undefined)
        return text;
    let result;
    if (text === undefined || text.trim() === '') {
        result = `${HEADER}holds:\n${fresh.map((h) => formatHold(h, '  ')).join('')}`;
    }
    else {
        const { start, end, indent, lead } = insertionPoint(path, text);
        const entries = fresh.map((h) => formatHold(h, indent)).join('');
        const rest = text.slice(end);
        // In place of an empty value, the line break after it ends the last entry.
        const body = lead === '\n' && rest.startsWith('\n') ? entries.slice(0, -1) : entries;
        result = `${text.slice(0, start)}${lead}${body}${rest}`;
    }
    const proved = parseHolds(path, result).holds;
    const expected = [...current.holds, ...fresh];
    if (JSON.stringify(proved) !== JSON.stringify(expected))
        throw new errors/* FileError */.f6(path, 0, 'adding the hold would not read back as written; nothing written');
    return result;
}


/***/ })

};
