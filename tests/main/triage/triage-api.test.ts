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
