import { describe, expect, it } from 'vitest';
import { priorityScore, type PriorityInput } from '../../../src-main/triage/priority/priority-score';

const NOW = Date.UTC(2026, 2, 4, 10);
const H = 3_600_000;
const base: PriorityInput = {
  now: NOW,
  slaDueAt: null,
  slaTarget: null,
  customerVip: false,
  lifetimeValueMajor: 0,
  repeatContacts: 0,
  unansweredFollowUps: 0,
  sentiment: 'neutral',
  angry: false,
  escalationPhrases: [],
  channel: 'email',
  priority: 'normal',
};
const score = (over: Partial<PriorityInput>) => priorityScore({ ...base, ...over }).score;

describe('priority score', () => {
  it('rises as the SLA deadline nears and tops out once breached', () => {
    const far = score({ slaDueAt: NOW + 20 * H, slaTarget: 'first_response' });
    const near = score({ slaDueAt: NOW + H, slaTarget: 'first_response' });
    const breached = score({ slaDueAt: NOW - H, slaTarget: 'first_response' });
    expect(far).toBeLessThan(near);
    expect(near).toBeLessThan(breached);
    expect(score({ slaDueAt: NOW + 48 * H })).toBe(0);
  });

  it('adds customer value, repeat contacts, mood and channel, and names each', () => {
    expect(score({ customerVip: true })).toBeGreaterThan(score({}));
    expect(score({ lifetimeValueMajor: 5_000 })).toBeGreaterThan(score({ lifetimeValueMajor: 50 }));
    expect(score({ repeatContacts: 3 })).toBeGreaterThan(score({ repeatContacts: 1 }));
    expect(score({ sentiment: 'negative', angry: true })).toBeGreaterThan(score({ sentiment: 'negative' }));
    expect(score({ channel: 'amazon' })).toBeGreaterThan(score({ channel: 'ebay' }));
    expect(score({ channel: 'ebay' })).toBeGreaterThan(score({ channel: 'email' }));
    const { factors } = priorityScore({ ...base, customerVip: true, sentiment: 'negative', escalationPhrases: ['manager'], channel: 'amazon', slaDueAt: NOW + 2 * H, slaTarget: 'next_response' });
    expect(factors.map((f) => f.factor)).toEqual(['sla', 'vip', 'sentiment', 'escalation', 'channel']);
    expect(factors[0]!.params).toEqual({ target: 'next_response', minutesLeft: 120 });
  });

  it('stays within 0..100', () => {
    expect(score({ priority: 'low' })).toBe(0);
    const max = score({ slaDueAt: NOW - H, customerVip: true, lifetimeValueMajor: 1e9, repeatContacts: 9, unansweredFollowUps: 9, sentiment: 'negative', angry: true, escalationPhrases: ['x'], channel: 'amazon', priority: 'urgent' });
    expect(max).toBe(100);
  });
});
