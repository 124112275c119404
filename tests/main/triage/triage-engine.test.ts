import { beforeEach, describe, expect, it } from 'vitest';
import { all, createWorkspace, DAY, HOUR, msg, orderFor, rule, T0, type Workspace } from './triage-fixture';

let w: Workspace;
beforeEach(() => {
  w = createWorkspace();
});

const one = (ids: number[]) => {
  expect(ids).toHaveLength(1);
  return ids[0]!;
};

describe('shipped presets', () => {
  it('tags "urgent refund" when a refund is asked within 30 days of the order, not after', () => {
    const recent = msg({ bodyText: 'I would like a refund please', orderExternalId: '111-0000001-0000001' });
    w.ingestOrders([orderFor(recent.customer.handle)]);
    const id = one(w.ingest([recent]));
    expect(w.tags(id)).toContain('urgent refund');

    const old = msg({ bodyText: 'Ich möchte eine Rückerstattung', orderExternalId: '111-0000002-0000002' });
    w.ingestOrders([orderFor(old.customer.handle, { externalId: '111-0000002-0000002', placedAt: T0 - 45 * DAY })]);
    expect(w.tags(one(w.ingest([old])))).not.toContain('urgent refund');

    // No order at all: "within 30 days of the order" cannot be true.
    expect(w.tags(one(w.ingest([msg({ bodyText: 'refund now' })])))).not.toContain('urgent refund');
  });

  it('sends eBay messages received after 22:00 to the Night shift team', () => {
    const late = Date.UTC(2026, 2, 4, 14, 30); // 22:30 in Shanghai (the workspace's time zone)
    const ebay = { accountId: 2, customer: { channel: 'ebay' as const, handle: 'ebay-buyer', name: 'Max' } };
    const night = one(w.ingest([msg({ ...ebay, sentAt: late })]));
    const row = w.conversation(night);
    expect(row.team_id).not.toBeNull();
    expect(w.db.prepare('SELECT name FROM teams WHERE id = ?').pluck().get(row.team_id)).toBe('Night shift');
    const day = one(w.ingest([msg({ ...ebay, customer: { ...ebay.customer, handle: 'other' }, sentAt: Date.UTC(2026, 2, 4, 3, 0) })]));
    expect(w.conversation(day).team_id).toBeNull();
    const amazonAtNight = one(w.ingest([msg({ sentAt: late })]));
    expect(w.conversation(amazonAtNight).team_id).toBeNull();
  });

  it('logs the preset decision with the rule, the condition values and the action', () => {
    const m = msg({ bodyText: 'refund please', orderExternalId: '111-0000001-0000001' });
    w.ingestOrders([orderFor(m.customer.handle)]);
    const id = one(w.ingest([m]));
    const fired = w.events('rule.fired').find((e) => e.subject_id === id)!;
    expect(fired.data.rule).toMatch(/urgent refund/);
    expect(fired.data.event).toBe('message.received');
    expect(fired.data.conditions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'text', op: 'any_of', result: true }),
        expect.objectContaining({ field: 'order_age_days', op: 'lte', expected: 30, actual: 10, result: true }),
      ]),
    );
    expect(fired.data.actions).toEqual([{ action: { type: 'tag', tag: 'urgent refund' }, outcome: 'done' }]);
  });
});

describe('actions', () => {
  const amazon = all({ field: 'channel', op: 'is', value: 'amazon' });

  it('tag, untag, set priority, add note', () => {
    w.db.prepare("INSERT INTO tags (name) VALUES ('old')").run();
    w.useRules(rule('r', amazon, [{ type: 'tag', tag: 'wismo' }, { type: 'set_priority', priority: 'high' }, { type: 'add_note', text: 'Check the carrier' }]));
    const id = one(w.ingest([msg()]));
    expect(w.tags(id)).toEqual(['wismo']);
    expect(w.conversation(id).priority).toBe('high');
    expect(w.db.prepare("SELECT body FROM conversation_notes WHERE conversation_id = ? AND kind != 'agent'").pluck().get(id)).toMatch(/Check the carrier/);

    w.useRules(rule('untag', all({ field: 'tags', op: 'has', value: 'wismo' }), [{ type: 'untag', tag: 'wismo' }]));
    w.ingest([msg({ conversationExternalId: w.conversation(id).external_id as string, sentAt: T0 + 1000 })]);
    expect(w.tags(id)).toEqual([]);
  });

  it('assigns an agent by name or email, a team (created when missing), an SLA policy', () => {
    w.useRules(rule('r', amazon, [{ type: 'assign_agent', agent: 'yuki@shop.test' }, { type: 'assign_team', team: 'Japan desk' }, { type: 'apply_sla', policy: 'Urgent' }]));
    const id = one(w.ingest([msg()]));
    const row = w.conversation(id);
    expect(row.assignee_id).toBe(w.agents.yuki);
    expect(w.db.prepare('SELECT name FROM teams WHERE id = ?').pluck().get(row.team_id)).toBe('Japan desk');
    // The Urgent policy: 60 calendar minutes for the first response.
    expect(row.sla_first_response_due_at).toBe(T0 + HOUR);
  });

  it('reports an action it cannot do instead of failing the batch', () => {
    w.useRules(rule('r', amazon, [{ type: 'assign_agent', agent: 'Nobody Here' }, { type: 'apply_sla', policy: 'Gold' }, { type: 'tag', tag: 'seen' }]));
    const id = one(w.ingest([msg()]));
    expect(w.tags(id)).toEqual(['seen']);
    const outcomes = (w.events('rule.fired')[0]!.data.actions as { outcome: string }[]).map((a) => a.outcome);
    expect(outcomes).toEqual(['no agent named "Nobody Here"', 'no SLA policy named "Gold"', 'done']);
  });

  it('snoozes and closes', () => {
    w.useRules(rule('snooze', amazon, [{ type: 'snooze', hours: 4 }]));
    const a = one(w.ingest([msg()]));
    expect(w.conversation(a)).toMatchObject({ status: 'snoozed', snoozed_until: w.clock.now + 4 * HOUR });
    w.useRules(rule('close', amazon, [{ type: 'close' }]));
    const b = one(w.ingest([msg()]));
    expect(w.conversation(b)).toMatchObject({ status: 'closed', sla_due_at: null });
  });

  it('marks "no response needed", which stops the response clocks until the customer writes again', () => {
    const first = msg({ bodyText: 'Thanks, all good!' });
    const id = one(w.ingest([first]));
    expect(w.conversation(id)).toMatchObject({ no_response_needed: 1, sla_due_at: null });
    w.ingest([msg({ conversationExternalId: first.conversationExternalId, customer: first.customer, bodyText: 'Actually, where is the second parcel?', sentAt: T0 + HOUR })]);
    expect(w.conversation(id).no_response_needed).toBe(0);
    expect(w.conversation(id).sla_due_at).not.toBeNull();
  });

  it('routes with assign_agent "auto" by language', () => {
    w.useRules(rule('route', amazon, [{ type: 'assign_agent', agent: 'auto' }]));
    const id = one(w.ingest([msg({ bodyText: 'Wo ist mein Paket?', language: 'de' })]));
    expect(w.conversation(id).assignee_id).toBe(w.agents.anna);
    expect(w.events('routing.decided')[0]!.data).toMatchObject({ agent: 'Anna Becker', reason: 'language' });
  });
});

describe('events', () => {
  it('conversation.created fires once per conversation, message.received once per customer message', () => {
    w.useRules(
      rule('created', all(), [{ type: 'add_note', text: 'new conversation' }], { events: ['conversation.created'] }),
      rule('received', all(), [{ type: 'add_note', text: 'new message' }]),
    );
    const first = msg();
    const id = one(w.ingest([first]));
    w.ingest([msg({ conversationExternalId: first.conversationExternalId, customer: first.customer, sentAt: T0 + HOUR })]);
    // Our own reply (synced back from the platform) is no customer message.
    w.ingest([msg({ conversationExternalId: first.conversationExternalId, customer: first.customer, direction: 'outbound', authorKind: 'agent', sentAt: T0 + 2 * HOUR })]);
    const notes = w.db.prepare("SELECT body FROM conversation_notes WHERE conversation_id = ? AND kind != 'agent' ORDER BY id").pluck().all(id) as string[];
    expect(notes.map((n) => n.split('\n')[0])).toEqual(['new conversation', 'new message', 'new message']);
  });

  it('business hours and time of day are read in the workspace time zone', () => {
    w.useRules(rule('after hours', all({ field: 'business_hours', op: 'is', value: false }), [{ type: 'tag', tag: 'after hours' }]));
    const night = one(w.ingest([msg({ sentAt: Date.UTC(2026, 2, 4, 14, 30) })])); // 22:30 Wednesday in Shanghai
    const day = one(w.ingest([msg({ sentAt: Date.UTC(2026, 2, 4, 3, 0) })])); // 11:00 Wednesday in Shanghai
    const holiday = one(w.ingest([msg({ sentAt: Date.UTC(2026, 9, 1, 3, 0) })])); // National Day, 11:00
    expect([w.tags(night), w.tags(day), w.tags(holiday)]).toEqual([['after hours'], [], ['after hours']]);
  });
});

describe('ordering, stop here, loop protection', () => {
  const amazon = all({ field: 'channel', op: 'is', value: 'amazon' });

  it('runs rules in order and "stop here" ends the pass for that event', () => {
    w.useRules(
      rule('first', amazon, [{ type: 'set_priority', priority: 'low' }]),
      rule('second', amazon, [{ type: 'set_priority', priority: 'urgent' }], { stop: true }),
      rule('third', amazon, [{ type: 'tag', tag: 'never' }]),
    );
    const id = one(w.ingest([msg()]));
    expect(w.conversation(id).priority).toBe('urgent');
    expect(w.tags(id)).toEqual([]);
    expect(w.events('rule.fired').map((e) => e.data.rule)).toEqual(['first', 'second']);
  });

  it('reorders rules, and the new order decides', () => {
    w.useRules(rule('low', amazon, [{ type: 'set_priority', priority: 'low' }]), rule('high', amazon, [{ type: 'set_priority', priority: 'high' }]));
    const [low, high] = w.store.list();
    w.store.reorder([high!.id, low!.id], null);
    expect(w.store.list().map((r) => r.definition.name)).toEqual(['high', 'low']);
    expect(w.conversation(one(w.ingest([msg()]))).priority).toBe('low');
  });

  it('a disabled rule does nothing', () => {
    w.useRules(rule('t', amazon, [{ type: 'tag', tag: 'x' }]));
    w.store.setEnabled(w.store.list()[0]!.id, false, null);
    expect(w.tags(one(w.ingest([msg()])))).toEqual([]);
  });

  it('rules reacting to each other stop instead of looping', () => {
    const updated = { events: ['conversation.updated' as const, 'message.received' as const] };
    w.useRules(
      rule('ping', all({ field: 'tags', op: 'has_not', value: 'ping' }), [{ type: 'tag', tag: 'ping' }, { type: 'untag', tag: 'pong' }], updated),
      rule('pong', all({ field: 'tags', op: 'has', value: 'ping' }), [{ type: 'untag', tag: 'ping' }, { type: 'tag', tag: 'pong' }], updated),
    );
    const id = one(w.ingest([msg()]));
    const fired = w.events('rule.fired').map((e) => e.data.rule);
    expect(fired).toEqual(['ping', 'pong']);
    expect(w.tags(id)).toEqual(['pong']);
    // Each rule acted once; the cascade of conversation.updated ended.
    expect(w.events('rule.fired').length).toBeLessThanOrEqual(2);
  });

  it('caps the conversation.updated cascade and logs it', () => {
    const chain = ['a', 'b', 'c', 'd', 'e'].map((t, i, arr) =>
      rule(`chain ${t}`, all(i === 0 ? { field: 'channel', op: 'is', value: 'amazon' } : { field: 'tags', op: 'has', value: arr[i - 1]! }), [{ type: 'tag', tag: t }], {
        events: ['message.received', 'conversation.updated'],
      }),
    );
    // Reverse order: each rule only matches after the previous pass, forcing one cascade round per rule.
    w.useRules(...chain.reverse());
    const id = one(w.ingest([msg()]));
    expect(w.tags(id)).toEqual(['a', 'b', 'c', 'd']);
    expect(w.events('rules.loop_stopped')).toHaveLength(1);
  });
});

describe('tier-1 automation and handoff', () => {
  const wismo = () =>
    rule('wismo', all({ field: 'intent', op: 'is', value: 'where_is_my_order' }), [{ type: 'reply_canned', cannedReply: 'Tracking information' }]);

  function customerWithOrder(over: Parameters<typeof orderFor>[1] = {}, customer: Partial<ReturnType<typeof msg>['customer']> = {}) {
    const first = msg({ orderExternalId: '111-0000001-0000001', customer: { channel: 'amazon', handle: 'jane@marketplace.amazon.com', name: 'Jane Doe', ...customer } });
    w.ingestOrders([{ ...orderFor(first.customer.handle, over), customer: first.customer }]);
    return first;
  }

  it('answers where-is-my-order with the canned reply filled with live order data, through the outbox', () => {
    w.useRules(wismo());
    const id = one(w.ingest([customerWithOrder()]));
    const sent = w.outbox(id);
    expect(sent).toEqual([{ body_text: 'Hi Jane, order 111-0000001-0000001 is with UPS, tracking 1Z999.', author_kind: 'automation' }]);
    expect(w.db.prepare('SELECT automated_replies FROM conversation_automation WHERE conversation_id = ?').pluck().get(id)).toBe(1);
    // Our reply stops the first-response clock.
    expect(w.conversation(id).sla_first_response_due_at).toBeNull();
  });

  it('hands over after 2 automated answers without resolution, with a note and an honest message', () => {
    w.useRules(wismo());
    const first = customerWithOrder();
    const id = one(w.ingest([first]));
    w.clock.now += HOUR;
    w.ingest([msg({ conversationExternalId: first.conversationExternalId, customer: first.customer, bodyText: 'Where is it? The tracking does not move', sentAt: w.clock.now })]);
    expect(w.outbox(id)).toHaveLength(2);
    w.clock.now += HOUR;
    w.ingest([msg({ conversationExternalId: first.conversationExternalId, customer: first.customer, bodyText: 'Where is my parcel, tracking still the same', sentAt: w.clock.now })]);
    const sent = w.outbox(id);
    expect(sent).toHaveLength(3);
    expect(sent[2]!.body_text).toMatch(/automatic message: a member of our team is taking over .* within about \d+ hours?/);
    const row = w.conversation(id);
    expect(row.assignee_id).not.toBeNull();
    expect(row.priority).toBe('high');
    const note = w.db.prepare("SELECT body FROM conversation_notes WHERE conversation_id = ? AND kind = 'handoff'").pluck().get(id) as string;
    expect(note).toMatch(/Handed to a human: 2 automated answers did not resolve it/);
    expect(note).toMatch(/Customer asked: "Where is my parcel, tracking still the same"/);
    expect(note).toMatch(/Automation answered: "Hi Jane, order 111-0000001-0000001/);
    expect(w.events('triage.handoff').at(-1)!.data).toMatchObject({ reasons: ['repeated_automation'], customerNotified: true });
    // The "a person is taking over" message answers nothing: the person's response clock runs.
    expect(w.conversation(id).sla_target).toBe('next_response');
    expect(w.conversation(id).sla_next_response_due_at).toBe(w.clock.now + 24 * HOUR);
  });

  it.each([
    ['negative sentiment', { body: 'This is terrible, where is my order', customer: {}, order: {} }, 'negative_sentiment'],
    ['an escalation phrase', { body: 'Where is my order? I want to talk to a manager', customer: {}, order: {} }, 'escalation_phrase'],
    ['a VIP customer', { body: 'Where is my order?', customer: { isVip: true }, order: {} }, 'vip'],
    [
      'a time-critical shipment',
      { body: 'Where is my order?', customer: {}, order: { shipments: [{ carrier: 'UPS', trackingNumber: '1Z9', status: 'exception' as const, promisedTo: T0 + DAY }] } },
      'time_critical_shipment',
    ],
  ])('does not answer automatically on %s: a person gets it, the customer is told', (_label, c, trigger) => {
    w.useRules(wismo());
    const m = customerWithOrder(c.order, c.customer);
    const id = one(w.ingest([{ ...m, bodyText: c.body }]));
    const sent = w.outbox(id);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body_text).toMatch(/^This is an automatic message/);
    expect(w.conversation(id).assignee_id).not.toBeNull();
    expect(w.conversation(id).sla_target).toBe('first_response');
    expect(w.events('triage.handoff')[0]!.data.reasons).toContain(trigger);
    expect(w.db.prepare('SELECT handoff_reason FROM conversation_automation WHERE conversation_id = ?').pluck().get(id)).toBeTruthy();
  });

  it('escalates an angry German buyer to a German-speaking human, with the reason, without a customer message', () => {
    const id = one(w.ingest([msg({ bodyText: 'Das ist unverschämt!!! Ich will sofort Ihren Vorgesetzten sprechen.', language: 'de', customer: { channel: 'amazon', handle: 'de-buyer', name: 'Klaus Müller' } })]));
    const row = w.conversation(id);
    expect(row.assignee_id).toBe(w.agents.anna);
    expect(row.sentiment).toBe('negative');
    expect(w.outbox(id)).toEqual([]);
    const explanation = w.engine.explain(id);
    expect(explanation.handoffReason).toMatch(/negative sentiment \(angry\); asked for a person \("vorgesetzten"\)/);
    expect(explanation.notes[0]!.body).toMatch(/Assigned to Anna Becker \(language\)/);
  });

  it('hands over when the canned reply would have holes (no tracking yet)', () => {
    w.useRules(wismo());
    const m = customerWithOrder({ shipments: [] });
    const id = one(w.ingest([m]));
    expect(w.outbox(id)[0]!.body_text).toMatch(/^This is an automatic message/);
    expect(w.events('triage.handoff')[0]!.data.reason).toMatch(/lacks order.carrier, order.trackingNumber/);
  });

  it('never answers history automatically', () => {
    w.useRules(wismo());
    const old = customerWithOrder();
    const id = one(w.ingest([{ ...old, sentAt: T0 - 3 * DAY }]));
    expect(w.outbox(id)).toEqual([]);
    const outcome = (w.events('rule.fired')[0]!.data.actions as { outcome: string }[])[0]!.outcome;
    expect(outcome).toBe('skipped: message older than 24 h');
  });

  it('escalate action hands over with the rule reason', () => {
    w.useRules(rule('legal', all({ field: 'text', op: 'any_of', value: ['lawyer', 'anwalt'] }), [{ type: 'escalate', reason: 'legal threat' }]));
    const id = one(w.ingest([msg({ bodyText: 'My lawyer will contact you' })]));
    expect(w.engine.explain(id).handoffReason).toBe('legal threat');
    expect(w.conversation(id).assignee_id).not.toBeNull();
  });
});

describe('SLA clocks on conversations', () => {
  it('applies the channel policy: Amazon 24 calendar hours, eBay business hours', () => {
    const amazon = one(w.ingest([msg()]));
    expect(w.conversation(amazon)).toMatchObject({ sla_due_at: T0 + 24 * HOUR, sla_target: 'first_response' });
    // eBay: 9 business hours in Shanghai (09:00-18:00). Wednesday 10:00 + 9 h = Thursday 10:00.
    const ebay = one(w.ingest([msg({ accountId: 2, customer: { channel: 'ebay', handle: 'e1', name: 'E' } })]));
    expect(w.conversation(ebay).sla_due_at).toBe(T0 + 24 * HOUR);
    const saturday = Date.UTC(2026, 2, 7, 2, 0); // Saturday 10:00 Shanghai -> Monday 09:00 + 9 h = Monday 18:00
    const weekend = one(w.ingest([msg({ accountId: 2, sentAt: saturday, customer: { channel: 'ebay', handle: 'e2', name: 'E' } })]));
    expect(w.conversation(weekend).sla_due_at).toBe(Date.UTC(2026, 2, 9, 10, 0));
  });

  it('fires SLA warning and breach rules once each on the tick', () => {
    w.useRules(
      rule('warn', all(), [{ type: 'tag', tag: 'sla soon' }], { events: ['sla.warning'] }),
      rule('breach', all(), [{ type: 'set_priority', priority: 'high' }], { events: ['sla.breached'] }),
    );
    const id = one(w.ingest([msg()]));
    w.clock.now = T0 + 21 * HOUR; // Amazon warns 2 h before 24 h
    w.engine.tick();
    expect(w.tags(id)).toEqual([]);
    w.clock.now = T0 + 22 * HOUR + 1;
    expect(w.engine.tick()).toContain(id);
    expect(w.tags(id)).toEqual(['sla soon']);
    w.engine.tick();
    w.clock.now = T0 + 24 * HOUR + 1;
    w.engine.tick();
    expect(w.conversation(id).priority).toBe('high');
    w.engine.tick();
    expect(w.events('sla.breached')).toHaveLength(1);
    expect(w.events('sla.warning')).toHaveLength(1);
  });

  it('fires "customer silent for N hours" once per reply', () => {
    w.useRules(rule('quiet', all(), [{ type: 'tag', tag: 'quiet' }, { type: 'close' }], { events: ['customer.silent'], silentHours: 48 }));
    const id = one(w.ingest([msg()]));
    w.db.prepare("INSERT INTO messages (account_id, external_id, conversation_id, direction, author_kind, author_name, body_text, sent_at, created_at) VALUES (1, 'out1', ?, 'outbound', 'agent', 'Li', 'Here is your tracking', ?, 0)").run(id, T0 + HOUR);
    w.db.prepare('UPDATE conversations SET last_message_at = ? WHERE id = ?').run(T0 + HOUR, id);
    w.clock.now = T0 + 40 * HOUR;
    w.engine.tick();
    expect(w.tags(id)).toEqual([]);
    w.clock.now = T0 + 50 * HOUR;
    w.engine.tick();
    expect(w.conversation(id).status).toBe('closed');
    w.db.prepare("UPDATE conversations SET status = 'open' WHERE id = ?").run(id);
    w.engine.tick();
    expect(w.conversation(id).status).toBe('open');
  });
});

describe('priority, explanation, inbox order', () => {
  it('puts the most pressing conversation on top and says why', () => {
    const calm = one(w.ingest([msg({ accountId: 3, customer: { channel: 'email', handle: 'calm@x.test', name: 'Calm' }, bodyText: 'Where is my order?' })]));
    const angry = one(w.ingest([msg({ bodyText: 'Where is my order?! This is terrible', customer: { channel: 'amazon', handle: 'vip', name: 'Vera', isVip: true, lifetimeValueMinor: 500_000, currency: 'USD' } })]));
    const a = w.engine.explain(angry);
    const c = w.engine.explain(calm);
    expect(a.priorityScore).toBeGreaterThan(c.priorityScore);
    expect(a.factors.map((f) => f.factor)).toEqual(expect.arrayContaining(['vip', 'sentiment', 'channel', 'lifetime_value']));
    expect(a.factors[0]!.points).toBeGreaterThanOrEqual(a.factors.at(-1)!.points);
    expect(w.conversation(angry).priority_score).toBe(a.priorityScore);
  });

  it('dry run counts the conversations of the last 30 days a rule would match, and lists them', () => {
    w.ingest([msg({ bodyText: 'refund please' }), msg({ bodyText: 'Where is my order?' }), msg({ bodyText: 'I want my refund', sentAt: T0 - 40 * DAY })]);
    const result = w.engine.dryRun(rule('refunds', all({ field: 'intent', op: 'is', value: 'refund' }), [{ type: 'tag', tag: 'x' }]), 30);
    expect(result).toMatchObject({ days: 30, scanned: 2, matched: 1 });
    expect(result.items.map((i) => i.subject)).toEqual(['About my order']);
    // Nothing was changed by the dry run.
    expect(w.events('rule.fired').filter((e) => (e.data.rule as string) === 'refunds')).toEqual([]);
  });

  it('records an intent correction, teaches the model and keeps its learned state', () => {
    const id = one(w.ingest([msg({ bodyText: 'my cable arrived broken' })]));
    const messageId = w.db.prepare('SELECT id FROM messages WHERE conversation_id = ?').pluck().get(id) as number;
    w.engine.correctIntent(messageId, 'damaged_or_wrong_item', w.agents.li);
    expect(w.understanding.learned).toEqual([expect.objectContaining({ text: 'my cable arrived broken', intent: 'damaged_or_wrong_item' })]);
    expect(w.conversation(id).intent).toBe('damaged_or_wrong_item');
    expect(w.db.prepare('SELECT state FROM understanding_state').pluck().get()).toMatch(/damaged_or_wrong_item/);
    expect(w.db.prepare('SELECT intent_before, intent FROM intent_corrections').get()).toEqual({ intent_before: 'other', intent: 'damaged_or_wrong_item' });
  });

  it('understands each message once, even when triaged again', () => {
    const m = msg();
    const id = one(w.ingest([m]));
    const calls = w.understanding.calls;
    w.engine.triageConversations([id]);
    expect(w.understanding.calls).toBe(calls);
    expect(w.db.prepare('SELECT count(*) FROM message_insights').pluck().get()).toBe(1);
  });
});
