import { describe, expect, test } from 'vitest';
import { InputError } from '../errors.js';
import { registryAuthSecrets, registryLogin } from './registry-login.js';

const config = (auths: Record<string, unknown>) => ({
  path: '/home/runner/.docker/config.json',
  text: JSON.stringify({ auths }),
});
const basic = (user: string, password: string) =>
  Buffer.from(`${user}:${password}`).toString('base64');

describe('registryAuthSecrets', () => {
  test.each([
    { text: 'ghcr.io=bot:p4ss', secrets: ['p4ss', 'ghcr.io=bot:p4ss'] },
    { text: '# comment\n\n  ghcr.io = bot:p:4ss  ', secrets: ['p:4ss', 'ghcr.io = bot:p:4ss'] },
    { text: 'bot:p4ss', secrets: ['p4ss', 'bot:p4ss'] },
    { text: 'ghcr.io=p4ss', secrets: ['p4ss', 'ghcr.io=p4ss'] },
    { text: '', secrets: [] },
  ])('$text', ({ text, secrets }) => {
    expect(registryAuthSecrets(text)).toEqual(secrets);
  });
});

describe('registryLogin', () => {
  test('input lines win over the Docker config; hosts say where each came from', () => {
    const login = registryLogin(
      'ghcr.io=input-user:input-pass',
      config({
        'ghcr.io': { auth: basic('config-user', 'config-pass') },
        'https://index.docker.io/v1/': { auth: basic('hub', 'hub-pass') },
      }),
    );
    expect(login.credentialsFor('ghcr.io')).toEqual({
      username: 'input-user',
      password: 'input-pass',
    });
    expect(login.credentialsFor('docker.io')).toEqual({ username: 'hub', password: 'hub-pass' });
    expect(login.credentialsFor('quay.io')).toBeUndefined();
    expect(login.hosts).toEqual([
      { host: 'ghcr.io', from: 'registry-auth' },
      { host: 'docker.io', from: '/home/runner/.docker/config.json' },
    ]);
    expect(login.secrets).toEqual(
      expect.arrayContaining(['config-pass', 'hub-pass', basic('hub', 'hub-pass')]),
    );
  });

  test('a malformed line is an InputError that masks the password', () => {
    expect(() => registryLogin('ghcr.io=bot')).toThrow(InputError);
    expect(() => registryLogin('ghcr.io=bot')).toThrow(`Input 'registry-auth': "ghcr.io=***"`);
  });

  test('anonymous when nothing is configured', () => {
    const login = registryLogin('');
    expect(login.credentialsFor('ghcr.io')).toBeUndefined();
    expect(login.hosts).toEqual([]);
  });
});

describe('registryLogin with credential helpers run', () => {
  const text = JSON.stringify({
    auths: { 'quay.io': { auth: basic('inline', 'inline-pass') }, 'ghcr.io': {} },
    credsStore: 'desktop',
    credHelpers: { 'gcr.io': 'gcloud' },
  });
  const asked: string[] = [];
  const login = registryLogin(
    'ghcr.io=input-user:input-pass',
    { path: '/home/me/.docker/config.json', text },
    (name, server) => {
      asked.push(`${name} ${server}`);
      if (name === 'gcloud') return '{"Username":"oauth2accesstoken","Secret":"ya29"}';
      return server === 'quay.io' ? undefined : '{"Username":"hub","Secret":"hub-pass"}';
    },
  );

  test('input lines first, then the host’s helper or the store, then inline auths', () => {
    expect(login.credentialsFor('ghcr.io')).toEqual({
      username: 'input-user',
      password: 'input-pass',
    });
    expect(login.credentialsFor('gcr.io')).toEqual({
      username: 'oauth2accesstoken',
      password: 'ya29',
    });
    expect(login.credentialsFor('docker.io')).toEqual({ username: 'hub', password: 'hub-pass' });
    expect(login.credentialsFor('quay.io')).toEqual({
      username: 'inline',
      password: 'inline-pass',
    });
    expect(asked).toEqual([
      'gcloud gcr.io',
      'desktop https://index.docker.io/v1/',
      'desktop quay.io',
    ]);
  });

  test('hosts name the helpers; no note says the helpers are not read', () => {
    expect(login.hosts).toContainEqual({ host: 'gcr.io', from: 'docker-credential-gcloud' });
    expect(login.hosts).toContainEqual({ host: '*', from: 'docker-credential-desktop' });
    expect(login.notes.join('\n')).not.toMatch(/not read/);
  });
});
