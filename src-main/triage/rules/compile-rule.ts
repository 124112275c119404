// Turns a validated rule into closures once (lower-cased needles, compiled regexes, parsed times), so
// evaluating it against a message is a handful of comparisons. A matched rule is evaluated a second
// time with a trace, which is what the event log records: each condition, its value, its result.
import {
  CONDITION_FIELDS,
  type ConditionField,
  type RuleCondition,
  type RuleConditionGroup,
  type RuleDefinition,
  type RuleEvent,
} from '../../../src-shared/domain/rules';
import { localMinuteOfDay } from '../sla/business-calendar';
import { orderAgeDays, type RuleFacts } from './rule-facts';

export interface ConditionTrace {
  field: ConditionField;
  op: string;
  expected: RuleCondition['value'];
  actual: unknown;
  result: boolean;
}

type Test = (facts: RuleFacts, trace: ConditionTrace[] | null) => boolean;

export interface CompiledRule {
  id: number;
  name: string;
  events: ReadonlySet<RuleEvent>;
  silentHours: number | null;
  stop: boolean;
  definition: RuleDefinition;
  matches(facts: RuleFacts): boolean;
  /** Evaluates again, recording every condition's value (for the decision log). */
  explain(facts: RuleFacts): ConditionTrace[];
}

const fractionDigits = new Map<string, number>();
function minorPerMajor(currency: string | null): number {
  const code = currency ?? 'USD';
  let digits = fractionDigits.get(code);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    fractionDigits.set(code, digits);
  }
  return 10 ** digits;
}

/** Field getters: the value a condition compares (null: the conversation has none, e.g. no order). */
const FIELD_VALUES: Record<ConditionField, (f: RuleFacts) => unknown> = {
  channel: (f) => f.channel,
  marketplace: (f) => f.marketplace,
  text: (f) => f.text,
  subject: (f) => f.subject,
  intent: (f) => f.intent,
  sentiment: (f) => f.sentiment,
  angry: (f) => f.angry,
  escalation_phrase: (f) => f.escalationPhrases.length > 0,
  language: (f) => f.language,
  tags: (f) => f.tags,
  status: (f) => f.status,
  assignee: (f) => f.assignee,
  team: (f) => f.team,
  priority: (f) => f.priority,
  order_age_days: (f) => (f.order ? orderAgeDays(f.order.placedAt, f.at) : null),
  order_value: (f) => (f.order ? f.order.totalMinor / minorPerMajor(f.order.currency) : null),
  order_status: (f) => f.order?.status ?? null,
  shipment_status: (f) => f.order?.shipmentStates ?? ['none'],
  customer_lifetime_value: (f) => f.customerLifetimeValueMinor / minorPerMajor(f.customerCurrency),
  customer_vip: (f) => f.customerVip,
  repeat_contacts: (f) => f.repeatContacts,
  business_hours: (f) => f.insideBusinessHours,
  time_of_day: (f) => f.at,
  automated_replies: (f) => f.automatedReplies,
};

const lower = (v: unknown) => String(v).toLowerCase();
const asList = (v: RuleCondition['value']) => (Array.isArray(v) ? v : [String(v)]).map(lower);

function parseTime(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}

/** The predicate of one condition over the field's value. */
function predicate(c: RuleCondition): (actual: unknown, facts: RuleFacts) => boolean {
  const kind = CONDITION_FIELDS[c.field];
  const v = c.value;
  switch (kind) {
    case 'text': {
      const needle = lower(v);
      const needles = asList(v);
      // Facts carry the text already lower-cased (once per message, not once per rule).
      const text = (a: unknown) => (typeof a === 'string' ? a : '');
      switch (c.op) {
        case 'contains':
          return (a) => text(a).includes(needle);
        case 'not_contains':
          return (a) => !text(a).includes(needle);
        case 'any_of':
          return (a) => {
            const t = text(a);
            return needles.some((n) => t.includes(n));
          };
        case 'starts_with':
          return (a) => text(a).trimStart().startsWith(needle);
        case 'ends_with':
          return (a) => text(a).trimEnd().endsWith(needle);
        case 'is':
          return (a) => text(a).trim() === needle.trim();
        case 'matches': {
          const re = new RegExp(String(v), 'iu');
          return (a) => typeof a === 'string' && re.test(a);
        }
      }
      break;
    }
    case 'enum': {
      // Facts carry enum values lower-cased (see RuleFacts), so this is a set lookup, no allocation.
      const wanted = new Set(asList(v));
      const one = (x: unknown) => wanted.has(x === null || x === undefined ? 'none' : (x as string));
      // Several values at once: a shipment's states, an assignee's name and email.
      const anyWanted = (a: unknown) => (Array.isArray(a) ? (a.length ? a.some(one) : wanted.has('none')) : one(a));
      switch (c.op) {
        case 'is':
        case 'in':
          return anyWanted;
        case 'is_not':
        case 'not_in':
          return (a) => !anyWanted(a);
      }
      break;
    }
    case 'number': {
      const n = Number(v);
      const num = (a: unknown) => (typeof a === 'number' ? a : null);
      const cmp: Record<string, (a: number) => boolean> = {
        eq: (a) => a === n,
        ne: (a) => a !== n,
        lt: (a) => a < n,
        lte: (a) => a <= n,
        gt: (a) => a > n,
        gte: (a) => a >= n,
      };
      const test = cmp[c.op]!;
      // No order means no order age: "order younger than 30 days" is false, not true.
      return (a) => {
        const x = num(a);
        return x !== null && test(x);
      };
    }
    case 'boolean':
      return (a) => a === v;
    case 'tags': {
      const wanted = asList(v);
      const has = (a: unknown, tag: string) => Array.isArray(a) && a.includes(tag);
      switch (c.op) {
        case 'has':
          return (a) => has(a, wanted[0]!);
        case 'has_not':
          return (a) => !has(a, wanted[0]!);
        case 'has_any':
          return (a) => wanted.some((t) => has(a, t));
      }
      break;
    }
    case 'time': {
      const times = (Array.isArray(v) ? v : [String(v)]).map(parseTime);
      const minute = (at: unknown, f: RuleFacts) => localMinuteOfDay(at as number, c.timeZone ?? f.timeZone);
      const [from, to] = [times[0]!, times[1] ?? 0];
      switch (c.op) {
        case 'after':
          return (a, f) => minute(a, f) >= from;
        case 'before':
          return (a, f) => minute(a, f) < from;
        case 'between':
          // 22:00-06:00 wraps midnight.
          return (a, f) => {
            const m = minute(a, f);
            return from <= to ? m >= from && m < to : m >= from || m < to;
          };
      }
      break;
    }
  }
  throw new Error(`Operator ${c.op} cannot be used on ${c.field}`);
}

const LOWERED: Partial<Record<ConditionField, (f: RuleFacts) => unknown>> = {
  text: (f) => f.textLower,
  subject: (f) => f.subjectLower,
};

function compileCondition(c: RuleCondition): Test {
  const get = (c.op !== 'matches' && LOWERED[c.field]) || FIELD_VALUES[c.field];
  const test = predicate(c);
  return (facts, trace) => {
    const actual = get(facts);
    const result = test(actual, facts);
    if (trace) {
      const shown = c.field === 'time_of_day' ? `${String(Math.floor(localMinuteOfDay(actual as number, c.timeZone ?? facts.timeZone) / 60)).padStart(2, '0')}:${String(localMinuteOfDay(actual as number, c.timeZone ?? facts.timeZone) % 60).padStart(2, '0')}` : actual;
      trace.push({ field: c.field, op: c.op, expected: c.value, actual: typeof shown === 'number' ? Math.round(shown * 100) / 100 : shown, result });
    }
    return result;
  };
}

function compileGroup(group: RuleConditionGroup): Test {
  const parts = group.conditions.map((c) => ('match' in c ? compileGroup(c) : compileCondition(c)));
  if (parts.length === 0) return () => true;
  if (group.match === 'all') {
    return (facts, trace) => {
      for (const p of parts) if (!p(facts, trace)) return false;
      return true;
    };
  }
  return (facts, trace) => {
    for (const p of parts) if (p(facts, trace)) return true;
    return false;
  };
}

export function compileRule(id: number, definition: RuleDefinition): CompiledRule {
  const test = compileGroup(definition.conditions);
  return {
    id,
    name: definition.name,
    events: new Set(definition.events),
    silentHours: definition.silentHours ?? null,
    stop: definition.stop,
    definition,
    matches: (facts) => test(facts, null),
    explain(facts) {
      const trace: ConditionTrace[] = [];
      test(facts, trace);
      return trace;
    },
  };
}
