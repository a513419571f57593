/**
 * The first reads of a promotion, started before the rest of it is loaded (open-promotion-pr's
 * main.ts): the client tells when each request is out (`onRequestWritten`), and `startBaseRead`
 * reads the snapshot and the tree as `openPromotion` would, its refusals explained, and never an
 * unhandled rejection while nobody awaits it yet. Against the local GitHub.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createGitHubApi } from '@gitops-promote/action-kit/github';
import {
  type GitHubApi,
  openPromotion,
  readBaseOf,
  startBaseRead,
} from '@gitops-promote/core/promotion';
import { closeChecked } from './support/github-server/each-test.js';
import { startGitHubServer, type GitHubTestServer } from './support/github-server/index.js';

const owner = 'acme';
const repo = 'config';
const VALUES = 'api:\n  image:\n    repository: ghcr.io/acme/api\n    tag: "1.0.0"\n';

let server: GitHubTestServer;

beforeEach(async () => {
  server = await startGitHubServer({ owner, repo, files: { 'helm/values-staging.yaml': VALUES } });
});

afterEach(() => closeChecked(server));

function client(onRequestWritten?: () => void): Promise<GitHubApi> {
  return createGitHubApi(server.token, server.apiUrl, {
    warn: () => undefined,
    env: {},
    ...(onRequestWritten ? { onRequestWritten } : {}),
  });
}

const where = { repository: { owner, repo }, base: '', branch: 'promote/staging' };

describe('createGitHubApi onRequestWritten', () => {
  test('is told once per request, each time before that request is answered', async () => {
    const events: string[] = [];
    const api = await client(() => events.push(`written (${server.requests.length} answered)`));
    await readBaseOf(api, where);
    expect(server.requests.map((r) => r.operation)).toEqual([
      'graphql query repository',
      'git/get-tree',
    ]);
    expect(events).toEqual(['written (0 answered)', 'written (1 answered)']);
  });
});

describe('startBaseRead', () => {
  test('reads what readBaseOf reads, in the same two requests', async () => {
    const api = await client();
    const started = await startBaseRead(api, where);
    const requests = server.requests.length;
    const read = await readBaseOf(api, where);
    expect(requests).toBe(2);
    expect(started).toEqual(read);
    expect(started.snapshot.base).toBe('main');
    expect(started.tree.entries.map((e) => e.path)).toContain('helm/values-staging.yaml');
  });

  test('a refusal that comes before anyone awaits it fails where it is awaited, explained', async () => {
    const api = await client();
    const read = startBaseRead(api, { ...where, repository: { owner, repo: 'hidden' } });
    // Let the answer arrive while nothing awaits the read: no unhandled rejection (vitest fails
    // the run on one).
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(read).rejects.toThrow(/acme\/hidden/);
    await expect(read).rejects.toMatchObject({ name: 'GitHubQueryError' });
  });

  test('openPromotion plans on a started read without reading the base again', async () => {
    const api = await client();
    const given = startBaseRead(api, where);
    const result = await openPromotion(
      api,
      {
        ...where,
        environment: 'staging',
        titleTemplate: '',
        bodyTemplate: '',
        labels: [],
        reviewers: [],
        teamReviewers: [],
        draft: false,
        autoMerge: false,
        hotfix: false,
        source: { serverUrl: 'https://github.com', repository: '' },
        holds: { path: '.gitops-promote/holds.yaml', ignore: false },
        contents: {},
        filePatterns: ['helm/values-staging.yaml'],
        componentTags: { api: { tag: '1.0.0', image: 'ghcr.io/acme/api' } },
        write: 'tag',
        allowEmpty: false,
        failOnMissing: true,
        allowDowngrade: false,
        fluxNamespace: { namespace: 'staging', explicit: false },
        chartAppVersion: false,
      },
      { info: () => undefined, warning: () => undefined },
      given,
    );
    expect(result.operation).toBe('none');
    // The snapshot and the tree (the started read), then the file's text: nothing read twice.
    expect(server.requests.map((r) => r.operation)).toEqual([
      'graphql query repository',
      'git/get-tree',
      'graphql query repository',
    ]);
  });
});
