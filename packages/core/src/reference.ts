/**
 * OCI image references, after the distribution project's reference grammar:
 *
 *   reference := name [ ":" tag ] [ "@" digest ]
 *   name      := [domain "/"] path-component ("/" path-component)*
 *   domain    := host [":" port]   (a first component is a domain only if it contains
 *                                   "." or ":" or is "localhost")
 *
 * Character classes are written out; no `\w` and no `i`/`u` flags, so the rules are exactly
 * the grammar's.
 */
import { InvalidReferenceError, quote } from './errors.js';

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[_.]|__|[-]+)[a-z0-9]+)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
const NAME_MAX = 255;

export const DOCKER_HUB = 'docker.io';

/** A parsed image reference. `domain` is as written (absent when the name has none). */
export interface ImageReference {
  domain?: string;
  path: string;
  tag?: string;
  digest?: string;
}

/** Whether `tag` is a valid OCI tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`. */
export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}

/** Whether `digest` is `sha256:` followed by 64 lowercase hex digits. */
export function isValidDigest(digest: string): boolean {
  return DIGEST_RE.test(digest);
}

/** Why `tag` is not a valid tag, or undefined when it is. */
export function tagProblem(tag: string): string | undefined {
  if (tag.length === 0) return 'is empty; a tag needs at least one character';
  if (tag.length > 128) return `is ${tag.length} characters long; a tag has at most 128`;
  if (!TAG_RE.test(tag))
    return 'is not a valid tag: it must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
  return undefined;
}

/** Why `digest` is not a valid digest, or undefined when it is. */
export function digestProblem(digest: string): string | undefined {
  if (DIGEST_RE.test(digest)) return undefined;
  return 'is not a valid digest: expected sha256: followed by 64 lowercase hex digits';
}

/** Whether a first name component is a registry domain rather than a path component. */
function looksLikeDomain(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** Split the name part into domain and path, validating both. */
function parseName(name: string, whole: string): { domain?: string; path: string } {
  if (name.length === 0) throw new InvalidReferenceError(whole, 'the name is empty');
  const slash = name.indexOf('/');
  const first = slash < 0 ? name : name.slice(0, slash);
  let domain: string | undefined;
  let path = name;
  if (slash >= 0 && looksLikeDomain(first)) {
    domain = first;
    path = name.slice(slash + 1);
    if (!DOMAIN_RE.test(domain))
      throw new InvalidReferenceError(whole, `the registry domain ${quote(domain)} is invalid`);
  }
  for (const component of path.split('/')) {
    if (!PATH_COMPONENT_RE.test(component)) {
      const hint = /[A-Z]/.test(component) ? ' (repository names must be lowercase)' : '';
      throw new InvalidReferenceError(
        whole,
        `the path component ${quote(component)} is invalid${hint}`,
      );
    }
  }
  if (name.length > NAME_MAX)
    throw new InvalidReferenceError(whole, `the name is longer than ${NAME_MAX} characters`);
  return domain === undefined ? { path } : { domain, path };
}

/** Parse `text` as an image reference; throws InvalidReferenceError naming the rule broken. */
export function parseReference(text: string): ImageReference {
  if (text.length === 0) throw new InvalidReferenceError(text, 'it is empty');
  if (/\s/.test(text)) throw new InvalidReferenceError(text, 'it contains white space');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    const problem = digestProblem(digest);
    if (problem)
      throw new InvalidReferenceError(text, `the digest ${problem.replace(/^is /, 'is ')}`);
  }
  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    const problem = tagProblem(tag);
    if (problem) throw new InvalidReferenceError(text, `the tag ${quote(tag)} ${problem}`);
  }
  const name = parseName(rest, text);
  return {
    ...name,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/** Parse, or return undefined for text that is not a reference. */
export function tryParseReference(text: string): ImageReference | undefined {
  try {
    return parseReference(text);
  } catch (error) {
    if (error instanceof InvalidReferenceError) return undefined;
    throw error;
  }
}

/** Parse a repository (a name without tag or digest). */
export function parseRepository(text: string): { domain?: string; path: string } {
  if (text.length === 0) throw new InvalidReferenceError(text, 'it is empty');
  if (/[\s@]/.test(text) || text.lastIndexOf(':') > text.lastIndexOf('/'))
    throw new InvalidReferenceError(text, 'a repository has no tag or digest');
  return parseName(text, text);
}

/** The repository as written: `domain/path`, or `path` when there is no domain. */
export function repositoryOf(ref: { domain?: string; path: string }): string {
  return ref.domain === undefined ? ref.path : `${ref.domain}/${ref.path}`;
}

/** Format a reference as `repo[:tag][@digest]`, keeping the tag when a digest is present. */
export function formatReference(ref: ImageReference): string {
  let text = repositoryOf(ref);
  if (ref.tag !== undefined) text += `:${ref.tag}`;
  if (ref.digest !== undefined) text += `@${ref.digest}`;
  return text;
}

/**
 * The fully qualified repository: `docker.io/library/x` for `x`, `docker.io/u/x` for `u/x`,
 * with `index.docker.io` folded into `docker.io`. Two names denote one repository exactly when
 * their normalised forms are equal.
 */
export function normalizeRepository(ref: { domain?: string; path: string }): string {
  let domain = ref.domain ?? DOCKER_HUB;
  if (domain === 'index.docker.io' || domain === 'registry-1.docker.io') domain = DOCKER_HUB;
  const path = domain === DOCKER_HUB && !ref.path.includes('/') ? `library/${ref.path}` : ref.path;
  return `${domain}/${path}`;
}

/** Normalise a repository given as text; undefined when it does not parse. */
export function normalizeRepositoryText(text: string): string | undefined {
  try {
    return normalizeRepository(parseRepository(text));
  } catch (error) {
    if (error instanceof InvalidReferenceError) return undefined;
    throw error;
  }
}

/** Whether two references name the same repository (tag and digest ignored). */
export function sameRepository(
  a: { domain?: string; path: string },
  b: { domain?: string; path: string },
): boolean {
  return normalizeRepository(a) === normalizeRepository(b);
}

/** Whether two references are the same: same repository, tag and digest. */
export function sameReference(a: ImageReference, b: ImageReference): boolean {
  return sameRepository(a, b) && a.tag === b.tag && a.digest === b.digest;
}

/** The registry host of a reference, as used for the distribution API (`docker.io` for Hub). */
export function registryOf(ref: { domain?: string; path: string }): string {
  return normalizeRepository(ref).split('/')[0] as string;
}

/** The repository path inside its registry (`library/x` for Hub's official images). */
export function registryPathOf(ref: { domain?: string; path: string }): string {
  const normal = normalizeRepository(ref);
  return normal.slice(normal.indexOf('/') + 1);
}
