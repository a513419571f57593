/**
 * open-promotion-pr: open or update the pull request that bumps an environment in a config
 * repository, from component-tags.json, with one verified commit written through the API.
 *
 * This entry reads and checks every input, sends the first reads of the config repository and
 * only then loads the promotion wing (promotion-run.ts: yaml, the planner, the writer) with
 * `import()`, so the wing is compiled and evaluated while GitHub answers, not before the first
 * request leaves. Every input is checked before that request; the component-tags file is read
 * (and checked) by the wing, while it is in flight.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import { getRequired, readRunnerContext, runAction } from '@gitops-promote/action-kit';
import { createGitHubApi } from '@gitops-promote/action-kit/github';
import { startBaseRead } from '@gitops-promote/core/promotion';
import { readSettings } from './settings.js';

const ignore = (): void => undefined;

async function main(): Promise<void> {
  const token = getRequired('token');
  runner.setSecret(token);
  const context = readRunnerContext();
  const settings = readSettings(context, token);
  let written = ignore;
  const firstWritten = new Promise<void>((resolve) => (written = resolve));
  const api = await createGitHubApi(token, context.apiUrl, {
    warn: (m) => runner.warning(m),
    onRequestWritten: () => written(),
  });
  // Bump and promote start on the base; a rollback first reads the commit it reverts.
  const baseRead = settings.mode === 'rollback' ? undefined : startBaseRead(api, settings);
  // Loading the wing holds the thread for some milliseconds: once the first request is out, not
  // before (through a proxy its writing is not seen: then once it is answered, or has failed).
  if (baseRead) await Promise.race([firstWritten, baseRead.then(ignore, ignore)]);
  const { runPromotion } = await import('./promotion-run.js');
  await runPromotion({ token, context, settings, api, ...(baseRead ? { baseRead } : {}) });
}

await runAction(main);
