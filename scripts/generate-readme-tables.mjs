#!/usr/bin/env node
// Writes the input and output tables of each actions/<name>/README.md from its action.yml,
// between <!-- inputs:start --> / <!-- inputs:end --> and <!-- outputs:start --> / <!-- outputs:end -->.
// With --check, changes nothing and exits 1 when a README is out of date.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text === '' ? '' : `\`${String(text).replace(/\n/g, '\\n')}\``);

export function inputsTable(inputs = {}) {
  const rows = Object.entries(inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${code(spec.default ?? '')} | ${cell(spec.description)} |`,
  );
  return [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function outputsTable(outputs = {}) {
  const rows = Object.entries(outputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  );
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBetween(text, marker, content) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`missing ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

let stale = 0;
for (const action of readdirSync(join(root, 'actions')).sort()) {
  const manifestPath = join(root, 'actions', action, 'action.yml');
  const readmePath = join(root, 'actions', action, 'README.md');
  if (!existsSync(manifestPath)) continue;
  const manifest = parse(readFileSync(manifestPath, 'utf8'));
  const before = existsSync(readmePath)
    ? readFileSync(readmePath, 'utf8')
    : `# ${action}\n\n${manifest.description}\n\n## Inputs\n\n<!-- inputs:start -->\n<!-- inputs:end -->\n\n## Outputs\n\n<!-- outputs:start -->\n<!-- outputs:end -->\n`;
  const after = replaceBetween(
    replaceBetween(before, 'inputs', inputsTable(manifest.inputs)),
    'outputs',
    outputsTable(manifest.outputs),
  );
  if (after !== before) {
    stale++;
    if (check)
      console.error(
        `actions/${action}/README.md is out of date with action.yml; run \`npm run docs\``,
      );
    else writeFileSync(readmePath, after);
  }
}
if (check && stale > 0) process.exit(1);
