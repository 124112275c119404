// The marketplace connector definitions: settings validation, set-up fields and the factory.
import { afterEach, describe, expect, it } from 'vitest';
import { AmazonConnector } from '../../../src-main/connectors/amazon/amazon-connector';
import {
  amazonConnectorDefinition,
  createMarketplaceConnector,
  ebayConnectorDefinition,
  marketplaceConnectorDefinitions,
  shopifyConnectorDefinition,
} from '../../../src-main/connectors/marketplace-connectors';
import { ConnectorError } from '../../../src-main/sync/connector';
import { SHOPIFY_TOKEN, SHOPIFY_VERSION, ShopifyTestServer } from '../../servers/shopify/shopify-server';
import { startMarketplaceServers } from '../../servers/marketplace-test-servers';

let server: ShopifyTestServer | null = null;
afterEach(async () => server?.stop());

describe('marketplace connector definitions', () => {
  it('validate settings with readable messages and derive the marketplace shown for the account', () => {
    expect(amazonConnectorDefinition.settingsSchema.parse({ marketplaceId: 'A1PA6795UKMFR9', endpoint: '' })).toMatchObject({ marketplaceId: 'A1PA6795UKMFR9', marketplace: 'amazon.de', endpoint: undefined });
    expect(shopifyConnectorDefinition.settingsSchema.parse({ shop: 'Acme-Store' })).toMatchObject({ shop: 'acme-store', marketplace: 'acme-store.myshopify.com' });
    const bad = amazonConnectorDefinition.settingsSchema.safeParse({ marketplaceId: 'amazon.de' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toContain('A1PA6795UKMFR9');
    expect(ebayConnectorDefinition.settingsSchema.safeParse({ sellerUsername: 'me', apiBaseUrl: 'ftp://x' }).success).toBe(false);
    expect(ebayConnectorDefinition.settingsSchema.parse({ sellerUsername: 'me', scopes: 'https://api.ebay.com/oauth/api_scope/commerce.message https://api.ebay.com/oauth/api_scope/sell.fulfillment' }).scopes).toContain('sell.fulfillment');
    expect(ebayConnectorDefinition.settingsSchema.safeParse({ sellerUsername: 'me', scopes: 'commerce.message' }).success).toBe(false);
  });

  it('name every secret as a secret field, never as a setting', () => {
    for (const d of marketplaceConnectorDefinitions) {
      const secrets = d.fields.filter((f) => f.kind === 'secret').map((f) => f.name);
      expect(secrets.length).toBeGreaterThan(0);
      for (const name of secrets) expect(Object.keys((d.settingsSchema as { shape?: object }).shape ?? {})).not.toContain(name);
    }
  });

  it('create working connectors with per-account endpoints; a missing secret is an auth error', async () => {
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
    expect(() => createMarketplaceConnector({ channel: 'ebay', accountId: 2, settings: { sellerUsername: 'me' }, secrets: { clientId: 'id', clientSecret: 'TOP-SECRET' } })).toThrow(
      expect.objectContaining({ kind: 'auth', message: expect.stringContaining('refresh token') }),
    );
  });

  it('definitions built from stored settings pull the whole seeded history from each local server', async () => {
    const servers = await startMarketplaceServers({ count: 12 });
    try {
      for (const channel of ['amazon', 'ebay', 'shopify'] as const) {
        const { settings, secrets } = servers.accounts[channel];
        const connector = createMarketplaceConnector({ channel, accountId: 1, settings, secrets });
        await connector.test();
        let cursor = null;
        let orders = 0;
        let messages = 0;
        for (;;) {
          const r = await connector.pull(cursor);
          orders += r.orders.length;
          messages += r.messages.length;
          cursor = r.cursor;
          if (!r.more) break;
        }
        expect([channel, orders, messages]).toEqual([channel, 12, channel === 'ebay' ? 12 : 0]);
      }
    } finally {
      await servers.stop();
    }
  });

  it('bad stored settings fail with the fields at fault', () => {
    const err = (() => {
      try {
        createMarketplaceConnector({ channel: 'ebay', accountId: 2, settings: { sellerUsername: '' }, secrets: { clientId: 'id', clientSecret: 'TOP-SECRET', refreshToken: 'r' } });
      } catch (e) {
        return e as ConnectorError;
      }
    })();
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err!.kind).toBe('permanent');
    expect(err!.message).toContain('sellerUsername');
    expect(err!.message).not.toContain('TOP-SECRET');
  });
});
