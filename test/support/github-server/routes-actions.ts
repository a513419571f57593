/**
 * Workflow run artifacts: listing and the download redirect to a zip this server serves.
 */
import type { components } from '@octokit/openapi-types';
import { notFound } from './github-errors.js';
import type { RepoModel } from './repo-model.js';
import { REPOSITORY_ID, type ArtifactRecord } from './repo-state.js';
import { intParam, json, paginate, queryString, type RouteHandlers } from './route-types.js';

/** Where the server serves artifact zips, as GitHub's signed blob URLs (no token needed). */
export const ARTIFACT_BLOB_PREFIX = '/_blobs/artifacts/';

export const actionsRoutes: RouteHandlers = {
  'actions/list-workflow-run-artifacts': async (request, model) => {
    const runId = intParam(request, 'run_id');
    const name = queryString(request, 'name');
    const matching = model.state.artifacts.filter(
      (artifact) => artifact.runId === runId && (name === undefined || artifact.name === name),
    );
    const ordered =
      queryString(request, 'direction') === 'asc' ? matching : [...matching].reverse();
    const page = paginate(request, ordered, model.urls.repoApi(`/actions/runs/${runId}/artifacts`));
    const body = {
      total_count: matching.length,
      artifacts: page.items.map((artifact) => artifactShape(model, artifact)),
    };
    return json(200, body, page.headers);
  },

  'actions/download-artifact': async (request, model) => {
    const artifact = model.state.artifacts.find(
      (candidate) => candidate.id === intParam(request, 'artifact_id'),
    );
    if (!artifact) throw notFound();
    if (request.params.archive_format !== 'zip') throw notFound();
    return {
      status: 302,
      headers: { location: model.urls.api(`${ARTIFACT_BLOB_PREFIX}${artifact.id}.zip`) },
    };
  },
};

export function artifactShape(
  model: RepoModel,
  artifact: ArtifactRecord,
): components['schemas']['artifact'] {
  const url = model.urls.repoApi(`/actions/artifacts/${artifact.id}`);
  return {
    id: artifact.id,
    node_id: artifact.nodeId,
    name: artifact.name,
    size_in_bytes: artifact.zip.length,
    url,
    archive_download_url: `${url}/zip`,
    expired: false,
    created_at: artifact.createdAt,
    updated_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    workflow_run: {
      id: artifact.runId,
      repository_id: REPOSITORY_ID,
      head_repository_id: REPOSITORY_ID,
      head_branch: model.defaultBranch,
    },
  };
}
