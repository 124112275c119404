import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../src-shared/api/contract';
import type { TriageExplanation } from '../../../src-shared/api/contract-triage';
import type { DryRunResult, RuleRecord } from '../../../src-shared/domain/rules';
import type { ConversationSummary } from '../../../src-shared/domain/types';
import type { Core } from '../../../src-main/core/core-types';
import { startCore } from '../../../src-main/core/start-core';
import { openDatabase } from '../../../src-main/db/open-database';
import { createIngestPipeline } from '../../../src-main/ingest/ingest-pipeline';
import { createConversationReader } from '../../../src-main/services/conversations/conversation-detail';
import { createEventLog } from '../../../src-main/services/event-log';
import { createOutboxService } from '../../../src-main/services/outbox/outbox-service';
import { createEventBus } from '../../../src-main/core/event-bus';
import { startTriage } from '../../../src-main/triage/start-triage';
import { PRESET_RULES } from '../../../src-main/triage/presets/triage-presets';
import { fakeUnderstanding, msg, T0 } from './triage-fixture';

const NOW = Date.UTC(2026, 10, 20, 9);
const cores: Core[] = [];
function start() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-triage-'));
  const core = startCore({ dataDir, demoConversations: 300, now: () => NOW, understanding: fakeUnderstanding(), triageTickMs: 0 });
  cores.push(core);
  return { core, dataDir };
}
afterEach(() => cores.splice(0).forEach((c) => c.close()));

function value<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('triage in the running core', () => {
  it('triages the demo workspace on first start: presets act, clocks run, scores explain themselves', async () => {
    const { core, dataDir } = start();
    const db = openDatabase(path.join(dataDir, 'console.sqlite3'));
    try {
      const untriaged = db.prepare('SELECT count(*) FROM conversations WHERE triaged_at IS NULL').pluck().get();
      expect(untriaged).toBe(0);
      const urgentRefunds = db
        .prepare("SELECT count(*) FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'urgent refund'")
        .pluck()
        .get() as number;
      expect(urgentRefunds).toBeGreaterThan(0);
      // Every tagged one really has a refund word and an order under 30 days old at the message.
      const tagged = db
        .prepare(
          `SELECT o.placed_at, (SELECT max(m.sent_at) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'inbound') AS asked_at,
                  (SELECT m.body_text FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'inbound' ORDER BY m.sent_at DESC LIMIT 1) AS body
           FROM conversations c JOIN orders o ON o.id = c.order_id JOIN conversation_tags ct ON ct.conversation_id = c.id JOIN tags t ON t.id = ct.tag_id
           WHERE t.name = 'urgent refund'`,
        )
        .all() as { placed_at: number; asked_at: number; body: string }[];
      expect(tagged).toHaveLength(urgentRefunds);
      const refundWords = PRESET_RULES.find((r) => r.key === 'urgent-refund')!.definition.conditions.conditions[0]! as { conditions: { value: string[] }[] };
      for (const t of tagged) {
        expect(t.asked_at - t.placed_at).toBeLessThanOrEqual(30 * 86_400_000);
        expect(refundWords.conditions[0]!.value.some((w) => t.body.toLowerCase().includes(w))).toBe(true);
      }
      // And eBay conversations went to the night shift only for messages between 22:00 and 06:00 Shanghai time.
      const nightTimes = db
        .prepare(
          `SELECT (SELECT max(m.sent_at) FROM messages m WHERE m.conversation_id = c.id AND m.direction = 'inbound') AS at
           FROM conversations c JOIN teams t ON t.id = c.team_id WHERE t.name = 'Night shift'`,
        )
        .pluck()
        .all() as number[];
      for (const at of nightTimes) {
        const hour = (new Date(at).getUTCHours() + 8) % 24;
        expect(hour >= 22 || hour < 6).toBe(true);
      }
      const night = db
        .prepare("SELECT count(*) FROM conversations c JOIN teams t ON t.id = c.team_id JOIN accounts a ON a.id = c.account_id WHERE t.name = 'Night shift' AND a.channel = 'ebay'")
        .pluck()
        .get() as number;
      expect(night).toBeGreaterThan(0);
      expect(db.prepare("SELECT count(*) FROM conversations c JOIN teams t ON t.id = c.team_id JOIN accounts a ON a.id = c.account_id WHERE t.name = 'Night shift' AND a.channel <> 'ebay'").pluck().get()).toBe(0);
      // Routing profiles (skills, caps, shifts) and team hours for the demo team.
      expect(db.prepare('SELECT count(*) FROM agent_profiles').pluck().get()).toBe(5);
      expect(db.prepare('SELECT time_zone FROM business_calendars b JOIN teams t ON t.id = b.team_id WHERE t.name = ?').pluck().get('Japan')).toBe('Asia/Tokyo');
      // History is never answered automatically.
      expect(db.prepare("SELECT count(*) FROM messages WHERE author_kind = 'automation'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }

    const page = value<{ items: ConversationSummary[] }>(await core.handle('inbox.list', { view: 'open', offset: 0, limit: 100, sort: 'time_left' }));
    const due = page.items.map((c) => c.slaDueAt);
    const withClock = due.filter((d): d is number => d !== null && d !== undefined);
    expect(withClock.length).toBeGreaterThan(0);
    expect(withClock).toEqual([...withClock].sort((a, b) => a - b));
    // Conversations without a running clock come after all those with one.
    expect(due.slice(0, withClock.length).every((d) => d !== null)).toBe(true);

    const byScore = value<{ items: ConversationSummary[] }>(await core.handle('inbox.list', { view: 'open', offset: 0, limit: 50, sort: 'priority' }));
    const scores = byScore.items.map((c) => c.priorityScore!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const top = value<TriageExplanation>(await core.handle('triage.explain', { id: byScore.items[0]!.id }));
    expect(top.priorityScore).toBeCloseTo(scores[0]!, 0);
    expect(top.factors.length).toBeGreaterThan(0);
  });

  it('manages rules over the api: validate, save, reorder, export, import, dry run', async () => {
    const { core } = start();
    const presets = value<RuleRecord[]>(await core.handle('rules.list', {}));
    expect(presets.map((r) => r.definition.name)).toEqual(expect.arrayContaining([expect.stringMatching(/urgent refund/), expect.stringMatching(/Night shift/)]));

    const bad = await core.handle('rules.save', {
      definition: { name: 'x', events: ['message.received'], conditions: { match: 'all', conditions: [{ field: 'channel', op: 'matches', value: '(' }] }, actions: [{ type: 'close' }] },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/"matches" cannot be used on channel/);

    const definition = {
      name: 'Refund asks',
      events: ['message.received'],
      conditions: { match: 'any', conditions: [{ field: 'intent', op: 'is', value: 'refund' }] },
      actions: [{ type: 'tag', tag: 'refund' }],
      stop: false,
    };
    const saved = value<RuleRecord>(await core.handle('rules.save', { definition }));
    expect(saved.position).toBe(presets.length + 1);
    const reordered = value<RuleRecord[]>(await core.handle('rules.reorder', { ids: [saved.id] }));
    expect(reordered[0]!.id).toBe(saved.id);

    const dry = value<DryRunResult>(await core.handle('rules.dryRun', { definition, days: 30 }));
    expect(dry.scanned).toBeGreaterThan(0);
    expect(dry.matched).toBeGreaterThan(0);
    expect(dry.items.length).toBe(Math.min(dry.matched, 200));

    const { json } = value<{ json: string }>(await core.handle('rules.export', {}));
    const broken = JSON.parse(json);
    broken.rules[1].definition.actions = [{ type: 'launch_rocket' }];
    const refused = await core.handle('rules.import', { json: JSON.stringify(broken), mode: 'replace' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/rule 2, definition\.actions\.0.*Nothing was changed/);
    expect(value<RuleRecord[]>(await core.handle('rules.list', {}))).toHaveLength(presets.length + 1);

    const reimported = value<RuleRecord[]>(await core.handle('rules.import', { json, mode: 'replace' }));
    expect(reimported.map((r) => r.definition)).toEqual(JSON.parse(json).rules.map((r: { definition: unknown }) => r.definition));
    expect(value<{ deleted: number }>(await core.handle('rules.delete', { id: reimported[0]!.id })).deleted).toBe(reimported[0]!.id);
    expect((await core.handle('rules.delete', { id: 999_999 })).ok).toBe(false);
  });
});

describe('triage settings over the api', () => {
  it('saves SLA policies, business hours and routing profiles, validated, and uses them', async () => {
    const { core } = start();
    const week = { mon: [['08:00', '16:00']], tue: [['08:00', '16:00']], wed: [['08:00', '16:00']], thu: [['08:00', '16:00']], fri: [['08:00', '16:00']], sat: [], sun: [] };
    const policy = value<{ id: number; name: string; team: string | null }>(
      await core.handle('sla.savePolicy', { name: 'eBay normal', channel: 'ebay', priority: 'normal', firstResponseMinutes: 120, nextResponseMinutes: 240, resolutionMinutes: null, calendar: 'business', team: 'EU', warnMinutes: 30 }),
    );
    expect(policy).toMatchObject({ name: 'eBay normal', team: 'EU' });
    const duplicate = await core.handle('sla.savePolicy', { name: 'eBay normal', channel: 'ebay', priority: null, firstResponseMinutes: 60, nextResponseMinutes: null, resolutionMinutes: null, calendar: 'calendar', team: null, warnMinutes: 0 });
    expect(duplicate.ok === false && duplicate.error.code).toBe('conflict');
    const empty = await core.handle('sla.savePolicy', { name: 'Nothing', channel: null, priority: null, firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null, calendar: 'calendar', team: null, warnMinutes: 0 });
    expect(empty.ok === false && empty.error.message).toMatch(/at least one target/);

    // The eBay conversations now run on it (channel and priority beat channel alone).
    const page = value<{ items: ConversationSummary[] }>(await core.handle('inbox.list', { view: 'all', offset: 0, limit: 300 }));
    const ebay = page.items.find((c) => c.channel === 'ebay' && c.priority === 'normal' && c.status === 'open')!;
    expect(value<TriageExplanation>(await core.handle('triage.explain', { id: ebay.id })).slaPolicy).toBe('eBay normal');

    expect(value(await core.handle('sla.saveBusinessHours', { team: 'EU', timeZone: 'Europe/Berlin', week, holidays: ['2026-12-25'] }))).toMatchObject({ timeZone: 'Europe/Berlin' });
    expect(value(await core.handle('sla.saveBusinessHours', { team: null, timeZone: 'Asia/Shanghai', week, holidays: [] }))).toMatchObject({ team: null });
    const badZone = await core.handle('sla.saveBusinessHours', { team: 'EU', timeZone: 'Europe/Atlantis', week, holidays: [] });
    expect(badZone.ok === false && badZone.error.message).toMatch(/Unknown time zone/);
    const closedWeek = await core.handle('sla.saveBusinessHours', { team: 'EU', timeZone: 'Europe/Berlin', week: { ...week, mon: [], tue: [], wed: [], thu: [], fri: [] }, holidays: [] });
    expect(closedWeek.ok === false && closedWeek.error.message).toMatch(/At least one open interval/);
    const backwards = await core.handle('sla.saveBusinessHours', { team: 'EU', timeZone: 'Europe/Berlin', week: { ...week, mon: [['18:00', '09:00']] }, holidays: [] });
    expect(backwards.ok).toBe(false);

    const profiles = value<{ agentId: number; name: string }[]>(await core.handle('routing.profiles', {}));
    const anna = profiles.find((p) => p.name === 'Anna Becker')!;
    const saved = value<{ skills: string[]; maxOpen: number; shift: unknown; available: boolean }>(
      await core.handle('routing.saveProfile', { agentId: anna.agentId, skills: ['refund', 'return'], maxOpen: 12, shift: { timeZone: 'Europe/Berlin', week }, available: false }),
    );
    expect(saved).toMatchObject({ skills: ['refund', 'return'], maxOpen: 12, shift: { timeZone: 'Europe/Berlin' }, available: false });
    expect((await core.handle('routing.saveProfile', { agentId: 9999, skills: [], maxOpen: 1, shift: null, available: true })).ok).toBe(false);
    expect((await core.handle('routing.saveProfile', { agentId: anna.agentId, skills: ['teleport'], maxOpen: 1, shift: null, available: true })).ok).toBe(false);
  });
});

describe('the clock tick', () => {
  it('runs in the core and pushes the conversations whose SLA state changed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-console-tick-'));
    const core = startCore({ dataDir, demoConversations: 60, now: () => NOW, understanding: null, triageTickMs: 50 });
    cores.push(core);
    const changed: number[] = [];
    core.onEvent((event, payload) => {
      if (event === 'conversation.changed') changed.push((payload as { conversation: ConversationSummary }).conversation.id);
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Demo history has open conversations past their deadlines: the tick reports them as breached.
    expect(changed.length).toBeGreaterThan(0);
    const db = openDatabase(path.join(dataDir, 'console.sqlite3'));
    try {
      expect(db.prepare("SELECT count(*) FROM events WHERE action = 'sla.breached'").pluck().get()).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});

describe('agent changes', () => {
  it('a reply stops the first-response clock and closing stops every clock', async () => {
    const { core } = start();
    const page = value<{ items: ConversationSummary[] }>(await core.handle('inbox.list', { view: 'open', offset: 0, limit: 200, sort: 'time_left' }));
    const waiting = page.items.find((c) => c.slaTarget === 'first_response')!;
    expect(waiting).toBeDefined();
    const queued = value<{ conversation: ConversationSummary }>(await core.handle('reply.queue', { conversationId: waiting.id, body: 'Looking into it now.' }));
    expect(queued.conversation.slaTarget).not.toBe('first_response');
    const explained = value<TriageExplanation>(await core.handle('triage.explain', { id: waiting.id }));
    expect(explained.clocks.map((c) => c.target)).not.toContain('first_response');
    const closed = value<ConversationSummary>(await core.handle('conversation.setStatus', { id: waiting.id, status: 'closed' }));
    expect(closed).toMatchObject({ status: 'closed', slaDueAt: null, slaTarget: null });
  });

  it("triage's handoff notes are in the conversation's internal notes beside the thread", async () => {
    const { core, dataDir } = start();
    core.close();
    const db = new Database(path.join(dataDir, 'console.sqlite3'), { readonly: true });
    const id = db.prepare("SELECT conversation_id FROM conversation_notes WHERE kind = 'handoff' LIMIT 1").pluck().get() as number | undefined;
    db.close();
    expect(id, 'the demo hands some conversations to a person').toBeDefined();
    const reopened = startCore({ dataDir, now: () => NOW, understanding: fakeUnderstanding(), triageTickMs: 0 });
    cores.push(reopened);
    const notes = value<{ authorName: string; body: string }[]>(await reopened.handle('notes.list', { conversationId: id! }));
    expect(notes.some((n) => n.authorName === 'Automation' && n.body.startsWith('Handed to a human'))).toBe(true);
  });

  it('a bulk close from the keyboard inbox stops the clocks too, and its undo starts them again', async () => {
    const { core } = start();
    const page = value<{ items: ConversationSummary[] }>(await core.handle('inbox.list', { view: 'open', offset: 0, limit: 200, sort: 'time_left' }));
    const running = page.items.filter((c) => c.slaDueAt !== null && c.slaDueAt !== undefined).slice(0, 3);
    expect(running).toHaveLength(3);
    const applied = value<{ conversations: ConversationSummary[]; undo: unknown[] }>(
      await core.handle('conversations.apply', { ids: running.map((c) => c.id), action: { kind: 'close' } }),
    );
    for (const c of applied.conversations) expect(c).toMatchObject({ status: 'closed', slaDueAt: null });
    const restored = value<ConversationSummary[]>(await core.handle('conversations.restore', { snapshots: applied.undo }));
    for (const c of restored) {
      expect(c.status).toBe('open');
      expect(c.slaDueAt).not.toBeNull();
    }
  });
});

describe('the ingest hook', () => {
  it('triages every committed batch and survives an understanding failure', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO accounts (id, channel, name, marketplace, created_at) VALUES (1, 'amazon', 'Amazon US', 'amazon.com', 0)").run();
    const now = () => T0;
    const events = createEventLog(db, now);
    const reader = createConversationReader(db);
    const outbox = createOutboxService(db, { now, events, summary: reader.summary, message: reader.message, agentName: () => 'A' });
    const understanding = fakeUnderstanding();
    const real = understanding.understand;
    understanding.understand = (input) => {
      if (input.text.includes('💥')) throw new Error('model failure');
      return real(input);
    };
    const triage = startTriage(db, { now, events, outbox, bus: createEventBus(), selfAgentId: () => 1, understanding, tickMs: 0, demoSeeded: false });
    const ingest = triage.wrapIngest(createIngestPipeline(db, now));
    const result = ingest.ingestMessages([msg({ bodyText: 'refund please' }), msg({ bodyText: '💥' })]);
    expect(result.conversationIds).toHaveLength(2);
    expect(db.prepare('SELECT count(*) FROM conversations WHERE triaged_at IS NOT NULL').pluck().get()).toBe(2);
    expect(db.prepare("SELECT count(*) FROM events WHERE action = 'triage.understanding_failed'").pluck().get()).toBe(1);
    triage.stop();
    db.close();
  });
});
