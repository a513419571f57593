/**
 * Plan a bump: for every file, find the occurrences, match them to the affected services and
 * compute the splices. Every fail-closed problem throws here, before anything is written.
 */
import type { Change } from '../change.js';
import type { ComponentTags } from '../component-tags.js';
import { InputError } from '../errors.js';
import type { TreeSource } from '../verify/chart-files.js';
import { type AnalysedFile, analyseFile, findImageOccurrences } from './find-occurrences.js';
import { createOverlayReader } from './helm-overlays.js';
import {
  DowngradeError,
  EditConflictError,
  IdentityMismatchError,
  UnsafeOccurrenceError,
} from './image-edit-errors.js';
import {
  type Edit,
  type ImageOccurrence,
  type SkippedOccurrence,
  type SourceFile,
  WRITE_MODES,
  type WriteMode,
} from './image-occurrence.js';
import { occurrenceEdits, type PlannedEdit } from './occurrence-edits.js';
import { downgradeProblem } from './tag-order.js';
import type { ChartAppVersion } from './chart-app-version.js';
import { activeFluxNamespace, type FluxNamespace, inOtherNamespace } from './flux-namespaces.js';
import {
  indexServices,
  mismatchedRepository,
  type ServiceIndex,
  servicesOf,
} from './service-index.js';

/** What to bump, where, and which values to write. */
export interface PlanInput {
  files: readonly SourceFile[];
  componentTags: ComponentTags;
  /** The services to bump; all services of the component tags when absent. */
  services?: readonly string[];
  write: WriteMode;
  /**
   * The tree the files are in (paths and a reader), so that a Helm overlay
   * (`values-prod.yaml` without repositories) is identified by its chart's `values.yaml`.
   * Without it, each file is read on its own.
   */
  tree?: TreeSource;
  /** Let a tag move backwards (a rollback); by default a downgrade fails the plan. */
  allowDowngrade?: boolean;
  /** Write only the Flux markers of this namespace (see `flux-namespaces.ts`). */
  fluxNamespace?: FluxNamespace;
  /** Keep bumped charts' `appVersion` in step (needs `tree`; see `chart-app-version.ts`). */
  chartAppVersion?: ChartAppVersion;
}

/** The planned splices, the field-level changes they make, and what was not found. */
export interface EditPlan {
  edits: Edit[];
  changes: Change[];
  /** Affected services no occurrence in any file belongs to. */
  unmatchedServices: string[];
  /** Occurrences no affected service needs that could not be read (for warnings). */
  skipped: SkippedOccurrence[];
  /** Occurrences of affected services left alone: their Flux marker is of another namespace. */
  leftAlone: ImageOccurrence[];
}

const KNOWN_WRITE_MODES: ReadonlySet<string> = new Set(WRITE_MODES);

/** Fail closed on a skipped occurrence that belongs to an affected service. */
function checkSkipped(skipped: SkippedOccurrence, index: ServiceIndex): void {
  const services = servicesOf(skipped, index);
  checkIdentity(skipped, services, index);
  const [service] = services;
  if (service === undefined) return;
  const field = skipped.field && skipped.kind !== 'image-string' ? ` ${skipped.field}` : '';
  throw new UnsafeOccurrenceError(
    skipped.file,
    skipped.line,
    service,
    skipped.reason,
    `${skipped.keyPath || 'the marker'}${field} (service '${service}') ${withoutField(skipped)}; ` +
      'it cannot be edited safely, so nothing was written. Write the value out plainly here, ' +
      'or leave the service out of this bump.',
  );
}

/** Fail closed when an occurrence named after a service is written with another image. */
function checkIdentity(
  item: ImageOccurrence | SkippedOccurrence,
  services: readonly string[],
  index: ServiceIndex,
): void {
  for (const service of services) {
    const found = mismatchedRepository(item, service, index);
    if (found === undefined) continue;
    const image = index.entries.get(service)?.image ?? '';
    const written = item.repository ?? item.chartDefault?.repository ?? found;
    const where = item.chartDefault
      ? ` (from ${item.chartDefault.file}:${item.chartDefault.line})`
      : '';
    throw new IdentityMismatchError(
      item.file,
      item.line,
      service,
      image,
      found,
      `${item.keyPath || 'the marker'} belongs to '${service}' by its name, but its image is ` +
        `'${written}'${where} while component-tags gives '${service}' the image '${image}'; ` +
        'nothing was written. Fix the image in the file or in component-tags, or leave the ' +
        'service out of this bump.',
    );
  }
}

/** Fail closed when writing the service's tag would move the occurrence backwards. */
function checkDowngrade(occ: ImageOccurrence, services: readonly string[], index: ServiceIndex) {
  if (occ.tag === undefined) return;
  for (const service of services) {
    const to = index.entries.get(service)?.tag;
    if (to === undefined) continue;
    const problem = downgradeProblem({ tag: occ.tag }, { tag: to });
    if (problem === undefined) continue;
    const line = occ.fields.tag?.line ?? occ.fields.ref?.line ?? occ.line;
    throw new DowngradeError(
      occ.file,
      line,
      service,
      occ.tag,
      to,
      `${occ.keyPath || 'the marker'}: refusing to move '${service}' from ${occ.tag} to ${to}: ` +
        `${problem}; nothing was written. Set allow-downgrade: true to roll back on purpose.`,
    );
  }
}

/** A skipped occurrence's detail without the field name it starts with. */
function withoutField(skipped: SkippedOccurrence): string {
  const prefix = `${skipped.field} `;
  return skipped.field && skipped.detail.startsWith(prefix)
    ? skipped.detail.slice(prefix.length)
    : skipped.detail;
}

/** A signature of edits, to tell whether two services want the same bytes. */
function signature(planned: readonly PlannedEdit[]): string {
  return planned.map(({ edit }) => `${edit.start}:${edit.end}:${edit.text}`).join('\n');
}

/** The edits of one occurrence for all the services it belongs to (they must agree). */
function editsForOccurrence(
  occ: ImageOccurrence,
  index: number,
  services: readonly string[],
  serviceIndex: ServiceIndex,
  write: WriteMode,
): PlannedEdit[] {
  let chosen: PlannedEdit[] | undefined;
  let chosenService = '';
  for (const service of services) {
    const entry = serviceIndex.entries.get(service);
    if (!entry) continue;
    const planned = occurrenceEdits(occ, index, service, entry, write);
    if (chosen === undefined) {
      chosen = planned;
      chosenService = service;
    } else if (signature(chosen) !== signature(planned)) {
      throw new EditConflictError(
        occ.file,
        occ.line,
        `${occ.keyPath} belongs to both '${chosenService}' and '${service}' (by name or image), ` +
          'and they want different values: keep one service per image, or bump them apart.',
      );
    }
  }
  return chosen ?? [];
}

/**
 * Move each change's line to where the value is in the bumped file: every line break that an
 * earlier edit inserts (a new `digest:` line) pushes the lines after it down.
 */
function changesInResult(planned: readonly PlannedEdit[]): Change[] {
  const breaks = (text: string) => text.split('\n').length - 1;
  const inserts = planned
    .map(({ edit }) => ({ at: edit.start, lines: breaks(edit.text) }))
    .filter((insert) => insert.lines > 0)
    .sort((a, b) => a.at - b.at);
  const before = [0]; // before[k]: lines inserted by the first k inserts
  for (const insert of inserts) before.push((before[before.length - 1] as number) + insert.lines);
  /** Lines inserted strictly before offset `at` (binary search). */
  const shiftAt = (at: number) => {
    let low = 0;
    let high = inserts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((inserts[mid] as { at: number }).at < at) low = mid + 1;
      else high = mid;
    }
    return before[low] as number;
  };
  return planned.flatMap(({ edit, changes }) => {
    const shift = shiftAt(edit.start);
    if (shift > 0) for (const change of changes) change.line += shift;
    return changes;
  });
}

/** Plans file after file against one index of the affected services. */
export interface FilePlanner {
  /** The edits, changes and skipped occurrences of one analysed file. */
  planFile(file: AnalysedFile): Pick<EditPlan, 'edits' | 'changes' | 'skipped' | 'leftAlone'>;
  /** Affected services no file planned so far had an occurrence of. */
  unmatchedServices(): string[];
}

/**
 * A planner for `input`'s services and write mode, so that a caller can analyse, plan and
 * apply one file at a time and keep only its text, not every file's parse.
 */
export function createFilePlanner(
  input: Omit<PlanInput, 'files'>,
  files: readonly SourceFile[] = [],
): FilePlanner {
  const namespace = activeFluxNamespace(input.fluxNamespace, files);
  if (!KNOWN_WRITE_MODES.has(input.write))
    throw new InputError('write', String(input.write), "must be 'tag+digest', 'tag' or 'digest'");
  const index = indexServices(input.componentTags, input.services, input.write);
  const matched = new Set<string>();
  return {
    planFile({ found }) {
      for (const skipped of found.skipped) checkSkipped(skipped, index);
      const planned: PlannedEdit[] = [];
      const leftAlone: ImageOccurrence[] = [];
      found.occurrences.forEach((occ, i) => {
        const services = servicesOf(occ, index);
        if (services.length === 0) return;
        if (inOtherNamespace(occ, namespace)) {
          leftAlone.push(occ);
          return;
        }
        checkIdentity(occ, services, index);
        if (input.write !== 'digest' && !input.allowDowngrade) checkDowngrade(occ, services, index);
        for (const service of services) matched.add(service);
        planned.push(...editsForOccurrence(occ, i, services, index, input.write));
      });
      return {
        edits: planned.map(({ edit }) => edit),
        changes: changesInResult(planned),
        skipped: [...found.skipped],
        leftAlone,
      };
    },
    unmatchedServices: () => [...index.entries.keys()].filter((s) => !matched.has(s)),
  };
}

/** Plan edits over files already analysed (so a caller can reuse the parse). */
export function planAnalysed(files: readonly AnalysedFile[], input: PlanInput): EditPlan {
  const planner = createFilePlanner(
    input,
    files.map((f) => ({ path: f.source.file, text: f.source.text })),
  );
  const plan: EditPlan = {
    edits: [],
    changes: [],
    unmatchedServices: [],
    skipped: [],
    leftAlone: [],
  };
  for (const file of files) {
    const filePlan = planner.planFile(file);
    plan.edits.push(...filePlan.edits);
    plan.changes.push(...filePlan.changes);
    plan.skipped.push(...filePlan.skipped);
    plan.leftAlone.push(...filePlan.leftAlone);
  }
  plan.unmatchedServices = planner.unmatchedServices();
  return plan;
}

/**
 * Plan the edits that bump the affected services' images in `files`. Pure: text in, data out.
 * Throws (a FileError subclass naming file and line, or a ComponentTagsError / InputError)
 * for anything that cannot be written safely, before anything is written.
 */
export function planEdits(input: PlanInput): EditPlan {
  const overlays = createOverlayReader(input.tree, findImageOccurrences);
  return planAnalysed(
    input.files.map((file) => overlays.complete(analyseFile(file))),
    input,
  );
}
