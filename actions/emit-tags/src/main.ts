/**
 * emit-tags: compute the tags and labels a build pushes; with `digests`, record what was pushed
 * in component-tags.json (artifact + job summary); with `merge-artifacts`, merge the matrix's
 * records into one.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as runner from '@gitops-promote/action-kit/runner';
import { readRunnerContext, runAction, type RunnerContext } from '@gitops-promote/action-kit';
import { createArtifactStore } from '@gitops-promote/action-kit/artifacts';
import {
  type ComponentTags,
  escapeMarkdown,
  formatComponentTags,
  fullReferences,
  inlineCode,
  InputError,
  markdownTable,
  mergeComponentTags,
  ociLabels,
  parseComponentTags,
  parseServiceDigests,
  placeholdersOf,
  recordComponentTags,
  renderTags,
  resolveInWorkspace,
  resolveVersion,
  shortDigest,
  shortSha,
  tagSafeRefName,
  writeFileAtomic,
} from '@gitops-promote/core';
import { readSettings, type EmitTagsSettings } from './settings.js';
import { readReachableVersionTags, tryReadCommitTime } from './git-facts.js';
import { namePattern } from './name-pattern.js';

function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

async function resolveVersionFor(settings: EmitTagsSettings, workspace: string, needed: boolean) {
  const needsGit =
    settings.version === '' && !existsSync(join(workspace, '.release-please-manifest.json'));
  const resolved = resolveVersion(
    {
      input: settings.version,
      releasePleaseManifest: readOptional(join(workspace, '.release-please-manifest.json')),
      gitTags: needsGit ? await readReachableVersionTags(workspace, settings.sha) : [],
      packageJson: readOptional(join(workspace, 'package.json')),
    },
    needed,
  );
  if (resolved) runner.info(`Version ${resolved.version} (from ${resolved.source})`);
  else if (needed) runner.info('No version found.');
  return resolved;
}

/** Compute tags and labels; set the `tags`, `labels` and `version` outputs. */
async function emitTags(settings: EmitTagsSettings, context: RunnerContext) {
  const uses = new Set(settings.templates.flatMap(placeholdersOf));
  const version = await resolveVersionFor(settings, context.workspace, uses.has('version'));
  const commitTime =
    settings.timestamp ?? (await tryReadCommitTime(context.workspace, settings.sha));
  if (commitTime === undefined && uses.has('timestamp'))
    throw new InputError(
      'timestamp',
      '',
      `is empty and the commit time of ${settings.sha} cannot be read from the workspace; check out the repository first (actions/checkout) or set 'timestamp'`,
    );
  const tags = renderTags(settings.templates, {
    sha: settings.sha,
    shortSha: shortSha(settings.sha, settings.shortShaLength),
    timestamp: commitTime ?? 0,
    ...(version ? { version: version.version } : {}),
    ...(settings.environment ? { env: settings.environment } : {}),
    ...(context.refName ? { branch: tagSafeRefName(context.refName) } : {}),
    ...(context.runNumber ? { runNumber: context.runNumber } : {}),
  });
  const references = fullReferences(settings.images, tags);
  const labels =
    commitTime === undefined
      ? []
      : ociLabels({
          revision: settings.sha,
          created: commitTime,
          ...(context.repository ? { source: `${context.serverUrl}/${context.repository}` } : {}),
          ...(version ? { version: version.version } : {}),
        });
  if (commitTime === undefined)
    runner.warning(`The commit time of ${settings.sha} is unknown; the created label is left out.`);
  runner.setOutput('tags', references.join('\n'));
  runner.setOutput('labels', labels.join('\n'));
  runner.setOutput('version', version?.version ?? '');
  return { tags, references };
}

/** Download every artifact of this run whose name matches the pattern and read its record. */
async function downloadRecords(
  pattern: string,
): Promise<Array<{ name: string; tags: ComponentTags }>> {
  const store = createArtifactStore();
  const matcher = namePattern(pattern);
  const matching = (await store.list()).filter((a) => matcher.test(a.name));
  if (matching.length === 0)
    runner.warning(`No artifact of this run matches merge-artifacts '${pattern}'.`);
  const records = [];
  for (const artifact of matching) {
    const dir = mkdtempSync(join(tmpdir(), 'component-tags-'));
    try {
      await store.download(artifact, dir);
      const files = readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.json'));
      for (const file of files) {
        const source = `artifact ${artifact.name}/${file}`;
        records.push({
          name: source,
          tags: parseComponentTags(readFileSync(join(dir, file), 'utf8'), source),
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return records;
}

function writeSummary(tags: ComponentTags, references: string[]): Promise<unknown> {
  const rows = Object.entries(tags).map(([service, e]) => [
    escapeMarkdown(service),
    inlineCode(e.image ?? ''),
    inlineCode(e.tag),
    inlineCode(shortDigest(e.digest)),
    inlineCode(e.sha ?? ''),
  ]);
  let text = `## Component tags\n\n${markdownTable(['Service', 'Image', 'Tag', 'Digest', 'Commit'], rows)}\n`;
  if (references.length > 0)
    text += `\n<details><summary>Pushed references</summary>\n\n${references.map((r) => `- ${inlineCode(r)}`).join('\n')}\n\n</details>\n`;
  return runner.summary.addRaw(text).write();
}

async function main(): Promise<void> {
  const context = readRunnerContext();
  const settings = readSettings(context);
  const recording = settings.digests !== '';
  const merging = settings.mergeArtifacts !== '';
  // Validate everything that could fail before anything is written or uploaded.
  const digests = recording
    ? parseServiceDigests(settings.digests, settings.images)
    : new Map<string, string>();
  const outputPath =
    recording || merging
      ? resolveInWorkspace(context.workspace, settings.componentTagsPath, 'component-tags-path')
      : '';
  const { tags, references } =
    settings.images.length > 0 ? await emitTags(settings, context) : { tags: [], references: [] };
  if (!recording && !merging) {
    await runner.summary
      .addRaw(`## Image tags\n\n${references.map((r) => `- ${inlineCode(r)}`).join('\n')}\n`)
      .write();
    return;
  }
  const sources: Array<{ name: string; tags: ComponentTags }> = [];
  const existing = readOptional(outputPath);
  if (existing !== undefined)
    sources.push({
      name: settings.componentTagsPath,
      tags: parseComponentTags(existing, settings.componentTagsPath),
    });
  if (merging) sources.push(...(await downloadRecords(settings.mergeArtifacts)));
  if (recording)
    sources.push({
      name: 'digests',
      tags: recordComponentTags({
        images: settings.images,
        digests,
        tag: tags[0] as string,
        shortSha: shortSha(settings.sha, settings.shortShaLength),
      }),
    });
  const merged = mergeComponentTags(sources);
  const json = formatComponentTags(merged);
  writeFileAtomic(outputPath, json);
  runner.info(`Wrote ${outputPath} (${Object.keys(merged).length} services)`);
  runner.setOutput('json', json);
  runner.setOutput('component-tags-path', outputPath);
  if (settings.artifactName !== '') {
    const stored = await createArtifactStore().upload(
      settings.artifactName,
      [outputPath],
      join(outputPath, '..'),
    );
    runner.info(`Uploaded artifact '${stored.name}'`);
  }
  await writeSummary(merged, references);
}

await runAction(main);
