/**
 * Parse the `WWW-Authenticate` header of a 401 answer (RFC 7235): one or more challenges,
 * each a scheme and `name=value` parameters, the values plain tokens or quoted strings.
 * Node joins repeated headers with ", ", so one string may hold several challenges.
 */

/** One challenge: scheme in lower case, parameter names in lower case, values as sent. */
export interface AuthChallenge {
  scheme: string;
  params: Readonly<Record<string, string>>;
}

/** A Bearer challenge as the distribution token flow uses it. */
export interface BearerChallenge {
  realm: string;
  service?: string;
  scope?: string;
  error?: string;
}

const TCHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text[this.pos] ?? '';
  }

  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  skipSpacesAndCommas(): void {
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === ',') this.pos++;
  }

  token(): string {
    const start = this.pos;
    while (!this.done && TCHAR.test(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** An unquoted value: lenient, everything up to a comma or white space. */
  bareValue(): string {
    const start = this.pos;
    while (!this.done && !/[\s,]/.test(this.peek())) this.pos++;
    return this.text.slice(start, this.pos);
  }

  quoted(): string {
    this.pos++; // opening quote
    let value = '';
    while (!this.done && this.peek() !== '"') {
      if (this.peek() === '\\') this.pos++;
      value += this.peek();
      this.pos++;
    }
    this.pos++; // closing quote (or end of text)
    return value;
  }
}

/** Read `name=value` parameters until the next challenge or the end. */
function readParams(scanner: Scanner): Record<string, string> {
  const params: Record<string, string> = {};
  for (;;) {
    scanner.skipSpacesAndCommas();
    const start = scanner.pos;
    const name = scanner.token();
    scanner.skipSpaces();
    if (name === '' || scanner.peek() !== '=') {
      scanner.pos = start; // the next challenge's scheme, or text we cannot read
      return params;
    }
    scanner.pos++;
    scanner.skipSpaces();
    params[name.toLowerCase()] = scanner.peek() === '"' ? scanner.quoted() : scanner.bareValue();
  }
}

/** Every challenge in a `WWW-Authenticate` value; unreadable text ends the list. */
export function parseAuthChallenges(header: string | undefined): AuthChallenge[] {
  if (header === undefined) return [];
  const scanner = new Scanner(header);
  const challenges: AuthChallenge[] = [];
  for (;;) {
    scanner.skipSpacesAndCommas();
    if (scanner.done) return challenges;
    const scheme = scanner.token();
    if (scheme === '') return challenges;
    challenges.push({ scheme: scheme.toLowerCase(), params: readParams(scanner) });
  }
}

/** The first Bearer challenge with a realm, if any. */
export function bearerChallengeOf(
  challenges: readonly AuthChallenge[],
): BearerChallenge | undefined {
  const found = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
  if (found === undefined) return undefined;
  const { realm = '', service, scope, error } = found.params;
  return {
    realm,
    ...(service === undefined ? {} : { service }),
    ...(scope === undefined ? {} : { scope }),
    ...(error === undefined ? {} : { error }),
  };
}

/** Whether the challenges offer Basic authentication. */
export function offersBasic(challenges: readonly AuthChallenge[]): boolean {
  return challenges.some((c) => c.scheme === 'basic');
}
