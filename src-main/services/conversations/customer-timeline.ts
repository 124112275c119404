// One customer's history across every channel, newest first: their messages in all conversations
// (Amazon, eBay, Shopify, email alike, since one buyer on two channels is one customer) interleaved
// with their orders being placed, shipped and delivered. Shown beside the thread.
import type { Channel, CustomerTimelineEntry, Direction, Order } from '../../../src-shared/domain/types';
import type { Db } from '../../db/open-database';
import { previewOf } from '../../ingest/ingest-pipeline';

const TIMELINE_LENGTH = 30;

export function createCustomerTimeline(db: Db) {
  const messagesStmt = db.prepare<
    { customerId: number; limit: number },
    { conversation_id: number; channel: Channel; marketplace: string | null; direction: Direction; subject: string; body_text: string; sent_at: number }
  >(
    `SELECT m.conversation_id, a.channel, a.marketplace, m.direction, c.subject, m.body_text, m.sent_at
       FROM conversations c
       JOIN messages m ON m.conversation_id = c.id
       JOIN accounts a ON a.id = c.account_id
      WHERE c.customer_id = @customerId
      ORDER BY m.sent_at DESC, m.id DESC
      LIMIT @limit`,
  );

  return function timeline(customerId: number, orders: readonly Order[]): CustomerTimelineEntry[] {
    const entries: CustomerTimelineEntry[] = messagesStmt.all({ customerId, limit: TIMELINE_LENGTH }).map((m) => ({
      kind: 'message',
      at: m.sent_at,
      conversationId: m.conversation_id,
      channel: m.channel,
      marketplace: m.marketplace,
      direction: m.direction,
      subject: m.subject,
      preview: previewOf(m.body_text),
    }));
    for (const o of orders) {
      const base = { kind: 'order' as const, channel: o.channel, orderExternalId: o.externalId };
      entries.push({ ...base, at: o.placedAt, event: 'placed', carrier: null });
      for (const s of o.shipments) {
        if (s.shippedAt !== null) entries.push({ ...base, at: s.shippedAt, event: 'shipped', carrier: s.carrier });
        if (s.deliveredAt !== null) entries.push({ ...base, at: s.deliveredAt, event: 'delivered', carrier: s.carrier });
      }
    }
    return entries.sort((a, b) => b.at - a.at).slice(0, TIMELINE_LENGTH);
  };
}
