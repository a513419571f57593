/** emit-tags' inputs, read once into a typed settings object. */
import {
  getChoice,
  getInteger,
  getLines,
  getText,
  type RunnerContext,
} from '@gitops-promote/action-kit';
import { InputError } from '@gitops-promote/core';
import { parseServiceImages, type ServiceImage } from '@gitops-promote/core/build';

/** `build` computes and records; `retag` and `resolve` promote an image already built. */
export type EmitTagsMode = 'build' | 'retag' | 'resolve';

export interface EmitTagsSettings {
  mode: EmitTagsMode;
  images: ServiceImage[];
  templates: string[];
  environment: string;
  version: string;
  sha: string;
  shortShaLength: number;
  /** Unix seconds, or undefined to read the commit time. */
  timestamp?: number;
  digests: string;
  componentTagsPath: string;
  artifactName: string;
  mergeArtifacts: string;
}

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function readSha(context: RunnerContext): string {
  const given = getText('sha');
  const sha = given || context.pullRequestHeadSha || context.sha;
  if (sha === '')
    throw new InputError(
      'sha',
      sha,
      'is empty and GITHUB_SHA is not set; give the commit the images are built from',
    );
  if (!FULL_SHA.test(sha))
    throw new InputError('sha', sha, 'must be a full commit SHA: 40 lowercase hex digits');
  return sha;
}

function readTimestamp(): number | undefined {
  const value = getText('timestamp');
  if (value === '') return undefined;
  if (!/^[0-9]{1,12}$/.test(value))
    throw new InputError('timestamp', value, 'must be Unix seconds (a whole number)');
  return Number(value);
}

/** Read and validate every input. */
export function readSettings(context: RunnerContext): EmitTagsSettings {
  const mergeArtifacts = getText('merge-artifacts');
  const digests = getText('digests');
  const imagesText = getText('images');
  const mergeOnly = mergeArtifacts !== '' && digests === '' && imagesText === '';
  const templates = getLines('tags');
  if (!mergeOnly && templates.length === 0)
    throw new InputError('tags', '', 'lists no template; expected lines such as {{short_sha}}');
  return {
    mode: getChoice('mode', ['build', 'retag', 'resolve'] as const, 'build'),
    images: mergeOnly ? [] : parseServiceImages(imagesText),
    templates,
    environment: getText('environment'),
    version: getText('version'),
    sha: readSha(context),
    shortShaLength: getInteger('short-sha-length', 7, 4, 40),
    ...(() => {
      const timestamp = readTimestamp();
      return timestamp === undefined ? {} : { timestamp };
    })(),
    digests,
    componentTagsPath: getText('component-tags-path') || 'component-tags.json',
    artifactName: getText('artifact-name'),
    mergeArtifacts,
  };
}
