import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { businessHours, calendarHours } from '../../../src-main/triage/sla/business-calendar';
import { choosePolicy, computeSlaClocks, type SlaPolicy } from '../../../src-main/triage/sla/sla-clocks';

const H = 3_600_000;
const M = 60_000;
const T0 = Date.UTC(2026, 2, 4, 10, 0); // Wednesday 10:00 UTC

const policy = (over: Partial<SlaPolicy> = {}): SlaPolicy => ({
  id: 1,
  name: 'Test',
  channel: null,
  priority: null,
  firstResponseMinutes: 60,
  nextResponseMinutes: 120,
  resolutionMinutes: 8 * 60,
  calendar: 'calendar',
  teamId: null,
  warnMinutes: 15,
  ...over,
});
const open = (now: number) => ({ now, status: 'open' as const, noResponseNeeded: false });

describe('SLA clocks', () => {
  it('runs the first-response clock from the first customer message until our reply', () => {
    const state = computeSlaClocks(policy(), calendarHours, [{ at: T0, from: 'customer' }], open(T0 + 10 * M));
    expect(state.clocks.find((c) => c.target === 'first_response')).toMatchObject({ dueAt: T0 + H, breached: false });
    expect(state).toMatchObject({ dueAt: T0 + H, target: 'first_response' });
    const breached = computeSlaClocks(policy(), calendarHours, [{ at: T0, from: 'customer' }], open(T0 + 2 * H));
    expect(breached.clocks[0]!.breached).toBe(true);
  });

  it('stops first response at our reply and starts next response on the next customer message', () => {
    const timeline = [
      { at: T0, from: 'customer' as const },
      { at: T0 + 30 * M, from: 'us' as const },
      { at: T0 + 5 * H, from: 'customer' as const },
      { at: T0 + 5 * H + 10 * M, from: 'customer' as const },
    ];
    const state = computeSlaClocks(policy(), calendarHours, timeline, open(T0 + 6 * H));
    expect(state.clocks.map((c) => c.target)).toEqual(['next_response', 'resolution']);
    // From the first unanswered message, not the latest one.
    expect(state.clocks[0]!.dueAt).toBe(T0 + 7 * H);
  });

  it('pauses resolution while waiting on the customer and resumes when they write', () => {
    const replied = [
      { at: T0, from: 'customer' as const },
      { at: T0 + 2 * H, from: 'us' as const },
    ];
    const paused = computeSlaClocks(policy(), calendarHours, replied, open(T0 + 30 * H));
    const resolution = paused.clocks.find((c) => c.target === 'resolution')!;
    expect(resolution).toMatchObject({ dueAt: null, pausedRemainingMinutes: 6 * 60, breached: false });
    expect(paused.dueAt).toBeNull();
    // The customer answers a day later: 6 h of the 8 are left, counted from then.
    const resumed = computeSlaClocks(policy(), calendarHours, [...replied, { at: T0 + 26 * H, from: 'customer' }], open(T0 + 27 * H));
    expect(resumed.clocks.find((c) => c.target === 'resolution')!.dueAt).toBe(T0 + 32 * H);
  });

  it('treats a pending conversation as waiting on the customer', () => {
    const state = computeSlaClocks(policy(), calendarHours, [{ at: T0, from: 'customer' }], { now: T0 + H, status: 'pending', noResponseNeeded: false });
    expect(state.clocks.map((c) => c.target)).toEqual(['resolution']);
    expect(state.clocks[0]).toMatchObject({ dueAt: null, pausedRemainingMinutes: 7 * 60 });
  });

  it('counts only business hours on a business calendar', () => {
    const berlin = businessHours({
      timeZone: 'Europe/Berlin',
      week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']], sat: [], sun: [] },
      holidays: [],
    });
    const friday1630 = DateTime.fromISO('2026-03-06T16:30', { zone: 'Europe/Berlin' }).toMillis();
    const state = computeSlaClocks(policy({ calendar: 'business' }), berlin, [{ at: friday1630, from: 'customer' }], open(friday1630));
    expect(DateTime.fromMillis(state.dueAt!, { zone: 'Europe/Berlin' }).toFormat('ccc HH:mm')).toBe('Mon 09:30');
  });

  it('has no clocks when closed, when no response is needed, or without a customer message', () => {
    const t = [{ at: T0, from: 'customer' as const }];
    expect(computeSlaClocks(policy(), calendarHours, t, { now: T0, status: 'closed', noResponseNeeded: false }).clocks).toEqual([]);
    expect(computeSlaClocks(policy(), calendarHours, t, { now: T0, status: 'open', noResponseNeeded: true }).clocks).toEqual([]);
    expect(computeSlaClocks(policy(), calendarHours, [{ at: T0, from: 'us' }], open(T0)).clocks).toEqual([]);
    expect(computeSlaClocks(null, calendarHours, t, open(T0)).clocks).toEqual([]);
  });
});

describe('policy choice', () => {
  const policies = [
    { id: 1, channel: 'amazon' as const, priority: null },
    { id: 2, channel: null, priority: 'urgent' as const },
    { id: 3, channel: 'amazon' as const, priority: 'urgent' as const },
    { id: 4, channel: 'email' as const, priority: null },
  ];
  it('prefers channel and priority, then priority, then channel', () => {
    expect(choosePolicy(policies, 'amazon', 'urgent')?.id).toBe(3);
    expect(choosePolicy(policies, 'ebay', 'urgent')?.id).toBe(2);
    expect(choosePolicy(policies, 'amazon', 'normal')?.id).toBe(1);
    expect(choosePolicy(policies, 'shopify', 'normal')).toBeNull();
  });
});
