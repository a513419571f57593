/** List a repository's tags, following `Link` pages on the same host. */
import { failureOf, failureOfAnswer, lookupError } from './lookup-outcome.js';
import type { RepositoryTarget, TagListLookup } from './registry-lookup.js';
import type { RegistryRequests } from './registry-requests.js';
import { nextPageUrl, tagsOfBody } from './tags-list.js';

const MAX_PAGE_BYTES = 16 * 1024 * 1024;

export interface ListTagsOptions {
  /** Ask for pages of this many tags (`?n=`); by default the registry chooses. */
  pageSize?: number;
  /** Stop with an error after this many pages (default 1000). */
  maxPages?: number;
}

export async function fetchTags(
  requests: RegistryRequests,
  target: RepositoryTarget,
  options: ListTagsOptions = {},
): Promise<TagListLookup> {
  const where = `${target.registry}/${target.repository}`;
  const fail = (detail: string): TagListLookup => ({
    ...target,
    ...lookupError(where, target.registry, 'bad-response', detail),
  });
  const maxPages = options.maxPages ?? 1000;
  const first = new URL(`${requests.repositoryUrl(target)}/tags/list`);
  if (options.pageSize !== undefined) first.searchParams.set('n', String(options.pageSize));
  const tags: string[] = [];
  try {
    let url: string | undefined = first.toString();
    for (let page = 0; url !== undefined; page++) {
      if (page >= maxPages) return fail(`more than ${maxPages} pages of tags`);
      if (new URL(url).origin !== first.origin)
        return fail(`the next page is on another host: ${url}`);
      const response = await requests.send('tags', target, {
        method: 'GET',
        url,
        headers: { accept: 'application/json' },
        maxBodyBytes: MAX_PAGE_BYTES,
      });
      if (response.status !== 200) {
        const note = requests.authNote(target.registry);
        return {
          ...target,
          ...failureOfAnswer(response, where, target.registry, ['NAME_UNKNOWN'], note),
        };
      }
      const pageTags = tagsOfBody(response.body);
      if (pageTags === undefined) return fail('the tags list is not {"tags": [...]}');
      tags.push(...pageTags);
      url = nextPageUrl(response.headers.link, url);
    }
  } catch (error) {
    return { ...target, ...failureOf(error, where, target.registry) };
  }
  return { ...target, status: 'present', tags };
}
