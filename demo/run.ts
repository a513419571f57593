/**
 * `npm run demo`: the whole promotion flow on the bundled example (example/README.md), with the
 * bundled actions run as a runner runs them, against a real registry and the local GitHub.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { git, writeFiles } from '../test/support/git-fixture.js';
import { startGitHubServer } from '../test/support/github-server/index.js';
import {
  pushImage,
  REGISTRY_BINARY,
  startRegistry,
  type TestRegistry,
} from '../test/support/registry/index.js';
import { repoRoot, runAction, type ActionRun } from '../test/support/run-action.js';

const EXAMPLE = join(repoRoot, 'example');
const work = mkdtempSync(join(tmpdir(), 'gitops-promote-demo-'));
const cleanups: Array<() => Promise<void> | void> = [
  () => rmSync(work, { recursive: true, force: true }),
];

function step(title: string): void {
  console.log(`\n\x1b[1m== ${title}\x1b[0m`);
}

/** Print a run's outcome; stop the demo when it failed. */
function report(name: string, run: ActionRun, show: string[] = []): void {
  for (const a of run.annotations) console.log(`  ${a.level}: ${a.message}`);
  if (run.exitCode !== 0) {
    console.log(run.stdout);
    throw new Error(`${name} failed (exit ${run.exitCode})`);
  }
  for (const key of show)
    console.log(`  ${key}: ${(run.outputs[key] ?? '').split('\n').join('\n    ')}`);
}

/** The example's files with __REGISTRY__ replaced by the registry's address. */
function exampleFiles(folder: string, registry: string): Record<string, string> {
  const root = join(EXAMPLE, folder);
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path)] = readFileSync(path, 'utf8').replaceAll('__REGISTRY__', registry);
  }
  return files;
}

async function main(): Promise<void> {
  step('1. Build: the app repository and a real OCI registry on loopback');
  let registry: TestRegistry | undefined;
  if (existsSync(REGISTRY_BINARY)) {
    registry = await startRegistry({ auth: { mode: 'none' } });
    cleanups.push(() => registry?.stop());
    console.log(`  registry: ${registry.url} (docker-registry)`);
  } else {
    console.log(
      `  ${REGISTRY_BINARY} is not installed (apt-get install docker-registry): digests are made up and not checked`,
    );
  }
  const host = registry?.host ?? 'registry.example.com';
  const app = join(work, 'app');
  writeFiles(app, exampleFiles('app', host));
  git(app, ['init', '-q', '-b', 'main']);
  git(app, ['add', '-A']);
  git(app, ['commit', '-q', '-m', 'feat: the release'], {
    GIT_COMMITTER_DATE: '@1738860000 +0000',
  });
  const sha = git(app, ['rev-parse', 'HEAD']);
  const appEnv = {
    GITHUB_WORKSPACE: app,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'acme/splattop',
    GITHUB_REF_NAME: 'main',
  };
  const images = `api=${host}/splattop/api\nweb=${host}/splattop/web`;

  step('2. emit-tags: the tags and labels the build pushes');
  const tags = '{{version}}\n{{short_sha}}';
  const meta = await runAction('emit-tags', { inputs: { images, tags }, env: appEnv });
  report('emit-tags', meta, ['tags', 'version']);
  const digests: string[] = [];
  for (const service of ['api', 'web']) {
    const digest = registry
      ? (await pushImage(registry, `splattop/${service}`, '1.7.3', { seed: service })).digest
      : `sha256:${service === 'api' ? 'a'.repeat(64) : 'b'.repeat(64)}`;
    digests.push(`${service}=${digest}`);
    console.log(`  pushed ${host}/splattop/${service}:1.7.3 -> ${digest}`);
  }

  step('3. emit-tags: record component-tags.json (artifact + summary)');
  const artifacts = join(work, 'artifacts');
  const record = await runAction('emit-tags', {
    inputs: { images, tags, digests: digests.join('\n') },
    env: { ...appEnv, GITOPS_PROMOTE_ARTIFACT_DIR: artifacts },
  });
  report('emit-tags', record);
  console.log(readFileSync(join(app, 'component-tags.json'), 'utf8').replace(/^/gm, '  '));

  step('4. open-promotion-pr: the staging pull request in the config repository');
  const github = await startGitHubServer({
    owner: 'acme',
    repo: 'config',
    files: exampleFiles('config', host),
    allowAutoMerge: true,
  });
  cleanups.push(() => github.close());
  const ghEnv = {
    GITHUB_API_URL: github.apiUrl,
    GITHUB_REPOSITORY: 'acme/config',
    GITHUB_SERVER_URL: github.webUrl,
  };
  let prBranch = '';
  if (existsSync(join(repoRoot, 'actions', 'open-promotion-pr', 'dist', 'index.js'))) {
    const pr = await runAction('open-promotion-pr', {
      inputs: {
        token: github.token,
        environment: 'staging',
        'component-tags': 'component-tags.json',
      },
      env: { ...ghEnv, GITHUB_WORKSPACE: app },
    });
    report('open-promotion-pr', pr, ['operation', 'pull-request-url', 'branch', 'commit-sha']);
    prBranch = pr.outputs.branch ?? '';
    const pull = github.pulls[0];
    if (pull) console.log(`  labels: ${pull.labels.join(', ')}\n  title: ${pull.title}`);
    console.log(
      `\n  git log in the config repository:\n${(await github.git(['log', '--format=    %h %s', prBranch])).trimEnd()}`,
    );
  } else {
    console.log('  actions/open-promotion-pr/dist is not built yet: skipped');
  }

  step('5. verify-digests: the config repository CI on the pull request branch');
  const config = join(work, 'config');
  git(work, ['clone', '-q', github.bareRepoPath, 'config']);
  if (prBranch) git(config, ['checkout', '-q', prBranch]);
  const verify = await runAction('verify-digests', {
    inputs: {
      files: 'helm/*/values-{env}.yaml',
      environment: 'staging',
      'check-registry': String(Boolean(registry)),
      'insecure-registries': '127.0.0.1',
    },
    env: { GITHUB_WORKSPACE: config, HOME: work, RUNNER_TEMP: work },
  });
  report('verify-digests', verify, ['checked', 'violations']);

  step('6. bump-values: dev deploys from main, committed and pushed directly');
  cpSync(join(app, 'component-tags.json'), join(config, 'component-tags.json'));
  git(config, ['checkout', '-q', 'main']);
  const bump = await runAction('bump-values', {
    inputs: {
      files: 'helm/splattop/values-{env}.yaml\nk8s/*/kustomization.yaml',
      environment: 'dev',
      push: 'true',
    },
    env: { GITHUB_WORKSPACE: config, GITHUB_REF_NAME: 'main' },
  });
  report('bump-values', bump, ['changed-files', 'commit-sha']);
  console.log(
    `\n  the commit:\n${(await github.git(['log', '-1', '--format=%B', 'main'])).trimEnd().replace(/^/gm, '    ')}`,
  );
  console.log(
    `\n  its diff:\n${(await github.git(['show', '--format=', 'main'])).trimEnd().replace(/^/gm, '    ')}`,
  );
  writeFileSync(join(work, 'done'), '');
  console.log(
    '\nThe demo carried the example from build to a reviewed pull request and a pushed bump.',
  );
}

try {
  await main();
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
