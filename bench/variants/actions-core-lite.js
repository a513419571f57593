/**
 * The part of @actions/core the actions use, without @actions/http-client and its undici
 * (getIDToken is the only reason @actions/core loads them, and no action here calls it).
 * Same wire format as @actions/core 3: workflow commands on stdout, GITHUB_OUTPUT heredocs,
 * GITHUB_STEP_SUMMARY appends. Used by `bench/profile.ts core-lite` to measure the proposal
 * "replace @actions/core with a lite module in action-kit" before anyone applies it.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

const text = (value) =>
  value === null || value === undefined
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

const escapeData = (s) => text(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function issue(command, properties, message) {
  const pairs = Object.entries(properties ?? {})
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`);
  const props = pairs.length > 0 ? ` ${pairs.join(',')}` : '';
  process.stdout.write(`::${command}${props}::${escapeData(message)}${EOL}`);
}

const annotation = (p = {}) => ({
  title: p.title,
  file: p.file,
  line: p.startLine,
  endLine: p.endLine,
  col: p.startColumn,
  endColumn: p.endColumn,
});

const messageOf = (m) => (m instanceof Error ? m.toString() : m);

function fileCommand(variable, message) {
  const path = process.env[variable];
  if (!path) throw new Error(`Unable to find environment variable for file command ${variable}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

export function getInput(name, options) {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

export function setOutput(name, value) {
  if (!process.env.GITHUB_OUTPUT) {
    process.stdout.write(EOL);
    issue('set-output', { name }, text(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = text(value);
  if (name.includes(delimiter) || converted.includes(delimiter))
    throw new Error(`Unexpected input: contains the delimiter "${delimiter}"`);
  fileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`);
}

export function setSecret(secret) {
  issue('add-mask', {}, secret);
}

export const isDebug = () => process.env.RUNNER_DEBUG === '1';
export const debug = (message) => issue('debug', {}, message);
export const info = (message) => process.stdout.write(message + EOL);
export const error = (m, p) => issue('error', annotation(p), messageOf(m));
export const warning = (m, p) => issue('warning', annotation(p), messageOf(m));
export const notice = (m, p) => issue('notice', annotation(p), messageOf(m));

export function setFailed(message) {
  process.exitCode = 1;
  error(message);
}

/** `summary.addRaw(text).write()`, appending to GITHUB_STEP_SUMMARY. */
export const summary = {
  buffer: '',
  addRaw(raw, addEOL = false) {
    this.buffer += raw + (addEOL ? EOL : '');
    return this;
  },
  async write() {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.');
    appendFileSync(path, this.buffer, { encoding: 'utf8' });
    this.buffer = '';
    return this;
  },
};
