/**
 * Turn what a registry answered (or failed to answer) into a lookup outcome, failing closed:
 * `missing` only for a 404 carrying one of the expected distribution error codes.
 */
import { bearerChallengeOf, parseAuthChallenges } from './auth-challenge.js';
import { describeHttpAnswer, distributionErrorsOf } from './error-body.js';
import type { HttpResponse } from './http-transport.js';
import { RegistryAuthError } from './token-service.js';
import type { LookupError, LookupErrorReason, LookupFailure } from './registry-lookup.js';
import { RegistryRequestError } from './request-sender.js';

const REASON_WORDS: Readonly<Record<LookupErrorReason, string>> = {
  unreachable: 'is unreachable',
  timeout: 'did not answer in time',
  unauthorized: 'refused access',
  forbidden: 'refused access',
  'rate-limited': 'kept rate-limiting us',
  'server-error': 'kept failing',
  'bad-response': 'gave an answer we cannot use',
  'digest-mismatch': 'served content that does not match its digest',
  unsupported: 'served a manifest we do not support',
};

/** `<where>: registry <registry> <what happened>: <detail>`. */
export function lookupError(
  where: string,
  registry: string,
  reason: LookupErrorReason,
  detail: string,
  httpStatus?: number,
): LookupError {
  return {
    status: 'error',
    reason,
    message: `${where}: registry ${registry} ${REASON_WORDS[reason]}: ${detail}`,
    ...(httpStatus === undefined ? {} : { httpStatus }),
  };
}

/** A thrown request or auth failure as a lookup error; anything else is rethrown. */
export function failureOf(error: unknown, where: string, registry: string): LookupError {
  if (error instanceof RegistryRequestError)
    return lookupError(where, registry, error.reason, error.message, error.httpStatus);
  if (error instanceof RegistryAuthError)
    return lookupError(where, registry, error.reason, error.message);
  throw error;
}

/**
 * The outcome of an answer other than 200: `missing` for a 404 with one of `missingCodes`,
 * else an error; `authNote` says how we authenticated, for 401 and 403.
 */
export function failureOfAnswer(
  response: HttpResponse,
  where: string,
  registry: string,
  missingCodes: readonly string[],
  authNote: string,
): LookupFailure {
  const answer = describeHttpAnswer(response.status, response.body);
  const { status } = response;
  if (status === 404) {
    const errors = distributionErrorsOf(response.body);
    const code = errors.find((e) => missingCodes.includes(e.code))?.code;
    if (code !== undefined)
      return {
        status: 'missing',
        code,
        message: `${where}: registry ${registry} does not have it: ${answer}`,
      };
    const unknown = `${answer}, without ${missingCodes.join(' or ')}, so we cannot tell whether it exists`;
    return lookupError(where, registry, 'bad-response', unknown, 404);
  }
  if (status === 401 || status === 403) {
    const challenge = bearerChallengeOf(parseAuthChallenges(response.headers['www-authenticate']));
    const said = challenge?.error ? ` [${challenge.error}]` : '';
    const reason = status === 401 ? 'unauthorized' : 'forbidden';
    return lookupError(where, registry, reason, `${answer}${said}; ${authNote}`, status);
  }
  return lookupError(where, registry, 'bad-response', answer, status);
}
