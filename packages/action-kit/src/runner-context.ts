/**
 * What the runner tells an action about its run, read from the environment in one place
 * (no @actions/github here: it would more than double a bundle that needs none of Octokit).
 */
import { readFileSync } from 'node:fs';

export interface RunnerContext {
  workspace: string;
  sha: string;
  ref: string;
  refName: string;
  eventName: string;
  /** The head commit of a pull request event, which GITHUB_SHA (the merge commit) is not. */
  pullRequestHeadSha?: string;
  repository: string;
  serverUrl: string;
  apiUrl: string;
  runId: string;
  runNumber: string;
}

function readEvent(path: string | undefined): Record<string, unknown> | undefined {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Read the runner's context from `env` (process.env by default). */
export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pullRequest = event?.pull_request as { head?: { sha?: string } } | undefined;
  const headSha = pullRequest?.head?.sha;
  return {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    refName: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ...(typeof headSha === 'string' ? { pullRequestHeadSha: headSha } : {}),
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    runNumber: env.GITHUB_RUN_NUMBER ?? '',
  };
}
