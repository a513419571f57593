/**
 * Compute the tags and OCI labels a build pushes: resolve the version (input, release-please
 * manifest, `v*` Git tags, package.json), read the commit time, render the templates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { fullReferences } from './build-tags.js';
import type { BuildLog, BuildTags, TagsRequest } from './build-request.js';
import { readReachableVersionTags, tryReadCommitTime } from './git-facts.js';
import { ociLabels } from './oci-labels.js';
import { placeholdersOf, renderTags, shortSha, tagSafeRefName } from './tag-template.js';
import { type ResolvedVersion, resolveVersion } from './version.js';

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The version from the evidence in the workspace; says where it came from, or that there is none. */
async function resolveBuildVersion(
  request: TagsRequest,
  needed: boolean,
  log: BuildLog,
): Promise<ResolvedVersion | undefined> {
  const { workspace } = request;
  const needsGit =
    request.version === '' && !existsSync(join(workspace, '.release-please-manifest.json'));
  const resolved = resolveVersion(
    {
      input: request.version,
      releasePleaseManifest: readOptional(join(workspace, '.release-please-manifest.json')),
      gitTags: needsGit ? await readReachableVersionTags(workspace, request.sha) : [],
      packageJson: readOptional(join(workspace, 'package.json')),
    },
    needed,
  );
  if (resolved) log.info(`Version ${resolved.version} (from ${resolved.source})`);
  else if (needed) log.info('No version found.');
  return resolved;
}

/** The OCI labels; none when the commit time is unknown (the created label needs it). */
function labelsOf(request: TagsRequest, commitTime: number | undefined, version?: string) {
  if (commitTime === undefined) return [];
  return ociLabels({
    revision: request.sha,
    created: commitTime,
    ...(request.repository ? { source: `${request.serverUrl}/${request.repository}` } : {}),
    ...(version ? { version } : {}),
  });
}

/** Compute the build's tags, references, labels and version. */
export async function computeTags(request: TagsRequest, log: BuildLog): Promise<BuildTags> {
  const uses = new Set(request.templates.flatMap(placeholdersOf));
  const version = (await resolveBuildVersion(request, uses.has('version'), log))?.version;
  const commitTime = request.timestamp ?? (await tryReadCommitTime(request.workspace, request.sha));
  if (commitTime === undefined && uses.has('timestamp'))
    throw new InputError(
      'timestamp',
      '',
      `is empty and the commit time of ${request.sha} cannot be read from the workspace; check out the repository first (actions/checkout) or set 'timestamp'`,
    );
  const tags = renderTags(request.templates, {
    sha: request.sha,
    shortSha: shortSha(request.sha, request.shortShaLength),
    timestamp: commitTime ?? 0,
    ...(version ? { version } : {}),
    ...(request.environment ? { env: request.environment } : {}),
    ...(request.refName ? { branch: tagSafeRefName(request.refName) } : {}),
    ...(request.runNumber ? { runNumber: request.runNumber } : {}),
  });
  const labels = labelsOf(request, commitTime, version);
  if (commitTime === undefined)
    log.warning(`The commit time of ${request.sha} is unknown; the created label is left out.`);
  return { tags, references: fullReferences(request.images, tags), labels, version: version ?? '' };
}
