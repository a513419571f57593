/** What `npm run demo` prints: step titles, a run's outcome, a pull request, a diff. */
import type { GitHubTestServer } from '../test/support/github-server/index.js';
import type { ActionRun } from '../test/support/run-action.js';

const indent = (text: string, by = '    '): string => text.trimEnd().replace(/^/gm, by);

export function step(title: string): void {
  console.log(`\n\x1b[1m== ${title}\x1b[0m`);
}

export function note(text: string): void {
  console.log(`  ${text}`);
}

/** Print a run's annotations and the outputs named; stop the demo when it failed. */
export function report(name: string, run: ActionRun, show: string[] = []): void {
  for (const a of run.annotations) console.log(`  ${a.level}: ${a.message}`);
  if (run.exitCode !== 0) {
    console.log(run.stdout);
    throw new Error(`${name} failed (exit ${run.exitCode})`);
  }
  for (const key of show)
    console.log(`  ${key}: ${(run.outputs[key] ?? '').split('\n').join('\n    ')}`);
}

/** The pull request as a reviewer sees it: title, labels, body and the diff of its commit. */
export async function showPull(github: GitHubTestServer, number: number): Promise<void> {
  const pull = await github.getPull(number);
  note(`pull request #${number}: ${pull.title}`);
  note(`labels: ${pull.labels.map((l) => l.name).join(', ') || '(none)'}`);
  note(`branch: ${pull.head.ref} -> ${pull.base.ref}`);
  // The machine-readable block a rollback reads is folded on GitHub; folded here too.
  const body = (pull.body ?? '').replace(
    /<details>[\s\S]*?<\/details>/g,
    (block) => `<details> (folded: ${block.split('\n').length} lines of machine-readable changes)`,
  );
  console.log(`  body:\n${indent(body)}`);
  await showDiff(github, pull.head.sha);
}

/** The diff a commit of the config repository made. */
export async function showDiff(github: GitHubTestServer, commit: string): Promise<void> {
  console.log(`  diff:\n${indent(await github.git(['show', '--format=', commit]))}`);
}

/** verify-digests' verdict, in one line, then its findings. */
export function showVerdict(run: ActionRun, suffix = ''): void {
  const violations = JSON.parse(run.outputs.violations ?? '[]') as unknown[];
  const verdict = violations.length === 0 ? 'PASS' : 'FAIL';
  note(
    `verify-digests: ${verdict}, ${run.outputs.checked ?? '?'} image(s) checked, violations: ${JSON.stringify(violations)}${suffix}`,
  );
}
