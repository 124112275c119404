import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { createIngestPipeline, type IngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { addAccount, message, order } from '../helpers/fixtures';

let db: Db;
let ingest: IngestPipeline;
const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

beforeEach(() => {
  db = openDatabase(':memory:');
  addAccount(db, 1);
  addAccount(db, 2, 'email', null);
  ingest = createIngestPipeline(db, () => 42);
});

describe('ingest pipeline', () => {
  it('stores a message once however often it is synced', () => {
    const batch = [message({ externalId: 'x1', conversationExternalId: 't1' }), message({ externalId: 'x2', conversationExternalId: 't1' })];
    expect(ingest.ingestMessages(batch)).toMatchObject({ inserted: 2, updated: 0, unchanged: 0 });
    expect(ingest.ingestMessages(batch)).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect(count('SELECT count(*) AS n FROM messages')).toBe(2);
    expect(count('SELECT count(*) AS n FROM conversations')).toBe(1);
    expect(db.prepare('SELECT message_count AS n FROM conversations').get()).toEqual({ n: 2 });
    // The same platform id on another account is another message.
    ingest.ingestMessages([message({ accountId: 2, externalId: 'x1', customer: { channel: 'email', handle: 'a@example.de', name: 'A' } })]);
    expect(count('SELECT count(*) AS n FROM messages')).toBe(3);
  });

  it('updates an edited message in place and in the search index', () => {
    ingest.ingestMessages([message({ externalId: 'e1', conversationExternalId: 'te', bodyText: 'original wording' })]);
    const result = ingest.ingestMessages([message({ externalId: 'e1', conversationExternalId: 'te', bodyText: 'corrected wording' })]);
    expect(result).toMatchObject({ updated: 1, inserted: 0 });
    expect(db.prepare('SELECT message_count FROM conversations').all()).toEqual([{ message_count: 1 }]);
    expect(count("SELECT count(*) AS n FROM message_search WHERE message_search MATCH 'original'")).toBe(0);
    expect(count("SELECT count(*) AS n FROM message_search WHERE message_search MATCH 'corrected'")).toBe(1);
  });

  it('keeps the conversation summary in step: latest preview, unread, reopened by a new buyer message', () => {
    ingest.ingestMessages([message({ externalId: 'a', conversationExternalId: 't', sentAt: 1000, bodyText: 'first' })]);
    db.prepare("UPDATE conversations SET status = 'closed', unread = 0").run();
    // An older message arriving late changes neither the preview nor the status.
    ingest.ingestMessages([message({ externalId: 'old', conversationExternalId: 't', sentAt: 500, bodyText: 'older' })]);
    expect(db.prepare('SELECT preview, status, unread, last_message_at FROM conversations').get()).toEqual({
      preview: 'first',
      status: 'closed',
      unread: 0,
      last_message_at: 1000,
    });
    ingest.ingestMessages([message({ externalId: 'b', conversationExternalId: 't', sentAt: 2000, bodyText: 'any news?' })]);
    expect(db.prepare('SELECT preview, status, unread, message_count FROM conversations').get()).toEqual({
      preview: 'any news?',
      status: 'open',
      unread: 1,
      message_count: 3,
    });
  });

  it('joins one buyer across channels by email into one customer, and links the order', () => {
    ingest.ingestOrders([order({ customer: { channel: 'amazon', handle: 'relay@marketplace.amazon.de', name: 'Anna Schmidt', email: 'anna@example.de' } })]);
    ingest.ingestMessages([
      message({ orderExternalId: '302-1234567-7654321', customer: { channel: 'amazon', handle: 'relay@marketplace.amazon.de', name: 'Anna Schmidt' } }),
      message({ accountId: 2, customer: { channel: 'email', handle: 'anna@example.de', name: 'Anna S.', email: 'ANNA@example.de' } }),
    ]);
    expect(count('SELECT count(*) AS n FROM customers')).toBe(1);
    expect(count('SELECT count(*) AS n FROM customer_identities')).toBe(2);
    expect(count('SELECT count(*) AS n FROM conversations WHERE order_id IS NOT NULL')).toBe(1);
  });

  it('replaces an order\'s items and shipments when the order is synced again', () => {
    ingest.ingestOrders([order()]);
    ingest.ingestOrders([order({ status: 'delivered', shipments: [{ carrier: 'DHL', trackingNumber: 'T2', status: 'delivered', deliveredAt: 5 }] })]);
    expect(count('SELECT count(*) AS n FROM orders')).toBe(1);
    expect(db.prepare('SELECT tracking_number, status FROM shipments').all()).toEqual([{ tracking_number: 'T2', status: 'delivered' }]);
    expect(count('SELECT count(*) AS n FROM order_items')).toBe(1);
  });

  it('sanitises HTML bodies: no scripts, no handlers, remote images parked', () => {
    ingest.ingestMessages([
      message({
        externalId: 'html',
        bodyHtml: '<p onclick="steal()">Hi<script>alert(1)</script> <img src="https://track.example/p.gif"><a href="javascript:alert(1)">x</a></p>',
      }),
    ]);
    const { body_html } = db.prepare("SELECT body_html FROM messages WHERE external_id = 'html'").get() as { body_html: string };
    expect(body_html).not.toMatch(/script|onclick|javascript:/i);
    expect(body_html).toContain('data-remote-src="https://track.example/p.gif"');
    expect(body_html).not.toMatch(/ src="https:/);
  });

  it('does not leave an empty conversation when known messages arrive under a new thread id', () => {
    ingest.ingestMessages([message({ externalId: 'moved', conversationExternalId: 'old-thread' })]);
    ingest.ingestMessages([message({ externalId: 'moved', conversationExternalId: 'new-thread' })]);
    expect(db.prepare('SELECT external_id, message_count FROM conversations').all()).toEqual([{ external_id: 'old-thread', message_count: 1 }]);
  });

  it('rolls a failing batch back completely', () => {
    const good = message({ externalId: 'good' });
    const bad = message({ externalId: 'bad', accountId: 999 });
    expect(() => ingest.ingestMessages([good, bad])).toThrow(/FOREIGN KEY/);
    expect(count('SELECT count(*) AS n FROM messages')).toBe(0);
    expect(count('SELECT count(*) AS n FROM conversations')).toBe(0);
  });
});

describe('orders across accounts', () => {
  it('links an email about a Shopify order to that order, unless the id is ambiguous', () => {
    addAccount(db, 3, 'shopify', null);
    addAccount(db, 4, 'ebay', 'ebay.com');
    const buyer = { channel: 'email' as const, handle: 'buyer@example.com', name: 'Buyer', email: 'buyer@example.com' };
    ingest.ingestOrders([order({ accountId: 3, externalId: '#1042', customer: buyer })]);
    ingest.ingestMessages([message({ accountId: 2, conversationExternalId: 'mail-1', orderExternalId: '#1042', customer: buyer })]);
    expect(db.prepare("SELECT o.external_id FROM conversations c JOIN orders o ON o.id = c.order_id WHERE c.external_id = 'mail-1'").get()).toEqual({ external_id: '#1042' });

    ingest.ingestOrders([order({ accountId: 4, externalId: 'DUP-1', customer: buyer }), order({ accountId: 3, externalId: 'DUP-1', customer: buyer })]);
    ingest.ingestMessages([message({ accountId: 2, conversationExternalId: 'mail-2', orderExternalId: 'DUP-1', customer: buyer })]);
    expect(db.prepare("SELECT order_id FROM conversations WHERE external_id = 'mail-2'").get()).toEqual({ order_id: null });
  });
});
