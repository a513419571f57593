/**
 * The one way the actions read component-tags.json: from the workspace, from an artifact of
 * this run, or from an artifact of another run or repository (GitHub's public artifact API,
 * with a token). A missing or unreadable file is an InputError naming the input.
 * Artifacts come in as a port, so an action that reads only the workspace bundles none of
 * the artifact client.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ComponentTags,
  InputError,
  parseComponentTags,
  resolveInWorkspace,
} from '@gitops-promote/core';
import type { ArtifactLocation, ArtifactStore } from './artifact-store.js';
import { namePattern } from './name-pattern.js';

/** Where component-tags.json comes from: the workspace, or an artifact of some run. */
export type ComponentTagsSource =
  | { kind: 'workspace'; path: string }
  | { kind: 'this-run'; artifact: string; path: string }
  | {
      kind: 'other-run';
      artifact: string;
      path: string;
      runId: number;
      from: { owner: string; repo: string };
    };

/** A component-tags file as read: a name for messages (`path`, or `artifact name/path`) and text. */
export interface ComponentTagsText {
  name: string;
  text: string;
}

/** The artifacts port: `createArtifactStore()` and `downloadArtifactFrom` on a runner. */
export interface ArtifactAccess {
  store: ArtifactStore;
  downloadFrom(name: string, directory: string, location: ArtifactLocation): Promise<string>;
}

/** How to read: the workspace, the artifacts, a token for another run's, the input to blame. */
export interface ComponentTagsReadOptions {
  workspace: string;
  /** Needed for an artifact source only. */
  artifacts?: ArtifactAccess;
  /** Needed for `other-run` only. */
  token?: string;
  /** The input that names the file, for errors; default 'component-tags'. */
  input?: string;
}

function artifactsOf(options: ComponentTagsReadOptions): ArtifactAccess {
  if (!options.artifacts) throw new Error('Reading an artifact needs the artifacts port.');
  return options.artifacts;
}

/** The JSON files below `dir`, for an error that says what an artifact holds instead. */
function jsonFilesIn(dir: string): string {
  const found = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'));
  return found.length > 0 ? `it holds ${found.join(', ')}` : 'it holds no JSON file';
}

/** Read `path` below `root`; an InputError naming `input` when it is not a readable file. */
function readFileIn(root: string, path: string, input: string, where: string): string {
  const file = resolveInWorkspace(root, path, input);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const holds = where === 'the workspace' ? '' : ` (${jsonFilesIn(root)})`;
    throw new InputError(input, path, `is not a file in ${where}${holds}`);
  }
}

/** True when `path` below the workspace exists (as anything: reading it then says what is wrong). */
function existsIn(workspace: string, path: string, input: string): boolean {
  try {
    statSync(resolveInWorkspace(workspace, path, input));
    return true;
  } catch (error) {
    if (error instanceof InputError) throw error;
    return false;
  }
}

/** Download the artifact into a temporary directory and read the file in it. */
async function readFromArtifact(
  source: Exclude<ComponentTagsSource, { kind: 'workspace' }>,
  options: ComponentTagsReadOptions,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'component-tags-'));
  try {
    const artifacts = artifactsOf(options);
    if (source.kind === 'this-run') {
      const store = artifacts.store;
      const artifact = (await store.list()).find((a) => a.name === source.artifact);
      if (!artifact)
        throw new InputError('artifact-name', source.artifact, 'is not an artifact of this run');
      await store.download(artifact, dir);
    } else {
      const { runId, from } = source;
      await artifacts.downloadFrom(source.artifact, dir, {
        token: options.token ?? '',
        runId,
        ...from,
      });
    }
    const input = options.input ?? 'component-tags';
    return readFileIn(dir, source.path, input, `artifact '${source.artifact}'`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the component-tags file the source names, and a name for it in messages. */
export async function readComponentTagsText(
  source: ComponentTagsSource,
  options: ComponentTagsReadOptions,
): Promise<ComponentTagsText> {
  if (source.kind === 'workspace') {
    const input = options.input ?? 'component-tags';
    const text = readFileIn(options.workspace, source.path, input, 'the workspace');
    return { name: source.path, text };
  }
  const text = await readFromArtifact(source, options);
  return { name: `artifact ${source.artifact}/${source.path}`, text };
}

/** The component tags the source names, parsed and validated. */
export async function readComponentTags(
  source: ComponentTagsSource,
  options: ComponentTagsReadOptions,
): Promise<ComponentTags> {
  const { name, text } = await readComponentTagsText(source, options);
  return parseComponentTags(text, name);
}

/**
 * The workspace's component-tags file at `path`, or undefined when there is none yet. An error
 * in the file names the input that points at it (`Input 'x': existing file …: …`).
 */
export async function tryReadWorkspaceComponentTags(
  path: string,
  options: ComponentTagsReadOptions,
): Promise<ComponentTags | undefined> {
  const input = options.input ?? 'component-tags';
  if (!existsIn(options.workspace, path, input)) return undefined;
  const { text } = await readComponentTagsText({ kind: 'workspace', path }, options);
  return parseComponentTags(text, `Input '${input}': existing file ${path}`);
}

/** The records of every artifact of this run whose name matches a `*`/`?` pattern. */
export interface ArtifactRecords {
  /** How many artifacts matched the pattern. */
  matched: number;
  /** One record per JSON file in them, named `artifact name/file`. */
  records: Array<{ name: string; tags: ComponentTags }>;
}

/** Download every artifact of this run whose name matches the pattern and read its records. */
export async function readArtifactRecords(
  pattern: string,
  store: ArtifactStore,
): Promise<ArtifactRecords> {
  const matcher = namePattern(pattern);
  const matching = (await store.list()).filter((a) => matcher.test(a.name));
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
  return { matched: matching.length, records };
}
