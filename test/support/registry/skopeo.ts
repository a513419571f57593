/** `skopeo inspect` as a second opinion on what a real client sees in a test registry. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SKOPEO = '/usr/bin/skopeo';

export function hasSkopeo(): boolean {
  return existsSync(SKOPEO);
}

/**
 * `skopeo inspect [--raw] --tls-verify=false docker://<reference>` with no stored credentials
 * (an empty HOME); returns stdout.
 */
export async function skopeoInspect(
  reference: string,
  args: readonly string[] = [],
): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), 'gitops-promote-skopeo-'));
  try {
    return await new Promise((resolve, reject) => {
      execFile(
        SKOPEO,
        ['inspect', '--tls-verify=false', '--no-creds', ...args, `docker://${reference}`],
        { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home }, timeout: 20_000 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      );
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
