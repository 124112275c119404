// Working time: either every minute counts (calendar hours: Amazon's 24 h include nights, weekends
// and holidays) or only a team's business hours in its own time zone, minus its holidays. Local wall
// times are turned into instants by luxon, so a day that loses or gains an hour at a DST change has
// exactly the business minutes its wall clock shows.
import { DateTime } from 'luxon';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface CalendarSpec {
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
  /** Open intervals per weekday, local "HH:MM" (end may be "24:00"). */
  week: Record<Weekday, [string, string][]>;
  /** Closed local dates, YYYY-MM-DD. */
  holidays: string[];
}

export interface WorkingCalendar {
  readonly kind: 'calendar' | 'business';
  /** The instant when `minutes` of working time have passed since `start`. */
  addMinutes(start: number, minutes: number): number;
  /** Working minutes between two instants (0 when b <= a). */
  minutesBetween(a: number, b: number): number;
  isOpen(at: number): boolean;
  /** `at` itself when open, else the next opening instant. */
  nextOpen(at: number): number;
}

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
/** A calendar year and a bit: far enough for any target, short enough to stop on a closed calendar. */
const MAX_DAYS = 800;

export const calendarHours: WorkingCalendar = {
  kind: 'calendar',
  addMinutes: (start, minutes) => start + minutes * MINUTE,
  minutesBetween: (a, b) => Math.max(0, (b - a) / MINUTE),
  isOpen: () => true,
  nextOpen: (at) => at,
};

export class CalendarSpecError extends Error {
  override name = 'CalendarSpecError';
}

function parseTime(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new CalendarSpecError(`"${text}" is not a time of day (HH:MM)`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 24 * 60 || Number(match[2]) > 59) throw new CalendarSpecError(`"${text}" is not a time of day (HH:MM)`);
  return minutes;
}

export function businessHours(spec: CalendarSpec): WorkingCalendar {
  if (!DateTime.now().setZone(spec.timeZone).isValid) throw new CalendarSpecError(`Unknown time zone "${spec.timeZone}"`);
  const week = WEEKDAYS.map((day) =>
    (spec.week[day] ?? []).map(([from, to]) => {
      const start = parseTime(from);
      const end = parseTime(to);
      if (end <= start) throw new CalendarSpecError(`${day}: ${from}-${to} ends before it starts`);
      return [start, end] as const;
    }),
  );
  if (week.every((d) => d.length === 0)) throw new CalendarSpecError('Business hours need at least one open interval in the week');
  const holidays = new Set(spec.holidays);
  const zone = spec.timeZone;

  // Open intervals of one local day as instants, cached by the day's number since 1970 (local
  // calendar): luxon is asked only once per day, the hot path is arithmetic on cached offsets.
  const cache = new Map<number, [number, number][]>();
  function dayIntervals(index: number): [number, number][] {
    const cached = cache.get(index);
    if (cached) return cached;
    const date = DateTime.fromMillis(index * DAY_MS, { zone: 'UTC' });
    const day = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone });
    const result: [number, number][] = holidays.has(date.toISODate()!) ? [] : week[date.weekday - 1]!.map(([s, e]) => [atMinute(day, s), atMinute(day, e)]);
    if (cache.size > 5_000) cache.clear();
    cache.set(index, result);
    return result;
  }
  function atMinute(day: DateTime, minutes: number): number {
    if (minutes === 24 * 60) return day.plus({ days: 1 }).startOf('day').toMillis();
    // A wall time that does not exist (spring forward) moves on to the first one that does.
    return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
  }
  const dayIndex = (at: number) => Math.floor((at + offsetAt(at, zone) * MINUTE) / DAY_MS);

  return {
    kind: 'business',
    addMinutes(start, minutes) {
      let remaining = minutes * MINUTE;
      const first = dayIndex(start);
      for (let day = first; day < first + MAX_DAYS; day++) {
        for (const [s, e] of dayIntervals(day)) {
          if (e <= start) continue;
          const from = Math.max(s, start);
          if (remaining <= e - from) return from + remaining;
          remaining -= e - from;
        }
      }
      throw new CalendarSpecError('No business hours within the next two years');
    },
    minutesBetween(a, b) {
      if (b <= a) return 0;
      let total = 0;
      const first = dayIndex(a);
      const last = Math.min(dayIndex(b), first + MAX_DAYS);
      for (let day = first; day <= last; day++) {
        for (const [s, e] of dayIntervals(day)) {
          const from = Math.max(s, a);
          const to = Math.min(e, b);
          if (to > from) total += to - from;
        }
      }
      return total / MINUTE;
    },
    isOpen(at) {
      return dayIntervals(dayIndex(at)).some(([s, e]) => at >= s && at < e);
    },
    nextOpen(at) {
      const first = dayIndex(at);
      for (let day = first; day < first + MAX_DAYS; day++) {
        for (const [s, e] of dayIntervals(day)) if (e > at) return Math.max(s, at);
      }
      throw new CalendarSpecError('No business hours within the next two years');
    },
  };
}

const QUARTER_HOUR = 15 * MINUTE;
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's UTC offset (minutes) at `at`, cached per quarter hour: rules test it per message. */
function offsetAt(at: number, zone: string): number {
  let perZone = offsetCache.get(zone);
  if (!perZone) offsetCache.set(zone, (perZone = new Map()));
  const quarter = Math.floor(at / QUARTER_HOUR);
  let offset = perZone.get(quarter);
  if (offset === undefined) {
    offset = DateTime.fromMillis(at, { zone }).offset;
    if (perZone.size > 20_000) perZone.clear();
    perZone.set(quarter, offset);
  }
  return offset;
}

/** Minutes after local midnight of `at` in `zone` (0..1439), for "time of day" conditions. */
export function localMinuteOfDay(at: number, zone: string): number {
  const local = at + offsetAt(at, zone) * MINUTE;
  const day = 24 * 60;
  return ((Math.floor(local / MINUTE) % day) + day) % day;
}
