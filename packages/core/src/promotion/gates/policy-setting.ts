/**
 * `policy-file` (the input, the CLI's `--policy-file`), read into a setting. Apart from the
 * gates themselves so that reading the inputs does not load them.
 */
import { checkRepositoryPath } from '../repository-path.js';
import { DEFAULT_POLICY_FILE } from './policy-schema.js';
import type { PolicySetting } from './promotion-gates.js';

/**
 * A relative path in the config repository; empty means the default, used only if present.
 */
export function policySetting(given: string): PolicySetting {
  const path = checkRepositoryPath('policy-file', given || DEFAULT_POLICY_FILE);
  return { path, explicit: given !== '' };
}
