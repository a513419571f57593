/**
 * The registry inputs the actions share (`registry-auth`, `insecure-registries`, and the Docker
 * config docker/login-action writes), read once, every secret masked before anything could
 * print it. Opening the client is registry-client.ts: reading the inputs loads no HTTP stack.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '@gitops-promote/core';
import {
  registryAuthSecrets,
  registryLogin,
  type RegistryLogin,
} from '@gitops-promote/core/verify';
import { getLines, getText } from './inputs.js';
import * as runner from './runner-commands.js';

export interface RegistryInputs {
  /** Credentials from `registry-auth` and the Docker config; every secret already masked. */
  login: RegistryLogin;
  /** `insecure-registries`: hosts reached over plain HTTP. */
  insecureRegistries: string[];
}

const HOST = /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?$/;

/** The Docker config docker/login-action writes: `$DOCKER_CONFIG`, else `$HOME/.docker`. */
function readDockerConfig(env: NodeJS.ProcessEnv): { path: string; text: string } | undefined {
  const dir = env.DOCKER_CONFIG || (env.HOME ? join(env.HOME, '.docker') : '');
  const path = dir === '' ? '' : join(dir, 'config.json');
  if (path === '' || !existsSync(path)) return undefined;
  return { path, text: readFileSync(path, 'utf8') };
}

/**
 * Mask every password of `registry-auth` before anything could print one, then read the
 * credentials (a malformed line is an InputError with its secret masked) and mask the Docker
 * config's secrets too.
 */
function readLogin(env: NodeJS.ProcessEnv): RegistryLogin {
  const text = getText('registry-auth');
  for (const secret of registryAuthSecrets(text)) runner.setSecret(secret);
  const login = registryLogin(text, readDockerConfig(env));
  for (const secret of login.secrets) runner.setSecret(secret);
  return login;
}

function readInsecureRegistries(): string[] {
  const hosts = getLines('insecure-registries');
  for (const host of hosts)
    if (!HOST.test(host))
      throw new InputError(
        'insecure-registries',
        host,
        'is not a registry host: expected host or host:port, without scheme or path (e.g. localhost:5000)',
      );
  return hosts;
}

/** Read `registry-auth`, the Docker config and `insecure-registries`. */
export function readRegistryInputs(env: NodeJS.ProcessEnv = process.env): RegistryInputs {
  const login = readLogin(env);
  return { login, insecureRegistries: readInsecureRegistries() };
}
