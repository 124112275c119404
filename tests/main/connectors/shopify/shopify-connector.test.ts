// The Shopify connector against a local Admin GraphQL server (graphql-js executing a subset of the Admin schema).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShopifyConnector, type ShopifyConnectorConfig } from '../../../../src-main/connectors/shopify/shopify-connector';
import type { IncomingOrder } from '../../../../src-main/ingest/incoming';
import { ConnectorError, type SyncCursor, type UnparsableItem } from '../../../../src-main/sync/connector';
import { SHOPIFY_TOKEN, SHOPIFY_VERSION, ShopifyTestServer, shopifyOrder } from '../../../servers/shopify/shopify-server';

const T0 = Date.parse('2026-11-20T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

let server: ShopifyTestServer;
let clock: { t: number };

function connector(overrides: Partial<ShopifyConnectorConfig> = {}): ShopifyConnector {
  return new ShopifyConnector({
    accountId: 5,
    shop: 'acme-test',
    accessToken: SHOPIFY_TOKEN,
    endpoint: `${server.baseUrl}/admin/api/${SHOPIFY_VERSION}/graphql.json`,
    pageSize: 50,
    now: () => clock.t,
    ...overrides,
  });
}

function seed(n: number, from = T0 - 10 * 86_400_000): void {
  for (let i = 0; i < n; i++) server.orders.push(shopifyOrder(i, iso(from + i * 60_000)));
}

async function drain(c: ShopifyConnector, cursor: SyncCursor | null) {
  const orders: IncomingOrder[] = [];
  const unparsable: UnparsableItem[] = [];
  let pulls = 0;
  for (;;) {
    const r = await c.pull(cursor);
    pulls++;
    orders.push(...r.orders);
    unparsable.push(...r.unparsable);
    cursor = r.cursor;
    if (!r.more) return { orders, unparsable, cursor, pulls };
  }
}

const graphqlCalls = () => server.requestsTo(/graphql\.json$/);
const throttledCalls = () => graphqlCalls().filter((r) => r.responseBody.includes('"THROTTLED"'));

beforeEach(async () => {
  clock = { t: T0 };
  server = new ShopifyTestServer();
  await server.start();
});
afterEach(async () => server.stop());

describe('Shopify orders', () => {
  it('first sync follows endCursor through every page; the query validates against the Admin schema', async () => {
    seed(120);
    const { orders, pulls, unparsable, cursor } = await drain(connector(), null);
    expect(unparsable).toEqual([]);
    expect(pulls).toBe(3);
    expect(new Set(orders.map((o) => o.externalId)).size).toBe(120);
    expect(cursor).toEqual({ since: iso(T0 - 60_000) });
    const calls = graphqlCalls();
    expect(calls.every((r) => r.headers['x-shopify-access-token'] === SHOPIFY_TOKEN)).toBe(true);
    const vars = calls.map((r) => JSON.parse(r.body).variables as { after: string | null; query: string });
    expect(vars[0]!.after).toBeNull();
    expect(vars[1]!.after).toBeTruthy();
    expect(vars[0]!.query).toBe(`updated_at:>='${iso(T0 - 30 * 86_400_000)}' AND updated_at:<'${iso(T0 - 60_000)}'`);
  });

  it('maps line items, money in minor units, fulfilment tracking and the customer email', async () => {
    server.orders.push(
      shopifyOrder(1, iso(T0 - 86_400_000), {
        currencyCode: 'JPY',
        totalPriceSet: { shopMoney: { amount: '3960.0', currencyCode: 'JPY' } },
        displayFulfillmentStatus: 'FULFILLED',
        lineItems: [{ id: 'gid://shopify/LineItem/1', sku: 'TEA', title: 'Tea', quantity: 2, originalUnitPriceSet: { shopMoney: { amount: '1980.0', currencyCode: 'JPY' } } }],
        customer: { id: 'gid://shopify/Customer/42', displayName: 'Yuki Tanaka', locale: 'ja', defaultEmailAddress: { emailAddress: 'Yuki@Example.jp' } },
        fulfillments: [
          {
            id: 'gid://shopify/Fulfillment/1',
            status: 'SUCCESS',
            displayStatus: 'IN_TRANSIT',
            createdAt: iso(T0 - 80_000_000),
            inTransitAt: iso(T0 - 70_000_000),
            estimatedDeliveryAt: iso(T0 + 86_400_000),
            trackingInfo: [
              { company: 'Japan Post', number: 'EJ123456789JP', url: 'https://trackings.post.japanpost.jp/?EJ123456789JP' },
              { company: 'Japan Post', number: 'EJ987654321JP', url: null },
            ],
          },
        ],
      }),
    );
    server.orders.push(shopifyOrder(2, iso(T0 - 86_000_000), { cancelledAt: iso(T0 - 86_000_000) }));
    const { orders } = await drain(connector(), null);
    const jp = orders.find((o) => o.externalId === '#1001')!;
    expect(jp).toMatchObject({
      accountId: 5,
      marketplace: 'acme-test.myshopify.com',
      currency: 'JPY',
      totalMinor: 3960,
      status: 'shipped',
      items: [{ sku: 'TEA', title: 'Tea', quantity: 2, unitPriceMinor: 1980 }],
      customer: { channel: 'shopify', handle: 'gid://shopify/Customer/42', name: 'Yuki Tanaka', email: 'yuki@example.jp', language: 'ja' },
    });
    expect(jp.shipments).toEqual([
      { carrier: 'Japan Post', trackingNumber: 'EJ123456789JP', status: 'in_transit', shippedAt: T0 - 70_000_000, promisedFrom: null, promisedTo: T0 + 86_400_000, deliveredAt: null },
      { carrier: 'Japan Post', trackingNumber: 'EJ987654321JP', status: 'in_transit', shippedAt: T0 - 70_000_000, promisedFrom: null, promisedTo: T0 + 86_400_000, deliveredAt: null },
    ]);
    expect(orders.find((o) => o.externalId === '#1002')).toMatchObject({ status: 'cancelled', currency: 'USD', totalMinor: 2500, items: [{ unitPriceMinor: 1250, quantity: 2 }] });
  });

  it('an incremental pull asks only for orders updated after the last window', async () => {
    seed(10);
    const c = connector();
    const first = await drain(c, null);
    clock.t = T0 + 3_600_000;
    server.orders.push(shopifyOrder(100, iso(T0 + 60_000)));
    server.orders[0]!.updatedAt = iso(T0 + 120_000);
    server.orders[0]!.displayFulfillmentStatus = 'FULFILLED';
    const second = await drain(c, first.cursor);
    expect(second.orders.map((o) => o.externalId).sort()).toEqual(['#1000', '#1100']);
    expect(second.orders.find((o) => o.externalId === '#1000')!.status).toBe('shipped');
  });

  it('paces itself by the cost bucket (no THROTTLED answers) and waits out a THROTTLED one for restoreRate', async () => {
    seed(200);
    // Bucket for two pages (152 points each), refilling at 200 points/s.
    server.setBucket(400, 200);
    const c = connector();
    const { orders } = await drain(c, null);
    expect(orders).toHaveLength(200);
    expect(throttledCalls()).toHaveLength(0);

    clock.t = T0 + 3_600_000;
    server.orders.push(shopifyOrder(500, iso(T0 + 60_000)));
    server.setBucket(400, 200);
    server.injectFault(/graphql\.json$/, { kind: 'throttle' });
    const r = await c.pull({ since: iso(T0 - 60_000) });
    expect(r.orders.map((o) => o.externalId)).toEqual(['#1500']);
    const [throttled] = throttledCalls();
    const retried = graphqlCalls().at(-1)!;
    const status = JSON.parse(throttled!.responseBody).extensions.cost;
    const available = status.throttleStatus.currentlyAvailable as number;
    expect(available).toBeLessThan(10);
    // The missing points refill at 200 points/s (about 760 ms for 152): no retry before that.
    expect(retried.at - throttled!.at).toBeGreaterThanOrEqual(((status.requestedQueryCost - available) / 200) * 1000 - 5);
    expect(retried.responseBody).not.toContain('THROTTLED');
  });

  it('a plain HTTP 429 waits for its Retry-After before the retry', async () => {
    seed(2);
    server.injectFault(/graphql\.json$/, { kind: 'throttle', retryAfterSeconds: 1 });
    expect((await connector().pull(null)).orders).toHaveLength(2);
    const [throttled, retried] = graphqlCalls();
    expect(throttled!.status).toBe(429);
    expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(995);
    server.injectFault(/graphql\.json$/, { kind: 'throttle', retryAfterSeconds: 30 });
    await expect(connector().pull(null)).rejects.toMatchObject({ kind: 'rate_limited', options: { retryAfterMs: 30_000 } });
  });

  it('a cost wait longer than the inline limit goes back to the engine as rate_limited', async () => {
    seed(5);
    server.setBucket(200, 10);
    server.injectFault(/graphql\.json$/, { kind: 'throttle' });
    const err = (await connector().pull(null).catch((e: unknown) => e)) as ConnectorError;
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err.kind).toBe('rate_limited');
    expect(err.options.retryAfterMs).toBeGreaterThan(10_000);
  });

  it('a rejected token is an auth error (Shopify tokens are not refreshable)', async () => {
    seed(1);
    server.tokensExpired = true;
    await expect(connector().pull(null)).rejects.toMatchObject({ kind: 'auth', message: expect.stringContaining('reconnect the store') });
  });

  it('5xx is transient; a malformed body is a clear error and the same cursor then gets everything', async () => {
    seed(3);
    const c = connector();
    server.injectFault(/graphql\.json$/, { kind: 'server-error', status: 502 });
    await expect(c.pull(null)).rejects.toMatchObject({ kind: 'transient', message: expect.stringContaining('502') });
    server.injectFault(/graphql\.json$/, { kind: 'malformed' });
    await expect(c.pull(null)).rejects.toMatchObject({ kind: 'transient', options: { platformCode: 'malformed_body' }, message: expect.stringContaining('not valid JSON') });
    expect((await c.pull(null)).orders).toHaveLength(3);
  });

  it('one unreadable order in a page is kept as unparsable with its raw JSON', async () => {
    seed(3);
    server.orders.push(shopifyOrder(9, iso(T0 - 5 * 86_400_000), { totalPriceSet: { shopMoney: { amount: 'twelve', currencyCode: 'USD' } } }));
    const r = await connector().pull(null);
    expect(r.orders).toHaveLength(3);
    expect(r.unparsable).toHaveLength(1);
    expect(r.unparsable[0]).toMatchObject({ accountId: 5, externalId: 'order:#1009', reason: expect.stringContaining('twelve') });
    expect(JSON.parse(r.unparsable[0]!.raw)).toMatchObject({ name: '#1009' });
  });

  it('send() refuses for good: Shopify buyers are answered by email', async () => {
    await expect(connector().send()).rejects.toMatchObject({ kind: 'permanent', options: { platformCode: 'no_messaging_api' }, message: expect.stringContaining('email') });
  });
});
