/**
 * fast-check arbitraries of config-repository YAML files for the engine's property suite: random
 * nesting of block and flow maps and sequences, comments (with tabs and unicode), every quoting
 * style, anchors and aliases, CRLF, a BOM, several documents; and, at random places, Helm image
 * maps, kustomize `images:` items, image strings and image strings under a Flux `$imagepolicy`
 * marker. Each generated file knows where each image is (its value paths), so a test can say
 * what a bump must change.
 */
import fc from 'fast-check';

/** One image written in a file, and the value paths that hold it. */
export interface PlacedImage {
  service: string;
  repository: string;
  document: number;
  kind: 'helm-map' | 'kustomize-image' | 'image-string' | 'flux-marker';
  /** Helm maps and kustomize items: the map's path (tag, digest keys under it). */
  mapPath?: (string | number)[];
  tagKey?: string;
  /** Whether the map has a digest key already. */
  hasDigest?: boolean;
  /** Image strings: the string's path. */
  refPath?: (string | number)[];
}

export interface GeneratedFile {
  text: string;
  images: PlacedImage[];
}

export const SERVICES = ['api', 'web', 'worker', 'billing', 'auth'];
export const repositoryOf = (service: string) => `ghcr.io/acme/${service}`;

/** Characters YAML prints as they are (no line breaks, no BOM, no U+FFFD, no NEL). */
const printable = fc
  .oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xa0, max: 0x2027 }),
    fc.integer({ min: 0x2030, max: 0xd7ff }),
    fc.integer({ min: 0xe000, max: 0xfefe }),
    fc.integer({ min: 0xff00, max: 0xfffc }),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  )
  .map((code) => String.fromCodePoint(code));
const text = fc.array(printable, { maxLength: 12 }).map((chars) => chars.join(''));
const comment = fc
  .tuple(fc.constantFrom(' ', '  ', '\t', ' \t'), text)
  .map(([gap, body]) => `${gap}#${body.replace(/^(?=[^ \t])/, ' ')}`);
const maybeComment = fc.option(comment, { nil: '', freq: 3 });

/** A tag as a build would produce it, including ones YAML readers would read as numbers. */
export const tag = fc.oneof(
  fc.constantFrom('v1.2.3', 'latest', '1.20', '1e3', '08', '0800', '0x1F', '0X1F', '0o_17'),
  fc.constantFrom(
    'yes',
    'on',
    'null',
    '2024-01-02',
    '1_000',
    'e5c2216',
    '1.5e1_0',
    'True',
    '0.5',
    '0B101',
  ),
  fc
    .tuple(
      fc.constantFrom('v', 'develop-', '', 'sha-', 'release_'),
      fc.stringMatching(/^[0-9a-f]{1,8}$/),
      fc.constantFrom('', '.1', '-rc.1', '-alpine'),
    )
    .map(([a, b, c]) => `${a}${b}${c}`)
    .filter((t) => /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(t)),
);
export const digest = fc.stringMatching(/^[0-9a-f]{64}$/).map((hex) => `sha256:${hex}`);

type Style = 'plain' | 'single' | 'double';
const style = fc.constantFrom<Style>('plain', 'single', 'double');

/** `value` written in `style`; a plain value that would not read as that string is quoted. */
function written(value: string, wanted: Style, plainOk: (v: string) => boolean): string {
  if (wanted === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (wanted === 'double' || !plainOk(value)) return JSON.stringify(value);
  return value;
}

/** Context of one generated document: fresh names, the images placed so far. */
interface Ctx {
  document: number;
  images: PlacedImage[];
  names: number;
  plainOk: (v: string) => boolean;
}

/** A node of the document model, rendered later (it needs the context for names and paths). */
type Render = (ctx: Ctx, path: (string | number)[], indent: string) => string[];

const fillerWord = fc.constantFrom('enabled', 'replicas', 'port', 'name', 'note', 'level', 'x');
/** A filler value as written: plain (some read as numbers, booleans, null) or quoted text. */
const fillerScalar = fc.oneof(
  fc.constantFrom('true', '3', '1.5', '~', 'null', 'IfNotPresent', 'a b c', '0x1F', 'yes', '1:20'),
  fc
    .tuple(text, fc.constantFrom<Style>('single', 'double'))
    .map(([v, s]) => written(v, s, () => false)),
);

/** `key: scalar # comment` (a filler value in any style). */
const scalarEntry: fc.Arbitrary<Render> = fc
  .tuple(fillerWord, fillerScalar, maybeComment)
  .map(([key, value, c]) => (ctx, _path, indent) => [
    `${indent}${key}${ctx.names++}: ${value}${c}`,
  ]);

/** A flow collection of fillers: `key: {a: 1, b: "x"}` or `key: [1, 'a']`. */
const flowEntry: fc.Arbitrary<Render> = fc
  .tuple(fillerWord, fc.array(fillerScalar, { maxLength: 3 }), fc.boolean())
  .map(([key, items, isMap]) => (ctx, _path, indent) => {
    const parts = items.map((v, i) => (isMap ? `k${i}: ${v}` : v));
    const flow = isMap ? `{${parts.join(', ')}}` : `[${parts.join(', ')}]`;
    return [`${indent}${key}${ctx.names++}: ${flow}`];
  });

/** An anchored filler map and an alias of it (`base: &a {…}` then `copy: *a`). */
const anchorEntry: fc.Arbitrary<Render> = fc.constant((ctx, _path, indent) => {
  const n = ctx.names++;
  return [
    `${indent}base${n}: &anchor${n}`,
    `${indent}  x: 1 # anchored`,
    `${indent}copy${n}: *anchor${n}`,
  ];
});

/** A standalone comment line or a blank line. */
const commentLine: fc.Arbitrary<Render> = fc
  .oneof(comment, fc.constant(''))
  .map((c) => (_ctx, _path, indent) => [c === '' ? '' : `${indent}${c.trimStart()}`]);

/** A Helm image map under `<key>:` (block or flow), keys in any order. */
const helmMap: fc.Arbitrary<Render> = fc
  .record({
    service: fc.constantFrom(...SERVICES),
    old: tag,
    oldDigest: fc.option(digest, { nil: undefined }),
    tagStyle: style,
    flow: fc.boolean(),
    tagFirst: fc.boolean(),
    pullPolicy: fc.boolean(),
    c1: maybeComment,
    c2: maybeComment,
  })
  .map((g) => (ctx, path, indent) => {
    const key = `image${ctx.names++}`;
    const mapPath = [...path, key];
    const tagText = written(g.old, g.tagStyle, ctx.plainOk);
    const repo = repositoryOf(g.service);
    // A flow map has no place to add a digest key: it is written with one.
    const oldDigest = g.flow ? (g.oldDigest ?? `sha256:${'0'.repeat(64)}`) : g.oldDigest;
    ctx.images.push({
      service: g.service,
      repository: repo,
      document: ctx.document,
      kind: 'helm-map',
      mapPath,
      tagKey: 'tag',
      hasDigest: oldDigest !== undefined,
    });
    const pairs = [`repository: ${repo}`, `tag: ${tagText}`];
    if (!g.tagFirst) pairs.reverse();
    if (oldDigest) pairs.push(`digest: ${oldDigest}`);
    if (g.flow) return [`${indent}${key}: {${pairs.join(', ')}}${g.c1}`];
    const lines = [
      `${indent}${key}:${g.c1}`,
      ...pairs.map((p, i) => `${indent}  ${p}${i === 0 ? g.c2 : ''}`),
    ];
    if (g.pullPolicy) lines.splice(1, 0, `${indent}  pullPolicy: IfNotPresent`);
    return lines;
  });

/** `image: repo:tag[@digest]`, or the same under a Flux marker naming the service's policy. */
const imageString: fc.Arbitrary<Render> = fc
  .record({
    service: fc.constantFrom(...SERVICES),
    old: tag,
    oldDigest: fc.option(digest, { nil: undefined }),
    s: style,
    marker: fc.boolean(),
    c: maybeComment,
  })
  .map((g) => (ctx, path, indent) => {
    const key = `image`;
    const holder = `container${ctx.names++}`;
    const repo = repositoryOf(g.service);
    const ref = `${repo}:${g.old}${g.oldDigest ? `@${g.oldDigest}` : ''}`;
    ctx.images.push({
      service: g.service,
      repository: repo,
      document: ctx.document,
      kind: g.marker ? 'flux-marker' : 'image-string',
      refPath: [...path, holder, key],
    });
    const marker = g.marker ? ` # {"$imagepolicy": "flux-system:${g.service}"}` : g.c;
    return [`${indent}${holder}:`, `${indent}  ${key}: ${written(ref, g.s, ctx.plainOk)}${marker}`];
  });

/** A nested map of entries (with images inside, at depth). */
function nested(depth: number): fc.Arbitrary<Render> {
  const entry: fc.Arbitrary<Render> =
    depth > 0
      ? fc.oneof(
          { weight: 3, arbitrary: scalarEntry },
          { weight: 1, arbitrary: flowEntry },
          { weight: 1, arbitrary: anchorEntry },
          { weight: 1, arbitrary: commentLine },
          { weight: 2, arbitrary: helmMap },
          { weight: 2, arbitrary: imageString },
          { weight: 2, arbitrary: fc.constant(null).chain(() => nested(depth - 1)) },
          { weight: 1, arbitrary: fc.constant(null).chain(() => sequence(depth - 1)) },
        )
      : fc.oneof(scalarEntry, helmMap, imageString);
  return fc
    .tuple(fc.array(entry, { minLength: 1, maxLength: 4 }), fillerWord)
    .map(([entries, word]) => (ctx, path, indent) => {
      const key = `${word}${ctx.names++}`;
      return [`${indent}${key}:`, ...entries.flatMap((e) => e(ctx, [...path, key], `${indent}  `))];
    });
}

/** A block sequence of maps, each holding an image or fillers (`- name: x` items). */
function sequence(depth: number): fc.Arbitrary<Render> {
  const item = fc.oneof(
    helmMap,
    imageString,
    scalarEntry,
    ...(depth > 0 ? [nested(depth - 1)] : []),
  );
  return fc
    .tuple(fc.array(item, { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([items, indented]) => (ctx, path, indent) => {
      const key = `items${ctx.names++}`;
      const dash = indented ? `${indent}  - ` : `${indent}- `;
      const lines = [`${indent}${key}:`];
      items.forEach((render, i) => {
        lines.push(`${dash}name: item${i}`);
        lines.push(...render(ctx, [...path, key, i], ' '.repeat(dash.length)));
      });
      return lines;
    });
}

/** A values-like document: top-level entries. */
const valuesDocument = fc
  .array(fc.oneof(nested(2), helmMap, imageString, scalarEntry, commentLine, sequence(1)), {
    minLength: 1,
    maxLength: 5,
  })
  .map((entries) => (ctx: Ctx) => [
    `kind: Values${ctx.document}`, // never an empty document
    ...entries.flatMap((e) => e(ctx, [], '')),
  ]);

/** A Kustomization with an `images:` list. */
const kustomization = fc
  .array(
    fc.record({
      service: fc.constantFrom(...SERVICES),
      old: tag,
      s: style,
      digest: fc.option(digest, { nil: undefined }),
      c: maybeComment,
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((items) => (ctx: Ctx) => {
    const lines = [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '  - deployment.yaml',
      'images:',
    ];
    const seen = new Set<string>();
    items.forEach((item) => {
      if (seen.has(item.service)) return; // kustomize names an image once
      seen.add(item.service);
      const index = seen.size - 1;
      ctx.images.push({
        service: item.service,
        repository: repositoryOf(item.service),
        document: ctx.document,
        kind: 'kustomize-image',
        mapPath: ['images', index],
        tagKey: 'newTag',
        hasDigest: item.digest !== undefined,
      });
      lines.push(`  - name: ${repositoryOf(item.service)}${item.c}`);
      lines.push(`    newTag: ${written(item.old, item.s, ctx.plainOk)}`);
      if (item.digest) lines.push(`    digest: ${item.digest}`);
    });
    return lines;
  });

/** A whole file: one to three documents, LF or CRLF, with or without a BOM. */
export function generatedFile(plainOk: (v: string) => boolean): fc.Arbitrary<GeneratedFile> {
  return fc
    .record({
      documents: fc.array(fc.oneof({ weight: 3, arbitrary: valuesDocument }, kustomization), {
        minLength: 1,
        maxLength: 3,
      }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      header: maybeComment,
    })
    .map(({ documents, crlf, bom, header }) => {
      const images: PlacedImage[] = [];
      const lines: string[] = header ? [header.trimStart()] : [];
      documents.forEach((render, document) => {
        if (document > 0 || lines.length > 0) lines.push('---');
        lines.push(...render({ document, images, names: 0, plainOk }));
      });
      const eol = crlf ? '\r\n' : '\n';
      return { text: `${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`, images };
    });
}
