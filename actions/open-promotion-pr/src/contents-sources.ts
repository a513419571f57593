/**
 * Where the list of what a promotion brings is read: the source repository through the API
 * (with `source-token`, else `token`) and the images' revision labels through a registry
 * client (with the registry inputs). Nothing is opened (or loaded: the registry client comes
 * with `import()`) when no source repository is known.
 */
import type { ContentsSources, GitHubApi } from '@gitops-promote/core/promotion';
import type { RegistryClient } from '@gitops-promote/core/registry';
import { createGitHubApi } from '@gitops-promote/action-kit/github';
import * as runner from '@gitops-promote/action-kit/runner';
import type { OpenPromotionSettings } from './settings.js';

/** The sources, and `close` to call once the pull request is written. */
export interface OpenedContentsSources {
  sources: ContentsSources;
  close(): void;
}

/** A registry deadline far below the step's: a slow registry costs a note, not the run. */
const REGISTRY_TIMEOUT_MS = 20_000;

/** The sources of the commit list; the same Octokit is reused when the token is the same. */
export async function openContentsSources(
  settings: OpenPromotionSettings,
  api: GitHubApi,
  apiUrl: string,
): Promise<OpenedContentsSources> {
  const [owner, repo] = settings.sourceRepository.split('/');
  if (!owner || !repo) return { sources: {}, close: () => undefined };
  const sourceApi =
    settings.sourceToken === settings.token
      ? api
      : await createGitHubApi(settings.sourceToken, apiUrl, { warn: (m) => runner.warning(m) });
  const { openRegistryClient } = await import('@gitops-promote/action-kit/registry-client');
  const registry: RegistryClient = openRegistryClient(settings.registry, {
    userAgent: 'gitops-promote/open-promotion-pr',
    totalTimeoutMs: REGISTRY_TIMEOUT_MS,
  });
  return {
    sources: { api: sourceApi, repository: { owner, repo }, registry },
    close: () => registry.close(),
  };
}
