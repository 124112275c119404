// The child process of the crash tests: the real core (startCore: SQLite, services, sync engine,
// outbox delivery) with the market test connector registered in its own registry, syncing from the
// local market server the parent runs. The parent SIGKILLs it at random points. Secrets go to a
// keychain double in a file (the crash tests are about the cache, and must not need D-Bus).
//
//   node crash-child.js <dataDir> <baseUrl> sync              sync until caught up, print {"done":true}
//   node crash-child.js <dataDir> <baseUrl> reply <thread> <text>   queue a reply, then keep delivering
//   node crash-child.js <dataDir> <baseUrl> deliver           deliver the outbox and sync, then {"done":true}
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startCore } from '../../../src-main/core/start-core';
import { createSecretStore, type KeychainBackend } from '../../../src-main/secrets/secret-store';
import { createConnectorRegistry } from '../../../src-main/sync/engine/connector-registry';
import type { SyncStatus } from '../../../src-shared/domain/types';
import type { AccountView } from '../../../src-shared/api/contract-accounts';
import type { OutboxItem } from '../../../src-shared/domain/types';
import { marketTestConnector } from '../../servers/market-test-connector';

const [dataDir, baseUrl, mode, ...rest] = process.argv.slice(2) as [string, string, string, ...string[]];
const say = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

function fileKeychain(file: string): KeychainBackend {
  const read = (): Record<string, string> => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {});
  return {
    getPassword: async (s, a) => read()[`${s}/${a}`] ?? null,
    setPassword: async (s, a, p) => fs.writeFileSync(file, JSON.stringify({ ...read(), [`${s}/${a}`]: p })),
    deletePassword: async (s, a) => {
      const all = read();
      const had = `${s}/${a}` in all;
      delete all[`${s}/${a}`];
      fs.writeFileSync(file, JSON.stringify(all));
      return had;
    },
  };
}

async function call<T>(core: ReturnType<typeof startCore>, method: string, params: unknown): Promise<T> {
  const result = await core.handle(method, params);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const registry = createConnectorRegistry();
  registry.register(marketTestConnector('ebay'));
  const keychain = fileKeychain(path.join(dataDir, '..', 'keychain.json'));
  const core = startCore({
    dataDir,
    demoConversations: 0,
    connectors: registry,
    secrets: createSecretStore({ backend: async () => keychain }),
    sync: { pollIntervalMs: 3_600_000, backoff: { baseMs: 50, maxMs: 500 }, offlineProbeMs: 100 },
  });

  const accounts = await call<AccountView[]>(core, 'accounts.list', {});
  let account = accounts.find((a) => !a.isDemo);
  if (!account) {
    account = await call<AccountView>(core, 'accounts.add', {
      channel: 'ebay',
      name: 'Crash market',
      settings: { baseUrl, pageSize: 100 },
      secrets: { apiKey: process.env.MARKET_API_KEY ?? '' },
      skipTest: true,
    });
  }
  const accountId = account.id;
  core.onEvent((event, payload) => {
    if (event === 'sync.status') {
      const s = (payload as { statuses: SyncStatus[] }).statuses.find((x) => x.accountId === accountId);
      if (s) say({ status: s.state, progress: s.progress ?? null, lastError: s.lastError });
    }
  });

  const caughtUp = async () => {
    const s = (await call<SyncStatus[]>(core, 'sync.status', {})).find((x) => x.accountId === accountId)!;
    return s.state === 'idle' && s.lastSyncAt !== null && !s.progress && (s.nextSyncAt ?? 0) > Date.now() + 60_000;
  };
  const outboxDone = async () => (await call<OutboxItem[]>(core, 'outbox.list', {})).every((o) => o.status === 'sent');

  if (mode === 'reply') {
    const [thread, text] = rest as [string, string];
    const lookup = new Database(path.join(dataDir, 'console.sqlite3'), { readonly: true });
    const conversationId = lookup.prepare('SELECT id FROM conversations WHERE account_id = ? AND external_id = ?').pluck().get(accountId, thread) as number;
    lookup.close();
    const queued = await call<{ outboxItem: OutboxItem }>(core, 'reply.queue', { conversationId, body: text });
    say({ queued: queued.outboxItem.id });
  }

  for (;;) {
    if (mode === 'sync' && (await caughtUp())) break;
    if (mode !== 'sync' && (await outboxDone()) && (await caughtUp())) break;
    await sleep(20);
  }
  core.close();
  say({ done: true });
}

main().catch((error) => {
  say({ error: String((error as Error)?.stack ?? error) });
  process.exit(1);
});
