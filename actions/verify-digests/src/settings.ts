/** verify-digests' inputs, read once into a typed settings object. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as runner from '@gitops-promote/action-kit/runner';
import { getBoolean, getChoice, getInteger, getLines, getText } from '@gitops-promote/action-kit';
import { expandEnvironment, InputError } from '@gitops-promote/core';
import {
  parseAllowList,
  parsePlatforms,
  registryAuthSecrets,
  registryLogin,
  type RegistryLogin,
  type VerifyRules,
} from '@gitops-promote/core/verify';

export interface VerifyDigestsSettings {
  /** Glob lines with `{env}` replaced. */
  filePatterns: string[];
  rules: VerifyRules;
  /** Path of a component-tags.json to check too; '' for none. */
  componentTagsPath: string;
  /** Credentials from `registry-auth` and the Docker config; every secret already masked. */
  login: RegistryLogin;
  insecureRegistries: string[];
  concurrency: number;
  /** The registry requests' time limit for the whole run, in ms. */
  totalTimeoutMs: number;
  /** Pass when there is nothing to verify. */
  allowEmpty: boolean;
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

function readFilePatterns(): string[] {
  const lines = getLines('files');
  if (lines.length === 0)
    throw new InputError(
      'files',
      '',
      'lists no pattern; expected glob lines such as helm/*/values-{env}.yaml',
    );
  return expandEnvironment(lines, getText('environment'));
}

/** Read and validate every input. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): VerifyDigestsSettings {
  const login = readLogin(env);
  return {
    filePatterns: readFilePatterns(),
    rules: {
      requireDigest: getBoolean('require-digest', true),
      allow: parseAllowList(getLines('allow')),
      checkRegistry: getBoolean('check-registry', true),
      platforms: parsePlatforms(getLines('platforms')),
      checkTags: getBoolean('check-tags', false),
      schema: getChoice('schema', ['auto', 'off'] as const, 'auto'),
    },
    componentTagsPath: getText('component-tags'),
    login,
    insecureRegistries: readInsecureRegistries(),
    concurrency: getInteger('concurrency', 16, 1, 256),
    totalTimeoutMs: getInteger('timeout-seconds', 300, 1, 3600) * 1000,
    allowEmpty: getBoolean('allow-empty', false),
  };
}
