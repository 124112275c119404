// Row shapes and the one SELECT that turns conversations into ConversationSummary objects, shared by
// the inbox list, the detail view, search and events so that every screen shows the same thing.
import type { Intent, Sentiment } from '../../../src-shared/domain/triage';
import type { Channel, ConversationStatus, ConversationSummary, Priority } from '../../../src-shared/domain/types';

export interface ConversationRow {
  id: number;
  account_id: number;
  channel: Channel;
  marketplace: string | null;
  subject: string;
  customer_id: number | null;
  customer_name: string | null;
  status: ConversationStatus;
  priority: Priority;
  language: string | null;
  unread: number;
  message_count: number;
  last_message_at: number;
  preview: string;
  order_external_id: string | null;
  assignee_id: number | null;
  tags: string | null;
  sla_due_at: number | null;
  sla_target: 'first_response' | 'next_response' | 'resolution' | null;
  priority_score: number;
  intent: Intent | null;
  sentiment: Sentiment | null;
  team_id: number | null;
}

export const CONVERSATION_SELECT = `
  SELECT c.id, c.account_id, a.channel, a.marketplace, c.subject, c.customer_id, cu.name AS customer_name,
         c.status, c.priority, c.language, c.unread, c.message_count, c.last_message_at, c.preview,
         o.external_id AS order_external_id, c.assignee_id,
         c.sla_due_at, c.sla_target, c.priority_score, c.intent, c.sentiment, c.team_id,
         (SELECT json_group_array(t.name) FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id
           WHERE ct.conversation_id = c.id) AS tags
  FROM conversations c
  JOIN accounts a ON a.id = c.account_id
  LEFT JOIN customers cu ON cu.id = c.customer_id
  LEFT JOIN orders o ON o.id = c.order_id`;

export function toConversationSummary(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    accountId: row.account_id,
    channel: row.channel,
    marketplace: row.marketplace,
    subject: row.subject,
    customerId: row.customer_id,
    customerName: row.customer_name ?? '',
    status: row.status,
    priority: row.priority,
    language: row.language,
    unread: row.unread === 1,
    messageCount: row.message_count,
    lastMessageAt: row.last_message_at,
    preview: row.preview,
    orderExternalId: row.order_external_id,
    assigneeId: row.assignee_id,
    tags: row.tags ? (JSON.parse(row.tags) as string[]) : [],
    slaDueAt: row.sla_due_at,
    slaTarget: row.sla_target,
    priorityScore: row.priority_score,
    intent: row.intent,
    sentiment: row.sentiment,
    teamId: row.team_id,
  };
}
