// Where the console keeps its data: the OS user-data folder (the same one Electron's
// app.getPath('userData') gives for this product name), unless --data-dir says otherwise.
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Agent Console';

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), PRODUCT_NAME);
}

/** The value of `--name value` or `--name=value` in argv, if present. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export function resolveDataDir(argv: readonly string[], fallback: () => string = () => defaultDataDir()): string {
  const given = argValue(argv, 'data-dir');
  return path.resolve(given && given.trim() ? given : fallback());
}
