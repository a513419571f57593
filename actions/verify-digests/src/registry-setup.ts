/** The registry client of a run, with the credentials, insecure hosts and concurrency it set. */
import * as runner from '@gitops-promote/action-kit/runner';
import { createRegistryClient, type RegistryClient } from '@gitops-promote/core/registry';
import type { VerifyDigestsSettings } from './settings.js';

/** A registry client with the run's credentials, insecure hosts and concurrency. */
export function openRegistry(settings: VerifyDigestsSettings): RegistryClient {
  const { login } = settings;
  for (const { host, from } of login.hosts) runner.info(`Credentials for ${host} from ${from}`);
  for (const note of login.notes) runner.info(`Docker config: ${note}`);
  return createRegistryClient({
    credentialsFor: login.credentialsFor,
    insecureRegistries: settings.insecureRegistries,
    concurrency: settings.concurrency,
    userAgent: 'gitops-promote/verify-digests',
    totalTimeoutMs: settings.totalTimeoutMs,
    // Every password and token sent is masked before any message could carry it.
    onSecret: (secret) => runner.setSecret(secret),
    onRequest: (e) =>
      runner.debug(
        `${e.method} ${e.url} → ${e.status ?? e.error} (${e.kind}, attempt ${e.attempt + 1}, ${e.durationMs} ms)`,
      ),
  });
}
