export const id = 807;
export const ids = [807];
export const modules = {

/***/ 1807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commitPlan: () => (/* binding */ commitPlan),
/* harmony export */   pushPlan: () => (/* binding */ pushPlan),
/* harmony export */   refuseDirtyPlannedFiles: () => (/* binding */ refuseDirtyPlannedFiles)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5736);
/* harmony import */ var _git_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1259);
/* harmony import */ var _git_working_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44);
/* harmony import */ var _bump_commit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8066);
/* harmony import */ var _plan_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2745);
/* harmony import */ var _push_replanning_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1245);
/**
 * The git half of a bump: refuse files with uncommitted changes, commit the written plan with
 * change trailers, and push it, re-planning on the new head after each rejection. Loaded with
 * `import()` by bump-workspace.ts only when a bump commits, so that a run that only writes
 * files never loads the git code.
 */






/** Commit the written plan with `message`; '' when its files hold no change. */
async function commitPlan(plan, message, request, ports) {
    const sha = await (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .commitChanges */ .PT)({
        cwd: request.workspace,
        env: ports.git?.env,
        files: plan.files.map((f) => f.path),
        message,
    });
    ports.log.info(`Committed ${sha ?? ''}`);
    return sha ?? '';
}
/**
 * Push HEAD, re-planning with `replan` on the new head after each rejection (writing and
 * committing each new plan); the result has the last plan made.
 */
async function pushPlan(first, request, ports, replan) {
    const { workspace } = request;
    let last = first;
    const { pushed, branch } = await (0,_push_replanning_js__WEBPACK_IMPORTED_MODULE_1__/* .pushReplanning */ .x)(workspace, request, ports, async () => {
        last = await replan();
        if (last.changes.length === 0)
            return null;
        (0,_plan_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .writePlan */ .p)(workspace, last);
        const message = (0,_bump_commit_js__WEBPACK_IMPORTED_MODULE_3__/* .bumpCommitMessage */ .r)(last.changes, request.commitMessage, request.environment);
        return { message, files: last.files.map((f) => f.path) };
    });
    return { pushed, branch, last };
}
/**
 * Refuse to push a bump of files that already hold uncommitted changes (an earlier step's):
 * the commit would carry them, and a re-plan after a rejected push, made on the remote head,
 * would drop them.
 */
async function refuseDirtyPlannedFiles(plan, request, ports) {
    const paths = plan.files.map((f) => f.path);
    const workspace = { cwd: request.workspace, env: ports.git?.env };
    const dirty = await (0,_git_working_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .uncommittedPaths */ .mS)(workspace, { paths, untracked: false });
    if (dirty.length === 0)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PromoteError */ .jG(`Cannot bump and push ${(0,_git_working_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .listPaths */ .Pe)(dirty)}: they hold uncommitted changes that this step did ` +
        'not make. bump-values commits whole files, and after a rejected push it re-plans them on ' +
        'the remote head, which would drop those changes. Commit them in an earlier step, or set ' +
        "'push' to false. Nothing was written.");
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


/***/ })

};
