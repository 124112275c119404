// Dates and money in the UI language; amounts are minor units of their own currency.
import type { UiLocale } from '../../src-shared/domain/types';
import { formatMinorUnits } from '../../src-shared/format/money';

export function formatMoney(minor: number, currency: string, locale: UiLocale): string {
  return formatMinorUnits(minor, currency, locale);
}

export function formatDate(ms: number, locale: UiLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(ms);
}

export function formatDateTime(ms: number, locale: UiLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** "5 min ago", "yesterday", or a date for anything older than a week. */
export function formatRelative(ms: number, locale: UiLocale, now = Date.now()): string {
  const diff = ms - now;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const minutes = Math.round(diff / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(diff / 3_600_000);
  if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
  const days = Math.round(diff / 86_400_000);
  if (Math.abs(days) < 7) return rtf.format(days, 'day');
  return formatDate(ms, locale);
}
