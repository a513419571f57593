/**
 * The part of GitHub Actions' expression language the workflow driver evaluates: literals
 * (`'text'` with `''` for a quote, numbers, `true`, `false`, `null`), context paths
 * (`needs.build.outputs.tag`), `!`, `==`, `!=`, `&&`, `||` and parentheses, with GitHub's
 * rules: `&&` and `||` return an operand, `==` compares strings ignoring case and coerces
 * mixed types to numbers, and `false`, `0`, `''` and `null` are falsy. Anything else (function
 * calls such as `success()` or `contains()`, `<`, indexes, `*` filters) throws, naming the
 * expression, so an example that grows a construct the driver cannot evaluate fails loudly
 * instead of being evaluated wrongly. A path that names no value throws too: GitHub would give
 * `''`, but here that is almost always a typo in the example or a missing test context.
 * (Hand-written: no npm package evaluates Actions expressions offline; @actions/expressions
 * is not in the registry lists this project can use.)
 */

export type ExpressionValue = string | number | boolean | null;

/**
 * Marks a map whose missing keys read as `''`, as GitHub reads an output a step did not set
 * (release-please-action sets `release_created` only when it released).
 */
export const OPEN_MAP = Symbol('open map');

/** A context tree: `{ needs: { build: { outputs: { tag: 'v1' } } } }`. */
export interface ContextTree {
  [name: string]: ContextTree | ExpressionValue | undefined;
  [OPEN_MAP]?: true;
}

type Token =
  | { kind: 'literal'; value: ExpressionValue }
  | { kind: 'path'; value: string }
  | { kind: 'op'; value: '!' | '==' | '!=' | '&&' | '||' | '(' | ')' };

const TOKEN =
  /\s*(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)\b|([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)|(==|!=|&&|\|\||!|\(|\)))/y;

/** The tokens of `expression`; a character the driver does not know throws. */
function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(expression);
    if (!match) throw unsupported(expression, `at '${expression.slice(at).trim()}'`);
    const [, text, number, path, op] = match;
    if (text !== undefined) tokens.push({ kind: 'literal', value: text.replaceAll("''", "'") });
    else if (number !== undefined) tokens.push({ kind: 'literal', value: Number(number) });
    else if (path !== undefined) {
      if (/^\s*\(/.test(expression.slice(TOKEN.lastIndex)))
        throw unsupported(expression, `function call ${path}()`);
      tokens.push(keywordOrPath(path));
    } else tokens.push({ kind: 'op', value: op as Extract<Token, { kind: 'op' }>['value'] });
  }
  return tokens;
}

function keywordOrPath(word: string): Token {
  if (word === 'true' || word === 'false') return { kind: 'literal', value: word === 'true' };
  if (word === 'null') return { kind: 'literal', value: null };
  return { kind: 'path', value: word };
}

function unsupported(expression: string, detail: string): Error {
  return new Error(`the driver does not evaluate \${{ ${expression} }} (${detail})`);
}

/** Whether GitHub treats `value` as true. */
export function truthy(value: ExpressionValue): boolean {
  return !(value === false || value === null || value === 0 || value === '' || Number.isNaN(value));
}

/** `value` as GitHub writes it into a string. */
export function asText(value: ExpressionValue): string {
  return value === null ? '' : String(value);
}

function asNumber(value: ExpressionValue): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  return value.trim() === '' ? 0 : Number(value);
}

/** GitHub's loose `==`. */
export function looseEquals(left: ExpressionValue, right: ExpressionValue): boolean {
  if (typeof left === 'string' && typeof right === 'string')
    return left.toLowerCase() === right.toLowerCase();
  if (typeof left === typeof right || left === null || right === null)
    return left === right || asNumber(left) === asNumber(right);
  return asNumber(left) === asNumber(right);
}

function lookup(path: string, context: ContextTree, expression: string): ExpressionValue {
  const [root = '', ...rest] = path.split('.');
  if (!(root in context)) throw unsupported(expression, `no context '${root}'`);
  let node: ContextTree | ExpressionValue | undefined = context[root];
  for (const name of rest) {
    const map = node !== null && typeof node === 'object' ? node : undefined;
    node = map?.[name] ?? (map?.[OPEN_MAP] ? '' : undefined);
  }
  if (node === undefined || (typeof node === 'object' && node !== null))
    throw new Error(`no value for \${{ ${expression} }} (${path})`);
  return node;
}

/** Evaluate one expression (the text inside `${{ }}`, or a bare `if:`). */
export function evaluateExpression(expression: string, context: ContextTree): ExpressionValue {
  const tokens = tokenize(expression);
  let index = 0;
  const peek = (): Token | undefined => tokens[index];
  const isOp = (value: string): boolean => {
    const token = peek();
    return token?.kind === 'op' && token.value === value;
  };
  const primary = (): ExpressionValue => {
    const token = tokens[index++];
    if (token === undefined) throw unsupported(expression, 'it ends early');
    if (token.kind === 'literal') return token.value;
    if (token.kind === 'path') return lookup(token.value, context, expression);
    if (token.value === '!') return !truthy(primary());
    if (token.value === '(') {
      const value = or();
      if (!isOp(')')) throw unsupported(expression, "a '(' is not closed");
      index++;
      return value;
    }
    throw unsupported(expression, `unexpected '${token.value}'`);
  };
  const equality = (): ExpressionValue => {
    let left = primary();
    while (isOp('==') || isOp('!=')) {
      const negate = (tokens[index++] as Token).value === '!=';
      const right = primary();
      left = looseEquals(left, right) !== negate;
    }
    return left;
  };
  const and = (): ExpressionValue => {
    let left = equality();
    while (isOp('&&')) {
      index++;
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): ExpressionValue => {
    let left = and();
    while (isOp('||')) {
      index++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (index !== tokens.length) throw unsupported(expression, 'trailing tokens');
  return value;
}

const INTERPOLATION = /\$\{\{\s*([\s\S]+?)\s*\}\}/g;

/** `text` with every `${{ … }}` replaced by its value. */
export function interpolate(text: string, context: ContextTree): string {
  return text.replace(INTERPOLATION, (_, expression: string) =>
    asText(evaluateExpression(expression, context)),
  );
}

/**
 * An `if:` condition: bare or wrapped in `${{ }}`, as GitHub allows. A condition that mixes
 * text and `${{ }}` is always true on GitHub (a non-empty string), a classic mistake: refused.
 */
export function evaluateCondition(condition: string, context: ContextTree): boolean {
  const trimmed = condition.trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed);
  if (wrapped && !wrapped[1]?.includes('}}'))
    return truthy(evaluateExpression(wrapped[1] as string, context));
  if (trimmed.includes('${{'))
    throw new Error(`if: '${condition}' mixes text and \${{ }}: GitHub reads it as always true`);
  return truthy(evaluateExpression(trimmed, context));
}
