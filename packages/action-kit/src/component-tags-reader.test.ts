/** The one component-tags reader, over real files and a directory artifact store. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ComponentTagsError, InputError } from '@gitops-promote/core';
import { directoryArtifactStore, type ArtifactLocation } from './artifact-store.js';
import {
  type ArtifactAccess,
  readArtifactRecords,
  readComponentTags,
  readComponentTagsText,
  type ComponentTagsSource,
  tryReadWorkspaceComponentTags,
} from './component-tags-reader.js';

const RECORD = (tag: string): string =>
  JSON.stringify({ api: { tag, digest: `sha256:${'a'.repeat(64)}` } });

let root: string;
let workspace: string;
let artifacts: ArtifactAccess;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'component-tags-reader-'));
  workspace = join(root, 'workspace');
  mkdirSync(join(workspace, 'deploy', 'folder.json'), { recursive: true });
  writeFileSync(join(workspace, 'component-tags.json'), RECORD('1.0.0'));
  writeFileSync(join(workspace, 'deploy', 'broken.json'), '{');
  const store = join(root, 'artifacts');
  for (const [name, file, tag] of [
    ['component-tags', 'tags.json', '2.0.0'],
    ['component-tags-api', 'component-tags.json', '3.0.0'],
    ['component-tags-web', 'component-tags.json', '4.0.0'],
  ] as const) {
    mkdirSync(join(store, name), { recursive: true });
    writeFileSync(join(store, name, file), RECORD(tag));
  }
  artifacts = {
    store: directoryArtifactStore(store),
    downloadFrom: async (name: string, _dir: string, at: ArtifactLocation) => {
      throw new InputError('artifact-name', name, `is not an artifact of run ${at.runId}`);
    },
  };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The error a read throws, or undefined: so no expectation sits inside a catch. */
async function failure(read: () => Promise<unknown>): Promise<unknown> {
  return read().then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('readComponentTags', () => {
  test.each<[string, ComponentTagsSource, string]>([
    ['a workspace file', { kind: 'workspace', path: 'component-tags.json' }, '1.0.0'],
    [
      "this run's artifact",
      { kind: 'this-run', artifact: 'component-tags', path: 'tags.json' },
      '2.0.0',
    ],
  ])('reads %s', async (_, source, tag) => {
    const tags = await readComponentTags(source, { workspace, artifacts });
    expect(tags.api?.tag).toBe(tag);
  });

  test.each<[string, ComponentTagsSource, string | undefined, string]>([
    [
      'a missing workspace file',
      { kind: 'workspace', path: 'missing.json' },
      undefined,
      `Input 'component-tags': "missing.json" is not a file in the workspace`,
    ],
    [
      'a directory',
      { kind: 'workspace', path: 'deploy/folder.json' },
      'component-tags-path',
      `Input 'component-tags-path': "deploy/folder.json" is not a file in the workspace`,
    ],
    [
      'a path outside the workspace',
      { kind: 'workspace', path: '../artifacts/component-tags/tags.json' },
      undefined,
      `Input 'component-tags': "../artifacts/component-tags/tags.json"`,
    ],
    [
      'a file the artifact does not hold',
      { kind: 'this-run', artifact: 'component-tags', path: 'component-tags.json' },
      undefined,
      `Input 'component-tags': "component-tags.json" is not a file in artifact 'component-tags' (it holds tags.json)`,
    ],
    [
      'an artifact this run does not have',
      { kind: 'this-run', artifact: 'nope', path: 'component-tags.json' },
      undefined,
      `Input 'artifact-name': "nope" is not an artifact of this run`,
    ],
    [
      "another run's missing artifact",
      {
        kind: 'other-run',
        artifact: 'gone',
        path: 'component-tags.json',
        runId: 7,
        from: { owner: 'acme', repo: 'app' },
      },
      undefined,
      `Input 'artifact-name': "gone" is not an artifact of run 7`,
    ],
  ])('%s is an InputError naming the input', async (_, source, input, message) => {
    const error = await failure(() =>
      readComponentTags(source, { workspace, artifacts, ...(input ? { input } : {}) }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain(message);
  });

  test('a file that is not component tags names the file', async () => {
    const source = { kind: 'workspace', path: 'deploy/broken.json' } as const;
    const error = await failure(() => readComponentTags(source, { workspace }));
    expect(String(error)).toContain('deploy/broken.json');
  });

  test('the text of an artifact is named after the artifact and the path', async () => {
    const source = { kind: 'this-run', artifact: 'component-tags', path: 'tags.json' } as const;
    const read = await readComponentTagsText(source, { workspace, artifacts });
    expect(read).toEqual({ name: 'artifact component-tags/tags.json', text: RECORD('2.0.0') });
  });
});

describe('tryReadWorkspaceComponentTags', () => {
  test('is undefined when there is no file yet, and reads the file when there is', async () => {
    expect(await tryReadWorkspaceComponentTags('new.json', { workspace })).toBeUndefined();
    const tags = await tryReadWorkspaceComponentTags('component-tags.json', { workspace });
    expect(tags?.api?.tag).toBe('1.0.0');
  });

  test('a path outside the workspace is still an error', async () => {
    const read = () =>
      tryReadWorkspaceComponentTags('../x.json', { workspace, input: 'component-tags-path' });
    expect(await failure(read)).toBeInstanceOf(InputError);
  });

  test('a broken existing file is an error naming the input that points at it', async () => {
    const read = () =>
      tryReadWorkspaceComponentTags('deploy/broken.json', {
        workspace,
        input: 'component-tags-path',
      });
    expect(await failure(read)).toBeInstanceOf(ComponentTagsError);
    expect(((await failure(read)) as Error).message).toMatch(
      /^Input 'component-tags-path': existing file deploy\/broken.json: is not valid JSON/,
    );
  });
});

describe('readArtifactRecords', () => {
  test.each([
    [
      'component-tags-*',
      2,
      [
        'artifact component-tags-api/component-tags.json',
        'artifact component-tags-web/component-tags.json',
      ],
    ],
    ['component-tags', 1, ['artifact component-tags/tags.json']],
    ['other-*', 0, []],
  ])('%s matches %i artifact(s)', async (pattern, matched, names) => {
    const records = await readArtifactRecords(pattern, artifacts.store);
    expect(records.matched).toBe(matched);
    expect(records.records.map((r) => r.name)).toEqual(names);
  });
});
