// Input schemas of the triage api (rules, dry run, priority explanation, intent corrections), and the
// schema of a rule itself: a rule from the editor or from an imported file is checked field by field,
// with a sentence naming what is wrong, before anything is stored.
import { z } from 'zod';
import { INTENTS } from '../domain/triage';
import { CONDITION_FIELDS, OPERATORS_BY_KIND, RULE_EVENTS, type ConditionField, type RuleConditionGroup } from '../domain/rules';
import { PRIORITIES } from '../domain/types';

const id = z.number().int().positive();
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const name = z.string().trim().min(1, 'A name is required').max(200);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const conditionSchema = z
  .object({
    field: z.enum(Object.keys(CONDITION_FIELDS) as [ConditionField, ...ConditionField[]]),
    op: z.string(),
    value: z.union([z.string().max(2_000), z.number().finite(), z.boolean(), z.array(z.string().max(500)).max(200)]),
    timeZone: z.string().refine(isTimeZone, 'Unknown time zone (use an IANA name such as Europe/Berlin)').optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const kind = CONDITION_FIELDS[c.field];
    const ops = OPERATORS_BY_KIND[kind] as readonly string[];
    if (!ops.includes(c.op)) {
      ctx.addIssue({ code: 'custom', path: ['op'], message: `"${c.op}" cannot be used on ${c.field}; use one of ${ops.join(', ')}` });
      return;
    }
    const v = c.value;
    const fail = (message: string) => ctx.addIssue({ code: 'custom', path: ['value'], message });
    const list = c.op === 'any_of' || c.op === 'in' || c.op === 'not_in' || c.op === 'has_any';
    if (list) {
      if (!Array.isArray(v) || v.length === 0) fail(`${c.op} needs a list of values`);
    } else if (kind === 'number') {
      if (typeof v !== 'number') fail(`${c.field} is compared with a number`);
    } else if (kind === 'boolean') {
      if (typeof v !== 'boolean') fail(`${c.field} is true or false`);
    } else if (kind === 'time') {
      const times = c.op === 'between' ? v : [v];
      if (!Array.isArray(times) || times.length !== (c.op === 'between' ? 2 : 1) || !times.every((t) => typeof t === 'string' && TIME.test(t))) {
        fail(c.op === 'between' ? 'between needs two times, e.g. ["22:00", "06:00"]' : 'A time of day is written HH:MM, e.g. 22:00');
      }
    } else if (typeof v !== 'string' || v.length === 0) {
      fail(`${c.op} needs a text value`);
    }
    if (c.op === 'matches' && typeof v === 'string') {
      try {
        new RegExp(v, 'iu');
      } catch (error) {
        fail(`Not a valid regular expression: ${(error as Error).message}`);
      }
    }
  });

export const conditionGroupSchema: z.ZodType<RuleConditionGroup> = z.lazy(() =>
  z
    .object({
      match: z.enum(['all', 'any']),
      conditions: z.array(z.union([conditionSchema, conditionGroupSchema])).max(100),
    })
    .strict(),
) as z.ZodType<RuleConditionGroup>;

export const ruleActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tag'), tag: name }).strict(),
  z.object({ type: z.literal('untag'), tag: name }).strict(),
  z.object({ type: z.literal('set_priority'), priority: z.enum(PRIORITIES) }).strict(),
  z.object({ type: z.literal('assign_agent'), agent: name }).strict(),
  z.object({ type: z.literal('assign_team'), team: name }).strict(),
  z.object({ type: z.literal('apply_sla'), policy: name }).strict(),
  z.object({ type: z.literal('snooze'), hours: z.number().positive().max(24 * 90) }).strict(),
  z.object({ type: z.literal('close') }).strict(),
  z.object({ type: z.literal('add_note'), text: z.string().trim().min(1).max(5_000) }).strict(),
  z.object({ type: z.literal('reply_canned'), cannedReply: name }).strict(),
  z.object({ type: z.literal('mark_no_response_needed') }).strict(),
  z.object({ type: z.literal('escalate'), reason: z.string().trim().min(1).max(500) }).strict(),
]);

export const ruleDefinitionSchema = z
  .object({
    name,
    events: z.array(z.enum(RULE_EVENTS)).min(1, 'Pick at least one event').max(RULE_EVENTS.length),
    silentHours: z.number().positive().max(24 * 60).optional(),
    conditions: conditionGroupSchema,
    actions: z.array(ruleActionSchema).min(1, 'A rule needs at least one action').max(20),
    stop: z.boolean().default(false),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.events.includes('customer.silent') && r.silentHours === undefined) {
      ctx.addIssue({ code: 'custom', path: ['silentHours'], message: 'customer.silent needs silentHours (how long the customer has been quiet)' });
    }
  });

export const rulesExportSchema = z
  .object({
    format: z.literal('agent-console.rules'),
    version: z.literal(1),
    rules: z.array(z.object({ enabled: z.boolean().default(true), definition: ruleDefinitionSchema }).strict()).max(1_000),
  })
  .strict();

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'A time of day is written HH:MM (24:00 ends a day)');
const interval = z.tuple([hhmm, hhmm]).refine(([from, to]) => from < to, 'An interval must end after it starts');
/** Open intervals per weekday, local time. */
export const weekSchema = z
  .object({ mon: z.array(interval), tue: z.array(interval), wed: z.array(interval), thu: z.array(interval), fri: z.array(interval), sat: z.array(interval), sun: z.array(interval) })
  .strict()
  .refine((w) => Object.values(w).some((d) => d.length > 0), 'At least one open interval in the week');
const timeZone = z.string().refine(isTimeZone, 'Unknown time zone (use an IANA name such as Europe/Berlin)');
const minutes = z.number().int().positive().max(60 * 24 * 60).nullable();

export const triageParamSchemas = {
  'rules.list': z.object({}).strict(),
  'rules.save': z.object({ id: id.optional(), enabled: z.boolean().default(true), definition: ruleDefinitionSchema }).strict(),
  'rules.delete': z.object({ id }).strict(),
  'rules.setEnabled': z.object({ id, enabled: z.boolean() }).strict(),
  'rules.reorder': z.object({ ids: z.array(id).min(1).max(1_000) }).strict(),
  'rules.export': z.object({}).strict(),
  'rules.import': z.object({ json: z.string().min(2).max(5_000_000), mode: z.enum(['append', 'replace']).default('append') }).strict(),
  'rules.dryRun': z.object({ definition: ruleDefinitionSchema, days: z.number().int().min(1).max(365).default(30) }).strict(),
  'triage.explain': z.object({ id }).strict(),
  'triage.correctIntent': z.object({ messageId: id, intent: z.enum(INTENTS) }).strict(),
  'sla.policies': z.object({}).strict(),
  'sla.savePolicy': z
    .object({
      id: id.optional(),
      name,
      channel: z.enum(['amazon', 'ebay', 'shopify', 'email']).nullable(),
      priority: z.enum(PRIORITIES).nullable(),
      firstResponseMinutes: minutes,
      nextResponseMinutes: minutes,
      resolutionMinutes: minutes,
      calendar: z.enum(['calendar', 'business']),
      team: z.string().trim().min(1).nullable(),
      warnMinutes: z.number().int().min(0).max(60 * 24 * 7),
    })
    .strict(),
  'sla.saveBusinessHours': z
    .object({
      /** null: the workspace's hours (used where a team has none). */
      team: z.string().trim().min(1).nullable(),
      timeZone,
      week: weekSchema,
      holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Holidays are dates written YYYY-MM-DD')).max(400),
    })
    .strict(),
  'routing.profiles': z.object({}).strict(),
  'routing.saveProfile': z
    .object({
      agentId: id,
      skills: z.array(z.enum(INTENTS)).max(INTENTS.length),
      maxOpen: z.number().int().min(0).max(10_000),
      shift: z.object({ timeZone, week: weekSchema }).strict().nullable(),
      available: z.boolean(),
    })
    .strict(),
} as const;
