// Triage benchmark: 200 generated rules (every kind of condition, nested AND / OR groups).
// 1. End to end: the demo messages ingested into SQLite, then every conversation triaged (insights,
//    rules with their decision log, handoff checks, SLA clocks, priority score), in messages per second.
// 2. Rules only, on the same facts in the same run: our compiled rules against json-rules-engine
//    evaluating the same 200 rules (translated to its format), as a ratio, after checking that both
//    engines agree on which rules match which message.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine, type NestedCondition, type TopLevelCondition } from 'json-rules-engine';
import { INTENTS } from '../../src-shared/domain/triage';
import type { RuleCondition, RuleConditionGroup, RuleDefinition } from '../../src-shared/domain/rules';
import { openDatabase } from '../../src-main/db/open-database';
import { createIngestPipeline } from '../../src-main/ingest/ingest-pipeline';
import { createConversationReader } from '../../src-main/services/conversations/conversation-detail';
import { createEventLog } from '../../src-main/services/event-log';
import { createOutboxService } from '../../src-main/services/outbox/outbox-service';
import { buildFacts } from '../../src-main/triage/engine/build-facts';
import { createContextLoader } from '../../src-main/triage/engine/conversation-context';
import { createTriageEngine } from '../../src-main/triage/engine/triage-engine';
import { createAppUnderstanding } from '../../src-main/triage/engine/understanding-provider';
import { compileRule } from '../../src-main/triage/rules/compile-rule';
import type { RuleFacts } from '../../src-main/triage/rules/rule-facts';
import { createRuleStore } from '../../src-main/triage/rules/rule-store';
import { localMinuteOfDay } from '../../src-main/triage/sla/business-calendar';
import { BENCH_NOW } from './demo-data';
import type { DemoData } from './ingest-benchmark';
import { fmt, perSecond } from './stats';

const RULES = 200;
/** json-rules-engine is slow enough that it runs on the first N facts (the same ones for both). */
const JRE_FACTS = Number(process.env.BENCH_JRE_FACTS ?? 10_000);

const WORDS = ['refund', 'rückerstattung', 'remboursement', 'reembolso', 'rimborso', '返金', '退款', 'tracking', 'sendung', 'colis', 'pedido', 'ordine', '配送', '物流', 'damaged', 'kaputt', 'cassé', 'roto', 'invoice', 'rechnung', 'facture', 'factura', 'cancel', 'stornieren', 'annuler', 'cancelar', 'annullare'];
const CHANNELS = ['amazon', 'ebay', 'shopify', 'email'];
const MARKETS = ['amazon.com', 'amazon.de', 'amazon.co.jp', 'ebay.de', 'ebay.com', 'amazon.fr', 'brightgear.shop'];
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'];
const TAGS = ['VIP', 'Damaged', 'Repeat buyer', 'urgent refund', 'Wholesale'];

/** 200 deterministic rules of ten shapes with varied parameters. */
export function benchRules(): RuleDefinition[] {
  const pick = <T>(list: readonly T[], i: number, k = 0) => list[(i * 7 + k * 3) % list.length]!;
  const rules: RuleDefinition[] = [];
  for (let i = 0; i < RULES; i++) {
    const shapes: RuleConditionGroup[] = [
      { match: 'all', conditions: [{ field: 'text', op: 'any_of', value: [pick(WORDS, i), pick(WORDS, i, 1), pick(WORDS, i, 2)] }, { field: 'order_age_days', op: 'lte', value: 10 + (i % 40) }] },
      { match: 'all', conditions: [{ field: 'channel', op: 'in', value: [pick(CHANNELS, i), pick(CHANNELS, i, 1)] }, { field: 'time_of_day', op: 'between', value: [`${String(i % 24).padStart(2, '0')}:00`, `${String((i + 8) % 24).padStart(2, '0')}:00`] }] },
      { match: 'all', conditions: [{ field: 'intent', op: 'is', value: pick(INTENTS, i) }, { field: 'sentiment', op: 'is', value: 'negative' }] },
      { match: 'any', conditions: [{ field: 'tags', op: 'has', value: pick(TAGS, i) }, { field: 'customer_vip', op: 'is', value: true }, { field: 'priority', op: 'in', value: ['urgent', 'high'] }] },
      { match: 'all', conditions: [{ field: 'marketplace', op: 'is', value: pick(MARKETS, i) }, { field: 'order_value', op: 'gte', value: 10 + (i % 50) }] },
      { match: 'all', conditions: [{ field: 'subject', op: 'matches', value: `(order|bestellung|commande|pedido)\\s*#?\\d{${1 + (i % 3)}}` }] },
      { match: 'all', conditions: [{ field: 'language', op: 'in', value: [pick(LANGS, i), pick(LANGS, i, 1)] }, { field: 'repeat_contacts', op: 'gte', value: i % 3 }] },
      { match: 'any', conditions: [{ field: 'text', op: 'starts_with', value: pick(['hi', 'hello', 'hallo', 'bonjour', 'hola', 'ciao'], i) }, { field: 'text', op: 'ends_with', value: pick(['thanks', 'danke', 'merci', 'gracias', 'grazie', '?'], i) }] },
      { match: 'all', conditions: [{ field: 'shipment_status', op: 'in', value: ['late', 'exception', pick(['in_transit', 'no_tracking', 'none'], i)] }, { field: 'status', op: 'is_not', value: 'closed' }] },
      {
        match: 'all',
        conditions: [
          { field: 'channel', op: 'is', value: pick(CHANNELS, i) },
          { match: 'any', conditions: [{ field: 'text', op: 'contains', value: pick(WORDS, i) }, { field: 'intent', op: 'in', value: [pick(INTENTS, i), pick(INTENTS, i, 1)] }] },
          { field: 'tags', op: 'has_not', value: pick(TAGS, i) },
        ],
      },
    ];
    rules.push({ name: `bench rule ${i + 1}`, events: ['message.received'], conditions: shapes[i % shapes.length]!, actions: [{ type: 'add_note', text: `rule ${i + 1}` }], stop: false });
  }
  return rules;
}

// ---- json-rules-engine: the same rules, its format, its operators -------------------------------

const regexCache = new Map<string, RegExp>();
function toJreCondition(c: RuleCondition): NestedCondition {
  const lower = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x).toLowerCase()) : String(v).toLowerCase());
  switch (c.field) {
    case 'text':
    case 'subject': {
      const fact = c.field === 'text' ? 'textLower' : 'subjectLower';
      if (c.op === 'matches') return { fact: c.field, operator: 'regex', value: c.value };
      const operator = { contains: 'strContains', any_of: 'strAnyOf', starts_with: 'strStarts', ends_with: 'strEnds', not_contains: 'strNotContains', is: 'equal' }[c.op as string]!;
      return { fact, operator, value: lower(c.value) };
    }
    case 'tags':
      return { fact: 'tags', operator: c.op === 'has' ? 'contains' : c.op === 'has_not' ? 'doesNotContain' : 'containsAny', value: c.op === 'has_any' ? lower(c.value) : lower(c.value) };
    case 'shipment_status':
      return { fact: 'shipment', operator: c.op === 'is' || c.op === 'in' ? 'containsAny' : 'containsNone', value: lower(Array.isArray(c.value) ? c.value : [c.value]) };
    case 'time_of_day':
      return { fact: 'minuteOfDay', operator: `time_${c.op}`, value: c.value };
    default: {
      const numeric = { eq: 'equal', ne: 'notEqual', lt: 'lessThan', lte: 'lessThanInclusive', gt: 'greaterThan', gte: 'greaterThanInclusive' } as Record<string, string>;
      const enums = { is: 'equal', is_not: 'notEqual', in: 'in', not_in: 'notIn' } as Record<string, string>;
      if (numeric[c.op]) return { fact: c.field, operator: numeric[c.op]!, value: c.value };
      return { fact: c.field, operator: enums[c.op]!, value: typeof c.value === 'boolean' ? c.value : lower(c.value) };
    }
  }
}
function toJreGroup(g: RuleConditionGroup): TopLevelCondition {
  const parts = g.conditions.map((c) => ('match' in c ? (toJreGroup(c) as NestedCondition) : toJreCondition(c)));
  return g.match === 'all' ? { all: parts } : { any: parts };
}

function jreEngine(rules: RuleDefinition[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  engine.addOperator('strContains', (a: unknown, b: string) => typeof a === 'string' && a.includes(b));
  engine.addOperator('strNotContains', (a: unknown, b: string) => typeof a !== 'string' || !a.includes(b));
  engine.addOperator('strAnyOf', (a: unknown, b: string[]) => typeof a === 'string' && b.some((x) => a.includes(x)));
  engine.addOperator('strStarts', (a: unknown, b: string) => typeof a === 'string' && a.trimStart().startsWith(b));
  engine.addOperator('strEnds', (a: unknown, b: string) => typeof a === 'string' && a.trimEnd().endsWith(b));
  engine.addOperator('regex', (a: unknown, b: string) => {
    let re = regexCache.get(b);
    if (!re) regexCache.set(b, (re = new RegExp(b, 'iu')));
    return typeof a === 'string' && re.test(a);
  });
  engine.addOperator('containsAny', (a: unknown, b: string[]) => Array.isArray(a) && a.some((x) => b.includes(String(x).toLowerCase())));
  engine.addOperator('containsNone', (a: unknown, b: string[]) => !Array.isArray(a) || !a.some((x) => b.includes(String(x).toLowerCase())));
  engine.addOperator('time_after', (a: number, b: string) => a >= minutes(b));
  engine.addOperator('time_before', (a: number, b: string) => a < minutes(b));
  engine.addOperator('time_between', (a: number, b: string[]) => {
    const [from, to] = [minutes(b[0]!), minutes(b[1]!)];
    return from <= to ? a >= from && a < to : a >= from || a < to;
  });
  rules.forEach((r, i) => engine.addRule({ name: String(i), conditions: toJreGroup(r.conditions), event: { type: String(i) } }));
  return engine;
}

/** The facts in json-rules-engine's shape: flat, lower-cased, nulls as "none" (as our enums compare). */
function jreFacts(f: RuleFacts): Record<string, unknown> {
  const none = (v: string | null) => (v === null ? 'none' : v.toLowerCase());
  return {
    channel: f.channel,
    marketplace: none(f.marketplace),
    textLower: f.textLower,
    subjectLower: f.subjectLower,
    text: f.text,
    subject: f.subject,
    intent: none(f.intent),
    sentiment: none(f.sentiment),
    language: none(f.language),
    tags: f.tags.map((t) => t.toLowerCase()),
    status: f.status,
    priority: f.priority,
    order_age_days: f.order ? Math.max(0, (f.at - f.order.placedAt) / 86_400_000) : null,
    order_value: f.order ? f.order.totalMinor / (f.order.currency === 'JPY' ? 1 : 100) : null,
    shipment: f.order?.shipmentStates ?? ['none'],
    customer_vip: f.customerVip,
    repeat_contacts: f.repeatContacts,
    minuteOfDay: localMinuteOfDay(f.at, f.timeZone),
  };
}

export async function runTriageBenchmark(data: DemoData): Promise<string[]> {
  const out: string[] = ['== triage and rules'];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-triage-bench-'));
  const db = openDatabase(path.join(dir, 'triage.sqlite3'));
  try {
    const insertAccount = db.prepare('INSERT INTO accounts (id, channel, name, marketplace, created_at) VALUES (?, ?, ?, ?, 0)');
    for (const a of data.accounts) insertAccount.run(a.id, a.channel, a.name, a.marketplace);
    const now = () => BENCH_NOW;
    const pipeline = createIngestPipeline(db, now);
    for (let i = 0; i < data.orders.length; i += 5_000) pipeline.ingestOrders(data.orders.slice(i, i + 5_000));
    for (let i = 0; i < data.messages.length; i += 5_000) pipeline.ingestMessages(data.messages.slice(i, i + 5_000));
    const events = createEventLog(db, now);
    const reader = createConversationReader(db);
    const outbox = createOutboxService(db, { now, events, summary: reader.summary, message: reader.message, agentName: () => 'Bench' });
    const understanding = createAppUnderstanding(null);
    const engine = createTriageEngine(db, { now, events, understanding, outbox });
    const rules = benchRules();
    createRuleStore(db, { now, events, onChange: () => engine.rules.invalidate() }).importJson(
      JSON.stringify({ format: 'agent-console.rules', version: 1, rules: rules.map((definition) => ({ enabled: true, definition })) }),
      'replace',
      null,
    );
    const ids = (db.prepare('SELECT id FROM conversations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    const messages = data.messages.length;

    // ---- 1. end to end -------------------------------------------------------------------------
    const started = performance.now();
    engine.triageConversations(ids, { sendReplies: false });
    const triageMs = performance.now() - started;
    const fired = db.prepare("SELECT count(*) FROM events WHERE action = 'rule.fired'").pluck().get() as number;
    out.push(
      `triage end to end (understanding: ${understanding ? 'on-device model' : 'not wired'}, ${RULES} rules, decision log, SLA, score): ` +
        `${fmt.int(messages)} messages in ${fmt.int(ids.length)} conversations, ${fmt.ms(triageMs)} — ` +
        `${fmt.int(perSecond(messages, triageMs))} messages/s, ${(triageMs / messages).toFixed(3)} ms a message; ${fmt.int(fired)} rule firings logged`,
    );

    // ---- 2. rules only: same facts, ours vs json-rules-engine ----------------------------------
    const load = createContextLoader(db);
    const facts: RuleFacts[] = [];
    for (const id of ids) {
      const ctx = load(id)!;
      for (const m of ctx.messages) {
        if (m.direction !== 'inbound') continue;
        const f = buildFacts(ctx, 'message.received', m.sentAt, engine.sla.businessCalendar(null), engine.sla.timeZone(null));
        facts.push({ ...f, text: m.body, textLower: m.body.toLowerCase() });
      }
    }
    const compiled = rules.map((r, i) => compileRule(i, r));
    // Timed: what the engine does per message (evaluate every rule); the pairs for the agreement
    // check are collected afterwards, untimed, so that building 10^6 strings is not what we measure.
    const count = (list: RuleFacts[]) => {
      let n = 0;
      for (const f of list) for (const rule of compiled) if (rule.matches(f)) n++;
      return n;
    };
    count(facts.slice(0, 2_000)); // warm-up
    const oursStart = performance.now();
    const oursCount = count(facts);
    const oursMs = performance.now() - oursStart;
    out.push(`rules, compiled: ${RULES} rules on ${fmt.int(facts.length)} messages in ${fmt.ms(oursMs)} — ${fmt.int(perSecond(facts.length, oursMs))} messages/s (${fmt.int(oursCount)} matches)`);

    const subset = facts.slice(0, Math.min(JRE_FACTS, facts.length));
    const jre = jreEngine(rules);
    const jreInput = subset.map(jreFacts);
    const jreMatches: string[] = [];
    for (let i = 0; i < 200 && i < jreInput.length; i++) await jre.run(jreInput[i]!); // warm-up
    const jreStart = performance.now();
    for (let fi = 0; fi < jreInput.length; fi++) {
      const { events: hits } = await jre.run(jreInput[fi]!);
      for (const e of hits) jreMatches.push(`${fi}:${e.type}`);
    }
    const jreMs = performance.now() - jreStart;
    const oursOnSubset: string[] = [];
    subset.forEach((f, fi) => compiled.forEach((rule) => rule.matches(f) && oursOnSubset.push(`${fi}:${rule.id}`)));
    const agree = oursOnSubset.length === jreMatches.length && new Set([...oursOnSubset, ...jreMatches]).size === oursOnSubset.length;
    const oursRate = perSecond(facts.length, oursMs);
    const jreRate = perSecond(subset.length, jreMs);
    out.push(`rules, json-rules-engine: the same ${RULES} rules on the first ${fmt.int(subset.length)} of those messages in ${fmt.ms(jreMs)} — ${fmt.int(jreRate)} messages/s (${fmt.int(jreMatches.length)} matches)`);
    out.push(`engines agree on every match of the common messages: ${agree ? 'yes' : `NO (ours ${oursOnSubset.length}, json-rules-engine ${jreMatches.length})`}`);
    out.push(`ratio compiled / json-rules-engine: ${fmt.ratio(oursRate / jreRate)}× (goal ≥ 20×)`);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
