/** Why a retag or resolve stopped: each names the image and the tag. */
import { PromoteError } from '../errors.js';

/** The registry could not give what the step needs (source tag, tags list, config, push). */
export class RetagRegistryError extends PromoteError {
  override name = 'RetagRegistryError';
  constructor(
    readonly image: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** A tag with placeholders already points at another digest: immutable tags never move. */
export class ImmutableTagError extends PromoteError {
  override name = 'ImmutableTagError';
  constructor(
    readonly image: string,
    readonly tag: string,
    readonly current: string,
    readonly wanted: string,
  ) {
    super(
      `${image}:${tag} already points at ${current}, not the source ${wanted}; it is an immutable tag (it has placeholders), so it is not moved and nothing was pushed`,
    );
  }
}

/** A pushed tag did not resolve back to the source digest. */
export class ReadBackError extends PromoteError {
  override name = 'ReadBackError';
  constructor(
    readonly image: string,
    readonly tag: string,
    detail: string,
  ) {
    super(`${image}:${tag} was pushed but ${detail}`);
  }
}

/** `release: true` without a version to name the release. */
export class ReleaseVersionError extends PromoteError {
  override name = 'ReleaseVersionError';
}
