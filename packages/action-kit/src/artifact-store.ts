/**
 * Workflow artifacts behind a small interface. On a runner: @actions/artifact, loaded with a
 * dynamic import only when a run uploads or downloads (it is most of a bundle's weight).
 * Locally and in tests: a directory, chosen by GITOPS_PROMOTE_ARTIFACT_DIR.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { InputError } from '@gitops-promote/core';

export interface StoredArtifact {
  id: number;
  name: string;
}

export interface ArtifactStore {
  /** Upload `files` (absolute paths under `rootDirectory`) as artifact `name`. */
  upload(name: string, files: string[], rootDirectory: string): Promise<StoredArtifact>;
  /** The artifacts of this workflow run. */
  list(): Promise<StoredArtifact[]>;
  /** Download one artifact into `directory`; returns the directory. */
  download(artifact: StoredArtifact, directory: string): Promise<string>;
}

/** An artifact store that keeps each artifact as a folder below `root`. */
export function directoryArtifactStore(root: string): ArtifactStore {
  const ids = (): string[] => (existsSync(root) ? readdirSync(root).sort() : []);
  return {
    async upload(name, files, rootDirectory) {
      const target = join(root, name);
      rmSync(target, { recursive: true, force: true });
      for (const file of files) {
        const dest = join(target, relative(rootDirectory, file));
        mkdirSync(join(dest, '..'), { recursive: true });
        cpSync(file, dest);
      }
      return { id: ids().indexOf(name) + 1, name };
    },
    async list() {
      return ids().map((name, index) => ({ id: index + 1, name: basename(name) }));
    },
    async download(artifact, directory) {
      mkdirSync(directory, { recursive: true });
      cpSync(join(root, artifact.name), directory, { recursive: true });
      return directory;
    },
  };
}

/** The GitHub Actions artifact service, through @actions/artifact (loaded on first use). */
export function githubArtifactStore(): ArtifactStore {
  const client = async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    return new DefaultArtifactClient();
  };
  return {
    async upload(name, files, rootDirectory) {
      const result = await (await client()).uploadArtifact(name, files, rootDirectory);
      return { id: result.id ?? 0, name };
    },
    async list() {
      const { artifacts } = await (await client()).listArtifacts({ latest: true });
      return artifacts.map((a) => ({ id: a.id, name: a.name }));
    },
    async download(artifact, directory) {
      const result = await (await client()).downloadArtifact(artifact.id, { path: directory });
      return result.downloadPath ?? directory;
    },
  };
}

/** The store for this run: a directory when GITOPS_PROMOTE_ARTIFACT_DIR is set, else GitHub's. */
export function createArtifactStore(env: NodeJS.ProcessEnv = process.env): ArtifactStore {
  const dir = env.GITOPS_PROMOTE_ARTIFACT_DIR;
  return dir ? directoryArtifactStore(dir) : githubArtifactStore();
}

/** Where another run's artifact is, and a token that can read that repository's actions. */
export interface ArtifactLocation {
  runId: number;
  owner: string;
  repo: string;
  token: string;
}

/**
 * Download the newest artifact named `name` of another workflow run (of this or another
 * repository) into `directory`, through GitHub's public artifact API at GITHUB_API_URL.
 */
export async function downloadArtifactFrom(
  name: string,
  directory: string,
  location: ArtifactLocation,
): Promise<string> {
  const { ArtifactNotFoundError, DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = {
    token: location.token,
    workflowRunId: location.runId,
    repositoryOwner: location.owner,
    repositoryName: location.repo,
  };
  try {
    const { artifact } = await client.getArtifact(name, { findBy });
    const result = await client.downloadArtifact(artifact.id, { path: directory, findBy });
    return result.downloadPath ?? directory;
  } catch (error) {
    if (!(error instanceof ArtifactNotFoundError)) throw error;
    throw new InputError(
      'artifact-name',
      name,
      `is not an artifact of run ${location.runId} in ${location.owner}/${location.repo}`,
    );
  }
}
