export const id = 21;
export const ids = [21];
export const modules = {

/***/ 59021:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commitPlan = commitPlan;
exports.pushPlan = pushPlan;
exports.refuseDirtyPlannedFiles = refuseDirtyPlannedFiles;
/**
 * The git half of a bump: refuse files with uncommitted changes, commit the written plan with
 * change trailers, and push it, re-planning on the new head after each rejection. Loaded with
 * `import()` by bump-workspace.ts only when a bump commits, so that a run that only writes
 * files never loads the git code.
 */
const errors_js_1 = __webpack_require__(37638);
const commit_js_1 = __webpack_require__(15253);
const working_tree_js_1 = __webpack_require__(24834);
const bump_commit_js_1 = __webpack_require__(24520);
const plan_workspace_js_1 = __webpack_require__(38515);
const push_replanning_js_1 = __webpack_require__(66149);
/** Commit the written plan with `message`; '' when its files hold no change. */
async function commitPlan(plan, message, request, ports) {
    const sha = await (0, commit_js_1.commitChanges)({
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
    const { pushed, branch } = await (0, push_replanning_js_1.pushReplanning)(workspace, request, ports, async () => {
        last = await replan();
        if (last.changes.length === 0)
            return null;
        (0, plan_workspace_js_1.writePlan)(workspace, last);
        const message = (0, bump_commit_js_1.bumpCommitMessage)(last.changes, request.commitMessage, request.environment);
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
    const dirty = await (0, working_tree_js_1.uncommittedPaths)(workspace, { paths, untracked: false });
    if (dirty.length === 0)
        return;
    throw new errors_js_1.PromoteError(`Cannot bump and push ${(0, working_tree_js_1.listPaths)(dirty)}: they hold uncommitted changes that this step did ` +
        'not make. bump-values commits whole files, and after a rejected push it re-plans them on ' +
        'the remote head, which would drop those changes. Commit them in an earlier step, or set ' +
        "'push' to false. Nothing was written.");
}


/***/ })

};
