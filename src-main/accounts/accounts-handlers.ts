// Wires accounts, the sync engine and outbox delivery into the core: the api handlers for them and
// the events they push. start-core builds this once and spreads `handlers` into its own.
import type { ApiEvents, ApiEventName } from '../../src-shared/api/contract';
import type { Db } from '../db/open-database';
import type { IngestPipeline } from '../ingest/ingest-pipeline';
import { createSecretStore, noKeychainMessage, type SecretStore } from '../secrets/secret-store';
import type { ApiHandlers } from '../core/dispatch';
import { notFound } from '../services/errors';
import type { EventLog } from '../services/event-log';
import type { OutboxService } from '../services/outbox/outbox-service';
import type { ConversationSummary } from '../../src-shared/domain/types';
import { connectorRegistry, type ConnectorRegistry } from '../sync/engine/connector-registry';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from '../sync/engine/sync-engine';
import { createAccountsService } from './accounts-service';

export type SyncTuning = Pick<SyncEngineOptions, 'pollIntervalMs' | 'backoff' | 'offlineProbeMs' | 'probe'>;

export interface AccountsWiringOptions {
  db: Db;
  ingest: IngestPipeline;
  events: EventLog;
  outbox: OutboxService;
  summary: (conversationId: number) => ConversationSummary;
  emit: <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void;
  dataDir: string;
  now: () => number;
  registry?: ConnectorRegistry;
  secrets?: SecretStore;
  tuning?: SyncTuning;
}

type AccountsHandlerNames =
  | 'accounts.list'
  | 'accounts.channels'
  | 'accounts.add'
  | 'accounts.test'
  | 'accounts.pause'
  | 'accounts.resume'
  | 'accounts.remove'
  | 'keychain.status'
  | 'sync.now'
  | 'sync.status'
  | 'outbox.retry'
  | 'outbox.forConversation'
  | 'message.rawSource';

export function createAccountsWiring(options: AccountsWiringOptions): { handlers: Pick<ApiHandlers, AccountsHandlerNames>; engine: SyncEngine } {
  const { db, emit } = options;
  const registry = options.registry ?? connectorRegistry;
  const secrets = options.secrets ?? createSecretStore();
  const outboxConversation = db.prepare<[number], { conversation_id: number }>('SELECT conversation_id FROM outbox WHERE id = ?');
  const conversationOutbox = db.prepare<[number], { id: number }>(
    "SELECT id FROM outbox WHERE conversation_id = ? AND status != 'sent' ORDER BY created_at, id",
  );
  const rawSource = db.prepare<[number], { message_id: number; reason: string; raw: string }>(
    'SELECT message_id, reason, raw FROM message_raw_sources WHERE message_id = ?',
  );

  const outboxChanged = (outboxId: number) => {
    const item = options.outbox.item(outboxId);
    if (!item) return;
    emit('outbox.changed', { item });
    const row = outboxConversation.get(outboxId);
    if (row) emit('conversation.changed', { conversation: options.summary(row.conversation_id) });
  };

  const engine = createSyncEngine({
    db,
    ingest: options.ingest,
    registry,
    secrets,
    dataDir: options.dataDir,
    now: options.now,
    ...options.tuning,
    onStatus: (statuses) => emit('sync.status', { statuses }),
    onMessages: (change) => emit('messages.new', change),
    onOutbox: outboxChanged,
  });

  const accounts = createAccountsService(db, {
    registry,
    secrets,
    events: options.events,
    now: options.now,
    dataDir: options.dataDir,
    statusOf: (id) => engine.statuses().find((s) => s.accountId === id) ?? null,
    connectorFor: (id) => engine.connectorFor(id),
    onChanged: () => engine.refresh(),
    redact: engine.redact,
  });

  const handlers: Pick<ApiHandlers, AccountsHandlerNames> = {
    'accounts.list': () => accounts.list(),
    'accounts.channels': () => accounts.channels(),
    'accounts.add': (input) => accounts.add(input),
    'accounts.test': ({ id }) => accounts.test(id),
    'accounts.pause': ({ id }) => accounts.setPaused(id, true),
    'accounts.resume': ({ id }) => accounts.setPaused(id, false),
    'accounts.remove': async ({ id }) => {
      await accounts.remove(id);
      return { id };
    },
    'keychain.status': async () => {
      const status = await secrets.status();
      return status.available ? { available: true, message: null } : { available: false, message: noKeychainMessage(status.reason) };
    },
    'sync.now': ({ accountId }) => {
      if (accountId !== undefined) accounts.get(accountId);
      engine.syncNow(accountId);
      return engine.statuses();
    },
    'sync.status': () => engine.statuses(),
    'outbox.retry': ({ id }) => {
      if (!options.outbox.item(id)) throw notFound('Outbox entry', id);
      engine.retryOutbox(id);
      return options.outbox.item(id)!;
    },
    'outbox.forConversation': ({ conversationId }) =>
      conversationOutbox.all(conversationId).flatMap((r) => options.outbox.item(r.id) ?? []),
    'message.rawSource': ({ id }) => {
      const row = rawSource.get(id);
      if (!row) throw notFound('Raw source of message', id);
      return { messageId: row.message_id, reason: row.reason, raw: row.raw };
    },
  };

  return { handlers, engine };
}
