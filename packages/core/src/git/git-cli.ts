/**
 * A small typed wrapper over the git command line: `execFile('git', args)` with no shell, a
 * working directory, an optional environment and standard input, captured output, and a typed
 * error that never carries a credential.
 */
import { PromoteError } from '../errors.js';

/** Where and how to run git. */
export interface GitOptions {
  /** The working directory: the repository. */
  cwd: string;
  /** The child's whole environment; when absent it inherits the parent's. */
  env?: NodeJS.ProcessEnv;
  /** Text to write to git's standard input (e.g. a commit message for `-F -`). */
  input?: string;
  /** Exit codes that are answers, not failures (e.g. 1 for `git config <key>` when unset). */
  okExitCodes?: readonly number[];
}

/** What a git command printed, and how it exited. */
export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const REDACTED = '***';

/**
 * The text with credentials masked: the user information of URLs (`https://user:token@host`),
 * the value of any `Authorization` header or `extraheader` setting, and GitHub token shapes.
 */
export function redactCredentials(text: string): string {
  return text
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, `$1${REDACTED}@`)
    .replace(/(authorization\s*:\s*)[^\r\n]*/gi, `$1${REDACTED}`)
    .replace(/(extraheader\s*=\s*)[^\r\n]*/gi, `$1${REDACTED}`)
    .replace(/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, REDACTED);
}

/** A git command failed: names the command (redacted), its exit code and its stderr (redacted). */
export class GitCommandError extends PromoteError {
  override name = 'GitCommandError';
  readonly args: readonly string[];
  readonly stderr: string;
  readonly stdout: string;
  constructor(
    args: readonly string[],
    readonly exitCode: number | null,
    stderr: string,
    stdout = '',
  ) {
    const shown = args.map(redactCredentials);
    const cleaned = redactCredentials(stderr).trim();
    const status = exitCode === null ? 'could not run' : `exited with ${exitCode}`;
    super(`git ${shown.join(' ')} ${status}${cleaned ? `: ${cleaned}` : ''}`);
    this.args = shown;
    this.stderr = cleaned;
    this.stdout = redactCredentials(stdout);
  }
}

/** Run `git <args>`; resolves with its output, rejects with GitCommandError on a failure exit. */
export async function runGit(args: readonly string[], options: GitOptions): Promise<GitResult> {
  // Loaded on first use: many runs never start git.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...args],
      {
        cwd: options.cwd,
        env: options.env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const code = error ? (error as NodeJS.ErrnoException & { code?: unknown }).code : 0;
        const exitCode = typeof code === 'number' ? code : error ? null : 0;
        if (exitCode === 0 || (exitCode !== null && options.okExitCodes?.includes(exitCode)))
          resolve({ stdout, stderr, exitCode });
        else reject(new GitCommandError(args, exitCode, stderr || (error?.message ?? ''), stdout));
      },
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}
