export const id = 932;
export const ids = [932];
export const modules = {

/***/ 51932:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tagsCommand = void 0;
exports.buildLog = buildLog;
/** `gitops-promote tags`: emit-tags' compute: the tags and OCI labels a build pushes. */
const build_1 = __webpack_require__(47226);
const exit_codes_js_1 = __webpack_require__(3067);
const build_flags_js_1 = __webpack_require__(4723);
/** The build wing's log on stderr: notes dimmed, warnings in yellow. */
function buildLog(terminal) {
    return {
        info: (message) => terminal.err(terminal.paintErr('dim', message)),
        warning: (message) => terminal.err(terminal.paintErr('yellow', `warning: ${message}`)),
    };
}
async function run(flags, terminal, context) {
    const request = await (0, build_flags_js_1.readTagsRequest)(flags, context);
    const computed = await (0, build_1.computeTags)(request, buildLog(terminal));
    if (terminal.json) {
        terminal.document({
            tags: computed.references,
            labels: computed.labels,
            version: computed.version,
        });
        return exit_codes_js_1.EXIT.done;
    }
    terminal.out(computed.references.join('\n'));
    if (flags.boolean('labels'))
        terminal.out(computed.labels.join('\n'));
    return exit_codes_js_1.EXIT.done;
}
exports.tagsCommand = {
    name: 'tags',
    usage: 'tags --images <service=repo> [--tags <template>] [flags]',
    flags: {
        ...build_flags_js_1.BUILD_FLAGS,
        labels: { type: 'boolean', description: 'Print the OCI labels after the references.' },
    },
    notes: [
        'stdout: one full reference per line (then the labels, with --labels), for `docker build -t`.',
        '--json prints {tags, labels, version}: the action outputs, as lists.',
    ],
    examples: [
        "tags --images api=ghcr.io/acme/api --tags '{{short_sha}}' --tags 'sha-{{sha}}' --tags latest",
        "tags --images api=ghcr.io/acme/api --tags 'v{{version}}' --version 1.4.2 --json",
    ],
    run,
};


/***/ })

};
