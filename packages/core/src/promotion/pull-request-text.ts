/**
 * The title and body of a promotion pull request. The body is for a reviewer: a table of what
 * moves (service, environment, file, old and new tag and digest, source commit) and a collapsed
 * machine-readable record. Everything taken from data (names, paths, tags, values read from the
 * files) is escaped, so nothing can inject Markdown or HTML.
 */
import type { Change } from '../change.js';
import type { ComponentTag, ComponentTags } from '../component-tags.js';
import { escapeMarkdown, inlineCode, markdownTable, shortDigest } from '../markdown.js';
import type { PromotionOperation } from './open-promotion.js';

/** Collapse control characters and runs of whitespace into one space. */
function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** Replace `{name}` placeholders; unknown ones are left as written. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}

/** `a, b, c` or, past `max` names, `a, b, c and 4 more`; `images` when there is none. */
export function serviceList(services: readonly string[], max = 5): string {
  const names = [...new Set(services)].sort();
  if (names.length === 0) return 'images';
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export interface TitleInput {
  /** `{env}`, `{services}` and `{count}` are replaced; empty gives the default title. */
  template: string;
  environment: string;
  services: readonly string[];
  hotfix: boolean;
}

const MAX_TITLE = 256;

/** `chore(deploy): bump api, web in prod`, with `Hotfix: ` in front for a hotfix. */
export function pullRequestTitle(input: TitleInput): string {
  const services = oneLine(serviceList(input.services));
  const environment = oneLine(input.environment);
  const values = { env: environment, services, count: String(new Set(input.services).size) };
  const title = oneLine(
    input.template === ''
      ? `chore(deploy): bump ${services} in ${environment}`
      : fill(input.template, values),
  );
  const prefixed = input.hotfix && !/^hotfix\b/i.test(title) ? `Hotfix: ${title}` : title;
  return prefixed.length > MAX_TITLE ? `${prefixed.slice(0, MAX_TITLE - 1)}…` : prefixed;
}

/** One row of the review table: one service in one file. */
export interface ReviewRow {
  service: string;
  environment: string;
  file: string;
  /** Distinct values (one service may be written several times in a file); empty: none. */
  oldTags: string[];
  newTags: string[];
  oldDigests: string[];
  newDigests: string[];
  /** The source commit the image was built from, when known (component-tags, else its label). */
  sourceSha: string;
}

/** The distinct non-empty values, in order. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].filter((v) => v !== '');
}

/** The value a field keeps when this bump does not change it. */
function unchanged(entry: ComponentTag | undefined, field: 'tag' | 'digest'): string[] {
  return distinct([(field === 'tag' ? entry?.tag : entry?.digest) ?? '']);
}

/**
 * Group field-level changes into one row per (file, service), in the changes' order. The source
 * commit is component-tags' `sha`, else the service's entry in `revisions` (the proposed
 * image's revision label, as the promotion contents read it).
 */
export function reviewRows(
  changes: readonly Change[],
  componentTags: ComponentTags,
  environment: string,
  revisions: Readonly<Record<string, string>> = {},
): ReviewRow[] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = JSON.stringify([change.file, change.service]);
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups.values()].map((group) => {
    const { file, service } = group[0] as Change;
    const entry = componentTags[service];
    const revision = Object.hasOwn(revisions, service) ? revisions[service] : undefined;
    const of = (field: 'tag' | 'digest') => group.filter((c) => c.field === field);
    const side = (field: 'tag' | 'digest', end: 'from' | 'to') =>
      of(field).length > 0 ? distinct(of(field).map((c) => c[end])) : unchanged(entry, field);
    return {
      service,
      environment,
      file,
      oldTags: side('tag', 'from'),
      newTags: side('tag', 'to'),
      oldDigests: side('digest', 'from'),
      newDigests: side('digest', 'to'),
      sourceSha: entry?.sha ?? revision ?? '',
    };
  });
}

/** Where source commits are linked: `<serverUrl>/<repository>/commit/<sha>`. */
export interface SourceRepository {
  serverUrl: string;
  /** `owner/name`; empty when unknown (the commit is shown, not linked). */
  repository: string;
}

const HEX = /^[0-9a-f]{7,64}$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SERVER = /^https?:\/\/[^\s()<>[\]"'`]+$/;

/** The source commit cell: a link when the commit and the repository are known. */
export function sourceCommitCell(sha: string, source: SourceRepository | undefined): string {
  if (sha === '') return '';
  const server = source?.serverUrl.replace(/\/+$/, '') ?? '';
  const linkable =
    HEX.test(sha) && REPOSITORY.test(source?.repository ?? '') && SERVER.test(server);
  if (!linkable) return inlineCode(sha.slice(0, 12));
  return `[${inlineCode(sha.slice(0, 7))}](${server}/${source?.repository}/commit/${sha})`;
}

/** A value cell: inline code (HTML is inert there), or a dash when there is no value. */
function valueCell(values: readonly string[], digest = false): string {
  if (values.length === 0) return '—';
  return values.map((value) => inlineCode(digest ? shortDigest(value) : value)).join(', ');
}

const HEADERS = [
  'Service',
  'Environment',
  'File',
  'Old tag',
  'New tag',
  'Old digest',
  'New digest',
  'Source commit',
];

/**
 * The review table of the rows. Its last column, the source commit, is left out when no row
 * knows one (a promotion between environments without readable revision labels, a bump whose
 * component-tags records no `sha`): an empty column tells a reviewer nothing.
 */
export function reviewTable(rows: readonly ReviewRow[], source?: SourceRepository): string {
  const withCommit = rows.some((r) => r.sourceSha !== '');
  return markdownTable(
    withCommit ? HEADERS : HEADERS.slice(0, -1),
    rows.map((r) => [
      escapeMarkdown(r.service),
      escapeMarkdown(r.environment),
      inlineCode(r.file),
      valueCell(r.oldTags),
      valueCell(r.newTags),
      valueCell(r.oldDigests, true),
      valueCell(r.newDigests, true),
      ...(withCommit ? [sourceCommitCell(r.sourceSha, source)] : []),
    ]),
  );
}

/** JSON safe inside HTML and Markdown: `<`, `>`, `&` and backticks as \u escapes. */
export function inertJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&`]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** What the machine-readable block of the body records. */
export interface PromotionRecord {
  environment: string;
  changes: readonly Change[];
  /** The component tags of the changed services. */
  components: ComponentTags;
}

export interface BodyInput extends PromotionRecord {
  /** The caller's Markdown, placed first; `{env}` and `{services}` are replaced (escaped). */
  template: string;
  services: readonly string[];
  hotfix: boolean;
  source?: SourceRepository;
  /** The heading above the table; the default says promotion (or hotfix) to the environment. */
  heading?: string;
  /** Markdown below the table: what the promotion brings (its source commits). */
  contents?: string;
  /** Per service, the proposed image's source commit when component-tags records none. */
  revisions?: Readonly<Record<string, string>>;
}

/** GitHub refuses bodies over 65,536 characters; stay well below. */
export const MAX_BODY = 60_000;

const RECORD_NOTE =
  'Each change is also recorded in the commit message as a `Promote-Change` trailer.';

function recordBlock(record: PromotionRecord): string {
  const { environment, changes, components } = record;
  return [
    '<details><summary>Machine-readable changes</summary>',
    '',
    '```json',
    inertJson({ environment, changes, components }),
    '```',
    '',
    '</details>',
  ].join('\n');
}

/** The pull request body: the caller's text, the review table, the collapsed record. */
export function pullRequestBody(input: BodyInput): string {
  const values = {
    env: escapeMarkdown(input.environment),
    services: escapeMarkdown(serviceList(input.services)),
  };
  const intro = input.template.trim() === '' ? [] : [fill(input.template.trim(), values)];
  const heading =
    input.heading ??
    `### ${input.hotfix ? 'Hotfix for' : 'Promotion to'} ${inlineCode(input.environment)}`;
  const rows = reviewRows(input.changes, input.components, input.environment, input.revisions);
  const parts = (shown: ReviewRow[], record: boolean) => {
    const more = rows.length - shown.length;
    return [
      ...intro,
      heading,
      reviewTable(shown, input.source),
      ...(more > 0 ? [`… and ${more} more rows: see the commit.`] : []),
      ...(input.contents ? [input.contents] : []),
      record ? recordBlock(input) : RECORD_NOTE,
    ].join('\n\n');
  };
  let body = parts(rows, true);
  if (body.length <= MAX_BODY) return `${body}\n`;
  let shown = rows.length;
  body = parts(rows, false);
  while (body.length > MAX_BODY && shown > 0) {
    shown = Math.floor(shown / 2);
    body = parts(rows.slice(0, shown), false);
  }
  return `${body.slice(0, MAX_BODY)}\n`;
}

const DONE: Record<PromotionOperation, string> = {
  created: 'Opened',
  updated: 'Updated',
  unchanged: 'Unchanged:',
  none: '',
  waiting: '',
};

/**
 * The word a report of a promotion opens with, before the pull request it names (`Opened #12`,
 * `Unchanged: #12`); empty for an operation that names none.
 */
export function operationDone(operation: PromotionOperation): string {
  return DONE[operation];
}
