import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectron } from '../../src-main/launcher/find-electron';
import { electronSqliteBinding } from '../../src-main/launcher/electron-native';

const root = path.resolve(__dirname, '..', '..');
const lookup = findElectron();

test.skip(!lookup.ok, `Electron binary not installed on this machine (${lookup.ok ? '' : lookup.reason}); the web host end-to-end tests cover the same renderer and api`);

test('the Electron window opens on the demo inbox with only invoke and subscribe exposed', async () => {
  if (!lookup.ok) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-electron-'));
  const app = await electron.launch({
    executablePath: lookup.path,
    args: [path.join(root, 'dist', 'main', 'electron-main.js'), '--data-dir', dataDir],
    env: { ...process.env, AGENT_CONSOLE_SQLITE_BINDING: electronSqliteBinding(root, lookup.version) },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('app-ready')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('inbox-row').first()).toBeVisible();
    const exposed = await page.evaluate(() => ({
      bridge: Object.keys((window as unknown as { agentConsole: object }).agentConsole).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ bridge: ['invoke', 'subscribe'], require: 'undefined', process: 'undefined' });
  } finally {
    await app.close();
  }
});
