/**
 * The error body of the distribution API: `{"errors": [{"code", "message", "detail"}]}`.
 */

export interface DistributionError {
  code: string;
  message: string;
}

/** The errors a body carries; empty when it carries none or is not JSON. */
export function distributionErrorsOf(body: Buffer | string): DistributionError[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString());
  } catch {
    return [];
  }
  const errors = (parsed as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: unknown) => {
    const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
    return typeof code === 'string'
      ? [{ code: code.toUpperCase(), message: typeof message === 'string' ? message : '' }]
      : [];
  });
}

/** `CODE: message; CODE2: message2`, or `` when there are none. */
export function describeDistributionErrors(errors: readonly DistributionError[]): string {
  return errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ');
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** `HTTP 404 Not Found (MANIFEST_UNKNOWN: manifest unknown)`. */
export function describeHttpAnswer(status: number, body: Buffer | string = ''): string {
  const text = STATUS_TEXT[status];
  const errors = describeDistributionErrors(distributionErrorsOf(body));
  return `HTTP ${status}${text ? ` ${text}` : ''}${errors ? ` (${errors})` : ''}`;
}
