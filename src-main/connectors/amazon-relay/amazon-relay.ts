// Amazon never exposes buyer messages through an API: it relays them by email. The buyer writes from an
// anonymised address at `marketplace.amazon.<tld>` and a reply to that address (sent from the seller's
// registered address) is relayed back. The order the message is about is named in the subject or body
// as 3-7-7 digits (e.g. 302-1234567-7654321).

/** Relay domain -> the marketplace's own name, as accounts and orders store it (`amazon.de`). */
export const AMAZON_RELAY_DOMAINS: Readonly<Record<string, string>> = {
  'marketplace.amazon.com': 'amazon.com',
  'marketplace.amazon.ca': 'amazon.ca',
  'marketplace.amazon.com.mx': 'amazon.com.mx',
  'marketplace.amazon.com.br': 'amazon.com.br',
  'marketplace.amazon.co.uk': 'amazon.co.uk',
  'marketplace.amazon.ie': 'amazon.ie',
  'marketplace.amazon.de': 'amazon.de',
  'marketplace.amazon.fr': 'amazon.fr',
  'marketplace.amazon.it': 'amazon.it',
  'marketplace.amazon.es': 'amazon.es',
  'marketplace.amazon.nl': 'amazon.nl',
  'marketplace.amazon.se': 'amazon.se',
  'marketplace.amazon.pl': 'amazon.pl',
  'marketplace.amazon.com.be': 'amazon.com.be',
  'marketplace.amazon.com.tr': 'amazon.com.tr',
  'marketplace.amazon.ae': 'amazon.ae',
  'marketplace.amazon.sa': 'amazon.sa',
  'marketplace.amazon.eg': 'amazon.eg',
  'marketplace.amazon.in': 'amazon.in',
  'marketplace.amazon.co.jp': 'amazon.co.jp',
  'marketplace.amazon.sg': 'amazon.sg',
  'marketplace.amazon.com.au': 'amazon.com.au',
};

export interface AmazonRelayAddress {
  /** The relay address itself, lower-cased: the buyer's stable handle on the Amazon channel. */
  address: string;
  /** `amazon.de`, `amazon.co.jp` ... */
  marketplace: string;
}

/** The marketplace of an Amazon buyer relay address, or null for any other address. */
export function recogniseAmazonRelay(address: string | null | undefined): AmazonRelayAddress | null {
  if (!address) return null;
  const normalised = address.trim().toLowerCase();
  const at = normalised.lastIndexOf('@');
  if (at <= 0) return null;
  const marketplace = AMAZON_RELAY_DOMAINS[normalised.slice(at + 1)];
  return marketplace ? { address: normalised, marketplace } : null;
}

const ORDER_ID = /(?<![\d-])(\d{3}-\d{7}-\d{7})(?![\d-])/;

/** The first Amazon order id found in the given texts, searched in order (subject first, then body). */
export function extractAmazonOrderId(...texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    const match = text ? ORDER_ID.exec(text) : null;
    if (match) return match[1]!;
  }
  return null;
}

/** Relayed mail shows the buyer as "Anna Schmidt - Amazon Marketplace"; the agent needs only the name. */
export function buyerNameFromRelay(displayName: string): string {
  return displayName.replace(/\s*[-–]\s*(amazon\s+)?marketplace\s*$/i, '').trim() || displayName;
}
