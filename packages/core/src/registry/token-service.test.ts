import { describe, expect, test } from 'vitest';
import { RegistryAuthError, realmUrl, tokenOfAnswer } from './token-service.js';

describe('tokenOfAnswer', () => {
  test.each([
    ['{"token":"t","expires_in":300}', { token: 't', seconds: 300 }],
    ['{"access_token":"a"}', { token: 'a', seconds: 60 }],
    ['{"token":"t","access_token":"a","expires_in":0}', { token: 't', seconds: 60 }],
    ['{"token":"","access_token":"a"}', { token: 'a', seconds: 60 }],
    ['{"token":1}', undefined],
    ['{}', undefined],
    ['null', undefined],
    ['<html>', undefined],
  ])('%s', (body, expected) => {
    expect(tokenOfAnswer(body)).toEqual(expected);
  });
});

describe('realmUrl', () => {
  test.each([
    ['https://ghcr.io/token', [], 'https://ghcr.io/token'],
    ['http://127.0.0.1:5001/token', ['127.0.0.1'], 'http://127.0.0.1:5001/token'],
    ['http://127.0.0.1:5001/token', ['127.0.0.1:5001'], 'http://127.0.0.1:5001/token'],
  ])('%s with %j', (realm, insecure, expected) => {
    expect(realmUrl('r.test', realm, insecure).toString()).toBe(expected);
  });

  test.each([
    ['http://auth.example/token', [], 'not HTTPS and not an insecure registry'],
    ['http://127.0.0.1:5001/token', ['127.0.0.1:5000'], 'not HTTPS and not an insecure registry'],
    ['ftp://auth.example/token', ['auth.example'], 'not HTTPS'],
    ['not a url', [], 'is not a URL'],
  ])('refuses %s with %j', (realm, insecure, message) => {
    expect(() => realmUrl('r.test', realm, insecure)).toThrow(RegistryAuthError);
    expect(() => realmUrl('r.test', realm, insecure)).toThrow(message);
  });
});
