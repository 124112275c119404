// Starts the built console (dist/main/*.js) as a child process on a fresh data folder and waits for
// the URL it prints. Each test gets its own process and folder: no state leaks between tests.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface ConsoleProcess {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-e2e-'));
}

export async function startConsole(
  options: { entry?: string; args?: string[]; dataDir?: string; env?: NodeJS.ProcessEnv; hostArgs?: string[] } = {},
): Promise<ConsoleProcess> {
  const dataDir = options.dataDir ?? freshDataDir();
  const entry = path.join(REPO_ROOT, 'dist', 'main', options.entry ?? 'web-host.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
  const child: ChildProcess = spawn(process.execPath, [entry, ...(options.hostArgs ?? []), '--data-dir', dataDir, '--port', '0', '--demo-conversations', '400', ...(options.args ?? [])], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The console did not print its URL within 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The console exited with code ${code} before it was ready:\n${output}`));
    });
  });

  return {
    url,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
