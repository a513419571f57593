/**
 * Open or update the pull request that rolls an environment back: read what `revert` names,
 * check that no later commit moved the same values, plan the inverse bump on the current base
 * and the holds that keep automation from undoing it, and write both in one verified commit.
 * Nothing is written before every check has passed.
 */
import { inlineCode } from '../markdown.js';
import { withChangeTrailers } from '../git/change-trailers.js';
import { fullName, type GitHubApi, type PromotionLog } from './github-api.js';
import { addHolds, type Hold, parseHolds } from './holds.js';
import {
  type HoldsAtBase,
  type HoldsSetting,
  readHoldsAtBase,
  withoutHeld,
} from './holds-source.js';
import {
  type BaseState,
  commitOnBase,
  finishPullRequest,
  openOrUpdate,
  type PromotionRequest,
  type PromotionResult,
} from './open-promotion.js';
import type { PromotionPlan, PromotionSource, TreeEntry } from './promotion-plan.js';
import { pullRequestBody, serviceList } from './pull-request-text.js';
import { type BranchFile, readPromotionSnapshot } from './promotion-snapshot.js';
import { readFileTexts, readTree } from './repository-reader.js';
import {
  findLaterCommit,
  readRevertTarget,
  type RevertTarget,
  RollbackConflictError,
} from './revert-target.js';
import {
  changedFilePaths,
  changesOfServices,
  findRollbackConflicts,
  planRollback,
  rollbackHolds,
} from './rollback-plan.js';

/** A rollback: what to revert, where the holds go, and the promotion's own settings. */
export interface RollbackRequest extends Omit<
  PromotionRequest,
  'componentTags' | 'write' | 'filePatterns'
> {
  /** A commit SHA or a pull request number (the `revert` input). */
  revert: string;
  /** Roll back (and hold) only these services of the reverted commit; absent or empty: all. */
  services?: readonly string[];
  holds: HoldsSetting;
  /** The time the holds record. */
  now: Date;
}

export interface RollbackResult extends PromotionResult {
  target: RevertTarget;
  /** The holds this rollback wrote (none when it wrote nothing). */
  holds: Hold[];
}

/** The label every rollback pull request carries, beside `labels`. */
export const ROLLBACK_LABEL = 'rollback';

/** What a rollback says it reverts: `#12 (abc1234)` or `abc1234`. */
function targetName(target: RevertTarget): string {
  const short = target.sha.slice(0, 7);
  return target.pullRequest ? `#${target.pullRequest.number} (${short})` : short;
}

/** `revert(deploy): roll back api, web in prod to before abc1234`, or the caller's template. */
export function rollbackTitle(
  request: RollbackRequest,
  services: readonly string[],
  target: RevertTarget,
) {
  const what = `roll back ${serviceList(services)} in ${request.environment} (reverts ${targetName(target)})`;
  if (request.titleTemplate.trim() === '') return `revert(deploy): ${what}`;
  return request.titleTemplate
    .replaceAll('{env}', request.environment)
    .replaceAll('{services}', serviceList(services))
    .replaceAll('{count}', String(services.length))
    .replaceAll('{revert}', targetName(target));
}

function rollbackBody(
  request: RollbackRequest,
  plan: PromotionPlan,
  target: RevertTarget,
  holds: readonly Hold[],
  holdsPath: string,
) {
  const link = `[${inlineCode(target.sha.slice(0, 12))}](${target.url})`;
  const pull = target.pullRequest
    ? ` from [#${target.pullRequest.number}](${target.pullRequest.url})`
    : '';
  const intro = [
    `This rolls back ${link}${pull} in ${inlineCode(request.environment)}: every value it changed is set back, byte for byte.`,
    `It also holds ${holds.map((h) => inlineCode(h.service)).join(', ')} in ${inlineCode(holdsPath)}, ` +
      'so automation does not put the rolled-back image back. Delete an entry there to lift its hold.',
  ].join('\n\n');
  return pullRequestBody({
    template: [intro.replaceAll('{', '\\{'), request.bodyTemplate]
      .filter((t) => t.trim() !== '')
      .join('\n\n'),
    environment: request.environment,
    services: plan.services,
    changes: plan.changes,
    components: {},
    hotfix: false,
    heading: `### Rollback in ${inlineCode(request.environment)}`,
    ...(request.source ? { source: request.source } : {}),
  });
}

interface RollbackState extends BaseState {
  entries: readonly TreeEntry[];
  target: RevertTarget;
  holds: Hold[];
}

/** The changes of the services asked for, less held ones (with a notice) unless `ignore-holds`. */
function changesNotHeld(
  target: RevertTarget,
  held: HoldsAtBase,
  request: RollbackRequest,
  log: PromotionLog,
) {
  const asked = changesOfServices(target.changes, request.services ?? [], targetName(target));
  const services = Object.fromEntries(asked.map((c) => [c.service, { tag: 'held' }]));
  const free = withoutHeld(services, held.file, request.holds, request.environment, log);
  return asked.filter((c) => Object.hasOwn(free, c.service));
}

/**
 * The holds with the time an earlier run of this rollback wrote in the holds file on its branch
 * (read with the base), so that a re-run makes the same commit (and reports `unchanged`)
 * instead of a new one.
 */
async function keepEarlierTimes(
  api: GitHubApi,
  request: RollbackRequest,
  onBranch: BranchFile | undefined,
  holds: Hold[],
) {
  if (onBranch === undefined) return holds;
  const { path } = request.holds;
  const text =
    onBranch.text ??
    (await readFileTexts(api, request.repository, [blobEntry(path, onBranch.sha)]))[0]?.text;
  const earlier = parseHolds(path, text);
  return holds.map((hold) => {
    const same = earlier.holds.find(
      (h) =>
        h.service === hold.service &&
        h.environment === hold.environment &&
        h.commit === hold.commit,
    );
    return same ? { ...hold, created: same.created } : hold;
  });
}

const blobEntry = (path: string, sha: string): TreeEntry => ({
  path,
  mode: '100644',
  type: 'blob',
  sha,
});

/** Read the base and the target, check for conflicts, plan the inverse and the holds. */
async function planRollbackOnBase(
  api: GitHubApi,
  request: RollbackRequest,
  log: PromotionLog,
): Promise<RollbackState> {
  const repository = request.repository;
  // The base, the rollback branch, its open pull request and its holds file in one request.
  const snapshot = await readPromotionSnapshot(api, repository, {
    base: request.base,
    branch: request.branch,
    branchFile: request.holds.path,
  });
  const { base } = snapshot;
  const baseSha = snapshot.baseHead.sha;
  const promotion = { branch: snapshot.branch, pull: snapshot.pull };
  const [target, tree] = await Promise.all([
    readRevertTarget(api, repository, request.revert),
    readTree(api, repository, baseSha),
  ]);
  log.info(
    `Rolling back ${targetName(target)} (${target.changes.length} recorded change(s)) on ${base} at ${baseSha}.`,
  );
  const held = await readHoldsAtBase(api, repository, tree.entries, request.holds.path);
  const changes = changesNotHeld(target, held, request, log);
  const paths = new Set(changedFilePaths(changes));
  const files: PromotionSource[] = await readFileTexts(
    api,
    repository,
    tree.entries.filter((e) => e.type === 'blob' && paths.has(e.path)),
  );
  const conflicts = findRollbackConflicts(files, changes);
  if (conflicts.length > 0) {
    const later = await findLaterCommit(
      api,
      repository,
      { target: target.sha, head: baseSha },
      conflicts,
    );
    throw new RollbackConflictError(targetName(target), later, conflicts);
  }
  const plan = planRollback({ files, changes });
  const fresh = rollbackHolds(changes, {
    environment: request.environment,
    commit: target.sha,
    reason:
      `rolled back by open-promotion-pr: revert ${targetName(target)} (${target.subject})`.slice(
        0,
        300,
      ),
    now: request.now,
  });
  const holds = await keepEarlierTimes(api, request, snapshot.branchFile, fresh);
  if (plan.changes.length > 0) {
    const after = addHolds(request.holds.path, held.text, holds);
    if (after !== held.text)
      plan.files.push({
        path: request.holds.path,
        mode: held.mode ?? '100644',
        before: held.text ?? '',
        after,
      });
  }
  const entries = tree.entries;
  return { base, baseSha, treeSha: tree.sha, plan, entries, promotion, target, holds };
}

/** Plan the rollback on the current base, then write its commit and pull request (or nothing). */
export async function openRollback(
  api: GitHubApi,
  request: RollbackRequest,
  log: PromotionLog,
): Promise<RollbackResult> {
  const state = await planRollbackOnBase(api, request, log);
  const { base, plan, target } = state;
  if (plan.changes.length === 0) {
    log.info(
      `Nothing to roll back in ${fullName(request.repository)}@${base}: every change of ${targetName(target)} is held.`,
    );
    return {
      operation: 'none',
      base,
      branch: '',
      commitSha: '',
      plan,
      autoMerge: 'off',
      target,
      holds: [],
    };
  }
  const title = rollbackTitle(request, plan.services, target);
  const body = rollbackBody(request, plan, target, state.holds, request.holds.path);
  const message = withChangeTrailers(
    `${title}\n\nThis reverts commit ${target.sha}.`,
    plan.changes,
  );
  const promotion: PromotionRequest = {
    ...request,
    labels: [...request.labels, ROLLBACK_LABEL],
    componentTags: {},
    write: 'tag+digest',
    filePatterns: [],
  };
  const commit = await commitOnBase(api, promotion, state, message, log);
  const opened = await openOrUpdate(api, promotion, base, { title, body }, state.promotion);
  const finished = await finishPullRequest(
    api,
    promotion,
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
    target,
    holds: state.holds,
    at: { base, baseSha: state.baseSha, entries: state.entries },
  };
}
