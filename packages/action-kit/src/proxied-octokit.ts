/**
 * The Octokit for a run behind a proxy: `@actions/github`'s getOctokit, whose fetch honours
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY. Imported with `import()` by github-client.ts only when
 * a proxy is set, so that its @actions/http-client and undici stay out of the main bundle.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { OctokitSettings } from './github-client.js';

/**
 * getOctokit with the retry and throttling plugins (and its own orchestration user agent).
 * `@actions/github` exports only an `import` condition, so it is loaded with `import()`: a
 * bundle whose modules ncc compiles to CommonJS (the CLI's) still resolves it.
 */
export async function proxiedOctokit(token: string, settings: OctokitSettings) {
  const { getOctokit } = await import('@actions/github');
  const { userAgent: _, ...options } = settings;
  return getOctokit(token, options, retry, throttling);
}
