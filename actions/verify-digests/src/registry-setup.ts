/** The registry client of a run, with the credentials, insecure hosts and concurrency it set. */
import { openRegistryClient } from '@gitops-promote/action-kit/registry';
import type { RegistryClient } from '@gitops-promote/core/registry';
import type { VerifyDigestsSettings } from './settings.js';

/** A registry client with the run's credentials, insecure hosts and concurrency. */
export function openRegistry(settings: VerifyDigestsSettings): RegistryClient {
  return openRegistryClient(settings, {
    userAgent: 'gitops-promote/verify-digests',
    concurrency: settings.concurrency,
    totalTimeoutMs: settings.totalTimeoutMs,
  });
}
