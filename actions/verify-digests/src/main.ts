/**
 * verify-digests: the guardrail of a config repository. Every image pinned by digest, every
 * digest in its registry, optional platform and tag checks, Helm values valid against their
 * chart's schema. Any violation fails the step, with an annotation at its file and line.
 */
import * as runner from '@gitops-promote/action-kit/runner';
import { readRunnerContext, runAction, type RunnerContext } from '@gitops-promote/action-kit';
import { readComponentTagsText } from '@gitops-promote/action-kit/component-tags';
import {
  InputError,
  listWorkspaceFiles,
  matchFilePatterns,
  quote,
  readWorkspaceFile,
} from '@gitops-promote/core';
import { type RegistryClient } from '@gitops-promote/core/registry';
import {
  scrubStrings,
  type TextFile,
  type TreeSource,
  verifyWorkspace,
} from '@gitops-promote/core/verify';
import { openRegistry } from './registry-setup.js';
import { publish, writeReport } from './report.js';
import { readSettings, type VerifyDigestsSettings } from './settings.js';

/** The workspace as a tree of files; nothing is read from outside it. */
function workspaceTree(workspace: string): TreeSource {
  return {
    paths: new Set(listWorkspaceFiles(workspace)),
    read: (path) => readWorkspaceFile(workspace, path, 'files'),
  };
}

/** The component-tags.json to check too, read from the workspace. */
async function readComponentTagsFile(
  settings: VerifyDigestsSettings,
  context: RunnerContext,
): Promise<TextFile> {
  const source = { kind: 'workspace', path: settings.componentTagsPath } as const;
  const { name, text } = await readComponentTagsText(source, { workspace: context.workspace });
  return { path: name, text };
}

async function main(): Promise<void> {
  const settings = readSettings();
  const context = readRunnerContext();
  const tree = workspaceTree(context.workspace);
  const { files, unmatched } = matchFilePatterns([...tree.paths], settings.filePatterns);
  for (const pattern of unmatched)
    runner.warning(`No file matches the files pattern ${quote(pattern)}.`);
  if (files.length === 0 && settings.componentTagsPath === '') {
    const message =
      'Nothing to verify: no file matches `files`. Check the patterns (relative to the workspace) and that the repository is checked out';
    if (!settings.allowEmpty)
      throw new InputError(
        'files',
        settings.filePatterns.join('\n'),
        `matches no file. ${message}; set allow-empty: true if that is expected.`,
      );
    runner.warning(`${message}.`);
  }
  runner.info(`Scanning ${files.length} files`);
  const componentTags =
    settings.componentTagsPath === '' ? undefined : await readComponentTagsFile(settings, context);
  const registry: RegistryClient | undefined = settings.rules.checkRegistry
    ? await openRegistry(settings)
    : undefined;
  try {
    const verified = await verifyWorkspace({
      tree,
      files,
      ...(componentTags ? { componentTags } : {}),
      rules: settings.rules,
      ...(registry ? { registry } : {}),
    });
    // Messages built from a registry's text lose every credential and token before they leave.
    const result = registry ? scrubStrings(verified, registry.scrub) : verified;
    const requests = registry?.requestCounts();
    const reportPath = writeReport(process.env.RUNNER_TEMP || context.workspace, result, requests);
    await publish(result, reportPath, requests);
  } finally {
    registry?.close();
  }
}

await runAction(main);
