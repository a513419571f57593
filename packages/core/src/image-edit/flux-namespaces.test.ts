import { describe, expect, test } from 'vitest';
import { bumpFiles } from './bump-files.js';
import { activeFluxNamespace, type FluxNamespace, markerNamespaces } from './flux-namespaces.js';

const deployment = (namespace: string) => ({
  path: `apps/api/${namespace}/deployment.yaml`,
  text: `image: ghcr.io/org/api:old # {"$imagepolicy": "${namespace}:api"}\n`,
});
const perEnvironment = [deployment('develop'), deployment('staging')];
const oneNamespace = [deployment('flux-system')];

describe('activeFluxNamespace', () => {
  test.each<[string, FluxNamespace | undefined, typeof perEnvironment, string | undefined]>([
    ['no setting', undefined, perEnvironment, undefined],
    [
      'the environment, used by some marker',
      { namespace: 'develop', explicit: false },
      perEnvironment,
      'develop',
    ],
    [
      'the environment, used by no marker',
      { namespace: 'develop', explicit: false },
      oneNamespace,
      undefined,
    ],
    ['flux-namespace given', { namespace: 'develop', explicit: true }, oneNamespace, 'develop'],
    ['empty', { namespace: '', explicit: true }, perEnvironment, undefined],
  ])('%s', (_, setting, files, expected) => {
    expect(activeFluxNamespace(setting, files)).toBe(expected);
  });

  test('markers are read as Flux reads them', () => {
    expect([...markerNamespaces([...perEnvironment, ...oneNamespace])].sort()).toEqual([
      'develop',
      'flux-system',
      'staging',
    ]);
  });
});

describe('bumpFiles with a Flux namespace', () => {
  const input = {
    files: perEnvironment,
    componentTags: { api: { tag: 'new' } },
    write: 'tag' as const,
  };

  test("other namespaces' markers are left alone and reported", () => {
    const result = bumpFiles({
      ...input,
      fluxNamespace: { namespace: 'develop', explicit: false },
    });
    expect(result.files.map((f) => f.path)).toEqual(['apps/api/develop/deployment.yaml']);
    expect(result.leftAlone.map((o) => [o.file, o.policy])).toEqual([
      ['apps/api/staging/deployment.yaml', 'staging:api'],
    ]);
  });

  test('a namespace no marker uses, given explicitly: nothing is written, the service is unmatched', () => {
    const result = bumpFiles({ ...input, fluxNamespace: { namespace: 'prod', explicit: true } });
    expect(result.files).toEqual([]);
    expect(result.unmatchedServices).toEqual(['api']);
    expect(result.leftAlone).toHaveLength(2);
  });
});
