import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { businessHours, calendarHours, CalendarSpecError, localMinuteOfDay, type CalendarSpec } from '../../../src-main/triage/sla/business-calendar';

const nineToSix: CalendarSpec['week'] = {
  mon: [['09:00', '18:00']],
  tue: [['09:00', '18:00']],
  wed: [['09:00', '18:00']],
  thu: [['09:00', '18:00']],
  fri: [['09:00', '18:00']],
  sat: [],
  sun: [],
};
const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();
const iso = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

describe('calendar hours', () => {
  it('counts every minute, nights and weekends included (Amazon 24 h)', () => {
    const friday = at('2026-03-06T20:00', 'UTC');
    expect(iso(calendarHours.addMinutes(friday, 24 * 60), 'UTC')).toBe('2026-03-07T20:00');
    expect(calendarHours.minutesBetween(friday, friday + 90 * 60_000)).toBe(90);
    expect(calendarHours.isOpen(friday)).toBe(true);
  });
});

describe('business hours', () => {
  const berlin = businessHours({ timeZone: 'Europe/Berlin', week: nineToSix, holidays: ['2026-04-03'] });

  it('adds working minutes within one day', () => {
    expect(iso(berlin.addMinutes(at('2026-03-04T10:00', 'Europe/Berlin'), 120), 'Europe/Berlin')).toBe('2026-03-04T12:00');
  });

  it('carries over the night and the weekend', () => {
    // Friday 17:00 + 2 h of work: 1 h on Friday, 1 h on Monday.
    expect(iso(berlin.addMinutes(at('2026-03-06T17:00', 'Europe/Berlin'), 120), 'Europe/Berlin')).toBe('2026-03-09T10:00');
    // A message on Saturday starts the clock on Monday morning.
    expect(iso(berlin.addMinutes(at('2026-03-07T11:00', 'Europe/Berlin'), 60), 'Europe/Berlin')).toBe('2026-03-09T10:00');
  });

  it('skips holidays', () => {
    // Thursday 2 April 17:00 + 2 h: Good Friday (3 April) is closed, so it ends Monday 10:00.
    expect(iso(berlin.addMinutes(at('2026-04-02T17:00', 'Europe/Berlin'), 120), 'Europe/Berlin')).toBe('2026-04-06T10:00');
    expect(berlin.isOpen(at('2026-04-03T10:00', 'Europe/Berlin'))).toBe(false);
  });

  it('measures working minutes between two instants', () => {
    expect(berlin.minutesBetween(at('2026-03-06T17:00', 'Europe/Berlin'), at('2026-03-09T10:00', 'Europe/Berlin'))).toBe(120);
    expect(berlin.minutesBetween(at('2026-03-07T00:00', 'Europe/Berlin'), at('2026-03-08T23:00', 'Europe/Berlin'))).toBe(0);
    expect(berlin.minutesBetween(10, 5)).toBe(0);
  });

  it('uses the team time zone: 09:00 in Shanghai is 02:00 in Berlin', () => {
    const shanghai = businessHours({ timeZone: 'Asia/Shanghai', week: nineToSix, holidays: [] });
    const instant = at('2026-03-04T02:30', 'Europe/Berlin');
    expect(shanghai.isOpen(instant)).toBe(true);
    expect(berlin.isOpen(instant)).toBe(false);
    expect(iso(berlin.nextOpen(instant), 'Europe/Berlin')).toBe('2026-03-04T09:00');
  });

  it('keeps wall-clock hours across DST changes', () => {
    const allDaySunday = businessHours({
      timeZone: 'Europe/Berlin',
      week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [['00:00', '24:00']] },
      holidays: [],
    });
    // 29 March 2026: clocks jump from 02:00 to 03:00, the day has 23 hours; 25 October: 25 hours.
    expect(allDaySunday.minutesBetween(at('2026-03-29T00:00', 'Europe/Berlin'), at('2026-03-30T00:00', 'Europe/Berlin'))).toBe(23 * 60);
    expect(allDaySunday.minutesBetween(at('2026-10-25T00:00', 'Europe/Berlin'), at('2026-10-26T00:00', 'Europe/Berlin'))).toBe(25 * 60);
    // A nine-to-five day after the change still ends at 18:00 local, i.e. 16:00 UTC instead of 17:00.
    const friday = berlin.addMinutes(at('2026-03-27T17:00', 'Europe/Berlin'), 9 * 60);
    expect(iso(friday, 'Europe/Berlin')).toBe('2026-03-30T17:00');
    expect(iso(friday, 'UTC')).toBe('2026-03-30T15:00');
  });

  it('refuses calendars it cannot use', () => {
    expect(() => businessHours({ timeZone: 'Mars/Olympus', week: nineToSix, holidays: [] })).toThrow(CalendarSpecError);
    expect(() => businessHours({ timeZone: 'UTC', week: { ...nineToSix, mon: [['18:00', '09:00']] }, holidays: [] })).toThrow(/ends before it starts/);
    expect(() => businessHours({ timeZone: 'UTC', week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: [] })).toThrow(/at least one/);
  });
});

describe('local time of day', () => {
  it('follows the zone and its DST offset', () => {
    expect(localMinuteOfDay(Date.UTC(2026, 0, 15, 14, 30), 'Asia/Shanghai')).toBe(22 * 60 + 30);
    expect(localMinuteOfDay(Date.UTC(2026, 0, 15, 22, 5), 'Europe/Berlin')).toBe(23 * 60 + 5);
    expect(localMinuteOfDay(Date.UTC(2026, 6, 15, 22, 5), 'Europe/Berlin')).toBe(5);
  });
});
