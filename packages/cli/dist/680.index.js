export const id = 680;
export const ids = [680];
export const modules = {

/***/ 62649:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Keep the heap of a large bump near what it holds, not several times more.
 *
 * A bump of a large repository holds little at once: what was found in the file at hand (its
 * nodes are let go of one top-level item at a time as it is parsed and searched: see
 * find-occurrences' RootWalk) and the texts and changes so far. But V8 sizes its
 * heap by the rate of allocation, not by what is alive. Measured on the bench's repository of
 * 5,000 services (8.5 MiB of YAML, Node 24), when a file's nodes were all held: about 65 MB
 * alive at the worst moment, 530 MB of peak RSS. Two things make the difference:
 * - the young generation grows (semi-spaces of up to 32 MB, three of them) while each file's
 *   parse survives its first collections; about 200 MB of the peak;
 * - the old generation's limit is set at up to four times what the last full collection kept,
 *   so garbage piles up to hundreds of MB before the next one.
 *
 * A runner cannot pass Node options to an action (`runs.using: node24` starts `node main`), so
 * the action sets the two V8 flags that govern this at run time, once the input is known to be
 * large. Both are read by V8 at each collection (not only at start-up, as `--max-semi-space-size`
 * is), which is why they take effect here: the young generation keeps its initial size, and the
 * old one grows by a fraction of what is alive. `bumpFiles` sets them when it starts, from the
 * total of its texts. A young generation that has grown does not shrink back, so earlier would
 * be better: set before the action's modules load, the same flags kept the 5,000-service peak
 * near 200 MB; set by bumpFiles (or while the files are read: no measurable difference),
 * 240–290 MB. Since a file's nodes are let go of as it is searched, about 160 MB with the
 * flags and 325–347 MB without. Figures are in bench/README.md.
 *
 * Small inputs are left alone: loading node:v8 costs a few milliseconds of start-up, and the
 * default heap is faster when there is nothing to save.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LARGE_INPUT_FROM = void 0;
exports.heapFlagsFor = heapFlagsFor;
exports.tuneHeapFor = tuneHeapFor;
/**
 * From this much input text (UTF-16 code units) on, the heap is kept small. Below it the
 * default heap is left alone: it costs more memory but less collecting (at 1,000 services,
 * 1.7 MiB, the tuned heap peaks at 155 MB instead of 255 MB but spends 15–40% more time in
 * the collector, and speed is what matters at that size).
 */
exports.LARGE_INPUT_FROM = 4 * 1024 * 1024;
/** The flags: the young generation keeps its initial size; the old one grows by half. */
const LARGE_INPUT_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'];
/** The V8 flags `tuneHeapFor` sets for an input of `chars` characters (none when small). */
function heapFlagsFor(chars) {
    return chars >= exports.LARGE_INPUT_FROM ? [...LARGE_INPUT_FLAGS] : [];
}
/** Whether this process has set them (they are process-wide: once is enough). */
let tuned = false;
/**
 * Set the heap flags an input of `chars` characters calls for (see heapFlagsFor). They stay
 * set: a later, smaller input does not undo them. Returns the flags set by this call.
 */
function tuneHeapFor(chars) {
    const flags = tuned ? [] : heapFlagsFor(chars);
    // Node before 20.16 has no getBuiltinModule: the heap is left as it is.
    if (flags.length === 0 || typeof process.getBuiltinModule !== 'function')
        return [];
    // Loaded only now: node:v8 is a few milliseconds of start-up a small bump does not pay.
    process.getBuiltinModule('node:v8').setFlagsFromString(flags.join(' '));
    tuned = true;
    return flags;
}


/***/ }),

/***/ 66330:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyToAnalysed = applyToAnalysed;
exports.applyEdits = applyEdits;
/**
 * Apply planned edits to one file's text by splicing, then prove the result: lex it and check
 * that only the planned scalars changed (see lexeme-proof), else re-parse it and check that
 * exactly the planned values changed (see verify-edits). Nothing else is touched:
 * the output is the original text with precise replacements.
 */
const text_encoding_js_1 = __webpack_require__(37526);
const image_edit_errors_js_1 = __webpack_require__(33486);
const find_occurrences_js_1 = __webpack_require__(82572);
const lexeme_proof_js_1 = __webpack_require__(17745);
const verify_edits_js_1 = __webpack_require__(70321);
/** Edits sorted by offset (inserts at one offset keep their planned order), duplicates dropped. */
function orderEdits(file, edits) {
    const sorted = edits
        .map((edit, i) => ({ edit, i }))
        .sort((x, y) => x.edit.start - y.edit.start || x.edit.end - y.edit.end || x.i - y.i)
        .map(({ edit }) => edit);
    const ordered = [];
    for (const edit of sorted) {
        const last = ordered[ordered.length - 1];
        if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text)
            continue;
        if (last && edit.start < last.end)
            throw new image_edit_errors_js_1.EditConflictError(file, edit.line, `two edits overlap at ${edit.keyPath}`);
        ordered.push(edit);
    }
    return ordered;
}
/** Check that each edit still fits the text: the span holds `from`, or the key is missing. */
function checkFits(before, edits) {
    const { occurrences } = before.found;
    for (const edit of edits) {
        const occ = occurrences[edit.occurrence];
        const spans = occ ? [occ.fields.tag, occ.fields.digest, occ.fields.ref] : [];
        const fits = edit.insert
            ? occ?.insertion?.offset === edit.start && edit.start === edit.end
            : spans.some((s) => s && s.start === edit.start && s.end === edit.end && s.value === edit.from);
        if (!fits)
            throw new image_edit_errors_js_1.EditVerificationError(before.source.file, edit.line, `the edit of ${edit.keyPath} does not fit the text: was the file changed after planning?`);
    }
}
/** The text with the (ordered, non-overlapping) edits spliced in. */
function splice(text, edits) {
    const parts = [];
    let at = 0;
    for (const edit of edits) {
        parts.push(text.slice(at, edit.start), edit.text);
        at = edit.end;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
/** Apply edits to a file already analysed (as planned from); returns the new text. */
function applyToAnalysed(before, edits) {
    const file = before.source.file;
    const own = orderEdits(file, edits.filter((e) => e.file === file));
    if (own.length === 0)
        return before.source.text;
    // A file read with replacement characters would be written back with them: refuse it.
    (0, text_encoding_js_1.checkEditableText)(file, before.source.text, true);
    checkFits(before, own);
    const text = splice(before.source.text, own);
    if ((0, lexeme_proof_js_1.editsProvenByLexemes)(before, text, own))
        return text;
    let after;
    try {
        after = (0, find_occurrences_js_1.analyseFile)({ path: file, text });
    }
    catch (error) {
        if (!(error instanceof image_edit_errors_js_1.YamlSyntaxError))
            throw error;
        throw new image_edit_errors_js_1.EditVerificationError(file, error.line, `after the edit, the file ${error.detail}`);
    }
    // Documents are compared whole: a hollowed analysis is made again (the same occurrences).
    const whole = before.hollow ? (0, find_occurrences_js_1.analyseFile)({ path: file, text: before.source.text }) : before;
    (0, verify_edits_js_1.verifyDocuments)(whole, after, own);
    (0, verify_edits_js_1.verifyOccurrences)(whole, after, own);
    return text;
}
/**
 * Apply the edits planned for `file` (edits of other files are ignored) to its `text`, and
 * verify the result by re-parsing. Throws EditVerificationError when anything but the planned
 * values would change, and EditConflictError when edits overlap.
 */
function applyEdits(file, text, edits) {
    if (!edits.some((e) => e.file === file))
        return text;
    return applyToAnalysed((0, find_occurrences_js_1.analyseFile)({ path: file, text }), edits);
}


/***/ }),

/***/ 75864:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isArgoApplication = isArgoApplication;
exports.isHelmParameters = isHelmParameters;
exports.readHelmParameters = readHelmParameters;
exports.isHelmOfSource = isHelmOfSource;
exports.readHelmValuesString = readHelmValuesString;
/**
 * Argo CD Application manifests (seed 004): Argo CD Image Updater's default write-back sets Helm
 * parameters on the Application, under `spec.source.helm.parameters` (or `spec.sources[i]`):
 *
 *   - name: image.repository      # or api.image.repository
 *     value: ghcr.io/acme/api
 *   - name: image.tag
 *     value: "1.7.3"
 *
 * The parameters that share a prefix (`image`, `api.image`) form one image: its `tag` and
 * `digest` values are written; its `repository` (with `registry`) identifies it, as does the key
 * above `image` (`api` for `api.image.tag`). With neither, the Application's chart name
 * (`spec.source.chart`, else the last folder of `spec.source.path`) names the service.
 * `helm.valuesObject` is an ordinary map, read by the Helm image map finder. `helm.values` is a
 * YAML string inside YAML: its images are found (to know whose they are) but never edited, so a
 * bump of one of its services fails closed, asking to move the image to `valuesObject`.
 */
const yaml_1 = __webpack_require__(38815);
const find_context_js_1 = __webpack_require__(37425);
const image_edit_errors_js_1 = __webpack_require__(33486);
const yaml_maps_js_1 = __webpack_require__(84095);
const FIELDS = ['registry', 'repository', 'tag', 'digest'];
/** Whether the document is an Argo CD Application. */
function isArgoApplication(ctx) {
    const apiVersion = String(ctx.doc.get('apiVersion') ?? '');
    return ctx.doc.get('kind') === 'Application' && apiVersion.startsWith('argoproj.io/');
}
/** Whether the sequence at `loc` is a source's `helm.parameters`. */
function isHelmParameters(loc) {
    if (loc.key !== 'parameters' || loc.parent?.key !== 'helm')
        return false;
    const path = (0, find_context_js_1.pathOf)(loc).slice(0, -2);
    return ((path.length === 2 && path[0] === 'spec' && path[1] === 'source') ||
        (path.length === 3 && path[0] === 'spec' && path[1] === 'sources'));
}
/** The parameters grouped by prefix: `image.tag` -> prefix `image`, field `tag`. */
function groupParameters(seq, seqPath) {
    const groups = new Map();
    seq.items.forEach((item, index) => {
        if (!(0, yaml_1.isMap)(item))
            return;
        const pairs = (0, yaml_maps_js_1.pairsByKey)(item);
        const name = (0, find_context_js_1.textAt)(pairs, 'name');
        const value = pairs.get('value');
        const dot = name?.lastIndexOf('.') ?? -1;
        if (name === undefined || value === undefined || dot <= 0)
            return;
        const field = name.slice(dot + 1);
        if (!FIELDS.includes(field))
            return;
        const prefix = name.slice(0, dot);
        const group = groups.get(prefix) ?? new Map();
        if (!group.has(field))
            group.set(field, { pair: value, path: [...seqPath, index], text: (0, find_context_js_1.textAt)(pairs, 'value') });
        groups.set(prefix, group);
    });
    return groups;
}
/** The chart the Application deploys from this source: `chart`, else the path's last folder. */
function chartName(ctx, sourcePath) {
    const chart = ctx.doc.getIn([...sourcePath, 'chart']);
    if (typeof chart === 'string' && chart !== '')
        return chart;
    const path = ctx.doc.getIn([...sourcePath, 'path']);
    if (typeof path !== 'string')
        return undefined;
    const last = path.replace(/\/+$/, '').split('/').pop();
    return last || undefined;
}
/** Record one image of parameters (or why it cannot be written). */
function readImage(ctx, loc, prefix, group, chart) {
    if (!group.has('tag') && !group.has('digest'))
        return;
    const registry = group.get('registry')?.text;
    const repoText = group.get('repository')?.text;
    const repository = registry && repoText ? `${registry.replace(/\/+$/, '')}/${repoText}` : repoText;
    const segments = prefix.split('.');
    const byKey = segments.length > 1 && segments[segments.length - 1] === 'image';
    const named = byKey ? segments[segments.length - 2] : repository ? undefined : chart;
    const identity = (0, find_context_js_1.identityOf)([named], [repository]);
    const keyPath = `${(0, find_context_js_1.baseOf)(ctx, loc, 'helm-map').keyPath}[${prefix}]`;
    const line = ctx.source.lineOf(group.get('tag')?.pair.value ? rangeStart(group) : loc.offset);
    const base = { ...(0, find_context_js_1.baseOf)(ctx, loc, 'helm-map', line), keyPath, ...identity };
    const described = {
        ...(named ? { serviceHint: named, hintSource: 'image-key-path' } : {}),
        ...(repository ? { repository } : {}),
    };
    const fields = {};
    for (const key of ['tag', 'digest']) {
        const param = group.get(key);
        if (!param)
            continue;
        const read = (0, find_context_js_1.readField)(ctx, param.pair, param.path);
        if (!read.ok) {
            ctx.skipped.push({
                ...base,
                ...described,
                field: key,
                line: read.line,
                reason: read.reason,
                detail: `${key} ${read.detail}`,
            });
            return;
        }
        fields[key] = read.span;
    }
    const occurrence = {
        ...base,
        ...described,
        ...(fields.tag?.value ? { tag: fields.tag.value } : {}),
        ...(fields.digest?.value ? { digest: fields.digest.value } : {}),
        fields,
    };
    ctx.occurrences.push(occurrence);
}
/** Offset of the tag (else digest) parameter's value. */
function rangeStart(group) {
    const node = (group.get('tag') ?? group.get('digest'))?.pair.value;
    return node?.range?.[0] ?? 0;
}
/** Read the Helm parameters of an Application's source as image occurrences. */
function readHelmParameters(ctx, seq, loc) {
    const seqPath = (0, find_context_js_1.pathOf)(loc);
    const chart = chartName(ctx, seqPath.slice(0, -2));
    for (const [prefix, group] of groupParameters(seq, seqPath))
        readImage(ctx, loc, prefix, group, chart);
}
/** Whether the map at `loc` is a source's `helm` map (its `values` may be a YAML string). */
function isHelmOfSource(loc) {
    if (loc.key !== 'helm')
        return false;
    const path = (0, find_context_js_1.pathOf)(loc).slice(0, -1);
    return ((path.length === 2 && path[0] === 'spec' && path[1] === 'source') ||
        (path.length === 3 && path[0] === 'spec' && path[1] === 'sources'));
}
/**
 * Record the images of a `helm.values` string as skipped (`values-string`): editing YAML inside
 * a YAML string byte-exactly is not attempted. `find` is the finder, run on the string alone.
 */
function readHelmValuesString(ctx, node, loc, find) {
    if (!(0, yaml_1.isScalar)(node) || typeof node.value !== 'string')
        return;
    let inner;
    try {
        inner = find(node.value);
    }
    catch (error) {
        if (!(error instanceof image_edit_errors_js_1.YamlSyntaxError))
            throw error;
        return; // not YAML: Argo CD reports it; nothing here is an image to bump
    }
    for (const occ of inner)
        ctx.skipped.push({
            ...(0, find_context_js_1.baseOf)(ctx, loc, 'helm-map'),
            matchNames: occ.matchNames,
            matchRepositories: occ.matchRepositories,
            reason: 'values-string',
            detail: `holds ${occ.keyPath} inside a YAML string, which is not edited; move the image to ` +
                'helm.valuesObject (a map) or helm.parameters',
        });
}


/***/ }),

/***/ 61983:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkCoverage = checkCoverage;
/**
 * Empty is an error, not a success: a bump whose `files` pattern matches nothing (a mistyped
 * environment or glob), or whose services are found in no file, must not pass green. What is
 * only worth a warning is returned; what fails throws. Shared by bump-values and
 * open-promotion-pr.
 */
const errors_js_1 = __webpack_require__(37638);
const bump_warnings_js_1 = __webpack_require__(51816);
/** The warnings of a bump's coverage; throws when it covers too little to be trusted. */
function checkCoverage(input) {
    const warnings = [];
    for (const pattern of input.unmatchedPatterns) {
        if (!input.allowEmpty)
            throw new errors_js_1.InputError('files', pattern, 'matches no file: check the pattern and the environment, or set allow-empty: true ' +
                'when a pattern may match nothing');
        warnings.push(`Input 'files': '${pattern}' matches no file.`);
    }
    if (input.unmatchedServices.length === 0)
        return warnings;
    const message = (0, bump_warnings_js_1.unmatchedServicesWarning)(input.unmatchedServices, input.matchedFiles, input.where);
    if (input.failOnMissing)
        throw new errors_js_1.PromoteError(`${message} (fail-on-missing is true: set it to false, or name the services to bump ` +
            "in 'services', to let a service be absent)");
    warnings.push(message);
    return warnings;
}


/***/ }),

/***/ 27946:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.emptyBumpResult = emptyBumpResult;
exports.bumpFiles = bumpFiles;
const apply_edits_js_1 = __webpack_require__(66330);
const find_occurrences_js_1 = __webpack_require__(82572);
const helm_overlays_js_1 = __webpack_require__(65792);
const chart_app_version_js_1 = __webpack_require__(37717);
const plan_edits_js_1 = __webpack_require__(96531);
const heap_tuning_js_1 = __webpack_require__(62649);
/** A bump that changes nothing and found nothing: where a result is built up, or none is needed. */
function emptyBumpResult() {
    return { files: [], changes: [], unmatchedServices: [], skipped: [], leftAlone: [] };
}
/**
 * Bump the affected services' images in `files`. Pure (text in, text out); throws before
 * returning anything when a file cannot be bumped safely, so a caller writes all or nothing.
 * Files are analysed, planned and applied one at a time: only texts and changes are kept, so
 * memory grows with the input, not with every file's parse tree at once; for a large input,
 * V8 is asked to keep its heap near that (see heap-tuning).
 */
function bumpFiles(input) {
    let chars = 0;
    for (const source of input.files)
        chars += source.text.length;
    (0, heap_tuning_js_1.tuneHeapFor)(chars);
    const planner = (0, plan_edits_js_1.createFilePlanner)(input, input.files);
    const result = emptyBumpResult();
    const overlays = (0, helm_overlays_js_1.createOverlayReader)(input.tree, find_occurrences_js_1.findImageOccurrences);
    for (const source of input.files) {
        // Only what is found is read on (and the schema, by the proof): hollow large files.
        const analysed = overlays.complete((0, find_occurrences_js_1.analyseFile)(source, { hollow: true }));
        const plan = planner.planFile(analysed);
        result.changes.push(...plan.changes);
        result.skipped.push(...plan.skipped);
        result.leftAlone.push(...plan.leftAlone);
        if (plan.edits.length === 0)
            continue;
        result.files.push({
            path: source.path,
            before: source.text,
            after: (0, apply_edits_js_1.applyToAnalysed)(analysed, plan.edits),
        });
    }
    result.unmatchedServices = planner.unmatchedServices();
    if (input.tree && input.chartAppVersion)
        for (const chart of (0, chart_app_version_js_1.chartAppVersionEdits)(result.changes, input.tree, input.chartAppVersion)) {
            result.files.push({ path: chart.path, before: chart.before, after: chart.after });
            result.changes.push(chart.change);
        }
    return result;
}


/***/ }),

/***/ 51816:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The two warnings a bump's result can call for, worded once for every front end that bumps
 * (bump-values in the workspace, open-promotion-pr through the API).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.skippedImageWarning = skippedImageWarning;
exports.unmatchedServicesWarning = unmatchedServicesWarning;
/** An occurrence no affected service needs was left alone because it cannot be read safely. */
function skippedImageWarning(reason) {
    return `Skipped an image that cannot be read safely (${reason})`;
}
/** Affected services whose image is written in none of the matched files. */
function unmatchedServicesWarning(services, fileCount, where) {
    const names = services.map((s) => `'${s}'`).join(', ');
    const place = where ? ` in ${where}` : '';
    return `No image of ${names} was found in the ${fileCount} file(s) matching 'files'${place}.`;
}


/***/ }),

/***/ 37717:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.setAppVersion = setAppVersion;
exports.chartAppVersionEdits = chartAppVersionEdits;
/**
 * `chart-app-version`: keep a chart's `Chart.yaml` `appVersion` in step with the service whose
 * version it tracks (seed 000 syncs it on each release). The value written is the service's
 * new tag as is, which is what `{{ .Values.image.tag | default .Chart.AppVersion }}` expects.
 *
 * Which service: `true` means the one service whose tag this bump changed in the chart's files
 * (a chart that had several changed asks for the name); a service name means that service, in
 * the charts where its tag changed. Only the `appVersion` scalar's bytes change; the result is
 * re-parsed and must equal the original with only `appVersion` replaced.
 */
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(37638);
const chart_files_js_1 = __webpack_require__(58849);
const image_edit_errors_js_1 = __webpack_require__(33486);
const yaml_file_js_1 = __webpack_require__(18218);
const yaml_maps_js_1 = __webpack_require__(84095);
const yaml_scalars_js_1 = __webpack_require__(31459);
/** The tag changes of the bump, by chart folder ('' is the root). */
function tagChangesByChart(changes, paths) {
    const byChart = new Map();
    for (const change of changes) {
        if (change.field !== 'tag')
            continue;
        const chart = (0, chart_files_js_1.chartDirOf)(change.file, paths);
        if (chart === undefined)
            continue;
        const services = byChart.get(chart) ?? new Map();
        services.set(change.service, change.to);
        byChart.set(chart, services);
    }
    return byChart;
}
/** The service (and its new tag) whose version the chart's appVersion tracks, if any. */
function trackedService(chartFile, services, setting) {
    if (typeof setting === 'string') {
        const tag = services.get(setting);
        return tag === undefined ? undefined : [setting, tag];
    }
    const [only, ...others] = services;
    if (only && others.length === 0)
        return only;
    throw new errors_js_1.InputError('chart-app-version', 'true', `cannot tell which service ${chartFile}'s appVersion tracks: this bump changed ` +
        `${[...services.keys()].map((s) => `'${s}'`).join(', ')} there; name the service instead`);
}
/** The top-level `appVersion` pair of a Chart.yaml. */
function appVersionPair(path, text) {
    const source = (0, yaml_file_js_1.parseYamlFile)(path, text);
    const root = source.documents[0]?.contents;
    const pair = (0, yaml_1.isMap)(root)
        ? root.items.find((p) => (0, yaml_1.isScalar)(p.key) && (0, yaml_maps_js_1.pairKey)(p) === 'appVersion')
        : undefined;
    if (!pair)
        throw new errors_js_1.FileError(path, 1, 'has no top-level appVersion to update (chart-app-version)');
    return { source, pair };
}
/** Set `appVersion` in a Chart.yaml's text, byte-exact; `undefined` when it already holds it. */
function setAppVersion(path, text, version, service) {
    const { source, pair } = appVersionPair(path, text);
    const read = (0, yaml_scalars_js_1.readScalar)(pair.value, text, source.lineOf, (0, yaml_maps_js_1.colonOffset)(pair, text));
    if (!read.ok)
        throw new image_edit_errors_js_1.UnsafeOccurrenceError(path, read.line, service, read.reason, `appVersion ${read.detail}`);
    const span = read.span;
    if (span.value === version)
        return undefined;
    const after = text.slice(0, span.start) + (0, yaml_scalars_js_1.replacementText)(span, version) + text.slice(span.end);
    const expected = { ...source.documents[0]?.toJS(), appVersion: version };
    const reread = appVersionPair(path, after).source.documents[0]?.toJS();
    if (JSON.stringify(reread) !== JSON.stringify(expected))
        throw new image_edit_errors_js_1.EditVerificationError(path, span.line, 'after the edit, appVersion does not read as planned');
    const change = {
        file: path,
        line: span.line,
        service,
        field: 'app-version',
        from: span.value,
        to: version,
    };
    return { after, change };
}
/**
 * The Chart.yaml edits that keep each bumped chart's `appVersion` in step (none when off).
 * Throws an InputError when `true` cannot tell the service, and a FileError when a chart has no
 * `appVersion` or it cannot be written safely.
 */
function chartAppVersionEdits(changes, tree, setting) {
    if (setting === false)
        return [];
    const edits = [];
    for (const [chart, services] of tagChangesByChart(changes, tree.paths)) {
        const path = (0, chart_files_js_1.joinPath)(chart, 'Chart.yaml');
        const tracked = trackedService(path, services, setting);
        if (tracked === undefined)
            continue;
        const before = tree.read(path);
        const set = setAppVersion(path, before, tracked[1], tracked[0]);
        if (set)
            edits.push({ path, before, after: set.after, change: set.change });
    }
    return edits.sort((a, b) => a.path.localeCompare(b.path));
}


/***/ }),

/***/ 95419:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StreamedComposer = void 0;
exports.composeSimpleDocuments = composeSimpleDocuments;
/**
 * The documents of a file composed straight from the parser's CST, for the plain subset of
 * YAML that config repositories are made of: block maps and sequences, scalars in the three
 * flow styles, comments, anchors on values and aliases. The nodes are the `yaml` package's own
 * (the finders read them unchanged) with the same values, types, anchors and ranges the
 * Composer gives them, built without its general machinery (props, tags, flow collections,
 * error recovery), which costs as much as the parse itself on a large file.
 *
 * Total or nothing: anything outside the subset, or anything the Composer would report as an
 * error or warning, makes `composeSimpleDocuments` return `undefined`, and the caller composes
 * the same tokens with the Composer, exactly as before. Node comments are not kept: nothing in
 * the engine reads them (the output is always the original text with splices).
 */
const yaml_1 = __webpack_require__(38815);
/** Raised (and caught here) when a token is outside the subset: the caller then declines. */
class Declined extends Error {
}
const decline = () => {
    throw new Declined();
};
const SCALAR_TAG = Symbol.for('yaml.scalar');
/** Stream tokens outside documents that the Composer keeps as comments or skips. */
const PRELUDE = new Set(['byte-order-mark', 'comment', 'newline', 'space']);
/** What a released item of a block collection is replaced with. */
const RELEASED = Object.freeze({ start: [] });
/**
 * Read `tokens` (space, newline, comment, one `indicator`, one anchor after it). Declines on
 * tags, explicit keys, tabs, a comment not after white space, or an anchor not followed by it.
 */
function readProps(tokens, indicator, offset, startOnNewline, next) {
    const props = { found: false, hasNewline: false, comment: false, end: offset };
    let spaced = startOnNewline;
    let atNewline = startOnNewline;
    let tab = false;
    let anchorPending = false;
    for (const token of tokens) {
        if (anchorPending && token.type !== 'space' && token.type !== 'newline')
            decline();
        anchorPending = false;
        // A tab in the indentation before content: the Composer's TAB_AS_INDENT.
        if (tab && atNewline && token.type !== 'comment' && token.type !== 'newline')
            decline();
        tab = false;
        switch (token.type) {
            case 'space':
                tab = token.source.includes('\t');
                spaced = true;
                break;
            case 'newline':
                if (props.anchor !== undefined && props.newlineAfterAnchor === undefined)
                    props.newlineAfterAnchor = token.offset;
                props.hasNewline = true;
                spaced = true;
                atNewline = true;
                break;
            case 'comment':
                if (!spaced)
                    decline();
                props.comment = true;
                atNewline = false;
                break;
            case 'anchor':
                if (props.anchor !== undefined || token.source.endsWith(':') || token.source.length < 2)
                    decline();
                props.anchor = token.source.substring(1);
                anchorPending = true;
                spaced = false;
                atNewline = false;
                break;
            default:
                if (token.type !== indicator || props.found || props.anchor !== undefined)
                    decline();
                props.found = true;
                spaced = false;
                atNewline = indicator === 'seq-item-ind';
        }
    }
    // Stricter than the Composer (which also compares the tab's column): declines more, never less.
    if (tab && (atNewline || next?.type === 'block-map' || next?.type === 'block-seq'))
        decline();
    if (anchorPending && next && next.type !== 'scalar')
        decline();
    if (anchorPending && next?.type === 'scalar' && next.source !== '')
        decline();
    const last = tokens[tokens.length - 1];
    if (last)
        props.end = last.offset + last.source.length;
    return props;
}
/** The end of a node's trailing tokens (space, comments, newlines), as resolveEnd counts them. */
function endOf(end, offset, reqSpace = true) {
    let at = offset;
    let spaced = !reqSpace;
    for (const token of end ?? []) {
        if (token.type === 'comment' && !spaced)
            decline();
        else if (token.type !== 'space' && token.type !== 'newline' && token.type !== 'comment')
            decline();
        spaced = token.type !== 'comment';
        at += token.source.length;
    }
    return at;
}
/** The tag a plain scalar resolves to, as the Composer's findScalarTagByTest picks it. */
function tagByTest(build, value, atKey) {
    const tag = build.schema.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(value));
    return tag ?? build.schema[SCALAR_TAG];
}
/** A scalar node from a resolved value, as composeScalar builds it. */
function scalarNode(build, source, type, plain, atKey) {
    const tag = plain
        ? tagByTest(build, source, atKey)
        : build.schema[SCALAR_TAG];
    const resolved = tag.resolve(source, decline, build.options);
    const scalar = (0, yaml_1.isScalar)(resolved) ? resolved : new yaml_1.Scalar(resolved);
    scalar.source = source;
    scalar.type = type;
    if (tag.format)
        scalar.format = tag.format;
    return scalar;
}
/** A flow scalar token (plain, single- or double-quoted) as a node. */
function composeFlowScalar(build, token, atKey) {
    const read = yaml_1.CST.resolveAsScalar(token, true, decline);
    if (read === null || read.type === null)
        return decline();
    if (read.type === yaml_1.Scalar.BLOCK_FOLDED || read.type === yaml_1.Scalar.BLOCK_LITERAL)
        return decline();
    const scalar = scalarNode(build, read.value, read.type, token.type === 'scalar', atKey);
    scalar.range = [
        token.offset,
        token.offset + token.source.length,
        endOf(token.end, read.range[1]),
    ];
    return scalar;
}
/** The empty value of `key:` or `-`, as composeEmptyNode places it. */
function composeEmpty(build, offset, before, props) {
    let at = offset;
    let i = before.length - 1;
    for (; i >= 0; i--) {
        const type = before[i]?.type;
        if (type !== 'space' && type !== 'comment' && type !== 'newline')
            break;
        at -= before[i]?.source.length ?? 0;
    }
    for (i++; before[i]?.type === 'space'; i++)
        at += before[i]?.source.length ?? 0;
    const scalar = scalarNode(build, '', yaml_1.Scalar.PLAIN, true, false);
    scalar.range = [at, at, props.comment ? props.end : at];
    if (props.anchor !== undefined)
        scalar.anchor = props.anchor;
    return scalar;
}
function composeAlias(token) {
    const name = token.source.substring(1);
    if (name === '' || name.endsWith(':'))
        decline();
    const alias = new yaml_1.Alias(name);
    const valueEnd = token.offset + token.source.length;
    alias.range = [token.offset, valueEnd, endOf(token.end, valueEnd)];
    return alias;
}
/** A value token with its props (anchor), as composeNode composes it. */
function composeValue(build, token, props) {
    let node;
    switch (token.type) {
        case 'alias':
            if (props.anchor !== undefined)
                decline();
            return composeAlias(token);
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
            node = composeFlowScalar(build, token, false);
            break;
        case 'block-map':
            node = composeBlockMap(build, token);
            break;
        case 'flow-collection':
            node = composeFlowCollection(build, token);
            break;
        case 'block-seq':
            // Props before a block sequence must end their line (`key: &a` then the items).
            if (props.anchor !== undefined && props.newlineAfterAnchor === undefined)
                decline();
            node = composeBlockSeq(build, token);
            break;
        default:
            return decline();
    }
    if (props.anchor !== undefined)
        node.anchor = props.anchor;
    return node;
}
/** A key token: a one-line scalar at the map's indentation, with no props. */
function composeKey(build, key, indent) {
    if (!key ||
        (key.type !== 'scalar' &&
            key.type !== 'single-quoted-scalar' &&
            key.type !== 'double-quoted-scalar'))
        return decline();
    if (key.indent !== indent || /[\n\r]/.test(key.source) || (key.end ?? []).length > 0)
        decline();
    return composeFlowScalar(build, key, true);
}
/**
 * A block map composed item by item, as resolveBlockMap composes it: all at once (`finish`),
 * or each item as soon as the parser hands it on (`add`, see composeStreamed) and the rest at
 * the end. Either way the same items are composed in the same order from the same state.
 */
class BlockMapComposer {
    build;
    map;
    onPair;
    node;
    offset;
    commentEnd;
    /** How many of the map's items are composed. */
    composed = 0;
    constructor(build, map, onPair) {
        this.build = build;
        this.map = map;
        this.onPair = onPair;
        this.node = new yaml_1.YAMLMap(build.schema);
        this.offset = map.offset;
    }
    /** Compose the map's item at `at`, the next one. */
    add(at) {
        if (at !== this.composed)
            decline();
        this.composed++;
        const { build, map } = this;
        const { start, key, sep, value } = map.items[at];
        if (build.release)
            map.items[at] = RELEASED;
        const keyProps = readProps(start, 'explicit-key-ind', this.offset, true, key ?? sep?.[0]);
        if (keyProps.found || keyProps.anchor !== undefined)
            decline();
        if (!key && !sep) {
            this.commentEnd = keyProps.end;
            return;
        }
        if (!sep)
            return decline();
        const keyNode = composeKey(build, key, map.indent);
        const valueProps = readProps(sep, 'map-value-ind', keyNode.range?.[2] ?? this.offset, false, value);
        if (!valueProps.found)
            decline();
        if (value?.type === 'block-map' && !valueProps.hasNewline)
            decline();
        const valueNode = value
            ? composeValue(build, value, valueProps)
            : composeEmpty(build, valueProps.end, sep, valueProps);
        this.offset = valueNode.range[2];
        const pair = new yaml_1.Pair(keyNode, valueNode);
        this.node.items.push(pair);
        this.onPair?.(pair);
    }
    /** Compose the items not composed yet, and the map's range. */
    finish() {
        for (let at = this.composed; at < this.map.items.length; at++)
            this.add(at);
        const { commentEnd, offset } = this;
        if (commentEnd !== undefined && commentEnd < offset)
            decline();
        this.node.range = [this.map.offset, offset, commentEnd ?? offset];
        return this.node;
    }
}
function composeBlockMap(build, map) {
    const streamed = build.streamed;
    if (streamed?.map === map)
        return streamed.finish();
    return new BlockMapComposer(build, map).finish();
}
function composeBlockSeq(build, seq) {
    const node = new yaml_1.YAMLSeq(build.schema);
    let offset = seq.offset;
    let commentEnd;
    for (let at = 0; at < seq.items.length; at++) {
        const { start, value } = seq.items[at];
        if (build.release)
            seq.items[at] = RELEASED;
        const props = readProps(start, 'seq-item-ind', offset, true, value);
        if (!props.found) {
            if (props.anchor !== undefined || value)
                decline();
            commentEnd = props.end;
            continue;
        }
        const item = value
            ? composeValue(build, value, props)
            : composeEmpty(build, props.end, start, props);
        offset = item.range[2];
        node.items.push(item);
    }
    node.range = [seq.offset, offset, commentEnd ?? offset];
    return node;
}
/** Whether a flow item's prefix holds only spaces and, after the first item, one comma. */
function flowItemStart(tokens, first, offset) {
    let commas = 0;
    for (const token of tokens) {
        if (token.type === 'comma')
            commas++;
        else if (token.type !== 'space')
            decline();
    }
    if (commas !== (first ? 0 : 1))
        decline();
    const last = tokens[tokens.length - 1];
    return last ? last.offset + last.source.length : offset;
}
/** A flow item's value: a scalar, an alias or a nested flow collection, on one line. */
function composeFlowValue(build, token) {
    const type = token?.type;
    if (!token ||
        (type !== 'scalar' &&
            type !== 'single-quoted-scalar' &&
            type !== 'double-quoted-scalar' &&
            type !== 'alias' &&
            type !== 'flow-collection'))
        return decline();
    return composeValue(build, token, NO_PROPS);
}
const NO_PROPS = { found: false, hasNewline: false, comment: false, end: 0 };
/**
 * A one-line flow map of `key: value` pairs or flow sequence of values (`{cpu: 50m}`,
 * `[a, "b"]`), as resolveFlowCollection composes it; no comments, line breaks, props, explicit
 * keys, pairs inside a sequence or keys without a value.
 */
function composeFlowCollection(build, fc) {
    const isMapToken = fc.start.source === '{';
    const node = isMapToken ? new yaml_1.YAMLMap(build.schema) : new yaml_1.YAMLSeq(build.schema);
    node.flow = true;
    let offset = fc.offset + fc.start.source.length;
    fc.items.forEach(({ start, key, sep, value }, i) => {
        const end = flowItemStart(start, i === 0, offset);
        if (!key && !sep && !value) {
            if (i === 0 || i < fc.items.length - 1)
                decline();
            offset = end;
            return;
        }
        if (!isMapToken) {
            if (sep || key)
                decline();
            const item = composeFlowValue(build, value);
            node.items.push(item);
            offset = item.range[2];
            return;
        }
        if (!key || !sep)
            return decline();
        const keyNode = composeFlowKey(build, key);
        const valueProps = readProps(sep, 'map-value-ind', keyNode.range[2], false, value);
        if (!valueProps.found || valueProps.hasNewline || valueProps.comment)
            decline();
        if (valueProps.anchor !== undefined)
            decline();
        const valueNode = value
            ? composeFlowValue(build, value)
            : composeEmpty(build, valueProps.end, sep, valueProps);
        node.items.push(new yaml_1.Pair(keyNode, valueNode));
        offset = valueNode.range[2];
    });
    const [close, ...rest] = fc.end;
    if (close?.source !== (isMapToken ? '}' : ']'))
        decline();
    const closeEnd = close.offset + 1;
    node.range = [fc.offset, closeEnd, rest.length > 0 ? endOf(rest, closeEnd) : closeEnd];
    return node;
}
/** A flow map's key: a one-line flow scalar. */
function composeFlowKey(build, key) {
    if (key.type !== 'scalar' &&
        key.type !== 'single-quoted-scalar' &&
        key.type !== 'double-quoted-scalar')
        return decline();
    if (/[\n\r]/.test(key.source))
        decline();
    return composeFlowScalar(build, key, true);
}
function begin(options, release) {
    const doc = new yaml_1.Document(undefined, options);
    return { doc, build: { schema: doc.schema, options: doc.options, release } };
}
/** One document token as a Document, as composeDoc builds it (`begun`, if it was streamed). */
function composeDocument(token, begun) {
    const { doc, build } = begun;
    // Items of a streamed map are spent: it must be the document's value, composed on from them.
    if (build.streamed && token.value !== build.streamed.map)
        decline();
    const props = readProps(token.start, 'doc-start', token.offset, true, token.value ?? token.end?.[0]);
    if (props.anchor !== undefined || !token.value)
        decline();
    const value = token.value;
    if (props.found) {
        doc.directives.docStart = true;
        if ((value.type === 'block-map' || value.type === 'block-seq') && !props.hasNewline)
            decline();
    }
    const contents = composeValue(build, value, props);
    doc.contents = contents;
    const contentEnd = contents.range[2];
    doc.range = [token.offset, contentEnd, endOf(token.end, contentEnd, false)];
    return doc;
}
/**
 * The documents of a stream of CST tokens, as the Composer (with `options`) would give them,
 * or `undefined` when the stream holds anything outside the subset: the caller then runs the
 * Composer on the same tokens.
 *
 * With `begun` (the documents a StreamedComposer began, which composes the rest this way),
 * every item of a block map or sequence is taken out of the tokens as soon as it is composed,
 * so that the tree of a large file is garbage while its nodes are built, not after: the tokens
 * are then spent whatever the outcome, and on `undefined` the caller must parse the text again.
 */
function composeSimpleDocuments(tokens, options, begun) {
    const release = begun !== undefined;
    const documents = [];
    try {
        for (const token of tokens) {
            if (token.type === 'document')
                documents.push(composeDocument(token, begun?.get(token) ?? begin(options, release)));
            else if (!PRELUDE.has(token.type))
                return undefined;
        }
    }
    catch (error) {
        if (error instanceof Declined)
            return undefined;
        throw error;
    }
    return documents.length > 0 ? documents : undefined;
}
/**
 * Documents composed while they are parsed: `onRootItem`, given to parseCstTokens, composes
 * each final item of a document's top-level block map at once and lets go of its tokens, so
 * that a large values file never holds its whole CST (50 MB for 5,000 services) beside its
 * nodes, only one item's; `documentsOf` then composes the rest, as composeSimpleDocuments with
 * `release` does. The nodes are the same: the same items are composed in the same order, from
 * the same state. Once anything is outside the subset, the rest is only parsed, and
 * `documentsOf` gives `undefined` (the tokens are spent: the caller parses again).
 */
class StreamedComposer {
    options;
    onRootPair;
    begun = new Map();
    declined = false;
    /** `onRootPair`: see RootPairSink. */
    constructor(options, onRootPair) {
        this.options = options;
        this.onRootPair = onRootPair;
    }
    onRootItem = (document, map, at) => {
        if (this.declined)
            return;
        try {
            let begun = this.begun.get(document);
            if (!begun) {
                begun = begin(this.options, true);
                this.begun.set(document, begun);
            }
            const { build, doc } = begun;
            if (!build.streamed) {
                const sink = this.onRootPair;
                build.streamed = new BlockMapComposer(build, map, sink && ((pair) => sink(pair, doc, map.offset)));
                // The pairs so far, for what a sink resolves (aliases): the same node at the end.
                if (sink)
                    doc.contents = build.streamed.node;
            }
            if (build.streamed.map !== map)
                decline();
            build.streamed.add(at);
        }
        catch (error) {
            if (!(error instanceof Declined))
                throw error;
            this.declined = true;
            this.begun.clear();
        }
    };
    /** The documents of `tokens` (the parse `onRootItem` was given to), or `undefined`. */
    documentsOf(tokens) {
        if (this.declined)
            return undefined;
        return composeSimpleDocuments(tokens, this.options, this.begun);
    }
    /**
     * The documents whose top-level map was streamed, so every pair of it went to `onRootPair`
     * (meaningful once documentsOf gave documents). A document whose map was never handed an
     * item before its end (one item, say) is composed at once, without the sink.
     */
    streamedDocuments() {
        return new Set([...this.begun.values()].map(({ doc }) => doc));
    }
}
exports.StreamedComposer = StreamedComposer;


/***/ }),

/***/ 70519:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.controlLexeme = void 0;
exports.lexemesOf = lexemesOf;
exports.recordLexemes = recordLexemes;
exports.iterateLexemes = iterateLexemes;
/**
 * The `yaml` package's lexer (`Lexer` of yaml 2.x, ISC licence, (c) Eemeli Aro), ported line
 * by line from generators to plain calls, for a complete text (the original's `lex(text)`):
 * the same lexemes in the same order.
 *
 * Why a port and not the package: the original yields each lexeme through two or three
 * delegating generators (`parseNext`, `parseDocument`, `pushCount`…), which costs as much as
 * the parse itself and feeds the garbage collector; the engine lexes every file twice (to
 * parse it, and to prove its edits). Here each step of the state machine pushes its lexemes
 * to a small queue that `next()` drains, so a caller still reads them lazily, one at a time.
 * `cst-lexer.test.ts` requires equality with the package's Lexer on every input it tries.
 */
const yaml_1 = __webpack_require__(38815);
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * How `recordLexemes` writes each of the lexer's control lexemes (a plain or block scalar
 * follows, a document starts, a flow collection ends); a lexeme of source text is written as
 * its length.
 */
const CONTROL_CODES = new Map([
    [yaml_1.CST.SCALAR, -1],
    [yaml_1.CST.DOCUMENT, -2],
    [yaml_1.CST.FLOW_END, -3],
]);
/** The control lexeme of a (negative) code. */
const controlLexeme = (code) => code === -1 ? yaml_1.CST.SCALAR : code === -2 ? yaml_1.CST.DOCUMENT : yaml_1.CST.FLOW_END;
exports.controlLexeme = controlLexeme;
/** Runs of 0–64 spaces, shared by every lexeme of that many spaces (see pushSpaces). */
const SPACE_RUNS = Array.from({ length: 65 }, (_, n) => ' '.repeat(n));
/** The lexer's state machine over one complete text; `queue` holds what the original yields. */
class CstLexer {
    codes;
    atEnd = true;
    blockScalarIndent = -1;
    blockScalarKeep = false;
    buffer;
    flowKey = false;
    flowLevel = 0;
    indentNext = 0;
    indentValue = 0;
    lineEndPos = null;
    pos = 0;
    state = 'stream';
    queue = [];
    head = 0;
    constructor(text, codes) {
        this.codes = codes;
        this.buffer = text;
    }
    /** The next lexeme, or `undefined` at the end of the text. */
    next() {
        while (this.head === this.queue.length) {
            if (this.state === null || !this.hasChars(1))
                return undefined;
            this.queue.length = 0;
            this.head = 0;
            this.state = this.parseNext(this.state);
        }
        return this.queue[this.head++];
    }
    /** A lexeme of source text. */
    emit(lexeme) {
        this.queue.push(lexeme);
        this.codes?.push(lexeme.length);
    }
    /** One of the lexer's control lexemes, which stand for no source text. */
    emitControl(lexeme) {
        this.queue.push(lexeme);
        this.codes?.push(CONTROL_CODES.get(lexeme));
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.state = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    parseNext(next) {
        switch (next) {
            case 'stream':
                return this.parseStream();
            case 'line-start':
                return this.parseLineStart();
            case 'block-start':
                return this.parseBlockStart();
            case 'doc':
                return this.parseDocument();
            case 'flow':
                return this.parseFlowCollection();
            case 'quoted-scalar':
                return this.parseQuotedScalar();
            case 'block-scalar':
                return this.parseBlockScalar();
            case 'plain-scalar':
                return this.parsePlainScalar();
        }
    }
    parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === yaml_1.CST.BOM) {
            this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = this.pushCount(dirEnd) + this.pushSpaces(true);
            this.pushCount(line.length - n); // possible comment
            // The original calls `this.pushNewline()` here without `yield*`, which runs nothing:
            // the newline is lexed by the next `stream` step instead (the same lexemes either way).
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = this.pushSpaces(true);
            this.pushCount(line.length - sp);
            this.pushNewline();
            return 'stream';
        }
        this.emitControl(yaml_1.CST.DOCUMENT);
        return this.parseLineStart();
    }
    parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return this.parseBlockStart();
    }
    parseBlockStart() {
        const ch0 = this.charAt(0);
        const ch1 = this.charAt(1);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = this.pushCount(1) + this.pushSpaces(true);
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    parseDocument() {
        this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = this.pushIndicators();
        const ch = line[n];
        if (ch === '#' || ch === undefined) {
            if (ch === '#')
                this.pushCount(line.length - n);
            this.pushNewline();
            return this.parseLineStart();
        }
        switch (ch) {
            case '{':
            case '[':
                this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                this.pushCount(1);
                return 'doc';
            case '*':
                this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return this.parseQuotedScalar();
            case '|':
            case '>':
                n += this.parseBlockScalarHeader();
                n += this.pushSpaces(true);
                this.pushCount(line.length - n);
                this.pushNewline();
                return this.parseBlockScalar();
            default:
                return this.parsePlainScalar();
        }
    }
    parseFlowCollection() {
        let nl;
        let sp;
        let indent = -1;
        do {
            nl = this.pushNewline();
            if (nl > 0) {
                sp = this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 && (line.startsWith('---') || line.startsWith('...')) && isEmpty(line[3]))) {
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                this.flowLevel = 0;
                this.emitControl(yaml_1.CST.FLOW_END);
                return this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += this.pushCount(1);
            n += this.pushSpaces(true);
            this.flowKey = false;
        }
        n += this.pushIndicators();
        const ch = line[n];
        switch (ch) {
            case undefined:
                return 'flow';
            case '#':
                this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return this.parseQuotedScalar();
        }
        if (ch === ':') {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ',') {
                this.flowKey = false;
                this.pushCount(1);
                this.pushSpaces(true);
                return 'flow';
            }
        }
        // default (and a `:` that is not an indicator):
        this.flowKey = false;
        return this.parsePlainScalar();
    }
    parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch !== undefined && ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return this.pushUntil((ch) => isEmpty(ch) || ch === '#');
    }
    parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                    break loop; // the original falls through to `default`
                }
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            for (;;) {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            }
        }
        this.emitControl(yaml_1.CST.SCALAR);
        this.pushToIndex(nl + 1, true);
        return this.parseLineStart();
    }
    parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        this.emitControl(yaml_1.CST.SCALAR);
        this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    pushCount(n) {
        if (n > 0) {
            this.emit(this.buffer.substr(this.pos, n));
            this.pos += n;
            return n;
        }
        return 0;
    }
    pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            this.emit(s);
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            this.emit('');
        return 0;
    }
    pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += this.pushTag();
                    n += this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += this.pushUntil(isNotAnchorChar);
                    n += this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += this.pushCount(1);
                        n += this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        let i = this.pos + 1;
        let ch = this.buffer[i];
        while (ch) {
            if (tagChars.has(ch))
                ch = this.buffer[++i];
            else if (ch === '%' &&
                hexDigits.has(this.buffer[i + 1]) &&
                hexDigits.has(this.buffer[i + 2])) {
                ch = this.buffer[(i += 3)];
            }
            else
                break;
        }
        return this.pushToIndex(i, false);
    }
    pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return this.pushCount(2);
        else
            return 0;
    }
    pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        let tabs = false;
        do {
            ch = this.buffer[++i];
            if (ch === '\t')
                tabs = allowTabs;
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            // Indentation is most of a large file's lexemes: one shared string per width of spaces,
            // not a copy per line (the same text; only fewer strings to allocate and keep).
            this.emit(!tabs && n < SPACE_RUNS.length
                ? SPACE_RUNS[n]
                : this.buffer.substr(this.pos, n));
            this.pos = i;
        }
        return n;
    }
    pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return this.pushToIndex(i, false);
    }
}
/** A lazy reader of the lexemes of `text`, exactly as yaml's `new Lexer().lex(text)` yields. */
function lexemesOf(text) {
    return new CstLexer(text);
}
/**
 * A reader like `lexemesOf(text)` that also appends to `codes`, for every lexeme it gives,
 * its length (a lexeme of the text) or a negative code (a control lexeme, see `controlLexeme`):
 * with the text, enough to give every lexeme back without lexing again, in 8 bytes or less.
 */
function recordLexemes(text, codes) {
    return new CstLexer(text, codes);
}
/** Every lexeme of `text`, in order (as `Array.from(new Lexer().lex(text))`). */
function* iterateLexemes(text) {
    const reader = lexemesOf(text);
    for (let lexeme = reader.next(); lexeme !== undefined; lexeme = reader.next())
        yield lexeme;
}


/***/ }),

/***/ 51738:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseCstTokens = parseCstTokens;
/**
 * The `yaml` package's CST parser (`Parser` of yaml 2.x, ISC licence, (c) Eemeli Aro), ported
 * line by line from generators to plain calls: the same tokens from the same lexemes.
 *
 * Why a port and not the package: `Parser.next` is a generator that delegates through two to
 * four more generators per lexeme (`step`, `blockMap`, `lineEnd`, `pop`), and reads
 * `process.env.LOG_TOKENS` on each one; at 450,000 lexemes (the bench's 1,000 services) that
 * is about half the time of a parse and a good share of the garbage. Nothing else differs:
 * every branch below mirrors one of the original's, in its order, so `cst-parser.test.ts` can
 * require deep equality with the package's Parser on every input it tries (a `yaml` upgrade
 * that changes the parser then fails there, not in a user's file).
 */
const yaml_1 = __webpack_require__(38815);
function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
const lastItem = (token) => token.items[token.items.length - 1];
/** A flow collection's start token (stored, as the original does, where others keep a list). */
const flowStart = (fc) => fc.start;
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = lastItem(parent);
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return lastItem(parent).start;
        default:
            return [];
    }
}
/** Note: may modify `prev`. */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    for (let i = 0; i < source.length; ++i)
        target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (flowStart(fc).type !== 'flow-seq-start')
        return;
    for (const it of fc.items) {
        if (it.sep &&
            !it.value &&
            !includesToken(it.start, 'explicit-key-ind') &&
            !includesToken(it.sep, 'map-value-ind')) {
            if (it.key)
                it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
                const value = it.value;
                if (value.end)
                    arrayPushArray(value.end, it.sep);
                else
                    value.end = it.sep;
            }
            else
                arrayPushArray(it.start, it.sep);
            delete it.sep;
        }
    }
}
/** Whether an item holds more than leading tokens (a later item can then no longer fold back). */
const hasSubstance = (item) => item.key !== undefined ||
    item.sep !== undefined ||
    item.value !== undefined ||
    !!item.explicitKey;
/** The Parser's state machine; `out` collects what the original yields. */
class CstParser {
    onNewLine;
    onRootItem;
    atNewLine = true;
    atScalar = false;
    indent = 0;
    offset = 0;
    onKeyLine = false;
    stack = [];
    source = '';
    type = '';
    out = [];
    /** The top-level block map whose items are being handed to `onRootItem`, and how many were. */
    handedMap;
    handed = 0;
    constructor(onNewLine, onRootItem) {
        this.onNewLine = onNewLine;
        this.onRootItem = onRootItem;
    }
    next(source) {
        this.lexeme(source);
        if (this.onRootItem)
            this.handRootItems();
    }
    /**
     * Hand on the items of the top-level block map (the stack's second token, under its
     * document) that are final. Every change the parser makes to a block map's items is to its
     * last item, with one exception: an indented comment in an item that has only leading tokens
     * so far moves those tokens into the item before it (`atIndentedComment`), and a trailing
     * item of only such tokens is taken out when the map ends (`pop`). So every item before the
     * last one with substance (a key, a separator or a value) is final.
     */
    handRootItems() {
        const map = this.stack[1];
        if (map?.type !== 'block-map' || this.stack[0]?.type !== 'document')
            return;
        if (map !== this.handedMap) {
            this.handedMap = map;
            this.handed = 0;
        }
        const items = map.items;
        let last = items.length - 1;
        if (last <= this.handed)
            return;
        while (last > this.handed && !hasSubstance(items[last]))
            last--;
        const document = this.stack[0];
        for (; this.handed < last; this.handed++)
            this.onRootItem(document, map, this.handed);
    }
    lexeme(source) {
        this.source = source;
        if (this.atScalar) {
            this.atScalar = false;
            this.step();
            this.offset += source.length;
            return;
        }
        const type = yaml_1.CST.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    end() {
        while (this.stack.length > 0)
            this.pop();
    }
    get sourceToken() {
        return {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source,
        };
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                this.pop();
            this.stack.push({ type: 'doc-end', offset: this.offset, source: this.source });
            return;
        }
        if (!top)
            return this.stream();
        switch (top.type) {
            case 'document':
                return this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.scalar(top);
            case 'block-scalar':
                return this.blockScalar(top);
            case 'block-map':
                return this.blockMap(top);
            case 'block-seq':
                return this.blockSequence(top);
            case 'flow-collection':
                return this.flowCollection(top);
            case 'doc-end':
                return this.documentEnd(top);
        }
        this.pop();
    }
    pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
            const message = 'Tried to pop an empty stack';
            this.out.push({ type: 'error', offset: this.offset, source: '', message });
        }
        else if (this.stack.length === 0) {
            this.out.push(token);
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = lastItem(top);
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = lastItem(top);
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                default:
                    this.pop();
                    this.pop(token);
            }
            if ((top.type === 'document' || top.type === 'block-map' || top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const items = token.items;
                const last = items[items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every((st) => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    items.splice(-1, 1);
                }
            }
        }
    }
    stream() {
        switch (this.type) {
            case 'directive-line':
                this.out.push({ type: 'directive', offset: this.offset, source: this.source });
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                this.out.push(this.sourceToken);
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = { type: 'document', offset: this.offset, start: [] };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        this.out.push({
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source,
        });
    }
    document(doc) {
        if (doc.value)
            return this.lineEnd(doc);
        const start = doc.start;
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(start) !== -1) {
                    this.pop();
                    this.step();
                }
                else
                    start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            this.out.push({
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source,
            });
        }
    }
    scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }],
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            this.lineEnd(scalar);
    }
    blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar': {
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                let nl = this.source.indexOf('\n') + 1;
                while (nl !== 0) {
                    this.onNewLine(this.offset + nl);
                    nl = this.source.indexOf('\n', nl) + 1;
                }
                this.pop();
                break;
            }
            default:
                this.pop();
                this.step();
        }
    }
    blockMap(map) {
        const items = map.items;
        const it = lastItem(map);
        const mapIndent = map.indent;
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, mapIndent)) {
                        const prev = items[items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= mapIndent) {
            const atMapIndent = !this.onKeyLine && this.indent === mapIndent;
            const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > mapIndent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }],
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    this.blockMapValueInd(map, it, start, atNextItem);
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey && it.sep && !includesToken(it.sep, 'newline')) {
                                this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source,
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        this.pop();
        this.step();
    }
    /** The `map-value-ind` case of blockMap (the original's inline branch, unchanged). */
    blockMapValueInd(map, it, start, atNextItem) {
        const items = map.items;
        if (it.explicitKey) {
            if (!it.sep) {
                if (includesToken(it.start, 'newline')) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                }
                else {
                    const start = getFirstKeyStartProps(it.start);
                    this.stack.push({
                        type: 'block-map',
                        offset: this.offset,
                        indent: this.indent,
                        items: [{ start, key: null, sep: [this.sourceToken] }],
                    });
                }
            }
            else if (it.value) {
                items.push({ start: [], key: null, sep: [this.sourceToken] });
            }
            else if (includesToken(it.sep, 'map-value-ind')) {
                this.stack.push({
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }],
                });
            }
            else if (isFlowToken(it.key) && !includesToken(it.sep, 'newline')) {
                const start = getFirstKeyStartProps(it.start);
                const key = it.key;
                const sep = it.sep;
                sep.push(this.sourceToken);
                delete it.key;
                delete it.sep;
                this.stack.push({
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key, sep }],
                });
            }
            else if (start.length > 0) {
                // Not actually at next item
                it.sep = it.sep.concat(start, this.sourceToken);
            }
            else {
                it.sep.push(this.sourceToken);
            }
        }
        else {
            if (!it.sep) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
            }
            else if (it.value || atNextItem) {
                items.push({ start, key: null, sep: [this.sourceToken] });
            }
            else if (includesToken(it.sep, 'map-value-ind')) {
                this.stack.push({
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }],
                });
            }
            else {
                it.sep.push(this.sourceToken);
            }
        }
    }
    blockSequence(seq) {
        const items = seq.items;
        const it = lastItem(seq);
        const seqIndent = seq.indent;
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seqIndent)) {
                        const prev = items[items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seqIndent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seqIndent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seqIndent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        this.pop();
        this.step();
    }
    flowCollection(fc) {
        const items = fc.items;
        const end = fc.end;
        const it = items[items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            if (bv)
                this.stack.push(bv);
            else {
                this.pop();
                this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' && !lastItem(parent).sep))) {
                this.pop();
                this.step();
            }
            else if (this.type === 'map-value-ind' && parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = end.splice(1, end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }],
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        let nl = this.source.indexOf('\n') + 1;
        while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf('\n', nl) + 1;
        }
        return { type, offset: this.offset, indent: this.indent, source: this.source };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: '',
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: [],
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }],
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }],
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }],
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every((st) => st.type === 'newline' || st.type === 'space');
    }
    documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                this.pop();
        }
    }
    lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                this.pop();
                this.step();
                break;
            default:
                // newline, space, comment; all other values are errors
                if (this.type === 'newline')
                    this.onKeyLine = false;
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    this.pop();
        }
    }
}
/**
 * The CST tokens of the lexemes `lexemes` gives (the Lexer's output for one text), exactly as
 * yaml's `new Parser(onNewLine)` gives them token by token, with `onNewLine` called at every
 * line start after the first (the caller records offset 0, as `Parser.parse` would), and
 * `onRootItem`, when given, with each final item of a top-level block map (see RootItemSink).
 */
function parseCstTokens(lexemes, onNewLine, onRootItem) {
    const parser = new CstParser(onNewLine, onRootItem);
    for (let lexeme = lexemes.next(); lexeme !== undefined; lexeme = lexemes.next())
        parser.next(lexeme);
    parser.end();
    return parser.out;
}


/***/ }),

/***/ 37425:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pathOf = pathOf;
exports.lineAt = lineAt;
exports.baseOf = baseOf;
exports.lastSegment = lastSegment;
exports.identityOf = identityOf;
exports.hintOf = hintOf;
exports.markerOf = markerOf;
exports.readField = readField;
exports.textAt = textAt;
exports.anchorOf = anchorOf;
/**
 * What the per-kind finders share while one document is walked: where a node sits, the
 * results collected so far, and small helpers to read a field or a marker the same way.
 */
const yaml_1 = __webpack_require__(38815);
const reference_js_1 = __webpack_require__(14548);
const flux_markers_js_1 = __webpack_require__(89713);
const image_occurrence_js_1 = __webpack_require__(20541);
const yaml_maps_js_1 = __webpack_require__(84095);
const yaml_scalars_js_1 = __webpack_require__(31459);
/** The path from the document root to the node at `loc`. */
function pathOf(loc) {
    if (loc.path)
        return loc.path;
    // concat allocates the path at its size; a spread or a push leaves room for 16 more
    // elements (about 230 bytes instead of 90), and occurrences keep their paths.
    const above = loc.parent ? pathOf(loc.parent) : [];
    const path = loc.segment === undefined ? above.slice() : above.concat(loc.segment);
    loc.path = path;
    return path;
}
/** The 1-based line of the key (or node) at `loc`. */
function lineAt(ctx, loc) {
    return ctx.source.lineOf(loc.offset);
}
/** The fields every occurrence and skipped occurrence start with. */
function baseOf(ctx, loc, kind, line = lineAt(ctx, loc)) {
    const keyPath = (0, image_occurrence_js_1.formatKeyPath)(pathOf(loc));
    return { file: ctx.source.file, document: ctx.document, line, kind, keyPath };
}
/** The last path segment of a repository name: `api` for `ghcr.io/org/api`. */
function lastSegment(repository) {
    return repository.slice(repository.lastIndexOf('/') + 1);
}
/** Identity from names that identify a service and repositories as written. */
function identityOf(names, repositories) {
    const matchNames = [...new Set(names.filter((n) => !!n))];
    const normal = repositories.map((r) => (r ? (0, reference_js_1.normalizeRepositoryText)(r) : undefined));
    return { matchNames, matchRepositories: [...new Set(normal.filter((r) => !!r))] };
}
/** A hint and its source, omitting both when there is no hint. */
function hintOf(hint, source) {
    return hint ? { serviceHint: hint, hintSource: source } : {};
}
/**
 * The `$imagepolicy` marker after a scalar, if any. A marker that cannot be read is recorded
 * as skipped (it says nothing the engine can act on) and `undefined` is returned.
 */
function markerOf(ctx, node, loc) {
    if (!ctx.hasMarkers || !(0, yaml_1.isScalar)(node) || !node.range)
        return undefined;
    const end = node.range[1];
    const marker = (0, flux_markers_js_1.markerAfter)(ctx.source.text, end);
    if (marker === undefined)
        return undefined;
    ctx.markersRead.add(ctx.source.lineOf(end));
    if (marker.ok)
        return marker;
    ctx.skipped.push({
        ...baseOf(ctx, loc, 'flux-marker', ctx.source.lineOf(end)),
        reason: 'unrecognised-marker',
        detail: marker.detail,
        matchNames: [],
        matchRepositories: [],
    });
    return undefined;
}
/** Read the value of `pair` (in the map at `mapPath`) as a writable span. */
function readField(ctx, pair, mapPath) {
    const key = (0, yaml_maps_js_1.pairKey)(pair) ?? '';
    const { text, lineOf } = ctx.source;
    const read = (0, yaml_scalars_js_1.readScalar)(pair.value, text, lineOf, (0, yaml_maps_js_1.colonOffset)(pair, text));
    if (!read.ok)
        return read;
    return { ok: true, span: { ...read.span, key, path: mapPath.concat(key) } };
}
/** The one-line text of a map's scalar value at `key`, if it has one. */
function textAt(pairs, key) {
    return (0, yaml_scalars_js_1.scalarText)(pairs.get(key)?.value);
}
/** Anchors on a node (none for a missing node). */
function anchorOf(node) {
    const anchor = node?.anchor;
    return anchor ? [anchor] : [];
}


/***/ }),

/***/ 82572:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findInParsedFile = findInParsedFile;
exports.findImageOccurrences = findImageOccurrences;
exports.analyseFile = analyseFile;
/**
 * Find every place an image is written in a YAML file, in one walk over each document:
 * Helm image maps, kustomize images, Flux setter markers and image strings. Service-agnostic,
 * pure and total: what cannot be edited safely is reported as skipped, with a reason.
 */
const yaml_1 = __webpack_require__(38815);
const find_context_js_1 = __webpack_require__(37425);
const argocd_applications_js_1 = __webpack_require__(75864);
const image_edit_errors_js_1 = __webpack_require__(33486);
const flux_marker_groups_js_1 = __webpack_require__(32483);
const flux_markers_js_1 = __webpack_require__(89713);
const helm_image_maps_js_1 = __webpack_require__(83782);
const image_occurrence_js_1 = __webpack_require__(20541);
const image_strings_js_1 = __webpack_require__(74196);
const kustomize_images_js_1 = __webpack_require__(42888);
const yaml_file_js_1 = __webpack_require__(18218);
const yaml_maps_js_1 = __webpack_require__(84095);
/** The anchors above and on `node`. */
function anchorsWith(anchors, node) {
    const anchor = node?.anchor;
    return anchor ? [...anchors, anchor] : anchors;
}
function startOf(node) {
    return node?.range?.[0];
}
/** Read a scalar collection member: a marked scalar, or an image string at a key `image`. */
function readMember(w, value, loc, marked, pair) {
    const marker = (0, find_context_js_1.markerOf)(w.ctx, value, loc);
    if (marker?.field === 'ref')
        (0, image_strings_js_1.readImageString)(w.ctx, value, loc, marker);
    else if (marker) {
        const colon = pair ? (0, yaml_maps_js_1.colonOffset)(pair, w.ctx.source.text) : undefined;
        marked.push({ node: value, loc, marker, ...(colon !== undefined ? { colon } : {}) });
    }
    else if (loc.key === 'image')
        (0, image_strings_js_1.readImageString)(w.ctx, value, loc);
}
/**
 * Throw when a map repeats a key, as the parser would (Helm and kustomize reject such files):
 * keys are equal when their scalar values are (so `1` and `"1"` differ), and repeated `<<`
 * merge keys are allowed.
 */
function checkUniqueKeys(w, map) {
    if (map.items.length < 2)
        return;
    const seen = new Set();
    for (const pair of map.items) {
        const key = pair.key;
        if (!(0, yaml_1.isScalar)(key) || key.value === '<<')
            continue;
        const identity = `${typeof key.value}:${String(key.value)}`;
        if (!seen.has(identity)) {
            seen.add(identity);
            continue;
        }
        const { file, lineOf } = w.ctx.source;
        throw new image_edit_errors_js_1.YamlSyntaxError(file, lineOf(startOf(key) ?? 0), `is not valid YAML: the key ${JSON.stringify(String(key.value))} is repeated in one map`);
    }
}
/** Walk one pair (at `key`) of `map` (at `loc`); scalar members with a marker go to `marked`. */
function walkPair(w, map, loc, pair, key, marked) {
    const value = pair.value;
    const childLoc = {
        segment: key,
        key,
        offset: startOf(pair.key) ?? startOf(value) ?? loc.offset,
        container: map,
        parent: loc,
        anchors: anchorsWith(loc.anchors, value),
    };
    if ((0, yaml_1.isMap)(value) || (0, yaml_1.isSeq)(value))
        walkNode(w, value, childLoc);
    else if (w.argoApplication && key === 'values' && (0, argocd_applications_js_1.isHelmOfSource)(loc))
        (0, argocd_applications_js_1.readHelmValuesString)(w.ctx, value, childLoc, (text) => findImageOccurrences(`${w.ctx.source.file} (${(0, image_occurrence_js_1.formatKeyPath)((0, find_context_js_1.pathOf)(childLoc))})`, text)
            .occurrences);
    else
        readMember(w, value, childLoc, marked, pair);
}
function walkMap(w, map, loc) {
    const keys = map.items.map(yaml_maps_js_1.pairKey);
    checkUniqueKeys(w, map);
    const claimed = (0, helm_image_maps_js_1.readHelmImageMap)(w.ctx, map, loc, keys);
    const marked = [];
    map.items.forEach((pair, i) => {
        const key = keys[i];
        if (key !== undefined && !claimed?.has(pair))
            walkPair(w, map, loc, pair, key, marked);
    });
    if (marked.length > 0)
        (0, flux_marker_groups_js_1.readFluxMarkerGroups)(w.ctx, loc, marked);
}
/** Whether the sequence at `loc` is the Kustomization's `images` list. */
function isImagesList(w, loc) {
    return loc.key === 'images' && (0, find_context_js_1.pathOf)(loc).join('.') === w.imagesPath;
}
function walkSeq(w, seq, loc) {
    if (w.argoApplication && (0, argocd_applications_js_1.isHelmParameters)(loc))
        (0, argocd_applications_js_1.readHelmParameters)(w.ctx, seq, loc);
    const images = w.imagesPath !== undefined && isImagesList(w, loc);
    const marked = [];
    seq.items.forEach((item, index) => {
        const childLoc = {
            segment: index,
            offset: startOf(item) ?? loc.offset,
            container: seq,
            parent: loc,
            anchors: anchorsWith(loc.anchors, item),
        };
        if (images) {
            if ((0, yaml_1.isMap)(item))
                checkUniqueKeys(w, item);
            (0, kustomize_images_js_1.readKustomizeImage)(w.ctx, item, childLoc);
        }
        else if ((0, yaml_1.isMap)(item) || (0, yaml_1.isSeq)(item))
            walkNode(w, item, childLoc);
        else
            readMember(w, item, childLoc, marked);
    });
    if (marked.length > 0)
        (0, flux_marker_groups_js_1.readFluxMarkerGroups)(w.ctx, loc, marked);
}
function walkNode(w, node, loc) {
    if ((0, yaml_1.isMap)(node))
        walkMap(w, node, loc);
    else if ((0, yaml_1.isSeq)(node))
        walkSeq(w, node, loc);
}
/** The line of the first alias of each anchor name in the document, in document order. */
function aliasLinesOf(ctx) {
    const aliasLines = new Map();
    (0, yaml_1.visit)(ctx.doc, {
        Alias(_, alias) {
            if (!aliasLines.has(alias.source))
                aliasLines.set(alias.source, ctx.source.lineOf(alias.range?.[0] ?? 0));
        },
    });
    return aliasLines;
}
/** Mark the occurrences whose anchors an alias of the document refers to. */
function markSharedAnchors(ctx, aliasLines) {
    if (ctx.anchorsOf.size === 0)
        return;
    aliasLines ??= aliasLinesOf(ctx);
    for (const [occurrence, anchors] of ctx.anchorsOf) {
        const anchor = anchors.find((a) => aliasLines.has(a));
        if (anchor !== undefined)
            occurrence.sharedAnchor = { anchor, aliasLine: aliasLines.get(anchor) };
    }
}
function contextOf(source, doc, document) {
    return {
        source,
        doc,
        document,
        occurrences: [],
        skipped: [],
        anchorsOf: new Map(),
        markersRead: new Set(),
        hasMarkers: (0, flux_markers_js_1.mayHaveMarkers)(source.text),
    };
}
/** Find the occurrences of one parsed document. */
function findInDocument(source, doc, document) {
    const ctx = contextOf(source, doc, document);
    const imagesPath = (0, kustomize_images_js_1.kustomizeImagesPath)(doc, source.file);
    const root = doc.contents;
    const loc = { offset: startOf(root) ?? 0, anchors: anchorsWith([], root) };
    const argoApplication = (0, argocd_applications_js_1.isArgoApplication)(ctx);
    walkNode({ ctx, ...(imagesPath ? { imagesPath } : {}), argoApplication }, root, loc);
    markSharedAnchors(ctx);
    return ctx;
}
/** Raised when a hollowed document cannot be finished: analyseFile then starts again. */
class SearchAgain extends Error {
}
/** Record the first alias line of each anchor name under `node`; whether it holds an anchor. */
function scanPairNode(node, w, lineOf) {
    if ((0, yaml_1.isAlias)(node)) {
        if (!w.aliasLines.has(node.source))
            w.aliasLines.set(node.source, lineOf(node.range?.[0] ?? 0));
        return false;
    }
    let anchored = !!node?.anchor;
    if ((0, yaml_1.isMap)(node))
        for (const pair of node.items) {
            if (scanPairNode(pair.key, w, lineOf))
                anchored = true;
            if (scanPairNode(pair.value, w, lineOf))
                anchored = true;
        }
    else if ((0, yaml_1.isSeq)(node))
        for (const item of node.items)
            if (scanPairNode(item, w, lineOf))
                anchored = true;
    return anchored;
}
/** The walks of one file's streamed documents, fed by parseYamlFile's onRootPair. */
class RootWalks {
    walks = new Map();
    onRootPair = (source, pair, doc, offset) => {
        let walk = this.walks.get(doc);
        if (!walk) {
            walk = {
                // The document's index is known at the end (finishRootWalk sets it).
                w: { ctx: contextOf(source, doc, -1) },
                loc: { offset, anchors: [] },
                marked: [],
                aliasLines: new Map(),
                hollowed: false,
                unusable: false,
            };
            this.walks.set(doc, walk);
        }
        if (walk.unusable)
            return;
        try {
            const key = (0, yaml_maps_js_1.pairKey)(pair);
            // With a `repository` key the root may be a Helm image map, read before its pairs.
            if (key === 'repository') {
                walk.unusable = true;
                return;
            }
            const anchored = [pair.key, pair.value].map((n) => scanPairNode(n, walk, source.lineOf));
            if (key !== undefined)
                walkPair(walk.w, doc.contents, walk.loc, pair, key, walk.marked);
            if (!anchored.includes(true) && ((0, yaml_1.isMap)(pair.value) || (0, yaml_1.isSeq)(pair.value))) {
                pair.value = null;
                walk.hollowed = true;
            }
        }
        catch {
            // Whatever went wrong, the whole search says it again, in its own order.
            walk.unusable = true;
        }
    };
}
/**
 * What walkMap and findInDocument do around the pairs of a root map walked while it was
 * composed; SearchAgain when the walk cannot stand for theirs (a Kustomization or an Argo CD
 * Application, read differently from the start, or a walk that failed), or `undefined` when
 * its document is whole and can simply be searched.
 */
function finishRootWalk(doc, index, walk) {
    const { ctx } = walk.w;
    const root = doc.contents;
    const unusable = walk.unusable ||
        !(0, yaml_1.isMap)(root) ||
        (0, kustomize_images_js_1.kustomizeImagesPath)(doc, ctx.source.file) !== undefined ||
        (0, argocd_applications_js_1.isArgoApplication)(ctx);
    if (unusable && walk.hollowed)
        throw new SearchAgain();
    if (unusable)
        return undefined;
    checkUniqueKeys(walk.w, root);
    if (walk.marked.length > 0)
        (0, flux_marker_groups_js_1.readFluxMarkerGroups)(ctx, walk.loc, walk.marked);
    markSharedAnchors(ctx, walk.aliasLines);
    ctx.document = index;
    for (const found of [...ctx.occurrences, ...ctx.skipped])
        found.document = index;
    return ctx;
}
/** Report `$imagepolicy` comments that no scalar carries (in a comment line, a block scalar…). */
function strayMarkers(source, read) {
    const stray = [];
    for (const offset of (0, flux_markers_js_1.markerCommentOffsets)(source.text)) {
        const line = source.lineOf(offset);
        if (read.has(line))
            continue;
        const document = source.documents.findIndex((d) => offset < (d.range[2] ?? 0));
        stray.push({
            file: source.file,
            document: Math.max(document, 0),
            line,
            kind: 'flux-marker',
            keyPath: '',
            reason: 'marker-not-on-scalar',
            detail: 'a $imagepolicy marker that follows no scalar value; Flux ignores it too',
            matchNames: [],
            matchRepositories: [],
        });
    }
    return stray;
}
/** Find every image occurrence in an already parsed file. */
function findInParsedFile(source, walks) {
    const occurrences = [];
    const skipped = [];
    const markersRead = new Set();
    source.documents.forEach((doc, index) => {
        const walk = source.streamed.has(doc) ? walks?.get(doc) : undefined;
        const ctx = (walk && finishRootWalk(doc, index, walk)) ?? findInDocument(source, doc, index);
        occurrences.push(...ctx.occurrences);
        skipped.push(...ctx.skipped);
        for (const line of ctx.markersRead)
            markersRead.add(line);
    });
    if ((0, flux_markers_js_1.mayHaveMarkers)(source.text))
        skipped.push(...strayMarkers(source, markersRead));
    const byPlace = (a, b) => a.document - b.document || a.line - b.line;
    occurrences.sort(byPlace);
    skipped.sort(byPlace);
    return { occurrences, skipped };
}
/**
 * Find every image occurrence in every YAML document of `text`. Pure and total: a value that
 * cannot be edited safely is reported in `skipped`; only a file that is not YAML throws
 * (a YamlSyntaxError naming the file and line).
 */
function findImageOccurrences(file, text) {
    return analyseFile({ path: file, text }, { hollow: true }).found;
}
/** Parse and search one file (a YamlSyntaxError when it does not parse). */
function analyseFile(file, options = {}) {
    const { hollow, streamFrom } = options;
    const parse = streamFrom === undefined ? {} : { streamFrom };
    if (hollow) {
        const walks = new RootWalks();
        const source = (0, yaml_file_js_1.parseYamlFile)(file.path, file.text, { ...parse, onRootPair: walks.onRootPair });
        try {
            const found = findInParsedFile(source, walks.walks);
            // A walk of documents the parse gave up on (outside the subset) hollowed nothing kept.
            const hollowed = [...walks.walks].some(([doc, w]) => w.hollowed && source.streamed.has(doc));
            return hollowed ? { source, found, hollow: true } : { source, found };
        }
        catch (error) {
            if (!(error instanceof SearchAgain))
                throw error;
        }
    }
    const source = (0, yaml_file_js_1.parseYamlFile)(file.path, file.text, parse);
    return { source, found: findInParsedFile(source) };
}


/***/ }),

/***/ 32483:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readFluxMarkerGroups = readFluxMarkerGroups;
/**
 * Flux markers with a `:tag`, `:name` or `:digest` suffix that are not part of a Helm map or a
 * kustomize image: the marked scalars of one collection that name the same policy form one
 * occurrence (its tag, its digest, and its repository from the `:name` scalar).
 *
 *   backend:
 *     repo: ghcr.io/org/backend            # {"$imagepolicy": "flux-system:backend:name"}
 *     version: develop-v0.0.1-a1b2c3d-1    # {"$imagepolicy": "flux-system:backend:tag"}
 */
const find_context_js_1 = __webpack_require__(37425);
const yaml_scalars_js_1 = __webpack_require__(31459);
/** Group the suffix-marked scalars of one collection by policy and record each group. */
function readFluxMarkerGroups(ctx, container, marked) {
    const groups = new Map();
    for (const item of marked) {
        const group = groups.get(item.marker.policy);
        if (group)
            group.push(item);
        else
            groups.set(item.marker.policy, [item]);
    }
    for (const [policy, items] of groups)
        readGroup(ctx, container, policy, items);
}
/** Record one policy's marked scalars as a flux-marker occurrence (or a skipped one). */
function readGroup(ctx, container, policy, items) {
    const first = items[0];
    const { text, lineOf } = ctx.source;
    const fields = {};
    let repository;
    const name = first.marker.name;
    const described = { serviceHint: name, hintSource: 'flux-policy', policy };
    for (const item of items) {
        const read = (0, yaml_scalars_js_1.readScalar)(item.node, text, lineOf, item.colon);
        const base = (0, find_context_js_1.baseOf)(ctx, container, 'flux-marker', (0, find_context_js_1.lineAt)(ctx, item.loc));
        if (!read.ok) {
            const identity = (0, find_context_js_1.identityOf)([name], [repository]);
            const field = item.marker.field;
            const { reason, detail, line } = read;
            ctx.skipped.push({ ...base, ...identity, ...described, field, reason, detail, line });
            return;
        }
        const path = (0, find_context_js_1.pathOf)(item.loc);
        const key = path[path.length - 1] ?? '';
        const span = { ...read.span, key, path };
        if (item.marker.field === 'name')
            repository ??= span.value || undefined;
        else if (item.marker.field === 'tag' || item.marker.field === 'digest')
            fields[item.marker.field] ??= span;
    }
    const occurrence = {
        ...(0, find_context_js_1.baseOf)(ctx, container, 'flux-marker', (0, find_context_js_1.lineAt)(ctx, first.loc)),
        ...(0, find_context_js_1.identityOf)([name], [repository]),
        ...described,
        ...(repository ? { repository } : {}),
        ...(fields.tag?.value ? { tag: fields.tag.value } : {}),
        ...(fields.digest?.value ? { digest: fields.digest.value } : {}),
        fields,
    };
    ctx.occurrences.push(occurrence);
    const anchors = [...new Set(items.flatMap((item) => item.loc.anchors))];
    if (anchors.length > 0)
        ctx.anchorsOf.set(occurrence, anchors);
}


/***/ }),

/***/ 89713:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Flux image-automation setter markers: a line comment `# {"$imagepolicy": "<ns>:<policy>"}`
 * after a scalar marks the whole reference; a `:tag`, `:name` or `:digest` suffix marks only
 * that part. The comment is read from the bytes after the scalar on the same line, exactly as
 * the image-automation controller finds it.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mayHaveMarkers = mayHaveMarkers;
exports.parseMarkerPolicy = parseMarkerPolicy;
exports.markerAfter = markerAfter;
exports.markerCommentOffsets = markerCommentOffsets;
const SUFFIXES = new Set(['tag', 'name', 'digest']);
const MARKER_KEY = '$imagepolicy';
/** Whether the file mentions a marker at all (a fast path for the finder). */
function mayHaveMarkers(text) {
    return text.includes(MARKER_KEY);
}
/** The text of the line comment that starts after `offset` on the same line, if any. */
function trailingComment(text, offset) {
    let i = offset;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    if (text[i] !== '#' || i === offset)
        return undefined;
    let end = text.indexOf('\n', i);
    if (end < 0)
        end = text.length;
    if (text[end - 1] === '\r')
        end--;
    return text.slice(i + 1, end);
}
/** Parse a marker's policy string: `ns:name`, `ns:name:tag`, `ns:name:name`, `ns:name:digest`. */
function parseMarkerPolicy(value) {
    const parts = value.split(':');
    const [namespace, name, suffix] = parts;
    const valid = (part) => part !== undefined && /^[a-z0-9][a-z0-9.-]*$/.test(part);
    if (parts.length > 3 || !valid(namespace) || !valid(name))
        return { ok: false, detail: `"${value}" is not <namespace>:<policy>[:tag|:name|:digest]` };
    if (suffix !== undefined && !SUFFIXES.has(suffix))
        return {
            ok: false,
            detail: `"${value}" ends in ":${suffix}"; expected :tag, :name or :digest`,
        };
    const field = suffix === undefined ? 'ref' : suffix;
    return { ok: true, policy: `${namespace}:${name}`, name: name, field };
}
/**
 * The marker in the line comment right after a scalar that ends at `offset`; `undefined` when
 * there is no `$imagepolicy` comment there.
 */
function markerAfter(text, offset) {
    const comment = trailingComment(text, offset);
    if (comment === undefined || !comment.includes(MARKER_KEY))
        return undefined;
    let data;
    try {
        data = JSON.parse(comment.trim());
    }
    catch {
        return { ok: false, detail: `the marker comment is not JSON: ${comment.trim()}` };
    }
    const value = data?.[MARKER_KEY];
    if (typeof value !== 'string')
        return { ok: false, detail: `the marker's "${MARKER_KEY}" is not a string` };
    return parseMarkerPolicy(value);
}
/** Offsets of every `$imagepolicy` line comment in the file (for markers attached to nothing). */
function markerCommentOffsets(text) {
    const offsets = [];
    const pattern = /#[^\n]*\$imagepolicy/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text))
        offsets.push(match.index);
    return offsets;
}


/***/ }),

/***/ 93180:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.markerNamespaces = markerNamespaces;
exports.activeFluxNamespace = activeFluxNamespace;
exports.inOtherNamespace = inOtherNamespace;
/**
 * Flux setter markers name their ImagePolicy as `<namespace>:<name>`, and teams that keep one
 * namespace per environment (seed 003: `develop`, `staging`, `production`) have a policy of the
 * same name in each. With a broad glob, a bump for one environment must not write into another's
 * markers: a marker whose namespace is not the bump's Flux namespace is left alone.
 *
 * The namespace is `flux-namespace` when given. By default it is the environment, but only when
 * some marker of the matched files is in that namespace: a repository whose markers all live in
 * one namespace (`flux-system`) does not namespace by environment, and is not filtered.
 */
const flux_markers_js_1 = __webpack_require__(89713);
/** The namespaces of the readable `$imagepolicy` markers in `files`. */
function markerNamespaces(files) {
    const namespaces = new Set();
    for (const { text } of files) {
        if (!(0, flux_markers_js_1.mayHaveMarkers)(text))
            continue;
        for (const offset of (0, flux_markers_js_1.markerCommentOffsets)(text)) {
            const marker = (0, flux_markers_js_1.markerAfter)(text, offset - 1); // the `#` follows white space
            if (marker?.ok)
                namespaces.add(marker.policy.slice(0, marker.policy.indexOf(':')));
        }
    }
    return namespaces;
}
/** The namespace to filter markers by, or `undefined` when every marker is written. */
function activeFluxNamespace(setting, files) {
    if (setting === undefined || setting.namespace === '')
        return undefined;
    if (setting.explicit)
        return setting.namespace;
    return markerNamespaces(files).has(setting.namespace) ? setting.namespace : undefined;
}
/** Whether an occurrence carries a marker of another namespace than `namespace`. */
function inOtherNamespace(occ, namespace) {
    if (namespace === undefined || occ.policy === undefined)
        return false;
    return occ.policy.slice(0, occ.policy.indexOf(':')) !== namespace;
}


/***/ }),

/***/ 61889:
/***/ ((__unused_webpack_module, exports) => {


/**
 * How go-yaml v2 (gopkg.in/yaml.v2, which Helm reads values with through sigs.k8s.io/yaml, and
 * kustomize reads `newTag` with) resolves an untagged plain scalar: a model of its `resolve()`
 * (resolve.go, v2.4.0) and of the Go `strconv` parsers it calls, checked value by value against
 * the real library (test/go-yaml-v2/). No package does this: the `yaml` package's YAML 1.1
 * schema differs from go-yaml v2 (go-yaml strips every `_` before parsing an integer, reads `08`
 * as the float 8, knows no sexagesimal numbers and keeps timestamps as strings).
 *
 * The rules, in go-yaml's order:
 * 1. The first character gives a hint: a sign (`+-`), a digit, one of `yYnNtTfFoO~`, or `.`;
 *    any other first character (and an empty value, which is null) is a string at once.
 * 2. The words y/Y/yes/Yes/YES, n/N/no/No/NO, true/True/TRUE, false/False/FALSE, on/On/ON,
 *    off/Off/OFF (booleans), ~/null/Null/NULL (null), .nan/.inf/+.inf/-.inf in three cases
 *    (floats) are not strings (`<<` is a string: `<` gives no hint).
 * 3. Starting with `.`: a float when Go's ParseFloat reads it (`.5`, `.5_5`, `.5e1_0`).
 * 4. Starting with a sign or a digit: a timestamp (`2024-01-02`) stays a string; otherwise every
 *    `_` is removed and the rest is an integer when ParseInt/ParseUint with base 0 read it
 *    (`1_000`, `0x1F`, `0X1F`, `0o17`, `0O17`, `0b101`, `017` octal, `+1`), a float when it
 *    matches `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` and is finite (`08`, `1e3`,
 *    `1.`), or binary after `0b`/`-0b` (`0b-1`). Out of range is a string (`1e400`).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.goYamlV2ReadsAsString = goYamlV2ReadsAsString;
const WORDS = new Set(('y Y yes Yes YES true True TRUE on On ON n N no No NO false False FALSE off Off OFF ' +
    '~ null Null NULL .nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF').split(' '));
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** Go's underscoreOK: each `_` sits between digits (or after a base prefix and before a digit). */
function underscoreOK(text) {
    let s = text;
    if (s.startsWith('-') || s.startsWith('+'))
        s = s.slice(1);
    let saw = '^';
    let i = 0;
    let hex = false;
    if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
        i = 2;
        saw = '0';
        hex = s[1] === 'x' || s[1] === 'X';
    }
    for (; i < s.length; i++) {
        const c = s[i];
        if (/[0-9]/.test(c) || (hex && /[a-fA-F]/.test(c)))
            saw = '0';
        else if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
        }
        else {
            if (saw === '_')
                return false;
            saw = '!';
        }
    }
    return saw !== '_';
}
/** Go's ParseFloat(s, 64) succeeds, for a decimal float (the only kind reached here). */
function parsesAsGoFloat(s) {
    if (!/^[-+]?(?:[0-9_]+\.?[0-9_]*|\.[0-9_]+)(?:[eE][-+]?[0-9_]+)?$/.test(s))
        return false;
    if (s.includes('_') && !underscoreOK(s))
        return false;
    const [mantissa = '', exponent] = s.replace(/_/g, '').split(/[eE]/);
    if (!/[0-9]/.test(mantissa) || (exponent !== undefined && !/[0-9]/.test(exponent)))
        return false;
    return Number.isFinite(Number(s.replace(/_/g, '')));
}
/** The unsigned value of `digits` in `base`, or undefined when a digit is not of the base. */
function unsignedValue(digits, base) {
    const pattern = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base];
    if (!pattern.test(digits))
        return undefined;
    const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[base];
    return BigInt(prefix + digits);
}
/** Go's ParseInt(s, base, 64) or ParseUint(s, base, 64) succeeds (no `_` left in `s`). */
function parsesAsGoInt(s, explicitBase) {
    const sign = s.startsWith('-') || s.startsWith('+') ? s[0] : '';
    const body = s.slice(sign.length);
    let value;
    if (explicitBase)
        value = unsignedValue(body, explicitBase);
    else if (/^0[xX]/.test(body))
        value = unsignedValue(body.slice(2), 16);
    else if (/^0[oO]/.test(body))
        value = unsignedValue(body.slice(2), 8);
    else if (/^0[bB]/.test(body))
        value = unsignedValue(body.slice(2), 2);
    else if (body.startsWith('0'))
        value = body === '0' ? 0n : unsignedValue(body.slice(1), 8);
    else
        value = unsignedValue(body, 10);
    if (value === undefined)
        return false;
    const signed = sign === '-' ? -value : value;
    if (signed >= INT64_MIN && signed <= INT64_MAX)
        return true;
    return sign === '' && value <= UINT64_MAX;
}
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** A value with a sign or digit first: an int, a float, or binary after `0b` (timestamps stay strings). */
function isGoNumber(value) {
    const plain = value.replace(/_/g, '');
    if (parsesAsGoInt(plain))
        return true;
    if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain)))
        return true;
    if (plain.startsWith('0b'))
        return parsesAsGoInt(plain.slice(2), 2);
    if (plain.startsWith('-0b'))
        return parsesAsGoInt(`-${plain.slice(3)}`, 2);
    return false;
}
/** Whether go-yaml v2 reads `value`, written as an untagged plain scalar, as that string. */
function goYamlV2ReadsAsString(value) {
    const first = value[0];
    if (first === undefined)
        return false; // empty is null
    if (WORDS.has(value))
        return false;
    if (first === '.')
        return !parsesAsGoFloat(value);
    if (/[-+0-9]/.test(first))
        return !isGoNumber(value);
    return true;
}


/***/ }),

/***/ 83782:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readHelmImageMap = readHelmImageMap;
/**
 * Helm-style image maps: the map at `<service>.image` (at any depth), and any map with a
 * `repository` that names an image and a `tag` or `digest` beside it. Bitnami's
 * `registry` + `repository` split is joined back into one repository.
 *
 *   api:
 *     image:
 *       registry: ghcr.io          # optional
 *       repository: org/api
 *       tag: "1.7.3"
 *       digest: sha256:…           # added after the tag when missing
 */
const yaml_1 = __webpack_require__(38815);
const reference_js_1 = __webpack_require__(14548);
const find_context_js_1 = __webpack_require__(37425);
const yaml_maps_js_1 = __webpack_require__(84095);
const IMAGE_MAP_KEYS = ['registry', 'repository', 'tag', 'digest'];
/** Whether `text` is a repository name (no tag, no digest). */
function isRepository(text) {
    if (text === undefined)
        return false;
    try {
        (0, reference_js_1.parseRepository)(text);
        return true;
    }
    catch {
        return false;
    }
}
/** The service a map at `…<service>.image` implies, and how. */
function hintFor(loc, repository) {
    if (loc.key === 'image') {
        const holder = loc.parent;
        if (holder?.key !== undefined)
            return { hint: holder.key, source: 'image-key-path' };
        if (holder && (0, yaml_1.isSeq)(holder.container) && (0, yaml_1.isMap)(loc.container)) {
            const name = (0, find_context_js_1.textAt)((0, yaml_maps_js_1.pairsByKey)(loc.container), 'name');
            if (name)
                return { hint: name, source: 'sibling-name' };
        }
    }
    else if (loc.key !== undefined) {
        return { hint: loc.key, source: 'parent-key' };
    }
    return { hint: repository ? (0, find_context_js_1.lastSegment)(repository) : undefined, source: 'repository-name' };
}
/** The pair after which missing keys go: the tag, else the last repository-ish key, else the last. */
function insertionAnchor(map, pairs) {
    const tag = pairs.get('tag');
    if (tag)
        return tag;
    const named = new Set([pairs.get('repository'), pairs.get('name'), pairs.get('registry')]);
    const items = map.items;
    for (let i = items.length - 1; i >= 0; i--)
        if (named.has(items[i]))
            return items[i];
    return items[items.length - 1];
}
/**
 * Read `map` as a Helm image map. Records an occurrence (or a skipped one) and returns the
 * pairs it claims, so the walk does not read them again; `undefined` when it is not one.
 */
function readHelmImageMap(ctx, map, loc, keys) {
    const atImageKey = loc.key === 'image';
    if (!atImageKey && !keys.includes('repository'))
        return undefined;
    const pairs = (0, yaml_maps_js_1.pairsByKey)(map);
    const repositoryKey = pairs.has('repository') || !atImageKey ? 'repository' : 'name';
    const registry = (0, find_context_js_1.textAt)(pairs, 'registry');
    const repoText = (0, find_context_js_1.textAt)(pairs, repositoryKey);
    const joined = registry && repoText ? `${registry.replace(/\/+$/, '')}/${repoText}` : repoText;
    const repository = isRepository(joined) ? joined : undefined;
    if (atImageKey ? !IMAGE_MAP_KEYS.some((k) => pairs.has(k)) : !repository)
        return undefined;
    if (!atImageKey && !pairs.has('tag') && !pairs.has('digest'))
        return undefined;
    const claimed = new Set();
    let policy;
    for (const key of ['registry', repositoryKey, 'tag', 'digest']) {
        const pair = pairs.get(key);
        if (!pair)
            continue;
        claimed.add(pair);
        const marker = (0, find_context_js_1.markerOf)(ctx, pair.value, loc);
        if (marker && !policy)
            policy = marker;
    }
    const { hint, source } = hintFor(loc, repository);
    const authoritative = source === 'image-key-path' ? hint : undefined;
    const identity = (0, find_context_js_1.identityOf)([authoritative, policy?.name], [repository]);
    const described = {
        ...(policy ? (0, find_context_js_1.hintOf)(policy.name, 'flux-policy') : (0, find_context_js_1.hintOf)(hint, source)),
        ...(policy ? { policy: policy.policy } : {}),
        ...(repository ? { repository } : {}),
    };
    const fields = {};
    for (const key of ['tag', 'digest']) {
        const pair = pairs.get(key);
        if (!pair)
            continue;
        const read = (0, find_context_js_1.readField)(ctx, pair, (0, find_context_js_1.pathOf)(loc));
        if (!read.ok) {
            ctx.skipped.push({
                ...(0, find_context_js_1.baseOf)(ctx, loc, 'helm-map'),
                ...identity,
                ...described,
                field: key,
                line: read.line,
                reason: read.reason,
                detail: `${key} ${read.detail}`,
            });
            return claimed;
        }
        fields[key] = read.span;
    }
    const anchor = insertionAnchor(map, pairs);
    const insertion = anchor
        ? (0, yaml_maps_js_1.insertionAfter)(ctx.source, map, anchor, (0, find_context_js_1.pathOf)(loc), { tagKey: 'tag', digestKey: 'digest' })
        : undefined;
    const occurrence = {
        ...(0, find_context_js_1.baseOf)(ctx, loc, 'helm-map'),
        ...identity,
        ...described,
        ...(fields.tag?.value ? { tag: fields.tag.value } : {}),
        ...(fields.digest?.value ? { digest: fields.digest.value } : {}),
        fields,
        ...(insertion ? { insertion } : {}),
    };
    ctx.occurrences.push(occurrence);
    const anchors = [...loc.anchors, ...[...claimed].flatMap((p) => (0, find_context_js_1.anchorOf)(p.value))];
    if (anchors.length > 0)
        ctx.anchorsOf.set(occurrence, anchors);
    return claimed;
}


/***/ }),

/***/ 65792:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.chartDefaultsPathOf = chartDefaultsPathOf;
exports.chartDefaultsNeeded = chartDefaultsNeeded;
exports.chartDefaultsByKeyPath = chartDefaultsByKeyPath;
exports.withChartDefaults = withChartDefaults;
exports.createOverlayReader = createOverlayReader;
/**
 * Helm overlays: an environment's values file (`values-prod.yaml`, `values-argocd.yaml`) often
 * sets only `image.tag` / `image.digest`, or a top-level `image:` map, while the `repository` is
 * in the chart's own `values.yaml`; Helm merges the two. So does the finder, the way
 * verify-digests does (`verify/chart-repositories.ts`): the chart is the nearest folder above
 * the file holding `Chart.yaml`, and a Helm image map of the overlay takes the identity of the
 * map at the same key path in the chart's `values.yaml` (its repository and the service names
 * that path implies). Only the overlay's bytes are ever edited; the defaults are only read.
 */
const chart_files_js_1 = __webpack_require__(58849);
const image_edit_errors_js_1 = __webpack_require__(33486);
/** The chart's `values.yaml` that `file` is an overlay of, if it is one ('' never). */
function chartDefaultsPathOf(file, paths) {
    const chart = (0, chart_files_js_1.chartDirOf)(file, paths);
    if (chart === undefined || !(0, chart_files_js_1.isValuesFile)(file, chart))
        return undefined;
    const defaults = (0, chart_files_js_1.chartDefaultsOf)(chart, paths);
    return defaults === file ? undefined : defaults;
}
/** The chart values files the overlays among `files` need, sorted (a caller reads them). */
function chartDefaultsNeeded(files, paths) {
    const needed = new Set();
    for (const file of files) {
        const defaults = chartDefaultsPathOf(file, paths);
        if (defaults !== undefined)
            needed.add(defaults);
    }
    return [...needed].sort();
}
/** The Helm image maps of a chart's values file that name a repository, by key path. */
function chartDefaultsByKeyPath(found) {
    const byKeyPath = new Map();
    for (const occ of found.occurrences) {
        if (occ.kind !== 'helm-map' || occ.repository === undefined || byKeyPath.has(occ.keyPath))
            continue;
        const identity = { matchNames: occ.matchNames, matchRepositories: occ.matchRepositories };
        byKeyPath.set(occ.keyPath, {
            file: occ.file,
            line: occ.line,
            repository: occ.repository,
            identity,
        });
    }
    return byKeyPath;
}
function union(a, b) {
    return [...new Set([...a, ...b])];
}
/** `item` with the identity of its chart default merged in, when it lacks a repository. */
function withDefault(item, defaults) {
    if (item.kind !== 'helm-map' || item.repository !== undefined)
        return item;
    const found = defaults.get(item.keyPath);
    if (found === undefined)
        return item;
    return {
        ...item,
        matchNames: union(item.matchNames, found.identity.matchNames),
        matchRepositories: union(item.matchRepositories, found.identity.matchRepositories),
        chartDefault: found,
    };
}
/** An overlay's occurrences with the identities its chart's values file gives them. */
function withChartDefaults(found, defaults) {
    if (defaults.size === 0)
        return found;
    return {
        occurrences: found.occurrences.map((o) => withDefault(o, defaults)),
        skipped: found.skipped.map((s) => withDefault(s, defaults)),
    };
}
/**
 * An overlay reader over `tree`. `find` is the finder (passed in so that this module does not
 * import the walk that imports it). A chart values file that does not parse identifies nothing
 * here: it is not edited, and verify-digests reports it.
 */
function createOverlayReader(tree, find) {
    const cache = new Map();
    const defaultsAt = (path) => {
        let defaults = cache.get(path);
        if (defaults === undefined) {
            defaults = new Map();
            try {
                defaults = chartDefaultsByKeyPath(find(path, tree?.read(path) ?? ''));
            }
            catch (error) {
                if (!(error instanceof image_edit_errors_js_1.YamlSyntaxError))
                    throw error; // not YAML: verify-digests says so
            }
            cache.set(path, defaults);
        }
        return defaults;
    };
    return {
        complete(file) {
            if (tree === undefined)
                return file;
            const path = chartDefaultsPathOf(file.source.file, tree.paths);
            if (path === undefined)
                return file;
            return { ...file, found: withChartDefaults(file.found, defaultsAt(path)) };
        },
    };
}


/***/ }),

/***/ 33486:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DowngradeError = exports.IdentityMismatchError = exports.EditVerificationError = exports.EditConflictError = exports.StaleDigestError = exports.UnsafeOccurrenceError = exports.YamlSyntaxError = void 0;
/**
 * Errors of the image-edit engine. Each is a FileError (it names the file and the 1-based
 * line) so a caller that only knows FileError still reports it well; catch the subclasses with
 * `instanceof` to tell the cases apart.
 */
const errors_js_1 = __webpack_require__(37638);
/** A YAML file that does not parse: nothing can be found in it safely. */
class YamlSyntaxError extends errors_js_1.FileError {
    name = 'YamlSyntaxError';
}
exports.YamlSyntaxError = YamlSyntaxError;
/**
 * An affected service's image is written in a way the engine will not edit (an alias, a
 * templated value, a block scalar, a value shared through an anchor…): fail closed.
 */
class UnsafeOccurrenceError extends errors_js_1.FileError {
    service;
    reason;
    name = 'UnsafeOccurrenceError';
    constructor(file, line, service, reason, detail) {
        super(file, line, detail);
        this.service = service;
        this.reason = reason;
    }
}
exports.UnsafeOccurrenceError = UnsafeOccurrenceError;
/**
 * The file pins a digest that the bump would leave in place (the entry has no digest, or the
 * bump writes tags only): the old image would keep being deployed. Fail closed.
 */
class StaleDigestError extends errors_js_1.FileError {
    service;
    digest;
    name = 'StaleDigestError';
    constructor(file, line, service, digest, detail) {
        super(file, line, detail);
        this.service = service;
        this.digest = digest;
    }
}
exports.StaleDigestError = StaleDigestError;
/** Two services (or two edits) want different bytes at one place. */
class EditConflictError extends errors_js_1.FileError {
    name = 'EditConflictError';
}
exports.EditConflictError = EditConflictError;
/** After splicing, re-parsing showed something other than exactly the intended values changed. */
class EditVerificationError extends errors_js_1.FileError {
    name = 'EditVerificationError';
}
exports.EditVerificationError = EditVerificationError;
/**
 * An occurrence belongs to a service by its name (key path, policy, kustomize name), but the
 * component-tags entry's `image` names another repository than the one written there: writing
 * would put one image's tag on another. Fail closed.
 */
class IdentityMismatchError extends errors_js_1.FileError {
    service;
    entryImage;
    occurrenceRepository;
    name = 'IdentityMismatchError';
    constructor(file, line, service, 
    /** The entry's `image`, and the repository of the occurrence (as written or from the chart). */
    entryImage, occurrenceRepository, detail) {
        super(file, line, detail);
        this.service = service;
        this.entryImage = entryImage;
        this.occurrenceRepository = occurrenceRepository;
    }
}
exports.IdentityMismatchError = IdentityMismatchError;
/** The bump would move a service's image backwards (an older or pre-release tag). */
class DowngradeError extends errors_js_1.FileError {
    service;
    from;
    to;
    name = 'DowngradeError';
    constructor(file, line, service, from, to, detail) {
        super(file, line, detail);
        this.service = service;
        this.from = from;
        this.to = to;
    }
}
exports.DowngradeError = DowngradeError;


/***/ }),

/***/ 20541:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The data model of image edits: where an image is written in a YAML file (an occurrence),
 * what could not be understood there (a skipped occurrence), and one planned splice (an edit).
 * Offsets are UTF-16 indices into the file's text, as JavaScript strings count them.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WRITE_MODES = exports.AUTHORITATIVE_HINTS = void 0;
exports.formatKeyPath = formatKeyPath;
/** Hint sources that identify a service on their own. */
exports.AUTHORITATIVE_HINTS = new Set([
    'image-key-path',
    'flux-policy',
    'kustomize-name',
]);
/** Which values a bump can write: both, the tag only, or the digest only. */
exports.WRITE_MODES = ['tag+digest', 'tag', 'digest'];
/** Format a path as `a.b[0].c`; keys that are not simple words are quoted. */
function formatKeyPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z0-9_$-]+$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}


/***/ }),

/***/ 74196:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitImageString = splitImageString;
exports.formatImageString = formatImageString;
exports.readImageString = readImageString;
/**
 * Whole image references written as one string: the value at a key `image`
 * (`image: ghcr.io/org/api:1.7.3@sha256:…`), and a scalar carrying a whole-reference Flux
 * marker. The repository is kept as written; the tag and digest are replaced.
 */
const yaml_1 = __webpack_require__(38815);
const reference_js_1 = __webpack_require__(14548);
const find_context_js_1 = __webpack_require__(37425);
const yaml_maps_js_1 = __webpack_require__(84095);
const yaml_scalars_js_1 = __webpack_require__(31459);
/** Split a reference string; `undefined` when it is not a valid reference. */
function splitImageString(value) {
    const ref = (0, reference_js_1.tryParseReference)(value);
    if (!ref)
        return undefined;
    return {
        repository: (0, reference_js_1.repositoryOf)(ref),
        ...(ref.tag !== undefined ? { tag: ref.tag } : {}),
        ...(ref.digest !== undefined ? { digest: ref.digest } : {}),
    };
}
/** `repo[:tag][@digest]`: the tag is kept when a digest is added. */
function formatImageString(parts) {
    const tag = parts.tag !== undefined ? `:${parts.tag}` : '';
    const digest = parts.digest !== undefined ? `@${parts.digest}` : '';
    return `${parts.repository}${tag}${digest}`;
}
/** The service a string at this location implies, and how. */
function hintFor(loc, repository) {
    const holder = loc.parent;
    if (loc.key === 'image' && holder?.key !== undefined)
        return { hint: holder.key, source: 'image-key-path' };
    if (loc.key === 'image' && (0, yaml_1.isMap)(loc.container) && (0, yaml_1.isSeq)(holder?.container)) {
        const name = (0, find_context_js_1.textAt)((0, yaml_maps_js_1.pairsByKey)(loc.container), 'name');
        if (name)
            return { hint: name, source: 'sibling-name' };
    }
    return { hint: repository ? (0, find_context_js_1.lastSegment)(repository) : undefined, source: 'repository-name' };
}
/**
 * Read an image string (at a key `image`, or any scalar with a whole-reference marker) and
 * record it as an occurrence, or as skipped when it cannot be edited safely.
 */
function readImageString(ctx, node, loc, marker) {
    const kind = marker ? 'flux-marker' : 'image-string';
    const { text, lineOf } = ctx.source;
    const read = (0, yaml_scalars_js_1.readScalar)(node, text, lineOf, undefined);
    // An unreadable value is still identified (to fail closed when it is an affected image).
    const value = read.ok
        ? read.span.value
        : (0, yaml_1.isScalar)(node)
            ? String(node.value ?? '').trim()
            : undefined;
    const aliased = (0, yaml_1.isAlias)(node) ? (0, yaml_scalars_js_1.scalarText)(node.resolve(ctx.doc)) : undefined;
    const parts = splitImageString(value ?? aliased ?? '');
    const { hint, source } = hintFor(loc, parts?.repository);
    const authoritative = source === 'image-key-path' ? hint : undefined;
    const identity = (0, find_context_js_1.identityOf)([authoritative, marker?.name], [parts?.repository]);
    const described = {
        ...(0, find_context_js_1.hintOf)(marker?.name ?? hint, marker ? 'flux-policy' : source),
        ...(marker ? { policy: marker.policy } : {}),
        ...(parts ? { repository: parts.repository } : {}),
    };
    const line = read.ok ? read.span.line : read.line;
    const base = { ...(0, find_context_js_1.baseOf)(ctx, loc, kind, line), ...identity, ...described };
    if (!read.ok) {
        ctx.skipped.push({ ...base, field: 'image', reason: read.reason, detail: read.detail });
        return;
    }
    if (!parts) {
        const empty = read.span.value === '';
        ctx.skipped.push({
            ...base,
            field: 'image',
            reason: empty ? 'empty' : 'unparseable-reference',
            detail: empty ? 'is empty' : `${JSON.stringify(read.span.value)} is not an image reference`,
        });
        return;
    }
    const path = (0, find_context_js_1.pathOf)(loc);
    const key = path[path.length - 1] ?? 'image';
    const occurrence = {
        ...base,
        ...(parts.tag !== undefined ? { tag: parts.tag } : {}),
        ...(parts.digest !== undefined ? { digest: parts.digest } : {}),
        fields: { ref: { ...read.span, key, path } },
    };
    ctx.occurrences.push(occurrence);
    if (loc.anchors.length > 0)
        ctx.anchorsOf.set(occurrence, loc.anchors);
}


/***/ }),

/***/ 42888:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kustomizeImagesPath = kustomizeImagesPath;
exports.readKustomizeImage = readKustomizeImage;
/**
 * Kustomize image overrides: each item of `images:` in a Kustomization (or a Component, or a
 * `kustomization.yaml` without `kind`), and of `spec.images:` in a Flux Kustomization.
 *
 *   images:
 *     - name: ghcr.io/org/backend      # what the manifests say
 *       newName: ghcr.io/org/backend   # optional
 *       newTag: e5c2216                # set
 *       digest: sha256:…               # set; added after newTag when missing
 */
const yaml_1 = __webpack_require__(38815);
const find_context_js_1 = __webpack_require__(37425);
const yaml_maps_js_1 = __webpack_require__(84095);
const KUSTOMIZE_KINDS = new Set(['Kustomization', 'Component']);
const FILE_NAMES = /(?:^|[\\/])(?:kustomization\.ya?ml|Kustomization)$/;
/**
 * The path of the `images` list in this document if it is a Kustomization: `images` for
 * kustomize's own (`kustomize.config.k8s.io`, or a kustomization file with no `kind`),
 * `spec.images` for Flux's (`kustomize.toolkit.fluxcd.io`). `undefined` otherwise.
 */
function kustomizeImagesPath(document, file) {
    const root = document.contents;
    if (!(0, yaml_1.isMap)(root))
        return undefined;
    const pairs = (0, yaml_maps_js_1.pairsByKey)(root);
    const kind = (0, find_context_js_1.textAt)(pairs, 'kind');
    const apiVersion = (0, find_context_js_1.textAt)(pairs, 'apiVersion') ?? '';
    if (kind === undefined)
        return FILE_NAMES.test(file) ? 'images' : undefined;
    if (!KUSTOMIZE_KINDS.has(kind))
        return undefined;
    return apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') ? 'spec.images' : 'images';
}
/** The pair after which missing keys go: newTag, else newName, else name. */
function insertionAnchor(pairs) {
    return pairs.get('newTag') ?? pairs.get('newName') ?? pairs.get('name');
}
/**
 * Read one `images[]` item. Records an occurrence, or a skipped one when the item cannot be
 * edited safely; returns the pairs it claims.
 */
function readKustomizeImage(ctx, item, loc) {
    const claimed = new Set();
    const base = (0, find_context_js_1.baseOf)(ctx, loc, 'kustomize-image');
    if (!(0, yaml_1.isMap)(item)) {
        const target = (0, yaml_1.isAlias)(item) ? item.resolve(ctx.doc) : undefined;
        const name = (0, yaml_1.isMap)(target) ? (0, find_context_js_1.textAt)((0, yaml_maps_js_1.pairsByKey)(target), 'name') : undefined;
        const identity = (0, find_context_js_1.identityOf)([name ? (0, find_context_js_1.lastSegment)(name) : undefined], [name]);
        ctx.skipped.push({
            ...base,
            ...identity,
            ...(0, find_context_js_1.hintOf)(name ? (0, find_context_js_1.lastSegment)(name) : undefined, 'kustomize-name'),
            ...((0, yaml_1.isAlias)(item)
                ? { reason: 'alias', detail: `is an alias (*${item.source}) of a value elsewhere` }
                : { reason: 'not-a-map', detail: 'is not a map with name and newTag' }),
        });
        return claimed;
    }
    const map = item;
    const pairs = (0, yaml_maps_js_1.pairsByKey)(map);
    const name = (0, find_context_js_1.textAt)(pairs, 'name');
    const newName = (0, find_context_js_1.textAt)(pairs, 'newName');
    const policy = ['name', 'newName', 'newTag', 'digest']
        .map((key) => {
        const pair = pairs.get(key);
        if (pair)
            claimed.add(pair);
        return pair ? (0, find_context_js_1.markerOf)(ctx, pair.value, loc) : undefined;
    })
        .find((marker) => marker !== undefined);
    const hint = name ? (0, find_context_js_1.lastSegment)(name) : undefined;
    const identity = (0, find_context_js_1.identityOf)([hint, policy?.name], [name, newName]);
    const repository = newName ?? name;
    const described = {
        ...(policy ? (0, find_context_js_1.hintOf)(policy.name, 'flux-policy') : (0, find_context_js_1.hintOf)(hint, 'kustomize-name')),
        ...(policy ? { policy: policy.policy } : {}),
        ...(repository ? { repository } : {}),
    };
    if (!name) {
        const detail = 'has no name: kustomize cannot match it to an image';
        ctx.skipped.push({ ...base, ...identity, ...described, reason: 'no-name', detail });
        return claimed;
    }
    const fields = {};
    for (const [field, key] of [
        ['tag', 'newTag'],
        ['digest', 'digest'],
    ]) {
        const pair = pairs.get(key);
        if (!pair)
            continue;
        const read = (0, find_context_js_1.readField)(ctx, pair, (0, find_context_js_1.pathOf)(loc));
        if (!read.ok) {
            const detail = `${key} ${read.detail}`;
            ctx.skipped.push({
                ...base,
                ...identity,
                ...described,
                field: key,
                line: read.line,
                reason: read.reason,
                detail,
            });
            return claimed;
        }
        fields[field] = read.span;
    }
    const anchor = insertionAnchor(pairs);
    const keys = { tagKey: 'newTag', digestKey: 'digest' };
    const insertion = anchor ? (0, yaml_maps_js_1.insertionAfter)(ctx.source, map, anchor, (0, find_context_js_1.pathOf)(loc), keys) : undefined;
    const occurrence = {
        ...base,
        ...identity,
        ...described,
        ...(fields.tag?.value ? { tag: fields.tag.value } : {}),
        ...(fields.digest?.value ? { digest: fields.digest.value } : {}),
        fields,
        ...(insertion ? { insertion } : {}),
    };
    ctx.occurrences.push(occurrence);
    const anchors = [...loc.anchors, ...[...claimed].flatMap((p) => (0, find_context_js_1.anchorOf)(p.value))];
    if (anchors.length > 0)
        ctx.anchorsOf.set(occurrence, anchors);
    return claimed;
}


/***/ }),

/***/ 17745:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.editsProvenByLexemes = editsProvenByLexemes;
/**
 * A cheap proof that a splice did exactly what was planned, without parsing the result: the
 * edited text is only lexed, and its tokens must be the original tokens except, at each edit,
 * one scalar token that reads back as the planned value (or, for a new key, one `key: value`
 * line at the indentation of the line above). The parser and composer are functions of the
 * tokens, so the documents are then the same except the planned values. When the proof does
 * not go through, the caller falls back to the full re-parse (verify-edits), which also says
 * what is wrong.
 */
const yaml_1 = __webpack_require__(38815);
const cst_lexer_js_1 = __webpack_require__(70519);
const image_strings_js_1 = __webpack_require__(74196);
const yaml_scalars_js_1 = __webpack_require__(31459);
const SCALAR = '\x1f';
const STR_TAG = 'tag:yaml.org,2002:str';
/** Source characters a recorded lexeme stands for (the lexer's control lexemes stand for none). */
function width(code) {
    return code === undefined || code < 0 ? 0 : code;
}
/** Whether a scalar written as `written` reads as the string `value` in `doc`. */
function readsAs(written, value, doc) {
    if (!doc || value.includes('{{') || /[\n\r]/.test(written))
        return false;
    if (written.startsWith('"')) {
        try {
            return JSON.parse(written) === value;
        }
        catch {
            return false;
        }
    }
    if (written.startsWith("'"))
        return /^'(?:[^']|'')*'$/.test(written) && written.slice(1, -1).replace(/''/g, "'") === value;
    if (written !== value || (0, yaml_scalars_js_1.needsQuotes)(value))
        return false;
    // A plain scalar reads as a string unless a tag of the document's schema claims it.
    return !doc.schema.tags.some((tag) => tag.default === true && tag.tag !== STR_TAG && 'test' in tag && tag.test?.test(value));
}
/** The lexemes of one scalar written as `written`. */
function scalarLexemes(written) {
    return written.startsWith('"') || written.startsWith("'") ? [written] : [SCALAR, written];
}
/** Whether `lexemes` are exactly the lexemes of a scalar written as `written`. */
function isScalar(lexemes, written) {
    const want = scalarLexemes(written);
    return lexemes.length === want.length && want.every((l, i) => lexemes[i] === l);
}
/** Whether a lexeme is a line break or the end of the text. */
const endsLine = (lexeme) => lexeme === undefined || yaml_1.CST.tokenType(lexeme) === 'newline';
/**
 * Whether a new line `<eol><indent><key>: <value>` inserted at `at` (the end of a line) is a
 * sibling of the pair on that line: the line is indented by exactly `indent` (spaces and
 * `- ` sequence indicators) before its key.
 */
function isSiblingLine(text, at, indent) {
    if (!/^ *$/.test(indent))
        return false;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const prefix = text.slice(lineStart, lineStart + indent.length);
    const first = text[lineStart + indent.length] ?? ' ';
    return /^(?: |-(?= ))*$/.test(prefix) && !' \t#-?:'.includes(first);
}
/** The lexemes a block-map insertion must lex to, or undefined when it is not one. */
function insertionLexemes(before, edit) {
    const text = before.source.text;
    const eol = edit.text.startsWith('\r\n') ? '\r\n' : '\n';
    const key = edit.path[edit.path.length - 1];
    if (!edit.text.startsWith(eol) || typeof key !== 'string')
        return undefined;
    const rest = edit.text.slice(eol.length);
    const indent = rest.slice(0, rest.length - rest.trimStart().length);
    const pair = rest.slice(indent.length);
    if (!pair.startsWith(`${key}: `) || (0, yaml_scalars_js_1.needsQuotes)(key) || !isSiblingLine(text, edit.start, indent))
        return undefined;
    const written = pair.slice(key.length + 2);
    const doc = before.source.documents[edit.document];
    if (!readsAs(written, edit.to, doc))
        return undefined;
    return [eol, ...(indent ? [indent] : []), SCALAR, key, ':', ' ', ...scalarLexemes(written)];
}
/** Whether the occurrence an edit belongs to still reads as the same image afterwards. */
function keepsImage(before, edit) {
    if (edit.field !== 'ref')
        return true;
    const occurrence = before.found.occurrences[edit.occurrence];
    const parts = (0, image_strings_js_1.splitImageString)(edit.to);
    return occurrence !== undefined && parts?.repository === occurrence.repository;
}
/**
 * The original's lexemes as the parse recorded them (`ParsedYamlFile.lexemeCodes`), read one
 * at a time: the current one compared with a lexeme of the edited text without building its
 * string, and the few around it that the proof looks at given back as strings.
 */
class LexemeCursor {
    text;
    codes;
    /** Index of the current lexeme. */
    i = 0;
    /** Offset in the original text of the current lexeme. */
    at = 0;
    constructor(text, codes) {
        this.text = text;
        this.codes = codes;
    }
    /** Whether every lexeme has been read. */
    get done() {
        return this.i >= this.codes.length;
    }
    /** Offset in the original text of the current lexeme (its end when done). */
    get offset() {
        return this.at;
    }
    /** Whether the current lexeme is `lexeme` (false when done). */
    is(lexeme) {
        const code = this.codes[this.i];
        if (code === undefined || lexeme === undefined)
            return false;
        if (code < 0)
            return lexeme === (0, cst_lexer_js_1.controlLexeme)(code);
        return lexeme.length === code && this.text.startsWith(lexeme, this.at);
    }
    /** The lexeme `k` places from the current one (`undefined` outside the text). */
    lexeme(k = 0) {
        let at = this.at;
        if (k > 0)
            for (let j = this.i; j < this.i + k; j++)
                at += width(this.codes[j]);
        else
            for (let j = this.i - 1; j >= this.i + k; j--)
                at -= width(this.codes[j]);
        const code = this.codes[this.i + k];
        if (code === undefined)
            return undefined;
        return code < 0 ? (0, cst_lexer_js_1.controlLexeme)(code) : this.text.substr(at, code);
    }
    /** The last lexeme before the current one that is not white space (a tag, a `:`…). */
    lastSolid() {
        for (let k = -1; this.i + k >= 0; k--) {
            const lexeme = this.lexeme(k);
            if (yaml_1.CST.tokenType(lexeme) !== 'space')
                return lexeme;
        }
        return undefined;
    }
    advance() {
        this.at += width(this.codes[this.i]);
        this.i++;
    }
}
/**
 * Whether `text` (the file of `before` with `edits` spliced in, ordered and non-overlapping)
 * provably holds exactly the planned values and nothing else changed. `false` means "not
 * proven", not "wrong": the caller then verifies by re-parsing.
 */
function editsProvenByLexemes(before, text, edits) {
    // The edited text's lexemes are compared as the lexer gives them, never held in an array:
    // a proof that fails stops lexing there. The original's were recorded by the parse.
    const a = new LexemeCursor(before.source.text, before.source.lexemeCodes);
    const b = (0, cst_lexer_js_1.lexemesOf)(text);
    for (const edit of edits) {
        while (a.offset < edit.start) {
            if (a.done || !a.is(b.next()))
                return false;
            a.advance();
        }
        if (a.offset !== edit.start || !keepsImage(before, edit))
            return false;
        let want;
        if (edit.insert)
            want = endsLine(a.lexeme()) ? insertionLexemes(before, edit) : undefined;
        else if (edit.start === edit.end) {
            // A key with no value (`tag:`): ` value` after the colon, at the end of the line.
            const written = edit.text.slice(1);
            // Any run of spaces or tabs may sit between the colon and a comment (`tag:  # marker`).
            const next = /^[ \t]+$/.test(a.lexeme() ?? '')
                ? a.lexeme(1)?.startsWith('#')
                : endsLine(a.lexeme());
            const doc = before.source.documents[edit.document];
            if (edit.text.startsWith(' ') &&
                a.lexeme(-1) === ':' &&
                next &&
                readsAs(written, edit.to, doc))
                want = [' ', ...scalarLexemes(written)];
        }
        else {
            // One scalar token replaced by another, with no tag before it to change how it reads.
            const tagged = a.lastSolid()?.startsWith('!') ?? false;
            const replaced = [];
            while (a.offset < edit.end && !a.done) {
                replaced.push(a.lexeme());
                a.advance();
            }
            const doc = before.source.documents[edit.document];
            const scalar = replaced[replaced.length - 1] ?? '';
            if (a.offset === edit.end &&
                !tagged &&
                isScalar(replaced, scalar) &&
                readsAs(edit.text, edit.to, doc))
                want = scalarLexemes(edit.text);
        }
        if (!want)
            return false;
        for (const lexeme of want)
            if (b.next() !== lexeme)
                return false;
    }
    for (; !a.done; a.advance())
        if (!a.is(b.next()))
            return false;
    return b.next() === undefined;
}


/***/ }),

/***/ 77141:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.occurrenceEdits = occurrenceEdits;
const image_edit_errors_js_1 = __webpack_require__(33486);
const image_strings_js_1 = __webpack_require__(74196);
const yaml_scalars_js_1 = __webpack_require__(31459);
const short = (digest) => `${digest.slice(0, 19)}…`;
/** Fail closed when the file pins a digest that this bump would leave in place. */
function checkPinnedDigest(occ, service, entry, write) {
    const pinned = occ.digest;
    if (pinned === undefined || pinned === entry.digest)
        return;
    if (write !== 'tag' && entry.digest !== undefined)
        return;
    const line = occ.fields.digest?.line ?? occ.fields.ref?.line ?? occ.line;
    const why = write === 'tag'
        ? "but write is 'tag': the old digest would stay and keep deploying the old image. " +
            "Use write 'tag+digest'."
        : `but the component tags give no digest for '${service}': the old digest would stay and ` +
            'keep deploying the old image. Record the digest in component-tags.json, or remove it here.';
    throw new image_edit_errors_js_1.StaleDigestError(occ.file, line, service, pinned, `${occ.keyPath} (service '${service}') pins digest ${short(pinned)} ${why}`);
}
/** Replace a span's value. */
function replace(span, field, to) {
    return {
        start: span.start,
        end: span.end,
        text: (0, yaml_scalars_js_1.replacementText)(span, to),
        line: span.line,
        field,
        from: span.value,
        to,
        insert: false,
        path: span.path,
        changes: [{ field, from: span.value, to }],
    };
}
/** The writes of a Helm map or kustomize image: set tag and digest, add missing keys. */
function mapWrites(occ, service, tag, digest) {
    const writes = [];
    const adds = [];
    const { tag: tagSpan, digest: digestSpan } = occ.fields;
    if (tag !== undefined && tagSpan?.value !== tag) {
        if (tagSpan)
            writes.push(replace(tagSpan, 'tag', tag));
        else
            adds.push({ field: 'tag', value: tag });
    }
    // Under Flux image automation (a `$imagepolicy` marker) no digest key is added: the
    // automation rewrites only the tag, and a digest beside it would keep the old image.
    if (digest !== undefined && digestSpan?.value !== digest) {
        if (digestSpan)
            writes.push(replace(digestSpan, 'digest', digest));
        else if (occ.policy === undefined)
            adds.push({ field: 'digest', value: digest });
    }
    if (adds.length === 0)
        return writes;
    const at = occ.insertion;
    if (!at)
        throw new image_edit_errors_js_1.UnsafeOccurrenceError(occ.file, occ.line, service, 'no-insertion-point', `${occ.keyPath} (service '${service}') has no ${adds.map((a) => a.field).join(' or ')} ` +
            'key, and the layout does not show where to add one: add it by hand once.');
    adds.forEach(({ field, value }, i) => {
        const key = field === 'tag' ? at.tagKey : at.digestKey;
        const line = at.line + (at.lead.startsWith(',') ? 0 : i);
        writes.push({
            start: at.offset,
            end: at.offset,
            text: `${at.lead}${key}: ${(0, yaml_scalars_js_1.formatScalar)(value, 'plain')}`,
            line,
            field,
            from: '',
            to: value,
            insert: true,
            path: [...at.path, key],
            changes: [{ field, from: '', to: value }],
        });
    });
    return writes;
}
/** The write of a whole `repo:tag@digest` string: the repository is kept as written. */
function refWrite(occ, span, tag, digest) {
    const nextTag = tag ?? occ.tag;
    const nextDigest = digest ?? occ.digest;
    const to = (0, image_strings_js_1.formatImageString)({
        repository: occ.repository ?? '',
        ...(nextTag !== undefined ? { tag: nextTag } : {}),
        ...(nextDigest !== undefined ? { digest: nextDigest } : {}),
    });
    if (to === span.value)
        return [];
    const changes = [];
    if (nextTag !== occ.tag)
        changes.push({ field: 'tag', from: occ.tag ?? '', to: nextTag ?? '' });
    if (nextDigest !== occ.digest)
        changes.push({ field: 'digest', from: occ.digest ?? '', to: nextDigest ?? '' });
    return [{ ...replace(span, 'tag', to), field: 'ref', changes }];
}
/**
 * The edits that make `occ` hold `entry`'s image, writing what `write` says. No edits when it
 * already does (idempotence).
 */
function occurrenceEdits(occ, index, service, entry, write) {
    checkPinnedDigest(occ, service, entry, write);
    const tag = write === 'digest' ? undefined : entry.tag;
    const digest = write === 'tag' ? undefined : entry.digest;
    const { ref, tag: tagSpan, digest: digestSpan } = occ.fields;
    let writes;
    if (ref)
        writes = refWrite(occ, ref, tag, digest);
    else if (occ.kind === 'flux-marker') {
        writes = [];
        if (tag !== undefined && tagSpan && tagSpan.value !== tag)
            writes.push(replace(tagSpan, 'tag', tag));
        if (digest !== undefined && digestSpan && digestSpan.value !== digest)
            writes.push(replace(digestSpan, 'digest', digest));
    }
    else
        writes = mapWrites(occ, service, tag, digest);
    if (writes.length > 0 && occ.sharedAnchor) {
        const { anchor, aliasLine } = occ.sharedAnchor;
        throw new image_edit_errors_js_1.UnsafeOccurrenceError(occ.file, occ.line, service, 'shared-anchor', `${occ.keyPath} (service '${service}') is shared through the anchor &${anchor}, which ` +
            `the alias *${anchor} on line ${aliasLine} uses: editing it would change that too.`);
    }
    // Objects are built field by field: this runs once per edit of a large bump.
    return writes.map((w) => ({
        edit: {
            file: occ.file,
            start: w.start,
            end: w.end,
            text: w.text,
            line: w.line,
            service,
            kind: occ.kind,
            keyPath: occ.keyPath,
            field: w.field,
            from: w.from,
            to: w.to,
            insert: w.insert,
            document: occ.document,
            path: w.path,
            occurrence: index,
        },
        changes: w.changes.map((c) => ({
            file: occ.file,
            line: w.line,
            service,
            field: c.field,
            from: c.from,
            to: c.to,
        })),
    }));
}


/***/ }),

/***/ 96531:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createFilePlanner = createFilePlanner;
exports.planAnalysed = planAnalysed;
exports.planEdits = planEdits;
const errors_js_1 = __webpack_require__(37638);
const find_occurrences_js_1 = __webpack_require__(82572);
const helm_overlays_js_1 = __webpack_require__(65792);
const image_edit_errors_js_1 = __webpack_require__(33486);
const image_occurrence_js_1 = __webpack_require__(20541);
const occurrence_edits_js_1 = __webpack_require__(77141);
const tag_order_js_1 = __webpack_require__(99727);
const flux_namespaces_js_1 = __webpack_require__(93180);
const service_index_js_1 = __webpack_require__(44247);
const KNOWN_WRITE_MODES = new Set(image_occurrence_js_1.WRITE_MODES);
/** Fail closed on a skipped occurrence that belongs to an affected service. */
function checkSkipped(skipped, index) {
    const services = (0, service_index_js_1.servicesOf)(skipped, index);
    checkIdentity(skipped, services, index);
    const [service] = services;
    if (service === undefined)
        return;
    const field = skipped.field && skipped.kind !== 'image-string' ? ` ${skipped.field}` : '';
    throw new image_edit_errors_js_1.UnsafeOccurrenceError(skipped.file, skipped.line, service, skipped.reason, `${skipped.keyPath || 'the marker'}${field} (service '${service}') ${withoutField(skipped)}; ` +
        'it cannot be edited safely, so nothing was written. Write the value out plainly here, ' +
        'or leave the service out of this bump.');
}
/** Fail closed when an occurrence named after a service is written with another image. */
function checkIdentity(item, services, index) {
    for (const service of services) {
        const found = (0, service_index_js_1.mismatchedRepository)(item, service, index);
        if (found === undefined)
            continue;
        const image = index.entries.get(service)?.image ?? '';
        const written = item.repository ?? item.chartDefault?.repository ?? found;
        const where = item.chartDefault
            ? ` (from ${item.chartDefault.file}:${item.chartDefault.line})`
            : '';
        throw new image_edit_errors_js_1.IdentityMismatchError(item.file, item.line, service, image, found, `${item.keyPath || 'the marker'} belongs to '${service}' by its name, but its image is ` +
            `'${written}'${where} while component-tags gives '${service}' the image '${image}'; ` +
            'nothing was written. Fix the image in the file or in component-tags, or leave the ' +
            'service out of this bump.');
    }
}
/** Fail closed when writing the service's tag would move the occurrence backwards. */
function checkDowngrade(occ, services, index) {
    if (occ.tag === undefined)
        return;
    for (const service of services) {
        const to = index.entries.get(service)?.tag;
        if (to === undefined)
            continue;
        const problem = (0, tag_order_js_1.downgradeProblem)({ tag: occ.tag }, { tag: to });
        if (problem === undefined)
            continue;
        const line = occ.fields.tag?.line ?? occ.fields.ref?.line ?? occ.line;
        throw new image_edit_errors_js_1.DowngradeError(occ.file, line, service, occ.tag, to, `${occ.keyPath || 'the marker'}: refusing to move '${service}' from ${occ.tag} to ${to}: ` +
            `${problem}; nothing was written. Set allow-downgrade: true to roll back on purpose.`);
    }
}
/** A skipped occurrence's detail without the field name it starts with. */
function withoutField(skipped) {
    const prefix = `${skipped.field} `;
    return skipped.field && skipped.detail.startsWith(prefix)
        ? skipped.detail.slice(prefix.length)
        : skipped.detail;
}
/** A signature of edits, to tell whether two services want the same bytes. */
function signature(planned) {
    return planned.map(({ edit }) => `${edit.start}:${edit.end}:${edit.text}`).join('\n');
}
/** The edits of one occurrence for all the services it belongs to (they must agree). */
function editsForOccurrence(occ, index, services, serviceIndex, write) {
    let chosen;
    let chosenService = '';
    for (const service of services) {
        const entry = serviceIndex.entries.get(service);
        if (!entry)
            continue;
        const planned = (0, occurrence_edits_js_1.occurrenceEdits)(occ, index, service, entry, write);
        if (chosen === undefined) {
            chosen = planned;
            chosenService = service;
        }
        else if (signature(chosen) !== signature(planned)) {
            throw new image_edit_errors_js_1.EditConflictError(occ.file, occ.line, `${occ.keyPath} belongs to both '${chosenService}' and '${service}' (by name or image), ` +
                'and they want different values: keep one service per image, or bump them apart.');
        }
    }
    return chosen ?? [];
}
/**
 * Move each change's line to where the value is in the bumped file: every line break that an
 * earlier edit inserts (a new `digest:` line) pushes the lines after it down.
 */
function changesInResult(planned) {
    const breaks = (text) => text.split('\n').length - 1;
    const inserts = planned
        .map(({ edit }) => ({ at: edit.start, lines: breaks(edit.text) }))
        .filter((insert) => insert.lines > 0)
        .sort((a, b) => a.at - b.at);
    const before = [0]; // before[k]: lines inserted by the first k inserts
    for (const insert of inserts)
        before.push(before[before.length - 1] + insert.lines);
    /** Lines inserted strictly before offset `at` (binary search). */
    const shiftAt = (at) => {
        let low = 0;
        let high = inserts.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (inserts[mid].at < at)
                low = mid + 1;
            else
                high = mid;
        }
        return before[low];
    };
    return planned.flatMap(({ edit, changes }) => {
        const shift = shiftAt(edit.start);
        if (shift > 0)
            for (const change of changes)
                change.line += shift;
        return changes;
    });
}
/**
 * A planner for `input`'s services and write mode, so that a caller can analyse, plan and
 * apply one file at a time and keep only its text, not every file's parse.
 */
function createFilePlanner(input, files = []) {
    const namespace = (0, flux_namespaces_js_1.activeFluxNamespace)(input.fluxNamespace, files);
    if (!KNOWN_WRITE_MODES.has(input.write))
        throw new errors_js_1.InputError('write', String(input.write), "must be 'tag+digest', 'tag' or 'digest'");
    const index = (0, service_index_js_1.indexServices)(input.componentTags, input.services, input.write);
    const matched = new Set();
    return {
        planFile({ found }) {
            for (const skipped of found.skipped)
                checkSkipped(skipped, index);
            const planned = [];
            const leftAlone = [];
            found.occurrences.forEach((occ, i) => {
                const services = (0, service_index_js_1.servicesOf)(occ, index);
                if (services.length === 0)
                    return;
                if ((0, flux_namespaces_js_1.inOtherNamespace)(occ, namespace)) {
                    leftAlone.push(occ);
                    return;
                }
                checkIdentity(occ, services, index);
                if (input.write !== 'digest' && !input.allowDowngrade)
                    checkDowngrade(occ, services, index);
                for (const service of services)
                    matched.add(service);
                planned.push(...editsForOccurrence(occ, i, services, index, input.write));
            });
            return {
                edits: planned.map(({ edit }) => edit),
                changes: changesInResult(planned),
                skipped: [...found.skipped],
                leftAlone,
            };
        },
        unmatchedServices: () => [...index.entries.keys()].filter((s) => !matched.has(s)),
    };
}
/** Plan edits over files already analysed (so a caller can reuse the parse). */
function planAnalysed(files, input) {
    const planner = createFilePlanner(input, files.map((f) => ({ path: f.source.file, text: f.source.text })));
    const plan = {
        edits: [],
        changes: [],
        unmatchedServices: [],
        skipped: [],
        leftAlone: [],
    };
    for (const file of files) {
        const filePlan = planner.planFile(file);
        plan.edits.push(...filePlan.edits);
        plan.changes.push(...filePlan.changes);
        plan.skipped.push(...filePlan.skipped);
        plan.leftAlone.push(...filePlan.leftAlone);
    }
    plan.unmatchedServices = planner.unmatchedServices();
    return plan;
}
/**
 * Plan the edits that bump the affected services' images in `files`. Pure: text in, data out.
 * Throws (a FileError subclass naming file and line, or a ComponentTagsError / InputError)
 * for anything that cannot be written safely, before anything is written.
 */
function planEdits(input) {
    const overlays = (0, helm_overlays_js_1.createOverlayReader)(input.tree, find_occurrences_js_1.findImageOccurrences);
    return planAnalysed(input.files.map((file) => overlays.complete((0, find_occurrences_js_1.analyseFile)(file))), input);
}


/***/ }),

/***/ 44247:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.indexServices = indexServices;
exports.servicesOf = servicesOf;
exports.mismatchedRepository = mismatchedRepository;
const errors_js_1 = __webpack_require__(37638);
const reference_js_1 = __webpack_require__(14548);
/** Check one entry enough to write it: a valid tag, digest and image. */
function checkEntry(service, entry, write) {
    const source = 'component-tags';
    const tag = (0, reference_js_1.tagProblem)(entry.tag ?? '');
    if (tag)
        throw new errors_js_1.ComponentTagsError(source, service, 'tag', `${JSON.stringify(entry.tag)} ${tag}`);
    if (entry.digest !== undefined) {
        const digest = (0, reference_js_1.digestProblem)(entry.digest);
        if (digest)
            throw new errors_js_1.ComponentTagsError(source, service, 'digest', digest);
    }
    if (write === 'digest' && entry.digest === undefined)
        throw new errors_js_1.ComponentTagsError(source, service, 'digest', "is required when write is 'digest'");
    if (entry.image !== undefined && (0, reference_js_1.normalizeRepositoryText)(entry.image) === undefined)
        throw new errors_js_1.ComponentTagsError(source, service, 'image', `${JSON.stringify(entry.image)} is not a repository`);
}
/**
 * Index the services a bump affects: `services` when given (each must be in the component
 * tags), else every service of the component tags.
 */
function indexServices(componentTags, services, write) {
    if (Object.keys(componentTags).length === 0)
        throw new errors_js_1.InputError('component-tags', '{}', 'holds no service: the build recorded no image, so there is nothing to bump');
    const entries = new Map();
    const byRepository = new Map();
    for (const service of services ?? Object.keys(componentTags)) {
        const entry = Object.hasOwn(componentTags, service) ? componentTags[service] : undefined;
        if (!entry)
            throw new errors_js_1.InputError('services', service, 'is not a service of the component tags');
        checkEntry(service, entry, write);
        entries.set(service, entry);
        const repository = entry.image === undefined ? undefined : (0, reference_js_1.normalizeRepositoryText)(entry.image);
        if (repository === undefined)
            continue;
        const list = byRepository.get(repository);
        if (list)
            list.push(service);
        else
            byRepository.set(repository, [service]);
    }
    return { entries, byRepository };
}
/** The affected services an occurrence belongs to, in a stable order. */
function servicesOf(identity, index) {
    const found = [];
    for (const name of identity.matchNames)
        if (index.entries.has(name))
            found.push(name);
    for (const repository of identity.matchRepositories)
        for (const service of index.byRepository.get(repository) ?? [])
            if (!found.includes(service))
                found.push(service);
    return found;
}
/**
 * The repository an occurrence of `service` is written with when the service's `image` names
 * another one, else `undefined`. Only an occurrence that names a repository (as written, or
 * through its chart's values) and an entry with an `image` can disagree.
 */
function mismatchedRepository(identity, service, index) {
    const image = index.entries.get(service)?.image;
    const wanted = image === undefined ? undefined : (0, reference_js_1.normalizeRepositoryText)(image);
    if (wanted === undefined || identity.matchRepositories.length === 0)
        return undefined;
    if (identity.matchRepositories.includes(wanted))
        return undefined;
    return identity.matchRepositories[0];
}


/***/ }),

/***/ 99727:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.downgradeProblem = downgradeProblem;
/**
 * Whether a bump would move an image backwards: a backport `v0.1.9` built after `v0.2.1`, or an
 * older build that pushed last. Semver tags (a leading `v` allowed) compare as semver, and a
 * pre-release never replaces a release. Tags that are not both semver compare by their build
 * times when both are known (component-tags `created`, RFC 3339); otherwise nothing is said.
 */
const compare_js_1 = __importDefault(__webpack_require__(78469));
const parse_js_1 = __importDefault(__webpack_require__(16353));
/** Why moving from `current` to `next` goes backwards, or `undefined` when it does not. */
function downgradeProblem(current, next) {
    if (current.tag === next.tag || current.tag === '')
        return undefined;
    const from = (0, parse_js_1.default)(current.tag);
    const to = (0, parse_js_1.default)(next.tag);
    if (from && to) {
        if (to.prerelease.length > 0 && from.prerelease.length === 0)
            return `${next.tag} is a pre-release and the current tag ${current.tag} is a release`;
        return (0, compare_js_1.default)(to, from) < 0 ? `${next.tag} is older than ${current.tag} (semver)` : undefined;
    }
    const before = Date.parse(current.created ?? '');
    const after = Date.parse(next.created ?? '');
    if (Number.isNaN(before) || Number.isNaN(after) || after >= before)
        return undefined;
    return (`${next.tag} was built at ${next.created}, before the current tag ${current.tag} ` +
        `(built at ${current.created})`);
}


/***/ }),

/***/ 70321:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyDocuments = verifyDocuments;
exports.verifyOccurrences = verifyOccurrences;
/**
 * Proof that a splice did exactly what was planned. The edited text is re-parsed and compared
 * with the original node by node: every scalar, alias, anchor, tag, key and collection is the
 * same, except the planned values (which read back as exactly the planned strings) and the
 * planned new keys. Then the occurrences are re-extracted: the same ones, with only the
 * planned tags and digests changed.
 */
const yaml_1 = __webpack_require__(38815);
const image_edit_errors_js_1 = __webpack_require__(33486);
const image_strings_js_1 = __webpack_require__(74196);
const yaml_maps_js_1 = __webpack_require__(84095);
/** A difference found while comparing; thrown with the path, turned into an error by the caller. */
class Difference {
    path;
    node;
    what;
    constructor(path, node, what) {
        this.path = path;
        this.node = node;
        this.what = what;
    }
}
/** Path keys are built by appending `SEP + segment`, so no array is built per node. */
const SEP = '\u0000';
const keyOf = (path) => path.map((p) => SEP + String(p)).join('');
const readable = (key) => key.split(SEP).slice(1).join('.');
function expectedByDocument(edits) {
    const byDocument = new Map();
    for (const edit of edits) {
        let expected = byDocument.get(edit.document);
        if (!expected) {
            expected = { values: new Map(), inserted: new Map() };
            byDocument.set(edit.document, expected);
        }
        expected.values.set(keyOf(edit.path), edit.to);
        if (!edit.insert)
            continue;
        const mapKey = keyOf(edit.path.slice(0, -1));
        const keys = expected.inserted.get(mapKey) ?? new Set();
        keys.add(String(edit.path[edit.path.length - 1]));
        expected.inserted.set(mapKey, keys);
    }
    return byDocument;
}
/** Whether two parsed scalar values are the same (NaN equals NaN; dates by time). */
function sameValue(a, b) {
    if (Object.is(a, b))
        return true;
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
}
function sameProps(a, b) {
    return a.anchor === b.anchor && a.tag === b.tag;
}
/** Compare two nodes at `path`; `expected` is undefined inside keys. */
function compare(a, b, path, expected) {
    const want = expected?.values.get(path);
    if (want !== undefined) {
        if (!(0, yaml_1.isScalar)(b) || b.value !== want)
            throw new Difference(path, b, `should read ${JSON.stringify(want)}`);
        if ((0, yaml_1.isScalar)(a) && !sameProps(a, b))
            throw new Difference(path, b, 'lost its anchor or tag');
        return;
    }
    if (a === null || a === undefined || b === null || b === undefined) {
        if ((a ?? null) !== (b ?? null))
            throw new Difference(path, b, 'appeared or disappeared');
        return;
    }
    if ((0, yaml_1.isAlias)(a)) {
        if (!(0, yaml_1.isAlias)(b) || a.source !== b.source)
            throw new Difference(path, b, 'is not the same alias');
    }
    else if ((0, yaml_1.isScalar)(a)) {
        if (!(0, yaml_1.isScalar)(b) || !sameValue(a.value, b.value) || a.type !== b.type || !sameProps(a, b))
            throw new Difference(path, b, 'changed');
    }
    else if ((0, yaml_1.isMap)(a)) {
        if (!(0, yaml_1.isMap)(b) || a.flow !== b.flow || !sameProps(a, b))
            throw new Difference(path, b, 'changed');
        compareMaps(a.items, b.items, path, expected);
    }
    else if ((0, yaml_1.isSeq)(a)) {
        if (!(0, yaml_1.isSeq)(b) || a.items.length !== b.items.length || a.flow !== b.flow || !sameProps(a, b))
            throw new Difference(path, b, 'changed');
        a.items.forEach((item, i) => compare(item, b.items[i], path + SEP + i, expected));
    }
}
function compareMaps(a, b, path, expected) {
    const inserted = expected?.inserted.get(path);
    let i = 0;
    for (const pair of b) {
        const key = (0, yaml_maps_js_1.pairKey)(pair);
        const original = a[i];
        if (key !== undefined && inserted?.has(key) && (!original || (0, yaml_maps_js_1.pairKey)(original) !== key)) {
            compare(null, pair.value, path + SEP + key, expected);
            continue;
        }
        if (!original)
            throw new Difference(path, pair.key, 'has a new key');
        compare(original.key, pair.key, `${path}${SEP}?${i}`, undefined);
        compare(original.value, pair.value, path + SEP + (key ?? `?${i}`), expected);
        i++;
    }
    if (i !== a.length)
        throw new Difference(path, undefined, 'lost keys');
}
/** Throw an EditVerificationError describing a difference. */
function fail(after, diff, document, fallback) {
    const start = diff.node?.range?.[0];
    const line = start === undefined ? fallback : after.source.lineOf(start);
    const where = readable(diff.path) || 'the document';
    throw new image_edit_errors_js_1.EditVerificationError(after.source.file, line, `after the edit, ${where} (document ${document + 1}) ${diff.what}; nothing was written`);
}
const NOTHING = { values: new Map(), inserted: new Map() };
/** Every node of `after` equals `before` except the planned values and keys. */
function verifyDocuments(before, after, edits) {
    const a = before.source.documents;
    const b = after.source.documents;
    if (a.length !== b.length)
        throw new image_edit_errors_js_1.EditVerificationError(before.source.file, edits[0]?.line ?? 0, 'the edit changed the number of documents; nothing was written');
    const expected = expectedByDocument(edits);
    a.forEach((doc, i) => {
        try {
            compare(doc.contents, b[i]?.contents, '', expected.get(i) ?? NOTHING);
        }
        catch (error) {
            if (error instanceof Difference)
                fail(after, error, i, edits[0]?.line ?? 0);
            throw error;
        }
    });
}
/**
 * The skipped occurrences expected after the edits: those before, less a Flux marker on a key
 * that had no value (`tag:  # {"$imagepolicy": …}`, which Flux ignores) and now has one.
 */
function expectedSkips(before, edits) {
    const filled = new Set(edits.filter((e) => !e.insert && e.start === e.end).map((e) => e.line));
    return before.found.skipped.filter((s) => !(s.reason === 'marker-not-on-scalar' && filled.has(s.line)));
}
/** The first line at which two lists of located things differ, for a refusal's message. */
function firstChangedLine(...lists) {
    const [a, b, c, d] = lists;
    const first = (x, y) => {
        for (let i = 0; i < Math.max(x.length, y.length); i++)
            if (x[i]?.line !== y[i]?.line)
                return Math.min(x[i]?.line ?? Infinity, y[i]?.line ?? Infinity);
        return undefined;
    };
    const lines = [first(a, b), first(c, d)].filter((l) => l !== undefined);
    return lines.length > 0 ? Math.min(...lines) : undefined;
}
/** Re-extracted occurrences are the same, with only the planned tags and digests changed. */
function verifyOccurrences(before, after, edits) {
    const file = before.source.file;
    const a = before.found.occurrences;
    const b = after.found.occurrences;
    const skipped = expectedSkips(before, edits);
    if (a.length !== b.length || skipped.length !== after.found.skipped.length)
        throw new image_edit_errors_js_1.EditVerificationError(file, firstChangedLine(a, b, skipped, after.found.skipped) ?? edits[0]?.line ?? 0, 'the edit changed which images the file holds; nothing was written');
    const wanted = a.map((occ) => ({ tag: occ.tag, digest: occ.digest }));
    for (const edit of edits) {
        const want = wanted[edit.occurrence];
        if (!want)
            continue;
        if (edit.field === 'ref') {
            const parts = (0, image_strings_js_1.splitImageString)(edit.to);
            want.tag = parts?.tag;
            want.digest = parts?.digest;
        }
        else
            want[edit.field] = edit.to || undefined;
    }
    a.forEach((occ, i) => {
        const now = b[i];
        const want = wanted[i];
        if (!now ||
            !want ||
            now.kind !== occ.kind ||
            now.keyPath !== occ.keyPath ||
            now.repository !== occ.repository ||
            now.tag !== want.tag ||
            now.digest !== want.digest)
            throw new image_edit_errors_js_1.EditVerificationError(file, now?.line ?? occ.line, `after the edit, ${occ.keyPath} does not read as planned ` +
                `(tag ${JSON.stringify(now?.tag)}, digest ${JSON.stringify(now?.digest)}); nothing was written`);
    });
}


/***/ }),

/***/ 18218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseYamlFile = parseYamlFile;
/**
 * A YAML file parsed once, with source ranges, for finding and verifying image edits.
 */
const yaml_1 = __webpack_require__(38815);
const text_encoding_js_1 = __webpack_require__(37526);
const cst_documents_js_1 = __webpack_require__(95419);
const cst_lexer_js_1 = __webpack_require__(70519);
const cst_parser_js_1 = __webpack_require__(51738);
const image_edit_errors_js_1 = __webpack_require__(33486);
const COMPOSE_OPTIONS = {
    // No CST kept on the nodes: it would triple the memory of a large file (offsets suffice).
    prettyErrors: false,
    // The finder checks for repeated keys itself, in linear time (the parser's check is
    // quadratic in the size of a map, which matters for a values file of thousands of services).
    uniqueKeys: false,
};
/**
 * From this size on, a file's documents are composed while it is parsed, each item of a
 * top-level map as soon as it is final, and its tokens given up at once (see
 * StreamedComposer): the peak memory of a large values file is then its nodes, not its nodes
 * and its tokens, and the tokens die young, which the collector finds cheap. A smaller file
 * keeps its tokens for the Composer, should the simple path decline, instead of being parsed
 * again.
 */
const STREAM_FROM = 64 * 1024;
/** Refuse a text in another encoding than UTF-8 (UTF-16, lone CR line breaks) as not YAML we read. */
function checkEncoding(file, text) {
    try {
        (0, text_encoding_js_1.checkEditableText)(file, text);
    }
    catch (error) {
        if (error instanceof text_encoding_js_1.TextEncodingError)
            throw new image_edit_errors_js_1.YamlSyntaxError(file, error.line, error.detail);
        throw error;
    }
}
/** The documents of `tokens`, as parseAllDocuments composes them. */
function composeTokens(tokens) {
    const composer = new yaml_1.Composer(COMPOSE_OPTIONS);
    const documents = [];
    for (const token of tokens)
        documents.push(...composer.next(token));
    documents.push(...composer.end());
    return documents;
}
/**
 * The documents of `text`, every line start recorded in `lineCounter` and every lexeme in
 * `codes`: composed straight from the CST when the file keeps to the plain subset
 * cst-documents handles (the same nodes, several times faster), else by the Composer.
 */
function composeText(source, lineCounter, options) {
    const { text } = source;
    lineCounter.addNewLine(0);
    const codes = [];
    source.lexemeCodes = codes;
    const lexemes = (0, cst_lexer_js_1.recordLexemes)(text, codes);
    if (text.length < (options.streamFrom ?? STREAM_FROM)) {
        const tokens = (0, cst_parser_js_1.parseCstTokens)(lexemes, lineCounter.addNewLine);
        const documents = (0, cst_documents_js_1.composeSimpleDocuments)(tokens, COMPOSE_OPTIONS) ?? composeTokens(tokens);
        return { documents, streamed: NONE };
    }
    const sink = options.onRootPair;
    const composer = new cst_documents_js_1.StreamedComposer(COMPOSE_OPTIONS, sink && ((pair, doc, offset) => sink(source, pair, doc, offset)));
    const tokens = (0, cst_parser_js_1.parseCstTokens)(lexemes, lineCounter.addNewLine, composer.onRootItem);
    const documents = composer.documentsOf(tokens);
    if (documents)
        return { documents, streamed: sink ? composer.streamedDocuments() : NONE };
    // Streamed tokens are spent: the Composer reads a second parse (lines and lexemes are known).
    return {
        documents: composeTokens((0, cst_parser_js_1.parseCstTokens)((0, cst_lexer_js_1.lexemesOf)(text), () => undefined)),
        streamed: NONE,
    };
}
const NONE = new Set();
/**
 * Parse every document of `text`; a syntax error, or a text that is not UTF-8 with LF or CRLF
 * line breaks, throws YamlSyntaxError naming file and line.
 */
function parseYamlFile(file, text, options = {}) {
    checkEncoding(file, text);
    const lineCounter = new yaml_1.LineCounter();
    const lineOf = (offset) => lineCounter.linePos(offset).line;
    const newline = text.indexOf('\n');
    const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
    // Filled while it is parsed (a sink sees it so): documents and streamed at the end.
    const source = {
        file,
        text,
        documents: [],
        lexemeCodes: [],
        lineOf,
        eol,
        streamed: NONE,
    };
    // What parseAllDocuments does, with the lexemes recorded on the way.
    const { documents, streamed } = composeText(source, lineCounter, options);
    for (const document of documents) {
        const error = document.errors[0];
        if (error) {
            const detail = error.message.split('\n')[0] ?? error.message;
            throw new image_edit_errors_js_1.YamlSyntaxError(file, lineOf(error.pos[0]), `is not valid YAML: ${detail}`);
        }
    }
    source.documents = documents;
    source.streamed = streamed;
    source.lexemeCodes = Int32Array.from(source.lexemeCodes);
    return source;
}


/***/ }),

/***/ 84095:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pairKey = pairKey;
exports.pairsByKey = pairsByKey;
exports.colonOffset = colonOffset;
exports.insertionAfter = insertionAfter;
/**
 * Helpers over parsed YAML maps: key lookup, the offset of a pair's `:`, and where a new key
 * goes so that it sits on its own line after a given pair (or after it in a flow map).
 */
const yaml_1 = __webpack_require__(38815);
/** The key of a pair as a path segment: a scalar key's text; `undefined` for complex keys. */
function pairKey(pair) {
    const key = pair.key;
    if (!(0, yaml_1.isScalar)(key))
        return undefined;
    if (key.value === null || key.value === undefined)
        return '';
    return typeof key.value === 'string' ? key.value : String(key.value);
}
/** The pairs of `map` by key (the first pair wins for a repeated key). */
function pairsByKey(map) {
    const pairs = new Map();
    for (const item of map.items) {
        const key = pairKey(item);
        if (key !== undefined && !pairs.has(key))
            pairs.set(key, item);
    }
    return pairs;
}
/**
 * Offset of the `:` that separates a pair's key from its value, if the source shows one: the
 * first `:` after the key, past only white space, line breaks and comments.
 */
function colonOffset(pair, text) {
    const keyEnd = pair.key?.range?.[1];
    if (keyEnd === undefined)
        return undefined;
    for (let i = keyEnd; i < text.length; i++) {
        const c = text[i];
        if (c === ':')
            return i;
        if (c === '#') {
            const newline = text.indexOf('\n', i);
            if (newline < 0)
                return undefined;
            i = newline;
        }
        else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r')
            return undefined;
    }
    return undefined;
}
/** Offset just after a pair's value bytes (or after its `:` when it has no value). */
function valueEnd(pair, text) {
    const range = pair.value?.range;
    if (range && range[1] > range[0])
        return range[1];
    const colon = colonOffset(pair, text);
    return colon === undefined ? range?.[1] : colon + 1;
}
/** Offset where the line holding `offset` ends (before its `\r\n` or `\n`), and that ending. */
function lineEnd(text, offset, fallbackEol) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0)
        return { at: text.length, eol: fallbackEol };
    if (newline > 0 && text[newline - 1] === '\r')
        return { at: newline - 1, eol: '\r\n' };
    return { at: newline, eol: '\n' };
}
/**
 * Where keys added to `map` go, right after `after`: on a new line at the same indentation as
 * `after`'s key in a block map, or `, key: value` after its value in a flow map. `undefined`
 * when the source does not show where the pair ends.
 */
function insertionAfter(source, map, after, path, keys) {
    const end = valueEnd(after, source.text);
    const keyStart = after.key?.range?.[0];
    if (end === undefined || keyStart === undefined)
        return undefined;
    const { text, lineOf } = source;
    if (map.flow)
        return { offset: end, lead: ', ', line: lineOf(end), path, ...keys };
    if (text.slice(keyStart, end).includes('\n'))
        return undefined; // a pair over several lines
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = text.slice(lineStart, keyStart).replace(/[^ \t]/g, ' ');
    const { at, eol } = lineEnd(text, end, source.eol);
    if (text.slice(end, at).trim() !== '' && !/^[ \t]*#/.test(text.slice(end, at)))
        return undefined;
    return { offset: at, lead: `${eol}${indent}`, line: lineOf(end) + 1, path, ...keys };
}


/***/ }),

/***/ 31459:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readScalar = readScalar;
exports.scalarText = scalarText;
exports.needsQuotes = needsQuotes;
exports.doubleQuoted = doubleQuoted;
exports.singleQuoted = singleQuoted;
exports.formatScalar = formatScalar;
exports.replacementText = replacementText;
/**
 * Reading a scalar's exact bytes out of a parsed YAML node, and writing a new value in the
 * scalar's own quoting style so that it still reads back as the same string.
 */
const yaml_1 = __webpack_require__(38815);
const go_yaml_v2_js_1 = __webpack_require__(61889);
const QUOTES = {
    [yaml_1.Scalar.PLAIN]: 'plain',
    [yaml_1.Scalar.QUOTE_SINGLE]: 'single',
    [yaml_1.Scalar.QUOTE_DOUBLE]: 'double',
};
/** Where a node starts, for messages; `fallback` when it has no range. */
function startOf(node, fallback) {
    const range = node?.range;
    return range ? range[0] : fallback;
}
/**
 * Read `node` as a plain or quoted one-line scalar. `colon` is the offset of the `:` before the
 * value (used when the key has no value at all, so a value can be written after it).
 */
function readScalar(node, text, lineOf, colon) {
    const at = startOf(node, colon ?? 0);
    const fail = (reason, detail) => ({
        ok: false,
        reason,
        detail,
        line: lineOf(at),
    });
    if (node === null || node === undefined) {
        if (colon === undefined)
            return fail('not-a-scalar', 'has no value');
        return { ok: true, span: bareSpan(colon + 1, lineOf) };
    }
    if ((0, yaml_1.isAlias)(node))
        return fail('alias', `is an alias (*${node.source}) of a value elsewhere`);
    if ((0, yaml_1.isCollection)(node))
        return fail('not-a-scalar', 'is a collection, not a scalar');
    if (!(0, yaml_1.isScalar)(node) || !node.range)
        return fail('not-a-scalar', 'is not a scalar');
    const quote = QUOTES[node.type ?? ''];
    if (quote === undefined)
        return fail('block-scalar', 'is a block scalar (| or >)');
    const [start, end] = node.range;
    const raw = text.slice(start, end);
    if (start === end && colon !== undefined)
        return { ok: true, span: bareSpan(colon + 1, lineOf) };
    if (raw.includes('\n') || raw.includes('\r'))
        return fail('multi-line-scalar', 'is a scalar written over several lines');
    const value = quote === 'plain' ? (node.value === null ? '' : raw) : String(node.value);
    if (value.includes('{{'))
        return fail('templated', `is templated (${JSON.stringify(value)})`);
    return { ok: true, span: { start, end, value, quote, line: lineOf(start) } };
}
/** The span of a key with no value: a zero-width place right after its `:`. */
function bareSpan(offset, lineOf) {
    return {
        start: offset,
        end: offset,
        value: '',
        quote: 'plain',
        line: lineOf(offset),
        bare: true,
    };
}
/** The text of a scalar node for hints and names (`undefined` unless a one-line string scalar). */
function scalarText(node) {
    if (!(0, yaml_1.isScalar)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (node.type === yaml_1.Scalar.BLOCK_FOLDED || node.type === yaml_1.Scalar.BLOCK_LITERAL)
        return undefined;
    if (node.type === yaml_1.Scalar.PLAIN && typeof node.source === 'string')
        return node.source;
    return String(node.value);
}
/** The YAML 1.1 and 1.2 (core) schemas of the `yaml` package, whose tags say what a plain scalar reads as. */
const SCHEMAS = [new yaml_1.Document(null, { version: '1.1' }).schema, new yaml_1.Document(null).schema];
const STR_TAG = 'tag:yaml.org,2002:str';
const SAFE_PLAIN = /^[A-Za-z0-9_./][A-Za-z0-9_./:@+-]*$/;
/** Whether a plain scalar `value` reads as a string in `schema` (no default tag claims it). */
function readsAsStringIn(schema, value) {
    return !schema.tags.some((tag) => tag.default === true && tag.tag !== STR_TAG && 'test' in tag && tag.test?.test(value));
}
/**
 * Whether `value`, written as a plain scalar, would not read back as that string, or would not
 * parse as one plain scalar. A plain scalar is written only when go-yaml v2 (what Helm and
 * kustomize read with: see go-yaml-v2.ts), YAML 1.1 and YAML 1.2 all read it as that string;
 * anything else (a number such as `0X1F`, `08` or `1e3_`, a boolean such as `on`, null, a
 * date, a sexagesimal `1:20`) is quoted.
 */
function needsQuotes(value) {
    if (!SAFE_PLAIN.test(value) || value.endsWith(':'))
        return true;
    if (!(0, go_yaml_v2_js_1.goYamlV2ReadsAsString)(value))
        return true;
    return !SCHEMAS.every((schema) => readsAsStringIn(schema, value));
}
/** `value` as a YAML double-quoted scalar (JSON escapes are valid YAML escapes). */
function doubleQuoted(value) {
    return JSON.stringify(value);
}
/** `value` as a YAML single-quoted scalar. */
function singleQuoted(value) {
    return `'${value.replace(/'/g, "''")}'`;
}
/**
 * The bytes that write `value` in the style `quote`, so that it reads back as exactly that
 * string. A plain scalar is kept plain unless the value would read as something else.
 */
function formatScalar(value, quote) {
    if (quote === 'double')
        return doubleQuoted(value);
    if (quote === 'single') {
        return /[\n\r\t\\]/.test(value) ? doubleQuoted(value) : singleQuoted(value);
    }
    return needsQuotes(value) ? doubleQuoted(value) : value;
}
/** The bytes that replace `span` so that it holds `value` (a bare key gets a leading space). */
function replacementText(span, value) {
    const text = formatScalar(value, span.quote);
    return span.bare ? ` ${text}` : text;
}


/***/ }),

/***/ 58849:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Helm charts in a tree of files: the chart a values file belongs to (the nearest ancestor
 * directory holding `Chart.yaml`), and which files of a chart are values files. Pure over paths.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.directoryOf = directoryOf;
exports.joinPath = joinPath;
exports.chartDirOf = chartDirOf;
exports.isValuesFile = isValuesFile;
exports.chartDefaultsOf = chartDefaultsOf;
/** Chart files that are not values, and folders of a chart that hold no values. */
const NOT_VALUES = new Set(['Chart.yaml', 'Chart.lock', 'requirements.yaml', 'requirements.lock']);
const NOT_VALUES_DIRS = new Set(['templates', 'charts', 'crds']);
/** `a/b` of `a/b/c`; '' for a file at the root. */
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** `dir/name`, or `name` when `dir` is the root. */
function joinPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/** The nearest ancestor directory of `file` that holds a `Chart.yaml`, if any ('' is the root). */
function chartDirOf(file, paths) {
    let dir = directoryOf(file);
    for (;;) {
        if (paths.has(joinPath(dir, 'Chart.yaml')))
            return dir;
        if (dir === '')
            return undefined;
        dir = directoryOf(dir);
    }
}
/** Whether `file`, inside the chart at `chartDir`, is a values file (YAML, not a template). */
function isValuesFile(file, chartDir) {
    if (!/\.ya?ml$/.test(file))
        return false;
    const inside = chartDir === '' ? file : file.slice(chartDir.length + 1);
    const segments = inside.split('/');
    if (segments.length > 1 && NOT_VALUES_DIRS.has(segments[0]))
        return false;
    return !(segments.length === 1 && NOT_VALUES.has(inside));
}
/** The chart's own `values.yaml` (or `values.yml`), if it has one. */
function chartDefaultsOf(chartDir, paths) {
    return ['values.yaml', 'values.yml'].map((n) => joinPath(chartDir, n)).find((p) => paths.has(p));
}


/***/ })

};
