// SP-API regions and marketplace ids (developer-docs.amazon.com/sp-api/docs/marketplace-ids and
// .../sp-api-endpoints). The console names a marketplace by its storefront domain ("amazon.de").

export type SpApiRegion = 'na' | 'eu' | 'fe';

export const SP_API_ENDPOINTS: Record<SpApiRegion, string> = {
  na: 'https://sellingpartnerapi-na.amazon.com',
  eu: 'https://sellingpartnerapi-eu.amazon.com',
  fe: 'https://sellingpartnerapi-fe.amazon.com',
};

/** Login with Amazon token endpoint used by SP-API applications in every region. */
export const LWA_TOKEN_URL = 'https://api.amazon.com/auth/o2/token';

export const MARKETPLACE_DOMAINS: Record<string, string> = {
  ATVPDKIKX0DER: 'amazon.com',
  A2EUQ1WTGCTBG2: 'amazon.ca',
  A1AM78C64UM0Y8: 'amazon.com.mx',
  A2Q3Y263D00KWC: 'amazon.com.br',
  A1F83G8C2ARO7P: 'amazon.co.uk',
  A1PA6795UKMFR9: 'amazon.de',
  A13V1IB3VIYZZH: 'amazon.fr',
  APJ6JRA9NG5V4: 'amazon.it',
  A1RKKUPIHCS9HS: 'amazon.es',
  A1805IZSGTT6HS: 'amazon.nl',
  A2NODRKZP88ZB9: 'amazon.se',
  A1C3SOZRARQ6R3: 'amazon.pl',
  AMEN7PMS3EDWL: 'amazon.com.be',
  A33AVAJ2PDY3EV: 'amazon.com.tr',
  A2VIGQ35RCS4UG: 'amazon.ae',
  A17E79C6D8DWNP: 'amazon.sa',
  ARBP9OOSHTCHU: 'amazon.eg',
  A21TJRUUN4KGV: 'amazon.in',
  A1VC38T7YXB528: 'amazon.co.jp',
  A39IBJ37TRP1C6: 'amazon.com.au',
  A19VAU5U5O7RUS: 'amazon.sg',
};

const REGION_OF: Record<string, SpApiRegion> = {
  ATVPDKIKX0DER: 'na',
  A2EUQ1WTGCTBG2: 'na',
  A1AM78C64UM0Y8: 'na',
  A2Q3Y263D00KWC: 'na',
  A1VC38T7YXB528: 'fe',
  A39IBJ37TRP1C6: 'fe',
  A19VAU5U5O7RUS: 'fe',
};

/** The region whose endpoint serves a marketplace (Europe, the Middle East and India are 'eu'). */
export function regionOfMarketplace(marketplaceId: string): SpApiRegion {
  return REGION_OF[marketplaceId] ?? 'eu';
}
