/**
 * The registry client of a run, with the credentials, insecure hosts and concurrency it set.
 * Loaded with `import()` only when the registry is checked: a run with `check-registry: false`
 * never loads the HTTP stack.
 */
import type { RegistryClient } from '@gitops-promote/core/registry';
import type { VerifyDigestsSettings } from './settings.js';

/** A registry client with the run's credentials, insecure hosts and concurrency. */
export async function openRegistry(settings: VerifyDigestsSettings): Promise<RegistryClient> {
  const { openRegistryClient } = await import('@gitops-promote/action-kit/registry-client');
  return openRegistryClient(settings, {
    userAgent: 'gitops-promote/verify-digests',
    concurrency: settings.concurrency,
    totalTimeoutMs: settings.totalTimeoutMs,
  });
}
