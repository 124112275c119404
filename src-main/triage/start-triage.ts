// Triage inside the running core: the engine, the rule store, the api handlers, the hook that triages
// each ingest batch right after it commits, the first pass over a freshly seeded demo workspace, and
// the clock tick for time-based events (SLA warning / breach, customers silent for N hours).
import { INTENTS, type Intent } from '../../src-shared/domain/triage';
import type { ConversationSummary } from '../../src-shared/domain/types';
import type { Db } from '../db/open-database';
import type { IngestPipeline } from '../ingest/ingest-pipeline';
import type { EventLog } from '../services/event-log';
import type { OutboxService } from '../services/outbox/outbox-service';
import type { createEventBus } from '../core/event-bus';
import { createConversationReader } from '../services/conversations/conversation-detail';
import { createTriageEngine, loadLearnedState, type TriageEngine, type TriageRunOptions } from './engine/triage-engine';
import { createAppUnderstanding } from './engine/understanding-provider';
import type { Understanding } from './engine/understanding-port';
import { seedDemoTriage } from './presets/demo-triage';
import { createRuleStore } from './rules/rule-store';
import { createTriageSettings } from './settings/triage-settings';
import { createTriageHandlers } from './triage-handlers';

export interface StartTriageOptions {
  now: () => number;
  events: EventLog;
  outbox: OutboxService;
  bus: ReturnType<typeof createEventBus>;
  selfAgentId: () => number;
  /** undefined: the app's model; null: none. */
  understanding?: Understanding | null | undefined;
  tickMs?: number | undefined;
  /** The demo workspace was just seeded: triage its history once (without sending anything). */
  demoSeeded: boolean;
}

/** Most summaries pushed one by one after a tick; the rest arrive with the next list refresh. */
const MAX_PUSHED = 200;

export function startTriage(db: Db, options: StartTriageOptions) {
  const understanding = options.understanding !== undefined ? options.understanding : createAppUnderstanding(loadLearnedState(db));
  const engine: TriageEngine = createTriageEngine(db, { now: options.now, events: options.events, understanding, outbox: options.outbox });
  const store = createRuleStore(db, { now: options.now, events: options.events, onChange: () => engine.rules.invalidate() });
  const reader = createConversationReader(db);

  function push(ids: number[]) {
    for (const id of ids.slice(0, MAX_PUSHED)) options.bus.emit('conversation.changed', { conversation: reader.summary(id) });
  }

  /** The hook ingest callers (connectors, the demo) run after each committed batch. */
  function triageConversations(ids: readonly number[], run: TriageRunOptions = {}): number[] {
    if (ids.length === 0) return [];
    try {
      return engine.triageConversations(ids, run);
    } catch (error) {
      // Triage must never lose an ingest: the messages are stored; the next tick or batch retries.
      console.error('[triage] failed:', error);
      return [];
    }
  }

  if (options.demoSeeded) {
    seedDemoTriage(db);
    engine.sla.invalidate();
    const ids = db.prepare<[], { id: number }>('SELECT id FROM conversations ORDER BY id').all().map((r) => r.id);
    triageConversations(ids, { sendReplies: false });
  }

  const tickMs = options.tickMs ?? 60_000;
  const timer =
    tickMs > 0
      ? setInterval(() => {
          try {
            push(engine.tick());
          } catch (error) {
            console.error('[triage] tick failed:', error);
          }
        }, tickMs)
      : null;
  timer?.unref?.();

  /**
   * Recomputes a conversation's clocks and score after an agent changed it (a reply stops the
   * response clock, a status change starts or stops clocks). False when that failed: the agent's
   * change stands either way.
   */
  function refresh(id: number): boolean {
    try {
      engine.refresh(id);
      return true;
    } catch (error) {
      console.error('[triage] refresh failed:', error);
      return false;
    }
  }
  const intentRow = db.prepare<[number], { intent: string | null }>('SELECT intent FROM conversations WHERE id = ?');
  return {
    engine,
    store,
    triageConversations,
    /** The intent triage recorded for a conversation (agent assist ranks suggestions by it). */
    intentOf(conversationId: number): Intent | null {
      const intent = intentRow.get(conversationId)?.intent ?? null;
      return intent !== null && (INTENTS as readonly string[]).includes(intent) ? (intent as Intent) : null;
    },
    handlers: createTriageHandlers(db, {
      engine,
      store,
      settings: createTriageSettings(db, { events: options.events, agentId: options.selfAgentId, onChange: () => engine.sla.invalidate() }),
      selfAgentId: options.selfAgentId,
      onConversationsChanged: push,
    }),
    /** The same pipeline, triaging each batch's conversations once the batch is committed. */
    wrapIngest(pipeline: IngestPipeline): IngestPipeline {
      return {
        ingestOrders: (orders) => pipeline.ingestOrders(orders),
        ingestMessages(messages) {
          const result = pipeline.ingestMessages(messages);
          triageConversations(result.conversationIds);
          return result;
        },
      };
    },
    refresh,
    /** `refresh`, then the value with the conversation summary read afresh. */
    afterAgentChange<T extends { conversation: ConversationSummary } | ConversationSummary>(id: number, value: T): T {
      if (!refresh(id)) return value;
      const fresh = reader.summary(id);
      return ('conversation' in value ? { ...value, conversation: fresh } : fresh) as T;
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
