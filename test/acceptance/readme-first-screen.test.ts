/** README's first screen: the two commands, and a seed example quoted verbatim from its file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../support/run-action.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const firstScreen = readme.split('\n').slice(0, 40).join('\n');

test('the first screen shows the two commands', () => {
  expect(firstScreen).toMatch(/^npm ci && npm test\b/m);
  expect(firstScreen).toMatch(/^npm ci && npm run demo\b/m);
});

test('the seed example on the first screen is quoted from its example file, unchanged', () => {
  const link = /\]\((examples\/[^)]+\.ya?ml)\)/.exec(firstScreen);
  expect(link).not.toBeNull();
  const quoted = /```yaml\n([\s\S]*?)```/.exec(firstScreen)?.[1] ?? '';
  expect(quoted.length).toBeGreaterThan(100);
  expect(readFileSync(join(repoRoot, link?.[1] as string), 'utf8')).toContain(quoted);
});
