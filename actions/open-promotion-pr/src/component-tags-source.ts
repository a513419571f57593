/**
 * Load component-tags.json from where the settings say: the workspace, an artifact of this run
 * (the action-kit's artifact store) or an artifact of another run or repository (GitHub's
 * public artifact API, with the token).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunnerContext } from '@gitops-promote/action-kit';
import { createArtifactStore, downloadArtifactFrom } from '@gitops-promote/action-kit/artifacts';
import {
  type ComponentTags,
  InputError,
  parseComponentTags,
  resolveInWorkspace,
} from '@gitops-promote/core';
import type { ComponentTagsSource } from './settings.js';

function readJson(root: string, path: string, where: string): string {
  const file = resolveInWorkspace(root, path, 'component-tags');
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const found = readdirSync(root, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'));
    const holds = found.length > 0 ? `it holds ${found.join(', ')}` : 'it holds no JSON file';
    throw new InputError('component-tags', path, `is not a file in ${where} (${holds})`);
  }
}

/** Download the artifact into a temporary directory and read the file in it. */
async function readFromArtifact(
  source: Exclude<ComponentTagsSource, { kind: 'workspace' }>,
  token: string,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'component-tags-'));
  try {
    if (source.kind === 'this-run') {
      const store = createArtifactStore();
      const artifact = (await store.list()).find((a) => a.name === source.artifact);
      if (!artifact)
        throw new InputError('artifact-name', source.artifact, 'is not an artifact of this run');
      await store.download(artifact, dir);
    } else {
      const { runId, from } = source;
      await downloadArtifactFrom(source.artifact, dir, { token, runId, ...from });
    }
    return readJson(dir, source.path, `artifact '${source.artifact}'`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The component tags and a name for them in messages. */
export async function loadComponentTags(
  source: ComponentTagsSource,
  context: RunnerContext,
  token: string,
): Promise<ComponentTags> {
  if (source.kind === 'workspace')
    return parseComponentTags(
      readJson(context.workspace, source.path, 'the workspace'),
      source.path,
    );
  const text = await readFromArtifact(source, token);
  return parseComponentTags(text, `artifact ${source.artifact}/${source.path}`);
}
