/**
 * A real registry for tests: Debian's `docker-registry` (CNCF distribution 2.8) on a random
 * loopback port, storing in a temp folder, in one of three auth modes. `stop()` kills the
 * process and removes the folder; a process left behind by a crashed test dies with its parent.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTokenServer, type TokenServer, type TokenServerOptions } from './token-server.js';

export const REGISTRY_BINARY = '/usr/bin/docker-registry';

export type RegistryAuth =
  | { mode: 'none' }
  | { mode: 'htpasswd'; users: Record<string, string> }
  | ({ mode: 'token' } & Omit<TokenServerOptions, 'directory' | 'service' | 'issuer'>);

export interface StartRegistryOptions {
  auth?: RegistryAuth;
  /** How long to wait for the registry to listen (default 15 s). */
  startTimeoutMs?: number;
}

export interface TestRegistry {
  /** `127.0.0.1:<port>`: the registry part of image references. */
  host: string;
  port: number;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  auth: RegistryAuth;
  rootDirectory: string;
  tokenServer?: TokenServer;
  /** An Authorization header allowed to push and pull `repository`, for the push helpers. */
  pushAuthorization(repository: string): string | undefined;
  /** The registry's log so far. */
  logs(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function htpasswdFile(users: Record<string, string>): string {
  return Object.entries(users)
    .map(([user, password]) =>
      execFileSync('htpasswd', ['-Bbn', '-C', '4', user, password], { encoding: 'utf8' }).trim(),
    )
    .join('\n');
}

function authConfig(auth: RegistryAuth, directory: string, tokenServer?: TokenServer): string {
  if (auth.mode === 'htpasswd') {
    const path = join(directory, 'htpasswd');
    writeFileSync(path, `${htpasswdFile(auth.users)}\n`);
    return `auth:\n  htpasswd:\n    realm: gitops-promote-test\n    path: ${path}\n`;
  }
  if (auth.mode === 'token' && tokenServer !== undefined)
    return [
      'auth:',
      '  token:',
      `    realm: ${tokenServer.realm}`,
      `    service: ${tokenServer.service}`,
      `    issuer: ${tokenServer.issuer}`,
      `    rootcertbundle: ${tokenServer.certificatePath}`,
      '',
    ].join('\n');
  return '';
}

function configYaml(storage: string, auth: string): string {
  return [
    'version: 0.1',
    'log:',
    '  level: info',
    '  formatter: text',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storage}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    '  addr: 127.0.0.1:0',
    '  secret: gitops-promote-test-secret',
    auth,
  ].join('\n');
}

/** Wait for `listening on 127.0.0.1:<port>` in the log; the port is the one the OS chose. */
function waitForPort(child: ChildProcess, log: () => string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`registry did not start within ${timeoutMs} ms:\n${log()}`)),
      timeoutMs,
    );
    const check = (): void => {
      const port = /listening on 127\.0\.0\.1:(\d+)/.exec(log())?.[1];
      if (port !== undefined && port !== '0') finish(undefined, Number(port));
    };
    const exited = (code: number | null): void =>
      finish(new Error(`registry exited (${code}):\n${log()}`));
    function finish(error?: Error, port?: number): void {
      clearTimeout(timer);
      child.stderr?.off('data', check);
      child.stdout?.off('data', check);
      child.off('exit', exited);
      if (error) reject(error);
      else resolve(port as number);
    }
    child.stderr?.on('data', check);
    child.stdout?.on('data', check);
    child.once('exit', exited);
  });
}

/** Start a registry; stop it with `stop()` (in `afterAll`). */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const auth = options.auth ?? { mode: 'none' };
  const rootDirectory = mkdtempSync(join(tmpdir(), 'gitops-promote-registry-'));
  const tokenServer =
    auth.mode === 'token'
      ? await startTokenServer({
          ...auth,
          directory: rootDirectory,
          service: 'gitops-promote-test-registry',
          issuer: 'gitops-promote-test-issuer',
        })
      : undefined;
  const configPath = join(rootDirectory, 'config.yml');
  writeFileSync(
    configPath,
    configYaml(join(rootDirectory, 'storage'), authConfig(auth, rootDirectory, tokenServer)),
  );
  // A clean environment: REGISTRY_* variables would override the config.
  const child = spawn(REGISTRY_BINARY, ['serve', configPath], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const cleanUp = async (): Promise<void> => {
    running.delete(child);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    await tokenServer?.stop();
    rmSync(rootDirectory, { recursive: true, force: true });
  };
  let port: number;
  try {
    port = await waitForPort(child, () => log, options.startTimeoutMs ?? 15_000);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const admin = auth.mode === 'htpasswd' ? Object.entries(auth.users)[0] : undefined;
  return {
    host: `127.0.0.1:${port}`,
    port,
    url: `http://127.0.0.1:${port}`,
    auth,
    rootDirectory,
    ...(tokenServer === undefined ? {} : { tokenServer }),
    pushAuthorization(repository) {
      if (admin !== undefined)
        return `Basic ${Buffer.from(`${admin[0]}:${admin[1]}`).toString('base64')}`;
      if (tokenServer !== undefined)
        return `Bearer ${tokenServer.mint('test-admin', repository, ['pull', 'push', 'delete'])}`;
      return undefined;
    },
    logs: () => log,
    stop: cleanUp,
  };
}
