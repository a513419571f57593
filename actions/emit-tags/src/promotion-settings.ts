/**
 * The inputs of `mode: retag | resolve`, read once: the source (`from-tag` or `policy*`), the
 * registry login (every secret masked before anything could print it), `dry-run` and
 * `release`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as runner from '@gitops-promote/action-kit/runner';
import { getBoolean, getLines, getText } from '@gitops-promote/action-kit';
import { InputError, isValidTag } from '@gitops-promote/core';
import { type SourceSpec } from '@gitops-promote/core/build';
import { parseTagPolicy } from '@gitops-promote/core/policy';
import {
  registryAuthSecrets,
  registryLogin,
  type RegistryLogin,
} from '@gitops-promote/core/verify';

export interface PromotionSettings {
  source: SourceSpec;
  login: RegistryLogin;
  insecureRegistries: string[];
  dryRun: boolean;
  /** Create or update the GitHub release `v{{version}}`. */
  release: boolean;
  token: string;
}

const HOST = /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?$/;

function readSource(): SourceSpec {
  const fromTag = getText('from-tag');
  const policy = getText('policy');
  if (fromTag !== '' && policy !== '')
    throw new InputError('from-tag', fromTag, "and 'policy' are both set; give one source");
  if (fromTag !== '') {
    if (!isValidTag(fromTag))
      throw new InputError(
        'from-tag',
        fromTag,
        'is not a valid tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})',
      );
    return { kind: 'tag', tag: fromTag };
  }
  if (policy === '')
    throw new InputError(
      'policy',
      '',
      "is empty and so is 'from-tag'; mode retag and resolve need a source",
    );
  const parsed = parseTagPolicy({
    policy,
    filter: getText('policy-filter'),
    extract: getText('policy-extract'),
    order: getText('policy-order'),
  });
  return { kind: 'policy', policy: parsed };
}

function readDockerConfig(env: NodeJS.ProcessEnv): { path: string; text: string } | undefined {
  const dir = env.DOCKER_CONFIG || (env.HOME ? join(env.HOME, '.docker') : '');
  const path = dir === '' ? '' : join(dir, 'config.json');
  if (path === '' || !existsSync(path)) return undefined;
  return { path, text: readFileSync(path, 'utf8') };
}

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
        'is not a registry host: expected host or host:port (e.g. localhost:5000)',
      );
  return hosts;
}

/** Read and validate the promotion inputs. */
export function readPromotionSettings(env: NodeJS.ProcessEnv = process.env): PromotionSettings {
  const token = getText('token');
  if (token !== '') runner.setSecret(token);
  const login = readLogin(env);
  const release = getBoolean('release', false);
  if (release && token === '')
    throw new InputError(
      'token',
      '',
      "is empty; 'release: true' needs a token that can write contents",
    );
  return {
    source: readSource(),
    login,
    insecureRegistries: readInsecureRegistries(),
    dryRun: getBoolean('dry-run', false),
    release,
    token,
  };
}
