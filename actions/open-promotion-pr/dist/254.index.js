export const id = 254;
export const ids = [254];
export const modules = {

/***/ 11254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   proxiedOctokit: () => (/* binding */ proxiedOctokit)
/* harmony export */ });
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54491);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22812);
/**
 * The Octokit for a run behind a proxy: `@actions/github`'s getOctokit, whose fetch honours
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY. Imported with `import()` by github-client.ts only when
 * a proxy is set, so that its @actions/http-client and undici stay out of the main bundle.
 */


/**
 * getOctokit with the retry and throttling plugins (and its own orchestration user agent).
 * `@actions/github` exports only an `import` condition, so it is loaded with `import()`: a
 * bundle whose modules ncc compiles to CommonJS (the CLI's) still resolves it.
 */
async function proxiedOctokit(token, settings) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 803).then(__webpack_require__.bind(__webpack_require__, 68803));
    const { userAgent: _, ...options } = settings;
    return getOctokit(token, options, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_1__/* .throttling */ .A);
}


/***/ })

};
