// A local SP-API + Login with Amazon server speaking the documented wire format:
// - POST /auth/o2/token (refresh_token grant, form encoded) -> {access_token, token_type, expires_in}
// - GET  /orders/2026-01-01/orders (searchOrders: exactly one of createdAfter/lastUpdatedAfter,
//   lastUpdatedBefore at least 2 minutes before "now", marketplaceIds, paginationToken/nextToken paging)
// - GET  /messaging/v1/orders/{id}?marketplaceIds=  (getMessagingActionsForOrder, HAL+JSON)
// - POST /messaging/v1/orders/{id}/messages/{type}?marketplaceIds=  (201, empty body)
// Access token in `x-amz-access-token`; an unknown or expired one gets 403 Unauthorized as the spec says;
// every response carries x-amzn-RequestId and x-amzn-RateLimit-Limit (absent on 429/403, like the real one).
import { randomUUID } from 'node:crypto';
import { MALFORMED_BODY, TestApiServer, type Fault, type IncomingTestRequest, type Reply } from '../common/test-api-server';

export const SP_CLIENT = { clientId: 'amzn1.application-oa2-client.test', clientSecret: 'secret-test', refreshToken: 'Atzr|refresh-test' };

export interface SeedOrder {
  orderId: string;
  createdTime: string;
  lastUpdatedTime: string;
  marketplaceId?: string;
  buyerEmail?: string;
  buyerName?: string;
  fulfillmentStatus?: string;
  currency?: string;
  items?: { sku: string; title: string; quantity: number; unitPrice: string }[];
  packages?: { carrier: string; trackingNumber: string; shipTime: string; status: string }[];
  deliverBy?: { earliest: string; latest: string };
}

export interface SentAmazonMessage {
  orderId: string;
  type: string;
  body: unknown;
  at: number;
}

const ERR = (code: string, message: string, details = '') => ({ errors: [{ code, message, details }] });

export class SpApiTestServer extends TestApiServer {
  /** Raw order JSON as the API returns it; tests may put malformed records in here. */
  readonly orders: Record<string, unknown>[] = [];
  readonly sent: SentAmazonMessage[] = [];
  /** Message types each order allows; a type is used up once sent (as Amazon does for one-per-order types). */
  readonly allowedActions = new Map<string, string[]>();
  readonly buyerLocales = new Map<string, string>();
  rateLimitHeader = '0.0056';
  messagingRateLimitHeader = '1.0';
  private readonly pageTokens = new Map<string, { key: string; offset: number; issuedAt: number }>();

  /** Forgets every page token, as after their 24 h lifetime. */
  expirePageTokens(): void {
    this.pageTokens.clear();
  }

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  addOrder(seed: SeedOrder): void {
    const currency = seed.currency ?? 'EUR';
    const items = seed.items ?? [{ sku: 'SKU-1', title: 'Phone case', quantity: 1, unitPrice: '12.99' }];
    const total = items.reduce((sum, i) => sum + Number(i.unitPrice) * i.quantity, 0);
    const decimals = currency === 'JPY' ? 0 : 2;
    this.orders.push({
      orderId: seed.orderId,
      createdTime: seed.createdTime,
      lastUpdatedTime: seed.lastUpdatedTime,
      salesChannel: { channelName: 'AMAZON', marketplaceId: seed.marketplaceId ?? 'A1PA6795UKMFR9', marketplaceName: 'Amazon.de' },
      buyer: { buyerName: seed.buyerName ?? 'Anna Schmidt', buyerEmail: seed.buyerEmail ?? `${seed.orderId.replace(/-/g, '')}@marketplace.amazon.de` },
      proceeds: { grandTotal: { amount: total.toFixed(decimals), currencyCode: currency } },
      fulfillment: {
        fulfillmentStatus: seed.fulfillmentStatus ?? 'UNSHIPPED',
        fulfilledBy: 'MERCHANT',
        ...(seed.deliverBy ? { deliverByWindow: { earliestDateTime: seed.deliverBy.earliest, latestDateTime: seed.deliverBy.latest } } : {}),
      },
      orderItems: items.map((i, n) => ({
        orderItemId: `${seed.orderId}-${n}`,
        quantityOrdered: i.quantity,
        product: { asin: 'B000TEST00', title: i.title, sellerSku: i.sku, price: { unitPrice: { amount: i.unitPrice, currencyCode: currency } } },
      })),
      packages: (seed.packages ?? []).map((p, n) => ({
        packageReferenceId: String(n + 1),
        carrier: p.carrier,
        trackingNumber: p.trackingNumber,
        shipTime: p.shipTime,
        packageStatus: { status: p.status },
      })),
    });
  }

  protected faultReply(fault: Fault): Reply {
    switch (fault.kind) {
      case 'expired-token':
        return { status: 403, headers: this.common(false), body: ERR('Unauthorized', 'Access to requested resource is denied.', 'The access token you provided has expired.') };
      case 'throttle':
        return {
          status: 429,
          headers: { ...this.common(false), ...(fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {}) },
          body: ERR('QuotaExceeded', 'You exceeded your quota for the requested resource.'),
        };
      case 'server-error':
        return { status: fault.status ?? 503, headers: this.common(false), body: ERR('ServiceUnavailable', 'Service temporarily unavailable.') };
      case 'malformed':
        return { status: 200, headers: this.common(true), body: MALFORMED_BODY };
    }
  }

  private common(withRate: boolean, rate = this.rateLimitHeader): Record<string, string> {
    return { 'x-amzn-requestid': randomUUID(), ...(withRate ? { 'x-amzn-ratelimit-limit': rate } : {}) };
  }

  protected route(req: IncomingTestRequest): Reply {
    if (req.method === 'POST' && req.path === '/auth/o2/token') return this.token(req);
    if (!this.tokens.isValid(req.headers['x-amz-access-token'] as string | undefined)) {
      return { status: 403, headers: this.common(false), body: ERR('Unauthorized', 'Access to requested resource is denied.', 'The access token you provided has expired.') };
    }
    if (req.method === 'GET' && req.path === '/orders/2026-01-01/orders') return this.searchOrders(req);
    const one = /^\/orders\/2026-01-01\/orders\/([^/]+)$/.exec(req.path);
    if (req.method === 'GET' && one) {
      const order = this.orders.find((o) => o.orderId === decodeURIComponent(one[1]!));
      return order
        ? { status: 200, headers: this.common(true, '0.5'), body: { order } }
        : { status: 404, headers: this.common(true, '0.5'), body: ERR('NotFound', 'The requested order was not found.') };
    }
    const attributes = /^\/messaging\/v1\/orders\/([^/]+)\/attributes$/.exec(req.path);
    if (req.method === 'GET' && attributes) {
      const order = this.orders.find((o) => o.orderId === decodeURIComponent(attributes[1]!));
      if (!order) return { status: 404, headers: this.common(true, this.messagingRateLimitHeader), body: ERR('NotFound', 'Order not found.') };
      return { status: 200, headers: this.common(true, this.messagingRateLimitHeader), body: { buyer: { locale: this.buyerLocales.get(String(order.orderId)) ?? 'de-DE' } } };
    }
    const actions = /^\/messaging\/v1\/orders\/([^/]+)$/.exec(req.path);
    if (req.method === 'GET' && actions) return this.messagingActions(req, decodeURIComponent(actions[1]!));
    const send = /^\/messaging\/v1\/orders\/([^/]+)\/messages\/([A-Za-z]+)$/.exec(req.path);
    if (req.method === 'POST' && send) return this.sendMessage(req, decodeURIComponent(send[1]!), send[2]!);
    return { status: 404, headers: this.common(false), body: ERR('NotFound', `No route ${req.method} ${req.path}`) };
  }

  private token(req: IncomingTestRequest): Reply {
    const f = req.form();
    if (f.get('grant_type') !== 'refresh_token' || f.get('client_id') !== SP_CLIENT.clientId || f.get('client_secret') !== SP_CLIENT.clientSecret) {
      return { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } };
    }
    if (f.get('refresh_token') !== SP_CLIENT.refreshToken) {
      return { status: 400, body: { error: 'invalid_grant', error_description: 'The request has an invalid grant parameter : refresh_token' } };
    }
    return { status: 200, body: { access_token: this.tokens.issue('Atza|'), refresh_token: SP_CLIENT.refreshToken, token_type: 'bearer', expires_in: 3600 } };
  }

  private searchOrders(req: IncomingTestRequest): Reply {
    const q = req.query;
    const bad = (details: string): Reply => ({ status: 400, headers: this.common(true), body: ERR('InvalidInput', 'Invalid Input', details) });
    const token = q.get('paginationToken');
    // The documented rule: a page token comes back with the same parameters except maxResultsPerPage/includedData.
    const key = ['createdAfter', 'createdBefore', 'lastUpdatedAfter', 'lastUpdatedBefore', 'marketplaceIds', 'fulfillmentStatuses'].map((k) => `${k}=${q.get(k) ?? ''}`).join('&');
    let offset = 0;
    if (token) {
      const t = this.pageTokens.get(token);
      if (!t || t.key !== key || this.now() - t.issuedAt > 24 * 3_600_000) return bad('Invalid paginationToken or parameters changed since it was issued.');
      offset = t.offset;
    }
    const createdAfter = q.get('createdAfter');
    const updatedAfter = q.get('lastUpdatedAfter');
    if ((createdAfter === null) === (updatedAfter === null)) return bad('Exactly one of createdAfter and lastUpdatedAfter is required.');
    if (!q.get('marketplaceIds')) return bad('marketplaceIds is required.');
    const after = Date.parse((createdAfter ?? updatedAfter)!);
    if (Number.isNaN(after)) return bad('createdAfter/lastUpdatedAfter must be ISO 8601.');
    const beforeParam = q.get(createdAfter ? 'createdBefore' : 'lastUpdatedBefore');
    const before = beforeParam ? Date.parse(beforeParam) : this.now() - 120_000;
    if (before > this.now() - 120_000) return bad('lastUpdatedBefore must be at least two minutes before the time of the request.');
    const field = createdAfter ? 'createdTime' : 'lastUpdatedTime';
    const marketplaces = q.get('marketplaceIds')!.split(',');
    const matching = this.orders
      .filter((o) => {
        const t = Date.parse(String(o[field] ?? ''));
        const mp = (o.salesChannel as { marketplaceId?: string } | undefined)?.marketplaceId;
        // Records without a readable time are still returned (that is how a bad record reaches a client).
        return (Number.isNaN(t) || (t >= after && t <= before)) && (!mp || marketplaces.includes(mp));
      })
      .sort((a, b) => String(a[field]).localeCompare(String(b[field])));
    const size = Math.min(100, Math.max(1, Number(q.get('maxResultsPerPage') ?? 100)));
    const page = matching.slice(offset, offset + size);
    const body: Record<string, unknown> = { orders: page, [createdAfter ? 'createdBefore' : 'lastUpdatedBefore']: new Date(before).toISOString() };
    if (offset + size < matching.length) {
      const next = randomUUID();
      this.pageTokens.set(next, { key, offset: offset + size, issuedAt: this.now() });
      body.pagination = { nextToken: next };
    }
    return { status: 200, headers: this.common(true), body };
  }

  private messagingActions(req: IncomingTestRequest, orderId: string): Reply {
    const mp = req.query.get('marketplaceIds');
    if (!mp || mp.includes(',')) return { status: 400, headers: this.common(true, this.messagingRateLimitHeader), body: ERR('InvalidInput', 'Exactly one marketplaceId is required.') };
    if (!this.orders.some((o) => o.orderId === orderId)) return { status: 404, headers: this.common(true, this.messagingRateLimitHeader), body: ERR('NotFound', `Order ${orderId} not found.`) };
    const names = this.allowedActions.get(orderId) ?? ['confirmOrderDetails', 'confirmDeliveryDetails', 'unexpectedProblem', 'legalDisclosure', 'warranty'];
    const href = (n: string) => `/messaging/v1/orders/${orderId}/messages/${n}?marketplaceIds=${mp}`;
    return {
      status: 200,
      headers: { ...this.common(true, this.messagingRateLimitHeader), 'content-type': 'application/hal+json' },
      body: {
        _links: {
          self: { href: `/messaging/v1/orders/${orderId}?marketplaceIds=${mp}` },
          actions: [...names.map((name) => ({ href: href(name), name })), { href: `/messaging/v1/orders/${orderId}/attributes?marketplaceIds=${mp}`, name: 'attributes' }],
        },
        _embedded: { actions: names.map((name) => ({ _links: { self: { href: href(name) }, schema: { href: `/messaging/v1/orders/${orderId}/messages/${name}/schema`, name } }, payload: { name } })) },
      },
    };
  }

  private sendMessage(req: IncomingTestRequest, orderId: string, type: string): Reply {
    const headers = this.common(true, this.messagingRateLimitHeader);
    const allowed = this.allowedActions.get(orderId) ?? ['confirmOrderDetails', 'confirmDeliveryDetails', 'unexpectedProblem', 'legalDisclosure', 'warranty'];
    if (!allowed.includes(type)) return { status: 403, headers, body: ERR('Unauthorized', `Message type ${type} is not allowed for order ${orderId}.`) };
    let body: { text?: unknown };
    try {
      body = req.json();
    } catch {
      return { status: 400, headers, body: ERR('InvalidInput', 'Request body is not JSON.') };
    }
    if (typeof body.text !== 'string' || body.text.length < 1 || body.text.length > 2000) return { status: 400, headers, body: ERR('InvalidInput', 'text must be 1-2000 characters.') };
    this.sent.push({ orderId, type, body, at: performance.now() });
    this.allowedActions.set(orderId, allowed.filter((n) => n !== type));
    return { status: 201, headers };
  }
}
