// SLA clocks of one conversation, recomputed from its messages (so they are always consistent with
// the thread, whatever order things were synced in):
// - first response: from the customer's first message until our first reply;
// - next response: from the customer's first message after our latest reply until we answer again;
// - resolution: from the first message, counting only time when the ball is in our court: the clock
//   pauses while we wait on the customer (after our reply, or while the conversation is pending).
import type { SlaClock, SlaTarget } from '../../../src-shared/api/contract-triage';
import type { Channel, ConversationStatus, Priority } from '../../../src-shared/domain/types';
import type { WorkingCalendar } from './business-calendar';

export interface SlaPolicy {
  id: number;
  name: string;
  channel: Channel | null;
  priority: Priority | null;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  calendar: 'calendar' | 'business';
  teamId: number | null;
  warnMinutes: number;
}

export interface TimelineEntry {
  at: number;
  /** customer: an inbound message; us: a reply by an agent or the automation (queued or sent). */
  from: 'customer' | 'us';
}

export interface SlaState {
  clocks: SlaClock[];
  /** The nearest running deadline, or null. */
  dueAt: number | null;
  target: SlaTarget | null;
}

const NONE: SlaState = { clocks: [], dueAt: null, target: null };

/** The policy for a conversation: channel and priority both named beat priority, which beats channel. */
export function choosePolicy<P extends Pick<SlaPolicy, 'id' | 'channel' | 'priority'>>(policies: readonly P[], channel: Channel, priority: Priority): P | null {
  let best: P | null = null;
  let bestScore = -1;
  for (const p of policies) {
    if (p.channel !== null && p.channel !== channel) continue;
    if (p.priority !== null && p.priority !== priority) continue;
    const score = (p.channel ? 1 : 0) + (p.priority ? 2 : 0);
    if (score > bestScore || (score === bestScore && best !== null && p.id < best.id)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

export function computeSlaClocks(
  policy: SlaPolicy | null,
  calendar: WorkingCalendar,
  timeline: readonly TimelineEntry[],
  state: { now: number; status: ConversationStatus; noResponseNeeded: boolean },
): SlaState {
  if (!policy || state.status === 'closed') return NONE;
  const firstInbound = timeline.findIndex((e) => e.from === 'customer');
  if (firstInbound < 0) return NONE;
  const start = timeline[firstInbound]!.at;
  const last = timeline[timeline.length - 1]!;
  const waitingOnCustomer = last.from === 'us' || state.status === 'pending';
  const clocks: SlaClock[] = [];
  const clock = (target: SlaTarget, dueAt: number | null, pausedRemainingMinutes: number | null = null) =>
    clocks.push({ target, dueAt, pausedRemainingMinutes, breached: dueAt !== null && dueAt <= state.now });

  const firstReply = timeline.findIndex((e, i) => i > firstInbound && e.from === 'us');
  const respond = !state.noResponseNeeded && state.status !== 'pending';
  if (respond && policy.firstResponseMinutes !== null && firstReply < 0) {
    clock('first_response', calendar.addMinutes(start, policy.firstResponseMinutes));
  }
  if (respond && policy.nextResponseMinutes !== null && firstReply >= 0 && last.from === 'customer') {
    let waitingSince = timeline.length - 1;
    while (waitingSince > 0 && timeline[waitingSince - 1]!.from === 'customer') waitingSince--;
    clock('next_response', calendar.addMinutes(timeline[waitingSince]!.at, policy.nextResponseMinutes));
  }
  if (policy.resolutionMinutes !== null && !state.noResponseNeeded) {
    // Running intervals: from each customer message that finds the ball in our court, to our reply.
    const target = policy.resolutionMinutes;
    let used = 0;
    let dueAt: number | null = null;
    let runningFrom: number | null = null;
    const close = (until: number) => {
      if (runningFrom === null || dueAt !== null) return;
      const span = calendar.minutesBetween(runningFrom, until);
      if (used + span >= target) dueAt = calendar.addMinutes(runningFrom, target - used);
      else used += span;
      runningFrom = null;
    };
    for (let i = firstInbound; i < timeline.length; i++) {
      const e = timeline[i]!;
      if (e.from === 'customer') runningFrom ??= e.at;
      else close(e.at);
    }
    if (dueAt !== null) clock('resolution', dueAt);
    else if (runningFrom !== null && !waitingOnCustomer) clock('resolution', calendar.addMinutes(runningFrom, target - used));
    else {
      close(state.now);
      if (dueAt !== null) clock('resolution', dueAt);
      else clock('resolution', null, Math.round((target - used) * 10) / 10);
    }
  }
  let nearest: SlaClock | null = null;
  for (const c of clocks) if (c.dueAt !== null && (nearest === null || c.dueAt < nearest.dueAt!)) nearest = c;
  return { clocks, dueAt: nearest?.dueAt ?? null, target: nearest?.target ?? null };
}
