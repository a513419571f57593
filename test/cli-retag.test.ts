/**
 * `gitops-promote resolve` and `retag`, spawned as a user runs them, against a real registry
 * on loopback: a semver policy picks the tag, a retag puts new tags on the same manifest and
 * a re-run pushes nothing.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pushImage, startRegistry, type TestRegistry } from './support/registry/index.js';
import { runCli } from './support/run-cli.js';

interface Promoted {
  tags: string[];
  'source-tag': string;
  'source-digest': string;
  pushed: number;
  'component-tags-path': string;
}

describe('resolve and retag against a real registry', () => {
  let registry: TestRegistry;
  const digests: Record<string, string> = {};

  beforeAll(async () => {
    registry = await startRegistry();
    for (const tag of ['1.0.0', '1.2.0', '2.0.0-rc.1', 'latest'])
      digests[tag] = (await pushImage(registry, 'acme/api', tag, { seed: tag })).digest;
  });
  afterAll(() => registry?.stop());

  const common = () => [
    '--images',
    `api=${registry.host}/acme/api`,
    '--insecure-registries',
    '127.0.0.1',
    '--json',
  ];

  async function promoted(args: string[], cwd: string): Promise<Promoted> {
    const run = await runCli(args, { cwd });
    expect(run.stderr).not.toContain('error');
    expect(run.exitCode).toBe(0);
    return JSON.parse(run.stdout) as Promoted;
  }

  test('resolve: the semver policy picks 1.2.0 (no prerelease) and records its digest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-resolve-'));
    const out = await promoted(['resolve', ...common(), '--policy', 'semver:>=1.0.0'], dir);
    expect(out['source-tag']).toBe('1.2.0');
    expect(out['source-digest']).toBe(digests['1.2.0']);
    expect(out.pushed).toBe(0);
    const record = JSON.parse(readFileSync(join(dir, 'component-tags.json'), 'utf8')) as Record<
      string,
      { digest: string }
    >;
    expect(record.api?.digest).toBe(digests['1.2.0']);
  });

  test('retag: same digest under the new tag; a re-run pushes nothing; a dry run writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-retag-'));
    const dry = await promoted(
      ['retag', ...common(), '--from-tag', '1.0.0', '--tags', 'production', '--dry-run'],
      dir,
    );
    expect(dry.pushed).toBe(0);
    expect(existsSync(join(dir, 'component-tags.json'))).toBe(false);
    const first = await promoted(
      ['retag', ...common(), '--from-tag', '1.0.0', '--tags', 'production'],
      dir,
    );
    expect(first.pushed).toBe(1);
    expect(first.tags).toEqual([`${registry.host}/acme/api:production`]);
    const check = await promoted(['resolve', ...common(), '--from-tag', 'production'], dir);
    expect(check['source-digest']).toBe(digests['1.0.0']);
    const again = await promoted(
      ['retag', ...common(), '--from-tag', '1.0.0', '--tags', 'production'],
      dir,
    );
    expect(again.pushed).toBe(0);
  });

  test.each([
    [
      ['--from-tag', '1.0.0', '--policy', 'numerical'],
      `Flag '--from-tag': "1.0.0" and '--policy' are both set`,
    ],
    [[], `Flag '--policy': "" is empty and so is '--from-tag'`],
    [['--from-tag', 'bad tag!'], `Flag '--from-tag': "bad tag!" is not a valid tag`],
  ])('resolve %j: exit 2', async (args, message) => {
    const run = await runCli(['resolve', ...common(), ...args], { cwd: tmpdir() });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
