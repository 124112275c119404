// Accounts end to end: the real web host (core, sync engine, keychain) with the market test connector
// as its eBay connector, against the local market test server, driven from the keyboard in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { test as base, expect } from '@playwright/test';
import { startMarketTestServer, type MarketTestServer } from '../servers/market-test-server';
import { AccountsScreen } from './pages/accounts-screen';
import { ConsolePage } from './pages/console-page';
import { REPO_ROOT, startConsole, type ConsoleProcess } from './support/console-process';

const HOST = path.join(REPO_ROOT, 'test-results', 'e2e-hosts', 'web-host-market.cjs');
const RENDERER = path.join(REPO_ROOT, 'dist', 'renderer');

const test = base.extend<{ market: MarketTestServer; env: NodeJS.ProcessEnv; app: ConsoleProcess; ui: ConsolePage; accounts: AccountsScreen }>({
  market: async ({}, use) => {
    const server = await startMarketTestServer();
    // Newer than the demo's traffic, so the market's threads head the inbox.
    server.addInbound(12, { threads: 3, startAt: Date.now() });
    await use(server);
    await server.close();
  },
  env: [{}, { option: true }],
  app: async ({ env }, use) => {
    const app = await startConsole({ entry: path.relative(path.join(REPO_ROOT, 'dist', 'main'), HOST), args: [], env, hostArgs: [RENDERER] });
    await use(app);
    await app.stop();
  },
  ui: async ({ page, app }, use) => {
    const ui = new ConsolePage(page);
    await ui.open(app.url);
    await use(ui);
  },
  accounts: async ({ page }, use) => use(new AccountsScreen(page)),
});

test.beforeAll(async () => {
  fs.mkdirSync(path.dirname(HOST), { recursive: true });
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['tests/e2e/support/web-host-with-market.ts'],
    outfile: HOST,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'keytar', 'electron'],
    logLevel: 'warning',
  });
});

const hasKeychain = !!process.env.DBUS_SESSION_BUS_ADDRESS;

test.describe('with the OS keychain', () => {
  test.skip(!hasKeychain, 'needs a D-Bus session with a Secret Service: run through `npm test` (dbus-run-session + gnome-keyring)');

  test('add an account from the keyboard, watch it sync, pause, resume, go offline and back, remove it', async ({ ui, page, market, accounts }) => {
    // An offline account probes its host with backoff up to 30 s: room for the longest wait.
    test.setTimeout(150_000);
    await ui.press('g', 'a');
    await accounts.isOpen();
    await expect(page.getByRole('heading', { name: 'Accounts' })).toBeFocused();
    await expect(accounts.rows.first()).toBeVisible();

    // A rejected key is refused with the platform's words, and nothing is saved.
    // The market test server stands in for eBay in this host.
    await accounts.chooseChannel('eBay');
    await accounts.fill('name', 'Market shop');
    await accounts.fill('baseUrl', market.url);
    await accounts.fill('apiKey', 'not-the-right-key');
    await page.keyboard.press('Enter');
    await expect(accounts.formError).toContainText('Sign-in rejected');
    await expect(accounts.row('Market shop')).toHaveCount(0);

    await accounts.fill('apiKey', market.apiKey);
    await page.keyboard.press('Enter');
    const row = accounts.row('Market shop');
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute('data-state', 'idle', { timeout: 20_000 });
    await expect(row).toContainText('Last sync');
    await expect(accounts.indicator).toHaveAttribute('data-state', 'idle');

    await accounts.pressButton('Market shop', /^Pause$/);
    await expect(row).toHaveAttribute('data-state', 'paused');
    await accounts.pressButton('Market shop', /^Resume$/);
    await expect(row).toHaveAttribute('data-state', 'idle', { timeout: 20_000 });

    // The platform disappears: the account goes offline, the status bar says so; it comes back alone.
    await market.goDown();
    await accounts.pressButton('Market shop', /^Sync now$/);
    await expect(row).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
    await expect(accounts.indicator).toHaveText('Offline (1)');
    await market.comeBack();
    await expect(row).toHaveAttribute('data-state', 'idle', { timeout: 60_000 });

    await accounts.pressButton('Market shop', /^Remove$/);
    await expect(accounts.root.getByRole('alert')).toContainText('Press Remove again');
    await accounts.pressButton('Market shop', /^Remove$/);
    await expect(row).toHaveCount(0);

    await page.keyboard.press('Escape');
    await expect(accounts.root).toHaveCount(0);
  });

  test('a reply the platform refuses shows its reason on the conversation and goes out on Shift+R', async ({ ui, page, market, accounts }) => {
    await ui.press('g', 'a');
    // The market test server stands in for eBay in this host.
    await accounts.chooseChannel('eBay');
    await accounts.fill('name', 'Market shop');
    await accounts.fill('baseUrl', market.url);
    await accounts.fill('apiKey', market.apiKey);
    await page.keyboard.press('Enter');
    await expect(accounts.row('Market shop')).toHaveAttribute('data-state', 'idle', { timeout: 20_000 });
    await page.keyboard.press('Escape');

    // Everything, newest first: the market's newest thread heads the list.
    await ui.press('g', 'e');
    await ui.inbox.waitForRows();
    await ui.press('Enter');
    await ui.conversation.isOpen();
    await expect(ui.conversation.subject).toContainText('ORD-');
    market.failNext(1, { status: 422, method: 'POST', body: { error: { code: 'outside_window', message: 'The buyer can no longer be contacted about this order.' } } });
    await ui.press('r');
    await ui.conversation.typeInComposer('Your parcel is on its way.');
    await ui.press('Control+Enter');
    const failures = page.getByTestId('delivery-failures');
    await expect(failures).toContainText('Not delivered: The buyer can no longer be contacted about this order.', { timeout: 20_000 });
    await expect(ui.conversation.root.locator('[data-testid="message"][data-status="failed"]')).toHaveCount(1);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await ui.press('Shift+R');
    await expect(failures).toHaveCount(0, { timeout: 20_000 });
    await expect.poll(() => market.acceptedByKey.size, { timeout: 20_000 }).toBe(1);
    expect(market.messages.filter((m) => m.direction === 'out').map((m) => m.body)).toEqual(['Your parcel is on its way.']);
  });
});

test.describe('without a keychain', () => {
  test.use({ env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/agent-console-test-bus', DISPLAY: '' } });

  test('the accounts screen says why accounts cannot be added, and adding one is refused', async ({ ui, page, market, accounts }) => {
    await ui.press('g', 'a');
    await accounts.isOpen();
    await expect(accounts.keychainMissing).toContainText('No OS keychain is available');
    // The market test server stands in for eBay in this host.
    await accounts.chooseChannel('eBay');
    await accounts.fill('name', 'Market shop');
    await accounts.fill('baseUrl', market.url);
    await accounts.fill('apiKey', market.apiKey);
    await page.keyboard.press('Enter');
    await expect(accounts.formError).toContainText('No OS keychain is available');
    await expect(accounts.row('Market shop')).toHaveCount(0);
  });
});
