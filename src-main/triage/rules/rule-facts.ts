// What a rule sees of a conversation at one event: flat, precomputed values, so that evaluating 200
// rules costs a few property reads and string searches each. Text-like values that rules compare
// case-insensitively (marketplace, language, team, tags, assignee) are lower-cased here, once.
import type { RuleEvent } from '../../../src-shared/domain/rules';
import type { Intent, Sentiment } from '../../../src-shared/domain/triage';
import type { Channel, ConversationStatus, Priority, ShipmentStatus } from '../../../src-shared/domain/types';

export interface RuleFacts {
  event: RuleEvent;
  /** When the event happened (the message's time for message events, the tick's for time events). */
  at: number;
  conversationId: number;
  channel: Channel;
  marketplace: string | null;
  subject: string;
  /** The latest customer message this event is about ('' for time events without one). */
  text: string;
  /** subject and text lower-cased once, for the text operators. */
  subjectLower: string;
  textLower: string;
  intent: Intent | null;
  sentiment: Sentiment | null;
  angry: boolean;
  escalationPhrases: string[];
  language: string | null;
  tags: string[];
  status: ConversationStatus;
  /** Name and email of the assignee, lower-cased; empty when unassigned. */
  assignee: string[];
  team: string | null;
  priority: Priority;
  order: {
    placedAt: number;
    totalMinor: number;
    currency: string;
    status: string;
    /** late / no_tracking / none plus the carrier statuses of its shipments. */
    shipmentStates: string[];
  } | null;
  customerLifetimeValueMinor: number;
  customerCurrency: string | null;
  customerVip: boolean;
  /** The customer's other conversations in the last 30 days. */
  repeatContacts: number;
  automatedReplies: number;
  /** Is `at` inside the workspace's (or the conversation team's) business hours? */
  insideBusinessHours: boolean;
  /** The time zone used for time_of_day when a condition names none. */
  timeZone: string;
}

const DAY = 86_400_000;

/** late / no_tracking / none, derived the way a seller reads a shipment list. */
export function shipmentStates(
  shipments: readonly { status: ShipmentStatus; trackingNumber: string | null; promisedTo: number | null; deliveredAt: number | null }[],
  at: number,
): string[] {
  if (shipments.length === 0) return ['none'];
  const states = new Set<string>();
  for (const s of shipments) {
    states.add(s.status);
    if (!s.trackingNumber) states.add('no_tracking');
    if (s.status !== 'delivered' && s.deliveredAt === null && s.promisedTo !== null && s.promisedTo < at) states.add('late');
  }
  return [...states];
}

export function orderAgeDays(placedAt: number, at: number): number {
  return Math.max(0, (at - placedAt) / DAY);
}
