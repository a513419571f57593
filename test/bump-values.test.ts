/** The bundled bump-values action, run as a runner runs it, on real Git repositories. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { git } from './support/git-fixture.js';
import { repoRoot, runAction } from './support/run-action.js';

const GOLDEN = join(repoRoot, 'test', 'golden');

/** Files below a folder, path -> content. */
function readTree(root: string): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    tree[relative(root, path)] = readFileSync(path, 'utf8');
  }
  return tree;
}

/** A config repo checked out from a bare remote, seeded with a golden case's input tree. */
function configRepo(goldenCase: string): { dir: string; remote: string } {
  const remote = mkdtempSync(join(tmpdir(), 'remote-'));
  git(remote, ['init', '-q', '--bare', '-b', 'main']);
  const dir = mkdtempSync(join(tmpdir(), 'config-'));
  git(dir, ['init', '-q', '-b', 'main']);
  cpSync(join(GOLDEN, goldenCase, 'input'), dir, { recursive: true });
  cpSync(join(GOLDEN, goldenCase, 'component-tags.json'), join(dir, 'component-tags.json'));
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'seed']);
  git(dir, ['remote', 'add', 'origin', remote]);
  git(dir, ['push', '-q', 'origin', 'main']);
  return { dir, remote };
}

const env = (dir: string) => ({
  GITHUB_WORKSPACE: dir,
  GITHUB_REF_NAME: 'main',
  GITHUB_REPOSITORY: 'acme/config',
});

describe('bump-values writes the seeds’ layouts byte for byte', () => {
  test.each([
    ['seed-001-helm-splattop-values', 'helm/splattop/values-{env}.yaml', 'staging'],
    ['seed-002-kustomize-mirai', 'k8s/*/kustomization.yaml', ''],
    ['seed-003-flux-whole-reference-marker', 'flux/apps/*/{env}/*.yaml', 'develop'],
    ['helm-overlay-seed-000-values-argocd', 'helm/queen-califia/values-*.yaml', ''],
    ['flux-markers-of-other-namespaces-left-alone', 'flux/apps/**/*.yaml', 'develop'],
  ])('%s', async (goldenCase, files, environment) => {
    const { dir } = configRepo(goldenCase);
    const run = await runAction('bump-values', { inputs: { files, environment }, env: env(dir) });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const expected = readTree(join(GOLDEN, goldenCase, 'expected'));
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    for (const [path, content] of Object.entries(expected))
      expect(readFileSync(join(dir, path), 'utf8'), path).toBe(content);
    expect(run.outputs.changed).toBe('true');
    const changes = JSON.parse(run.outputs.changes as string) as Array<Record<string, unknown>>;
    expect(changes.length).toBeGreaterThan(0);
    expect(run.outputs['changed-files']?.split('\n').sort()).toEqual(
      [...new Set(changes.map((c) => c.file as string))].sort(),
    );
    expect(run.summary).toContain('| Service | Field | File:line | From | To |');
    // Idempotent: a second run finds nothing to change.
    const again = await runAction('bump-values', { inputs: { files, environment }, env: env(dir) });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.changed).toBe('false');
    expect(again.outputs.changes).toBe('[]');
    for (const [path, content] of Object.entries(expected))
      expect(readFileSync(join(dir, path), 'utf8'), path).toBe(content);
  });
});

describe('bump-values reports, commits and pushes', () => {
  test('seed 001: the changes output names file, line, service, field, from and to', async () => {
    const { dir } = configRepo('seed-001-helm-splattop-values');
    const run = await runAction('bump-values', {
      inputs: { files: 'helm/splattop/values-{env}.yaml', environment: 'staging', services: 'api' },
      env: env(dir),
    });
    expect(JSON.parse(run.outputs.changes as string)).toEqual([
      {
        file: 'helm/splattop/values-staging.yaml',
        line: 14,
        service: 'api',
        field: 'tag',
        from: '1.7.2',
        to: '1.7.3',
      },
      {
        file: 'helm/splattop/values-staging.yaml',
        line: 15,
        service: 'api',
        field: 'digest',
        from: 'sha256:cc4aedb8518951c23d5d560f3df59a6e995472ee7edb9179b7b02044e26b7435',
        to: 'sha256:2261f27bb8ba9c24790a3eda7c46c432cddcb5f5c6a1dbd37164c460a4d38e1b',
      },
    ]);
  });

  test('dry-run plans and reports but writes nothing', async () => {
    const { dir } = configRepo('seed-001-helm-splattop-values');
    const before = readFileSync(join(dir, 'helm/splattop/values-staging.yaml'), 'utf8');
    const run = await runAction('bump-values', {
      inputs: {
        files: 'helm/splattop/values-{env}.yaml',
        environment: 'staging',
        'dry-run': 'true',
        push: 'true',
      },
      env: env(dir),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.changed).toBe('true');
    expect(run.summary).toContain('(dry run)');
    expect(readFileSync(join(dir, 'helm/splattop/values-staging.yaml'), 'utf8')).toBe(before);
    expect(git(dir, ['rev-list', '--count', 'HEAD'])).toBe('1');
  });

  test('push: one commit with [skip ci] and a trailer per change, on the remote', async () => {
    const { dir, remote } = configRepo('seed-001-helm-splattop-values');
    const run = await runAction('bump-values', {
      inputs: { files: 'helm/splattop/values-{env}.yaml', environment: 'staging', push: 'true' },
      env: env(dir),
    });
    expect(run.exitCode).toBe(0);
    const sha = git(remote, ['rev-parse', 'main']);
    expect(run.outputs['commit-sha']).toBe(sha);
    const message = git(remote, ['log', '-1', '--format=%B', 'main']);
    expect(message.split('\n')[0]).toBe(
      'chore(deploy): bump api, web, worker in staging [skip ci]',
    );
    const trailers = git(remote, [
      'log',
      '-1',
      '--format=%(trailers:key=Promote-Change,valueonly)',
      'main',
    ])
      .split('\n')
      .filter(Boolean)
      .map((t) => JSON.parse(t) as { service: string; field: string });
    expect(trailers.map((t) => `${t.service}.${t.field}`)).toEqual([
      'api.tag',
      'api.digest',
      'web.tag',
      'web.digest',
      'worker.tag',
      'worker.digest',
    ]);
    expect(git(remote, ['show', '--stat', '--format=', 'main'])).toContain(
      'helm/splattop/values-staging.yaml',
    );
  });

  test('concurrent jobs bumping different services on one branch all land', async () => {
    const services = Array.from({ length: 8 }, (_, i) => `svc${i}`);
    const remote = mkdtempSync(join(tmpdir(), 'remote-'));
    git(remote, ['init', '-q', '--bare', '-b', 'main']);
    const seed = mkdtempSync(join(tmpdir(), 'seed-'));
    git(seed, ['init', '-q', '-b', 'main']);
    writeFileSync(
      join(seed, 'values.yaml'),
      services
        .map((s) => `${s}:\n  image:\n    repository: ghcr.io/acme/${s}\n    tag: "0.0.0"\n`)
        .join('\n'),
    );
    git(seed, ['add', '-A']);
    git(seed, ['commit', '-q', '-m', 'seed']);
    git(seed, ['push', '-q', remote, 'main']);
    const runs = services.map(async (service, i) => {
      const dir = mkdtempSync(join(tmpdir(), 'job-'));
      git(dir, ['clone', '-q', remote, '.']);
      writeFileSync(
        join(dir, 'component-tags.json'),
        JSON.stringify({ [service]: { tag: `1.0.${i}` } }),
      );
      return runAction('bump-values', {
        inputs: { files: 'values.yaml', write: 'tag', push: 'true', 'push-retries': '20' },
        env: env(dir),
      });
    });
    const results = await Promise.all(runs);
    for (const run of results) expect(run.exitCode, run.stdout).toBe(0);
    const final = git(remote, ['show', 'main:values.yaml']);
    services.forEach((s, i) =>
      expect(final).toContain(`repository: ghcr.io/acme/${s}\n    tag: "1.0.${i}"`),
    );
    expect(git(remote, ['rev-list', '--count', 'main'])).toBe(String(services.length + 1));
  });
});

describe('bump-values rejects bad input and writes nothing', () => {
  const TAGS = readFileSync(
    join(GOLDEN, 'seed-001-helm-splattop-values', 'component-tags.json'),
    'utf8',
  );
  test.each([
    [
      'invalid JSON',
      { 'component-tags.json': '{"api": ' },
      {},
      /component-tags.json: is not valid JSON/,
    ],
    [
      'a schema violation',
      { 'component-tags.json': '{"api": {"tag": "1.0", "digest": "sha256:xyz"}}' },
      {},
      /service 'api', field 'digest': "sha256:xyz" is not a valid digest/,
    ],
    [
      'a tag with a newline',
      { 'component-tags.json': '{"api": {"tag": "1.0\\n"}}' },
      {},
      /service 'api', field 'tag'/,
    ],
    [
      'a tag with a colon',
      { 'component-tags.json': '{"api": {"tag": "1:0"}}' },
      {},
      /service 'api', field 'tag': "1:0"/,
    ],
    [
      'a YAML file that does not parse',
      { 'helm/splattop/values-staging.yaml': 'api:\n  image:\n    tag: [unclosed\n' },
      {},
      /helm\/splattop\/values-staging.yaml:\d+:/,
    ],
    [
      'component-tags outside the workspace',
      {},
      { 'component-tags': '../component-tags.json' },
      /Input 'component-tags': "..\/component-tags.json" is outside the workspace/,
    ],
    [
      'files outside the workspace',
      {},
      { files: '../**/*.yaml' },
      /Input 'files': "..\/\*\*\/\*.yaml" must not leave the workspace/,
    ],
    [
      'an unknown service',
      {},
      { services: 'nope' },
      /Input 'services': "nope" is not a service in component-tags/,
    ],
    [
      'a holds file outside the workspace',
      {},
      { 'holds-file': '../holds.yaml' },
      /Input 'holds-file': "..\/holds.yaml" must be a relative path in the workspace, without '.', '..' or empty parts/,
    ],
    [
      'a bad write mode',
      {},
      { write: 'everything' },
      /Input 'write': "everything" must be one of tag\+digest, tag, digest/,
    ],
    [
      'a pinned digest and an entry without one',
      { 'component-tags.json': '{"api": {"tag": "1.7.3"}}' },
      {},
      /helm\/splattop\/values-staging.yaml:15:.*api/,
    ],
  ])('%s', async (_name, files, inputs, message) => {
    const { dir } = configRepo('seed-001-helm-splattop-values');
    writeFileSync(join(dir, 'component-tags.json'), TAGS);
    for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
    const before = readFileSync(join(dir, 'helm/splattop/values-staging.yaml'), 'utf8');
    const run = await runAction('bump-values', {
      inputs: {
        files: 'helm/splattop/values-{env}.yaml',
        environment: 'staging',
        push: 'true',
        ...inputs,
      },
      env: env(dir),
    });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
    expect(readFileSync(join(dir, 'helm/splattop/values-staging.yaml'), 'utf8')).toBe(before);
    expect(git(dir, ['rev-list', '--count', 'HEAD'])).toBe('1');
    expect(run.outputs).toEqual({});
  });

  test('a YAML syntax error is annotated at its file and line', async () => {
    const { dir } = configRepo('seed-001-helm-splattop-values');
    writeFileSync(join(dir, 'helm/splattop/values-staging.yaml'), 'a: 1\nb: [unclosed\nc: 2\n');
    const run = await runAction('bump-values', {
      inputs: { files: 'helm/splattop/values-{env}.yaml', environment: 'staging' },
      env: env(dir),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.properties).toMatchObject({
      file: 'helm/splattop/values-staging.yaml',
    });
    expect(Number(run.annotations[0]?.properties.line)).toBeGreaterThan(0);
  });

  test('a glob that matches nothing fails unless allow-empty; a service found nowhere fails unless fail-on-missing is false', async () => {
    const { dir } = configRepo('seed-001-helm-splattop-values');
    writeFileSync(join(dir, 'component-tags.json'), JSON.stringify({ ghost: { tag: '1' } }));
    const inputs = {
      files: 'helm/splattop/values-{env}.yaml\nnothing/*.yaml',
      environment: 'staging',
    };
    const errorOf = (run: Awaited<ReturnType<typeof runAction>>) =>
      run.annotations.find((a) => a.level === 'error')?.message;
    const strict = await runAction('bump-values', { inputs, env: env(dir) });
    expect(strict.exitCode).toBe(1);
    expect(errorOf(strict)).toMatch(/'files': "nothing\/\*\.yaml" matches no file.*allow-empty/);
    const missing = await runAction('bump-values', {
      inputs: { ...inputs, 'allow-empty': 'true' },
      env: env(dir),
    });
    expect(missing.exitCode).toBe(1);
    expect(errorOf(missing)).toMatch(/'ghost'.*fail-on-missing is true/);
    const lenient = await runAction('bump-values', {
      inputs: { ...inputs, 'allow-empty': 'true', 'fail-on-missing': 'false' },
      env: env(dir),
    });
    expect(lenient.exitCode).toBe(0);
    const warnings = lenient.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toContain("Input 'files': 'nothing/*.yaml' matches no file.");
    expect(warnings.some((w) => w.includes("'ghost'"))).toBe(true);
    expect(lenient.outputs.changed).toBe('false');
    expect(git(dir, ['status', '--porcelain', '--', 'helm'])).toBe('');
  });

  test('chart-app-version: the named service sets Chart.yaml appVersion; true with two services fails', async () => {
    const { dir } = configRepo('helm-overlay-seed-000-values-argocd');
    const chart = 'helm/queen-califia/Chart.yaml';
    const before = readFileSync(join(dir, chart), 'utf8');
    const inputs = { files: 'helm/queen-califia/values-{env}.yaml', environment: 'argocd' };
    const ambiguous = await runAction('bump-values', {
      inputs: { ...inputs, 'chart-app-version': 'true' },
      env: env(dir),
    });
    expect(ambiguous.exitCode).toBe(1);
    expect(ambiguous.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /'chart-app-version'.*'queencalifia-api', 'frontend'.*name the service/,
    );
    expect(readFileSync(join(dir, chart), 'utf8')).toBe(before);
    const run = await runAction('bump-values', {
      inputs: { ...inputs, 'chart-app-version': 'queencalifia-api' },
      env: env(dir),
    });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(dir, chart), 'utf8')).toBe(
      before.replace('appVersion: "0.4.1"', 'appVersion: "0.5.0"'),
    );
    const changes = JSON.parse(run.outputs.changes as string) as Array<Record<string, unknown>>;
    expect(changes).toContainEqual({
      file: chart,
      line: 6,
      service: 'queencalifia-api',
      field: 'app-version',
      from: '0.4.1',
      to: '0.5.0',
    });
    expect(run.outputs['changed-files']?.split('\n')).toContain(chart);
  });

  test('component-tags with no service fails', async () => {
    const { dir } = configRepo('seed-001-helm-splattop-values');
    writeFileSync(join(dir, 'component-tags.json'), '{}');
    const run = await runAction('bump-values', {
      inputs: { files: 'helm/splattop/values-{env}.yaml', environment: 'staging' },
      env: env(dir),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /'component-tags'.*holds no service/,
    );
  });

  test('a backport tag older than the deployed one fails unless allow-downgrade', async () => {
    const { dir } = configRepo('error-downgrade-backport-semver');
    const before = readFileSync(join(dir, 'kustomization.yaml'), 'utf8');
    const inputs = { files: 'kustomization.yaml' };
    const refused = await runAction('bump-values', { inputs, env: env(dir) });
    expect(refused.exitCode).toBe(1);
    const error = refused.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(/'api' from v0\.2\.1 to v0\.1\.9.*allow-downgrade: true/);
    expect(error?.properties).toMatchObject({ file: 'kustomization.yaml', line: '7' });
    expect(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')).toBe(before);
    const rollback = await runAction('bump-values', {
      inputs: { ...inputs, 'allow-downgrade': 'true' },
      env: env(dir),
    });
    expect(rollback.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')).toContain('newTag: v0.1.9');
  });
});
