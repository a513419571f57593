/**
 * Every command, in the order `gitops-promote --help` lists them. Each is loaded when it runs
 * (its own chunk of the bundle), so `--version`, `--help` and one command parse only what they
 * need: start-up stays near a bare `node`.
 */
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  /** One line for the list of commands and the head of its --help. */
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'tags',
    summary: 'Compute the tags and OCI labels a build pushes (emit-tags).',
    load: async () => (await import('./tags.js')).tagsCommand,
  },
  {
    name: 'record',
    summary: 'Record the digests a build pushed in component-tags.json (emit-tags with digests).',
    load: async () => (await import('./record.js')).recordCommand,
  },
  {
    name: 'bump',
    summary:
      'Write component-tags into Helm values, kustomizations, manifests (dry run by default).',
    load: async () => (await import('./bump.js')).bumpCommand,
  },
  {
    name: 'verify',
    summary: 'Check every image is pinned by digest and present in its registry (verify-digests).',
    load: async () => (await import('./verify.js')).verifyCommand,
  },
  {
    name: 'resolve',
    summary: 'Choose a tag in the registry by policy and record its digest (emit-tags resolve).',
    load: async () => (await import('./promote-source.js')).resolveCommand,
  },
  {
    name: 'retag',
    summary:
      'Push new tags onto an image already built: same digest, no rebuild (emit-tags retag).',
    load: async () => (await import('./promote-source.js')).retagCommand,
  },
  {
    name: 'promote',
    summary:
      'Open the pull request that moves an environment, from component-tags or another environment.',
    load: async () => (await import('./promote.js')).promoteCommand,
  },
  {
    name: 'rollback',
    summary: 'Open the pull request that rolls back a bump and holds its services.',
    load: async () => (await import('./rollback.js')).rollbackCommand,
  },
  {
    name: 'holds',
    summary:
      "List the holds rollbacks wrote in a config repository checkout ('holds lift' lifts one).",
    load: async () => (await import('./holds.js')).holdsCommand,
  },
];
