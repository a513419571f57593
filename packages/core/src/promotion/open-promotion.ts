/**
 * Open or update the pull request that moves an environment: read the base through the API,
 * plan every edit before the first write, write one verified commit on the promotion branch,
 * then open or update its pull request. Idempotent: a re-run with the same input on the same
 * base writes nothing and reports `unchanged`.
 */
import { withChangeTrailers } from '../git/change-trailers.js';
import type { ComponentTags } from '../component-tags.js';
import { skippedImageWarning } from '../image-edit/bump-warnings.js';
import type { WriteMode } from '../image-edit/image-occurrence.js';
import { createCommit, createTree, isCurrent, pointBranch, readCommit } from './branch-writer.js';
import { type HoldsSetting, readHoldsAtBase, withoutHeld } from './holds-source.js';
import { fullName, type GitHubApi, type PromotionLog, type RepositoryName } from './github-api.js';
import { checkCoverage } from '../image-edit/bump-coverage.js';
import type { FluxNamespace } from '../image-edit/flux-namespaces.js';
import type { ChartAppVersion } from '../image-edit/chart-app-version.js';
import { chartDefaultsNeeded } from '../image-edit/helm-overlays.js';
import { explainingGitHubApi } from './github-errors.js';
import { chartDirOf, joinPath } from '../verify/chart-files.js';
import {
  planPromotion,
  type PromotionPlan,
  type PromotionSource,
  selectPromotionFiles,
  type TreeEntry,
} from './promotion-plan.js';
import {
  addLabels,
  type AutoMergeMethod,
  createPullRequest,
  findOpenPullRequest,
  missingNames,
  type PullRequestState,
  tryEnableAutoMerge,
  tryRequestReviewers,
  updatePullRequest,
} from './pull-requests.js';
import { pullRequestBody, pullRequestTitle, type SourceRepository } from './pull-request-text.js';
import {
  type ContentsSources,
  type PromotionContents,
  readPromotionContents,
} from './promotion-contents.js';
import type { PromotionSnapshot } from './promotion-snapshot.js';
import { type BaseRead, readBaseOf } from './base-read.js';
import { readBranchHead, readFileTexts } from './repository-reader.js';

/** Everything a promotion needs, parsed and checked by the caller. */
export interface PromotionRequest {
  repository: RepositoryName;
  /** The base branch; empty means the repository's default branch. */
  base: string;
  environment: string;
  /** Glob lines, `{env}` already replaced. */
  filePatterns: readonly string[];
  /** The services to bump (already filtered). */
  componentTags: ComponentTags;
  write: WriteMode;
  /** A `files` pattern matching no file is a warning (`allow-empty`); by default it fails. */
  allowEmpty?: boolean;
  /** A service found in no file fails (`fail-on-missing`); by default it is a warning. */
  failOnMissing?: boolean;
  /** Let a tag move backwards (`allow-downgrade`, a rollback). */
  allowDowngrade?: boolean;
  /** Write only Flux markers of this namespace (`flux-namespace`, else the environment). */
  fluxNamespace?: FluxNamespace;
  /** Keep bumped charts' `appVersion` in step (`chart-app-version`). */
  chartAppVersion?: ChartAppVersion;
  branch: string;
  titleTemplate: string;
  bodyTemplate: string;
  labels: readonly string[];
  reviewers: readonly string[];
  teamReviewers: readonly string[];
  draft: boolean;
  autoMerge: AutoMergeMethod | false;
  hotfix: boolean;
  /** Where the source commits of component-tags are linked from the body. */
  source?: SourceRepository;
  /** The holds file and whether to honour it; absent means no holds are read. */
  holds?: HoldsSetting;
  /** The heading above the body's table; the default says promotion (or hotfix) to `environment`. */
  heading?: string;
  /** Where the source commits the promotion brings are read, for the body; absent: not listed. */
  contents?: ContentsSources;
  /**
   * Promotion gates (gates/): given the services the plan would move, the ones that may go.
   * Absent, all may; none may: nothing is written (`waiting`).
   */
  gate?: (services: readonly string[], at?: GateBase) => Promise<readonly string[]>;
}

/** The base a promotion planned on, as the gates read it. */
export interface GateBase {
  base: string;
  baseSha: string;
  entries: readonly TreeEntry[];
}

export type PromotionOperation = 'created' | 'updated' | 'unchanged' | 'none' | 'waiting';
export type AutoMergeOutcome = 'off' | 'enabled' | 'already-enabled' | 'refused';

export interface PromotionResult {
  operation: PromotionOperation;
  base: string;
  /** The promotion branch; empty when there was nothing to change. */
  branch: string;
  commitSha: string;
  plan: PromotionPlan;
  pullRequest?: { number: number; url: string };
  autoMerge: AutoMergeOutcome;
  /** What the promotion brings (its source commits), as the body shows it; absent: not asked. */
  contents?: PromotionContents;
  /** Set when holds left out every service asked for: those services; nothing was planned. */
  everyServiceHeld?: readonly string[];
  /** The base the plan was made on, for gates evaluated afterwards (a rollback's); absent: not kept. */
  at?: GateBase;
  /** The promotion branch and its open pull request as read with the base (a waiting run marks it). */
  promotion?: Pick<PromotionSnapshot, 'branch' | 'pull'>;
}

/** The labels of a promotion: the given ones, and `hotfix` for a hotfix. */
export function promotionLabels(labels: readonly string[], hotfix: boolean): string[] {
  return missingNames([...labels, ...(hotfix ? ['hotfix'] : [])], []);
}

export interface BaseState {
  base: string;
  baseSha: string;
  treeSha: string;
  plan: PromotionPlan;
  /** The base tree's entries (the gates read the policy file from them). */
  entries?: readonly TreeEntry[];
  /** The promotion branch and its open pull request as read with the base; absent: not read. */
  promotion?: Pick<PromotionSnapshot, 'branch' | 'pull'>;
  /** Set when holds left out every service asked for: those services (the plan is empty). */
  everyServiceHeld?: readonly string[];
}

/** A plan that changes nothing. */
function emptyPlan(): PromotionPlan {
  return {
    changes: [],
    files: [],
    services: [],
    skipped: [],
    leftAlone: [],
    unmatchedServices: [],
  };
}

/** The request's services less the held ones (each with its notice); all when no holds are read. */
async function servicesToMove(
  api: GitHubApi,
  request: PromotionRequest,
  read: BaseRead,
  log: PromotionLog,
): Promise<ComponentTags> {
  if (!request.holds) return request.componentTags;
  const { entries } = read.tree;
  const holds = await readHoldsAtBase(
    api,
    request.repository,
    entries,
    request.holds.path,
    read.texts,
  );
  return withoutHeld(request.componentTags, holds.file, request.holds, request.environment, log);
}

/**
 * Read the base (unless `read` holds it already: a promotion between environments reads the
 * source on it first) and plan every edit; throws (before any write) when a file cannot be bumped.
 */
export async function planOnBase(
  api: GitHubApi,
  request: PromotionRequest,
  log: PromotionLog,
  read?: BaseRead,
): Promise<BaseState> {
  const repository = request.repository;
  const baseRead = read ?? (await readBaseOf(api, request));
  const { snapshot, tree } = baseRead;
  const { base, baseHead } = snapshot;
  const baseSha = baseHead.sha;
  const selected = selectPromotionFiles(tree.entries, request.filePatterns);
  log.info(`Base ${base} at ${baseSha}: ${selected.files.length} file(s) match 'files'.`);
  const componentTags = await servicesToMove(api, request, baseRead, log);
  const asked = Object.keys(request.componentTags);
  if (asked.length > 0 && Object.keys(componentTags).length === 0) {
    log.info(`Every service of this bump is held in '${request.environment}': nothing to plan.`);
    const plan = emptyPlan();
    return {
      base,
      baseSha,
      treeSha: tree.sha,
      plan,
      entries: tree.entries,
      promotion: { branch: snapshot.branch, pull: snapshot.pull },
      everyServiceHeld: asked,
    };
  }
  const files = await readFileTexts(api, repository, selected.files, baseRead.texts);
  const chartTree = await readChartTree(api, repository, tree.entries, files, {
    charts: Boolean(request.chartAppVersion),
  });
  const plan = planPromotion({
    files,
    componentTags,
    write: request.write,
    tree: chartTree,
    allowDowngrade: request.allowDowngrade === true,
    ...(request.fluxNamespace ? { fluxNamespace: request.fluxNamespace } : {}),
    ...(request.chartAppVersion ? { chartAppVersion: request.chartAppVersion } : {}),
  });
  for (const occ of plan.leftAlone)
    log.info(
      `Left alone ${occ.file}:${occ.line}: its Flux marker names the policy '${occ.policy}', ` +
        `not in namespace '${request.fluxNamespace?.namespace ?? ''}' (flux-namespace).`,
    );
  for (const skipped of plan.skipped) log.warning(skippedImageWarning(skipped.reason), skipped);
  const warnings = checkCoverage({
    unmatchedPatterns: selected.unmatchedPatterns,
    matchedFiles: selected.files.length,
    unmatchedServices: plan.unmatchedServices,
    allowEmpty: request.allowEmpty === true,
    failOnMissing: request.failOnMissing === true,
    where: `${fullName(repository)}@${base}`,
  });
  for (const warning of warnings) log.warning(warning);
  const promotion = { branch: snapshot.branch, pull: snapshot.pull };
  return { base, baseSha, treeSha: tree.sha, plan, entries: tree.entries, promotion };
}

/** The `Chart.yaml` of each chart that holds one of `files`. */
function chartFilesOf(files: readonly string[], paths: ReadonlySet<string>): string[] {
  const charts = files.map((f) => chartDirOf(f, paths));
  return [...new Set(charts.filter((c) => c !== undefined).map((c) => joinPath(c, 'Chart.yaml')))];
}

/**
 * The base tree's paths and the texts of the matched files, plus the chart `values.yaml` files
 * that matched Helm overlays are read over (one more read only when there are such overlays).
 */
async function readChartTree(
  api: GitHubApi,
  repository: RepositoryName,
  entries: readonly TreeEntry[],
  files: readonly PromotionSource[],
  also: { charts: boolean },
) {
  const blobs = entries.filter((e) => e.type === 'blob');
  const paths = new Set(blobs.map((e) => e.path));
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const wanted = chartDefaultsNeeded([...texts.keys()], paths);
  if (also.charts) wanted.push(...chartFilesOf([...texts.keys()], paths));
  const needed = new Set(wanted.filter((p) => !texts.has(p)));
  if (needed.size === 0) return { paths, texts };
  const defaults = blobs.filter((e) => needed.has(e.path));
  for (const file of await readFileTexts(api, repository, defaults))
    texts.set(file.path, file.text);
  return { paths, texts };
}

/** Nothing to change: say whether an earlier promotion's branch or pull request is still there. */
async function reportLeftAlone(
  api: GitHubApi,
  request: PromotionRequest,
  state: BaseState,
  log: PromotionLog,
) {
  const open = state.promotion
    ? state.promotion.pull
    : await findOpenPullRequest(api, request.repository, request.branch);
  const branch = state.promotion
    ? state.promotion.branch
    : open
      ? undefined
      : await readBranchHead(api, request.repository, request.branch);
  if (open)
    log.info(
      `Pull request #${open.number} (${open.url}) from an earlier run is still open on ` +
        `${request.branch}; it is left alone. Close it if it is stale.`,
    );
  else if (branch !== undefined)
    log.info(`Branch ${request.branch} from an earlier run still exists; it is left alone.`);
}

/** Make the branch hold the plan as one commit on the base head; reuse it when it already does. */
export async function commitOnBase(
  api: GitHubApi,
  request: PromotionRequest,
  state: BaseState,
  message: string,
  log: PromotionLog,
): Promise<{ sha: string; committed: boolean }> {
  const repository = request.repository;
  const known = state.promotion?.branch;
  const head = state.promotion ? known?.sha : await readBranchHead(api, repository, request.branch);
  const tree = await createTree(api, repository, state.treeSha, state.plan.files);
  if (
    head !== undefined &&
    isCurrent(known ?? (await readCommit(api, repository, head)), tree, state.baseSha)
  ) {
    log.info(`Branch ${request.branch} already holds this promotion at ${head}.`);
    return { sha: head, committed: false };
  }
  const sha = await createCommit(api, repository, { message, tree, parent: state.baseSha });
  await pointBranch(api, repository, request.branch, sha, head !== undefined);
  log.info(
    head === undefined
      ? `Created branch ${request.branch} at ${sha}.`
      : `Rebuilt branch ${request.branch} on ${state.base} at ${sha} (was ${head}).`,
  );
  return { sha, committed: true };
}

export interface PullRequestText {
  title: string;
  body: string;
}

/** Open the pull request, or bring the open one's title, body and base up to date. */
export async function openOrUpdate(
  api: GitHubApi,
  request: PromotionRequest,
  base: string,
  text: PullRequestText,
  known?: Pick<PromotionSnapshot, 'pull'>,
): Promise<{ pull: PullRequestState; created: boolean; edited: boolean }> {
  const repository = request.repository;
  const found = known ? known.pull : await findOpenPullRequest(api, repository, request.branch);
  const { pull, created } = found
    ? { pull: found, created: false }
    : await createPullRequest(api, repository, {
        branch: request.branch,
        base,
        draft: request.draft,
        ...text,
      });
  if (created) return { pull, created, edited: false };
  const patch = {
    ...(pull.title !== text.title ? { title: text.title } : {}),
    ...(pull.body !== text.body ? { body: text.body } : {}),
    ...(pull.base !== base ? { base } : {}),
  };
  if (Object.keys(patch).length === 0) return { pull, created, edited: false };
  return {
    pull: await updatePullRequest(api, repository, pull.number, patch),
    created,
    edited: true,
  };
}

/** Labels, reviewers and auto-merge; returns whether labels were added and the auto-merge outcome. */
export async function finishPullRequest(
  api: GitHubApi,
  request: PromotionRequest,
  pull: PullRequestState,
  commit: { sha: string; committed: boolean; fresh: boolean },
  log: PromotionLog,
): Promise<{ labelled: boolean; autoMerge: AutoMergeOutcome }> {
  const repository = request.repository;
  const labels = missingNames(promotionLabels(request.labels, request.hotfix), pull.labels);
  if (labels.length > 0) await addLabels(api, repository, pull.number, labels);
  if (commit.fresh || commit.committed) {
    const reviewers = missingNames(request.reviewers, [...pull.reviewers, pull.author]);
    const teams = missingNames(request.teamReviewers, pull.teams);
    if (reviewers.length + teams.length > 0)
      await tryRequestReviewers(api, repository, pull.number, { reviewers, teams }, log);
  }
  let autoMerge: AutoMergeOutcome = 'off';
  if (request.autoMerge !== false && pull.autoMerge === request.autoMerge)
    autoMerge = 'already-enabled';
  else if (request.autoMerge !== false)
    autoMerge = (await tryEnableAutoMerge(api, pull, request.autoMerge, commit.sha, log))
      ? 'enabled'
      : 'refused';
  return { labelled: labels.length > 0, autoMerge };
}

/** The plan narrowed to the services the gates let go (re-planned), or `waiting` for none. */
async function planGated(
  api: GitHubApi,
  request: PromotionRequest,
  state: BaseState,
  log: PromotionLog,
  read: BaseRead,
): Promise<BaseState | 'waiting'> {
  if (!request.gate || state.plan.changes.length === 0) return state;
  const { base, baseSha, entries } = state;
  const at = entries ? { base, baseSha, entries } : undefined;
  const allowed = new Set(await request.gate(state.plan.services, at));
  if (allowed.size === 0) {
    log.info(`No service may go to ${request.environment} yet (gates): nothing is written.`);
    return 'waiting';
  }
  if (state.plan.services.every((s) => allowed.has(s))) return state;
  const componentTags = Object.fromEntries(
    Object.entries(request.componentTags).filter(([service]) => allowed.has(service)),
  );
  return planOnBase(api, { ...request, componentTags, gate: undefined }, log, read);
}

function waitingResult(planned: BaseState): PromotionResult {
  const plan = emptyPlan();
  const { base, promotion } = planned;
  return {
    operation: 'waiting',
    base,
    branch: '',
    commitSha: '',
    plan,
    autoMerge: 'off',
    ...(promotion ? { promotion } : {}),
  };
}

/**
 * Plan on the current base (read here, or as `given` when the caller read it already or started
 * reading it: `startBaseRead`), then write the commit and the pull request (or nothing).
 */
export async function openPromotion(
  client: GitHubApi,
  request: PromotionRequest,
  log: PromotionLog,
  given?: BaseRead | Promise<BaseRead>,
): Promise<PromotionResult> {
  const api = explainingGitHubApi(client, request.repository);
  const read = await (given ?? readBaseOf(api, request));
  const planned = await planOnBase(api, request, log, read);
  // A service the gates hold back is re-planned on the same base: one commit, read once.
  const gated = await planGated(api, request, planned, log, read);
  if (gated === 'waiting') return waitingResult(planned);
  const state = gated;
  const { base, plan } = state;
  if (plan.changes.length === 0) {
    log.info(
      `Nothing to change in ${fullName(request.repository)}@${base}: no branch, no pull request.`,
    );
    await reportLeftAlone(api, request, state, log);
    const held = state.everyServiceHeld ? { everyServiceHeld: state.everyServiceHeld } : {};
    return { operation: 'none', base, branch: '', commitSha: '', plan, autoMerge: 'off', ...held };
  }
  const title = pullRequestTitle({
    template: request.titleTemplate,
    ...request,
    services: plan.services,
  });
  const components = Object.fromEntries(
    plan.services.flatMap((s) => (request.componentTags[s] ? [[s, request.componentTags[s]]] : [])),
  );
  const contents = request.contents
    ? await readPromotionContents(request.contents, plan, components)
    : undefined;
  const body = pullRequestBody({
    template: request.bodyTemplate,
    environment: request.environment,
    services: plan.services,
    changes: plan.changes,
    components,
    hotfix: request.hotfix,
    ...(request.source ? { source: request.source } : {}),
    ...(request.heading ? { heading: request.heading } : {}),
    ...(contents ? { contents: contents.markdown, revisions: contents.revisions } : {}),
  });
  const commit = await commitOnBase(
    api,
    request,
    state,
    withChangeTrailers(title, plan.changes),
    log,
  );
  const opened = await openOrUpdate(api, request, base, { title, body }, state.promotion);
  const finished = await finishPullRequest(
    api,
    request,
    opened.pull,
    { ...commit, fresh: opened.created },
    log,
  );
  const changed = commit.committed || opened.edited || finished.labelled;
  return {
    operation: opened.created ? 'created' : changed ? 'updated' : 'unchanged',
    base,
    branch: request.branch,
    commitSha: commit.sha,
    plan,
    pullRequest: { number: opened.pull.number, url: opened.pull.url },
    autoMerge: finished.autoMerge,
    ...(contents ? { contents } : {}),
  };
}
