/**
 * The entries of a component-tags.json as image records: each entry with an `image` and a
 * `digest` can be checked in its registry; the others are warnings saying what cannot be.
 */
import { parseComponentTags } from '../component-tags.js';
import type { TextFile } from './collect-images.js';
import type { ImageRecord } from './image-record.js';
import type { VerifyWarning } from './violation.js';
import { parseLocated, placeOf } from './yaml-paths.js';

export interface ComponentTagImages {
  records: ImageRecord[];
  warnings: VerifyWarning[];
}

/** Read a component-tags file (a ComponentTagsError when it is not one) into records. */
export function componentTagImages(file: TextFile): ComponentTagImages {
  const tags = parseComponentTags(file.text, file.path);
  const located = parseLocated(file.text.replace(/^\uFEFF/, ''));
  const lineOf = (path: string[]) => placeOf(located, path).line;
  const found: ComponentTagImages = { records: [], warnings: [] };
  for (const [service, entry] of Object.entries(tags)) {
    const line = lineOf([service]);
    if (entry.digest === undefined) {
      found.warnings.push({
        file: file.path,
        line,
        message: `service '${service}' records no digest: there is nothing to verify`,
      });
      continue;
    }
    if (entry.image === undefined) {
      found.warnings.push({
        file: file.path,
        line,
        message: `service '${service}' records no image, so its digest cannot be checked against a registry; record it with emit-tags (images: ${service}=<repository>)`,
      });
      continue;
    }
    found.records.push({
      file: file.path,
      line,
      tagLine: lineOf([service, 'tag']),
      digestLine: lineOf([service, 'digest']),
      origin: 'component-tags',
      keyPath: service,
      repository: entry.image,
      tag: entry.tag,
      digest: entry.digest,
    });
  }
  return found;
}
