// Platform amounts are decimal strings ("12.99", "1980"); the console stores integer minor units, with
// each currency's own number of decimals (JPY none, EUR two, KWD three). Done on the string, not floats.

const decimalsCache = new Map<string, number>();

export function currencyDecimals(currency: string): number {
  const code = currency.toUpperCase();
  let d = decimalsCache.get(code);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    decimalsCache.set(code, d);
  }
  return d;
}

/** "12.99" EUR -> 1299; "1980" JPY -> 1980; "1.5" KWD -> 1500. Throws on anything that is not a decimal number. */
export function toMinorUnits(amount: string | number, currency: string): number {
  const text = typeof amount === 'number' ? String(amount) : amount.trim();
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a decimal amount: ${JSON.stringify(amount)}`);
  const decimals = currencyDecimals(currency);
  const fraction = (m[3] ?? '').padEnd(decimals + 1, '0');
  let minor = Number(m[2]) * 10 ** decimals + Number(fraction.slice(0, decimals) || '0');
  // Round half up on the first dropped digit (a JPY amount sent as "1980.00" stays 1980).
  if (Number(fraction[decimals] ?? '0') >= 5) minor += 1;
  return m[1] ? -minor : minor;
}

/** Milliseconds from an ISO 8601 time, or null when absent/invalid. */
export function isoToMs(value: unknown): number | null {
  if (typeof value !== 'string' || value === '') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}
