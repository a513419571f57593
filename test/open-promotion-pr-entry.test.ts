/**
 * open-promotion-pr's entry is light: it reads the inputs and sends the first reads, and the
 * promotion wing (yaml, the planner, the writer, the gates) is in chunks loaded with `import()`
 * once the first request is out (main.ts). A change that pulls the wing back into the entry
 * (a static import of it from main.ts or settings.ts) puts its compile and evaluation before
 * the first request again: this test fails on it. The start-up it buys is measured by
 * `npm run bench` (open-promotion-pr start-up), not here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const dist = join(import.meta.dirname, '..', 'actions', 'open-promotion-pr', 'dist');
const entry = readFileSync(join(dist, 'index.js'), 'utf8');
const chunks = readdirSync(dist)
  .filter((name) => name.endsWith('.js') && name !== 'index.js')
  .map((name) => readFileSync(join(dist, name), 'utf8'))
  .join('\n');

/** Names the bundler keeps (function names survive minification in entry and chunks). */
const WING = ['openPromotion', 'promoteEnvironment', 'openRollback', 'parseYamlFile', 'bumpFiles'];
const WING_PARTS = [...WING, 'promotionGates', 'composer_Composer'];
const FIRST_READ = ['readSettings', 'createGitHubApi', 'startBaseRead', 'readPromotionSnapshot'];

describe('open-promotion-pr dist/index.js', () => {
  test.each(WING_PARTS)('leaves %s to a chunk', (name) => {
    expect(entry).not.toContain(name);
    expect(chunks).toContain(name);
  });

  test.each(FIRST_READ)('holds %s, which the first request needs', (name) => {
    expect(entry).toContain(name);
  });
});
