/** What to tell the user about a push that failed for a reason other than a rejection. */

/** A hint for a failure that is not a rejection, from git's message. */
export function failureHint(stderr: string, remote: string): string | undefined {
  if (
    /authentication failed|could not read (username|password)|permission to .* denied|returned error: 40[13]|terminal prompts disabled/i.test(
      stderr,
    )
  )
    return 'the credentials were refused; the token needs "contents: write" on the repository.';
  if (
    /does not appear to be a git repository|repository .*not found|could not resolve host|unable to access|no such remote/i.test(
      stderr,
    )
  )
    return `check that the remote '${remote}' exists and that its URL is right.`;
  if (/protected branch|GH006/i.test(stderr))
    return 'the branch is protected; open a pull request instead (open-promotion-pr).';
  return undefined;
}
