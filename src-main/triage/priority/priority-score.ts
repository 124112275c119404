// The priority score (0..100) that puts the most pressing conversation on top, and the reasons for
// it ("why is this on top"): SLA time left, customer value, repeat contacts, mood, channel (Amazon and
// eBay first: their response metrics cost sellers their accounts), and the priority an agent set.
import type { PriorityFactor } from '../../../src-shared/api/contract-triage';
import type { Sentiment } from '../../../src-shared/domain/triage';
import type { Channel, Priority } from '../../../src-shared/domain/types';

export interface PriorityInput {
  now: number;
  slaDueAt: number | null;
  slaTarget: string | null;
  customerVip: boolean;
  /** In US-dollar-ish major units; only the order of magnitude matters. */
  lifetimeValueMajor: number;
  repeatContacts: number;
  /** Customer messages since our last reply beyond the first. */
  unansweredFollowUps: number;
  sentiment: Sentiment | null;
  angry: boolean;
  escalationPhrases: string[];
  channel: Channel;
  priority: Priority;
}

const HOUR = 3_600_000;
const CHANNEL_POINTS: Record<Channel, number> = { amazon: 8, ebay: 6, shopify: 3, email: 0 };
const PRIORITY_POINTS: Record<Priority, number> = { urgent: 12, high: 6, normal: 0, low: -6 };

export function priorityScore(input: PriorityInput): { score: number; factors: PriorityFactor[] } {
  const factors: PriorityFactor[] = [];
  const add = (factor: PriorityFactor['factor'], points: number, params: PriorityFactor['params'] = {}) => {
    if (points !== 0) factors.push({ factor, points: Math.round(points * 10) / 10, params });
  };
  if (input.slaDueAt !== null) {
    const left = input.slaDueAt - input.now;
    if (left <= 0) add('sla_breached', 40, { target: input.slaTarget ?? '', overdueMinutes: Math.round(-left / 60_000) });
    // Full weight at the deadline, fading to nothing 24 hours out.
    else add('sla', 35 * Math.max(0, 1 - left / (24 * HOUR)), { target: input.slaTarget ?? '', minutesLeft: Math.round(left / 60_000) });
  }
  if (input.customerVip) add('vip', 15);
  if (input.lifetimeValueMajor > 0) add('lifetime_value', Math.min(10, 2.5 * Math.log10(1 + input.lifetimeValueMajor)), { value: Math.round(input.lifetimeValueMajor) });
  if (input.repeatContacts > 0) add('repeat_contacts', Math.min(12, 4 * input.repeatContacts), { count: input.repeatContacts });
  if (input.unansweredFollowUps > 0) add('unanswered', Math.min(9, 3 * input.unansweredFollowUps), { count: input.unansweredFollowUps });
  if (input.sentiment === 'negative') add('sentiment', 10, { sentiment: 'negative' });
  else if (input.sentiment === 'positive') add('sentiment', -3, { sentiment: 'positive' });
  if (input.angry) add('anger', 6);
  if (input.escalationPhrases.length) add('escalation', 8, { phrases: input.escalationPhrases.join(', ') });
  add('channel', CHANNEL_POINTS[input.channel], { channel: input.channel });
  add('priority', PRIORITY_POINTS[input.priority], { priority: input.priority });
  factors.sort((a, b) => b.points - a.points);
  const raw = factors.reduce((sum, f) => sum + f.points, 0);
  return { score: Math.round(Math.max(0, Math.min(100, raw)) * 10) / 10, factors };
}
