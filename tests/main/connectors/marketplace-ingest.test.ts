// What the marketplace connectors pull is accepted by the real ingest pipeline on a real SQLite cache:
// eBay conversations become threads, Amazon and Shopify orders meet the buyers who write by email.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AmazonConnector } from '../../../src-main/connectors/amazon/amazon-connector';
import { EbayConnector } from '../../../src-main/connectors/ebay/ebay-connector';
import { ShopifyConnector } from '../../../src-main/connectors/shopify/shopify-connector';
import { openDatabase, type Db } from '../../../src-main/db/open-database';
import { createIngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import type { Connector, SyncCursor } from '../../../src-main/sync/connector';
import { addAccount, message } from '../helpers/fixtures';
import { EBAY_CLIENT, EbayTestServer, SELLER, ebayOrder } from '../../servers/ebay/ebay-server';
import { SHOPIFY_TOKEN, SHOPIFY_VERSION, ShopifyTestServer, shopifyOrder } from '../../servers/shopify/shopify-server';
import { SP_CLIENT, SpApiTestServer } from '../../servers/sp-api/sp-api-server';

const T0 = Date.parse('2026-11-20T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const now = () => T0;
let db: Db;
const stops: (() => Promise<void>)[] = [];

async function syncAll(c: Connector): Promise<void> {
  const ingest = createIngestPipeline(db, now);
  let cursor: SyncCursor | null = null;
  for (;;) {
    const r = await c.pull(cursor);
    ingest.ingestOrders(r.orders);
    ingest.ingestMessages(r.messages);
    cursor = r.cursor;
    if (!r.more) return;
  }
}

const all = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];

beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(async () => {
  while (stops.length) await stops.pop()!();
  db.close();
});

describe('marketplace data in the cache', () => {
  it('eBay conversations become threads with both directions, orders with items and tracking', async () => {
    const server = new EbayTestServer(now);
    await server.start();
    stops.push(() => server.stop());
    server.addConversation({
      conversationId: 'c1',
      conversationTitle: 'Where is my lamp?',
      createdDate: iso(T0 - 86_400_000),
      messages: [
        { messageId: 'q', createdDate: iso(T0 - 86_400_000), messageBody: 'Where is my lamp?', senderUsername: 'bob_b', recipientUsername: SELLER, readStatus: true },
        { messageId: 'a', createdDate: iso(T0 - 80_000_000), messageBody: 'It ships today.', senderUsername: SELLER, recipientUsername: 'bob_b', readStatus: false },
      ],
    });
    server.orders.push(ebayOrder({ orderId: '12-345', creationDate: iso(T0 - 2 * 86_400_000), lastModifiedDate: iso(T0 - 86_400_000), buyer: 'bob_b', status: 'FULFILLED' }));
    server.fulfillments.set('12-345', [{ fulfillmentId: 'f', shipmentTrackingNumber: '1Z999', shippingCarrierCode: 'UPS', shippedDate: iso(T0 - 86_000_000) }]);
    addAccount(db, 3, 'ebay', 'ebay.com');
    await syncAll(new EbayConnector({ accountId: 3, sellerUsername: SELLER, credentials: { ...EBAY_CLIENT }, apiBaseUrl: server.baseUrl, now }));

    expect(all('SELECT subject, message_count FROM conversations')).toEqual([{ subject: 'Where is my lamp?', message_count: 2 }]);
    expect(all('SELECT direction FROM messages ORDER BY sent_at')).toEqual([{ direction: 'inbound' }, { direction: 'outbound' }]);
    expect(all('SELECT external_id, status, total_minor FROM orders')).toEqual([{ external_id: '12-345', status: 'shipped', total_minor: 2450 }]);
    expect(all('SELECT carrier, tracking_number FROM shipments')).toEqual([{ carrier: 'UPS', tracking_number: '1Z999' }]);
    // The buyer of the order and the writer of the thread are one customer.
    expect(all('SELECT count(DISTINCT customer_id) AS n FROM (SELECT customer_id FROM orders UNION ALL SELECT customer_id FROM conversations)')).toEqual([{ n: 1 }]);
  });

  it('a Shopify order and an email from the same address are one customer; the email thread finds the order', async () => {
    const server = new ShopifyTestServer();
    await server.start();
    stops.push(() => server.stop());
    server.orders.push(shopifyOrder(7, iso(T0 - 86_400_000), { customer: { id: 'gid://shopify/Customer/9', displayName: 'Mia Chen', locale: 'en', defaultEmailAddress: { emailAddress: 'mia@example.com' } } }));
    addAccount(db, 5, 'shopify', null);
    addAccount(db, 6, 'email', null);
    await syncAll(new ShopifyConnector({ accountId: 5, shop: 'acme', accessToken: SHOPIFY_TOKEN, endpoint: `${server.baseUrl}/admin/api/${SHOPIFY_VERSION}/graphql.json`, now }));
    createIngestPipeline(db, now).ingestMessages([
      message({ accountId: 6, externalId: '<m1@example.com>', conversationExternalId: '<m1@example.com>', orderExternalId: '#1007', customer: { channel: 'email', handle: 'mia@example.com', name: 'Mia', email: 'mia@example.com' } }),
    ]);
    expect(all('SELECT count(*) AS n FROM customers')).toEqual([{ n: 1 }]);
    expect(all('SELECT channel, handle FROM customer_identities ORDER BY channel')).toEqual([
      { channel: 'email', handle: 'mia@example.com' },
      { channel: 'shopify', handle: 'gid://shopify/Customer/9' },
    ]);
    expect(all('SELECT o.external_id FROM conversations c JOIN orders o ON o.id = c.order_id')).toEqual([{ external_id: '#1007' }]);
  });

  it('an Amazon order meets the relay mails of its buyer by the relay address', async () => {
    let clock = T0;
    const server = new SpApiTestServer(() => clock);
    await server.start();
    stops.push(() => server.stop());
    server.addOrder({ orderId: '302-1234567-7654321', createdTime: iso(T0 - 86_400_000), lastUpdatedTime: iso(T0 - 86_000_000), buyerEmail: 'x7k2@marketplace.amazon.de' });
    addAccount(db, 1, 'amazon', 'amazon.de');
    await syncAll(new AmazonConnector({ accountId: 1, marketplaceId: 'A1PA6795UKMFR9', credentials: { ...SP_CLIENT }, endpoint: server.baseUrl, tokenUrl: `${server.baseUrl}/auth/o2/token`, now: () => clock }));
    clock += 1;
    createIngestPipeline(db, now).ingestMessages([
      message({ accountId: 1, orderExternalId: '302-1234567-7654321', customer: { channel: 'amazon', handle: 'x7k2@marketplace.amazon.de', name: 'Anna' } }),
    ]);
    expect(all('SELECT count(*) AS n FROM customers')).toEqual([{ n: 1 }]);
    expect(all('SELECT o.marketplace FROM conversations c JOIN orders o ON o.id = c.order_id')).toEqual([{ marketplace: 'amazon.de' }]);
  });
});
