/**
 * `gitops-promote verify`: verify-digests on a directory: every image pinned by digest, every
 * digest in its registry, platforms, tags, Helm values against their chart's schema. Exit 1
 * on any violation. A progress line on stderr counts the registry lookups (on a TTY).
 */
import { readFileSync } from 'node:fs';
import {
  expandEnvironment,
  InputError,
  listWorkspaceFiles,
  matchFilePatterns,
  resolveInWorkspace,
  writeFileAtomic,
} from '@gitops-promote/core';
import { createRegistryClient, type RegistryClient } from '@gitops-promote/core/registry';
import {
  type ManifestSource,
  parseAllowList,
  parsePlatforms,
  placeText,
  type TextFile,
  type TreeSource,
  verdictLine,
  type VerifyResult,
  type VerifyRules,
  verifyWorkspace,
} from '@gitops-promote/core/verify';
import { cliVersion } from '../version.js';
import type { Command, CommandContext } from '../command.js';
import { readComponentTagsFile } from '../component-tags-file.js';
import { EXIT } from '../exit-codes.js';
import { environmentFlag, filePatternsFlag, type Flags, type FlagSpecs } from '../flags.js';
import { readRegistryLogin } from '../registry-login.js';
import { formatTable } from '../table.js';
import type { Terminal } from '../terminal.js';

/** The registry flags verify, resolve and retag share. */
export const REGISTRY_FLAGS: FlagSpecs = {
  'registry-auth': {
    type: 'string',
    multiple: true,
    value: '<host=user:pass>',
    description: 'Registry credentials (prefer the Docker config: a flag shows in `ps`).',
  },
  'insecure-registries': {
    type: 'string',
    multiple: true,
    value: '<host:port>',
    description: 'Registries reached over plain HTTP.',
  },
};

const HOST = /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::[0-9]{1,5})?$/;

/** `true`/`false` given as a value, as the action's inputs with a `true` default are. */
function switchFlag(flags: Flags, name: string, fallback: boolean): boolean {
  return flags.choice(name, ['true', 'false'] as const, fallback ? 'true' : 'false') === 'true';
}

export function readInsecureRegistries(flags: Flags): string[] {
  const hosts = flags.lines('insecure-registries');
  for (const host of hosts)
    if (!HOST.test(host))
      throw new InputError(
        'insecure-registries',
        host,
        'is not a registry host: expected host or host:port, without scheme or path (e.g. localhost:5000)',
      );
  return hosts;
}

function readRules(flags: Flags): VerifyRules {
  return {
    requireDigest: switchFlag(flags, 'require-digest', true),
    allow: parseAllowList(flags.lines('allow')),
    checkRegistry: switchFlag(flags, 'check-registry', true),
    platforms: parsePlatforms(flags.lines('platforms')),
    checkTags: flags.boolean('check-tags'),
    schema: flags.choice('schema', ['auto', 'off'] as const, 'auto'),
  };
}

function workspaceTree(workspace: string): TreeSource {
  return {
    paths: new Set(listWorkspaceFiles(workspace)),
    read: (path) => readFileSync(resolveInWorkspace(workspace, path, 'files'), 'utf8'),
  };
}

/** The registry, its lookups counted on the progress line. */
function withProgress(registry: RegistryClient, terminal: Terminal): ManifestSource {
  let started = 0;
  let done = 0;
  const show = () => terminal.progress(`Looking up manifests: ${done}/${started}`);
  return {
    lookupManifest: async (target, options) => {
      started++;
      show();
      try {
        return await registry.lookupManifest(target, options);
      } finally {
        done++;
        show();
      }
    },
  };
}

function openRegistry(flags: Flags, terminal: Terminal, context: CommandContext): RegistryClient {
  const login = readRegistryLogin(flags.lines('registry-auth').join('\n'), context.env);
  for (const { host, from } of login.hosts)
    terminal.err(terminal.paintErr('dim', `Credentials for ${host} from ${from}`));
  for (const note of login.notes) terminal.err(terminal.paintErr('dim', `Docker config: ${note}`));
  return createRegistryClient({
    credentialsFor: login.credentialsFor,
    insecureRegistries: readInsecureRegistries(flags),
    concurrency: flags.integer('concurrency', 16, 1, 256),
    userAgent: `gitops-promote-cli/${cliVersion()}`,
  });
}

function report(result: VerifyResult) {
  return {
    verdict: result.violations.length === 0 ? 'passed' : 'failed',
    checked: result.references.length,
    references: result.references,
    files: result.files,
    images: result.images,
    violations: result.violations,
    warnings: result.warnings,
  };
}

function printResult(result: VerifyResult, terminal: Terminal): void {
  const { paint } = terminal;
  for (const w of result.warnings)
    terminal.err(terminal.paintErr('yellow', `warning: ${placeText(w)}: ${w.message}`));
  if (result.violations.length > 0) {
    const rows = result.violations.map((v) => [
      placeText(v),
      { text: v.rule, style: 'red' as const },
      v.image,
      v.message,
    ]);
    terminal.out(formatTable(['WHERE', 'RULE', 'IMAGE', 'MESSAGE'], rows, paint));
  }
  const ok = result.violations.length === 0;
  terminal.out(paint(ok ? 'green' : 'red', verdictLine(result)));
}

async function run(flags: Flags, terminal: Terminal, context: CommandContext) {
  const environment = environmentFlag(flags, false);
  const patterns = expandEnvironment(filePatternsFlag(flags), environment);
  const rules = readRules(flags);
  const reportPath = flags.text('report');
  const tree = workspaceTree(context.workspace);
  const { files, unmatched } = matchFilePatterns([...tree.paths], patterns);
  for (const pattern of unmatched)
    terminal.err(terminal.paintErr('yellow', `warning: no file matches --files '${pattern}'`));
  if (files.length === 0)
    throw new InputError('files', patterns.join(' '), 'matches no file: nothing to verify');
  const componentTagsPath = flags.text('component-tags');
  const componentTags: TextFile | undefined =
    componentTagsPath === ''
      ? undefined
      : (({ name, text }) => ({ path: name, text }))(
          readComponentTagsFile(context.workspace, componentTagsPath),
        );
  const registry = rules.checkRegistry ? openRegistry(flags, terminal, context) : undefined;
  terminal.progress(`Scanning ${files.length} files`);
  try {
    const result = await verifyWorkspace({
      tree,
      files,
      ...(componentTags ? { componentTags } : {}),
      rules,
      ...(registry ? { registry: withProgress(registry, terminal) } : {}),
    });
    terminal.endProgress();
    const document = report(result);
    if (reportPath !== '')
      writeFileAtomic(
        resolveInWorkspace(context.workspace, reportPath, 'report'),
        `${JSON.stringify(document, null, 2)}\n`,
      );
    if (terminal.json)
      terminal.document({ ...document, ...(reportPath ? { report: reportPath } : {}) });
    else printResult(result, terminal);
    return result.violations.length === 0 ? EXIT.done : EXIT.failed;
  } finally {
    registry?.close();
  }
}

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'verify --files <glob> [flags]',
  flags: {
    files: {
      type: 'string',
      multiple: true,
      value: '<glob>',
      description:
        'Glob lines of manifests, kustomizations and Helm values to scan; {env} is replaced.',
    },
    environment: { type: 'string', value: '<name>', description: 'The environment, for {env}.' },
    'require-digest': {
      type: 'string',
      value: '<true|false>',
      description: 'Every image must be pinned by digest.',
      default: 'true',
    },
    allow: {
      type: 'string',
      multiple: true,
      value: '<pattern>',
      description:
        'Repository patterns exempt from require-digest (* within a segment, ** across).',
    },
    'check-registry': {
      type: 'string',
      value: '<true|false>',
      description: 'Every digest must exist in its registry.',
      default: 'true',
    },
    platforms: {
      type: 'string',
      multiple: true,
      value: '<os/arch>',
      description: 'Platforms an image index must contain, e.g. linux/arm64.',
    },
    'check-tags': {
      type: 'boolean',
      description: 'A tag written beside a digest must still resolve to that digest.',
    },
    'component-tags': {
      type: 'string',
      value: '<path>',
      description: 'A component-tags.json whose digests must exist too.',
    },
    schema: {
      type: 'string',
      value: '<auto|off>',
      description: "Validate Helm values files against their chart's values.schema.json.",
      default: 'auto',
    },
    ...REGISTRY_FLAGS,
    concurrency: {
      type: 'string',
      value: '<n>',
      description: 'Registry requests at once (1 to 256).',
      default: '16',
    },
    report: {
      type: 'string',
      value: '<path>',
      description: 'Also write the JSON report to this file (in the workspace).',
    },
  },
  notes: [
    'Credentials: --registry-auth, then the Docker config ($DOCKER_CONFIG or ~/.docker/config.json): credHelpers and credsStore (docker-credential-<name> get), then auths.',
    '--json prints {verdict, checked, references, files, images, violations, warnings, report}.',
  ],
  examples: [
    "verify --files 'helm/*/values-{env}.yaml' --environment prod",
    "verify --files 'k8s/**/*.yaml' --platforms linux/amd64 --platforms linux/arm64 --json",
    "verify --files 'apps/**/*.yaml' --check-registry false",
  ],
  run,
};
