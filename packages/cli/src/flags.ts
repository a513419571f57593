/**
 * Flags, parsed once per command with Node's `util.parseArgs` and read through small typed
 * readers. Flag names are the actions' input names, so an error reads like the action's with
 * `--name` in place of the input: it names the flag, quotes the value and states the rule.
 * (These readers mirror action-kit's `getLines`/`getBoolean`/… over argv instead of INPUT_*.)
 */
import { parseArgs } from 'node:util';
import { InputError, inputLines, PromoteError } from '@gitops-promote/core';

/** One flag of a command, as `--help` shows it. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  /** A string flag that may be given more than once (each value may hold several lines). */
  multiple?: boolean;
  short?: string;
  /** The value's placeholder in `--help`, e.g. `<glob>`. */
  value?: string;
  /** What `--help` says; the default, when there is one, goes at the end. */
  description: string;
  default?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

/** Bad usage: an unknown flag, a missing value, a stray argument. */
export class UsageError extends PromoteError {
  override name = 'UsageError';
}

type ParsedValue = string | boolean | string[] | undefined;

/** The flags of one command line, read with the action inputs' rules. */
export class Flags {
  constructor(private readonly values: Readonly<Record<string, ParsedValue>>) {}

  /** Whether the flag was given at all. */
  has(name: string): boolean {
    return this.values[name] !== undefined;
  }

  /** A single value, trimmed; `fallback` when not given. */
  text(name: string, fallback = ''): string {
    const value = this.values[name];
    if (Array.isArray(value)) return (value.at(-1) ?? fallback).trim();
    return typeof value === 'string' ? value.trim() : fallback;
  }

  /** Every value's non-empty, non-comment lines (`--files a --files b`, or one value of lines). */
  lines(name: string): string[] {
    const value = this.values[name];
    const given = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    return given.flatMap((v) => inputLines(v).map((l) => l.text));
  }

  /** Lines or comma-separated words (`--services api,web`). */
  list(name: string): string[] {
    return this.lines(name)
      .flatMap((line) => line.split(','))
      .map((item) => item.trim())
      .filter(Boolean);
  }

  boolean(name: string): boolean {
    return this.values[name] === true;
  }

  /** A whole number within [min, max]. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.text(name);
    if (value === '') return fallback;
    const number = /^[0-9]+$/.test(value) ? Number(value) : NaN;
    if (!(number >= min && number <= max))
      throw new InputError(name, value, `must be a whole number from ${min} to ${max}`);
    return number;
  }

  /** One of a fixed set of words. */
  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const value = this.text(name);
    if (value === '') return fallback;
    if (!(choices as readonly string[]).includes(value))
      throw new InputError(name, value, `must be one of ${choices.join(', ')}`);
    return value as T;
  }

  /** A value that must be given. */
  required(name: string, rule = 'is required'): string {
    const value = this.text(name);
    if (value === '') throw new InputError(name, value, rule);
    return value;
  }
}

/** The message of a parseArgs error, without Node's error code and its hint about `--`. */
function usageMessage(error: Error): string {
  return error.message.replace(/\. To specify an option argument starting with.*$/s, '.');
}

/** Parse `argv` against the command's flags; a mistake is a UsageError. */
export function parseFlags(argv: readonly string[], specs: FlagSpecs): Flags {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  > = {};
  for (const [name, spec] of Object.entries(specs))
    options[name] = {
      type: spec.type,
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {}),
    };
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0)
      throw new UsageError(`Unexpected argument ${JSON.stringify(positionals[0])}: flags only.`);
    return new Flags(values as Record<string, ParsedValue>);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(usageMessage(error as Error));
  }
}

const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** `--environment`: a name of letters, digits, ".", "_" or "-" (the actions' rule). */
export function environmentFlag(flags: Flags, required: boolean): string {
  const environment = required
    ? flags.required('environment', 'is required: name the environment, e.g. staging')
    : flags.text('environment');
  if (environment !== '' && !ENVIRONMENT_NAME.test(environment))
    throw new InputError(
      'environment',
      environment,
      'must be a name of letters, digits, ".", "_" or "-"',
    );
  return environment;
}

/** `--files`: glob lines, at least one. */
export function filePatternsFlag(flags: Flags): string[] {
  const patterns = flags.lines('files');
  if (patterns.length === 0)
    throw new InputError(
      'files',
      '',
      'is required: give glob lines of the files, e.g. --files "helm/*/values-{env}.yaml"',
    );
  return patterns;
}
