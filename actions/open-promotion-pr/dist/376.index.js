export const id = 376;
export const ids = [376];
export const modules = {

/***/ 71376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   proxiedOctokit: () => (/* binding */ proxiedOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);
/**
 * The Octokit for a run behind a proxy: `@actions/github`'s getOctokit, whose fetch honours
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY. Imported with `import()` by github-client.ts only when
 * a proxy is set, so that its @actions/http-client and undici stay out of the main bundle.
 */



/** getOctokit with the retry and throttling plugins (and its own orchestration user agent). */
function proxiedOctokit(token, settings) {
    const { userAgent: _, ...options } = settings;
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, options, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
