/**
 * The real CredentialHelperRunner: runs `docker-credential-<name> get` as Docker does. Apart
 * from credential-helpers.ts (parsing and lookup), so that reading a Docker config never
 * loads child_process.
 */
import { execFileSync } from 'node:child_process';
import {
  CredentialHelperError,
  helperName,
  type CredentialHelperRunner,
} from './credential-helpers.js';

/** Whether a helper's failure is its way of saying it holds nothing for that server. */
function isNotFound(stdout: string, stderr: string): boolean {
  return /credentials not found|not found in|no credentials/i.test(`${stdout}\n${stderr}`);
}

/**
 * Run `docker-credential-<name> get` as Docker does, with `env` (PATH finds the helper), at most
 * `timeoutMs`. "Not found" answers give undefined; a missing helper or another failure throws.
 */
export function runCredentialHelper(
  env: NodeJS.ProcessEnv,
  timeoutMs = 30_000,
): CredentialHelperRunner {
  return (name, serverUrl) => {
    const command = `docker-credential-${helperName(name, 'helper', 'config.json')}`;
    try {
      return execFileSync(command, ['get'], {
        input: serverUrl,
        env,
        encoding: 'utf8',
        timeout: timeoutMs,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    } catch (error) {
      const e = error as { code?: string; stdout?: string; stderr?: string };
      if (e.code === 'ENOENT')
        throw new CredentialHelperError(command, 0, 'is not on PATH (named by the Docker config)');
      if (isNotFound(String(e.stdout ?? ''), String(e.stderr ?? ''))) return undefined;
      throw new CredentialHelperError(command, 0, `failed for ${serverUrl}`);
    }
  };
}
