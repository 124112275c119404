// One account made of two connectors (as an Amazon account is: relay mailbox + SP-API), through the
// real core: settings validated per part, one page per pull holding both parts with one cursor,
// replies routed to the part that can send them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../../../src-shared/api/contract-accounts';
import type { ApiResult } from '../../../src-shared/api/contract';
import type { OutboxItem, SyncStatus } from '../../../src-shared/domain/types';
import { startCore } from '../../../src-main/core/start-core';
import type { Core } from '../../../src-main/core/core-types';
import { createSecretStore } from '../../../src-main/secrets/secret-store';
import { combineConnectorDefinitions } from '../../../src-main/sync/engine/combine-connectors';
import { createConnectorRegistry } from '../../../src-main/sync/engine/connector-registry';
import { marketTestConnector } from '../../servers/market-test-connector';
import { startMarketTestServer } from '../../servers/market-test-server';
import { memoryKeychain, waitFor } from './sync-fixtures';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function call<T>(core: Core, method: string, params: unknown): Promise<ApiResult<T>> {
  return (await core.handle(method, params)) as ApiResult<T>;
}
async function ok<T>(core: Core, method: string, params: unknown): Promise<T> {
  const r = await call<T>(core, method, params);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}

describe('combined connectors', () => {
  it('validates, syncs and sends an account made of two connectors', async () => {
    const mail = await startMarketTestServer();
    const orders = await startMarketTestServer({ idPrefix: 'sp', apiKey: 'orders-key-0123456789' });
    mail.addInbound(120, { threads: 30 });
    orders.addInbound(20, { threads: 5 });
    const registry = createConnectorRegistry();
    registry.register(
      combineConnectorDefinitions(
        'amazon',
        [
          { key: 'mail', definition: marketTestConnector('amazon') as never },
          { key: 'orders', definition: marketTestConnector('amazon', 'orders') as never },
        ],
        { route: (reply) => (reply.conversationExternalId.startsWith('sp-') ? 'orders' : 'mail') },
      ),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'combined-'));
    const keychain = memoryKeychain();
    const core = startCore({
      dataDir: dir,
      demoConversations: 0,
      connectors: registry,
      secrets: createSecretStore({ backend: async () => keychain }),
      sync: { pollIntervalMs: 3_600_000, backoff: { baseMs: 40, maxMs: 400 } },
    });
    cleanup.push(async () => {
      core.close();
      await mail.close();
      await orders.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const fields = (await ok<{ channel: string; fields: { name: string }[] }[]>(core, 'accounts.channels', {}))[0]!.fields.map((f) => f.name);
    expect(fields).toEqual(['baseUrl', 'apiKey', 'ordersBaseUrl', 'ordersApiKey']);
    const missing = await call(core, 'accounts.add', { channel: 'amazon', name: 'A', settings: { baseUrl: mail.url }, secrets: { apiKey: mail.apiKey, ordersApiKey: orders.apiKey } });
    expect(!missing.ok && missing.error.message).toMatch(/ordersBaseUrl/);
    // Both parts are tested before saving: a wrong key for either refuses the account.
    const wrong = await call(core, 'accounts.add', {
      channel: 'amazon',
      name: 'A',
      settings: { baseUrl: mail.url, ordersBaseUrl: orders.url },
      secrets: { apiKey: mail.apiKey, ordersApiKey: 'nope-nope-nope' },
    });
    expect(!wrong.ok && wrong.error.message).toMatch(/Sign-in rejected/);

    const account = await ok<AccountView>(core, 'accounts.add', {
      channel: 'amazon',
      name: 'Amazon DE',
      settings: { baseUrl: mail.url, ordersBaseUrl: orders.url, pageSize: 50 },
      secrets: { apiKey: mail.apiKey, ordersApiKey: orders.apiKey },
    });
    const statusOf = async () => (await ok<SyncStatus[]>(core, 'sync.status', {})).find((s) => s.accountId === account.id)!;
    let status: SyncStatus | null = null;
    await waitFor(() => {
      void statusOf().then((s) => (status = s));
      return status?.state === 'idle' && status.lastSyncAt !== null && !status.progress;
    }, 'sync of both parts');
    const info = await ok<{ messageCount: number }>(core, 'workspace.info', {});
    expect(info.messageCount).toBe(140);
    // Three pages from the mail part; the orders part had everything in its first page and was not asked again in that run.
    expect(mail.pulls.filter((p) => p.served > 0).map((p) => p.served)).toEqual([50, 50, 20]);
    expect(orders.pulls.filter((p) => p.served > 0)).toEqual([{ after: 0, served: 20 }]);

    const page = await ok<{ items: { id: number; subject: string }[] }>(core, 'inbox.list', { view: 'all', offset: 0, limit: 100 });
    const toOrders = page.items.find((c) => c.subject.includes('sp-ORD'))!;
    await ok<{ outboxItem: OutboxItem }>(core, 'reply.queue', { conversationId: toOrders.id, body: 'Routed to the orders part.' });
    await waitFor(() => orders.acceptedByKey.size === 1, 'sent through the orders part');
    expect(mail.acceptedByKey.size).toBe(0);
    expect([...orders.acceptedByKey.values()][0]!.body).toBe('Routed to the orders part.');
  });
});
