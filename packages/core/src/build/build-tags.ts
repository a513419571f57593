/**
 * What emit-tags computes: the images a build pushes, their tags and full references, and the
 * component-tags record of what was pushed. Pure over parsed inputs.
 */
import type { ComponentTags } from '../component-tags.js';
import { InputError } from '../errors.js';
import { parseKeyValueLines } from '../key-value-lines.js';
import { digestProblem, parseRepository, repositoryOf } from '../reference.js';

/** One service's image repository, from the `images` input. */
export interface ServiceImage {
  service: string;
  repository: string;
}

/** Parse `images` lines `service=repository`, validating each repository. */
export function parseServiceImages(text: string): ServiceImage[] {
  const lines = parseKeyValueLines(
    'images',
    text,
    'service=repository (e.g. api=ghcr.io/acme/api)',
  );
  if (lines.length === 0)
    throw new InputError('images', text, 'lists no image; expected lines service=repository');
  return lines.map(({ key, value, line }) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/.test(key))
      throw new InputError(
        'images',
        `${key}=${value}`,
        `(line ${line}) has an invalid service name '${key}'`,
      );
    try {
      return { service: key, repository: repositoryOf(parseRepository(value)) };
    } catch (error) {
      throw new InputError(
        'images',
        value,
        `(line ${line}) is not a valid repository: ${(error as Error).message}`,
      );
    }
  });
}

/** Parse `digests` lines `service=sha256:…`; every service must be one of `images`. */
export function parseServiceDigests(
  text: string,
  images: readonly ServiceImage[],
): Map<string, string> {
  const known = new Set(images.map((i) => i.service));
  const digests = new Map<string, string>();
  for (const { key, value, line } of parseKeyValueLines(
    'digests',
    text,
    'service=sha256:<64 hex>',
  )) {
    if (!known.has(key))
      throw new InputError(
        'digests',
        `${key}=${value}`,
        `(line ${line}) names the service '${key}', which is not in 'images' (${[...known].join(', ')})`,
      );
    const problem = digestProblem(value);
    if (problem) throw new InputError('digests', value, `(line ${line}) ${problem}`);
    digests.set(key, value);
  }
  return digests;
}

/** Every image with every tag: the lines for docker/build-push-action's `tags`. */
export function fullReferences(images: readonly ServiceImage[], tags: readonly string[]): string[] {
  return images.flatMap((image) => tags.map((tag) => `${image.repository}:${tag}`));
}

/** The component-tags record for the services that have a digest. */
export function recordComponentTags(input: {
  images: readonly ServiceImage[];
  digests: ReadonlyMap<string, string>;
  tag: string;
  shortSha: string;
}): ComponentTags {
  const record: ComponentTags = {};
  for (const image of input.images) {
    const digest = input.digests.get(image.service);
    if (digest === undefined) continue;
    record[image.service] = {
      tag: input.tag,
      sha: input.shortSha,
      digest,
      image: image.repository,
    };
  }
  return record;
}
