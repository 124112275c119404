// Everything triage needs to know about one conversation, read with a few indexed statements: the
// thread with what was understood of each customer message, the customer, the order and its
// shipments, tags, assignee, team and the automation counters.
import type { Db } from '../../db/open-database';
import type { Intent, Sentiment } from '../../../src-shared/domain/triage';
import type { AuthorKind, Channel, ConversationStatus, Direction, Priority, ShipmentStatus } from '../../../src-shared/domain/types';

export interface ContextMessage {
  id: number;
  direction: Direction;
  authorKind: AuthorKind;
  authorAgentId: number | null;
  body: string;
  language: string | null;
  sentAt: number;
  /** The automation's "a person is taking over" message: not an answer. */
  notice: boolean;
}

export interface StoredInsight {
  language: string | null;
  intent: Intent;
  sentiment: Sentiment;
  sentimentScore: number;
  anger: boolean;
  frustration: boolean;
  escalationPhrases: string[];
}

export interface ConversationContext {
  id: number;
  accountId: number;
  channel: Channel;
  marketplace: string | null;
  subject: string;
  status: ConversationStatus;
  priority: Priority;
  language: string | null;
  assigneeId: number | null;
  assignee: { name: string; email: string | null } | null;
  teamId: number | null;
  team: string | null;
  slaPolicyId: number | null;
  noResponseNeeded: boolean;
  triagedAt: number | null;
  triagedMessageId: number | null;
  createdAt: number;
  lastMessageAt: number;
  stored: { slaDueAt: number | null; slaTarget: string | null };
  messages: ContextMessage[];
  insights: Map<number, StoredInsight>;
  tags: string[];
  customer: { id: number; name: string; language: string | null; isVip: boolean; lifetimeValueMinor: number; currency: string | null } | null;
  order: {
    id: number;
    placedAt: number;
    totalMinor: number;
    currency: string;
    status: string;
    shipments: { status: ShipmentStatus; trackingNumber: string | null; promisedTo: number | null; deliveredAt: number | null }[];
  } | null;
  repeatContacts: number;
  automation: { automatedReplies: number; handedOffAt: number | null; handoffReason: string | null };
}

const DAY = 86_400_000;

interface ConversationRow {
  id: number;
  account_id: number;
  channel: Channel;
  marketplace: string | null;
  subject: string;
  status: ConversationStatus;
  priority: Priority;
  language: string | null;
  assignee_id: number | null;
  assignee_name: string | null;
  assignee_email: string | null;
  team_id: number | null;
  team_name: string | null;
  sla_policy_id: number | null;
  no_response_needed: number;
  triaged_at: number | null;
  triaged_message_id: number | null;
  created_at: number;
  customer_id: number | null;
  order_id: number | null;
  last_message_at: number;
  sla_due_at: number | null;
  sla_target: string | null;
}

export function createContextLoader(db: Db) {
  const conversation = db.prepare<[number], ConversationRow>(
    `SELECT c.id, c.account_id, a.channel, a.marketplace, c.subject, c.status, c.priority, c.language, c.assignee_id,
            ag.name AS assignee_name, ag.email AS assignee_email, c.team_id, t.name AS team_name, c.sla_policy_id,
            c.no_response_needed, c.triaged_at, c.triaged_message_id, c.created_at, c.customer_id, c.order_id, c.last_message_at,
            c.sla_due_at, c.sla_target
     FROM conversations c JOIN accounts a ON a.id = c.account_id
     LEFT JOIN agents ag ON ag.id = c.assignee_id LEFT JOIN teams t ON t.id = c.team_id
     WHERE c.id = ?`,
  );
  const messages = db.prepare<[number], { id: number; direction: Direction; author_kind: AuthorKind; author_agent_id: number | null; body_text: string; language: string | null; sent_at: number; notice: number }>(
    `SELECT m.id, m.direction, m.author_kind, m.author_agent_id, m.body_text, m.language, m.sent_at, (n.message_id IS NOT NULL) AS notice
     FROM messages m LEFT JOIN automation_notices n ON n.message_id = m.id WHERE m.conversation_id = ? ORDER BY m.sent_at, m.id`,
  );
  const insights = db.prepare<[number], { message_id: number; language: string | null; intent: Intent; sentiment: Sentiment; sentiment_score: number; anger: number; frustration: number; escalation_json: string }>(
    `SELECT i.message_id, i.language, i.intent, i.sentiment, i.sentiment_score, i.anger, i.frustration, i.escalation_json
     FROM message_insights i JOIN messages m ON m.id = i.message_id WHERE m.conversation_id = ?`,
  );
  const tags = db.prepare<[number], { name: string }>(
    'SELECT t.name FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = ? ORDER BY t.name',
  );
  const customer = db.prepare<[number], { id: number; name: string; language: string | null; is_vip: number; lifetime_value_minor: number; currency: string | null }>(
    'SELECT id, name, language, is_vip, lifetime_value_minor, currency FROM customers WHERE id = ?',
  );
  const order = db.prepare<[number], { id: number; placed_at: number; total_minor: number; currency: string; status: string }>(
    'SELECT id, placed_at, total_minor, currency, status FROM orders WHERE id = ?',
  );
  const shipments = db.prepare<[number], { status: ShipmentStatus; tracking_number: string | null; promised_to: number | null; delivered_at: number | null }>(
    'SELECT status, tracking_number, promised_to, delivered_at FROM shipments WHERE order_id = ? ORDER BY id',
  );
  const repeat = db.prepare<{ customerId: number; id: number; since: number }, { n: number }>(
    'SELECT count(*) AS n FROM conversations WHERE customer_id = @customerId AND id <> @id AND last_message_at >= @since',
  );
  const automation = db.prepare<[number], { automated_replies: number; handed_off_at: number | null; handoff_reason: string | null }>(
    'SELECT automated_replies, handed_off_at, handoff_reason FROM conversation_automation WHERE conversation_id = ?',
  );

  return function load(id: number): ConversationContext | null {
    const c = conversation.get(id);
    if (!c) return null;
    const cust = c.customer_id === null ? undefined : customer.get(c.customer_id);
    const o = c.order_id === null ? undefined : order.get(c.order_id);
    const auto = automation.get(id);
    return {
      id: c.id,
      accountId: c.account_id,
      channel: c.channel,
      marketplace: c.marketplace,
      subject: c.subject,
      status: c.status,
      priority: c.priority,
      language: c.language,
      assigneeId: c.assignee_id,
      assignee: c.assignee_id === null ? null : { name: c.assignee_name ?? '', email: c.assignee_email },
      teamId: c.team_id,
      team: c.team_name,
      slaPolicyId: c.sla_policy_id,
      noResponseNeeded: c.no_response_needed === 1,
      triagedAt: c.triaged_at,
      triagedMessageId: c.triaged_message_id,
      createdAt: c.created_at,
      lastMessageAt: c.last_message_at,
      stored: { slaDueAt: c.sla_due_at, slaTarget: c.sla_target },
      messages: messages.all(id).map((m) => ({
        id: m.id,
        direction: m.direction,
        authorKind: m.author_kind,
        authorAgentId: m.author_agent_id,
        body: m.body_text,
        language: m.language,
        sentAt: m.sent_at,
        notice: m.notice === 1,
      })),
      insights: new Map(
        insights.all(id).map((i) => [
          i.message_id,
          {
            language: i.language,
            intent: i.intent,
            sentiment: i.sentiment,
            sentimentScore: i.sentiment_score,
            anger: i.anger === 1,
            frustration: i.frustration === 1,
            escalationPhrases: JSON.parse(i.escalation_json) as string[],
          },
        ]),
      ),
      tags: tags.all(id).map((t) => t.name),
      customer: cust
        ? { id: cust.id, name: cust.name, language: cust.language, isVip: cust.is_vip === 1, lifetimeValueMinor: cust.lifetime_value_minor, currency: cust.currency }
        : null,
      order: o
        ? {
            id: o.id,
            placedAt: o.placed_at,
            totalMinor: o.total_minor,
            currency: o.currency,
            status: o.status,
            shipments: shipments.all(o.id).map((s) => ({ status: s.status, trackingNumber: s.tracking_number, promisedTo: s.promised_to, deliveredAt: s.delivered_at })),
          }
        : null,
      repeatContacts: c.customer_id === null ? 0 : repeat.get({ customerId: c.customer_id, id, since: c.last_message_at - 30 * DAY })!.n,
      automation: { automatedReplies: auto?.automated_replies ?? 0, handedOffAt: auto?.handed_off_at ?? null, handoffReason: auto?.handoff_reason ?? null },
    };
  };
}

export type ContextLoader = ReturnType<typeof createContextLoader>;
