/** verify-digests' inputs, read once into a typed settings object. */
import { getBoolean, getChoice, getInteger, getLines, getText } from '@gitops-promote/action-kit';
import { readRegistryInputs } from '@gitops-promote/action-kit/registry';
import { expandEnvironment, InputError } from '@gitops-promote/core';
import {
  parseAllowList,
  parsePlatforms,
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
  const { login, insecureRegistries } = readRegistryInputs(env);
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
    insecureRegistries,
    concurrency: getInteger('concurrency', 16, 1, 256),
    totalTimeoutMs: getInteger('timeout-seconds', 300, 1, 3600) * 1000,
    allowEmpty: getBoolean('allow-empty', false),
  };
}
