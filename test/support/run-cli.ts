/**
 * Run the bundled CLI as a user does: `node packages/cli/dist/index.js <args>` in a directory,
 * with a minimal environment (no colour unless a test asks for it), stdout and stderr apart.
 * `runCliInTty` runs it under `script` (util-linux), so stdout and stderr are a terminal.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './run-action.js';

export const CLI_ENTRY = join(repoRoot, 'packages', 'cli', 'dist', 'index.js');

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
}

function baseEnv(options: CliOptions): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: options.cwd,
    ...options.env,
  };
}

function collect(command: string, args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<CliRun>((resolve) =>
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout, stderr })),
  );
}

/** `gitops-promote <args>` with stdout and stderr piped. */
export function runCli(args: string[], options: CliOptions): Promise<CliRun> {
  return collect(process.execPath, [CLI_ENTRY, ...args], options.cwd, baseEnv(options));
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * `gitops-promote <args>` on a pseudo-terminal: `script -qec` gives it a TTY for stdout and
 * stderr, and writes both, as the terminal shows them, to its own stdout. Its exit code is
 * the CLI's (`-e`).
 */
export function runCliInTty(args: string[], options: CliOptions): Promise<CliRun> {
  const command = [process.execPath, CLI_ENTRY, ...args].map(shellQuote).join(' ');
  return collect('script', ['-qec', command, '/dev/null'], options.cwd, {
    TERM: 'xterm-256color',
    ...baseEnv(options),
  });
}
