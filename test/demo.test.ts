/**
 * `npm run demo` keeps working: the whole story on the bundled example, end to end (build and
 * record, dev bump, staging and staging → prod pull requests with their verdicts, retag to
 * production, rollback with its hold), with the registry and, as on a machine without
 * docker-registry, without it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './support/run-action.js';

function demo(env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'demo/run.ts'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    },
  );
}

/** What a newcomer must see at each step, in order. */
const STORY = [
  /tags: \S+\/splattop\/api:1\.7\.3\n\s+\S+\/splattop\/api:[0-9a-f]{7}/,
  /"api": \{\n\s+"tag": "1\.7\.3"/,
  /chore\(deploy\): bump api, web in dev \[skip ci\]/,
  /-\s+tag: "1\.7\.2" {4}# previous release\n\s+-\s+digest: sha256:cc4aedb8/,
  /pull request #1: chore\(deploy\): bump api, web in staging\n\s+labels: automation:release-bump/,
  /verify-digests: PASS, 2 image\(s\) checked, violations: \[\]/,
  /pull request #2: chore\(deploy\): promote api, web from staging to prod/,
  /### Promotion `staging` → `prod`/,
  /\| api \| prod \| `helm\/splattop\/values-prod\.yaml` \| `1\.7\.2` \| `1\.7\.3` \|/,
  /verify-digests: PASS/,
  /== 7\. emit-tags mode: retag/,
  /pull request #3: revert\(deploy\): roll back api, web in prod \(reverts #2/,
  /labels: automation:release-bump, rollback/,
  /\.gitops-promote\/holds\.yaml on main:\n\s+# Holds written[\s\S]*service: "api"/,
  /warning: Service 'api' is held in 'prod'/,
  /pull request #4: chore\(deploy\): bump web in prod/,
  /The demo carried the example/,
];

function expectInOrder(stdout: string, patterns: RegExp[]): void {
  let rest = stdout;
  for (const pattern of patterns) {
    const match = pattern.exec(rest);
    expect(match, `${pattern} after the previous step`).not.toBeNull();
    rest = rest.slice((match?.index ?? 0) + (match?.[0].length ?? 0));
  }
}

describe('npm run demo', () => {
  test('tells the whole story with the registry', { timeout: 60_000 }, () => {
    const result = demo();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectInOrder(result.stdout, STORY);
    // The demo prints the registry's tags sorted; the short sha sorts anywhere among them.
    const tags = /splattop\/api tags: (.*)/.exec(result.stdout)?.[1]?.split(', ') ?? [];
    expect(tags).toHaveLength(3);
    expect(tags).toEqual(expect.arrayContaining(['1.7.3', 'production']));
    expect(tags.filter((tag) => /^[0-9a-f]{7}$/.test(tag))).toHaveLength(1);
    expect(result.stdout).not.toContain('SKIPPED');
  });

  test(
    'says what it skips without docker-registry, and still tells the rest',
    { timeout: 60_000 },
    () => {
      const result = demo({ GITOPS_PROMOTE_DEMO_REGISTRY: 'none' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(
        /SKIPPED are the image pushes .* the registry check of verify-digests and the retag/,
      );
      expect(result.stdout).toContain('registry not checked: SKIPPED');
      expectInOrder(
        result.stdout,
        STORY.filter((p) => !String(p).includes('retag')),
      );
      expect(result.stdout).toContain('SKIPPED: no registry');
    },
  );
});
