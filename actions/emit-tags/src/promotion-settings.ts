/**
 * The inputs of `mode: retag | resolve`, read once: the source (`from-tag` or `policy*`), the
 * registry login (every secret masked before anything could print it), `dry-run` and
 * `release`.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import { getBoolean, getText } from '@gitops-promote/action-kit';
import { readRegistryInputs } from '@gitops-promote/action-kit/registry';
import { InputError, isValidTag } from '@gitops-promote/core';
import { type SourceSpec } from '@gitops-promote/core/build';
import { parseTagPolicy } from '@gitops-promote/core/policy';
import type { RegistryLogin } from '@gitops-promote/core/verify';

export interface PromotionSettings {
  source: SourceSpec;
  login: RegistryLogin;
  insecureRegistries: string[];
  dryRun: boolean;
  /** Create or update the GitHub release `v{{version}}`. */
  release: boolean;
  token: string;
}

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

/** Read and validate the promotion inputs. */
export function readPromotionSettings(env: NodeJS.ProcessEnv = process.env): PromotionSettings {
  const token = getText('token');
  if (token !== '') runner.setSecret(token);
  const { login, insecureRegistries } = readRegistryInputs(env);
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
    insecureRegistries,
    dryRun: getBoolean('dry-run', false),
    release,
    token,
  };
}
