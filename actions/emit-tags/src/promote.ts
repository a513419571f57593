/**
 * emit-tags `mode: retag | resolve`: the edge over the core's `promoteImages`. Reads the
 * promotion inputs, opens the registry, sets the outputs, writes the record, the artifact and
 * the job summary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as runner from '@gitops-promote/action-kit/runner';
import type { RunnerContext } from '@gitops-promote/action-kit';
import { createArtifactStore } from '@gitops-promote/action-kit/artifacts';
import { openRegistryClient } from '@gitops-promote/action-kit/registry-client';
import {
  type ComponentTags,
  formatComponentTags,
  mergeComponentTags,
  parseComponentTags,
  resolveInWorkspace,
  writeFileAtomic,
} from '@gitops-promote/core';
import {
  planRelease,
  promoteImages,
  promotionSummary,
  publishRelease,
  type SourcePromotion,
} from '@gitops-promote/core/build';
import { githubReleases } from './github-releases.js';
import { readPromotionSettings, type PromotionSettings } from './promotion-settings.js';
import type { EmitTagsSettings } from './settings.js';

function openRegistry(promotion: PromotionSettings) {
  return openRegistryClient(promotion, { userAgent: 'gitops-promote/emit-tags' });
}

function logPlan(result: SourcePromotion): void {
  for (const { source, tags } of result.images) {
    runner.info(`${source.service}: source ${source.repository}:${source.tag} ${source.digest}`);
    for (const t of tags) {
      const verb = t.action === 'keep' ? 'keep' : result.dryRun ? `would ${t.action}` : t.action;
      runner.info(`  ${verb} ${source.repository}:${t.tag}`);
    }
  }
}

function setOutputs(result: SourcePromotion, json: string, path: string): void {
  const first = result.images[0];
  runner.setOutput(
    'tags',
    result.images.flatMap((i) => i.tags.map((t) => `${i.source.repository}:${t.tag}`)).join('\n'),
  );
  runner.setOutput('labels', '');
  runner.setOutput('version', first?.version?.value ?? '');
  runner.setOutput('source-tag', first?.source.tag ?? '');
  runner.setOutput('source-digest', first?.source.digest ?? '');
  runner.setOutput('json', json);
  runner.setOutput('component-tags-path', path);
}

async function writeRecord(settings: EmitTagsSettings, path: string, record: ComponentTags) {
  const sources = [];
  if (existsSync(path))
    sources.push({
      name: settings.componentTagsPath,
      tags: parseComponentTags(readFileSync(path, 'utf8'), settings.componentTagsPath),
    });
  sources.push({ name: 'source', tags: record });
  const json = formatComponentTags(mergeComponentTags(sources));
  writeFileAtomic(path, json);
  runner.info(`Wrote ${path}`);
  if (settings.artifactName !== '') {
    const stored = await createArtifactStore().upload(
      settings.artifactName,
      [path],
      join(path, '..'),
    );
    runner.info(`Uploaded artifact '${stored.name}'`);
  }
  return json;
}

/** Create or update the release `v<version>`; a dry run or a resolve only says what it would do. */
async function release(
  result: SourcePromotion,
  promotion: PromotionSettings,
  context: RunnerContext,
) {
  const planned = planRelease(result);
  if (result.dryRun || result.mode === 'resolve') {
    runner.info(
      `Would create or update the release ${planned.tagName} on ${planned.targetCommitish}`,
    );
    return `\nRelease ${planned.tagName}: not published (${result.dryRun ? 'dry run' : 'resolve'}).\n`;
  }
  const port = await githubReleases({
    token: promotion.token,
    baseUrl: context.apiUrl,
    repository: context.repository,
  });
  const published = await publishRelease(port, planned);
  runner.info(
    `${published.created ? 'Created' : 'Updated'} the release ${planned.tagName}: ${published.htmlUrl}`,
  );
  return `\nRelease [${planned.tagName}](${published.htmlUrl}) ${published.created ? 'created' : 'updated'}.\n`;
}

/** Resolve (and in retag, push) the source of every image; record and report. */
export async function promote(settings: EmitTagsSettings, context: RunnerContext): Promise<void> {
  const promotion = readPromotionSettings();
  const path = resolveInWorkspace(
    context.workspace,
    settings.componentTagsPath,
    'component-tags-path',
  );
  const registry = openRegistry(promotion);
  try {
    const result = await promoteImages(registry, {
      mode: settings.mode === 'resolve' ? 'resolve' : 'retag',
      images: settings.images,
      source: promotion.source,
      templates: settings.templates,
      fallback: {
        sha: settings.sha,
        ...(settings.version ? { version: settings.version.replace(/^v/, '') } : {}),
        ...(settings.environment ? { env: settings.environment } : {}),
        ...(context.refName ? { branch: context.refName } : {}),
        ...(context.runNumber ? { runNumber: context.runNumber } : {}),
      },
      shortShaLength: settings.shortShaLength,
      timestamp: settings.timestamp ?? Math.floor(Date.now() / 1000),
      dryRun: promotion.dryRun,
      needsVersion: promotion.release,
    });
    logPlan(result);
    const json = await writeRecord(settings, path, result.record);
    setOutputs(result, json, path);
    const released = promotion.release ? await release(result, promotion, context) : '';
    await runner.summary.addRaw(`${promotionSummary(result, promotion.source)}${released}`).write();
  } finally {
    registry.close();
  }
}
