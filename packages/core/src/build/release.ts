/**
 * The GitHub release of a promotion (seed 003): `v<version>` on the source commit, its notes
 * listing each service, the tags pushed and the digest. Created once, updated on a re-run.
 * GitHub is reached through a small port, so the core needs no Octokit.
 */
import { ReleaseVersionError } from './retag-errors.js';
import type { SourcePromotion } from './promote-source.js';

/** A release as the port reports it. */
export interface ReleaseRef {
  id: number;
  htmlUrl: string;
}

export interface ReleaseFields {
  tagName: string;
  targetCommitish: string;
  name: string;
  body: string;
}

/** What the use case needs of GitHub's releases API (`repos/*-release*`). */
export interface ReleasesPort {
  /** The release of a tag, or undefined on 404. */
  getByTag(tag: string): Promise<ReleaseRef | undefined>;
  create(fields: ReleaseFields): Promise<ReleaseRef>;
  update(
    id: number,
    fields: Omit<ReleaseFields, 'tagName' | 'targetCommitish'>,
  ): Promise<ReleaseRef>;
}

export interface PlannedRelease extends ReleaseFields {
  version: string;
}

/** Markdown notes: one row per service with its tags and digest. */
export function releaseNotes(result: SourcePromotion): string {
  const rows = result.images.map(({ source, tags }) => {
    const list = tags.map((t) => `\`${t.tag}\``).join(', ');
    return `| ${source.service} | \`${source.repository}\` | ${list} | \`${source.digest}\` |`;
  });
  return ['| Service | Image | Tags | Digest |', '| --- | --- | --- | --- |', ...rows, ''].join(
    '\n',
  );
}

/** The release to publish, from the first image's version and commit. */
export function planRelease(result: SourcePromotion): PlannedRelease {
  const first = result.images[0];
  const version = first?.version?.value;
  if (first === undefined || version === undefined)
    throw new ReleaseVersionError(
      "'release: true' needs a version: the source has no org.opencontainers.image.version label, the filter no 'version' group, and 'version' is empty",
    );
  return {
    version,
    tagName: `v${version}`,
    targetCommitish: first.sha.value,
    name: `v${version}`,
    body: releaseNotes(result),
  };
}

/** Create the release, or update the one its tag already has (a re-run). */
export async function publishRelease(
  port: ReleasesPort,
  planned: PlannedRelease,
): Promise<ReleaseRef & { created: boolean }> {
  const existing = await port.getByTag(planned.tagName);
  if (existing === undefined) return { ...(await port.create(planned)), created: true };
  const updated = await port.update(existing.id, { name: planned.name, body: planned.body });
  return { ...updated, created: false };
}
