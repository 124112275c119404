// Small hand-written fixtures for core tests: an account or two and messages in several scripts.
import type { Db } from '../../../src-main/db/open-database';
import type { IncomingMessage, IncomingOrder } from '../../../src-main/ingest/incoming';

export function addAccount(db: Db, id: number, channel: 'amazon' | 'ebay' | 'shopify' | 'email' = 'amazon', marketplace: string | null = 'amazon.de') {
  db.prepare('INSERT INTO accounts (id, channel, name, marketplace, created_at) VALUES (?, ?, ?, ?, 0)').run(id, channel, `${channel} ${id}`, marketplace);
}

let counter = 0;
export function message(overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  counter++;
  return {
    accountId: 1,
    externalId: `m-${counter}`,
    conversationExternalId: `c-${counter}`,
    subject: 'Question about my order',
    direction: 'inbound',
    authorKind: 'customer',
    authorName: 'Anna Schmidt',
    bodyText: 'Hallo, wo ist meine Bestellung?',
    language: 'de',
    sentAt: 1_700_000_000_000 + counter,
    customer: { channel: 'amazon', handle: 'abc@marketplace.amazon.de', name: 'Anna Schmidt' },
    ...overrides,
  };
}

export function order(overrides: Partial<IncomingOrder> = {}): IncomingOrder {
  return {
    accountId: 1,
    externalId: '302-1234567-7654321',
    marketplace: 'amazon.de',
    customer: { channel: 'amazon', handle: 'abc@marketplace.amazon.de', name: 'Anna Schmidt' },
    placedAt: 1_699_000_000_000,
    status: 'shipped',
    currency: 'EUR',
    totalMinor: 2598,
    items: [{ sku: 'CASE-1', title: 'Handyhülle', quantity: 2, unitPriceMinor: 1299 }],
    shipments: [{ carrier: 'DHL', trackingNumber: '00340434161234567890', status: 'in_transit', shippedAt: 1_699_100_000_000 }],
    ...overrides,
  };
}
