// better-sqlite3 is compiled for Node by `npm install` (the tests use that build). Electron needs a
// build for its own ABI: we make one, once per Electron version, in a cache folder beside the Node
// build, and hand its path to the Electron host. This needs Electron's headers from the network, so
// it happens only when Electron is started, never at install time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function electronSqliteBinding(root: string, electronVersion: string): string {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const target = path.join(root, 'node_modules', '.cache', 'agent-console', `electron-${electronVersion}-${process.arch}`, 'better-sqlite3');
  const binary = path.join(target, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binary)) return binary;
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true, filter: (file) => !file.startsWith(path.join(source, 'build')) });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] });
  const env = { ...process.env };
  // A nodedir setting (as in some ~/.npmrc) would build against Node's headers: a binary Electron refuses.
  delete env.npm_config_nodedir;
  execFileSync(
    process.execPath,
    [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: target, env, stdio: 'inherit' },
  );
  if (!fs.existsSync(binary)) throw new Error(`the Electron build of better-sqlite3 did not produce ${binary}`);
  return binary;
}
