export const id = 121;
export const ids = [121];
export const modules = {

/***/ 58121:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rollbackCommand = void 0;
/**
 * `gitops-promote rollback`: open or update the pull request that rolls an environment back
 * through the GitHub API, exactly as open-promotion-pr's `mode: rollback` does (the core's
 * `openRollback`): the inverse of the bump a commit SHA or pull request number names, checked
 * against later commits, with the holds that keep automation from undoing it. The promotion
 * gates are reported, never blocking (a rollback is how one leaves a bad state), and the
 * `gitops-promote/gates` status is set on its pull request, as in the action.
 */
const core_1 = __webpack_require__(60893);
const promotion_1 = __webpack_require__(59567);
const exit_codes_js_1 = __webpack_require__(3067);
const flags_js_1 = __webpack_require__(7733);
const promotion_flags_js_1 = __webpack_require__(49690);
const promotion_gates_js_1 = __webpack_require__(5661);
/** `--revert`: a commit SHA or a pull request number (checked by the core's parseRevert). */
function revertFlag(flags) {
    const revert = flags.text('revert');
    if (revert === '')
        throw new core_1.InputError('revert', '', 'is required: give a commit SHA or a pull request number');
    (0, promotion_1.parseRevert)(revert);
    return revert;
}
async function run(flags, terminal, context) {
    const environment = (0, flags_js_1.environmentFlag)(flags, true);
    const revert = revertFlag(flags);
    const connection = await (0, promotion_flags_js_1.connectGitHub)(flags, terminal, context);
    const common = (0, promotion_flags_js_1.commonRequest)(flags, connection, environment, (0, promotion_1.rollbackBranch)(environment));
    const log = (0, promotion_flags_js_1.promotionLog)(terminal, flags.boolean('verbose'));
    const target = { ...common, hotfix: false };
    const gates = (0, promotion_gates_js_1.gatesMaker)(flags, connection.api, target, log)({ mode: 'rollback' });
    const result = await (0, promotion_1.openRollback)(connection.api, { ...target, revert, now: new Date() }, log);
    const evaluation = await gates.settle(result);
    await gates.publishStatus(result);
    if (terminal.json) {
        terminal.document({
            ...(0, promotion_flags_js_1.resultDocument)(result),
            'reverted-sha': result.target.sha,
            holds: result.holds,
            ...(0, promotion_gates_js_1.gatesDocument)(evaluation),
        });
        return exit_codes_js_1.EXIT.done;
    }
    (0, promotion_flags_js_1.printResult)(result, terminal);
    if (result.operation !== 'none') {
        terminal.out('');
        terminal.out(`Reverts ${result.target.sha.slice(0, 12)}; holds written in ${common.holds.path}:`);
        terminal.out(result.holds.map((h) => `  ${h.service} in ${h.environment}`).join('\n'));
    }
    if (evaluation)
        (0, promotion_gates_js_1.printGates)(evaluation, terminal);
    return exit_codes_js_1.EXIT.done;
}
exports.rollbackCommand = {
    name: 'rollback',
    usage: 'rollback --repository <owner/name> --environment <name> --revert <sha|pr-number> [flags]',
    flags: {
        ...promotion_flags_js_1.CONNECTION_FLAGS,
        environment: {
            type: 'string',
            value: '<name>',
            description: 'The environment to roll back.',
        },
        revert: {
            type: 'string',
            value: '<sha|pr-number>',
            description: 'The bump to undo: a commit SHA on the base, or the number of its merged pull request.',
        },
        ...promotion_flags_js_1.PULL_REQUEST_FLAGS,
        ...promotion_gates_js_1.GATES_FLAGS,
    },
    notes: [
        'Credentials: GITHUB_TOKEN, else GH_TOKEN (never printed). The branch is rollback/<env>; the pull request is labelled rollback.',
        '--json prints {operation, pull-request-number, pull-request-url, branch, commit-sha, changes, reverted-sha, holds, eligible-at, gates}.',
        'Gates (soak, freeze, require-checks of --policy-file) are reported, never blocking: a rollback is how one leaves a bad state.',
    ],
    examples: [
        'rollback --repository acme/gitops-config --environment prod --revert 42',
        'rollback --repository acme/gitops-config --environment prod --revert 3f2a9c1 --labels incident --json',
    ],
    run,
};


/***/ })

};
