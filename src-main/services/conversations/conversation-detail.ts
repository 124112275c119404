// Everything the conversation view shows at once: the thread, the customer on every channel, their
// orders with items and shipments, and their other conversations.
import type { Db } from '../../db/open-database';
import type {
  AttachmentMeta,
  AuthorKind,
  Channel,
  ConversationDetail,
  Customer,
  Direction,
  Message,
  MessageStatus,
  Order,
  OrderStatus,
  ShipmentStatus,
} from '../../../src-shared/domain/types';
import { notFound } from '../errors';
import { CONVERSATION_SELECT, toConversationSummary, type ConversationRow } from './conversation-rows';
import { createCustomerTimeline } from './customer-timeline';

interface MessageRow {
  id: number;
  conversation_id: number;
  direction: Direction;
  author_kind: AuthorKind;
  author_name: string;
  body_text: string;
  body_html: string | null;
  language: string | null;
  sent_at: number;
  status: MessageStatus;
  attachments_json: string;
}

export function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    direction: row.direction,
    authorKind: row.author_kind,
    authorName: row.author_name,
    bodyText: row.body_text,
    bodyHtml: row.body_html,
    language: row.language,
    sentAt: row.sent_at,
    status: row.status,
    attachments: JSON.parse(row.attachments_json) as AttachmentMeta[],
  };
}

export const MESSAGE_COLUMNS =
  'id, conversation_id, direction, author_kind, author_name, body_text, body_html, language, sent_at, status, attachments_json';

export interface ConversationReader {
  summary(id: number): ReturnType<typeof toConversationSummary>;
  detail(id: number): ConversationDetail;
  message(id: number): Message;
}

export function createConversationReader(db: Db): ConversationReader {
  const summaryStmt = db.prepare<[number], ConversationRow>(`${CONVERSATION_SELECT} WHERE c.id = ?`);
  const timeline = createCustomerTimeline(db);
  const messagesStmt = db.prepare<[number], MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY sent_at, id`,
  );
  const messageStmt = db.prepare<[number], MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id = ?`);
  const customerStmt = db.prepare<[number], {
    id: number;
    name: string;
    email: string | null;
    country: string | null;
    language: string | null;
    is_vip: number;
    lifetime_value_minor: number;
    currency: string | null;
  }>('SELECT id, name, email, country, language, is_vip, lifetime_value_minor, currency FROM customers WHERE id = ?');
  const identitiesStmt = db.prepare<[number], { channel: Channel; account_id: number | null; handle: string; display_name: string | null }>(
    'SELECT channel, account_id, handle, display_name FROM customer_identities WHERE customer_id = ? ORDER BY id',
  );
  const ordersStmt = db.prepare<{ orderId: number | null; customerId: number | null }, {
    id: number;
    account_id: number;
    channel: Channel;
    external_id: string;
    marketplace: string | null;
    customer_id: number | null;
    placed_at: number;
    status: OrderStatus;
    currency: string;
    total_minor: number;
  }>(
    `SELECT o.id, o.account_id, a.channel, o.external_id, o.marketplace, o.customer_id, o.placed_at, o.status, o.currency, o.total_minor
     FROM orders o JOIN accounts a ON a.id = o.account_id
     WHERE o.id = @orderId OR (@customerId IS NOT NULL AND o.customer_id = @customerId)
     ORDER BY (o.id IS @orderId) DESC, o.placed_at DESC
     LIMIT 20`,
  );
  const itemsStmt = db.prepare<[number], { sku: string | null; title: string; quantity: number; unit_price_minor: number }>(
    'SELECT sku, title, quantity, unit_price_minor FROM order_items WHERE order_id = ? ORDER BY id',
  );
  const shipmentsStmt = db.prepare<[number], {
    carrier: string | null;
    tracking_number: string | null;
    status: ShipmentStatus;
    shipped_at: number | null;
    promised_from: number | null;
    promised_to: number | null;
    delivered_at: number | null;
  }>('SELECT carrier, tracking_number, status, shipped_at, promised_from, promised_to, delivered_at FROM shipments WHERE order_id = ? ORDER BY id');
  const orderOfConversation = db.prepare<[number], { order_id: number | null; customer_id: number | null }>(
    'SELECT order_id, customer_id FROM conversations WHERE id = ?',
  );
  const othersStmt = db.prepare<[number, number], ConversationRow>(
    `${CONVERSATION_SELECT} WHERE c.customer_id = ? AND c.id <> ? ORDER BY c.last_message_at DESC LIMIT 25`,
  );

  function summary(id: number) {
    const row = summaryStmt.get(id);
    if (!row) throw notFound('Conversation', id);
    return toConversationSummary(row);
  }

  function customer(id: number | null): Customer | null {
    if (id === null) return null;
    const row = customerStmt.get(id);
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      country: row.country,
      language: row.language,
      isVip: row.is_vip === 1,
      lifetimeValueMinor: row.lifetime_value_minor,
      currency: row.currency,
      identities: identitiesStmt.all(id).map((i) => ({
        channel: i.channel,
        accountId: i.account_id,
        handle: i.handle,
        displayName: i.display_name,
      })),
    };
  }

  function orders(orderId: number | null, customerId: number | null): Order[] {
    return ordersStmt.all({ orderId, customerId }).map((o) => ({
      id: o.id,
      accountId: o.account_id,
      channel: o.channel,
      externalId: o.external_id,
      marketplace: o.marketplace,
      customerId: o.customer_id,
      placedAt: o.placed_at,
      status: o.status,
      currency: o.currency,
      totalMinor: o.total_minor,
      items: itemsStmt.all(o.id).map((i) => ({ sku: i.sku, title: i.title, quantity: i.quantity, unitPriceMinor: i.unit_price_minor })),
      shipments: shipmentsStmt.all(o.id).map((s) => ({
        carrier: s.carrier,
        trackingNumber: s.tracking_number,
        status: s.status,
        shippedAt: s.shipped_at,
        promisedFrom: s.promised_from,
        promisedTo: s.promised_to,
        deliveredAt: s.delivered_at,
      })),
    }));
  }

  return {
    summary,
    message(id) {
      const row = messageStmt.get(id);
      if (!row) throw notFound('Message', id);
      return toMessage(row);
    },
    detail(id) {
      const conversation = summary(id);
      const links = orderOfConversation.get(id)!;
      const customerOrders = orders(links.order_id, links.customer_id);
      return {
        conversation,
        messages: messagesStmt.all(id).map(toMessage),
        customer: customer(links.customer_id),
        orders: customerOrders,
        otherConversations: links.customer_id === null ? [] : othersStmt.all(links.customer_id, id).map(toConversationSummary),
        timeline: links.customer_id === null ? [] : timeline(links.customer_id, customerOrders),
      };
    },
  };
}
