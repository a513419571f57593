/**
 * A local, stateful GitHub for tests: REST and GraphQL on 127.0.0.1, backed by a real bare git
 * repository, checked against GitHub's OpenAPI description and GraphQL schema.
 *
 *   const server = await startGitHubServer({ owner: 'acme', repo: 'config', files: { 'a.yaml': 'x: 1\n' } });
 *   const octokit = createTestOctokit(server);
 *   ...
 *   expect(server.violations).toEqual([]);
 *   await server.close();
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { components } from '@octokit/openapi-types';
import { Accounts } from './accounts.js';
import type { FaultSpec } from './faults.js';
import { GitStore } from './git-store.js';
import { GitHubHttpHandler } from './http-handler.js';
import { mergePull } from './merge-pull.js';
import { openApiDocument } from './openapi-document.js';
import { RouteTable } from './openapi-routes.js';
import { OpenApiValidator } from './openapi-validator.js';
import { RepoModel } from './repo-model.js';
import {
  RepoState,
  isoNow,
  isoSeconds,
  type MergeMethod,
  nodeId,
  type CheckRunRecord,
  type CommitStatusRecord,
  type PullRecord,
  type RepoSettings,
} from './repo-state.js';
import { actionsRoutes } from './routes-actions.js';
import {
  addCheckRun,
  addStatus,
  commitStatusRoutes,
  type NewCheckRun,
  type NewCommitStatus,
} from './routes-statuses.js';
import { gitRoutes } from './routes-git.js';
import { addLabels, issueRoutes } from './routes-issues.js';
import { pullRoutes } from './routes-pulls.js';
import { releaseRoutes } from './routes-releases.js';
import { repoRoutes } from './routes-repos.js';
import type { RouteHandlers } from './route-types.js';
import {
  matchesFilter,
  type ContractViolation,
  type RecordedRequest,
  type RequestFilter,
} from './request-log.js';
import { pullRequest } from './shapes-pull.js';
import { Urls } from './urls.js';
import { createZip } from './zip.js';

export type { FaultSpec } from './faults.js';
export type {
  ContractViolation,
  RecordedRequest,
  RequestFilter,
  ViolationKind,
} from './request-log.js';
export type {
  AutoMergeRecord,
  CheckRunRecord,
  CommitStatusRecord,
  LabelRecord,
  PullRecord,
  RepoSettings,
} from './repo-state.js';
export type { NewCheckRun, NewCommitStatus } from './routes-statuses.js';
export { openApiLoadStats } from './openapi-document.js';
export { graphqlSchemaLoadMs } from './graphql.js';
export { createTestOctokit, type TestOctokit, type TestOctokitOptions } from './test-octokit.js';

export interface GitHubServerOptions {
  owner: string;
  repo: string;
  /** Default `main`. */
  defaultBranch?: string;
  /** The token clients must send (default `test-token`). */
  token?: string;
  /** Login of the token's user (default `github-actions[bot]`). */
  login?: string;
  /** Shorthand for `settings.allowAutoMerge` (default false). */
  allowAutoMerge?: boolean;
  settings?: Partial<RepoSettings>;
  /** Files of the initial commit on the default branch (default: a README). */
  files?: Record<string, string>;
  /** Record contract violations in `violations` (default true). */
  strict?: boolean;
}

const ALL_ROUTES: RouteHandlers = {
  ...repoRoutes,
  ...gitRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...actionsRoutes,
  ...releaseRoutes,
  ...commitStatusRoutes,
};

let contract: { routes: RouteTable; validator: OpenApiValidator } | undefined;

/** The route table and validators, shared by all servers of the process (compiling is slow). */
function openApiContract(): { routes: RouteTable; validator: OpenApiValidator } {
  contract ??= {
    routes: new RouteTable(openApiDocument()),
    validator: new OpenApiValidator(openApiDocument()),
  };
  return contract;
}

/** Start a server with one repository whose default branch holds `files`. */
export async function startGitHubServer(options: GitHubServerOptions): Promise<GitHubTestServer> {
  const { routes, validator } = openApiContract();
  const defaultBranch = options.defaultBranch ?? 'main';
  const tempDir = await mkdtemp(join(tmpdir(), 'github-server-'));
  const git = await GitStore.init(join(tempDir, `${options.repo}.git`), defaultBranch);
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const settings: RepoSettings = {
    allowAutoMerge: options.allowAutoMerge ?? false,
    allowMergeCommit: true,
    allowSquashMerge: true,
    allowRebaseMerge: true,
    deleteBranchOnMerge: false,
    private: false,
    description: null,
    ...options.settings,
  };
  const model = new RepoModel(
    git,
    new RepoState(settings),
    new Accounts(options.owner, options.login),
    new Urls(apiUrl, `${apiUrl}/_web`, options.owner, options.repo),
    defaultBranch,
  );
  await model.commitFiles(
    defaultBranch,
    options.files ?? { 'README.md': `# ${options.repo}\n` },
    'Initial commit',
  );
  const token = options.token ?? 'test-token';
  const handler = new GitHubHttpHandler(model, routes, validator, ALL_ROUTES, {
    token,
    strict: options.strict ?? true,
  });
  http.on('request', (request, response) => {
    handler.handle(request, response).catch(() => response.destroy());
  });
  return new GitHubTestServer(http, handler, model, token, tempDir);
}

export class GitHubTestServer {
  /** REST base URL, for `baseUrl` or `GITHUB_API_URL`; GraphQL is at `${apiUrl}/graphql`. */
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  /** Base of the `html_url`s (GITHUB_SERVER_URL); nothing is served there. */
  readonly webUrl: string;
  readonly bareRepoPath: string;

  constructor(
    private readonly http: Server,
    private readonly handler: GitHubHttpHandler,
    private readonly model: RepoModel,
    readonly token: string,
    private readonly tempDir: string,
  ) {
    this.apiUrl = model.urls.apiUrl;
    this.graphqlUrl = `${model.urls.apiUrl}/graphql`;
    this.webUrl = model.urls.webUrl;
    this.bareRepoPath = model.git.path;
  }

  get owner(): string {
    return this.model.owner;
  }

  get repo(): string {
    return this.model.repo;
  }

  get defaultBranch(): string {
    return this.model.defaultBranch;
  }

  /** Every request answered so far, in order. */
  get requests(): readonly RecordedRequest[] {
    return this.handler.requests;
  }

  /** Contract violations: requests GitHub would reject, answers that break its description. */
  get violations(): readonly ContractViolation[] {
    return this.handler.violations;
  }

  /** Snapshots of the pull requests. */
  get pulls(): PullRecord[] {
    return this.model.state.pulls.map((pull) => structuredClone(pull));
  }

  get settings(): RepoSettings {
    return { ...this.model.state.settings };
  }

  /** Run git in the bare repository; resolves with stdout. */
  git(args: readonly string[]): Promise<string> {
    return this.model.git.run(args);
  }

  /**
   * Push a commit of `files` (null deletes a file) to `branch` as a human would. Returns its sha.
   * `date` (default now) is the author and committer date, for histories of different ages.
   */
  commitFiles(
    branch: string,
    files: Record<string, string | null>,
    message = 'Change files',
    date?: Date,
  ): Promise<string> {
    return this.model.serialize(() =>
      this.model.commitFiles(branch, files, message, this.model.accounts.human, date),
    );
  }

  /** The commit statuses set on `sha`, oldest first (what `POST /statuses/{sha}` recorded). */
  commitStatuses(sha: string): CommitStatusRecord[] {
    return this.model.state.statuses.filter((s) => s.sha === sha).map((s) => ({ ...s }));
  }

  /** A status posted by another tool (Flux, Argo CD notifications) on `sha`. */
  addCommitStatus(sha: string, status: NewCommitStatus): CommitStatusRecord {
    return addStatus(this.model, sha, status, this.model.accounts.human);
  }

  /** A check run as a CI app would report it on `sha`. */
  addCheckRun(sha: string, run: NewCheckRun): CheckRunRecord {
    return addCheckRun(this.model, sha, run);
  }

  /** A file's text at a branch, tag or sha; undefined when absent. */
  async readFile(ref: string, path: string): Promise<string | undefined> {
    const commit = await this.model.git.resolve(ref, 'commit');
    const entry = commit === undefined ? undefined : await this.model.git.entryAt(commit, path);
    if (entry?.type !== 'blob') return undefined;
    return (await this.model.git.readBlob(entry.sha))?.toString('utf8');
  }

  branchSha(branch: string): Promise<string | undefined> {
    return this.model.branchSha(branch);
  }

  /** Whether GitHub would show the commit as verified (signed by web-flow). */
  isVerified(sha: string): boolean {
    return this.model.state.signatures.has(sha);
  }

  /** A pull request as `GET /pulls/{n}` returns it (without a request being recorded). */
  async getPull(number: number): Promise<components['schemas']['pull-request']> {
    const pull = this.model.state.findPull(number);
    if (!pull) throw new Error(`No pull request #${number}`);
    return pullRequest(this.model, pull);
  }

  /**
   * Merge an open pull request as a person would (`merge` or `squash`, see merge-pull.ts);
   * the base must not have moved past the head's base. Returns the merge commit.
   */
  mergePull(number: number, method: MergeMethod = 'squash'): Promise<string> {
    const pull = this.model.state.findPull(number);
    if (!pull) throw new Error(`No pull request #${number}`);
    return this.model.serialize(() => mergePull(this.model, pull, method));
  }

  setRepoSettings(settings: Partial<RepoSettings>): void {
    this.model.state.settings = { ...this.model.state.settings, ...settings };
  }

  /** Labels added by a person in the web interface (missing labels are created). */
  addLabelsByHuman(number: number, labels: readonly string[]): void {
    const pull = this.model.state.findPull(number);
    if (!pull) throw new Error(`No pull request #${number}`);
    addLabels(this.model, pull, labels);
  }

  /** Upload an artifact to a workflow run; returns its id. */
  addArtifact(runId: number, name: string, files: Record<string, string | Buffer>): number {
    const state = this.model.state;
    const id = state.nextArtifactId();
    const createdAt = isoNow();
    const expiresAt = isoSeconds(new Date(Date.now() + 90 * 24 * 3600 * 1000));
    state.artifacts.push({
      id,
      nodeId: nodeId('MDg', id),
      runId,
      name,
      zip: createZip(files),
      createdAt,
      expiresAt,
    });
    return id;
  }

  /** Make the next matching request(s) fail. */
  injectFault(fault: FaultSpec): void {
    this.handler.faults.add(fault);
  }

  /** How many injected failures have not happened yet. */
  pendingFaults(): number {
    return this.handler.faults.remaining();
  }

  countRequests(filter?: RequestFilter): number {
    return this.handler.requests.filter((request) => matchesFilter(request, filter)).length;
  }

  /** Forget the recorded requests (violations stay). */
  resetCounts(): void {
    this.handler.requests.length = 0;
  }

  /** Return the violations recorded so far and forget them (for tests that provoke some). */
  takeViolations(): ContractViolation[] {
    return this.handler.violations.splice(0);
  }

  async close(): Promise<void> {
    this.http.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.http.close((error) => (error ? reject(error) : resolve())),
    );
    await rm(this.tempDir, { recursive: true, force: true });
  }
}
