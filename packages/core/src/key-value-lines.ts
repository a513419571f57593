/**
 * The one line syntax of list inputs such as `images` and `digests`: `key=value` per line,
 * blank lines and `#` comments ignored. Errors name the input and the line.
 */
import { InputError } from './errors.js';

export interface KeyValueLine {
  key: string;
  value: string;
  line: number;
}

/** Split input text into non-empty, non-comment lines, trimmed. */
export function inputLines(text: string): Array<{ text: string; line: number }> {
  return text
    .split(/\r?\n/)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}

/** Parse `key=value` lines; a key given twice is an error. */
export function parseKeyValueLines(input: string, text: string, expected: string): KeyValueLine[] {
  const seen = new Set<string>();
  return inputLines(text).map(({ text: entry, line }) => {
    const eq = entry.indexOf('=');
    const key = eq < 0 ? '' : entry.slice(0, eq).trim();
    const value = eq < 0 ? '' : entry.slice(eq + 1).trim();
    if (key === '' || value === '')
      throw new InputError(input, entry, `(line ${line}) is not of the form ${expected}`);
    if (seen.has(key))
      throw new InputError(input, entry, `(line ${line}) repeats '${key}', which was given before`);
    seen.add(key);
    return { key, value, line };
  });
}
