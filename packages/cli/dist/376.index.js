export const id = 376;
export const ids = [376];
export const modules = {

/***/ 71376:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.proxiedOctokit = proxiedOctokit;
/**
 * The Octokit for a run behind a proxy: `@actions/github`'s getOctokit, whose fetch honours
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY. Imported with `import()` by github-client.ts only when
 * a proxy is set, so that its @actions/http-client and undici stay out of the main bundle.
 */
const plugin_retry_1 = __webpack_require__(49735);
const plugin_throttling_1 = __webpack_require__(86856);
/**
 * getOctokit with the retry and throttling plugins (and its own orchestration user agent).
 * `@actions/github` exports only an `import` condition, so it is loaded with `import()`: a
 * bundle whose modules ncc compiles to CommonJS (the CLI's) still resolves it.
 */
async function proxiedOctokit(token, settings) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 420).then(__webpack_require__.bind(__webpack_require__, 16420));
    const { userAgent: _, ...options } = settings;
    return getOctokit(token, options, plugin_retry_1.retry, plugin_throttling_1.throttling);
}


/***/ })

};
