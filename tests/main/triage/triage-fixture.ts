// A real in-memory workspace for triage tests: migrated SQLite, accounts, agents, a team, canned
// replies, the real ingest pipeline, outbox and event log, and a small keyword "understanding" that
// stands in for the on-device model (triage only depends on its interface).
import type { Intent, MessageInsight } from '../../../src-shared/domain/triage';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { createIngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import type { IncomingMessage, IncomingOrder } from '../../../src-main/ingest/incoming';
import { createConversationReader } from '../../../src-main/services/conversations/conversation-detail';
import { createEventLog } from '../../../src-main/services/event-log';
import { createOutboxService } from '../../../src-main/services/outbox/outbox-service';
import { createTriageEngine } from '../../../src-main/triage/engine/triage-engine';
import type { IntentCorrection, Understanding } from '../../../src-main/triage/engine/understanding-port';
import { createRuleStore } from '../../../src-main/triage/rules/rule-store';
import type { RuleDefinition } from '../../../src-shared/domain/rules';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Keyword rules, enough to drive every branch of triage; `learn` remembers exact texts. */
export function fakeUnderstanding(): Understanding & { learned: IntentCorrection[]; calls: number } {
  const learned: IntentCorrection[] = [];
  const self = {
    learned,
    calls: 0,
    understand({ text, languageHint }: { text: string; languageHint?: string | null }): MessageInsight {
      self.calls++;
      const t = text.toLowerCase();
      const corrected = learned.find((c) => c.text === text);
      const intent: Intent = corrected?.intent ?? (/refund|erstattung/.test(t) ? 'refund' : /where|wo ist|tracking/.test(t) ? 'where_is_my_order' : /thank|danke/.test(t) ? 'thanks_no_reply' : 'other');
      const angry = /unverschämt|furious|!!!|angry/.test(t);
      const negative = angry || /terrible|schlecht|still not|immer noch nicht/.test(t);
      const escalationPhrases = ['manager', 'human', 'vorgesetzten'].filter((p) => t.includes(p));
      return {
        language: languageHint ?? (/[äöüß]|wo ist|danke/.test(t) ? 'de' : 'en'),
        languageConfidence: 0.9,
        intent,
        intentConfidence: 0.8,
        sentiment: negative ? 'negative' : /thank|danke|great/.test(t) ? 'positive' : 'neutral',
        sentimentScore: negative ? -0.8 : 0,
        anger: angry,
        frustration: false,
        escalationPhrases,
      };
    },
    learn(c: IntentCorrection) {
      learned.push(c);
    },
    exportState() {
      return JSON.stringify(learned);
    },
  };
  return self;
}

export interface Workspace {
  db: Db;
  clock: { now: number };
  engine: ReturnType<typeof createTriageEngine>;
  store: ReturnType<typeof createRuleStore>;
  understanding: ReturnType<typeof fakeUnderstanding>;
  agents: { anna: number; yuki: number; li: number };
  ingest(messages: IncomingMessage[]): number[];
  ingestOrders(orders: IncomingOrder[]): void;
  /** Replace all rules by these (enabled, in order). */
  useRules(...rules: RuleDefinition[]): void;
  conversation(id: number): Record<string, unknown>;
  events(action?: string): { action: string; subject_id: number; data: Record<string, unknown> }[];
  outbox(conversationId: number): { body_text: string; author_kind: string }[];
  tags(id: number): string[];
}

export const T0 = Date.UTC(2026, 2, 4, 2, 0); // Wednesday 10:00 in Shanghai

let seq = 0;
export function msg(over: Partial<IncomingMessage> = {}): IncomingMessage {
  seq++;
  return {
    accountId: 1,
    externalId: `m${seq}`,
    conversationExternalId: `c${seq}`,
    subject: 'About my order',
    direction: 'inbound',
    authorKind: 'customer',
    authorName: 'Jane Doe',
    bodyText: 'Where is my parcel?',
    language: 'en',
    sentAt: T0,
    customer: { channel: 'amazon', handle: `buyer${seq}@marketplace.amazon.com`, name: 'Jane Doe' },
    ...over,
  };
}

export function orderFor(customerHandle: string, over: Partial<IncomingOrder> = {}): IncomingOrder {
  return {
    accountId: 1,
    externalId: '111-0000001-0000001',
    marketplace: 'amazon.com',
    customer: { channel: 'amazon', handle: customerHandle, name: 'Jane Doe' },
    placedAt: T0 - 10 * DAY,
    status: 'shipped',
    currency: 'USD',
    totalMinor: 3499,
    items: [{ sku: 'CHG-65W', title: '65W USB-C charger', quantity: 1, unitPriceMinor: 3499 }],
    shipments: [{ carrier: 'UPS', trackingNumber: '1Z999', status: 'in_transit', shippedAt: T0 - 8 * DAY, promisedTo: T0 + 2 * DAY }],
    ...over,
  };
}

export function createWorkspace(): Workspace {
  const db = openDatabase(':memory:');
  const clock = { now: T0 + 30 * 60_000 };
  const now = () => clock.now;
  db.prepare("INSERT INTO accounts (id, channel, name, marketplace, created_at) VALUES (1, 'amazon', 'Amazon US', 'amazon.com', 0)").run();
  db.prepare("INSERT INTO accounts (id, channel, name, marketplace, created_at) VALUES (2, 'ebay', 'eBay DE', 'ebay.de', 0)").run();
  db.prepare("INSERT INTO accounts (id, channel, name, marketplace, created_at) VALUES (3, 'email', 'Support', NULL, 0)").run();
  const agent = db.prepare('INSERT INTO agents (name, email, languages_json, is_self) VALUES (?, ?, ?, ?)');
  const li = Number(agent.run('Li Wei', 'li@shop.test', '["zh","en"]', 1).lastInsertRowid);
  const anna = Number(agent.run('Anna Becker', 'anna@shop.test', '["de","en"]', 0).lastInsertRowid);
  const yuki = Number(agent.run('Sato Yuki', 'yuki@shop.test', '["ja","en"]', 0).lastInsertRowid);
  const canned = db.prepare("INSERT INTO canned_replies (name, language, body, created_at, updated_at) VALUES ('Tracking information', ?, ?, 0, 0)");
  canned.run('en', 'Hi {{customer.firstName}}, order {{order.id}} is with {{order.carrier}}, tracking {{order.trackingNumber}}.');
  canned.run('de', 'Hallo {{customer.firstName}}, Bestellung {{order.id}} ist mit {{order.carrier}} unterwegs: {{order.trackingNumber}}.');
  const events = createEventLog(db, now);
  const reader = createConversationReader(db);
  const outbox = createOutboxService(db, { now, events, summary: reader.summary, message: reader.message, agentName: () => 'Agent' });
  const understanding = fakeUnderstanding();
  const engine = createTriageEngine(db, { now, events, understanding, outbox });
  const store = createRuleStore(db, { now, events, onChange: () => engine.rules.invalidate() });
  const pipeline = createIngestPipeline(db, now);
  return {
    db,
    clock,
    engine,
    store,
    understanding,
    agents: { anna, yuki, li },
    ingest(messages) {
      const result = pipeline.ingestMessages(messages);
      engine.triageConversations(result.conversationIds);
      return result.conversationIds;
    },
    ingestOrders: (orders) => pipeline.ingestOrders(orders),
    useRules(...rules) {
      store.importJson(JSON.stringify({ format: 'agent-console.rules', version: 1, rules: rules.map((definition) => ({ enabled: true, definition })) }), 'replace', null);
    },
    conversation: (id) => db.prepare('SELECT * FROM conversations WHERE id = ?').get(id) as Record<string, unknown>,
    events: (action) =>
      (db.prepare('SELECT action, subject_id, data_json FROM events WHERE (? IS NULL OR action = ?) ORDER BY id').all(action ?? null, action ?? null) as { action: string; subject_id: number; data_json: string }[]).map(
        (e) => ({ action: e.action, subject_id: e.subject_id, data: JSON.parse(e.data_json) }),
      ),
    outbox: (conversationId) =>
      db.prepare('SELECT m.body_text, m.author_kind FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.conversation_id = ? ORDER BY o.id').all(conversationId) as {
        body_text: string;
        author_kind: string;
      }[],
    tags: (id) => (db.prepare('SELECT t.name FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = ? ORDER BY t.name').all(id) as { name: string }[]).map((t) => t.name),
  };
}

export const rule = (name: string, conditions: RuleDefinition['conditions'], actions: RuleDefinition['actions'], over: Partial<RuleDefinition> = {}): RuleDefinition => ({
  name,
  events: ['message.received'],
  conditions,
  actions,
  stop: false,
  ...over,
});
export const all = (...conditions: RuleDefinition['conditions']['conditions']) => ({ match: 'all' as const, conditions });
