// What triage answers without changing anything: the dry run of a rule over recent conversations
// ("over the last 30 days this rule would have matched N conversations") and "why is this on top".
import type { TriageExplanation } from '../../../src-shared/api/contract-triage';
import type { DryRunResult, RuleDefinition } from '../../../src-shared/domain/rules';
import type { Db } from '../../db/open-database';
import { notFound } from '../../services/errors';
import { compileRule } from '../rules/compile-rule';
import type { SlaConfig } from '../sla/sla-config';
import { buildFacts, latestInbound, latestInsight } from './build-facts';
import type { ContextLoader } from './conversation-context';
import type { ConversationState } from './conversation-state';

const DAY = 86_400_000;

export function createTriageQueries(
  db: Db,
  deps: { now: () => number; load: ContextLoader; sla: SlaConfig; slaState: ConversationState['slaState']; scoreOf: ConversationState['scoreOf'] },
) {
  const { load, sla, slaState, scoreOf } = deps;
  const recent = db.prepare<{ since: number }, { id: number }>('SELECT id FROM conversations WHERE last_message_at >= @since ORDER BY last_message_at DESC, id DESC');

  function dryRun(definition: RuleDefinition, days: number): DryRunResult {
    const rule = compileRule(0, definition);
    const now = deps.now();
    const ids = recent.all({ since: now - days * DAY });
    const items: DryRunResult['items'] = [];
    let matched = 0;
    for (const { id } of ids) {
      const ctx = load(id);
      if (!ctx) continue;
      const at = latestInbound(ctx)?.sentAt ?? ctx.lastMessageAt;
      if (!rule.matches(buildFacts(ctx, definition.events[0]!, at, sla.businessCalendar(ctx.teamId), sla.timeZone(ctx.teamId)))) continue;
      matched++;
      if (items.length < 200) {
        items.push({ conversationId: ctx.id, subject: ctx.subject, customerName: ctx.customer?.name ?? '', channel: ctx.channel, lastMessageAt: ctx.lastMessageAt });
      }
    }
    return { days, scanned: ids.length, matched, items };
  }

  const notes = db.prepare<[number], { id: number; kind: 'handoff' | 'rule'; body: string; created_at: number }>(
    "SELECT id, kind, body, created_at FROM conversation_notes WHERE conversation_id = ? AND kind != 'agent' ORDER BY created_at DESC, id DESC LIMIT 20",
  );
  const decisions = db.prepare<[number], { at: number; action: string; data_json: string }>(
    `SELECT at, action, data_json FROM events WHERE subject_kind = 'conversation' AND subject_id = ? AND actor_kind = 'automation'
     ORDER BY at DESC, id DESC LIMIT 30`,
  );

  function explain(id: number): TriageExplanation {
    const ctx = load(id);
    if (!ctx) throw notFound('Conversation', id);
    const now = deps.now();
    const state = slaState(ctx, now);
    const { score, factors } = scoreOf(ctx, state, now);
    const insight = latestInsight(ctx);
    return {
      conversationId: id,
      priorityScore: score,
      factors,
      intent: insight?.intent ?? null,
      sentiment: insight?.sentiment ?? null,
      anger: insight ? insight.anger || insight.frustration : false,
      escalationPhrases: insight?.escalationPhrases ?? [],
      slaPolicy: state.policy?.name ?? null,
      clocks: state.clocks,
      team: ctx.team,
      handoffReason: ctx.automation.handoffReason,
      automatedReplies: ctx.automation.automatedReplies,
      notes: notes.all(id).map((n) => ({ id: n.id, kind: n.kind, body: n.body, createdAt: n.created_at })),
      decisions: decisions.all(id).map((d) => ({ at: d.at, action: d.action, data: JSON.parse(d.data_json) as Record<string, unknown> })),
    };
  }

  return { dryRun, explain };
}
