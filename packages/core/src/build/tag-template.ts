/**
 * Tag templates: lines such as `{{env}}-v{{version}}-{{short_sha}}-{{timestamp}}` that become
 * the tags a build pushes. Rendering is pure; every result is checked against the tag grammar.
 */
import { InputError } from '../errors.js';
import { tagProblem } from '../reference.js';

/** What a template can refer to. Absent values make the placeholders that need them fail. */
export interface TagContext {
  sha: string;
  shortSha: string;
  version?: string;
  env?: string;
  /** Unix seconds. */
  timestamp: number;
  branch?: string;
  runNumber?: string;
}

export const PLACEHOLDERS = [
  'sha',
  'short_sha',
  'version',
  'env',
  'timestamp',
  'branch',
  'run_number',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER_RE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Where each placeholder's value comes from, and which input to set when it is missing. */
const SOURCES: Record<
  Placeholder,
  { value: (c: TagContext) => string | undefined; input: string }
> = {
  sha: { value: (c) => c.sha, input: 'sha' },
  short_sha: { value: (c) => c.shortSha, input: 'sha' },
  version: { value: (c) => c.version, input: 'version' },
  env: { value: (c) => c.env, input: 'environment' },
  timestamp: { value: (c) => String(c.timestamp), input: 'timestamp' },
  branch: { value: (c) => c.branch, input: 'the workflow ref' },
  run_number: { value: (c) => c.runNumber, input: 'the run number' },
};

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** The placeholders a template uses; an unknown one throws, naming the input `tags`. */
export function placeholdersOf(template: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of template.matchAll(PLACEHOLDER_RE)) {
    const name = match[1] as string;
    if (!isPlaceholder(name))
      throw new InputError(
        'tags',
        template,
        `uses the unknown placeholder {{${name}}}; known: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
      );
    found.push(name);
  }
  return found;
}

/** Render one template line to a tag, validated against the OCI tag grammar. */
export function renderTag(template: string, context: TagContext): string {
  placeholdersOf(template);
  const tag = template.replace(PLACEHOLDER_RE, (_whole, name: string) => {
    const source = SOURCES[name as Placeholder];
    const value = source.value(context);
    if (value === undefined || value === '')
      throw new InputError(
        'tags',
        template,
        `needs {{${name}}}, but no value was found (set '${source.input}')`,
      );
    return value;
  });
  const problem = tagProblem(tag);
  if (problem)
    throw new InputError('tags', template, `renders to ${JSON.stringify(tag)}, which ${problem}`);
  return tag;
}

/** Render every template line; duplicates collapse, order is kept. */
export function renderTags(templates: readonly string[], context: TagContext): string[] {
  return [...new Set(templates.map((t) => renderTag(t, context)))];
}

/**
 * A Git ref name made tag-safe, as docker/metadata-action does for `{{branch}}`:
 * `refs/heads/feature/x` -> `feature-x`.
 */
export function tagSafeRefName(ref: string): string {
  const name = ref.replace(/^refs\/(heads|tags|pull)\//, '');
  return name
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

/** The short form of a commit SHA; `length` must be 4 to 40. */
export function shortSha(sha: string, length: number): string {
  return sha.slice(0, length);
}
