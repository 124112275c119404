// The Amazon connector against a local SP-API + LWA server speaking the documented wire format.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AmazonConnector, type AmazonConnectorConfig } from '../../../../src-main/connectors/amazon/amazon-connector';
import { ConnectorError, type OutgoingReply, type SyncCursor } from '../../../../src-main/sync/connector';
import { SP_CLIENT, SpApiTestServer } from '../../../servers/sp-api/sp-api-server';

const T0 = Date.parse('2026-11-20T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const ORDERS = /^\/orders\/2026-01-01\/orders$/;

let server: SpApiTestServer;
let clock: { t: number };

function connector(overrides: Partial<AmazonConnectorConfig> = {}): AmazonConnector {
  return new AmazonConnector({
    accountId: 7,
    marketplaceId: 'A1PA6795UKMFR9',
    credentials: { ...SP_CLIENT },
    endpoint: server.baseUrl,
    tokenUrl: `${server.baseUrl}/auth/o2/token`,
    initialLookbackDays: 30,
    now: () => clock.t,
    ...overrides,
  });
}

function seedHistory(count: number): void {
  for (let i = 0; i < count; i++) {
    const t = T0 - 20 * 86_400_000 + i * 60_000;
    server.addOrder({ orderId: `302-${String(1000000 + i)}-${String(7000000 + i)}`, createdTime: iso(t), lastUpdatedTime: iso(t + 1000) });
  }
}

async function drain(c: AmazonConnector, cursor: SyncCursor | null) {
  const orders = [];
  const unparsable = [];
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

function reply(overrides: Partial<OutgoingReply> = {}): OutgoingReply {
  return {
    outboxId: 1,
    accountId: 7,
    idempotencyKey: 'key-1',
    conversationExternalId: '',
    inReplyToExternalId: null,
    orderExternalId: '302-1000000-7000000',
    to: { handle: 'x@marketplace.amazon.de', name: 'Anna', email: null },
    subject: '',
    bodyText: 'Your parcel will arrive on Friday between 9 and 12.',
    attachments: [],
    messageType: 'confirmDeliveryDetails',
    ...overrides,
  };
}

beforeEach(async () => {
  clock = { t: T0 };
  server = new SpApiTestServer(() => clock.t);
  await server.start();
});
afterEach(async () => server.stop());

describe('Amazon orders', () => {
  it('first sync walks every page of the history with paginationToken and one LWA token', async () => {
    seedHistory(250);
    const { orders, pulls, cursor } = await drain(connector({ pageSize: 100 }), null);
    expect(pulls).toBe(3);
    expect(new Set(orders.map((o) => o.externalId)).size).toBe(250);
    expect(cursor).toEqual({ since: iso(T0 - 125_000) });
    const calls = server.requestsTo(ORDERS);
    expect(calls).toHaveLength(3);
    expect(calls[0]!.query.get('paginationToken')).toBeNull();
    expect(calls[1]!.query.get('paginationToken')).toBeTruthy();
    // Every page repeats the same window and marketplace, as the API requires.
    for (const r of calls) {
      expect(r.query.get('lastUpdatedAfter')).toBe(iso(T0 - 30 * 86_400_000));
      expect(r.query.get('lastUpdatedBefore')).toBe(iso(T0 - 125_000));
      expect(r.query.get('marketplaceIds')).toBe('A1PA6795UKMFR9');
      expect(r.headers['x-amz-access-token']).toMatch(/^Atza\|/);
    }
    expect(server.tokens.issued).toBe(1);
  });

  it('a pass interrupted for more than a day, or whose page token Amazon forgot, starts again instead of sticking', async () => {
    seedHistory(150);
    const c = connector({ pageSize: 100 });
    const first = await c.pull(null);
    expect(first.more).toBe(true);
    // The engine was offline for 25 hours: the stored token has expired; the pass restarts with a new window.
    clock.t += 25 * 3_600_000;
    const restarted = await drain(c, first.cursor);
    expect(restarted.orders).toHaveLength(150);
    expect(server.requestsTo(ORDERS).filter((r) => r.status === 400)).toHaveLength(0);

    const again = await c.pull({ since: iso(T0 - 30 * 86_400_000) });
    server.expirePageTokens();
    const recovered = await drain(c, again.cursor);
    expect(recovered.orders).toHaveLength(150);
    expect(server.requestsTo(ORDERS).filter((r) => r.status === 400)).toHaveLength(1);
  });

  it('maps items, minor units (JPY without decimals), status, packages and promised dates', async () => {
    server.addOrder({
      orderId: '503-1111111-2222222',
      marketplaceId: 'A1VC38T7YXB528',
      createdTime: iso(T0 - 86_400_000),
      lastUpdatedTime: iso(T0 - 3_600_000),
      currency: 'JPY',
      fulfillmentStatus: 'SHIPPED',
      buyerEmail: 'ABC123@marketplace.amazon.co.jp',
      items: [{ sku: 'MUG-2', title: 'Mug', quantity: 2, unitPrice: '1980' }],
      packages: [{ carrier: 'Yamato', trackingNumber: '1234-5678-9012', shipTime: iso(T0 - 80_000_000), status: 'DELIVERED' }],
      deliverBy: { earliest: iso(T0 - 10_000_000), latest: iso(T0 - 5_000_000) },
    });
    server.addOrder({ orderId: '302-3333333-4444444', marketplaceId: 'A1VC38T7YXB528', currency: 'EUR', createdTime: iso(T0 - 86_400_000), lastUpdatedTime: iso(T0 - 3_500_000), items: [{ sku: 'C', title: 'Case', quantity: 3, unitPrice: '12.99' }] });
    const c = connector({ marketplaceId: 'A1VC38T7YXB528' });
    const { orders } = await drain(c, null);
    const jp = orders.find((o) => o.externalId === '503-1111111-2222222')!;
    expect(jp).toMatchObject({
      accountId: 7,
      marketplace: 'amazon.co.jp',
      currency: 'JPY',
      totalMinor: 3960,
      status: 'delivered',
      items: [{ sku: 'MUG-2', title: 'Mug', quantity: 2, unitPriceMinor: 1980 }],
      customer: { channel: 'amazon', handle: 'abc123@marketplace.amazon.co.jp', email: null },
    });
    expect(jp.shipments).toEqual([
      { carrier: 'Yamato', trackingNumber: '1234-5678-9012', status: 'delivered', shippedAt: T0 - 80_000_000, promisedFrom: T0 - 10_000_000, promisedTo: T0 - 5_000_000, deliveredAt: null },
    ]);
    const eu = orders.find((o) => o.externalId === '302-3333333-4444444')!;
    expect(eu).toMatchObject({ currency: 'EUR', totalMinor: 3897, status: 'unshipped', items: [{ unitPriceMinor: 1299, quantity: 3 }] });
  });

  it('an incremental pull fetches only orders updated after the last window', async () => {
    seedHistory(30);
    const c = connector();
    const first = await drain(c, null);
    expect(first.orders).toHaveLength(30);
    clock.t = T0 + 3_600_000;
    server.addOrder({ orderId: '302-9000000-0000001', createdTime: iso(T0 + 600_000), lastUpdatedTime: iso(T0 + 600_000) });
    server.addOrder({ orderId: '302-9000000-0000002', createdTime: iso(T0 + 700_000), lastUpdatedTime: iso(T0 + 700_000) });
    // An old order that changed (shipped) comes again with its new state.
    const old = server.orders[0]! as { lastUpdatedTime: string; fulfillment: { fulfillmentStatus: string } };
    old.lastUpdatedTime = iso(T0 + 800_000);
    old.fulfillment.fulfillmentStatus = 'SHIPPED';
    const second = await drain(c, first.cursor);
    expect(second.orders.map((o) => o.externalId).sort()).toEqual(['302-1000000-7000000', '302-9000000-0000001', '302-9000000-0000002']);
    expect(second.orders.find((o) => o.externalId === '302-1000000-7000000')!.status).toBe('shipped');
    expect(server.requestsTo(ORDERS).at(-1)!.query.get('lastUpdatedAfter')).toBe(iso(T0 - 125_000));
  });

  it('an expired access token (403 from SP-API) is refreshed once and the call repeated', async () => {
    seedHistory(5);
    const c = connector();
    await c.pull(null);
    server.tokens.expireAll();
    const r = await c.pull(null);
    expect(r.orders).toHaveLength(5);
    expect(server.tokens.issued).toBe(2);
    const statuses = server.requests.map((q) => `${q.method} ${q.path} ${q.status}`);
    expect(statuses.slice(-3)).toEqual(['GET /orders/2026-01-01/orders 403', 'POST /auth/o2/token 200', 'GET /orders/2026-01-01/orders 200']);
  });

  it('a refresh token Amazon no longer accepts is an auth error naming invalid_grant', async () => {
    const c = connector({ credentials: { ...SP_CLIENT, refreshToken: 'Atzr|revoked' } });
    const err = await c.pull(null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ kind: 'auth', options: { platformCode: 'invalid_grant' } });
    expect(server.requestsTo(ORDERS)).toHaveLength(0);
  });

  it('a 429 without a delay header waits for the rate learnt from x-amzn-RateLimit-Limit, then retries', async () => {
    seedHistory(3);
    server.rateLimitHeader = '2';
    // Configured at 0.5/s (a 2 s wait, over the 1.5 s inline limit): only the learnt 2/s lets it wait inline.
    const c = connector({ rateLimits: { searchOrders: { rate: 0.5, burst: 1 } }, maxInlineWaitMs: 1500 });
    await c.test();
    server.injectFault(ORDERS, { kind: 'throttle' });
    const r = await c.pull(null);
    expect(r.orders).toHaveLength(3);
    const [, throttled, retried] = server.requestsTo(ORDERS);
    expect(throttled!.status).toBe(429);
    expect(retried!.status).toBe(200);
    // 2 requests per second: the next call may come 500 ms after the refused one, not earlier.
    expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(495);
  });

  it('a 429 with Retry-After is honoured to the second', async () => {
    seedHistory(3);
    server.injectFault(ORDERS, { kind: 'throttle', retryAfterSeconds: 1 });
    const r = await connector().pull(null);
    expect(r.orders).toHaveLength(3);
    const [throttled, retried] = server.requestsTo(ORDERS);
    expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(995);
  });

  it('a long quota wait goes back to the engine as rate_limited with retryAfterMs, cursor untouched', async () => {
    seedHistory(3);
    server.injectFault(ORDERS, { kind: 'throttle' });
    const err = (await connector().pull(null).catch((e: unknown) => e)) as ConnectorError;
    expect(err.kind).toBe('rate_limited');
    // Documented searchOrders rate: 0.0056 per second, i.e. about one call every 179 s.
    expect(err.options.retryAfterMs).toBeGreaterThan(170_000);
    expect(server.requestsTo(ORDERS)).toHaveLength(1);
  });

  it('5xx is transient; a malformed body is a clear error and the same cursor then gets everything', async () => {
    seedHistory(4);
    const c = connector();
    server.injectFault(ORDERS, { kind: 'server-error', status: 503 });
    await expect(c.pull(null)).rejects.toMatchObject({ kind: 'transient', message: expect.stringContaining('HTTP 503') });
    server.injectFault(ORDERS, { kind: 'malformed' });
    const err = (await c.pull(null).catch((e: unknown) => e)) as ConnectorError;
    expect(err).toMatchObject({ kind: 'transient', options: { platformCode: 'malformed_body' } });
    expect(err.message).toMatch(/not valid JSON/);
    const r = await c.pull(null);
    expect(r.orders).toHaveLength(4);
  });

  it('one unreadable order in a page is kept as unparsable with its raw JSON; the rest is stored', async () => {
    seedHistory(3);
    server.orders.splice(1, 0, { orderId: '302-5555555-5555555', createdTime: iso(T0 - 86_400_000), lastUpdatedTime: iso(T0 - 86_000_000), salesChannel: { channelName: 'AMAZON' }, orderItems: 'oops' });
    const r = await connector().pull(null);
    expect(r.orders).toHaveLength(3);
    expect(r.unparsable).toHaveLength(1);
    expect(r.unparsable[0]).toMatchObject({ accountId: 7, externalId: 'order:302-5555555-5555555', reason: expect.stringContaining('orderItems') });
    expect(JSON.parse(r.unparsable[0]!.raw)).toMatchObject({ orderItems: 'oops' });
  });

  it('a record without a readable id gets the same id each time it is synced', async () => {
    server.orders.push({ createdTime: iso(T0 - 86_400_000), lastUpdatedTime: iso(T0 - 86_000_000), orderItems: [] });
    const first = await connector().pull(null);
    const again = await connector().pull(null);
    expect(first.unparsable).toHaveLength(1);
    expect(first.unparsable[0]!.externalId).toMatch(/^order:unreadable:[0-9a-f]{20}$/);
    expect(again.unparsable[0]!.externalId).toBe(first.unparsable[0]!.externalId);
  });
});

describe('Amazon single order', () => {
  it('getOrder fetches one order by id; an unknown id is null, not an error', async () => {
    seedHistory(2);
    const c = connector();
    const o = await c.fetchOrder('302-1000001-7000001');
    expect(o).toMatchObject({ externalId: '302-1000001-7000001', marketplace: 'amazon.de', currency: 'EUR', totalMinor: 1299 });
    expect(await c.fetchOrder('302-0000000-0000000')).toBeNull();
    expect(server.requestsTo(/^\/orders\/2026-01-01\/orders\/302-1000001-7000001$/)[0]!.query.get('includedData')).toContain('PACKAGES');
  });
});

describe('Amazon messaging', () => {
  beforeEach(() => seedHistory(1));

  it('lists the message kinds an order allows (getMessagingActionsForOrder)', async () => {
    const actions = await connector().listMessagingActions('302-1000000-7000000');
    expect(actions.map((a) => a.name)).toEqual(['confirmOrderDetails', 'confirmDeliveryDetails', 'unexpectedProblem', 'legalDisclosure', 'warranty']);
    expect(actions.find((a) => a.name === 'legalDisclosure')!.textOnly).toBe(false);
    const req = server.requestsTo(/^\/messaging\//)[0]!;
    expect(req.query.get('marketplaceIds')).toBe('A1PA6795UKMFR9');
    expect(req.headers.accept).toBe('application/hal+json');
  });

  it('reads the buyer locale (GetAttributes) to write in the buyer’s language', async () => {
    server.buyerLocales.set('302-1000000-7000000', 'fr-FR');
    expect(await connector().buyerLocale('302-1000000-7000000')).toBe('fr-FR');
  });

  it('sends an allowed kind once; a retry after success is refused without a second message', async () => {
    const c = connector();
    const receipt = await c.send(reply());
    expect(receipt.externalId).toBe('amazon-msg:302-1000000-7000000:confirmDeliveryDetails:key-1');
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]).toMatchObject({ type: 'confirmDeliveryDetails', body: { text: reply().bodyText } });
    await expect(c.send(reply())).rejects.toMatchObject({ kind: 'permanent', options: { platformCode: 'action_not_allowed' } });
    expect(server.sent).toHaveLength(1);
  });

  it('refuses clearly, without calling Amazon, what Amazon would refuse', async () => {
    const c = connector();
    await expect(c.send(reply({ messageType: null }))).rejects.toMatchObject({ kind: 'permanent', message: expect.stringContaining('email relay') });
    await expect(c.send(reply({ bodyText: 'write me at me@example.com' }))).rejects.toMatchObject({ kind: 'permanent', message: expect.stringContaining('email addresses') });
    await expect(c.send(reply({ bodyText: 'x'.repeat(2001) }))).rejects.toMatchObject({ kind: 'permanent', message: expect.stringContaining('2000') });
    expect(server.requestsTo(/^\/messaging\//)).toHaveLength(0);
    await expect(c.send(reply({ messageType: 'warranty' }))).rejects.toMatchObject({ kind: 'permanent', options: { platformCode: 'needs_upload' } });
    expect(server.sent).toHaveLength(0);
  });
});
