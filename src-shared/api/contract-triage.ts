// Results of the triage api: rules, dry run, "why is this on top", SLA policies.
import type { DryRunResult, RuleRecord } from '../domain/rules';
import type { Intent, Sentiment } from '../domain/triage';
import type { Channel, Priority } from '../domain/types';

export type SlaTarget = 'first_response' | 'next_response' | 'resolution';

/** One reason a conversation is where it is in the list; the renderer words it from factor + params. */
export interface PriorityFactor {
  factor: 'sla' | 'sla_breached' | 'vip' | 'lifetime_value' | 'repeat_contacts' | 'unanswered' | 'sentiment' | 'anger' | 'escalation' | 'channel' | 'priority';
  points: number;
  params: Record<string, string | number>;
}

export interface SlaClock {
  target: SlaTarget;
  dueAt: number | null;
  /** Business / calendar minutes still left while paused (waiting on the customer). */
  pausedRemainingMinutes: number | null;
  breached: boolean;
}

export interface TriageNote {
  id: number;
  kind: 'handoff' | 'rule';
  body: string;
  createdAt: number;
}

export interface DecisionEntry {
  at: number;
  action: string;
  data: Record<string, unknown>;
}

export interface TriageExplanation {
  conversationId: number;
  priorityScore: number;
  factors: PriorityFactor[];
  intent: Intent | null;
  sentiment: Sentiment | null;
  anger: boolean;
  escalationPhrases: string[];
  slaPolicy: string | null;
  clocks: SlaClock[];
  team: string | null;
  handoffReason: string | null;
  automatedReplies: number;
  notes: TriageNote[];
  /** The latest decisions of the rules, the SLA clocks, routing and automation, newest first. */
  decisions: DecisionEntry[];
}

export interface SlaPolicyInfo {
  id: number;
  name: string;
  channel: Channel | null;
  priority: Priority | null;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  calendar: 'calendar' | 'business';
  team: string | null;
  warnMinutes: number;
}

export interface BusinessHoursInfo {
  team: string | null;
  timeZone: string;
  week: Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', [string, string][]>;
  holidays: string[];
}

export interface RoutingProfile {
  agentId: number;
  name: string;
  languages: string[];
  skills: Intent[];
  maxOpen: number;
  openCount: number;
  shift: { timeZone: string; week: BusinessHoursInfo['week'] } | null;
  available: boolean;
}

export interface TriageResults {
  'rules.list': RuleRecord[];
  'rules.save': RuleRecord;
  'rules.delete': { deleted: number };
  'rules.setEnabled': RuleRecord;
  'rules.reorder': RuleRecord[];
  'rules.export': { json: string };
  'rules.import': RuleRecord[];
  'rules.dryRun': DryRunResult;
  'triage.explain': TriageExplanation;
  'triage.correctIntent': { messageId: number; intent: Intent };
  'sla.policies': SlaPolicyInfo[];
  'sla.savePolicy': SlaPolicyInfo;
  'sla.saveBusinessHours': BusinessHoursInfo;
  'routing.profiles': RoutingProfile[];
  'routing.saveProfile': RoutingProfile;
}
