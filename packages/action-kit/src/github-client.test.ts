import { describe, expect, test } from 'vitest';
import {
  isGraphqlRead,
  orchestrationUserAgent,
  usesProxy,
  writeLimiters,
} from './github-client.js';

describe('usesProxy', () => {
  test.each([
    [{}, false],
    [{ HTTPS_PROXY: 'http://proxy:3128' }, true],
    [{ https_proxy: 'http://proxy:3128' }, true],
    [{ HTTP_PROXY: 'http://proxy:3128' }, true],
    [{ http_proxy: 'http://proxy:3128' }, true],
    [{ Https_Proxy: 'http://proxy:3128' }, true],
    [{ HTTPS_PROXY: '' }, false],
    [{ NO_PROXY: '*' }, false],
  ])('%j → %s', (env, expected) => {
    expect(usesProxy(env)).toBe(expected);
  });
});

describe('orchestrationUserAgent', () => {
  test.each([
    [{}, undefined],
    [{ ACTIONS_ORCHESTRATION_ID: '  ' }, undefined],
    [{ ACTIONS_ORCHESTRATION_ID: 'abc-1.2_3' }, 'actions_orchestration_id/abc-1.2_3'],
    [{ ACTIONS_ORCHESTRATION_ID: ' a/b c ' }, 'actions_orchestration_id/a_b_c'],
  ])('%j → %s', (env, expected) => {
    expect(orchestrationUserAgent(env)).toBe(expected);
  });
});

describe('writeLimiters', () => {
  test.each([
    [{}, false],
    [{ GITOPS_PROMOTE_WRITE_INTERVAL_MS: '' }, false],
    [{ GITOPS_PROMOTE_WRITE_INTERVAL_MS: 'fast' }, false],
    [{ GITOPS_PROMOTE_WRITE_INTERVAL_MS: '-1' }, false],
    [{ GITOPS_PROMOTE_WRITE_INTERVAL_MS: '0' }, true],
    [{ GITOPS_PROMOTE_WRITE_INTERVAL_MS: '250' }, true],
  ])('%j overrides the plugin pacing: %s', (env, overrides) => {
    // Without an override the throttling plugin keeps GitHub's spacing (1 s, 3 s to notify).
    const limiters = writeLimiters(env);
    expect(Object.keys(limiters).sort()).toEqual(overrides ? ['notifications', 'write'] : []);
  });
});

describe('isGraphqlRead', () => {
  test.each([
    ['query snapshot($owner: String!) { repository(owner: $owner) { id } }', true],
    ['{ viewer { login } }', true],
    ['# mutation, said in a comment\nquery { viewer { login } }', true],
    ['query { repository(name: "mutation") { id } }', true],
    ['query { search(query: """a mutation in a block string""") { issueCount } }', true],
    ['mutation enableAutoMerge($id: ID!) { enablePullRequestAutoMerge(input: {}) { a } }', false],
    ['  mutation{addLabelsToLabelable(input: {}) { a }}', false],
    ['fragment F on PullRequest { number }\nmutation M { a { ...F } }', false],
    ['subscription { x }', false],
    ['query { mutation }', false],
  ])('%j → %s', (document, read) => {
    expect(isGraphqlRead(document)).toBe(read);
  });
});
