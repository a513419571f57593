/**
 * The registry client a run opens with its registry inputs. Apart from registry-inputs.ts, and
 * meant to be loaded with `import()` where a run may not talk to a registry: it brings the
 * registry client and with it http, https, tls and crypto.
 */
import { createRegistryClient, type RegistryClient } from '@gitops-promote/core/registry';
import type { RegistryInputs } from './registry-inputs.js';
import * as runner from './runner-commands.js';

export interface RegistryClientSetting {
  /** `gitops-promote/<action>`. */
  userAgent: string;
  concurrency?: number;
  /** The registry requests' time limit for the whole run, in ms. */
  totalTimeoutMs?: number;
}

/**
 * A registry client with the run's credentials and insecure hosts: says where each host's
 * credentials came from, masks every password and token it sends, logs each request at debug.
 */
export function openRegistryClient(
  inputs: RegistryInputs,
  setting: RegistryClientSetting,
): RegistryClient {
  const { login } = inputs;
  for (const { host, from } of login.hosts) runner.info(`Credentials for ${host} from ${from}`);
  for (const note of login.notes) runner.info(`Docker config: ${note}`);
  return createRegistryClient({
    credentialsFor: login.credentialsFor,
    insecureRegistries: inputs.insecureRegistries,
    userAgent: setting.userAgent,
    ...(setting.concurrency === undefined ? {} : { concurrency: setting.concurrency }),
    ...(setting.totalTimeoutMs === undefined ? {} : { totalTimeoutMs: setting.totalTimeoutMs }),
    // Every password and token sent is masked before any message could carry it.
    onSecret: (secret) => runner.setSecret(secret),
    onRequest: (e) =>
      runner.debug(
        `${e.method} ${e.url} → ${e.status ?? e.error} (${e.kind}, attempt ${e.attempt + 1}, ${e.durationMs} ms)`,
      ),
  });
}
