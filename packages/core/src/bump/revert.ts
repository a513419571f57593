/**
 * bump-values' rollback: read the `Promote-Change` trailers of an earlier bump in the
 * workspace's history, plan the inverse bump against the current files with the same
 * byte-exact engine, fail before writing when a later commit moved the same values (naming it),
 * write the inverse and a hold per rolled-back service, commit them together, and push with the
 * same re-plan retry as a bump. Downgrades are what a revert is for, so it never refuses one.
 */
import { existsSync } from 'node:fs';
import type { Change } from '../change.js';
import { InputError, PromoteError } from '../errors.js';
import { matchFilePatterns } from '../file-patterns.js';
import {
  parseChangeTrailers,
  type RecordedChange,
  withChangeTrailers,
} from '../git/change-trailers.js';
import { commitChanges } from '../git/commit.js';
import { runGit } from '../git/git-cli.js';
import { addHolds, type Hold } from '../promotion/holds.js';
import type { PromotionPlan, PromotionSource } from '../promotion/promotion-plan.js';
import { RollbackConflictError } from '../promotion/revert-target.js';
import {
  changedFilePaths,
  changesOfServices,
  findRollbackConflicts,
  planRollback,
  type RollbackConflict,
  rollbackHolds,
} from '../promotion/rollback-plan.js';
import { readWorkspaceText, resolveInWorkspace, writeFileAtomic } from '../workspace-files.js';
import type { BumpPorts } from './bump-request.js';
import { pushReplanning } from './push-replanning.js';
import {
  readWorkspaceHolds,
  servicesNotHeld,
  type WorkspaceHoldsSetting,
} from './workspace-holds.js';

/** What a revert is asked to do, parsed and checked by the caller. */
export interface RevertRequest {
  workspace: string;
  /** The commit to revert (the `revert` input), a SHA in the workspace's history. */
  revert: string;
  /** Revert (and hold) only these services of the commit; absent or empty: all. */
  services?: readonly string[];
  /** Glob lines (`{env}` replaced): every file the reverted commit changed must match them. */
  filePatterns: readonly string[];
  /** The environment the holds are written for (and honoured in). */
  environment: string;
  holds: WorkspaceHoldsSetting;
  dryRun: boolean;
  commit: boolean;
  push: boolean;
  /** The commit message's title and body; '' for the default. */
  commitMessage: string;
  pushRetries: number;
  fallbackBranch: string;
  /** The time the holds record. */
  now: Date;
}

/** The commit a revert undoes, as read from the workspace's history. */
export interface RevertedCommit {
  sha: string;
  subject: string;
  changes: RecordedChange[];
}

/** What a revert did: the value changes, the files written (holds file included), the holds. */
export interface RevertOutcome {
  target: RevertedCommit;
  changes: Change[];
  changedFiles: string[];
  holds: Hold[];
  commitSha: string;
}

/** A revert's whole plan on one tree: the inverse edits and the holds file. */
interface RevertPlan {
  plan: PromotionPlan;
  holds: Hold[];
  /** The holds file's new text; undefined when it does not change. */
  holdsText?: string;
}

const SHA = /^[0-9a-f]{7,40}$/i;

/** Resolve `revert` to a commit of HEAD's history, and read its recorded changes. */
export async function readRevertedCommit(
  workspace: string,
  revert: string,
  env?: NodeJS.ProcessEnv,
): Promise<RevertedCommit> {
  const value = revert.trim();
  if (!SHA.test(value))
    throw new InputError('revert', revert, 'must be a commit SHA (7 to 40 hex digits)');
  const git = { cwd: workspace, env, okExitCodes: [1, 128] };
  const resolved = await runGit(['rev-parse', '--verify', '--quiet', `${value}^{commit}`], git);
  if (resolved.exitCode !== 0)
    throw new InputError(
      'revert',
      revert,
      'is not a commit of the workspace; check it out with its history (actions/checkout with fetch-depth: 0)',
    );
  const sha = resolved.stdout.trim();
  const ancestor = await runGit(['merge-base', '--is-ancestor', sha, 'HEAD'], git);
  if (ancestor.exitCode !== 0)
    throw new InputError('revert', revert, "is not in the history of the workspace's HEAD");
  const message = (await runGit(['show', '-s', '--format=%B', sha], { cwd: workspace, env }))
    .stdout;
  const changes = parseChangeTrailers(message);
  if (changes.length === 0)
    throw new PromoteError(
      `Commit ${sha} records no Promote-Change trailers, so there is nothing to invert: only ` +
        'bumps made by bump-values or open-promotion-pr can be reverted this way.',
    );
  return { sha, subject: message.split('\n', 1)[0] ?? '', changes };
}

/** Refuse a revert that would write a file `files` does not match: the input bounds every write. */
function checkInFiles(changes: readonly RecordedChange[], patterns: readonly string[]): void {
  const paths = changedFilePaths(changes);
  const { files } = matchFilePatterns(paths, patterns);
  const outside = paths.filter((path) => !files.includes(path));
  if (outside.length > 0)
    throw new InputError(
      'files',
      patterns.join('\n'),
      `does not match ${outside.join(', ')}, which the reverted commit changed; nothing was written`,
    );
}

/** The current text of each file the changes name; a missing file is left out (a conflict). */
function readChangedFiles(workspace: string, changes: readonly RecordedChange[]) {
  const files: PromotionSource[] = [];
  for (const path of changedFilePaths(changes)) {
    const absolute = resolveInWorkspace(workspace, path, 'revert');
    if (!existsSync(absolute)) continue;
    const text = readWorkspaceText(absolute, path);
    files.push({ path, mode: '100644', type: 'blob', sha: '', text });
  }
  return files;
}

/**
 * The newest commit after `target` that changed a conflicting value: by its change trailers,
 * else the newest that touched one of their files.
 */
export async function laterCommitOf(
  workspace: string,
  target: string,
  conflicts: readonly RollbackConflict[],
  env?: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const files = [...new Set(conflicts.map((c) => c.file))];
  const log = await runGit(
    ['--literal-pathspecs', 'log', '--format=%H%x1f%B%x1e', `${target}..HEAD`, '--', ...files],
    { cwd: workspace, env },
  );
  const commits = log.stdout
    .split('\x1e')
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.includes('\x1f'))
    .map((record) => {
      const [sha = '', message = ''] = record.split('\x1f');
      return { sha, message };
    });
  const byTrailer = commits.find(({ message }) => {
    const recorded = safeTrailers(message);
    return conflicts.some((c) =>
      recorded.some((r) => r.service === c.service && r.file === c.file && r.field === c.field),
    );
  });
  return (byTrailer ?? commits[0])?.sha;
}

function safeTrailers(message: string): RecordedChange[] {
  try {
    return parseChangeTrailers(message);
  } catch {
    return [];
  }
}

/** The recorded changes of the services asked for, not held (held ones dropped with a notice). */
function changesNotHeld(request: RevertRequest, target: RevertedCommit, ports: BumpPorts) {
  const { file } = readWorkspaceHolds(request.workspace, request.holds.path);
  const what = `commit ${target.sha.slice(0, 12)}`;
  const asked = changesOfServices(target.changes, request.services ?? [], what);
  const services = Object.fromEntries(asked.map((c) => [c.service, { tag: 'held' }]));
  const free = servicesNotHeld(services, file, request.holds, request.environment, ports.log);
  const changes = asked.filter((c) => Object.hasOwn(free, c.service));
  if (changes.length === 0)
    throw new PromoteError(
      `Every service commit ${target.sha.slice(0, 12)} changed is held in ` +
        `'${request.environment}' by ${request.holds.path}, so nothing would be reverted. ` +
        "Delete those entries, or set 'ignore-holds: true' for this run.",
    );
  return changes;
}

/** Plan the revert on the workspace as it is now; throws before writing on a conflict. */
async function planRevert(
  request: RevertRequest,
  target: RevertedCommit,
  ports: BumpPorts,
): Promise<RevertPlan> {
  const { workspace } = request;
  const changes = changesNotHeld(request, target, ports);
  checkInFiles(changes, request.filePatterns);
  const files = readChangedFiles(workspace, changes);
  const conflicts = findRollbackConflicts(files, changes);
  if (conflicts.length > 0) {
    const later = await laterCommitOf(workspace, target.sha, conflicts, ports.git?.env);
    throw new RollbackConflictError(target.sha.slice(0, 12), later, conflicts);
  }
  const plan = planRollback({ files, changes });
  if (plan.changes.length === 0) return { plan, holds: [] };
  const holds = rollbackHolds(changes, {
    environment: request.environment,
    commit: target.sha,
    reason: `reverted by bump-values: ${target.sha.slice(0, 12)} (${target.subject})`.slice(0, 300),
    now: request.now,
  });
  const current = readWorkspaceHolds(workspace, request.holds.path).text;
  const holdsText = addHolds(request.holds.path, current, holds);
  return { plan, holds, ...(holdsText === current ? {} : { holdsText }) };
}

/** The files the revert writes: the inverse edits, then the holds file. */
function pathsOf(revert: RevertPlan, holdsPath: string): string[] {
  const paths = revert.plan.files.map((f) => f.path);
  return revert.holdsText === undefined ? paths : [...paths, holdsPath];
}

/** Write every file of the plan atomically, inside the workspace (the holds file last). */
function writeRevert(workspace: string, revert: RevertPlan, holdsPath: string): void {
  for (const file of revert.plan.files)
    writeFileAtomic(resolveInWorkspace(workspace, file.path, 'files'), file.after);
  if (revert.holdsText !== undefined)
    writeFileAtomic(resolveInWorkspace(workspace, holdsPath, 'holds-file'), revert.holdsText);
}

/** `revert(deploy): roll back api, web in prod (reverts abc1234) [skip ci]`, or the caller's. */
export function revertCommitMessage(
  request: Pick<RevertRequest, 'commitMessage' | 'environment'>,
  target: RevertedCommit,
  services: readonly string[],
): string {
  if (request.commitMessage.trim() !== '') return request.commitMessage;
  const where = request.environment ? ` in ${request.environment}` : '';
  const title = `revert(deploy): roll back ${services.join(', ')}${where} (reverts ${target.sha.slice(0, 7)}) [skip ci]`;
  return `${title}\n\nThis reverts commit ${target.sha}.`;
}

function messageOf(request: RevertRequest, target: RevertedCommit, revert: RevertPlan): string {
  const body = revertCommitMessage(request, target, revert.plan.services);
  return withChangeTrailers(body, revert.plan.changes);
}

/** Commit the written revert, then push it, re-planning on the new head after each rejection. */
async function commitAndPush(
  request: RevertRequest,
  target: RevertedCommit,
  first: RevertPlan,
  ports: BumpPorts,
): Promise<{ last: RevertPlan; commitSha: string }> {
  const { workspace } = request;
  const { log, git = {} } = ports;
  const files = pathsOf(first, request.holds.path);
  const message = messageOf(request, target, first);
  const sha = (await commitChanges({ cwd: workspace, env: git.env, files, message })) ?? '';
  log.info(`Committed ${sha}`);
  if (!request.push || sha === '') return { last: first, commitSha: sha };
  let last = first;
  const replan = async () => {
    last = await planRevert(request, target, ports);
    if (last.plan.changes.length === 0) return null;
    writeRevert(workspace, last, request.holds.path);
    return { message: messageOf(request, target, last), files: pathsOf(last, request.holds.path) };
  };
  const { pushed } = await pushReplanning(workspace, request, ports, replan, 'the revert');
  return { last, commitSha: pushed.status === 'pushed' ? pushed.sha : '' };
}

/** Read, check, plan, write, commit and push a revert as the request says. */
export async function revertWorkspace(
  request: RevertRequest,
  ports: BumpPorts,
): Promise<RevertOutcome> {
  const target = await readRevertedCommit(request.workspace, request.revert, ports.git?.env);
  ports.log.info(
    `Reverting ${target.sha} (${target.changes.length} recorded change(s)): ${target.subject}`,
  );
  const first = await planRevert(request, target, ports);
  const outcome = (revert: RevertPlan, commitSha: string): RevertOutcome => ({
    target,
    changes: revert.plan.changes,
    changedFiles: pathsOf(revert, request.holds.path),
    holds: revert.holds,
    commitSha,
  });
  for (const change of first.plan.changes)
    ports.log.info(
      `${change.file}:${change.line} ${change.service} ${change.field}: ${change.from} -> ${change.to}`,
    );
  if (request.dryRun || first.plan.changes.length === 0) return outcome(first, '');
  writeRevert(request.workspace, first, request.holds.path);
  if (!request.commit && !request.push) return outcome(first, '');
  const { last, commitSha } = await commitAndPush(request, target, first, ports);
  return outcome(last, commitSha);
}
