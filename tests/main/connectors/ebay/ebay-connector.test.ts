// The eBay connector against a local server speaking the Commerce Message, Sell Fulfillment and OAuth wire formats.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EbayConnector, type EbayConnectorConfig } from '../../../../src-main/connectors/ebay/ebay-connector';
import type { IncomingMessage, IncomingOrder } from '../../../../src-main/ingest/incoming';
import { ConnectorError, type OutgoingReply, type SyncCursor, type UnparsableItem } from '../../../../src-main/sync/connector';
import { EBAY_CLIENT, EbayTestServer, SELLER, ebayOrder } from '../../../servers/ebay/ebay-server';

const T0 = Date.parse('2026-11-20T12:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const CONVERSATIONS = /^\/commerce\/message\/v1\/conversation$/;
const ORDERS = /^\/sell\/fulfillment\/v1\/order$/;

let server: EbayTestServer;
let clock: { t: number };

function connector(overrides: Partial<EbayConnectorConfig> = {}): EbayConnector {
  return new EbayConnector({
    accountId: 3,
    sellerUsername: SELLER,
    credentials: { ...EBAY_CLIENT },
    apiBaseUrl: server.baseUrl,
    conversationPageSize: 10,
    orderPageSize: 20,
    now: () => clock.t,
    ...overrides,
  });
}

/** `n` conversations, each a buyer question and the seller's answer, spread over the last 10 days. */
function seedConversations(n: number, startMs = T0 - 10 * 86_400_000): void {
  for (let i = 0; i < n; i++) {
    const t = startMs + i * 600_000;
    const buyer = `buyer_${i}`;
    server.addConversation({
      conversationId: `c${i}`,
      conversationTitle: `About item #${i}`,
      createdDate: iso(t),
      messages: [
        { messageId: `m${i}a`, createdDate: iso(t), messageBody: `Is item ${i} still available?`, senderUsername: buyer, recipientUsername: SELLER, readStatus: true },
        { messageId: `m${i}b`, createdDate: iso(t + 60_000), messageBody: `Yes, item ${i} ships today.`, senderUsername: SELLER, recipientUsername: buyer, readStatus: false },
      ],
    });
  }
}

function seedOrders(n: number): void {
  for (let i = 0; i < n; i++) {
    const t = T0 - 9 * 86_400_000 + i * 60_000;
    server.orders.push(ebayOrder({ orderId: `12-0${String(1000 + i)}-5555${i}`, creationDate: iso(t), lastModifiedDate: iso(t + 1000), buyer: `buyer_${i}` }));
  }
}

async function drain(c: EbayConnector, cursor: SyncCursor | null) {
  const messages: IncomingMessage[] = [];
  const orders: IncomingOrder[] = [];
  const unparsable: UnparsableItem[] = [];
  let pulls = 0;
  for (;;) {
    const r = await c.pull(cursor);
    pulls++;
    messages.push(...r.messages);
    orders.push(...r.orders);
    unparsable.push(...r.unparsable);
    cursor = r.cursor;
    if (!r.more) return { messages, orders, unparsable, cursor, pulls };
  }
}

function reply(overrides: Partial<OutgoingReply> = {}): OutgoingReply {
  return {
    outboxId: 9,
    accountId: 3,
    idempotencyKey: 'k-9',
    conversationExternalId: 'c0',
    inReplyToExternalId: 'm0a',
    orderExternalId: null,
    to: { handle: 'buyer_0', name: 'buyer_0', email: null },
    subject: '',
    bodyText: 'Thanks for waiting: your parcel left this morning.',
    attachments: [],
    ...overrides,
  };
}

beforeEach(async () => {
  clock = { t: T0 };
  server = new EbayTestServer(() => clock.t);
  await server.start();
});
afterEach(async () => server.stop());

describe('eBay pull', () => {
  it('first sync pages through conversations and orders and maps them into threads and orders', async () => {
    seedConversations(25);
    seedOrders(45);
    server.orders.push(
      ebayOrder({
        orderId: '27-99999-00001',
        creationDate: iso(T0 - 3 * 86_400_000),
        lastModifiedDate: iso(T0 - 2 * 86_400_000),
        buyer: 'tanaka_jp',
        email: 'tanaka@example.jp',
        currency: 'JPY',
        status: 'FULFILLED',
        marketplaceId: 'EBAY_GB',
        items: [{ sku: 'TEA', title: 'Tea set', quantity: 2, lineItemCost: '3960' }],
        estimatedDelivery: { min: iso(T0 - 86_400_000), max: iso(T0) },
      }),
    );
    server.fulfillments.set('27-99999-00001', [{ fulfillmentId: 'F1', shipmentTrackingNumber: 'RR123456789GB', shippingCarrierCode: 'ROYAL_MAIL', shippedDate: iso(T0 - 2 * 86_400_000), lineItems: [] }]);

    const { messages, orders, pulls, unparsable } = await drain(connector(), null);
    expect(unparsable).toEqual([]);
    expect(pulls).toBe(3);
    expect(messages).toHaveLength(50);
    expect(new Set(messages.map((m) => m.conversationExternalId)).size).toBe(25);
    expect(orders).toHaveLength(46);

    const q = messages.find((m) => m.externalId === 'm3a')!;
    const a = messages.find((m) => m.externalId === 'm3b')!;
    expect(q).toMatchObject({ accountId: 3, conversationExternalId: 'c3', direction: 'inbound', authorKind: 'customer', subject: 'About item #3', customer: { channel: 'ebay', handle: 'buyer_3' } });
    expect(a).toMatchObject({ conversationExternalId: 'c3', direction: 'outbound', authorKind: 'agent', authorName: SELLER, customer: { handle: 'buyer_3' } });

    const jp = orders.find((o) => o.externalId === '27-99999-00001')!;
    expect(jp).toMatchObject({
      marketplace: 'ebay.co.uk',
      currency: 'JPY',
      totalMinor: 3960,
      status: 'shipped',
      items: [{ sku: 'TEA', title: 'Tea set', quantity: 2, unitPriceMinor: 1980 }],
      customer: { channel: 'ebay', handle: 'tanaka_jp', email: 'tanaka@example.jp' },
      shipments: [{ carrier: 'ROYAL_MAIL', trackingNumber: 'RR123456789GB', status: 'in_transit', shippedAt: T0 - 2 * 86_400_000, promisedFrom: T0 - 86_400_000, promisedTo: T0 }],
    });

    // Paging by offset inside one pinned window; the documented query parameters and bearer token.
    const convCalls = server.requestsTo(CONVERSATIONS);
    expect(convCalls.map((r) => r.query.get('offset'))).toEqual(['0', '10', '20']);
    for (const r of convCalls) {
      expect(r.query.get('conversation_type')).toBe('FROM_MEMBERS');
      expect(r.query.get('end_time')).toBe(iso(T0 - 60_000));
      expect(r.headers.authorization).toMatch(/^Bearer v\^1\.1/);
    }
    expect(server.requestsTo(ORDERS).map((r) => r.query.get('filter'))).toEqual(
      Array(3).fill(`lastmodifieddate:[${iso(T0 - 30 * 86_400_000)}..${iso(T0 - 60_000)}]`),
    );
    expect(server.tokens.issued).toBe(1);
    const tokenCall = server.requestsTo(/oauth2\/token/)[0]!;
    expect(new URLSearchParams(tokenCall.body).get('scope')).toContain('commerce.message');
  });

  it('an incremental pull returns only the new messages and orders', async () => {
    seedConversations(5);
    seedOrders(5);
    const c = connector();
    const first = await drain(c, null);
    expect(first.messages).toHaveLength(10);
    clock.t = T0 + 3_600_000;
    // A buyer answers in an old thread and a new buyer writes; one new order.
    server.conversations[1]!.messages.push({ messageId: 'm1c', createdDate: iso(T0 + 60_000), messageBody: 'Great, thanks!', senderUsername: 'buyer_1', recipientUsername: SELLER, readStatus: false });
    server.addConversation({ conversationId: 'new', conversationTitle: 'Bulk price?', createdDate: iso(T0 + 120_000), messages: [{ messageId: 'n1', createdDate: iso(T0 + 120_000), messageBody: 'Price for 10?', senderUsername: 'newbie', recipientUsername: SELLER, readStatus: false }] });
    server.orders.push(ebayOrder({ orderId: '99-1', creationDate: iso(T0 + 100_000), lastModifiedDate: iso(T0 + 100_000) }));
    const second = await drain(c, first.cursor);
    expect(second.messages.map((m) => m.externalId).sort()).toEqual(['m1c', 'n1']);
    expect(second.messages.find((m) => m.externalId === 'm1c')!.conversationExternalId).toBe('c1');
    expect(second.orders.map((o) => o.externalId)).toEqual(['99-1']);
    expect(server.requestsTo(CONVERSATIONS).at(-1)!.query.get('start_time')).toBe(iso(T0 - 60_000));
  });

  it('an order modified while its window is being paged is not skipped (the window is read again)', async () => {
    seedOrders(45);
    const c = connector();
    const seen = new Set<string>();
    let r = await c.pull(null);
    r.orders.forEach((o) => seen.add(o.externalId));
    expect(r.orders).toHaveLength(20);
    // Order 5 ships now: its lastModifiedDate leaves the pass window and every later offset shifts by one.
    server.orders[5]!.lastModifiedDate = iso(T0);
    let cursor = r.cursor;
    while (r.more) {
      r = await c.pull(cursor);
      r.orders.forEach((o) => seen.add(o.externalId));
      cursor = r.cursor;
    }
    expect(seen.size).toBe(45);
    // With plain offsets the third page would have started one order late and order 20 would be missing.
    expect(seen.has(server.orders[20]!.orderId as string)).toBe(true);
  });

  it('an expired user token (401) is refreshed once with the refresh_token grant', async () => {
    seedConversations(2);
    const c = connector();
    await c.pull(null);
    server.tokens.expireAll();
    const r = await c.pull(null);
    expect(r.messages).toHaveLength(4);
    expect(server.tokens.issued).toBe(2);
    const log = server.requests.map((q) => `${q.path} ${q.status}`);
    const refused = log.indexOf('/commerce/message/v1/conversation 401');
    expect(log.slice(refused, refused + 3)).toEqual(['/commerce/message/v1/conversation 401', '/identity/v1/oauth2/token 200', '/commerce/message/v1/conversation 200']);
  });

  it('a token that stays rejected after the refresh is an auth error', async () => {
    server.injectFault(CONVERSATIONS, { kind: 'expired-token' }, 2);
    const err = (await connector().pull(null).catch((e: unknown) => e)) as ConnectorError;
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err.kind).toBe('auth');
    expect(err.message).toContain('Invalid access token');
    expect(server.tokens.issued).toBe(2);
  });

  it('a 429 with Retry-After is waited out before the retry (measured on the server)', async () => {
    seedConversations(2);
    server.injectFault(CONVERSATIONS, { kind: 'throttle', retryAfterSeconds: 1 });
    const r = await connector().pull(null);
    expect(r.messages).toHaveLength(4);
    const [throttled, retried] = server.requestsTo(CONVERSATIONS);
    expect(throttled!.status).toBe(429);
    expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(995);
  });

  it('a 429 with a long or missing delay goes back to the engine as rate_limited', async () => {
    server.injectFault(CONVERSATIONS, { kind: 'throttle', retryAfterSeconds: 120 });
    await expect(connector().pull(null)).rejects.toMatchObject({ kind: 'rate_limited', options: { retryAfterMs: 120_000 } });
    server.injectFault(CONVERSATIONS, { kind: 'throttle' });
    await expect(connector().pull(null)).rejects.toMatchObject({ kind: 'rate_limited', options: { retryAfterMs: 60_000 } });
  });

  it('5xx is transient; a malformed body is a clear error and nothing is lost on the retry', async () => {
    seedConversations(3);
    const c = connector();
    server.injectFault(ORDERS, { kind: 'server-error', status: 500 });
    await expect(c.pull(null)).rejects.toMatchObject({ kind: 'transient', message: expect.stringContaining('HTTP 500') });
    server.injectFault(/^\/commerce\/message\/v1\/conversation\/c1$/, { kind: 'malformed' });
    await expect(c.pull(null)).rejects.toMatchObject({ kind: 'transient', options: { platformCode: 'malformed_body' }, message: expect.stringContaining('not valid JSON') });
    const r = await c.pull(null);
    expect(r.messages).toHaveLength(6);
  });

  it('a well-formed JSON answer of the wrong shape is an error, not an empty page that moves the cursor on', async () => {
    seedConversations(2);
    server.injectFault(CONVERSATIONS, { kind: 'server-error', status: 500 });
    const c = connector();
    await expect(c.pull(null)).rejects.toMatchObject({ kind: 'transient' });
    server.wrongShapeOnce = true;
    await expect(c.pull(null)).rejects.toMatchObject({ kind: 'transient', options: { platformCode: 'malformed_body' } });
    expect((await c.pull(null)).messages).toHaveLength(4);
  });

  it('a single unreadable message or order is kept as unparsable with its raw JSON', async () => {
    seedConversations(2);
    seedOrders(2);
    server.conversations[0]!.messages.push({ messageId: 'broken', createdDate: iso(T0 - 86_400_000), senderUsername: 'buyer_0', recipientUsername: SELLER, readStatus: false } as never);
    server.orders.push({ orderId: 'bad-order', creationDate: iso(T0 - 86_400_000), lastModifiedDate: iso(T0 - 86_400_000), pricingSummary: {} });
    const r = await connector().pull(null);
    expect(r.messages).toHaveLength(4);
    expect(r.orders).toHaveLength(2);
    expect(r.unparsable.map((u) => u.externalId).sort()).toEqual(['message:broken', 'order:bad-order']);
    expect(r.unparsable.find((u) => u.externalId === 'order:bad-order')!.reason).toContain('pricingSummary');
    expect(JSON.parse(r.unparsable.find((u) => u.externalId === 'message:broken')!.raw)).toMatchObject({ messageId: 'broken' });
  });
});

describe('eBay send', () => {
  beforeEach(() => seedConversations(1));

  it('sends into the conversation and returns the platform message id', async () => {
    const receipt = await connector().send(reply());
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]!.body).toEqual({ conversationId: 'c0', messageText: reply().bodyText });
    expect(receipt.externalId).toBe(server.sent[0]!.messageId);
  });

  it('a retry after the server accepted but the answer was lost sends nothing twice', async () => {
    const c = connector();
    server.dropNextSendResponse = true;
    await expect(c.send(reply())).rejects.toMatchObject({ kind: 'transient' });
    expect(server.sent).toHaveLength(1);
    const receipt = await c.send(reply());
    expect(server.sent).toHaveLength(1);
    expect(receipt.externalId).toBe(server.sent[0]!.messageId);
    expect(server.conversations[0]!.messages.filter((m) => m.messageBody === reply().bodyText)).toHaveLength(1);
  });

  it('starts a new conversation by username when there is none, also exactly once across a lost answer', async () => {
    const first = reply({ conversationExternalId: '', to: { handle: 'fresh_buyer', name: 'x', email: null } });
    const c = connector();
    server.dropNextSendResponse = true;
    await expect(c.send(first)).rejects.toMatchObject({ kind: 'transient' });
    const receipt = await c.send(first);
    expect(server.sent).toHaveLength(1);
    expect(server.sent[0]!.body).toEqual({ otherPartyUsername: 'fresh_buyer', messageText: reply().bodyText });
    expect(receipt.externalId).toBe(server.sent[0]!.messageId);
    const other = await c.send({ ...first, bodyText: 'A second, different note.' });
    expect(server.sent).toHaveLength(2);
    expect(other.externalId).toBe(server.sent[1]!.messageId);
  });

  it('refuses over-long text before calling eBay; a platform refusal is permanent with its reason', async () => {
    await expect(connector().send(reply({ bodyText: 'x'.repeat(2001) }))).rejects.toMatchObject({ kind: 'permanent', message: expect.stringContaining('2000') });
    expect(server.requestsTo(/send_message/)).toHaveLength(0);
    await expect(connector().send(reply({ conversationExternalId: 'nope' }))).rejects.toMatchObject({ kind: 'permanent', options: { platformCode: '355004' } });
  });

  it('updateConversation marks a conversation read and archives it', async () => {
    const c = connector();
    await c.updateConversation('c0', { read: true });
    expect(server.conversations[0]!.read).toBe(true);
    await c.updateConversation('c0', { status: 'ARCHIVE' });
    expect(server.conversations[0]!.conversationStatus).toBe('ARCHIVE');
    expect(JSON.parse(server.requestsTo(/update_conversation/)[1]!.body)).toEqual({ conversationId: 'c0', conversationType: 'FROM_MEMBERS', conversationStatus: 'ARCHIVE' });
  });
});
