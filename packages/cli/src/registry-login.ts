/**
 * Registry credentials as a person has them: `--registry-auth` lines first, then the Docker
 * config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`): its credential helpers,
 * run as Docker runs them, and its inline `auths`. Secrets are never printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCredentialHelper } from '@gitops-promote/core/registry';
import { registryLogin, type RegistryLogin } from '@gitops-promote/core/verify';

/** The Docker config's path and text, when there is one. */
export function readDockerConfig(
  env: NodeJS.ProcessEnv,
): { path: string; text: string } | undefined {
  const dir = env.DOCKER_CONFIG || (env.HOME ? join(env.HOME, '.docker') : '');
  const path = dir === '' ? '' : join(dir, 'config.json');
  if (path === '' || !existsSync(path)) return undefined;
  return { path, text: readFileSync(path, 'utf8') };
}

/** The credentials of this run. */
export function readRegistryLogin(registryAuth: string, env: NodeJS.ProcessEnv): RegistryLogin {
  return registryLogin(registryAuth, readDockerConfig(env), runCredentialHelper(env));
}
