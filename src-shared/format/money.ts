// Amounts are stored as integer minor units; how many digits a currency has comes from Intl
// (JPY has none, USD two), so 2999 means ¥2,999 but $29.99.
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMinorUnits(minor: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** currencyDigits(currency));
}
