// Snooze times typed the way people say them: "tomorrow 9", "mon", "2h", "fri 14:00", "明天9点",
// "周一", "2小时后". chrono-node does the calendar work; this module only fills its gaps for a
// snooze: a bare hour after a day word ("tomorrow 9"), and a day without a time means 09:00 (the
// start of a working day) rather than chrono's noon. Only future times are accepted.
import * as chrono from 'chrono-node';

export type DateLocale = 'en' | 'zh-CN';

const DEFAULT_HOUR = 9;
/** "2h", "30m", "3d", "1w": the shorthand chrono reads, listed so its intent is explicit. */
const SHORT_DURATION = /^\s*(\d{1,3})\s*(m|min|h|d|w)\s*$/i;
const UNIT_MS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export interface NaturalDate {
  at: number;
  /** The part of the input that was understood, for showing it back ("tomorrow at 9"). */
  matched: string;
}

function relative(text: string, now: number): NaturalDate | null {
  const m = SHORT_DURATION.exec(text);
  if (!m) return null;
  const amount = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (amount === 0) return null;
  let at = now + amount * UNIT_MS[unit]!;
  // "3d" and "1w" mean a day, not an exact number of hours: that day at the start of work.
  if (unit === 'd' || unit === 'w') {
    const d = new Date(at);
    d.setHours(DEFAULT_HOUR, 0, 0, 0);
    at = d.getTime();
  }
  return { at, matched: text.trim() };
}

/** Parses a snooze time; null when nothing future-dated was understood. */
export function parseNaturalDate(input: string, now: number, locale: DateLocale = 'en'): NaturalDate | null {
  const text = input.trim();
  if (!text) return null;
  const short = relative(text, now);
  if (short) return short.at > now ? short : null;

  // "tomorrow 9" -> "tomorrow at 9": chrono reads a bare trailing hour only with "at".
  const english = text.replace(/^(.*[a-z])\s+(\d{1,2})(?::(\d{2}))?$/i, (_, day: string, h: string, min?: string) => `${day} at ${h}${min ? `:${min}` : ''}`);
  const parsers = locale === 'zh-CN' ? [chrono.zh, chrono] : [chrono, chrono.zh];
  for (const parser of parsers) {
    const candidate = parser === chrono.zh ? text : english;
    const [result] = parser.parse(candidate, new Date(now), { forwardDate: true });
    if (!result) continue;
    const date = result.start.date();
    if (!result.start.isCertain('hour')) date.setHours(DEFAULT_HOUR, 0, 0, 0);
    // "mon" said on a Monday at 10:00 means next Monday, not this morning.
    const weekdayOnly = result.start.isCertain('weekday') && !result.start.isCertain('day');
    if (date.getTime() <= now && weekdayOnly && !result.start.isCertain('hour')) date.setDate(date.getDate() + 7);
    if (date.getTime() <= now) return null;
    return { at: date.getTime(), matched: result.text };
  }
  return null;
}
