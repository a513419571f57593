/**
 * How go-yaml v2 (gopkg.in/yaml.v2, which Helm reads values with through sigs.k8s.io/yaml, and
 * kustomize reads `newTag` with) resolves an untagged plain scalar: a model of its `resolve()`
 * (resolve.go, v2.4.0) and of the Go `strconv` parsers it calls, checked value by value against
 * the real library (test/go-yaml-v2/). No package does this: the `yaml` package's YAML 1.1
 * schema differs from go-yaml v2 (go-yaml strips every `_` before parsing an integer, reads `08`
 * as the float 8, knows no sexagesimal numbers and keeps timestamps as strings).
 *
 * The rules, in go-yaml's order:
 * 1. The first character gives a hint: a sign (`+-`), a digit, one of `yYnNtTfFoO~`, or `.`;
 *    any other first character (and an empty value, which is null) is a string at once.
 * 2. The words y/Y/yes/Yes/YES, n/N/no/No/NO, true/True/TRUE, false/False/FALSE, on/On/ON,
 *    off/Off/OFF (booleans), ~/null/Null/NULL (null), .nan/.inf/+.inf/-.inf in three cases
 *    (floats) are not strings (`<<` is a string: `<` gives no hint).
 * 3. Starting with `.`: a float when Go's ParseFloat reads it (`.5`, `.5_5`, `.5e1_0`).
 * 4. Starting with a sign or a digit: a timestamp (`2024-01-02`) stays a string; otherwise every
 *    `_` is removed and the rest is an integer when ParseInt/ParseUint with base 0 read it
 *    (`1_000`, `0x1F`, `0X1F`, `0o17`, `0O17`, `0b101`, `017` octal, `+1`), a float when it
 *    matches `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` and is finite (`08`, `1e3`,
 *    `1.`), or binary after `0b`/`-0b` (`0b-1`). Out of range is a string (`1e400`).
 */

const WORDS = new Set(
  (
    'y Y yes Yes YES true True TRUE on On ON n N no No NO false False FALSE off Off OFF ' +
    '~ null Null NULL .nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF'
  ).split(' '),
);

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's underscoreOK: each `_` sits between digits (or after a base prefix and before a digit). */
function underscoreOK(text: string): boolean {
  let s = text;
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  let saw = '^';
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1] as string)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if (/[0-9]/.test(c) || (hex && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

/** Go's ParseFloat(s, 64) succeeds, for a decimal float (the only kind reached here). */
function parsesAsGoFloat(s: string): boolean {
  if (!/^[-+]?(?:[0-9_]+\.?[0-9_]*|\.[0-9_]+)(?:[eE][-+]?[0-9_]+)?$/.test(s)) return false;
  if (s.includes('_') && !underscoreOK(s)) return false;
  const [mantissa = '', exponent] = s.replace(/_/g, '').split(/[eE]/);
  if (!/[0-9]/.test(mantissa) || (exponent !== undefined && !/[0-9]/.test(exponent))) return false;
  return Number.isFinite(Number(s.replace(/_/g, '')));
}

/** The unsigned value of `digits` in `base`, or undefined when a digit is not of the base. */
function unsignedValue(digits: string, base: 2 | 8 | 10 | 16): bigint | undefined {
  const pattern = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base];
  if (!pattern.test(digits)) return undefined;
  const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[base];
  return BigInt(prefix + digits);
}

/** Go's ParseInt(s, base, 64) or ParseUint(s, base, 64) succeeds (no `_` left in `s`). */
function parsesAsGoInt(s: string, explicitBase?: 2): boolean {
  const sign = s.startsWith('-') || s.startsWith('+') ? (s[0] as string) : '';
  const body = s.slice(sign.length);
  let value: bigint | undefined;
  if (explicitBase) value = unsignedValue(body, explicitBase);
  else if (/^0[xX]/.test(body)) value = unsignedValue(body.slice(2), 16);
  else if (/^0[oO]/.test(body)) value = unsignedValue(body.slice(2), 8);
  else if (/^0[bB]/.test(body)) value = unsignedValue(body.slice(2), 2);
  else if (body.startsWith('0')) value = body === '0' ? 0n : unsignedValue(body.slice(1), 8);
  else value = unsignedValue(body, 10);
  if (value === undefined) return false;
  const signed = sign === '-' ? -value : value;
  if (signed >= INT64_MIN && signed <= INT64_MAX) return true;
  return sign === '' && value <= UINT64_MAX;
}

const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** A value with a sign or digit first: an int, a float, or binary after `0b` (timestamps stay strings). */
function isGoNumber(value: string): boolean {
  const plain = value.replace(/_/g, '');
  if (parsesAsGoInt(plain)) return true;
  if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return true;
  if (plain.startsWith('0b')) return parsesAsGoInt(plain.slice(2), 2);
  if (plain.startsWith('-0b')) return parsesAsGoInt(`-${plain.slice(3)}`, 2);
  return false;
}

/** Whether go-yaml v2 reads `value`, written as an untagged plain scalar, as that string. */
export function goYamlV2ReadsAsString(value: string): boolean {
  const first = value[0];
  if (first === undefined) return false; // empty is null
  if (WORDS.has(value)) return false;
  if (first === '.') return !parsesAsGoFloat(value);
  if (/[-+0-9]/.test(first)) return !isGoNumber(value);
  return true;
}
