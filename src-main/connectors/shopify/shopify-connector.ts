// Shopify as an order source through the Admin GraphQL API. Shopify exposes no buyer messaging to apps
// (Shopify Inbox is closed; customers write by email), so pull() returns orders with customers (their
// email joins them with the email channel) and send() refuses with a clear reason: answer by email.
//
// Incremental sync: orders sorted by UPDATED_AT inside a pinned window
// `updated_at:>='since' AND updated_at:<'until'` (until = now - 1 min), cursor-paged by endCursor, one
// page per pull(); the next pass starts at `until`.
// Throttling: calculated query cost. Each answer's extensions.cost.throttleStatus is remembered; before
// the next query the connector estimates what the bucket holds now (restoreRate per second) and waits
// when it is short of the query's cost. A THROTTLED answer waits (requested - available) / restoreRate.
// Waits up to maxInlineWaitMs happen here; longer ones become ConnectorError('rate_limited', retryAfterMs).
import type { Channel } from '../../../src-shared/domain/types';
import { ConnectorError, type Connector, type PullResult, type SentReceipt, type SyncCursor, type UnparsableItem } from '../../sync/connector';
import type { IncomingOrder } from '../../ingest/incoming';
import { hostAndPort, parseJsonBody, sendHttp, sleep, unreadableId } from '../http/http-client';
import { parseRetryAfter } from '../http/rate-limit';
import { mapShopifyOrder } from './shopify-mapping';

export const SHOPIFY_API_VERSION = '2025-10';

export interface ShopifyConnectorConfig {
  accountId: number;
  /** "my-store" or "my-store.myshopify.com". */
  shop: string;
  /** Admin API access token (shpat_...). */
  accessToken: string;
  apiVersion?: string;
  /** Overrides https://{shop}.myshopify.com/admin/api/{version}/graphql.json (tests). */
  endpoint?: string;
  pageSize?: number;
  initialLookbackDays?: number;
  maxInlineWaitMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
  /** performance.now() when seen. */
  seenAt: number;
}

interface ShopifyCursor {
  since: string;
  until?: string;
  after?: string;
}

const ORDERS_QUERY = /* GraphQL */ `
  query ConsoleOrders($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        createdAt
        updatedAt
        cancelledAt
        email
        displayFinancialStatus
        displayFulfillmentStatus
        totalPriceSet { shopMoney { amount currencyCode } }
        customer { id displayName locale defaultEmailAddress { emailAddress } }
        lineItems(first: 50) { nodes { sku title quantity originalUnitPriceSet { shopMoney { amount currencyCode } } } }
        fulfillments(first: 10) {
          status
          displayStatus
          createdAt
          inTransitAt
          deliveredAt
          estimatedDeliveryAt
          trackingInfo(first: 10) { company number url }
        }
      }
    }
  }
`;

const LAG_MS = 60_000;
const MAX_INLINE_RETRIES = 3;
const BUCKET_SLACK_MS = 50;

export class ShopifyConnector implements Connector {
  readonly channel: Channel = 'shopify';
  private readonly now: () => number;
  private readonly graphqlUrl: string;
  /** Where the engine probes to tell "offline" from "failing". */
  readonly endpoint: { host: string; port: number };
  private readonly shopDomain: string;
  private throttle: ThrottleStatus | null = null;
  private readonly maxInlineWaitMs: number;

  constructor(private readonly config: ShopifyConnectorConfig) {
    this.now = config.now ?? Date.now;
    this.shopDomain = config.shop.includes('.') ? config.shop : `${config.shop}.myshopify.com`;
    this.graphqlUrl = config.endpoint ?? `https://${this.shopDomain}/admin/api/${config.apiVersion ?? SHOPIFY_API_VERSION}/graphql.json`;
    this.endpoint = hostAndPort(this.graphqlUrl);
    this.maxInlineWaitMs = config.maxInlineWaitMs ?? 2_000;
  }

  async test(signal?: AbortSignal): Promise<void> {
    await this.query({ first: 1, after: null, query: null }, signal);
  }

  async pull(cursor: SyncCursor | null, signal?: AbortSignal): Promise<PullResult> {
    const c = readCursor(cursor) ?? { since: new Date(this.now() - (this.config.initialLookbackDays ?? 30) * 86_400_000).toISOString() };
    const until = c.until ?? new Date(this.now() - LAG_MS).toISOString();
    if (Date.parse(until) <= Date.parse(c.since)) return { messages: [], orders: [], unparsable: [], cursor: { since: c.since }, more: false };

    const data = await this.query({ first: this.config.pageSize ?? 50, after: c.after ?? null, query: `updated_at:>='${c.since}' AND updated_at:<'${until}'` }, signal);
    const conn = (data as { orders?: { nodes?: unknown; pageInfo?: { hasNextPage?: unknown; endCursor?: unknown } } } | null)?.orders;
    if (!conn || !Array.isArray(conn.nodes)) throw new ConnectorError('transient', 'Shopify orders: the answer has no orders.nodes list.', { platformCode: 'malformed_body' });
    const orders: IncomingOrder[] = [];
    const unparsable: UnparsableItem[] = [];
    conn.nodes.forEach((raw) => {
      try {
        orders.push(mapShopifyOrder(raw, this.config.accountId, this.shopDomain));
      } catch (err) {
        const o = raw as { name?: unknown; id?: unknown } | null;
        const key = typeof o?.name === 'string' ? `order:${o.name}` : typeof o?.id === 'string' ? `order:${o.id}` : unreadableId('order', raw);
        unparsable.push({ accountId: this.config.accountId, externalId: key, reason: `Shopify order could not be read: ${(err as Error).message}`, raw: JSON.stringify(raw), receivedAt: this.now() });
      }
    });
    const next = conn.pageInfo?.hasNextPage === true && typeof conn.pageInfo.endCursor === 'string' ? conn.pageInfo.endCursor : null;
    return { messages: [], orders, unparsable, cursor: next ? { since: c.since, until, after: next } : { since: until }, more: next !== null };
  }

  /** Shopify has no buyer-messaging API for apps: a reply to a Shopify customer goes out by email. */
  async send(): Promise<SentReceipt> {
    throw new ConnectorError(
      'permanent',
      'Shopify has no API for messaging buyers; reply to this customer from an email account (their address is on the order).',
      { platformCode: 'no_messaging_api' },
    );
  }

  /** Milliseconds until the bucket holds `cost` points, from the last throttleStatus seen. */
  private bucketWaitMs(cost: number): number {
    const t = this.throttle;
    if (!t || t.restoreRate <= 0) return 0;
    const available = Math.min(t.maximumAvailable, t.currentlyAvailable + ((performance.now() - t.seenAt) / 1000) * t.restoreRate);
    // The status was measured on Shopify's side before the answer travelled here: keep a little slack.
    return available >= cost ? 0 : Math.ceil(((cost - available) / t.restoreRate) * 1000) + BUCKET_SLACK_MS;
  }

  private async waitOrGiveUp(waitMs: number, why: string, signal?: AbortSignal): Promise<void> {
    if (waitMs > this.maxInlineWaitMs) throw new ConnectorError('rate_limited', `Shopify: ${why}; retry in ${Math.ceil(waitMs / 1000)} s.`, { retryAfterMs: waitMs, platformCode: 'THROTTLED' });
    if (waitMs > 0) await sleep(waitMs, signal);
  }

  private lastRequestedCost = 0;

  private async query(variables: Record<string, unknown>, signal?: AbortSignal): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      await this.waitOrGiveUp(this.bucketWaitMs(this.lastRequestedCost), 'query cost budget used up', signal);
      const res = await sendHttp('Shopify', {
        method: 'POST',
        url: this.graphqlUrl,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-shopify-access-token': this.config.accessToken },
        body: JSON.stringify({ query: ORDERS_QUERY, variables }),
        timeoutMs: this.config.timeoutMs,
        signal,
      });
      if (res.status === 401 || res.status === 403) {
        throw new ConnectorError('auth', `Shopify refused the access token (HTTP ${res.status}); reconnect the store (the app may have been uninstalled).`, { platformCode: `http_${res.status}` });
      }
      if (res.status >= 500) throw new ConnectorError('transient', `Shopify answered HTTP ${res.status}; will retry.`, { platformCode: `http_${res.status}` });
      // A 429 either carries the GraphQL THROTTLED body (handled with the cost data below) or only Retry-After.
      if (res.status === 429 && !/"THROTTLED"/.test(res.text)) {
        const waitMs = parseRetryAfter(res.headers.get('retry-after'), Date.now()) ?? 1_000;
        if (attempt >= MAX_INLINE_RETRIES) throw new ConnectorError('rate_limited', 'Shopify: still throttled (HTTP 429).', { retryAfterMs: waitMs, platformCode: 'http_429' });
        await this.waitOrGiveUp(waitMs, 'throttled (HTTP 429)', signal);
        continue;
      }
      if (res.status === 404) throw new ConnectorError('permanent', `Shopify: no Admin API at ${this.graphqlUrl} (check the shop name and API version).`, { platformCode: 'http_404' });
      if (res.status >= 400 && res.status !== 429) throw new ConnectorError('permanent', `Shopify refused the request (HTTP ${res.status}: ${res.text.slice(0, 200)}).`, { platformCode: `http_${res.status}` });

      const body = parseJsonBody('Shopify orders', res) as {
        data?: unknown;
        errors?: { message?: string; extensions?: { code?: string } }[];
        extensions?: { cost?: { requestedQueryCost?: number; throttleStatus?: Omit<ThrottleStatus, 'seenAt'> } };
      } | null;
      const cost = body?.extensions?.cost;
      if (cost?.throttleStatus) this.throttle = { ...cost.throttleStatus, seenAt: performance.now() };
      if (typeof cost?.requestedQueryCost === 'number') this.lastRequestedCost = cost.requestedQueryCost;

      const errors = Array.isArray(body?.errors) ? body.errors : [];
      if (errors.some((e) => e.extensions?.code === 'THROTTLED')) {
        if (attempt >= MAX_INLINE_RETRIES) throw new ConnectorError('rate_limited', 'Shopify: still throttled after waiting.', { retryAfterMs: this.bucketWaitMs(this.lastRequestedCost) || 1_000, platformCode: 'THROTTLED' });
        // Wait until the bucket, refilling at restoreRate, holds the requested cost again.
        await this.waitOrGiveUp(this.bucketWaitMs(this.lastRequestedCost) || 1_000, 'query cost budget used up (THROTTLED)', signal);
        continue;
      }
      if (errors.length > 0) {
        const first = errors[0]!;
        const kind = first.extensions?.code === 'ACCESS_DENIED' ? 'auth' : 'permanent';
        throw new ConnectorError(kind, `Shopify GraphQL error: ${errors.map((e) => e.message).join('; ')}`, { platformCode: first.extensions?.code ?? 'graphql_error' });
      }
      if (!body || body.data === undefined) throw new ConnectorError('transient', 'Shopify: the answer has no data.', { platformCode: 'malformed_body' });
      return body.data;
    }
  }
}

function readCursor(cursor: SyncCursor | null): ShopifyCursor | null {
  if (!cursor || typeof cursor.since !== 'string') return null;
  return { since: cursor.since, until: typeof cursor.until === 'string' ? cursor.until : undefined, after: typeof cursor.after === 'string' ? cursor.after : undefined };
}
