// The one way messages and orders enter the cache, for every connector and for the demo workspace.
// Upserts are keyed by (account, platform id), so syncing the same data twice changes nothing; each
// batch is one transaction, so a crash leaves either the whole batch or none of it.
import type { Db } from '../db/open-database';
import { toIndexText } from '../search/search-text';
import { createCustomerResolver } from './customers';
import type { IncomingMessage, IncomingOrder, IngestResult } from './incoming';
import { sanitizeBodyHtml } from './sanitize-body';

export interface IngestPipeline {
  ingestMessages(messages: readonly IncomingMessage[]): IngestResult;
  ingestOrders(orders: readonly IncomingOrder[]): void;
}

const PREVIEW_LENGTH = 160;

export function previewOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}

export function createIngestPipeline(db: Db, now: () => number = Date.now): IngestPipeline {
  const customers = createCustomerResolver(db, now);

  const findOrder = db.prepare<[number, string], { id: number }>('SELECT id FROM orders WHERE account_id = ? AND external_id = ?');
  const findConversation = db.prepare<[number, string], { id: number; order_id: number | null }>(
    'SELECT id, order_id FROM conversations WHERE account_id = ? AND external_id = ?',
  );
  const insertConversation = db.prepare(
    `INSERT INTO conversations (account_id, external_id, customer_id, order_id, subject, language, unread,
                                message_count, last_message_at, created_at, updated_at)
     VALUES (@accountId, @externalId, @customerId, @orderId, @subject, @language, 0, 0, @sentAt, @now, @now)`,
  );
  const linkOrder = db.prepare('UPDATE conversations SET order_id = ? WHERE id = ? AND order_id IS NULL');
  const findMessage = db.prepare<[number, string], { id: number; body_text: string; body_html: string | null; attachments_json: string }>(
    'SELECT id, body_text, body_html, attachments_json FROM messages WHERE account_id = ? AND external_id = ?',
  );
  const insertMessage = db.prepare(
    `INSERT INTO messages (account_id, external_id, conversation_id, direction, author_kind, author_name, body_text,
                           body_html, language, sent_at, status, attachments_json, created_at)
     VALUES (@accountId, @externalId, @conversationId, @direction, @authorKind, @authorName, @bodyText,
             @bodyHtml, @language, @sentAt, @status, @attachments, @now)`,
  );
  const updateMessage = db.prepare(
    'UPDATE messages SET body_text = @bodyText, body_html = @bodyHtml, attachments_json = @attachments WHERE id = @id',
  );
  const indexMessage = db.prepare('INSERT INTO message_search (rowid, subject, body) VALUES (?, ?, ?)');
  const unindexMessage = db.prepare('DELETE FROM message_search WHERE rowid = ?');
  // A new message moves the conversation: counts, recency, preview; a buyer writing again reopens it.
  const touchConversation = db.prepare(
    `UPDATE conversations SET
       message_count = message_count + 1,
       preview = CASE WHEN @sentAt >= last_message_at THEN @preview ELSE preview END,
       unread = CASE WHEN @inbound = 1 AND @sentAt >= last_message_at THEN 1 ELSE unread END,
       status = CASE WHEN @inbound = 1 AND @sentAt > last_message_at AND status IN ('closed', 'snoozed') THEN 'open' ELSE status END,
       last_inbound_at = CASE WHEN @inbound = 1 THEN max(coalesce(last_inbound_at, 0), @sentAt) ELSE last_inbound_at END,
       language = coalesce(language, CASE WHEN @inbound = 1 THEN @language END),
       last_message_at = max(last_message_at, @sentAt),
       updated_at = @now
     WHERE id = @id`,
  );
  const logEvent = db.prepare(
    `INSERT INTO events (at, actor_kind, action, subject_kind, subject_id, data_json) VALUES (?, 'sync', ?, 'account', ?, ?)`,
  );

  const upsertOrder = db.prepare(
    `INSERT INTO orders (account_id, external_id, marketplace, customer_id, placed_at, status, currency, total_minor, updated_at)
     VALUES (@accountId, @externalId, @marketplace, @customerId, @placedAt, @status, @currency, @totalMinor, @now)
     ON CONFLICT (account_id, external_id) DO UPDATE SET
       marketplace = excluded.marketplace, customer_id = excluded.customer_id, placed_at = excluded.placed_at,
       status = excluded.status, currency = excluded.currency, total_minor = excluded.total_minor, updated_at = excluded.updated_at
     RETURNING id`,
  );
  const clearItems = db.prepare('DELETE FROM order_items WHERE order_id = ?');
  const clearShipments = db.prepare('DELETE FROM shipments WHERE order_id = ?');
  const insertItem = db.prepare('INSERT INTO order_items (order_id, sku, title, quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?)');
  const insertShipment = db.prepare(
    `INSERT INTO shipments (order_id, carrier, tracking_number, status, shipped_at, promised_from, promised_to, delivered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const ingestMessages = db.transaction((messages: readonly IncomingMessage[]): IngestResult => {
    const result: IngestResult = { inserted: 0, updated: 0, unchanged: 0, conversationIds: [] };
    const touched = new Set<number>();
    const perAccount = new Map<number, { inserted: number; updated: number }>();
    const at = now();
    for (const m of messages) {
      const bodyHtml = m.bodyHtml ? sanitizeBodyHtml(m.bodyHtml) : null;
      const attachments = JSON.stringify(m.attachments ?? []);
      const orderId = m.orderExternalId ? (findOrder.get(m.accountId, m.orderExternalId)?.id ?? null) : null;
      let conversation = findConversation.get(m.accountId, m.conversationExternalId);
      if (!conversation) {
        const customerId = customers.resolve(m.customer, m.accountId);
        const id = Number(
          insertConversation.run({
            accountId: m.accountId,
            externalId: m.conversationExternalId,
            customerId,
            orderId,
            subject: m.subject,
            language: m.direction === 'inbound' ? (m.language ?? null) : null,
            sentAt: m.sentAt,
            now: at,
          }).lastInsertRowid,
        );
        conversation = { id, order_id: orderId };
      } else if (orderId !== null && conversation.order_id === null) {
        linkOrder.run(orderId, conversation.id);
      }

      const counts = perAccount.get(m.accountId) ?? { inserted: 0, updated: 0 };
      perAccount.set(m.accountId, counts);
      const existing = findMessage.get(m.accountId, m.externalId);
      if (existing) {
        if (existing.body_text === m.bodyText && existing.body_html === bodyHtml && existing.attachments_json === attachments) {
          result.unchanged++;
          continue;
        }
        updateMessage.run({ id: existing.id, bodyText: m.bodyText, bodyHtml, attachments });
        unindexMessage.run(existing.id);
        indexMessage.run(existing.id, toIndexText(m.subject), toIndexText(m.bodyText));
        result.updated++;
        counts.updated++;
        touched.add(conversation.id);
        continue;
      }
      const inbound = m.direction === 'inbound';
      const messageId = Number(
        insertMessage.run({
          accountId: m.accountId,
          externalId: m.externalId,
          conversationId: conversation.id,
          direction: m.direction,
          authorKind: m.authorKind,
          authorName: m.authorName,
          bodyText: m.bodyText,
          bodyHtml,
          language: m.language ?? null,
          sentAt: m.sentAt,
          status: inbound ? 'received' : 'sent',
          attachments,
          now: at,
        }).lastInsertRowid,
      );
      indexMessage.run(messageId, toIndexText(m.subject), toIndexText(m.bodyText));
      touchConversation.run({
        id: conversation.id,
        sentAt: m.sentAt,
        preview: previewOf(m.bodyText),
        inbound: inbound ? 1 : 0,
        language: m.language ?? null,
        now: at,
      });
      result.inserted++;
      counts.inserted++;
      touched.add(conversation.id);
    }
    for (const [accountId, counts] of perAccount) {
      if (counts.inserted || counts.updated) logEvent.run(at, 'messages.ingested', accountId, JSON.stringify(counts));
    }
    result.conversationIds = [...touched];
    return result;
  });

  const ingestOrders = db.transaction((orders: readonly IncomingOrder[]) => {
    const at = now();
    for (const o of orders) {
      const customerId = customers.resolve(o.customer, o.accountId);
      const row = upsertOrder.get({
        accountId: o.accountId,
        externalId: o.externalId,
        marketplace: o.marketplace ?? null,
        customerId,
        placedAt: o.placedAt,
        status: o.status,
        currency: o.currency,
        totalMinor: o.totalMinor,
        now: at,
      }) as { id: number };
      clearItems.run(row.id);
      clearShipments.run(row.id);
      for (const item of o.items) insertItem.run(row.id, item.sku ?? null, item.title, item.quantity, item.unitPriceMinor);
      for (const s of o.shipments) {
        insertShipment.run(
          row.id,
          s.carrier,
          s.trackingNumber,
          s.status,
          s.shippedAt ?? null,
          s.promisedFrom ?? null,
          s.promisedTo ?? null,
          s.deliveredAt ?? null,
        );
      }
    }
  });

  return { ingestMessages, ingestOrders };
}
