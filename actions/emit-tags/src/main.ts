/**
 * emit-tags: compute the tags and labels a build pushes; with `digests`, record what was pushed
 * in component-tags.json (artifact + job summary); with `merge-artifacts`, merge the matrix's
 * records into one.
 */
import { join } from 'node:path';
import * as runner from '@gitops-promote/action-kit/runner';
import {
  firstRows,
  hiddenRowsNote,
  readRunnerContext,
  runAction,
  type RunnerContext,
  setBoundedOutput,
  summaryTable,
  writeRunnerTempFile,
} from '@gitops-promote/action-kit';
import { createArtifactStore } from '@gitops-promote/action-kit/artifacts';
import {
  readArtifactRecords,
  tryReadWorkspaceComponentTags,
} from '@gitops-promote/action-kit/component-tags';
import {
  type ComponentTags,
  escapeMarkdown,
  inlineCode,
  resolveInWorkspace,
  shortDigest,
  writeFileAtomic,
} from '@gitops-promote/core';
import {
  type BuildLog,
  type BuildTags,
  computeTags,
  mergeRecords,
  type NamedComponentTags,
  parseServiceDigests,
} from '@gitops-promote/core/build';
import { readSettings, type EmitTagsSettings } from './settings.js';

const log: BuildLog = {
  info: (message) => runner.info(message),
  warning: (message) => runner.warning(message),
};

/** Compute tags and labels (the outputs are set once everything else has been checked). */
async function emitTags(settings: EmitTagsSettings, context: RunnerContext): Promise<BuildTags> {
  return computeTags(
    {
      workspace: context.workspace,
      images: settings.images,
      templates: settings.templates,
      environment: settings.environment,
      version: settings.version,
      sha: settings.sha,
      shortShaLength: settings.shortShaLength,
      ...(settings.timestamp === undefined ? {} : { timestamp: settings.timestamp }),
      refName: context.refName,
      runNumber: context.runNumber,
      repository: context.repository,
      serverUrl: context.serverUrl,
    },
    log,
  );
}

/**
 * The `tags`, `tags-file`, `labels` and `version` outputs; none when no image was given. The
 * file always holds every reference; `tags` holds them too unless they are too many for an
 * output.
 */
function setTagOutputs(computed: BuildTags | undefined): void {
  if (computed === undefined) return;
  const tags = computed.references.join('\n');
  const path = writeRunnerTempFile('emit-tags-', 'tags.txt', `${tags}\n`);
  runner.setOutput('tags-file', path);
  setBoundedOutput('tags', tags, { output: 'tags-file', path });
  runner.setOutput('labels', computed.labels.join('\n'));
  runner.setOutput('version', computed.version);
}

/** The records of this run's artifacts matching `merge-artifacts`; warns when none matches. */
async function artifactRecords(pattern: string): Promise<NamedComponentTags[]> {
  const { matched, records } = await readArtifactRecords(pattern, createArtifactStore());
  if (matched === 0)
    runner.warning(`No artifact of this run matches merge-artifacts '${pattern}'.`);
  return records;
}

/** What this build pushed, to record under its first tag. */
function recordedDigests(settings: EmitTagsSettings, digests: Map<string, string>, tag: string) {
  const { images, sha, shortShaLength } = settings;
  return { images, digests, tag, sha, shortShaLength };
}

/** A summary list of the first references, saying how many more are in `tags-file`. */
function referenceList(references: string[]): string {
  const { shown, hidden } = firstRows(references);
  const more = hiddenRowsNote(hidden, 'every one is in the file named by the `tags-file` output');
  return [...shown.map((r) => `- ${inlineCode(r)}`), ...(more === '' ? [] : ['', more])].join('\n');
}

function writeSummary(tags: ComponentTags, references: string[]): Promise<unknown> {
  const rows = Object.entries(tags).map(([service, e]) => [
    escapeMarkdown(service),
    inlineCode(e.image ?? ''),
    inlineCode(e.tag),
    inlineCode(shortDigest(e.digest)),
    inlineCode(e.sha ?? ''),
  ]);
  const where = 'every one is in the file named by the `component-tags-path` output';
  let text = `## Component tags\n\n${summaryTable(['Service', 'Image', 'Tag', 'Digest', 'Commit'], rows, where)}\n`;
  if (references.length > 0)
    text += `\n<details><summary>Pushed references</summary>\n\n${referenceList(references)}\n\n</details>\n`;
  return runner.summary.addRaw(text).write();
}

async function main(): Promise<void> {
  const context = readRunnerContext();
  const settings = readSettings(context);
  if (settings.mode !== 'build') {
    // Retag and resolve open a registry client and may publish a release: a build run (the
    // common case) never loads them.
    const { promote } = await import('./promote.js');
    return promote(settings, context);
  }
  const recording = settings.digests !== '';
  const merging = settings.mergeArtifacts !== '';
  // Validate everything that could fail before anything is written or uploaded.
  const digests = recording
    ? parseServiceDigests(settings.digests, settings.images)
    : new Map<string, string>();
  const input = 'component-tags-path';
  const outputPath =
    recording || merging
      ? resolveInWorkspace(context.workspace, settings.componentTagsPath, input)
      : '';
  const computed = settings.images.length > 0 ? await emitTags(settings, context) : undefined;
  const { tags, references } = computed ?? { tags: [], references: [] };
  if (!recording && !merging) {
    setTagOutputs(computed);
    await runner.summary.addRaw(`## Image tags\n\n${referenceList(references)}\n`).write();
    return;
  }
  const name = settings.componentTagsPath;
  const existing = await tryReadWorkspaceComponentTags(name, {
    workspace: context.workspace,
    input,
  });
  const { merged, json } = mergeRecords({
    ...(existing ? { existing: { name, tags: existing } } : {}),
    ...(merging ? { artifacts: await artifactRecords(settings.mergeArtifacts) } : {}),
    ...(recording ? { recorded: recordedDigests(settings, digests, tags[0] as string) } : {}),
  });
  writeFileAtomic(outputPath, json);
  runner.info(`Wrote ${outputPath} (${Object.keys(merged).length} services)`);
  if (settings.artifactName !== '') {
    const stored = await createArtifactStore().upload(
      settings.artifactName,
      [outputPath],
      join(outputPath, '..'),
    );
    runner.info(`Uploaded artifact '${stored.name}'`);
  }
  // Outputs last: a step that fails sets none, so a later step cannot use half a result.
  setTagOutputs(computed);
  runner.setOutput('component-tags-path', outputPath);
  setBoundedOutput('json', json, { output: 'component-tags-path', path: outputPath });
  await writeSummary(merged, references);
}

await runAction(main);
