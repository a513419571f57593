/**
 * The config repository of the promotion-gates tests, the action's and the CLI's alike:
 * staging and prod values of api and web pinned by digest, a policy file when given, and bumps
 * of staging written as bump-values writes them (a `Promote-Change` trailer), dated hours ago
 * relative to the real clock.
 */
import { withChangeTrailers } from '@gitops-promote/core/git';
import type { GitHubTestServer } from './github-server/index.js';

export const OWNER = 'acme';
export const REPO = 'gitops-config';
export const POLICY_FILE = '.gitops-promote/policy.yaml';
export const STAGING_FILE = 'helm/shop/values-staging.yaml';
export const PROD_FILE = 'helm/shop/values-prod.yaml';
export const HOUR = 3_600_000;
export const digest = (c: string) => `sha256:${c.repeat(64)}`;
const image = (service: string, tag: string, pin: string) =>
  `${service}:\n  image:\n    repository: ghcr.io/acme/${service}\n    tag: "${tag}"\n    digest: ${pin}\n`;
/** The values file with api and web pinned to `digest(api)` and `digest(web)`. */
export const values = (api: string, web: string) =>
  image('api', '1.0.0', digest(api)) + image('web', '2.0.0', digest(web));
/** An ISO time to the second, as GitHub writes it. */
export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The repository's files: staging and prod (both api 1, web a unless `prod` is given), the policy. */
export function gatesFiles(policy?: string, prod = values('1', 'a')): Record<string, string> {
  return {
    [STAGING_FILE]: values('1', 'a'),
    [PROD_FILE]: prod,
    ...(policy !== undefined ? { [POLICY_FILE]: policy } : {}),
  };
}

/** A bump of staging as bump-values writes it: the new file and its change trailer, dated. */
export async function bumpStaging(
  github: GitHubTestServer,
  next: { api: string; web: string },
  changed: { service: 'api' | 'web'; from: string; to: string },
  hoursAgo: number,
): Promise<string> {
  const message = withChangeTrailers(`chore(deploy): bump ${changed.service} in staging`, [
    {
      service: changed.service,
      file: STAGING_FILE,
      field: 'digest',
      from: digest(changed.from),
      to: digest(changed.to),
    },
  ]);
  return github.commitFiles(
    'main',
    { [STAGING_FILE]: values(next.api, next.web) },
    message,
    new Date(Date.now() - hoursAgo * HOUR),
  );
}

/** The `gates` output (and the CLI's `gates` field), as far as the tests read it. */
export interface GatesReport {
  eligible: string[];
  waiting: string[];
  eligibleAt?: string;
  services: Array<{ service: string; verdicts: Array<{ gate: string; verdict: string }> }>;
}
