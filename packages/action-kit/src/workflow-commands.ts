/**
 * Workflow commands on stdout (`::name key=value,...::message`), byte for byte as @actions/core 3
 * writes them: logging, annotations, secret masking and failing the step. Only what the actions
 * use; `runner-commands.test.ts` runs every call through both and compares the bytes.
 *
 * One deliberate difference: `info` never lets a line of its message reach the runner as a
 * command (`@actions/core` writes it raw, so a tag `1.0\n::stop-commands::x` printed in a log
 * line would stop the runner reading commands, or add a mask, or set an output).
 */
import { EOL } from 'node:os';
import { stdout } from './stdout.js';
import { uniqueToken } from './unique-token.js';

/** Where an annotation points; the same names as @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

type CommandProperties = Record<string, string | number | undefined>;

/** A message escaped for a workflow command: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value escaped for a workflow command: as a message, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command as text. As in @actions/core, properties with an empty value are left
 * out, yet a properties object with any key still puts a space after the command name.
 */
export function formatCommand(
  command: string,
  properties: CommandProperties,
  message: string,
): string {
  const keys = Object.keys(properties);
  const pairs = keys
    .filter((key) => properties[key])
    .map((key) => `${key}=${escapeProperty(String(properties[key]))}`);
  const head = keys.length > 0 ? `${command} ${pairs.join(',')}` : command;
  return `::${head}::${escapeData(message)}`;
}

/** Write one workflow command to stdout. */
export function issueCommand(command: string, properties: CommandProperties, message: string) {
  stdout.write(formatCommand(command, properties, message) + EOL);
}

/** The runner's property names (`line`, `col`) for annotation properties. */
function annotationCommandProperties(where: AnnotationProperties): CommandProperties {
  if (Object.keys(where).length === 0) return {};
  return {
    title: where.title,
    file: where.file,
    line: where.startLine,
    endLine: where.endLine,
    col: where.startColumn,
    endColumn: where.endColumn,
  };
}

/** What the runner reads as the end of a line of output: LF, CRLF or a lone CR. */
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Whether the runner could read `line` as a workflow command: `::name` after leading white
 * space (the runner trims it), or the older `##[name]` anywhere in the line.
 */
export function mayBeCommand(line: string): boolean {
  return line.trimStart().startsWith('::') || line.includes('##[');
}

/** A `stop-commands` token that does not occur in `text` (so `text` cannot resume commands). */
function stopToken(text: string): string {
  return uniqueToken('gitops-promote-', text);
}

/**
 * `message` as lines of the log that the runner shows but never runs: as is when no line could
 * be read as a command, else between `::stop-commands::<token>` and `::<token>::` (the way the
 * runner offers to print untrusted text; both lines are hidden from the log).
 */
export function logLines(message: string): string {
  if (!message.split(LINE_BREAK).some(mayBeCommand)) return message + EOL;
  const token = stopToken(message);
  return `::stop-commands::${token}${EOL}${message}${EOL}::${token}::${EOL}`;
}

/** A line of the log, shown as is and never run as a workflow command. */
export function info(message: string): void {
  stdout.write(logLines(message));
}

/** A line shown only when the run has debug logging on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

/** A warning annotation, at a file and line when given. */
export function warning(message: string, where: AnnotationProperties = {}): void {
  issueCommand('warning', annotationCommandProperties(where), message);
}

/** An error annotation, at a file and line when given. */
export function error(message: string, where: AnnotationProperties = {}): void {
  issueCommand('error', annotationCommandProperties(where), message);
}

/** Fail the step (exit code 1) with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Have the runner mask `secret` wherever it would appear in the log. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}
