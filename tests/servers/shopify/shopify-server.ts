// A local Shopify Admin GraphQL server: POST /admin/api/<version>/graphql.json with X-Shopify-Access-Token,
// executed by graphql-js against a subset of the Admin schema (orders with line items, fulfillments with
// trackingInfo, customers), so a query naming a field Shopify does not have fails here as it would there.
// Cursor paging (pageInfo.hasNextPage / endCursor), the `query` search syntax for updated_at, and the
// calculated-query-cost leaky bucket: every answer carries extensions.cost.throttleStatus, and a query
// whose requested cost exceeds what is available gets the THROTTLED error with no data.
import { buildSchema, graphql, parse, validate, type GraphQLSchema } from 'graphql';
import { MALFORMED_BODY, TestApiServer, type Fault, type IncomingTestRequest, type Reply } from '../common/test-api-server';

export const SHOPIFY_TOKEN = 'shpat_test_0123456789abcdef';
export const SHOPIFY_VERSION = '2025-10';

const SDL = /* GraphQL */ `
  scalar DateTime
  scalar Decimal
  scalar URL
  enum CurrencyCode { USD EUR GBP JPY CAD AUD CNY HKD SGD CHF SEK KWD }
  enum OrderSortKeys { CREATED_AT ID UPDATED_AT PROCESSED_AT }
  enum OrderDisplayFinancialStatus { AUTHORIZED EXPIRED PAID PARTIALLY_PAID PARTIALLY_REFUNDED PENDING REFUNDED VOIDED }
  enum OrderDisplayFulfillmentStatus { FULFILLED IN_PROGRESS ON_HOLD OPEN PARTIALLY_FULFILLED PENDING_FULFILLMENT REQUEST_DECLINED RESTOCKED SCHEDULED UNFULFILLED }
  enum FulfillmentStatus { CANCELLED ERROR FAILURE SUCCESS OPEN PENDING }
  enum FulfillmentDisplayStatus { ATTEMPTED_DELIVERY CANCELED CONFIRMED DELIVERED FAILURE FULFILLED IN_TRANSIT LABEL_PRINTED LABEL_PURCHASED LABEL_VOIDED MARKED_AS_FULFILLED NOT_DELIVERED OUT_FOR_DELIVERY PICKED_UP READY_FOR_PICKUP SUBMITTED }
  type QueryRoot {
    orders(first: Int, last: Int, after: String, before: String, query: String, sortKey: OrderSortKeys = PROCESSED_AT, reverse: Boolean = false): OrderConnection!
  }
  schema { query: QueryRoot }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type OrderConnection { nodes: [Order!]! edges: [OrderEdge!]! pageInfo: PageInfo! }
  type OrderEdge { cursor: String! node: Order! }
  type MoneyV2 { amount: Decimal! currencyCode: CurrencyCode! }
  type MoneyBag { shopMoney: MoneyV2! presentmentMoney: MoneyV2! }
  type CustomerEmailAddress { emailAddress: String }
  type Customer { id: ID! displayName: String! firstName: String lastName: String locale: String! defaultEmailAddress: CustomerEmailAddress }
  type LineItem { id: ID! sku: String title: String! quantity: Int! originalUnitPriceSet: MoneyBag! }
  type LineItemConnection { nodes: [LineItem!]! pageInfo: PageInfo! }
  type FulfillmentTrackingInfo { company: String number: String url: URL }
  type Fulfillment {
    id: ID!
    status: FulfillmentStatus!
    displayStatus: FulfillmentDisplayStatus
    createdAt: DateTime!
    inTransitAt: DateTime
    deliveredAt: DateTime
    estimatedDeliveryAt: DateTime
    trackingInfo(first: Int): [FulfillmentTrackingInfo!]!
  }
  type Order {
    id: ID!
    name: String!
    createdAt: DateTime!
    updatedAt: DateTime!
    cancelledAt: DateTime
    email: String
    currencyCode: CurrencyCode!
    displayFinancialStatus: OrderDisplayFinancialStatus
    displayFulfillmentStatus: OrderDisplayFulfillmentStatus!
    totalPriceSet: MoneyBag!
    customer: Customer
    lineItems(first: Int, after: String): LineItemConnection!
    fulfillments(first: Int): [Fulfillment!]!
  }
`;

export interface ShopifyTestOrder {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  cancelledAt?: string | null;
  email?: string | null;
  currencyCode: string;
  displayFinancialStatus?: string;
  displayFulfillmentStatus: string;
  totalPriceSet: { shopMoney: { amount: string; currencyCode: string } };
  customer?: { id: string; displayName: string; locale: string; defaultEmailAddress?: { emailAddress: string } | null } | null;
  lineItems: { id: string; sku?: string | null; title: string; quantity: number; originalUnitPriceSet: { shopMoney: { amount: string; currencyCode: string } } }[];
  fulfillments: {
    id: string;
    status: string;
    displayStatus?: string;
    createdAt: string;
    inTransitAt?: string | null;
    deliveredAt?: string | null;
    estimatedDeliveryAt?: string | null;
    trackingInfo: { company: string | null; number: string | null; url: string | null }[];
  }[];
}

/** A Shopify order from a few fields. */
export function shopifyOrder(n: number, updatedAt: string, over: Partial<ShopifyTestOrder> = {}): ShopifyTestOrder {
  const currency = over.currencyCode ?? 'USD';
  return {
    id: `gid://shopify/Order/${5_000_000 + n}`,
    name: `#${1000 + n}`,
    createdAt: updatedAt,
    updatedAt,
    email: `buyer${n}@example.com`,
    currencyCode: currency,
    displayFinancialStatus: 'PAID',
    displayFulfillmentStatus: 'UNFULFILLED',
    totalPriceSet: { shopMoney: { amount: '25.0', currencyCode: currency } },
    customer: { id: `gid://shopify/Customer/${700 + n}`, displayName: `Buyer ${n}`, locale: 'en', defaultEmailAddress: { emailAddress: `buyer${n}@example.com` } },
    lineItems: [{ id: `gid://shopify/LineItem/${n}`, sku: 'MUG', title: 'Mug', quantity: 2, originalUnitPriceSet: { shopMoney: { amount: '12.5', currencyCode: currency } } }],
    fulfillments: [],
    ...over,
  };
}

interface Bucket {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
  at: number;
}

export class ShopifyTestServer extends TestApiServer {
  readonly orders: ShopifyTestOrder[] = [];
  readonly bucket: Bucket = { maximumAvailable: 2000, currentlyAvailable: 2000, restoreRate: 100, at: performance.now() };
  private readonly schema: GraphQLSchema = buildSchema(SDL);

  constructor(private readonly version = SHOPIFY_VERSION) {
    super();
  }

  setBucket(maximumAvailable: number, restoreRate: number, currentlyAvailable = maximumAvailable): void {
    Object.assign(this.bucket, { maximumAvailable, restoreRate, currentlyAvailable, at: performance.now() });
  }

  private refill(): void {
    const t = performance.now();
    const b = this.bucket;
    b.currentlyAvailable = Math.min(b.maximumAvailable, b.currentlyAvailable + ((t - b.at) / 1000) * b.restoreRate);
    b.at = t;
  }

  private throttleStatus() {
    const b = this.bucket;
    return { maximumAvailable: b.maximumAvailable, currentlyAvailable: Math.floor(b.currentlyAvailable), restoreRate: b.restoreRate };
  }

  protected faultReply(fault: Fault, req: IncomingTestRequest): Reply | Promise<Reply> {
    switch (fault.kind) {
      case 'expired-token':
        return { status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } };
      case 'throttle':
        // With a delay: the plain HTTP 429 some Shopify front ends answer.
        if (fault.retryAfterSeconds !== undefined) return { status: 429, headers: { 'retry-after': fault.retryAfterSeconds.toFixed(1) }, body: { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' } };
        // Another app or job used the bucket up: the next query meets an empty bucket.
        this.refill();
        this.bucket.currentlyAvailable = 0;
        return this.route(req);
      case 'server-error':
        return { status: fault.status ?? 502, headers: { 'content-type': 'text/html' }, body: '<html><body>502 Bad Gateway</body></html>' };
      case 'malformed':
        return { status: 200, body: MALFORMED_BODY };
    }
  }

  protected route(req: IncomingTestRequest): Reply | Promise<Reply> {
    if (req.method !== 'POST' || req.path !== `/admin/api/${this.version}/graphql.json`) return { status: 404, body: { errors: 'Not Found' } };
    if (req.headers['x-shopify-access-token'] !== SHOPIFY_TOKEN || this.tokensExpired) {
      return { status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } };
    }
    let payload: { query?: string; variables?: Record<string, unknown> };
    try {
      payload = req.json();
    } catch {
      return { status: 400, body: { errors: { query: 'Required parameter missing or invalid' } } };
    }
    if (typeof payload.query !== 'string') return { status: 400, body: { errors: { query: 'Required parameter missing or invalid' } } };
    let doc;
    try {
      doc = parse(payload.query);
    } catch (err) {
      return { status: 200, body: { errors: [{ message: (err as Error).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] } };
    }
    const invalid = validate(this.schema, doc);
    if (invalid.length > 0) return { status: 200, body: { errors: invalid.map((e) => ({ message: e.message, locations: e.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) } };

    const first = Number(payload.variables?.first ?? 0) || 0;
    // Requested cost: one per connection plus one per order asked for (its line items and fulfillments).
    const requested = 2 + first * 3;
    this.refill();
    if (this.bucket.currentlyAvailable < requested) {
      return {
        status: 200,
        body: {
          errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
          extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: this.throttleStatus() } },
        },
      };
    }
    this.bucket.currentlyAvailable -= requested;
    return this.execute(payload.query, payload.variables ?? {}, requested);
  }

  /** Makes every token stop working (a Shopify token is revoked by uninstalling the app). */
  tokensExpired = false;

  private async executeAsync(query: string, variables: Record<string, unknown>) {
    return graphql({ schema: this.schema, source: query, variableValues: variables, rootValue: { orders: (args: OrdersArgs) => this.ordersConnection(args) } });
  }

  private execute(query: string, variables: Record<string, unknown>, requested: number): Reply | Promise<Reply> {
    return this.executeAsync(query, variables).then((result) => {
      const nodes = (result.data?.orders as { nodes?: unknown[]; edges?: unknown[] } | undefined) ?? {};
      const actual = 2 + (nodes.nodes ?? nodes.edges ?? []).length * 3;
      this.bucket.currentlyAvailable = Math.min(this.bucket.maximumAvailable, this.bucket.currentlyAvailable + (requested - actual));
      return {
        status: 200,
        body: {
          ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message, path: e.path })) } : {}),
          data: result.data ?? null,
          extensions: { cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: this.throttleStatus() } },
        },
      };
    });
  }

  private ordersConnection(args: OrdersArgs) {
    if (args.first === undefined || args.first === null) throw new Error('you must provide one of first or last');
    if (args.first > 250) throw new Error('The first argument must be 250 or less');
    const terms = parseSearch(args.query ?? '');
    let list = this.orders.filter((o) => terms.every((t) => t(o)));
    const key = args.sortKey === 'UPDATED_AT' ? 'updatedAt' : args.sortKey === 'CREATED_AT' ? 'createdAt' : 'id';
    list = [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    if (args.reverse) list.reverse();
    const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8').replace('cursor:', '')) + 1 : 0;
    const page = list.slice(start, start + args.first);
    const cursorOf = (i: number) => Buffer.from(`cursor:${start + i}`).toString('base64');
    const withResolvers = page.map((o) => ({
      ...o,
      lineItems: ({ first }: { first?: number }) => ({ nodes: o.lineItems.slice(0, first ?? 50), pageInfo: { hasNextPage: o.lineItems.length > (first ?? 50), hasPreviousPage: false } }),
      fulfillments: ({ first }: { first?: number }) =>
        o.fulfillments.slice(0, first ?? 250).map((f) => ({ ...f, trackingInfo: ({ first: n }: { first?: number }) => f.trackingInfo.slice(0, n ?? 250) })),
    }));
    return {
      nodes: withResolvers,
      edges: withResolvers.map((node, i) => ({ cursor: cursorOf(i), node })),
      pageInfo: {
        hasNextPage: start + args.first < list.length,
        hasPreviousPage: start > 0,
        startCursor: page.length ? cursorOf(0) : null,
        endCursor: page.length ? cursorOf(page.length - 1) : null,
      },
    };
  }
}

interface OrdersArgs {
  first?: number | null;
  after?: string | null;
  query?: string | null;
  sortKey?: string;
  reverse?: boolean;
}

/** The part of Shopify's search syntax the connector uses: `updated_at:>'ISO'`, `>=`, `<`, `<=`, joined by AND or spaces. */
function parseSearch(query: string): ((o: ShopifyTestOrder) => boolean)[] {
  const terms: ((o: ShopifyTestOrder) => boolean)[] = [];
  const re = /(updated_at|created_at):(>=|<=|>|<)?'?([^'\s]+)'?/g;
  for (const m of query.matchAll(re)) {
    const field = m[1] === 'updated_at' ? 'updatedAt' : 'createdAt';
    const op = m[2] ?? '=';
    const t = Date.parse(m[3]!);
    if (Number.isNaN(t)) throw new Error(`Invalid search date: ${m[3]}`);
    terms.push((o) => {
      const v = Date.parse(o[field]);
      return op === '>' ? v > t : op === '>=' ? v >= t : op === '<' ? v < t : op === '<=' ? v <= t : v === t;
    });
  }
  return terms;
}
