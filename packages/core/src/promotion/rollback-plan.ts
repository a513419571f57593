/**
 * Plan a rollback: the inverse of a recorded bump (its `Promote-Change` trailers) against the
 * files as they are now, with the same byte-exact engine as a bump. Pure. Before planning, it
 * checks that every value still holds what the bump wrote: a value changed since is a conflict,
 * which the caller turns into a failure naming the later commit, before anything is written.
 */
import type { ChangeField } from '../change.js';
import type { ComponentTag } from '../component-tags.js';
import { InputError, PromoteError } from '../errors.js';
import { changeKind, type RecordedChange } from '../git/change-trailers.js';
import { bumpFiles } from '../image-edit/bump-files.js';
import { findImageOccurrences } from '../image-edit/find-occurrences.js';
import type { WriteMode } from '../image-edit/image-occurrence.js';
import type { Hold } from './holds.js';
import type { PlannedFile, PromotionPlan, PromotionSource } from './promotion-plan.js';

/** A value the bump wrote that is not there any more. */
export interface RollbackConflict {
  service: string;
  file: string;
  field: ChangeField;
  /** What the reverted commit wrote. */
  recorded: string;
  /** What the file holds now; undefined when the value (or the file) is gone. */
  current: string | undefined;
}

/** A rollback cannot be planned as asked: a change it cannot invert (an added image, …). */
export class RollbackError extends PromoteError {
  override name = 'RollbackError';
}

/** One service's recorded values in one file: field -> {from, to}. */
interface ServiceChanges {
  file: string;
  service: string;
  fields: Map<ChangeField, { from: string; to: string }>;
}

/** A placeholder tag for a digest-only write: the engine needs a valid tag it does not write. */
const UNWRITTEN_TAG = 'unwritten';

/** The changes grouped by (file, service), in first-seen order; the earliest `from` wins. */
function groupChanges(changes: readonly RecordedChange[]): ServiceChanges[] {
  const groups = new Map<string, ServiceChanges>();
  for (const change of changes) {
    if (change.field === 'image' || changeKind(change) !== 'replace')
      throw new RollbackError(
        `The change of ${change.field} of '${change.service}' in ${change.file} ` +
          `(${JSON.stringify(change.from)} -> ${JSON.stringify(change.to)}) adds, removes or ` +
          'moves an image; a rollback only restores replaced tags and digests. Revert it by hand.',
      );
    const key = `${change.file}\u0000${change.service}`;
    const group = groups.get(key) ?? {
      file: change.file,
      service: change.service,
      fields: new Map(),
    };
    const seen = group.fields.get(change.field);
    group.fields.set(change.field, { from: seen?.from ?? change.from, to: change.to });
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The component tag and write mode that make a service hold `side` of its recorded values. */
function entryFor(
  group: ServiceChanges,
  side: 'from' | 'to',
): { entry: ComponentTag; write: WriteMode } {
  const tag = group.fields.get('tag')?.[side];
  const digest = group.fields.get('digest')?.[side];
  const write: WriteMode = tag && digest ? 'tag+digest' : tag ? 'tag' : 'digest';
  return { entry: { tag: tag ?? UNWRITTEN_TAG, ...(digest ? { digest } : {}) }, write };
}

/**
 * The repository of the service's image in this text when the service is not named by the
 * location (a top-level `image:` map, matched by its repository when it was bumped): the one
 * occurrence hinting the service's name, else the one holding the recorded values.
 */
function imageIn(path: string, text: string, group: ServiceChanges): string | undefined {
  const found = findImageOccurrences(path, text).occurrences;
  if (found.some((occ) => occ.matchNames.includes(group.service))) return undefined;
  const holds = (occ: (typeof found)[number], side: 'from' | 'to') =>
    [...group.fields].every(([field, v]) => (field === 'tag' ? occ.tag : occ.digest) === v[side]);
  for (const pick of [
    (occ: (typeof found)[number]) => occ.serviceHint === group.service,
    (occ: (typeof found)[number]) => holds(occ, 'to') || holds(occ, 'from'),
  ]) {
    const candidates = found.filter((occ) => pick(occ) && occ.repository !== undefined);
    if (candidates.length === 1) return candidates[0]?.repository;
  }
  return undefined;
}

/** Bump one service in one text to one side of its recorded values. */
function bumpTo(path: string, text: string, group: ServiceChanges, side: 'from' | 'to') {
  const { entry, write } = entryFor(group, side);
  const image = imageIn(path, text, group);
  return bumpFiles({
    files: [{ path, text }],
    componentTags: { [group.service]: image ? { ...entry, image } : entry },
    write,
    // A rollback moves values back on purpose: it is never refused as a downgrade.
    allowDowngrade: true,
  });
}

/** The values that no longer hold what the reverted bump wrote. */
export function findRollbackConflicts(
  files: readonly PromotionSource[],
  changes: readonly RecordedChange[],
): RollbackConflict[] {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const conflicts: RollbackConflict[] = [];
  for (const group of groupChanges(changes)) {
    const text = texts.get(group.file);
    const forward = text === undefined ? undefined : bumpTo(group.file, text, group, 'to');
    const gone = forward === undefined || forward.unmatchedServices.includes(group.service);
    for (const [field, values] of group.fields) {
      const changed = forward?.changes.find((c) => c.field === field);
      if (gone || changed)
        conflicts.push({
          service: group.service,
          file: group.file,
          field,
          recorded: values.to,
          current: gone ? undefined : changed?.from,
        });
    }
  }
  return conflicts;
}

/**
 * The recorded changes of the services `services` names (the `services` input; empty: every
 * one). A named service the commit (`what`, e.g. `#12 (abc1234)`) did not change is an error.
 */
export function changesOfServices(
  changes: readonly RecordedChange[],
  services: readonly string[],
  what: string,
): RecordedChange[] {
  if (services.length === 0) return [...changes];
  const changed = [...new Set(changes.map((c) => c.service))].sort();
  for (const service of services)
    if (!changed.includes(service))
      throw new InputError(
        'services',
        service,
        `is not a service that ${what} changed; it changed ${changed.join(', ')}`,
      );
  return changes.filter((c) => services.includes(c.service));
}

/** The files a recorded bump touched, as `files` of a rollback must include them. */
export function changedFilePaths(changes: readonly RecordedChange[]): string[] {
  return [...new Set(changes.map((c) => c.file))].sort();
}

export interface RollbackPlanInput {
  /** The current text of every file the changes name (see `changedFilePaths`). */
  files: readonly PromotionSource[];
  /** The changes the reverted commit recorded (not yet inverted). */
  changes: readonly RecordedChange[];
}

/**
 * The inverse plan: every recorded value set back to its `from`, byte-exact. Call
 * `findRollbackConflicts` first; a value that moved makes this throw from the engine.
 */
export function planRollback(input: RollbackPlanInput): PromotionPlan {
  const sources = new Map(input.files.map((f) => [f.path, f]));
  const after = new Map<string, string>();
  const plan: PromotionPlan = {
    files: [],
    changes: [],
    services: [],
    unmatchedServices: [],
    skipped: [],
    leftAlone: [],
  };
  for (const group of groupChanges(input.changes)) {
    const source = sources.get(group.file);
    if (!source) throw new RollbackError(`${group.file} is not in the repository any more.`);
    const result = bumpTo(group.file, after.get(group.file) ?? source.text, group, 'from');
    for (const file of result.files) after.set(file.path, file.after);
    plan.changes.push(...result.changes);
  }
  plan.files = [...after].map(([path, text]): PlannedFile => {
    const source = sources.get(path) as PromotionSource;
    return { path, mode: source.mode, before: source.text, after: text };
  });
  plan.services = [...new Set(plan.changes.map((c) => c.service))].sort();
  return plan;
}

/** The holds a rollback writes: one per service it rolled back, recording what it left. */
export function rollbackHolds(
  changes: readonly RecordedChange[],
  context: { environment: string; commit: string; reason: string; now: Date },
): Hold[] {
  const created = context.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const services = [...new Set(changes.map((c) => c.service))].sort();
  return services.map((service) => {
    const last = (field: ChangeField) =>
      changes.findLast((c) => c.service === service && c.field === field)?.to;
    const digest = last('digest');
    const tag = last('tag');
    return {
      service,
      environment: context.environment,
      ...(digest ? { digest } : {}),
      ...(tag ? { tag } : {}),
      reason: context.reason,
      commit: context.commit,
      created,
    };
  });
}
