// The shipped connectors as the app registers them (src-main/connectors/register-connectors.ts),
// through the real core (accounts api, keychain double, sync engine, outbox delivery), against the
// local eBay, Shopify, SP-API, Dovecot and SMTP test servers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../../src-shared/api/contract-accounts';
import type { ApiResult } from '../../../src-shared/api/contract';
import type { OutboxItem, SyncStatus } from '../../../src-shared/domain/types';
import type { Core } from '../../../src-main/core/core-types';
import { startCore } from '../../../src-main/core/start-core';
import { createSecretStore } from '../../../src-main/secrets/secret-store';
import { connectorRegistry } from '../../../src-main/sync/engine/connector-registry';
import { dovecotAvailable, startDovecot } from '../../servers/dovecot/start-dovecot';
import { sampleMail } from '../../servers/dovecot/sample-mail';
import { startMarketplaceServers } from '../../servers/marketplace-test-servers';
import { startSmtp } from '../../servers/smtp/start-smtp';
import { memoryKeychain } from './sync-fixtures';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function ok<T>(core: Core, method: string, params: unknown): Promise<T> {
  const r = (await core.handle(method, params)) as ApiResult<T>;
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

function appCore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-connectors-'));
  const keychain = memoryKeychain();
  // No `connectors` option: the app's own registry, filled by registerAppConnectors() in start-core.
  const core = startCore({
    dataDir: dir,
    demoConversations: 0,
    secrets: createSecretStore({ backend: async () => keychain }),
    sync: { pollIntervalMs: 3_600_000, backoff: { baseMs: 50, maxMs: 500 } },
  });
  cleanup.push(async () => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { core, dir };
}

async function waitSynced(core: Core, ids: number[], timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mine = (await ok<SyncStatus[]>(core, 'sync.status', {})).filter((s) => ids.includes(s.accountId));
    if (mine.length === ids.length && mine.every((s) => s.state === 'idle' && s.lastSyncAt !== null && !s.progress)) return;
    if (mine.some((s) => s.state === 'error')) throw new Error(`sync failed: ${JSON.stringify(mine)}`);
    if (Date.now() > until) throw new Error(`sync timed out: ${JSON.stringify(mine)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function waitDelivered(core: Core, outboxId: number) {
  for (let i = 0; i < 400; i++) {
    const item = (await ok<OutboxItem[]>(core, 'outbox.list', {})).find((o) => o.id === outboxId)!;
    if (item.status === 'sent' || item.status === 'failed') return item;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('delivery timed out');
}

describe('the shipped connectors through the real core', () => {
  it('registers email, Amazon, eBay and Shopify with their set-up fields', async () => {
    const { core } = appCore();
    const channels = await ok<{ channel: string; fields: { name: string; kind: string; required: boolean }[] }[]>(core, 'accounts.channels', {});
    expect(channels.map((c) => c.channel)).toEqual(['amazon', 'ebay', 'email', 'shopify']);
    const amazon = channels.find((c) => c.channel === 'amazon')!.fields;
    // The relay mailbox is required, SP-API optional.
    expect(amazon.find((f) => f.name === 'imapHost')!.required).toBe(true);
    expect(amazon.find((f) => f.name === 'marketplaceId')!.required).toBe(false);
    expect(connectorRegistry.channels()).toEqual(['amazon', 'ebay', 'email', 'shopify']);
  });

  it('adds eBay and Shopify accounts, syncs their history and answers an eBay buyer', async () => {
    const servers = await startMarketplaceServers({ count: 25 });
    cleanup.push(() => servers.stop());
    const { core, dir } = appCore();
    const ebay = await ok<AccountView>(core, 'accounts.add', { channel: 'ebay', name: 'eBay DE', ...servers.accounts.ebay });
    const shopify = await ok<AccountView>(core, 'accounts.add', { channel: 'shopify', name: 'Shop', ...servers.accounts.shopify });
    expect(shopify.marketplace).toBe('test-shop.myshopify.com');
    await waitSynced(core, [ebay.id, shopify.id]);
    const db = new Database(path.join(dir, 'console.sqlite3'), { readonly: true });
    const counts = db
      .prepare('SELECT a.channel, (SELECT count(*) FROM orders o WHERE o.account_id = a.id) AS orders, (SELECT count(*) FROM messages m WHERE m.account_id = a.id) AS messages FROM accounts a WHERE a.is_demo = 0 ORDER BY a.channel')
      .all();
    const conversationId = db.prepare('SELECT id FROM conversations WHERE account_id = ? ORDER BY id LIMIT 1').pluck().get(ebay.id) as number;
    db.close();
    expect(counts).toEqual([
      { channel: 'ebay', orders: 25, messages: 25 },
      { channel: 'shopify', orders: 25, messages: 0 },
    ]);
    const queued = await ok<{ outboxItem: OutboxItem }>(core, 'reply.queue', { conversationId, body: 'Thanks, it ships today.' });
    expect(await waitDelivered(core, queued.outboxItem.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it.skipIf(!dovecotAvailable())('syncs an email account and an Amazon account (relay mailbox + SP-API orders), takes pushed mail, and replies by mail', async () => {
    const users = [
      { user: 'support@shop.example', pass: 'pw-support' },
      { user: 'amazon@shop.example', pass: 'pw-amazon' },
    ];
    const dovecot = await startDovecot({ users });
    const smtp = await startSmtp({ user: 'amazon@shop.example', pass: 'pw-amazon' });
    const supportSmtp = await startSmtp({ user: 'support@shop.example', pass: 'pw-support' });
    const servers = await startMarketplaceServers({ count: 5 });
    cleanup.push(async () => {
      await servers.stop();
      await smtp.stop();
      await supportSmtp.stop();
      await dovecot.stop();
    });
    dovecot.deliver('support@shop.example', [sampleMail({ messageId: '<s1@buyer.example>', subject: 'Wrong size' }), sampleMail({ messageId: '<s2@buyer.example>', subject: 'Invoice please' })]);
    dovecot.deliver('amazon@shop.example', [
      sampleMail({
        from: '"Käufer 0 - Amazon Marketplace" <abcd1234efgh@marketplace.amazon.de>',
        to: 'amazon@shop.example',
        subject: 'Frage zur Bestellung 302-2000000-8000000',
        messageId: '<a1@marketplace.amazon.de>',
        text: 'Wo ist mein Paket? Bestellnummer: 302-2000000-8000000',
      }),
    ]);
    const mailSettings = (user: string) => ({
      address: user,
      imapHost: dovecot.host,
      imapPort: dovecot.port,
      imapSecurity: 'none',
      smtpHost: smtp.host,
      smtpPort: user.startsWith('support') ? supportSmtp.port : smtp.port,
      smtpSecurity: 'none',
    });
    const { core, dir } = appCore();
    const email = await ok<AccountView>(core, 'accounts.add', { channel: 'email', name: 'Support', settings: mailSettings('support@shop.example'), secrets: { password: 'pw-support' } });
    const amazon = await ok<AccountView>(core, 'accounts.add', {
      channel: 'amazon',
      name: 'Amazon DE',
      settings: { ...mailSettings('amazon@shop.example'), ...servers.accounts.amazon.settings },
      secrets: { password: 'pw-amazon', ...servers.accounts.amazon.secrets },
    });
    expect(amazon).toMatchObject({ marketplace: 'amazon.de', address: 'amazon@shop.example' });
    await waitSynced(core, [email.id, amazon.id]);

    const db = new Database(path.join(dir, 'console.sqlite3'), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM messages WHERE account_id = ?').pluck().get(email.id)).toBe(2);
    expect(db.prepare('SELECT count(*) FROM orders WHERE account_id = ?').pluck().get(amazon.id)).toBe(5);
    // The relay mail names an SP-API order: its conversation is linked to that order.
    const linked = db
      .prepare('SELECT c.id, o.external_id FROM conversations c JOIN orders o ON o.id = c.order_id WHERE c.account_id = ?')
      .all(amazon.id) as { id: number; external_id: string }[];
    db.close();
    expect(linked.map((l) => l.external_id)).toEqual(['302-2000000-8000000']);

    // New mail is pushed (IMAP IDLE): the poll interval here is an hour, only the watch can bring it.
    dovecot.deliver('support@shop.example', [sampleMail({ messageId: '<s3@buyer.example>', subject: 'One more question' })]);
    const until = Date.now() + 15_000;
    while ((await ok<{ messageCount: number }>(core, 'workspace.info', {})).messageCount < 4) {
      if (Date.now() > until) throw new Error('the pushed mail did not arrive');
      await new Promise((r) => setTimeout(r, 50));
    }

    const queued = await ok<{ outboxItem: OutboxItem }>(core, 'reply.queue', { conversationId: linked[0]!.id, body: 'Ihr Paket ist unterwegs.' });
    expect(await waitDelivered(core, queued.outboxItem.id)).toMatchObject({ status: 'sent' });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['abcd1234efgh@marketplace.amazon.de']);
    expect(smtp.received[0]!.raw.toString()).toMatch(/In-Reply-To: <a1@marketplace\.amazon\.de>/);
  }, 60_000);
});
