/**
 * The bundled verify-digests action, run as a runner runs it, against real registries
 * (distribution 2.8 on loopback: anonymous, htpasswd, token auth) and a realistic config repo:
 * a Helm chart with per-environment values and a values.schema.json, a kustomization, and a
 * Flux-marked deployment.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeFiles } from './support/git-fixture.js';
import {
  closedPort,
  moveTag,
  pushImage,
  pushIndex,
  startFlakyProxy,
  startRegistry,
  type FlakyProxy,
  type TestRegistry,
} from './support/registry/index.js';
import { runAction, type ActionRun } from './support/run-action.js';

const ABSENT = `sha256:${'0'.repeat(64)}`;
const PASSWORD = 'Sup3r-s3cret-pw';
const WRONG_PASSWORD = 'Wr0ng-pa55word-x';

interface Violation {
  file: string;
  line: number;
  image: string;
  rule: string;
  message: string;
}

/** The 1-based line of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the fixture`);
  return index + 1;
}

function violationsOf(run: ActionRun): Violation[] {
  return JSON.parse(run.outputs.violations ?? 'null') as Violation[];
}

/** What a log shows: the runner consumes `::add-mask::` commands instead of printing them. */
function shown(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

function errorsOf(run: ActionRun) {
  return run.annotations.filter((a) => a.level === 'error');
}

/** A config repository checked out in a temp folder; returns the runner env to run in it. */
function configRepo(files: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'config-repo-'));
  const home = mkdtempSync(join(tmpdir(), 'home-'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
  writeFiles(workspace, files);
  return {
    workspace,
    env: {
      GITHUB_WORKSPACE: workspace,
      HOME: home,
      RUNNER_TEMP: runnerTemp,
      GITHUB_REPOSITORY: 'acme/config',
      GITHUB_EVENT_NAME: 'pull_request',
      ...extraEnv,
    },
  };
}

const CHART = 'apiVersion: v2\nname: api\nversion: 0.1.0\nappVersion: "1.7.3"\n';

const SCHEMA = JSON.stringify(
  {
    $schema: 'https://json-schema.org/draft-07/schema#', // as Helm's docs write it
    type: 'object',
    required: ['image', 'replicaCount'],
    properties: {
      replicaCount: { type: 'integer', minimum: 1 },
      image: {
        type: 'object',
        required: ['repository'],
        additionalProperties: false,
        properties: {
          repository: { type: 'string' },
          tag: { type: 'string' },
          digest: { type: 'string', pattern: '^sha256:[a-f0-9]{64}$' },
          pullPolicy: { enum: ['Always', 'IfNotPresent', 'Never'] },
        },
      },
      resources: { type: 'object' },
    },
  },
  null,
  2,
);

/** helm/api: chart defaults with the repository; the environment file pins tag and digest. */
function helmChart(host: string, prodValues: string): Record<string, string> {
  return {
    'helm/api/Chart.yaml': CHART,
    'helm/api/values.schema.json': SCHEMA,
    'helm/api/values.yaml': [
      '# Default values for api.',
      'replicaCount: 1',
      'image:',
      `  repository: ${host}/acme/api`,
      '  pullPolicy: IfNotPresent',
      '  tag: ""',
      'resources: {}',
      '',
    ].join('\n'),
    'helm/api/values-prod.yaml': prodValues,
  };
}

function prodValues(tag: string, digest: string, extra: string[] = []): string {
  return [
    '# Production overrides',
    'replicaCount: 3',
    'image:',
    `  tag: "${tag}"`,
    `  digest: ${digest}`,
    ...extra,
    '',
  ].join('\n');
}

function kustomization(host: string, tag: string, digest: string): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - deployment.yaml',
    'images:',
    '  - name: worker',
    `    newName: ${host}/acme/worker`,
    `    newTag: ${tag}`,
    `    digest: ${digest}`,
    '',
  ].join('\n');
}

/** A Deployment whose image Flux's image automation keeps current through a setter marker. */
function fluxDeployment(image: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    '  namespace: web',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web',
    `          image: ${image} # {"$imagepolicy": "flux-system:web"}`,
    '',
  ].join('\n');
}

describe('verify-digests against an anonymous registry', () => {
  let registry: TestRegistry;
  let host: string;
  let api: { digest: string };
  let worker: { digest: string };
  let webOld: { digest: string };
  let webNew: { digest: string };

  beforeAll(async () => {
    registry = await startRegistry();
    host = registry.host;
    api = await pushIndex(registry, 'acme/api', '1.7.3', {
      platforms: ['linux/amd64', 'linux/arm64'],
    });
    worker = await pushImage(registry, 'acme/worker', '2.0.0', { platform: 'linux/amd64' });
    webOld = await pushImage(registry, 'acme/web', '3.1.0', { seed: 'first build' });
    webNew = await moveTag(registry, 'acme/web', '3.1.0');
  });
  afterAll(() => registry?.stop());

  /** The whole config repo, every image pinned and present. */
  function pinnedRepo(): Record<string, string> {
    return {
      ...helmChart(host, prodValues('1.7.3', api.digest)),
      'apps/worker/kustomization.yaml': kustomization(host, '2.0.0', worker.digest),
      'clusters/prod/web.yaml': fluxDeployment(`${host}/acme/web@${webNew.digest}`),
    };
  }

  const files = 'helm/*/values-{env}.yaml\napps/**/kustomization.yaml\nclusters/{env}/*.yaml';
  const inputs = (extra: Record<string, string> = {}) => ({
    files,
    environment: 'prod',
    'insecure-registries': '127.0.0.1',
    ...extra,
  });

  test('pinned and present passes, counting unique references and writing the report', async () => {
    const repo = pinnedRepo();
    // The same image twice (another environment's file) is still one reference to check.
    repo['clusters/prod/web-canary.yaml'] = fluxDeployment(`${host}/acme/web@${webNew.digest}`);
    const { env } = configRepo(repo);
    const run = await runAction('verify-digests', {
      inputs: inputs({ platforms: 'linux/amd64' }),
      env,
    });
    expect(run.stderr).toBe('');
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.checked).toBe('3');
    expect(violationsOf(run)).toEqual([]);
    const report = JSON.parse(readFileSync(run.outputs.report as string, 'utf8'));
    expect(report.verdict).toBe('passed');
    expect(report.references).toEqual([
      `${host}/acme/api:1.7.3@${api.digest}`,
      `${host}/acme/web@${webNew.digest}`,
      `${host}/acme/worker:2.0.0@${worker.digest}`,
    ]);
    expect(report.images.map((i: { status: string }) => i.status)).toEqual([
      'passed',
      'passed',
      'passed',
      'passed',
    ]);
    // The Helm values file's repository comes from the chart's values.yaml.
    expect(report.images[0]).toMatchObject({
      file: 'apps/worker/kustomization.yaml',
    });
    expect(report.images.find((i: { file: string }) => i.file.startsWith('helm/'))).toMatchObject({
      repositoryFrom: 'helm/api/values.yaml:3',
    });
    // One ping, one manifest per unique digest, one config blob per single-platform image.
    expect(report.requests).toMatchObject({ ping: 1, manifest: 3, blob: 2, retries: 0 });
    expect(run.summary).toContain('**Passed**');
    expect(run.stdout).toContain('No violation: 3 unique images checked in 4 files.');
  });

  test('a tag that exists with a digest that does not: digest-missing at the digest line', async () => {
    const values = prodValues('1.7.3', ABSENT);
    const { env } = configRepo({ ...pinnedRepo(), 'helm/api/values-prod.yaml': values });
    const run = await runAction('verify-digests', { inputs: inputs(), env });
    expect(run.exitCode).toBe(1);
    expect(violationsOf(run)).toEqual([
      {
        file: 'helm/api/values-prod.yaml',
        line: lineOf(values, 'digest:'),
        image: `${host}/acme/api:1.7.3@${ABSENT}`,
        rule: 'digest-missing',
        message: expect.stringContaining(`does not have it`),
      },
    ]);
    expect(errorsOf(run)).toEqual([
      {
        level: 'error',
        properties: {
          title: 'verify-digests: digest-missing',
          file: 'helm/api/values-prod.yaml',
          line: String(lineOf(values, 'digest:')),
        },
        message: expect.stringContaining('MANIFEST_UNKNOWN'),
      },
      {
        level: 'error',
        properties: {},
        message: '1 violation in 1 file (3 unique images checked in 3 files).',
      },
    ]);
    expect(run.summary).toContain('| `digest-missing` | 1 |');
  });

  test('an image pinned by tag alone breaks require-digest, unless its repository is allowed', async () => {
    const deployment = fluxDeployment(`${host}/acme/web:3.1.0`);
    const repo = { ...pinnedRepo(), 'clusters/prod/web.yaml': deployment };
    const { env } = configRepo(repo);
    const failed = await runAction('verify-digests', { inputs: inputs(), env });
    expect(failed.exitCode).toBe(1);
    expect(violationsOf(failed)).toEqual([
      {
        file: 'clusters/prod/web.yaml',
        line: lineOf(deployment, 'image:'),
        image: `${host}/acme/web:3.1.0`,
        rule: 'require-digest',
        message: expect.stringContaining('is pinned by tag only'),
      },
    ]);

    const allowed = await runAction('verify-digests', {
      inputs: inputs({ allow: `# exempt while web migrates\n${host}/acme/we*` }),
      env,
    });
    expect(errorsOf(allowed)).toEqual([]);
    expect(allowed.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(allowed.outputs.report as string, 'utf8'));
    expect(
      report.images.find((i: { file: string }) => i.file === 'clusters/prod/web.yaml'),
    ).toMatchObject({
      // Exempt from require-digest, yet its tag must exist in the registry (it does).
      status: 'passed',
      checks: ['tag-exists'],
    });
  });

  test('an index without a required platform, and a single-platform image of another', async () => {
    const { env } = configRepo(pinnedRepo());
    const run = await runAction('verify-digests', {
      inputs: inputs({ platforms: 'linux/amd64\nlinux/arm64' }),
      env,
    });
    expect(run.exitCode).toBe(1);
    const found = violationsOf(run);
    expect(found.map((v) => [v.file, v.rule])).toEqual([
      ['apps/worker/kustomization.yaml', 'platform-missing'],
      ['clusters/prod/web.yaml', 'platform-missing'],
    ]);
    expect(found[0]?.message).toContain(
      'is a single-platform image for linux/amd64, not linux/arm64',
    );

    const s390 = await runAction('verify-digests', {
      inputs: inputs({ platforms: 'linux/s390x', files: 'helm/*/values-{env}.yaml' }),
      env,
    });
    expect(violationsOf(s390)).toEqual([
      expect.objectContaining({
        file: 'helm/api/values-prod.yaml',
        rule: 'platform-missing',
        message: expect.stringContaining(
          'has no image for linux/s390x: its index holds linux/amd64, linux/arm64',
        ),
      }),
    ]);
  });

  test('check-tags: a tag moved after the pin is tag-moved; without check-tags it passes', async () => {
    const deployment = fluxDeployment(`${host}/acme/web:3.1.0@${webOld.digest}`);
    const { env } = configRepo({ ...pinnedRepo(), 'clusters/prod/web.yaml': deployment });
    const plain = await runAction('verify-digests', { inputs: inputs(), env });
    expect(plain.exitCode).toBe(0);
    const run = await runAction('verify-digests', {
      inputs: inputs({ 'check-tags': 'true' }),
      env,
    });
    expect(run.exitCode).toBe(1);
    expect(violationsOf(run)).toEqual([
      {
        file: 'clusters/prod/web.yaml',
        line: lineOf(deployment, 'image:'),
        image: `${host}/acme/web:3.1.0@${webOld.digest}`,
        rule: 'tag-moved',
        message: expect.stringContaining(
          `now resolves to ${webNew.digest}, not the pinned ${webOld.digest}`,
        ),
      },
    ]);
  });

  test('values schema: the merged values pass; a breaking key is reported at its line', async () => {
    const good = configRepo(pinnedRepo());
    const passed = await runAction('verify-digests', {
      inputs: inputs({ 'check-registry': 'false' }),
      env: good.env,
    });
    expect(errorsOf(passed)).toEqual([]);
    expect(passed.exitCode).toBe(0);

    const values = [
      '# Production overrides',
      'replicaCount: three',
      'image:',
      '  tag: "1.7.3"',
      `  digest: ${api.digest}`,
      '  pullPolicy: Sometimes',
      '  registry: ghcr.io',
      '',
    ].join('\n');
    const bad = configRepo({ ...pinnedRepo(), 'helm/api/values-prod.yaml': values });
    const run = await runAction('verify-digests', {
      inputs: inputs({ 'check-registry': 'false' }),
      env: bad.env,
    });
    expect(run.exitCode).toBe(1);
    expect(violationsOf(run).map((v) => [v.file, v.line, v.rule, v.message])).toEqual([
      [
        'helm/api/values-prod.yaml',
        lineOf(values, 'replicaCount'),
        'values-schema',
        'replicaCount: must be integer (helm/api/values.schema.json)',
      ],
      [
        'helm/api/values-prod.yaml',
        lineOf(values, 'pullPolicy'),
        'values-schema',
        'image.pullPolicy: must be one of "Always", "IfNotPresent", "Never" (helm/api/values.schema.json)',
      ],
      [
        'helm/api/values-prod.yaml',
        lineOf(values, 'registry:'),
        'values-schema',
        'image.registry: is not a property the schema allows (additionalProperties: false) (helm/api/values.schema.json)',
      ],
    ]);
  });

  test('a YAML file that does not parse and a reference that does not: violations at their lines', async () => {
    const broken = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: [1, 2\n';
    const upper = fluxDeployment(`${host}/Acme/web:3.1.0`);
    const { env } = configRepo({
      ...pinnedRepo(),
      'clusters/prod/broken.yaml': broken,
      'clusters/prod/web.yaml': upper,
    });
    const run = await runAction('verify-digests', { inputs: inputs(), env });
    expect(run.exitCode).toBe(1);
    const found = violationsOf(run);
    expect(found.map((v) => [v.file, v.line, v.rule])).toEqual([
      ['clusters/prod/broken.yaml', expect.any(Number), 'invalid-yaml'],
      ['clusters/prod/web.yaml', lineOf(upper, 'image:'), 'invalid-reference'],
    ]);
    expect(found[0]?.line).toBeGreaterThan(0);
    expect(found[0]?.message).toContain('is not valid YAML');
    // The other files were still checked.
    expect(run.outputs.checked).toBe('2');
  });

  test('component-tags.json: each digest is checked; an entry without image is a warning', async () => {
    const componentTags = JSON.stringify(
      {
        api: { tag: '1.7.3', digest: api.digest, image: `${host}/acme/api` },
        web: { tag: '3.1.0', digest: ABSENT, image: `${host}/acme/web` },
        legacy: { tag: 'v9', digest: worker.digest },
      },
      null,
      2,
    );
    const { env } = configRepo({ ...pinnedRepo(), 'component-tags.json': componentTags });
    const run = await runAction('verify-digests', {
      inputs: inputs({ 'component-tags': 'component-tags.json' }),
      env,
    });
    expect(run.exitCode).toBe(1);
    expect(violationsOf(run)).toEqual([
      expect.objectContaining({
        file: 'component-tags.json',
        line: lineOf(componentTags, ABSENT),
        rule: 'digest-missing',
      }),
    ]);
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([
      expect.objectContaining({
        properties: { file: 'component-tags.json', line: String(lineOf(componentTags, 'legacy')) },
        message: expect.stringContaining("service 'legacy' records no image"),
      }),
    ]);
  });

  test('a mistyped component-tags path is an input error naming the input, not ENOENT', async () => {
    const { env } = configRepo(pinnedRepo());
    const run = await runAction('verify-digests', {
      inputs: inputs({ 'component-tags': 'component-tag.json' }),
      env,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::Input 'component-tags': "component-tag.json" is not a file in the workspace`,
    );
    expect(run.stdout).not.toContain('ENOENT');
    expect(run.outputs).toEqual({});
  });

  test('a bad platforms entry is an input error naming the input', async () => {
    const { env } = configRepo(pinnedRepo());
    const run = await runAction('verify-digests', {
      inputs: inputs({ platforms: 'linux/amd64\namd64' }),
      env,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::Input 'platforms': "amd64" is not a platform: expected os/arch or os/arch/variant`,
    );
    expect(run.outputs).toEqual({});
  });

  test('through a flaky proxy (resets, 503, 429) the verdict is still exactly right', async () => {
    const proxy: FlakyProxy = await startFlakyProxy({
      target: registry.host,
      seed: 7,
      faultRate: 0.5,
      faults: ['reset', '503', '429'],
    });
    try {
      const via = proxy.host;
      const values = prodValues('1.7.3', api.digest);
      const { env } = configRepo({
        ...helmChart(via, values),
        'apps/worker/kustomization.yaml': kustomization(via, '2.0.0', ABSENT),
        'clusters/prod/web.yaml': fluxDeployment(`${via}/acme/web:3.1.0@${webNew.digest}`),
      });
      const run = await runAction('verify-digests', {
        inputs: inputs({ 'check-tags': 'true', platforms: 'linux/amd64' }),
        env,
      });
      expect(violationsOf(run).map((v) => [v.file, v.rule])).toEqual([
        ['apps/worker/kustomization.yaml', 'digest-missing'],
      ]);
      expect(run.exitCode).toBe(1);
      const stats = proxy.stats();
      expect(stats.faults.reset + stats.faults['503'] + stats.faults['429']).toBeGreaterThan(0);
    } finally {
      await proxy.stop();
    }
  });

  test('a registry that is down fails closed: registry-error, never "missing"', async () => {
    const down = `127.0.0.1:${await closedPort()}`;
    const { env } = configRepo({
      'clusters/prod/web.yaml': fluxDeployment(`${down}/acme/web@${webNew.digest}`),
    });
    const run = await runAction('verify-digests', { inputs: inputs(), env });
    expect(run.exitCode).toBe(1);
    const found = violationsOf(run);
    expect(found).toEqual([
      expect.objectContaining({ file: 'clusters/prod/web.yaml', rule: 'registry-error' }),
    ]);
    expect(found[0]?.message).toContain(`registry ${down} is unreachable`);
    expect(found[0]?.message).not.toMatch(/missing|not found|does not have/);
    expect(run.summary).toContain('**Failed**');
  });
  test.each([
    { fault: 'truncate' as const },
    { fault: 'wrong-digest' as const },
    { fault: 'tamper' as const },
  ])(
    'every manifest answer corrupted ($fault): no false pass, no false "missing", each image named',
    async ({ fault }) => {
      const proxy = await startFlakyProxy({
        target: registry.host,
        seed: 11,
        faultRate: 1,
        faults: [fault],
        maxConsecutiveFaults: 1000,
        paths: /\/manifests\//,
      });
      try {
        const via = proxy.host;
        const { env } = configRepo({
          ...helmChart(via, prodValues('1.7.3', api.digest)),
          'clusters/prod/web.yaml': fluxDeployment(`${via}/acme/web@${webNew.digest}`),
        });
        const run = await runAction('verify-digests', {
          inputs: inputs({ 'timeout-seconds': '20' }),
          env,
        });
        expect(run.exitCode).toBe(1);
        const found = violationsOf(run);
        // Either the client saw through the corruption (a pass is then the true answer) or it
        // failed closed naming the image: never digest-missing for a digest that is there.
        expect(found.every((v) => v.rule === 'registry-error')).toBe(true);
        expect(found.length).toBeGreaterThan(0);
        for (const v of found) expect(v.message).toMatch(/acme\/(api|web)/);
        expect(proxy.stats().faults[fault]).toBeGreaterThan(0);
      } finally {
        await proxy.stop();
      }
    },
  );

  test.each([{ seed: 1 }, { seed: 2 }, { seed: 3 }, { seed: 4 }])(
    'every fault mixed (seed $seed): the true verdict, or registry-error naming what was not checked',
    async ({ seed }) => {
      const proxy = await startFlakyProxy({
        target: registry.host,
        seed,
        faultRate: 0.4,
        faults: ['reset', '503', '429', 'truncate', 'wrong-digest', 'tamper'],
        retryAfterSeconds: 1,
      });
      try {
        const via = proxy.host;
        const { env } = configRepo({
          ...helmChart(via, prodValues('1.7.3', api.digest)),
          'apps/worker/kustomization.yaml': kustomization(via, '2.0.0', ABSENT),
          'clusters/prod/web.yaml': fluxDeployment(`${via}/acme/web:3.1.0@${webNew.digest}`),
        });
        const run = await runAction('verify-digests', {
          inputs: inputs({ 'check-tags': 'true', 'timeout-seconds': '60' }),
          env,
        });
        expect(run.exitCode, `seed ${seed}`).toBe(1);
        for (const v of violationsOf(run)) {
          // The absent digest is missing (or could not be told); nothing else may be judged.
          const truth = v.file === 'apps/worker/kustomization.yaml' ? 'digest-missing' : undefined;
          expect([truth, 'registry-error'], `seed ${seed}: ${v.message}`).toContain(v.rule);
          if (v.rule === 'registry-error') expect(v.message).toMatch(/acme\/(api|web|worker)/);
        }
        expect(violationsOf(run).map((v) => v.file)).toContain('apps/worker/kustomization.yaml');
        expect(Object.values(proxy.stats().faults).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      } finally {
        await proxy.stop();
      }
    },
  );

  test('a stalled registry is bounded by timeout-seconds for the whole run, naming each image', async () => {
    const proxy = await startFlakyProxy({
      target: registry.host,
      seed: 3,
      faultRate: 1,
      faults: ['stall'],
      maxConsecutiveFaults: 1000,
    });
    try {
      const via = proxy.host;
      const { env } = configRepo({
        'clusters/prod/web.yaml': fluxDeployment(`${via}/acme/web@${webNew.digest}`),
        'clusters/prod/api.yaml': fluxDeployment(`${via}/acme/api@${api.digest}`),
      });
      const started = Date.now();
      const run = await runAction('verify-digests', {
        inputs: inputs({ 'timeout-seconds': '2' }),
        env,
      });
      const seconds = (Date.now() - started) / 1000;
      expect(run.exitCode).toBe(1);
      expect(seconds).toBeLessThan(10);
      const found = violationsOf(run);
      expect(found.map((v) => [v.file, v.rule])).toEqual([
        ['clusters/prod/api.yaml', 'registry-error'],
        ['clusters/prod/web.yaml', 'registry-error'],
      ]);
      for (const v of found) expect(v.message).toContain("the run's time limit ran out");
    } finally {
      await proxy.stop();
    }
  });

  test('a tag-only reference is looked up when require-digest is off: an absent tag fails at its line', async () => {
    const values = [
      'image:',
      `  repository: ${host}/acme/api`,
      '  tag: "v0.9.9"',
      'sidecar:',
      '  image:',
      `    repository: ${host}/acme/worker`,
      '    tag: "2.0.0"',
      '',
    ].join('\n');
    const { env } = configRepo({ 'values/prod.yaml': values });
    const run = await runAction('verify-digests', {
      inputs: inputs({ files: 'values/*.yaml', 'require-digest': 'false' }),
      env,
    });
    expect(run.exitCode).toBe(1);
    expect(violationsOf(run)).toEqual([
      expect.objectContaining({
        file: 'values/prod.yaml',
        line: lineOf(values, 'v0.9.9'),
        rule: 'tag-missing',
      }),
    ]);
    expect(errorsOf(run)).toContainEqual(
      expect.objectContaining({
        properties: expect.objectContaining({ line: String(lineOf(values, 'v0.9.9')) }),
      }),
    );
  });

  test('aliases, block scalars and folded scalars are resolved and checked, not passed', async () => {
    const values = [
      `pinned: &t "1.7.3"`,
      'image:',
      `  repository: ${host}/acme/api`,
      '  tag: *t',
      'other:',
      '  image: >-',
      `    ${host}/acme/web:3.1.0`,
      'broken:',
      `  image: ${host}/acme/web`,
      '    :3.1.0',
      '',
    ].join('\n');
    const { env } = configRepo({ 'values/prod.yaml': values });
    const run = await runAction('verify-digests', {
      inputs: inputs({ files: 'values/*.yaml' }),
      env,
    });
    expect(run.exitCode).toBe(1);
    expect(violationsOf(run).map((v) => [v.line, v.rule])).toEqual([
      [lineOf(values, 'tag: *t'), 'require-digest'],
      [lineOf(values, 'image: >-'), 'require-digest'],
      [lineOf(values, `image: ${host}/acme/web`), 'unreadable-image'],
    ]);
  });

  test('no file to check fails, unless allow-empty', async () => {
    const { env } = configRepo({ 'README.md': '# config\n' });
    const failed = await runAction('verify-digests', { inputs: inputs(), env });
    expect(failed.exitCode).toBe(1);
    expect(errorsOf(failed)[0]?.message).toContain("Input 'files'");
    expect(errorsOf(failed)[0]?.message).toContain('allow-empty');
    const allowed = await runAction('verify-digests', {
      inputs: inputs({ 'allow-empty': 'true' }),
      env,
    });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.annotations.map((a) => a.level)).toContain('warning');
  });
});

describe('verify-digests with registry credentials', () => {
  let basic: TestRegistry;
  let token: TestRegistry;
  let app: { digest: string };
  let svc: { digest: string };

  beforeAll(async () => {
    [basic, token] = await Promise.all([
      startRegistry({ auth: { mode: 'htpasswd', users: { ci: PASSWORD } } }),
      startRegistry({ auth: { mode: 'token', users: { ci: PASSWORD } } }),
    ]);
    app = await pushImage(basic, 'private/app', '1.0.0');
    svc = await pushIndex(token, 'team/svc', '1.0.0');
  });
  afterAll(async () => {
    await basic?.stop();
    await token?.stop();
  });

  const inputs = (extra: Record<string, string>) => ({
    files: 'clusters/**/*.yaml',
    'insecure-registries': '127.0.0.1',
    ...extra,
  });

  test('Basic with the right registry-auth passes', async () => {
    const { env } = configRepo({
      'clusters/prod/app.yaml': fluxDeployment(`${basic.host}/private/app:1.0.0@${app.digest}`),
    });
    const run = await runAction('verify-digests', {
      inputs: inputs({ 'registry-auth': `${basic.host}=ci:${PASSWORD}` }),
      env,
    });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`Credentials for ${basic.host} from registry-auth`);
  });

  test('401 with a wrong password fails closed, and the password never appears', async () => {
    const { env } = configRepo({
      'clusters/prod/app.yaml': fluxDeployment(`${basic.host}/private/app:1.0.0@${app.digest}`),
    });
    const run = await runAction('verify-digests', {
      inputs: inputs({
        'registry-auth': `${basic.host}=ci:${WRONG_PASSWORD}`,
        'check-tags': 'true',
      }),
      env: { ...env, RUNNER_DEBUG: '1' },
    });
    expect(run.exitCode).toBe(1);
    const found = violationsOf(run);
    expect(found.map((v) => v.rule)).toEqual(['registry-error', 'registry-error']);
    expect(found[0]?.message).toContain(`registry ${basic.host} refused access: HTTP 401`);
    expect(found[0]?.message).toContain('(user ci) were used');
    expect(run.stdout).toContain(`::add-mask::${WRONG_PASSWORD}`);
    expect(shown(run.stdout) + run.stderr + run.summary).not.toContain(WRONG_PASSWORD);
    const report = readFileSync(run.outputs.report as string, 'utf8');
    expect(report).not.toContain(WRONG_PASSWORD);
  });

  test('a malformed registry-auth line is an input error that does not echo the password', async () => {
    const { env } = configRepo({ 'clusters/prod/app.yaml': fluxDeployment('busybox') });
    const run = await runAction('verify-digests', {
      inputs: inputs({ 'registry-auth': `ci:${PASSWORD}` }),
      env,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::Input 'registry-auth': "***" (line 1) must be host=username:password`,
    );
    expect(shown(run.stdout) + run.stderr).not.toContain(PASSWORD);
  });

  test('Bearer tokens with credentials from ~/.docker/config.json in HOME', async () => {
    const { env } = configRepo({
      'clusters/prod/svc.yaml': fluxDeployment(`${token.host}/team/svc:1.0.0@${svc.digest}`),
    });
    writeFiles(env.HOME, {
      '.docker/config.json': JSON.stringify({
        auths: { [token.host]: { auth: Buffer.from(`ci:${PASSWORD}`).toString('base64') } },
      }),
    });
    const run = await runAction('verify-digests', {
      inputs: inputs({ 'check-tags': 'true', platforms: 'linux/arm64' }),
      env,
    });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.checked).toBe('1');
    expect(run.stdout).toContain(
      `Credentials for ${token.host} from ${env.HOME}/.docker/config.json`,
    );
    const granted = token.tokenServer?.requests.filter((r) => r.status === 200) ?? [];
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.every((r) => r.account === 'ci')).toBe(true);
    // Without the config, the anonymous token request is refused: an error, not a pass.
    const anonymous = configRepo({
      'clusters/prod/svc.yaml': fluxDeployment(`${token.host}/team/svc:1.0.0@${svc.digest}`),
    });
    const refused = await runAction('verify-digests', { inputs: inputs({}), env: anonymous.env });
    expect(refused.exitCode).toBe(1);
    expect(violationsOf(refused).map((v) => v.rule)).toEqual(['registry-error']);
  });

  /** Everything a run produced where a secret could land, minus the masks the runner consumes. */
  function everything(run: ActionRun): string {
    const report = run.outputs.report ? readFileSync(run.outputs.report, 'utf8') : '';
    return [shown(run.stdout), run.stderr, JSON.stringify(run.outputs), run.summary, report].join(
      '\n',
    );
  }

  test.each([{ auth: 'basic' as const }, { auth: 'token' as const }])(
    'a registry whose error body echoes Authorization ($auth): no secret in any output, and each is masked',
    async ({ auth }) => {
      const target = auth === 'basic' ? basic : token;
      const digest = auth === 'basic' ? app.digest : svc.digest;
      const path = auth === 'basic' ? 'private/app' : 'team/svc';
      const proxy = await startFlakyProxy({
        target: target.host,
        seed: 5,
        faultRate: 1,
        faults: ['echo-auth'],
        maxConsecutiveFaults: 1000,
        paths: /\/manifests\//,
      });
      try {
        const { env } = configRepo({
          'clusters/prod/app.yaml': fluxDeployment(`${proxy.host}/${path}:1.0.0@${digest}`),
        });
        // Only the tokens issued to this run (earlier tests used the same token service).
        const issuedBefore = target.tokenServer?.issued.length ?? 0;
        const run = await runAction('verify-digests', {
          inputs: inputs({
            'registry-auth': `${proxy.host}=ci:${PASSWORD}`,
            'check-tags': 'true',
          }),
          env: { ...env, RUNNER_DEBUG: '1' },
        });
        expect(run.exitCode).toBe(1);
        expect(proxy.stats().faults['echo-auth']).toBeGreaterThan(0);
        const found = violationsOf(run);
        expect(found.map((v) => v.rule)).toContain('registry-error');
        // The echo reached the message, with the credential replaced.
        expect(found.map((v) => v.message).join('\n')).toMatch(
          /Authorization: (Basic|Bearer) \*\*\*/,
        );
        const tokens = target.tokenServer?.issued.slice(issuedBefore) ?? [];
        if (auth === 'token') expect(tokens.length).toBeGreaterThan(0);
        const secrets = [
          PASSWORD,
          Buffer.from(PASSWORD).toString('base64'),
          Buffer.from(`ci:${PASSWORD}`).toString('base64'),
          ...tokens,
        ];
        const produced = everything(run);
        for (const secret of secrets)
          expect(produced.includes(secret), secret.slice(0, 12)).toBe(false);
        const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
        for (const secret of secrets) expect(masks).toContain(`::add-mask::${secret}`);
      } finally {
        await proxy.stop();
      }
    },
  );
});

test('the report lives under RUNNER_TEMP, not in the workspace', async () => {
  const { workspace, env } = configRepo({
    'clusters/prod/app.yaml': fluxDeployment('busybox:1.36'),
  });
  const run = await runAction('verify-digests', {
    inputs: { files: 'clusters/**/*.yaml', 'check-registry': 'false', allow: 'busybox' },
    env,
  });
  expect(run.exitCode).toBe(0);
  const report = run.outputs.report as string;
  expect(report.startsWith(`${env.RUNNER_TEMP}/verify-digests-`)).toBe(true);
  expect(report.endsWith('/report.json')).toBe(true);
  expect(report.startsWith(workspace)).toBe(false);
  expect(existsSync(report)).toBe(true);
});
