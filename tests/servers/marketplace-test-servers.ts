// Starts the three local marketplace servers with a small seeded history and gives, per channel, the
// account settings and secrets that point a connector (or the sync engine, through the connector
// definitions) at them. For engine, crash and end-to-end tests that need real marketplace traffic.
import { EBAY_CLIENT, EbayTestServer, SELLER, ebayOrder } from './ebay/ebay-server';
import { SHOPIFY_TOKEN, SHOPIFY_VERSION, ShopifyTestServer, shopifyOrder } from './shopify/shopify-server';
import { SP_CLIENT, SpApiTestServer } from './sp-api/sp-api-server';

export interface MarketplaceTestServers {
  spApi: SpApiTestServer;
  ebay: EbayTestServer;
  shopify: ShopifyTestServer;
  accounts: {
    amazon: { settings: Record<string, string>; secrets: Record<string, string> };
    ebay: { settings: Record<string, string>; secrets: Record<string, string> };
    shopify: { settings: Record<string, string>; secrets: Record<string, string> };
  };
  stop(): Promise<void>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** `count` orders (and eBay conversations) per platform, spread over the `days` before `now()`. */
export async function startMarketplaceServers(options: { count?: number; days?: number; now?: () => number } = {}): Promise<MarketplaceTestServers> {
  const now = options.now ?? Date.now;
  const count = options.count ?? 20;
  const span = (options.days ?? 10) * 86_400_000;
  const start = now() - span;
  const step = span / (count + 1);
  const spApi = new SpApiTestServer(now);
  const ebay = new EbayTestServer(now);
  const shopify = new ShopifyTestServer();
  await Promise.all([spApi.start(), ebay.start(), shopify.start()]);

  for (let i = 0; i < count; i++) {
    const t = start + i * step;
    const id = `302-${String(2000000 + i)}-${String(8000000 + i)}`;
    spApi.addOrder({ orderId: id, createdTime: iso(t), lastUpdatedTime: iso(t + 1000), buyerEmail: `buyer${i}@marketplace.amazon.de`, buyerName: `Käufer ${i}` });
    ebay.orders.push(ebayOrder({ orderId: `11-${String(10000 + i)}-${String(20000 + i)}`, creationDate: iso(t), lastModifiedDate: iso(t + 1000), buyer: `ebay_buyer_${i}` }));
    ebay.addConversation({
      conversationId: `conv-${i}`,
      conversationTitle: `Question ${i}`,
      createdDate: iso(t),
      messages: [{ messageId: `msg-${i}`, createdDate: iso(t), messageBody: `Hello, question ${i} about my order.`, senderUsername: `ebay_buyer_${i}`, recipientUsername: SELLER, readStatus: false }],
    });
    shopify.orders.push(shopifyOrder(i, iso(t + 2000)));
  }

  return {
    spApi,
    ebay,
    shopify,
    accounts: {
      amazon: { settings: { marketplaceId: 'A1PA6795UKMFR9', endpoint: spApi.baseUrl, tokenUrl: `${spApi.baseUrl}/auth/o2/token` }, secrets: { ...SP_CLIENT } },
      ebay: { settings: { sellerUsername: SELLER, apiBaseUrl: ebay.baseUrl }, secrets: { ...EBAY_CLIENT } },
      shopify: { settings: { shop: 'test-shop', endpoint: `${shopify.baseUrl}/admin/api/${SHOPIFY_VERSION}/graphql.json` }, secrets: { accessToken: SHOPIFY_TOKEN } },
    },
    stop: async () => {
      await Promise.all([spApi.stop(), ebay.stop(), shopify.stop()]);
    },
  };
}
