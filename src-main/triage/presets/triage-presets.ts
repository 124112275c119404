// What a new workspace starts with: the workspace's business hours, SLA policies per channel and
// priority, and the preset rules from the seeds ("refund" within 30 days -> tag "urgent refund";
// eBay after 22:00 -> team "Night shift"), some of them switched off until a seller wants them.
import type { RuleDefinition } from '../../../src-shared/domain/rules';
import type { CalendarSpec } from '../sla/business-calendar';

export const DEFAULT_BUSINESS_CALENDAR: CalendarSpec & { name: string } = {
  name: 'Workspace hours',
  // Most of the sellers this console is for work from China.
  timeZone: 'Asia/Shanghai',
  week: {
    mon: [['09:00', '18:00']],
    tue: [['09:00', '18:00']],
    wed: [['09:00', '18:00']],
    thu: [['09:00', '18:00']],
    fri: [['09:00', '18:00']],
    sat: [],
    sun: [],
  },
  // Public holidays of the People's Republic of China, 2026.
  holidays: ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-06', '2026-05-01', '2026-05-05', '2026-06-19', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
};

export interface SlaPolicySeed {
  name: string;
  channel: 'amazon' | 'ebay' | 'shopify' | 'email' | null;
  priority: 'low' | 'normal' | 'high' | 'urgent' | null;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  calendar: 'calendar' | 'business';
  warnMinutes: number;
}

export const DEFAULT_SLA_POLICIES: readonly SlaPolicySeed[] = [
  // Amazon: 24 hours, weekends and holidays included (Late Response Rate).
  { name: 'Amazon 24 h', channel: 'amazon', priority: null, firstResponseMinutes: 24 * 60, nextResponseMinutes: 24 * 60, resolutionMinutes: null, calendar: 'calendar', warnMinutes: 120 },
  // eBay: returns and item-not-received answered within 3 business days; buyers expect a day.
  { name: 'eBay', channel: 'ebay', priority: null, firstResponseMinutes: 9 * 60, nextResponseMinutes: 9 * 60, resolutionMinutes: 3 * 9 * 60, calendar: 'business', warnMinutes: 60 },
  { name: 'Shopify store', channel: 'shopify', priority: null, firstResponseMinutes: 4 * 60, nextResponseMinutes: 8 * 60, resolutionMinutes: 5 * 9 * 60, calendar: 'business', warnMinutes: 30 },
  { name: 'Email', channel: 'email', priority: null, firstResponseMinutes: 8 * 60, nextResponseMinutes: 9 * 60, resolutionMinutes: 5 * 9 * 60, calendar: 'business', warnMinutes: 60 },
  { name: 'Urgent', channel: null, priority: 'urgent', firstResponseMinutes: 60, nextResponseMinutes: 60, resolutionMinutes: 8 * 60, calendar: 'calendar', warnMinutes: 15 },
];

/** "refund" in the buyer languages the console reads, so the preset works across marketplaces. */
const REFUND_WORDS = ['refund', 'money back', 'rückerstattung', 'erstattung', 'geld zurück', 'remboursement', 'rembourser', 'reembolso', 'devolución del dinero', 'rimborso', '返金', '退款', '退钱'];

export interface PresetRule {
  key: string;
  enabled: boolean;
  definition: RuleDefinition;
}

export const PRESET_RULES: readonly PresetRule[] = [
  {
    key: 'urgent-refund',
    enabled: true,
    definition: {
      name: 'Refund within 30 days of the order → tag "urgent refund"',
      events: ['message.received'],
      conditions: {
        match: 'all',
        conditions: [
          { match: 'any', conditions: [{ field: 'text', op: 'any_of', value: REFUND_WORDS }, { field: 'intent', op: 'is', value: 'refund' }] },
          { field: 'order_age_days', op: 'lte', value: 30 },
        ],
      },
      actions: [{ type: 'tag', tag: 'urgent refund' }],
      stop: false,
    },
  },
  {
    key: 'ebay-night-shift',
    enabled: true,
    definition: {
      name: 'eBay after 22:00 → team "Night shift"',
      events: ['message.received'],
      conditions: {
        match: 'all',
        conditions: [
          { field: 'channel', op: 'is', value: 'ebay' },
          { field: 'time_of_day', op: 'between', value: ['22:00', '06:00'] },
        ],
      },
      actions: [{ type: 'assign_team', team: 'Night shift' }],
      stop: false,
    },
  },
  {
    key: 'thanks-no-reply',
    enabled: true,
    definition: {
      name: 'Thanks only → no response needed',
      events: ['message.received'],
      conditions: {
        match: 'all',
        conditions: [
          { field: 'intent', op: 'is', value: 'thanks_no_reply' },
          { field: 'sentiment', op: 'is_not', value: 'negative' },
        ],
      },
      actions: [{ type: 'mark_no_response_needed' }],
      stop: false,
    },
  },
  {
    key: 'wismo-auto-reply',
    enabled: false,
    definition: {
      name: 'Where is my order, shipped → automatic tracking reply',
      events: ['message.received'],
      conditions: {
        match: 'all',
        conditions: [
          { field: 'intent', op: 'is', value: 'where_is_my_order' },
          { field: 'shipment_status', op: 'in', value: ['in_transit', 'out_for_delivery'] },
          { field: 'sentiment', op: 'is_not', value: 'negative' },
        ],
      },
      actions: [{ type: 'reply_canned', cannedReply: 'Tracking information' }],
      stop: true,
    },
  },
  {
    key: 'silent-close',
    enabled: false,
    definition: {
      name: 'Customer quiet for 72 h after our answer → close',
      events: ['customer.silent'],
      silentHours: 72,
      conditions: { match: 'all', conditions: [{ field: 'status', op: 'in', value: ['open', 'pending'] }] },
      actions: [{ type: 'tag', tag: 'auto-closed' }, { type: 'close' }],
      stop: false,
    },
  },
];
