/**
 * `npm run demo`: the whole promotion story on the bundled example (example/README.md), with
 * the bundled actions run as a runner runs them, against a real registry (Debian's
 * docker-registry on loopback, when installed) and the local GitHub of test/support.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { git, writeFiles } from '../test/support/git-fixture.js';
import { startGitHubServer, type GitHubTestServer } from '../test/support/github-server/index.js';
import {
  pushImage,
  REGISTRY_BINARY,
  startRegistry,
  type TestRegistry,
} from '../test/support/registry/index.js';
import { repoRoot, runAction } from '../test/support/run-action.js';
import { note, report, showDiff, showPull, showVerdict, step } from './print.js';

const EXAMPLE = join(repoRoot, 'example');
const SERVICES = ['api', 'web'];
const VALUES = 'helm/splattop/values-{env}.yaml';
const HOLDS = '.gitops-promote/holds.yaml';
const work = mkdtempSync(join(tmpdir(), 'gitops-promote-demo-'));
const cleanups: Array<() => Promise<void> | void> = [
  () => rmSync(work, { recursive: true, force: true }),
];

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

/** What the story shares from step to step. */
interface Stage {
  registry: TestRegistry | undefined;
  host: string;
  app: string;
  images: string;
  github: GitHubTestServer;
  config: string;
  ghEnv: Record<string, string>;
  appEnv: Record<string, string>;
}

async function startRegistryIfInstalled(): Promise<TestRegistry | undefined> {
  // GITOPS_PROMOTE_DEMO_REGISTRY=none shows (and lets the demo's test check) the story a
  // machine without docker-registry gets.
  if (!existsSync(REGISTRY_BINARY) || process.env.GITOPS_PROMOTE_DEMO_REGISTRY === 'none') {
    const why = existsSync(REGISTRY_BINARY)
      ? 'GITOPS_PROMOTE_DEMO_REGISTRY=none'
      : `${REGISTRY_BINARY} is not installed (apt-get install docker-registry)`;
    note(
      `${why}: SKIPPED are the ` +
        'image pushes (digests are made up), the registry check of verify-digests and the retag',
    );
    return undefined;
  }
  const registry = await startRegistry({ auth: { mode: 'none' } });
  cleanups.push(() => registry.stop());
  note(`registry: ${registry.url} (docker-registry)`);
  return registry;
}

/** The app repository, one release commit. */
function appRepository(host: string): { app: string; sha: string } {
  const app = join(work, 'app');
  writeFiles(app, exampleFiles('app', host));
  git(app, ['init', '-q', '-b', 'main']);
  git(app, ['add', '-A']);
  git(app, ['commit', '-q', '-m', 'feat: the release'], {
    GIT_COMMITTER_DATE: '@1738860000 +0000',
  });
  return { app, sha: git(app, ['rev-parse', 'HEAD']) };
}

async function buildAndRecord(stage: Omit<Stage, 'github' | 'config' | 'ghEnv'>) {
  const appEnv = stage.appEnv;
  step('2. emit-tags: the tags and labels the build pushes');
  const tags = '{{version}}\n{{short_sha}}';
  const meta = await runAction('emit-tags', {
    inputs: { images: stage.images, tags },
    env: appEnv,
  });
  report('emit-tags', meta, ['tags', 'labels', 'version']);
  const digests: string[] = [];
  for (const service of SERVICES) {
    const refs = (meta.outputs.tags ?? '').split('\n').filter((t) => t.includes(`/${service}:`));
    let digest = `sha256:${(service === 'api' ? 'a' : 'b').repeat(64)}`;
    for (const ref of refs)
      if (stage.registry)
        digest = (
          await pushImage(stage.registry, `splattop/${service}`, ref.split(':').at(-1), {
            seed: service,
          })
        ).digest;
    digests.push(`${service}=${digest}`);
    note(`${stage.registry ? 'pushed' : 'SKIPPED push of'} ${refs.join(', ')} -> ${digest}`);
  }

  step('3. emit-tags: record component-tags.json (artifact + job summary)');
  const record = await runAction('emit-tags', {
    inputs: { images: stage.images, tags, digests: digests.join('\n') },
    env: { ...appEnv, GITOPS_PROMOTE_ARTIFACT_DIR: join(work, 'artifacts') },
  });
  report('emit-tags', record);
  console.log(readFileSync(join(stage.app, 'component-tags.json'), 'utf8').replace(/^/gm, '  '));
}

async function devBump(stage: Stage): Promise<void> {
  step('4. bump-values: dev deploys from main, committed and pushed directly');
  cpSync(join(stage.app, 'component-tags.json'), join(stage.config, 'component-tags.json'));
  const bump = await runAction('bump-values', {
    inputs: { files: `${VALUES}\nk8s/*/kustomization.yaml`, environment: 'dev', push: 'true' },
    env: { GITHUB_WORKSPACE: stage.config, GITHUB_REF_NAME: 'main' },
  });
  report('bump-values', bump, ['changed-files', 'commit-sha']);
  const message = await stage.github.git(['log', '-1', '--format=%B', 'main']);
  console.log(`  the commit:\n${message.trimEnd().replace(/^/gm, '    ')}`);
  await showDiff(stage.github, 'main');
}

/** open-promotion-pr with `inputs`; prints the pull request it opened and returns its number. */
async function openPull(stage: Stage, inputs: Record<string, string>): Promise<number> {
  const run = await runAction('open-promotion-pr', {
    inputs: { token: stage.github.token, files: VALUES, ...inputs },
    env: { ...stage.ghEnv, GITHUB_WORKSPACE: stage.app },
  });
  report('open-promotion-pr', run, ['operation', 'pull-request-url']);
  const number = Number(run.outputs['pull-request-number']);
  await showPull(stage.github, number);
  return number;
}

/** verify-digests on `branch` of the config repository, for `environment`. */
async function verify(stage: Stage, branch: string, environment: string): Promise<void> {
  git(stage.config, ['fetch', '-q', 'origin']);
  git(stage.config, ['checkout', '-q', '--detach', `origin/${branch}`]);
  const run = await runAction('verify-digests', {
    inputs: {
      files: VALUES,
      environment,
      'check-registry': String(Boolean(stage.registry)),
      'insecure-registries': '127.0.0.1',
    },
    env: { GITHUB_WORKSPACE: stage.config, HOME: work, RUNNER_TEMP: work },
  });
  report('verify-digests', run);
  showVerdict(run, stage.registry ? '' : ' (registry not checked: SKIPPED)');
  git(stage.config, ['checkout', '-q', 'main']);
}

async function merge(stage: Stage, number: number): Promise<string> {
  const sha = await stage.github.mergePull(number);
  note(`merged #${number} as ${sha.slice(0, 7)}`);
  return sha;
}

async function promotions(stage: Stage): Promise<number> {
  step('5. open-promotion-pr: the staging pull request (a bump from component-tags.json)');
  const staging = await openPull(stage, {
    environment: 'staging',
    'component-tags': 'component-tags.json',
  });
  await verify(stage, (await stage.github.getPull(staging)).head.ref, 'staging');
  await merge(stage, staging);

  step('6. open-promotion-pr mode: promote: staging -> prod, the images staging runs');
  const prod = await openPull(stage, {
    mode: 'promote',
    'from-environment': 'staging',
    environment: 'prod',
    reviewers: 'release-manager',
  });
  await verify(stage, (await stage.github.getPull(prod)).head.ref, 'prod');
  await merge(stage, prod);
  return prod;
}

async function retagProduction(stage: Stage): Promise<void> {
  step('7. emit-tags mode: retag: the production tag in the registry, no rebuild');
  if (!stage.registry) {
    note('SKIPPED: no registry (docker-registry is not installed)');
    return;
  }
  const run = await runAction('emit-tags', {
    inputs: {
      mode: 'retag',
      images: stage.images,
      'from-tag': '1.7.3',
      environment: 'production',
      tags: 'production',
      'insecure-registries': '127.0.0.1',
      'component-tags-path': 'component-tags-production.json',
      'artifact-name': '',
    },
    env: { ...stage.appEnv, HOME: work },
  });
  report('emit-tags', run, ['tags', 'source-tag', 'source-digest']);
  for (const service of SERVICES) {
    const response = await fetch(`${stage.registry.url}/v2/splattop/${service}/tags/list`);
    const { tags } = (await response.json()) as { tags: string[] };
    note(`${stage.host}/splattop/${service} tags: ${tags.sort().join(', ')}`);
  }
}

async function rollback(stage: Stage, prod: number): Promise<void> {
  step(`8. open-promotion-pr mode: rollback: undo #${prod} in prod, and hold what it undoes`);
  const back = await openPull(stage, {
    mode: 'rollback',
    environment: 'prod',
    revert: String(prod),
  });
  await merge(stage, back);
  const holds = (await stage.github.readFile('main', HOLDS)) ?? '';
  console.log(`  ${HOLDS} on main:\n${holds.trimEnd().replace(/^/gm, '    ')}`);

  step('9. A person lifts the hold on web (deletes its entry); the next prod bump skips api');
  const lifted = holds.replace(/^ {2}- service: "web"\n(?: {4}.*\n)*/m, '');
  await stage.github.commitFiles('main', { [HOLDS]: lifted }, 'chore: lift the hold on web');
  await showDiff(stage.github, 'main');
  const next = await openPull(stage, {
    environment: 'prod',
    'component-tags': 'component-tags.json',
  });
  const pull = await stage.github.getPull(next);
  note(`api stays held at 1.7.2; the pull request moves ${pull.title.replace(/.*bump /, '')}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  step('1. Build: the app repository and a real OCI registry on loopback');
  const registry = await startRegistryIfInstalled();
  const host = registry?.host ?? 'registry.example.com';
  const { app, sha } = appRepository(host);
  const images = SERVICES.map((s) => `${s}=${host}/splattop/${s}`).join('\n');
  const appEnv = {
    GITHUB_WORKSPACE: app,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: 'acme/splattop',
    GITHUB_REF_NAME: 'main',
  };
  await buildAndRecord({ registry, host, app, images, appEnv });

  const github = await startGitHubServer({
    owner: 'acme',
    repo: 'config',
    files: exampleFiles('config', host),
    allowAutoMerge: true,
  });
  cleanups.push(() => github.close());
  git(work, ['clone', '-q', github.bareRepoPath, 'config']);
  const stage: Stage = {
    registry,
    host,
    app,
    images,
    appEnv,
    github,
    config: join(work, 'config'),
    ghEnv: {
      GITHUB_API_URL: github.apiUrl,
      GITHUB_REPOSITORY: 'acme/config',
      GITHUB_SERVER_URL: github.webUrl,
      // open-promotion-pr spaces its writes by a second, as GitHub asks of mutating requests;
      // the local GitHub has no secondary rate limit to respect.
      GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0',
    },
  };
  await devBump(stage);
  const prod = await promotions(stage);
  await retagProduction(stage);
  await rollback(stage, prod);
  console.log(
    `\nThe demo carried the example from build to dev, staging and prod, retagged production and rolled back, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

try {
  await main();
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
