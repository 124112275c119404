// A sync engine over a real SQLite file, a real local market server and its connector; a keychain
// double (a Map behind the real SecretStore) so the engine tests do not depend on D-Bus. The real
// keychain has its own tests in tests/main/accounts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SyncStatus } from '../../../src-shared/domain/types';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { createIngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { createSecretStore, type KeychainBackend, type SecretStore } from '../../../src-main/secrets/secret-store';
import { createEventLog } from '../../../src-main/services/event-log';
import { createOutboxService, type OutboxService } from '../../../src-main/services/outbox/outbox-service';
import { createConversationReader } from '../../../src-main/services/conversations/conversation-detail';
import { createConnectorRegistry } from '../../../src-main/sync/engine/connector-registry';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../../../src-main/sync/engine/sync-engine';
import { marketTestConnector } from '../../servers/market-test-connector';
import { startMarketTestServer, type MarketTestServer } from '../../servers/market-test-server';

export function memoryKeychain(): KeychainBackend & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getPassword: async (s, a) => entries.get(`${s}/${a}`) ?? null,
    setPassword: async (s, a, p) => void entries.set(`${s}/${a}`, p),
    deletePassword: async (s, a) => entries.delete(`${s}/${a}`),
  };
}

export interface SyncRig {
  dir: string;
  db: Db;
  server: MarketTestServer;
  engine: SyncEngine;
  secrets: SecretStore;
  outbox: OutboxService;
  accountId: number;
  statuses: SyncStatus[][];
  status(): SyncStatus;
  close(): Promise<void>;
}

export async function startSyncRig(options: { messages?: number; pageSize?: number; engine?: Partial<SyncEngineOptions> } = {}): Promise<SyncRig> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sync-engine-'));
  const db = openDatabase(path.join(dir, 'console.sqlite3'));
  const server = await startMarketTestServer();
  server.addInbound(options.messages ?? 0);
  const registry = createConnectorRegistry();
  registry.register(marketTestConnector('ebay'));
  const keychain = memoryKeychain();
  const secrets = createSecretStore({ backend: async () => keychain });
  await secrets.save('account-test', { apiKey: server.apiKey });
  const accountId = Number(
    db
      .prepare(`INSERT INTO accounts (channel, name, settings_json, secret_ref, created_at) VALUES ('ebay', 'Test market', ?, 'account-test', 0)`)
      .run(JSON.stringify({ baseUrl: server.url, pageSize: options.pageSize ?? 50 })).lastInsertRowid,
  );
  db.prepare("INSERT INTO agents (name, role, languages_json, is_self) VALUES ('Me', 'admin', '[]', 1)").run();
  const now = Date.now;
  const ingest = createIngestPipeline(db, now);
  const events = createEventLog(db, now);
  const reader = createConversationReader(db);
  const outbox = createOutboxService(db, { now, events, summary: reader.summary, message: reader.message, agentName: () => 'Me' });
  const statuses: SyncStatus[][] = [];
  const engine = createSyncEngine({
    db,
    ingest,
    registry,
    secrets,
    dataDir: dir,
    pollIntervalMs: 3_600_000,
    backoff: { baseMs: 40, maxMs: 400 },
    offlineProbeMs: 50,
    onStatus: (s) => statuses.push(s),
    ...options.engine,
  });
  return {
    dir,
    db,
    server,
    engine,
    secrets,
    outbox,
    accountId,
    statuses,
    status: () => engine.statuses().find((s) => s.accountId === accountId)!,
    async close() {
      await engine.stop();
      db.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function waitFor<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).pluck().get(...params) as number) ?? 0;
