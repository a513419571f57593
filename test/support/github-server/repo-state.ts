/**
 * What the server keeps beside git: repository settings, labels, pull requests, artifacts and
 * the commits GitHub would have signed.
 */
export interface RepoSettings {
  allowAutoMerge: boolean;
  allowMergeCommit: boolean;
  allowSquashMerge: boolean;
  allowRebaseMerge: boolean;
  deleteBranchOnMerge: boolean;
  private: boolean;
  description: string | null;
}

export type MergeMethod = 'merge' | 'squash' | 'rebase';

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface AutoMergeRecord {
  mergeMethod: MergeMethod;
  enabledBy: string;
  enabledAt: string;
  commitTitle: string;
  commitMessage: string;
}

export interface PullRecord {
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  /** Branch names in this repository. */
  head: string;
  base: string;
  /** The head commit when last seen (kept if the head branch is deleted). */
  headSha: string;
  /** Login of the author. */
  user: string;
  /** Label names, in the order they were added. */
  labels: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
  autoMerge: AutoMergeRecord | null;
  maintainerCanModify: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set when the pull request was merged (see `GitHubTestServer.mergePull`). */
  mergedAt?: string;
  mergeCommitSha?: string;
  mergedBy?: string;
  /** The base and head commits at the merge: a merged pull request's commits stay these. */
  mergedRange?: { base: string; head: string };
}

export interface ArtifactRecord {
  id: number;
  nodeId: string;
  runId: number;
  name: string;
  zip: Buffer;
  createdAt: string;
  expiresAt: string;
}

/** A commit status (`POST /statuses/{sha}`): one context's state on one commit. */
export interface CommitStatusRecord {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  /** Login of the account that set it. */
  creator: string;
  createdAt: string;
  updatedAt: string;
}

/** A check run (`POST /check-runs`) on one commit. */
export interface CheckRunRecord {
  id: number;
  sha: string;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion:
    | 'success'
    | 'failure'
    | 'neutral'
    | 'cancelled'
    | 'skipped'
    | 'timed_out'
    | 'action_required'
    | null;
  detailsUrl: string | null;
  startedAt: string;
  completedAt: string | null;
}

/** A commit GitHub signs itself (made through the API without a committer). */
export interface SignatureRecord {
  signature: string;
  payload: string;
  verifiedAt: string;
}

export const REPOSITORY_ID = 700_000_001;

/** A GraphQL-style global node id, stable for a kind and a key. */
export function nodeId(prefix: string, key: string | number): string {
  return `${prefix}_kwDO${Buffer.from(`${REPOSITORY_ID}:${key}`).toString('base64url')}`;
}

/** The current time as GitHub writes it: ISO 8601, whole seconds, UTC. */
export function isoNow(): string {
  return isoSeconds(new Date());
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class RepoState {
  readonly labels: LabelRecord[] = [];
  readonly pulls: PullRecord[] = [];
  readonly artifacts: ArtifactRecord[] = [];
  readonly signatures = new Map<string, SignatureRecord>();
  readonly statuses: CommitStatusRecord[] = [];
  readonly checkRuns: CheckRunRecord[] = [];
  readonly createdAt = isoNow();
  private lastIssueNumber = 0;
  private lastLabelId = 0;
  private lastArtifactId = 0;

  constructor(public settings: RepoSettings) {}

  /** The next number in the sequence issues and pull requests share. */
  nextIssueNumber(): number {
    return ++this.lastIssueNumber;
  }

  /** A label by name; GitHub compares label names without case. */
  findLabel(name: string): LabelRecord | undefined {
    return this.labels.find((label) => label.name.toLowerCase() === name.toLowerCase());
  }

  addLabel(name: string, color = 'ededed', description: string | null = null): LabelRecord {
    const id = 6_000_000_000 + ++this.lastLabelId;
    const label = { id, nodeId: nodeId('LA', id), name, color, description, default: false };
    this.labels.push(label);
    return label;
  }

  /** The label with this name, created (grey, no description) when missing. */
  ensureLabel(name: string): LabelRecord {
    return this.findLabel(name) ?? this.addLabel(name);
  }

  findPull(number: number): PullRecord | undefined {
    return this.pulls.find((pull) => pull.number === number);
  }

  findPullByNodeId(id: string): PullRecord | undefined {
    return this.pulls.find((pull) => pull.nodeId === id);
  }

  /** The next id of a commit status or a check run (one sequence, as ids are unique anyway). */
  nextStatusId(): number {
    return 3_000_000_000 + this.statuses.length + this.checkRuns.length + 1;
  }

  nextArtifactId(): number {
    return 8_000_000 + ++this.lastArtifactId;
  }
}
