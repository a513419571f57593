/**
 * A bump that stages its writes while it plans (from STAGE_WRITES_FROM files; forced here with
 * stageWritesFrom) writes exactly what a bump that writes after planning writes: the same bytes
 * and modes, through a link as ever, and on a plan that fails or a dry run nothing at all, with
 * no temporary left. In process (bumpWorkspace) and as the bundle runs it (past the threshold).
 */
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseComponentTags } from '@gitops-promote/core';
import {
  bumpWorkspace,
  STAGE_WRITES_FROM,
  type BumpLog,
  type BumpRequest,
} from '@gitops-promote/core/bump';
import {
  FILE_PATTERNS,
  generateConfigRepo,
  writeConfigRepo,
  type ConfigRepo,
} from '../bench/generate-config-repo.js';
import { git } from './support/git-fixture.js';
import { runAction } from './support/run-action.js';
import { runCli } from './support/run-cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The generated repository of `n` services in a fresh folder, one values file 0640, one link. */
function workspace(repo: ConfigRepo): string {
  const dir = mkdtempSync(join(tmpdir(), 'bump-staged-'));
  made.push(dir);
  writeConfigRepo(dir, repo);
  chmodSync(join(dir, 'helm/platform/values-develop.yaml'), 0o640);
  symlinkSync('values-staging.yaml', join(dir, 'helm/platform/values-qa.yaml'));
  return dir;
}

/** Every file below `dir` (but .git) with its text and mode, links as links. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of (readdirSync(dir, { recursive: true }) as string[]).map(String).sort()) {
    if (path === '.git' || path.startsWith('.git/')) continue;
    const stats = statSync(join(dir, path));
    if (stats.isDirectory()) continue;
    out[path] = `${(stats.mode & 0o7777).toString(8)} ${readFileSync(join(dir, path), 'utf8')}`;
  }
  return out;
}

const silent: BumpLog = { info: () => {}, warning: () => {} };

const request = (dir: string, repo: ConfigRepo, more: Partial<BumpRequest> = {}): BumpRequest => ({
  workspace: dir,
  componentTags: parseComponentTags(repo.componentTagsJson, 'component-tags.json'),
  filePatterns: [...FILE_PATTERNS, 'helm/platform/values-qa.yaml'],
  write: 'tag+digest',
  environment: '',
  failOnMissing: false,
  dryRun: false,
  commit: false,
  push: false,
  commitMessage: '',
  pushRetries: 0,
  fallbackBranch: '',
  ...more,
});

describe('bumpWorkspace with staged writes', () => {
  const repo = generateConfigRepo(40);

  test('writes the same bytes and modes as writing after the plan, and no temporary', async () => {
    const direct = workspace(repo);
    const staged = workspace(repo);
    const one = await bumpWorkspace(request(direct, repo, { stageWritesFrom: Infinity }), {
      log: silent,
    });
    const two = await bumpWorkspace(request(staged, repo, { stageWritesFrom: 1 }), { log: silent });
    expect(two.changes).toEqual(one.changes);
    expect(two.changedFiles).toEqual(one.changedFiles);
    expect(one.changedFiles).toHaveLength(2 * 40 + 4);
    expect(snapshot(staged)).toEqual(snapshot(direct));
    expect(snapshot(staged)).not.toEqual(snapshot(workspace(repo)));
    expect(snapshot(staged)['helm/platform/values-develop.yaml']).toMatch(/^640 /);
    expect(Object.keys(snapshot(staged)).filter((p) => p.endsWith('.tmp'))).toEqual([]);
  });

  test('a plan that fails at a later file writes nothing and leaves no temporary', async () => {
    const dir = workspace(repo);
    // The last file planned is not YAML: the plan fails there, after every other is staged.
    const last = `k8s/${repo.services.at(-1)}/kustomization.yaml`;
    writeFileSync(join(dir, last), 'images:\n  - name: [unclosed\n');
    const before = snapshot(dir);
    const failure = await bumpWorkspace(request(dir, repo, { stageWritesFrom: 1 }), {
      log: silent,
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toContain(last);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a dry run stages and writes nothing', async () => {
    const dir = workspace(repo);
    const before = snapshot(dir);
    const outcome = await bumpWorkspace(request(dir, repo, { stageWritesFrom: 1, dryRun: true }), {
      log: silent,
    });
    expect(outcome.changes.length).toBeGreaterThan(0);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a commit holds every staged file and the tree is clean after it', async () => {
    const dir = workspace(repo);
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['add', '-A']);
    git(dir, ['-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'seed']);
    const outcome = await bumpWorkspace(request(dir, repo, { stageWritesFrom: 1, commit: true }), {
      log: silent,
      git: {
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'T',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 'T',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      },
    });
    expect(outcome.commitSha).toMatch(/^[0-9a-f]{40}$/);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    const changed = git(dir, ['show', '--name-only', '--format=', 'HEAD']).split('\n');
    expect(changed).toHaveLength(outcome.changedFiles.length);
  });
});

/** Past the threshold: a workspace for a bundle, the core's direct bump beside it, the log line. */
async function pastTheThreshold() {
  const n = Math.ceil(STAGE_WRITES_FROM / 2) + 10;
  const repo = generateConfigRepo(n);
  const target = workspace(repo);
  const core = workspace(repo);
  await bumpWorkspace(request(core, repo, { stageWritesFrom: Infinity }), { log: silent });
  const logged = `Wrote ${2 * n + 4} files (each made on a second thread while the plan was made`;
  return { target, core, logged, patterns: [...FILE_PATTERNS, 'helm/platform/values-qa.yaml'] };
}

describe(`the bundles past ${STAGE_WRITES_FROM} files stage their writes`, () => {
  test('bump-values writes what the core plans, and no temporary', async () => {
    const { target, core, logged, patterns } = await pastTheThreshold();
    const run = await runAction('bump-values', {
      inputs: { files: patterns.join('\n') },
      env: { GITHUB_WORKSPACE: target, GITHUB_REF_NAME: 'main' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(run.stdout).toContain(logged);
    expect(snapshot(target)).toEqual(snapshot(core));
    expect(Object.keys(snapshot(target)).filter((p) => p.endsWith('.tmp'))).toEqual([]);
  });

  test('gitops-promote bump --write writes what the core plans', async () => {
    const { target, core, logged, patterns } = await pastTheThreshold();
    const files = patterns.flatMap((pattern) => ['--files', pattern]);
    const run = await runCli(['bump', ...files, '--write', '--verbose'], { cwd: target });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain(logged);
    expect(snapshot(target)).toEqual(snapshot(core));
  });
});
