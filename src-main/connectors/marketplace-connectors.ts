// How the Amazon, eBay and Shopify connectors plug into the sync engine: one definition per channel
// (settings schema, set-up form fields, factory), shaped like the engine's ConnectorDefinition so that
// `registerConnector(definition)` takes them as they are. Non-secret settings are validated here with a
// readable message; secrets (client secrets, refresh and access tokens) are separate fields of kind
// 'secret' and come from the OS keychain. Base URLs and token endpoints are per account so that tests
// and sandboxes can point elsewhere; they default to the real services.
import { z, type ZodType } from 'zod';
import type { Connector } from '../sync/connector';
import { ConnectorError } from '../sync/connector';
import { AmazonConnector } from './amazon/amazon-connector';
import { MARKETPLACE_DOMAINS } from './amazon/amazon-marketplaces';
import { EbayConnector } from './ebay/ebay-connector';
import { ShopifyConnector } from './shopify/shopify-connector';

export type MarketplaceChannel = 'amazon' | 'ebay' | 'shopify';

export interface MarketplaceField {
  name: string;
  label: string;
  kind: 'text' | 'url' | 'number' | 'secret' | 'email';
  required: boolean;
  placeholder?: string;
}

export interface MarketplaceConnectorDefinition<Settings> {
  channel: MarketplaceChannel;
  settingsSchema: ZodType<Settings>;
  fields: readonly MarketplaceField[];
  create(context: { accountId: number; settings: Settings; secrets: Readonly<Record<string, string>> }): Connector;
}

/** Form fields arrive as strings; an empty optional field means "use the default". */
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const optionalUrl = z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional());
const optionalDays = z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(730).optional());

function secret(secrets: Readonly<Record<string, string>>, name: string, label: string): string {
  const v = secrets[name];
  if (!v) throw new ConnectorError('auth', `The ${label} is missing from the keychain; enter it again in the account settings.`, { platformCode: 'missing_secret' });
  return v;
}

const amazonSettings = z
  .object({
    marketplaceId: z.string().trim().regex(/^[A-Z0-9]{10,14}$/, 'an Amazon marketplace id such as A1PA6795UKMFR9 (amazon.de)'),
    region: z.preprocess(blankToUndefined, z.enum(['na', 'eu', 'fe']).optional()),
    endpoint: optionalUrl,
    tokenUrl: optionalUrl,
    initialLookbackDays: optionalDays,
  })
  // The storefront domain is what the console shows as the account's marketplace.
  .transform((s) => ({ ...s, marketplace: MARKETPLACE_DOMAINS[s.marketplaceId] ?? null }));

export const amazonConnectorDefinition: MarketplaceConnectorDefinition<z.infer<typeof amazonSettings>> = {
  channel: 'amazon',
  settingsSchema: amazonSettings,
  fields: [
    { name: 'marketplaceId', label: 'Marketplace id', kind: 'text', required: true, placeholder: 'A1PA6795UKMFR9' },
    { name: 'clientId', label: 'LWA client id', kind: 'secret', required: true },
    { name: 'clientSecret', label: 'LWA client secret', kind: 'secret', required: true },
    { name: 'refreshToken', label: 'Refresh token', kind: 'secret', required: true },
    { name: 'endpoint', label: 'SP-API endpoint (empty: the region’s)', kind: 'url', required: false, placeholder: 'https://sellingpartnerapi-eu.amazon.com' },
    { name: 'tokenUrl', label: 'Token endpoint (empty: Login with Amazon)', kind: 'url', required: false, placeholder: 'https://api.amazon.com/auth/o2/token' },
  ],
  create: ({ accountId, settings, secrets }) =>
    new AmazonConnector({
      accountId,
      marketplaceId: settings.marketplaceId,
      region: settings.region,
      endpoint: settings.endpoint,
      tokenUrl: settings.tokenUrl,
      initialLookbackDays: settings.initialLookbackDays,
      credentials: {
        clientId: secret(secrets, 'clientId', 'LWA client id'),
        clientSecret: secret(secrets, 'clientSecret', 'LWA client secret'),
        refreshToken: secret(secrets, 'refreshToken', 'Amazon refresh token'),
      },
    }),
};

const ebaySettings = z.object({
  sellerUsername: z.string().trim().min(1, 'the seller’s eBay user name'),
  marketplace: z.preprocess(blankToUndefined, z.string().regex(/^ebay\.[a-z.]+$/, 'a site such as ebay.com or ebay.de').optional()),
  apiBaseUrl: optionalUrl,
  tokenUrl: optionalUrl,
  /** Space-separated OAuth scopes as granted at consent (a refresh may ask for those or fewer). */
  scopes: z.preprocess(blankToUndefined, z.string().regex(/^(https:\/\/\S+)(\s+https:\/\/\S+)*$/, 'space-separated scope URLs').optional()),
  initialLookbackDays: optionalDays,
});

export const ebayConnectorDefinition: MarketplaceConnectorDefinition<z.infer<typeof ebaySettings>> = {
  channel: 'ebay',
  settingsSchema: ebaySettings,
  fields: [
    { name: 'sellerUsername', label: 'eBay user name', kind: 'text', required: true },
    { name: 'marketplace', label: 'eBay site', kind: 'text', required: false, placeholder: 'ebay.com' },
    { name: 'clientId', label: 'App id (client id)', kind: 'secret', required: true },
    { name: 'clientSecret', label: 'Cert id (client secret)', kind: 'secret', required: true },
    { name: 'refreshToken', label: 'User refresh token', kind: 'secret', required: true },
    { name: 'apiBaseUrl', label: 'API base URL (empty: api.ebay.com)', kind: 'url', required: false, placeholder: 'https://api.ebay.com' },
    { name: 'scopes', label: 'OAuth scopes granted (empty: message + fulfillment read)', kind: 'text', required: false },
  ],
  create: ({ accountId, settings, secrets }) =>
    new EbayConnector({
      accountId,
      sellerUsername: settings.sellerUsername,
      apiBaseUrl: settings.apiBaseUrl,
      tokenUrl: settings.tokenUrl,
      scopes: settings.scopes?.split(/\s+/),
      initialLookbackDays: settings.initialLookbackDays,
      credentials: {
        clientId: secret(secrets, 'clientId', 'eBay app id'),
        clientSecret: secret(secrets, 'clientSecret', 'eBay cert id'),
        refreshToken: secret(secrets, 'refreshToken', 'eBay refresh token'),
      },
    }),
};

const shopifySettings = z
  .object({
    shop: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]*(\.myshopify\.com)?$/, 'the shop name, e.g. my-store or my-store.myshopify.com'),
    apiVersion: z.preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}$/, 'an API version such as 2025-10').optional()),
    endpoint: optionalUrl,
    initialLookbackDays: optionalDays,
  })
  .transform((s) => ({ ...s, marketplace: s.shop.includes('.') ? s.shop : `${s.shop}.myshopify.com` }));

export const shopifyConnectorDefinition: MarketplaceConnectorDefinition<z.infer<typeof shopifySettings>> = {
  channel: 'shopify',
  settingsSchema: shopifySettings,
  fields: [
    { name: 'shop', label: 'Shop', kind: 'text', required: true, placeholder: 'my-store.myshopify.com' },
    { name: 'accessToken', label: 'Admin API access token', kind: 'secret', required: true },
    { name: 'apiVersion', label: 'API version', kind: 'text', required: false, placeholder: '2025-10' },
    { name: 'endpoint', label: 'GraphQL endpoint (empty: the shop’s)', kind: 'url', required: false },
  ],
  create: ({ accountId, settings, secrets }) =>
    new ShopifyConnector({
      accountId,
      shop: settings.shop,
      apiVersion: settings.apiVersion,
      endpoint: settings.endpoint,
      initialLookbackDays: settings.initialLookbackDays,
      accessToken: secret(secrets, 'accessToken', 'Shopify access token'),
    }),
};

export const marketplaceConnectorDefinitions = [amazonConnectorDefinition, ebayConnectorDefinition, shopifyConnectorDefinition] as const;

/** Builds one account's connector from raw stored settings; bad settings fail with the fields at fault (never values). */
export function createMarketplaceConnector(account: { channel: MarketplaceChannel; accountId: number; settings: unknown; secrets: Readonly<Record<string, string>> }): Connector {
  const definition = marketplaceConnectorDefinitions.find((d) => d.channel === account.channel)!;
  const parsed = (definition.settingsSchema as ZodType<unknown>).safeParse(account.settings);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`).join('; ');
    throw new ConnectorError('permanent', `The ${account.channel} account settings are incomplete or invalid (${fields}).`, { platformCode: 'bad_settings' });
  }
  return (definition.create as (c: { accountId: number; settings: unknown; secrets: Readonly<Record<string, string>> }) => Connector)({
    accountId: account.accountId,
    settings: parsed.data,
    secrets: account.secrets,
  });
}
