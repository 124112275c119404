// Amazon through the Selling Partner API: orders (Orders API 2026-01-01 searchOrders, which replaces
// the deprecated v0 getOrders/getOrderItems and returns items, buyer and packages in one call) and the
// proactive, order-scoped messages of the Messaging API. Buyer messages are NOT readable by any API:
// they arrive by the email relay (the email connector's Amazon mode), so pull() returns orders only.
//
// Incremental sync: each pass pins a window [since, until] with until = now - 2 min (the API refuses a
// later lastUpdatedBefore) and walks its pages with paginationToken, one page per pull(); when the last
// page is stored the next pass starts at `until`. Throttling: a token bucket per operation with the
// documented rate/burst, updated from x-amzn-RateLimit-Limit; waits over maxInlineWaitMs (and every 429
// without a short delay) surface as ConnectorError('rate_limited', { retryAfterMs }).
import type { Channel } from '../../../src-shared/domain/types';
import { ConnectorError, type Connector, type OutgoingReply, type PullResult, type SentReceipt, type SyncCursor, type UnparsableItem } from '../../sync/connector';
import type { IncomingOrder } from '../../ingest/incoming';
import { ApiClient, readErrorsArray } from '../http/api-client';
import { hostAndPort, unreadableId } from '../http/http-client';
import { RefreshingTokenSource, requestAccessToken } from '../http/oauth-token';
import { OperationRateLimiter, type RateSpec } from '../http/rate-limit';
import { LWA_TOKEN_URL, SP_API_ENDPOINTS, regionOfMarketplace, type SpApiRegion } from './amazon-marketplaces';
import { mapAmazonOrder } from './amazon-order-mapping';

export interface AmazonCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface AmazonConnectorConfig {
  accountId: number;
  /** The marketplace this account sells in; Messaging takes exactly one. */
  marketplaceId: string;
  credentials: AmazonCredentials;
  /** Defaults to the marketplace's region. */
  region?: SpApiRegion;
  /** Overrides the regional endpoint (tests point it at a local server). */
  endpoint?: string;
  tokenUrl?: string;
  /** How far back the first sync reaches. */
  initialLookbackDays?: number;
  pageSize?: number;
  maxInlineWaitMs?: number;
  timeoutMs?: number;
  /** Overrides documented rate/burst per operation (e.g. a higher usage plan). */
  rateLimits?: Partial<Record<AmazonOperation, RateSpec>>;
  /** Clock for sync windows (tests move it). */
  now?: () => number;
}

export type AmazonOperation = 'searchOrders' | 'getOrder' | 'getMessagingActionsForOrder' | 'getAttributes' | 'sendMessage';

/** Documented usage plans (Orders 2026-01-01 and Messaging v1 models). */
export const SP_API_RATE_LIMITS: Record<AmazonOperation, RateSpec> = {
  searchOrders: { rate: 0.0056, burst: 20 },
  getOrder: { rate: 0.5, burst: 30 },
  getMessagingActionsForOrder: { rate: 1, burst: 5 },
  getAttributes: { rate: 1, burst: 5 },
  sendMessage: { rate: 1, burst: 5 },
};

/** Proactive message kinds that carry text only (the others need documents through the Uploads API). */
export const AMAZON_TEXT_MESSAGE_TYPES = [
  'confirmCustomizationDetails',
  'confirmDeliveryDetails',
  'confirmOrderDetails',
  'confirmServiceDetails',
  'digitalAccessKey',
  'unexpectedProblem',
] as const;

export interface AmazonMessagingAction {
  /** Operation name, e.g. 'confirmDeliveryDetails'. */
  name: string;
  href: string;
  /** False for kinds that need an uploaded document (invoice, warranty, legalDisclosure). */
  textOnly: boolean;
}

interface AmazonCursor {
  since: string;
  until?: string;
  nextToken?: string;
  /** When the pass's first page token was issued (tokens are valid for 24 h). */
  tokenAt?: number;
}

const INCLUDED_DATA = 'BUYER,FULFILLMENT,PACKAGES,PROCEEDS';
/** The API refuses a lastUpdatedBefore later than two minutes before the request; keep a margin. */
const NEWEST_ALLOWED_MS = 2 * 60_000 + 5_000;
const MAX_TEXT = 2000;
/** The Messaging API answers in HAL+JSON (its model's `produces`). */
const HAL = { accept: 'application/hal+json' };
/** Page tokens are documented to expire after 24 h; restart a little before. */
const PAGE_TOKEN_LIFETIME_MS = 23 * 3_600_000;

export class AmazonConnector implements Connector {
  readonly channel: Channel = 'amazon';
  private readonly api: ApiClient;
  private readonly now: () => number;
  /** Where the engine probes to tell "offline" from "failing". */
  readonly endpoint: { host: string; port: number };

  constructor(private readonly config: AmazonConnectorConfig) {
    this.now = config.now ?? Date.now;
    const region = config.region ?? regionOfMarketplace(config.marketplaceId);
    this.endpoint = hostAndPort(config.endpoint ?? SP_API_ENDPOINTS[region]);
    const tokenUrl = config.tokenUrl ?? LWA_TOKEN_URL;
    const token = new RefreshingTokenSource(
      (signal) =>
        requestAccessToken(
          {
            label: 'Amazon',
            tokenUrl,
            form: {
              grant_type: 'refresh_token',
              refresh_token: config.credentials.refreshToken,
              client_id: config.credentials.clientId,
              client_secret: config.credentials.clientSecret,
            },
            timeoutMs: config.timeoutMs,
          },
          Date.now,
          signal,
        ),
      Date.now,
    );
    this.api = new ApiClient({
      label: 'Amazon SP-API',
      baseUrl: config.endpoint ?? SP_API_ENDPOINTS[region],
      token,
      authHeaders: (t) => ({ 'x-amz-access-token': t }),
      readError: readErrorsArray,
      limiter: new OperationRateLimiter({ ...SP_API_RATE_LIMITS, ...config.rateLimits }, 'Amazon SP-API'),
      reauthStatuses: [401, 403],
      maxInlineWaitMs: config.maxInlineWaitMs,
      timeoutMs: config.timeoutMs,
    });
  }

  async test(signal?: AbortSignal): Promise<void> {
    const until = this.now() - NEWEST_ALLOWED_MS;
    await this.api.call({
      operation: 'searchOrders',
      method: 'GET',
      path: '/orders/2026-01-01/orders',
      query: {
        lastUpdatedAfter: new Date(until - 86_400_000).toISOString(),
        lastUpdatedBefore: new Date(until).toISOString(),
        marketplaceIds: this.config.marketplaceId,
        maxResultsPerPage: 1,
      },
      signal,
    });
  }

  async pull(cursor: SyncCursor | null, signal?: AbortSignal): Promise<PullResult> {
    let c = readCursor(cursor) ?? { since: new Date(this.now() - (this.config.initialLookbackDays ?? 30) * 86_400_000).toISOString() };
    // A page token lives 24 h: an interrupted pass older than that starts again (the upserts make it harmless).
    if (c.nextToken && (c.tokenAt === undefined || this.now() - c.tokenAt > PAGE_TOKEN_LIFETIME_MS)) c = { since: c.since };
    let until = c.until ?? new Date(this.now() - NEWEST_ALLOWED_MS).toISOString();
    if (Date.parse(until) <= Date.parse(c.since)) return { messages: [], orders: [], unparsable: [], cursor: { since: c.since }, more: false };

    const search = (token: string | undefined, before: string) =>
      this.api.call({
        operation: 'searchOrders',
        method: 'GET',
        path: '/orders/2026-01-01/orders',
        query: {
          lastUpdatedAfter: c.since,
          lastUpdatedBefore: before,
          marketplaceIds: this.config.marketplaceId,
          includedData: INCLUDED_DATA,
          maxResultsPerPage: this.config.pageSize ?? 100,
          paginationToken: token,
        },
        signal,
      });
    let res;
    try {
      res = await search(c.nextToken, until);
    } catch (err) {
      // A page token Amazon no longer accepts (expired, or the service forgot it): restart the pass.
      if (!(err instanceof ConnectorError) || err.kind !== 'permanent' || !c.nextToken) throw err;
      c = { since: c.since };
      until = new Date(this.now() - NEWEST_ALLOWED_MS).toISOString();
      res = await search(undefined, until);
    }
    const body = res.body as { orders?: unknown; pagination?: { nextToken?: unknown } } | null;
    if (!body || !Array.isArray(body.orders)) {
      throw new ConnectorError('transient', `Amazon SP-API searchOrders: the answer has no "orders" list (starts with ${JSON.stringify(res.text.slice(0, 80))}).`, {
        platformCode: 'malformed_body',
      });
    }
    const orders: IncomingOrder[] = [];
    const unparsable: UnparsableItem[] = [];
    body.orders.forEach((raw) => {
      try {
        orders.push(mapAmazonOrder(raw, this.config.accountId));
      } catch (err) {
        const id = (raw as { orderId?: unknown } | null)?.orderId;
        unparsable.push({
          accountId: this.config.accountId,
          externalId: typeof id === 'string' && id !== '' ? `order:${id}` : unreadableId('order', raw),
          reason: `Amazon order could not be read: ${(err as Error).message}`,
          raw: JSON.stringify(raw),
          receivedAt: this.now(),
        });
      }
    });
    const next = typeof body.pagination?.nextToken === 'string' ? body.pagination.nextToken : null;
    const nextCursor: AmazonCursor = next ? { since: c.since, until, nextToken: next, tokenAt: c.tokenAt ?? this.now() } : { since: until };
    return { messages: [], orders, unparsable, cursor: { ...nextCursor }, more: next !== null };
  }

  /**
   * getOrder: one order by id, e.g. when a relayed buyer mail names an order the last pull has not seen.
   * Null when Amazon does not know it (a typo in a mail, another seller's order).
   */
  async fetchOrder(orderId: string, signal?: AbortSignal): Promise<IncomingOrder | null> {
    const res = await this.api.call({
      operation: 'getOrder',
      method: 'GET',
      path: `/orders/2026-01-01/orders/${encodeURIComponent(orderId)}`,
      query: { includedData: INCLUDED_DATA },
      acceptStatuses: [404],
      signal,
    });
    if (res.status === 404) return null;
    const order = (res.body as { order?: unknown } | null)?.order;
    if (!order) throw new ConnectorError('transient', 'Amazon SP-API getOrder: the answer has no "order".', { platformCode: 'malformed_body' });
    try {
      return mapAmazonOrder(order, this.config.accountId);
    } catch (err) {
      throw new ConnectorError('permanent', `Amazon order ${orderId} could not be read: ${(err as Error).message}`, { platformCode: 'unparsable', cause: err });
    }
  }

  /** GetAttributes: the buyer's locale (e.g. "de-DE"), so a proactive message is written in their language. */
  async buyerLocale(orderId: string, signal?: AbortSignal): Promise<string | null> {
    const res = await this.api.call({
      operation: 'getAttributes',
      method: 'GET',
      path: `/messaging/v1/orders/${encodeURIComponent(orderId)}/attributes`,
      query: { marketplaceIds: this.config.marketplaceId },
      headers: HAL,
      signal,
    });
    const locale = (res.body as { buyer?: { locale?: unknown } } | null)?.buyer?.locale;
    return typeof locale === 'string' && locale !== '' ? locale : null;
  }

  /** getMessagingActionsForOrder: the proactive message kinds this order allows right now. */
  async listMessagingActions(orderId: string, signal?: AbortSignal): Promise<AmazonMessagingAction[]> {
    const res = await this.api.call({
      operation: 'getMessagingActionsForOrder',
      method: 'GET',
      path: `/messaging/v1/orders/${encodeURIComponent(orderId)}`,
      query: { marketplaceIds: this.config.marketplaceId },
      headers: HAL,
      signal,
    });
    const links = (res.body as { _links?: { actions?: unknown } } | null)?._links?.actions;
    if (!Array.isArray(links)) {
      throw new ConnectorError('transient', `Amazon SP-API getMessagingActionsForOrder: the answer has no _links.actions list.`, { platformCode: 'malformed_body' });
    }
    return links
      .map((l) => l as { name?: unknown; href?: unknown })
      .filter((l): l is { name: string; href: string } => typeof l.name === 'string' && typeof l.href === 'string' && l.href.includes('/messages/'))
      .map((l) => ({ name: l.name, href: l.href, textOnly: (AMAZON_TEXT_MESSAGE_TYPES as readonly string[]).includes(l.name) }));
  }

  /**
   * Sends one proactive message. Replies to buyer messages never come here (they go back through the
   * email relay); the outbox picks this connector only for a message with `messageType` set.
   */
  async send(reply: OutgoingReply, signal?: AbortSignal): Promise<SentReceipt> {
    const orderId = reply.orderExternalId;
    const type = reply.messageType ?? null;
    if (!type) {
      throw new ConnectorError('permanent', 'Amazon replies to buyer messages go through the email relay; a message sent through SP-API needs a messaging action (messageType).');
    }
    if (!orderId) throw new ConnectorError('permanent', `An Amazon ${type} message must name its order.`);
    return this.sendAction(orderId, type, reply.bodyText, reply.idempotencyKey, signal);
  }

  async sendAction(orderId: string, type: string, text: string, idempotencyKey: string, signal?: AbortSignal): Promise<SentReceipt> {
    checkText(type, text);
    // SP-API takes no idempotency key. Asking first keeps a retry from sending a kind the order no longer
    // offers (one-per-order kinds disappear once used), and gives the platform's reason when refused.
    const actions = await this.listMessagingActions(orderId, signal);
    const action = actions.find((a) => a.name === type);
    if (!action) {
      const offered = actions.map((a) => a.name).join(', ') || 'none';
      throw new ConnectorError('permanent', `Amazon does not allow a ${type} message for order ${orderId} now (allowed: ${offered}).`, { platformCode: 'action_not_allowed' });
    }
    if (!action.textOnly) {
      throw new ConnectorError('permanent', `Amazon ${type} messages need an uploaded document; sending documents is not supported yet.`, { platformCode: 'needs_upload' });
    }
    await this.api.call({
      operation: 'sendMessage',
      method: 'POST',
      path: `/messaging/v1/orders/${encodeURIComponent(orderId)}/messages/${encodeURIComponent(type)}`,
      query: { marketplaceIds: this.config.marketplaceId },
      headers: HAL,
      json: { text },
      signal,
    });
    // A 201 carries no message id; the key makes the receipt stable for the next pull's match.
    return { externalId: `amazon-msg:${orderId}:${type}:${idempotencyKey}`, sentAt: this.now() };
  }
}

function checkText(type: string, text: string): void {
  if (text.trim() === '') throw new ConnectorError('permanent', `The ${type} message is empty.`);
  if (text.length > MAX_TEXT) throw new ConnectorError('permanent', `Amazon messages are limited to ${MAX_TEXT} characters (this one has ${text.length}).`);
  if (/[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}/i.test(text)) throw new ConnectorError('permanent', 'Amazon does not allow email addresses in buyer messages.');
  if (/<\/?[a-z][^>]*>/i.test(text)) throw new ConnectorError('permanent', 'Amazon buyer messages must be plain text (no HTML).');
}

function readCursor(cursor: SyncCursor | null): AmazonCursor | null {
  if (!cursor || typeof cursor.since !== 'string') return null;
  return {
    since: cursor.since,
    until: typeof cursor.until === 'string' ? cursor.until : undefined,
    nextToken: typeof cursor.nextToken === 'string' ? cursor.nextToken : undefined,
    tokenAt: typeof cursor.tokenAt === 'number' ? cursor.tokenAt : undefined,
  };
}
