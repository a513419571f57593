/**
 * Step outputs, as @actions/core 3 sets them: a heredoc with a random delimiter appended to
 * the GITHUB_OUTPUT file, or the `::set-output` command when the runner gives no such file.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { stdout } from './stdout.js';
import { uniqueToken } from './unique-token.js';
import { issueCommand } from './workflow-commands.js';

/**
 * `name<<delimiter`, the value, `delimiter`: one entry of a file command. Neither the name nor
 * the value may contain the delimiter (it would end the value early); the default one is drawn
 * new for each entry, shaped as @actions/core's (`ghadelimiter_<uuid>`), and absent from both.
 */
export function keyValueMessage(
  name: string,
  value: string,
  delimiter = uniqueToken('ghadelimiter_', name, value),
): string {
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Append `message` to the file the runner named in GITHUB_<command> (OUTPUT, STATE, ENV). */
function issueFileCommand(command: string, message: string): void {
  const path = process.env[`GITHUB_${command}`];
  if (!path) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

/** Set the step output `name`. */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', keyValueMessage(name, value));
    return;
  }
  stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}
