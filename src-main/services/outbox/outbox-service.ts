// Replies are committed to the outbox before anything is sent: writing one is a local transaction
// that cannot fail for want of a network. Delivery (issue: marketplace sync) drains it, using the
// idempotency key stored here so that a crash between "sent" and "recorded" never sends twice.
import { randomUUID } from 'node:crypto';
import type { QueuedReply } from '../../../src-shared/api/contract';
import type { Channel, ConversationSummary, Message, OutboxItem, OutboxStatus } from '../../../src-shared/domain/types';
import type { Db } from '../../db/open-database';
import { previewOf } from '../../ingest/ingest-pipeline';
import { toIndexText } from '../../search/search-text';
import type { EventLog } from '../event-log';
import { notFound } from '../errors';

interface OutboxRow {
  id: number;
  conversation_id: number;
  message_id: number;
  account_id: number;
  channel: Channel;
  subject: string;
  customer_name: string | null;
  body_text: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: number;
}

const OUTBOX_SELECT = `
  SELECT ob.id, ob.conversation_id, ob.message_id, ob.account_id, a.channel, c.subject, cu.name AS customer_name,
         m.body_text, ob.status, ob.attempts, ob.last_error, ob.created_at
  FROM outbox ob
  JOIN conversations c ON c.id = ob.conversation_id
  JOIN accounts a ON a.id = ob.account_id
  JOIN messages m ON m.id = ob.message_id
  LEFT JOIN customers cu ON cu.id = c.customer_id`;

function toOutboxItem(row: OutboxRow): OutboxItem {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    messageId: row.message_id,
    accountId: row.account_id,
    channel: row.channel,
    subject: row.subject,
    customerName: row.customer_name ?? '',
    preview: previewOf(row.body_text),
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
  };
}

export interface QueueReplyInput {
  conversationId: number;
  body: string;
  cannedReplyId?: number | undefined;
  /** The agent who sends it; null for the automation (triage tier-1 replies and handoff messages). */
  agentId: number | null;
  /** Who the message is from: an agent (default) or the automation. */
  authorKind?: 'agent' | 'automation';
}

export interface OutboxService {
  queueReply(input: QueueReplyInput): QueuedReply;
  list(): OutboxItem[];
  /** One outbox entry (for events after delivery changed it); null when it no longer exists. */
  item(id: number): OutboxItem | null;
}

export function createOutboxService(
  db: Db,
  deps: {
    now: () => number;
    events: EventLog;
    summary: (id: number) => ConversationSummary;
    message: (id: number) => Message;
    agentName: (id: number) => string;
  },
): OutboxService {
  const conversationStmt = db.prepare<[number], { account_id: number; subject: string }>(
    'SELECT account_id, subject FROM conversations WHERE id = ?',
  );
  const insertMessage = db.prepare(
    `INSERT INTO messages (account_id, external_id, conversation_id, direction, author_kind, author_name, author_agent_id,
                           body_text, sent_at, status, created_at)
     VALUES (@accountId, @externalId, @conversationId, 'outbound', @authorKind, @authorName, @agentId, @body, @now, 'queued', @now)`,
  );
  const indexMessage = db.prepare('INSERT INTO message_search (rowid, subject, body) VALUES (?, ?, ?)');
  const insertOutbox = db.prepare(
    `INSERT INTO outbox (conversation_id, message_id, account_id, idempotency_key, status, next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)`,
  );
  const touchConversation = db.prepare(
    `UPDATE conversations SET message_count = message_count + 1, last_message_at = max(last_message_at, @now),
       preview = @preview, unread = 0, updated_at = @now WHERE id = @id`,
  );
  const countCannedUse = db.prepare('UPDATE canned_replies SET usage_count = usage_count + 1, last_used_at = ? WHERE id = ?');
  const itemStmt = db.prepare<[number], OutboxRow>(`${OUTBOX_SELECT} WHERE ob.id = ?`);
  const listStmt = db.prepare<[], OutboxRow>(`${OUTBOX_SELECT} ORDER BY ob.created_at DESC, ob.id DESC LIMIT 500`);

  const queue = db.transaction((input: QueueReplyInput) => {
    const conversation = conversationStmt.get(input.conversationId);
    if (!conversation) throw notFound('Conversation', input.conversationId);
    const now = deps.now();
    const key = randomUUID();
    const messageId = Number(
      insertMessage.run({
        accountId: conversation.account_id,
        externalId: `outbox:${key}`,
        conversationId: input.conversationId,
        authorKind: input.authorKind ?? 'agent',
        authorName: input.agentId === null ? 'Automation' : deps.agentName(input.agentId),
        agentId: input.agentId,
        body: input.body,
        now,
      }).lastInsertRowid,
    );
    indexMessage.run(messageId, toIndexText(conversation.subject), toIndexText(input.body));
    const outboxId = Number(insertOutbox.run(input.conversationId, messageId, conversation.account_id, key, now, now, now).lastInsertRowid);
    touchConversation.run({ id: input.conversationId, now, preview: previewOf(input.body) });
    if (input.cannedReplyId !== undefined) countCannedUse.run(now, input.cannedReplyId);
    deps.events.record({
      actorKind: input.authorKind ?? 'agent',
      actorId: input.agentId,
      action: 'reply.queued',
      subjectKind: 'conversation',
      subjectId: input.conversationId,
      data: { messageId, outboxId, cannedReplyId: input.cannedReplyId ?? null },
    });
    return { messageId, outboxId };
  });

  return {
    queueReply(input) {
      const { messageId, outboxId } = queue(input);
      return {
        message: deps.message(messageId),
        outboxItem: toOutboxItem(itemStmt.get(outboxId)!),
        conversation: deps.summary(input.conversationId),
      };
    },
    list() {
      return listStmt.all().map(toOutboxItem);
    },
    item(id) {
      const row = itemStmt.get(id);
      return row ? toOutboxItem(row) : null;
    },
  };
}
