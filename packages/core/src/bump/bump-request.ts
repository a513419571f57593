/** What bumpWorkspace is asked to do, the ports it works through, and what it reports. */
import type { Change } from '../change.js';
import type { ComponentTags } from '../component-tags.js';
import type { PushOutcome } from '../git/push-with-retry.js';
import type { WriteMode } from '../image-edit/image-occurrence.js';
import type { WorkspacePlan, WorkspacePlanInput } from './plan-workspace.js';
import type { WorkspaceHoldsSetting } from './workspace-holds.js';

/** Everything a bump needs, parsed and checked by the caller. */
export interface BumpRequest extends Omit<WorkspacePlanInput, 'filePatterns' | 'write'> {
  /** The repository checked out: every file read and written is inside it. */
  workspace: string;
  /** The services to bump (already filtered). */
  componentTags: ComponentTags;
  /** Glob lines, `{env}` already replaced. */
  filePatterns: readonly string[];
  write: WriteMode;
  /** The environment, for the default commit message; '' for none. */
  environment: string;
  /** Fail, rather than warn, when an affected service's image is found in no file. */
  failOnMissing: boolean;
  /** A `files` pattern matching no file is a warning, not a failure. */
  allowEmpty?: boolean;
  /** Plan and report only: write, commit and push nothing. */
  dryRun: boolean;
  commit: boolean;
  /** Push the commit (with re-plan retry); implies `commit`. */
  push: boolean;
  /** The commit message's title and body; '' for the default. */
  commitMessage: string;
  /** How many times to retry a rejected push. */
  pushRetries: number;
  /** The branch to push to when HEAD is detached (the workflow's ref name); '' for none. */
  fallbackBranch: string;
  /** The holds file and whether to honour it; absent: no holds are read. */
  holds?: WorkspaceHoldsSetting;
}

/** Where a bump reports progress; `where` places a warning at a file and line. */
export interface BumpLog {
  info(message: string): void;
  warning(message: string, where?: { file: string; line: number }): void;
}

/** The ports of a bump: its log, and how git runs (a test gives its own environment and clock). */
export interface BumpPorts {
  log: BumpLog;
  git?: {
    /** The whole environment of each git process; when absent git inherits the parent's. */
    env?: NodeJS.ProcessEnv;
    /** The wait before a retry; default a timer. */
    sleep?: (ms: number) => Promise<void>;
    /** In [0, 1), for the backoff's jitter; default Math.random. */
    random?: () => number;
  };
}

/** What a bump did. `plan` is the last plan made (a re-plan's after a retry): the one source. */
export interface BumpOutcome {
  plan: WorkspacePlan;
  /** The changes now in the workspace (and on the branch when pushed): the last plan's. */
  changes: Change[];
  /** The files those changes are in. */
  changedFiles: string[];
  /** The commit made (after a push: the pushed one); '' when none. */
  commitSha: string;
  /** How the push ended, and to which branch; absent when nothing was pushed. */
  push?: PushOutcome & { branch: string };
  /** Set when holds left out every service asked for: those services; nothing was planned. */
  everyServiceHeld?: readonly string[];
}
