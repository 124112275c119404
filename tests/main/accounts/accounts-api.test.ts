// Accounts through the real core's api (dispatch, zod validation, services, sync engine) against the
// local market server: add (validated, tested, secrets to the keychain), test, pause, resume, remove,
// sync now, the keychain refusal, and retry of a failed reply.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../../src-shared/api/contract-accounts';
import type { ApiResult } from '../../../src-shared/api/contract';
import type { OutboxItem, SyncStatus } from '../../../src-shared/domain/types';
import { startCore } from '../../../src-main/core/start-core';
import type { Core } from '../../../src-main/core/core-types';
import { createSecretStore, KEYCHAIN_SERVICE, loadKeytar, type SecretStore } from '../../../src-main/secrets/secret-store';
import { createConnectorRegistry } from '../../../src-main/sync/engine/connector-registry';
import { marketTestConnector } from '../../servers/market-test-connector';
import { startMarketTestServer } from '../../servers/market-test-server';
import { memoryKeychain } from '../sync/sync-fixtures';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function setUp(options: { secrets?: SecretStore; messages?: number } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accounts-api-'));
  const server = await startMarketTestServer();
  server.addInbound(options.messages ?? 12, { threads: 3 });
  const registry = createConnectorRegistry();
  registry.register(marketTestConnector('ebay'));
  const keychain = memoryKeychain();
  const core = startCore({
    dataDir: dir,
    demoConversations: 0,
    connectors: registry,
    secrets: options.secrets ?? createSecretStore({ backend: async () => keychain }),
    sync: { pollIntervalMs: 3_600_000, backoff: { baseMs: 40, maxMs: 400 }, offlineProbeMs: 50 },
  });
  const events: { event: string; payload: unknown }[] = [];
  core.onEvent((event, payload) => events.push({ event, payload }));
  cleanup.push(async () => {
    core.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { core, server, keychain, dir, events };
}

async function ok<T>(core: Core, method: string, params: unknown): Promise<T> {
  const result = (await core.handle(method, params)) as ApiResult<T>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function fails(core: Core, method: string, params: unknown) {
  const result = await core.handle(method, params);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

const statusOf = async (core: Core, id: number) => (await ok<SyncStatus[]>(core, 'sync.status', {})).find((s) => s.accountId === id)!;

describe('accounts api', () => {
  it('adds an account after testing it, keeps its key in the keychain only, and syncs it', async () => {
    const { core, server, keychain, dir, events } = await setUp();
    const channels = await ok<{ channel: string; fields: { name: string; kind: string }[] }[]>(core, 'accounts.channels', {});
    expect(channels).toEqual([{ channel: 'ebay', fields: expect.arrayContaining([expect.objectContaining({ name: 'apiKey', kind: 'secret' })]) }]);

    const account = await ok<AccountView>(core, 'accounts.add', {
      channel: 'ebay',
      name: 'My eBay shop',
      settings: { baseUrl: server.url },
      secrets: { apiKey: server.apiKey },
    });
    expect(account).toMatchObject({ channel: 'ebay', name: 'My eBay shop', status: 'active', isDemo: false, secretNames: ['apiKey'] });
    expect(account.settings).toEqual({ baseUrl: server.url });
    await waitForAsync(async () => (await statusOf(core, account.id)).lastSyncAt !== null && (await statusOf(core, account.id)).state === 'idle', 'first sync');
    expect(events.some((e) => e.event === 'messages.new')).toBe(true);
    expect(events.some((e) => e.event === 'sync.status')).toBe(true);

    // The key is in the keychain, and nowhere in the database files.
    expect([...keychain.entries.values()].some((v) => v.includes(server.apiKey))).toBe(true);
    core.close();
    for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('console.sqlite3'))) {
      expect(fs.readFileSync(path.join(dir, file)).includes(Buffer.from(server.apiKey))).toBe(false);
    }
  });

  it('refuses invalid settings and credentials the platform rejects, saving nothing', async () => {
    const { core, server, keychain } = await setUp();
    const missingUrl = await fails(core, 'accounts.add', { channel: 'ebay', name: 'x', settings: {}, secrets: { apiKey: 'k' } });
    expect(missingUrl.code).toBe('invalid_request');
    expect(missingUrl.message).toMatch(/baseUrl/);
    const missingKey = await fails(core, 'accounts.add', { channel: 'ebay', name: 'x', settings: { baseUrl: server.url }, secrets: {} });
    expect(missingKey.message).toMatch(/API key is required/);
    const noConnector = await fails(core, 'accounts.add', { channel: 'shopify', name: 'x', settings: {}, secrets: {} });
    expect(noConnector.message).toMatch(/cannot connect shopify accounts/);
    const rejected = await fails(core, 'accounts.add', { channel: 'ebay', name: 'x', settings: { baseUrl: server.url }, secrets: { apiKey: 'wrong-key-123' } });
    expect(rejected.message).toMatch(/^The account was not saved: Sign-in rejected/);
    const badName = await fails(core, 'accounts.add', { channel: 'ebay', name: '  ', settings: {}, secrets: {} });
    expect(badName.code).toBe('invalid_request');
    expect((await ok<AccountView[]>(core, 'accounts.list', {})).filter((a) => !a.isDemo)).toEqual([]);
    expect(keychain.entries.size).toBe(0);
  });

  it('refuses to save an account when no keychain is available', async () => {
    const { core, server } = await setUp({ secrets: createSecretStore({ backend: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')) }) });
    const info = await ok<{ available: boolean; message: string }>(core, 'keychain.status', {});
    expect(info.available).toBe(false);
    expect(info.message).toMatch(/No OS keychain is available.*Cannot autolaunch D-Bus/);
    const error = await fails(core, 'accounts.add', { channel: 'ebay', name: 'x', settings: { baseUrl: server.url }, secrets: { apiKey: server.apiKey } });
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/No OS keychain is available/);
    expect((await ok<AccountView[]>(core, 'accounts.list', {})).filter((a) => !a.isDemo)).toEqual([]);
  });

  it('tests, pauses, resumes, syncs now and removes an account', async () => {
    const { core, server, keychain } = await setUp();
    const account = await ok<AccountView>(core, 'accounts.add', { channel: 'ebay', name: 'Shop', settings: { baseUrl: server.url }, secrets: { apiKey: server.apiKey } });
    await waitForAsync(async () => (await statusOf(core, account.id)).lastSyncAt !== null, 'first sync');
    expect(await ok(core, 'accounts.test', { id: account.id })).toEqual({ ok: true, message: 'Connected.' });
    await server.goDown();
    const down = await ok<{ ok: boolean; message: string }>(core, 'accounts.test', { id: account.id });
    expect(down.ok).toBe(false);
    expect(down.message).toMatch(/Cannot reach/);
    await server.comeBack();

    const paused = await ok<AccountView>(core, 'accounts.pause', { id: account.id });
    expect(paused.status).toBe('paused');
    expect((await statusOf(core, account.id)).state).toBe('paused');
    server.addInbound(3, { threads: 3 });
    const pullsBefore = server.pulls.length;
    await ok(core, 'sync.now', { accountId: account.id });
    await new Promise((r) => setTimeout(r, 150));
    expect(server.pulls.length).toBe(pullsBefore);

    await ok(core, 'accounts.resume', { id: account.id });
    await waitForAsync(async () => server.pulls.length > pullsBefore && (await statusOf(core, account.id)).state === 'idle', 'sync after resume');
    const info = await ok<{ messageCount: number }>(core, 'workspace.info', {});
    expect(info.messageCount).toBe(15);

    expect((await fails(core, 'sync.now', { accountId: 999 })).code).toBe('not_found');
    await ok(core, 'accounts.remove', { id: account.id });
    expect((await ok<AccountView[]>(core, 'accounts.list', {})).filter((a) => !a.isDemo)).toEqual([]);
    expect((await ok<{ messageCount: number }>(core, 'workspace.info', {})).messageCount).toBe(0);
    expect(await ok(core, 'search.messages', { query: 'parcel' })).toEqual([]);
    expect(keychain.entries.size).toBe(0);
  });

  it('shows a refused reply on its conversation and sends it again on retry', async () => {
    const { core, server } = await setUp();
    const account = await ok<AccountView>(core, 'accounts.add', { channel: 'ebay', name: 'Shop', settings: { baseUrl: server.url }, secrets: { apiKey: server.apiKey } });
    await waitForAsync(async () => (await statusOf(core, account.id)).lastSyncAt !== null, 'first sync');
    const page = await ok<{ items: { id: number; accountId: number }[] }>(core, 'inbox.list', { view: 'all', offset: 0, limit: 50 });
    const conversationId = page.items.find((c) => c.accountId === account.id)!.id;
    server.failNext(1, { status: 422, method: 'POST', body: { error: { code: 'outside_window', message: 'The buyer can no longer be contacted.' } } });
    const queued = await ok<{ outboxItem: OutboxItem }>(core, 'reply.queue', { conversationId, body: 'Hello again' });
    await waitForAsync(async () => (await ok<OutboxItem[]>(core, 'outbox.forConversation', { conversationId }))[0]?.status === 'failed', 'failure');
    const [failed] = await ok<OutboxItem[]>(core, 'outbox.forConversation', { conversationId });
    expect(failed!.lastError).toBe('The buyer can no longer be contacted.');
    const retried = await ok<OutboxItem>(core, 'outbox.retry', { id: queued.outboxItem.id });
    expect(retried.status).not.toBe('failed');
    await waitForAsync(async () => (await ok<OutboxItem[]>(core, 'outbox.list', {}))[0]?.status === 'sent', 'sent');
    expect(await ok(core, 'outbox.forConversation', { conversationId })).toEqual([]);
    expect((await fails(core, 'outbox.retry', { id: 4242 })).code).toBe('not_found');
  });

  it('serves the raw source of a message that could not be parsed', async () => {
    const { core, server } = await setUp({ messages: 4 });
    server.malformed.add(2);
    const account = await ok<AccountView>(core, 'accounts.add', { channel: 'ebay', name: 'Shop', settings: { baseUrl: server.url }, secrets: { apiKey: server.apiKey } });
    await waitForAsync(async () => (await statusOf(core, account.id)).lastSyncAt !== null, 'first sync');
    const hits = await ok<{ messageId: number }[]>(core, 'search.messages', { query: 'parse' });
    expect(hits).toHaveLength(1);
    const raw = await ok<{ reason: string; raw: string }>(core, 'message.rawSource', { id: hits[0]!.messageId });
    expect(raw.raw).toContain('%%broken entry 2%%');
    expect((await fails(core, 'message.rawSource', { id: 1 })).code).toBe('not_found');
  });
});

const hasBus = !!process.env.DBUS_SESSION_BUS_ADDRESS;
describe.skipIf(!hasBus)('accounts api with the real OS keychain (needs D-Bus, see keychain.test.ts)', () => {
  it('stores the key in the Secret Service and deletes it with the account', async () => {
    const { core, server, dir } = await setUp({ secrets: createSecretStore() });
    const account = await ok<AccountView>(core, 'accounts.add', { channel: 'ebay', name: 'Keychain shop', settings: { baseUrl: server.url }, secrets: { apiKey: server.apiKey } });
    await waitForAsync(async () => (await statusOf(core, account.id)).lastSyncAt !== null, 'sync with the key read from the keychain');
    const { Database } = { Database: (await import('better-sqlite3')).default };
    const db = new Database(path.join(dir, 'console.sqlite3'), { readonly: true });
    const ref = db.prepare('SELECT secret_ref FROM accounts WHERE id = ?').pluck().get(account.id) as string;
    db.close();
    const keytar = await loadKeytar()();
    expect(JSON.parse((await keytar.getPassword(KEYCHAIN_SERVICE, ref))!)).toEqual({ apiKey: server.apiKey });
    await ok(core, 'accounts.remove', { id: account.id });
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, ref)).toBeNull();
  });
});

async function waitForAsync(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}
