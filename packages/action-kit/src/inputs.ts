/**
 * Reading action inputs. Each action reads every input once, through these, into a typed
 * settings object; errors name the input, quote the value and state the expected form.
 */
import { InputError, inputLines } from '@gitops-promote/core';

/** The input as the runner passes it, in INPUT_<NAME> ('' when not set). */
export function getRawInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
}

/** The input's text, trimmed ('' when not set): what @actions/core's getInput returns. */
export function getText(name: string): string {
  return getRawInput(name).trim();
}

/** A required input; missing is an error naming it. */
export function getRequired(name: string): string {
  const value = getText(name);
  if (value === '') throw new InputError(name, value, 'is required but was not set');
  return value;
}

/** The input's non-empty, non-comment lines. */
export function getLines(name: string): string[] {
  return inputLines(getText(name)).map((l) => l.text);
}

/** `true` or `false` (YAML 1.2 core schema spellings, as the runner accepts them). */
export function getBoolean(name: string, fallback = false): boolean {
  const value = getText(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(name, value, 'must be true or false');
}

/** A whole number within [min, max]. */
export function getInteger(name: string, fallback: number, min: number, max: number): number {
  const value = getText(name);
  if (value === '') return fallback;
  if (!/^[0-9]+$/.test(value))
    throw new InputError(name, value, `must be a whole number from ${min} to ${max}`);
  const number = Number(value);
  if (number < min || number > max)
    throw new InputError(name, value, `must be a whole number from ${min} to ${max}`);
  return number;
}

/** One of a fixed set of words. */
export function getChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = getText(name);
  if (value === '') return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new InputError(name, value, `must be one of ${choices.join(', ')}`);
  return value as T;
}

/** A list given as lines or comma-separated words (`api, web` or one per line). */
export function getList(name: string): string[] {
  return getLines(name)
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}
