// Bundles the main-process entry points with esbuild (TypeScript in, CommonJS out). Native modules
// and electron stay external: they are loaded from node_modules at run time.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const entries = {
  'electron-main': 'src-main/host/electron/main.ts',
  preload: 'src-main/host/electron/preload.ts',
  launcher: 'src-main/launcher/start.ts',
  'web-host': 'src-main/host/web/cli.ts',
  bench: 'tests/bench/run-benchmarks.ts',
  'train-intents': 'src-main/triage/understanding/base-model/train-cli.ts',
};

const fs = await import('node:fs');
const present = Object.fromEntries(Object.entries(entries).filter(([, file]) => fs.existsSync(path.join(root, file))));

await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(present).map(([name, file]) => [name, file])),
  outdir: 'dist/main',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3', 'keytar', 'playwright-core', '@playwright/test'],
  logLevel: 'warning',
});
console.log(`built ${Object.keys(present).join(', ')} -> dist/main`);
