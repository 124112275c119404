// What the Electron window may load or hand to the OS. Pure functions over URLs, tested in Node.

/** The window only ever shows the app's own page; every other navigation is refused. */
export function isAllowedNavigation(url: string, appIndexUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appIndexUrl);
    return target.protocol === 'file:' && target.pathname === app.pathname;
  } catch {
    return false;
  }
}

// Sites an agent legitimately opens from a conversation: marketplaces and carriers' tracking pages.
const TRUSTED_HOST_SUFFIXES = [
  'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.co.jp', 'sellercentral.amazon.com',
  'ebay.com', 'ebay.de', 'ebay.co.uk', 'shopify.com', 'myshopify.com',
  'dhl.com', 'dhl.de', 'ups.com', 'fedex.com', 'usps.com', 'royalmail.com', 'evri.com', 'dpd.de', 'dpd.com', 'myhermes.de',
  'laposte.fr', 'chronopost.fr', 'poste.it', 'brt.it', 'correos.es', 'seur.com', 'kuronekoyamato.co.jp', 'sagawa-exp.co.jp',
  'japanpost.jp', 'post.japanpost.jp', 'cainiao.com', '4px.com', 'yanwen.com', 'sf-express.com', '17track.net',
];

/**
 * Links opened in the user's browser: https to a trusted host (no credentials, no odd ports), or mailto.
 * Anything else (javascript:, file:, http:, lookalike hosts) stays closed.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return !/[\r\n]|%0[ad]/i.test(url);
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase();
  return TRUSTED_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}
