import { describe, expect, it } from 'vitest';
import { ruleDefinitionSchema } from '../../../src-shared/api/schemas-triage';
import { CONDITION_FIELDS, type RuleCondition, type RuleConditionGroup } from '../../../src-shared/domain/rules';
import { compileRule } from '../../../src-main/triage/rules/compile-rule';
import { shipmentStates, type RuleFacts } from '../../../src-main/triage/rules/rule-facts';

const DAY = 86_400_000;
const AT = Date.UTC(2026, 0, 15, 14, 30); // 22:30 in Shanghai, 15:30 in Berlin

function facts(over: Partial<RuleFacts> = {}): RuleFacts {
  const text = over.text ?? 'Hello, I want a REFUND for my broken charger';
  const subject = over.subject ?? 'Order 114-555 problem';
  return {
    event: 'message.received',
    at: AT,
    conversationId: 1,
    channel: 'amazon',
    marketplace: 'amazon.de',
    intent: 'refund',
    sentiment: 'negative',
    angry: true,
    escalationPhrases: [],
    language: 'en',
    tags: ['damaged'],
    status: 'open',
    assignee: ['anna becker', 'anna@shop.test'],
    team: 'eu',
    priority: 'normal',
    order: { placedAt: AT - 10 * DAY, totalMinor: 4999, currency: 'EUR', status: 'delivered', shipmentStates: ['delivered'] },
    customerLifetimeValueMinor: 25_000,
    customerCurrency: 'EUR',
    customerVip: false,
    repeatContacts: 2,
    automatedReplies: 0,
    insideBusinessHours: false,
    timeZone: 'Asia/Shanghai',
    ...over,
    text,
    subject,
    textLower: text.toLowerCase(),
    subjectLower: subject.toLowerCase(),
  };
}

function matches(condition: RuleCondition | RuleConditionGroup, f: RuleFacts = facts()): boolean {
  const conditions = 'match' in condition ? condition : { match: 'all' as const, conditions: [condition] };
  const definition = ruleDefinitionSchema.parse({ name: 't', events: ['message.received'], conditions, actions: [{ type: 'close' }] });
  return compileRule(1, definition).matches(f);
}

// [condition, expected on the default facts]: each field and each operator, true and false.
const CASES: [RuleCondition, boolean][] = [
  [{ field: 'channel', op: 'is', value: 'amazon' }, true],
  [{ field: 'channel', op: 'is_not', value: 'amazon' }, false],
  [{ field: 'channel', op: 'in', value: ['ebay', 'amazon'] }, true],
  [{ field: 'channel', op: 'not_in', value: ['ebay', 'email'] }, true],
  [{ field: 'marketplace', op: 'is', value: 'AMAZON.DE' }, true],
  [{ field: 'text', op: 'contains', value: 'refund' }, true],
  [{ field: 'text', op: 'not_contains', value: 'refund' }, false],
  [{ field: 'text', op: 'any_of', value: ['rückerstattung', 'refund'] }, true],
  [{ field: 'text', op: 'any_of', value: ['invoice', 'rechnung'] }, false],
  [{ field: 'text', op: 'starts_with', value: 'hello' }, true],
  [{ field: 'text', op: 'ends_with', value: 'charger' }, true],
  [{ field: 'text', op: 'matches', value: 'broken\\s+charg' }, true],
  [{ field: 'text', op: 'is', value: 'hello' }, false],
  [{ field: 'subject', op: 'matches', value: '^order \\d{3}-\\d{3}' }, true],
  [{ field: 'intent', op: 'is', value: 'refund' }, true],
  [{ field: 'sentiment', op: 'is_not', value: 'negative' }, false],
  [{ field: 'angry', op: 'is', value: true }, true],
  [{ field: 'escalation_phrase', op: 'is', value: true }, false],
  [{ field: 'language', op: 'in', value: ['de', 'en'] }, true],
  [{ field: 'tags', op: 'has', value: 'Damaged' }, true],
  [{ field: 'tags', op: 'has_not', value: 'damaged' }, false],
  [{ field: 'tags', op: 'has_any', value: ['vip', 'damaged'] }, true],
  [{ field: 'status', op: 'is', value: 'open' }, true],
  [{ field: 'assignee', op: 'is', value: 'Anna Becker' }, true],
  [{ field: 'assignee', op: 'is', value: 'anna@shop.test' }, true],
  [{ field: 'assignee', op: 'is', value: 'none' }, false],
  [{ field: 'team', op: 'is', value: 'EU' }, true],
  [{ field: 'priority', op: 'in', value: ['high', 'urgent'] }, false],
  [{ field: 'order_age_days', op: 'lte', value: 30 }, true],
  [{ field: 'order_age_days', op: 'gt', value: 30 }, false],
  [{ field: 'order_value', op: 'gte', value: 49.99 }, true],
  [{ field: 'order_value', op: 'lt', value: 49.99 }, false],
  [{ field: 'order_status', op: 'is', value: 'delivered' }, true],
  [{ field: 'shipment_status', op: 'is', value: 'delivered' }, true],
  [{ field: 'shipment_status', op: 'in', value: ['late', 'no_tracking'] }, false],
  [{ field: 'customer_lifetime_value', op: 'eq', value: 250 }, true],
  [{ field: 'customer_lifetime_value', op: 'ne', value: 250 }, false],
  [{ field: 'customer_vip', op: 'is', value: false }, true],
  [{ field: 'repeat_contacts', op: 'gte', value: 2 }, true],
  [{ field: 'business_hours', op: 'is', value: false }, true],
  [{ field: 'time_of_day', op: 'after', value: '22:00' }, true],
  [{ field: 'time_of_day', op: 'before', value: '22:00' }, false],
  [{ field: 'time_of_day', op: 'between', value: ['22:00', '06:00'] }, true],
  [{ field: 'time_of_day', op: 'between', value: ['09:00', '18:00'] }, false],
  [{ field: 'time_of_day', op: 'between', value: ['09:00', '18:00'], timeZone: 'Europe/Berlin' }, true],
  [{ field: 'automated_replies', op: 'lt', value: 2 }, true],
];

describe('conditions', () => {
  it.each(CASES)('%j -> %s', (condition, expected) => {
    expect(matches(condition)).toBe(expected);
  });

  it('covers every field of the vocabulary', () => {
    const tested = new Set(CASES.map(([c]) => c.field));
    expect(Object.keys(CONDITION_FIELDS).filter((f) => !tested.has(f as RuleCondition['field']))).toEqual([]);
  });

  it('treats a missing order as not matching order conditions (not as zero)', () => {
    const noOrder = facts({ order: null });
    expect(matches({ field: 'order_age_days', op: 'lte', value: 30 }, noOrder)).toBe(false);
    expect(matches({ field: 'order_status', op: 'is', value: 'none' }, noOrder)).toBe(true);
    expect(matches({ field: 'shipment_status', op: 'is', value: 'none' }, noOrder)).toBe(true);
  });

  it('derives late, no_tracking and none from shipments', () => {
    expect(shipmentStates([], AT)).toEqual(['none']);
    expect(shipmentStates([{ status: 'in_transit', trackingNumber: null, promisedTo: AT - DAY, deliveredAt: null }], AT).sort()).toEqual(['in_transit', 'late', 'no_tracking']);
    expect(shipmentStates([{ status: 'delivered', trackingNumber: 'X', promisedTo: AT - DAY, deliveredAt: AT - 2 * DAY }], AT)).toEqual(['delivered']);
  });
});

describe('groups', () => {
  const yes: RuleCondition = { field: 'channel', op: 'is', value: 'amazon' };
  const no: RuleCondition = { field: 'channel', op: 'is', value: 'ebay' };
  it('AND needs all, OR needs one, and groups nest', () => {
    expect(matches({ match: 'all', conditions: [yes, no] })).toBe(false);
    expect(matches({ match: 'any', conditions: [no, yes] })).toBe(true);
    expect(matches({ match: 'all', conditions: [yes, { match: 'any', conditions: [no, yes] }] })).toBe(true);
    expect(matches({ match: 'all', conditions: [yes, { match: 'any', conditions: [no, no] }] })).toBe(false);
    expect(matches({ match: 'all', conditions: [] })).toBe(true);
  });

  it('explains a match with each condition value', () => {
    const definition = ruleDefinitionSchema.parse({
      name: 'night refund',
      events: ['message.received'],
      conditions: { match: 'all', conditions: [{ field: 'text', op: 'contains', value: 'refund' }, { field: 'time_of_day', op: 'after', value: '22:00' }, { field: 'order_age_days', op: 'lte', value: 30 }] },
      actions: [{ type: 'tag', tag: 'x' }],
    });
    const trace = compileRule(7, definition).explain(facts());
    expect(trace).toEqual([
      { field: 'text', op: 'contains', expected: 'refund', actual: 'hello, i want a refund for my broken charger', result: true },
      { field: 'time_of_day', op: 'after', expected: '22:00', actual: '22:30', result: true },
      { field: 'order_age_days', op: 'lte', expected: 30, actual: 10, result: true },
    ]);
  });
});

describe('rule validation', () => {
  const base = { name: 'r', events: ['message.received'], actions: [{ type: 'close' }] };
  const issues = (conditions: unknown, extra: object = {}) => {
    const result = ruleDefinitionSchema.safeParse({ ...base, conditions, ...extra });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('names the field and the problem', () => {
    expect(issues({ match: 'all', conditions: [{ field: 'channel', op: 'contains', value: 'x' }] })[0]).toMatch(/conditions\.conditions\.0\.op: "contains" cannot be used on channel/);
    expect(issues({ match: 'all', conditions: [{ field: 'text', op: 'matches', value: '(' }] })[0]).toMatch(/Not a valid regular expression/);
    expect(issues({ match: 'all', conditions: [{ field: 'time_of_day', op: 'after', value: '25:00' }] })[0]).toMatch(/HH:MM/);
    expect(issues({ match: 'all', conditions: [{ field: 'order_age_days', op: 'lte', value: 'thirty' }] })[0]).toMatch(/compared with a number/);
    expect(issues({ match: 'all', conditions: [{ field: 'text', op: 'any_of', value: [] }] })[0]).toMatch(/list of values/);
    expect(issues({ match: 'all', conditions: [{ field: 'time_of_day', op: 'after', value: '22:00', timeZone: 'Nowhere/City' }] })[0]).toMatch(/Unknown time zone/);
    expect(issues({ match: 'all', conditions: [] }, { events: ['customer.silent'] })[0]).toMatch(/silentHours/);
    expect(issues({ match: 'all', conditions: [] }, { actions: [] })[0]).toMatch(/at least one action/);
    expect(issues({ match: 'all', conditions: [] }, { actions: [{ type: 'set_priority', priority: 'asap' }] }).length).toBe(1);
    expect(issues({ match: 'all', conditions: [{ field: 'text', op: 'contains', value: 'ok' }] })).toEqual([]);
  });
});
