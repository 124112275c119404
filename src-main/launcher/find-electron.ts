// Finds the Electron binary the way the `electron` npm package exposes it: in plain Node,
// require('electron') returns the binary's path, or throws when its download never happened.
import fs from 'node:fs';

export type ElectronLookup = { ok: true; path: string; version: string } | { ok: false; reason: string };

export function findElectron(load: (id: string) => unknown = require): ElectronLookup {
  let binary: unknown;
  let version = 'unknown';
  try {
    binary = load('electron');
    version = (load('electron/package.json') as { version: string }).version;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    // The electron package's own wording suggests reinstalling, which cannot help when downloads are blocked.
    return { ok: false, reason: /failed to install correctly/i.test(message) ? 'its download did not happen during npm install' : message };
  }
  if (typeof binary !== 'string') return { ok: false, reason: 'the electron package did not give a binary path' };
  if (!fs.existsSync(binary)) return { ok: false, reason: `${binary} does not exist` };
  return { ok: true, path: binary, version };
}
