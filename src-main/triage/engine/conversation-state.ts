// A conversation's SLA clocks and priority score, computed from what triage loaded: which policy
// applies, the thread as a timeline of "customer wrote" / "we answered", and the score's inputs.
import type { ConversationContext } from './conversation-context';
import { latestInsight } from './build-facts';
import { priorityScore } from '../priority/priority-score';
import type { SlaConfig } from '../sla/sla-config';
import { choosePolicy, computeSlaClocks, type SlaPolicy, type SlaState, type TimelineEntry } from '../sla/sla-clocks';

/** Rough conversion of lifetime values to one scale for the score (only the magnitude matters). */
const PER_USD: Record<string, number> = { USD: 1, EUR: 0.93, GBP: 0.8, JPY: 150, CNY: 7.2 };
const MINOR_DIGITS: Record<string, number> = { JPY: 0 };

export function createConversationState(sla: SlaConfig) {
  function policyFor(ctx: ConversationContext): SlaPolicy | null {
    const all = sla.policies();
    return (ctx.slaPolicyId !== null ? all.find((p) => p.id === ctx.slaPolicyId) : undefined) ?? choosePolicy(all, ctx.channel, ctx.priority);
  }

  function timeline(ctx: ConversationContext): TimelineEntry[] {
    const entries: TimelineEntry[] = [];
    for (const m of ctx.messages) {
      if (m.direction === 'inbound') entries.push({ at: m.sentAt, from: 'customer' });
      // "A person is taking over" answers nothing: the response clock keeps running for that person.
      else if (!m.notice && (m.authorKind === 'agent' || m.authorKind === 'automation')) entries.push({ at: m.sentAt, from: 'us' });
    }
    return entries;
  }

  function slaState(ctx: ConversationContext, now: number): SlaState & { policy: SlaPolicy | null } {
    const policy = policyFor(ctx);
    const state = policy
      ? computeSlaClocks(policy, sla.calendarFor(policy, ctx.teamId), timeline(ctx), { now, status: ctx.status, noResponseNeeded: ctx.noResponseNeeded })
      : { clocks: [], dueAt: null, target: null };
    return { ...state, policy };
  }

  function scoreOf(ctx: ConversationContext, state: SlaState, now: number) {
    const insight = latestInsight(ctx);
    let followUps = 0;
    for (let i = ctx.messages.length - 1; i >= 0 && ctx.messages[i]!.direction === 'inbound'; i--) followUps++;
    const currency = ctx.customer?.currency ?? 'USD';
    const ltvMajor = (ctx.customer?.lifetimeValueMinor ?? 0) / 10 ** (MINOR_DIGITS[currency] ?? 2) / (PER_USD[currency] ?? 1);
    return priorityScore({
      now,
      slaDueAt: state.dueAt,
      slaTarget: state.target,
      customerVip: ctx.customer?.isVip ?? false,
      lifetimeValueMajor: ltvMajor,
      repeatContacts: ctx.repeatContacts,
      unansweredFollowUps: Math.max(0, followUps - 1),
      sentiment: insight?.sentiment ?? null,
      angry: insight ? insight.anger || insight.frustration : false,
      escalationPhrases: insight?.escalationPhrases ?? [],
      channel: ctx.channel,
      priority: ctx.priority,
    });
  }

  return { slaState, scoreOf };
}

export type ConversationState = ReturnType<typeof createConversationState>;
