/**
 * What a promotion contains: for each service it moves, the app's commits between the source
 * commit the target runs now and the one it will run. The proposed commit is component-tags'
 * `sha`, else the revision label of the proposed digest; the running one is the revision label
 * of the digest the target's file holds. Best-effort throughout: whatever is unknown or
 * unreachable gives a note in the section, never a failure, and without a source repository or
 * a token to read it nothing is asked of the registry or of GitHub.
 */
import type { Change } from '../change.js';
import type { ComponentTag, ComponentTags } from '../component-tags.js';
import { findImageOccurrences } from '../image-edit/find-occurrences.js';
import type { ImageOccurrence } from '../image-edit/image-occurrence.js';
import { inlineCode } from '../markdown.js';
import { type GitHubApi, httpStatusOf, type RepositoryName } from './github-api.js';
import {
  type RevisionRead,
  type RevisionRegistry,
  tryReadImageRevision,
} from './image-revision.js';
import type { PlannedFile, PromotionPlan } from './promotion-plan.js';
import {
  sourceCommitsSection,
  type SourceCommits,
  tryReadSourceCommits,
} from './source-commits.js';

/** Where the commits are read: the app repository through the API, revisions from the registry. */
export interface ContentsSources {
  /** Reads `repository`; absent when no token can. */
  api?: GitHubApi;
  /** The app repository (`source-repository`); absent when unknown. */
  repository?: RepositoryName;
  /** Reads images' revision labels; absent: only component-tags' `sha` is known. */
  registry?: RevisionRegistry;
}

/** The Markdown that lists what the promotion brings, one section per service. */
export interface PromotionContents {
  markdown: string;
  /** Per service, the commits or the note that says why they are not listed. */
  services: Array<{ service: string; commits: SourceCommits }>;
  /**
   * Per moved service, the source commit its proposed image was built from, when known:
   * component-tags' `sha`, else the image's revision label. The review table's source commit.
   */
  revisions: Readonly<Record<string, string>>;
}

/** One service's image before and after: repository and digests as the files and tags hold them. */
export interface ServiceMove {
  service: string;
  /** The repository the target's file writes, and the one component-tags names (else the same). */
  repository?: string;
  proposedRepository?: string;
  runningDigest?: string;
  proposedDigest?: string;
  /** component-tags' `sha` of the proposed image, when recorded. */
  proposedSha?: string;
}

const HEADING = '### What this promotion brings';

/**
 * The most characters the section takes, heading and notes included: under a third of the
 * 65,536 GitHub allows a pull request body, so the review table keeps room beside it, and a
 * small part of a job summary's 1 MiB whatever the number of services.
 */
export const MAX_CONTENTS_CHARS = 20_000;
const SHA = /^[0-9a-f]{7,40}$/;

/** A file's occurrences by line: of the occurrence and of each field (the first one wins). */
type OccurrencesByLine = ReadonlyMap<number, ImageOccurrence>;

function occurrencesByLine(file: PlannedFile): OccurrencesByLine {
  const byLine = new Map<number, ImageOccurrence>();
  for (const o of findImageOccurrences(file.path, file.before).occurrences)
    for (const line of [o.line, o.fields.tag?.line, o.fields.digest?.line, o.fields.ref?.line])
      if (line !== undefined && !byLine.has(line)) byLine.set(line, o);
  return byLine;
}

/**
 * The occurrence a change was made in (by file and line of the occurrence or of a field). Each
 * file is parsed once, on its first change, and kept in `parsed`: a file holds thousands of
 * services, and parsing it per service made the list quadratic.
 */
function occurrenceOf(
  files: readonly PlannedFile[],
  parsed: Map<string, OccurrencesByLine>,
  change: Change,
): ImageOccurrence | undefined {
  let byLine = parsed.get(change.file);
  if (byLine === undefined) {
    const file = files.find((f) => f.path === change.file);
    if (!file) return undefined;
    byLine = occurrencesByLine(file);
    parsed.set(change.file, byLine);
  }
  return byLine.get(change.line);
}

/** What moves for one service: the first occurrence it changes, and its component tag. */
function serviceMove(
  changes: readonly Change[],
  occurrence: (change: Change) => ImageOccurrence | undefined,
  service: string,
  entry: ComponentTag | undefined,
): ServiceMove {
  const first = changes[0];
  const occ = first ? occurrence(first) : undefined;
  const repository = occ?.repository ?? occ?.chartDefault?.repository ?? entry?.image;
  const proposedRepository = entry?.image ?? repository;
  const digestChange = changes.find((c) => c.field === 'digest');
  const proposedDigest = entry?.digest ?? digestChange?.to ?? occ?.digest;
  return {
    service,
    ...(repository ? { repository } : {}),
    ...(proposedRepository ? { proposedRepository } : {}),
    ...(occ?.digest ? { runningDigest: occ.digest } : {}),
    ...(proposedDigest ? { proposedDigest } : {}),
    ...(entry?.sha && SHA.test(entry.sha) ? { proposedSha: entry.sha } : {}),
  };
}

/** The plan's changes by service, each service's in the plan's order. */
function changesByService(changes: readonly Change[]): Map<string, Change[]> {
  const byService = new Map<string, Change[]>();
  for (const change of changes) {
    const list = byService.get(change.service);
    if (list) list.push(change);
    else byService.set(change.service, [change]);
  }
  return byService;
}

/** The moves of every service the plan changes, in its order; linear in the plan's size. */
export function serviceMoves(plan: PromotionPlan, componentTags: ComponentTags): ServiceMove[] {
  const byService = changesByService(plan.changes);
  const parsed = new Map<string, OccurrencesByLine>();
  const occurrence = (change: Change) => occurrenceOf(plan.files, parsed, change);
  return plan.services.map((s) =>
    serviceMove(byService.get(s) ?? [], occurrence, s, componentTags[s]),
  );
}

const notListed = (why: string) => `The source commits are not listed: ${why}.`;
const omitted = (why: string): SourceCommits => ({ kind: 'omitted', note: notListed(why) });

/** The revision of one side of a move, or the note that says why it is unknown. */
async function revisionOf(
  registry: RevisionRegistry | undefined,
  move: ServiceMove,
  side: 'running' | 'proposed',
): Promise<RevisionRead> {
  if (side === 'proposed' && move.proposedSha) return { kind: 'found', revision: move.proposedSha };
  const running = side === 'running';
  const digest = running ? move.runningDigest : move.proposedDigest;
  const repository = running ? move.repository : move.proposedRepository;
  if (!digest)
    return {
      kind: 'unknown',
      note: `the ${side} image of ${inlineCode(move.service)} is not pinned by digest`,
    };
  if (!repository)
    return { kind: 'unknown', note: `the repository of the ${side} image is unknown` };
  if (!registry) return { kind: 'unknown', note: 'no registry was given to read its labels' };
  return tryReadImageRevision(registry, repository, digest);
}

/** The same commit, one written short: `abc1234` and `abc1234def…`. */
function sameCommit(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** One move's commits, and the proposed image's source commit when known. */
async function moveContents(
  sources: ContentsSources,
  move: ServiceMove,
): Promise<{ commits: SourceCommits; proposed?: string }> {
  const [running, proposed] = await Promise.all([
    revisionOf(sources.registry, move, 'running'),
    revisionOf(sources.registry, move, 'proposed'),
  ]);
  const commits = await commitsOf(sources, move, running, proposed);
  return { commits, ...(proposed.kind === 'found' ? { proposed: proposed.revision } : {}) };
}

/** The commits a compare gives for one move; a GitHub error is a note, never a throw. */
async function commitsOf(
  sources: ContentsSources,
  move: ServiceMove,
  running: RevisionRead,
  proposed: RevisionRead,
): Promise<SourceCommits> {
  if (running.kind === 'unknown') return omitted(running.note);
  if (proposed.kind === 'unknown') return omitted(proposed.note);
  if (sameCommit(running.revision, proposed.revision))
    return { kind: 'listed', commits: [], total: 0, compareUrl: '' };
  try {
    return await tryReadSourceCommits(sources.api, sources.repository, {
      from: running.revision,
      to: proposed.revision,
    });
  } catch (error) {
    const status = httpStatusOf(error);
    if (!(error instanceof Error)) throw error;
    return omitted(`the comparison failed (${status ?? error.message})`);
  }
}

/** `… and 4 more services: …`, the line that ends a section cut short. */
function moreServicesNote(more: number): string {
  return `… and ${more} more ${more === 1 ? 'service' : 'services'}: their commits are not listed here, the review table names every change.`;
}

/**
 * The heading and the services' sections, in order, as many as fit in `max` characters with
 * the line that says how many more were left out.
 */
export function contentsMarkdown(sections: readonly string[], max = MAX_CONTENTS_CHARS): string {
  const kept = [HEADING];
  let size = HEADING.length;
  for (const [i, section] of sections.entries()) {
    const note = i + 1 < sections.length ? moreServicesNote(sections.length - i - 1).length + 2 : 0;
    if (size + 2 + section.length + note > max) {
      kept.push(moreServicesNote(sections.length - i));
      break;
    }
    kept.push(section);
    size += 2 + section.length;
  }
  return kept.join('\n\n');
}

/**
 * The section of the pull request body that lists what each moved service brings. Without
 * a source repository or an API to read it, one note and no request at all.
 */
export async function readPromotionContents(
  sources: ContentsSources,
  plan: PromotionPlan,
  componentTags: ComponentTags,
): Promise<PromotionContents> {
  if (!sources.api || !sources.repository) {
    const note = sources.repository
      ? `no token can read ${inlineCode(`${sources.repository.owner}/${sources.repository.repo}`)}`
      : 'no source repository was given (`source-repository`)';
    return { markdown: `${HEADING}\n\n${notListed(note)}`, services: [], revisions: {} };
  }
  const moves = await Promise.all(
    serviceMoves(plan, componentTags).map(async (move) => ({
      service: move.service,
      ...(await moveContents(sources, move)),
    })),
  );
  const services = moves.map(({ service, commits }) => ({ service, commits }));
  const revisions = Object.fromEntries(
    moves.flatMap((m) => (m.proposed ? [[m.service, m.proposed]] : [])),
  );
  const sections = services.map((s) => sourceCommitsSection(s.service, s.commits));
  return { markdown: contentsMarkdown(sections), services, revisions };
}
