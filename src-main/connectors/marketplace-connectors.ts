// Builds the Amazon, eBay or Shopify connector of one account from its stored settings (non-secret,
// kept in SQLite) and its secrets (from the OS keychain). Bad settings fail here with a readable
// message instead of surfacing later as an HTTP error. Base URLs and token endpoints are per account so
// that tests and sandboxes can point them elsewhere; they default to the real services.
import { z } from 'zod';
import { AmazonConnector } from './amazon/amazon-connector';
import { EbayConnector } from './ebay/ebay-connector';
import { ShopifyConnector } from './shopify/shopify-connector';
import { ConnectorError } from '../sync/connector';

const url = z.url({ protocol: /^https?$/ });

export const marketplaceSettingsSchemas = {
  amazon: z.object({
    /** e.g. A1PA6795UKMFR9 (amazon.de). */
    marketplaceId: z.string().regex(/^[A-Z0-9]{10,14}$/, 'an Amazon marketplace id such as A1PA6795UKMFR9'),
    region: z.enum(['na', 'eu', 'fe']).optional(),
    endpoint: url.optional(),
    tokenUrl: url.optional(),
    initialLookbackDays: z.number().int().min(1).max(730).optional(),
  }),
  ebay: z.object({
    sellerUsername: z.string().min(1),
    apiBaseUrl: url.optional(),
    tokenUrl: url.optional(),
    initialLookbackDays: z.number().int().min(1).max(730).optional(),
  }),
  shopify: z.object({
    /** "my-store" or "my-store.myshopify.com". */
    shop: z.string().regex(/^[a-z0-9][a-z0-9-]*(\.myshopify\.com)?$/i, 'the shop name, e.g. my-store or my-store.myshopify.com'),
    apiVersion: z.string().regex(/^\d{4}-\d{2}$/).optional(),
    endpoint: url.optional(),
    initialLookbackDays: z.number().int().min(1).max(730).optional(),
  }),
} as const;

export const marketplaceSecretsSchemas = {
  amazon: z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1), refreshToken: z.string().min(1) }),
  ebay: z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1), refreshToken: z.string().min(1) }),
  shopify: z.object({ accessToken: z.string().min(1) }),
} as const;

export type MarketplaceChannel = keyof typeof marketplaceSettingsSchemas;

export interface MarketplaceAccount {
  channel: MarketplaceChannel;
  accountId: number;
  settings: unknown;
  secrets: unknown;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  // Names the fields at fault, never their values (secrets must not reach logs).
  const fields = r.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ');
  throw new ConnectorError('permanent', `The ${what} are incomplete or invalid (${fields}).`, { platformCode: 'bad_settings' });
}

export function createMarketplaceConnector(account: MarketplaceAccount): AmazonConnector | EbayConnector | ShopifyConnector {
  const { accountId } = account;
  switch (account.channel) {
    case 'amazon': {
      const s = parse(marketplaceSettingsSchemas.amazon, account.settings, 'Amazon account settings');
      const credentials = parse(marketplaceSecretsSchemas.amazon, account.secrets, 'Amazon credentials');
      return new AmazonConnector({ accountId, ...s, credentials });
    }
    case 'ebay': {
      const s = parse(marketplaceSettingsSchemas.ebay, account.settings, 'eBay account settings');
      const credentials = parse(marketplaceSecretsSchemas.ebay, account.secrets, 'eBay credentials');
      return new EbayConnector({ accountId, ...s, credentials });
    }
    case 'shopify': {
      const s = parse(marketplaceSettingsSchemas.shopify, account.settings, 'Shopify account settings');
      const { accessToken } = parse(marketplaceSecretsSchemas.shopify, account.secrets, 'Shopify credentials');
      return new ShopifyConnector({ accountId, ...s, accessToken });
    }
  }
}
