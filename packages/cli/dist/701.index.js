export const id = 701;
export const ids = [701];
export const modules = {

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

/***/ 82053:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The narrow GitHub client the promotion needs, defined by its shape: an Octokit (with its
 * retry and throttling plugins) satisfies it, and so does a test double. The core never imports
 * Octokit; the action passes its instance in.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fullName = fullName;
exports.httpStatusOf = httpStatusOf;
exports.graphqlErrorsOf = graphqlErrorsOf;
/** `owner/name`. */
function fullName(repository) {
    return `${repository.owner}/${repository.repo}`;
}
/** The HTTP status of a failed request (Octokit's RequestError carries it), if any. */
function httpStatusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** The messages of a GraphQL answer's `errors` (Octokit's GraphqlResponseError), if any. */
function graphqlErrorsOf(error) {
    const errors = error?.errors;
    if (!Array.isArray(errors) || errors.length === 0)
        return undefined;
    return errors.map((e) => String(e?.message ?? e));
}


/***/ }),

/***/ 86569:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseHolds = parseHolds;
exports.activeHold = activeHold;
exports.holdNotice = holdNotice;
exports.splitHeld = splitHeld;
exports.addHolds = addHolds;
/**
 * Holds: the services a rollback pinned in an environment, kept in a small YAML file in the
 * config repository so that automation (open-promotion-pr, bump-values) does not put the
 * rolled-back image straight back. Pure: text in, data or text out. A hold is lifted by
 * deleting its entry (or for one run with `ignore-holds: true`).
 */
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(37638);
const holds_validator_js_1 = __importDefault(__webpack_require__(79663));
/** The header a new holds file starts with. */
const HEADER = '# Holds written by gitops-promote rollbacks. While an entry stands, bump-values and\n' +
    '# open-promotion-pr skip that service in that environment. Delete an entry to lift it.\n' +
    '# Schema: https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/holds.schema.json\n';
/** Parse and validate a holds file; an empty or absent file (undefined) holds nothing. */
function parseHolds(path, text) {
    if (text === undefined || text.trim() === '')
        return { path, holds: [] };
    const lines = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter: lines, uniqueKeys: true });
    const [error] = doc.errors;
    if (error)
        throw new errors_js_1.FileError(path, error.linePos?.[0]?.line ?? 0, error.message);
    const data = doc.toJS();
    if (data === null || data === undefined)
        return { path, holds: [] };
    // `holds:` with its last entry deleted reads as null: no holds, as people expect.
    if (typeof data === 'object' && data.holds === null)
        data.holds = [];
    if (!(0, holds_validator_js_1.default)(data)) {
        const [first] = holds_validator_js_1.default.errors ?? [];
        const where = first?.instancePath ? `${first.instancePath} ` : '';
        throw new errors_js_1.FileError(path, 0, `does not match schemas/holds.schema.json: ${where}${first?.message ?? 'is invalid'}`);
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
    const doc = (0, yaml_1.parseDocument)(text, { keepSourceTokens: true });
    const contents = doc.contents;
    const holds = (0, yaml_1.isMap)(contents) ? contents.get('holds', true) : undefined;
    if ((0, yaml_1.isSeq)(holds) && !holds.flow && holds.range) {
        const lineStart = text.lastIndexOf('\n', holds.range[0] - 1) + 1;
        const indent = /^[ ]*/.exec(text.slice(lineStart))?.[0] ?? '';
        const end = holds.range[1];
        return { start: end, end, indent, lead: text.slice(0, end).endsWith('\n') ? '' : '\n' };
    }
    const empty = (0, yaml_1.isSeq)(holds) ? holds.items.length === 0 : (0, yaml_1.isScalar)(holds) && holds.value === null;
    if (empty && holds?.range) {
        const [start, end] = holds.range;
        return { start, end, indent: '  ', lead: '\n' };
    }
    throw new errors_js_1.FileError(path, 0, "needs 'holds:' as a block list (one '- service: …' entry per line) to add a hold to it; " +
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
        throw new errors_js_1.FileError(path, 0, 'adding the hold would not read back as written; nothing written');
    return result;
}


/***/ }),

/***/ 35287:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RollbackConflictError = void 0;
exports.parseRevert = parseRevert;
exports.readRevertTarget = readRevertTarget;
exports.findLaterCommit = findLaterCommit;
/**
 * What a rollback reverts, read through the API: a commit by SHA (its message's trailers), or
 * a merged pull request by number (the trailers of its own commits, since a squash or merge
 * commit may not keep them at the end of its message). And, when a value moved since, the
 * later commit that moved it.
 */
const errors_js_1 = __webpack_require__(37638);
const change_trailers_js_1 = __webpack_require__(13793);
const github_api_js_1 = __webpack_require__(82053);
const SHA = /^[0-9a-f]{7,40}$/i;
const NUMBER = /^[1-9][0-9]{0,9}$/;
/** Check `revert`: a commit SHA (7 to 40 hex digits) or a pull request number. */
function parseRevert(value) {
    const text = value.trim().replace(/^#/, '');
    if (NUMBER.test(text) && !(text.length >= 7 && SHA.test(text)))
        return { pullNumber: Number(text) };
    if (SHA.test(text))
        return { sha: text.toLowerCase() };
    throw new errors_js_1.InputError('revert', value, 'must be a commit SHA (7 to 40 hex digits) or a pull request number');
}
const subjectOf = (message) => message.split('\n', 1)[0] ?? '';
function noTrailers(what) {
    return new errors_js_1.PromoteError(`${what} records no Promote-Change trailers, so there is nothing to invert: only bumps made ` +
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
        const status = (0, github_api_js_1.httpStatusOf)(error);
        if (status === 404 || status === 422)
            throw new errors_js_1.InputError('revert', sha, `is not a commit of ${(0, github_api_js_1.fullName)(repository)}`);
        throw error;
    }
}
async function targetFromCommit(api, repository, sha) {
    const commit = await readCommitBySha(api, repository, sha);
    const changes = (0, change_trailers_js_1.parseChangeTrailers)(commit.commit.message);
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
        if ((0, github_api_js_1.httpStatusOf)(error) === 404)
            throw new errors_js_1.InputError('revert', String(number), `is not a pull request of ${(0, github_api_js_1.fullName)(repository)}`);
        throw error;
    }
    if (!pull.merged || !pull.merge_commit_sha)
        throw new errors_js_1.InputError('revert', String(number), `is pull request ${pull.html_url}, which was not merged; only a merged bump can be rolled back`);
    const { data: commits } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { ...repository, pull_number: number, per_page: 100 });
    const changes = commits.flatMap((c) => (0, change_trailers_js_1.parseChangeTrailers)(c.commit.message));
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
class RollbackConflictError extends errors_js_1.PromoteError {
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
exports.RollbackConflictError = RollbackConflictError;
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
        return (0, change_trailers_js_1.parseChangeTrailers)(message);
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 7083:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RollbackError = void 0;
exports.findRollbackConflicts = findRollbackConflicts;
exports.changesOfServices = changesOfServices;
exports.changedFilePaths = changedFilePaths;
exports.planRollback = planRollback;
exports.rollbackHolds = rollbackHolds;
const errors_js_1 = __webpack_require__(37638);
const change_trailers_js_1 = __webpack_require__(13793);
const bump_files_js_1 = __webpack_require__(27946);
const find_occurrences_js_1 = __webpack_require__(82572);
/** A rollback cannot be planned as asked: a change it cannot invert (an added image, …). */
class RollbackError extends errors_js_1.PromoteError {
    name = 'RollbackError';
}
exports.RollbackError = RollbackError;
/** A placeholder tag for a digest-only write: the engine needs a valid tag it does not write. */
const UNWRITTEN_TAG = 'unwritten';
/** The changes grouped by (file, service), in first-seen order; the earliest `from` wins. */
function groupChanges(changes) {
    const groups = new Map();
    for (const change of changes) {
        if (change.field === 'image' || (0, change_trailers_js_1.changeKind)(change) !== 'replace')
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
    const found = (0, find_occurrences_js_1.findImageOccurrences)(path, text).occurrences;
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
    return (0, bump_files_js_1.bumpFiles)({
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
            throw new errors_js_1.InputError('services', service, `is not a service that ${what} changed; it changed ${changed.join(', ')}`);
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


/***/ }),

/***/ 79663:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
// Generated by scripts/generate-schemas.ts from promotion/holds-schema.ts: do not edit.
const validate = validate10;/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/holds.schema.json","title":"holds.yaml","description":"Services held in an environment after a rollback: while an entry stands, bump-values and open-promotion-pr skip that service there. Delete the entry to lift the hold.","type":"object","required":["holds"],"additionalProperties":false,"properties":{"holds":{"type":"array","items":{"type":"object","description":"One hold: a service in an environment, and the rollback that set it.","required":["service","environment","reason","commit","created"],"additionalProperties":false,"properties":{"service":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"},"environment":{"type":"string","pattern":"^[^\\s/]+$"},"digest":{"type":"string","pattern":"^sha256:[a-f0-9]{64}$","description":"The digest that was rolled back (the one not to go back to)."},"tag":{"type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$","description":"The tag that was rolled back."},"reason":{"type":"string","pattern":"\\S"},"commit":{"type":"string","pattern":"^[a-f0-9]{7,64}$","description":"The commit the rollback reverted."},"created":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$","description":"When the hold was written (UTC, ISO 8601)."}}}}}};const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$", "u");const pattern1 = new RegExp("^[^\\s/]+$", "u");const pattern2 = new RegExp("^sha256:[a-f0-9]{64}$", "u");const pattern3 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$", "u");const pattern4 = new RegExp("\\S", "u");const pattern5 = new RegExp("^[a-f0-9]{7,64}$", "u");const pattern6 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/holds.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.holds === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "holds"},message:"must have required property '"+"holds"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(key0 === "holds")){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.holds !== undefined){let data0 = data.holds;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.service === undefined){const err2 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.environment === undefined){const err3 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data1.reason === undefined){const err4 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data1.commit === undefined){const err5 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data1.created === undefined){const err6 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key1 in data1){if(!(((((((key1 === "service") || (key1 === "environment")) || (key1 === "digest")) || (key1 === "tag")) || (key1 === "reason")) || (key1 === "commit")) || (key1 === "created"))){const err7 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data1.service !== undefined){let data2 = data1.service;if(typeof data2 === "string"){if(!pattern0.test(data2)){const err8 = {instancePath:instancePath+"/holds/" + i0+"/service",schemaPath:"#/properties/holds/items/properties/service/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/holds/" + i0+"/service",schemaPath:"#/properties/holds/items/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data1.environment !== undefined){let data3 = data1.environment;if(typeof data3 === "string"){if(!pattern1.test(data3)){const err10 = {instancePath:instancePath+"/holds/" + i0+"/environment",schemaPath:"#/properties/holds/items/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[^\\s/]+$"},message:"must match pattern \""+"^[^\\s/]+$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/holds/" + i0+"/environment",schemaPath:"#/properties/holds/items/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data1.digest !== undefined){let data4 = data1.digest;if(typeof data4 === "string"){if(!pattern2.test(data4)){const err12 = {instancePath:instancePath+"/holds/" + i0+"/digest",schemaPath:"#/properties/holds/items/properties/digest/pattern",keyword:"pattern",params:{pattern: "^sha256:[a-f0-9]{64}$"},message:"must match pattern \""+"^sha256:[a-f0-9]{64}$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/holds/" + i0+"/digest",schemaPath:"#/properties/holds/items/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data1.tag !== undefined){let data5 = data1.tag;if(typeof data5 === "string"){if(!pattern3.test(data5)){const err14 = {instancePath:instancePath+"/holds/" + i0+"/tag",schemaPath:"#/properties/holds/items/properties/tag/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/holds/" + i0+"/tag",schemaPath:"#/properties/holds/items/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.reason !== undefined){let data6 = data1.reason;if(typeof data6 === "string"){if(!pattern4.test(data6)){const err16 = {instancePath:instancePath+"/holds/" + i0+"/reason",schemaPath:"#/properties/holds/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/holds/" + i0+"/reason",schemaPath:"#/properties/holds/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data1.commit !== undefined){let data7 = data1.commit;if(typeof data7 === "string"){if(!pattern5.test(data7)){const err18 = {instancePath:instancePath+"/holds/" + i0+"/commit",schemaPath:"#/properties/holds/items/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[a-f0-9]{7,64}$"},message:"must match pattern \""+"^[a-f0-9]{7,64}$"+"\""};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/holds/" + i0+"/commit",schemaPath:"#/properties/holds/items/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data1.created !== undefined){let data8 = data1.created;if(typeof data8 === "string"){if(!pattern6.test(data8)){const err20 = {instancePath:instancePath+"/holds/" + i0+"/created",schemaPath:"#/properties/holds/items/properties/created/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"+"\""};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/holds/" + i0+"/created",schemaPath:"#/properties/holds/items/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/holds/" + i0,schemaPath:"#/properties/holds/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/holds",schemaPath:"#/properties/holds/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate10.errors = vErrors;return errors === 0;}


/***/ })

};
