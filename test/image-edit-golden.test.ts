/**
 * Golden files of the image-edit engine. Each case under test/golden/<case>/ holds:
 *   input/**              the files as a config repo has them
 *   component-tags.json   what the build recorded
 *   options.json          optional: { "write": "tag+digest" | "tag" | "digest", "services": [...],
 *                         "files": [...], "allowDowngrade": true,
 *                         "fluxNamespace": { "namespace": "develop", "explicit": false } } (the files bumped; default every input file; the
 *                         others are only the tree, e.g. a chart's values.yaml under an overlay)
 *   expected/**           the files after the bump (a file missing here must stay unchanged)
 *   expected-error.txt    instead of expected/: the error the bump must fail with
 *   changes.json          optional: the changes the bump reports
 * Each case is compared byte for byte, then run again on its output, which must change nothing.
 * Kustomizations among the outputs are also rendered with `kubectl kustomize`.
 *
 * UPDATE_GOLDEN=1 writes expected/ (and changes.json) from the engine; review the diff.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseComponentTags } from '../packages/core/src/component-tags.js';
import { bumpFiles, type WriteMode } from '../packages/core/src/image-edit/index.js';
import type { TreeSource } from '../packages/core/src/verify/chart-files.js';
import type { FluxNamespace } from '../packages/core/src/image-edit/flux-namespaces.js';
import { memoryTree } from './support/memory-tree.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenCase {
  name: string;
  dir: string;
  files: { path: string; text: string }[];
  componentTags: ReturnType<typeof parseComponentTags>;
  write: WriteMode;
  services?: string[];
  allowDowngrade: boolean;
  fluxNamespace?: FluxNamespace;
  /** Every input file: the tree the bumped files are in. */
  tree: TreeSource;
}

/** Every file under `dir`, as paths relative to it, sorted. */
function listFiles(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path, root) : [relative(root, path)];
    })
    .sort();
}

function loadCase(name: string): GoldenCase {
  const dir = join(GOLDEN, name);
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  const options = existsSync(join(dir, 'options.json')) ? JSON.parse(read('options.json')) : {};
  const all = listFiles(join(dir, 'input')).map((path) => ({
    path,
    text: read(join('input', path)),
  }));
  const bumped: string[] | undefined = options.files;
  const files = bumped ? all.filter((f) => bumped.includes(f.path)) : all;
  return {
    name,
    dir,
    files,
    tree: memoryTree(Object.fromEntries(all.map((f) => [f.path, f.text]))),
    componentTags: parseComponentTags(read('component-tags.json'), 'component-tags.json'),
    write: options.write ?? 'tag+digest',
    allowDowngrade: options.allowDowngrade === true,
    ...(options.fluxNamespace ? { fluxNamespace: options.fluxNamespace } : {}),
    ...(options.services ? { services: options.services } : {}),
  };
}

const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => loadCase(entry.name));

/** Run the engine on a case's files, as a caller would. */
function bump(golden: GoldenCase, files = golden.files) {
  return bumpFiles({
    files,
    componentTags: golden.componentTags,
    write: golden.write,
    tree: golden.tree,
    allowDowngrade: golden.allowDowngrade,
    ...(golden.fluxNamespace ? { fluxNamespace: golden.fluxNamespace } : {}),
    ...(golden.services ? { services: golden.services } : {}),
  });
}

/** The error a bump throws, as `Name: message`. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'no error';
}

const succeeding = cases.filter((c) => !existsSync(join(c.dir, 'expected-error.txt')));
const failing = cases.filter((c) => existsSync(join(c.dir, 'expected-error.txt')));

describe('image-edit golden files', () => {
  test('there are cases of both outcomes', () => {
    expect(succeeding.length).toBeGreaterThan(10);
    expect(failing.length).toBeGreaterThan(3);
  });

  test.each(succeeding.map((c) => [c.name, c] as const))('%s', (_, golden) => {
    const result = bump(golden);
    const after = new Map(result.files.map((f) => [f.path, f.after]));
    if (UPDATE) {
      rmSync(join(golden.dir, 'expected'), { recursive: true, force: true });
      for (const [path, text] of after) {
        mkdirSync(dirname(join(golden.dir, 'expected', path)), { recursive: true });
        writeFileSync(join(golden.dir, 'expected', path), text);
      }
      writeFileSync(
        join(golden.dir, 'changes.json'),
        `${JSON.stringify(result.changes, null, 2)}\n`,
      );
    }
    const expectedFiles = listFiles(join(golden.dir, 'expected'));
    for (const path of expectedFiles)
      expect(
        golden.files.map((f) => f.path),
        `expected/${path} has no input`,
      ).toContain(path);
    for (const { path, text } of golden.files) {
      const expectedPath = join(golden.dir, 'expected', path);
      const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : text;
      expect(after.get(path) ?? text, path).toBe(expected);
    }
    for (const change of result.changes) {
      const line = (after.get(change.file) ?? '').split('\n')[change.line - 1] ?? '';
      expect(line, `${change.file}:${change.line} shows the new ${change.field}`).toContain(
        change.to,
      );
    }
    if (existsSync(join(golden.dir, 'changes.json')))
      expect(result.changes).toEqual(
        JSON.parse(readFileSync(join(golden.dir, 'changes.json'), 'utf8')),
      );
    const again = bump(
      golden,
      golden.files.map(({ path, text }) => ({ path, text: after.get(path) ?? text })),
    );
    expect(again.files, 'a second run changes nothing').toEqual([]);
    expect(again.changes).toEqual([]);
  });

  test.each(failing.map((c) => [c.name, c] as const))('%s fails closed', (_, golden) => {
    const message = errorOf(() => bump(golden));
    const path = join(golden.dir, 'expected-error.txt');
    if (UPDATE) writeFileSync(path, `${message}\n`);
    expect(message).toBe(readFileSync(path, 'utf8').trimEnd());
  });
});

/** The kustomize.config.k8s.io Kustomizations among a case's expected outputs. */
function kustomizations(golden: GoldenCase): { path: string; text: string }[] {
  return listFiles(join(golden.dir, 'expected'))
    .filter((path) => /(^|\/)kustomization\.ya?ml$/.test(path))
    .map((path) => ({ path, text: readFileSync(join(golden.dir, 'expected', path), 'utf8') }));
}

const kubectl = ['/usr/bin/kubectl', '/usr/local/bin/kubectl'].find((p) => existsSync(p));

interface KustomizeImage {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/** A directory holding the kustomization, a deployment using its images, and stub resources. */
function renderDir(kustomization: string): { dir: string; images: KustomizeImage[] } {
  const dir = mkdtempSync(join(tmpdir(), 'golden-kustomize-'));
  const data = parseYaml(kustomization) as { resources?: string[]; images?: KustomizeImage[] };
  const images = data.images ?? [];
  const containers = images
    .map((image, i) => `        - name: c${i}\n          image: ${image.name}:old\n`)
    .join('');
  for (const resource of data.resources ?? []) {
    const name = resource.replace(/\.ya?ml$/, '').replace(/[^a-z0-9-]/g, '-');
    writeFileSync(
      join(dir, resource),
      resource === 'deployment.yaml'
        ? `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n${containers}`
        : `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`,
    );
  }
  writeFileSync(join(dir, 'kustomization.yaml'), kustomization);
  return { dir, images };
}

describe.skipIf(!kubectl)('kubectl kustomize renders bumped kustomizations', () => {
  const rendered = succeeding.flatMap((golden) =>
    kustomizations(golden)
      .filter(({ text }) => /resources:[\s\S]*deployment\.yaml/.test(text) && !text.includes('../'))
      .map(({ path, text }) => [`${golden.name}/${path}`, text] as const),
  );

  test('some golden outputs are kustomizations with a deployment', () => {
    expect(rendered.length).toBeGreaterThan(0);
  });

  test.each(rendered)('%s renders repo:tag@digest', (_, text) => {
    const { dir, images } = renderDir(text);
    try {
      const output = execFileSync(kubectl as string, ['kustomize', dir], { encoding: 'utf8' });
      const pinned = images.filter((image) => image.digest !== undefined);
      expect(pinned.length, 'a pinned image').toBeGreaterThan(0);
      for (const image of pinned) {
        const repository = image.newName ?? image.name;
        const tag = image.newTag === undefined ? '' : `:${image.newTag}`;
        expect(output).toContain(`image: ${repository}${tag}@${image.digest}\n`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
