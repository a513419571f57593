/**
 * Labels of the repository and of its pull requests (GitHub serves a pull request's labels
 * through the issues API; this server has no plain issues).
 */
import { notFound, validationFailed } from './github-errors.js';
import type { RepoModel } from './repo-model.js';
import { isoNow, type PullRecord } from './repo-state.js';
import {
  intParam,
  json,
  paginate,
  type Reply,
  type RouteHandlers,
  type RouteRequest,
} from './route-types.js';
import { label } from './shapes-repository.js';

type LabelInput = string | { name: string };

export const issueRoutes: RouteHandlers = {
  'issues/add-labels': (request, model) =>
    model.serialize(async () => {
      const pull = findIssue(request, model);
      addLabels(model, pull, labelNames(request.body));
      return issueLabels(model, pull);
    }),

  'issues/set-labels': (request, model) =>
    model.serialize(async () => {
      const pull = findIssue(request, model);
      pull.labels = [];
      addLabels(model, pull, labelNames(request.body));
      return issueLabels(model, pull);
    }),

  'issues/list-labels-on-issue': async (request, model) => {
    const pull = findIssue(request, model);
    const labels = pull.labels.flatMap((name) => model.state.findLabel(name) ?? []);
    const page = paginate(request, labels, model.urls.repoApi(`/issues/${pull.number}/labels`));
    return json(
      200,
      page.items.map((record) => label(model.urls, record)),
      page.headers,
    );
  },

  'issues/remove-label': (request, model) =>
    model.serialize(async () => {
      const pull = findIssue(request, model);
      const name = (request.params.name ?? '').toLowerCase();
      if (!pull.labels.some((current) => current.toLowerCase() === name))
        throw notFound('Label does not exist');
      pull.labels = pull.labels.filter((current) => current.toLowerCase() !== name);
      pull.updatedAt = isoNow();
      return issueLabels(model, pull);
    }),

  'issues/list-labels-for-repo': async (request, model) => {
    const page = paginate(request, model.state.labels, model.urls.repoApi('/labels'));
    return json(
      200,
      page.items.map((record) => label(model.urls, record)),
      page.headers,
    );
  },

  'issues/create-label': (request, model) =>
    model.serialize(async () => {
      const body = request.body as { name: string; color?: string; description?: string };
      if (model.state.findLabel(body.name)) {
        throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
      }
      const color = (body.color ?? 'ededed').replace(/^#/, '');
      if (!/^[0-9a-fA-F]{6}$/.test(color))
        throw validationFailed({ resource: 'Label', code: 'invalid', field: 'color' });
      const record = model.state.addLabel(body.name, color.toLowerCase(), body.description ?? null);
      const shape = label(model.urls, record);
      return json(201, shape, { location: shape.url });
    }),
};

/** Add labels to a pull request, creating the repository labels that do not exist yet. */
export function addLabels(model: RepoModel, pull: PullRecord, names: readonly string[]): void {
  for (const name of names) {
    const record = model.state.ensureLabel(name);
    if (!pull.labels.some((current) => current.toLowerCase() === record.name.toLowerCase())) {
      pull.labels.push(record.name);
    }
  }
  pull.updatedAt = isoNow();
}

function findIssue(request: RouteRequest, model: RepoModel): PullRecord {
  const pull = model.state.findPull(intParam(request, 'issue_number'));
  if (!pull) throw notFound();
  return pull;
}

function labelNames(body: unknown): string[] {
  const labels = (body as { labels?: LabelInput[] } | undefined)?.labels ?? [];
  const names = labels.map((entry) => (typeof entry === 'string' ? entry : entry.name));
  if (names.some((name) => name.trim() === '')) {
    throw validationFailed({ resource: 'Label', field: 'name', code: 'invalid' });
  }
  return names;
}

function issueLabels(model: RepoModel, pull: PullRecord): Reply {
  const labels = pull.labels.flatMap((name) => model.state.findLabel(name) ?? []);
  return json(
    200,
    labels.map((record) => label(model.urls, record)),
  );
}
