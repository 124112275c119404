// The vocabulary of triage rules ("if ... then ..."), shared by the core (which validates, stores and
// runs them) and the rule editor (which builds them). Plain data: a rule survives JSON export/import.
import type { Priority } from './types';

/** What makes the engine look at a conversation. */
export const RULE_EVENTS = [
  'message.received',
  'conversation.created',
  'conversation.updated',
  'sla.warning',
  'sla.breached',
  'customer.silent',
] as const;
export type RuleEvent = (typeof RULE_EVENTS)[number];

/** How a field's value is compared: decides which operators (and value shapes) are allowed. */
export type FieldKind = 'text' | 'enum' | 'number' | 'boolean' | 'tags' | 'time';

/** Every field a condition can test, with its kind. Order is the editor's order. */
export const CONDITION_FIELDS = {
  channel: 'enum',
  marketplace: 'enum',
  text: 'text',
  subject: 'text',
  intent: 'enum',
  sentiment: 'enum',
  angry: 'boolean',
  escalation_phrase: 'boolean',
  language: 'enum',
  tags: 'tags',
  status: 'enum',
  assignee: 'enum',
  team: 'enum',
  priority: 'enum',
  order_age_days: 'number',
  order_value: 'number',
  order_status: 'enum',
  shipment_status: 'enum',
  customer_lifetime_value: 'number',
  customer_vip: 'boolean',
  repeat_contacts: 'number',
  business_hours: 'boolean',
  time_of_day: 'time',
  automated_replies: 'number',
} as const satisfies Record<string, FieldKind>;
export type ConditionField = keyof typeof CONDITION_FIELDS;

export const OPERATORS_BY_KIND = {
  text: ['contains', 'not_contains', 'any_of', 'starts_with', 'ends_with', 'matches', 'is'],
  enum: ['is', 'is_not', 'in', 'not_in'],
  number: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'],
  boolean: ['is'],
  tags: ['has', 'has_not', 'has_any'],
  time: ['after', 'before', 'between'],
} as const satisfies Record<FieldKind, readonly string[]>;
export type ConditionOperator = (typeof OPERATORS_BY_KIND)[FieldKind][number];

/**
 * Shipment states a rule can ask about: the carrier's own statuses plus the three derived ones
 * sellers care about: late (promised date passed, not delivered), no_tracking, none (nothing shipped).
 */
export const RULE_SHIPMENT_STATES = ['late', 'no_tracking', 'none', 'label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned'] as const;

export interface RuleCondition {
  field: ConditionField;
  op: ConditionOperator;
  /** string | number | boolean | string[] ("HH:MM" or ["HH:MM","HH:MM"] for time_of_day). */
  value: string | number | boolean | string[];
  /** IANA time zone for time_of_day; default: the workspace's business-hours time zone. */
  timeZone?: string;
}

export interface RuleConditionGroup {
  match: 'all' | 'any';
  conditions: (RuleCondition | RuleConditionGroup)[];
}

export type RuleAction =
  | { type: 'tag'; tag: string }
  | { type: 'untag'; tag: string }
  | { type: 'set_priority'; priority: Priority }
  /** agent: a name or email; "auto" routes by skills, languages, load, shifts and earlier contact. */
  | { type: 'assign_agent'; agent: string }
  | { type: 'assign_team'; team: string }
  | { type: 'apply_sla'; policy: string }
  | { type: 'snooze'; hours: number }
  | { type: 'close' }
  | { type: 'add_note'; text: string }
  /** Tier-1 automation: the named canned reply in the buyer's language, filled with live order data. */
  | { type: 'reply_canned'; cannedReply: string }
  | { type: 'mark_no_response_needed' }
  | { type: 'escalate'; reason: string };
export type RuleActionType = RuleAction['type'];

export const RULE_ACTION_TYPES = [
  'tag',
  'untag',
  'set_priority',
  'assign_agent',
  'assign_team',
  'apply_sla',
  'snooze',
  'close',
  'add_note',
  'reply_canned',
  'mark_no_response_needed',
  'escalate',
] as const satisfies readonly RuleActionType[];

export interface RuleDefinition {
  name: string;
  /** The events this rule listens to. */
  events: RuleEvent[];
  /** For customer.silent: hours without a customer message after our last reply. */
  silentHours?: number;
  conditions: RuleConditionGroup;
  actions: RuleAction[];
  /** "Stop here": no later rule runs for this event once this one matched. */
  stop: boolean;
}

export interface RuleRecord {
  id: number;
  position: number;
  enabled: boolean;
  definition: RuleDefinition;
  updatedAt: number;
}

/** The file format of rules export / import. */
export interface RulesExport {
  format: 'agent-console.rules';
  version: 1;
  rules: { enabled: boolean; definition: RuleDefinition }[];
}

export interface DryRunMatch {
  conversationId: number;
  subject: string;
  customerName: string;
  channel: string;
  lastMessageAt: number;
}

export interface DryRunResult {
  days: number;
  scanned: number;
  matched: number;
  /** The first matches, newest first (at most 200). */
  items: DryRunMatch[];
}
