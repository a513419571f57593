export const id = 567;
export const ids = [567];
export const modules = {

/***/ 99493:
/***/ ((__unused_webpack_module, exports) => {


/** The OCI labels of an image config that a promotion reads back: version and revision. Pure. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REVISION_LABEL = exports.VERSION_LABEL = void 0;
exports.sourceLabelsOf = sourceLabelsOf;
exports.VERSION_LABEL = 'org.opencontainers.image.version';
exports.REVISION_LABEL = 'org.opencontainers.image.revision';
function stringLabels(config) {
    if (typeof config !== 'object' || config === null)
        return {};
    const inner = config.config;
    if (typeof inner !== 'object' || inner === null)
        return {};
    const labels = inner.Labels;
    return typeof labels === 'object' && labels !== null ? labels : {};
}
/** The version and revision labels of an image config body; {} when it is not JSON. */
function sourceLabelsOf(configBody) {
    let parsed;
    try {
        parsed = JSON.parse(configBody.toString());
    }
    catch {
        return {};
    }
    const labels = stringLabels(parsed);
    const read = (key) => {
        const value = labels[key];
        return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const version = read(exports.VERSION_LABEL);
    const revision = read(exports.REVISION_LABEL);
    return {
        ...(version === undefined ? {} : { version }),
        ...(revision === undefined ? {} : { revision }),
    };
}


/***/ }),

/***/ 45251:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createTree = createTree;
exports.readCommit = readCommit;
exports.createCommit = createCommit;
exports.pointBranch = pointBranch;
exports.isCurrent = isCurrent;
/**
 * Write a promotion through the Git Data API: one tree (the changed files inline, on the base
 * tree), one commit without author or committer (GitHub makes and signs it, so it shows as
 * verified), and the branch pointed at it.
 */
const github_api_js_1 = __webpack_require__(82053);
/** The tree of `baseTree` with the files' new text; returns its sha. Writes no ref. */
async function createTree(api, repository, baseTree, files) {
    const tree = files.map((f) => ({ path: f.path, mode: f.mode, type: 'blob', content: f.after }));
    const { data } = await api.request('POST /repos/{owner}/{repo}/git/trees', {
        ...repository,
        base_tree: baseTree,
        tree,
    });
    return data.sha;
}
async function readCommit(api, repository, sha) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...repository, commit_sha: sha });
    return { tree: data.tree.sha, parents: data.parents.map((p) => p.sha) };
}
/** A commit of `tree` on `parent`, made and signed by GitHub (no author, no committer). */
async function createCommit(api, repository, commit) {
    const { data } = await api.request('POST /repos/{owner}/{repo}/git/commits', {
        ...repository,
        message: commit.message,
        tree: commit.tree,
        parents: [commit.parent],
    });
    return data.sha;
}
/**
 * Point `branch` at `sha`: create it, or force-update it when it exists (also when it appeared
 * since it was read: a create answered 422 falls back to the update).
 */
async function pointBranch(api, repository, branch, sha, exists) {
    if (!exists) {
        try {
            await api.request('POST /repos/{owner}/{repo}/git/refs', {
                ...repository,
                ref: `refs/heads/${branch}`,
                sha,
            });
            return;
        }
        catch (error) {
            if ((0, github_api_js_1.httpStatusOf)(error) !== 422)
                throw error;
        }
    }
    await api.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ...repository,
        ref: `heads/${branch}`,
        sha,
        force: true,
    });
}
/** Whether the branch's commit already is the promotion: the planned tree on the base head. */
function isCurrent(branch, plannedTree, baseSha) {
    return (branch.tree === plannedTree && branch.parents.length === 1 && branch.parents[0] === baseSha);
}


/***/ }),

/***/ 24457:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.environmentImages = environmentImages;
exports.imagesAsComponentTags = imagesAsComponentTags;
exports.readEnvironmentImages = readEnvironmentImages;
const errors_js_1 = __webpack_require__(37638);
const find_occurrences_js_1 = __webpack_require__(82572);
const image_occurrence_js_1 = __webpack_require__(20541);
const github_api_js_1 = __webpack_require__(82053);
const promotion_plan_js_1 = __webpack_require__(51768);
const repository_reader_js_1 = __webpack_require__(32599);
/** The service an occurrence names by itself (key path, Flux policy, kustomize name). */
function serviceOf(occ) {
    return occ.hintSource && image_occurrence_js_1.AUTHORITATIVE_HINTS.has(occ.hintSource) ? occ.serviceHint : undefined;
}
function imageOf(occ, service) {
    if (occ.digest && !occ.tag)
        throw new errors_js_1.FileError(occ.file, occ.line, `${occ.keyPath} (service '${service}') is pinned by digest without a tag; ` +
            'promote copies a tag and its digest: write the tag beside the digest in the source environment.');
    if (!occ.digest)
        throw new errors_js_1.FileError(occ.file, occ.line, `${occ.keyPath} (service '${service}') is not pinned by digest` +
            (occ.tag ? ` (tag ${JSON.stringify(occ.tag)} only)` : '') +
            '; a promotion copies digests, never tags alone. Pin it in the source environment first.');
    return {
        service,
        tag: occ.tag ?? '',
        digest: occ.digest,
        ...(occ.repository ? { repository: occ.repository } : {}),
        file: occ.file,
        line: occ.line,
    };
}
/**
 * The images of the services `files` name, by service. `services` narrows them (empty: all);
 * only the chosen services must be pinned and agree.
 */
function environmentImages(files, services = []) {
    const images = new Map();
    for (const file of files) {
        for (const occ of (0, find_occurrences_js_1.findImageOccurrences)(file.path, file.text).occurrences) {
            const service = serviceOf(occ);
            if (service === undefined || (services.length > 0 && !services.includes(service)))
                continue;
            const image = imageOf(occ, service);
            const seen = images.get(service);
            if (seen && (seen.tag !== image.tag || seen.digest !== image.digest))
                throw new errors_js_1.FileError(image.file, image.line, `service '${service}' runs ${image.tag}@${image.digest} here but ` +
                    `${seen.tag}@${seen.digest} in ${seen.file}:${seen.line}; a promotion needs one image per service`);
            if (!seen)
                images.set(service, image);
        }
    }
    return images;
}
/** The images as component tags, for the bump of the target environment. */
function imagesAsComponentTags(images) {
    const tags = {};
    for (const [service, image] of images)
        tags[service] = { tag: image.tag, digest: image.digest };
    return tags;
}
/**
 * Read the images of the source environment's files on a branch the caller has read (`at`:
 * the promotion's base, so that source and target are read on one commit).
 */
async function readEnvironmentImages(api, repository, from, log, at) {
    const { base, head, entries, texts } = at;
    const tree = { entries };
    const selected = (0, promotion_plan_js_1.selectPromotionFiles)(tree.entries, from.patterns);
    if (selected.files.length === 0)
        throw new errors_js_1.InputError('from-environment', from.patterns.join(', '), `matches no file in ${(0, github_api_js_1.fullName)(repository)}@${base}: check 'files' and 'from-environment'`);
    const images = environmentImages(await (0, repository_reader_js_1.readFileTexts)(api, repository, selected.files, texts), from.services);
    for (const service of from.services)
        if (!images.has(service))
            throw new errors_js_1.InputError('services', service, 'has no image in the source environment');
    log.info(`Source: ${images.size} service(s) in ${selected.files.length} file(s) at ${head}.`);
    return images;
}


/***/ }),

/***/ 47735:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CONTENT_DEPTH = exports.HISTORY_PAGES = exports.HISTORY_PAGE = void 0;
exports.readCheckStates = readCheckStates;
exports.readGateFacts = readGateFacts;
/**
 * What the gates decide from, read through the API: for each candidate digest, the commit of
 * the source environment's files that wrote it there (its `Promote-Change` trailer, else the
 * newest run of commits whose file holds it), and the state of the required checks on that
 * commit (commit statuses and check runs). Reads only; nothing is written.
 */
const change_trailers_js_1 = __webpack_require__(13793);
/** Commits of one file listed per request (GitHub's largest page). */
exports.HISTORY_PAGE = 100;
/**
 * Pages of one file's history searched for a digest's trailer (newest first): at most
 * HISTORY_PAGE × HISTORY_PAGES commits. A history longer than that is cut, and the verdict
 * says so rather than guess an age.
 */
exports.HISTORY_PAGES = 10;
/** Commits whose file text is read when no trailer names the digest. */
exports.CONTENT_DEPTH = 20;
function safeTrailers(message) {
    try {
        return (0, change_trailers_js_1.parseChangeTrailers)(message);
    }
    catch {
        return [];
    }
}
/**
 * When the commit reached the branch: its committer date. A rebased or cherry-picked commit
 * keeps its author date, so that one can be far older than the digest's time in the source.
 */
const dateOf = (c) => new Date(c.commit.committer?.date ?? 0);
async function fileText(api, repository, path, ref) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/contents/{path}', {
        ...repository,
        path,
        ref,
        mediaType: { format: 'raw' },
    });
    return typeof data === 'string' ? data : '';
}
/**
 * Without a trailer: the oldest commit of the newest run of commits whose file holds the
 * digest (between two listed commits the file does not change).
 */
async function introducedByContent(api, repository, image, commits, whole) {
    let found;
    for (const commit of commits.slice(0, exports.CONTENT_DEPTH)) {
        if (!(await fileText(api, repository, image.file, commit.sha)).includes(image.digest))
            return found;
        found = commit;
    }
    // Every commit read holds it: only the whole history (shorter than the depth) is proof.
    return whole && commits.length <= exports.CONTENT_DEPTH ? found : undefined;
}
function checkStateOfRun(run) {
    if (run.status !== 'completed')
        return 'pending';
    return run.conclusion === 'success' || run.conclusion === 'neutral' ? 'success' : 'failure';
}
const RANK = { missing: 0, success: 1, pending: 2, failure: 3 };
const worst = (a, b) => (RANK[a] >= RANK[b] ? a : b);
/** The state of each named check on `sha`, from its commit statuses and its check runs. */
async function readCheckStates(api, repository, sha, names) {
    const [{ data: combined }, { data: runs }] = await Promise.all([
        api.request('GET /repos/{owner}/{repo}/commits/{ref}/status', { ...repository, ref: sha, per_page: 100 }),
        api.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repository, ref: sha, per_page: 100 }),
    ]);
    const states = Object.fromEntries(names.map((n) => [n, 'missing']));
    for (const status of combined.statuses)
        if (status.context in states) {
            const state = status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure';
            states[status.context] = worst(states[status.context], state);
        }
    for (const run of runs.check_runs)
        if (run.name in states)
            states[run.name] = worst(states[run.name], checkStateOfRun(run));
    return states;
}
/** One file's history on the base, read a page at a time as far as a search needs. */
class FileHistory {
    api;
    repository;
    baseSha;
    file;
    limit;
    pages = [];
    constructor(api, repository, baseSha, file, limit) {
        this.api = api;
        this.repository = repository;
        this.baseSha = baseSha;
        this.file = file;
        this.limit = limit;
    }
    page(index) {
        let found = this.pages[index];
        if (!found) {
            found = this.api
                .request('GET /repos/{owner}/{repo}/commits', {
                ...this.repository,
                sha: this.baseSha,
                path: this.file,
                per_page: this.limit.perPage,
                page: index + 1,
            })
                .then((r) => r.data);
            this.pages[index] = found;
        }
        return found;
    }
    /** The newest page of commits, and whether it is the whole history. */
    async first() {
        const commits = await this.page(0);
        return { commits, whole: commits.length < this.limit.perPage };
    }
    /**
     * The newest commit that `matches`, paging back as far as HISTORY_PAGES; `cut` when the
     * history goes on past the last page read (so an older match cannot be ruled out).
     */
    async find(matches) {
        for (let index = 0; index < this.limit.pages; index++) {
            const commits = await this.page(index);
            const commit = commits.find(matches);
            if (commit)
                return { commit, cut: false };
            if (commits.length < this.limit.perPage)
                return { cut: false };
        }
        return { cut: true };
    }
}
/** Whether `commit`'s trailers record writing `image`'s digest in its file. */
function writes(commit, image) {
    return safeTrailers(commit.commit.message).some((t) => t.service === image.service &&
        t.file === image.file &&
        t.field === 'digest' &&
        t.to === image.digest);
}
/** The gate facts of each image: where it was introduced, and its checks when required. */
async function readGateFacts(api, repository, input) {
    const limit = input.historyLimit ?? { perPage: exports.HISTORY_PAGE, pages: exports.HISTORY_PAGES };
    const histories = new Map();
    const history = (file) => {
        let found = histories.get(file);
        if (!found) {
            found = new FileHistory(api, repository, input.baseSha, file, limit);
            histories.set(file, found);
        }
        return found;
    };
    const checks = new Map();
    const candidates = [];
    for (const image of input.images) {
        const file = history(image.file);
        const byTrailer = await file.find((c) => writes(c, image));
        const newest = await file.first();
        const commit = byTrailer.commit ??
            (await introducedByContent(api, repository, image, newest.commits, newest.whole));
        const candidate = { service: image.service, digest: image.digest };
        if (commit)
            candidate.introduced = { sha: commit.sha, date: dateOf(commit) };
        else if (byTrailer.cut)
            candidate.historyCut = limit.perPage * limit.pages;
        if (commit && input.requireChecks.length > 0) {
            // Services bumped together share the commit: its checks are read once.
            let states = checks.get(commit.sha);
            if (!states) {
                states = readCheckStates(api, repository, commit.sha, input.requireChecks);
                checks.set(commit.sha, states);
            }
            candidate.checks = await states;
        }
        candidates.push(candidate);
    }
    return candidates;
}


/***/ }),

/***/ 12424:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeWindow = describeWindow;
exports.freezeEndsAt = freezeEndsAt;
exports.formatAge = formatAge;
exports.evaluateGates = evaluateGates;
exports.gatesStatus = gatesStatus;
exports.openedStatus = openedStatus;
const zoned_time_js_1 = __webpack_require__(1914);
/** Why a digest's introducing commit is unknown: not in the history, or past what was read. */
function unknownCommit(candidate, from) {
    const cut = candidate.historyCut;
    return cut === undefined
        ? `no commit of ${from}'s files that wrote ${candidate.digest} was found`
        : `no commit of ${from}'s files that wrote ${candidate.digest} was found in the newest ${cut} commits of its file (the history was cut there)`;
}
const iso = (date) => date.toISOString().replace(/\.000Z$/, 'Z');
/** `weekly freeze Fri 16:00–Mon 08:00 Europe/Berlin (policy.yaml:7)`, with its reason. */
function describeWindow(window, policyPath) {
    const what = window.kind === 'absolute'
        ? `freeze ${iso(window.start)} to ${iso(window.end)}`
        : `weekly freeze ${window.start.text} to ${window.end.text} ${window.timeZone}`;
    return `${what}${window.reason ? ` (${window.reason})` : ''} [${policyPath}:${window.line}]`;
}
function isActive(window, at) {
    if (window.kind === 'absolute')
        return window.start <= at && at < window.end;
    return (0, zoned_time_js_1.inWeeklyWindow)(at, window, window.timeZone);
}
function endOf(window, at) {
    return window.kind === 'absolute' ? window.end : (0, zoned_time_js_1.nextWeeklyTime)(at, window.end, window.timeZone);
}
/** The windows active at `at` that this change cannot pass. */
function blocking(windows, at, hotfix) {
    return windows.filter((w) => isActive(w, at) && !(hotfix && w.allowHotfix));
}
/** The first instant at or after `at` outside every blocking window (overlaps chained). */
function freezeEndsAt(windows, at, hotfix) {
    let t = at;
    for (let i = 0; i < 100; i++) {
        const active = blocking(windows, t, hotfix);
        if (active.length === 0)
            return t;
        t = new Date(Math.max(...active.map((w) => endOf(w, t).getTime())));
    }
    return t;
}
function freezeVerdict(input) {
    const { gates, now, hotfix, mode, policyPath } = input;
    if (gates.freeze.length === 0)
        return undefined;
    const active = gates.freeze.filter((w) => isActive(w, now));
    if (active.length === 0)
        return { gate: 'freeze', verdict: 'pass', reason: 'no freeze window is active' };
    const names = active.map((w) => describeWindow(w, policyPath)).join('; ');
    if (mode === 'rollback')
        return {
            gate: 'freeze',
            verdict: 'bypass',
            reason: `${names} is active; a rollback is never frozen`,
        };
    const closed = blocking(gates.freeze, now, hotfix);
    if (closed.length === 0)
        return {
            gate: 'freeze',
            verdict: 'bypass',
            reason: `${names} is active; a hotfix passes it (allow-hotfix)`,
        };
    const opensAt = iso(freezeEndsAt(gates.freeze, now, hotfix));
    const hint = hotfix ? ' (a hotfix passes only windows with allow-hotfix)' : '';
    return {
        gate: 'freeze',
        verdict: 'wait',
        reason: `${closed.map((w) => describeWindow(w, policyPath)).join('; ')} is active until ${opensAt}${hint}`,
        opensAt,
    };
}
/** `26h` or `3d 4h`: a duration for people. */
function formatAge(ms) {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    const d = Math.floor(minutes / 1440);
    const h = Math.floor((minutes % 1440) / 60);
    const m = minutes % 60;
    return [d ? `${d}d` : '', h ? `${h}h` : '', m || (!d && !h) ? `${m}m` : '']
        .filter(Boolean)
        .join(' ');
}
function soakVerdict(input, candidate) {
    const { gates, mode, now } = input;
    if (gates.soakMs === undefined)
        return undefined;
    if (mode === 'rollback')
        return { gate: 'soak', verdict: 'bypass', reason: 'a rollback is never held for soak' };
    if (mode === 'bump')
        return {
            gate: 'soak',
            verdict: 'skip',
            reason: 'not evaluated in mode bump: there is no source environment to soak in',
        };
    const from = input.from ?? 'the source environment';
    if (!candidate.introduced)
        return {
            gate: 'soak',
            verdict: 'wait',
            reason: `${unknownCommit(candidate, from)}, so its age is unknown`,
        };
    const { sha, date } = candidate.introduced;
    const age = now.getTime() - date.getTime();
    const since = `in ${from} since ${iso(date)} (${sha.slice(0, 7)}), ${formatAge(age)}`;
    if (age >= gates.soakMs)
        return { gate: 'soak', verdict: 'pass', reason: `${since}, soak ${gates.soak}` };
    const opensAt = iso(new Date(date.getTime() + gates.soakMs));
    return {
        gate: 'soak',
        verdict: 'wait',
        reason: `${since} of ${gates.soak}; soaked at ${opensAt}`,
        opensAt,
    };
}
function checksVerdict(input, candidate) {
    const names = input.gates.requireChecks;
    if (names.length === 0)
        return undefined;
    if (input.mode !== 'promote')
        return {
            gate: 'require-checks',
            verdict: 'skip',
            reason: `not evaluated in mode ${input.mode}: no source environment commit is known, so ${names.join(', ')} cannot be read`,
        };
    if (!candidate.introduced)
        return {
            gate: 'require-checks',
            verdict: 'wait',
            reason: `${unknownCommit(candidate, input.from ?? 'the source environment')}, so its checks are unknown`,
        };
    const states = names.map((name) => [name, candidate.checks?.[name] ?? 'missing']);
    const on = `on ${candidate.introduced.sha.slice(0, 7)}`;
    const failed = states.filter(([, s]) => s === 'failure');
    if (failed.length > 0)
        return {
            gate: 'require-checks',
            verdict: 'fail',
            reason: `${failed.map(([n]) => n).join(', ')} failed ${on}`,
        };
    const open = states.filter(([, s]) => s !== 'success');
    if (open.length > 0)
        return {
            gate: 'require-checks',
            verdict: 'wait',
            reason: open.map(([n, s]) => `${n} ${s === 'missing' ? 'not reported' : 'pending'}`).join(', ') +
                ` ${on}`,
        };
    return { gate: 'require-checks', verdict: 'pass', reason: `${names.join(', ')} succeeded ${on}` };
}
const OPEN = new Set(['pass', 'bypass', 'skip']);
/** When every closed gate of a service opens, or undefined when one cannot say. */
function serviceEligibleAt(input, verdicts) {
    const closed = verdicts.filter((v) => !OPEN.has(v.verdict));
    if (closed.some((v) => v.verdict === 'fail' || v.opensAt === undefined))
        return undefined;
    const latest = Math.max(input.now.getTime(), ...closed.map((v) => Date.parse(v.opensAt)));
    return iso(freezeEndsAt(input.gates.freeze, new Date(latest), input.hotfix));
}
/** Evaluate every gate for every candidate. */
function evaluateGates(input) {
    const freeze = freezeVerdict(input);
    const services = input.candidates.map((candidate) => {
        const verdicts = [
            soakVerdict(input, candidate),
            freeze,
            checksVerdict(input, candidate),
        ].filter((v) => v !== undefined);
        const eligible = verdicts.every((v) => OPEN.has(v.verdict));
        const at = eligible ? undefined : serviceEligibleAt(input, verdicts);
        return {
            service: candidate.service,
            digest: candidate.digest,
            eligible,
            verdicts,
            ...(at ? { eligibleAt: at } : {}),
        };
    });
    const waiting = services.filter((s) => !s.eligible);
    const times = waiting.flatMap((s) => (s.eligibleAt ? [s.eligibleAt] : [])).sort();
    return {
        environment: input.environment,
        mode: input.mode,
        services,
        eligible: services.filter((s) => s.eligible).map((s) => s.service),
        waiting: waiting.map((s) => s.service),
        ...(times[0] ? { eligibleAt: times[0] } : {}),
    };
}
/** The pull request's `gitops-promote/gates` status from a report, with a one-line reason. */
function gatesStatus(report) {
    const verdicts = report.services.flatMap((s) => s.verdicts);
    if (report.waiting.length === 0) {
        const passed = report.services.length;
        const bypassed = verdicts.filter((v) => v.verdict === 'bypass').map((v) => v.gate);
        const note = bypassed.length > 0 ? `; bypassed: ${[...new Set(bypassed)].join(', ')}` : '';
        return { state: 'success', description: `${passed} service(s) passed the gates${note}` };
    }
    const frozen = verdicts.find((v) => v.gate === 'freeze' && v.verdict === 'wait');
    if (frozen)
        return { state: 'failure', description: `frozen: ${frozen.reason}` };
    const failed = verdicts.find((v) => v.verdict === 'fail');
    if (failed)
        return { state: 'failure', description: `${failed.gate}: ${failed.reason}` };
    const first = verdicts.find((v) => v.verdict === 'wait');
    return {
        state: 'pending',
        description: `${first?.gate ?? 'gates'}: ${first?.reason ?? 'waiting'}`,
    };
}
/** The status of a pull request that holds only the eligible services of a report. */
function openedStatus(report) {
    const bypassed = [
        ...new Set(report.services
            .filter((s) => s.eligible)
            .flatMap((s) => s.verdicts.filter((v) => v.verdict === 'bypass').map((v) => v.gate))),
    ];
    const notes = [
        ...(bypassed.length > 0 ? [`bypassed: ${bypassed.join(', ')}`] : []),
        ...(report.waiting.length > 0 ? [`waiting, not in this PR: ${report.waiting.join(', ')}`] : []),
    ];
    const passed = `${report.eligible.length} service(s) passed the gates`;
    return { state: 'success', description: [passed, ...notes].join('; ') };
}


/***/ }),

/***/ 77272:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.policySetting = policySetting;
exports.gatesRun = gatesRun;
const repository_path_js_1 = __webpack_require__(60839);
const gate_verdicts_js_1 = __webpack_require__(12424);
const policy_schema_js_1 = __webpack_require__(68502);
const promotion_gates_js_1 = __webpack_require__(21428);
/**
 * `policy-file` (the input, the CLI's `--policy-file`): a relative path in the config
 * repository; empty means the default, used only if present.
 */
function policySetting(given) {
    const path = (0, repository_path_js_1.checkRepositoryPath)('policy-file', given || policy_schema_js_1.DEFAULT_POLICY_FILE);
    return { path, explicit: given !== '' };
}
/** The gates of one run of a promotion. */
function gatesRun(api, request, facts, log) {
    let evaluation;
    const evaluate = async (services, at) => {
        const found = await (0, promotion_gates_js_1.explainGates)(api, {
            repository: request.repository,
            base: request.base,
            environment: request.environment,
            mode: facts.mode,
            ...(request.from ? { from: request.from } : {}),
            hotfix: request.hotfix,
            policy: request.policy,
            now: request.now(),
            ...(facts.sources ? { sources: facts.sources } : {}),
            ...(facts.componentTags ? { componentTags: facts.componentTags } : {}),
        }, services, log, at);
        for (const service of found.report.services)
            for (const v of service.verdicts)
                log.info(`Gate ${v.gate} for '${service.service}': ${v.verdict}: ${v.reason}`);
        evaluation = found;
        return found;
    };
    const gate = async (services, at) => (await evaluate(services, at)).report.eligible;
    const settle = async (result) => {
        if (facts.mode === 'rollback' && result.plan.services.length > 0)
            await gate(result.plan.services, result.at);
        return evaluation;
    };
    const publishStatus = async (result) => {
        // Without a policy file there are no gates, and no status: nothing can require one.
        if (!evaluation?.policyFound)
            return;
        const link = request.targetUrl ? { targetUrl: request.targetUrl } : {};
        if (result.operation === 'waiting')
            await (0, promotion_gates_js_1.tryMarkOpenPullRequest)(api, request.repository, request.branch, { ...(0, gate_verdicts_js_1.gatesStatus)(evaluation.report), ...link }, log, result.promotion);
        else if (result.pullRequest && result.commitSha)
            await (0, promotion_gates_js_1.trySetGatesStatus)(api, request.repository, result.commitSha, { ...(0, gate_verdicts_js_1.openedStatus)(evaluation.report), ...link }, log);
    };
    return { evaluate, gate, settle, publishStatus };
}


/***/ }),

/***/ 45421:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gatesJson = gatesJson;
exports.gatesSummary = gatesSummary;
/**
 * The gates as people and workflows read them: a Markdown section for the job summary that
 * names each gate, its verdict and why, and the JSON of the verdicts for the `gates` output.
 */
const markdown_js_1 = __webpack_require__(12712);
const SHOWN = {
    pass: 'pass',
    wait: 'wait',
    fail: 'fail',
    bypass: 'bypassed',
    skip: 'not evaluated',
};
/** The `gates` output: the report as JSON (`eligibleAt`, `opensAt` in RFC 3339). */
function gatesJson(report) {
    return JSON.stringify(report);
}
/** How many waiting services the headline names before `and N more`. */
const MAX_WAITING_NAMED = 20;
function headline(evaluation) {
    const { report } = evaluation;
    if (!evaluation.policyFound)
        return `No policy file at ${(0, markdown_js_1.inlineCode)(evaluation.policyPath)}: no gates.`;
    if (report.services.every((s) => s.verdicts.length === 0))
        return `${(0, markdown_js_1.inlineCode)(evaluation.policyPath)} sets no gates for ${(0, markdown_js_1.inlineCode)(report.environment)}.`;
    const named = report.waiting.slice(0, MAX_WAITING_NAMED).map((s) => (0, markdown_js_1.inlineCode)(s));
    const unnamed = report.waiting.length - named.length;
    const waiting = named.join(', ') + (unnamed > 0 ? ` and ${unnamed} more` : '');
    const at = report.eligibleAt ? ` The earliest may go at ${report.eligibleAt}.` : '';
    return report.waiting.length === 0
        ? `Every service passed the gates of ${(0, markdown_js_1.inlineCode)(evaluation.policyPath)}.`
        : `Waiting: ${waiting}.${at}`;
}
/**
 * The summary section: a headline, then one row per service and gate, the first `limit.rows`
 * of them with a line that says how many more there are (a job summary holds 1 MiB).
 */
function gatesSummary(evaluation, limit = { rows: Infinity, where: '' }) {
    const rows = evaluation.report.services.flatMap((s) => s.verdicts.map((v) => `| ${(0, markdown_js_1.inlineCode)(s.service)} | ${v.gate} | ${SHOWN[v.verdict]} | ${(0, markdown_js_1.escapeMarkdown)(v.reason)} |`));
    const hidden = Math.max(0, rows.length - limit.rows);
    const more = hidden > 0 ? ['', `… and ${hidden} more rows, ${limit.where}.`] : [];
    const table = rows.length > 0
        ? [
            '',
            '| Service | Gate | Verdict | Why |',
            '| --- | --- | --- | --- |',
            ...rows.slice(0, limit.rows),
            ...more,
        ]
        : [];
    return ['### Gates', '', headline(evaluation), ...table].join('\n');
}


/***/ }),

/***/ 2876:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.policySetting = exports.gatesRun = exports.gatesJson = exports.gatesSummary = exports.trySetGatesStatus = exports.tryMarkOpenPullRequest = exports.readPolicyAtBase = exports.readBase = exports.GATES_STATUS_CONTEXT = exports.explainGates = exports.readGateFacts = exports.readCheckStates = exports.openedStatus = exports.gatesStatus = exports.freezeEndsAt = exports.formatAge = exports.evaluateGates = exports.describeWindow = exports.parsePolicy = exports.gatesFor = exports.durationMs = exports.policySchema = exports.POLICY_SCHEMA_ID = exports.DEFAULT_POLICY_FILE = void 0;
/**
 * Promotion gates: the policy file (soak, freeze windows, required checks per target
 * environment), the pure verdicts with a clock passed in, the facts read through the API, and
 * the `gitops-promote/gates` commit status. `explainGates` returns the verdicts without writing.
 */
var policy_schema_js_1 = __webpack_require__(68502);
Object.defineProperty(exports, "DEFAULT_POLICY_FILE", ({ enumerable: true, get: function () { return policy_schema_js_1.DEFAULT_POLICY_FILE; } }));
Object.defineProperty(exports, "POLICY_SCHEMA_ID", ({ enumerable: true, get: function () { return policy_schema_js_1.POLICY_SCHEMA_ID; } }));
Object.defineProperty(exports, "policySchema", ({ enumerable: true, get: function () { return policy_schema_js_1.policySchema; } }));
var policy_js_1 = __webpack_require__(83064);
Object.defineProperty(exports, "durationMs", ({ enumerable: true, get: function () { return policy_js_1.durationMs; } }));
Object.defineProperty(exports, "gatesFor", ({ enumerable: true, get: function () { return policy_js_1.gatesFor; } }));
Object.defineProperty(exports, "parsePolicy", ({ enumerable: true, get: function () { return policy_js_1.parsePolicy; } }));
var gate_verdicts_js_1 = __webpack_require__(12424);
Object.defineProperty(exports, "describeWindow", ({ enumerable: true, get: function () { return gate_verdicts_js_1.describeWindow; } }));
Object.defineProperty(exports, "evaluateGates", ({ enumerable: true, get: function () { return gate_verdicts_js_1.evaluateGates; } }));
Object.defineProperty(exports, "formatAge", ({ enumerable: true, get: function () { return gate_verdicts_js_1.formatAge; } }));
Object.defineProperty(exports, "freezeEndsAt", ({ enumerable: true, get: function () { return gate_verdicts_js_1.freezeEndsAt; } }));
Object.defineProperty(exports, "gatesStatus", ({ enumerable: true, get: function () { return gate_verdicts_js_1.gatesStatus; } }));
Object.defineProperty(exports, "openedStatus", ({ enumerable: true, get: function () { return gate_verdicts_js_1.openedStatus; } }));
var gate_facts_js_1 = __webpack_require__(47735);
Object.defineProperty(exports, "readCheckStates", ({ enumerable: true, get: function () { return gate_facts_js_1.readCheckStates; } }));
Object.defineProperty(exports, "readGateFacts", ({ enumerable: true, get: function () { return gate_facts_js_1.readGateFacts; } }));
var promotion_gates_js_1 = __webpack_require__(21428);
Object.defineProperty(exports, "explainGates", ({ enumerable: true, get: function () { return promotion_gates_js_1.explainGates; } }));
Object.defineProperty(exports, "GATES_STATUS_CONTEXT", ({ enumerable: true, get: function () { return promotion_gates_js_1.GATES_STATUS_CONTEXT; } }));
Object.defineProperty(exports, "readBase", ({ enumerable: true, get: function () { return promotion_gates_js_1.readBase; } }));
Object.defineProperty(exports, "readPolicyAtBase", ({ enumerable: true, get: function () { return promotion_gates_js_1.readPolicyAtBase; } }));
Object.defineProperty(exports, "tryMarkOpenPullRequest", ({ enumerable: true, get: function () { return promotion_gates_js_1.tryMarkOpenPullRequest; } }));
Object.defineProperty(exports, "trySetGatesStatus", ({ enumerable: true, get: function () { return promotion_gates_js_1.trySetGatesStatus; } }));
var gates_summary_js_1 = __webpack_require__(45421);
Object.defineProperty(exports, "gatesSummary", ({ enumerable: true, get: function () { return gates_summary_js_1.gatesSummary; } }));
Object.defineProperty(exports, "gatesJson", ({ enumerable: true, get: function () { return gates_summary_js_1.gatesJson; } }));
var gates_run_js_1 = __webpack_require__(77272);
Object.defineProperty(exports, "gatesRun", ({ enumerable: true, get: function () { return gates_run_js_1.gatesRun; } }));
Object.defineProperty(exports, "policySetting", ({ enumerable: true, get: function () { return gates_run_js_1.policySetting; } }));


/***/ }),

/***/ 68502:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.policySchema = exports.WEEKLY_TIME_PATTERN = exports.INSTANT_PATTERN = exports.DURATION_PATTERN = exports.DEFAULT_POLICY_FILE = exports.POLICY_SCHEMA_ID = void 0;
/**
 * The JSON Schema of the policy file (`.gitops-promote/policy.yaml`): the gates a promotion to
 * each environment must pass (soak time, freeze windows, required checks). The published copy,
 * `schemas/policy.schema.json`, and the standalone validator are generated from this object
 * (`npm run generate`), and a test keeps them equal. What a schema cannot say (a real IANA time
 * zone, an end after its start) is checked by `parsePolicy`.
 */
exports.POLICY_SCHEMA_ID = 'https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/policy.schema.json';
/** The default path of the policy file in the config repository. */
exports.DEFAULT_POLICY_FILE = '.gitops-promote/policy.yaml';
/** `24h`, `1d12h`, `90m`: whole days, hours and minutes, in that order. */
exports.DURATION_PATTERN = '^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$';
/** RFC 3339 with a zone (`Z` or `±hh:mm`). */
exports.INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$';
/** A weekday and a wall-clock time, `Fri 16:00`. */
exports.WEEKLY_TIME_PATTERN = '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\\d|2[0-3]):[0-5]\\d$';
const freezeWindow = {
    type: 'object',
    description: 'A window in which nothing is promoted to the environment: an absolute range (`start`, `end`) or a weekly one (`weekly`, `time-zone`).',
    additionalProperties: false,
    properties: {
        start: {
            type: 'string',
            pattern: exports.INSTANT_PATTERN,
            description: 'Absolute window: its first instant (RFC 3339 with a zone).',
        },
        end: {
            type: 'string',
            pattern: exports.INSTANT_PATTERN,
            description: 'Absolute window: the instant it ends (excluded).',
        },
        weekly: {
            type: 'object',
            description: 'A window recurring every week, in wall-clock time of `time-zone`.',
            required: ['start', 'end'],
            additionalProperties: false,
            properties: {
                start: { type: 'string', pattern: exports.WEEKLY_TIME_PATTERN, description: 'e.g. `Fri 16:00`.' },
                end: { type: 'string', pattern: exports.WEEKLY_TIME_PATTERN, description: 'e.g. `Mon 08:00`.' },
            },
        },
        'time-zone': {
            type: 'string',
            pattern: '^[A-Za-z][A-Za-z0-9_+/-]*$',
            description: 'The IANA time zone of `weekly`, e.g. `Europe/Berlin`.',
        },
        'allow-hotfix': {
            type: 'boolean',
            description: 'A `hotfix: true` promotion passes this window.',
        },
        reason: { type: 'string', pattern: '\\S', description: 'Shown in the verdict.' },
    },
};
exports.policySchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: exports.POLICY_SCHEMA_ID,
    title: 'policy.yaml',
    description: 'Promotion gates of a config repository, per target environment: open-promotion-pr promotes a service to an environment only when every gate passes.',
    type: 'object',
    required: ['environments'],
    additionalProperties: false,
    properties: {
        environments: {
            type: 'object',
            description: 'The gates of each target environment, by its name.',
            propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    soak: {
                        type: 'string',
                        pattern: exports.DURATION_PATTERN,
                        description: 'How long a digest must have run in the source environment (since the commit that wrote it there), e.g. `24h`.',
                    },
                    freeze: { type: 'array', items: freezeWindow },
                    'require-checks': {
                        type: 'array',
                        description: 'Commit statuses (contexts) or check runs (names) that must have succeeded on the source environment commit that introduced the digest.',
                        items: { type: 'string', pattern: '\\S' },
                    },
                },
            },
        },
    },
};


/***/ }),

/***/ 83064:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.durationMs = durationMs;
exports.parsePolicy = parsePolicy;
exports.gatesFor = gatesFor;
/**
 * The policy file: the gates of each target environment, parsed and validated with the line
 * of every problem (schema rule broken, unknown time zone, an end before its start). Pure:
 * text in, data out.
 */
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(37638);
const policy_validator_js_1 = __importDefault(__webpack_require__(52177));
const zoned_time_js_1 = __webpack_require__(1914);
const UNITS = { d: 86_400_000, h: 3_600_000, m: 60_000 };
/** `1d12h` in milliseconds (the schema has checked the form). */
function durationMs(text) {
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)([dhm])/g))
        total += Number(amount) * (UNITS[unit] ?? 0);
    return total;
}
/** The 1-based line of the node at a JSON pointer (`/environments/prod/soak`), else 0. */
function lineAt(doc, lines, pointer) {
    const path = pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (let n = path.length; n >= 0; n--) {
        const keys = path.slice(0, n).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        const node = doc.getIn(keys, true);
        const parent = n > 0 ? doc.getIn(keys.slice(0, -1), true) : undefined;
        const target = node?.range ? node : (0, yaml_1.isMap)(parent) || (0, yaml_1.isSeq)(parent) ? parent : undefined;
        if (target?.range)
            return lines.linePos(target.range[0]).line;
    }
    return 0;
}
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
function readWindow(raw, fail, line) {
    const common = {
        allowHotfix: raw['allow-hotfix'] === true,
        ...(raw.reason ? { reason: raw.reason } : {}),
        line,
    };
    const absolute = raw.start !== undefined || raw.end !== undefined;
    if (absolute && raw.weekly)
        fail("a freeze window is either 'start'/'end' or 'weekly', not both");
    if (raw.weekly) {
        const zone = raw['time-zone'];
        if (!zone)
            fail("a 'weekly' freeze window needs 'time-zone' (an IANA name, e.g. Europe/Berlin)");
        if (!isTimeZone(zone))
            fail(`'time-zone' ${JSON.stringify(zone)} is not an IANA time zone`);
        const start = (0, zoned_time_js_1.parseWeeklyTime)(raw.weekly.start);
        const end = (0, zoned_time_js_1.parseWeeklyTime)(raw.weekly.end);
        if (start.minuteOfWeek === end.minuteOfWeek)
            fail("a 'weekly' freeze window must end at another time than it starts");
        return { kind: 'weekly', start, end, timeZone: zone, ...common };
    }
    if (raw.start === undefined || raw.end === undefined)
        fail("a freeze window needs both 'start' and 'end' (RFC 3339), or 'weekly' and 'time-zone'");
    if (raw['time-zone'] !== undefined)
        fail("'time-zone' is only read with 'weekly'; 'start' and 'end' carry their own offset");
    const start = new Date(raw.start);
    const end = new Date(raw.end);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
        fail(`${JSON.stringify(raw.start)} to ${JSON.stringify(raw.end)} is not a valid date range`);
    if (end <= start)
        fail(`the freeze window ends (${raw.end}) before it starts (${raw.start})`);
    return { kind: 'absolute', start, end, ...common };
}
function readEnvironment(name, raw, at, path) {
    const freeze = (raw.freeze ?? []).map((window, i) => {
        const pointer = `/environments/${name}/freeze/${i}`;
        const fail = (detail) => {
            throw new errors_js_1.FileError(path, at(pointer), `environments.${name}.freeze[${i}]: ${detail}`);
        };
        return readWindow(window, fail, at(pointer));
    });
    return {
        ...(raw.soak !== undefined ? { soak: raw.soak, soakMs: durationMs(raw.soak) } : {}),
        freeze,
        requireChecks: [...new Set(raw['require-checks'] ?? [])],
    };
}
/** What the first schema error says, with the path written as a reader would (`environments.prod.soak`). */
function schemaMessage(error) {
    const where = error.instancePath
        .split('/')
        .slice(1)
        .join('.')
        .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    const extra = error.params?.additionalProperty;
    const detail = `${error.message ?? 'is invalid'}${extra ? ` ('${extra}')` : ''}`;
    return `does not match schemas/policy.schema.json: ${where ? `${where} ` : ''}${detail}`;
}
/** Parse and validate a policy file; empty text is a policy without gates. */
function parsePolicy(path, text) {
    if (text.trim() === '')
        return { path, environments: {} };
    const lines = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter: lines, uniqueKeys: true });
    const [error] = doc.errors;
    if (error)
        throw new errors_js_1.FileError(path, error.linePos?.[0]?.line ?? 0, error.message);
    const data = doc.toJS();
    if (!(0, policy_validator_js_1.default)(data)) {
        const [first] = policy_validator_js_1.default.errors ?? [];
        const extra = first?.params
            ?.additionalProperty;
        // An unknown key is shown at its own line, not its parent's.
        const pointer = `${first?.instancePath ?? ''}${extra ? `/${extra}` : ''}`;
        throw new errors_js_1.FileError(path, lineAt(doc, lines, pointer), schemaMessage(first ?? { instancePath: '' }));
    }
    const raw = data.environments;
    const at = (pointer) => lineAt(doc, lines, pointer);
    const environments = {};
    for (const [name, env] of Object.entries(raw))
        environments[name] = readEnvironment(name, env ?? {}, at, path);
    return { path, environments };
}
/** The gates of a target environment (none when the policy does not name it). */
function gatesFor(policy, environment) {
    return policy?.environments[environment] ?? { freeze: [], requireChecks: [] };
}


/***/ }),

/***/ 21428:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STATUS_DESCRIPTION_LIMIT = exports.GATES_STATUS_CONTEXT = void 0;
exports.readBase = readBase;
exports.readPolicyAtBase = readPolicyAtBase;
exports.explainGates = explainGates;
exports.trySetGatesStatus = trySetGatesStatus;
exports.tryMarkOpenPullRequest = tryMarkOpenPullRequest;
const errors_js_1 = __webpack_require__(37638);
const github_api_js_1 = __webpack_require__(82053);
const repository_reader_js_1 = __webpack_require__(32599);
const pull_requests_js_1 = __webpack_require__(33003);
const gate_facts_js_1 = __webpack_require__(47735);
const gate_verdicts_js_1 = __webpack_require__(12424);
const policy_js_1 = __webpack_require__(83064);
/** The context of the commit status every promotion pull request gets. */
exports.GATES_STATUS_CONTEXT = 'gitops-promote/gates';
/** Read the base branch's head and tree. */
async function readBase(api, repository, base) {
    const branch = base || (await (0, repository_reader_js_1.readDefaultBranch)(api, repository));
    const head = await (0, repository_reader_js_1.readBranchHead)(api, repository, branch);
    if (head === undefined)
        throw new errors_js_1.PromoteError(`The base branch '${branch}' does not exist in ${(0, github_api_js_1.fullName)(repository)}.`);
    return { base: branch, baseSha: head, entries: (await (0, repository_reader_js_1.readTree)(api, repository, head)).entries };
}
/** The policy at the base: undefined when the default file is absent; throws when a named one is. */
async function readPolicyAtBase(api, repository, at, setting) {
    const branch = at.base;
    const entry = at.entries.find((e) => e.path === setting.path && e.type === 'blob');
    if (!entry) {
        if (!setting.explicit)
            return undefined;
        throw new errors_js_1.InputError('policy-file', setting.path, `names no file in ${(0, github_api_js_1.fullName)(repository)}@${branch}; give the path of the policy file, or leave the input empty for no gates`);
    }
    const [file] = await (0, repository_reader_js_1.readFileTexts)(api, repository, [entry]);
    return (0, policy_js_1.parsePolicy)(setting.path, file?.text ?? '');
}
function hasGates(gates) {
    return gates.soakMs !== undefined || gates.freeze.length > 0 || gates.requireChecks.length > 0;
}
async function candidatesOf(api, request, gates, services, at) {
    const wanted = new Set(services);
    if (request.mode === 'promote') {
        const images = (request.sources ?? []).filter((s) => wanted.has(s.service));
        const needsHistory = gates.soakMs !== undefined || gates.requireChecks.length > 0;
        if (!needsHistory)
            return images.map(({ service, digest }) => ({ service, digest }));
        return (0, gate_facts_js_1.readGateFacts)(api, request.repository, {
            baseSha: at.baseSha,
            images,
            requireChecks: gates.requireChecks,
        });
    }
    return services.map((service) => ({
        service,
        digest: request.componentTags?.[service]?.digest ?? '',
    }));
}
/** The verdicts of every gate for `services`, without writing anything. */
async function explainGates(api, request, services, log, read) {
    const at = read ?? (await readBase(api, request.repository, request.base));
    const policy = await readPolicyAtBase(api, request.repository, at, request.policy);
    const gates = (0, policy_js_1.gatesFor)(policy, request.environment);
    if (!policy)
        log.info(`No policy file at ${request.policy.path}: no promotion gates.`);
    else if (!hasGates(gates))
        log.info(`${policy.path} sets no gates for '${request.environment}'.`);
    const candidates = hasGates(gates) ? await candidatesOf(api, request, gates, services, at) : [];
    const report = (0, gate_verdicts_js_1.evaluateGates)({
        environment: request.environment,
        ...(request.from ? { from: request.from } : {}),
        gates,
        policyPath: request.policy.path,
        mode: request.mode,
        hotfix: request.hotfix,
        now: request.now,
        candidates: hasGates(gates) ? candidates : services.map((service) => ({ service, digest: '' })),
    });
    return { policyPath: request.policy.path, policyFound: policy !== undefined, gates, report };
}
/** GitHub's limit on a commit status description. */
exports.STATUS_DESCRIPTION_LIMIT = 140;
/** Set `gitops-promote/gates` on `sha`; returns whether GitHub took it (a warning otherwise). */
async function trySetGatesStatus(api, repository, sha, status, log) {
    const description = status.description.length > exports.STATUS_DESCRIPTION_LIMIT
        ? `${status.description.slice(0, exports.STATUS_DESCRIPTION_LIMIT - 1)}…`
        : status.description;
    try {
        await api.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
            ...repository,
            sha,
            state: status.state,
            context: exports.GATES_STATUS_CONTEXT,
            description,
            ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
        });
        log.info(`Set ${exports.GATES_STATUS_CONTEXT} to ${status.state} on ${sha}: ${(0, errors_js_1.clip)(description)}`);
        return true;
    }
    catch (error) {
        const code = (0, github_api_js_1.httpStatusOf)(error);
        if (code === undefined)
            throw error;
        log.warning(`Could not set the ${exports.GATES_STATUS_CONTEXT} status on ${sha} (GitHub answered ${code}); ` +
            "the token needs 'statuses: write'.");
        return false;
    }
}
/**
 * Nothing may go: the pull request an earlier run opened on `branch` (if one is open) gets the
 * verdict on its head, so a freeze that began after it was opened blocks its merge. The branch
 * itself is not touched. `known` is the branch and pull request as the promotion read them with
 * its base (no request then). Returns the pull request number, if any.
 */
async function tryMarkOpenPullRequest(api, repository, branch, status, log, known) {
    const open = known ? known.pull : await (0, pull_requests_js_1.findOpenPullRequest)(api, repository, branch);
    const head = !open
        ? undefined
        : known
            ? known.branch?.sha
            : await (0, repository_reader_js_1.readBranchHead)(api, repository, branch);
    if (!open || head === undefined)
        return undefined;
    await trySetGatesStatus(api, repository, head, status, log);
    return open.number;
}


/***/ }),

/***/ 1914:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Wall-clock time in a named IANA time zone, with `Intl.DateTimeFormat` alone (no dependency:
 * the runtime carries the tz database). Weekly freeze windows are wall-clock times, so a
 * window `Fri 16:00`–`Mon 08:00` in Europe/Berlin stays at 16:00 local across a DST change.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseWeeklyTime = parseWeeklyTime;
exports.localTime = localTime;
exports.zonedInstant = zonedInstant;
exports.minuteOfWeek = minuteOfWeek;
exports.nextWeeklyTime = nextWeeklyTime;
exports.inWeeklyWindow = inWeeklyWindow;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** `Fri 16:00` (the schema has checked the form). */
function parseWeeklyTime(text) {
    const [name = '', clock = '0:0'] = text.split(' ');
    const day = DAYS.indexOf(name);
    const [hour = 0, minute = 0] = clock.split(':').map(Number);
    return { text, day, hour, minute, minuteOfWeek: day * 1440 + hour * 60 + minute };
}
const formatters = new Map();
function formatter(zone) {
    let found = formatters.get(zone);
    if (!found) {
        found = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            weekday: 'short',
        });
        formatters.set(zone, found);
    }
    return found;
}
/** The wall-clock fields of `instant` in `zone`. */
function localTime(instant, zone) {
    const parts = {};
    for (const part of formatter(zone).formatToParts(instant))
        parts[part.type] = part.value;
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        weekday: DAYS.indexOf(parts.weekday),
        hour: Number(parts.hour),
        minute: Number(parts.minute),
        second: Number(parts.second),
    };
}
/** The zone's offset from UTC at `instant`, in milliseconds. */
function offsetMs(instant, zone) {
    const t = localTime(instant, zone);
    const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
    return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}
/**
 * The instant a wall-clock time happens in `zone`. A time skipped by a spring-forward change
 * resolves to the instant after the gap (02:30 becomes 03:30); a repeated one to its first.
 */
function zonedInstant(local, zone) {
    const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
    const day = 86_400_000;
    // The offsets around the wall time: the one before a change and the one after it.
    const candidates = [guess, guess - day, guess + day].map((probe) => guess - offsetMs(new Date(probe), zone));
    const reads = (t) => {
        const l = localTime(new Date(t), zone);
        return l.day === local.day && l.hour === local.hour && l.minute === local.minute;
    };
    const matching = candidates.filter(reads);
    // Both read the wall time in a repeated hour (take the first); neither in a skipped one
    // (take the later candidate, which is the same offset past the gap).
    return new Date(matching.length > 0 ? Math.min(...matching) : Math.max(...candidates));
}
/** Minutes since Sunday 00:00, local to `zone`. */
function minuteOfWeek(instant, zone) {
    const t = localTime(instant, zone);
    return t.weekday * 1440 + t.hour * 60 + t.minute;
}
/** The first instant after `instant` at which the zone's wall clock reads `time`. */
function nextWeeklyTime(instant, time, zone) {
    const t = localTime(instant, zone);
    const now = t.weekday * 1440 + t.hour * 60 + t.minute;
    let days = (time.day - t.weekday + 7) % 7;
    if (days === 0 && time.hour * 60 + time.minute <= now)
        days = 7;
    const date = new Date(Date.UTC(t.year, t.month - 1, t.day + days));
    const at = zonedInstant({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: time.hour,
        minute: time.minute,
    }, zone);
    // A DST gap can land the computed instant back at or before `instant`; the next week then.
    return at.getTime() > instant.getTime()
        ? at
        : nextWeeklyTime(new Date(at.getTime() + 60_000), time, zone);
}
/** Whether a weekly window [start, end) holds `instant`; a window may wrap over the week's end. */
function inWeeklyWindow(instant, window, zone) {
    const m = minuteOfWeek(instant, zone);
    const { start, end } = window;
    if (start.minuteOfWeek < end.minuteOfWeek)
        return m >= start.minuteOfWeek && m < end.minuteOfWeek;
    return m >= start.minuteOfWeek || m < end.minuteOfWeek;
}


/***/ }),

/***/ 60226:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubQueryError = exports.GitHubRequestError = void 0;
exports.permissionFor = permissionFor;
exports.graphqlPermission = graphqlPermission;
exports.graphqlRoute = graphqlRoute;
exports.explainRefusal = explainRefusal;
exports.isRateLimit = isRateLimit;
exports.explainGraphqlError = explainGraphqlError;
exports.explainingGitHubApi = explainingGitHubApi;
/**
 * GitHub errors that name what was asked: a `Not Found` (GitHub's answer to a token that cannot
 * see a repository, too) or a `Forbidden` says which request, on which repository, and which
 * permission the token likely lacks, instead of `Not Found - <docs link>`. The error keeps the
 * HTTP status, so callers that treat a 404 as "absent" (a branch not yet created) still do.
 *
 * GraphQL says the same in its own way: an HTTP 401 for a refused token, but a 200 whose
 * `errors` have the type NOT_FOUND (GraphQL's 404: a repository the token cannot see) or
 * FORBIDDEN (its 403), and RATE_LIMITED for its rate limit. Those are explained as the REST
 * answers are, with GitHub's own message quoted; the errors are kept on the explained error.
 * A rate limit the client gave up waiting for (REST or GraphQL) is explained as one, not as a
 * missing permission.
 */
const errors_js_1 = __webpack_require__(37638);
const github_api_js_1 = __webpack_require__(82053);
/** A REST request GitHub refused, explained; `status` is GitHub's. */
class GitHubRequestError extends errors_js_1.PromoteError {
    status;
    route;
    name = 'GitHubRequestError';
    constructor(status, route, message) {
        super(message);
        this.status = status;
        this.route = route;
    }
}
exports.GitHubRequestError = GitHubRequestError;
/** A GraphQL request GitHub refused, explained; `errors` are GraphQL's, as Octokit gives them. */
class GitHubQueryError extends GitHubRequestError {
    errors;
    name = 'GitHubQueryError';
    constructor(status, route, message, errors) {
        super(status, route, message);
        this.errors = errors;
    }
}
exports.GitHubQueryError = GitHubQueryError;
const EXPLAINED = new Set([401, 403, 404]);
/** The REST status a GraphQL error type stands for. */
const GRAPHQL_STATUS = { NOT_FOUND: 404, FORBIDDEN: 403 };
/** The fine-grained permission a route needs: `contents: write`, `pull-requests: write`… */
function permissionFor(route) {
    const [method = 'GET', path = ''] = route.split(' ');
    const writes = method !== 'GET' && method !== 'HEAD';
    if (/\/(pulls|requested_reviewers|labels)\b/.test(path))
        return 'pull-requests: write';
    if (/\/actions\//.test(path))
        return 'actions: read';
    if (/\/(git|contents|branches|commits)\b/.test(path))
        return `contents: ${writes ? 'write' : 'read'}`;
    if (path === '/repos/{owner}/{repo}')
        return 'metadata: read (access to the repository)';
    return writes ? 'contents: write' : 'contents: read';
}
/** The permissions a GraphQL operation of the promotion needs, by its operation type. */
function graphqlPermission(route) {
    return route.includes(' mutation ')
        ? 'pull-requests: write'
        : 'contents: read and pull-requests: read';
}
/** `GraphQL query <name>` (or `mutation`), from the document's first operation. */
function graphqlRoute(query) {
    const [, type = 'query', name = 'anonymous'] = /^\s*(query|mutation)\s*(\w+)?/.exec(query) ?? [];
    return `GraphQL ${type} ${name}`;
}
/** The message of a refused request, naming the route, the repository and the permission. */
function explainRefusal(status, route, repository, graphql) {
    const name = (0, github_api_js_1.fullName)(repository);
    const answer = status === 404 ? 'Not Found' : status === 401 ? 'Unauthorized' : 'Forbidden';
    const permission = graphql?.permission ?? permissionFor(route);
    const why = status === 401
        ? 'the token is not valid (expired, revoked, or not a token)'
        : `the repository ${name} or what was asked does not exist, or the token cannot see it; ` +
            `the token likely lacks ${permission} on ${name} (a GitHub App must be installed ` +
            'on the repository, and GITHUB_TOKEN reaches only the repository of the workflow)';
    const said = graphql?.said ? ` (${graphql.said})` : '';
    return `GitHub answered ${status} ${answer} to ${route} for ${name}${said}: ${why}.`;
}
/** Whether the error is a rate limit the client stopped waiting for (REST or GraphQL). */
function isRateLimit(error) {
    const status = (0, github_api_js_1.httpStatusOf)(error);
    const message = error instanceof Error ? error.message : '';
    const errors = graphqlErrors(error);
    return (errors.some((e) => e.type === 'RATE_LIMITED') ||
        ((status === 403 || status === 429 || status === undefined) && /rate limit/i.test(message)));
}
function explainRateLimit(route, repository, error) {
    const said = graphqlErrors(error)[0]?.message ?? error.message;
    return (`GitHub's rate limit stopped ${route} for ${(0, github_api_js_1.fullName)(repository)} (${said}), and waiting ` +
        'for it was given up: run again after the limit resets (a GitHub App token has a higher ' +
        'limit than GITHUB_TOKEN, and other jobs with the same token share it).');
}
/** The `errors` of a GraphQL answer, as Octokit or the throttling plugin attach them. */
function graphqlErrors(error) {
    const holder = error;
    const errors = holder?.errors ?? holder?.data?.errors;
    return Array.isArray(errors) ? errors : [];
}
/** The explained form of a failed GraphQL request, or undefined to pass it on as it is. */
function explainGraphqlError(error, query, repository) {
    const route = graphqlRoute(query);
    const errors = graphqlErrors(error);
    if (isRateLimit(error))
        return new GitHubQueryError((0, github_api_js_1.httpStatusOf)(error) ?? 403, route, explainRateLimit(route, repository, error), errors);
    const status = (0, github_api_js_1.httpStatusOf)(error);
    const refused = errors.find((e) => e.type !== undefined && e.type in GRAPHQL_STATUS);
    const asRest = refused?.type ? GRAPHQL_STATUS[refused.type] : undefined;
    const explained = status !== undefined && EXPLAINED.has(status) ? status : asRest;
    if (explained === undefined)
        return undefined;
    const said = refused ? `GraphQL ${refused.type}: ${refused.message}` : '';
    const message = explainRefusal(explained, route, repository, {
        permission: graphqlPermission(route),
        said,
    });
    return new GitHubQueryError(explained, route, message, errors);
}
/**
 * `api` whose refused requests on `repository` throw a GitHubRequestError (a GitHubQueryError
 * for GraphQL, which keeps GraphQL's `errors`).
 */
function explainingGitHubApi(api, repository) {
    return {
        async request(route, params) {
            try {
                return await api.request(route, params);
            }
            catch (error) {
                const status = (0, github_api_js_1.httpStatusOf)(error);
                if (isRateLimit(error))
                    throw new GitHubRequestError(status ?? 403, route, explainRateLimit(route, repository, error));
                if (status === undefined || !EXPLAINED.has(status))
                    throw error;
                throw new GitHubRequestError(status, route, explainRefusal(status, route, repository));
            }
        },
        async graphql(query, variables) {
            try {
                return await api.graphql(query, variables);
            }
            catch (error) {
                throw explainGraphqlError(error, query, repository) ?? error;
            }
        },
    };
}


/***/ }),

/***/ 98507:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.liftHold = liftHold;
/**
 * Lifting a hold: the holds file's text with the entries of one service in one environment
 * removed, every other byte (comments, blank lines, quoting, the other entries) unchanged.
 * Found with the parser's ranges, cut by whole lines, then re-parsed and checked to hold
 * exactly the other entries; otherwise nothing is returned but an error. Pure: text in, text out.
 */
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(37638);
const holds_js_1 = __webpack_require__(86569);
const matches = (hold, key) => hold.service === key.service && hold.environment === key.environment;
/** The whole lines an entry is written on: from its `- ` line to the end of its last line. */
function entryLines(path, text, item) {
    const [start, end] = item.range ?? [0, 0];
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (!/^[ ]*-[ ]+$/.test(text.slice(lineStart, start)))
        throw new errors_js_1.FileError(path, 0, "needs each hold as a block list entry ('- service: …' on its own line) to lift it; " +
            'nothing was written');
    if (text[end - 1] === '\n')
        return [lineStart, end];
    const lineEnd = text.indexOf('\n', end);
    return [lineStart, lineEnd === -1 ? text.length : lineEnd + 1];
}
/** The block list's entries as the lines they are written on. */
function entrySpans(path, text) {
    const doc = (0, yaml_1.parseDocument)(text, { keepSourceTokens: true });
    const holds = doc.contents && 'get' in doc.contents ? doc.contents.get('holds', true) : null;
    if (!(0, yaml_1.isSeq)(holds))
        return [];
    if (holds.flow && holds.items.length > 0)
        throw new errors_js_1.FileError(path, 0, "needs 'holds:' as a block list (one '- service: …' entry per line) to lift a hold; " +
            'nothing was written');
    return holds.items.map((item) => entryLines(path, text, item));
}
/**
 * Remove every entry of `key` from the holds file `text`, byte-exactly; the result is checked
 * to read back as the other entries, in order, else this throws and nothing should be written.
 */
function liftHold(path, text, key) {
    const current = (0, holds_js_1.parseHolds)(path, text);
    const lifted = current.holds.filter((hold) => matches(hold, key));
    if (text === undefined || lifted.length === 0)
        return { text: text ?? '', lifted: [] };
    const spans = entrySpans(path, text);
    if (spans.length !== current.holds.length)
        throw new errors_js_1.FileError(path, 0, 'its entries could not be located; nothing was written');
    let result = text;
    for (let i = spans.length - 1; i >= 0; i -= 1) {
        const [start, end] = spans[i];
        if (matches(current.holds[i], key))
            result = result.slice(0, start) + result.slice(end);
    }
    const kept = current.holds.filter((hold) => !matches(hold, key));
    if (JSON.stringify((0, holds_js_1.parseHolds)(path, result).holds) !== JSON.stringify(kept))
        throw new errors_js_1.FileError(path, 0, 'lifting the hold would not read back as the other entries');
    return { text: result, lifted };
}


/***/ }),

/***/ 1265:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.holdsSchema = exports.DEFAULT_HOLDS_FILE = exports.HOLDS_SCHEMA_ID = void 0;
/**
 * The JSON Schema of the holds file (`.gitops-promote/holds.yaml`): the services a rollback
 * pinned in an environment, so that automation does not put the rolled-back image straight
 * back. The published copy, `schemas/holds.schema.json`, and the standalone validator are
 * generated from this object (`npm run generate`), and a test keeps them equal.
 */
const component_tags_schema_js_1 = __webpack_require__(5512);
exports.HOLDS_SCHEMA_ID = 'https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/holds.schema.json';
/** The default path of the holds file in the config repository. */
exports.DEFAULT_HOLDS_FILE = '.gitops-promote/holds.yaml';
exports.holdsSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: exports.HOLDS_SCHEMA_ID,
    title: 'holds.yaml',
    description: 'Services held in an environment after a rollback: while an entry stands, bump-values and open-promotion-pr skip that service there. Delete the entry to lift the hold.',
    type: 'object',
    required: ['holds'],
    additionalProperties: false,
    properties: {
        holds: {
            type: 'array',
            items: {
                type: 'object',
                description: 'One hold: a service in an environment, and the rollback that set it.',
                required: ['service', 'environment', 'reason', 'commit', 'created'],
                additionalProperties: false,
                properties: {
                    service: { type: 'string', pattern: component_tags_schema_js_1.SERVICE_NAME_PATTERN },
                    // Patterns, not minLength: ajv's standalone code for a length check needs its runtime module.
                    environment: { type: 'string', pattern: '^[^\\s/]+$' },
                    digest: {
                        type: 'string',
                        pattern: component_tags_schema_js_1.DIGEST_PATTERN,
                        description: 'The digest that was rolled back (the one not to go back to).',
                    },
                    tag: {
                        type: 'string',
                        pattern: component_tags_schema_js_1.TAG_PATTERN,
                        description: 'The tag that was rolled back.',
                    },
                    reason: { type: 'string', pattern: '\\S' },
                    commit: {
                        type: 'string',
                        pattern: '^[a-f0-9]{7,64}$',
                        description: 'The commit the rollback reverted.',
                    },
                    created: {
                        type: 'string',
                        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$',
                        description: 'When the hold was written (UTC, ISO 8601).',
                    },
                },
            },
        },
    },
};


/***/ }),

/***/ 56483:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.holdsEntry = holdsEntry;
exports.readHoldsAtBase = readHoldsAtBase;
exports.withoutHeld = withoutHeld;
const holds_js_1 = __webpack_require__(86569);
const repository_reader_js_1 = __webpack_require__(32599);
/** The holds file's entry in the base tree; undefined when there is none. */
function holdsEntry(entries, path) {
    return entries.find((e) => e.path === path && e.type === 'blob');
}
/** Read and validate the holds file from the base tree (absent: no holds); `known`: read ahead. */
async function readHoldsAtBase(api, repository, entries, path, known) {
    const entry = holdsEntry(entries, path);
    if (!entry)
        return { file: (0, holds_js_1.parseHolds)(path, undefined) };
    const [source] = await (0, repository_reader_js_1.readFileTexts)(api, repository, [entry], known);
    const text = source?.text ?? '';
    return { file: (0, holds_js_1.parseHolds)(path, text), text, mode: entry.mode };
}
/** The services that may move in `environment`: held ones dropped with a notice each. */
function withoutHeld(componentTags, holds, setting, environment, log) {
    const split = (0, holds_js_1.splitHeld)(componentTags, holds, environment);
    if (setting.ignore) {
        for (const { service } of split.held)
            log.warning(`Service '${service}' is held in '${environment}' by ${holds.path}; 'ignore-holds' is true, so it moves anyway.`);
        return componentTags;
    }
    for (const { hold } of split.held)
        log.warning((0, holds_js_1.holdNotice)(holds, hold));
    return split.free;
}


/***/ }),

/***/ 19950:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tryReadImageRevision = tryReadImageRevision;
/**
 * The source commit an image was built from: the `org.opencontainers.image.revision` label of
 * its config blob (of an index: of its first platform image, attestations skipped), read
 * through the registry client. Best-effort: a missing label, an image the registry does not
 * have or a registry that cannot be reached gives a note, never a throw.
 */
const source_labels_js_1 = __webpack_require__(99493);
const markdown_js_1 = __webpack_require__(12712);
const registry_lookup_js_1 = __webpack_require__(28969);
/** `ghcr.io/acme/api@sha256:0123456789ab…` in inline code, for notes. */
function shown(repository, digest) {
    return (0, markdown_js_1.inlineCode)(`${repository}@${(0, markdown_js_1.shortDigest)(digest)}`);
}
/** The config blob digest of the image at `target`, or why there is none. */
async function configDigestOf(registry, target) {
    const found = await registry.lookupManifest(target);
    if (found.status !== 'present')
        return { problem: `cannot be read (${found.message})` };
    const { manifest } = found;
    if (manifest.kind === 'manifest')
        return manifest.config ? { digest: manifest.config.digest } : { problem: 'has no config' };
    const first = manifest.manifests.find((m) => !m.attestation);
    if (first === undefined)
        return { problem: 'is an index without a platform image' };
    return configDigestOf(registry, { ...target, reference: first.digest });
}
async function readRevision(registry, repository, digest) {
    const image = shown(repository, digest);
    const target = (0, registry_lookup_js_1.manifestTarget)(`${repository}@${digest}`);
    const config = await configDigestOf(registry, target);
    if ('problem' in config)
        return { kind: 'unknown', note: `the image ${image} ${config.problem}` };
    const blob = await registry.fetchBlob(target, config.digest);
    if (blob.status !== 'present')
        return { kind: 'unknown', note: `the config of ${image} cannot be read (${blob.message})` };
    const { revision } = (0, source_labels_js_1.sourceLabelsOf)(blob.body);
    if (revision === undefined)
        return {
            kind: 'unknown',
            note: `the image ${image} has no ${(0, markdown_js_1.inlineCode)(source_labels_js_1.REVISION_LABEL)} label`,
        };
    return { kind: 'found', revision };
}
/**
 * The revision label of `repository@digest`; never throws: a reference that does not parse or a
 * registry error is a note naming the image.
 */
async function tryReadImageRevision(registry, repository, digest) {
    try {
        return await readRevision(registry, repository, digest);
    }
    catch (error) {
        if (!(error instanceof Error))
            throw error;
        return {
            kind: 'unknown',
            note: `the image ${shown(repository, digest)} cannot be read (${error.message})`,
        };
    }
}


/***/ }),

/***/ 59567:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.imagesAsComponentTags = exports.environmentImages = exports.promoteEnvironment = exports.previewPromotion = exports.previewEnvironmentPromotion = exports.rollbackTitle = exports.rollbackBranch = exports.ROLLBACK_LABEL = exports.openRollback = exports.RollbackConflictError = exports.readRevertTarget = exports.parseRevert = exports.findLaterCommit = exports.rollbackHolds = exports.RollbackError = exports.planRollback = exports.findRollbackConflicts = exports.changesOfServices = exports.changedFilePaths = exports.withoutHeld = exports.readHoldsAtBase = exports.liftHold = exports.checkRepositoryPath = exports.splitHeld = exports.parseHolds = exports.holdNotice = exports.addHolds = exports.activeHold = exports.holdsSchema = exports.HOLDS_SCHEMA_ID = exports.DEFAULT_HOLDS_FILE = exports.sourceCommitCell = exports.serviceList = exports.reviewTable = exports.reviewRows = exports.pullRequestTitle = exports.pullRequestBody = exports.MAX_BODY = exports.inertJson = exports.selectPromotionFiles = exports.planPromotion = exports.promotionBranch = exports.environmentPromotionBranch = exports.checkBranchName = exports.branchNameProblem = exports.httpStatusOf = exports.graphqlErrorsOf = exports.fullName = exports.promotionLabels = exports.openPromotion = void 0;
exports.policySetting = exports.gatesRun = exports.gatesJson = exports.gatesSummary = exports.trySetGatesStatus = exports.tryMarkOpenPullRequest = exports.readPolicyAtBase = exports.readBase = exports.GATES_STATUS_CONTEXT = exports.explainGates = exports.readGateFacts = exports.readCheckStates = exports.openedStatus = exports.gatesStatus = exports.freezeEndsAt = exports.formatAge = exports.evaluateGates = exports.describeWindow = exports.parsePolicy = exports.gatesFor = exports.durationMs = exports.policySchema = exports.POLICY_SCHEMA_ID = exports.DEFAULT_POLICY_FILE = exports.tryReadImageRevision = exports.serviceMoves = exports.readPromotionContents = exports.tryReadSourceCommits = exports.sourceCommitsSection = exports.MAX_LISTED_COMMITS = exports.readEnvironmentImages = void 0;
/**
 * Promotion: plan a bump of an environment over a tree read through the API, write it as one
 * verified commit and open or update its pull request. The contract is `openPromotion` with
 * its request, result and ports (`GitHubApi`, `PromotionLog`); the rest are the pieces a front
 * end needs to name a branch and show the result.
 */
var open_promotion_js_1 = __webpack_require__(46179);
Object.defineProperty(exports, "openPromotion", ({ enumerable: true, get: function () { return open_promotion_js_1.openPromotion; } }));
Object.defineProperty(exports, "promotionLabels", ({ enumerable: true, get: function () { return open_promotion_js_1.promotionLabels; } }));
var github_api_js_1 = __webpack_require__(82053);
Object.defineProperty(exports, "fullName", ({ enumerable: true, get: function () { return github_api_js_1.fullName; } }));
Object.defineProperty(exports, "graphqlErrorsOf", ({ enumerable: true, get: function () { return github_api_js_1.graphqlErrorsOf; } }));
Object.defineProperty(exports, "httpStatusOf", ({ enumerable: true, get: function () { return github_api_js_1.httpStatusOf; } }));
var promotion_branch_js_1 = __webpack_require__(70619);
Object.defineProperty(exports, "branchNameProblem", ({ enumerable: true, get: function () { return promotion_branch_js_1.branchNameProblem; } }));
Object.defineProperty(exports, "checkBranchName", ({ enumerable: true, get: function () { return promotion_branch_js_1.checkBranchName; } }));
Object.defineProperty(exports, "environmentPromotionBranch", ({ enumerable: true, get: function () { return promotion_branch_js_1.environmentPromotionBranch; } }));
Object.defineProperty(exports, "promotionBranch", ({ enumerable: true, get: function () { return promotion_branch_js_1.promotionBranch; } }));
var promotion_plan_js_1 = __webpack_require__(51768);
Object.defineProperty(exports, "planPromotion", ({ enumerable: true, get: function () { return promotion_plan_js_1.planPromotion; } }));
Object.defineProperty(exports, "selectPromotionFiles", ({ enumerable: true, get: function () { return promotion_plan_js_1.selectPromotionFiles; } }));
var pull_request_text_js_1 = __webpack_require__(65926);
Object.defineProperty(exports, "inertJson", ({ enumerable: true, get: function () { return pull_request_text_js_1.inertJson; } }));
Object.defineProperty(exports, "MAX_BODY", ({ enumerable: true, get: function () { return pull_request_text_js_1.MAX_BODY; } }));
Object.defineProperty(exports, "pullRequestBody", ({ enumerable: true, get: function () { return pull_request_text_js_1.pullRequestBody; } }));
Object.defineProperty(exports, "pullRequestTitle", ({ enumerable: true, get: function () { return pull_request_text_js_1.pullRequestTitle; } }));
Object.defineProperty(exports, "reviewRows", ({ enumerable: true, get: function () { return pull_request_text_js_1.reviewRows; } }));
Object.defineProperty(exports, "reviewTable", ({ enumerable: true, get: function () { return pull_request_text_js_1.reviewTable; } }));
Object.defineProperty(exports, "serviceList", ({ enumerable: true, get: function () { return pull_request_text_js_1.serviceList; } }));
Object.defineProperty(exports, "sourceCommitCell", ({ enumerable: true, get: function () { return pull_request_text_js_1.sourceCommitCell; } }));
var holds_schema_js_1 = __webpack_require__(1265);
Object.defineProperty(exports, "DEFAULT_HOLDS_FILE", ({ enumerable: true, get: function () { return holds_schema_js_1.DEFAULT_HOLDS_FILE; } }));
Object.defineProperty(exports, "HOLDS_SCHEMA_ID", ({ enumerable: true, get: function () { return holds_schema_js_1.HOLDS_SCHEMA_ID; } }));
Object.defineProperty(exports, "holdsSchema", ({ enumerable: true, get: function () { return holds_schema_js_1.holdsSchema; } }));
var holds_js_1 = __webpack_require__(86569);
Object.defineProperty(exports, "activeHold", ({ enumerable: true, get: function () { return holds_js_1.activeHold; } }));
Object.defineProperty(exports, "addHolds", ({ enumerable: true, get: function () { return holds_js_1.addHolds; } }));
Object.defineProperty(exports, "holdNotice", ({ enumerable: true, get: function () { return holds_js_1.holdNotice; } }));
Object.defineProperty(exports, "parseHolds", ({ enumerable: true, get: function () { return holds_js_1.parseHolds; } }));
Object.defineProperty(exports, "splitHeld", ({ enumerable: true, get: function () { return holds_js_1.splitHeld; } }));
var repository_path_js_1 = __webpack_require__(60839);
Object.defineProperty(exports, "checkRepositoryPath", ({ enumerable: true, get: function () { return repository_path_js_1.checkRepositoryPath; } }));
var holds_lift_js_1 = __webpack_require__(98507);
Object.defineProperty(exports, "liftHold", ({ enumerable: true, get: function () { return holds_lift_js_1.liftHold; } }));
var holds_source_js_1 = __webpack_require__(56483);
Object.defineProperty(exports, "readHoldsAtBase", ({ enumerable: true, get: function () { return holds_source_js_1.readHoldsAtBase; } }));
Object.defineProperty(exports, "withoutHeld", ({ enumerable: true, get: function () { return holds_source_js_1.withoutHeld; } }));
var rollback_plan_js_1 = __webpack_require__(7083);
Object.defineProperty(exports, "changedFilePaths", ({ enumerable: true, get: function () { return rollback_plan_js_1.changedFilePaths; } }));
Object.defineProperty(exports, "changesOfServices", ({ enumerable: true, get: function () { return rollback_plan_js_1.changesOfServices; } }));
Object.defineProperty(exports, "findRollbackConflicts", ({ enumerable: true, get: function () { return rollback_plan_js_1.findRollbackConflicts; } }));
Object.defineProperty(exports, "planRollback", ({ enumerable: true, get: function () { return rollback_plan_js_1.planRollback; } }));
Object.defineProperty(exports, "RollbackError", ({ enumerable: true, get: function () { return rollback_plan_js_1.RollbackError; } }));
Object.defineProperty(exports, "rollbackHolds", ({ enumerable: true, get: function () { return rollback_plan_js_1.rollbackHolds; } }));
var revert_target_js_1 = __webpack_require__(35287);
Object.defineProperty(exports, "findLaterCommit", ({ enumerable: true, get: function () { return revert_target_js_1.findLaterCommit; } }));
Object.defineProperty(exports, "parseRevert", ({ enumerable: true, get: function () { return revert_target_js_1.parseRevert; } }));
Object.defineProperty(exports, "readRevertTarget", ({ enumerable: true, get: function () { return revert_target_js_1.readRevertTarget; } }));
Object.defineProperty(exports, "RollbackConflictError", ({ enumerable: true, get: function () { return revert_target_js_1.RollbackConflictError; } }));
var open_rollback_js_1 = __webpack_require__(44260);
Object.defineProperty(exports, "openRollback", ({ enumerable: true, get: function () { return open_rollback_js_1.openRollback; } }));
Object.defineProperty(exports, "ROLLBACK_LABEL", ({ enumerable: true, get: function () { return open_rollback_js_1.ROLLBACK_LABEL; } }));
Object.defineProperty(exports, "rollbackBranch", ({ enumerable: true, get: function () { return open_rollback_js_1.rollbackBranch; } }));
Object.defineProperty(exports, "rollbackTitle", ({ enumerable: true, get: function () { return open_rollback_js_1.rollbackTitle; } }));
var promote_environment_js_1 = __webpack_require__(35535);
Object.defineProperty(exports, "previewEnvironmentPromotion", ({ enumerable: true, get: function () { return promote_environment_js_1.previewEnvironmentPromotion; } }));
Object.defineProperty(exports, "previewPromotion", ({ enumerable: true, get: function () { return promote_environment_js_1.previewPromotion; } }));
Object.defineProperty(exports, "promoteEnvironment", ({ enumerable: true, get: function () { return promote_environment_js_1.promoteEnvironment; } }));
var environment_images_js_1 = __webpack_require__(24457);
Object.defineProperty(exports, "environmentImages", ({ enumerable: true, get: function () { return environment_images_js_1.environmentImages; } }));
Object.defineProperty(exports, "imagesAsComponentTags", ({ enumerable: true, get: function () { return environment_images_js_1.imagesAsComponentTags; } }));
Object.defineProperty(exports, "readEnvironmentImages", ({ enumerable: true, get: function () { return environment_images_js_1.readEnvironmentImages; } }));
var source_commits_js_1 = __webpack_require__(87217);
Object.defineProperty(exports, "MAX_LISTED_COMMITS", ({ enumerable: true, get: function () { return source_commits_js_1.MAX_LISTED_COMMITS; } }));
Object.defineProperty(exports, "sourceCommitsSection", ({ enumerable: true, get: function () { return source_commits_js_1.sourceCommitsSection; } }));
Object.defineProperty(exports, "tryReadSourceCommits", ({ enumerable: true, get: function () { return source_commits_js_1.tryReadSourceCommits; } }));
var promotion_contents_js_1 = __webpack_require__(12049);
Object.defineProperty(exports, "readPromotionContents", ({ enumerable: true, get: function () { return promotion_contents_js_1.readPromotionContents; } }));
Object.defineProperty(exports, "serviceMoves", ({ enumerable: true, get: function () { return promotion_contents_js_1.serviceMoves; } }));
var image_revision_js_1 = __webpack_require__(19950);
Object.defineProperty(exports, "tryReadImageRevision", ({ enumerable: true, get: function () { return image_revision_js_1.tryReadImageRevision; } }));
var index_js_1 = __webpack_require__(2876);
Object.defineProperty(exports, "DEFAULT_POLICY_FILE", ({ enumerable: true, get: function () { return index_js_1.DEFAULT_POLICY_FILE; } }));
Object.defineProperty(exports, "POLICY_SCHEMA_ID", ({ enumerable: true, get: function () { return index_js_1.POLICY_SCHEMA_ID; } }));
Object.defineProperty(exports, "policySchema", ({ enumerable: true, get: function () { return index_js_1.policySchema; } }));
Object.defineProperty(exports, "durationMs", ({ enumerable: true, get: function () { return index_js_1.durationMs; } }));
Object.defineProperty(exports, "gatesFor", ({ enumerable: true, get: function () { return index_js_1.gatesFor; } }));
Object.defineProperty(exports, "parsePolicy", ({ enumerable: true, get: function () { return index_js_1.parsePolicy; } }));
Object.defineProperty(exports, "describeWindow", ({ enumerable: true, get: function () { return index_js_1.describeWindow; } }));
Object.defineProperty(exports, "evaluateGates", ({ enumerable: true, get: function () { return index_js_1.evaluateGates; } }));
Object.defineProperty(exports, "formatAge", ({ enumerable: true, get: function () { return index_js_1.formatAge; } }));
Object.defineProperty(exports, "freezeEndsAt", ({ enumerable: true, get: function () { return index_js_1.freezeEndsAt; } }));
Object.defineProperty(exports, "gatesStatus", ({ enumerable: true, get: function () { return index_js_1.gatesStatus; } }));
Object.defineProperty(exports, "openedStatus", ({ enumerable: true, get: function () { return index_js_1.openedStatus; } }));
Object.defineProperty(exports, "readCheckStates", ({ enumerable: true, get: function () { return index_js_1.readCheckStates; } }));
Object.defineProperty(exports, "readGateFacts", ({ enumerable: true, get: function () { return index_js_1.readGateFacts; } }));
Object.defineProperty(exports, "explainGates", ({ enumerable: true, get: function () { return index_js_1.explainGates; } }));
Object.defineProperty(exports, "GATES_STATUS_CONTEXT", ({ enumerable: true, get: function () { return index_js_1.GATES_STATUS_CONTEXT; } }));
Object.defineProperty(exports, "readBase", ({ enumerable: true, get: function () { return index_js_1.readBase; } }));
Object.defineProperty(exports, "readPolicyAtBase", ({ enumerable: true, get: function () { return index_js_1.readPolicyAtBase; } }));
Object.defineProperty(exports, "tryMarkOpenPullRequest", ({ enumerable: true, get: function () { return index_js_1.tryMarkOpenPullRequest; } }));
Object.defineProperty(exports, "trySetGatesStatus", ({ enumerable: true, get: function () { return index_js_1.trySetGatesStatus; } }));
Object.defineProperty(exports, "gatesSummary", ({ enumerable: true, get: function () { return index_js_1.gatesSummary; } }));
Object.defineProperty(exports, "gatesJson", ({ enumerable: true, get: function () { return index_js_1.gatesJson; } }));
Object.defineProperty(exports, "gatesRun", ({ enumerable: true, get: function () { return index_js_1.gatesRun; } }));
Object.defineProperty(exports, "policySetting", ({ enumerable: true, get: function () { return index_js_1.policySetting; } }));


/***/ }),

/***/ 46179:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promotionLabels = promotionLabels;
exports.readBaseOf = readBaseOf;
exports.planOnBase = planOnBase;
exports.commitOnBase = commitOnBase;
exports.openOrUpdate = openOrUpdate;
exports.finishPullRequest = finishPullRequest;
exports.openPromotion = openPromotion;
/**
 * Open or update the pull request that moves an environment: read the base through the API,
 * plan every edit before the first write, write one verified commit on the promotion branch,
 * then open or update its pull request. Idempotent: a re-run with the same input on the same
 * base writes nothing and reports `unchanged`.
 */
const change_trailers_js_1 = __webpack_require__(13793);
const bump_warnings_js_1 = __webpack_require__(51816);
const branch_writer_js_1 = __webpack_require__(45251);
const holds_source_js_1 = __webpack_require__(56483);
const github_api_js_1 = __webpack_require__(82053);
const bump_coverage_js_1 = __webpack_require__(61983);
const helm_overlays_js_1 = __webpack_require__(65792);
const github_errors_js_1 = __webpack_require__(60226);
const chart_files_js_1 = __webpack_require__(58849);
const promotion_plan_js_1 = __webpack_require__(51768);
const pull_requests_js_1 = __webpack_require__(33003);
const pull_request_text_js_1 = __webpack_require__(65926);
const promotion_contents_js_1 = __webpack_require__(12049);
const promotion_snapshot_js_1 = __webpack_require__(35039);
const repository_reader_js_1 = __webpack_require__(32599);
/** The labels of a promotion: the given ones, and `hotfix` for a hotfix. */
function promotionLabels(labels, hotfix) {
    return (0, pull_requests_js_1.missingNames)([...labels, ...(hotfix ? ['hotfix'] : [])], []);
}
/** A plan that changes nothing. */
function emptyPlan() {
    return {
        changes: [],
        files: [],
        services: [],
        skipped: [],
        leftAlone: [],
        unmatchedServices: [],
    };
}
/** The request's services less the held ones (each with its notice); all when no holds are read. */
async function servicesToMove(api, request, read, log) {
    if (!request.holds)
        return request.componentTags;
    const { entries } = read.tree;
    const holds = await (0, holds_source_js_1.readHoldsAtBase)(api, request.repository, entries, request.holds.path, read.texts);
    return (0, holds_source_js_1.withoutHeld)(request.componentTags, holds.file, request.holds, request.environment, log);
}
/** Read the snapshot (base, promotion branch, its pull request), then the base's tree. */
async function readBaseOf(api, request) {
    const snapshot = await (0, promotion_snapshot_js_1.readPromotionSnapshot)(api, request.repository, {
        base: request.base,
        branch: request.branch,
    });
    return { snapshot, tree: await (0, repository_reader_js_1.readTree)(api, request.repository, snapshot.baseHead.sha) };
}
/**
 * Read the base (unless `read` holds it already: a promotion between environments reads the
 * source on it first) and plan every edit; throws (before any write) when a file cannot be bumped.
 */
async function planOnBase(api, request, log, read) {
    const repository = request.repository;
    const baseRead = read ?? (await readBaseOf(api, request));
    const { snapshot, tree } = baseRead;
    const { base, baseHead } = snapshot;
    const baseSha = baseHead.sha;
    const selected = (0, promotion_plan_js_1.selectPromotionFiles)(tree.entries, request.filePatterns);
    log.info(`Base ${base} at ${baseSha}: ${selected.files.length} file(s) match 'files'.`);
    const componentTags = await servicesToMove(api, request, baseRead, log);
    const asked = Object.keys(request.componentTags);
    if (asked.length > 0 && Object.keys(componentTags).length === 0) {
        log.info(`Every service of this bump is held in '${request.environment}': nothing to plan.`);
        const plan = emptyPlan();
        return {
            base,
            baseSha,
            treeSha: tree.sha,
            plan,
            entries: tree.entries,
            promotion: { branch: snapshot.branch, pull: snapshot.pull },
            everyServiceHeld: asked,
        };
    }
    const files = await (0, repository_reader_js_1.readFileTexts)(api, repository, selected.files, baseRead.texts);
    const chartTree = await readChartTree(api, repository, tree.entries, files, {
        charts: Boolean(request.chartAppVersion),
    });
    const plan = (0, promotion_plan_js_1.planPromotion)({
        files,
        componentTags,
        write: request.write,
        tree: chartTree,
        allowDowngrade: request.allowDowngrade === true,
        ...(request.fluxNamespace ? { fluxNamespace: request.fluxNamespace } : {}),
        ...(request.chartAppVersion ? { chartAppVersion: request.chartAppVersion } : {}),
    });
    for (const occ of plan.leftAlone)
        log.info(`Left alone ${occ.file}:${occ.line}: its Flux marker names the policy '${occ.policy}', ` +
            `not in namespace '${request.fluxNamespace?.namespace ?? ''}' (flux-namespace).`);
    for (const skipped of plan.skipped)
        log.warning((0, bump_warnings_js_1.skippedImageWarning)(skipped.reason), skipped);
    const warnings = (0, bump_coverage_js_1.checkCoverage)({
        unmatchedPatterns: selected.unmatchedPatterns,
        matchedFiles: selected.files.length,
        unmatchedServices: plan.unmatchedServices,
        allowEmpty: request.allowEmpty === true,
        failOnMissing: request.failOnMissing === true,
        where: `${(0, github_api_js_1.fullName)(repository)}@${base}`,
    });
    for (const warning of warnings)
        log.warning(warning);
    const promotion = { branch: snapshot.branch, pull: snapshot.pull };
    return { base, baseSha, treeSha: tree.sha, plan, entries: tree.entries, promotion };
}
/** The `Chart.yaml` of each chart that holds one of `files`. */
function chartFilesOf(files, paths) {
    const charts = files.map((f) => (0, chart_files_js_1.chartDirOf)(f, paths));
    return [...new Set(charts.filter((c) => c !== undefined).map((c) => (0, chart_files_js_1.joinPath)(c, 'Chart.yaml')))];
}
/**
 * The base tree's paths and the texts of the matched files, plus the chart `values.yaml` files
 * that matched Helm overlays are read over (one more read only when there are such overlays).
 */
async function readChartTree(api, repository, entries, files, also) {
    const blobs = entries.filter((e) => e.type === 'blob');
    const paths = new Set(blobs.map((e) => e.path));
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const wanted = (0, helm_overlays_js_1.chartDefaultsNeeded)([...texts.keys()], paths);
    if (also.charts)
        wanted.push(...chartFilesOf([...texts.keys()], paths));
    const needed = new Set(wanted.filter((p) => !texts.has(p)));
    if (needed.size === 0)
        return { paths, texts };
    const defaults = blobs.filter((e) => needed.has(e.path));
    for (const file of await (0, repository_reader_js_1.readFileTexts)(api, repository, defaults))
        texts.set(file.path, file.text);
    return { paths, texts };
}
/** Nothing to change: say whether an earlier promotion's branch or pull request is still there. */
async function reportLeftAlone(api, request, state, log) {
    const open = state.promotion
        ? state.promotion.pull
        : await (0, pull_requests_js_1.findOpenPullRequest)(api, request.repository, request.branch);
    const branch = state.promotion
        ? state.promotion.branch
        : open
            ? undefined
            : await (0, repository_reader_js_1.readBranchHead)(api, request.repository, request.branch);
    if (open)
        log.info(`Pull request #${open.number} (${open.url}) from an earlier run is still open on ` +
            `${request.branch}; it is left alone. Close it if it is stale.`);
    else if (branch !== undefined)
        log.info(`Branch ${request.branch} from an earlier run still exists; it is left alone.`);
}
/** Make the branch hold the plan as one commit on the base head; reuse it when it already does. */
async function commitOnBase(api, request, state, message, log) {
    const repository = request.repository;
    const known = state.promotion?.branch;
    const head = state.promotion ? known?.sha : await (0, repository_reader_js_1.readBranchHead)(api, repository, request.branch);
    const tree = await (0, branch_writer_js_1.createTree)(api, repository, state.treeSha, state.plan.files);
    if (head !== undefined &&
        (0, branch_writer_js_1.isCurrent)(known ?? (await (0, branch_writer_js_1.readCommit)(api, repository, head)), tree, state.baseSha)) {
        log.info(`Branch ${request.branch} already holds this promotion at ${head}.`);
        return { sha: head, committed: false };
    }
    const sha = await (0, branch_writer_js_1.createCommit)(api, repository, { message, tree, parent: state.baseSha });
    await (0, branch_writer_js_1.pointBranch)(api, repository, request.branch, sha, head !== undefined);
    log.info(head === undefined
        ? `Created branch ${request.branch} at ${sha}.`
        : `Rebuilt branch ${request.branch} on ${state.base} at ${sha} (was ${head}).`);
    return { sha, committed: true };
}
/** Open the pull request, or bring the open one's title, body and base up to date. */
async function openOrUpdate(api, request, base, text, known) {
    const repository = request.repository;
    const found = known ? known.pull : await (0, pull_requests_js_1.findOpenPullRequest)(api, repository, request.branch);
    const { pull, created } = found
        ? { pull: found, created: false }
        : await (0, pull_requests_js_1.createPullRequest)(api, repository, {
            branch: request.branch,
            base,
            draft: request.draft,
            ...text,
        });
    if (created)
        return { pull, created, edited: false };
    const patch = {
        ...(pull.title !== text.title ? { title: text.title } : {}),
        ...(pull.body !== text.body ? { body: text.body } : {}),
        ...(pull.base !== base ? { base } : {}),
    };
    if (Object.keys(patch).length === 0)
        return { pull, created, edited: false };
    return {
        pull: await (0, pull_requests_js_1.updatePullRequest)(api, repository, pull.number, patch),
        created,
        edited: true,
    };
}
/** Labels, reviewers and auto-merge; returns whether labels were added and the auto-merge outcome. */
async function finishPullRequest(api, request, pull, commit, log) {
    const repository = request.repository;
    const labels = (0, pull_requests_js_1.missingNames)(promotionLabels(request.labels, request.hotfix), pull.labels);
    if (labels.length > 0)
        await (0, pull_requests_js_1.addLabels)(api, repository, pull.number, labels);
    if (commit.fresh || commit.committed) {
        const reviewers = (0, pull_requests_js_1.missingNames)(request.reviewers, [...pull.reviewers, pull.author]);
        const teams = (0, pull_requests_js_1.missingNames)(request.teamReviewers, pull.teams);
        if (reviewers.length + teams.length > 0)
            await (0, pull_requests_js_1.tryRequestReviewers)(api, repository, pull.number, { reviewers, teams }, log);
    }
    let autoMerge = 'off';
    if (request.autoMerge !== false && pull.autoMerge === request.autoMerge)
        autoMerge = 'already-enabled';
    else if (request.autoMerge !== false)
        autoMerge = (await (0, pull_requests_js_1.tryEnableAutoMerge)(api, pull, request.autoMerge, commit.sha, log))
            ? 'enabled'
            : 'refused';
    return { labelled: labels.length > 0, autoMerge };
}
/** The plan narrowed to the services the gates let go (re-planned), or `waiting` for none. */
async function planGated(api, request, state, log, read) {
    if (!request.gate || state.plan.changes.length === 0)
        return state;
    const { base, baseSha, entries } = state;
    const at = entries ? { base, baseSha, entries } : undefined;
    const allowed = new Set(await request.gate(state.plan.services, at));
    if (allowed.size === 0) {
        log.info(`No service may go to ${request.environment} yet (gates): nothing is written.`);
        return 'waiting';
    }
    if (state.plan.services.every((s) => allowed.has(s)))
        return state;
    const componentTags = Object.fromEntries(Object.entries(request.componentTags).filter(([service]) => allowed.has(service)));
    return planOnBase(api, { ...request, componentTags, gate: undefined }, log, read);
}
function waitingResult(planned) {
    const plan = emptyPlan();
    const { base, promotion } = planned;
    return {
        operation: 'waiting',
        base,
        branch: '',
        commitSha: '',
        plan,
        autoMerge: 'off',
        ...(promotion ? { promotion } : {}),
    };
}
/**
 * Plan on the current base (read here, or as `given` when the caller read it already), then
 * write the commit and the pull request (or nothing).
 */
async function openPromotion(client, request, log, given) {
    const api = (0, github_errors_js_1.explainingGitHubApi)(client, request.repository);
    const read = given ?? (await readBaseOf(api, request));
    const planned = await planOnBase(api, request, log, read);
    // A service the gates hold back is re-planned on the same base: one commit, read once.
    const gated = await planGated(api, request, planned, log, read);
    if (gated === 'waiting')
        return waitingResult(planned);
    const state = gated;
    const { base, plan } = state;
    if (plan.changes.length === 0) {
        log.info(`Nothing to change in ${(0, github_api_js_1.fullName)(request.repository)}@${base}: no branch, no pull request.`);
        await reportLeftAlone(api, request, state, log);
        const held = state.everyServiceHeld ? { everyServiceHeld: state.everyServiceHeld } : {};
        return { operation: 'none', base, branch: '', commitSha: '', plan, autoMerge: 'off', ...held };
    }
    const title = (0, pull_request_text_js_1.pullRequestTitle)({
        template: request.titleTemplate,
        ...request,
        services: plan.services,
    });
    const components = Object.fromEntries(plan.services.flatMap((s) => (request.componentTags[s] ? [[s, request.componentTags[s]]] : [])));
    const contents = request.contents
        ? await (0, promotion_contents_js_1.readPromotionContents)(request.contents, plan, components)
        : undefined;
    const body = (0, pull_request_text_js_1.pullRequestBody)({
        template: request.bodyTemplate,
        environment: request.environment,
        services: plan.services,
        changes: plan.changes,
        components,
        hotfix: request.hotfix,
        ...(request.source ? { source: request.source } : {}),
        ...(request.heading ? { heading: request.heading } : {}),
        ...(contents ? { contents: contents.markdown, revisions: contents.revisions } : {}),
    });
    const commit = await commitOnBase(api, request, state, (0, change_trailers_js_1.withChangeTrailers)(title, plan.changes), log);
    const opened = await openOrUpdate(api, request, base, { title, body }, state.promotion);
    const finished = await finishPullRequest(api, request, opened.pull, { ...commit, fresh: opened.created }, log);
    const changed = commit.committed || opened.edited || finished.labelled;
    return {
        operation: opened.created ? 'created' : changed ? 'updated' : 'unchanged',
        base,
        branch: request.branch,
        commitSha: commit.sha,
        plan,
        pullRequest: { number: opened.pull.number, url: opened.pull.url },
        autoMerge: finished.autoMerge,
        ...(contents ? { contents } : {}),
    };
}


/***/ }),

/***/ 44260:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROLLBACK_LABEL = void 0;
exports.rollbackBranch = rollbackBranch;
exports.rollbackTitle = rollbackTitle;
exports.openRollback = openRollback;
/**
 * Open or update the pull request that rolls an environment back: read what `revert` names,
 * check that no later commit moved the same values, plan the inverse bump on the current base
 * and the holds that keep automation from undoing it, and write both in one verified commit.
 * Nothing is written before every check has passed.
 */
const markdown_js_1 = __webpack_require__(12712);
const change_trailers_js_1 = __webpack_require__(13793);
const github_api_js_1 = __webpack_require__(82053);
const holds_js_1 = __webpack_require__(86569);
const holds_source_js_1 = __webpack_require__(56483);
const open_promotion_js_1 = __webpack_require__(46179);
const pull_request_text_js_1 = __webpack_require__(65926);
const promotion_snapshot_js_1 = __webpack_require__(35039);
const repository_reader_js_1 = __webpack_require__(32599);
const revert_target_js_1 = __webpack_require__(35287);
const rollback_plan_js_1 = __webpack_require__(7083);
/** The label every rollback pull request carries, beside `labels`. */
exports.ROLLBACK_LABEL = 'rollback';
/** `rollback/<environment>`: one rollback pull request per environment at a time. */
function rollbackBranch(environment) {
    return `rollback/${environment}`;
}
/** What a rollback says it reverts: `#12 (abc1234)` or `abc1234`. */
function targetName(target) {
    const short = target.sha.slice(0, 7);
    return target.pullRequest ? `#${target.pullRequest.number} (${short})` : short;
}
/** `revert(deploy): roll back api, web in prod to before abc1234`, or the caller's template. */
function rollbackTitle(request, services, target) {
    const what = `roll back ${(0, pull_request_text_js_1.serviceList)(services)} in ${request.environment} (reverts ${targetName(target)})`;
    if (request.titleTemplate.trim() === '')
        return `revert(deploy): ${what}`;
    return request.titleTemplate
        .replaceAll('{env}', request.environment)
        .replaceAll('{services}', (0, pull_request_text_js_1.serviceList)(services))
        .replaceAll('{count}', String(services.length))
        .replaceAll('{revert}', targetName(target));
}
function rollbackBody(request, plan, target, holds, holdsPath) {
    const link = `[${(0, markdown_js_1.inlineCode)(target.sha.slice(0, 12))}](${target.url})`;
    const pull = target.pullRequest
        ? ` from [#${target.pullRequest.number}](${target.pullRequest.url})`
        : '';
    const intro = [
        `This rolls back ${link}${pull} in ${(0, markdown_js_1.inlineCode)(request.environment)}: every value it changed is set back, byte for byte.`,
        `It also holds ${holds.map((h) => (0, markdown_js_1.inlineCode)(h.service)).join(', ')} in ${(0, markdown_js_1.inlineCode)(holdsPath)}, ` +
            'so automation does not put the rolled-back image back. Delete an entry there to lift its hold.',
    ].join('\n\n');
    return (0, pull_request_text_js_1.pullRequestBody)({
        template: [intro.replaceAll('{', '\\{'), request.bodyTemplate]
            .filter((t) => t.trim() !== '')
            .join('\n\n'),
        environment: request.environment,
        services: plan.services,
        changes: plan.changes,
        components: {},
        hotfix: false,
        heading: `### Rollback in ${(0, markdown_js_1.inlineCode)(request.environment)}`,
        ...(request.source ? { source: request.source } : {}),
    });
}
/** The changes of the services asked for, less held ones (with a notice) unless `ignore-holds`. */
function changesNotHeld(target, held, request, log) {
    const asked = (0, rollback_plan_js_1.changesOfServices)(target.changes, request.services ?? [], targetName(target));
    const services = Object.fromEntries(asked.map((c) => [c.service, { tag: 'held' }]));
    const free = (0, holds_source_js_1.withoutHeld)(services, held.file, request.holds, request.environment, log);
    return asked.filter((c) => Object.hasOwn(free, c.service));
}
/**
 * The holds with the time an earlier run of this rollback wrote in the holds file on its branch
 * (read with the base), so that a re-run makes the same commit (and reports `unchanged`)
 * instead of a new one.
 */
async function keepEarlierTimes(api, request, onBranch, holds) {
    if (onBranch === undefined)
        return holds;
    const { path } = request.holds;
    const text = onBranch.text ??
        (await (0, repository_reader_js_1.readFileTexts)(api, request.repository, [blobEntry(path, onBranch.sha)]))[0]?.text;
    const earlier = (0, holds_js_1.parseHolds)(path, text);
    return holds.map((hold) => {
        const same = earlier.holds.find((h) => h.service === hold.service &&
            h.environment === hold.environment &&
            h.commit === hold.commit);
        return same ? { ...hold, created: same.created } : hold;
    });
}
const blobEntry = (path, sha) => ({
    path,
    mode: '100644',
    type: 'blob',
    sha,
});
/** Read the base and the target, check for conflicts, plan the inverse and the holds. */
async function planRollbackOnBase(api, request, log) {
    const repository = request.repository;
    // The base, the rollback branch, its open pull request and its holds file in one request.
    const snapshot = await (0, promotion_snapshot_js_1.readPromotionSnapshot)(api, repository, {
        base: request.base,
        branch: request.branch,
        branchFile: request.holds.path,
    });
    const { base } = snapshot;
    const baseSha = snapshot.baseHead.sha;
    const promotion = { branch: snapshot.branch, pull: snapshot.pull };
    const [target, tree] = await Promise.all([
        (0, revert_target_js_1.readRevertTarget)(api, repository, request.revert),
        (0, repository_reader_js_1.readTree)(api, repository, baseSha),
    ]);
    log.info(`Rolling back ${targetName(target)} (${target.changes.length} recorded change(s)) on ${base} at ${baseSha}.`);
    const held = await (0, holds_source_js_1.readHoldsAtBase)(api, repository, tree.entries, request.holds.path);
    const changes = changesNotHeld(target, held, request, log);
    const paths = new Set((0, rollback_plan_js_1.changedFilePaths)(changes));
    const files = await (0, repository_reader_js_1.readFileTexts)(api, repository, tree.entries.filter((e) => e.type === 'blob' && paths.has(e.path)));
    const conflicts = (0, rollback_plan_js_1.findRollbackConflicts)(files, changes);
    if (conflicts.length > 0) {
        const later = await (0, revert_target_js_1.findLaterCommit)(api, repository, { target: target.sha, head: baseSha }, conflicts);
        throw new revert_target_js_1.RollbackConflictError(targetName(target), later, conflicts);
    }
    const plan = (0, rollback_plan_js_1.planRollback)({ files, changes });
    const fresh = (0, rollback_plan_js_1.rollbackHolds)(changes, {
        environment: request.environment,
        commit: target.sha,
        reason: `rolled back by open-promotion-pr: revert ${targetName(target)} (${target.subject})`.slice(0, 300),
        now: request.now,
    });
    const holds = await keepEarlierTimes(api, request, snapshot.branchFile, fresh);
    if (plan.changes.length > 0) {
        const after = (0, holds_js_1.addHolds)(request.holds.path, held.text, holds);
        if (after !== held.text)
            plan.files.push({
                path: request.holds.path,
                mode: held.mode ?? '100644',
                before: held.text ?? '',
                after,
            });
    }
    const entries = tree.entries;
    return { base, baseSha, treeSha: tree.sha, plan, entries, promotion, target, holds };
}
/** Plan the rollback on the current base, then write its commit and pull request (or nothing). */
async function openRollback(api, request, log) {
    const state = await planRollbackOnBase(api, request, log);
    const { base, plan, target } = state;
    if (plan.changes.length === 0) {
        log.info(`Nothing to roll back in ${(0, github_api_js_1.fullName)(request.repository)}@${base}: every change of ${targetName(target)} is held.`);
        return {
            operation: 'none',
            base,
            branch: '',
            commitSha: '',
            plan,
            autoMerge: 'off',
            target,
            holds: [],
        };
    }
    const title = rollbackTitle(request, plan.services, target);
    const body = rollbackBody(request, plan, target, state.holds, request.holds.path);
    const message = (0, change_trailers_js_1.withChangeTrailers)(`${title}\n\nThis reverts commit ${target.sha}.`, plan.changes);
    const promotion = {
        ...request,
        labels: [...request.labels, exports.ROLLBACK_LABEL],
        componentTags: {},
        write: 'tag+digest',
        filePatterns: [],
    };
    const commit = await (0, open_promotion_js_1.commitOnBase)(api, promotion, state, message, log);
    const opened = await (0, open_promotion_js_1.openOrUpdate)(api, promotion, base, { title, body }, state.promotion);
    const finished = await (0, open_promotion_js_1.finishPullRequest)(api, promotion, opened.pull, { ...commit, fresh: opened.created }, log);
    const changed = commit.committed || opened.edited || finished.labelled;
    return {
        operation: opened.created ? 'created' : changed ? 'updated' : 'unchanged',
        base,
        branch: request.branch,
        commitSha: commit.sha,
        plan,
        pullRequest: { number: opened.pull.number, url: opened.pull.url },
        autoMerge: finished.autoMerge,
        target,
        holds: state.holds,
        at: { base, baseSha: state.baseSha, entries: state.entries },
    };
}


/***/ }),

/***/ 35535:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promoteEnvironment = promoteEnvironment;
exports.previewPromotion = previewPromotion;
exports.previewEnvironmentPromotion = previewEnvironmentPromotion;
const markdown_js_1 = __webpack_require__(12712);
const environment_images_js_1 = __webpack_require__(24457);
const github_errors_js_1 = __webpack_require__(60226);
const open_promotion_js_1 = __webpack_require__(46179);
const holds_source_js_1 = __webpack_require__(56483);
const promotion_plan_js_1 = __webpack_require__(51768);
const repository_reader_js_1 = __webpack_require__(32599);
/**
 * The blobs a promotion between environments reads on the base: the source's files, the
 * target's and the holds file; none when the source matches no file (that fails first).
 */
function filesToRead(tree, request) {
    const source = (0, promotion_plan_js_1.selectPromotionFiles)(tree.entries, request.sourcePatterns).files;
    if (source.length === 0)
        return [];
    const target = (0, promotion_plan_js_1.selectPromotionFiles)(tree.entries, request.filePatterns).files;
    const holds = request.holds ? (0, holds_source_js_1.holdsEntry)(tree.entries, request.holds.path) : undefined;
    return [...source, ...target, ...(holds ? [holds] : [])].map((entry) => entry.sha);
}
/** The promotion request that sets the target to the source's images, and those images. */
async function sourcePromotion(api, request, log) {
    const { fromEnvironment: from, sourcePatterns, services, gatesFor, ...common } = request;
    // The source and the target are read on one base commit, read once, their files together.
    const base = await (0, open_promotion_js_1.readBaseOf)(api, request);
    const texts = await (0, repository_reader_js_1.readBlobTexts)(api, request.repository, filesToRead(base.tree, request));
    const read = { ...base, texts };
    const at = {
        base: read.snapshot.base,
        head: read.snapshot.baseHead.sha,
        entries: read.tree.entries,
        texts,
    };
    const images = await (0, environment_images_js_1.readEnvironmentImages)(api, request.repository, { patterns: sourcePatterns, services }, log, at);
    const componentTags = (0, environment_images_js_1.imagesAsComponentTags)(images);
    const gate = gatesFor?.([...images.values()]);
    const promotion = {
        ...common,
        ...(gate ? { gate } : {}),
        titleTemplate: request.titleTemplate || `chore(deploy): promote {services} from ${from} to {env}`,
        heading: `### Promotion ${(0, markdown_js_1.inlineCode)(from)} → ${(0, markdown_js_1.inlineCode)(request.environment)}`,
        componentTags,
        write: 'tag+digest',
        // A service the target lacks is reported, not added (and never fails the promotion).
        failOnMissing: false,
    };
    return { promotion, componentTags, read };
}
/** Open or update the pull request that promotes `fromEnvironment` to `environment`. */
async function promoteEnvironment(api, request, log) {
    const explained = (0, github_errors_js_1.explainingGitHubApi)(api, request.repository);
    const { promotion, componentTags, read } = await sourcePromotion(explained, request, log);
    return { result: await (0, open_promotion_js_1.openPromotion)(api, promotion, log, read), componentTags };
}
/** The dry run of `openPromotion`: read the base and plan every edit, writing nothing. */
async function previewPromotion(client, request, log, read) {
    const api = (0, github_errors_js_1.explainingGitHubApi)(client, request.repository);
    const { base, baseSha, entries, plan } = await (0, open_promotion_js_1.planOnBase)(api, request, log, read);
    const at = entries ? { at: { base, baseSha, entries } } : {};
    return { base, ...at, plan, componentTags: request.componentTags };
}
/** The dry run of `promoteEnvironment`. */
async function previewEnvironmentPromotion(api, request, log) {
    const explained = (0, github_errors_js_1.explainingGitHubApi)(api, request.repository);
    const { promotion, read } = await sourcePromotion(explained, request, log);
    return previewPromotion(api, promotion, log, read);
}


/***/ }),

/***/ 70619:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promotionBranch = promotionBranch;
exports.branchNameProblem = branchNameProblem;
exports.checkBranchName = checkBranchName;
exports.environmentPromotionBranch = environmentPromotionBranch;
/**
 * The branch of a promotion pull request: one per environment and purpose (`promote/<env>`,
 * `hotfix/<env>`), so a re-run finds and updates its pull request instead of opening another.
 */
const errors_js_1 = __webpack_require__(37638);
/** `promote/<environment>`, or `hotfix/<environment>` for a hotfix. */
function promotionBranch(environment, hotfix) {
    return `${hotfix ? 'hotfix' : 'promote'}/${environment}`;
}
// Git forbids control characters, space and these in a ref name (git check-ref-format).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0020\u007f~^:?*[\\]/;
/** Why `name` is not a valid branch name by git's check-ref-format rules, or undefined. */
function branchNameProblem(name) {
    if (name === '' || name === '@')
        return 'is empty';
    if (FORBIDDEN.test(name))
        return 'holds a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..') || name.includes('@{'))
        return "holds '..' or '@{'";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return "starts or ends with '/' or holds '//'";
    if (name.endsWith('.'))
        return "ends with '.'";
    if (name.startsWith('-'))
        return "starts with '-'";
    const parts = name.split('/');
    if (parts.some((part) => part.startsWith('.') || part.endsWith('.lock')))
        return "has a part that starts with '.' or ends with '.lock'";
    return undefined;
}
/** The branch name, checked; an invalid one is an InputError naming `input`. */
function checkBranchName(name, input = 'branch') {
    if (Buffer.byteLength(name) > 255)
        throw new errors_js_1.InputError(input, name, 'is not a valid branch name: it is longer than 255 bytes');
    const problem = branchNameProblem(name);
    if (problem !== undefined)
        throw new errors_js_1.InputError(input, name, `is not a valid branch name: it ${problem}`);
    return name;
}
/** `promote/<from>-to-<to>`: the branch of an environment-to-environment promotion. */
function environmentPromotionBranch(from, to) {
    return `promote/${from}-to-${to}`;
}


/***/ }),

/***/ 12049:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_CONTENTS_CHARS = void 0;
exports.serviceMoves = serviceMoves;
exports.contentsMarkdown = contentsMarkdown;
exports.readPromotionContents = readPromotionContents;
const find_occurrences_js_1 = __webpack_require__(82572);
const markdown_js_1 = __webpack_require__(12712);
const github_api_js_1 = __webpack_require__(82053);
const image_revision_js_1 = __webpack_require__(19950);
const source_commits_js_1 = __webpack_require__(87217);
const HEADING = '### What this promotion brings';
/**
 * The most characters the section takes, heading and notes included: under a third of the
 * 65,536 GitHub allows a pull request body, so the review table keeps room beside it, and a
 * small part of a job summary's 1 MiB whatever the number of services.
 */
exports.MAX_CONTENTS_CHARS = 20_000;
const SHA = /^[0-9a-f]{7,40}$/;
function occurrencesByLine(file) {
    const byLine = new Map();
    for (const o of (0, find_occurrences_js_1.findImageOccurrences)(file.path, file.before).occurrences)
        for (const line of [o.line, o.fields.tag?.line, o.fields.digest?.line, o.fields.ref?.line])
            if (line !== undefined && !byLine.has(line))
                byLine.set(line, o);
    return byLine;
}
/**
 * The occurrence a change was made in (by file and line of the occurrence or of a field). Each
 * file is parsed once, on its first change, and kept in `parsed`: a file holds thousands of
 * services, and parsing it per service made the list quadratic.
 */
function occurrenceOf(files, parsed, change) {
    let byLine = parsed.get(change.file);
    if (byLine === undefined) {
        const file = files.find((f) => f.path === change.file);
        if (!file)
            return undefined;
        byLine = occurrencesByLine(file);
        parsed.set(change.file, byLine);
    }
    return byLine.get(change.line);
}
/** What moves for one service: the first occurrence it changes, and its component tag. */
function serviceMove(changes, occurrence, service, entry) {
    const first = changes[0];
    const occ = first ? occurrence(first) : undefined;
    const repository = occ?.repository ?? occ?.chartDefault?.repository ?? entry?.image;
    const proposedRepository = entry?.image ?? repository;
    const digestChange = changes.find((c) => c.field === 'digest');
    const proposedDigest = entry?.digest ?? digestChange?.to ?? occ?.digest;
    return {
        service,
        ...(repository ? { repository } : {}),
        ...(proposedRepository ? { proposedRepository } : {}),
        ...(occ?.digest ? { runningDigest: occ.digest } : {}),
        ...(proposedDigest ? { proposedDigest } : {}),
        ...(entry?.sha && SHA.test(entry.sha) ? { proposedSha: entry.sha } : {}),
    };
}
/** The plan's changes by service, each service's in the plan's order. */
function changesByService(changes) {
    const byService = new Map();
    for (const change of changes) {
        const list = byService.get(change.service);
        if (list)
            list.push(change);
        else
            byService.set(change.service, [change]);
    }
    return byService;
}
/** The moves of every service the plan changes, in its order; linear in the plan's size. */
function serviceMoves(plan, componentTags) {
    const byService = changesByService(plan.changes);
    const parsed = new Map();
    const occurrence = (change) => occurrenceOf(plan.files, parsed, change);
    return plan.services.map((s) => serviceMove(byService.get(s) ?? [], occurrence, s, componentTags[s]));
}
const notListed = (why) => `The source commits are not listed: ${why}.`;
const omitted = (why) => ({ kind: 'omitted', note: notListed(why) });
/** The revision of one side of a move, or the note that says why it is unknown. */
async function revisionOf(registry, move, side) {
    if (side === 'proposed' && move.proposedSha)
        return { kind: 'found', revision: move.proposedSha };
    const running = side === 'running';
    const digest = running ? move.runningDigest : move.proposedDigest;
    const repository = running ? move.repository : move.proposedRepository;
    if (!digest)
        return {
            kind: 'unknown',
            note: `the ${side} image of ${(0, markdown_js_1.inlineCode)(move.service)} is not pinned by digest`,
        };
    if (!repository)
        return { kind: 'unknown', note: `the repository of the ${side} image is unknown` };
    if (!registry)
        return { kind: 'unknown', note: 'no registry was given to read its labels' };
    return (0, image_revision_js_1.tryReadImageRevision)(registry, repository, digest);
}
/** The same commit, one written short: `abc1234` and `abc1234def…`. */
function sameCommit(a, b) {
    return a.startsWith(b) || b.startsWith(a);
}
/** One move's commits, and the proposed image's source commit when known. */
async function moveContents(sources, move) {
    const [running, proposed] = await Promise.all([
        revisionOf(sources.registry, move, 'running'),
        revisionOf(sources.registry, move, 'proposed'),
    ]);
    const commits = await commitsOf(sources, move, running, proposed);
    return { commits, ...(proposed.kind === 'found' ? { proposed: proposed.revision } : {}) };
}
/** The commits a compare gives for one move; a GitHub error is a note, never a throw. */
async function commitsOf(sources, move, running, proposed) {
    if (running.kind === 'unknown')
        return omitted(running.note);
    if (proposed.kind === 'unknown')
        return omitted(proposed.note);
    if (sameCommit(running.revision, proposed.revision))
        return { kind: 'listed', commits: [], total: 0, compareUrl: '' };
    try {
        return await (0, source_commits_js_1.tryReadSourceCommits)(sources.api, sources.repository, {
            from: running.revision,
            to: proposed.revision,
        });
    }
    catch (error) {
        const status = (0, github_api_js_1.httpStatusOf)(error);
        if (!(error instanceof Error))
            throw error;
        return omitted(`the comparison failed (${status ?? error.message})`);
    }
}
/** `… and 4 more services: …`, the line that ends a section cut short. */
function moreServicesNote(more) {
    return `… and ${more} more ${more === 1 ? 'service' : 'services'}: their commits are not listed here, the review table names every change.`;
}
/**
 * The heading and the services' sections, in order, as many as fit in `max` characters with
 * the line that says how many more were left out.
 */
function contentsMarkdown(sections, max = exports.MAX_CONTENTS_CHARS) {
    const kept = [HEADING];
    let size = HEADING.length;
    for (const [i, section] of sections.entries()) {
        const note = i + 1 < sections.length ? moreServicesNote(sections.length - i - 1).length + 2 : 0;
        if (size + 2 + section.length + note > max) {
            kept.push(moreServicesNote(sections.length - i));
            break;
        }
        kept.push(section);
        size += 2 + section.length;
    }
    return kept.join('\n\n');
}
/**
 * The section of the pull request body that lists what each moved service brings. Without
 * a source repository or an API to read it, one note and no request at all.
 */
async function readPromotionContents(sources, plan, componentTags) {
    if (!sources.api || !sources.repository) {
        const note = sources.repository
            ? `no token can read ${(0, markdown_js_1.inlineCode)(`${sources.repository.owner}/${sources.repository.repo}`)}`
            : 'no source repository was given (`source-repository`)';
        return { markdown: `${HEADING}\n\n${notListed(note)}`, services: [], revisions: {} };
    }
    const moves = await Promise.all(serviceMoves(plan, componentTags).map(async (move) => ({
        service: move.service,
        ...(await moveContents(sources, move)),
    })));
    const services = moves.map(({ service, commits }) => ({ service, commits }));
    const revisions = Object.fromEntries(moves.flatMap((m) => (m.proposed ? [[m.service, m.proposed]] : [])));
    const sections = services.map((s) => (0, source_commits_js_1.sourceCommitsSection)(s.service, s.commits));
    return { markdown: contentsMarkdown(sections), services, revisions };
}


/***/ }),

/***/ 51768:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.selectPromotionFiles = selectPromotionFiles;
exports.planPromotion = planPromotion;
const file_patterns_js_1 = __webpack_require__(75107);
const bump_files_js_1 = __webpack_require__(27946);
/** Regular files (not symbolic links, submodules or directories) can be bumped. */
const FILE_MODES = new Set(['100644', '100755']);
/** The regular files of `entries` that the glob lines match, sorted by path. */
function selectPromotionFiles(entries, patterns) {
    const files = entries.filter((e) => e.type === 'blob' && FILE_MODES.has(e.mode));
    const byPath = new Map(files.map((e) => [e.path, e]));
    const { files: matched, unmatched } = (0, file_patterns_js_1.matchFilePatterns)([...byPath.keys()], patterns);
    return {
        files: matched.map((path) => byPath.get(path)),
        unmatchedPatterns: unmatched,
    };
}
/** The tree a plan reads chart defaults from; a path it was not given reads as empty. */
function treeSourceOf(tree) {
    return { paths: tree.paths, read: (path) => tree.texts.get(path) ?? '' };
}
/** Bump the files; throws a FileError (file and line) before anything is written. */
function planPromotion(input) {
    const modes = new Map(input.files.map((f) => [f.path, f.mode]));
    const result = (0, bump_files_js_1.bumpFiles)({
        files: input.files.map(({ path, text }) => ({ path, text })),
        componentTags: input.componentTags,
        write: input.write,
        ...(input.tree ? { tree: treeSourceOf(input.tree) } : {}),
        ...(input.allowDowngrade ? { allowDowngrade: true } : {}),
        ...(input.fluxNamespace ? { fluxNamespace: input.fluxNamespace } : {}),
        ...(input.chartAppVersion ? { chartAppVersion: input.chartAppVersion } : {}),
    });
    return {
        files: result.files.map((f) => ({ ...f, mode: modes.get(f.path) ?? '100644' })),
        changes: result.changes,
        services: [...new Set(result.changes.map((c) => c.service))].sort(),
        unmatchedServices: result.unmatchedServices,
        skipped: result.skipped,
        leftAlone: result.leftAlone,
    };
}


/***/ }),

/***/ 35039:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.snapshotQuery = snapshotQuery;
exports.pullFromNode = pullFromNode;
exports.readPromotionSnapshot = readPromotionSnapshot;
/**
 * Everything a promotion reads before it plans, but the files, in one GraphQL request: the base
 * branch (the default one when none is named) with its head commit and tree, the promotion
 * branch's head commit (its tree and parents, for the idempotence check), the open pull
 * request of the promotion branch, and when asked one file on that branch (a rollback's holds,
 * for the times an earlier run wrote). REST needs four to five requests for the same
 * (`repos/get`, two `git/get-ref`, `git/get-commit`, `pulls/list`), and two more for the file.
 */
const errors_js_1 = __webpack_require__(37638);
const github_api_js_1 = __webpack_require__(82053);
/** Open pull requests read per branch: one per base branch, so a few are plenty. */
const PULLS_READ = 10;
const COMMIT_FIELDS = 'oid tree { oid } parents(first: 2) { nodes { oid } }';
const PULL_FIELDS = `number url id title body baseRefName
        author { login }
        headRepository { nameWithOwner }
        labels(first: 100) { nodes { name } }
        reviewRequests(first: 100) {
          nodes { requestedReviewer { __typename ... on User { login } ... on Bot { login } ... on Team { slug } } }
        }
        autoMergeRequest { mergeMethod }`;
const BLOB_FIELDS = 'oid text isBinary isTruncated byteSize';
/**
 * The query; the base is `defaultBranchRef` unless a branch is named, and `branchFile` (a
 * `rev:path` expression) is read only when asked.
 */
function snapshotQuery(namedBase, branchFile = false) {
    const base = namedBase ? 'ref(qualifiedName: $base)' : 'defaultBranchRef';
    const variables = `${namedBase ? ', $base: String!' : ''}${branchFile ? ', $branchFile: String!' : ''}`;
    const file = branchFile
        ? `\n    branchFile: object(expression: $branchFile) { ... on Blob { ${BLOB_FIELDS} } }`
        : '';
    return `query promotionSnapshot($owner: String!, $name: String!, $branch: String!, $head: String!${variables}) {
  repository(owner: $owner, name: $name) {
    base: ${base} { name target { ... on Commit { ${COMMIT_FIELDS} } } }${file}
    branch: ref(qualifiedName: $branch) { target { ... on Commit { ${COMMIT_FIELDS} } } }
    pullRequests(headRefName: $head, states: [OPEN], first: ${PULLS_READ}, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes {
        ${PULL_FIELDS}
      }
    }
  }
}`;
}
/** The blob read on the branch, its text kept only when it is whole UTF-8 text. */
function branchFileOf(blob) {
    if (!blob?.oid)
        return undefined;
    const whole = blob.text != null &&
        !blob.isBinary &&
        !blob.isTruncated &&
        Buffer.byteLength(blob.text, 'utf8') === blob.byteSize;
    return whole ? { sha: blob.oid, text: blob.text } : { sha: blob.oid };
}
function branchHead(ref) {
    const target = ref?.target;
    if (!target?.oid || !target.tree)
        return undefined;
    return {
        sha: target.oid,
        tree: target.tree.oid,
        parents: (target.parents?.nodes ?? []).map((p) => p.oid),
    };
}
/** A pull request as the promotion sees it, from its GraphQL node. */
function pullFromNode(node) {
    const requested = (node.reviewRequests?.nodes ?? []).flatMap((r) => r.requestedReviewer ? [r.requestedReviewer] : []);
    return {
        number: node.number,
        url: node.url,
        nodeId: node.id,
        title: node.title,
        body: node.body,
        base: node.baseRefName,
        author: node.author?.login ?? '',
        labels: (node.labels?.nodes ?? []).map((l) => l.name),
        reviewers: requested.flatMap((r) => (r.__typename !== 'Team' && r.login ? [r.login] : [])),
        teams: requested.flatMap((r) => (r.__typename === 'Team' && r.slug ? [r.slug] : [])),
        ...(node.autoMergeRequest
            ? { autoMerge: node.autoMergeRequest.mergeMethod.toLowerCase() }
            : {}),
    };
}
/** Whether the pull request's head is in this repository (not a fork's branch of that name). */
function fromThisRepository(node, repository) {
    return node.headRepository?.nameWithOwner.toLowerCase() === (0, github_api_js_1.fullName)(repository).toLowerCase();
}
/**
 * Read the base, the promotion branch and its open pull request in one request, with the file
 * `branchFile` on that branch when a path is given; a base that does not exist is a
 * PromoteError naming it.
 */
async function readPromotionSnapshot(api, repository, names) {
    const fileAsked = names.branchFile !== undefined;
    const data = await api.graphql(snapshotQuery(names.base !== '', fileAsked), {
        owner: repository.owner,
        name: repository.repo,
        branch: `refs/heads/${names.branch}`,
        head: names.branch,
        ...(names.base !== '' ? { base: `refs/heads/${names.base}` } : {}),
        ...(fileAsked ? { branchFile: `refs/heads/${names.branch}:${names.branchFile}` } : {}),
    });
    const { base, branch, pullRequests } = data.repository;
    const file = branchFileOf(data.repository.branchFile);
    const baseHead = branchHead(base);
    if (baseHead === undefined)
        throw new errors_js_1.PromoteError(names.base === ''
            ? `${(0, github_api_js_1.fullName)(repository)} has no default branch (an empty repository?).`
            : `The base branch '${names.base}' does not exist in ${(0, github_api_js_1.fullName)(repository)}.`);
    const pull = pullRequests.nodes.find((node) => fromThisRepository(node, repository));
    return {
        base: base?.name ?? names.base,
        baseHead,
        branch: branchHead(branch),
        pull: pull ? pullFromNode(pull) : undefined,
        ...(file ? { branchFile: file } : {}),
    };
}


/***/ }),

/***/ 65926:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_BODY = void 0;
exports.serviceList = serviceList;
exports.pullRequestTitle = pullRequestTitle;
exports.reviewRows = reviewRows;
exports.sourceCommitCell = sourceCommitCell;
exports.reviewTable = reviewTable;
exports.inertJson = inertJson;
exports.pullRequestBody = pullRequestBody;
const markdown_js_1 = __webpack_require__(12712);
/** Collapse control characters and runs of whitespace into one space. */
function oneLine(text) {
    return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}
/** Replace `{name}` placeholders; unknown ones are left as written. */
function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (all, name) => values[name] ?? all);
}
/** `a, b, c` or, past `max` names, `a, b, c and 4 more`; `images` when there is none. */
function serviceList(services, max = 5) {
    const names = [...new Set(services)].sort();
    if (names.length === 0)
        return 'images';
    if (names.length <= max)
        return names.join(', ');
    return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
const MAX_TITLE = 256;
/** `chore(deploy): bump api, web in prod`, with `Hotfix: ` in front for a hotfix. */
function pullRequestTitle(input) {
    const services = oneLine(serviceList(input.services));
    const environment = oneLine(input.environment);
    const values = { env: environment, services, count: String(new Set(input.services).size) };
    const title = oneLine(input.template === ''
        ? `chore(deploy): bump ${services} in ${environment}`
        : fill(input.template, values));
    const prefixed = input.hotfix && !/^hotfix\b/i.test(title) ? `Hotfix: ${title}` : title;
    return prefixed.length > MAX_TITLE ? `${prefixed.slice(0, MAX_TITLE - 1)}…` : prefixed;
}
/** The distinct non-empty values, in order. */
function distinct(values) {
    return [...new Set(values)].filter((v) => v !== '');
}
/** The value a field keeps when this bump does not change it. */
function unchanged(entry, field) {
    return distinct([(field === 'tag' ? entry?.tag : entry?.digest) ?? '']);
}
/**
 * Group field-level changes into one row per (file, service), in the changes' order. The source
 * commit is component-tags' `sha`, else the service's entry in `revisions` (the proposed
 * image's revision label, as the promotion contents read it).
 */
function reviewRows(changes, componentTags, environment, revisions = {}) {
    const groups = new Map();
    for (const change of changes) {
        const key = JSON.stringify([change.file, change.service]);
        groups.set(key, [...(groups.get(key) ?? []), change]);
    }
    return [...groups.values()].map((group) => {
        const { file, service } = group[0];
        const entry = componentTags[service];
        const revision = Object.hasOwn(revisions, service) ? revisions[service] : undefined;
        const of = (field) => group.filter((c) => c.field === field);
        const side = (field, end) => of(field).length > 0 ? distinct(of(field).map((c) => c[end])) : unchanged(entry, field);
        return {
            service,
            environment,
            file,
            oldTags: side('tag', 'from'),
            newTags: side('tag', 'to'),
            oldDigests: side('digest', 'from'),
            newDigests: side('digest', 'to'),
            sourceSha: entry?.sha ?? revision ?? '',
        };
    });
}
const HEX = /^[0-9a-f]{7,64}$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SERVER = /^https?:\/\/[^\s()<>[\]"'`]+$/;
/** The source commit cell: a link when the commit and the repository are known. */
function sourceCommitCell(sha, source) {
    if (sha === '')
        return '';
    const server = source?.serverUrl.replace(/\/+$/, '') ?? '';
    const linkable = HEX.test(sha) && REPOSITORY.test(source?.repository ?? '') && SERVER.test(server);
    if (!linkable)
        return (0, markdown_js_1.inlineCode)(sha.slice(0, 12));
    return `[${(0, markdown_js_1.inlineCode)(sha.slice(0, 7))}](${server}/${source?.repository}/commit/${sha})`;
}
/** A value cell: inline code (HTML is inert there), or a dash when there is no value. */
function valueCell(values, digest = false) {
    if (values.length === 0)
        return '—';
    return values.map((value) => (0, markdown_js_1.inlineCode)(digest ? (0, markdown_js_1.shortDigest)(value) : value)).join(', ');
}
const HEADERS = [
    'Service',
    'Environment',
    'File',
    'Old tag',
    'New tag',
    'Old digest',
    'New digest',
    'Source commit',
];
/**
 * The review table of the rows. Its last column, the source commit, is left out when no row
 * knows one (a promotion between environments without readable revision labels, a bump whose
 * component-tags records no `sha`): an empty column tells a reviewer nothing.
 */
function reviewTable(rows, source) {
    const withCommit = rows.some((r) => r.sourceSha !== '');
    return (0, markdown_js_1.markdownTable)(withCommit ? HEADERS : HEADERS.slice(0, -1), rows.map((r) => [
        (0, markdown_js_1.escapeMarkdown)(r.service),
        (0, markdown_js_1.escapeMarkdown)(r.environment),
        (0, markdown_js_1.inlineCode)(r.file),
        valueCell(r.oldTags),
        valueCell(r.newTags),
        valueCell(r.oldDigests, true),
        valueCell(r.newDigests, true),
        ...(withCommit ? [sourceCommitCell(r.sourceSha, source)] : []),
    ]));
}
/** JSON safe inside HTML and Markdown: `<`, `>`, `&` and backticks as \u escapes. */
function inertJson(value) {
    return JSON.stringify(value, null, 2).replace(/[<>&`]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** GitHub refuses bodies over 65,536 characters; stay well below. */
exports.MAX_BODY = 60_000;
const RECORD_NOTE = 'Each change is also recorded in the commit message as a `Promote-Change` trailer.';
function recordBlock(record) {
    const { environment, changes, components } = record;
    return [
        '<details><summary>Machine-readable changes</summary>',
        '',
        '```json',
        inertJson({ environment, changes, components }),
        '```',
        '',
        '</details>',
    ].join('\n');
}
/** The pull request body: the caller's text, the review table, the collapsed record. */
function pullRequestBody(input) {
    const values = {
        env: (0, markdown_js_1.escapeMarkdown)(input.environment),
        services: (0, markdown_js_1.escapeMarkdown)(serviceList(input.services)),
    };
    const intro = input.template.trim() === '' ? [] : [fill(input.template.trim(), values)];
    const heading = input.heading ??
        `### ${input.hotfix ? 'Hotfix for' : 'Promotion to'} ${(0, markdown_js_1.inlineCode)(input.environment)}`;
    const rows = reviewRows(input.changes, input.components, input.environment, input.revisions);
    const parts = (shown, record) => {
        const more = rows.length - shown.length;
        return [
            ...intro,
            heading,
            reviewTable(shown, input.source),
            ...(more > 0 ? [`… and ${more} more rows: see the commit.`] : []),
            ...(input.contents ? [input.contents] : []),
            record ? recordBlock(input) : RECORD_NOTE,
        ].join('\n\n');
    };
    let body = parts(rows, true);
    if (body.length <= exports.MAX_BODY)
        return `${body}\n`;
    let shown = rows.length;
    body = parts(rows, false);
    while (body.length > exports.MAX_BODY && shown > 0) {
        shown = Math.floor(shown / 2);
        body = parts(rows.slice(0, shown), false);
    }
    return `${body.slice(0, exports.MAX_BODY)}\n`;
}


/***/ }),

/***/ 33003:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findOpenPullRequest = findOpenPullRequest;
exports.createPullRequest = createPullRequest;
exports.updatePullRequest = updatePullRequest;
exports.missingNames = missingNames;
exports.addLabels = addLabels;
exports.tryRequestReviewers = tryRequestReviewers;
exports.tryEnableAutoMerge = tryEnableAutoMerge;
/**
 * The promotion's pull request: find the open one of a branch, open or update it, add labels
 * and reviewers (never removing what a person added), and enable auto-merge through GraphQL.
 */
const github_api_js_1 = __webpack_require__(82053);
function toState(data) {
    return {
        number: data.number,
        url: data.html_url,
        nodeId: data.node_id,
        title: data.title,
        body: data.body ?? '',
        base: data.base.ref,
        author: data.user?.login ?? '',
        labels: data.labels.map((l) => l.name),
        reviewers: (data.requested_reviewers ?? []).map((r) => r.login),
        teams: (data.requested_teams ?? []).map((t) => t.slug),
        ...(data.auto_merge ? { autoMerge: data.auto_merge.merge_method } : {}),
    };
}
/** The open pull request whose head is `branch` of this repository, if any. */
async function findOpenPullRequest(api, repository, branch) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/pulls', {
        ...repository,
        head: `${repository.owner}:${branch}`,
        state: 'open',
        per_page: 10,
    });
    const found = data.find((pull) => pull.head.ref === branch);
    return found ? toState(found) : undefined;
}
/**
 * Open the pull request. When GitHub answers that one already exists (opened since we looked,
 * or by a retried request), return that one instead.
 */
async function createPullRequest(api, repository, pull) {
    try {
        const { data } = await api.request('POST /repos/{owner}/{repo}/pulls', {
            ...repository,
            head: pull.branch,
            base: pull.base,
            title: pull.title,
            body: pull.body,
            draft: pull.draft,
        });
        return { pull: toState(data), created: true };
    }
    catch (error) {
        const existing = (0, github_api_js_1.httpStatusOf)(error) === 422
            ? await findOpenPullRequest(api, repository, pull.branch)
            : undefined;
        if (!existing)
            throw error;
        return { pull: existing, created: false };
    }
}
/** Change the title, body or base of a pull request. */
async function updatePullRequest(api, repository, number, patch) {
    const { data } = await api.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        ...repository,
        pull_number: number,
        ...patch,
    });
    return toState(data);
}
/** The names of `wanted` that `present` lacks (compared without case, as GitHub does). */
function missingNames(wanted, present) {
    const have = new Set(present.map((name) => name.toLowerCase()));
    return [...new Set(wanted)].filter((name) => !have.has(name.toLowerCase()));
}
/** Add labels (GitHub creates missing ones); the labels already there stay. */
async function addLabels(api, repository, number, labels) {
    await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...repository,
        issue_number: number,
        labels,
    });
}
/**
 * Request reviews; true when GitHub accepted. A refusal (422: not a collaborator, a team
 * without access) is a warning: the pull request stands without that request.
 */
async function tryRequestReviewers(api, repository, number, request, log) {
    try {
        await api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
            ...repository,
            pull_number: number,
            ...(request.reviewers.length > 0 ? { reviewers: request.reviewers } : {}),
            ...(request.teams.length > 0 ? { team_reviewers: request.teams } : {}),
        });
        return true;
    }
    catch (error) {
        if ((0, github_api_js_1.httpStatusOf)(error) !== 422)
            throw error;
        log.warning(`GitHub refused the review request: ${error.message}`);
        return false;
    }
}
const ENABLE_AUTO_MERGE = `mutation enableAutoMerge($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!, $expectedHeadOid: GitObjectID) {
  enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod, expectedHeadOid: $expectedHeadOid}) {
    pullRequest { autoMergeRequest { mergeMethod } }
  }
}`;
/**
 * Enable auto-merge for the pull request at `headSha`; true when enabled. Where GitHub refuses
 * (the repository does not allow auto-merge or the method, the pull request is already
 * mergeable…), warn and return false: the pull request stands, to be merged by hand.
 */
async function tryEnableAutoMerge(api, pull, method, headSha, log) {
    try {
        await api.graphql(ENABLE_AUTO_MERGE, {
            pullRequestId: pull.nodeId,
            mergeMethod: method.toUpperCase(),
            expectedHeadOid: headSha,
        });
        return true;
    }
    catch (error) {
        const messages = (0, github_api_js_1.graphqlErrorsOf)(error);
        if (messages === undefined)
            throw error;
        log.warning(`Auto-merge (${method}) was not enabled on #${pull.number}: ${messages.join('; ')}. ` +
            'Allow auto-merge in the repository settings (General > Pull Requests), or merge by hand.');
        return false;
    }
}


/***/ }),

/***/ 60839:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkRepositoryPath = checkRepositoryPath;
/** The rule for an input that names a file in the config repository (`policy-file`, `holds-file`). */
const errors_js_1 = __webpack_require__(37638);
/**
 * `path` as `input` gives it, checked: relative, with no '\\' and no '.', '..' or empty parts
 * (so no leading '/'); `where` says what it is relative to.
 */
function checkRepositoryPath(input, path, where = 'repository') {
    if (path.includes('\\') || path.split('/').some((p) => p === '' || p === '.' || p === '..'))
        throw new errors_js_1.InputError(input, path, `must be a relative path in the ${where}, without '.', '..' or empty parts`);
    return path;
}


/***/ }),

/***/ 32599:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BLOBS_PER_QUERY = void 0;
exports.readDefaultBranch = readDefaultBranch;
exports.readBranchHead = readBranchHead;
exports.readTree = readTree;
exports.readBlobTexts = readBlobTexts;
exports.readFileTexts = readFileTexts;
/**
 * Read a repository through the API without cloning it: a branch's head, its whole tree in one
 * request, and the text of chosen files in one GraphQL request per hundred (REST for a blob
 * GraphQL cannot give whole).
 */
const errors_js_1 = __webpack_require__(37638);
const github_api_js_1 = __webpack_require__(82053);
/** The repository's default branch. */
async function readDefaultBranch(api, repository) {
    const { data } = await api.request('GET /repos/{owner}/{repo}', {
        ...repository,
    });
    return data.default_branch;
}
/** The commit a branch points to, or undefined when there is no such branch. */
async function readBranchHead(api, repository, branch) {
    try {
        const { data } = await api.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repository, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (error) {
        if ((0, github_api_js_1.httpStatusOf)(error) === 404)
            return undefined;
        throw error;
    }
}
/** The whole tree of a commit, in one request (`recursive`). */
async function readTree(api, repository, commitSha) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repository, tree_sha: commitSha, recursive: '1' });
    if (data.truncated)
        throw new errors_js_1.PromoteError(`The tree of ${(0, github_api_js_1.fullName)(repository)} at ${commitSha} is too large for GitHub to list in one ` +
            'answer (over 100,000 entries); open-promotion-pr cannot read it.');
    const entries = data.tree.map(({ path, mode, type, sha }) => ({ path, mode, type, sha }));
    return { sha: data.sha, entries };
}
/** Blobs per GraphQL request: one request reads up to this many files. */
exports.BLOBS_PER_QUERY = 100;
function blobQuery(count) {
    const ids = Array.from({ length: count }, (_, i) => `$b${i}: GitObjectID!`).join(', ');
    const fields = Array.from({ length: count }, (_, i) => `b${i}: object(oid: $b${i}) { ... on Blob { text isBinary isTruncated byteSize } }`);
    return `query readBlobs($owner: String!, $name: String!, ${ids}) {
  repository(owner: $owner, name: $name) {
    ${fields.join('\n    ')}
  }
}`;
}
/** The whole UTF-8 text of each blob GraphQL gives complete; binary ones are marked. */
async function readBlobBatch(api, repository, shas) {
    const variables = { owner: repository.owner, name: repository.repo };
    shas.forEach((sha, i) => (variables[`b${i}`] = sha));
    const data = await api.graphql(blobQuery(shas.length), variables);
    const texts = new Map();
    shas.forEach((sha, i) => {
        const blob = data.repository[`b${i}`];
        if (blob?.isBinary)
            texts.set(sha, 'binary');
        else if (blob?.text != null &&
            !blob.isTruncated &&
            Buffer.byteLength(blob.text, 'utf8') === blob.byteSize)
            texts.set(sha, blob.text);
    });
    return texts;
}
/** One blob's text through REST, decoded strictly as UTF-8; undefined when it is not text. */
async function readBlobRest(api, repository, sha) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repository, file_sha: sha });
    const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** The text of each blob, one GraphQL request per hundred (REST for one it cannot give whole). */
async function readBlobTexts(api, repository, blobShas) {
    const shas = [...new Set(blobShas)];
    const texts = new Map();
    for (let i = 0; i < shas.length; i += exports.BLOBS_PER_QUERY) {
        const batch = await readBlobBatch(api, repository, shas.slice(i, i + exports.BLOBS_PER_QUERY));
        for (const [sha, text] of batch)
            texts.set(sha, text);
    }
    for (const sha of shas)
        if (!texts.has(sha))
            texts.set(sha, (await readBlobRest(api, repository, sha)) ?? 'binary');
    return texts;
}
/**
 * The files with their text, reading only the blobs `known` lacks (texts read ahead); a file
 * that is not UTF-8 text is a FileError.
 */
async function readFileTexts(api, repository, files, known = new Map()) {
    const missing = files.map((f) => f.sha).filter((sha) => !known.has(sha));
    const read = missing.length > 0 ? await readBlobTexts(api, repository, missing) : new Map();
    return files.map((file) => {
        const text = known.get(file.sha) ?? read.get(file.sha);
        if (text === undefined || text === 'binary')
            throw new errors_js_1.FileError(file.path, 0, 'is not UTF-8 text; only text files can be bumped');
        return { ...file, text };
    });
}


/***/ }),

/***/ 87217:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_LISTED_COMMITS = void 0;
exports.tryReadSourceCommits = tryReadSourceCommits;
exports.sourceCommitsSection = sourceCommitsSection;
/**
 * What a promotion contains: the app's commits between the source commit the target runs now
 * and the one it will run, from GitHub's compare API on the source repository, for the pull
 * request body. Best-effort: a missing token or repository, or an answer GitHub refuses,
 * gives a note instead of a list and never fails the step.
 */
const markdown_js_1 = __webpack_require__(12712);
const github_api_js_1 = __webpack_require__(82053);
/** At most this many commits are listed; the rest are behind the link to the comparison. */
exports.MAX_LISTED_COMMITS = 50;
const SHA = /^[0-9a-f]{7,40}$/;
/** The subject's trailing `(#123)`, as GitHub writes squash and merge subjects. */
function pullNumberOf(subject) {
    const match = /\(#(\d+)\)\s*$/.exec(subject) ?? /^Merge pull request #(\d+)/.exec(subject);
    return match ? Number(match[1]) : undefined;
}
/**
 * The commits from `from` (exclusive) to `to`, oldest first (the first 50); never throws for a missing
 * repository or token, or a comparison GitHub cannot make (404, 403, 422).
 */
async function tryReadSourceCommits(api, repository, range) {
    if (!api || !repository)
        return {
            kind: 'omitted',
            note: 'The source commits are not listed: no source repository or token was given.',
        };
    if (!SHA.test(range.from) || !SHA.test(range.to))
        return {
            kind: 'omitted',
            note: 'The source commits are not listed: the running or proposed source commit is unknown.',
        };
    try {
        const { data } = await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...repository,
            basehead: `${range.from}...${range.to}`,
        });
        const commits = data.commits.slice(0, exports.MAX_LISTED_COMMITS).map((c) => {
            const subject = c.commit.message.split('\n', 1)[0] ?? '';
            const number = pullNumberOf(subject);
            return {
                sha: c.sha,
                subject,
                author: c.author?.login ?? c.commit.author?.name ?? 'unknown',
                ...(number !== undefined ? { pullRequest: number } : {}),
                url: c.html_url,
            };
        });
        return { kind: 'listed', commits, total: data.total_commits, compareUrl: data.html_url };
    }
    catch (error) {
        const status = (0, github_api_js_1.httpStatusOf)(error);
        if (status === undefined || ![401, 403, 404, 422].includes(status))
            throw error;
        return {
            kind: 'omitted',
            note: `The source commits are not listed: GitHub answered ${status} to the comparison.`,
        };
    }
}
/** The Markdown section of a pull request body that lists what a promotion contains. */
function sourceCommitsSection(service, found) {
    const heading = `#### What ${(0, markdown_js_1.inlineCode)(service)} brings`;
    if (found.kind === 'omitted')
        return `${heading}\n\n${found.note}`;
    if (found.total === 0)
        return `${heading}\n\nNo new commits.`;
    const lines = found.commits.map((c) => {
        const pull = c.pullRequest === undefined ? '' : ` (#${c.pullRequest})`;
        const subject = (0, markdown_js_1.escapeMarkdown)(c.subject.replace(/\s*\(#\d+\)\s*$/, ''));
        return `- [${(0, markdown_js_1.inlineCode)(c.sha.slice(0, 7))}](${c.url}) ${subject}${pull} by @${(0, markdown_js_1.escapeMarkdown)(c.author)}`;
    });
    const more = found.total > found.commits.length
        ? [
            `\n${found.total - found.commits.length} more: [the full comparison](${found.compareUrl}).`,
        ]
        : [];
    return [heading, '', ...lines, ...more].join('\n');
}


/***/ }),

/***/ 52177:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
// Generated by scripts/generate-schemas.ts from promotion/gates/policy-schema.ts: do not edit.
const validate = validate10;/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/policy.schema.json","title":"policy.yaml","description":"Promotion gates of a config repository, per target environment: open-promotion-pr promotes a service to an environment only when every gate passes.","type":"object","required":["environments"],"additionalProperties":false,"properties":{"environments":{"type":"object","description":"The gates of each target environment, by its name.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"soak":{"type":"string","pattern":"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$","description":"How long a digest must have run in the source environment (since the commit that wrote it there), e.g. `24h`."},"freeze":{"type":"array","items":{"type":"object","description":"A window in which nothing is promoted to the environment: an absolute range (`start`, `end`) or a weekly one (`weekly`, `time-zone`).","additionalProperties":false,"properties":{"start":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$","description":"Absolute window: its first instant (RFC 3339 with a zone)."},"end":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$","description":"Absolute window: the instant it ends (excluded)."},"weekly":{"type":"object","description":"A window recurring every week, in wall-clock time of `time-zone`.","required":["start","end"],"additionalProperties":false,"properties":{"start":{"type":"string","pattern":"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\\d|2[0-3]):[0-5]\\d$","description":"e.g. `Fri 16:00`."},"end":{"type":"string","pattern":"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\\d|2[0-3]):[0-5]\\d$","description":"e.g. `Mon 08:00`."}}},"time-zone":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_+/-]*$","description":"The IANA time zone of `weekly`, e.g. `Europe/Berlin`."},"allow-hotfix":{"type":"boolean","description":"A `hotfix: true` promotion passes this window."},"reason":{"type":"string","pattern":"\\S","description":"Shown in the verdict."}}}},"require-checks":{"type":"array","description":"Commit statuses (contexts) or check runs (names) that must have succeeded on the source environment commit that introduced the digest.","items":{"type":"string","pattern":"\\S"}}}}}}};const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");const pattern1 = new RegExp("^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$", "u");const pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$", "u");const pattern4 = new RegExp("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\\d|2[0-3]):[0-5]\\d$", "u");const pattern6 = new RegExp("^[A-Za-z][A-Za-z0-9_+/-]*$", "u");const pattern7 = new RegExp("\\S", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://raw.githubusercontent.com/gitops-promote/gitops-promote/main/schemas/policy.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.environments === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(key0 === "environments")){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.environments !== undefined){let data0 = data.environments;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){const _errs4 = errors;if(typeof key1 === "string"){if(!pattern0.test(key1)){const err2 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",propertyName:key1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var valid1 = _errs4 === errors;if(!valid1){const err3 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}for(const key2 in data0){let data1 = data0[key2];if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key3 in data1){if(!(((key3 === "soak") || (key3 === "freeze")) || (key3 === "require-checks"))){const err4 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data1.soak !== undefined){let data2 = data1.soak;if(typeof data2 === "string"){if(!pattern1.test(data2)){const err5 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/soak",schemaPath:"#/properties/environments/additionalProperties/properties/soak/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"},message:"must match pattern \""+"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/soak",schemaPath:"#/properties/environments/additionalProperties/properties/soak/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data1.freeze !== undefined){let data3 = data1.freeze;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key4 in data4){if(!((((((key4 === "start") || (key4 === "end")) || (key4 === "weekly")) || (key4 === "time-zone")) || (key4 === "allow-hotfix")) || (key4 === "reason"))){const err7 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0,schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.start !== undefined){let data5 = data4.start;if(typeof data5 === "string"){if(!pattern2.test(data5)){const err8 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/start",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/start/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/start",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.end !== undefined){let data6 = data4.end;if(typeof data6 === "string"){if(!pattern2.test(data6)){const err10 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/end",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/end/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/end",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data4.weekly !== undefined){let data7 = data4.weekly;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.start === undefined){const err12 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/weekly",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/weekly/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data7.end === undefined){const err13 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/weekly",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/weekly/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}for(const key5 in data7){if(!((key5 === "start") || (key5 === "end"))){const err14 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/weekly",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/weekly/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.start !== undefined){let data8 = data7.start;if(typeof data8 === "string"){if(!pattern4.test(data8)){const err15 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/weekly/start",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/weekly/properties/start/pattern",keyword:"pattern",params:{pattern: "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\\d|2[0-3]):[0-5]\\d$"+"\""};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/weekly/start",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/weekly/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.end !== undefined){let data9 = data7.end;if(typeof data9 === "string"){if(!pattern4.test(data9)){const err17 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/weekly/end",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/weekly/properties/end/pattern",keyword:"pattern",params:{pattern: "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\\d|2[0-3]):[0-5]\\d$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/weekly/end",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/weekly/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/weekly",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/weekly/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data4["time-zone"] !== undefined){let data10 = data4["time-zone"];if(typeof data10 === "string"){if(!pattern6.test(data10)){const err20 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/time-zone",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/time-zone/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_+/-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_+/-]*$"+"\""};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/time-zone",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/time-zone/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data4["allow-hotfix"] !== undefined){if(typeof data4["allow-hotfix"] !== "boolean"){const err22 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/allow-hotfix",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/allow-hotfix/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data4.reason !== undefined){let data12 = data4.reason;if(typeof data12 === "string"){if(!pattern7.test(data12)){const err23 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/reason",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/reason/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0+"/reason",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze/" + i0,schemaPath:"#/properties/environments/additionalProperties/properties/freeze/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/freeze",schemaPath:"#/properties/environments/additionalProperties/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data1["require-checks"] !== undefined){let data13 = data1["require-checks"];if(Array.isArray(data13)){const len1 = data13.length;for(let i1=0; i1<len1; i1++){let data14 = data13[i1];if(typeof data14 === "string"){if(!pattern7.test(data14)){const err27 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/require-checks/" + i1,schemaPath:"#/properties/environments/additionalProperties/properties/require-checks/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/require-checks/" + i1,schemaPath:"#/properties/environments/additionalProperties/properties/require-checks/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/require-checks",schemaPath:"#/properties/environments/additionalProperties/properties/require-checks/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}validate10.errors = vErrors;return errors === 0;}


/***/ })

};
