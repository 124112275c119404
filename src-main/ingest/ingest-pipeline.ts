// The one way messages and orders enter the cache, for every connector and for the demo workspace.
// Upserts are keyed by (account, platform id), so syncing the same data twice changes nothing; each
// batch is one transaction, so a crash leaves either the whole batch or none of it.
import type { Db } from '../db/open-database';
import { createCustomerSearchIndex } from '../search/customer-search-index';
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
  // New and changed customers become searchable in the batch that brought them.
  const customerIndex = createCustomerSearchIndex(db);

  // An order is usually on the message's own account; an email about a Shopify or Amazon order names
  // an order of another account, found by its id when exactly one account has it.
  const orderOnAccount = db.prepare<[number, string], { id: number }>('SELECT id FROM orders WHERE account_id = ? AND external_id = ?');
  const orderAnywhere = db.prepare<[string], { id: number }>('SELECT id FROM orders WHERE external_id = ? LIMIT 2');
  const findOrder = (accountId: number, externalId: string): number | null => {
    const own = orderOnAccount.get(accountId, externalId);
    if (own) return own.id;
    const found = orderAnywhere.all(externalId);
    return found.length === 1 ? found[0]!.id : null;
  };
  const findConversation = db.prepare<[number, string], { id: number; order_id: number | null }>(
    'SELECT id, order_id FROM conversations WHERE account_id = ? AND external_id = ?',
  );
  // A conversation first seen in this batch is written once, already summarising the batch's messages.
  const insertConversation = db.prepare(
    `INSERT INTO conversations (account_id, external_id, customer_id, order_id, subject, language, unread, message_count,
                                last_message_at, last_inbound_at, preview, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const recount = db.prepare(
    'UPDATE conversations SET message_count = (SELECT count(*) FROM messages WHERE conversation_id = @id) WHERE id = @id',
  );
  const dropConversation = db.prepare('DELETE FROM conversations WHERE id = ?');
  const linkOrder = db.prepare('UPDATE conversations SET order_id = ? WHERE id = ? AND order_id IS NULL');
  const findMessage = db.prepare<[number, string], { id: number; body_text: string; body_html: string | null; attachments_json: string }>(
    'SELECT id, body_text, body_html, attachments_json FROM messages WHERE account_id = ? AND external_id = ?',
  );
  // New messages are the common case: try the insert first and look the row up only on a conflict.
  // (Positional parameters: measurably cheaper than named ones on this, the hottest statement.)
  const insertMessage = db.prepare(
    `INSERT INTO messages (account_id, external_id, conversation_id, direction, author_kind, author_name, body_text,
                           body_html, language, sent_at, status, attachments_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (account_id, external_id) DO NOTHING`,
  );
  const updateMessage = db.prepare(
    'UPDATE messages SET body_text = @bodyText, body_html = @bodyHtml, attachments_json = @attachments WHERE id = @id',
  );
  const indexMessage = db.prepare('INSERT INTO message_search (rowid, subject, body) VALUES (?, ?, ?)');
  const unindexMessage = db.prepare('DELETE FROM message_search WHERE rowid = ?');
  // New messages move their conversation: counts, recency, preview; a buyer writing again reopens it.
  // Applied once per conversation per batch, from the batch's newest message and newest inbound one.
  const touchConversation = db.prepare(
    `UPDATE conversations SET
       message_count = message_count + @added,
       preview = CASE WHEN @sentAt >= last_message_at THEN @preview ELSE preview END,
       unread = CASE WHEN @sentAt >= last_message_at THEN @unread ELSE unread END,
       status = CASE WHEN @inboundAt > last_message_at AND status IN ('closed', 'snoozed') THEN 'open' ELSE status END,
       last_inbound_at = CASE WHEN @inboundAt IS NOT NULL THEN max(coalesce(last_inbound_at, 0), @inboundAt) ELSE last_inbound_at END,
       language = coalesce(language, @language),
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

  /** What a set of new messages changes in their conversation's summary. */
  interface Summary {
    added: number;
    sentAt: number;
    preview: string;
    inboundAt: number | null;
    language: string | null;
    unread: number;
  }

  function summarise(messages: readonly IncomingMessage[]): Summary {
    let newest = messages[0]!;
    let inboundAt: number | null = null;
    let language: string | null = null;
    for (const m of messages) {
      if (m.sentAt >= newest.sentAt) newest = m;
      if (m.direction === 'inbound') {
        inboundAt = Math.max(inboundAt ?? 0, m.sentAt);
        language ??= m.language ?? null;
      }
    }
    return {
      added: messages.length,
      sentAt: newest.sentAt,
      preview: previewOf(newest.bodyText),
      inboundAt,
      language,
      unread: newest.direction === 'inbound' ? 1 : 0,
    };
  }

  /**
   * Inserts a message (or updates its edited body); returns whether it was new. The subject is a
   * conversation's, so only the thread's opening message carries it into the index: every thread is
   * still found by its subject, and the index does not repeat it for each reply.
   */
  function storeMessage(m: IncomingMessage, conversationId: number, at: number, result: IngestResult, opening: boolean): boolean {
    const subject = opening ? toIndexText(m.subject) : '';
    const bodyHtml = m.bodyHtml ? sanitizeBodyHtml(m.bodyHtml) : null;
    const attachments = m.attachments?.length ? JSON.stringify(m.attachments) : '[]';
    const inbound = m.direction === 'inbound';
    const insert = insertMessage.run(
      m.accountId,
      m.externalId,
      conversationId,
      m.direction,
      m.authorKind,
      m.authorName,
      m.bodyText,
      bodyHtml,
      m.language ?? null,
      m.sentAt,
      inbound ? 'received' : 'sent',
      attachments,
      at,
    );
    if (insert.changes === 1) {
      indexMessage.run(insert.lastInsertRowid, subject, toIndexText(m.bodyText));
      result.inserted++;
      return true;
    }
    const existing = findMessage.get(m.accountId, m.externalId)!;
    if (existing.body_text === m.bodyText && existing.body_html === bodyHtml && existing.attachments_json === attachments) {
      result.unchanged++;
      return false;
    }
    updateMessage.run({ id: existing.id, bodyText: m.bodyText, bodyHtml, attachments });
    unindexMessage.run(existing.id);
    indexMessage.run(existing.id, subject, toIndexText(m.bodyText));
    result.updated++;
    return false;
  }

  const ingestMessages = db.transaction((messages: readonly IncomingMessage[]): IngestResult => {
    const result: IngestResult = { inserted: 0, updated: 0, unchanged: 0, conversationIds: [] };
    const at = now();
    const threads = new Map<string, IncomingMessage[]>();
    for (const m of messages) {
      const key = `${m.accountId}\u0000${m.conversationExternalId}`;
      const thread = threads.get(key);
      if (thread) thread.push(m);
      else threads.set(key, [m]);
    }
    const perAccount = new Map<number, number>();
    for (const thread of threads.values()) {
      const first = thread[0]!;
      const orderExternalId = thread.find((m) => m.orderExternalId)?.orderExternalId;
      const orderId = orderExternalId ? findOrder(first.accountId, orderExternalId) : null;
      const before = { inserted: result.inserted, updated: result.updated };
      const found = findConversation.get(first.accountId, first.conversationExternalId);
      if (!found) {
        const summary = summarise(thread);
        const id = Number(
          insertConversation.run(
            first.accountId,
            first.conversationExternalId,
            customers.resolve(first.customer, first.accountId),
            orderId,
            first.subject,
            summary.language,
            summary.unread,
            summary.added,
            summary.sentAt,
            summary.inboundAt,
            summary.preview,
            at,
            at,
          ).lastInsertRowid,
        );
        const added = thread.filter((m, i) => storeMessage(m, id, at, result, i === 0)).length;
        // Only when a platform moved known message ids to a new thread: keep the summary true.
        if (added === 0) dropConversation.run(id);
        else if (added !== thread.length) recount.run({ id });
        if (added > 0 || result.updated > before.updated) result.conversationIds.push(id);
      } else {
        if (orderId !== null && found.order_id === null) linkOrder.run(orderId, found.id);
        const added = thread.filter((m) => storeMessage(m, found.id, at, result, false));
        if (added.length > 0) touchConversation.run({ id: found.id, ...summarise(added), now: at });
        if (result.inserted + result.updated > before.inserted + before.updated) result.conversationIds.push(found.id);
      }
      const changed = result.inserted + result.updated - before.inserted - before.updated;
      perAccount.set(first.accountId, (perAccount.get(first.accountId) ?? 0) + changed);
    }
    for (const [accountId, changed] of perAccount) {
      if (changed > 0) logEvent.run(at, 'messages.ingested', accountId, JSON.stringify({ messages: changed }));
    }
    customerIndex.flush();
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
    customerIndex.flush();
  });

  return { ingestMessages, ingestOrders };
}
