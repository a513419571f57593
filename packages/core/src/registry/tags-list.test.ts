import { describe, expect, test } from 'vitest';
import { nextPageUrl, tagsOfBody } from './tags-list.js';

describe('tagsOfBody', () => {
  test.each([
    ['{"name":"a","tags":["v1","v2"]}', ['v1', 'v2']],
    ['{"name":"a","tags":null}', []],
    ['{"name":"a"}', undefined],
    ['{"tags":[1]}', undefined],
    ['not json', undefined],
    ['null', undefined],
  ])('%s', (body, expected) => {
    expect(tagsOfBody(body)).toEqual(expected);
  });
});

describe('nextPageUrl', () => {
  const page = 'http://127.0.0.1:5000/v2/app/tags/list?n=2';
  test.each([
    [undefined, undefined],
    ['', undefined],
    [
      '</v2/app/tags/list?last=b&n=2>; rel="next"',
      'http://127.0.0.1:5000/v2/app/tags/list?last=b&n=2',
    ],
    [
      '<https://other.example/v2/app/tags/list?last=b>; rel=next',
      'https://other.example/v2/app/tags/list?last=b',
    ],
    ['</a>; rel="prev", </b>; rel="next"', 'http://127.0.0.1:5000/b'],
    ['</a>; rel="prev"', undefined],
    ['</c>; title="x"; rel="last next"', 'http://127.0.0.1:5000/c'],
  ])('%s', (link, expected) => {
    expect(nextPageUrl(link, page)).toBe(expected);
  });
});
