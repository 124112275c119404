// A local eBay REST server speaking the documented wire format:
// - POST /identity/v1/oauth2/token (Basic client credentials, refresh_token grant, form encoded)
// - Commerce Message API /commerce/message/v1: GET /conversation (conversation_type required,
//   start_time/end_time, limit <= 50, offset), GET /conversation/{id}, POST /send_message (201),
//   POST /update_conversation (204)
// - Sell Fulfillment API /sell/fulfillment/v1: GET /order (filter=lastmodifieddate:[a..b], limit <= 200,
//   offset), GET /order/{orderId}/shipping_fulfillment
// Bearer user token; 401 with eBay's error body when it is unknown or expired; errors as
// {"errors":[{errorId, domain, category, message, longMessage}]}.
import { randomUUID } from 'node:crypto';
import { MALFORMED_BODY, TestApiServer, type Fault, type IncomingTestRequest, type Reply } from '../common/test-api-server';

export const EBAY_CLIENT = { clientId: 'Seller-Console-PRD-test', clientSecret: 'PRD-secret-test', refreshToken: 'v^1.1#i^1#refresh-test' };
export const SELLER = 'acme_store';

export interface EbayTestMessage {
  messageId: string;
  createdDate: string;
  messageBody: string;
  senderUsername: string;
  recipientUsername: string;
  subject?: string;
  readStatus: boolean;
  messageMedia?: { mediaName: string; mediaType: string; mediaUrl: string }[];
}

export interface EbayTestConversation {
  conversationId: string;
  conversationType: 'FROM_MEMBERS' | 'FROM_EBAY';
  conversationStatus: string;
  conversationTitle: string;
  createdDate: string;
  referenceId?: string;
  referenceType?: string;
  read: boolean;
  messages: EbayTestMessage[];
}

const ERR = (errorId: number, domain: string, message: string, longMessage = message) => ({ errors: [{ errorId, domain, category: 'REQUEST', message, longMessage }] });

export class EbayTestServer extends TestApiServer {
  readonly conversations: EbayTestConversation[] = [];
  /** Raw order JSON as returned by getOrders; tests may put malformed records in here. */
  readonly orders: Record<string, unknown>[] = [];
  readonly fulfillments = new Map<string, Record<string, unknown>[]>();
  /** Every accepted send_message body, in order. */
  readonly sent: { body: Record<string, unknown>; messageId: string; at: number }[] = [];
  /** When set, the server accepts a send but the response is lost (connection reset), as a crash would. */
  dropNextSendResponse = false;

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  addConversation(c: Omit<EbayTestConversation, 'read' | 'conversationStatus' | 'conversationType'> & Partial<EbayTestConversation>): EbayTestConversation {
    const conv: EbayTestConversation = { conversationType: 'FROM_MEMBERS', conversationStatus: 'ACTIVE', read: false, ...c };
    this.conversations.push(conv);
    return conv;
  }

  protected faultReply(fault: Fault): Reply {
    switch (fault.kind) {
      case 'expired-token':
        return { status: 401, body: ERR(1001, 'OAuth', 'Invalid access token', 'Invalid access token. Check the value of the Authorization HTTP request header.') };
      case 'throttle':
        return {
          status: 429,
          headers: fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {},
          body: ERR(2001, 'ACCESS', 'Too many requests.', 'The request limit has been reached for the resource.'),
        };
      case 'server-error':
        return { status: fault.status ?? 500, body: ERR(10000, 'API_MESSAGE', 'There was a problem with an eBay internal system or process. Contact eBay developer support for assistance.') };
      case 'malformed':
        return { status: 200, body: MALFORMED_BODY };
    }
  }

  protected route(req: IncomingTestRequest): Reply {
    if (req.method === 'POST' && req.path === '/identity/v1/oauth2/token') return this.token(req);
    const auth = String(req.headers.authorization ?? '');
    if (!auth.startsWith('Bearer ') || !this.tokens.isValid(auth.slice(7))) return this.faultReply({ kind: 'expired-token' });
    const p = req.path;
    if (req.method === 'GET' && p === '/commerce/message/v1/conversation') return this.getConversations(req);
    const one = /^\/commerce\/message\/v1\/conversation\/([^/]+)$/.exec(p);
    if (req.method === 'GET' && one) return this.getConversation(req, decodeURIComponent(one[1]!));
    if (req.method === 'POST' && p === '/commerce/message/v1/send_message') return this.sendMessage(req);
    if (req.method === 'POST' && p === '/commerce/message/v1/update_conversation') return this.updateConversation(req);
    if (req.method === 'GET' && p === '/sell/fulfillment/v1/order') return this.getOrders(req);
    const sf = /^\/sell\/fulfillment\/v1\/order\/([^/]+)\/shipping_fulfillment$/.exec(p);
    if (req.method === 'GET' && sf) {
      const list = this.fulfillments.get(decodeURIComponent(sf[1]!)) ?? [];
      return { status: 200, body: { fulfillments: list, total: list.length } };
    }
    return { status: 404, body: ERR(2002, 'API', `Resource not found: ${req.method} ${p}`) };
  }

  private token(req: IncomingTestRequest): Reply {
    const expected = `Basic ${Buffer.from(`${EBAY_CLIENT.clientId}:${EBAY_CLIENT.clientSecret}`).toString('base64')}`;
    const f = req.form();
    if (req.headers.authorization !== expected) return { status: 401, body: { error: 'invalid_client', error_description: 'client authentication failed' } };
    if (f.get('grant_type') !== 'refresh_token' || f.get('refresh_token') !== EBAY_CLIENT.refreshToken) {
      return { status: 400, body: { error: 'invalid_grant', error_description: 'the provided authorization refresh token is invalid or was issued to another client' } };
    }
    return { status: 200, body: { access_token: this.tokens.issue('v^1.1#i^1#p^3#'), expires_in: 7200, token_type: 'User Access Token' } };
  }

  private paging(req: IncomingTestRequest, max: number, dflt: number): { limit: number; offset: number } | Reply {
    const limit = Number(req.query.get('limit') ?? dflt);
    const offset = Number(req.query.get('offset') ?? 0);
    if (!Number.isInteger(limit) || limit < 1 || limit > max || !Number.isInteger(offset) || offset < 0) {
      return { status: 400, body: ERR(355001, 'API_MESSAGE', `Invalid limit or offset (limit 1-${max}).`) };
    }
    return { limit, offset };
  }

  private page<T>(req: IncomingTestRequest, all: T[], limit: number, offset: number) {
    const href = (o: number) => {
      const u = new URL(`http://api.ebay.local${req.path}`);
      req.query.forEach((v, k) => u.searchParams.set(k, v));
      u.searchParams.set('limit', String(limit));
      u.searchParams.set('offset', String(o));
      return `${this.baseUrl}${u.pathname}${u.search}`;
    };
    return {
      href: href(offset),
      limit,
      offset,
      total: all.length,
      ...(offset + limit < all.length ? { next: href(offset + limit) } : {}),
      ...(offset > 0 ? { prev: href(Math.max(0, offset - limit)) } : {}),
    };
  }

  /** The next getConversations answers 200 with a JSON body of another shape (as a captive portal or proxy might). */
  wrongShapeOnce = false;

  private getConversations(req: IncomingTestRequest): Reply {
    if (this.wrongShapeOnce) {
      this.wrongShapeOnce = false;
      return { status: 200, body: { status: 'ok', message: 'Welcome to the hotel network' } };
    }
    const type = req.query.get('conversation_type');
    if (type !== 'FROM_MEMBERS' && type !== 'FROM_EBAY') return { status: 400, body: ERR(355002, 'API_MESSAGE', 'conversation_type is required.') };
    const pg = this.paging(req, 50, 25);
    if ('status' in pg) return pg;
    const start = req.query.get('start_time') ? Date.parse(req.query.get('start_time')!) : -Infinity;
    const end = req.query.get('end_time') ? Date.parse(req.query.get('end_time')!) : Infinity;
    const other = req.query.get('other_party_username');
    const matching = this.conversations
      .filter((c) => c.conversationType === type)
      .filter((c) => !other || c.messages.some((m) => m.senderUsername === other || m.recipientUsername === other))
      .filter((c) => c.messages.some((m) => Date.parse(m.createdDate) >= start && Date.parse(m.createdDate) < end))
      .sort((a, b) => a.createdDate.localeCompare(b.createdDate));
    const slice = matching.slice(pg.offset, pg.offset + pg.limit);
    return {
      status: 200,
      body: {
        conversations: slice.map((c) => ({
          conversationId: c.conversationId,
          conversationStatus: c.conversationStatus,
          conversationTitle: c.conversationTitle,
          conversationType: c.conversationType,
          createdDate: c.createdDate,
          latestMessage: c.messages.at(-1),
          referenceId: c.referenceId,
          referenceType: c.referenceType,
          unreadCount: c.read ? 0 : c.messages.filter((m) => !m.readStatus).length,
        })),
        ...this.page(req, matching, pg.limit, pg.offset),
      },
    };
  }

  private getConversation(req: IncomingTestRequest, id: string): Reply {
    const type = req.query.get('conversation_type');
    if (type !== 'FROM_MEMBERS' && type !== 'FROM_EBAY') return { status: 400, body: ERR(355002, 'API_MESSAGE', 'conversation_type is required.') };
    const conv = this.conversations.find((c) => c.conversationId === id && c.conversationType === type);
    if (!conv) return { status: 404, body: ERR(355004, 'API_MESSAGE', `Conversation ${id} not found.`) };
    const pg = this.paging(req, 50, 25);
    if ('status' in pg) return pg;
    // Newest first, as an inbox shows them.
    const newestFirst = [...conv.messages].reverse();
    return {
      status: 200,
      body: {
        conversationId: conv.conversationId,
        conversationStatus: conv.conversationStatus,
        conversationTitle: conv.conversationTitle,
        conversationType: conv.conversationType,
        messages: newestFirst.slice(pg.offset, pg.offset + pg.limit),
        ...this.page(req, newestFirst, pg.limit, pg.offset),
      },
    };
  }

  private sendMessage(req: IncomingTestRequest): Reply {
    let body: Record<string, unknown>;
    try {
      body = req.json();
    } catch {
      return { status: 400, body: ERR(355010, 'API_MESSAGE', 'The request body is not valid JSON.') };
    }
    const text = body.messageText;
    if (typeof text !== 'string' || text.length === 0 || text.length > 2000) return { status: 400, body: ERR(355011, 'API_MESSAGE', 'messageText is required (max 2000 characters).') };
    let conv = typeof body.conversationId === 'string' ? this.conversations.find((c) => c.conversationId === body.conversationId) : undefined;
    if (typeof body.conversationId === 'string' && !conv) return { status: 400, body: ERR(355012, 'API_MESSAGE', `Conversation ${body.conversationId} does not exist.`) };
    if (!conv) {
      if (typeof body.otherPartyUsername !== 'string') return { status: 400, body: ERR(355013, 'API_MESSAGE', 'conversationId or otherPartyUsername is required.') };
      conv = this.addConversation({ conversationId: randomUUID(), conversationTitle: 'Message from seller', createdDate: new Date(this.now()).toISOString(), messages: [] });
    }
    const other = conv.messages.map((m) => (m.senderUsername === SELLER ? m.recipientUsername : m.senderUsername)).find(Boolean) ?? String(body.otherPartyUsername ?? '');
    const msg: EbayTestMessage = {
      messageId: String(9_000_000_000 + this.sent.length),
      createdDate: new Date(this.now()).toISOString(),
      messageBody: text,
      senderUsername: SELLER,
      recipientUsername: other,
      subject: conv.conversationTitle,
      readStatus: false,
    };
    conv.messages.push(msg);
    this.sent.push({ body, messageId: msg.messageId, at: performance.now() });
    if (this.dropNextSendResponse) {
      this.dropNextSendResponse = false;
      return { status: 500, body: ERR(10000, 'API_MESSAGE', 'Internal error (the message was stored before the failure).') };
    }
    return {
      status: 201,
      body: { createdDate: msg.createdDate, messageBody: msg.messageBody, messageId: msg.messageId, readStatus: false, recipientUserName: msg.recipientUsername, senderUserName: SELLER, subject: msg.subject },
    };
  }

  private updateConversation(req: IncomingTestRequest): Reply {
    const body = req.json<{ conversationId?: string; conversationType?: string; conversationStatus?: string; read?: boolean }>();
    const conv = this.conversations.find((c) => c.conversationId === body.conversationId && c.conversationType === body.conversationType);
    if (!conv) return { status: 400, body: ERR(355004, 'API_MESSAGE', 'Conversation not found or conversationType wrong.') };
    if (typeof body.read === 'boolean') conv.read = body.read;
    else if (body.conversationStatus) conv.conversationStatus = body.conversationStatus;
    return { status: 204 };
  }

  private getOrders(req: IncomingTestRequest): Reply {
    const pg = this.paging(req, 200, 50);
    if ('status' in pg) return pg;
    const filter = req.query.get('filter') ?? '';
    const m = /^lastmodifieddate:\[([^.\]]*(?:\.\d+)?Z?)\.\.([^\]]*)\]$/.exec(filter);
    if (filter && !m) return { status: 400, body: ERR(30700, 'API_FULFILLMENT', `Invalid filter: ${filter}`) };
    const start = m?.[1] ? Date.parse(m[1]) : -Infinity;
    const end = m?.[2] ? Date.parse(m[2]) : Infinity;
    const matching = this.orders
      .filter((o) => {
        const t = Date.parse(String(o.lastModifiedDate ?? ''));
        return Number.isNaN(t) || (t >= start && t <= end);
      })
      .sort((a, b) => String(a.lastModifiedDate).localeCompare(String(b.lastModifiedDate)));
    return { status: 200, body: { orders: matching.slice(pg.offset, pg.offset + pg.limit), ...this.page(req, matching, pg.limit, pg.offset) } };
  }
}

/** A Fulfillment API order as eBay returns it, from a few fields. */
export function ebayOrder(o: {
  orderId: string;
  creationDate: string;
  lastModifiedDate: string;
  buyer?: string;
  email?: string;
  currency?: string;
  status?: 'NOT_STARTED' | 'IN_PROGRESS' | 'FULFILLED';
  cancelled?: boolean;
  items?: { sku: string; title: string; quantity: number; lineItemCost: string }[];
  estimatedDelivery?: { min: string; max: string };
  marketplaceId?: string;
}): Record<string, unknown> {
  const currency = o.currency ?? 'USD';
  const items = o.items ?? [{ sku: 'LAMP-1', title: 'Desk lamp', quantity: 1, lineItemCost: '24.50' }];
  const total = items.reduce((s, i) => s + Number(i.lineItemCost), 0).toFixed(currency === 'JPY' ? 0 : 2);
  return {
    orderId: o.orderId,
    creationDate: o.creationDate,
    lastModifiedDate: o.lastModifiedDate,
    orderFulfillmentStatus: o.status ?? 'NOT_STARTED',
    orderPaymentStatus: 'PAID',
    sellerId: SELLER,
    buyer: { username: o.buyer ?? 'buyer_bob', buyerRegistrationAddress: { fullName: 'Bob Buyer', email: o.email ?? 'bob@example.com' } },
    pricingSummary: { total: { value: total, currency } },
    cancelStatus: { cancelState: o.cancelled ? 'CANCELED' : 'NONE_REQUESTED', cancelRequests: [] },
    fulfillmentHrefs: o.status && o.status !== 'NOT_STARTED' ? [`/sell/fulfillment/v1/order/${o.orderId}/shipping_fulfillment/1`] : [],
    lineItems: items.map((i, n) => ({
      lineItemId: `${o.orderId}-${n}`,
      sku: i.sku,
      title: i.title,
      quantity: i.quantity,
      lineItemCost: { value: i.lineItemCost, currency },
      purchaseMarketplaceId: o.marketplaceId ?? 'EBAY_US',
      lineItemFulfillmentStatus: o.status === 'FULFILLED' ? 'FULFILLED' : 'NOT_STARTED',
      ...(o.estimatedDelivery ? { lineItemFulfillmentInstructions: { minEstimatedDeliveryDate: o.estimatedDelivery.min, maxEstimatedDeliveryDate: o.estimatedDelivery.max } } : {}),
    })),
  };
}
