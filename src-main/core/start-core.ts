// Assembles the core over one data folder: the database, the services behind the api contract, and
// the event bus the hosts forward to renderers. Plain Node: both hosts (Electron, web) use this.
import fs from 'node:fs';
import path from 'node:path';
import type { UiLocale } from '../../src-shared/domain/types';
import { createAccountsWiring } from '../accounts/accounts-handlers';
import { createAssist } from '../assist/assist-handlers';
import { registerAppConnectors } from '../connectors/register-connectors';
import { openDatabase } from '../db/open-database';
import { seedDemoWorkspace } from '../demo/seed-demo';
import { createInboxHandlers } from '../inbox/inbox-handlers';
import { createIngestPipeline } from '../ingest/ingest-pipeline';
import { createConversationReader } from '../services/conversations/conversation-detail';
import { createInboxService } from '../services/conversations/inbox-service';
import { createEventLog } from '../services/event-log';
import { createOutboxService } from '../services/outbox/outbox-service';
import { createSearchService } from '../services/search/search-service';
import { createWorkspaceService } from '../services/workspace/workspace-service';
import { startTriage } from '../triage/start-triage';
import type { Core, StartCoreOptions } from './core-types';
import { createDispatcher, type ApiHandlers } from './dispatch';
import { createEventBus } from './event-bus';

export const DATABASE_FILE = 'console.sqlite3';
export const DEFAULT_DEMO_CONVERSATIONS = 2_000;

function systemLocale(): UiLocale {
  const lang = Intl.DateTimeFormat().resolvedOptions().locale.toLowerCase();
  return lang.startsWith('zh') ? 'zh-CN' : 'en';
}

export function startCore(options: StartCoreOptions): Core {
  const now = options.now ?? Date.now;
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });
  const bus = createEventBus();
  const rawIngest = createIngestPipeline(db, now);

  const hasAccounts = db.prepare('SELECT 1 FROM accounts LIMIT 1').get() !== undefined;
  if (!hasAccounts) {
    seedDemoWorkspace(db, rawIngest, { conversations: options.demoConversations ?? DEFAULT_DEMO_CONVERSATIONS, now: now() });
  }

  const events = createEventLog(db, now);
  const reader = createConversationReader(db);
  const workspace = createWorkspaceService(db, { dataDir: options.dataDir, defaultLocale: systemLocale() });
  const selfAgentId = () => workspace.selfAgent().id;
  const inbox = createInboxService(db, { selfAgentId, events, summary: reader.summary, now });
  const outbox = createOutboxService(db, { now, events, summary: reader.summary, message: reader.message, agentName: workspace.agentName });
  const search = createSearchService(db);
  // Triage (issue 4): every batch ingested through this pipeline (the sync engine's) is triaged right after it commits.
  const triage = startTriage(db, { now, events, outbox, bus, selfAgentId, understanding: options.understanding, tickMs: options.triageTickMs, demoSeeded: !hasAccounts });
  const ingest = triage.wrapIngest(rawIngest);
  // Accounts, the sync engine and outbox delivery (handlers for accounts.*, sync.*, outbox.retry ...).
  if (!options.connectors) registerAppConnectors();
  const sync = createAccountsWiring({
    db,
    ingest,
    events,
    outbox,
    summary: reader.summary,
    emit: bus.emit,
    dataDir: options.dataDir,
    now,
    registry: options.connectors,
    secrets: options.secrets,
    tuning: options.sync,
  });
  const inboxHandlers = createInboxHandlers(db, {
    now,
    events,
    reader,
    self: () => workspace.selfAgent(),
    emit: bus.emit,
    // The inbox handlers read the summaries afresh after this, so only the clocks are recomputed here.
    afterChange: (id) => void triage.refresh(id),
  });
  const assist = createAssist(db, {
    now,
    events,
    detail: reader.detail,
    agentName: () => workspace.selfAgent().name,
    emitDelta: (requestId, delta) => bus.emit('ai.delta', { requestId, delta }),
    intentOf: triage.intentOf,
    ...options.assist,
  });

  const handlers: ApiHandlers = {
    'workspace.info': () => workspace.info(),
    'inbox.list': ({ view, offset, limit, sort }) => inbox.list(view, offset, limit, sort),
    'conversation.get': ({ id }) => reader.detail(id),
    'conversation.markRead': ({ id }) => {
      const conversation = inbox.markRead(id);
      bus.emit('conversation.changed', { conversation });
      return conversation;
    },
    'conversation.setStatus': ({ id, status }) => {
      const conversation = triage.afterAgentChange(id, inbox.setStatus(id, status, selfAgentId()));
      bus.emit('conversation.changed', { conversation });
      return conversation;
    },
    'reply.queue': ({ conversationId, body, cannedReplyId, override }) => {
      // Platform rules are enforced here too, whatever the renderer showed; an override is logged.
      const queued = triage.afterAgentChange(
        conversationId,
        assist.guard.queueChecked({ conversationId, body, override, agentId: selfAgentId() }, () =>
          outbox.queueReply({ conversationId, body, cannedReplyId, agentId: selfAgentId() }),
        ),
      );
      sync.engine.wake();
      bus.emit('outbox.changed', { item: queued.outboxItem });
      bus.emit('conversation.changed', { conversation: queued.conversation });
      return queued;
    },
    'outbox.list': () => outbox.list(),
    'cannedReplies.list': () => workspace.cannedReplies(),
    'search.messages': ({ query, limit }) => search.searchMessages(query, limit),
    'settings.get': () => workspace.settings(),
    'settings.setLocale': ({ locale }) => {
      const settings = workspace.setLocale(locale);
      bus.emit('settings.changed', settings);
      return settings;
    },
    ...sync.handlers,
    ...triage.handlers,
    ...inboxHandlers,
    ...assist.handlers,
  };

  const dispatch = createDispatcher(handlers, {
    onInternalError: (method, error) => console.error(`[core] ${method} failed:`, error),
  });

  sync.engine.start();

  let closed = false;
  return {
    dataDir: options.dataDir,
    handle: (method, params) =>
      closed
        ? Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'The console is shutting down.' } })
        : dispatch(method, params),
    onEvent: bus.on,
    close() {
      if (closed) return;
      closed = true;
      // Stops timers and aborts work in flight; a reply cut off mid-send stays "sending" and is
      // re-sent with the same idempotency key on the next start.
      void sync.engine.stop();
      triage.stop();
      db.close();
    },
  };
}
