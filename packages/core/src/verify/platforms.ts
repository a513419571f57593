/**
 * The `platforms` input (`os/arch[/variant]` lines) and platform matching as container runtimes
 * do it: `linux/arm64` is `linux/arm64/v8`, `linux/arm` is `linux/arm/v7`.
 */
import { InputError } from '../errors.js';

const COMPONENT = /^[a-z0-9][a-z0-9._-]*$/;

/** Parse platform lines; an entry that is not `os/arch[/variant]` is an InputError naming it. */
export function parsePlatforms(lines: readonly string[], input = 'platforms'): string[] {
  const platforms: string[] = [];
  for (const line of lines) {
    const parts = line.split('/');
    if (parts.length < 2 || parts.length > 3 || !parts.every((p) => COMPONENT.test(p)))
      throw new InputError(
        input,
        line,
        'is not a platform: expected os/arch or os/arch/variant in lowercase, e.g. linux/amd64 or linux/arm/v7',
      );
    if (!platforms.includes(line)) platforms.push(line);
  }
  return platforms;
}

/** `os/arch/variant` with the default variants made explicit (arm64 → v8, arm → v7). */
function normalizePlatform(platform: string): string {
  const [os = '', arch = '', variant = ''] = platform.split('/');
  const implied = arch === 'arm64' ? 'v8' : arch === 'arm' ? 'v7' : '';
  return `${os}/${arch}/${variant || implied}`;
}

/** Whether an image's platform satisfies a required one. */
export function platformMatches(required: string, available: string): boolean {
  return normalizePlatform(required) === normalizePlatform(available);
}

/** The required platforms that none of `available` satisfies. */
export function missingPlatforms(
  required: readonly string[],
  available: readonly string[],
): string[] {
  return required.filter((r) => !available.some((a) => platformMatches(r, a)));
}
