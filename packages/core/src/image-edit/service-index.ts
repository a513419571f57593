/**
 * The affected services of a bump, indexed so that each occurrence finds its services in
 * constant time: by name (key path, Flux policy, kustomize name) and by normalised repository.
 */
import type { ComponentTag, ComponentTags } from '../component-tags.js';
import { ComponentTagsError, InputError } from '../errors.js';
import { digestProblem, normalizeRepositoryText, tagProblem } from '../reference.js';
import type { OccurrenceIdentity, WriteMode } from './image-occurrence.js';

/** Affected services by name, and by the normalised repository of their `image`. */
export interface ServiceIndex {
  entries: Map<string, ComponentTag>;
  byRepository: Map<string, string[]>;
}

/** Check one entry enough to write it: a valid tag, digest and image. */
function checkEntry(service: string, entry: ComponentTag, write: WriteMode): void {
  const source = 'component-tags';
  const tag = tagProblem(entry.tag ?? '');
  if (tag)
    throw new ComponentTagsError(source, service, 'tag', `${JSON.stringify(entry.tag)} ${tag}`);
  if (entry.digest !== undefined) {
    const digest = digestProblem(entry.digest);
    if (digest) throw new ComponentTagsError(source, service, 'digest', digest);
  }
  if (write === 'digest' && entry.digest === undefined)
    throw new ComponentTagsError(source, service, 'digest', "is required when write is 'digest'");
  if (entry.image !== undefined && normalizeRepositoryText(entry.image) === undefined)
    throw new ComponentTagsError(
      source,
      service,
      'image',
      `${JSON.stringify(entry.image)} is not a repository`,
    );
}

/**
 * Index the services a bump affects: `services` when given (each must be in the component
 * tags), else every service of the component tags.
 */
export function indexServices(
  componentTags: ComponentTags,
  services: readonly string[] | undefined,
  write: WriteMode,
): ServiceIndex {
  if (Object.keys(componentTags).length === 0)
    throw new InputError(
      'component-tags',
      '{}',
      'holds no service: the build recorded no image, so there is nothing to bump',
    );
  const entries = new Map<string, ComponentTag>();
  const byRepository = new Map<string, string[]>();
  for (const service of services ?? Object.keys(componentTags)) {
    const entry = Object.hasOwn(componentTags, service) ? componentTags[service] : undefined;
    if (!entry) throw new InputError('services', service, 'is not a service of the component tags');
    checkEntry(service, entry, write);
    entries.set(service, entry);
    const repository = entry.image === undefined ? undefined : normalizeRepositoryText(entry.image);
    if (repository === undefined) continue;
    const list = byRepository.get(repository);
    if (list) list.push(service);
    else byRepository.set(repository, [service]);
  }
  return { entries, byRepository };
}

/** The affected services an occurrence belongs to, in a stable order. */
export function servicesOf(identity: OccurrenceIdentity, index: ServiceIndex): string[] {
  const found: string[] = [];
  for (const name of identity.matchNames) if (index.entries.has(name)) found.push(name);
  for (const repository of identity.matchRepositories)
    for (const service of index.byRepository.get(repository) ?? [])
      if (!found.includes(service)) found.push(service);
  return found;
}

/**
 * The repository an occurrence of `service` is written with when the service's `image` names
 * another one, else `undefined`. Only an occurrence that names a repository (as written, or
 * through its chart's values) and an entry with an `image` can disagree.
 */
export function mismatchedRepository(
  identity: OccurrenceIdentity,
  service: string,
  index: ServiceIndex,
): string | undefined {
  const image = index.entries.get(service)?.image;
  const wanted = image === undefined ? undefined : normalizeRepositoryText(image);
  if (wanted === undefined || identity.matchRepositories.length === 0) return undefined;
  if (identity.matchRepositories.includes(wanted)) return undefined;
  return identity.matchRepositories[0];
}
