/**
 * The local GitHub of test/support/github-server, driven by the client the actions use:
 * `getOctokit` from @actions/github with the retry and throttling plugins.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeChecked } from './support/github-server/each-test.js';
import {
  createTestOctokit,
  graphqlSchemaLoadMs,
  openApiLoadStats,
  startGitHubServer,
  type GitHubServerOptions,
  type GitHubTestServer,
  type TestOctokit,
} from './support/github-server/index.js';
import { openApiDocument } from './support/github-server/openapi-document.js';
import { RouteTable } from './support/github-server/openapi-routes.js';
import { OpenApiValidator } from './support/github-server/openapi-validator.js';

const owner = 'acme';
const repo = 'gitops-config';
const VALUES = 'image:\n  repository: ghcr.io/acme/api\n  tag: v1.0.0\n';

let server: GitHubTestServer;
let octokit: TestOctokit;

async function start(options: Partial<GitHubServerOptions> = {}): Promise<void> {
  server = await startGitHubServer({
    owner,
    repo,
    files: {
      'envs/staging/values.yaml': VALUES,
      'envs/prod/values.yaml': VALUES,
      'README.md': '# config\n',
    },
    ...options,
  });
  octokit = createTestOctokit(server);
}

/** What open-promotion-pr does: one commit through the Git Data API, then a branch. */
async function commitThroughApi(
  branch: string,
  files: Record<string, string | null>,
): Promise<string> {
  const base = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
  const parent = await octokit.rest.git.getCommit({
    owner,
    repo,
    commit_sha: base.data.object.sha,
  });
  const tree = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: parent.data.tree.sha,
    tree: Object.entries(files).map(([path, content]) =>
      content === null
        ? { path, mode: '100644' as const, type: 'blob' as const, sha: null }
        : { path, mode: '100644' as const, type: 'blob' as const, content },
    ),
  });
  const commit = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: `Promote to ${branch}`,
    tree: tree.data.sha,
    parents: [parent.data.sha],
  });
  await octokit.rest.git.createRef({
    owner,
    repo,
    ref: `refs/heads/${branch}`,
    sha: commit.data.sha,
  });
  return commit.data.sha;
}

async function openPull(branch = 'promote/staging'): Promise<number> {
  await commitThroughApi(branch, {
    'envs/staging/values.yaml': VALUES.replace('v1.0.0', 'v1.1.0'),
  });
  const pull = await octokit.rest.pulls.create({
    owner,
    repo,
    head: branch,
    base: 'main',
    title: 'Promote api',
  });
  return pull.data.number;
}

const ENABLE_AUTO_MERGE = `
  mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) {
    enablePullRequestAutoMerge(input: { pullRequestId: $pullRequestId, mergeMethod: $mergeMethod }) {
      pullRequest { number autoMergeRequest { mergeMethod } }
    }
  }`;

describe('the local GitHub server', () => {
  beforeEach(() => start());

  afterEach(() => closeChecked(server));

  it('stores blobs, trees, commits and refs made through the API in the bare repository', async () => {
    const sha = await commitThroughApi('promote/staging', {
      'envs/staging/values.yaml': VALUES.replace('v1.0.0', 'v1.1.0'),
      'envs/staging/new/extra.yaml': 'extra: true\n',
      'README.md': null,
    });

    const log = await server.git(['log', '--format=%H|%an|%cn|%s', 'promote/staging']);
    expect(log.trim().split('\n')[0]).toBe(
      `${sha}|github-actions[bot]|GitHub|Promote to promote/staging`,
    );
    expect(await server.git(['show', 'promote/staging:envs/staging/values.yaml'])).toContain(
      'tag: v1.1.0',
    );
    expect(await server.readFile('promote/staging', 'README.md')).toBeUndefined();
    expect(await server.readFile('main', 'README.md')).toBe('# config\n');

    const commit = await octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
    expect(commit.data.verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(commit.data.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
    expect(server.isVerified(sha)).toBe(true);

    const tree = await octokit.rest.git.getTree({
      owner,
      repo,
      tree_sha: commit.data.tree.sha,
      recursive: '1',
    });
    expect(tree.data.tree.map((entry) => `${entry.type} ${entry.path}`)).toEqual([
      'tree envs',
      'tree envs/prod',
      'blob envs/prod/values.yaml',
      'tree envs/staging',
      'tree envs/staging/new',
      'blob envs/staging/new/extra.yaml',
      'blob envs/staging/values.yaml',
    ]);
  });

  it('round-trips blobs in utf-8 and base64 and serves file contents like GitHub', async () => {
    const text = await octokit.rest.git.createBlob({ owner, repo, content: 'tag: v2\n' });
    const binary = await octokit.rest.git.createBlob({
      owner,
      repo,
      content: Buffer.from([0, 1, 2, 255]).toString('base64'),
      encoding: 'base64',
    });
    expect(await server.git(['cat-file', '-p', text.data.sha])).toBe('tag: v2\n');
    const fetched = await octokit.rest.git.getBlob({ owner, repo, file_sha: binary.data.sha });
    expect(Buffer.from(fetched.data.content, 'base64')).toEqual(Buffer.from([0, 1, 2, 255]));

    const file = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'envs/staging/values.yaml',
    });
    expect(Array.isArray(file.data) ? undefined : file.data.type).toBe('file');
    const content = 'content' in file.data ? file.data.content : '';
    expect(Buffer.from(content, 'base64').toString('utf8')).toBe(VALUES);

    const listing = await octokit.rest.repos.getContent({ owner, repo, path: 'envs' });
    expect(
      Array.isArray(listing.data) && listing.data.map((entry) => `${entry.type} ${entry.path}`),
    ).toEqual(['dir envs/prod', 'dir envs/staging']);
    const raw = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'README.md',
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe('# config\n');
  });

  it('answers 404 for what does not exist and 422 for a ref that already does', async () => {
    await expect(octokit.rest.git.getRef({ owner, repo, ref: 'heads/nope' })).rejects.toMatchObject(
      { status: 404 },
    );
    await expect(
      octokit.rest.repos.getContent({ owner, repo, path: 'nope.yaml' }),
    ).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Not Found' } },
    });
    await expect(octokit.rest.pulls.get({ owner, repo, pull_number: 99 })).rejects.toMatchObject({
      status: 404,
    });
    await expect(octokit.rest.repos.get({ owner, repo: 'other' })).rejects.toMatchObject({
      status: 404,
    });

    const main = await server.branchSha('main');
    await expect(
      octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/main', sha: main ?? '' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Reference already exists' } },
    });
  });

  it('refuses a ref update that is not a fast forward unless it is forced', async () => {
    const ours = await commitThroughApi('promote/staging', {
      'envs/staging/values.yaml': 'tag: ours\n',
    });
    const theirs = await server.commitFiles(
      'main',
      { 'envs/prod/values.yaml': 'tag: theirs\n' },
      'Hotfix prod',
    );

    await expect(
      octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: ours }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } },
    });
    expect(await server.branchSha('main')).toBe(theirs);

    const forced = await octokit.rest.git.updateRef({
      owner,
      repo,
      ref: 'heads/main',
      sha: ours,
      force: true,
    });
    expect(forced.data.object.sha).toBe(ours);
    const matching = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/promote' });
    expect(matching.data.map((ref) => ref.ref)).toEqual(['refs/heads/promote/staging']);
    await octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/promote/staging' });
    expect(await server.branchSha('promote/staging')).toBeUndefined();
  });

  it("opens a pull request in GitHub's full shape and refuses a duplicate with 422", async () => {
    const number = await openPull();
    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    expect(pull.data).toMatchObject({
      number,
      state: 'open',
      title: 'Promote api',
      head: { ref: 'promote/staging', label: `${owner}:promote/staging` },
      base: { ref: 'main', repo: { full_name: `${owner}/${repo}` } },
      commits: 1,
      changed_files: 1,
      additions: 1,
      deletions: 1,
      mergeable: true,
      auto_merge: null,
      html_url: `${server.webUrl}/${owner}/${repo}/pull/${number}`,
    });

    await expect(
      octokit.rest.pulls.create({
        owner,
        repo,
        head: 'promote/staging',
        base: 'main',
        title: 'Again',
      }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${owner}:promote/staging.`,
            },
          ],
        },
      },
    });

    const found = await octokit.rest.pulls.list({
      owner,
      repo,
      head: `${owner}:promote/staging`,
      base: 'main',
    });
    expect(found.data.map((item) => item.number)).toEqual([number]);
    const none = await octokit.rest.pulls.list({
      owner,
      repo,
      head: `${owner}:other`,
      state: 'all',
    });
    expect(none.data).toEqual([]);

    const updated = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: number,
      body: 'Changes',
      state: 'closed',
    });
    expect(updated.data).toMatchObject({ body: 'Changes', state: 'closed' });
  });

  it('refuses a pull request whose head is missing or has no commits ahead of base', async () => {
    await expect(
      octokit.rest.pulls.create({ owner, repo, head: 'missing', base: 'main', title: 'x' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ field: 'head', code: 'invalid' }] } },
    });

    await octokit.rest.git.createRef({
      owner,
      repo,
      ref: 'refs/heads/same',
      sha: (await server.branchSha('main')) ?? '',
    });
    await expect(
      octokit.rest.pulls.create({ owner, repo, head: 'same', base: 'main', title: 'x' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'No commits between main and same' }] } },
    });
  });

  it('refuses a pull request body over 65,536 characters, as GitHub does', async () => {
    await commitThroughApi('promote/long', {
      'envs/staging/values.yaml': VALUES.replace('v1.0.0', 'v1.1.0'),
    });
    const tooLong = { resource: 'Issue', field: 'body', code: 'custom' };
    // Characters, not bytes nor UTF-16 units: 65,536 emoji fit, one more does not.
    const longest = '🚀'.repeat(65_536);
    await expect(
      octokit.rest.pulls.create({
        owner,
        repo,
        head: 'promote/long',
        base: 'main',
        title: 'x',
        body: `${longest}.`,
      }),
    ).rejects.toMatchObject({ status: 422, response: { data: { errors: [tooLong] } } });
    const pull = await octokit.rest.pulls.create({
      owner,
      repo,
      head: 'promote/long',
      base: 'main',
      title: 'x',
      body: longest,
    });
    expect(pull.data.body).toBe(longest);
    await expect(
      octokit.rest.pulls.update({
        owner,
        repo,
        pull_number: pull.data.number,
        body: `${longest}.`,
      }),
    ).rejects.toMatchObject({ status: 422, response: { data: { errors: [tooLong] } } });
    expect((await server.getPull(pull.data.number)).body).toBe(longest);
  });

  it('shows the base branch moving under an open pull request', async () => {
    const number = await openPull();
    const before = await server.getPull(number);
    await server.commitFiles(
      'main',
      { 'envs/staging/values.yaml': VALUES.replace('v1.0.0', 'v9.9.9') },
      'Edit by hand',
    );
    const after = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    expect(after.data.base.sha).not.toBe(before.base.sha);
    expect(after.data).toMatchObject({ mergeable: false, mergeable_state: 'dirty' });
  });

  it('labels pull requests, creating missing labels, as GitHub does', async () => {
    const number = await openPull();
    await octokit.rest.issues.createLabel({ owner, repo, name: 'promotion', color: '0e8a16' });
    const added = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: number,
      labels: ['promotion', 'env:staging'],
    });
    expect(added.data.map((label) => label.name)).toEqual(['promotion', 'env:staging']);
    server.addLabelsByHuman(number, ['do-not-merge']);

    const repoLabels = await octokit.rest.issues.listLabelsForRepo({ owner, repo });
    expect(repoLabels.data.map((label) => [label.name, label.color])).toEqual([
      ['promotion', '0e8a16'],
      ['env:staging', 'ededed'],
      ['do-not-merge', 'ededed'],
    ]);
    const remaining = await octokit.rest.issues.removeLabel({
      owner,
      repo,
      issue_number: number,
      name: 'env:staging',
    });
    expect(remaining.data.map((label) => label.name)).toEqual(['promotion', 'do-not-merge']);
    await expect(
      octokit.rest.issues.removeLabel({ owner, repo, issue_number: number, name: 'env:staging' }),
    ).rejects.toMatchObject({
      status: 404,
      response: { data: { message: 'Label does not exist' } },
    });
    await expect(
      octokit.rest.issues.createLabel({ owner, repo, name: 'Promotion' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: 'already_exists', field: 'name' }] } },
    });
    const listed = await octokit.rest.pulls.list({ owner, repo });
    expect(listed.data[0]?.labels.map((label) => label.name)).toEqual([
      'promotion',
      'do-not-merge',
    ]);
  });

  it('requests reviewers and teams, but not the author', async () => {
    const number = await openPull();
    const requested = await octokit.rest.pulls.requestReviewers({
      owner,
      repo,
      pull_number: number,
      reviewers: ['alice'],
      team_reviewers: ['platform'],
    });
    expect(requested.data.requested_reviewers?.map((user) => user.login)).toEqual(['alice']);
    expect(requested.data.requested_teams?.map((team) => team.slug)).toEqual(['platform']);
    await expect(
      octokit.rest.pulls.requestReviewers({
        owner,
        repo,
        pull_number: number,
        reviewers: ['github-actions[bot]'],
      }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('enables auto-merge through GraphQL when the repository allows it', async () => {
    server.setRepoSettings({ allowAutoMerge: true });
    const number = await openPull();
    const { node_id: pullRequestId } = (
      await octokit.rest.pulls.get({ owner, repo, pull_number: number })
    ).data;

    const allowed = await octokit.graphql<{ repository: { autoMergeAllowed: boolean } }>(
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { autoMergeAllowed } }',
      { owner, name: repo },
    );
    expect(allowed.repository.autoMergeAllowed).toBe(true);

    const result = await octokit.graphql(ENABLE_AUTO_MERGE, {
      pullRequestId,
      mergeMethod: 'SQUASH',
    });
    expect(result).toEqual({
      enablePullRequestAutoMerge: {
        pullRequest: { number, autoMergeRequest: { mergeMethod: 'SQUASH' } },
      },
    });
    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    expect(pull.data.auto_merge).toMatchObject({
      merge_method: 'squash',
      enabled_by: { login: 'github-actions[bot]' },
    });
  });

  it("refuses auto-merge with GitHub's GraphQL error when the repository does not allow it", async () => {
    const number = await openPull();
    const pull = await server.getPull(number);
    await expect(
      octokit.graphql(ENABLE_AUTO_MERGE, { pullRequestId: pull.node_id, mergeMethod: 'SQUASH' }),
    ).rejects.toMatchObject({
      data: { enablePullRequestAutoMerge: null },
      errors: [
        {
          type: 'UNPROCESSABLE',
          path: ['enablePullRequestAutoMerge'],
          message: 'Pull request Auto merge is not allowed for this repository',
        },
      ],
    });
    expect((await server.getPull(number)).auto_merge).toBeNull();
  });

  it('answers the other endpoints in shapes that pass the description', async () => {
    const number = await openPull();
    const branch = await octokit.rest.repos.getBranch({ owner, repo, branch: 'promote/staging' });
    expect(branch.data.commit.files?.map((file) => `${file.status} ${file.filename}`)).toEqual([
      'modified envs/staging/values.yaml',
    ]);
    const commit = await octokit.rest.repos.getCommit({ owner, repo, ref: 'main' });
    expect(commit.data).toMatchObject({ author: { login: 'octo-human' }, stats: { additions: 7 } });
    const sha = await octokit.rest.repos.getCommit({
      owner,
      repo,
      ref: 'main',
      mediaType: { format: 'sha' },
    });
    expect(sha.data).toBe(commit.data.sha);
    const root = await octokit.rest.repos.getContent({ owner, repo, path: '' });
    expect(Array.isArray(root.data) && root.data.map((entry) => entry.name)).toEqual([
      'README.md',
      'envs',
    ]);
    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: number });
    expect(files.data.map((file) => file.filename)).toEqual(['envs/staging/values.yaml']);
    const tree = await octokit.rest.git.getTree({ owner, repo, tree_sha: 'main' });
    expect(tree.data.tree.map((entry) => entry.path)).toEqual(['README.md', 'envs']);

    const byAuthor = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'Signed by nobody',
      tree: tree.data.sha,
      parents: [commit.data.sha],
      author: { name: 'Release Bot', email: 'bot@example.com', date: '2024-05-01T10:00:00Z' },
    });
    expect(byAuthor.data).toMatchObject({
      author: { name: 'Release Bot', date: '2024-05-01T10:00:00Z' },
      verification: { verified: true },
    });

    await octokit.rest.issues.setLabels({ owner, repo, issue_number: number, labels: ['a', 'b'] });
    const labels = await octokit.rest.issues.listLabelsOnIssue({
      owner,
      repo,
      issue_number: number,
    });
    expect(labels.data.map((label) => label.name)).toEqual(['a', 'b']);
    await expect(
      octokit.rest.pulls.update({ owner, repo, pull_number: number, base: 'missing' }),
    ).rejects.toMatchObject({ status: 422 });

    for (const head of ['promote/prod', 'promote/dev']) {
      await server.commitFiles(head, { [`${head}.txt`]: 'x\n' });
      await octokit.rest.pulls.create({ owner, repo, head, base: 'main', title: head });
    }
    const all = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, per_page: 2 });
    expect(all.map((pull) => pull.number)).toEqual([3, 2, 1]);

    const viewer = await octokit.graphql<{ viewer: { login: string } }>('{ viewer { login } }');
    expect(viewer.viewer.login).toBe('github-actions[bot]');
    const pull = await server.getPull(number);
    const node = await octokit.graphql<{ node: { number: number; headRefName: string } }>(
      'query($id: ID!) { node(id: $id) { ... on PullRequest { number headRefName } } }',
      { id: pull.node_id },
    );
    expect(node.node).toEqual({ number, headRefName: 'promote/staging' });
  });

  it('serves workflow run artifacts and their zip through a redirect', async () => {
    const id = server.addArtifact(42, 'component-tags', {
      'component-tags.json': '{"api":{"tag":"v1"}}',
    });
    const listed = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 42 });
    expect(listed.data).toMatchObject({
      total_count: 1,
      artifacts: [{ id, name: 'component-tags' }],
    });
    const zip = await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: id,
      archive_format: 'zip',
    });
    const bytes = Buffer.from(zip.data as ArrayBuffer);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('{"api":{"tag":"v1"}}'))).toBe(true);
  });
});

describe('contract checks', () => {
  beforeEach(() => start());

  afterEach(() => closeChecked(server));

  it('rejects a body GitHub would reject with 422 and records the violation', async () => {
    // A string the route types do not know, so that the missing `head` compiles.
    const route: string = 'POST /repos/{owner}/{repo}/pulls';
    await expect(
      octokit.request(route, { owner, repo, base: 'main', title: 'No head' }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Invalid request.\n\n"head" wasn\'t supplied.',
          errors: [{ field: 'head', code: 'missing_field' }],
        },
      },
    });
    expect(server.takeViolations()).toEqual([
      expect.objectContaining({
        kind: 'invalid-request',
        operation: 'pulls/create',
        status: 422,
        details: ['"head" wasn\'t supplied.'],
      }),
    ]);
  });

  it('records an unknown route and a wrong token', async () => {
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/promotions', { owner, repo }),
    ).rejects.toMatchObject({ status: 404 });
    const stranger = createTestOctokit({ apiUrl: server.apiUrl, token: 'wrong' });
    await expect(stranger.rest.repos.get({ owner, repo })).rejects.toMatchObject({
      status: 401,
      response: { data: { message: 'Bad credentials' } },
    });
    expect(server.takeViolations().map((violation) => violation.kind)).toEqual([
      'unknown-route',
      'unauthorized',
    ]);
  });

  it("records a GraphQL document that GitHub's schema rejects", async () => {
    await expect(
      octokit.graphql('query { repository(owner: "acme", name: "gitops-config") { autoMerge } }'),
    ).rejects.toThrow(/autoMerge/);
    expect(server.takeViolations()).toEqual([expect.objectContaining({ kind: 'graphql' })]);
  });

  it('checks responses against the OpenAPI description', async () => {
    const number = await openPull();
    const validator = new OpenApiValidator(openApiDocument());
    const route = new RouteTable(openApiDocument()).match(
      'GET',
      `/repos/${owner}/${repo}/pulls/${number}`,
    ).match;
    expect(route?.operation.operationId).toBe('pulls/get');
    if (!route) return;
    const pull = await server.getPull(number);
    expect(validator.checkResponse(route.operation, 200, pull)).toEqual([]);
    const { head: _head, ...withoutHead } = pull;
    expect(
      validator
        .checkResponse(route.operation, 200, { ...withoutHead, number: '1' })
        .map((p) => p.message),
    ).toEqual(['"head" wasn\'t supplied.', `For 'properties/number', "1" is not an integer.`]);
  });

  it('reads the OpenAPI description and the GraphQL schema once per process', () => {
    expect(openApiLoadStats()).toBe(openApiLoadStats());
    expect(openApiLoadStats().bytes).toBeGreaterThan(10_000_000);
    expect(graphqlSchemaLoadMs()).toBeGreaterThan(0);
  });
});

describe('fault injection', () => {
  beforeEach(() => start());

  afterEach(() => closeChecked(server));

  it('lets the retry plugin recover from 502 and counts every attempt', async () => {
    const number = await openPull();
    server.resetCounts();
    server.injectFault({ operation: 'pulls/get', status: 502, times: 2 });

    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    expect(pull.data.number).toBe(number);
    expect(server.countRequests({ operation: 'pulls/get' })).toBe(3);
    expect(server.countRequests({ status: 502, fault: true })).toBe(2);
    expect(server.pendingFaults()).toBe(0);
  });

  it('lets the throttling plugin recover from a secondary rate limit', async () => {
    server.injectFault({
      method: 'POST',
      path: `/repos/${owner}/${repo}/git/blobs`,
      status: 403,
      retryAfter: 2,
    });
    const blob = await octokit.rest.git.createBlob({ owner, repo, content: 'x' });
    expect(blob.status).toBe(201);
    expect(server.requests.map((request) => `${request.status} ${request.operation}`)).toEqual([
      '403 git/create-blob',
      '201 git/create-blob',
    ]);
  });

  it('answers a secondary rate limit the way GitHub words it', async () => {
    server.injectFault({ operation: 'repos/get', status: 403, times: 5 });
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({
      status: 403,
      response: {
        headers: { 'retry-after': '1' },
        data: { message: expect.stringMatching(/secondary rate limit/) },
      },
    });
    expect(server.countRequests({ operation: 'repos/get' })).toBe(3);
  });
});
