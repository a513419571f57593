/**
 * A synthetic config repository of N services, deterministic for a given N:
 *   helm/platform/values-{develop,staging,preview,production}.yaml   N services each, with
 *     comments, anchors and merge keys, three quoting styles, trailing comments, and one
 *     service in seven without a `digest:` line (the bump inserts one);
 *   k8s/<service>/kustomization.yaml      N kustomizations, one `images:` entry each;
 *   flux/apps/<service>/deployment.yaml   N Flux-marked manifests (whole-reference marker, or
 *     a HelmRelease with name/tag/digest markers, alternately);
 * and a component-tags.json that moves every service to a new tag and digest, so that every
 * occurrence changes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const ENVIRONMENTS = ['develop', 'staging', 'preview', 'production'] as const;

/** The `files` glob lines that match every generated file. */
export const FILE_PATTERNS = [
  'helm/platform/values-*.yaml',
  'k8s/*/kustomization.yaml',
  'flux/apps/*/deployment.yaml',
];

export interface ConfigFile {
  path: string;
  text: string;
}

export interface ComponentTagEntry {
  tag: string;
  sha: string;
  digest: string;
  image: string;
}

export interface ConfigRepo {
  services: string[];
  files: ConfigFile[];
  componentTags: Record<string, ComponentTagEntry>;
  componentTagsJson: string;
}

/** `svc-00042`. */
export function serviceName(i: number): string {
  return `svc-${String(i).padStart(5, '0')}`;
}

/** A deterministic sha256 digest of `text`. */
export function digestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

function repositoryOf(service: string): string {
  return `ghcr.io/acme/${service}`;
}

/** `tag: 1.0.0`, `tag: "1.0.0"`, `tag: '1.0.0'  # pinned by the release train`. */
function tagLine(i: number, tag: string): string {
  const styles = [`tag: ${tag}`, `tag: "${tag}"`, `tag: '${tag}'  # pinned by the release train`];
  return styles[i % styles.length] as string;
}

function helmService(i: number, env: string): string {
  const service = serviceName(i);
  const lines = [
    `# ${service}: owned by team-${i % 17}`,
    `${service}:`,
    `  replicaCount: ${1 + (i % 3)}`,
    '  image:',
    '    <<: *imageDefaults',
    `    repository: ${repositoryOf(service)}`,
    `    ${tagLine(i, '1.0.0')}`,
  ];
  if (i % 7 !== 3) lines.push(`    digest: ${digestOf(`${service}@1.0.0`)}`);
  lines.push('  resources: *defaultResources', `  env: {ENVIRONMENT: ${env}, LOG_LEVEL: info}`, '');
  return lines.join('\n');
}

function helmValues(n: number, env: string): string {
  const header = [
    `# Values of the platform chart for ${env} (generated for the benchmark).`,
    '# Image tags and digests are written by bump-values; leave the rest to people.',
    '',
    'x-image-defaults: &imageDefaults',
    '  pullPolicy: IfNotPresent',
    'x-resources: &defaultResources',
    '  requests: {cpu: 50m, memory: 64Mi}',
    '  limits: {memory: 256Mi}',
    '',
    'global:',
    `  environment: ${env}`,
    '  imagePullSecrets:',
    '    - name: ghcr-pull',
    '',
  ];
  const body: string[] = [];
  for (let i = 0; i < n; i++) body.push(helmService(i, env));
  return header.join('\n') + body.join('\n');
}

function kustomization(i: number): string {
  const service = serviceName(i);
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: ${service}`,
    'resources:',
    '  - deployment.yaml',
    '  - service.yaml',
    'images:',
    `  - name: ${repositoryOf(service)}`,
    `    newTag: 1.0.0  # updated by CI`,
    '',
  ].join('\n');
}

function fluxDeployment(i: number): string {
  const service = serviceName(i);
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${service}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${service}`,
    `          image: ${repositoryOf(service)}:1.0.0 # {"$imagepolicy": "flux-system:${service}"}`,
    '          ports:',
    '            - containerPort: 8080',
    '',
  ].join('\n');
}

function fluxHelmRelease(i: number): string {
  const service = serviceName(i);
  const policy = `flux-system:${service}`;
  return [
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    `  name: ${service}`,
    'spec:',
    '  values:',
    '    image:',
    `      repository: ${repositoryOf(service)} # {"$imagepolicy": "${policy}:name"}`,
    `      tag: 1.0.0 # {"$imagepolicy": "${policy}:tag"}`,
    `      digest: ${digestOf(`${service}@1.0.0`)} # {"$imagepolicy": "${policy}:digest"}`,
    '',
  ].join('\n');
}

/** Generate the repository in memory. */
export function generateConfigRepo(n: number): ConfigRepo {
  const services = Array.from({ length: n }, (_, i) => serviceName(i));
  const files: ConfigFile[] = ENVIRONMENTS.map((env) => ({
    path: `helm/platform/values-${env}.yaml`,
    text: helmValues(n, env),
  }));
  for (let i = 0; i < n; i++) {
    const service = serviceName(i);
    files.push({ path: `k8s/${service}/kustomization.yaml`, text: kustomization(i) });
    files.push({
      path: `flux/apps/${service}/deployment.yaml`,
      text: i % 2 === 0 ? fluxDeployment(i) : fluxHelmRelease(i),
    });
  }
  const componentTags: Record<string, ComponentTagEntry> = {};
  for (const service of services)
    componentTags[service] = {
      tag: '1.1.0',
      sha: createHash('sha1').update(service).digest('hex'),
      digest: digestOf(`${service}@1.1.0`),
      image: repositoryOf(service),
    };
  return {
    services,
    files,
    componentTags,
    componentTagsJson: `${JSON.stringify(componentTags, null, 2)}\n`,
  };
}

/** Write the files (and component-tags.json at the root) under `dir`. */
export function writeConfigRepo(dir: string, repo: ConfigRepo): void {
  const made = new Set<string>();
  for (const file of repo.files) {
    const path = join(dir, file.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, file.text);
  }
  writeFileSync(join(dir, 'component-tags.json'), repo.componentTagsJson);
}

/** Put the files back as generated (after a run wrote its bump). */
export function resetConfigFiles(dir: string, repo: ConfigRepo): void {
  for (const file of repo.files) writeFileSync(join(dir, file.path), file.text);
}
