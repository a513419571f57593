/**
 * The gates of one promotion, end to end but without writing: read the policy file at the
 * base through the same repository reader the promotion uses, read the facts (introducing
 * commits, required checks) and evaluate. `explainGates` is what `promote --explain` prints;
 * the action runs it before it writes. `trySetGatesStatus` publishes the verdict as the
 * `gitops-promote/gates` commit status that branch protection can require.
 */
import type { ComponentTags } from '../../component-tags.js';
import type { TreeEntry } from '../promotion-plan.js';
import { clip, InputError, PromoteError } from '../../errors.js';
import {
  fullName,
  type GitHubApi,
  httpStatusOf,
  type PromotionLog,
  type RepositoryName,
} from '../github-api.js';
import {
  readBranchHead,
  readDefaultBranch,
  readFileTexts,
  readTree,
} from '../repository-reader.js';
import { findOpenPullRequest } from '../pull-requests.js';
import type { PromotionSnapshot } from '../promotion-snapshot.js';
import { type SourceImage, readGateFacts } from './gate-facts.js';
import {
  evaluateGates,
  type GateCandidate,
  type GateMode,
  type GatesReport,
  type GatesState,
} from './gate-verdicts.js';
import { type EnvironmentGates, gatesFor, parsePolicy, type Policy } from './policy.js';

/** The context of the commit status every promotion pull request gets. */
export const GATES_STATUS_CONTEXT = 'gitops-promote/gates';

/** Where the policy is: its path, and whether `policy-file` named it (then it must exist). */
export interface PolicySetting {
  path: string;
  explicit: boolean;
}

export interface GatesRequest {
  repository: RepositoryName;
  /** The base branch; empty means the default branch. */
  base: string;
  environment: string;
  mode: GateMode;
  /** The source environment (mode `promote`). */
  from?: string;
  hotfix: boolean;
  policy: PolicySetting;
  /** The clock: the time the verdicts are for. */
  now: Date;
  /** Mode `promote`: the source environment's images, with the file each is written in. */
  sources?: readonly SourceImage[];
  /** Modes `bump` and `rollback`: the services and digests that would move. */
  componentTags?: ComponentTags;
}

export interface GatesEvaluation {
  /** The policy path, and whether a policy file was found there. */
  policyPath: string;
  policyFound: boolean;
  gates: EnvironmentGates;
  report: GatesReport;
}

/** A base already read: its branch, head and tree entries (saves reading them again). */
export interface ReadBase {
  base: string;
  baseSha: string;
  entries: readonly TreeEntry[];
}

/** Read the base branch's head and tree. */
export async function readBase(
  api: GitHubApi,
  repository: RepositoryName,
  base: string,
): Promise<ReadBase> {
  const branch = base || (await readDefaultBranch(api, repository));
  const head = await readBranchHead(api, repository, branch);
  if (head === undefined)
    throw new PromoteError(
      `The base branch '${branch}' does not exist in ${fullName(repository)}.`,
    );
  return { base: branch, baseSha: head, entries: (await readTree(api, repository, head)).entries };
}

/** The policy at the base: undefined when the default file is absent; throws when a named one is. */
export async function readPolicyAtBase(
  api: GitHubApi,
  repository: RepositoryName,
  at: ReadBase,
  setting: PolicySetting,
): Promise<Policy | undefined> {
  const branch = at.base;
  const entry = at.entries.find((e) => e.path === setting.path && e.type === 'blob');
  if (!entry) {
    if (!setting.explicit) return undefined;
    throw new InputError(
      'policy-file',
      setting.path,
      `names no file in ${fullName(repository)}@${branch}; give the path of the policy file, or leave the input empty for no gates`,
    );
  }
  const [file] = await readFileTexts(api, repository, [entry]);
  return parsePolicy(setting.path, file?.text ?? '');
}

function hasGates(gates: EnvironmentGates): boolean {
  return gates.soakMs !== undefined || gates.freeze.length > 0 || gates.requireChecks.length > 0;
}

async function candidatesOf(
  api: GitHubApi,
  request: GatesRequest,
  gates: EnvironmentGates,
  services: readonly string[],
  at: ReadBase,
): Promise<GateCandidate[]> {
  const wanted = new Set(services);
  if (request.mode === 'promote') {
    const images = (request.sources ?? []).filter((s) => wanted.has(s.service));
    const needsHistory = gates.soakMs !== undefined || gates.requireChecks.length > 0;
    if (!needsHistory) return images.map(({ service, digest }) => ({ service, digest }));
    return readGateFacts(api, request.repository, {
      baseSha: at.baseSha,
      images,
      requireChecks: gates.requireChecks,
    });
  }
  return services.map((service) => ({
    service,
    digest: request.componentTags?.[service]?.digest ?? '',
  }));
}

/** The verdicts of every gate for `services`, without writing anything. */
export async function explainGates(
  api: GitHubApi,
  request: GatesRequest,
  services: readonly string[],
  log: PromotionLog,
  read?: ReadBase,
): Promise<GatesEvaluation> {
  const at = read ?? (await readBase(api, request.repository, request.base));
  const policy = await readPolicyAtBase(api, request.repository, at, request.policy);
  const gates = gatesFor(policy, request.environment);
  if (!policy) log.info(`No policy file at ${request.policy.path}: no promotion gates.`);
  else if (!hasGates(gates)) log.info(`${policy.path} sets no gates for '${request.environment}'.`);
  const candidates = hasGates(gates) ? await candidatesOf(api, request, gates, services, at) : [];
  const report = evaluateGates({
    environment: request.environment,
    ...(request.from ? { from: request.from } : {}),
    gates,
    policyPath: request.policy.path,
    mode: request.mode,
    hotfix: request.hotfix,
    now: request.now,
    candidates: hasGates(gates) ? candidates : services.map((service) => ({ service, digest: '' })),
  });
  return { policyPath: request.policy.path, policyFound: policy !== undefined, gates, report };
}

/** GitHub's limit on a commit status description. */
export const STATUS_DESCRIPTION_LIMIT = 140;

/** Set `gitops-promote/gates` on `sha`; returns whether GitHub took it (a warning otherwise). */
export async function trySetGatesStatus(
  api: GitHubApi,
  repository: RepositoryName,
  sha: string,
  status: { state: GatesState; description: string; targetUrl?: string },
  log: PromotionLog,
): Promise<boolean> {
  const description =
    status.description.length > STATUS_DESCRIPTION_LIMIT
      ? `${status.description.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`
      : status.description;
  try {
    await api.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      ...repository,
      sha,
      state: status.state,
      context: GATES_STATUS_CONTEXT,
      description,
      ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
    });
    log.info(`Set ${GATES_STATUS_CONTEXT} to ${status.state} on ${sha}: ${clip(description)}`);
    return true;
  } catch (error) {
    const code = httpStatusOf(error);
    if (code === undefined) throw error;
    log.warning(
      `Could not set the ${GATES_STATUS_CONTEXT} status on ${sha} (GitHub answered ${code}); ` +
        "the token needs 'statuses: write'.",
    );
    return false;
  }
}

/**
 * Nothing may go: the pull request an earlier run opened on `branch` (if one is open) gets the
 * verdict on its head, so a freeze that began after it was opened blocks its merge. The branch
 * itself is not touched. `known` is the branch and pull request as the promotion read them with
 * its base (no request then). Returns the pull request number, if any.
 */
export async function tryMarkOpenPullRequest(
  api: GitHubApi,
  repository: RepositoryName,
  branch: string,
  status: { state: GatesState; description: string; targetUrl?: string },
  log: PromotionLog,
  known?: Pick<PromotionSnapshot, 'branch' | 'pull'>,
): Promise<number | undefined> {
  const open = known ? known.pull : await findOpenPullRequest(api, repository, branch);
  const head = !open
    ? undefined
    : known
      ? known.branch?.sha
      : await readBranchHead(api, repository, branch);
  if (!open || head === undefined) return undefined;
  await trySetGatesStatus(api, repository, head, status, log);
  return open.number;
}
