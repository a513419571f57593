/**
 * Merging a pull request as a person does with the button: `merge` makes a merge commit with
 * GitHub's message, `squash` one commit of the head's tree whose message lists the pull
 * request's commit messages as `* subject` paragraphs (so their trailers are not at the end).
 */
import type { RepoModel } from './repo-model.js';
import type { MergeMethod, PullRecord } from './repo-state.js';
import { isoNow } from './repo-state.js';

/**
 * The commits of the pull request, oldest first (`git rev-list base..head`); once merged, those
 * it had at the merge, whatever its branch holds since.
 */
export async function pullCommitShas(model: RepoModel, pull: PullRecord): Promise<string[]> {
  const range = pull.mergedRange ?? (await model.pullFacts(pull));
  const { baseSha, headSha } =
    'base' in range ? { baseSha: range.base, headSha: range.head } : range;
  const base = (await model.git.mergeBase(baseSha, headSha)) ?? baseSha;
  const out = await model.git.run(['rev-list', '--reverse', `${base}..${headSha}`]);
  return out.split('\n').filter((line) => line !== '');
}

/** The message GitHub proposes for a squash: the title, then each commit's message. */
async function squashMessage(model: RepoModel, pull: PullRecord): Promise<string> {
  const messages: string[] = [];
  for (const sha of await pullCommitShas(model, pull)) {
    const commit = await model.git.readCommit(sha);
    if (commit) messages.push(`* ${commit.message.trim().replace(/\n/g, '\n')}`);
  }
  return `${pull.title} (#${pull.number})\n\n${messages.join('\n\n')}\n`;
}

/** Merge an open pull request into its base as the human account; returns the new commit. */
export async function mergePull(
  model: RepoModel,
  pull: PullRecord,
  method: MergeMethod,
): Promise<string> {
  if (pull.state !== 'open') throw new Error(`Pull request #${pull.number} is not open`);
  const facts = await model.pullFacts(pull);
  const head = await model.git.readCommit(facts.headSha);
  if (!head) throw new Error(`No head commit for #${pull.number}`);
  if (method === 'rebase') throw new Error('rebase merges are not modelled');
  const who = model.accounts.human;
  const identity = { name: who.name, email: who.email, date: new Date() };
  const message =
    method === 'squash'
      ? await squashMessage(model, pull)
      : `Merge pull request #${pull.number} from ${model.owner}/${pull.head}\n\n${pull.title}\n`;
  const sha = await model.git.createCommit({
    tree: head.tree,
    parents: method === 'squash' ? [facts.baseSha] : [facts.baseSha, facts.headSha],
    message,
    author: identity,
    committer: identity,
  });
  if (!(await model.git.compareAndSwapRef(`refs/heads/${pull.base}`, sha, facts.baseSha)))
    throw new Error(`The base ${pull.base} moved while merging #${pull.number}`);
  const now = isoNow();
  Object.assign(pull, {
    state: 'closed',
    closedAt: now,
    updatedAt: now,
    mergedAt: now,
    mergeCommitSha: sha,
    mergedBy: who.login,
    mergedRange: { base: facts.baseSha, head: facts.headSha },
    autoMerge: null,
  });
  return sha;
}
