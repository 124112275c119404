import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../src-main/db/migrations';
import { freshDataDir, startConsole } from './support/console-process';

test('npm start without an Electron binary says so in one line and serves the console on the web host', async ({ page }) => {
  const app = await startConsole({ entry: 'launcher.js' });
  try {
    const lines = app.output().split('\n').filter((l) => /electron/i.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Electron binary not found/i);
    await page.goto(app.url);
    await expect(page.getByTestId('app-ready')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('inbox-row').first()).toBeVisible();
  } finally {
    await app.stop();
  }
});

test('the api refuses a page without the token', async ({ page }) => {
  const app = await startConsole();
  try {
    const origin = new URL(app.url).origin;
    await page.goto(`${origin}/`);
    const status = await page.evaluate(
      (o) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(`${o.replace('http', 'ws')}/api?token=guess`);
          ws.onopen = () => resolve('open');
          ws.onerror = () => resolve('refused');
        }),
      origin,
    );
    expect(status).toBe('refused');
  } finally {
    await app.stop();
  }
});

test('a data folder from a newer version is refused with a clear message', async () => {
  const dataDir = freshDataDir();
  const db = new Database(`${dataDir}/console.sqlite3`);
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  db.close();
  await expect(startConsole({ dataDir })).rejects.toThrow(/newer version of Agent Console/);
});
