export const id = 398;
export const ids = [398];
export const modules = {

/***/ 3793:
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
const errors_js_1 = __webpack_require__(7638);
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

/***/ 5253:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_ACTIONS_BOT = void 0;
exports.headSha = headSha;
exports.commitChanges = commitChanges;
/** Commit a set of files with the git CLI, as the repository's identity or GitHub Actions' bot. */
const git_cli_js_1 = __webpack_require__(1973);
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

/***/ 1973:
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
const errors_js_1 = __webpack_require__(7638);
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

/***/ 4030:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PushRetriesExhaustedError = exports.PushFailedError = void 0;
/** The two ways a push with retry fails; both show the remote with its credentials redacted. */
const errors_js_1 = __webpack_require__(7638);
const git_cli_js_1 = __webpack_require__(1973);
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

/***/ 4568:
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

/***/ 8259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.classifyPushFailure = classifyPushFailure;
/** What a failed push means: a rejection to retry (another job pushed first), or a failure. */
const push_failure_hints_js_1 = __webpack_require__(4568);
const push_porcelain_js_1 = __webpack_require__(8);
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

/***/ 8:
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

/***/ 2094:
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
const commit_js_1 = __webpack_require__(5253);
const push_js_1 = __webpack_require__(188);
const push_errors_js_1 = __webpack_require__(4030);
const working_tree_js_1 = __webpack_require__(4834);
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
const git_cli_js_1 = __webpack_require__(1973);
const push_errors_js_1 = __webpack_require__(4030);
const push_failure_js_1 = __webpack_require__(8259);
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

/***/ 4834:
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
const errors_js_1 = __webpack_require__(7638);
const git_cli_js_1 = __webpack_require__(1973);
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


/***/ })

};
