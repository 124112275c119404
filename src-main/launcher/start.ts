// `npm start`: the console in Electron when its binary is installed; otherwise, say so in one line and
// serve the same console through the local web host.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { runWebHostCli } from '../host/web/cli-main';
import { electronSqliteBinding } from './electron-native';
import { findElectron } from './find-electron';

const root = path.resolve(__dirname, '..', '..');

async function fallBack(reason: string, argv: string[]) {
  console.log(`Electron binary not found (${reason}); opening the console through the local web host instead.`);
  await runWebHostCli(argv);
}

async function main() {
  const argv = process.argv.slice(2);
  const electron = findElectron();
  if (!electron.ok) return fallBack(electron.reason, argv);
  let binding: string;
  try {
    binding = electronSqliteBinding(root, electron.version);
  } catch (error) {
    return fallBack(`could not build better-sqlite3 for Electron ${electron.version}: ${(error as Error).message.split('\n')[0]}`, argv);
  }
  const child = spawn(electron.path, [path.join(__dirname, 'electron-main.js'), ...argv], {
    stdio: 'inherit',
    env: { ...process.env, AGENT_CONSOLE_SQLITE_BINDING: binding },
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
