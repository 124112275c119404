// Building a marketplace connector from an account's settings and secrets.
import { afterEach, describe, expect, it } from 'vitest';
import { AmazonConnector } from '../../../src-main/connectors/amazon/amazon-connector';
import { createMarketplaceConnector } from '../../../src-main/connectors/marketplace-connectors';
import { ConnectorError } from '../../../src-main/sync/connector';
import { SHOPIFY_TOKEN, SHOPIFY_VERSION, ShopifyTestServer } from '../../servers/shopify/shopify-server';

let server: ShopifyTestServer | null = null;
afterEach(async () => server?.stop());

describe('createMarketplaceConnector', () => {
  it('builds each platform’s connector with its per-account endpoints', async () => {
    server = new ShopifyTestServer();
    await server.start();
    const shopify = createMarketplaceConnector({
      channel: 'shopify',
      accountId: 4,
      settings: { shop: 'acme', endpoint: `${server.baseUrl}/admin/api/${SHOPIFY_VERSION}/graphql.json` },
      secrets: { accessToken: SHOPIFY_TOKEN },
    });
    expect(shopify.channel).toBe('shopify');
    await expect(shopify.test()).resolves.toBeUndefined();
    const amazon = createMarketplaceConnector({ channel: 'amazon', accountId: 1, settings: { marketplaceId: 'A1PA6795UKMFR9' }, secrets: { clientId: 'a', clientSecret: 'b', refreshToken: 'c' } });
    expect(amazon).toBeInstanceOf(AmazonConnector);
  });

  it('bad settings fail with the fields at fault and without echoing secrets', () => {
    const err = (() => {
      try {
        createMarketplaceConnector({ channel: 'ebay', accountId: 2, settings: { sellerUsername: '' }, secrets: { clientId: 'id', clientSecret: 'TOP-SECRET' } });
      } catch (e) {
        return e as ConnectorError;
      }
    })();
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err!.kind).toBe('permanent');
    expect(err!.message).toContain('sellerUsername');
    expect(() => createMarketplaceConnector({ channel: 'ebay', accountId: 2, settings: { sellerUsername: 'me' }, secrets: { clientId: 'id', clientSecret: 'TOP-SECRET' } })).toThrow(/refreshToken/);
    try {
      createMarketplaceConnector({ channel: 'ebay', accountId: 2, settings: { sellerUsername: 'me' }, secrets: { clientId: 'id', clientSecret: 'TOP-SECRET' } });
    } catch (e) {
      expect((e as Error).message).not.toContain('TOP-SECRET');
    }
  });
});
